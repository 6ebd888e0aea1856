"""Validation of notebook parameters, so a typo stops the run with the valid choices.

papermill neither checks parameter types nor rejects values the data does not
know; every notebook therefore calls :func:`validate` first.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import UnknownNameError
from .observations import DataArg
from .tables import load_tables

LANGS = ("zh", "en")


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
        raise TypeError(f"parameter {name!r} must be a string, got {type(value).__name__} "
                        f"{value!r}")


def validate_period(period: str, data: DataArg = None, name: str = "period") -> str:
    _expect_str(name, period)
    valid = list(load_tables(data).periods["period_id"])
    if period not in valid:
        raise UnknownNameError(name, period, valid)
    return period


def validate(region: str, period: str, comparison: str = "henan", lang: str = "zh",
             data: DataArg = None) -> Params:
    """Check the common parameters against data/ and return them with display names."""
    for name, value in (("region", region), ("period", period), ("comparison", comparison),
                        ("lang", lang)):
        _expect_str(name, value)
    if lang not in LANGS:
        raise UnknownNameError("lang", lang, list(LANGS))
    t = load_tables(data)
    regions = t.regions.set_index("region_id")
    for name, value in (("region", region), ("comparison", comparison)):
        if value not in regions.index:
            raise UnknownNameError(name, value, sorted(regions.index))
    validate_period(period, data)
    periods = t.periods.set_index("period_id")
    col = "name_en" if lang == "en" else "name_zh"
    label = "label_en" if lang == "en" else "label_zh"
    return Params(region, period, comparison, lang, regions.loc[region, col],
                  regions.loc[comparison, col], periods.loc[period, label])
