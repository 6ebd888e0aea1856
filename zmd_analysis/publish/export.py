"""Executed notebook -> one self-contained HTML file that works offline.

nbconvert's stock HTML templates load require.js and MathJax from a CDN and
drop plotly's JSON outputs. We render the body with the ``basic`` template
(no scripts), turn each plotly output into a div with a fixed id, and wrap it
all in our own page: inline CSS, plotly.js inlined once, a table of contents,
the parameters and build metadata, print CSS for A4.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor, TagRemovePreprocessor

from ..report.outputs import HTML_MIME, METADATA_KEY, PLOTLY_MIME
from ..report.style import plotly_js, report_css, shell_html  # noqa: F401 (re-exported)
from .files import script_json

BUILD_MARK = "<!-- zmd-build-meta -->"
REMOVE_TAGS = ("notebook-only", "parameters", "injected-parameters")


class ReportOutputs(Preprocessor):
    """Prepare the notebook's outputs for the page, reading only their data and metadata:

    * plotly JSON outputs become placeholder divs with stable numbered ids;
    * headings (marked by ``show.heading`` in their metadata) get anchor ids and are
      collected for the table of contents;
    * the build line and contents go right after the title block (``show.title``).
    """

    def preprocess(self, nb, resources):
        figures = resources.setdefault("plotly_figures", [])
        toc = resources.setdefault("toc", [])
        resources["has_title"] = False
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                data = out.get("data", {})
                mark = out.get("metadata", {}).get(METADATA_KEY, {})
                if "heading" in mark:
                    anchor = f"sec-{len(toc) + 1}"
                    toc.append((mark["level"], anchor, mark["heading"]))
                    level = int(mark["level"])
                    out["data"] = {
                        HTML_MIME: f'<h{level} id="{anchor}">{escape(mark["heading"])}</h{level}>'
                    }
                elif "title" in mark and not resources["has_title"]:
                    resources["has_title"] = True
                    out["data"] = {HTML_MIME: data.get(HTML_MIME, "") + BUILD_MARK}
                elif PLOTLY_MIME in data:
                    fig_id = f"fig-{len(figures) + 1}"
                    figures.append((fig_id, data[PLOTLY_MIME]))
                    out["data"] = {HTML_MIME: f'<div class="plotly-figure" id="{fig_id}"></div>'}
                if "download" in mark and HTML_MIME in out.get("data", {}):
                    out["data"][HTML_MIME] += _download_control(mark["download"], resources)
            if cell.cell_type == "code":
                # warnings on stderr are for the analyst, and records for the build
                # (a claims summary), not for the reader
                cell.outputs = [
                    o
                    for o in cell.get("outputs", [])
                    if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
                    and not _record_only(o, resources)
                ]
        return nb, resources


def _record_only(out, resources: dict) -> bool:
    """Whether an output is a record for the build, not for the reader: a claims summary
    (read by the index) or ClaimReview items (kept in ``resources`` for the page head)."""
    mark = out.get("metadata", {}).get(METADATA_KEY, {})
    if "claim_reviews" in mark:
        resources.setdefault("claim_reviews", []).extend(mark["claim_reviews"])
    return "claims" in mark or "claim_reviews" in mark


def _download_control(spec: dict, resources: dict) -> str:
    """A "download data" button for a chart's or table's CSV; the CSV itself goes into
    the page's data script, keyed by the button's ``data-download`` id."""
    files = resources.setdefault("downloads", [])
    key = f"dl-{len(files) + 1}"
    files.append((key, spec["kind"], spec["csv"]))
    return (
        f'<div class="download"><button type="button" class="download-data" '
        f'data-download="{key}" title="{escape(spec.get("tooltip", ""))}">'
        f"{escape(spec.get('button', 'CSV'))}</button></div>"
    )


@lru_cache(maxsize=1)
def _exporter() -> HTMLExporter:
    exp = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exp.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=REMOVE_TAGS, enabled=True), enabled=True
    )
    exp.register_preprocessor(ReportOutputs(), enabled=True)
    return exp


@dataclass
class PageMeta:
    title: str
    lang: str = "zh"
    params: dict = field(default_factory=dict)
    build: dict = field(default_factory=dict)  # e.g. built_at, data_version, notebook
    base_url: str = ""  # where reports/ is published: makes the ClaimReview urls absolute


_LABELS = {
    "zh": {"contents": "目录", "built": "生成信息", "params": "参数"},
    "en": {"contents": "Contents", "built": "Build", "params": "Parameters"},
}


@dataclass(frozen=True)
class Page:
    """A rendered report: the parts the PDF printer swaps into its warm page, and the
    whole self-contained document."""

    lang: str
    title: str
    body: str  # everything inside <body>, including the chart and download data
    init_js: str  # the chart set-up script ("" when the page has no charts)
    download_js: str = ""  # the download buttons' script (not needed in print)
    linked_data: str = ""  # JSON-LD for the head (schema.org ClaimReview), or ""

    def html(self) -> str:
        head_js = f"<script>{plotly_js()}</script>" if self.init_js else ""
        init = f"<script>{self.init_js}</script>\n" if self.init_js else ""
        if self.download_js:
            init += f"<script>{self.download_js}</script>\n"
        return (
            f'<!DOCTYPE html>\n<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(self.title)}</title>\n<style>{report_css()}</style>\n{head_js}\n"
            + (
                f'<script type="application/ld+json">{self.linked_data}</script>\n'
                if self.linked_data
                else ""
            )
            + f"</head>\n<body>\n{self.body}\n{init}</body>\n</html>\n"
        )


def to_page(nb: nbformat.NotebookNode, meta: PageMeta) -> Page:
    """The executed notebook as a :class:`Page`."""
    body, res = _exporter().from_notebook_node(nb)
    figures = res.get("plotly_figures", [])
    entries = res.get("toc", [])
    toc = (
        (
            '<nav class="toc"><ol>'
            + "".join(
                f'<li class="toc-h{lvl}"><a href="#{a}">{escape(text)}</a></li>'
                for lvl, a, text in entries
            )
            + "</ol></nav>"
        )
        if entries
        else ""
    )
    lab = _LABELS.get(meta.lang, _LABELS["zh"])
    build = " ".join(
        f"<code>{escape(str(k))}: {escape(str(v))}</code>" for k, v in meta.build.items()
    )
    params = " ".join(
        f"<code>{escape(str(k))}={escape(repr(v))}</code>" for k, v in meta.params.items()
    )
    data = ""
    if figures:
        data = (
            f'<script type="application/json" id="plotly-data">'
            f"{script_json({fid: fig for fid, fig in figures})}</script>"
        )
    files = res.get("downloads", [])
    if files:
        stem = meta.build.get("report") or "report"
        names: dict[str, str] = {}
        count: dict[str, int] = {}
        for key, kind, _ in files:
            count[kind] = count.get(kind, 0) + 1
            names[key] = f"{stem}-{kind}-{count[kind]}.csv"
        data += (
            f'\n<script type="application/json" id="download-data">'
            f"{script_json({k: {'filename': names[k], 'csv': c} for k, _, c in files})}</script>"
        )
    # the parameters the build ran the notebook with (its defaults, then the config's)
    header = (
        f'<div class="build-meta">{lab["params"]}: {params}<br>{lab["built"]}: {build}</div>\n{toc}'
    )
    body = body.replace(BUILD_MARK, header, 1) if res.get("has_title") else header + body
    return Page(
        "zh-CN" if meta.lang == "zh" else "en",
        meta.title,
        f"<main>\n{body}\n</main>\n{data}",
        _INIT_JS if figures else "",
        _DOWNLOAD_JS if files else "",
        _linked_data(res.get("claim_reviews", []), meta.build.get("report", ""), meta.base_url),
    )


def _linked_data(reviews: list[dict], report: str, base_url: str = "") -> str:
    """The page's ClaimReview items as JSON-LD, each ``url`` (the claim's anchor) made the
    report's own permalink, ``[base_url]<report>.html#claim-<id>``."""
    if not reviews:
        return ""
    page = f"{base_url}{report}.html" if report else ""
    return script_json([{**r, "url": f"{page}{r['url']}"} for r in reviews])


# Draws every figure, then sets a flag the PDF printer waits for.
_INIT_JS = """
(function () {
  var data = JSON.parse(document.getElementById('plotly-data').textContent);
  var config = {displaylogo: false, responsive: false, typesetMath: false,
                modeBarButtonsToRemove: ['sendDataToCloud']};
  var jobs = Object.keys(data).map(function (id) {
    var fig = data[id];
    return Plotly.newPlot(id, fig.data, fig.layout, config);
  });
  Promise.all(jobs).then(function () { document.body.setAttribute('data-charts-ready', String(jobs.length)); },
                         function (e) { document.body.setAttribute('data-charts-error', String(e)); });
})();
"""


# Each "download data" button saves its CSV as a file: a Blob made in the page (works from
# a file opened offline; browsers block navigation to data: URLs), with a UTF-8 BOM in
# front so Excel on a Chinese Windows reads the characters right.
_DOWNLOAD_JS = """
(function () {
  var files = JSON.parse(document.getElementById('download-data').textContent);
  document.querySelectorAll('button.download-data').forEach(function (button) {
    button.addEventListener('click', function () {
      var file = files[button.getAttribute('data-download')];
      var url = URL.createObjectURL(new Blob(['\\ufeff', file.csv], {type: 'text/csv;charset=utf-8'}));
      var link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    });
  });
})();
"""
