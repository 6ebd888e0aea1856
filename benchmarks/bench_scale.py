"""Scale benchmark: a generated batch of reports built locally and on a local Dask cluster.

The batch is notebooks × regions × periods × languages over the data in ``data/`` (every
notebook renders for every region and period: a section without data says so). For
growing batch sizes it times, in one run, ``zmd-report build`` locally and with
``--scheduler`` on a scheduler and two workers started here, and records the peak memory
of the build: its coordinator's, and locally the whole build's (every process it starts).
HTML only: the PDFs are printed by the coordinator in both cases.

    python benchmarks/bench_scale.py                      # 25, 50, 100, 208 reports
    python benchmarks/bench_scale.py --sizes 10 --out /tmp/s
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOTEBOOKS = [
    "01_key_projects",
    "03_rankings",
    "04_investment_attraction",
    "05_business_environment",
]
PERIODS = {
    "01_key_projects": ["2021M01-M04", "2020M01-M04"],
    "03_rankings": ["2021M01-M04", "2021M01-M06"],
    "04_investment_attraction": ["2021YTD", "2021"],
    "05_business_environment": ["2021YTD", "2021"],
}
QUIET = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import peak_memory_mb


def regions() -> list[str]:
    import csv

    with open(ROOT / "data" / "regions.csv", encoding="utf-8") as fh:
        return [r["region_id"] for r in csv.DictReader(fh)]


def config(n: int) -> str:
    """reports.toml for the first ``n`` combinations."""
    combos = [
        (nb, reg, PERIODS[nb][i], lang)
        for reg in regions()
        for i in (0, 1)
        for lang in ("zh", "en")
        for nb in NOTEBOOKS
    ]
    parts = ['[defaults]\nformats = ["html"]\n']
    for nb, reg, per, lang in combos[:n]:
        parts.append(
            f'[[report]]\nname = "{nb[:2]}-{reg}-{per.lower()}-{lang}"\n'
            f'notebook = "{nb}"\nparams = {{ region = "{reg}", period = "{per}", '
            f'lang = "{lang}" }}\n'
        )
    return "\n".join(parts)


def build(cfg: Path, out: Path, scheduler: str | None = None) -> dict:
    """Wall seconds and peak memory of one cold build: the coordinator's (RSS) and the
    whole build's (PSS over the processes it starts; on Dask the workers' are not counted)."""
    cmd = [str(BIN / "zmd-report"), "build", "-q", "--config", str(cfg), "--out", str(out)]
    if scheduler:
        cmd += ["--scheduler", scheduler]
    t = time.perf_counter()
    try:
        memory = peak_memory_mb(cmd)
    except subprocess.CalledProcessError:
        raise SystemExit(f"build failed: {' '.join(cmd)}") from None
    return {"seconds": time.perf_counter() - t, **memory}


def start_cluster(workers: int) -> tuple[str, list[subprocess.Popen]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    procs = [
        subprocess.Popen(
            [
                str(BIN / "dask"),
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--no-dashboard",
            ],
            start_new_session=True,
            **QUIET,
        )
    ]
    procs += [
        subprocess.Popen(
            [
                str(BIN / "dask"),
                "worker",
                address,
                "--nworkers",
                "1",
                "--nthreads",
                "1",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
            ],
            start_new_session=True,
            **QUIET,
        )
        for _ in range(workers)
    ]
    from distributed import Client

    with Client(address, timeout="30s") as c:
        c.wait_for_workers(workers, timeout=60)
    return address, procs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 208])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="zmd-scale-"))
    address, procs = start_cluster(2)
    rows = []
    try:
        for n in args.sizes:
            cfg = work / f"reports-{n}.toml"
            cfg.write_text(config(n), encoding="utf-8")
            row = {"reports": n}
            for side, sched in (("local", None), ("dask_2_workers", address)):
                result = build(cfg, work / f"{side}-{n}", sched)
                row[side] = {**result, "per_report_s": result["seconds"] / n}
            rows.append(row)
            print(json.dumps(row), flush=True)
    finally:
        for p in procs:
            os.killpg(p.pid, signal.SIGTERM)
        shutil.rmtree(work, ignore_errors=True)
    md = (
        "| reports | local s/report | local peak MB: build (coordinator) | "
        "2 Dask workers s/report | Dask peak MB: coordinator |\n|---|---|---|---|---|\n"
        + "\n".join(
            f"| {r['reports']} | {r['local']['per_report_s']:.2f} | "
            f"{r['local']['peak_build_pss_mb']:.0f} ({r['local']['peak_rss_mb']:.0f}) | "
            f"{r['dask_2_workers']['per_report_s']:.2f} | "
            f"{r['dask_2_workers']['peak_rss_mb']:.0f} |"
            for r in rows
        )
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scale.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    (args.out / "scale.md").write_text(md + "\n", encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
