"""Plausibility: a claim's figures against the region's own scale, at face value.

Arithmetic can reproduce a figure that still cannot be what it says. Two tests, each where
the data allow it:

* ``part_of``: a figure whose indicator is by definition part of another
  (``indicators.csv`` ``part_of``, e.g. a key-project list's completed investment within
  the region's industrial investment) against that whole for the same region and period.
  A part larger than its whole cannot measure the same thing over the same months.
* ``plan_vs_gdp``: an annual amount a claim implies (its ``plan``) against the region's
  GDP, and industry value added, of the year the period ends in (else the nearest year the
  data hold, named): a one-year plan of one project list above a year's output of the
  whole economy is not credible at face value.

* ``ahead_in_a_fall``: a share of plan running ahead of the calendar in a period when the
  region's fixed-asset investment (else its parent's) fell year on year: listed projects
  ahead of plan while investment as a whole shrank (a shutdown) cannot be corroborated.

A verdict keeps its status (the arithmetic) and gains ``plausibility`` and the numbers
compared (``scale_part``, ``scale_whole``, ``scale_ratio``; ``plan_gdp``,
``plan_gdp_ratio``, ``plan_industry_ratio``). No words: the report says what it means.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from ..access.records import Observation
from ..access.vocab import Plausibility
from . import estimates as d

#: years around the period's own to look for the economy's size in, nearest first
YEAR_OFFSETS = (0, 1, -1)


class ScaleLookup(Protocol):
    def find(self, indicator: str, region: str, period: str) -> Observation | None: ...
    def part_of(self, indicator: str) -> str: ...
    def calendar_year(self, period: str, offset: int = 0) -> str | None: ...
    def parent(self, region: str) -> str: ...


def _part_of(v, look: ScaleLookup):
    for o in v.inputs:
        whole_id = look.part_of(o.indicator_id)
        whole = look.find(whole_id, o.region_id, o.period_id) if whole_id else None
        if whole is None:
            continue
        r = d.ratio(d.stated(o), d.stated(whole), "倍")
        status = Plausibility.IMPLAUSIBLE if r.low > 1 else Plausibility.PLAUSIBLE
        numbers = {"scale_part": d.stated(o), "scale_whole": d.stated(whole), "scale_ratio": r}
        names = {
            "scale_part": o.indicator_id,
            "scale_whole": whole_id,
            "scale_period": o.period_id,
        }
        return status, numbers, names
    return None


def _plan_vs_gdp(v, look: ScaleLookup):
    plan, period, region = v.numbers.get("plan"), v.names.get("period"), v.names.get("region")
    if plan is None or plan.unit != "亿元" or not period or not region:
        return None
    for offset in YEAR_OFFSETS:
        year = look.calendar_year(period, offset)
        gdp = look.find("gdp", region, year) if year else None
        if gdp is None or year is None:
            continue
        r = d.ratio(plan, d.stated(gdp), "%", scale=100)
        numbers = {"plan_gdp": d.stated(gdp), "plan_gdp_ratio": r}
        industry = look.find("industry_va", region, year)
        if industry is not None:
            numbers["plan_industry_ratio"] = d.ratio(plan, d.stated(industry), "%", scale=100)
        status = Plausibility.IMPLAUSIBLE if r.low > 100 else Plausibility.PLAUSIBLE
        return status, numbers, {"plan_year": year}
    return None


def _ahead_in_a_fall(v, look: ScaleLookup):
    ahead, period, region = v.numbers.get("ahead"), v.names.get("period"), v.names.get("region")
    if ahead is None or not period or not region:
        return None
    for where in (region, look.parent(region)):
        fall = look.find("fai_growth", where, period) if where else None
        if fall is None:
            continue
        if fall.high >= 0:  # investment did not fall: nothing to test
            return None
        status = Plausibility.IMPLAUSIBLE if ahead.low > 0 else Plausibility.PLAUSIBLE
        return status, {"fall_growth": d.stated(fall)}, {"fall_region": where}
    return None


#: the tests, by the name the report's templates use
TESTS = {"part_of": _part_of, "plan_vs_gdp": _plan_vs_gdp, "ahead_in_a_fall": _ahead_in_a_fall}


def assess(v, look: ScaleLookup):
    """``v`` with its plausibility: implausible when any test finds it so, plausible when
    the tests that apply pass, unchanged when none applies. ``names["scale_tests"]`` lists
    the tests that applied, with their verdicts (``part_of=implausible_at_face_value``)."""
    numbers, names, applied = dict(v.numbers), dict(v.names), []
    for name, test in TESTS.items():
        found = test(v, look)
        if found is None:
            continue
        status, nums, ids = found
        numbers |= nums
        names |= ids
        applied.append((name, status))
    if not applied:
        return v
    worst = (
        Plausibility.IMPLAUSIBLE
        if any(s == Plausibility.IMPLAUSIBLE for _, s in applied)
        else Plausibility.PLAUSIBLE
    )
    names["scale_tests"] = ",".join(f"{n}={s}" for n, s in applied)
    return replace(v, plausibility=worst, numbers=numbers, names=names)
