"""The source line under every chart, built from the ids of the sources it draws on."""

from __future__ import annotations

from ..access.observations import DataArg
from ..access.tables import load_tables
from ..access.vocab import Origin
from .formatting import source_date


def source_publisher(r, lang: str) -> str:
    """A source's publisher in the reader's language (sources.csv ``publisher_en``)."""
    en = (r.get("publisher_en") or "") if hasattr(r, "get") else ""
    return str(en or r["publisher"]) if lang == "en" else str(r["publisher"])


def source_title(r, lang: str, quote_original: bool = False) -> str:
    """A source's title in the reader's language; in English, optionally followed by the
    original in quotes (“…”), which an English page gives once, where it lists the source."""
    en = str((r.get("title_en") or "") if hasattr(r, "get") else "")
    if lang != "en":
        return str(r["title"])
    if not en:
        return f"“{r['title']}”" if quote_original else str(r["title"])
    return f"“{en}” (original: “{r['title']}”)" if quote_original else en


def source_rows(source_ids, data: DataArg = None) -> list[dict]:
    """The rows of the sources named (comma-joined ids allowed), each once, in the order
    named; ids the registry does not hold are left out. Each row is read on its own."""
    t = load_tables(data)
    ids = dict.fromkeys(x for s in source_ids for x in str(s).split(",") if x)
    return [r for i in ids if (r := t.row("sources", i)) is not None]


def source_line(source_ids, lang: str = "zh", derived: bool = True, data: DataArg = None) -> str:
    """'来源：publisher date；…' for the sources behind a chart, re-posts marked, and a note
    when the chart shows values computed from them."""
    parts = []
    for r in source_rows(source_ids, data):
        repost = r["reliability"] == "repost"
        date = source_date(r["date"], r.get("date_confidence", ""), lang)
        parts.append(
            f"{source_publisher(r, lang)} {date}"
            + (("（转载）" if lang == "zh" else " (re-post)") if repost else "")
        )
    head = "来源：" if lang == "zh" else "Sources: "
    tail = (
        (
            "；推算值由 zmd-report 计算"
            if lang == "zh"
            else "; implied values computed by zmd-report"
        )
        if derived
        else ""
    )
    return head + ("；" if lang == "zh" else "; ").join(parts) + tail


def table_source(table, lang: str = "zh", data: DataArg = None) -> str:
    """The source line for a figure table: its printed rows' sources, and the
    zmd-report note when it holds derived rows."""
    ids = [s for s in table["source_id"] if s]
    return source_line(
        ids, lang, derived=bool((table["origin"] == Origin.DERIVED).any()), data=data
    )
