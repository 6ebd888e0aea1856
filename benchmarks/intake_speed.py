"""Speed of ``zmd-report propose``, process start included (the way an analyst runs it).

    python benchmarks/intake_speed.py [--runs N]

Times, in fresh processes: the bare interpreter start (the floor), ``zmd-report propose`` on
the seed article (or the sample notice when shared/seed is not beside the checkout), and on a
1 MB text made of real notice sentences repeated. Prints the median of N runs of each and
whether the goals hold (seed < 0.5 s, 1 MB < 3 s).

    python benchmarks/intake_speed.py --sweep

Times the reading itself (in this process, start-up excluded) against size, from 1 KB to the
size cap, on ordinary text and on adversarial texts (a run of digits, a text without a
sentence break, nested ``<div>``), and prints the time per MB at each size: the reader is
linear when that column stays flat (within a factor of two from 100 KB to the cap).
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


def _texts(kind: str, size: int, seed: str) -> bytes:
    """``size`` bytes (about) of one kind of text."""
    if kind == "ordinary":
        body = "\n".join(line for line in seed.splitlines() if line.strip())
    elif kind == "digits":
        return ("项目" + "9" * size + "个。").encode("utf-8")[:size]
    elif kind == "no-breaks":
        body = "完成投资12.5亿元,增长8.1%,占全部投资的30.2%,"
    else:  # nested
        n = size // 11
        return ("<div>" * n + "项目12个" + "</div>" * n).encode("utf-8")
    unit = body.encode("utf-8")
    return (unit * (1 + size // len(unit)))[:size].decode("utf-8", "ignore").encode("utf-8")


def sweep(seed: str) -> int:
    from zmd_analysis.access.intake.text import MAX_BYTES, from_bytes
    from zmd_analysis.analysis.proposal import propose

    sizes = [2**10, 10 * 2**10, 100 * 2**10, 500 * 2**10, 2**20, MAX_BYTES]
    print(f"{'text':10s} {'size':>9s} {'seconds':>8s} {'s per MB':>9s}")
    worst = 1.0
    for kind in ("ordinary", "digits", "no-breaks", "nested"):
        per_mb = []
        for size in sizes:
            raw = _texts(kind, size, seed)
            t0 = time.perf_counter()
            propose(from_bytes(raw, f"{kind}.txt", html=kind == "nested"), date="2021-06-02")
            dt = time.perf_counter() - t0
            rate = dt / (len(raw) / 2**20)
            if size >= 100 * 2**10:
                per_mb.append(rate)
            print(f"{kind:10s} {len(raw) / 2**10:7.0f}KB {dt:8.3f} {rate:9.3f}")
        worst = max(worst, max(per_mb) / min(per_mb))
    print(f"largest ratio of time per MB from 100 KB to the cap: {worst:.2f} (linear: < 2)")
    return 0 if worst < 2 else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sweep", action="store_true", help="time against size, adversarial too")
    args = ap.parse_args(argv)
    if args.sweep:
        sys.path.insert(0, str(ROOT))
        seed = (SEED if SEED.exists() else SAMPLE).read_text(encoding="utf-8")
        return sweep(seed)
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
