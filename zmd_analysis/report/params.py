"""Validation of notebook parameters, so a typo stops the run with the valid choices.

papermill neither checks parameter types nor rejects values the data does not
know; every notebook therefore calls :func:`validate` (or :func:`validate_source`)
first. Defaults that depend on data come from data: the comparison region is the
region's parent unless one is named.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..access.calendar import whole_years
from ..access.errors import UnknownNameError
from ..access.observations import DataArg
from ..access.tables import load_tables
from ..access.vocab import Lang

LANGS = tuple(Lang)


@dataclass(frozen=True)
class Params:
    region: str
    period: str
    comparison: str
    lang: str
    region_name: str
    comparison_name: str
    period_label: str


def _expect_str(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(
            f"parameter {name!r} must be a string, got {type(value).__name__} {value!r}"
        )


def validate_lang(lang: str) -> str:
    _expect_str("lang", lang)
    if lang not in LANGS:
        raise UnknownNameError("lang", lang, list(LANGS))
    return lang


def validate_period(period: str, data: DataArg = None, name: str = "period") -> str:
    _expect_str(name, period)
    t = load_tables(data)
    if t.row("periods", period) is None:  # the row read; the list only for the message
        raise UnknownNameError(name, period, list(t.periods["period_id"]))
    return period


def validate_year(year: str, data: DataArg = None, name: str = "year") -> str:
    """A period that is one whole calendar year (the valid values listed are years only)."""
    _expect_str(name, year)
    t = load_tables(data)
    p = t.row("periods", year)
    whole = p is not None and any(
        r["period_id"] == year for r in t.from_new_year(12, 31, p["end"].year)
    )
    if not whole:
        raise UnknownNameError(name, year, list(whole_years(t.periods)["period_id"]))
    return year


def validate_source(source: str, lang: str = "zh", data: DataArg = None) -> str:
    """An article: a source that has claims in data/claims.csv."""
    _expect_str("source", source)
    validate_lang(lang)
    t = load_tables(data)
    if not t.has("claims", source_id=source):
        raise UnknownNameError("source", source, list(dict.fromkeys(t.claims["source_id"])))
    return source


def validate(
    region: str, period: str, comparison: str = "", lang: str = "zh", data: DataArg = None
) -> Params:
    """Check the common parameters against data/ and return them with display names.

    An empty ``comparison`` means the region's parent (its province)."""
    for name, value in (("region", region), ("period", period), ("comparison", comparison)):
        _expect_str(name, value)
    validate_lang(lang)
    t = load_tables(data)
    own = t.row("regions", region)
    if own is None:
        raise UnknownNameError("region", region, sorted(t.regions["region_id"]))
    if comparison == "":
        comparison = t.parent(region)
    other = t.row("regions", comparison) if comparison else None
    if comparison and other is None:
        raise UnknownNameError("comparison", comparison, sorted(t.regions["region_id"]))
    validate_period(period, data)
    col = "name_en" if lang == "en" else "name_zh"
    label = "label_en" if lang == "en" else "label_zh"
    return Params(
        region,
        period,
        comparison,
        lang,
        own[col],
        other[col] if other is not None else "",
        t.known("periods", period, "period")[label],
    )
