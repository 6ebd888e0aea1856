"""Speed of ``zmd-report propose``, process start included (the way an analyst runs it).

    python benchmarks/intake_speed.py [--runs N]

Times, in fresh processes: the bare interpreter start (the floor), ``zmd-report propose`` on
the seed article (or the sample notice when shared/seed is not beside the checkout), and on a
1 MB text made of real notice sentences repeated. Prints the median of N runs of each and
whether the goals hold (seed < 0.5 s, 1 MB < 3 s).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "article-2021-06-02.txt"
SAMPLE = ROOT / "notebooks" / "samples" / "sample-notice.txt"
CLI = Path(sys.executable).with_name("zmd-report")


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    article = SEED if SEED.exists() else SAMPLE
    text = article.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "one-megabyte.txt"
        body = "\n".join(line for line in text.splitlines() if line.strip())
        reps = 1 + (1 << 20) // len(body.encode("utf-8"))
        big.write_text("\n".join([body] * reps), encoding="utf-8")
        floor = timed([sys.executable, "-c", "pass"], args.runs)
        small = timed([str(CLI), "propose", str(article), "--format", "json"], args.runs)
        large = timed([str(CLI), "propose", str(big), "--format", "json"], max(1, args.runs // 2))
        size = big.stat().st_size
    print(f"python start           {floor:6.3f} s")
    print(
        f"propose {article.name:<14} {small:6.3f} s  (goal < 0.5 s: {'ok' if small < 0.5 else 'MISSED'})"
    )
    print(
        f"propose 1 MB ({size / 2**20:.2f} MB) {large:6.3f} s  (goal < 3 s: {'ok' if large < 3 else 'MISSED'})"
    )
    return 0 if small < 0.5 and large < 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
