"""What the series of key-project bulletins shows: dispatch totals follow the list, not
spending; the benchmark is the province, not the calendar.

Computed from every bulletin in ``data/`` (any region, any year) whose statements are in
``claims.csv``: a *list point* is one ``share_of_plan`` claim with an amount in 亿元 over a
period from 1 January (a list's completed investment and its share of the annual plan at
one date; the claim is what pairs the two figures, as ``propose --accept`` records it). From the points:

* the same list at two dates: the same amount indicator, region and year, and annual
  plans whose ranges overlap (the same plan), give the increment of "completed investment"
  between the dates, set against a year's GDP as a scale (the year named);
* each list's size (its project count, matched to the amount through the indicators'
  ``aliases`` subject) and annual plan over the years, at the same months;
* progress by the same months across years, against the calendar and against the
  comparison region's average progress where a printed gap implies it.

No words, no article named: the report says what it means.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..access import reads
from ..access.observations import DataArg, find
from ..access.records import Observation
from ..access.tables import load_tables
from ..access.vocab import Plausibility
from . import estimates as d
from .claims import Verdict, calendar_year, check_claims
from .plausibility import YEAR_OFFSETS


@dataclass(frozen=True)
class ListPoint:
    """One list at one date: completed investment, share of plan and the annual plan
    (printed, else implied), with the calendar and the comparison's progress."""

    claim_id: str
    source_id: str
    region: str
    period: str
    year: int
    month: int  # the period's last month (it runs from January)
    amount_id: str  # the list's completed-investment indicator: its identity
    amount: d.Estimate
    share: d.Estimate
    plan: d.Estimate
    plan_printed: bool
    projects: Observation | None  # the list's project count, when the data pair one
    time_share: d.Estimate  # share of the year gone, in whole months
    ahead: d.Estimate  # share of plan less the time gone
    comparison: d.Estimate | None  # the comparison region's average progress (implied)
    comparison_region: str
    comparison_gap: d.Estimate | None  # share of plan less the comparison's progress
    plausibility: str


@dataclass(frozen=True)
class Increment:
    """The same list (same plan) at two dates: what its completed investment grew by."""

    first: ListPoint
    second: ListPoint
    increment: d.Estimate
    months: int
    gdp: Observation | None  # a year's GDP of the region, as a scale
    gdp_year: str
    gdp_ratio: d.Estimate | None  # the increment as % of that GDP


@dataclass(frozen=True)
class DispatchSeries:
    points: tuple[ListPoint, ...]
    increments: tuple[Increment, ...]

    def at_month(self, month: int) -> tuple[ListPoint, ...]:
        """The points whose period ends in ``month`` (4: Jan–Apr), by year then list."""
        return tuple(
            sorted(
                (p for p in self.points if p.month == month),
                key=lambda p: (p.year, p.amount_id),
            )
        )

    def by_list(self, month: int) -> dict[str, tuple[ListPoint, ...]]:
        """The points at ``month``, one series per list (amount indicator), by year."""
        out: dict[str, list[ListPoint]] = {}
        for p in self.at_month(month):
            out.setdefault(p.amount_id, []).append(p)
        return {k: tuple(v) for k, v in out.items()}

    def share_range(self, month: int) -> tuple[ListPoint, ListPoint] | None:
        """The lowest and the highest share of plan at ``month`` across every list and year."""
        pts = self.at_month(month)
        if not pts:
            return None
        return min(pts, key=lambda p: p.share.value), max(pts, key=lambda p: p.share.value)

    def behind_calendar(self, month: int) -> tuple[ListPoint, ...]:
        """The points at ``month`` whose share of plan is below the share of the year gone
        even at the top of its range."""
        return tuple(p for p in self.at_month(month) if p.ahead.high < 0)

    def ahead_of_calendar(self, month: int) -> tuple[ListPoint, ...]:
        """The points at ``month`` above the share of the year gone even at the bottom of
        its range."""
        return tuple(p for p in self.at_month(month) if p.ahead.low > 0)

    @property
    def with_comparison(self) -> tuple[ListPoint, ...]:
        return tuple(p for p in self.points if p.comparison is not None)


def _ref(o: Observation) -> str:
    """The name an observation goes by in an estimate's formula (``estimates.stated``)."""
    return f"{o.indicator_id}[{o.region_id},{o.period_id}]"


def _subject(aliases: str, measure: str) -> set[str]:
    return {
        a.partition(":")[0] for a in str(aliases or "").split(";") if a.partition(":")[2] == measure
    }


def _count_of(amount_id: str, data: DataArg) -> str:
    """The count indicator whose aliases name the same subject as ``amount_id``'s
    completed investment (省重点项目:完成投资 ↔ 省重点项目:个数), or ""."""
    ind = load_tables(data).indicators
    aliases = dict(zip(ind["indicator_id"], ind["aliases"]))
    subjects = _subject(aliases.get(amount_id, ""), "完成投资")
    if not subjects:
        return ""
    return next(
        (i for i, a in aliases.items() if i != amount_id and _subject(a, "个数") & subjects), ""
    )


def _gap_implied(verdicts: list[Verdict], data: DataArg) -> dict[tuple[str, str], Verdict]:
    """(share indicator, period) -> the gap verdict that implies the comparator's progress."""
    out: dict[tuple[str, str], Verdict] = {}
    for v in verdicts:
        if v.kind != "gap" or "implied" not in v.numbers or v.numbers["implied"].unit != "%":
            continue
        value = v.numbers["value"]
        obs = next((o for o in v.inputs if _ref(o) == value.formula), None)
        if obs is not None:
            out.setdefault((obs.indicator_id, obs.period_id), v)
    return out


def _gdp_near(region: str, period: str, data: DataArg) -> tuple[Observation | None, str]:
    t = load_tables(data)
    for offset in YEAR_OFFSETS:
        year = calendar_year(t, period, offset)
        gdp = find("gdp", region, year, data) if year else None
        if gdp is not None and year is not None:
            return gdp, year
    return None, ""


def dispatch_series(region: str | None = None, data: DataArg = None) -> DispatchSeries:
    """Every list point in the data (of ``region`` when given), and every pair of points
    that is the same list at two dates. What a report reads here is the series itself
    (the derived slice ``("dispatch", region)``): an article with no list of the region
    leaves it as it is."""
    return _dispatch_series(region or "", data=data)


@reads.derived("dispatch")
def _dispatch_series(region: str, data: DataArg = None) -> DispatchSeries:
    t = load_tables(data)
    periods = t.periods.set_index("period_id")
    verdicts = check_claims(None, data)
    gaps = _gap_implied(verdicts, data)
    points = []
    for v in verdicts:
        if v.kind != "share_of_plan" or (region and v.names.get("region") != region):
            continue
        amount, share = v.numbers.get("amount"), v.numbers.get("share")
        plan = v.numbers.get("plan_stated") or v.numbers.get("plan")
        period = v.names.get("period", "")
        if amount is None or share is None or plan is None or amount.unit != "亿元":
            continue
        if period not in periods.index or "time_months" not in v.numbers:
            continue  # only periods from 1 January have a share of the year gone
        amount_obs = next((o for o in v.inputs if _ref(o) == amount.formula), None)
        share_obs = next((o for o in v.inputs if _ref(o) == share.formula), None)
        if amount_obs is None or share_obs is None:
            continue
        count = _count_of(amount_obs.indicator_id, data)
        gap = gaps.get((share_obs.indicator_id, period))
        end = periods.loc[period, "end"]
        points.append(
            ListPoint(
                v.claim_id,
                v.source_id,
                amount_obs.region_id,
                period,
                int(end.year),
                int(end.month),
                amount_obs.indicator_id,
                amount,
                share,
                plan,
                "plan_stated" in v.numbers,
                find(count, amount_obs.region_id, period, data) if count else None,
                v.numbers["time_months"],
                v.numbers["ahead"],
                gap.numbers["implied"] if gap is not None else None,
                gap.names.get("comparator", "") if gap is not None else "",
                d.difference(share, gap.numbers["implied"], "百分点") if gap is not None else None,
                v.plausibility or Plausibility.UNTESTED,
            )
        )
    points.sort(key=lambda p: (p.region, p.amount_id, p.year, p.month))
    increments = []
    for a in points:
        for b in points:
            same = (a.region, a.amount_id, a.year) == (b.region, b.amount_id, b.year)
            if not same or b.month <= a.month:
                continue
            if a.plan.high < b.plan.low or b.plan.high < a.plan.low:
                continue  # another plan: the list changed between the dates
            inc = d.difference(b.amount, a.amount, "亿元")
            gdp, year = _gdp_near(a.region, b.period, data)
            ratio = d.ratio(inc, d.stated(gdp), "%", scale=100) if gdp is not None else None
            increments.append(Increment(a, b, inc, b.month - a.month, gdp, year, ratio))
    return DispatchSeries(tuple(points), tuple(increments))
