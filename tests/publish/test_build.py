"""The report build: offline HTML, PDF, incremental rebuilds, determinism and failure handling."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest

from zmd_analysis.access.paths import NOTEBOOKS_DIR
from zmd_analysis.publish import build as builder
from zmd_analysis.publish.config import ConfigError, load_config

FIXTURES = Path(__file__).parents[1] / "fixtures"

CONFIG = """
[defaults]
formats = ["html", "pdf"]

[[report]]
name = "overview"
notebook = "00_overview"
params = {{ lang = "zh" }}

[[report]]
name = "flaky"
notebook = "98_flaky"
params = {{ fail = "{fail}" }}
"""


@pytest.fixture(scope="module")
def nb_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("notebooks")
    shutil.copy(NOTEBOOKS_DIR / "00_overview.py", d)
    shutil.copy(FIXTURES / "notebooks" / "98_flaky.py", d)
    return d


MARK = uuid.uuid4().hex  # in the environment of every process this module's builds start


@pytest.fixture(scope="module")
def env(nb_dir):
    mp = pytest.MonkeyPatch()
    mp.setenv("ZMD_NOTEBOOKS_DIR", str(nb_dir))
    mp.setenv("ZMD_TEST_MARK", MARK)
    yield
    mp.undo()


def write_config(path: Path, fail: str = "no") -> Path:
    path.write_text(CONFIG.format(fail=fail), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def first(env, tmp_path_factory):
    base = tmp_path_factory.mktemp("build")
    specs = load_config(write_config(base / "reports.toml"))
    out = base / "reports"
    result = builder.build(specs, out, jobs=2, log=lambda m: None)
    return base, out, result


class _Refs(HTMLParser):
    """src/href/url attributes of the real elements (script bodies are not parsed as tags)."""

    def __init__(self):
        super().__init__()
        self.refs, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.refs += [v for k, v in attrs if k in ("src", "href", "data", "action") and v]


def external_refs(html: str) -> list[str]:
    parser = _Refs()
    parser.feed(html)
    return [r for r in parser.refs if re.match(r"^\s*(https?:)?//", r, re.I)]


def snapshot(out: Path, name: str) -> dict[str, bytes]:
    return {ext: (out / f"{name}.{ext}").read_bytes() for ext in ("html", "pdf", "ipynb")}


def test_first_build_builds_everything(first):
    _, out, result = first
    assert [o.status for o in result.outcomes] == ["built", "built"]
    assert result.exit_code == 0
    for name in ("overview", "flaky"):
        for ext in ("html", "pdf", "ipynb"):
            assert (out / f"{name}.{ext}").stat().st_size > 0
    assert (out / "index.html").exists() and (out / "index.en.html").exists()
    assert "全部报告生成成功" in (out / "index.html").read_text(encoding="utf-8")


def test_the_plan_after_a_build_runs_nothing_unless_forced(first):
    base, out, _ = first
    specs = load_config(base / "reports.toml")
    bd = builder.BuildDir(out)
    state = bd.load_state()
    from zmd_analysis.access.provenance import data_version

    dv, lib = data_version(), builder.library_hash()
    plan = builder.plan(specs, bd, state, dv, lib, force=False)
    assert plan.jobs == [] and [o.status for o in plan.current] == ["up-to-date"] * 2
    forced = builder.plan(specs, bd, state, dv, lib, force=True)
    assert [(j.spec.name, j.reason) for j in forced.jobs] == [
        ("overview", "forced"),
        ("flaky", "forced"),
    ]


def test_html_is_self_contained(first):
    _, out, _ = first
    html = (out / "overview.html").read_text(encoding="utf-8")
    assert external_refs(html) == []
    assert external_refs((out / "index.html").read_text(encoding="utf-8")) == []
    assert "<link" not in html
    assert not re.search(r"@import|url\(\s*['\"]?https?:", html)  # no remote CSS or fonts
    parser = _Refs()
    parser.feed(html)
    scripts = [a for t, a in parser.tags if t == "script"]
    assert scripts and not any("src" in a for a in scripts)  # everything inline
    assert html.count("Plotly.newPlot") == 1  # one init script
    assert len(re.findall(r"plotly\.js v\d", html)) == 1  # plotly.js inlined once
    assert (out / "overview.html").stat().st_size < 6 * 1024 * 1024
    assert '<nav class="toc">' in html and 'id="sec-1"' in html
    assert "@media print" in html
    assert "data_version" in html and "built_at" in html
    assert "<pre" not in html  # code is hidden


def test_charts_render_offline_in_chromium(first):
    from playwright.sync_api import sync_playwright

    from zmd_analysis.publish.pdf import CHROMIUM, CHROMIUM_ARGS

    _, out, _ = first
    html = (out / "overview.html").read_text(encoding="utf-8")
    expected = len(re.findall(r'class="plotly-figure" id="fig-\d+"', html))
    assert expected >= 1
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ctx = browser.new_context(offline=True)
        page = ctx.new_page()
        page.goto((out / "overview.html").as_uri())
        page.wait_for_function("document.body.hasAttribute('data-charts-ready')", timeout=30000)
        rendered = page.evaluate(
            "[...document.querySelectorAll('.plotly-figure')]"
            ".filter(d => d.querySelector('svg.main-svg g.trace g.point path')).length"
        )
        bars = page.evaluate(
            "document.querySelectorAll('.plotly-figure .trace.bars g.point').length"
        )
        browser.close()
    assert rendered == expected
    assert bars >= 1


def test_pdf_is_a4_with_embedded_fonts_and_extractable_text(first):
    _, out, _ = first
    pdf = out / "overview.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:.*\(A4\)", info), info
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows and all(" yes " in r for r in rows)  # every font embedded
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for figure in ("驻马店", "482", "97.7", "2.6", "复算一致"):
        assert figure in text, figure
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    for n in range(1, pages + 1):  # "n / N" in every footer
        assert re.search(rf"\b{n} ?/ ?{pages}\b", text), n


def test_unchanged_rebuild_executes_nothing(first):
    base, out, _ = first
    before = snapshot(out, "overview")
    result = builder.build(load_config(base / "reports.toml"), out, log=lambda m: None)
    assert result.executed == 0
    assert {o.status for o in result.outcomes} == {"up-to-date"}
    assert snapshot(out, "overview") == before


def test_forced_rebuild_is_identical_but_for_the_timestamp(first, tmp_path):
    base, out, _ = first
    other = tmp_path / "again"
    builder.build(
        load_config(base / "reports.toml"),
        other,
        only=["overview"],
        force=True,
        formats=["html"],
        log=lambda m: None,
    )
    a = (out / "overview.html").read_text(encoding="utf-8").splitlines()
    b = (other / "overview.html").read_text(encoding="utf-8").splitlines()
    assert len(a) == len(b)
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    assert len(diff) <= 1
    for x, _y in diff:
        assert "built_at" in x


def test_failing_notebook_keeps_previous_outputs(first):
    base, out, _ = first
    before = snapshot(out, "flaky")
    specs = load_config(write_config(base / "reports.toml", fail="yes"))
    messages = []
    result = builder.build(specs, out, log=messages.append)
    assert result.exit_code == 1
    failed = {o.name: o for o in result.failed}
    assert set(failed) == {"flaky"}
    msg = failed["flaky"].message
    assert "98_flaky" in msg and "cell [4]" in msg and 'if fail == "yes"' in msg
    assert "RuntimeError" in msg
    assert "deliberate failure" in msg and messages == [msg]
    assert snapshot(out, "flaky") == before  # good outputs untouched
    banner = (out / "failed" / "flaky.ipynb").read_text(encoding="utf-8")
    assert "An Exception was encountered" in banner  # papermill's error banner
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="failed/flaky.ipynb"' in index and "deliberate failure" in index
    assert "失败的报告：flaky" in index  # the banner names it at a glance
    index_en = (out / "index.en.html").read_text(encoding="utf-8")
    assert "Failed: flaky" in index_en and 'href="failed/flaky.ipynb"' in index_en
    assert '<html lang="en">' in index_en and 'href="index.html"' in index_en
    # the other report is untouched and still up to date
    assert next(o for o in result.outcomes if o.name == "overview").status == "up-to-date"
    # fixing the notebook's parameters brings it back and clears the failure
    specs = load_config(write_config(base / "reports.toml", fail="no"))
    result = builder.build(specs, out, log=lambda m: None)
    assert result.exit_code == 0
    assert not (out / "failed" / "flaky.ipynb").exists()


@pytest.mark.parametrize(
    "body, message",
    [
        (
            '[[report]]\nname = "a"\nnotebook = "00_overview"\nparams = { lnag = "zh" }',
            "unknown parameter 'lnag' for notebook 00_overview",
        ),
        (
            '[[report]]\nname = "a"\nnotebook = "00_overview"\nparams = { lang = 3 }',
            "parameter 'lang' must be str",
        ),
        ('[[report]]\nname = "a"\nnotebook = "07_missing"', "unknown notebook '07_missing'"),
        (
            '[[report]]\nname = "a"\nnotebook = "00_overview"\n[[report]]\nname = "a"\n'
            'notebook = "00_overview"',
            "duplicate report name",
        ),
        ('[[report]]\nname = "../../x"\nnotebook = "00_overview"', "must be lowercase letters"),
        ('[[report]]\nname = "a"\nnotebook = "00_overview"\nformats = ["docx"]', "unknown format"),
        ('[[report]]\nname = "a"\nnotebook = "00_overview"\nparam = {}', "unknown key(s) param"),
        ('[defaults]\ntimout = 5\n[[report]]\nname = "a"\nnotebook = "00_overview"', "timout"),
        ('[[report]]\nname = "a"\nnotebook = "00_overview"\ntimeout = -1', "timeout must be"),
        ('[[report]]\nnotebook = "00_overview"', "name is missing"),
    ],
)
def test_bad_config_is_rejected_before_anything_runs(tmp_path, body, message):
    cfg = tmp_path / "reports.toml"
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(cfg)


def test_cli_rejects_unknown_param_and_report(tmp_path):
    exe = Path(__file__).parents[2] / ".venv/bin/zmd-report"
    if not exe.exists():
        exe = Path(shutil.which("zmd-report"))
    env = {k: v for k, v in os.environ.items() if k != "ZMD_NOTEBOOKS_DIR"}
    out = tmp_path / "r"
    bad = subprocess.run(
        [
            str(exe),
            "build",
            "-q",
            "--out",
            str(out),
            "--only",
            "00-overview",
            "--param",
            "regoin=henan",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 2
    assert "unknown parameter 'regoin'" in bad.stderr
    bad = subprocess.run(
        [str(exe), "build", "-q", "--out", str(out), "--only", "nope"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 2 and "unknown report(s) nope" in bad.stderr
    assert not (out / "index.html").exists()


def _processes_marked(mark: str) -> list[int]:
    """Processes whose environment holds ``ZMD_TEST_MARK=mark``: everything a build started
    inherits it (the forker and its kernels, the printer, Playwright's driver, Chromium)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if (
                proc.name.isdigit()
                and proc.name != str(os.getpid())
                and f"ZMD_TEST_MARK={mark}".encode() in (proc / "environ").read_bytes().split(b"\0")
            ):
                found.append(int(proc.name))
        except OSError:
            pass
    return found


def test_cli_checks_config_parameters_while_starting_and_stops_cleanly(tmp_path):
    """The CLI checks the config's parameters after starting the kernels and the browser
    (papermill's inspection is slow when cold); a bad one, in any report of the config
    (``--only`` or not), still stops the build before any notebook runs, with exit 2, and
    every process started for the build is gone."""
    exe = Path(__file__).parents[2] / ".venv/bin/zmd-report"
    if not exe.exists():
        exe = Path(shutil.which("zmd-report"))
    mark = uuid.uuid4().hex
    env = {
        **{k: v for k, v in os.environ.items() if k != "ZMD_NOTEBOOKS_DIR"},
        "ZMD_TEST_MARK": mark,
    }
    cfg = tmp_path / "reports.toml"
    cfg.write_text(
        '[[report]]\nname = "a"\nnotebook = "00_overview"\n'
        '[[report]]\nname = "b"\nnotebook = "00_overview"\n'
        'params = { lnag = "zh" }\n',
        encoding="utf-8",
    )
    out = tmp_path / "r"
    bad = subprocess.run(
        [str(exe), "build", "-q", "--config", str(cfg), "--out", str(out), "--only", "a"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 2
    assert (
        "reports.toml: report 'b': unknown parameter 'lnag' for notebook 00_overview" in bad.stderr
    )
    assert not (out / "index.html").exists() and not (out / "a.ipynb").exists()
    assert list((out / "failed").iterdir()) == []
    assert _processes_marked(mark) == []


def test_index_groups_by_article_and_theme(tmp_path):
    """Articles first, each with its claims summary once; then theme reports by notebook."""
    from zmd_analysis.publish.build import BuildDir
    from zmd_analysis.publish.index_page import write_index

    bd = BuildDir(tmp_path / "r")
    claims = {"reproduced": 4, "inconsistent": 1}
    state = {
        "a-zh": {
            "title": "总览",
            "notebook": "00_overview",
            "claims": claims,
            "params": {"source": "zmdrb-20210602-p1", "lang": "zh"},
        },
        "a-en": {
            "title": "Overview",
            "notebook": "00_overview",
            "claims": claims,
            "params": {"source": "zmdrb-20210602-p1", "lang": "en"},
        },
        "b": {
            "title": "2018 总览",
            "notebook": "00_overview",
            "claims": {"reproduced": 2},
            "params": {"source": "zmdnews-20180514", "lang": "zh"},
        },
        "t1": {"title": "排名", "notebook": "03_rankings", "params": {"lang": "zh"}},
        "t2": {"title": "Rankings", "notebook": "03_rankings", "params": {"lang": "en"}},
        "t3": {
            "title": "营商环境",
            "notebook": "05_business_environment",
            "params": {"lang": "zh"},
            "last_failure": "report t3: boom",
        },
    }
    write_index(bd, list(state), state, "abc123")
    for fname, lang in (("index.html", "zh"), ("index.en.html", "en")):
        html = (bd.out / fname).read_text(encoding="utf-8")
        # each index lists the reports in its language only: no link to a page in the other
        mine = ["a-zh", "b", "t1", "t3"] if lang == "zh" else ["a-en", "t2"]
        assert html.count("claims-summary") == (2 if lang == "zh" else 1)  # once per article
        summary = "复算一致 4 · 不一致 1" if lang == "zh" else "reproduced 4 · inconsistent 1"
        assert html.count(summary) == 1
        order = [html.index(f"<small>{n} ·") for n in mine]
        assert order == sorted(order)
        others = {"a-zh", "a-en", "b", "t1", "t2", "t3"} - set(mine)
        assert not any(f"<small>{n} ·" in html or f'href="{n}.html"' in html for n in others)
        assert html.count("<h3>") == (2 if lang == "zh" else 1)  # the themes in its language
        assert ("<h3>Rankings</h3>" if lang == "en" else "<h3>排名</h3>") in html
        assert ("失败的报告：t3" if lang == "zh" else "Failed: t3") in html


def test_pdf_from_shared_page_matches_a_fresh_page(first, tmp_path):
    """The printer swaps reports into one page with plotly.js loaded; the result must be the
    page the HTML file itself gives: same text, same pixels."""
    from zmd_analysis.publish.pdf import Printer

    _, out, _ = first
    fresh = tmp_path / "fresh.pdf"
    with Printer(reuse_page=False) as p:
        title = "数字复核总览：全省工业调度会，农业大市驻马店何以成典型？"
        p.print_pdf(out / "overview.html", fresh, title=title)

    def text(pdf):
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout

    def pixels(pdf, prefix):
        subprocess.run(["pdftoppm", "-r", "40", str(pdf), str(tmp_path / prefix)], check=True)
        return [p.read_bytes() for p in sorted(tmp_path.glob(f"{prefix}*.ppm"))]

    assert text(fresh) == text(out / "overview.pdf")
    a, b = pixels(fresh, "fresh"), pixels(out / "overview.pdf", "built")
    assert len(a) == len(b) >= 1
    assert a == b


def test_pdf_printer_that_cannot_start_fails_the_report_clearly(first, tmp_path, monkeypatch):
    """The printer runs in a process of its own; when its browser cannot start, every PDF
    fails with the cause, the report's earlier outputs stay, and no process is left."""
    from zmd_analysis.publish import pdf

    base, out, _ = first
    assert _processes_marked(MARK) == []  # the first builds' forker, kernels, printer exited
    copy = tmp_path / "reports"
    shutil.copytree(out, copy)
    before = snapshot(copy, "overview")
    monkeypatch.setattr(pdf, "print_browser", lambda: str(tmp_path / "no-chromium"))
    specs = load_config(write_config(base / "reports.toml"))
    result = builder.build(specs, copy, only=["overview"], force=True, log=lambda m: None)
    assert result.exit_code == 1
    [failed] = result.failed
    assert failed.message.startswith("report overview: PDF failed: the PDF printer did not start")
    assert f"Chromium not found at {tmp_path / 'no-chromium'}" in failed.message
    assert snapshot(copy, "overview") == before
    assert (copy / "failed" / "overview.ipynb").exists()  # the run record is kept
    assert _processes_marked(MARK) == []


def test_cli_reports_a_failure_once(tmp_path):
    exe = Path(__file__).parents[2] / ".venv/bin/zmd-report"
    if not exe.exists():
        exe = Path(shutil.which("zmd-report"))
    env = {
        **{k: v for k, v in os.environ.items() if k != "ZMD_NOTEBOOKS_DIR"},
        "ZMD_CHROMIUM": str(tmp_path / "no-chromium"),
    }
    r = subprocess.run(
        [
            str(exe),
            "build",
            "-q",
            "--out",
            str(tmp_path / "r"),
            "--only",
            "04-investment-attraction",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 1
    message = "report 04-investment-attraction: PDF failed: the PDF printer did not start"
    assert r.stderr.count(message) == 1, r.stderr
    assert "0 built, 0 up to date, 1 failed" in r.stdout


def test_print_browser_is_the_headless_shell_unless_told(monkeypatch, tmp_path):
    from zmd_analysis.publish import pdf

    shell = tmp_path / "chromium-headless-shell"
    monkeypatch.delenv("ZMD_CHROMIUM", raising=False)
    monkeypatch.setattr(pdf, "HEADLESS_SHELL", str(shell))
    assert pdf.print_browser() == pdf.CHROMIUM  # not installed: the full browser
    shell.touch()
    assert pdf.print_browser() == str(shell)
    monkeypatch.setenv("ZMD_CHROMIUM", "/opt/other/chromium")
    monkeypatch.setattr(pdf, "CHROMIUM", "/opt/other/chromium")
    assert pdf.print_browser() == "/opt/other/chromium"


def test_headless_shell_and_full_chromium_print_the_same_pdf(first, tmp_path):
    """The build prints with the headless shell; the full browser gives the same pages and
    text (pixels may differ in anti-aliasing only)."""
    from zmd_analysis.publish.pdf import CHROMIUM, Printer, print_browser

    if print_browser() == CHROMIUM:
        pytest.skip("the build prints with the full browser here (no headless shell)")
    _, out, _ = first
    full = tmp_path / "full.pdf"
    with Printer(executable=CHROMIUM, reuse_page=False) as p:
        p.print_pdf(
            out / "overview.html",
            full,
            title="数字复核总览：全省工业调度会，农业大市驻马店何以成典型？",
        )

    def info(pdf):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        pages = re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout,
        ).group(1)
        return pages, text

    assert info(full) == info(out / "overview.pdf")


def test_printer_takes_any_path_and_title(first, tmp_path):
    """Jobs cross to the printer process as ASCII JSON: an output folder whose name is not
    UTF-8 and a title with a newline and CJK text print like any other."""
    base, out, _ = first
    odd = tmp_path / os.fsdecode(b"reports-\xff")
    shutil.copytree(out, odd)
    specs = load_config(write_config(base / "reports.toml"))
    result = builder.build(specs, odd, only=["overview"], force=True, log=lambda m: None)
    assert result.exit_code == 0, result.failed
    assert (odd / "overview.pdf").read_bytes().startswith(b"%PDF")
    from zmd_analysis.publish.pdf import PrinterPool
    from zmd_analysis.report.style import shell_html

    shell = tmp_path / "shell.html"
    shell.write_text(shell_html(), encoding="utf-8")
    with PrinterPool(1, shell) as printers:
        printers.submit(odd / "overview.html", odd / "again.pdf", "第一行\nsecond line ✓").result(
            timeout=120
        )
    text = subprocess.run(
        ["pdftotext", str(odd / "again.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "第一行" in text and "second line" in text


@pytest.mark.parametrize("delay", [0.1, 0.3, 0.6, 1.0])
def test_a_printer_stopped_while_it_starts_says_nothing(tmp_path, delay):
    """A build that fails on bad data stops its printer, which may still be starting its
    browser: whatever Playwright says as it is cut off must not reach the stderr the build
    reports its own error on (CI once saw "Task exception was never retrieved" first)."""
    from zmd_analysis.publish.pdf import print_browser
    from zmd_analysis.report.style import shell_html

    shell = tmp_path / "shell.html"
    shell.write_text(shell_html(), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "zmd_analysis.publish.pdf", str(shell), print_browser()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    proc.terminate()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert err == b""
