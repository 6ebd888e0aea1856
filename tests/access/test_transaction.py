"""The data lock and the journal (:mod:`zmd_analysis.access.transaction`) on plain files:
a change of several files lands all or none whatever instant it is killed at, a full disk
undoes it at once, and a second writer waits, then names the holder."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from zmd_analysis.access import transaction as tx
from zmd_analysis.access.errors import DataError


class Killed(BaseException):
    """A kill, simulated: nothing of the process's own clean-up runs for it (replace_all
    undoes a change only on an Exception)."""


def crash_at(monkeypatch, point: str) -> None:
    def fault(here: str) -> None:
        if here == point:
            raise Killed(here)

    monkeypatch.setattr(tx, "fault", fault)


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    for name in ("a.csv", "b.csv", "c.csv"):
        (d / name).write_text(f"old {name}\n", encoding="utf-8")
    return d


def state(d: Path) -> dict[str, str]:
    """The visible files: what a reader of the folder sees."""
    return {p.name: p.read_text(encoding="utf-8") for p in d.iterdir() if p.name[0] != "."}


def changes(d: Path, other: Path) -> dict[Path, bytes]:
    """New content for a.csv, c.csv and a file outside the data folder (like reports.toml)."""
    return {
        d / "a.csv": b"new a\n",
        d / "c.csv": b"new c\n",
        other: b"new config\n",
    }


def leftovers(*folders: Path) -> list[str]:
    return [p.name for f in folders for p in f.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("point", tx.points(3))
def test_a_kill_at_any_point_leaves_all_old_or_all_new_after_recovery(
    folder, tmp_path, monkeypatch, point
):
    other = tmp_path / "reports.toml"
    other.write_text("old config\n", encoding="utf-8")
    old = {**state(folder), "config": other.read_text()}
    new = {**old, "a.csv": "new a\n", "c.csv": "new c\n", "config": "new config\n"}
    crash_at(monkeypatch, point)
    with pytest.raises(Killed):
        tx.replace_all(folder, changes(folder, other))
    monkeypatch.undo()
    decided = tx.points(3).index(point) >= tx.points(3).index("commit")
    if point != "done":
        assert tx.pending(folder)
    message = tx.recover(folder)
    assert not tx.pending(folder)
    assert (message is None) == (point == "done")
    if message:
        assert ("completed" in message) == decided
    after = {**state(folder), "config": other.read_text()}
    assert after == (new if decided else old)
    assert leftovers(folder, tmp_path) == []
    assert tx.recover(folder) is None  # nothing left to do


@pytest.mark.parametrize("k", [1, 2, 3])
def test_a_full_disk_while_staging_undoes_everything_at_once(folder, tmp_path, monkeypatch, k):
    other = tmp_path / "reports.toml"
    other.write_text("old config\n", encoding="utf-8")
    old = state(folder)
    real = tx._write_file
    calls = []

    def full_disk(path: Path, content: bytes) -> None:
        if tx.STAGED_MARK in path.name:
            calls.append(path)
            if len(calls) == k:  # half the bytes reach the disk, then it is full
                path.write_bytes(content[: len(content) // 2])
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, content)

    monkeypatch.setattr(tx, "_write_file", full_disk)
    with pytest.raises(OSError) as info:
        tx.replace_all(folder, changes(folder, other))
    assert info.value.errno == errno.ENOSPC
    assert state(folder) == old and other.read_text() == "old config\n"
    assert leftovers(folder, tmp_path) == [] and not tx.pending(folder)


def test_a_killed_process_is_recovered_by_the_next_one(folder, tmp_path):
    """The real thing: a process ends in the middle of replacing (os._exit, as a kill),
    and the next process to take the lock finishes the change."""
    other = tmp_path / "reports.toml"
    other.write_text("old config\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from zmd_analysis.access import transaction as tx\n"
        "d, o = Path(sys.argv[1]), Path(sys.argv[2])\n"
        "with tx.data_lock(d, exclusive=True, what='test'):\n"
        "    tx.replace_all(d, {d / 'a.csv': b'new a\\n', d / 'c.csv': b'new c\\n', o: b'new config\\n'})\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(folder), str(other)],
        env={**os.environ, tx.FAULT_ENV: "replaced-1"},
        capture_output=True,
    )
    assert r.returncode == tx.FAULT_EXIT, r.stderr
    assert state(folder)["a.csv"] == "new a\n" and state(folder)["c.csv"] == "old c.csv\n"
    messages = []
    with tx.data_lock(folder, exclusive=False, what="test", log=messages.append):
        assert state(folder)["c.csv"] == "new c\n" and other.read_text() == "new config\n"
    assert len(messages) == 1 and "completed" in messages[0] and "c.csv" in messages[0]


def test_a_reader_of_the_library_refuses_a_change_half_made(data_copy):
    from zmd_analysis.access.tables import load_tables

    (data_copy / tx.JOURNAL_NAME).write_text('{"state": "commit", "files": []}')
    with pytest.raises(DataError, match="being committed or was interrupted"):
        load_tables(data_copy)
    assert tx.recover(data_copy) and load_tables(data_copy).sources is not None


def test_an_unreadable_journal_is_a_data_error(folder):
    (folder / tx.JOURNAL_NAME).write_text("{not json")
    with pytest.raises(DataError, match="unreadable journal"):
        tx.recover(folder)
    (folder / tx.JOURNAL_NAME).write_text('{"state": "commit", "files": [["/etc/x", "/tmp/y"]]}')
    with pytest.raises(DataError, match="unreadable journal"):
        tx.recover(folder)


# --- the lock ---------------------------------------------------------------------------

HOLD = (
    "import sys, time; from zmd_analysis.access import transaction as tx\n"
    "with tx.data_lock(sys.argv[1], exclusive=sys.argv[2] == 'x', what='build'):\n"
    "    print('held', flush=True); time.sleep(float(sys.argv[3]))\n"
)


def hold(folder: Path, mode: str, seconds: float) -> subprocess.Popen:
    p = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder), mode, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert p.stdout is not None and p.stdout.readline().strip() == "held"
    return p


def test_a_second_writer_gives_up_naming_the_holder(folder):
    p = hold(folder, "s", 30)
    try:
        started = time.monotonic()
        with (
            pytest.raises(tx.DataBusy) as info,
            tx.data_lock(folder, exclusive=True, what="propose --accept", wait=0.5),
        ):
            pass
        assert 0.5 <= time.monotonic() - started < 5
        message = str(info.value)
        assert (
            f"pid {p.pid}" in message and "reading" in message and "gave up after 0.5 s" in message
        )
        assert "\n" not in message
        # readers share the lock
        with tx.data_lock(folder, exclusive=False, what="check", wait=0.5):
            pass
    finally:
        p.kill()
        p.wait()


def test_a_writer_waits_for_the_one_before(folder):
    p = hold(folder, "x", 1.0)
    waited = []
    started = time.monotonic()
    with tx.data_lock(folder, exclusive=True, what="test", wait=30, log=waited.append):
        assert time.monotonic() - started >= 0.5
    p.wait()
    assert len(waited) == 1 and f"pid {p.pid}" in waited[0] and "writing" in waited[0]


def test_the_lock_is_reentrant_within_a_thread_and_exclusive_between_threads(folder):
    with tx.data_lock(folder, exclusive=True, what="outer"):
        with tx.data_lock(folder, exclusive=True, what="inner"):
            pass
        errors = []

        def other() -> None:
            try:
                with tx.data_lock(folder, exclusive=False, what="other", wait=0.2):
                    pass
            except tx.DataBusy as e:
                errors.append(e)

        t = threading.Thread(target=other)
        t.start()
        t.join()
        assert len(errors) == 1
    with (
        tx.data_lock(folder, exclusive=False, what="reader"),
        pytest.raises(RuntimeError),
        tx.data_lock(folder, exclusive=True, what="writer"),
    ):
        pass


def test_a_rename_that_fails_after_the_commit_is_completed_by_the_next_command(
    folder, tmp_path, monkeypatch
):
    other = tmp_path / "reports.toml"
    other.write_text("old config\n", encoding="utf-8")
    real = os.replace
    renames = []

    def flaky(src, dst):
        if tx.STAGED_MARK in str(src):
            renames.append(src)
            if len(renames) == 2:
                raise OSError(errno.EIO, os.strerror(errno.EIO), str(src))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(tx.Interrupted, match="the next zmd-report command completes it"):
        tx.replace_all(folder, changes(folder, other))
    monkeypatch.undo()
    assert tx.pending(folder)
    with tx.data_lock(folder, exclusive=False, what="check", log=lambda m: None):
        assert state(folder)["c.csv"] == "new c\n" and other.read_text() == "new config\n"
    assert leftovers(folder, tmp_path) == [".lock"]  # the lock file stays, nothing else
