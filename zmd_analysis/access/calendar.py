"""Periods by their place in the calendar: whole years, and year-to-date spans such as
Jan–Apr. One place for the rule, so the claims engine, the parameters and the context
section agree on what "the year" of a period is.

pandas is imported for type checking only: the claims engine imports this module, and
``zmd-report propose`` must start without loading pandas."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def runs_from_new_year(
    start: pd.Series,
    end: pd.Series,
    month: int | None = None,
    day: int | None = None,
    year: int | None = None,
) -> pd.Series:
    """Which spans (``start``/``end`` dates) run from 1 January to ``month``/``day`` of the
    same year (any day when None), ending in ``year`` (any year when None)."""
    mask = (start.dt.month == 1) & (start.dt.day == 1) & (start.dt.year == end.dt.year)
    if month is not None:
        mask &= end.dt.month == month
    if day is not None:
        mask &= end.dt.day == day
    if year is not None:
        mask &= end.dt.year == year
    return mask


def from_new_year(
    periods: pd.DataFrame, month: int | None, day: int | None, year: int | None = None
) -> pd.DataFrame:
    """The rows of ``periods`` that run from 1 January to ``month``/``day`` of the same
    year, earliest first (``12, 31``: whole calendar years; ``4, 30``: Jan–Apr; ``None,
    None, 2021``: every span from 1 January that ends in 2021)."""
    mask = runs_from_new_year(periods["start"], periods["end"], month, day, year)
    return periods.loc[mask].sort_values("start", kind="stable")


def whole_years(periods: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``periods`` that are one whole calendar year, earliest first."""
    return from_new_year(periods, 12, 31)
