"""The numbers behind each chart and table, as CSV text a reader can take away.

A chart's data is a list of points (one per value it draws: series, label, value,
rounding range, unit, printed or implied, formula and source). The page turns the
CSV into a file in the browser and puts a UTF-8 byte-order mark in front of it, so
Excel on a Chinese Windows reads the characters right.

A cell that starts with ``= + - @`` (or a tab or carriage return) would run as a
formula in a spreadsheet; such text cells are prefixed with an apostrophe by the one CSV
writer of the project (:mod:`zmd_analysis.access.csvout`), numbers are left as numbers.
"""

from __future__ import annotations

import math

import pandas as pd

from ..access.csvout import csv_text
from ..access.observations import DataArg
from ..access.provenance import data_version
from ..access.tables import load_tables
from ..access.vocab import Origin
from .citations import source_publisher, source_title
from .formatting import formula, source_date
from .labels import label

COLUMNS = (
    "series",
    "label",
    "value",
    "low",
    "high",
    "unit",
    "origin",
    "formula",
    "source_id",
    "source",
    "data_version",
)


def point(
    series: str,
    label_text: str,
    value: float,
    unit: str,
    origin: str,
    formula: str = "",
    source_id: str = "",
    low: float | None = None,
    high: float | None = None,
) -> dict:
    """One value a chart draws. ``origin`` is ``stated`` (printed in a source) or
    ``derived`` (computed by us; the CSV says which source, see :func:`origin_label`);
    ``low``/``high`` default to the value itself."""
    return dict(
        series=series,
        label=label_text,
        value=value,
        low=value if low is None else low,
        high=value if high is None else high,
        unit=unit,
        origin=origin,
        formula=formula,
        source_id=source_id,
    )


def points(rows, lang: str, series: str = "") -> list[dict]:
    """Points for figure-table rows (see :mod:`zmd_analysis.report.figure_table`)."""
    en = lang == "en"
    out = []
    for r in rows:
        if r is None:
            continue
        unit = (r["unit_en"] or r["unit_zh"]) if en else r["unit_zh"]
        out.append(
            point(
                series,
                r["label_en"] if en else r["label_zh"],
                r["value"],
                unit,
                r["origin"],
                r["formula"],
                r["source_id"],
                r["low"],
                r["high"],
            )
        )
    return out


def origin_label(
    origin: str, source_id: str, lang: str, article: str = "", data: DataArg = None
) -> str:
    """Where a figure comes from, in words: printed in the article the report is about,
    printed in another source (a communiqué, a press conference ...), or implied by our
    arithmetic. A report about no one article (a theme report) says whether a printed
    figure comes from one of the articles in the data or from another source."""
    if not origin:
        return ""
    if origin == Origin.DERIVED:
        return label("figure_origin", "derived", lang)
    ids = set(str(source_id).split(",")) - {""}
    if article:
        key = "article" if ids == {article} else "other_source"
    else:  # each source asked whether it has claims, not the whole claims table
        t = load_tables(data)
        article_ids = bool(ids) and all(t.has("claims", source_id=i) for i in sorted(ids))
        key = "an_article" if article_ids else "other_source"
    return label("figure_origin", key, lang)


def _cell(value) -> object:
    """Floats rounded to 6 decimals, NaN as an empty cell (formulas: see csv_text)."""
    if isinstance(value, float):
        return "" if math.isnan(value) else round(value, 6)
    return value


def _citation(source_id: str, lang: str, data: DataArg) -> str:
    if not source_id:
        return "zmd-report"
    parts = []
    t = load_tables(data)
    for sid in str(source_id).split(","):
        r = t.row("sources", sid)
        if r is None:
            parts.append(sid)
            continue
        date = source_date(r["date"], r.get("date_confidence", ""), lang)
        parts.append(
            f"{source_publisher(r, lang)}, {source_title(r, lang, quote_original=True)}, {date}"
            if lang == "en"
            else f"{r['publisher']}《{r['title']}》{date}"
        )
    return "; ".join(parts)


def to_csv(frame: pd.DataFrame) -> str:
    """CSV text (no byte-order mark: the page adds it) with formula-looking cells defused."""
    return csv_text(
        [_cell(c) for c in frame.columns],
        ([_cell(v) for v in row] for row in frame.itertuples(index=False)),
    )


def chart_frame(
    chart_points: list[dict], lang: str, data: DataArg = None, article: str = ""
) -> pd.DataFrame:
    """The points of a chart with their source citation and the data version, under
    column headings in the report's language; ``article`` is the article the report is
    about (none for a theme report), which says what "printed in this article" means."""
    version = data_version(data)
    rows = [
        {
            **p,
            "origin": origin_label(p["origin"], p["source_id"], lang, article, data),
            "formula": formula(p["formula"], lang)
            if p["origin"] == Origin.DERIVED
            else p["formula"],
            "source": _citation(p["source_id"], lang, data),
            "data_version": version,
        }
        for p in chart_points
    ]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.rename(columns={c: label("csv", c, lang) for c in COLUMNS})


def figure_table_frame(
    table: pd.DataFrame, lang: str, data: DataArg = None, article: str = ""
) -> pd.DataFrame:
    """A whole figure table (every printed and implied figure of a report section)."""
    return chart_frame(points((r for _, r in table.iterrows()), lang), lang, data, article)


def table_frame(table: pd.DataFrame, lang: str, data: DataArg = None) -> pd.DataFrame:
    """Any other table as shown, with the data version added."""
    return table.assign(**{label("csv", "data_version", lang): data_version(data)})
