"""The article's figures in context: other years, later months, full-year outcomes,
and what independent sources say about each claim.

Series are assembled from whatever ``data/`` holds: a new year's Jan–Apr figures
appear here (and become a valid ``period``) without code changes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from ..access.observations import DataArg, available_periods, find, get, select
from ..access.tables import load_tables
from ..access.vocab import Origin
from . import derived as d
from .claims import year_earlier
from .themes import Figure

#: Jan–Apr key-project progress, by level. Each level lists the indicators that measure it,
#: with the coverage each one has: the article's 2021 figures cover only the industrial
#: subset; the 2018 and 2020 bulletins cover all A-class (provincial) or B-class (city) projects.
KEY_PROJECT_SERIES = {
    "provincial": {"prov_key_ind_plan_share": "industrial", "key_a_plan_share": "all"},
    "city": {"city_key_ind_plan_share": "industrial", "key_b_plan_share": "all"},
    "advanced_manufacturing": {"adv_mfg_plan_share": "advanced_manufacturing"},
}


def jan_apr_periods(data: DataArg = None) -> list[str]:
    """Every period in the data that runs from 1 January to 30 April of one year."""
    return [str(r["period_id"]) for r in load_tables(data).from_new_year(4, 30)]


def key_project_series(region: str, data: DataArg = None) -> pd.DataFrame:
    """Jan–Apr share of annual plan completed, one row per year, level and coverage.

    A change of coverage between two years is a definitional break: the
    ``break_before`` column marks the first year of a new coverage. What it reads is each
    indicator's Jan–Apr figures for the region (a figure of other months, or a new period
    with no such figure, leaves it as it is)."""
    rows = []
    for level, indicators in KEY_PROJECT_SERIES.items():
        hit = pd.concat(
            [select(data, through="04-30", indicator_id=i, region_id=region) for i in indicators]
        )
        for r in hit.itertuples():
            rows.append(
                dict(
                    level=level,
                    year=r.start.year,
                    period_id=r.period_id,
                    indicator_id=r.indicator_id,
                    coverage=indicators[r.indicator_id],
                    value=r.value,
                    low=r.low,
                    high=r.high,
                    printed=r.value_text,
                    source_id=r.source_id,
                    reliability=r.reliability,
                    note_zh=r.note_zh,
                    note_en=r.note_en,
                )
            )
    out = pd.DataFrame(
        rows,
        columns=[
            "level",
            "year",
            "period_id",
            "indicator_id",
            "coverage",
            "value",
            "low",
            "high",
            "printed",
            "source_id",
            "reliability",
            "note_zh",
            "note_en",
        ],
    )
    out = out.sort_values(["level", "year"]).reset_index(drop=True)
    # a change of coverage, or of a figure's own coverage note, is a definitional break
    scope = out["coverage"] + "|" + out["note_en"].fillna("")
    out["break_before"] = scope.groupby(out["level"]).transform(
        lambda c: c.ne(c.shift()) & c.shift().notna()
    )
    return out


#: the share of plan that counts as "above half" by April
HALF = 50.0


@dataclass(frozen=True)
class History:
    """Jan–Apr progress in years before ``year``, and whether a like-for-like figure (the
    same list, with the same coverage, as one of ``year``'s) was above half before."""

    earlier: pd.DataFrame  # rows of key_project_series, by year then level
    above_half_before: bool
    like_for_like: int  # earlier rows comparable with the year's own


def history(series: pd.DataFrame, year: int) -> History | None:
    """Earlier years' rows of a :func:`key_project_series` (None when there are none).
    "Above half is not new" may rest only on rows of the same level and coverage as the
    year's own: a change of list or coverage is a definitional break, not a precedent."""
    earlier = series[series["year"] < year].sort_values(["year", "level"])
    if earlier.empty:
        return None
    own = set(zip(*(series.loc[series["year"] == year, c] for c in ("level", "coverage"))))
    same = earlier[[(lv, cv) in own for lv, cv in zip(earlier["level"], earlier["coverage"])]]
    return History(earlier, bool((same["value"] > HALF).any()), len(same))


def primary_share_ratio(fy: pd.DataFrame, region: str, comparison: str) -> float | None:
    """The region's primary-industry share of GDP over the comparison's (a location
    quotient): above 1, farming weighs more in the region than in the comparison."""
    rows = fy.set_index("region_id")
    if region not in rows.index or comparison not in rows.index:
        return None
    r, h = rows.loc[region, "primary_share"], rows.loc[comparison, "primary_share"]
    return None if pd.isna(r) or pd.isna(h) else float(r / h)


def growth_path(indicator: str, region: str, year: int, data: DataArg = None) -> pd.DataFrame:
    """Cumulative growth of ``indicator`` for ``region`` over the periods from 1 January
    that end in ``year`` or the year before, each point printed or implied:

    * printed for the region itself;
    * implied by a sub-region's growth less its printed gap to the region
      (``<indicator>_gap``, "N points above the province");
    * implied by a later year's growth less its printed change on a year earlier
      (``<indicator>_change``), for the same months one year back.
    """
    t = load_tables(data)

    def from_january(period: str) -> bool:
        p = t.known("periods", period, "period")
        start, end = p["start"], p["end"]
        return (
            start.month == 1
            and start.day == 1
            and start.year == end.year
            and end.year in (year - 1, year)
        )

    children = t.children(region)
    # the periods that hold a figure any point rests on (not every period in the data: a
    # new period without one leaves the path, and what it read, as they are)
    gaps = {child: set(available_periods(f"{indicator}_gap", child, data)) for child in children}
    changes = set(available_periods(f"{indicator}_change", region, data))
    own = set(available_periods(indicator, region, data))
    points: dict[str, dict] = {}

    def add(period: str, est, origin: str, source: str) -> None:
        if from_january(period) and (period not in points or origin == "stated"):
            points[period] = dict(
                period_id=period,
                value=est.value,
                low=est.low,
                high=est.high,
                origin=origin,
                source_id=source,
                printed=getattr(est, "value_text", ""),
            )

    for period in t.in_file_order("periods", set().union(*gaps.values(), changes, own)):
        for child in children:
            if period not in gaps[child]:
                continue
            g = find(f"{indicator}_gap", child, period, data)
            if g is not None and find(indicator, child, period, data) is not None:
                add(
                    period,
                    d.implied_comparator(indicator, f"{indicator}_gap", child, period, data),
                    "derived",
                    g.source_id,
                )
        change = find(f"{indicator}_change", region, period, data) if period in changes else None
        if change is not None and find(indicator, region, period, data) is not None:
            earlier = year_earlier(t, period)
            if earlier:
                add(
                    earlier,
                    previous_growth_from_change(indicator, region, period, data),
                    "derived",
                    change.source_id,
                )
        o = find(indicator, region, period, data) if period in own else None
        if o is not None:
            add(period, o, "stated", o.source_id)
    out = pd.DataFrame(
        list(points.values()),
        columns=["period_id", "value", "low", "high", "origin", "source_id", "printed"],
    )
    periods = pd.DataFrame(
        [t.known("periods", p, "period") for p in out["period_id"]],
        columns=["period_id", "end", "label_zh", "label_en"],
    ).set_index("period_id")
    out["end"] = out["period_id"].map(periods["end"].astype("datetime64[s]"))
    out["label_zh"] = out["period_id"].map(periods["label_zh"])
    out["label_en"] = out["period_id"].map(periods["label_en"])
    return out.sort_values("end").reset_index(drop=True)


def previous_growth_from_change(
    growth_ind: str, region: str, period: str, data: DataArg = None
) -> d.Estimate:
    """Growth a year earlier = this period's growth − its change in percentage points.

    Henan H1 2022 +22.3%, 16.5 pp above H1 2021, gives H1 2021 ≈ +5.8% (5.7–5.9).
    """
    g = d.stated(get(growth_ind, region, period, data))
    change = d.stated(get(f"{growth_ind}_change", region, period, data))
    return d.difference(g, change, "%")


def full_year(year: str, regions, data: DataArg = None) -> pd.DataFrame | None:
    """Full-year outcomes side by side: GDP, growth, and the primary-industry share of GDP."""
    rows = []
    for region in (r for r in regions if r):
        gdp, growth = find("gdp", region, year, data), find("gdp_growth", region, year, data)
        share = d.optional(d.share_of, "primary_va", "gdp", region, year, data)
        if gdp is None:
            continue
        rows.append(
            dict(
                region_id=region,
                gdp=gdp.value,
                gdp_growth=growth.value if growth else None,
                primary_share=share.value if share else None,
                source_id=gdp.source_id,
            )
        )
    return pd.DataFrame(rows) if rows else None


@dataclass(frozen=True)
class Outcomes:
    """The year's industrial outcome for a region against its comparison: secondary-industry
    growth (both GDP accounting, a comparable pair), the region's industry value added growth
    against the comparison's above-designated-size industry growth (printed, or implied by a
    peer's printed growth and its printed gap to the comparison), and the region's cumulative
    industrial-investment growth earlier that year. A conclusion rests only on a pair of the
    same coverage: the industry pair is comparable only when the region's figure is
    above-designated-size industry too; otherwise ``needed`` names the figures that would
    make it so."""

    secondary: Figure | None
    comparison_secondary: Figure | None
    industry: Figure | None
    comparison_industry: Figure | None
    peer: str  # the region whose gap implies the comparison's industry growth ("" if printed)
    investment_growth: Figure | None
    investment_period: str
    industry_comparable: bool = False
    #: (indicator, region, period) of the figures a comparable industry pair would need
    needed: tuple[tuple[str, str, str], ...] = ()

    @staticmethod
    def _side(a: Figure | None, b: Figure | None) -> int | None:
        if a is None or b is None:
            return None
        return -1 if a.high < b.low else 1 if a.low > b.high else 0

    @property
    def secondary_vs_comparison(self) -> int | None:
        """1 when the region's secondary industry grew faster than the comparison's by every
        range, −1 when slower, 0 when the ranges overlap, None when either is missing."""
        return self._side(self.secondary, self.comparison_secondary)

    @property
    def industry_vs_comparison(self) -> int | None:
        """As :attr:`secondary_vs_comparison`, for the industry pair: None unless the pair
        is comparable (the same coverage)."""
        if not self.industry_comparable:
            return None
        return self._side(self.industry, self.comparison_industry)


ABOVE_SCALE = "industry_above_scale_va_growth"
ALL_INDUSTRY = "industry_va_growth"


def _comparison_industry(comparison: str, year: str, data: DataArg) -> tuple[Figure | None, str]:
    printed = find(ABOVE_SCALE, comparison, year, data)
    if printed is not None:
        return Figure.of_observation(printed), ""
    for peer in load_tables(data).children(comparison):
        e = d.optional(d.implied_comparator, ABOVE_SCALE, f"{ABOVE_SCALE}_gap", peer, year, data)
        if e is not None:  # cited by the peer's source, which prints both figures
            source = get(ABOVE_SCALE, peer, year, data).source_id
            return replace(Figure.of_estimate(e, "comparison_industry"), source_id=source), peer
    return None, ""


def outcomes(year: str, region: str, comparison: str, data: DataArg = None) -> Outcomes | None:
    """See :class:`Outcomes`; None when the data hold none of the region's figures."""

    def printed(indicator: str, where: str, period: str = year) -> Figure | None:
        o = find(indicator, where, period, data) if where else None
        return Figure.of_observation(o) if o is not None else None

    secondary = printed("secondary_va_growth", region)
    above = printed(ABOVE_SCALE, region)  # the region's own above-scale figure, when held
    industry = above if above is not None else printed(ALL_INDUSTRY, region)
    if secondary is None and industry is None:
        return None
    comp_industry, peer = _comparison_industry(comparison, year, data) if comparison else (None, "")
    comparable = above is not None and comp_industry is not None
    needed: tuple[tuple[str, str, str], ...] = ()
    if not comparable and industry is not None and comp_industry is not None:
        needed = ((ABOVE_SCALE, region, year), (ALL_INDUSTRY, comparison, year))
    t = load_tables(data)
    y = t.known("periods", year, "period")["end"].year
    spans = {
        p: t.known("periods", p, "period")
        for p in available_periods("industrial_investment_growth", region, data)
    }
    inv_periods = [p for p, r in spans.items() if r["end"].year == y and r["start"].month == 1]
    inv_period = min(inv_periods, key=lambda p: spans[p]["end"]) if inv_periods else ""
    return Outcomes(
        secondary,
        printed("secondary_va_growth", comparison),
        industry,
        comp_industry,
        peer,
        printed("industrial_investment_growth", region, inv_period) if inv_period else None,
        inv_period,
        comparable,
        needed,
    )


@dataclass(frozen=True)
class AgainstPath:
    """A region's cumulative growth set against its comparison's path in the same year:
    the comparison's rate for the same months (printed or implied) and the highest
    cumulative rate the comparison's path reaches that year."""

    region_growth: Figure
    period: str
    month: int  # the period's last month (it runs from January)
    comparison_same: Figure | None
    comparison_high: Figure | None
    high_period: str
    times_high: float | None  # the region's rate over the comparison's highest

    @property
    def outlier(self) -> bool:
        """Above every rate on the comparison's path that year, by every range."""
        h = self.comparison_high
        return h is not None and self.region_growth.low > h.high


def against_path(
    path: pd.DataFrame, indicator: str, region: str, data: DataArg = None
) -> list[AgainstPath]:
    """Each printed cumulative rate of ``region`` in a year the comparison's ``path`` (a
    :func:`growth_path` frame) covers, against that path."""
    if path is None or path.empty:
        return []
    t = load_tables(data)
    out = []
    for period in available_periods(indicator, region, data):
        span = t.known("periods", period, "period")
        start, end = span["start"], span["end"]
        if start.month != 1 or start.day != 1 or start.year != end.year:
            continue
        same_year = path[path["end"].dt.year == end.year]
        if same_year.empty:
            continue
        own = Figure.of_observation(get(indicator, region, period, data))

        def point(r) -> Figure:
            return Figure(
                r["value"],
                r["low"],
                r["high"],
                "%",
                Origin(r["origin"]),
                "",
                source_id=r["source_id"],
            )

        same = same_year[same_year["period_id"] == period]
        high = same_year.loc[same_year["value"].idxmax()]
        out.append(
            AgainstPath(
                own,
                period,
                int(end.month),
                point(same.iloc[0]) if not same.empty else None,
                point(high),
                str(high["period_id"]),
                own.value / high["value"] if high["value"] > 0 else None,
            )
        )
    return out
