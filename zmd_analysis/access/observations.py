"""The tidy observations table and lookups by logical name.

``load_observations()`` joins each figure with its indicator, region, period
and source; ``get()`` fetches one figure as an :class:`Observation` that
carries its value, unit, hedge, rounding range and citation.
"""

from __future__ import annotations

import os
from functools import lru_cache

import pandas as pd

from . import reads
from .calendar import runs_from_new_year
from .errors import MissingObservationError, UnknownNameError
from .records import PERCENT_UNITS, Observation, stated_range  # noqa: F401 (re-exported)
from .tables import Tables, load_tables, note_table_read

DataArg = str | os.PathLike | None


def load_observations(data: DataArg = None) -> pd.DataFrame:
    """A copy of :func:`_observations`: every figure with its metadata.

    See :func:`_observations` for the columns.
    """
    t = load_tables(data)
    for name in ("observations", "indicators", "regions", "periods", "sources"):  # it joins them
        note_table_read(name, t)
    with reads.quiet():
        return _observations(t).copy()


def preload(data: DataArg = None) -> None:
    """Load, validate, join and index the data once, recording no read: for a process that
    forks kernels, so that each starts with the work done. The caches are keyed by the
    files' state, so a kernel whose data changed since loads its own."""
    with reads.quiet():
        _index(load_tables(data))
    reads.reset()


def select(data: DataArg = None, *, through: str | None = None, **equal: str) -> pd.DataFrame:
    """The rows of the tidy table whose columns equal the values given, e.g.
    ``select(source_id="zmdnews-20180514")``; ``through="04-30"`` keeps only figures over
    periods from 1 January to that day of one year (Jan–Apr). Recorded as one slice, not
    the whole table: a figure of another period, or a new period, changes it only when it
    fits the rule."""

    def rows() -> pd.DataFrame:
        obs = _observations(load_tables(data))
        mask = pd.Series(True, index=obs.index)
        for column, value in equal.items():
            mask &= obs[column] == value
        if through:
            month, day = (int(x) for x in through.split("-"))
            mask &= runs_from_new_year(obs["start"], obs["end"], month, day)
        return obs[mask].copy()

    rule = {**equal, **({"through": through} if through else {})}
    key = ("select", *(f"{c}={v}" for c, v in sorted(rule.items())))
    return reads.read_slice(key, rows, select_digest)


def select_digest(rows: pd.DataFrame) -> str:
    """The hash of selected rows by content only: not their line numbers in the file, so
    adding a row elsewhere does not change it."""
    content = rows.drop(columns=["line"], errors="ignore").reset_index(drop=True)
    return reads.digest(content.to_json(orient="split", date_format="iso"))


@lru_cache(maxsize=8)
def _observations(t: Tables) -> pd.DataFrame:
    """Every figure with its catalogue entry, region and period labels and source.

    Columns include ``value`` (float), ``value_text`` (as printed), ``decimals``,
    ``half_unit`` (rounding tolerance of the printed value), ``low``/``high``
    (the range the printed value stands for), ``kind``, ``basis`` and the
    source's ``publisher``, ``title``, ``date``, ``url`` and ``reliability``.
    """
    ind = t.indicators.drop(columns="line")
    reg = t.regions[["region_id", "name_zh", "name_en"]].rename(
        columns={"name_zh": "region_zh", "name_en": "region_en"}
    )
    per = t.periods[["period_id", "label_zh", "label_en", "start", "end"]].rename(
        columns={"label_zh": "period_zh", "label_en": "period_en"}
    )
    src = t.sources[
        ["source_id", "publisher", "title", "date", "page", "url", "reliability", "rounding"]
    ]
    out = (
        t.observations.merge(ind, on="indicator_id", how="left")
        .merge(reg, on="region_id", how="left")
        .merge(per, on="period_id", how="left")
        .merge(src, on="source_id", how="left")
    )
    bounds = [
        stated_range(r.value, r.half_unit, r.qualifier, r.rounding, r.unit)
        for r in out.itertuples()
    ]
    out["low"] = [b[0] for b in bounds]
    out["high"] = [b[1] for b in bounds]
    return out


def _check_name(kind: str, name: str, valid) -> None:
    valid = sorted(set(valid))
    if name not in valid:
        raise UnknownNameError(kind, name, valid)


def find(
    indicator: str, region: str = "zhumadian", period: str | None = None, data: DataArg = None
) -> Observation | None:
    """Like :func:`get` but returns ``None`` when the data holds no such figure."""
    return reads.read_slice(
        ("obs", indicator, region, period), lambda: _find(indicator, region, period, data)
    )


def _find(indicator: str, region: str, period: str | None, data: DataArg) -> Observation | None:
    t = load_tables(data)
    _check_name("indicator", indicator, t.indicators["indicator_id"])
    _check_name("region", region, t.regions["region_id"])
    if period is not None:
        _check_name("period", period, t.periods["period_id"])
    hits = _index(t).get((indicator, region), [])
    if period is not None:
        hits = [h for h in hits if h.period_id == period]
    if not hits:
        return None
    if len(hits) > 1:
        raise MissingObservationError(
            f"{indicator} for {region} exists for several periods "
            f"({', '.join(h.period_id for h in hits)}); pass period="
        )
    return hits[0]


@lru_cache(maxsize=8)
def _index(t: Tables) -> dict[tuple[str, str], list[Observation]]:
    """(indicator, region) -> its observations, oldest period first: by start, then end
    (built once per data). A stable sort: the order of one series never depends on the
    rows of others (an unstable one reordered periods of equal start whenever a row was
    added elsewhere, and with them what every reader of the series recorded)."""
    out: dict[tuple[str, str], list[Observation]] = {}
    for _, row in _observations(t).sort_values(["start", "end"], kind="stable").iterrows():
        obs = Observation(**{k: _plain(k, row[k]) for k in Observation.__dataclass_fields__})
        out.setdefault((obs.indicator_id, obs.region_id), []).append(obs)
    return out


def _plain(name: str, value):
    """numpy scalars -> Python numbers, dates -> ISO strings."""
    if name == "date":
        return str(value)
    return value.item() if hasattr(value, "item") else value


def get(
    indicator: str, region: str = "zhumadian", period: str | None = None, data: DataArg = None
) -> Observation:
    """One figure by logical names, e.g. ``get("industrial_investment", period="2021M01-M04")``.

    Unknown names raise :class:`UnknownNameError` listing the valid ones; a
    valid combination without data raises :class:`MissingObservationError`
    listing the periods that do have data.
    """
    found = find(indicator, region, period, data)
    if found is None:
        periods = ", ".join(available_periods(indicator, region, data)) or "none"
        raise MissingObservationError(
            f"no {indicator} for {region} in period {period}; periods with data: {periods}"
        )
    return found


def available_periods(indicator: str, region: str = "zhumadian", data: DataArg = None) -> list[str]:
    """Periods for which ``indicator`` has a value for ``region``, oldest first."""
    return reads.read_slice(
        ("periods", indicator, region),
        lambda: [o.period_id for o in _index(load_tables(data)).get((indicator, region), [])],
    )


def source_record(source: str, data: DataArg = None) -> dict:
    """One row of the source registry as a dict of text (publisher, title, date, page,
    url, ...); recorded as that row."""
    r = load_tables(data).known("sources", source, "source")
    return {"source_id": source, **{k: "" if v is None else str(v) for k, v in r.items()}}


def figure_count(source: str, data: DataArg = None) -> int:
    """How many figures of ``source`` the data hold (for an article: how many it prints)."""
    return reads.read_slice(
        ("figure_count", source),
        lambda: int((load_tables(data).observations["source_id"] == source).sum()),
    )


def period_label(period: str, lang: str = "zh", data: DataArg = None) -> str:
    """A period's display label; "" (no such period in the data) reads "the same period a
    year earlier"."""
    if not period:
        return "上年同期" if lang == "zh" else "the same period a year earlier"
    label = "label_en" if lang == "en" else "label_zh"
    return str(load_tables(data).known("periods", period, "period")[label])


def period_year(period: str, data: DataArg = None) -> int:
    """The calendar year a period ends in."""
    return int(load_tables(data).known("periods", period, "period")["end"].year)
