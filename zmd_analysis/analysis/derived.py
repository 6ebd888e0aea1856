"""Figures the article implies but does not print, computed from the data.

Each function documents its formula. Inputs that were printed rounded carry
their rounding range, and the range is propagated with interval arithmetic:
51% stands for 50.5-51.5%, so the annual plan implied by "246 亿元 = 51% of
plan" is 476.7-488.1 亿元, not the point 482.4.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..access.errors import MissingObservationError, UnknownNameError
from ..access.observations import DataArg, Observation, get
from ..access.tables import load_tables

DEFAULT_REGION = "zhumadian"
DEFAULT_PERIOD = "2021M01-M04"


@dataclass(frozen=True)
class Estimate:
    """A derived figure: point value, the range its rounded inputs allow, and how it was made."""
    value: float
    low: float
    high: float
    unit: str
    formula: str
    inputs: tuple[str, ...] = ()
    #: the formula with the printed numbers in place of the names, e.g. "51 − 7"
    expr: str = ""
    #: for a printed figure: the value as printed, its hedge, indicator kind and English unit
    printed: str = ""
    qualifier: str = ""
    kind: str = ""
    unit_en: str = ""

    def contains(self, x: float) -> bool:
        return self.low - 1e-9 <= x <= self.high + 1e-9

    def __str__(self) -> str:
        if self.low == self.high:
            return f"{self.value:.4g} {self.unit}"
        return f"{self.value:.4g} {self.unit} ({self.low:.4g}–{self.high:.4g})"


def stated(obs: Observation) -> Estimate:
    """A printed figure as an Estimate (its range is its rounding range)."""
    ref = f"{obs.indicator_id}[{obs.region_id},{obs.period_id}]"
    return Estimate(obs.value, obs.low, obs.high, obs.unit, ref, (ref,), obs.value_text,
                    obs.value_text, obs.qualifier, obs.kind, obs.unit_en)


def _combine(value, low, high, unit, formula, expr, *parts: Estimate) -> Estimate:
    return Estimate(value, low, high, unit, formula, tuple(i for p in parts for i in p.inputs),
                    expr)


def _wrap(expr: str) -> str:
    return f"({expr})" if " " in expr else expr


def difference(a: Estimate, b: Estimate, unit: str) -> Estimate:
    """a − b, range [a.low − b.high, a.high − b.low]."""
    return _combine(a.value - b.value, a.low - b.high, a.high - b.low, unit,
                    f"({a.formula}) − ({b.formula})", f"{a.expr} − {_wrap(b.expr)}", a, b)


def ratio(a: Estimate, b: Estimate, unit: str = "", scale: float = 1.0) -> Estimate:
    """scale·a/b for positive a and b, range [scale·a.low/b.high, scale·a.high/b.low]."""
    if b.low <= 0:
        raise ValueError(f"ratio: denominator {b.formula} may be zero or negative")
    formula = f"({a.formula}) / ({b.formula})"
    expr = f"{_wrap(a.expr)} ÷ {_wrap(b.expr)}"
    if scale != 1:
        formula, expr = f"{scale:g}·{formula}", f"{expr} × {scale:g}"
    return _combine(scale * a.value / b.value, scale * a.low / b.high, scale * a.high / b.low,
                    unit, formula, expr, a, b)


def exact(value: float, unit: str, formula: str = "") -> Estimate:
    """A number with no rounding range (a count, a bound, a computed rank)."""
    return Estimate(float(value), float(value), float(value), unit, formula or f"{value:g}", (),
                    f"{value:g}")


def implied_base(level: Estimate, growth: Estimate) -> Estimate:
    """The level a year earlier implied by a level and its growth: level / (1 + g/100)."""
    factor = Estimate(1 + growth.value / 100, 1 + growth.low / 100, 1 + growth.high / 100, "",
                      f"1 + {growth.formula}/100", growth.inputs, f"1 + {growth.expr}%")
    return ratio(level, factor, level.unit)


def growth_between(base: Estimate, level: Estimate) -> Estimate:
    """Growth in % from ``base`` to ``level``: 100·(level/base − 1)."""
    r = ratio(level, base, "%", scale=100)
    return Estimate(r.value - 100, r.low - 100, r.high - 100, "%", f"{r.formula} − 100",
                    r.inputs, f"{r.expr} − 100")


def optional(fn, *args, **kw) -> Estimate | None:
    """``fn(*args, **kw)``, or None when one of its printed inputs is missing for the
    region and period (so a report section can say 'no data' instead of failing)."""
    try:
        return fn(*args, **kw)
    except MissingObservationError:
        return None
    except ValueError as e:  # e.g. time elapsed for a period that does not start in January
        if "does not start" in str(e):
            return None
        raise


def _get(ind: str, region: str, period: str, data: DataArg) -> Estimate:
    return stated(get(ind, region, period, data))


# --- named derived figures ---------------------------------------------------

def implied_comparator(value_ind: str, gap_ind: str, region: str = DEFAULT_REGION,
                       period: str = DEFAULT_PERIOD, data: DataArg = None) -> Estimate:
    """The comparison figure behind "高于全省 N 个百分点": value − gap.

    For the provincial key projects 51% − 7 pp = 44% (43–45%); for the city key
    projects 56% − 12 pp = 44% (43–45%).
    """
    v = _get(value_ind, region, period, data)
    g = _get(gap_ind, region, period, data)
    return difference(v, g, v.unit)


def implied_provincial_progress(scope: str = "prov", region: str = DEFAULT_REGION,
                                period: str = DEFAULT_PERIOD, data: DataArg = None) -> Estimate:
    """Henan's average key-project progress (% of annual plan) implied by the gap.

    ``scope`` is ``"prov"`` (vs 省重点 projects) or ``"city"`` (vs 市重点 projects).
    """
    if scope not in ("prov", "city"):
        raise ValueError(f"scope must be 'prov' or 'city', got {scope!r}")
    return implied_comparator(f"{scope}_key_ind_plan_share", f"{scope}_key_ind_plan_share_gap",
                              region, period, data)


def implied_province_growth(region: str = DEFAULT_REGION, period: str = DEFAULT_PERIOD,
                            data: DataArg = None) -> Estimate:
    """Henan's industrial-investment growth implied by the gap: 48.7 − 46.1 = 2.6% (2.5–2.7)."""
    return implied_comparator("industrial_investment_growth", "industrial_investment_growth_gap",
                              region, period, data)


def implied_previous_level(level_ind: str = "industrial_investment",
                           growth_ind: str = "industrial_investment_growth",
                           region: str = DEFAULT_REGION, period: str = DEFAULT_PERIOD,
                           data: DataArg = None) -> Estimate:
    """Last year's same-period level implied by a growth rate: level / (1 + growth/100).

    145.3 亿元 at +48.7% implies a Jan–Apr 2020 base of about 97.7 亿元.
    """
    return implied_base(_get(level_ind, region, period, data), _get(growth_ind, region, period, data))


def implied_annual_plan(amount_ind: str, share_ind: str, region: str = DEFAULT_REGION,
                        period: str = DEFAULT_PERIOD, data: DataArg = None) -> Estimate:
    """The annual plan behind "占年度计划 N%": amount / (N/100).

    246 亿元 at 51% implies a plan of about 482 亿元 (476.7–488.1).
    """
    amount = _get(amount_ind, region, period, data)
    return ratio(amount, _get(share_ind, region, period, data), amount.unit, scale=100)


def share_of(part_ind: str, whole_ind: str, region: str = DEFAULT_REGION,
             period: str = DEFAULT_PERIOD, data: DataArg = None) -> Estimate:
    """part / whole in %: e.g. landed / signed projects, zero-trip / at-most-one-trip items."""
    return ratio(_get(part_ind, region, period, data), _get(whole_ind, region, period, data),
                 "%", scale=100)


def landing_rate(region: str = DEFAULT_REGION, period: str = "2021YTD",
                 data: DataArg = None) -> Estimate:
    """Landed / signed industrial projects: 93 / 135 = 68.9%."""
    return share_of("landed_ind_projects", "signed_ind_projects", region, period, data)


def zero_trip_share(region: str = DEFAULT_REGION, period: str = "2021-06-02",
                    data: DataArg = None) -> Estimate:
    """Zero-trip items as a share of at-most-one-trip items: 1961 / 2091 = 93.8%.

    Zero-trip services are a subset of at-most-one-trip services, so this is
    the part of the streamlined services that need no visit at all.
    """
    return share_of("zero_trip_items", "at_most_one_trip_items", region, period, data)


def average_size(amount_ind: str, count_ind: str, region: str = DEFAULT_REGION,
                 period: str = DEFAULT_PERIOD, data: DataArg = None) -> Estimate:
    """Amount per project: e.g. signed investment / signed projects = 679.6 / 135 ≈ 5.03 亿元."""
    amount = _get(amount_ind, region, period, data)
    return ratio(amount, _get(count_ind, region, period, data), f"{amount.unit}/个")


def time_elapsed(period: str = DEFAULT_PERIOD, data: DataArg = None,
                 basis: str = "months") -> Estimate:
    """Share of the calendar year elapsed by the end of a period that starts on 1 January:
    in whole months (Jan–Apr = 4/12 = 33.3%) or in days (120/365 = 32.9%).

    The usual "时序进度" benchmark for progress against an annual plan.
    """
    periods = load_tables(data).periods.set_index("period_id")
    if period not in periods.index:
        raise UnknownNameError("period", period, sorted(periods.index))
    start, end = periods.loc[period, "start"], periods.loc[period, "end"]
    if start.year != end.year or start.month != 1 or start.day != 1:
        raise ValueError(f"period {period} does not start on 1 January of one year")
    if basis == "months":
        part, whole, what = end.month - start.month + 1, 12, "months"
    elif basis == "days":
        part = (end - start).days + 1
        whole = 366 if start.is_leap_year else 365
        what = "days"
    else:
        raise ValueError(f"basis must be 'months' or 'days', got {basis!r}")
    share = 100 * part / whole
    return Estimate(share, share, share, "%", f"{part}/{whole} {what} of {start.year}", (period,),
                    f"{part} ÷ {whole} × 100")


def progress_vs_time(share_ind: str, region: str = DEFAULT_REGION, period: str = DEFAULT_PERIOD,
                     data: DataArg = None) -> Estimate:
    """Percentage points by which plan progress runs ahead of the calendar: share − time elapsed."""
    return difference(_get(share_ind, region, period, data), time_elapsed(period, data), "百分点")
