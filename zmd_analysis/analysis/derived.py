"""Figures the article implies but does not print, computed from the data.

Each function documents its formula. Inputs that were printed rounded carry
their rounding range, and the range is propagated with interval arithmetic:
51% stands for 50.5-51.5%, so the annual plan implied by "246 亿元 = 51% of
plan" is 476.7-488.1 亿元, not the point 482.4.
"""

from __future__ import annotations

from ..access.errors import MissingObservationError
from ..access.observations import DataArg, get
from ..access.tables import load_tables
from .estimates import (  # noqa: F401
    Estimate,
    _combine,
    _wrap,
    difference,
    exact,
    growth_between,
    implied_base,
    ratio,
    stated,
    time_share,
)

DEFAULT_REGION = "zhumadian"
DEFAULT_PERIOD = "2021M01-M04"


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


def implied_comparator(
    value_ind: str,
    gap_ind: str,
    region: str = DEFAULT_REGION,
    period: str = DEFAULT_PERIOD,
    data: DataArg = None,
) -> Estimate:
    """The comparison figure behind "高于全省 N 个百分点": value − gap.

    For the provincial key projects 51% − 7 pp = 44% (43–45%); for the city key
    projects 56% − 12 pp = 44% (43–45%).
    """
    v = _get(value_ind, region, period, data)
    g = _get(gap_ind, region, period, data)
    return difference(v, g, v.unit)


def implied_provincial_progress(
    scope: str = "prov",
    region: str = DEFAULT_REGION,
    period: str = DEFAULT_PERIOD,
    data: DataArg = None,
) -> Estimate:
    """Henan's average key-project progress (% of annual plan) implied by the gap.

    ``scope`` is ``"prov"`` (vs 省重点 projects) or ``"city"`` (vs 市重点 projects).
    """
    if scope not in ("prov", "city"):
        raise ValueError(f"scope must be 'prov' or 'city', got {scope!r}")
    return implied_comparator(
        f"{scope}_key_ind_plan_share", f"{scope}_key_ind_plan_share_gap", region, period, data
    )


def implied_province_growth(
    region: str = DEFAULT_REGION, period: str = DEFAULT_PERIOD, data: DataArg = None
) -> Estimate:
    """Henan's industrial-investment growth implied by the gap: 48.7 − 46.1 = 2.6% (2.5–2.7)."""
    return implied_comparator(
        "industrial_investment_growth", "industrial_investment_growth_gap", region, period, data
    )


def implied_previous_level(
    level_ind: str = "industrial_investment",
    growth_ind: str = "industrial_investment_growth",
    region: str = DEFAULT_REGION,
    period: str = DEFAULT_PERIOD,
    data: DataArg = None,
) -> Estimate:
    """Last year's same-period level implied by a growth rate: level / (1 + growth/100).

    145.3 亿元 at +48.7% implies a Jan–Apr 2020 base of about 97.7 亿元.
    """
    return implied_base(
        _get(level_ind, region, period, data), _get(growth_ind, region, period, data)
    )


def implied_annual_plan(
    amount_ind: str,
    share_ind: str,
    region: str = DEFAULT_REGION,
    period: str = DEFAULT_PERIOD,
    data: DataArg = None,
) -> Estimate:
    """The annual plan behind "占年度计划 N%": amount / (N/100).

    246 亿元 at 51% implies a plan of about 482 亿元 (476.7–488.1).
    """
    amount = _get(amount_ind, region, period, data)
    return ratio(amount, _get(share_ind, region, period, data), amount.unit, scale=100)


def share_of(
    part_ind: str,
    whole_ind: str,
    region: str = DEFAULT_REGION,
    period: str = DEFAULT_PERIOD,
    data: DataArg = None,
) -> Estimate:
    """part / whole in %: e.g. landed / signed projects, zero-trip / at-most-one-trip items."""
    return ratio(
        _get(part_ind, region, period, data), _get(whole_ind, region, period, data), "%", scale=100
    )


def landing_rate(
    region: str = DEFAULT_REGION, period: str = "2021YTD", data: DataArg = None
) -> Estimate:
    """Landed / signed industrial projects: 93 / 135 = 68.9%."""
    return share_of("landed_ind_projects", "signed_ind_projects", region, period, data)


def zero_trip_share(
    region: str = DEFAULT_REGION, period: str = "2021-06-02", data: DataArg = None
) -> Estimate:
    """Zero-trip items as a share of at-most-one-trip items: 1961 / 2091 = 93.8%.

    Zero-trip services are a subset of at-most-one-trip services, so this is
    the part of the streamlined services that need no visit at all.
    """
    return share_of("zero_trip_items", "at_most_one_trip_items", region, period, data)


def average_size(
    amount_ind: str,
    count_ind: str,
    region: str = DEFAULT_REGION,
    period: str = DEFAULT_PERIOD,
    data: DataArg = None,
) -> Estimate:
    """Amount per project: e.g. signed investment / signed projects = 679.6 / 135 ≈ 5.03 亿元."""
    amount = _get(amount_ind, region, period, data)
    return ratio(amount, _get(count_ind, region, period, data), f"{amount.unit}/个")


def time_elapsed(
    period: str = DEFAULT_PERIOD, data: DataArg = None, basis: str = "months"
) -> Estimate:
    """Share of the calendar year elapsed by the end of a period that starts on 1 January:
    in whole months (Jan–Apr = 4/12 = 33.3%) or in days (120/365 = 32.9%).

    The usual "时序进度" benchmark for progress against an annual plan.
    """
    p = load_tables(data).known("periods", period, "period")
    return time_share(p["start"].date(), p["end"].date(), basis, period)


def progress_vs_time(
    share_ind: str, region: str = DEFAULT_REGION, period: str = DEFAULT_PERIOD, data: DataArg = None
) -> Estimate:
    """Percentage points by which plan progress runs ahead of the calendar: share − time elapsed."""
    return difference(_get(share_ind, region, period, data), time_elapsed(period, data), "百分点")
