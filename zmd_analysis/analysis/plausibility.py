"""Plausibility: a claim's figures against the region's own scale, at face value.

Arithmetic can reproduce a figure that still cannot be what it says. Plausibility is a
property of a whole project list, and it flows to the list's parts and to every claim
that rests on the list's figures. Only tests that bear on the claim are run, and each
names the periods it compares:

* ``part_of``: investment against investment. A figure whose indicator is by definition
  part of another (``indicators.csv`` ``part_of``, e.g. a key-project list's completed
  investment within the region's industrial investment) against that whole for the same
  region and period. A part larger than its whole cannot measure the same thing over the
  same months.
* ``plan_vs_gdp``: value added only as a scale. A list's annual plan (printed, else
  implied by its share of plan) against the region's GDP of the year the period ends in
  (else the nearest year the data hold); both years are named (``plan_period``,
  ``plan_year``). A one-year plan of one project list above a year's output of the whole
  economy is not credible at face value.
* ``list``: what a claim inherits (:func:`flow`). A list found implausible makes its parts
  (the lists a ``sum`` claim names as its parts) and every other claim built on its
  figures (a threshold over its share of plan, a gap to the province) implausible too:
  those checks are arithmetic about dispatch figures that cannot be spending.

Year-on-year growth is never set against progress against a plan: the one says nothing
about the other.

A verdict keeps its status (the arithmetic) and gains ``plausibility`` and the numbers
compared (``scale_part``, ``scale_whole``, ``scale_ratio``; ``plan_gdp``,
``plan_gdp_ratio``). No words: the report says what it means.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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
    def period_bounds(self, period: str) -> tuple[dt.date, dt.date] | None: ...


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
    # a printed plan where there is one: the implied one only stands in for it
    plan = v.numbers.get("plan_stated") or v.numbers.get("plan")
    period, region = v.names.get("period"), v.names.get("region")
    if plan is None or plan.unit != "亿元" or not period or not region:
        return None
    bounds = look.period_bounds(period)
    own = str(bounds[1].year) if bounds is not None else period  # the plan's year
    for offset in YEAR_OFFSETS:
        year = look.calendar_year(period, offset)
        gdp = look.find("gdp", region, year) if year else None
        if gdp is None or year is None:
            continue
        r = d.ratio(plan, d.stated(gdp), "%", scale=100)
        status = Plausibility.IMPLAUSIBLE if r.low > 100 else Plausibility.PLAUSIBLE
        numbers = {"plan_tested": plan, "plan_gdp": d.stated(gdp), "plan_gdp_ratio": r}
        return status, numbers, {"plan_year": year, "plan_period": own}
    return None


#: the tests run on one claim, by the name the report's templates use
TESTS = {"part_of": _part_of, "plan_vs_gdp": _plan_vs_gdp}
#: the name under which a claim inherits its list's verdict
LIST = "list"


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


def _key(o: Observation) -> tuple[str, str, str]:
    return o.indicator_id, o.region_id, o.period_id


def flow(verdicts: Sequence) -> list:
    """Each list's plausibility passed on: a list is a ``share_of_plan`` claim (its amount,
    share and plan). A list that is part of an implausible list (a ``sum`` claim names its
    amount among the parts of the other's) is implausible, and so is every other claim
    whose figures include an implausible list's: it inherits the test ``list``, naming the
    list's claim (``list_claim``), its amount indicator (``list``) and its period."""
    lists = {
        _key(amount): v
        for v in verdicts
        if v.kind == "share_of_plan" and (amount := _amount(v)) is not None
    }
    whole_of: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for v in verdicts:
        if v.kind != "sum":
            continue
        parts, whole = _sum_roles(v)
        if whole is not None and _key(whole) in lists:
            for p in parts:
                if _key(p) in lists and _key(p) != _key(whole):
                    whole_of.setdefault(_key(p), _key(whole))

    def root(key: tuple[str, str, str]):
        """The implausible list a list belongs to (itself first), or None."""
        seen = set()
        while key not in seen:
            seen.add(key)
            if lists[key].plausibility == Plausibility.IMPLAUSIBLE:
                return lists[key]
            if key not in whole_of:
                return None
            key = whole_of[key]
        return None

    # every figure of a list belongs to it: amount, share and plan
    owner: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for key, v in lists.items():
        for o in v.inputs:
            owner.setdefault(_key(o), key)
    out = []
    for v in verdicts:
        found = None
        for o in v.inputs:
            mine = owner.get(_key(o))
            bad = root(mine) if mine is not None else None
            if bad is not None and bad.claim_id != v.claim_id:
                found = bad
                break
        if found is None or v.plausibility == Plausibility.IMPLAUSIBLE:
            out.append(v)  # nothing to inherit, or found implausible by a test of its own
            continue
        amount = _amount(found)
        names = dict(v.names) | {
            "scale_tests": f"{LIST}={Plausibility.IMPLAUSIBLE}",
            "list_claim": found.claim_id,
            "list": amount.indicator_id if amount is not None else "",
            "list_period": amount.period_id if amount is not None else "",
        }
        out.append(replace(v, plausibility=Plausibility.IMPLAUSIBLE, names=names))
    return out


def _ref(o: Observation) -> str:
    """The name an observation goes by in an estimate's formula (see ``estimates.stated``)."""
    return f"{o.indicator_id}[{o.region_id},{o.period_id}]"


def _amount(v) -> Observation | None:
    """A share-of-plan verdict's amount: the observation its ``amount`` number is."""
    amount = v.numbers.get("amount")
    return next((o for o in v.inputs if amount is not None and _ref(o) == amount.formula), None)


def _sum_roles(v) -> tuple[list[Observation], Observation | None]:
    """A sum verdict's parts (the observations its ``total`` adds up) and its whole."""
    whole, total = v.numbers.get("whole"), v.numbers.get("total")
    if whole is None or total is None:
        return [], None
    w = next((o for o in v.inputs if _ref(o) == whole.formula), None)
    return [o for o in v.inputs if _ref(o) in total.inputs], w
