"""The verdicts a build publishes as data: ``reports/verdicts.csv`` (UTF-8 with BOM, for
spreadsheets), ``reports/verdicts.json`` (valid against ``verdicts.schema.json``, copied
next to it) and the explorer pages ``claims.html`` / ``claims.en.html``.

Each file is written only when its bytes change, so a build with nothing changed rewrites
none, and an edit that moves one verdict rewrites them all (see :func:`publish`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..access.csvout import dict_rows_text
from .config import ARTICLE_REPORTS, ReportSpec
from .files import write_atomic
from .index_page import EXPLORER

SCHEMA = Path(__file__).parent / "schemas" / "verdicts.schema.json"

#: the CSV's columns, one value per cell (no list, no JSON): (column, the key of the JSON
#: row it holds); the JSON rows keep the nested form (``printed``, ``computed``)
CSV_COLUMNS = (
    ("claim_id", "claim_id"),
    ("source_id", "source_id"),
    ("publisher", "publisher"),
    ("publisher_en", "publisher_en"),
    ("title", "title"),
    ("title_en", "title_en"),
    ("published", "published"),
    ("date_confidence", "date_confidence"),
    ("url", "url"),
    ("locator", "locator"),
    ("name_zh", "name_zh"),
    ("name_en", "name_en"),
    ("label_zh", "label_zh"),
    ("label_en", "label_en"),
    ("kind", "kind"),
    ("region_id", "region_id"),
    ("period_id", "period_id"),
    ("year", "year"),
    ("printed_zh", "printed_zh"),
    ("printed_en", "printed_en"),
    ("recomputed_as", "principal"),
    ("recomputed", "computed_value"),
    ("low", "computed_low"),
    ("high", "computed_high"),
    ("unit", "computed_unit"),
    ("recomputed_zh", "recomputed_zh"),
    ("recomputed_en", "recomputed_en"),
    ("status", "status"),
    ("trivial", "trivial"),
    ("rule", "rounding"),
    ("scale_test", "plausibility"),
    ("independent", "independent"),
    ("independent_sources", "independent_sources"),
    ("workings_zh", "workings_zh"),
    ("workings_en", "workings_en"),
    ("data_version", "data_version"),
    ("data_date", "data_date"),
    ("permalink_zh", "permalink_zh"),
    ("permalink_en", "permalink_en"),
)
FILES = ("verdicts.csv", "verdicts.json", "verdicts.schema.json")
#: every file :func:`publish` writes
PUBLISHED = (*FILES, *EXPLORER.values())


def claims_reports(specs: Iterable[ReportSpec]) -> dict[tuple[str, str], str]:
    """(source_id, lang) → the HTML file of that article's claims check in that language,
    the first the config lists (under ``base_url`` when the config gives one)."""
    out: dict[tuple[str, str], str] = {}
    for s in specs:
        if (
            s.notebook == ARTICLE_REPORTS["claims"]
            and "html" in s.formats
            and s.params.get("source")
        ):
            key = (str(s.params["source"]), str(s.params.get("lang", "zh")))
            out.setdefault(key, f"{s.base_url}{s.name}.html")
    return out


def columns() -> tuple[str, ...]:
    """The keys of a JSON row, in order: the engine's numbers and statuses
    (:data:`..analysis.verdict_table.COLUMNS`), then their words in both languages
    (:data:`..report.verdict_words.COLUMNS`)."""
    from ..analysis.verdict_table import COLUMNS
    from ..report.verdict_words import COLUMNS as WORDS

    return (*COLUMNS, *WORDS)


def table_rows(reports: dict[tuple[str, str], str] | None = None) -> list[dict]:
    """Every claim's verdict with its words (the rows of ``verdicts.json``)."""
    from ..analysis.verdict_table import rows as verdict_rows
    from ..report.verdict_words import verdict_words

    words = verdict_words()
    return [{**r, **words[r["claim_id"]]} for r in verdict_rows(reports)]


def document(rows: list[dict]) -> dict:
    """The JSON document: the rows, the data they were checked on, and the names behind
    the ids they use."""
    from ..analysis.verdict_table import lookups

    first = rows[0] if rows else {}
    return {
        "data_version": first.get("data_version", ""),
        "data_date": first.get("data_date", ""),
        "columns": list(columns()),
        "verdicts": rows,
        **lookups(rows),
    }


def json_text(rows: list[dict]) -> str:
    return json.dumps(document(rows), ensure_ascii=False, indent=1) + "\n"


def csv_text(rows: list[dict]) -> str:
    """The rows as CSV, flat (:data:`CSV_COLUMNS`: one value per cell; the few other
    sources a claim was checked against, space-separated ids); BOM first, for Excel. Text
    a spreadsheet would run as a formula (a label or title from an article) is defused by
    the one CSV writer, :func:`zmd_analysis.access.csvout.csv_text`."""

    def cell(v: object) -> object:
        if isinstance(v, list):
            return " ".join(str(x) for x in v)
        return "" if v is None else v

    return dict_rows_text(
        [c for c, _ in CSV_COLUMNS],
        ({c: cell(r[k]) for c, k in CSV_COLUMNS} for r in rows),
        bom=True,
    )


def publish(out: Path, tmp: Path, specs: Iterable[ReportSpec]) -> list[str]:
    """Write the verdicts table and the explorer pages into ``out`` where their content
    changed; returns the names of the files written."""
    from .explorer_page import page

    rows = table_rows(claims_reports(specs))
    texts = {
        "verdicts.csv": csv_text(rows),
        "verdicts.json": json_text(rows),
        "verdicts.schema.json": SCHEMA.read_text(encoding="utf-8"),
        **{fname: page(rows, lang) for lang, fname in EXPLORER.items()},
    }
    written = []
    for fname, text in texts.items():
        path = out / fname
        if path.exists() and path.read_bytes() == text.encode("utf-8"):
            continue
        write_atomic(path, text, tmp)
        written.append(fname)
    return written
