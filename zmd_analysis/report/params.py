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
    valid = list(load_tables(data).periods["period_id"])
    if period not in valid:
        raise UnknownNameError(name, period, valid)
    return period


def validate_year(year: str, data: DataArg = None, name: str = "year") -> str:
    """A period that is one whole calendar year (the valid values listed are years only)."""
    _expect_str(name, year)
    valid = list(whole_years(load_tables(data).periods)["period_id"])
    if year not in valid:
        raise UnknownNameError(name, year, valid)
    return year


def validate_source(source: str, lang: str = "zh", data: DataArg = None) -> str:
    """An article: a source that has claims in data/claims.csv."""
    _expect_str("source", source)
    validate_lang(lang)
    valid = list(dict.fromkeys(load_tables(data).claims["source_id"]))
    if source not in valid:
        raise UnknownNameError("source", source, valid)
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
    regions = t.regions.set_index("region_id")
    if region not in regions.index:
        raise UnknownNameError("region", region, sorted(regions.index))
    if comparison == "":
        comparison = t.parent(region)
    elif comparison not in regions.index:
        raise UnknownNameError("comparison", comparison, sorted(regions.index))
    validate_period(period, data)
    periods = t.periods.set_index("period_id")
    col = "name_en" if lang == "en" else "name_zh"
    label = "label_en" if lang == "en" else "label_zh"
    return Params(
        region,
        period,
        comparison,
        lang,
        regions.loc[region, col],
        regions.loc[comparison, col] if comparison else "",
        periods.loc[period, label],
    )
