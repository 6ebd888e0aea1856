"""The build's outputs when the filesystem refuses: a full disk fails the report being
written (its partial files cleaned, its earlier outputs kept, the other reports built), a
read-only reports/ gives one line (a build with nothing to do succeeds), and reports that
left the config leave reports/ too."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import use_notebooks
from typer.testing import CliRunner

from zmd_analysis.access.paths import PROJ_ROOT
from zmd_analysis.publish.cli import app

EXE = PROJ_ROOT / ".venv" / "bin" / "zmd-report"
if not EXE.exists():
    EXE = Path(shutil.which("zmd-report") or sys.executable)
runner = CliRunner()


def config(path: Path, *names: str) -> Path:
    body = '[defaults]\nformats = ["html"]\n\n' + "".join(
        f'[[report]]\nname = "{n}"\nnotebook = "98_flaky"\n\n' for n in names
    )
    path.write_text(body, encoding="utf-8")
    return path


def outputs(out: Path, name: str) -> dict[str, bytes]:
    return {ext: (out / f"{name}.{ext}").read_bytes() for ext in ("html", "ipynb")}


@pytest.fixture
def site(tmp_path, monkeypatch):
    """Two small reports, built once through the CLI."""
    use_notebooks(tmp_path, monkeypatch, "98_flaky.py")
    cfg = config(tmp_path / "reports.toml", "a", "b")
    out = tmp_path / "reports"
    r = runner.invoke(app, ["build", "-q", "--config", str(cfg), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return cfg, out


def test_a_full_disk_fails_the_report_being_written_and_keeps_the_rest(site, monkeypatch):
    cfg, out = site
    before = outputs(out, "a")
    real = Path.write_text

    def full_disk(self: Path, text: str, *args, **kw):
        if self.parent == out / ".build" / "tmp" and self.name == "a.html":
            real(self, text[:1000], *args, **kw)  # some bytes land, then the disk is full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, text, *args, **kw)

    monkeypatch.setattr(Path, "write_text", full_disk)
    r = runner.invoke(app, ["build", "-q", "--force", "--config", str(cfg), "--out", str(out)])
    assert r.exit_code == 1, r.output
    assert "Traceback" not in r.output
    failed = [ln for ln in r.output.splitlines() if "could not write its outputs" in ln]
    assert len(failed) == 1 and failed[0].startswith("report a:")
    assert "No space left on device" in failed[0]
    assert "1 built (1 forced), 0 up to date, 1 failed" in r.output
    assert outputs(out, "a") == before  # the earlier good outputs stay
    assert list((out / ".build" / "tmp").iterdir()) == []  # no partial file left
    state = json.loads((out / ".build" / "state.json").read_text(encoding="utf-8"))
    assert state["a"]["last_failure"].startswith("report a: could not write")
    assert state["b"]["status"] == "built"


def test_a_full_disk_for_the_index_is_one_line_and_exit_1(site, monkeypatch):
    cfg, out = site
    from zmd_analysis.publish import files

    def full(path, text, tmp_dir):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(files, "write_atomic", full)
    monkeypatch.setattr("zmd_analysis.publish.build.write_atomic", full)
    monkeypatch.setattr("zmd_analysis.publish.index_page.write_atomic", full)
    r = runner.invoke(app, ["build", "-q", "--force", "--config", str(cfg), "--out", str(out)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "FAILED could not write the build state, index or verdicts: No space left" in r.output


def read_only(folder: Path, *command: str) -> subprocess.CompletedProcess:
    """Run ``command`` with ``folder`` read-only: made so by a read-only bind mount in a
    mount namespace of its own (as root, where permissions do not apply), else by chmod."""
    if os.geteuid() != 0:
        subprocess.run(["chmod", "-R", "a-w", str(folder)], check=True)
        try:
            return subprocess.run(command, capture_output=True, text=True)
        finally:
            subprocess.run(["chmod", "-R", "u+w", str(folder)], check=True)
    if not shutil.which("unshare"):
        pytest.skip("no way to make a read-only folder as root here")
    script = 'mount --bind -o ro "$1" "$1" && shift && exec "$@"'
    r = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", str(folder), *command],
        capture_output=True,
        text=True,
    )
    if "mount:" in r.stderr or "unshare:" in r.stderr:
        pytest.skip(f"cannot mount read-only here: {r.stderr.strip()}")
    return r


def test_a_read_only_reports_folder_gives_one_line(site):
    cfg, out = site
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    build = [str(EXE), "build", "-q", "--config", str(cfg)]
    r = read_only(out, *build, "--out", str(out))  # nothing to do: nothing to write
    assert r.returncode == 0, r.stderr
    assert "0 built, 2 up to date" in r.stdout
    r = read_only(out, *build, "--out", str(out), "--force")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert all(ln.startswith(("report ", "FAILED ")) for ln in lines), lines
    assert any("Read-only file system" in ln or "Permission denied" in ln for ln in lines)
    r = read_only(out, *build, "--out", str(out / "new"))  # not even the folder can be made
    assert r.returncode == 2 and r.stderr.startswith("output error: cannot use")
    assert len(r.stderr.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_reports_removed_from_the_config_leave_reports(site):
    cfg, out = site
    (out / "failed" / "b.ipynb").write_text("{}", encoding="utf-8")  # an old failed run
    config(cfg, "a")
    r = runner.invoke(app, ["build", "-q", "--config", str(cfg), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "removed the outputs of reports no longer in the config: b" in r.output
    assert not list(out.glob("b.*")) and not (out / "failed" / "b.ipynb").exists()
    assert (out / "a.html").exists()
    state = json.loads((out / ".build" / "state.json").read_text(encoding="utf-8"))
    assert set(state) == {"a"} and state["a"]["config"] == str(cfg.resolve())
    assert '"b.html"' not in (out / "index.html").read_text(encoding="utf-8")
    # another config building into the same folder removes nothing of this one's
    other = config(cfg.parent / "other.toml", "c")
    r = runner.invoke(app, ["build", "-q", "--config", str(other), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert (out / "a.html").exists() and (out / "c.html").exists()
