"""Numbers with the range their rounded inputs allow: the arithmetic every check uses.

Pure Python (no pandas): the claims engine and the article intake both compute with it.
A printed figure stands for an interval (51% -> 50.5-51.5%), and every operation carries
the interval along with the point value and the formula that made it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..access.records import Observation


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
    return Estimate(
        obs.value,
        obs.low,
        obs.high,
        obs.unit,
        ref,
        (ref,),
        obs.value_text,
        obs.value_text,
        obs.qualifier,
        obs.kind,
        obs.unit_en,
    )


def _combine(value, low, high, unit, formula, expr, *parts: Estimate) -> Estimate:
    return Estimate(
        value, low, high, unit, formula, tuple(i for p in parts for i in p.inputs), expr
    )


def _wrap(expr: str) -> str:
    """An operand in brackets where it is an expression or a negative number (9.6 − (-5.3))."""
    return f"({expr})" if " " in expr or expr.startswith("-") else expr


def _negative_number(expr: str) -> bool:
    return expr.startswith("-") and " " not in expr


def difference(a: Estimate, b: Estimate, unit: str) -> Estimate:
    """a − b, range [a.low − b.high, a.high − b.low]."""
    return _combine(
        a.value - b.value,
        a.low - b.high,
        a.high - b.low,
        unit,
        f"({a.formula}) − ({b.formula})",
        f"{a.expr} − {_wrap(b.expr)}",
        a,
        b,
    )


def add(a: Estimate, b: Estimate, unit: str) -> Estimate:
    """a + b, range [a.low + b.low, a.high + b.high]."""
    return _combine(
        a.value + b.value,
        a.low + b.low,
        a.high + b.high,
        unit,
        f"({a.formula}) + ({b.formula})",
        # (a negative number added is subtracted: 10.6 − 1.2, not 10.6 + -1.2)
        f"{a.expr} − {b.expr[1:]}" if _negative_number(b.expr) else f"{a.expr} + {_wrap(b.expr)}",
        a,
        b,
    )


class UndefinedRatio(ValueError):
    """A ratio whose denominator may be zero or negative: no figure, whatever the inputs."""


def ratio(a: Estimate, b: Estimate, unit: str = "", scale: float = 1.0) -> Estimate:
    """scale·a/b for positive a and b, range [scale·a.low/b.high, scale·a.high/b.low]."""
    if b.low <= 0:
        raise UndefinedRatio(f"ratio: denominator {b.formula} may be zero or negative")
    formula = f"({a.formula}) / ({b.formula})"
    expr = f"{_wrap(a.expr)} ÷ {_wrap(b.expr)}"
    if scale != 1:
        formula, expr = f"{scale:g}·{formula}", f"{expr} × {scale:g}"
    return _combine(
        scale * a.value / b.value,
        scale * a.low / b.high,
        scale * a.high / b.low,
        unit,
        formula,
        expr,
        a,
        b,
    )


def through(
    fn: Callable[..., float], args: Sequence[Estimate], unit: str, formula: str, expr: str
) -> Estimate:
    """``fn(*args)`` with the range it takes over every corner of the inputs' ranges.

    For the relations a text states (a two-year average, 拉动, a contribution rate, a growth
    aggregated over parts), ``fn`` is monotone in each input, so its extremes over the box
    of input ranges lie on corners; interval arithmetic step by step would widen the range
    for an input used twice (the part in numerator and denominator)."""
    value = fn(*(a.value for a in args))
    if len(args) <= 12:
        corners = [
            fn(*(a.high if bits >> n & 1 else a.low for n, a in enumerate(args)))
            for bits in range(1 << len(args))
        ]
        low, high = min(corners + [value]), max(corners + [value])
    else:  # too many corners: each input moved alone (a narrower range, still honest)
        moved = [value]
        for n in range(len(args)):
            for x in (args[n].low, args[n].high):
                moved.append(fn(*(x if m == n else a.value for m, a in enumerate(args))))
        low, high = min(moved), max(moved)
    return _combine(value, low, high, unit, formula, expr, *args)


def exact(value: float, unit: str, formula: str = "") -> Estimate:
    """A number with no rounding range (a count, a bound, a computed rank)."""
    return Estimate(
        float(value), float(value), float(value), unit, formula or f"{value:g}", (), f"{value:g}"
    )


def at_precision(value: float, unit: str, decimals: int) -> Estimate:
    """An exact number written with ``decimals`` decimals (a printed figure re-rounded)."""
    text = f"{value:.{decimals}f}"
    return Estimate(float(value), float(value), float(value), unit, text, (), text, text)


def implied_base(level: Estimate, growth: Estimate) -> Estimate:
    """The level a year earlier implied by a level and its growth: level / (1 + g/100)."""
    factor = Estimate(
        1 + growth.value / 100,
        1 + growth.low / 100,
        1 + growth.high / 100,
        "",
        f"1 + {growth.formula}/100",
        growth.inputs,
        f"1 + {growth.expr}%",
    )
    return ratio(level, factor, level.unit)


def growth_between(base: Estimate, level: Estimate) -> Estimate:
    """Growth in % from ``base`` to ``level``: 100·(level/base − 1)."""
    r = ratio(level, base, "%", scale=100)
    return Estimate(
        r.value - 100,
        r.low - 100,
        r.high - 100,
        "%",
        f"{r.formula} − 100",
        r.inputs,
        f"{r.expr} − 100",
    )


def time_share(start: dt.date, end: dt.date, basis: str = "months", period: str = "") -> Estimate:
    """Share of the calendar year elapsed by ``end`` for a period from 1 January: in whole
    months (Jan–Apr = 4/12 = 33.3%) or in days (120/365 = 32.9%): the "时序进度" benchmark."""
    if start.year != end.year or start.month != 1 or start.day != 1:
        raise ValueError(f"period {period or (start, end)} does not start on 1 January of one year")
    if basis == "months":
        part, whole, what = end.month - start.month + 1, 12, "months"
    elif basis == "days":
        part = (end - start).days + 1
        whole = 366 if calendar.isleap(start.year) else 365
        what = "days"
    else:
        raise ValueError(f"basis must be 'months' or 'days', got {basis!r}")
    share = 100 * part / whole
    return Estimate(
        share,
        share,
        share,
        "%",
        f"{part}/{whole} {what} of {start.year}",
        (period,) if period else (),
        f"{part} ÷ {whole} × 100",
    )
