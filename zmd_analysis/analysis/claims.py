"""The claims engine: every statement in ``data/claims.csv`` checked by one function per kind.

A claim names its kind and the observations it rests on (see
:data:`zmd_analysis.access.schema.CLAIM_KINDS`). Each kind is a small function that
takes those observations and returns a :class:`Verdict`: named numbers (each an
:class:`~zmd_analysis.analysis.derived.Estimate` with its rounding range), a status
and, where a source other than the article speaks to it, an independent verdict.
No words: sentences are filled from templates in the report layer.

Statuses:

* ``reproduced`` - recomputing from other figures gives the printed figure under
  half-up rounding (or the stated relation holds);
* ``consistent_within_rounding`` - it holds only once rounding ranges are allowed for;
* ``consistent_if_truncated`` - the printed figure is what truncation gives, not rounding;
* ``inconsistent`` - it does not hold under any printing rule;
* ``different_bases`` - the figures come from different statistical systems;
* ``not_checkable`` - nothing in the data settles it (``missing`` says what would);
* ``rhetoric`` - a campaign phrase, not a measurement.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from ..access import reads
from ..access.records import Observation, stated_range
from ..access.schema import ClaimInput, parse_inputs
from ..access.vocab import CHECKED, Independent, Plausibility, Status
from . import estimates as d
from .rounding import decimals_of, round_half_up, truncate

if TYPE_CHECKING:  # the engine itself runs without pandas (the article intake uses it so)
    from ..access.tables import Tables

DataArg = str | os.PathLike | None

STATUSES = tuple(Status)
INDEPENDENT = tuple(Independent)
#: Statuses a careful reader must hear about first, most serious first.
SEVERITY = (
    "inconsistent",
    "different_bases",
    "consistent_if_truncated",
    "consistent_within_rounding",
    "rhetoric",
    "not_checkable",
    "reproduced",
)


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one claim: numbers and statuses, no words."""

    claim_id: str
    source_id: str
    kind: str
    status: str
    independent: str = "silent"
    #: which printing rule makes the printed figure fit: half_up, truncate, both, neither, or ""
    rounding: str = ""
    numbers: dict[str, d.Estimate] = field(default_factory=dict)
    #: ids the sentence names: region, comparator, measure, period, bases ...
    names: dict[str, str] = field(default_factory=dict)
    #: observations (indicator, region, period) that would settle a not-checkable claim
    missing: tuple[tuple[str, str, str], ...] = ()
    #: key in ``numbers`` of the headline computed figure ("" when none)
    principal: str = ""
    #: the printed observations the claim rests on (from any source), in input order
    inputs: tuple[Observation, ...] = ()
    #: whether the figures fit the region's own scale (see :mod:`.plausibility`)
    plausibility: str = Plausibility.UNTESTED


class Lookup(Protocol):
    """What the engine asks of the data: figures by logical names, period bounds, regions.

    :class:`TablesLookup` answers from ``data/`` (recording each read for the build);
    the intake answers from the rows it drafted, so both are checked by the same kinds."""

    def find(self, indicator: str, region: str, period: str) -> Observation | None: ...
    def period_bounds(self, period: str) -> tuple[dt.date, dt.date] | None: ...
    def parent(self, region: str) -> str: ...
    def children(self, region: str) -> list[str]: ...
    def year_earlier(self, period: str) -> str: ...
    def part_of(self, indicator: str) -> str: ...
    def published(self, source: str) -> dt.date | None: ...
    def calendar_year(self, period: str, offset: int = 0) -> str | None: ...


class TablesLookup:
    """The engine's view of a data folder (validated tables, row by row)."""

    def __init__(self, data: DataArg = None):
        from ..access.tables import load_tables

        self.data = data
        self.t = load_tables(data)

    def find(self, indicator, region, period):
        from ..access.observations import find

        return find(indicator, region, period, self.data)

    def period_bounds(self, period):
        p = self.t.row("periods", period)
        return (p["start"].date(), p["end"].date()) if p is not None else None

    def parent(self, region):
        return self.t.parent(region)

    def children(self, region):
        return self.t.children(region)

    def year_earlier(self, period):
        return year_earlier(self.t, period)

    def published(self, source):
        src = self.t.row("sources", source)
        if src is None or not src["date"]:
            return None
        return dt.date.fromisoformat(str(src["date"])[:10])

    def part_of(self, indicator):
        ind = self.t.row("indicators", indicator)
        return str(ind["part_of"] or "") if ind is not None else ""

    def calendar_year(self, period, offset=0):
        return calendar_year(self.t, period, offset)


class Inputs:
    """A claim's observations by role (absent ones are None)."""

    def __init__(self, inputs: list[ClaimInput], look: Lookup):
        self.look = look
        self.by_role: dict[str, list[Observation | None]] = {}
        self.wanted: dict[str, list[ClaimInput]] = {}
        for inp in inputs:
            self.by_role.setdefault(inp.role, []).append(
                look.find(inp.indicator_id, inp.region_id, inp.period_id)
            )
            self.wanted.setdefault(inp.role, []).append(inp)

    def one(self, role: str) -> Observation | None:
        return (self.by_role.get(role) or [None])[0]

    def all(self, role: str) -> list[Observation | None]:
        return self.by_role.get(role, [])

    def complete(self, role: str) -> list[Observation] | None:
        """Every observation of ``role``, or None when one of them (or all) is missing."""
        got = self.all(role)
        present = [o for o in got if o is not None]
        return present if got and len(present) == len(got) else None

    def missing(self, *roles: str) -> tuple[tuple[str, str, str], ...]:
        return tuple(
            (i.indicator_id, i.region_id, i.period_id)
            for r in roles
            for i, o in zip(self.wanted.get(r, []), self.by_role.get(r, []))
            if o is None
        )

    def present(self) -> tuple[Observation, ...]:
        return tuple(o for obs in self.by_role.values() for o in obs if o is not None)


def _est(o: Observation) -> d.Estimate:
    return d.stated(o)


def printing_rule(
    computed: d.Estimate, printed: Observation, convention: str | None = None
) -> tuple[str, str]:
    """Status and fitting rule for a printed figure against the value recomputed from others.

    The printed figure is tested under half-up rounding and under truncation at its own
    decimals; the publisher's convention, when known (``convention``, by default the printed
    figure's source's), restricts the test to one rule. Otherwise ranges that merely
    overlap are consistent within rounding.
    """
    if convention is None:
        convention = printed.rounding
    nd = decimals_of(printed.value_text)
    low, high = stated_range(printed.value, 0.5 * 10.0**-nd, "", convention, printed.unit)
    half_up = round_half_up(computed.value, nd) == printed.value
    trunc = truncate(computed.value, nd) == printed.value
    rule = {
        (True, True): "both",
        (True, False): "half_up",
        (False, True): "truncate",
        (False, False): "neither",
    }[half_up, trunc]
    if half_up and convention != "truncate":
        return "reproduced", rule
    if trunc and convention != "half_up":
        # an input printed without decimals (805.8 ÷ 883) leaves the quotient a range: when
        # rounding half up some value in it gives the printed figure, both rules fit
        step = 0.5 * 10.0**-nd
        rounds_to_it = computed.low < printed.value + step and printed.value - step <= computed.high
        if rounds_to_it and computed.low != computed.high:
            rule = "both"
        return ("reproduced" if convention == "truncate" else "consistent_if_truncated"), rule
    overlap = computed.low <= high and low <= computed.high
    return ("consistent_within_rounding" if overlap else "inconsistent"), rule


def _overlap_status(a: d.Estimate, b: d.Estimate) -> str:
    if round(a.value, 9) == round(b.value, 9):
        return "reproduced"
    return "consistent_within_rounding" if a.low <= b.high and b.low <= a.high else "inconsistent"


def _not_checkable(c, inputs: Inputs, **kw) -> Verdict:
    return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", inputs=inputs.present(), **kw)


def _time_numbers(period: str, look: Lookup) -> dict[str, d.Estimate]:
    """Share of the year elapsed by the period's end, on a month and on a day basis."""
    bounds = look.period_bounds(period)
    if bounds is None:
        return {}
    try:
        return {
            "time_months": d.time_share(*bounds, basis="months", period=period),
            "time_days": d.time_share(*bounds, basis="days", period=period),
        }
    except ValueError:  # the period does not start on 1 January of one year
        return {}


# --- the kinds ---------------------------------------------------------------------


def share_of_plan(c, i: Inputs, t: Lookup) -> Verdict:
    """N% of the annual plan -> the implied plan (a range); checked when the plan is printed."""
    amount, share, plan = i.one("amount"), i.one("share"), i.one("plan")
    if amount is None or share is None:
        return _not_checkable(c, i, missing=i.missing("amount", "share"))
    nums = {
        "amount": _est(amount),
        "share": _est(share),
        "plan": d.ratio(_est(amount), _est(share), amount.unit, scale=100),
    }
    nums |= _time_numbers(share.period_id, i.look)
    if "time_months" in nums:
        nums["ahead"] = d.difference(nums["share"], nums["time_months"], "百分点")
    names = {"region": c.region_id, "period": share.period_id}
    if plan is None:
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            missing=i.missing("plan"),
            principal="plan",
            inputs=i.present(),
        )
    nums["plan_stated"] = _est(plan)
    nums["recomputed"] = d.ratio(_est(amount), _est(plan), "%", scale=100)
    status, rule = printing_rule(nums["recomputed"], share)
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        rounding=rule,
        numbers=nums,
        names=names,
        principal="recomputed",
        inputs=i.present(),
    )


def gap(c, i: Inputs, t: Lookup, others: list) -> Verdict:
    """ "N points above X" -> X's implied value; checked against X's printed value when the
    data hold it, and against every other gap that implies the same X."""
    value, g = i.one("value"), i.one("gap")
    if value is None or g is None:
        return _not_checkable(c, i, missing=i.missing("value", "gap"))
    implied = d.difference(_est(value), _est(g), value.unit)
    nums = {"value": _est(value), "gap": _est(g), "implied": implied}
    names = {
        "region": c.region_id,
        "comparator": c.comparator_id,
        "measure": c.measure,
        "period": value.period_id,
    }
    actual = i.look.find(c.measure, c.comparator_id, value.period_id)
    if actual is not None:
        nums["comparator_stated"] = _est(actual)
        recomputed = d.difference(_est(value), _est(actual), g.unit)
        nums["recomputed"] = recomputed
        status, rule = printing_rule(recomputed, g)
        independent = "silent"
        if actual.source_id != c.source_id:
            independent = "confirms" if status != "inconsistent" else "contradicts"
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            status,
            independent,
            rule,
            nums,
            names,
            principal="implied",
            inputs=i.present() + (actual,),
        )
    same = [
        (o, est)
        for o, est, period in others
        if o.claim_id != c.claim_id
        and (o.comparator_id, o.measure, period) == (c.comparator_id, c.measure, value.period_id)
    ]
    if not same:
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            missing=((c.measure, c.comparator_id, value.period_id),),
            principal="implied",
            inputs=i.present(),
        )
    other_claim, other = same[0]
    nums["cross"] = other
    names["cross_claim"] = other_claim.claim_id
    status = _overlap_status(implied, other)
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names=names,
        principal="implied",
        inputs=i.present(),
    )


def growth(c, i: Inputs, t: Lookup) -> Verdict:
    """Level, up N% -> the implied level a year earlier; checked when that level is printed."""
    level, g, base = i.one("level"), i.one("growth"), i.one("base")
    if level is None or g is None:
        return _not_checkable(c, i, missing=i.missing("level", "growth"))
    implied = d.implied_base(_est(level), _est(g))
    nums = {
        "level": _est(level),
        "growth": _est(g),
        "base": implied,
        "increase": d.difference(_est(level), implied, level.unit),
    }
    names = {"region": c.region_id, "period": level.period_id, "basis": level.basis}
    if base is None:
        earlier = t.year_earlier(level.period_id)
        names["base_period"] = earlier
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            missing=i.missing("base") or ((level.indicator_id, c.region_id, earlier),),
            principal="base",
            inputs=i.present(),
        )
    nums["base_stated"] = _est(base)
    nums["recomputed"] = d.growth_between(_est(base), _est(level))
    status, rule = printing_rule(nums["recomputed"], g)
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        rounding=rule,
        numbers=nums,
        names=names,
        principal="recomputed",
        inputs=i.present(),
    )


#: hedges that state a bound (超, 以上, 多, 近, 以内), whose printed figure is tested as a range
_BOUNDS = ("more_than", "above", "approaching", "within")


def ratio(c, i: Inputs, t: Lookup) -> Verdict:
    """a / b; when the claim prints it (as N%), the printed figure is tested under both rules.
    Several parts (分别完成106亿元、95亿元,占…的85%) are summed into a."""
    parts, whole, stated = i.complete("part"), i.one("whole"), i.one("stated")
    if not parts or whole is None:
        return _not_checkable(c, i, missing=i.missing("part", "whole"))
    part = parts[0]
    if any(x.unit != part.unit for x in parts):
        return _not_checkable(c, i)  # (parts in different units are not summed as printed)
    percent = part.unit == whole.unit or (stated is not None and stated.unit == "%")
    part_est = _total(parts, part.unit)
    computed = d.ratio(
        part_est,
        _est(whole),
        "%" if percent else f"{part.unit}/{whole.unit}",
        scale=100 if percent else 1,
    )
    nums = {"part": part_est, "whole": _est(whole), "computed": computed}
    names = {"region": c.region_id, "period": part.period_id}
    if stated is None:
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            principal="computed",
            inputs=i.present(),
        )
    nums["stated"] = _est(stated)
    nd = decimals_of(stated.value_text)
    # shown at the printed precision: 91.7 rounded is "91.7%", not "91.70%"
    nums["rounded"] = d.at_precision(round_half_up(computed.value, nd), "%", nd)
    nums["truncated"] = d.at_precision(truncate(computed.value, nd), "%", nd)
    if stated.qualifier in _BOUNDS:
        # 超过3.5亿元, 超三成, 近3/4: a bound, not a rounded value; held to the range it states
        inside = stated.low <= computed.value <= stated.high
        status, rule = ("reproduced" if inside else "inconsistent"), ""
    else:
        status, rule = printing_rule(computed, stated)
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        rounding=rule,
        numbers=nums,
        names=names,
        principal="computed",
        inputs=i.present(),
    )


def subset(c, i: Inputs, t: Lookup) -> Verdict:
    """a is part of b, so a ≤ b; the share a/b and the remainder b − a."""
    part, whole = i.one("part"), i.one("whole")
    if part is None or whole is None:
        return _not_checkable(c, i, missing=i.missing("part", "whole"))
    nums = {
        "part": _est(part),
        "whole": _est(whole),
        "share": d.ratio(_est(part), _est(whole), "%", scale=100),
        "rest": d.difference(_est(whole), _est(part), whole.unit),
    }
    if part.value <= whole.value:
        status = "reproduced"  # as printed, the part does not exceed the whole
    elif part.low <= whole.high:
        status = "consistent_within_rounding"
    else:
        status = "inconsistent"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names={"region": c.region_id, "period": part.period_id},
        principal="share",
        inputs=i.present(),
    )


def threshold(c, i: Inputs, t: Lookup) -> Verdict:
    """Every figure is above a bound (任务过半: > 50); with the share of the year elapsed."""
    figures = i.complete("figure")
    if figures is None:
        return _not_checkable(c, i, missing=i.missing("figure"))
    bound = float(c.bound)
    nums = {f"figure_{n}": _est(f) for n, f in enumerate(figures, start=1)}
    nums["bound"] = d.exact(bound, figures[0].unit)
    nums |= _time_numbers(figures[0].period_id, i.look)
    if "time_months" in nums:
        for n, f in enumerate(figures, start=1):
            nums[f"ahead_{n}"] = d.difference(_est(f), nums["time_months"], "百分点")
    if all(f.low > bound for f in figures):
        status = "reproduced"
    elif all(f.high > bound for f in figures):
        status = "consistent_within_rounding"
    else:
        status = "inconsistent"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names={"region": c.region_id, "period": figures[0].period_id},
        inputs=i.present(),
    )


def rank(c, i: Inputs, t: Lookup) -> Verdict:
    """Nth among the comparator's units: rebuilt from the peers' values when the data hold
    all of them; otherwise not checkable, naming the series that would settle it."""
    r = i.one("rank")
    if r is None:
        return _not_checkable(c, i, missing=i.missing("rank"))
    parent = c.comparator_id or t.parent(c.region_id)
    peers = t.children(parent)
    nums = {"rank": _est(r), "peers": d.exact(len(peers), "")}
    names = {
        "region": c.region_id,
        "comparator": parent,
        "measure": c.measure,
        "period": r.period_id,
    }
    if not c.measure:
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            principal="rank",
            inputs=i.present(),
        )
    values = {p: t.find(c.measure, p, r.period_id) for p in peers}
    have = [p for p, o in values.items() if o is not None]
    nums["have"] = d.exact(len(have), "")
    if len(have) < len(peers) or c.region_id not in have:
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            missing=((c.measure, parent, r.period_id),),
            principal="rank",
            inputs=i.present(),
        )
    got = {p: o for p, o in values.items() if o is not None}
    own = got[c.region_id].value
    computed = 1 + sum(o.value > own for o in got.values())
    nums["computed"] = d.exact(computed, r.unit)
    status = "reproduced" if computed == r.value else "inconsistent"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names=names,
        principal="computed",
        inputs=i.present() + tuple(got.values()),
    )


def hedged(c, i: Inputs, t: Lookup) -> Verdict:
    """N多 / N内: the interval the hedge allows; an outside figure inside it confirms it."""
    f, outside = i.one("figure"), i.one("outside")
    if f is None:
        return _not_checkable(c, i, missing=i.missing("figure"))
    nums = {"figure": _est(f)}
    names = {"region": c.region_id, "period": f.period_id, "qualifier": f.qualifier}
    independent = "silent"
    if outside is not None:
        nums["outside"] = _est(outside)
        names["outside_source"] = outside.source_id
        names["outside_period"] = outside.period_id
        independent = "confirms" if f.low <= outside.value <= f.high else "contradicts"
    if f.unit == "万人":  # a population: which basis, registered (户籍) or resident (常住)?
        gdp, per_head = (
            t.find("gdp", f.region_id, f.period_id),
            t.find("gdp_per_head", f.region_id, f.period_id),
        )
        if gdp is not None and per_head is not None:
            # GDP per head is GDP over the resident population: 亿元 × 10^4 / 元 = 万人
            resident = d.ratio(_est(gdp), _est(per_head), "万人", scale=1e4)
            if f.low <= resident.value <= f.high:
                nums["resident_inside"] = resident
            else:
                nums["resident_outside"] = resident
    status = "not_checkable"
    if outside is not None and outside.source_id == f.source_id:
        # the text itself prints the exact figure: its own numbers settle the hedge
        status, independent = (
            ("reproduced" if independent == "confirms" else "inconsistent"),
            ("silent"),
        )
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        independent,
        numbers=nums,
        names=names,
        principal="figure",
        inputs=i.present(),
    )


def across_bases(c, i: Inputs, t: Lookup) -> Verdict:
    """Two figures printed side by side: their ratio, and whether their bases differ."""
    a, b = i.one("first"), i.one("second")
    if a is None or b is None:
        return _not_checkable(c, i, missing=i.missing("first", "second"))
    nums = {"first": _est(a), "second": _est(b), "ratio": d.ratio(_est(a), _est(b), "倍")}
    names = {
        "region": c.region_id,
        "period": a.period_id,
        "basis_first": a.basis,
        "basis_second": b.basis,
        "first": a.indicator_id,
        "second": b.indicator_id,
    }
    status = "different_bases" if a.basis != b.basis else "not_checkable"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names=names,
        principal="ratio",
        inputs=i.present(),
    )


def rhetoric(c, i: Inputs, t: Lookup) -> Verdict:
    """A campaign phrase (e.g. 时间过半): not a statement about a measurement."""
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        "rhetoric",
        numbers=_time_numbers(c.period_id, i.look),
        names={"region": c.region_id, "period": c.period_id},
    )


def time_share(c, i: Inputs, t: Lookup) -> Verdict:
    """ "N% of the time is gone" (时间过半: over 50%): the share of the year elapsed by the
    period's end, and by the article's publication date when the data know it. Holds only
    when the period's end is past the bound; the publication date is shown beside it."""
    nums = _time_numbers(c.period_id, i.look)
    names = {"region": c.region_id, "period": c.period_id}
    if "time_months" not in nums:
        return _not_checkable(c, i, names=names)
    bound = float(c.bound)
    nums["bound"] = d.exact(bound, "%")
    published, bounds = t.published(c.source_id), t.period_bounds(c.period_id)
    if published is not None and bounds is not None and published.year == bounds[0].year:
        nums["time_published"] = d.time_share(
            bounds[0], published, basis="days", period=c.period_id
        )
        names["published"] = published.isoformat()
    status = "reproduced" if nums["time_months"].value >= bound else "inconsistent"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names=names,
        principal="time_months",
    )


def confirmation(c, i: Inputs, t: Lookup) -> Verdict:
    """A region is big in something (农业大市): its share of the comparator's ``part`` against
    its share of the comparator's ``whole``. A quotient above 1 confirms it."""
    part, whole = i.one("part"), i.one("whole")
    cp = t.find(i.wanted["part"][0].indicator_id, c.comparator_id, i.wanted["part"][0].period_id)
    cw = t.find(i.wanted["whole"][0].indicator_id, c.comparator_id, i.wanted["whole"][0].period_id)
    names = {
        "region": c.region_id,
        "comparator": c.comparator_id,
        "part": i.wanted["part"][0].indicator_id,
        "whole": i.wanted["whole"][0].indicator_id,
        "period": c.period_id,
    }
    if part is None or whole is None or cp is None or cw is None:
        wanted = [
            (x.indicator_id, r, x.period_id)
            for x in (i.wanted["part"][0], i.wanted["whole"][0])
            for r in (c.region_id, c.comparator_id)
        ]
        have = {(o.indicator_id, o.region_id, o.period_id) for o in (part, whole, cp, cw) if o}
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            names=names,
            missing=tuple(w for w in wanted if w not in have),
            inputs=i.present(),
        )
    nums = {
        "part_share": d.ratio(_est(part), _est(cp), "%", scale=100),
        "whole_share": d.ratio(_est(whole), _est(cw), "%", scale=100),
        "region_ratio": d.ratio(_est(part), _est(whole), "%", scale=100),
        "comparator_ratio": d.ratio(_est(cp), _est(cw), "%", scale=100),
    }
    nums["quotient"] = d.ratio(nums["part_share"], nums["whole_share"], "倍")
    q = nums["quotient"]
    independent = "confirms" if q.low > 1 else "contradicts" if q.high < 1 else "silent"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        "not_checkable",
        independent,
        numbers=nums,
        names=names,
        principal="quotient",
        inputs=(part, whole, cp, cw),
    )


def _total(parts: list[Observation], unit: str) -> d.Estimate:
    """The sum of printed parts, with the range their rounding allows."""
    total = _est(parts[0])
    for p in parts[1:]:
        total = d.add(total, _est(p), unit)
    return total


def sum_of_parts(c, i: Inputs, t: Lookup) -> Verdict:
    """Parts against their whole: the sum, and what is left (a breakdown that does not say it
    is exhaustive may fall short; it must not exceed the whole). With every part's share of
    its plan and the whole's, the whole's share is rebuilt from the parts' implied plans."""
    parts, whole = i.complete("part"), i.one("whole")
    if whole is None or parts is None:
        return _not_checkable(c, i, missing=i.missing("part", "whole"))
    total = _total(parts, whole.unit)
    nums = {
        "whole": _est(whole),
        "total": total,
        "rest": d.difference(_est(whole), total, whole.unit),
    }
    names = {"region": c.region_id, "period": whole.period_id}
    shares, whole_share = i.complete("part_share"), i.one("whole_share")
    if shares is not None and whole_share is not None and len(shares) == len(parts):
        plan = d.ratio(_est(parts[0]), _est(shares[0]), whole.unit, scale=100)
        for p, sh in zip(parts[1:], shares[1:]):
            plan = d.add(plan, d.ratio(_est(p), _est(sh), whole.unit, scale=100), whole.unit)
        nums["plan"] = plan
        nums["whole_share"] = _est(whole_share)
        nums["recomputed"] = d.ratio(_est(whole), plan, "%", scale=100)
        status, rule = printing_rule(nums["recomputed"], whole_share)
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            status,
            rounding=rule,
            numbers=nums,
            names=names,
            principal="recomputed",
            inputs=i.present(),
        )
    nd = decimals_of(whole.value_text)  # the sum is held to the whole as printed
    if round_half_up(total.value, nd) == round_half_up(whole.value, nd):
        status = "reproduced"  # the sum is the whole
    elif total.low <= whole.high and whole.low <= total.high:
        status = "consistent_within_rounding"  # the whole, within the parts' rounding
    elif total.value < whole.value:
        status = "reproduced"  # short of the whole: a list that is not exhaustive
    else:
        status = "inconsistent"  # the parts exceed the whole
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names=names,
        principal="total",
        inputs=i.present(),
    )


def change(c, i: Inputs, t: Lookup) -> Verdict:
    """An absolute change on a period (较去年同期增加N): checked against level − base when
    the base is printed, or against the change the printed growth rate implies."""
    level, ch, base, g = i.one("level"), i.one("change"), i.one("base"), i.one("growth")
    if level is None or ch is None:
        return _not_checkable(c, i, missing=i.missing("level", "change"))
    nums = {
        "level": _est(level),
        "change": _est(ch),
        "base": d.difference(_est(level), _est(ch), level.unit),
    }
    names = {"region": c.region_id, "period": level.period_id}
    if base is not None:
        nums["base_stated"] = _est(base)
        nums["recomputed"] = d.difference(_est(level), _est(base), ch.unit)
    elif g is not None:
        nums["growth"] = _est(g)
        nums["recomputed"] = d.difference(
            _est(level), d.implied_base(_est(level), _est(g)), ch.unit
        )
    else:
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            missing=i.missing("base"),
            principal="base",
            inputs=i.present(),
        )
    status, rule = printing_rule(nums["recomputed"], ch)
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        rounding=rule,
        numbers=nums,
        names=names,
        principal="recomputed",
        inputs=i.present(),
    )


def share_change(c, i: Inputs, t: Lookup) -> Verdict:
    """A share moving from A% to B%: the printed change tested against B − A; without one,
    the earlier share rebuilt from the levels and their growth rates and tested against A."""
    before, after, ch = i.one("before"), i.one("after"), i.one("change")
    if before is None or after is None:
        return _not_checkable(c, i, missing=i.missing("before", "after"))
    nums = {
        "before": _est(before),
        "after": _est(after),
        "difference": d.difference(_est(after), _est(before), "百分点"),
    }
    names = {"region": c.region_id, "period": after.period_id}
    if ch is not None:
        nums["change"] = _est(ch)
        status, rule = printing_rule(nums["difference"], ch)
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            status,
            rounding=rule,
            numbers=nums,
            names=names,
            principal="difference",
            inputs=i.present(),
        )
    part, whole = i.one("part"), i.one("whole")
    gp, gw = i.one("part_growth"), i.one("whole_growth")
    if part is None or whole is None or gp is None or gw is None:
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            principal="difference",
            inputs=i.present(),
        )
    nums["recomputed"] = d.ratio(
        d.implied_base(_est(part), _est(gp)), d.implied_base(_est(whole), _est(gw)), "%", scale=100
    )
    status, rule = printing_rule(nums["recomputed"], before)
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        rounding=rule,
        numbers=nums,
        names=names,
        principal="recomputed",
        inputs=i.present(),
    )


def schedule(c, i: Inputs, t: Lookup) -> Verdict:
    """N points ahead of the time schedule (高于时序进度): share of plan minus the share of
    the year elapsed in whole months."""
    share, g = i.one("share"), i.one("gap")
    if share is not None and g is None and c.bound in ("above", "below"):
        return _ahead_of_schedule(c, i, share, t)
    if share is None or g is None:
        return _not_checkable(c, i, missing=i.missing("share", "gap"))
    nums = {"share": _est(share), "gap": _est(g)} | _time_numbers(share.period_id, t)
    names = {"region": c.region_id, "period": share.period_id}
    if "time_months" not in nums:
        return Verdict(
            c.claim_id,
            c.source_id,
            c.kind,
            "not_checkable",
            numbers=nums,
            names=names,
            inputs=i.present(),
        )
    nums["recomputed"] = d.difference(nums["share"], nums["time_months"], g.unit)
    status, rule = printing_rule(nums["recomputed"], g)
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        rounding=rule,
        numbers=nums,
        names=names,
        principal="recomputed",
        inputs=i.present(),
    )


def _ahead_of_schedule(c, i: Inputs, share: Observation, t: Lookup) -> Verdict:
    """超过时间进度 with no distance printed: the share of plan against the share of the year
    elapsed, as an inequality (``bound`` above or below) within the share's rounding."""
    nums = {"share": _est(share)} | _time_numbers(share.period_id, t)
    names = {"region": c.region_id, "period": share.period_id}
    if "time_months" not in nums:
        return _not_checkable(c, i, missing=(("time_months", share.period_id),))
    nums["recomputed"] = d.difference(nums["share"], nums["time_months"], "百分点")
    time = nums["time_months"].value
    above = c.bound == "above"
    if (share.low > time) if above else (share.high < time):
        status = "reproduced"
    elif (share.high > time) if above else (share.low < time):
        status = "consistent_within_rounding"
    else:
        status = "inconsistent"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names=names,
        principal="recomputed",
        inputs=i.present(),
    )


# --- relations the genre states between growth rates, shares and levels ------------------


def _tested(c, i: Inputs, computed: d.Estimate, printed: Observation, nums: dict, names: dict):
    """A verdict on ``printed`` against ``computed`` under the printing rules."""
    nums["printed"] = _est(printed)
    nums["recomputed"] = computed
    status, rule = printing_rule(computed, printed)
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        rounding=rule,
        numbers=nums,
        names=names,
        principal="recomputed",
        inputs=i.present(),
    )


def _rate(o: Observation) -> d.Estimate:
    """A growth rate in percent: 增长1.3倍 is an increase of 130%."""
    e = _est(o)
    if o.unit != "倍":
        return e
    return d.through(lambda x: 100 * x, [e], "%", e.formula, f"{o.value_text} × 100%")


def _pct(o: Observation) -> str:
    """A growth rate as printed, in percent (1.3倍 -> 130%)."""
    return f"{o.value * 100:g}%" if o.unit == "倍" else f"{o.value_text}%"


def _one_plus(g: Observation) -> str:
    """1 + a growth rate, as printed (1 + 14.4%, 1 − 5.3%)."""
    rate = _pct(g)
    return f"1 − {rate[1:]}" if rate.startswith("-") else f"1 + {rate}"


def _base_of(level: float, growth: float) -> float:
    return level / (1 + growth / 100)


def two_year_average(c, i: Inputs, t: Lookup) -> Verdict:
    """两年平均增长 N%: the geometric mean of two years' growth, √(1 + g₂ᵧ) − 1 from the
    growth over the same period two years earlier, or √((1 + g₁)(1 + g₂)) − 1 from the two
    yearly rates."""
    avg, over = i.one("average"), i.one("over_two_years")
    first, second = i.one("first"), i.one("second")
    if avg is None or (over is None and (first is None or second is None)):
        return _not_checkable(c, i, missing=i.missing("average", "over_two_years"))
    names = {"region": c.region_id, "period": avg.period_id}
    nums: dict[str, d.Estimate] = {"average": _est(avg)}
    if over is not None:
        nums["over_two_years"] = _est(over)
        computed = d.through(
            lambda g: 100 * ((1 + g / 100) ** 0.5 - 1),
            [_est(over)],
            "%",
            f"√(1 + {over.indicator_id}) − 1",
            f"√(1 + {over.value_text}%) − 1",
        )
    else:
        assert first is not None and second is not None
        nums["first"], nums["second"] = _est(first), _est(second)
        computed = d.through(
            lambda a, b: 100 * (((1 + a / 100) * (1 + b / 100)) ** 0.5 - 1),
            [_est(first), _est(second)],
            "%",
            f"√((1 + {first.indicator_id})(1 + {second.indicator_id})) − 1",
            f"√((1 + {first.value_text}%) × (1 + {second.value_text}%)) − 1",
        )
    return _tested(c, i, computed, avg, nums, names)


def _part_and_whole(i: Inputs):
    """(part, its growth, whole, its growth, their estimates, part and whole as printed) for
    the relations between a part's growth and its whole's. Every one of them depends on
    the levels only through P/W, so a printed share of the whole (占全部投资的65.4%) stands
    for the levels: P = the share, W = 100."""
    part, gp, whole, gw = (i.one(r) for r in ("part", "part_growth", "whole", "whole_growth"))
    share = i.one("share")
    if gp is None or gw is None:
        return None
    if part is not None and whole is not None:
        ests = [_est(part), _rate(gp), _est(whole), _rate(gw)]
        return part, gp, whole, gw, ests, part.value_text, whole.value_text
    if share is None:
        return None
    outer = i.one("outer_share")
    if outer is None:
        ests = [_est(share), _rate(gp), d.exact(100, "%"), _rate(gw)]
        return share, gp, None, gw, ests, f"{share.value_text}%", "100%"
    # a share of a whole that is itself a share of the whole meant: their product
    chained = d.through(
        lambda a, b: a * b / 100,
        [_est(share), _est(outer)],
        "%",
        f"{share.indicator_id} × {outer.indicator_id}",
        f"{share.value_text}% × {outer.value_text}%",
    )
    ests = [chained, _rate(gp), d.exact(100, "%"), _rate(gw)]
    return share, gp, None, gw, ests, f"({share.value_text}% × {outer.value_text}%)", "100%"


def pull(c, i: Inputs, t: Lookup) -> Verdict:
    """拉动 N个百分点: the part's increase over the whole's level a year earlier,
    100·(P − P/(1+gₚ)) ÷ (W/(1+g_w)), i.e. the prior share times the part's growth; or a
    printed contribution rate times the whole's growth."""
    pulled = i.one("pull")
    names = {"region": c.region_id}
    contribution, whole_growth = i.one("contribution"), i.one("whole_growth")
    if pulled is not None and contribution is not None and whole_growth is not None:
        names["period"] = pulled.period_id
        nums = {"contribution": _est(contribution), "whole_growth": _est(whole_growth)}
        computed = d.through(
            lambda cr, g: cr * g / 100,
            [_est(contribution), _est(whole_growth)],
            "百分点",
            f"{contribution.indicator_id} × {whole_growth.indicator_id}",
            f"{contribution.value_text}% × {whole_growth.value_text}%",
        )
        return _tested(c, i, computed, pulled, nums, names)
    pw = _part_and_whole(i)
    if pulled is None or pw is None:
        return _not_checkable(c, i, missing=i.missing("pull", "part", "whole"))
    part, gp, whole, gw, ests, pt, wt = pw
    names["period"] = pulled.period_id
    computed = d.through(
        lambda p, a, w, b: 100 * (p - _base_of(p, a)) / _base_of(w, b),
        ests,
        "百分点",
        "(P − P/(1+gₚ)) ÷ (W/(1+g_w))",
        f"({pt} − {pt} ÷ ({_one_plus(gp)})) ÷ ({wt} ÷ ({_one_plus(gw)})) × 100",
    )
    nums = dict(zip(("part", "part_growth", "whole", "whole_growth"), ests))
    return _tested(c, i, computed, pulled, nums, names)


def contribution(c, i: Inputs, t: Lookup) -> Verdict:
    """贡献率 N%: the part's increase over the whole's increase,
    100·(P − P/(1+gₚ)) ÷ (W − W/(1+g_w))."""
    stated, pw = i.one("stated"), _part_and_whole(i)
    if stated is None or pw is None:
        return _not_checkable(c, i, missing=i.missing("stated", "part", "whole"))
    part, gp, whole, gw, ests, pt, wt = pw
    computed = d.through(
        lambda p, a, w, b: 100 * (p - _base_of(p, a)) / (w - _base_of(w, b)),
        ests,
        "%",
        "(P − P/(1+gₚ)) ÷ (W − W/(1+g_w))",
        f"({pt} − {pt} ÷ ({_one_plus(gp)})) ÷ ({wt} − {wt} ÷ ({_one_plus(gw)})) × 100",
    )
    nums = dict(zip(("part", "part_growth", "whole", "whole_growth"), ests))
    return _tested(
        c, i, computed, stated, nums, {"region": c.region_id, "period": stated.period_id}
    )


def aggregate_growth(c, i: Inputs, t: Lookup) -> Verdict:
    """The whole's growth from its parts' levels and growth rates: this period's total over
    the sum of the parts' levels a year earlier. The total is the printed whole when there
    is one, else the sum of the parts."""
    parts, rates, stated = i.complete("part"), i.complete("part_growth"), i.one("growth")
    if parts is None or rates is None or stated is None or len(parts) != len(rates):
        return _not_checkable(c, i, missing=i.missing("part", "part_growth", "growth"))
    whole = i.one("whole")
    n = len(parts)
    args = [_est(o) for o in parts] + [_rate(o) for o in rates]
    if whole is not None:
        args.append(_est(whole))

    def fn(*xs: float) -> float:
        total = xs[2 * n] if whole is not None else sum(xs[:n])
        return 100 * (total / sum(_base_of(xs[k], xs[n + k]) for k in range(n)) - 1)

    expr = " + ".join(f"{p.value_text} ÷ ({_one_plus(g)})" for p, g in zip(parts, rates))
    top = whole.value_text if whole is not None else " + ".join(p.value_text for p in parts)
    computed = d.through(fn, args, "%", "Σ P ÷ Σ P/(1+g) − 1", f"({top}) ÷ ({expr}) − 1")
    if stated.unit == "倍":  # printed as a multiple (增长3.94倍): held to it as printed
        computed = d.through(lambda x: x / 100, [computed], "倍", computed.formula, computed.expr)
    nums = {"growth": _est(stated)} | ({"whole": _est(whole)} if whole is not None else {})
    return _tested(
        c, i, computed, stated, nums, {"region": c.region_id, "period": stated.period_id}
    )


def share_shift(c, i: Inputs, t: Lookup) -> Verdict:
    """A share's change in points (比重提高N个百分点) when the text prints the part's and
    the whole's levels and growth rates: this year's share less the share a year earlier,
    100·P/W − 100·(P/(1+gₚ)) ÷ (W/(1+g_w)); without a printed change, the earlier share
    itself is tested when it is printed."""
    pw, ch, before = _part_and_whole(i), i.one("change"), i.one("before")
    if pw is None or (ch is None and before is None):
        return _not_checkable(c, i, missing=i.missing("part", "whole", "change"))
    part, gp, whole, gw, ests, pt, wt = pw
    nums = dict(zip(("part", "part_growth", "whole", "whole_growth"), ests))
    names = {"region": c.region_id, "period": part.period_id}
    prior = f"({pt} ÷ ({_one_plus(gp)})) ÷ ({wt} ÷ ({_one_plus(gw)})) × 100"
    if ch is not None:
        computed = d.through(
            lambda p, a, w, b: 100 * p / w - 100 * _base_of(p, a) / _base_of(w, b),
            ests,
            "百分点",
            "P/W − (P/(1+gₚ)) ÷ (W/(1+g_w))",
            f"{pt} ÷ {wt} × 100 − {prior}",
        )
        return _tested(c, i, computed, ch, nums, names)
    assert before is not None
    computed = d.through(
        lambda p, a, w, b: 100 * _base_of(p, a) / _base_of(w, b),
        ests,
        "%",
        "(P/(1+gₚ)) ÷ (W/(1+g_w))",
        prior,
    )
    return _tested(c, i, computed, before, nums, names)


def breakdown(c, i: Inputs, t: Lookup) -> Verdict:
    """Parts that make up their whole exhaustively (the three industries, exports and
    imports, a structure 5∶45∶50): their sum is the whole (or the ``bound``, 100 for
    shares), tested at the whole's printed decimals, within the parts' rounding."""
    parts, whole = i.complete("part"), i.one("whole")
    if parts is None or (whole is None and not c.bound):
        return _not_checkable(c, i, missing=i.missing("part", "whole"))
    total = _total(parts, parts[0].unit)
    nums = {"total": total}
    names = {"region": c.region_id, "period": parts[0].period_id}
    if whole is not None:
        nums["whole"] = _est(whole)
        nums["rest"] = d.difference(_est(whole), total, whole.unit)
        return _tested(c, i, total, whole, nums, names)
    bound = float(c.bound)
    nums["bound"] = d.exact(bound, parts[0].unit)
    nd = max(decimals_of(p.value_text) for p in parts)
    if round_half_up(total.value, nd) == bound:
        status = "reproduced"
    elif total.low - 1e-9 <= bound <= total.high + 1e-9:
        status = "consistent_within_rounding"
    else:
        status = "inconsistent"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names=names,
        principal="total",
        inputs=i.present(),
    )


def listed(c, i: Inputs, t: Lookup) -> Verdict:
    """N个市……分别为: A、B、C: a count against the number of names the text lists after it
    (``bound``; counts are exact)."""
    count = i.one("count")
    if count is None or not c.bound:
        return _not_checkable(c, i, missing=i.missing("count"))
    n = float(c.bound)
    nums = {"count": _est(count), "listed": d.exact(n, count.unit)}
    status = "reproduced" if count.low <= n <= count.high else "inconsistent"
    return Verdict(
        c.claim_id,
        c.source_id,
        c.kind,
        status,
        numbers=nums,
        names={"region": c.region_id, "period": count.period_id},
        principal="listed",
        inputs=i.present(),
    )


KINDS: dict[str, Callable[..., Verdict]] = {
    "share_of_plan": share_of_plan,
    "gap": gap,
    "growth": growth,
    "ratio": ratio,
    "subset": subset,
    "threshold": threshold,
    "rank": rank,
    "hedged": hedged,
    "across_bases": across_bases,
    "rhetoric": rhetoric,
    "time_share": time_share,
    "confirmation": confirmation,
    "sum": sum_of_parts,
    "change": change,
    "share_change": share_change,
    "schedule": schedule,
    "two_year_average": two_year_average,
    "pull": pull,
    "contribution": contribution,
    "aggregate_growth": aggregate_growth,
    "share_shift": share_shift,
    "breakdown": breakdown,
    "listed": listed,
}


def calendar_year(t: Tables, period: str, offset: int = 0) -> str | None:
    """The id of the calendar year ``offset`` years after the one ``period`` ends in, when
    periods.csv has it."""
    p = t.row("periods", period)
    return t.year_period(p["end"].year + offset) if p is not None else None


def year_earlier(t: Tables, period: str) -> str:
    """The id of the same period one year earlier, or "" when periods.csv has none."""
    import pandas as pd

    p = t.known("periods", period, "period")
    year = pd.DateOffset(years=1)
    hit = t.rows(
        "periods",
        start=(p["start"] - year).date().isoformat(),
        end=(p["end"] - year).date().isoformat(),
    )
    return str(hit[0]["period_id"]) if hit else ""


# --- the engine ----------------------------------------------------------------------


def articles(data: DataArg = None) -> list[str]:
    """Source ids that have claims (the articles), in the order the claims table lists them."""
    from ..access.tables import load_tables

    return list(dict.fromkeys(load_tables(data).claims["source_id"]))


def check_claims(source: str | None = None, data: DataArg = None) -> list[Verdict]:
    """Check every claim of ``source`` (an article id), or of all articles when None.

    What a report reads here is the verdicts themselves (the derived slice ``("verdicts",
    source)``), not the figures and rows the engine looked at to reach them: an article's
    pages are rebuilt when one of its verdicts changes, whatever moved it (a figure, a
    period, another article's claim it is cross-checked against), and only then."""
    return list(_verdicts(source or "", data=data))


@reads.derived("verdicts")
def _verdicts(source: str, data: DataArg = None) -> tuple[Verdict, ...]:
    """The verdicts of ``source``'s claims ("": of every article), in claims.csv order."""
    from ..access.tables import load_tables

    t = load_tables(data)
    if source and not t.has("claims", source_id=source):
        from ..access.errors import UnknownNameError

        raise UnknownNameError("source", source, articles(data))
    return tuple(v for v in _check_all(t, data) if not source or v.source_id == source)


@reads.derived("independent")
def independent_verdicts(year: str, data: DataArg = None) -> tuple[Verdict, ...]:
    """Every article's verdicts on claims about the calendar year ``year`` (their period
    ends in it) that an independent source confirms or contradicts, in claims.csv order
    (recorded as such: a claim of another year, or one no other source speaks to, leaves
    it as it is)."""
    from ..access.tables import load_tables

    t = load_tables(data)

    def in_year(v: Verdict) -> bool:
        period = t.known("claims", v.claim_id, "claim")["period_id"]
        return int(t.known("periods", period, "period")["end"].year) == int(year)

    return tuple(v for v in _check_all(t, data) if v.independent != "silent" and in_year(v))


@lru_cache(maxsize=8)
def _check_all_cached(t: Tables, data_key: str | None) -> tuple[Verdict, ...]:
    return tuple(evaluate(t.claims.itertuples(index=False), TablesLookup(data_key)))


def _check_all(t: Tables, data: DataArg) -> tuple[Verdict, ...]:
    """Every claim checked (once per data state: only a derived slice's work calls it, so
    no read it makes is recorded, nor lost to the cache)."""
    return _check_all_cached(t, None if data is None else str(data))


def evaluate(claims, look: Lookup) -> list[Verdict]:
    """Check claims (rows with the claims table's columns) against what ``look`` holds:
    the one place every claim, from ``data/`` or from an article being read, is checked."""
    prepared = [(c, Inputs(parse_inputs(c.inputs, c.region_id, c.period_id), look)) for c in claims]
    # what each gap implies, and for which period, so gaps on the same comparator cross-check
    implied = [
        (c, d.difference(_est(v), _est(g), v.unit), v.period_id)
        for c, i in prepared
        if c.kind == "gap" and (v := i.one("value")) is not None and (g := i.one("gap")) is not None
    ]
    from .plausibility import assess, flow

    def check(c, i: Inputs) -> Verdict:
        try:
            return (
                KINDS[c.kind](c, i, look, implied) if c.kind == "gap" else KINDS[c.kind](c, i, look)
            )
        except d.UndefinedRatio:
            # (0个占0%: a claim whose arithmetic divides by a printed zero is not checkable,
            # never a crash of the whole check)
            return _not_checkable(c, i)

    return flow([assess(check(c, i), look) for c, i in prepared])


#: how an article's claims are counted, the same everywhere (its pages' chart, the index,
#: the explorer): per status, with a reproduced part no larger than its whole ("trivial",
#: see :func:`is_trivial`: true, and no finding) counted apart, right after reproduced
TALLY: tuple[str, ...] = (Status.REPRODUCED.value, "trivial", *(s.value for s in STATUSES[1:]))


def tally_key(status: str, trivial: bool) -> str:
    """The :data:`TALLY` count a claim goes into."""
    return "trivial" if trivial else status


def summarize(verdicts: list[Verdict]) -> dict[str, int]:
    """Number of claims per :data:`TALLY` key, every key listed (in that order)."""
    keys = [tally_key(v.status, is_trivial(v)) for v in verdicts]
    return {k: keys.count(k) for k in TALLY}


@dataclass(frozen=True)
class Headline:
    """An article's claims counted by what settled them: its own numbers (the arithmetic
    checks, trivial part-of-whole relations apart), nothing (different bases, not
    checkable, slogans), independent sources, and the region's scale."""

    total: int
    checked: dict[str, int]  # status -> count, over the statuses in CHECKED
    trivial: int  # a part no larger than its whole: holds, and says little
    unsettled: dict[str, int]  # different_bases, not_checkable, rhetoric
    confirms: int
    contradicts: int
    scale_tested: int
    implausible: int


def is_trivial(v: Verdict) -> bool:
    """A reproduced part-of-whole relation that holds with room to spare (66 ≤ 79): true,
    and no finding. A sum that equals its whole, or a rebuilt share, is a real check."""
    if v.status != Status.REPRODUCED or v.kind not in ("subset", "sum"):
        return False
    rest = v.numbers.get("rest")
    return "recomputed" not in v.numbers and rest is not None and rest.low > 0


def headline(verdicts: list[Verdict]) -> Headline:
    checked = [v for v in verdicts if v.status in CHECKED and not is_trivial(v)]
    return Headline(
        total=len(verdicts),
        checked={s: n for s in CHECKED if (n := sum(v.status == s for v in checked))},
        trivial=sum(is_trivial(v) for v in verdicts),
        unsettled={
            s: n
            for s in (Status.DIFFERENT_BASES, Status.NOT_CHECKABLE, Status.RHETORIC)
            if (n := sum(v.status == s for v in verdicts))
        },
        confirms=sum(v.independent == Independent.CONFIRMS for v in verdicts),
        contradicts=sum(v.independent == Independent.CONTRADICTS for v in verdicts),
        scale_tested=sum(v.plausibility != Plausibility.UNTESTED for v in verdicts),
        implausible=sum(v.plausibility == Plausibility.IMPLAUSIBLE for v in verdicts),
    )


def claim_sources(claim_id: str, data: DataArg = None) -> list[str]:
    """The sources a claim's verdict rests on: its article, then every other source of the
    observations it used."""
    v = next(v for v in check_claims(None, data) if v.claim_id == claim_id)
    return _sources_of([v], v.source_id)


def sources_used(source: str, data: DataArg = None) -> list[str]:
    """Every source an article's claims check draws on, the article first."""
    return _sources_of(check_claims(source, data), source)


def _sources_of(verdicts, first: str) -> list[str]:
    """``first``, then every source of the observations the verdicts used, each once."""
    return list(dict.fromkeys([first, *(o.source_id for v in verdicts for o in v.inputs)]))
