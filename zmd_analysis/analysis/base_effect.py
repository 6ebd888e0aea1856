"""How much of a growth rate is a base effect: two-year average growth (两年平均增长).

Chinese statistical releases in 2021 reported growth over two years,
√((1 + g₂₀₂₀)(1 + g₂₀₂₁)) − 1, to neutralise the 2020 base. Where the data hold the
comparison region's growth a year earlier (or a proxy for it: the same indicator over other
months of that year, or fixed-asset investment over the same months) its two-year average is
computed for each; for the region itself, whose year-earlier growth is not in the data,
scenarios of that growth are tabulated, with the year-earlier fall that would bring the
region's two-year average down to the comparison's (the break-even).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..access.observations import DataArg, find
from ..access.tables import load_tables
from . import derived as d
from .claims import year_earlier
from .context import growth_path

#: Year-earlier growth rates (%) tabulated for a region whose own is not in the data.
SCENARIOS = (0.0, -10.0, -20.0, -30.0)


def two_year_average(first: d.Estimate, second: d.Estimate) -> d.Estimate:
    """√((1 + a/100)(1 + b/100)) − 1, in %; the range follows from the inputs' ranges
    (the function rises in both)."""
    f = lambda a, b: 100 * (math.sqrt((1 + a / 100) * (1 + b / 100)) - 1)  # noqa: E731
    return d.Estimate(
        f(first.value, second.value),
        f(first.low, second.low),
        f(first.high, second.high),
        "%",
        f"two-year average of ({first.formula}) and ({second.formula})",
        first.inputs + second.inputs,
        f"√((1 + {first.expr}%)(1 + {second.expr}%)) − 1",
    )


def break_even(growth: d.Estimate, target: d.Estimate) -> d.Estimate:
    """The year-earlier growth g₀ at which √((1 + g₀)(1 + growth)) − 1 equals ``target``:
    g₀ = (1 + target)² / (1 + growth) − 1, in %."""
    f = lambda t, g: 100 * ((1 + t / 100) ** 2 / (1 + g / 100) - 1)  # noqa: E731
    return d.Estimate(
        f(target.value, growth.value),
        f(target.low, growth.high),
        f(target.high, growth.low),
        "%",
        "break-even year-earlier growth",
        growth.inputs + target.inputs,
        "",
    )


@dataclass(frozen=True)
class Proxy:
    """A year-earlier growth rate for the comparison region, exact or a stand-in."""

    period_id: str
    indicator_id: str
    growth: d.Estimate
    exact: bool  # same indicator and months as the current period
    source_id: str
    two_year: d.Estimate


@dataclass(frozen=True)
class BaseEffect:
    region_growth: d.Estimate
    comparison_growth: d.Estimate | None
    proxies: tuple[Proxy, ...]
    scenarios: tuple[tuple[float, d.Estimate], ...]  # (year-earlier growth, two-year average)
    break_even: d.Estimate | None  # vs the comparison's two-year average
    base_period: str
    #: the comparison's two-year average: mean of the proxies' points, their widest range
    comparison_two_year: d.Estimate | None = None

    @property
    def two_year_band(self) -> tuple[float, float] | None:
        """Lowest and highest of the proxies' two-year averages (points)."""
        if not self.proxies:
            return None
        values = [p.two_year.value for p in self.proxies]
        return min(values), max(values)

    @property
    def flat(self) -> d.Estimate:
        """The region's two-year average if it had not grown at all a year earlier."""
        return next(e for s, e in self.scenarios if s == 0)


def base_effect(
    indicator: str, region: str, comparison: str, period: str, data: DataArg = None
) -> BaseEffect | None:
    """The base-effect analysis of ``region``'s growth in ``period`` (see the module doc).
    None when the region's growth is not in the data."""
    t = load_tables(data)
    own = find(indicator, region, period, data)
    if own is None:
        return None
    g = d.stated(own)
    earlier = year_earlier(t, period)
    comp = None
    if comparison:
        gap = find(f"{indicator}_gap", region, period, data)
        stated = find(indicator, comparison, period, data)
        if stated is not None:
            comp = d.stated(stated)
        elif gap is not None and comparison == t.parent(region):
            comp = d.difference(g, d.stated(gap), "%")
    proxies: list[Proxy] = []
    if comp is not None:
        year = t.known("periods", period, "period")["end"].year - 1
        path = growth_path(indicator, comparison, year, data)
        for r in path[path["end"].dt.year == year].itertuples():
            est = d.Estimate(
                r.value,
                r.low,
                r.high,
                "%",
                f"{indicator}[{comparison},{r.period_id}]",
                (),
                f"{r.value:g}",
            )
            proxies.append(
                Proxy(
                    r.period_id,
                    indicator,
                    est,
                    r.period_id == earlier,
                    r.source_id,
                    two_year_average(est, comp),
                )
            )
        if earlier:
            fai = find("fai_growth", comparison, earlier, data)
            if fai is not None and indicator != "fai_growth":
                proxies.append(
                    Proxy(
                        earlier,
                        "fai_growth",
                        d.stated(fai),
                        False,
                        fai.source_id,
                        two_year_average(d.stated(fai), comp),
                    )
                )
    values = sorted(set(SCENARIOS) | {p.growth.value for p in proxies}, reverse=True)
    scenarios = tuple((s, two_year_average(d.exact(s, "%"), g)) for s in values)
    target = None
    if proxies:
        lows = [p.two_year.low for p in proxies]
        highs = [p.two_year.high for p in proxies]
        points = [p.two_year.value for p in proxies]
        target = d.Estimate(sum(points) / len(points), min(lows), max(highs), "%", "", (), "")
    be = break_even(g, target) if target is not None else None
    return BaseEffect(g, comp, tuple(proxies), scenarios, be, earlier, target)
