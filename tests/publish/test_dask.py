"""The same build on a Dask cluster: a scheduler and two worker processes on 127.0.0.1."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from conftest import use_notebooks

from zmd_analysis.publish import build as builder
from zmd_analysis.publish.config import ReportSpec, load_config

pytest.importorskip("distributed")

BIN = Path(__file__).resolve().parents[2] / ".venv" / "bin"
REPORTS = ["00-overview-en", "03-rankings", "04-investment-attraction", "07-context"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask(*args, env=None, log=None) -> subprocess.Popen:
    exe = BIN / "dask" if (BIN / "dask").exists() else Path(shutil.which("dask"))
    return subprocess.Popen(
        [str(exe), *args],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
        start_new_session=True,
    )


class Cluster:
    """``dask scheduler`` and ``dask worker`` processes; stopped on exit."""

    def __init__(self, tmp: Path, workers: int = 2, env: dict | None = None):
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.env = {"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1", **(env or {})}
        self.log = open(tmp / "dask.log", "w")  # noqa: SIM115 - open while the cluster runs
        self.scheduler = _dask(
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--no-dashboard",
            env=self.env,
            log=self.log,
        )
        self.workers = [self.add_worker() for _ in range(workers)]
        from distributed import Client

        with Client(self.address, timeout="30s") as c:
            c.wait_for_workers(workers, timeout=60)

    def add_worker(self) -> subprocess.Popen:
        return _dask(
            "worker",
            self.address,
            "--nworkers",
            "1",
            "--nthreads",
            "1",
            "--no-dashboard",
            "--host",
            "127.0.0.1",
            env=self.env,
            log=self.log,
        )

    def close(self) -> None:
        for p in [*self.workers, self.scheduler]:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in [*self.workers, self.scheduler]:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        self.log.close()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    c = Cluster(tmp_path_factory.mktemp("dask"))
    yield c
    c.close()


def _strip(path: Path) -> str:
    return re.sub(r"built_at: [^<]+", "", path.read_text(encoding="utf-8"))


def test_cluster_build_equals_local_build(cluster, tmp_path):
    specs = load_config()
    local = builder.build(specs, tmp_path / "local", only=REPORTS, log=lambda m: None)
    remote = builder.build(
        specs, tmp_path / "remote", only=REPORTS, log=lambda m: None, scheduler=cluster.address
    )
    assert local.exit_code == 0 and remote.exit_code == 0, [o.message for o in remote.failed]
    for name in REPORTS:
        assert _strip(tmp_path / "remote" / f"{name}.html") == _strip(
            tmp_path / "local" / f"{name}.html"
        ), name
        assert (tmp_path / "remote" / f"{name}.pdf").stat().st_size > 10_000
    # the reads came back from the workers too: an unchanged rebuild runs nothing
    again = builder.build(
        specs, tmp_path / "remote", only=REPORTS, log=lambda m: None, scheduler=cluster.address
    )
    assert [o.status for o in again.outcomes] == ["up-to-date"] * len(REPORTS)


def test_worker_with_other_data_refuses_with_both_versions(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(Path(builder.__file__).parents[2] / "data", data)
    obs = data / "observations.csv"
    obs.write_text(
        obs.read_text(encoding="utf-8").replace("promotion_events,212,", "promotion_events,213,"),
        encoding="utf-8",
    )
    c = Cluster(tmp_path, workers=1, env={"ZMD_DATA_DIR": str(data)})
    try:
        result = builder.build(
            load_config(),
            tmp_path / "out",
            only=["03-rankings"],
            formats=["html"],
            log=lambda m: None,
            scheduler=c.address,
        )
    finally:
        c.close()
    assert result.exit_code == 1
    msg = result.failed[0].message
    from zmd_analysis.access.provenance import data_version

    assert "VersionMismatch" in msg or "worker" in msg
    assert f"data {data_version()}" in msg and f"data {data_version(data)}" in msg


@pytest.fixture
def slow_notebooks(tmp_path, monkeypatch):
    return use_notebooks(tmp_path, monkeypatch, "94_pid.py", "03_rankings.py")


class Killer(threading.Thread):
    """Kills each process whose pid the 94_pid notebook appends to ``marker``, up to
    ``times`` of them."""

    def __init__(self, marker: Path, times: int):
        super().__init__()
        self.marker, self.times, self.killed = marker, times, []

    def run(self) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(self.killed) < self.times:
            pids = self.marker.read_text().split() if self.marker.exists() else []
            for pid in map(int, pids[len(self.killed) : self.times]):
                os.kill(pid, signal.SIGKILL)
                self.killed.append(pid)
            time.sleep(0.1)


def test_killed_worker_is_retried_elsewhere_and_others_still_build(slow_notebooks, tmp_path):
    """The notebook writes its worker's pid and waits; the test kills that worker. The task
    runs again on the other worker; every report builds; nothing else is disturbed."""
    marker = tmp_path / "pids"
    env = {"ZMD_NOTEBOOKS_DIR": str(slow_notebooks)}
    c = Cluster(tmp_path, workers=2, env=env)
    specs = [
        ReportSpec("slow", "94_pid", {"marker": str(marker)}, ("html",), 120),
        ReportSpec("rankings", "03_rankings", {"lang": "zh"}, ("html",), 120),
    ]
    killer = Killer(marker, times=1)
    killer.start()
    try:
        result = builder.build(specs, tmp_path / "out", log=lambda m: None, scheduler=c.address)
    finally:
        killer.join()
        c.close()
    assert killer.killed, "the notebook never started"
    assert result.exit_code == 0, [o.message for o in result.failed]
    pids = marker.read_text().split()
    assert len(pids) == 2 and pids[0] != pids[1]  # ran again, on the other worker
    assert (tmp_path / "out" / "slow.html").exists() and (
        tmp_path / "out" / "rankings.html"
    ).exists()


def test_worker_killed_twice_fails_the_report_clearly_and_keeps_the_good_one(
    slow_notebooks, tmp_path
):
    """Killed on its first worker and again on the retry: the report fails with a message
    saying so, its earlier good outputs stay byte-identical, the other report builds."""
    out = tmp_path / "out"
    specs = [
        ReportSpec("slow", "94_pid", {"marker": str(tmp_path / "local")}, ("html",), 120),
        ReportSpec("rankings", "03_rankings", {"lang": "zh"}, ("html",), 120),
    ]
    assert builder.build(specs, out, log=lambda m: None).exit_code == 0  # a good build, locally
    before = {p.name: p.read_bytes() for p in out.glob("slow.*")}
    marker = tmp_path / "pids"
    specs[0] = ReportSpec("slow", "94_pid", {"marker": str(marker)}, ("html",), 120)
    c = Cluster(tmp_path, workers=3, env={"ZMD_NOTEBOOKS_DIR": str(slow_notebooks)})
    killer = Killer(marker, times=2)
    killer.start()
    try:
        result = builder.build(specs, out, force=True, log=lambda m: None, scheduler=c.address)
    finally:
        killer.join()
        c.close()
    assert len(killer.killed) == 2 and killer.killed[0] != killer.killed[1]
    failed = {o.name: o.message for o in result.failed}
    assert set(failed) == {"slow"}
    assert failed["slow"] == (
        "report slow: the worker running it died, and so did the one that retried it"
    )
    assert {p.name: p.read_bytes() for p in out.glob("slow.*")} == before
    assert next(o for o in result.outcomes if o.name == "rankings").status == "built"
