"""Executed notebook -> one self-contained HTML file that works offline.

nbconvert's stock HTML templates load require.js and MathJax from a CDN and
drop plotly's JSON outputs. We render the body with the ``basic`` template
(no scripts), turn each plotly output into a div with a fixed id, and wrap it
all in our own page: inline CSS, plotly.js inlined once, a table of contents,
the parameters and build metadata, print CSS for A4.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor, TagRemovePreprocessor

from ..report.style import report_css

PLOTLY_MIME = "application/vnd.plotly.v1+json"
REMOVE_TAGS = ("notebook-only", "parameters", "injected-parameters")


class PlotlyToDiv(Preprocessor):
    """Replace plotly JSON outputs with a placeholder div (numbered, so ids are stable)."""

    def preprocess(self, nb, resources):
        figures = resources.setdefault("plotly_figures", [])
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                data = out.get("data", {})
                if PLOTLY_MIME in data:
                    fig_id = f"fig-{len(figures) + 1}"
                    figures.append((fig_id, data[PLOTLY_MIME]))
                    out["data"] = {"text/html": f'<div class="plotly-figure" id="{fig_id}"></div>'}
            if cell.cell_type == "code":  # warnings on stderr are for the analyst, not the reader
                cell.outputs = [o for o in cell.get("outputs", [])
                                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
        return nb, resources


@lru_cache(maxsize=1)
def plotly_js() -> str:
    from plotly.offline import get_plotlyjs
    return get_plotlyjs()


@lru_cache(maxsize=1)
def _exporter() -> HTMLExporter:
    exp = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                       exclude_output_prompt=True)
    exp.register_preprocessor(TagRemovePreprocessor(remove_cell_tags=REMOVE_TAGS, enabled=True),
                              enabled=True)
    exp.register_preprocessor(PlotlyToDiv(), enabled=True)
    return exp


_HEADING = re.compile(r"<h([23])>(.*?)</h\1>", re.S)


def _add_toc(body: str) -> tuple[str, str]:
    """Give every h2/h3 an id and build the table of contents from them."""
    entries = []

    def number(m: re.Match) -> str:
        anchor = f"sec-{len(entries) + 1}"
        entries.append((int(m.group(1)), anchor, m.group(2)))
        return f'<h{m.group(1)} id="{anchor}">{m.group(2)}</h{m.group(1)}>'

    body = _HEADING.sub(number, body)
    items = "".join(f'<li class="toc-h{lvl}"><a href="#{a}">{text}</a></li>'
                    for lvl, a, text in entries)
    return body, f'<nav class="toc"><ol>{items}</ol></nav>' if entries else ""


@dataclass
class PageMeta:
    title: str
    lang: str = "zh"
    params: dict = field(default_factory=dict)
    build: dict = field(default_factory=dict)  # e.g. built_at, data_version, notebook


_LABELS = {"zh": {"contents": "目录", "built": "生成信息", "params": "参数"},
           "en": {"contents": "Contents", "built": "Build", "params": "Parameters"}}


def to_html(nb: nbformat.NotebookNode, meta: PageMeta) -> str:
    """The executed notebook as a self-contained HTML page (string)."""
    body, res = _exporter().from_notebook_node(nb)
    figures = res.get("plotly_figures", [])
    body, toc = _add_toc(body)
    lab = _LABELS.get(meta.lang, _LABELS["zh"])
    build = " ".join(f"<code>{escape(str(k))}: {escape(str(v))}</code>"
                     for k, v in meta.build.items())
    params = " ".join(f"<code>{escape(str(k))}={escape(repr(v))}</code>"
                      for k, v in meta.params.items())
    script = ""
    if figures:
        payload = json.dumps({fid: fig for fid, fig in figures}, ensure_ascii=False,
                             separators=(",", ":")).replace("</", "<\\/")
        script = (f'<script type="application/json" id="plotly-data">{payload}</script>\n'
                  "<script>" + _INIT_JS + "</script>")
    head_js = f"<script>{plotly_js()}</script>" if figures else ""
    # build line and contents go right under the notebook's own title block (which shows
    # the parameters); a notebook without one gets the parameters here, at the top
    marker = re.search(r'<p class="params">.*?</p>', body, re.S)
    shown = "" if marker else f'{lab["params"]}: {params}<br>'
    header = f'<div class="build-meta">{shown}{lab["built"]}: {build}</div>\n{toc}'
    at = marker.end() if marker else 0
    body = body[:at] + header + body[at:]
    html_lang = "zh-CN" if meta.lang == "zh" else "en"
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(meta.title)}</title>\n<style>{report_css()}</style>\n{head_js}\n</head>\n"
            f"<body>\n<main>\n{body}\n</main>\n{script}\n</body>\n</html>\n")


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


def shell_html() -> str:
    """An empty page with the report stylesheet and plotly.js: the PDF printer loads it
    while notebooks still run, then swaps each finished report's body into it."""
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f"<title></title>\n<style>{report_css()}</style>\n<script>{plotly_js()}</script>\n</head>\n"
            "<body></body>\n</html>\n")
