"""Warm kernels, no working-directory dependence, and rebuilds decided by recorded reads."""

from __future__ import annotations

import json
import re
import shutil
import threading
from pathlib import Path

import pytest
from conftest import replace_in, use_notebooks

from zmd_analysis.access.paths import DEFAULT_DATA_DIR
from zmd_analysis.publish import build as builder
from zmd_analysis.publish.config import ReportSpec, load_config
from zmd_analysis.publish.kernels import FreshKernels, KernelPool

META = {
    "input_hash": "x",
    "built_at": "2026-01-01T00:00:00+00:00",
    "data_version": "dv",
    "inputs": {},
}


def _html(spec: ReportSpec, tmp: Path, kernels=None) -> str:
    bd = builder.BuildDir(tmp)
    outcome, files, page = builder.run_notebook(spec, bd, META, kernels)
    assert outcome.status == "built", outcome.message
    return page.html()


def test_warm_kernel_report_equals_fresh_kernel_report(tmp_path):
    spec = next(s for s in load_config() if s.name == "03-rankings")
    fresh = _html(spec, tmp_path / "fresh", FreshKernels())  # papermill starts its own kernel
    with KernelPool(1, needed=1) as pool:
        warm = _html(spec, tmp_path / "warm", pool)
    assert warm == fresh


@pytest.fixture
def fixture_notebooks(tmp_path, monkeypatch):
    return use_notebooks(tmp_path, monkeypatch, "95_state.py", "97_dies.py")


def test_no_state_passes_between_reports(fixture_notebooks, tmp_path):
    """The notebook fails if a variable, environment variable, pandas option or plotly
    template set by an earlier run is visible; three runs from one pool all pass."""
    spec = ReportSpec("state", "95_state", {"lang": "zh"}, ("html",), 60)
    bd = builder.BuildDir(tmp_path / "out")
    with KernelPool(2, needed=3) as pool:
        for _ in range(3):
            outcome, *_ = builder.run_notebook(spec, bd, META, pool)
            assert outcome.status == "built", outcome.message


def test_a_dead_kernel_is_replaced_not_handed_out(fixture_notebooks, tmp_path):
    import asyncio

    with KernelPool(1, needed=3) as pool:
        km = pool.take()
        pool._ready.put(km)  # put back, then kill it while it waits
        km.provisioner.process.kill()
        km.provisioner.process.wait(timeout=10)
        fresh = pool.take()
        assert fresh is not km and asyncio.run(fresh.is_alive())
        pool.discard(fresh)


def test_builds_in_parallel_from_another_directory(tmp_path, monkeypatch):
    """Two builds in threads, the process in an unrelated directory: both succeed and agree
    (papermill's process-wide chdir is never used)."""
    monkeypatch.chdir(tmp_path)
    specs = load_config()
    results = {}

    def run(name: str) -> None:
        results[name] = builder.build(
            specs,
            tmp_path / name,
            only=["03-rankings", "05-business-environment"],
            formats=["html"],
            log=lambda m: None,
        )

    threads = [threading.Thread(target=run, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.exit_code == 0 for r in results.values())
    strip = lambda p: re.sub(r"built_at: [^<]+", "", p.read_text(encoding="utf-8"))  # noqa: E731
    for name in ("03-rankings", "05-business-environment"):
        assert strip(tmp_path / "a" / f"{name}.html") == strip(tmp_path / "b" / f"{name}.html")
    assert Path.cwd() == tmp_path


REPORTS = [
    "00-overview",
    "06-claims-check",
    "01-key-projects",
    "03-rankings",
    "04-investment-attraction",
]


@pytest.fixture
def data_build(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    monkeypatch.setenv("ZMD_DATA_DIR", str(data))
    out = tmp_path / "out"
    first = builder.build(load_config(), out, only=REPORTS, formats=["html"], log=lambda m: None)
    assert first.exit_code == 0
    return data, out


def _rebuilt(out: Path) -> dict[str, str]:
    result = builder.build(load_config(), out, only=REPORTS, formats=["html"], log=lambda m: None)
    assert result.exit_code == 0
    return {o.name: o.reason for o in result.outcomes if o.status == "built"}


def test_reads_are_recorded_in_state_and_notebook(data_build):
    _, out = data_build
    state = json.loads((out / ".build" / "state.json").read_text())
    reads = {tuple(r[:-1]) for r in state["04-investment-attraction"]["reads"]}
    assert ("obs", "promotion_events", "zhumadian", "2021YTD") in reads
    assert not any(r[0] == "table" and r[1] == "observations" for r in reads)
    nb = json.loads((out / "04-investment-attraction.ipynb").read_text())
    assert [list(r) for r in nb["metadata"]["zmd_report"]["reads"]] == state[
        "04-investment-attraction"
    ]["reads"]
    assert not any("zmd-reads" in c["metadata"].get("tags", []) for c in nb["cells"])


def test_one_figure_edit_rebuilds_only_the_reports_that_read_it(data_build):
    data, out = data_build
    assert _rebuilt(out) == {}  # nothing changed
    # a figure only the attraction theme and the article overview print
    replace_in(data / "observations.csv", "promotion_events,212,", "promotion_events,213,")
    rebuilt = _rebuilt(out)
    assert set(rebuilt) == {"00-overview", "04-investment-attraction"}
    assert (
        rebuilt["04-investment-attraction"]
        == "data changed: obs/promotion_events/zhumadian/2021YTD"
    )
    # a figure a claim uses: the claims check reads it too
    replace_in(data / "observations.csv", "landed_ind_projects,93,", "landed_ind_projects,94,")
    assert set(_rebuilt(out)) == {"00-overview", "06-claims-check", "04-investment-attraction"}
    # a whole table every report reads (the region names)
    replace_in(data / "regions.csv", "驻马店市", "驻马店")
    assert set(_rebuilt(out)) == set(REPORTS)


def test_a_library_change_rebuilds_everything(data_build, monkeypatch):
    _, out = data_build
    monkeypatch.setattr(builder, "library_hash", lambda: "changed")
    assert set(_rebuilt(out)) == set(REPORTS)
    assert set(_rebuilt(out)) == set()


def test_a_retry_gets_a_kernel_beyond_the_plan():
    """A pool planned for one report still serves that report's retry at once."""
    import time

    with KernelPool(1, needed=1) as pool:
        pool.discard(pool.take())
        t = time.monotonic()
        km = pool.take(retry=True, timeout=30)
        assert km is not None and time.monotonic() - t < 30
        pool.discard(km)
