"""Print HTML reports to A4 PDF with Debian's Chromium, one browser per build.

nbconvert's webpdf wants Playwright's own browser download, which cannot be
fetched here; Playwright's driver (shipped in the pip wheel) drives
``/usr/bin/chromium`` instead. Each page is printed only after the report's
charts have all rendered (the page sets ``data-charts-ready``).

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

CHROMIUM = os.environ.get("ZMD_CHROMIUM", "/usr/bin/chromium")
# Without these flags Chromium keeps trying to reach the internet from a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-default-apps", "--disable-extensions", "--disable-quic"]
MARGIN = {"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"}
FOOTER = ("<div style=\"font-family:'Noto Sans CJK SC',sans-serif;font-size:8px;color:#566573;"
          "width:100%;padding:0 14mm;display:flex;justify-content:space-between\">"
          "<span>{title}</span><span><span class=\"pageNumber\"></span> / "
          "<span class=\"totalPages\"></span></span></div>")


class PdfError(RuntimeError):
    pass


class Printer:
    """Context manager holding one headless Chromium for all the PDFs of a build."""

    def __init__(self, executable: str = CHROMIUM, timeout_ms: int = 60_000,
                 reuse_page: bool = True):
        self.executable, self.timeout_ms, self.reuse_page = executable, timeout_ms, reuse_page
        self._pw = self._browser = self._context = self._page = None

    def __enter__(self) -> "Printer":
        if not shutil.which(self.executable) and not Path(self.executable).exists():
            raise PdfError(f"Chromium not found at {self.executable}; run `make sysdeps` "
                           "(apt-get install chromium)")
        from playwright.sync_api import sync_playwright
        self._pw = sync_playwright().start()
        try:
            self._browser = self._pw.chromium.launch(executable_path=self.executable,
                                                     args=CHROMIUM_ARGS)
        except BaseException:
            self._pw.stop()
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
            [report.lang, report.title, report.body])
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
        swap = (self.reuse_page and report is not None and report.init_js
                and self._page is not None and self._has_plotly())
        page = self._swap_in(report) if swap else self._fresh_page(html_path)
        page.wait_for_function(
            "document.querySelectorAll('.plotly-figure').length === 0"
            " || document.body.hasAttribute('data-charts-ready')"
            " || document.body.hasAttribute('data-charts-error')", timeout=self.timeout_ms)
        err = page.evaluate("document.body.getAttribute('data-charts-error')")
        if err:
            raise PdfError(f"{html_path.name}: a chart failed to render: {err}")
        page.emulate_media(media="print")
        page.pdf(path=str(pdf_path), format="A4", print_background=True,
                 prefer_css_page_size=True, margin=MARGIN, display_header_footer=True,
                 header_template="<div></div>",
                 footer_template=FOOTER.format(title=escape(title)))


class PrinterPool:
    """``size`` printers, each a Chromium with a warm page in its own thread (Playwright's
    sync API belongs to the thread that started it), so PDFs print in parallel while
    notebooks still run. :meth:`submit` returns a future."""

    def __init__(self, size: int, shell: Path, executable: str = CHROMIUM):
        import queue
        import threading
        self._jobs: queue.Queue = queue.Queue()
        self._threads = [threading.Thread(target=self._serve, args=(shell, executable),
                                          daemon=True) for _ in range(max(1, size))]
        for t in self._threads:
            t.start()

    def _serve(self, shell: Path, executable: str) -> None:
        printer, error = None, None
        try:
            printer = Printer(executable).__enter__()
            printer.warm(shell)
        except Exception as err:  # noqa: BLE001 - every job this printer takes fails with it
            error = err
        try:
            while (job := self._jobs.get()) is not None:
                future, args = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    if error is not None:
                        raise error
                    printer.print_pdf(*args)
                    future.set_result(None)
                except Exception as err:  # noqa: BLE001 - reported with the report's name
                    future.set_exception(err)
        finally:
            if printer is not None:
                printer.__exit__(None, None, None)

    def submit(self, html_path: Path, pdf_path: Path, title: str = "", report=None):
        from concurrent.futures import Future
        future: Future = Future()
        self._jobs.put((future, (html_path, pdf_path, title, report)))
        return future

    def __enter__(self) -> "PrinterPool":
        return self

    def __exit__(self, *exc) -> None:
        for _ in self._threads:
            self._jobs.put(None)
        for t in self._threads:
            t.join(timeout=120)
