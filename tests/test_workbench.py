"""The analyst's workbench: `make lab` opens our notebooks as notebooks and runs them;
`make notebooks` gives the papermill CLI the .ipynb files it expects."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request

import nbformat
import pytest

from zmd_analysis.access.paths import PROJ_ROOT

BIN = PROJ_ROOT / ".venv" / "bin"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """`make lab` on a free port with a random token, as the README starts it, with an
    empty HOME (to show nothing is written there), its own state folder and a copy of
    the notebooks."""
    port, token = _free_port(), secrets.token_hex(8)
    tmp = tmp_path_factory.mktemp("lab")
    log, home, root = tmp / "lab.log", tmp / "home", tmp / "notebooks"
    home.mkdir()
    # a copy of notebooks/: JupyterLab saves what it opens, and the test must not edit the repo
    shutil.copytree(PROJ_ROOT / "notebooks", root, ignore=shutil.ignore_patterns("*.ipynb"))
    env = {
        **os.environ,
        "JUPYTER_PORT": str(port),
        "JUPYTER_TOKEN": token,
        "HOME": str(home),
        # the machine's own rustup proxies (on PATH here) keep their settings elsewhere:
        # what is asserted is that the project writes nothing to HOME
        "RUSTUP_HOME": str(tmp / "rustup"),
        "CARGO_HOME": str(tmp / "cargo"),
        "LAB_STATE": str(tmp / "state"),
        "LAB_ROOT": str(root),
    }
    env.pop("DISPLAY", None)
    with open(log, "w") as fh:
        proc = subprocess.Popen(
            ["make", "-s", "lab"],
            cwd=PROJ_ROOT,
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"make lab did not start:\n{log.read_text()[-2000:]}")
            time.sleep(0.5)
        yield base, token, log
        assert not list(home.rglob("*")), f"written to HOME: {list(home.rglob('*'))}"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


def test_lab_uses_project_settings_and_the_token(lab):
    base, token, _ = lab

    def default(plugin: str, key: str):
        """A setting's default as the server hands it to JupyterLab (overrides applied)."""
        schema = _get(f"{base}/lab/api/settings/{plugin}?token={token}")["schema"]
        return schema["properties"][key]["default"]

    assert (
        default("@jupyterlab/docmanager-extension:plugin", "defaultViewers")["python"]
        == "Jupytext Notebook"
    )
    assert default("@jupyterlab/apputils-extension:notification", "fetchNews") == "false"
    assert default("@jupyterlab/apputils-extension:notification", "checkForUpdates") is False
    with pytest.raises(urllib.error.HTTPError) as err:  # the token is required
        _get(f"{base}/api/contents")
    assert err.value.code == 403


def test_double_click_opens_the_py_notebook_and_it_runs(lab):
    """What a double-click opens (/lab/tree/…py) is a notebook; Run All draws its charts."""
    from playwright.sync_api import sync_playwright

    from zmd_analysis.publish.pdf import CHROMIUM, CHROMIUM_ARGS

    base, token, log = lab
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/lab/tree/01_key_projects.py?token={token}")
        panel = page.locator(".jp-NotebookPanel")
        panel.wait_for(timeout=60_000)
        assert page.locator(".jp-FileEditor").count() == 0  # not opened as text
        # JupyterLab may replace the first kernel it starts for a new session; run only
        # once a single kernel is connected and idle
        deadline = time.monotonic() + 60
        while True:
            try:
                kernels = _get(f"{base}/api/kernels?token={token}")
            except urllib.error.HTTPError as err:
                # jupyter_server answers 500 when it lists a kernel still starting (its
                # last_activity not yet set, a TraitError in the server log): ask again
                assert err.code == 500 and time.monotonic() < deadline, err
                page.wait_for_timeout(250)
                continue
            if (
                len(kernels) == 1
                and kernels[0]["execution_state"] == "idle"
                and kernels[0]["connections"] >= 1
            ):
                break
            assert time.monotonic() < deadline, kernels
            page.wait_for_timeout(250)
        page.wait_for_timeout(500)
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        code_cells = page.locator(".jp-NotebookPanel .jp-CodeCell")
        n = code_cells.count()
        page.wait_for_function(
            """n => {
                 const prompts = [...document.querySelectorAll(
                   '.jp-NotebookPanel .jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
                 return prompts.length === n && prompts.every(t => /\\[\\d+\\]/.test(t));
               }""",
            arg=n,
            timeout=120_000,
        )
        page.wait_for_timeout(1000)
        errors = page.locator(".jp-NotebookPanel [data-mime-type='application/vnd.jupyter.stderr']")
        error_text = errors.all_inner_texts()
        charts = page.locator(".jp-NotebookPanel .js-plotly-plot").count()
        page.screenshot(path=str(log.parent / "lab.png"))
        browser.close()
    assert not [t for t in error_text if "Error" in t or "Traceback" in t], error_text
    assert n >= 5
    assert charts == 3, f"expected the notebook's 3 charts, saw {charts}"


def test_papermill_cli_runs_the_paired_notebook(tmp_path):
    """`make notebooks`, then papermill exactly as its documentation shows, from another
    working directory, with a parameter."""
    subprocess.run(["make", "-s", "notebooks"], cwd=PROJ_ROOT, check=True, capture_output=True)
    ipynb = PROJ_ROOT / "notebooks" / "03_rankings.ipynb"
    assert ipynb.exists()
    help_text = subprocess.run(
        [str(BIN / "papermill"), "--help-notebook", str(ipynb)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "period: str" in help_text and "lang: str" in help_text
    out = tmp_path / "out.ipynb"
    r = subprocess.run(
        [str(BIN / "papermill"), str(ipynb), str(out), "-p", "lang", "en"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    nb = nbformat.read(out, as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and 'lang = "en"' in injected[0].source
    html = "".join(
        o.get("data", {}).get("text/html", "") for c in nb.cells for o in c.get("outputs", [])
    )
    assert "Rankings" in html or "ranking" in html.lower()
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))
