"""Periods by their place in the calendar: whole years, and year-to-date spans such as
Jan–Apr. One place for the rule, so the claims engine, the parameters and the context
section agree on what "the year" of a period is.

pandas is imported for type checking only: the claims engine imports this module, and
``zmd-report propose`` must start without loading pandas."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def from_new_year(periods: pd.DataFrame, month: int, day: int) -> pd.DataFrame:
    """The rows of ``periods`` that run from 1 January to ``month``/``day`` of the same
    year, earliest first (``12, 31``: whole calendar years; ``4, 30``: Jan–Apr)."""
    start, end = periods["start"], periods["end"]
    mask = (
        (start.dt.month == 1)
        & (start.dt.day == 1)
        & (end.dt.month == month)
        & (end.dt.day == day)
        & (start.dt.year == end.dt.year)
    )
    return periods.loc[mask].sort_values("start")


def whole_years(periods: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``periods`` that are one whole calendar year, earliest first."""
    return from_new_year(periods, 12, 31)


def calendar_year(periods: pd.DataFrame, period: str, offset: int = 0) -> str | None:
    """The id of the calendar year ``offset`` years after the one ``period`` ends in, when
    ``periods`` has it."""
    if period not in set(periods["period_id"]):
        return None
    year = periods.set_index("period_id").loc[period, "end"].year + offset
    years = whole_years(periods)
    hit = years[years["start"].dt.year == year]
    return str(hit["period_id"].iloc[0]) if len(hit) else None
