"""Each theme's numbers, computed once: one frozen dataclass per theme of a report.

A :class:`Figure` is one number a report shows, printed (from an observation) or derived
(from an estimate, with the range its rounded inputs allow). Each theme function returns
its dataclass, or ``None`` when ``data/`` holds nothing of it for the region and period;
an attribute is ``None`` when that one figure is missing. Remainders, bounds and averages
that a sentence or a chart needs are attributes here too, so the report layer formats and
draws but never computes. No words: labels of derived figures live in the report's word
catalogue, under the figure's ``term``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields

from ..access.observations import DataArg, Observation, find
from ..access.tables import load_tables
from ..access.vocab import Origin
from . import derived as d
from .claims import calendar_year
from .rounding import decimals_of, round_half_up


@dataclass(frozen=True)
class Figure:
    """One number a report shows, with its range, unit and where it comes from.

    ``term`` names a derived figure (its label is looked up in the word catalogue);
    a printed one carries its indicator's names from ``data/`` instead."""

    value: float
    low: float
    high: float
    unit: str
    origin: Origin
    formula: str
    term: str = ""
    unit_en: str = ""
    name_zh: str = ""
    name_en: str = ""
    source_id: str = ""
    citation: str = "zmd-report"
    printed: str = ""
    qualifier: str = ""
    kind: str = ""
    note_zh: str = ""
    note_en: str = ""

    @classmethod
    def of_observation(cls, o: Observation) -> Figure:
        return cls(
            o.value,
            o.low,
            o.high,
            o.unit,
            Origin.STATED,
            o.as_text(),
            unit_en=o.unit_en,
            name_zh=o.name_zh,
            name_en=o.name_en,
            source_id=o.source_id,
            citation=o.citation,
            printed=o.value_text,
            qualifier=o.qualifier,
            kind=o.kind,
            note_zh=o.note_zh,
            note_en=o.note_en,
        )

    @classmethod
    def of_estimate(cls, e: d.Estimate, term: str) -> Figure:
        return cls(e.value, e.low, e.high, e.unit, Origin.DERIVED, e.expr, term=term)

    @property
    def derived(self) -> bool:
        return self.origin == Origin.DERIVED


def _printed(indicator: str, region: str, period: str, data: DataArg) -> Figure | None:
    o = find(indicator, region, period, data)
    return Figure.of_observation(o) if o is not None else None


def _implied(e: d.Estimate | None, term: str) -> Figure | None:
    return Figure.of_estimate(e, term) if e is not None else None


def _estimate(f: Figure) -> d.Estimate:
    """A figure back as an operand (its printed text, or a derived one's workings)."""
    expr = f.formula if f.derived else f.printed or f"{f.value:g}"
    return d.Estimate(f.value, f.low, f.high, f.unit, f.formula, (), expr)


class _Theme:
    """The figures of a theme in table order (the order of its fields), missing ones left out."""

    def figures(self) -> Iterator[Figure]:
        for f in fields(self):  # type: ignore[arg-type]
            v = getattr(self, f.name)
            if isinstance(v, Figure):
                yield v
            elif isinstance(v, _Theme):
                yield from v.figures()

    @property
    def source_ids(self) -> list[str]:
        return [f.source_id for f in self.figures() if f.source_id]


# --- key projects ------------------------------------------------------------

#: the key-project lists a region's dispatch reports (indicator prefix -> level)
LISTS = {"prov": "provincial", "city": "city"}


@dataclass(frozen=True)
class ProjectList(_Theme):
    """One key-project list's progress: printed counts and shares, and what they imply."""

    level: str
    projects: Figure | None
    investment: Figure | None
    plan_share: Figure | None
    plan_share_gap: Figure | None
    provincial_average: Figure | None  # the share minus the printed gap
    annual_plan: Figure | None  # investment / share
    ahead_of_time: Figure | None  # share minus time elapsed
    investment_per_project: Figure | None


@dataclass(frozen=True)
class KeyProjects(_Theme):
    provincial: ProjectList
    city: ProjectList
    time_elapsed: Figure | None

    @property
    def lists(self) -> tuple[ProjectList, ...]:
        return (self.provincial, self.city)

    @property
    def with_progress(self) -> tuple[ProjectList, ...]:
        """The lists whose share of plan is printed."""
        return tuple(x for x in self.lists if x.plan_share is not None)

    @property
    def with_plan(self) -> tuple[ProjectList, ...]:
        return tuple(x for x in self.lists if x.annual_plan is not None)


def _project_list(prefix: str, region: str, period: str, data: DataArg) -> ProjectList:
    ind = f"{prefix}_key_ind"
    return ProjectList(
        LISTS[prefix],
        _printed(f"{ind}_projects", region, period, data),
        _printed(f"{ind}_investment", region, period, data),
        _printed(f"{ind}_plan_share", region, period, data),
        _printed(f"{ind}_plan_share_gap", region, period, data),
        _implied(
            d.optional(d.implied_provincial_progress, prefix, region, period, data),
            "provincial_average",
        ),
        _implied(
            d.optional(
                d.implied_annual_plan,
                f"{ind}_investment",
                f"{ind}_plan_share",
                region,
                period,
                data,
            ),
            "annual_plan",
        ),
        _implied(
            d.optional(d.progress_vs_time, f"{ind}_plan_share", region, period, data),
            "ahead_of_time",
        ),
        _implied(
            d.optional(
                d.average_size, f"{ind}_investment", f"{ind}_projects", region, period, data
            ),
            "investment_per_project",
        ),
    )


def key_projects(region: str, period: str, data: DataArg = None) -> KeyProjects | None:
    """Provincial and city key industrial projects: count, completed investment, share of
    plan, gap to the province; the provincial average and annual plan they imply, the lead
    over the time elapsed, and the investment per project."""
    lists = [_project_list(p, region, period, data) for p in LISTS]
    if not any(True for x in lists for _ in x.figures()):
        return None
    elapsed = _implied(d.optional(d.time_elapsed, period, data), "time_elapsed")
    return KeyProjects(lists[0], lists[1], elapsed)


@dataclass(frozen=True)
class ScaleShare:
    """A dispatch total as a share of one measure of the economy."""

    level: str
    part: str  # "completed" or "annual_plan"
    whole: Figure
    share: Figure


@dataclass(frozen=True)
class Scale(_Theme):
    """Project-dispatch totals against the size of the economy in the same year. Dispatch
    totals are not investment in the statistical sense."""

    gdp: Figure | None
    secondary_va: Figure | None
    industry_va: Figure | None
    shares: tuple[ScaleShare, ...]

    def figures(self) -> Iterator[Figure]:
        yield from super().figures()
        yield from (s.share for s in self.shares)

    def share(self, level: str, part: str, whole: str) -> Figure | None:
        w = getattr(self, whole)
        return next(
            (s.share for s in self.shares if s.level == level and s.part == part and s.whole is w),
            None,
        )


def year_of(period: str, data: DataArg = None) -> str | None:
    """The id of the calendar year a period ends in, when periods.csv has it."""
    return calendar_year(load_tables(data), period)


def scale(
    region: str, period: str, projects: KeyProjects | None, data: DataArg = None
) -> Scale | None:
    """The year's GDP, secondary and industry value added, and each list's completed
    investment and implied plan as shares of them."""
    year = year_of(period, data)
    if year is None or projects is None:
        return None
    wholes = {k: _printed(k, region, year, data) for k in ("gdp", "secondary_va", "industry_va")}
    shares = []
    for lst in projects.lists:
        parts = [("completed", lst.investment), ("annual_plan", lst.annual_plan)]
        for whole in (w for w in wholes.values() if w is not None):
            shares += [
                ScaleShare(
                    lst.level,
                    part,
                    whole,
                    Figure.of_estimate(
                        d.ratio(_estimate(fig), _estimate(whole), "%", scale=100), "scale_share"
                    ),
                )
                for part, fig in parts
                if fig is not None
            ]
    if not any(wholes.values()) or not shares:
        return None
    return Scale(wholes["gdp"], wholes["secondary_va"], wholes["industry_va"], tuple(shares))


# --- industrial investment -----------------------------------------------------


@dataclass(frozen=True)
class Investment(_Theme):
    """Industrial investment: level, growth, gap and rank as printed; the year-earlier base
    and increase they imply; the comparison region's growth (implied by the printed gap when
    the comparison is the region's parent, printed otherwise) and the gap to it."""

    level: Figure | None
    growth: Figure | None
    gap: Figure | None
    rank: Figure | None
    base: Figure | None
    increase: Figure | None
    comparison_growth: Figure | None
    comparison_gap: Figure | None  # our difference, when the comparison's growth is printed

    @property
    def gap_to_comparison(self) -> Figure | None:
        """The gap the growth chart draws: the printed one against the parent, ours otherwise."""
        return self.gap if self.comparison_gap is None else self.comparison_gap


def industrial_investment(
    region: str, period: str, comparison: str = "", data: DataArg = None
) -> Investment | None:
    level = _printed("industrial_investment", region, period, data)
    growth = _printed("industrial_investment_growth", region, period, data)
    base_e = d.optional(d.implied_previous_level, region=region, period=period, data=data)
    increase = (
        d.difference(_estimate(level), base_e, level.unit)
        if base_e is not None and level is not None
        else None
    )
    comp_growth = comp_gap = None
    if comparison and comparison == load_tables(data).parent(region):
        comp_growth = _implied(
            d.optional(
                d.implied_comparator,
                "industrial_investment_growth",
                "industrial_investment_growth_gap",
                region,
                period,
                data,
            ),
            "comparison_growth",
        )
    elif comparison:
        comp_growth = _printed("industrial_investment_growth", comparison, period, data)
        if comp_growth is not None and growth is not None:
            comp_gap = Figure.of_estimate(
                d.difference(_estimate(growth), _estimate(comp_growth), "百分点"), "comparison_gap"
            )
    theme = Investment(
        level,
        growth,
        _printed("industrial_investment_growth_gap", region, period, data),
        _printed("industrial_investment_growth_rank", region, period, data),
        _implied(base_e, "base"),
        _implied(increase, "increase"),
        comp_growth,
        comp_gap,
    )
    return theme if any(True for _ in theme.figures()) else None


def dispatch_ratio(projects: KeyProjects | None, investment: Investment | None) -> Figure | None:
    """The city list's dispatch "completed investment" over the region's statistical
    industrial investment for the same period."""
    city = projects.city.investment if projects is not None else None
    level = investment.level if investment is not None else None
    if city is None or level is None:
        return None
    r = city.value / level.value
    return Figure(r, r, r, "倍", Origin.DERIVED, f"{city.printed} / {level.printed}", "ratio")


# --- ranks -------------------------------------------------------------------


@dataclass(frozen=True)
class Ranks(_Theme):
    growth_rank: Figure | None
    evaluation_rank: Figure | None
    adv_mfg_rank: Figure | None
    adv_mfg_list: Figure | None  # projects on the provincial list the rank is among
    units: Figure  # regions ranked: the parent's children in regions.csv

    @property
    def ranks(self) -> tuple[Figure, ...]:
        return tuple(
            r for r in (self.growth_rank, self.evaluation_rank, self.adv_mfg_rank) if r is not None
        )

    @property
    def scale_end(self) -> int:
        """The last place of the rank scale: the units ranked, or the lowest rank printed."""
        return int(self.units.value) if self.units.value else int(max(r.value for r in self.ranks))


def rankings(region: str, period: str, list_period: str, data: DataArg = None) -> Ranks | None:
    """The region's ranks and the list size behind the advanced-manufacturing rank."""
    t = load_tables(data)
    parent = t.parent(region)
    ranks = (
        _printed("industrial_investment_growth_rank", region, period, data),
        _printed("key_project_evaluation_rank", region, period, data),
        _printed("adv_mfg_key_projects_rank", region, list_period, data),
    )
    if all(r is None for r in ranks):
        return None
    units = len(t.children(parent)) if parent else 0
    return Ranks(
        *ranks,
        _printed("adv_mfg_key_projects", parent, list_period, data) if parent else None,
        Figure.of_estimate(d.exact(units, ""), "units"),
    )


# --- investment attraction -------------------------------------------------------


@dataclass(frozen=True)
class Attraction(_Theme):
    events: Figure | None
    signed: Figure | None
    signed_investment: Figure | None
    landed: Figure | None
    landed_share: Figure | None  # printed landing rate
    landing_rate: Figure | None  # recomputed: landed / signed
    investment_per_signed: Figure | None

    @property
    def stages(self) -> tuple[Figure, ...]:
        return tuple(
            f for f in (self.events, self.signed, self.signed_investment, self.landed) if f
        )

    @property
    def funnel(self) -> tuple[tuple[str, Figure], ...]:
        """The funnel's stages by name: events, signed, landed (those printed)."""
        named = (("events", self.events), ("signed", self.signed), ("landed", self.landed))
        return tuple((n, f) for n, f in named if f is not None)

    @property
    def rate_at_printed_precision(self) -> float | None:
        """The recomputed landing rate rounded as the printed one is."""
        if self.landing_rate is None or self.landed_share is None:
            return None
        return round_half_up(self.landing_rate.value, decimals_of(self.landed_share.printed))


def attraction(region: str, period: str, data: DataArg = None) -> Attraction | None:
    """Events → signed → landed, the landing rate recomputed and the average signed project."""
    theme = Attraction(
        _printed("promotion_events", region, period, data),
        _printed("signed_ind_projects", region, period, data),
        _printed("signed_ind_investment", region, period, data),
        _printed("landed_ind_projects", region, period, data),
        _printed("landed_share_of_signed", region, period, data),
        _implied(d.optional(d.landing_rate, region, period, data), "landing_rate"),
        _implied(
            d.optional(
                d.average_size,
                "signed_ind_investment",
                "signed_ind_projects",
                region,
                period,
                data,
            ),
            "investment_per_signed",
        ),
    )
    return theme if any(True for _ in theme.figures()) else None


# --- business environment -------------------------------------------------------


@dataclass(frozen=True)
class Environment(_Theme):
    one_trip: Figure | None
    zero_trip: Figure | None
    approval_days: Figure | None
    cert_days: Figure | None
    cert_count: Figure | None
    high_growth: Figure | None
    sb_firms: Figure | None
    sb_projects: Figure | None
    zero_share: Figure | None

    @property
    def one_visit_only(self) -> Figure | None:
        """At-most-one-visit items that still need one visit (zero-visit is a subset)."""
        if self.one_trip is None or self.zero_trip is None:
            return None
        e = d.difference(_estimate(self.one_trip), _estimate(self.zero_trip), self.one_trip.unit)
        return Figure(
            e.value,
            e.low,
            e.high,
            e.unit,
            Origin.DERIVED,
            e.expr,
            "one_visit_only",
            unit_en=self.one_trip.unit_en,
        )

    @property
    def cultivation(self) -> tuple[Figure, ...]:
        return tuple(f for f in (self.high_growth, self.sb_firms, self.sb_projects) if f)


def business_environment(
    region: str, period: str, programme_period: str, data: DataArg = None
) -> Environment | None:
    """Service reforms (visit counts, approval times) and enterprise cultivation."""

    def at(ind: str) -> Figure | None:
        return _printed(ind, region, period, data)

    def programme(ind: str) -> Figure | None:
        return _printed(ind, region, programme_period, data)

    theme = Environment(
        at("at_most_one_trip_items"),
        at("zero_trip_items"),
        at("approval_days_max"),
        at("four_certificates_days"),
        at("four_certificates_count"),
        programme("high_growth_firms"),
        programme("shuangbai_firms"),
        programme("shuangbai_projects"),
        _implied(d.optional(d.zero_trip_share, region, period, data), "zero_share"),
    )
    return theme if any(True for _ in theme.figures()) else None


# --- one article ---------------------------------------------------------------


@dataclass(frozen=True)
class ClaimFigure:
    """The headline number a claim computes and the article does not print."""

    claim_id: str
    label_zh: str
    label_en: str
    figure: Figure
    #: which of the claim's computed numbers it is (``Verdict.principal``: plan, base ...)
    principal: str = ""


@dataclass(frozen=True)
class ArticleFigures(_Theme):
    printed: tuple[Figure, ...]
    implied: tuple[ClaimFigure, ...]

    def figures(self) -> Iterator[Figure]:
        yield from self.printed
        yield from (c.figure for c in self.implied)


def article_figures(source: str, data: DataArg = None) -> ArticleFigures:
    """An article's printed figures and the headline figure each of its claims computes
    (implied plan, base, comparator value, ratio ...) that it does not print."""
    from ..access.observations import select
    from .claims import check_claims

    printed = tuple(
        Figure.of_observation(o)
        for r in select(data, source_id=source).itertuples()
        if (o := find(r.indicator_id, r.region_id, r.period_id, data)) is not None
    )
    t = load_tables(data)
    implied = tuple(
        ClaimFigure(
            v.claim_id,
            (claim := t.known("claims", v.claim_id, "claim"))["label_zh"],
            claim["label_en"],
            Figure.of_estimate(e, "claim"),
            v.principal,
        )
        for v in check_claims(source, data)
        if (e := v.numbers.get(v.principal)) is not None and not e.printed
    )
    return ArticleFigures(printed, implied)
