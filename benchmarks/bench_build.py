"""Benchmark: `zmd-report build` against the stock papermill + nbconvert + chromium loop.

Times, in one run, on the same notebooks and parameter sets (reports.toml):
  (a) stock: per report `papermill` CLI, `jupyter nbconvert --to html --no-input`,
      then a freshly started headless chromium --print-to-pdf;
  (b) `zmd-report build` cold (empty output folder and parameter cache);
  (c) `zmd-report build` again with nothing changed;
  (d) `zmd-report build` after one figure changed (the number of promotion events,
      which only the investment-attraction theme and the article overview read);
  (e) `zmd-report build` cold with the full browser for PDFs (ZMD_CHROMIUM=/usr/bin/chromium,
      the stock loop's browser) instead of Debian's chromium-headless-shell, to show what
      the choice of browser is worth on its own.
Repetitions alternate (a) and (b). Prints medians, spread, time per report and the ratio
(a)/(b); then the build's peak memory for growing batches (first 2, half, all reports):
the whole build's (every process it starts) and the coordinator's.
Writes benchmarks/results/results.{json,md} and a bar chart (results.svg).

    python benchmarks/bench_build.py            # all reports, 3 repetitions
    python benchmarks/bench_build.py --only 06-claims-check --reps 1 --out /tmp/b
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))
from zmd_analysis.access.paths import CACHE_DIR, NOTEBOOKS_DIR
from zmd_analysis.publish.config import load_config
from zmd_analysis.publish.pdf import CHROMIUM, CHROMIUM_ARGS

QUIET = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}


def run(cmd: list[str], env: dict | None = None) -> None:
    subprocess.run(cmd, check=True, env=env, **QUIET)


def _tree_pss_mb(root: int) -> float:
    """Proportional set size summed over ``root`` and its descendants (kernels, the forker,
    the printer, its browser): shared pages are counted once, split among their users."""
    parent = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                parent[int(proc.name)] = int(
                    (proc / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
            except (OSError, IndexError, ValueError):
                pass
    tree, grew = {root}, True
    while grew:
        new = {pid for pid, ppid in parent.items() if ppid in tree} - tree
        tree |= new
        grew = bool(new)
    kb = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    kb += int(line.split()[1])
        except (OSError, ValueError):
            pass
    return kb / 1024


def peak_memory_mb(cmd: list[str]) -> dict:
    """Run ``cmd`` (a build); its coordinator's peak resident memory, and the peak of the
    whole build's memory (PSS of every process it started, sampled every 0.1 s), MB."""
    import threading

    proc = subprocess.Popen(cmd, **QUIET)
    peak, done = [0.0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_pss_mb(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise subprocess.CalledProcessError(status, cmd)
    return {"peak_rss_mb": usage.ru_maxrss / 1024, "peak_build_pss_mb": peak[0]}


def stock_loop(specs, work: Path) -> None:
    """What a user would write with the anchors' own tools, one report at a time."""
    for s in specs:
        src = work / "ipynb" / f"{s.notebook}.ipynb"
        out = work / "stock" / f"{s.name}.ipynb"
        cmd = [
            str(BIN / "papermill"),
            str(src),
            str(out),
            "-k",
            "python3",
            "--cwd",
            str(NOTEBOOKS_DIR),
        ]
        for k, v in s.params.items():
            cmd += ["-p", k, str(v)]
        run(cmd)
        run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(out)])
        html = out.with_suffix(".html")
        profile = tempfile.mkdtemp(prefix="chromium-")
        run(
            [
                CHROMIUM,
                "--headless",
                *CHROMIUM_ARGS,
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out.with_suffix('.pdf')}",
                html.as_uri(),
            ]
        )
        shutil.rmtree(profile, ignore_errors=True)


def zmd_cmd(out: Path, only: list[str]) -> list[str]:
    cmd = [str(BIN / "zmd-report"), "build", "-q", "--out", str(out)]
    for name in only:
        cmd += ["--only", name]
    return cmd


def zmd_build(out: Path, only: list[str], env: dict | None = None) -> None:
    run(zmd_cmd(out, only), env=env)


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def summary(xs: list[float]) -> dict:
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "runs": xs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--only", action="append", default=[], help="report name (repeatable)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = ap.parse_args()

    specs = load_config()
    if args.only:
        specs = [s for s in specs if s.name in args.only]
    work = Path(tempfile.mkdtemp(prefix="zmd-bench-"))
    (work / "ipynb").mkdir()
    (work / "stock").mkdir()
    for nb in {s.notebook for s in specs}:  # the stock loop needs .ipynb inputs: not timed
        run(
            [
                str(BIN / "jupytext"),
                "--to",
                "ipynb",
                "-o",
                str(work / "ipynb" / f"{nb}.ipynb"),
                str(NOTEBOOKS_DIR / f"{nb}.py"),
            ]
        )
    names = [s.name for s in specs]

    times: dict[str, list[float]] = {
        "a_stock": [],
        "b_cold": [],
        "c_noop": [],
        "d_data": [],
        "e_full_browser": [],
    }
    rebuilt_after_change: list[str] = []
    for rep in range(args.reps):
        order = ("a", "b") if rep % 2 == 0 else ("b", "a")
        for side in order:
            if side == "a":
                shutil.rmtree(work / "stock")
                (work / "stock").mkdir()
                times["a_stock"].append(timed(stock_loop, specs, work))
            else:
                out = work / f"zmd-{rep}"
                shutil.rmtree(CACHE_DIR, ignore_errors=True)
                times["b_cold"].append(timed(zmd_build, out, names))
                times["c_noop"].append(timed(zmd_build, out, names))
                # (d) one data file changed: a copy of data/ with one figure edited
                data = work / f"data-{rep}"
                shutil.copytree(ROOT / "data", data)
                obs = data / "observations.csv"
                obs.write_text(
                    obs.read_text(encoding="utf-8").replace(
                        "promotion_events,212,", "promotion_events,213,"
                    ),
                    encoding="utf-8",
                )
                env = {**os.environ, "ZMD_DATA_DIR": str(data)}
                state = out / ".build" / "state.json"
                before = json.loads(state.read_text())
                times["d_data"].append(timed(zmd_build, out, names, env))
                after = json.loads(state.read_text())
                rebuilt_after_change = [
                    n for n in names if after[n]["built_at"] != before[n]["built_at"]
                ]
                shutil.rmtree(CACHE_DIR, ignore_errors=True)
                times["e_full_browser"].append(
                    timed(
                        zmd_build,
                        work / f"zmd-full-{rep}",
                        names,
                        {**os.environ, "ZMD_CHROMIUM": CHROMIUM},
                    )
                )
        print(
            f"rep {rep + 1}: " + ", ".join(f"{k} {v[-1]:.1f}s" for k, v in times.items()),
            flush=True,
        )

    memory = []  # peak memory of the build against batch size (cold builds)
    for k in sorted({min(2, len(names)), max(1, len(names) // 2), len(names)}):
        shutil.rmtree(CACHE_DIR, ignore_errors=True)
        memory.append({"reports": k, **peak_memory_mb(zmd_cmd(work / f"mem-{k}", names[:k]))})
    sizes = [
        p.stat().st_size for p in (work / "zmd-0").glob("*.html") if not p.name.startswith("index")
    ]
    result = {
        "reports": names,
        "reps": args.reps,
        "cores": os.cpu_count(),
        **{k: summary(v) for k, v in times.items()},
        "ratio_a_over_b": statistics.median(times["a_stock"]) / statistics.median(times["b_cold"]),
        "per_report_s": {
            k: statistics.median(times[k]) / len(names)
            for k in ("a_stock", "b_cold", "e_full_browser")
        },
        "ratio_a_over_e": statistics.median(times["a_stock"])
        / statistics.median(times["e_full_browser"]),
        "rebuilt_after_data_change": rebuilt_after_change,
        "max_html_mb": max(sizes) / 2**20 if sizes else None,
        "peak_rss_mb_largest_process": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        / 1024,
        "memory_by_batch": memory,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    (args.out / "results.md").write_text(markdown(result), encoding="utf-8")
    (args.out / "results.svg").write_text(svg(result), encoding="utf-8")
    print(markdown(result))
    shutil.rmtree(work, ignore_errors=True)


LABELS = {
    "a_stock": "(a) stock papermill + nbconvert + chromium",
    "b_cold": "(b) zmd-report build, cold",
    "c_noop": "(c) zmd-report build, no change",
    "d_data": "(d) zmd-report build, one figure changed",
    "e_full_browser": "(e) zmd-report build, cold, PDFs by the full chromium",
}


def markdown(r: dict) -> str:
    rows = "\n".join(
        f"| {LABELS[k]} | {r[k]['median']:.2f} | {r[k]['min']:.2f}–{r[k]['max']:.2f} |"
        for k in LABELS
    )
    return (
        f"{len(r['reports'])} reports, {r['reps']} repetitions (alternating), "
        f"{r['cores']} cores\n\n| side | median (s) | spread (s) |\n|---|---|---|\n{rows}\n\n"
        f"- per report: stock {r['per_report_s']['a_stock']:.2f} s, zmd-report "
        f"{r['per_report_s']['b_cold']:.2f} s; ratio (a)/(b): **{r['ratio_a_over_b']:.1f}×** "
        f"(with the full chromium for PDFs, (a)/(e): {r['ratio_a_over_e']:.1f}×)\n"
        f"- reports rebuilt after one figure changed: {len(r['rebuilt_after_data_change'])} "
        f"of {len(r['reports'])} ({', '.join(r['rebuilt_after_data_change']) or 'none'})\n"
        f"- largest HTML: {r['max_html_mb']:.2f} MB\n"
        f"- peak memory by batch size, whole build (PSS of all its processes: coordinator, "
        f"kernels, printer, browser) and coordinator alone (RSS): "
        + ", ".join(
            f"{m['reports']} reports {m['peak_build_pss_mb']:.0f} MB ({m['peak_rss_mb']:.0f} MB)"
            for m in r["memory_by_batch"]
        )
        + f"; largest single process overall {r['peak_rss_mb_largest_process']:.0f} MB\n"
    )


def svg(r: dict) -> str:
    """A small horizontal bar chart of the medians with min–max whiskers (no dependencies)."""
    keys = list(LABELS)
    top = max(r[k]["max"] for k in keys) or 1
    width, left, bar = 640, 300, 26
    scale = (width - left - 60) / top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{len(keys) * 46 + 50}"'
        ' font-family="sans-serif" font-size="12">',
        '<text x="10" y="20" font-size="14">Build time, seconds (median, min–max)</text>',
    ]
    for i, k in enumerate(keys):
        y = 40 + i * 46
        m, lo, hi = r[k]["median"], r[k]["min"], r[k]["max"]
        parts += [
            f'<text x="10" y="{y + 17}">{LABELS[k]}</text>',
            f'<rect x="{left}" y="{y}" width="{m * scale:.1f}" height="{bar}" fill="#b03a2e"/>',
            f'<line x1="{left + lo * scale:.1f}" x2="{left + hi * scale:.1f}" y1="{y + bar / 2}"'
            f' y2="{y + bar / 2}" stroke="#222"/>',
            f'<text x="{left + hi * scale + 6:.1f}" y="{y + 17}">{m:.1f}</text>',
        ]
    return "\n".join(parts + ["</svg>"]) + "\n"


if __name__ == "__main__":
    main()
