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

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import pandas as pd

from ..access.observations import DataArg, Observation, find, stated_range
from ..access.schema import ClaimInput, parse_inputs
from ..access.tables import Tables, load_tables
from . import derived as d
from .rounding import decimals_of, round_half_up, truncate

STATUSES = ("reproduced", "consistent_within_rounding", "consistent_if_truncated",
            "inconsistent", "different_bases", "not_checkable", "rhetoric")
INDEPENDENT = ("confirms", "contradicts", "silent")
#: Statuses a careful reader must hear about first, most serious first.
SEVERITY = ("inconsistent", "different_bases", "consistent_if_truncated",
            "consistent_within_rounding", "rhetoric", "not_checkable", "reproduced")


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


class Inputs:
    """A claim's observations by role (absent ones are None)."""

    def __init__(self, inputs: list[ClaimInput], data: DataArg):
        self.data = data
        self.by_role: dict[str, list[Observation | None]] = {}
        self.wanted: dict[str, list[ClaimInput]] = {}
        for inp in inputs:
            self.by_role.setdefault(inp.role, []).append(
                find(inp.indicator_id, inp.region_id, inp.period_id, data))
            self.wanted.setdefault(inp.role, []).append(inp)

    def one(self, role: str) -> Observation | None:
        return (self.by_role.get(role) or [None])[0]

    def all(self, role: str) -> list[Observation | None]:
        return self.by_role.get(role, [])

    def missing(self, *roles: str) -> tuple[tuple[str, str, str], ...]:
        return tuple((i.indicator_id, i.region_id, i.period_id) for r in roles
                     for i, o in zip(self.wanted.get(r, []), self.by_role.get(r, []))
                     if o is None)

    def present(self) -> tuple[Observation, ...]:
        return tuple(o for obs in self.by_role.values() for o in obs if o is not None)


def _est(o: Observation) -> d.Estimate:
    return d.stated(o)


def printing_rule(computed: d.Estimate, printed: Observation,
                  convention: str | None = None) -> tuple[str, str]:
    """Status and fitting rule for a printed figure against the value recomputed from others.

    The printed figure is tested under half-up rounding and under truncation at its own
    decimals; the publisher's convention, when known (``convention``, by default the printed
    figure's source's), restricts the test to one rule. Otherwise ranges that merely
    overlap are consistent within rounding.
    """
    if convention is None:
        convention = printed.rounding
    nd = decimals_of(printed.value_text)
    low, high = stated_range(printed.value, 0.5 * 10.0 ** -nd, "", convention, printed.unit)
    half_up = round_half_up(computed.value, nd) == printed.value
    trunc = truncate(computed.value, nd) == printed.value
    rule = {(True, True): "both", (True, False): "half_up", (False, True): "truncate",
            (False, False): "neither"}[half_up, trunc]
    if half_up and convention != "truncate":
        return "reproduced", rule
    if trunc and convention != "half_up":
        return ("reproduced" if convention == "truncate" else "consistent_if_truncated"), rule
    overlap = computed.low <= high and low <= computed.high
    return ("consistent_within_rounding" if overlap else "inconsistent"), rule


def _overlap_status(a: d.Estimate, b: d.Estimate) -> str:
    if round(a.value, 9) == round(b.value, 9):
        return "reproduced"
    return "consistent_within_rounding" if a.low <= b.high and b.low <= a.high else "inconsistent"


def _not_checkable(c, inputs: Inputs, **kw) -> Verdict:
    return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", inputs=inputs.present(), **kw)


def _time_numbers(period: str, data: DataArg) -> dict[str, d.Estimate]:
    """Share of the year elapsed by the period's end, on a month and on a day basis."""
    try:
        return {"time_months": d.time_elapsed(period, data, basis="months"),
                "time_days": d.time_elapsed(period, data, basis="days")}
    except ValueError:  # the period does not start on 1 January of one year
        return {}


# --- the kinds ---------------------------------------------------------------------

def share_of_plan(c, i: Inputs, t: Tables) -> Verdict:
    """N% of the annual plan -> the implied plan (a range); checked when the plan is printed."""
    amount, share, plan = i.one("amount"), i.one("share"), i.one("plan")
    if amount is None or share is None:
        return _not_checkable(c, i, missing=i.missing("amount", "share"))
    nums = {"amount": _est(amount), "share": _est(share),
            "plan": d.ratio(_est(amount), _est(share), amount.unit, scale=100)}
    nums |= _time_numbers(share.period_id, i.data)
    if "time_months" in nums:
        nums["ahead"] = d.difference(nums["share"], nums["time_months"], "百分点")
    names = {"region": c.region_id, "period": share.period_id}
    if plan is None:
        return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", numbers=nums,
                       names=names, missing=i.missing("plan"), principal="plan",
                       inputs=i.present())
    nums["plan_stated"] = _est(plan)
    nums["recomputed"] = d.ratio(_est(amount), _est(plan), "%", scale=100)
    status, rule = printing_rule(nums["recomputed"], share)
    return Verdict(c.claim_id, c.source_id, c.kind, status, rounding=rule, numbers=nums,
                   names=names, principal="recomputed", inputs=i.present())


def gap(c, i: Inputs, t: Tables, others: list) -> Verdict:
    """"N points above X" -> X's implied value; checked against X's printed value when the
    data hold it, and against every other gap that implies the same X."""
    value, g = i.one("value"), i.one("gap")
    if value is None or g is None:
        return _not_checkable(c, i, missing=i.missing("value", "gap"))
    implied = d.difference(_est(value), _est(g), value.unit)
    nums = {"value": _est(value), "gap": _est(g), "implied": implied}
    names = {"region": c.region_id, "comparator": c.comparator_id, "measure": c.measure,
             "period": value.period_id}
    actual = find(c.measure, c.comparator_id, value.period_id, i.data)
    if actual is not None:
        nums["comparator_stated"] = _est(actual)
        recomputed = d.difference(_est(value), _est(actual), g.unit)
        nums["recomputed"] = recomputed
        status, rule = printing_rule(recomputed, g)
        independent = "silent"
        if actual.source_id != c.source_id:
            independent = "confirms" if status != "inconsistent" else "contradicts"
        return Verdict(c.claim_id, c.source_id, c.kind, status, independent, rule, nums, names,
                       principal="implied", inputs=i.present() + (actual,))
    same = [(o, est) for o, est, period in others if o.claim_id != c.claim_id
            and (o.comparator_id, o.measure, period)
            == (c.comparator_id, c.measure, value.period_id)]
    if not same:
        return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", numbers=nums,
                       names=names, missing=((c.measure, c.comparator_id, value.period_id),),
                       principal="implied", inputs=i.present())
    other_claim, other = same[0]
    nums["cross"] = other
    names["cross_claim"] = other_claim.claim_id
    status = _overlap_status(implied, other)
    return Verdict(c.claim_id, c.source_id, c.kind, status, numbers=nums, names=names,
                   principal="implied", inputs=i.present())


def growth(c, i: Inputs, t: Tables) -> Verdict:
    """Level, up N% -> the implied level a year earlier; checked when that level is printed."""
    level, g, base = i.one("level"), i.one("growth"), i.one("base")
    if level is None or g is None:
        return _not_checkable(c, i, missing=i.missing("level", "growth"))
    implied = d.implied_base(_est(level), _est(g))
    nums = {"level": _est(level), "growth": _est(g), "base": implied,
            "increase": d.difference(_est(level), implied, level.unit)}
    names = {"region": c.region_id, "period": level.period_id}
    if base is None:
        earlier = year_earlier(t, level.period_id)
        names["base_period"] = earlier
        return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", numbers=nums,
                       names=names, missing=i.missing("base") or
                       ((level.indicator_id, c.region_id, earlier),),
                       principal="base", inputs=i.present())
    nums["base_stated"] = _est(base)
    nums["recomputed"] = d.growth_between(_est(base), _est(level))
    status, rule = printing_rule(nums["recomputed"], g)
    return Verdict(c.claim_id, c.source_id, c.kind, status, rounding=rule, numbers=nums,
                   names=names, principal="recomputed", inputs=i.present())


def ratio(c, i: Inputs, t: Tables) -> Verdict:
    """a / b; when the claim prints it (as N%), the printed figure is tested under both rules."""
    part, whole, stated = i.one("part"), i.one("whole"), i.one("stated")
    if part is None or whole is None:
        return _not_checkable(c, i, missing=i.missing("part", "whole"))
    percent = part.unit == whole.unit or (stated is not None and stated.unit == "%")
    computed = d.ratio(_est(part), _est(whole), "%" if percent else f"{part.unit}/{whole.unit}",
                       scale=100 if percent else 1)
    nums = {"part": _est(part), "whole": _est(whole), "computed": computed}
    names = {"region": c.region_id, "period": part.period_id}
    if stated is None:
        return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", numbers=nums,
                       names=names, principal="computed", inputs=i.present())
    nums["stated"] = _est(stated)
    nd = decimals_of(stated.value_text)
    nums["rounded"] = d.exact(round_half_up(computed.value, nd), "%")
    nums["truncated"] = d.exact(truncate(computed.value, nd), "%")
    status, rule = printing_rule(computed, stated)
    return Verdict(c.claim_id, c.source_id, c.kind, status, rounding=rule, numbers=nums,
                   names=names, principal="computed", inputs=i.present())


def subset(c, i: Inputs, t: Tables) -> Verdict:
    """a is part of b, so a ≤ b; the share a/b and the remainder b − a."""
    part, whole = i.one("part"), i.one("whole")
    if part is None or whole is None:
        return _not_checkable(c, i, missing=i.missing("part", "whole"))
    nums = {"part": _est(part), "whole": _est(whole),
            "share": d.ratio(_est(part), _est(whole), "%", scale=100),
            "rest": d.difference(_est(whole), _est(part), whole.unit)}
    if part.high <= whole.low:
        status = "reproduced"
    elif part.low <= whole.high:
        status = "consistent_within_rounding"
    else:
        status = "inconsistent"
    return Verdict(c.claim_id, c.source_id, c.kind, status, numbers=nums,
                   names={"region": c.region_id, "period": part.period_id}, principal="share",
                   inputs=i.present())


def threshold(c, i: Inputs, t: Tables) -> Verdict:
    """Every figure is above a bound (任务过半: > 50); with the share of the year elapsed."""
    figures = i.all("figure")
    if any(f is None for f in figures):
        return _not_checkable(c, i, missing=i.missing("figure"))
    bound = float(c.bound)
    nums = {f"figure_{n}": _est(f) for n, f in enumerate(figures, start=1)}
    nums["bound"] = d.exact(bound, figures[0].unit)
    nums |= _time_numbers(figures[0].period_id, i.data)
    if "time_months" in nums:
        for n, f in enumerate(figures, start=1):
            nums[f"ahead_{n}"] = d.difference(_est(f), nums["time_months"], "百分点")
    if all(f.low > bound for f in figures):
        status = "reproduced"
    elif all(f.high > bound for f in figures):
        status = "consistent_within_rounding"
    else:
        status = "inconsistent"
    return Verdict(c.claim_id, c.source_id, c.kind, status, numbers=nums,
                   names={"region": c.region_id, "period": figures[0].period_id},
                   inputs=i.present())


def rank(c, i: Inputs, t: Tables) -> Verdict:
    """Nth among the comparator's units: rebuilt from the peers' values when the data hold
    all of them; otherwise not checkable, naming the series that would settle it."""
    r = i.one("rank")
    if r is None:
        return _not_checkable(c, i, missing=i.missing("rank"))
    parent = c.comparator_id or _parent(t, c.region_id)
    peers = list(t.regions.loc[t.regions["parent_id"] == parent, "region_id"])
    nums = {"rank": _est(r), "peers": d.exact(len(peers), "")}
    names = {"region": c.region_id, "comparator": parent, "measure": c.measure,
             "period": r.period_id}
    if not c.measure:
        return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", numbers=nums,
                       names=names, principal="rank", inputs=i.present())
    values = {p: find(c.measure, p, r.period_id, i.data) for p in peers}
    have = [p for p, o in values.items() if o is not None]
    nums["have"] = d.exact(len(have), "")
    if len(have) < len(peers) or c.region_id not in have:
        return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", numbers=nums,
                       names=names, missing=((c.measure, parent, r.period_id),),
                       principal="rank", inputs=i.present())
    own = values[c.region_id].value
    computed = 1 + sum(o.value > own for o in values.values())
    nums["computed"] = d.exact(computed, r.unit)
    status = "reproduced" if computed == r.value else "inconsistent"
    return Verdict(c.claim_id, c.source_id, c.kind, status, numbers=nums, names=names,
                   principal="computed", inputs=i.present() + tuple(values[p] for p in have))


def hedged(c, i: Inputs, t: Tables) -> Verdict:
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
    return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", independent,
                   numbers=nums, names=names, principal="figure", inputs=i.present())


def across_bases(c, i: Inputs, t: Tables) -> Verdict:
    """Two figures printed side by side: their ratio, and whether their bases differ."""
    a, b = i.one("first"), i.one("second")
    if a is None or b is None:
        return _not_checkable(c, i, missing=i.missing("first", "second"))
    nums = {"first": _est(a), "second": _est(b), "ratio": d.ratio(_est(a), _est(b), "倍")}
    names = {"region": c.region_id, "period": a.period_id, "basis_first": a.basis,
             "basis_second": b.basis, "first": a.indicator_id, "second": b.indicator_id}
    status = "different_bases" if a.basis != b.basis else "not_checkable"
    return Verdict(c.claim_id, c.source_id, c.kind, status, numbers=nums, names=names,
                   principal="ratio", inputs=i.present())


def rhetoric(c, i: Inputs, t: Tables) -> Verdict:
    """A campaign phrase (e.g. 时间过半): not a statement about a measurement."""
    return Verdict(c.claim_id, c.source_id, c.kind, "rhetoric",
                   numbers=_time_numbers(c.period_id, i.data),
                   names={"region": c.region_id, "period": c.period_id})


def confirmation(c, i: Inputs, t: Tables) -> Verdict:
    """A region is big in something (农业大市): its share of the comparator's ``part`` against
    its share of the comparator's ``whole``. A quotient above 1 confirms it."""
    part, whole = i.one("part"), i.one("whole")
    cp = find(i.wanted["part"][0].indicator_id, c.comparator_id, i.wanted["part"][0].period_id,
              i.data)
    cw = find(i.wanted["whole"][0].indicator_id, c.comparator_id,
              i.wanted["whole"][0].period_id, i.data)
    names = {"region": c.region_id, "comparator": c.comparator_id,
             "part": i.wanted["part"][0].indicator_id, "whole": i.wanted["whole"][0].indicator_id,
             "period": c.period_id}
    if None in (part, whole, cp, cw):
        wanted = [(x.indicator_id, r, x.period_id) for x in (i.wanted["part"][0],
                  i.wanted["whole"][0]) for r in (c.region_id, c.comparator_id)]
        have = {(o.indicator_id, o.region_id, o.period_id) for o in (part, whole, cp, cw) if o}
        return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", names=names,
                       missing=tuple(w for w in wanted if w not in have), inputs=i.present())
    nums = {"part_share": d.ratio(_est(part), _est(cp), "%", scale=100),
            "whole_share": d.ratio(_est(whole), _est(cw), "%", scale=100),
            "region_ratio": d.ratio(_est(part), _est(whole), "%", scale=100),
            "comparator_ratio": d.ratio(_est(cp), _est(cw), "%", scale=100)}
    nums["quotient"] = d.ratio(nums["part_share"], nums["whole_share"], "倍")
    q = nums["quotient"]
    independent = "confirms" if q.low > 1 else "contradicts" if q.high < 1 else "silent"
    return Verdict(c.claim_id, c.source_id, c.kind, "not_checkable", independent, numbers=nums,
                   names=names, principal="quotient", inputs=(part, whole, cp, cw))


KINDS: dict[str, Callable[..., Verdict]] = {
    "share_of_plan": share_of_plan, "gap": gap, "growth": growth, "ratio": ratio,
    "subset": subset, "threshold": threshold, "rank": rank, "hedged": hedged,
    "across_bases": across_bases, "rhetoric": rhetoric, "confirmation": confirmation,
}


def year_earlier(t: Tables, period: str) -> str:
    """The id of the same period one year earlier, or "" when periods.csv has none."""
    p = t.periods.set_index("period_id")
    start, end = p.loc[period, "start"], p.loc[period, "end"]
    hit = p[(p["start"] == start - pd.DateOffset(years=1)) & (p["end"] == end - pd.DateOffset(years=1))]
    return hit.index[0] if len(hit) else ""


def _parent(t: Tables, region: str) -> str:
    regions = t.regions.set_index("region_id")
    return regions.loc[region, "parent_id"] if region in regions.index else ""


# --- the engine ----------------------------------------------------------------------

def articles(data: DataArg = None) -> list[str]:
    """Source ids that have claims (the articles), in the order the claims table lists them."""
    return list(dict.fromkeys(load_tables(data).claims["source_id"]))


def check_claims(source: str | None = None, data: DataArg = None) -> list[Verdict]:
    """Check every claim of ``source`` (an article id), or of all articles when None."""
    t = load_tables(data)
    if source is not None:
        valid = articles(data)
        if source not in valid:
            from ..access.errors import UnknownNameError
            raise UnknownNameError("source", source, valid)
    return [v for v in _check_all(t, data) if source is None or v.source_id == source]


@lru_cache(maxsize=8)
def _check_all_cached(t: Tables, data_key: str | None) -> tuple[Verdict, ...]:
    return tuple(_evaluate(t, data_key))


def _check_all(t: Tables, data: DataArg) -> tuple[Verdict, ...]:
    return _check_all_cached(t, None if data is None else str(data))


def _evaluate(t: Tables, data: DataArg) -> list[Verdict]:
    claims = [(c, Inputs(parse_inputs(c.inputs, c.region_id, c.period_id), data))
              for c in t.claims.itertuples(index=False)]
    # what each gap implies, and for which period, so gaps on the same comparator cross-check
    implied = [(c, d.difference(_est(v), _est(g), v.unit), v.period_id) for c, i in claims
               if c.kind == "gap" and (v := i.one("value")) is not None
               and (g := i.one("gap")) is not None]
    return [KINDS[c.kind](c, i, t, implied) if c.kind == "gap" else KINDS[c.kind](c, i, t)
            for c, i in claims]


def summarize(verdicts: list[Verdict]) -> dict[str, int]:
    """Number of claims per status, every status listed (in :data:`STATUSES` order)."""
    return {s: sum(v.status == s for v in verdicts) for s in STATUSES}


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
