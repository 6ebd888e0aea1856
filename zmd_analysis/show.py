"""Display helpers for the notebooks: headings, findings, tables and sources as HTML.

Every piece of text that comes from data is HTML-escaped here, so a label or a
source title can never inject markup into a report.
"""
from __future__ import annotations

import json
from html import escape

import pandas as pd
from IPython.display import HTML, display

from . import charts
from .claims import STATUS_LABELS
from .formatting import fixed, num
from .observations import DataArg, available_periods, load_observations
from .texts import tr


PLOTLY_MIME = "application/vnd.plotly.v1+json"


def setup() -> None:
    """Call once at the top of a notebook: the house chart style."""
    charts.use_house_style()


def figure(fig) -> None:
    """Display a plotly figure as plotly's JSON mimetype (JupyterLab draws it; the report
    builder turns it into HTML). Unlike ``fig.show()`` this skips plotly's renderer
    machinery, which imports nbformat and with it seconds of jsonschema set-up per kernel."""
    display({PLOTLY_MIME: json.loads(fig.to_json()),
             "text/plain": f"<plotly figure: {fig.layout.title.text or ''}>"}, raw=True)


def _show(html: str) -> None:
    display(HTML(html))


def title(text: str, purpose: str, params: dict[str, object]) -> None:
    """The report title, its one-line purpose and the parameters it ran with."""
    items = "".join(f"<code>{escape(k)}={escape(repr(v))}</code> " for k, v in params.items())
    _show(f'<h1 class="report-title">{escape(text)}</h1>'
          f'<p class="purpose">{escape(purpose)}</p><p class="params">{items}</p>')


def heading(text: str, level: int = 2) -> None:
    _show(f"<h{level}>{escape(text)}</h{level}>")


def finding(text: str) -> None:
    """A sentence that says what the figure or table above/below shows."""
    _show(f'<p class="finding">{escape(text)}</p>')


def note(text: str) -> None:
    _show(f'<p class="note">{escape(text)}</p>')


def no_data(lang: str, region_name: str, period_label: str, indicator: str, region: str,
            data: DataArg = None) -> None:
    """Say that a section has no data, and where data does exist."""
    periods = ", ".join(available_periods(indicator, region, data)) or "—"
    _show(f'<p class="no-data">{escape(tr("no_data", lang, region=region_name, period=period_label, periods=periods))}</p>')


def _decimals_for_range(low: float, high: float) -> int:
    """Fewest decimals (1-3) at which a range's two ends print differently."""
    for nd in (1, 2):
        if low == high or f"{low:.{nd}f}" != f"{high:.{nd}f}":
            return nd
    return 3


def figure_table(table: pd.DataFrame, lang: str = "zh") -> None:
    """A figure table: stated and implied values with their range, unit and formula."""
    en = lang == "en"
    rows = []
    for _, r in table.iterrows():
        if r["origin"] == "derived":  # fixed decimals, just enough to show the range's width
            nd = _decimals_for_range(r["low"], r["high"])
            fmt = lambda x, nd=nd: fixed(x, nd, lang)  # noqa: E731
        else:  # printed figures: the bounds are exact half-units (145.25), show them so
            fmt = lambda x: num(x, 4, lang)  # noqa: E731
        rng = "" if r["low"] == r["high"] else f"{fmt(r['low'])}–{fmt(r['high'])}"
        if r["high"] == float("inf"):
            rng = f"≥ {fmt(r['low'])}"
        rows.append({
            tr("col_label", lang): r["label_en"] if en else r["label_zh"],
            tr("col_value", lang): fmt(r["value"]),
            tr("col_range", lang): rng,
            tr("col_unit", lang): r["unit_en"] if en else r["unit_zh"],
            tr("col_origin", lang): tr(r["origin"], lang),
            tr("col_formula", lang): r["formula"],
        })
    _show(pd.DataFrame(rows).to_html(index=False, escape=True, classes="figures", border=0))


def claims_table(claims: pd.DataFrame, lang: str = "zh", independent: bool = False) -> None:
    """The claims check, one row per claim, verdicts colour-coded by CSS class; with
    ``independent=True`` the columns are the claim, its verdict and what independent
    sources say."""
    if independent:
        keys = ("col_claim", "col_status", "col_independent", "col_note")
        cells = [(r.label, STATUS_LABELS[lang][r.status],
                  r.independent_label, r.independent_note or "—") for r in claims.itertuples()]
    else:
        keys = ("col_claim", "col_stated", "col_computed", "col_status", "col_note")
        cells = [(r.label, r.stated, r.computed, STATUS_LABELS[lang][r.status], r.note)
                 for r in claims.itertuples()]
    head = "".join(f"<th>{escape(tr(k, lang))}</th>" for k in keys)
    status_col = keys.index("col_status")
    body = "".join(
        f'<tr class="claim {escape(r.status)} {escape(r.independent)}">'
        + "".join(f'<td class="status">{escape(str(c))}</td>' if i == status_col
                  else f"<td>{escape(str(c))}</td>" for i, c in enumerate(row))
        + "</tr>" for r, row in zip(claims.itertuples(), cells))
    _show(f'<table class="claims"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def sources(lang: str = "zh", data: DataArg = None, source_ids: list[str] | None = None) -> None:
    """The sources behind the figures shown, with reliability class and URL."""
    obs = load_observations(data)
    src = obs.drop_duplicates("source_id")
    if source_ids is not None:
        src = src[src["source_id"].isin(source_ids)]
    def item(r) -> str:
        rel = escape(tr("reliability_" + r.reliability, lang))
        if lang == "en":
            text = f"{escape(r.publisher)}, “{escape(r.title)}”, {escape(str(r.date))}, {escape(r.page)} ({rel})."
        else:
            text = f"{escape(r.publisher)}，《{escape(r.title)}》，{escape(str(r.date))}，{escape(r.page)}（{rel}）。"
        return f'<li>{text} <span class="url">{escape(r.url)}</span></li>'

    items = "".join(item(r) for r in src.itertuples())
    _show(f'<h2>{escape(tr("sources_heading", lang))}</h2><ul class="sources">{items}</ul>'
          f'<p class="note">{escape(tr("source_article", lang))}</p>')
