"""``zmd-report propose --accept`` under concurrency and faults: one writer at a time (two
accepts at once both land), all files or none across a kill at every step of the commit
(the next command finishes or undoes it, and ``check`` passes), no hand edit blessed, and
one-line errors with exit 3 for bad data files and a full disk."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import name_the_province
from typer.testing import CliRunner

from zmd_analysis.access import provenance
from zmd_analysis.access import transaction as tx
from zmd_analysis.access.errors import DataError
from zmd_analysis.access.paths import PROJ_ROOT
from zmd_analysis.publish import intake
from zmd_analysis.publish.cli import app

SAMPLE = PROJ_ROOT / "notebooks" / "samples" / "sample-notice.txt"
EXE = PROJ_ROOT / ".venv" / "bin" / "zmd-report"
if not EXE.exists():
    EXE = Path(shutil.which("zmd-report") or sys.executable)
PUBLISHER = ("--publisher", "示例市发展和改革委员会")
runner = CliRunner()


class Killed(BaseException):
    """A kill, simulated in-process (no clean-up of the accept's own runs for it)."""


@pytest.fixture
def site(tmp_path, data_copy):
    """A data folder and a config of our own, and the sample's reviewed drafts."""
    config = tmp_path / "reports.toml"
    config.write_text("# reports\n", encoding="utf-8")
    drafts = tmp_path / "drafts"
    r = invoke(
        data_copy,
        "propose",
        SAMPLE,
        *("--format", "csv", "--out", drafts, "--source-id", "sample-2024", *PUBLISHER),
    )
    assert r.exit_code == 0, r.output
    name_the_province(drafts)
    return data_copy, config, drafts


def invoke(data: Path, *args):
    return runner.invoke(app, [str(a) for a in args], env={"ZMD_DATA_DIR": str(data)})


def cli(data: Path, *args, env=None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(EXE), *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "ZMD_DATA_DIR": str(data), **(env or {})},
        **kw,
    )


def snapshot(data: Path, config: Path) -> dict[str, bytes]:
    """What a reader sees: the data files and the config (the lock file is not data)."""
    files = {p.name: p.read_bytes() for p in data.iterdir() if not p.name.startswith(".")}
    return {**files, "reports.toml": config.read_bytes()}


def leftovers(data: Path, config: Path) -> list[str]:
    """Anything an accept leaves behind: journal, staged files, scratch folders."""
    names = [p.name for p in data.iterdir() if p.name.startswith(".") and p.name != ".lock"]
    return names + [p.name for p in config.parent.iterdir() if ".accept" in p.name]


def test_two_accepts_at_once_both_land(tmp_path, data_copy):
    """Two processes accept two articles at the same moment: the second waits for the
    first, both sources reach data/ and reports.toml, and check passes. (The articles are
    the sample filed under two regions of the data: the sample's own place would be drafted
    as a new region by both proposals.)"""
    config = tmp_path / "reports.toml"
    config.write_text("# reports\n", encoding="utf-8")
    procs = [
        subprocess.Popen(
            [
                str(EXE),
                *("propose", str(SAMPLE), "--accept", "--config", str(config)),
                *("--source-id", sid, "--region", region, *PUBLISHER),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "ZMD_DATA_DIR": str(data_copy)},
        )
        for sid, region in (("first-2024", "zhumadian"), ("second-2024", "xinyang"))
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert any("waiting up to" in err for _, err in outs)  # one did wait for the other
    sources = (data_copy / "sources.csv").read_text(encoding="utf-8")
    assert "first-2024," in sources and "second-2024," in sources
    names = [r["name"] for r in tomllib.loads(config.read_text(encoding="utf-8"))["report"]]
    assert sorted(names) == sorted(
        f"{s}-{k}{e}"
        for s in ("first-2024", "second-2024")
        for k in ("overview", "claims")
        for e in ("", "-en")
    )
    assert provenance.verify(data_copy) == []
    check = invoke(data_copy, "check")
    assert check.exit_code == 0, check.output
    assert leftovers(data_copy, config) == []


def test_an_accept_waits_for_the_lock_then_gives_up_naming_the_holder(site):
    data, config, drafts = site
    before = snapshot(data, config)
    with tx.data_lock(data, exclusive=False, what="build"):
        r = cli(
            data,
            *("propose", SAMPLE, "--accept", "--drafts", drafts, "--config", config),
            env={tx.LOCK_WAIT_ENV: "0.5"},
        )
    assert r.returncode == 3
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("not accepted, data/ unchanged:") and f"pid {os.getpid()}" in last
    assert "gave up after 0.5 s" in last
    assert snapshot(data, config) == before


@pytest.fixture(scope="module")
def accepted(tmp_path_factory):
    """The files as one uninterrupted accept of the sample leaves them."""
    from zmd_analysis.access.paths import DEFAULT_DATA_DIR

    base = tmp_path_factory.mktemp("accepted")
    data = base / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data, ignore=shutil.ignore_patterns(".*"))
    config = base / "reports.toml"
    config.write_text("# reports\n", encoding="utf-8")
    r = runner.invoke(
        app,
        [
            *("propose", str(SAMPLE), "--format", "csv", "--out", str(base / "drafts")),
            *("--source-id", "sample-2024", *PUBLISHER),
        ],
        env={"ZMD_DATA_DIR": str(data)},
    )
    assert r.exit_code == 0, r.output
    name_the_province(base / "drafts")
    rows = intake.read_drafts(base / "drafts")
    intake.accept(rows, data, config)
    return snapshot(data, config), rows


def changed_files(accepted, site) -> int:
    data, config, _ = site
    new, _ = accepted
    old = snapshot(data, config)
    return sum(new[k] != old[k] for k in new)


POINTS = tx.points(8)  # the sample changes 7 data files and the config


def test_the_sample_changes_eight_files(accepted, site):
    assert changed_files(accepted, site) == 8


@pytest.mark.parametrize("point", POINTS)
def test_a_kill_at_every_step_leaves_all_old_or_all_new(accepted, site, monkeypatch, point):
    """Fault injection at each step of the commit (journal written, each file staged, the
    commit decided, each file replaced, the journal removed): after the next command the
    data are all old (killed before the commit) or all new (after it), and check passes."""
    data, config, drafts = site
    new, rows = accepted
    old = snapshot(data, config)

    def fault(here: str) -> None:
        if here == point:
            raise Killed(here)

    monkeypatch.setattr(tx, "fault", fault)
    with pytest.raises(Killed):
        intake.accept(rows, data, config)
    monkeypatch.undo()
    check = invoke(data, "check")  # the next command: finishes or undoes, then checks
    assert check.exit_code == 0, check.output
    decided = POINTS.index(point) >= POINTS.index("commit")
    assert snapshot(data, config) == (new if decided else old)
    assert ("recovered" in check.output) == (point != "done")
    assert leftovers(data, config) == []


@pytest.mark.parametrize("point", ["staged-3", "commit", "replaced-2", "replaced-8"])
def test_a_killed_accept_process_is_finished_or_undone_by_the_next_command(accepted, site, point):
    """The same with a real process ended by os._exit at the step (ZMD_FAULT_AT), and
    another command as the next one."""
    data, config, drafts = site
    new, _ = accepted
    old = snapshot(data, config)
    r = cli(
        data,
        *("propose", SAMPLE, "--accept", "--drafts", drafts, "--config", config),
        env={tx.FAULT_ENV: point},
    )
    assert r.returncode == tx.FAULT_EXIT, r.stderr
    assert tx.pending(data)
    nxt = invoke(data, "propose", SAMPLE, "--format", "json")  # a reader of data/
    assert nxt.exit_code == 0, nxt.output
    assert "recovered" in nxt.output
    assert snapshot(data, config) == (old if point == "staged-3" else new)
    assert invoke(data, "check").exit_code == 0
    assert leftovers(data, config) == []


def test_a_build_finishes_an_interrupted_accept_before_reading(accepted, site, monkeypatch):
    data, config, _ = site
    new, rows = accepted

    def fault(here: str) -> None:
        if here == "replaced-1":
            raise Killed(here)

    monkeypatch.setattr(tx, "fault", fault)
    with pytest.raises(Killed):
        intake.accept(rows, data, config)
    monkeypatch.undo()
    empty = config.parent / "empty.toml"
    empty.write_text("", encoding="utf-8")
    r = invoke(data, "build", "--config", empty)  # recovers under the lock, then the config
    assert r.exit_code == 2 and "no [[report]] entries" in r.output
    assert "recovered: completed" in r.output
    assert snapshot(data, config) == new


def test_checksums_finish_an_interrupted_accept_first(accepted, site, monkeypatch):
    data, config, _ = site
    new, rows = accepted
    monkeypatch.setattr(tx, "fault", lambda here: (_ for _ in ()).throw(Killed(here)))
    with pytest.raises(Killed):
        intake.accept(rows, data, config)
    monkeypatch.undo()
    r = invoke(data, "checksums")
    assert r.exit_code == 0 and "updated: nothing" in r.output
    assert "recovered: undid" in r.output
    assert invoke(data, "check").exit_code == 0


# --- refusals: one line, exit 3, nothing changed -------------------------------------------


def test_an_accept_refuses_a_hand_edited_file(site):
    data, config, drafts = site
    path = data / "observations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",145.3,", ",146.3,"), "utf-8")
    before = snapshot(data, config)
    with pytest.raises(DataError) as info:
        intake.accept(intake.read_drafts(drafts), data, config)
    assert info.value.path == path and "checksum differs" in str(info.value)
    assert snapshot(data, config) == before
    r = invoke(data, "propose", SAMPLE, "--accept", "--drafts", drafts, "--config", config)
    assert r.exit_code == 3
    assert (
        r.output.strip()
        .splitlines()[-1]
        .startswith(f"not accepted, data/ unchanged: {path}: checksum differs")
    )
    assert snapshot(data, config) == before


def _rename_header(d: Path) -> None:
    p = d / "observations.csv"
    p.write_text(p.read_text(encoding="utf-8").replace("label_zh", "label_cn", 1), "utf-8")


@pytest.mark.parametrize(
    "damage, where, fragment",
    [
        (_rename_header, "observations.csv, line 1, column 'label_cn'", "unknown column"),
        (lambda d: (d / "claims.csv").open("ab").write(b"\xff\xfe"), "claims.csv, line", "UTF-8"),
        (lambda d: (d / "periods.csv").unlink(), "periods.csv", "file not found"),
        (lambda d: (d / "provenance.json").write_text("[]"), "provenance.json", "expected"),
        (lambda d: (d / "provenance.json").write_text("{"), "provenance.json, line", "JSON"),
    ],
    ids=["renamed_header", "bad_utf8", "missing_table", "provenance_list", "provenance_json"],
)
def test_bad_data_files_give_one_line_and_exit_3(site, damage, where, fragment):
    """During an accept, and in check and build, never a traceback."""
    data, config, drafts = site
    damage(data)
    before = snapshot(data, config) if (data / "periods.csv").exists() else None
    r = invoke(data, "propose", SAMPLE, "--accept", "--drafts", drafts, "--config", config)
    assert r.exit_code == 3, r.output
    line = r.output.strip().splitlines()[-1]
    assert line.startswith("not accepted, data/ unchanged:") and where in line and fragment in line
    if before is not None:
        assert snapshot(data, config) == before
    r = invoke(data, "check")
    assert r.exit_code == 3 and r.exception is not None and r.exception.__class__ is SystemExit
    assert r.output.strip().splitlines()[-1].startswith("data error:") and where in r.output
    # a proposal alone reads the catalogue (regions, periods, indicators, sources) only
    r = invoke(data, "propose", SAMPLE)
    assert r.exit_code in (0, 3) and not isinstance(r.exception, (OSError, KeyError)), r.output
    if r.exit_code == 3:
        assert r.output.strip().splitlines()[-1].startswith("data error:")
    # the build, before any notebook runs (the config names a report it never gets to)
    one = config.parent / "one.toml"
    one.write_text('[[report]]\nname = "x"\nnotebook = "00_overview"\n', encoding="utf-8")
    r = cli(data, "build", "-q", "--config", one, "--out", config.parent / "out")
    assert r.returncode == 3, r.stderr
    assert r.stderr.strip().startswith("data error:") and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("k", [1, 4, 8])
def test_a_full_disk_during_an_accept_changes_nothing(site, monkeypatch, k):
    data, config, drafts = site
    before = snapshot(data, config)
    real = tx._write_file
    calls = []

    def full_disk(path: Path, content: bytes) -> None:
        if tx.STAGED_MARK in path.name:
            calls.append(path)
            if len(calls) == k:
                path.write_bytes(content[:100])
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, content)

    monkeypatch.setattr(tx, "_write_file", full_disk)
    r = invoke(data, "propose", SAMPLE, "--accept", "--drafts", drafts, "--config", config)
    assert r.exit_code == 3
    line = r.output.strip().splitlines()[-1]
    assert line.startswith("not accepted, data/ unchanged:") and "No space left on device" in line
    assert snapshot(data, config) == before and leftovers(data, config) == []


def test_a_full_disk_in_the_scratch_copy_changes_nothing(site, monkeypatch):
    data, config, drafts = site
    before = snapshot(data, config)

    def full(*a, **kw):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/tmp/zmd-accept-x")

    monkeypatch.setattr(intake.provenance, "update_checksums", full)
    with pytest.raises(DataError, match="cannot write: No space left on device"):
        intake.accept(intake.read_drafts(drafts), data, config)
    assert snapshot(data, config) == before


def test_accepting_from_the_text_needs_a_publisher_and_a_real_title(tmp_path, data_copy):
    config = tmp_path / "reports.toml"
    config.write_text("# reports\n", encoding="utf-8")
    untitled = tmp_path / "notice.txt"  # no line of it looks like a title
    untitled.write_text(
        "发布日期:2024年05月20日\n  1-4月,全市纳入省重点的项目40个,总投资800亿元,年度计划投资"
        "300亿元,累计完成投资150亿元,占年度计划的50%。\n",
        encoding="utf-8",
    )
    before = snapshot(data_copy, config)
    r = invoke(
        data_copy, "propose", untitled, "--accept", "--config", config, "--region", "zhumadian"
    )
    assert r.exit_code == 3
    line = r.output.strip().splitlines()[-1]
    assert "give --publisher" in line and "give --title" in line and str(untitled) in line
    assert snapshot(data_copy, config) == before
    r = invoke(
        data_copy,
        *("propose", untitled, "--accept", "--config", config, "--region", "zhumadian"),
        *PUBLISHER,
        *("--title", "示例市重点项目进展情况"),
    )
    assert r.exit_code == 0, r.output
    row = intake._read_csv(data_copy / "sources.csv")[1][-1]  # the row just added
    assert row["publisher"] == PUBLISHER[1] and row["title"] == "示例市重点项目进展情况"


def test_drafts_with_the_placeholder_publisher_are_refused(site):
    data, config, drafts = site
    rows = intake.read_drafts(drafts)
    rows["sources"][0]["publisher"] = "(publisher to fill in)"
    with pytest.raises(DataError, match="no publisher"):
        intake.accept(rows, data, config)


def test_an_accept_across_filesystems_renames_only_within_each(site):
    """The config on another filesystem than data/ (and than the system's temporary
    folder): every new file is staged beside its target, so no rename crosses a device."""
    import tempfile

    data, config, drafts = site
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == data.stat().st_dev:
        pytest.skip("no second filesystem to put the config on")
    with tempfile.TemporaryDirectory(dir=shm) as other:
        moved = Path(other) / "reports.toml"
        shutil.copy(config, moved)
        done = intake.accept(intake.read_drafts(drafts), data, moved)
        assert done.reports == [
            "sample-2024-overview",
            "sample-2024-claims",
            "sample-2024-overview-en",
            "sample-2024-claims-en",
        ]
        assert 'name = "sample-2024-claims"' in moved.read_text(encoding="utf-8")
        assert [p.name for p in Path(other).iterdir()] == ["reports.toml"]
    assert invoke(data, "check").exit_code == 0


def test_the_intake_notebook_writes_the_tables_it_shows_back_and_accepts_them(
    tmp_path, data_copy, monkeypatch
):
    """An analyst never leaves JupyterLab: the notebook's draft DataFrames go back to CSV
    with one call and are accepted with the same checks as the command line."""
    import json

    from zmd_analysis.publish import notebooks

    monkeypatch.setenv("ZMD_DATA_DIR", str(data_copy))
    config = tmp_path / "reports.toml"
    config.write_text("# reports\n", encoding="utf-8")
    drafts = tmp_path / "drafts"
    params = {
        "path": str(SAMPLE),
        "region": "xinyang",  # (the sample's own place would need its province named)
        "source_id": "sample-2024",
        "publisher": PUBLISHER[1],
        "drafts_dir": str(drafts),
        "accept": "yes",
        "config": str(config),
    }
    out = notebooks.execute("08_intake", params, tmp_path / "08.ipynb")
    text = json.dumps(out.cells[-1].outputs, ensure_ascii=False)
    assert "wrote" in text and "observations.csv" in text
    # what was written is what the notebook showed, and it is now in data/
    written = intake.read_drafts(drafts)
    observations = (data_copy / "observations.csv").read_text(encoding="utf-8")
    assert written["observations"] and all(
        row["source_id"] == "sample-2024" for row in written["observations"]
    )
    assert observations.count("sample-2024") == len(written["observations"])
    assert "sample-2024" in config.read_text(encoding="utf-8")
    provenance.check(data_copy)


def test_write_drafts_takes_data_frames_and_names_an_unknown_table(tmp_path):
    import pandas as pd

    frame = pd.DataFrame([{"region_id": "x", "name_zh": "某市", "level": None}])
    (path,) = intake.write_drafts({"regions": frame}, tmp_path / "d")
    assert path.read_text(encoding="utf-8").splitlines()[1].startswith("x,某市")
    with pytest.raises(DataError, match="no data table named observation"):
        intake.write_drafts({"observation": frame}, tmp_path / "e")
