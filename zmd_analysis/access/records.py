"""One printed figure as the engine sees it, and the interval it stands for.

Kept apart from :mod:`.observations` (which joins the tables with pandas) so that code that
checks figures it holds in memory, such as the article intake, needs no DataFrame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Units of printed percentages, whose printing rule (rounded or truncated) is uncertain.
PERCENT_UNITS = ("%", "百分点")


def _step(value: float) -> float:
    """The place of an integer's last non-zero digit: 30 -> 10, 960 -> 10, 5000 -> 1000."""
    step = 1.0
    while value % (step * 10) == 0:
        step *= 10
    return step


def stated_range(
    value: float, half_unit: float, qualifier: str, rounding: str = "half_up", unit: str = ""
) -> tuple[float, float]:
    """The interval a printed figure stands for.

    A rounded figure covers ± half its last digit (51% -> 50.5-51.5). A printed percentage
    whose publisher may truncate (``rounding`` not ``half_up``) also covers what truncation
    gives (51% -> 51-52): unknown convention -> 50.5-52, truncation alone -> 51-52. "N多"
    covers N up to the next step of its last non-zero digit (30多 -> 30-40,
    960多万 -> 960-970万); "超N" / "N以上" everything from N up; "近N" the step of its last
    non-zero digit below N (近5000 -> 4000-5000, 近26 -> 25-26); "N内" covers 0-N.
    """
    if qualifier == "more_than":
        if value == int(value) and value > 0:
            step = _step(value)
            return value, value + step
        return value, math.inf
    if qualifier == "above":
        return value, math.inf
    if qualifier == "approaching":
        step = _step(value) if value == int(value) and value > 0 else 2 * half_unit
        return value - step, value
    if qualifier == "within":
        return 0.0, value
    if half_unit and unit in PERCENT_UNITS and rounding != "half_up":
        step = 2 * half_unit  # truncation toward zero: 51 stands for 51 up to 52
        low, high = (value, value + step) if value >= 0 else (value - step, value)
        if rounding == "truncate":
            return low, high
        return min(low, value - half_unit), max(high, value + half_unit)
    return value - half_unit, value + half_unit


@dataclass(frozen=True)
class Observation:
    """One figure with everything needed to cite and check it."""

    indicator_id: str
    region_id: str
    period_id: str
    value: float
    value_text: str
    unit: str
    unit_en: str
    qualifier: str
    low: float
    high: float
    kind: str
    basis: str
    name_zh: str
    name_en: str
    label_zh: str
    source_id: str
    publisher: str
    title: str
    date: str
    url: str
    locator: str
    #: the publisher's printing rule where known (sources.csv): half_up, truncate or ""
    rounding: str = ""
    #: coverage that differs from the indicator's definition (observations.csv)
    note_zh: str = ""
    note_en: str = ""

    @property
    def citation(self) -> str:
        """Short Chinese citation: 《驻马店日报》2021-06-02 01版, 正文第3段."""
        return f"《{self.publisher}》{self.date}，{self.title}，{self.locator}".rstrip("，")

    def as_text(self, unit: bool = True) -> str:
        """The value as printed with its hedge and unit: '30多家', '90天内', '第2位', '145.3亿元'."""
        u = ("个百分点" if self.unit == "百分点" else self.unit) if unit else ""
        if self.kind == "rank":
            return f"第{self.value_text}{u}"
        if self.qualifier == "more_than":
            return f"{self.value_text}多{u}"
        if self.qualifier == "above":
            return f"超过{self.value_text}{u}"
        if self.qualifier == "approaching":
            return f"近{self.value_text}{u}"
        if self.qualifier == "within":
            return f"{self.value_text}{u}内"
        if self.qualifier == "about":
            return f"{self.value_text}{u}左右"
        return f"{self.value_text}{u}"
