"""Bad and hostile input at the build level: clear errors, nothing lost, nothing injected.

Data-file cases are in test_data_errors.py, config cases in test_build.py; the full
catalogue is listed in tests/README.md.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import replace_in, use_notebooks

from zmd_analysis.access.paths import DEFAULT_DATA_DIR, PROJ_ROOT
from zmd_analysis.publish import build as builder
from zmd_analysis.publish.config import ReportSpec

EXE = PROJ_ROOT / ".venv" / "bin" / "zmd-report"
if not EXE.exists():
    EXE = Path(shutil.which("zmd-report") or sys.executable)


def cli(*args, env=None):
    return subprocess.run(
        [str(EXE), "build", "-q", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def snapshot(out: Path) -> dict[str, bytes]:
    """Every report file (HTML, PDF, executed notebook); the index pages are listings that are
    meant to change: it records the failure and links the failed run."""
    return {
        p.name: p.read_bytes()
        for p in sorted(out.glob("*.*"))
        if p.is_file() and p.name not in ("index.html", "index.en.html")
    }


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """One real report, built once: the 'earlier good report' every case must leave intact."""
    out = tmp_path_factory.mktemp("good") / "reports"
    r = cli("--out", out, "--only", "06-claims-check")
    assert r.returncode == 0, r.stderr
    return out


# --- bad data stops the build with exit 3, before anything runs -----------------------


@pytest.mark.parametrize(
    "old, new, where",
    [
        (",145.3,亿元", ",145.3,万元", "observations.csv, line 12, column 'unit'"),
        (",51,%", ",51%,%", "observations.csv, line 4, column 'value'"),
        (
            "zhumadian,2021YTD,promotion_events",
            "zhumadian,2021YTD,events",
            "observations.csv, line 17, column 'indicator_id'",
        ),
    ],
)
def test_bad_data_exits_3_and_keeps_reports(good, tmp_path, old, new, where):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    replace_in(data / "observations.csv", old, new)
    before = snapshot(good)
    r = cli("--out", good, "--only", "06-claims-check", "--force", env={"ZMD_DATA_DIR": str(data)})
    assert r.returncode == 3
    assert where in r.stderr and r.stderr.startswith("data error:")
    assert snapshot(good) == before


# --- broken notebooks: exception (test_build), kernel death, timeout -------------------


@pytest.fixture
def fixture_notebooks(tmp_path, monkeypatch):
    return use_notebooks(tmp_path, monkeypatch, "97_dies.py", "96_slow.py")


@pytest.mark.parametrize(
    "notebook, timeout, fragment",
    [
        ("97_dies", 60, "DeadKernelError"),
        ("96_slow", 3, "timed out"),
    ],
)
def test_kernel_death_and_timeout_are_reported_once(
    fixture_notebooks, tmp_path, notebook, timeout, fragment
):
    spec = ReportSpec("broken", notebook, {}, ("html",), timeout)
    messages = []
    result = builder.build([spec], tmp_path / "out", log=messages.append)
    assert result.exit_code == 1
    assert len(messages) == 1  # one message, no retries of a real failure
    msg = messages[0]
    assert f"notebook {notebook}" in msg and fragment in msg
    assert not (tmp_path / "out" / "broken.html").exists()


# --- path-like and unknown parameter values ------------------------------------------


def test_path_like_parameter_cannot_escape(good, tmp_path):
    before = snapshot(good)
    outside = sorted(p.name for p in good.parent.iterdir())
    r = cli("--out", good, "--only", "06-claims-check", "--param", "source=../../x")
    assert r.returncode == 1
    assert "unknown source '../../x'" in r.stderr
    assert "valid values: zmdrb-20210602-p1, zmdnews-20180514, zmd-bulletin-20200521" in r.stderr
    assert snapshot(good) == before
    assert sorted(p.name for p in good.parent.iterdir()) == outside


def test_output_path_is_checked_even_for_a_bad_name(tmp_path):
    from zmd_analysis.publish.build import BuildDir
    from zmd_analysis.publish.config import ConfigError

    with pytest.raises(ConfigError, match="outside"):
        BuildDir(tmp_path / "r").output("../escape", "html")


# --- injection: text from data shows as text, never runs -----------------------------

PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
PAYLOAD_IMG = "<img src=x onerror=window.__pwned=2>"
PAYLOAD_FORMULA = "=cmd|'/C calc'!A0"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    data = base / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    replace_in(
        data / "indicators.csv", "工业投资增速全省位次", f"工业投资增速全省位次{PAYLOAD_SCRIPT}"
    )
    replace_in(data / "sources.csv", "全省工业调度会，", f"全省工业调度会{PAYLOAD_IMG}，")
    replace_in(
        data / "indicators.csv",
        "全省重点项目综合考评位次",
        f"{PAYLOAD_FORMULA}全省重点项目综合考评位次",
    )
    out = base / "reports"
    r = cli("--out", out, "--only", "03-rankings", env={"ZMD_DATA_DIR": str(data)})
    assert r.returncode == 0, r.stderr
    return out


def test_injected_markup_is_escaped_in_html(hostile):
    html = (hostile / "03-rankings.html").read_text(encoding="utf-8")
    assert PAYLOAD_SCRIPT not in html and PAYLOAD_IMG not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=window.__pwned=2&gt;" in html


def _open(path: Path, **route):
    from playwright.sync_api import sync_playwright

    from zmd_analysis.publish.pdf import CHROMIUM, CHROMIUM_ARGS

    requests, dialogs = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ctx = browser.new_context()
        ctx.route("**/*", lambda r: (requests.append(r.request.url), r.continue_()))
        page = ctx.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_function("document.body.hasAttribute('data-charts-ready')", timeout=30000)
        page.wait_for_timeout(300)
        pwned = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
        svg_text = page.evaluate(
            "[...document.querySelectorAll('.plotly-figure text')]"
            ".map(t => t.textContent).join(' ')"
        )
        browser.close()
    return requests, dialogs, pwned, svg_text


def test_injected_markup_never_runs_in_the_browser(hostile):
    requests, dialogs, pwned, svg_text = _open(hostile / "03-rankings.html")
    assert pwned is None and dialogs == []
    assert "工业投资增速全省位次" in svg_text


def test_rendering_makes_no_network_request(hostile):
    requests, *_ = _open(hostile / "03-rankings.html")
    assert requests and all(u.startswith("file://") for u in requests), requests


def download_all(path: Path) -> tuple[dict[str, bytes], object]:
    """Click every "download data" control of a report page; the saved files by name,
    and whether any injected script ran."""
    from playwright.sync_api import sync_playwright

    from zmd_analysis.publish.pdf import CHROMIUM, CHROMIUM_ARGS

    files = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(accept_downloads=True).new_page()
        page.goto(path.as_uri())
        page.wait_for_function("document.body.hasAttribute('data-charts-ready')", timeout=30000)
        for button in page.locator("button.download-data").all():
            with page.expect_download() as info:
                button.click()
            files[info.value.suggested_filename] = Path(info.value.path()).read_bytes()
        pwned = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
        browser.close()
    return files, pwned


def test_injected_text_downloads_as_inert_csv(hostile):
    """Markup from data/ stays text in the CSV and never runs; a label that would be a
    spreadsheet formula is defused with a leading apostrophe."""
    import csv
    import io

    files, pwned = download_all(hostile / "03-rankings.html")
    assert pwned is None
    assert set(files) == {"03-rankings-chart-1.csv", "03-rankings-figures-1.csv"}
    rows = list(csv.reader(io.StringIO(files["03-rankings-chart-1.csv"].decode("utf-8-sig"))))
    labels = [r[1] for r in rows[1:]]
    assert f"工业投资增速全省位次{PAYLOAD_SCRIPT}" in labels
    assert f"'{PAYLOAD_FORMULA}全省重点项目综合考评位次" in labels
    assert not any(cell.startswith(("=", "+", "@")) for r in rows for cell in r)


def test_injected_markup_prints_as_text_in_pdf(hostile):
    text = subprocess.run(
        ["pdftotext", str(hostile / "03-rankings.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "<img src=x onerror=window.__pwned=2>" in text


# --- concurrency: two builds at once ----------------------------------------------------


def test_two_builds_at_once_do_not_corrupt_outputs(tmp_path):
    out = tmp_path / "reports"
    cmd = [str(EXE), "build", "-q", "--out", str(out), "--only", "04-investment-attraction"]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    summaries = sorted(r[0].strip().split(" ->")[0] for r in results)
    assert summaries == [
        "0 built, 1 up to date (1 unchanged), 0 failed",
        "1 built (1 new), 0 up to date, 0 failed",
    ]
    state = json.loads((out / ".build" / "state.json").read_text(encoding="utf-8"))
    assert state["04-investment-attraction"]["status"] == "built"
    assert list((out / ".build" / "tmp").glob("*.partial")) == []
    html = (out / "04-investment-attraction.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>")
    assert (out / "04-investment-attraction.pdf").read_bytes().rstrip().endswith(b"%%EOF")
