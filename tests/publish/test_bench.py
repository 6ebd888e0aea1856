"""The benchmark script runs end to end on one small report (timings are not asserted:
speed is measured by `make bench`, not by the test suite)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_benchmark_script_runs_on_one_report(tmp_path):
    r = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench_build.py"),
            "--only",
            "04-investment-attraction",
            "--reps",
            "1",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    result = json.loads((tmp_path / "results.json").read_text())
    assert result["reports"] == ["04-investment-attraction"]
    for side in ("a_stock", "b_cold", "c_noop", "d_data", "e_full_browser"):
        assert result[side]["runs"] and result[side]["median"] > 0
    assert result["rebuilt_after_data_change"] == ["04-investment-attraction"]
    assert [m["reports"] for m in result["memory_by_batch"]] == [1]
    memory = result["memory_by_batch"][0]
    assert memory["peak_rss_mb"] > 20
    # the whole build counts the kernels, the printer and its browser too (hundreds of MB)
    assert memory["peak_build_pss_mb"] > memory["peak_rss_mb"] + 100
    assert "ratio (a)/(b)" in (tmp_path / "results.md").read_text()
    assert (tmp_path / "results.svg").read_text().startswith("<svg")
