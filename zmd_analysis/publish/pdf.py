"""Print HTML reports to A4 PDF with Debian's Chromium, one browser per build.

nbconvert's webpdf wants Playwright's own browser download, which cannot be
fetched here; Playwright's driver (shipped in the pip wheel) drives Debian's
Chromium instead: ``/usr/bin/chromium-headless-shell`` (Chromium's "old" headless
mode: the same Blink and the same PDFs, checked page by page, without the full
browser; it prints our reports in less than half the CPU time of the full browser's
new headless mode) or, when that package is missing, ``/usr/bin/chromium``. Each
page is printed only after the report's charts have all rendered (the page sets
``data-charts-ready``).

Parsing the 4.8 MB inline plotly.js costs Chromium ~2 s per report, so the
printer loads it once, in a shell page (:meth:`Printer.warm`, done while the
notebooks still run), and prints every report in that page: it swaps in the
report's ``<body>``, ``lang`` and ``<title>`` and re-runs the chart set-up.
All reports share one stylesheet, so the result is the page the file gives
(checked pixel by pixel in the tests).
"""

from __future__ import annotations

import os
import shutil
from html import escape
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("ZMD_CHROMIUM", "/usr/bin/chromium")  # the browser
HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"


def print_browser() -> str:
    """The browser the printer launches: ``ZMD_CHROMIUM`` when set, else Debian's headless
    shell when installed, else :data:`CHROMIUM`."""
    if os.environ.get("ZMD_CHROMIUM"):
        return os.environ["ZMD_CHROMIUM"]
    return HEADLESS_SHELL if Path(HEADLESS_SHELL).exists() else CHROMIUM


# Without these flags Chromium keeps trying to reach the internet from a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-quic",
]
MARGIN = {"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"}
FOOTER = (
    "<div style=\"font-family:'Noto Sans CJK SC',sans-serif;font-size:8px;color:#566573;"
    'width:100%;padding:0 14mm;display:flex;justify-content:space-between">'
    '<span>{title}</span><span><span class="pageNumber"></span> / '
    '<span class="totalPages"></span></span></div>'
)


class PdfError(RuntimeError):
    pass


class Printer:
    """Context manager holding one headless Chromium for all the PDFs of a build."""

    def __init__(
        self, executable: str | None = None, timeout_ms: int = 60_000, reuse_page: bool = True
    ):
        self.executable = executable or print_browser()
        self.timeout_ms, self.reuse_page = timeout_ms, reuse_page
        # playwright's objects, once started (typed loosely: playwright is imported lazily)
        self._pw: Any = None
        self._browser: Any = None
        self._context: Any = None
        self._page: Any = None

    def __enter__(self) -> Printer:
        if not shutil.which(self.executable) and not Path(self.executable).exists():
            raise PdfError(
                f"Chromium not found at {self.executable}; run `make sysdeps` "
                "(apt-get install chromium chromium-headless-shell)"
            )
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        try:
            self._browser = self._pw.chromium.launch(
                executable_path=self.executable, args=CHROMIUM_ARGS
            )
        except BaseException:
            self._pw.stop()
            self._pw = None
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self._context:
            self._context.close()
        if self._browser:
            self._browser.close()
        if self._pw:
            self._pw.stop()

    def warm(self, shell: Path) -> None:
        """Open the shell page (stylesheet + plotly.js) that reports are swapped into."""
        self._fresh_page(shell)

    def _fresh_page(self, html_path: Path):
        if self._context is not None:
            self._context.close()
        self._context = self._browser.new_context(offline=True)
        self._page = self._context.new_page()
        self._page.goto(Path(html_path).resolve().as_uri(), wait_until="load")
        return self._page

    def _swap_in(self, report):
        """Put another report's body into the page that already has plotly.js loaded."""
        self._page.evaluate(
            "([lang, title, body]) => { document.documentElement.lang = lang;"
            " document.title = title;"
            " document.body.removeAttribute('data-charts-ready');"
            " document.body.removeAttribute('data-charts-error');"
            " document.body.innerHTML = body; window.scrollTo(0, 0); }",
            [report.lang, report.title, report.body],
        )
        self._page.evaluate(report.init_js)
        return self._page

    def _has_plotly(self) -> bool:
        return self._page is not None and self._page.evaluate("typeof Plotly !== 'undefined'")

    def print_pdf(self, html_path: Path, pdf_path: Path, title: str = "", report=None) -> None:
        """Render ``html_path`` and write ``pdf_path`` once every chart has drawn.

        ``report`` (an :class:`~zmd_analysis.publish.export.Page`, the parts of that same
        HTML) lets the printer swap the report into its warm page instead of loading the
        file and parsing plotly.js again."""
        html_path = Path(html_path)
        swap = (
            self.reuse_page
            and report is not None
            and report.init_js
            and self._page is not None
            and self._has_plotly()
        )
        page = self._swap_in(report) if swap else self._fresh_page(html_path)
        page.wait_for_function(
            "document.querySelectorAll('.plotly-figure').length === 0"
            " || document.body.hasAttribute('data-charts-ready')"
            " || document.body.hasAttribute('data-charts-error')",
            timeout=self.timeout_ms,
        )
        err = page.evaluate("document.body.getAttribute('data-charts-error')")
        if err:
            raise PdfError(f"{html_path.name}: a chart failed to render: {err}")
        page.emulate_media(media="print")
        page.pdf(
            path=str(pdf_path),
            format="A4",
            print_background=True,
            prefer_css_page_size=True,
            margin=MARGIN,
            display_header_footer=True,
            header_template="<div></div>",
            footer_template=FOOTER.format(title=escape(title)),
        )


class PrinterPool:
    """``size`` printers, each a Chromium with a warm page driven from a process of its own
    (``python -m zmd_analysis.publish.pdf``; one JSON line per job each way), so PDFs print
    while notebooks still run. In a thread of the build the Playwright calls would wait for
    the build's GIL, which papermill's message loops and nbconvert hold much of the time:
    a PDF then took about 0.5 s instead of 0.2 s. :meth:`submit` returns a future."""

    def __init__(self, size: int, shell: Path, executable: str | None = None):
        import queue
        import subprocess
        import sys
        import threading

        self._jobs: queue.Queue = queue.Queue()
        command = [
            sys.executable,
            "-m",
            __name__,
            str(Path(shell).resolve()),
            executable or print_browser(),
        ]
        self._procs = [
            subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, encoding="utf-8"
            )
            for _ in range(max(1, size))
        ]
        self._threads = [
            threading.Thread(target=self._feed, args=(proc,), daemon=True) for proc in self._procs
        ]
        for t in self._threads:
            t.start()

    def _feed(self, proc) -> None:
        """Hand this printer process one job at a time and resolve its future; a printer
        that exited fails every job it is given, with its exit code. The lines are ASCII
        JSON (any text, any path, any locale); no error leaves a future unresolved."""
        import json

        while (job := self._jobs.get()) is not None:
            future, request = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                try:
                    proc.stdin.write(json.dumps(request) + "\n")
                    proc.stdin.flush()
                    line = proc.stdout.readline()
                except OSError:
                    line = ""
                if not line:
                    raise PdfError(f"the PDF printer process exited (code {proc.wait()})")
                reply = json.loads(line)
                if "error" in reply:
                    raise PdfError(reply["error"])
                future.set_result(None)
            except BaseException as err:
                future.set_exception(
                    err if isinstance(err, PdfError) else PdfError(f"{type(err).__name__}: {err}")
                )

    def submit(self, html_path: Path, pdf_path: Path, title: str = "", report=None):
        from concurrent.futures import Future
        from dataclasses import asdict

        future: Future = Future()
        self._jobs.put(
            (
                future,
                {
                    "html": str(html_path),
                    "pdf": str(pdf_path),
                    "title": title,
                    "page": asdict(report) if report is not None else None,
                },
            )
        )
        return future

    def __enter__(self) -> PrinterPool:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is not None:  # the build failed before printing: stop the printers now
            for proc in self._procs:
                proc.terminate()
        for _ in self._threads:
            self._jobs.put(None)
        for t in self._threads:
            t.join(timeout=120)
        for proc in self._procs:
            if proc.stdin and not proc.stdin.closed:
                proc.stdin.close()  # the printer closes its browser and exits
        for proc in self._procs:
            try:
                proc.wait(timeout=30)
            except Exception:
                proc.kill()


def _serve(shell: Path, executable: str) -> None:
    """A printer process: start the browser and load the shell page, then print each job
    read from stdin and answer one JSON line, ``{}`` or ``{"error": ...}``. A failed start
    is the answer to every job (Chromium missing, say). The protocol has its own copy of
    stdout; anything else printed goes to stderr. SIGTERM (a build stopped before
    printing) closes the browser on the way out, even while it starts."""
    import json
    import signal
    import sys
    from types import SimpleNamespace

    answers = os.fdopen(os.dup(1), "w", encoding="ascii")
    os.dup2(2, 1)

    def stopped(*_) -> None:
        # the build stopped before printing and reports why itself: what Playwright says
        # while it is cut off mid-start (Task exception was never retrieved …) is noise that
        # would come before the build's own message on the shared stderr
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stopped)
    printer, failed = Printer(executable), ""
    try:
        try:
            printer.__enter__()
            printer.warm(shell)
        except Exception as err:
            failed = f"{type(err).__name__}: {err}".strip()
        for line in sys.stdin.buffer:
            job = json.loads(line)
            try:
                if failed:
                    raise PdfError(f"the PDF printer did not start: {failed}")
                page = SimpleNamespace(**job["page"]) if job["page"] else None
                printer.print_pdf(Path(job["html"]), Path(job["pdf"]), job["title"], page)
                answer = {}
            except Exception as err:
                answer = {
                    "error": str(err)
                    if isinstance(err, PdfError)
                    else f"{type(err).__name__}: {err}"
                }
            answers.write(json.dumps(answer) + "\n")
            answers.flush()
    finally:
        try:
            printer.__exit__(None, None, None)
        except Exception:
            pass


if __name__ == "__main__":
    import sys

    _serve(Path(sys.argv[1]), sys.argv[2])
