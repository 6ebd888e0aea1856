"""Every claim's verdict as a row of data: the article, the claim as printed, its figures
and ranges, the statuses the engine gave it. Numbers and ids only, no words of ours; the
publish layer writes the rows as ``reports/verdicts.csv`` and ``.json`` (columns in
:data:`COLUMNS`, documented in the README, validated by ``verdicts.schema.json``).

A claim's permalink is its anchor in the claims-check report of its article
(``<report>.html#claim-<claim_id>``); which report that is per language is the build's
business, so it comes in as ``reports``."""

from __future__ import annotations

from collections.abc import Mapping

from ..access.observations import DataArg
from ..access.provenance import data_date, data_version
from ..access.records import Observation
from ..access.tables import load_tables
from .claims import Verdict, check_claims, is_trivial
from .estimates import Estimate

#: the columns, in order; CSV cells of the list and mapping columns hold compact JSON
COLUMNS = (
    "claim_id",
    "source_id",
    "publisher",
    "publisher_en",
    "title",
    "title_en",
    "published",
    "date_confidence",
    "url",
    "label_zh",
    "label_en",
    "locator",
    "kind",
    "region_id",
    "period_id",
    "year",
    "printed",
    "computed",
    "principal",
    "computed_value",
    "computed_low",
    "computed_high",
    "computed_unit",
    "status",
    "trivial",
    "rounding",
    "independent",
    "independent_sources",
    "plausibility",
    "data_version",
    "data_date",
    "permalink_zh",
    "permalink_en",
)
#: columns whose value is a list or mapping (JSON as is; in the CSV, compact JSON text)
NESTED = ("printed", "computed", "independent_sources")


def anchor(claim_id: str) -> str:
    """The id of a claim's row in its claims-check report."""
    return f"claim-{claim_id}"


def claim_label(row: dict, lang: str) -> str:
    """A row's short label in ``lang`` (the Chinese one where no English is given)."""
    return str(row[f"label_{lang}"] or row["label_zh"])


def _printed(o: Observation) -> dict:
    return {
        "indicator_id": o.indicator_id,
        "region_id": o.region_id,
        "period_id": o.period_id,
        "value": o.value_text,
        "qualifier": o.qualifier,
        "low": o.low,
        "high": o.high,
        "unit": o.unit,
        "source_id": o.source_id,
    }


def _computed(e: Estimate) -> dict:
    return {
        "value": _num(e.value),
        "low": _num(e.low),
        "high": _num(e.high),
        "unit": e.unit,
        "formula": e.formula,
    }


def _num(x: float) -> float:
    """Engine floats without binary noise (0.1 + 0.2), to 10 significant digits."""
    return float(f"{x:.10g}")


def rows(
    reports: Mapping[tuple[str, str], str] | None = None,
    data: DataArg = None,
    source: str | None = None,
) -> list[dict]:
    """One row per claim of every article (of ``source`` only, when given: a claims-check
    page then reads only its own article), in claims.csv order. ``reports`` maps
    (source_id, lang) to the file name of that article's claims-check report in that
    language (``06-claims-check.html``); a claim without one has an empty permalink."""
    t = load_tables(data)
    version, date = data_version(data), data_date(data)
    reports = reports or {}
    out = []
    for v in check_claims(source, data):
        c, s = t.known("claims", v.claim_id, "claim"), t.known("sources", v.source_id, "source")
        principal = v.numbers.get(v.principal) if v.principal else None
        out.append(
            {
                "claim_id": v.claim_id,
                "source_id": v.source_id,
                "publisher": s["publisher"],
                "publisher_en": s["publisher_en"],
                "title": s["title"],
                "title_en": s["title_en"],
                "published": _cell("date", s["date"]),
                "date_confidence": _cell("date_confidence", s["date_confidence"]),
                "url": s["url"],
                "label_zh": c["label_zh"],
                "label_en": c["label_en"],
                "locator": c["locator"],
                "kind": v.kind,
                "region_id": c["region_id"],
                "period_id": c["period_id"],
                "year": int(t.known("periods", c["period_id"], "period")["end"].year),
                "printed": [_printed(o) for o in v.inputs if o.source_id == v.source_id],
                "computed": {k: _computed(e) for k, e in v.numbers.items()},
                "principal": v.principal,
                "computed_value": _num(principal.value) if principal else None,
                "computed_low": _num(principal.low) if principal else None,
                "computed_high": _num(principal.high) if principal else None,
                "computed_unit": principal.unit if principal else "",
                "status": v.status,
                "trivial": is_trivial(v),
                "rounding": v.rounding,
                "independent": v.independent,
                "independent_sources": _independent_sources(v),
                "plausibility": v.plausibility,
                "data_version": version,
                "data_date": date,
                **{
                    f"permalink_{lang}": (
                        f"{reports[v.source_id, lang]}#{anchor(v.claim_id)}"
                        if (v.source_id, lang) in reports
                        else ""
                    )
                    for lang in ("zh", "en")
                },
            }
        )
    return out


def _independent_sources(v: Verdict) -> list[str]:
    """The other publications a claim was checked against, when they said something."""
    if v.independent == "silent":
        return []
    return list(dict.fromkeys(o.source_id for o in v.inputs if o.source_id != v.source_id))


def _cell(column: str, value) -> str:
    """A source's field as text, in the rows and the lookups alike: dates ISO, an empty
    date confidence "printed"."""
    if column == "date_confidence":
        return str(value or "printed")
    if value is None:
        return ""
    return str(value)[:10] if column == "date" else str(value)


def lookups(rows: list[dict], data: DataArg = None) -> dict[str, dict[str, dict]]:
    """The names behind the ids the rows use (sources, indicators, regions), so the
    verdicts can be read without the data folder."""
    t = load_tables(data)
    printed = [p for r in rows for p in r["printed"]]
    source_ids = {r["source_id"] for r in rows} | {p["source_id"] for p in printed}
    source_ids |= {s for r in rows for s in r["independent_sources"]}
    region_ids = {r["region_id"] for r in rows} | {p["region_id"] for p in printed}
    indicator_ids = {p["indicator_id"] for p in printed}

    def pick(frame, key: str, ids: set, columns: tuple[str, ...]) -> dict[str, dict]:
        sel = frame[frame[key].isin(ids)].sort_values(key)
        return {str(r[key]): {c: _cell(c, r[c]) for c in columns} for r in sel.to_dict("records")}

    return {
        "sources": pick(
            t.sources,
            "source_id",
            source_ids,
            (
                "publisher",
                "publisher_en",
                "title",
                "title_en",
                "date",
                "date_confidence",
                "url",
                "reliability",
            ),
        ),
        "indicators": pick(
            t.indicators,
            "indicator_id",
            indicator_ids,
            ("name_zh", "name_en", "unit_zh", "unit_en", "kind", "basis"),
        ),
        "regions": pick(t.regions, "region_id", region_ids, ("name_zh", "name_en", "level")),
    }
