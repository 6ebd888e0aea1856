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


def document(rows: list[dict]) -> dict:
    """The JSON document: the rows, the data they were checked on, and the names behind
    the ids they use."""
    from ..analysis.verdict_table import COLUMNS, lookups

    first = rows[0] if rows else {}
    return {
        "data_version": first.get("data_version", ""),
        "data_date": first.get("data_date", ""),
        "columns": list(COLUMNS),
        "verdicts": rows,
        **lookups(rows),
    }


def json_text(rows: list[dict]) -> str:
    return json.dumps(document(rows), ensure_ascii=False, indent=1) + "\n"


def csv_text(rows: list[dict]) -> str:
    """The rows as CSV, the nested columns as compact JSON; BOM first, for Excel. Text a
    spreadsheet would run as a formula (a label or title from an article) is defused by the
    one CSV writer, :func:`zmd_analysis.access.csvout.csv_text`."""
    from ..analysis.verdict_table import COLUMNS, NESTED

    def cell(k: str, v: object) -> object:
        if k in NESTED:
            return json.dumps(v, ensure_ascii=False, separators=(",", ":"))
        return "" if v is None else v

    return dict_rows_text(COLUMNS, ({k: cell(k, v) for k, v in r.items()} for r in rows), bom=True)


def publish(out: Path, tmp: Path, specs: Iterable[ReportSpec]) -> list[str]:
    """Write the verdicts table and the explorer pages into ``out`` where their content
    changed; returns the names of the files written."""
    from ..analysis.verdict_table import rows as verdict_rows
    from .explorer_page import page

    rows = verdict_rows(claims_reports(specs))
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
