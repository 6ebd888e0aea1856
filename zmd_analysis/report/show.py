"""Display helpers for the notebooks: headings, sentences, tables and sources as HTML.

Every piece of text that comes from data is HTML-escaped here, so a label or a
source title can never inject markup into a report.
"""

from __future__ import annotations

import json
from html import escape

import pandas as pd
from IPython.display import HTML, display

from ..access.observations import DataArg, available_periods
from ..access.vocab import Origin
from ..analysis.verdict_table import anchor
from . import charts, downloads
from .citations import (
    source_line,  # noqa: F401  (notebooks call show.source_line)
    source_publisher,
    source_rows,
    source_title,
)
from .formatting import formula, page_label, quantity, sentence_start, source_date
from .labels import label
from .outputs import HTML_MIME, METADATA_KEY, PLOTLY_MIME, TEXT_MIME
from .texts import tr

#: the sources of the figures this page has shown, in the order shown (see :func:`cited`)
_cited: dict[str, None] = {}
#: the article this page is about ("" for a theme report): what "printed in this article"
#: means in its figure tables and downloads (see :func:`downloads.origin_label`)
_page = {"article": ""}


def setup() -> None:
    """Call once at the top of a notebook: the house chart style."""
    charts.use_house_style()


def cite(source_ids) -> None:
    """Note sources of figures the page shows (comma-joined ids allowed, "" ignored)."""
    for ids in source_ids:
        for sid in str(ids).split(","):
            if sid:
                _cited.setdefault(sid)


def cited() -> list[str]:
    """The sources of every figure, chart point and claim shown since the title."""
    return list(_cited)


def figure(fig) -> None:
    """Display a plotly figure as plotly's JSON mimetype (JupyterLab draws it; the report
    builder turns it into HTML). Unlike ``fig.show()`` this skips plotly's renderer
    machinery, which imports nbformat and with it seconds of jsonschema set-up per kernel.

    The points the chart draws leave the figure and travel, as CSV, in the output's
    metadata (``zmd_report.download``): the report offers them under the chart."""
    spec = json.loads(fig.to_json())
    meta = spec.get("layout", {}).get("meta") or {}
    data = meta.pop(charts.DATA_KEY, None) if isinstance(meta, dict) else None
    if data is not None:
        cite(p["source_id"] for p in data["points"])
    if data is not None and not meta:
        del spec["layout"]["meta"]
    extra = (
        {
            METADATA_KEY: {
                "download": _download(
                    "chart",
                    data["title"],
                    data["lang"],
                    downloads.to_csv(
                        downloads.chart_frame(
                            data["points"], data["lang"], article=_page["article"]
                        )
                    ),
                )
            }
        }
        if data
        else {}
    )
    display(
        {PLOTLY_MIME: spec, TEXT_MIME: f"<plotly figure: {fig.layout.title.text or ''}>"},
        raw=True,
        metadata=extra,
    )


def _download(kind: str, title: str, lang: str, csv: str) -> dict:
    """What the report needs to offer a download: the CSV and the control's words."""
    return {
        "kind": kind,
        "title": title,
        "csv": csv,
        "button": tr("download_data", lang),
        "tooltip": tr("download_title" if kind == "chart" else "download_table_title", lang),
    }


def _table(html: str, text: str, kind: str, frame: pd.DataFrame, lang: str) -> None:
    """A table with its data as CSV in the output's metadata (offered for download)."""
    display(
        {HTML_MIME: html, TEXT_MIME: text},
        raw=True,
        metadata={METADATA_KEY: {"download": _download(kind, text, lang, downloads.to_csv(frame))}},
    )


def _show(html: str) -> None:
    display(HTML(html))


def title(text: str, purpose: str, article: str = "") -> None:
    """The report title and its one-line purpose; a new page (nothing cited yet), about
    ``article`` when it is an article's overview or claims check.

    The title also goes into the output's metadata (``zmd_report.title``), so the build
    reads it from there instead of parsing the HTML. The parameters are the build's to
    show: it knows them."""
    _cited.clear()
    _page["article"] = article
    html = f'<h1 class="report-title">{escape(text)}</h1><p class="purpose">{escape(purpose)}</p>'
    display({HTML_MIME: html, TEXT_MIME: text}, raw=True, metadata={METADATA_KEY: {"title": text}})


def claims_summary(summary: dict[str, int]) -> None:
    """The article's number of claims per status, for the build's index (no display)."""
    display({TEXT_MIME: ""}, raw=True, metadata={METADATA_KEY: {"claims": dict(summary)}})


def claim_reviews(source: str, lang: str = "zh") -> None:
    """The article's verdicts as schema.org ClaimReview, for the build to embed as JSON-LD
    (no display)."""
    from .claim_review import claim_reviews as reviews

    display(
        {TEXT_MIME: ""}, raw=True, metadata={METADATA_KEY: {"claim_reviews": reviews(source, lang)}}
    )


def heading(text: str, level: int = 2) -> None:
    """A section heading; its text and level also go into the output's metadata, from
    which the report builder makes the table of contents."""
    display(
        {HTML_MIME: f"<h{level}>{escape(text)}</h{level}>", TEXT_MIME: text},
        raw=True,
        metadata={METADATA_KEY: {"heading": text, "level": level}},
    )


def finding(text: str) -> None:
    """A sentence that says what the figure or table above/below shows."""
    _show(f'<p class="finding">{escape(text)}</p>')


def note(text: str) -> None:
    _show(f'<p class="note">{escape(text)}</p>')


def no_data(
    lang: str,
    region_name: str,
    period_label: str,
    indicator: str,
    region: str,
    data: DataArg = None,
) -> None:
    """Say that a section has no data, and where data does exist."""
    periods = ", ".join(available_periods(indicator, region, data)) or "—"
    _show(
        f'<p class="no-data">{escape(tr("no_data", lang, region=region_name, period=period_label, periods=periods))}</p>'
    )


def figure_table(table: pd.DataFrame, lang: str = "zh") -> None:
    """A figure table: each printed figure as printed and each implied one with its unit
    and (when informative) its range, the kind of figure and how it was obtained."""
    en = lang == "en"
    cite(table["source_id"])
    rows = [
        {
            tr("col_label", lang): r["label_en"] if en else r["label_zh"],
            tr("col_value", lang): quantity(
                r["value"],
                r["low"],
                r["high"],
                r["unit_zh"],
                lang,
                printed=r["printed"] or None,
                qualifier=r["qualifier"] or "",
                kind=r["kind"] or "",
                unit_en=r["unit_en"] or None,
            ),
            tr("col_origin", lang): downloads.origin_label(
                r["origin"], r["source_id"], lang, _page["article"]
            ),
            tr("col_formula", lang): f"“{r['formula']}”"
            if en and r["origin"] == Origin.STATED
            else formula(r["formula"], lang),
        }
        for _, r in table.iterrows()
    ]
    _table(
        pd.DataFrame(rows).to_html(index=False, escape=True, classes="figures", border=0),
        tr("table_heading", lang),
        "figures",
        downloads.figure_table_frame(table, lang, article=_page["article"]),
        lang,
    )


def review(doc: dict, rows: dict[str, list[dict]], lang: str = "zh") -> None:
    """An article's intake review (notebook 08): title, then the marked text, claims,
    figures and draft rows of :mod:`zmd_analysis.report.review_page`."""
    from .review_page import review_sections, review_title

    text, purpose = review_title(doc, lang)
    title(text, purpose)
    _show(review_sections(doc, rows, lang, drafts=False))  # the notebook shows them editable


def table(frame: pd.DataFrame) -> None:
    """A small table of already formatted values (text escaped)."""
    _show(frame.to_html(index=False, escape=True, classes="figures", border=0))


def claims_table(claims: pd.DataFrame, lang: str = "zh", independent: bool = False) -> None:
    """The claims check (from :func:`zmd_analysis.report.sentences.claims_frame`), one row
    per claim, verdicts colour-coded by CSS class. ``independent=True`` shows the claim,
    its verdict and what independent sources say instead of the workings."""
    cite(claims["sources"])
    if independent:
        keys: tuple[str, ...] = ("col_claim", "col_status", "col_independent", "col_sentence")
        cells: list[tuple] = [
            (r.label, r.status_label, r.independent_label, r.sentence) for r in claims.itertuples()
        ]
    else:
        keys = ("col_claim", "col_stated", "col_computed", "col_status", "col_sentence")
        cells = [
            (
                r.label,
                r.stated,
                r.computed,
                r.status_label
                + (
                    ""
                    if r.rounding in ("", "neither", "truncate")
                    else f"（{r.rounding_label}）"
                    if lang == "zh"
                    else f" ({r.rounding_label})"
                ),
                r.sentence,
            )
            for r in claims.itertuples()
        ]
    head = "".join(f"<th>{escape(tr(k, lang))}</th>" for k in keys)
    status_col = keys.index("col_status")
    link = escape(tr("claim_permalink", lang))

    def cell(r, i: int, c) -> str:
        if i == status_col:
            return f'<td class="status">{escape(str(c))}</td>'
        if i == 0:  # the claim, with its permalink
            return (
                f'<td><a class="permalink" href="#{escape(anchor(r.claim_id))}" '
                f'title="{link}" aria-label="{link}: {escape(str(c))}">#</a> {escape(str(c))}</td>'
            )
        return f"<td>{escape(str(c))}</td>"

    body = "".join(
        f'<tr class="claim {escape(r.status)} {escape(r.independent)}" '
        f'id="{escape(anchor(r.claim_id))}">'
        + "".join(cell(r, i, c) for i, c in enumerate(row))
        + "</tr>"
        for r, row in zip(claims.itertuples(), cells)
    )
    claims = claims.assign(anchor=[anchor(i) for i in claims["claim_id"]])
    cols = [
        "claim_id",
        "source_id",
        "locator",
        "label",
        "kind_label",
        "stated",
        "computed",
        "status",
        "status_label",
        "rounding_label",
        "independent_label",
        "plausibility_label",
        "sentence",
        "anchor",
    ]
    _table(
        f'<table class="claims"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>',
        tr("chart_claims_title", lang),
        "claims",
        downloads.table_frame(claims[cols], lang),
        lang,
    )


def sources(source_ids, lang: str = "zh", data: DataArg = None) -> None:
    """The sources a report used (:func:`cited`), with reliability class and URL."""

    def item(r: dict) -> str:
        rel = escape(label("reliability", r["reliability"], lang))
        page = f", {escape(page_label(r['page'], lang))}" if r["page"] else ""
        date = escape(source_date(r["date"], r["date_confidence"], lang))
        note = str(r.get(f"note_{lang}", "") or "")
        if lang == "en":
            name, both = source_publisher(r, lang), source_title(r, lang, quote_original=True)
            text = f"{escape(name)}, {escape(both)}, {date}{page} ({rel})."
            text += f" {escape(sentence_start(note))}." if note else ""
        else:
            page = f"，{escape(r['page'])}" if r["page"] else ""
            text = f"{escape(r['publisher'])}，《{escape(r['title'])}》，{date}{page}（{rel}）。"
            text += f"{escape(note)}。" if note else ""
        return f'<li>{text} <span class="url">{escape(r["url"])}</span></li>'

    items = "".join(item(r) for r in source_rows(source_ids, data))
    _show(
        f'<h2>{escape(tr("sources_heading", lang))}</h2><ul class="sources">{items}</ul>'
        f'<p class="note">{escape(tr("source_article", lang))}</p>'
    )
