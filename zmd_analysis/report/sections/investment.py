"""Industrial investment: growth against the comparison region, the implied base and the
base effect (notebook 02)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ...access.observations import period_label
from ...access.tables import load_tables
from ...analysis import themes as t
from ...analysis.base_effect import BaseEffect, base_effect
from ...analysis.claims import year_earlier
from ...analysis.themes import Investment
from .. import charts as c
from .. import figure_table as ft
from .. import show
from ..downloads import point
from ..formatting import estimate, num
from ..sentences import Names
from ..texts import tr
from .base import Page, section


def _investment(page: Page) -> Investment | None:
    p = page.p
    return page.theme(t.industrial_investment, p.region, p.period, p.comparison)


def _effect(page: Page) -> BaseEffect | None:
    p = page.p
    return page.theme(base_effect, "industrial_investment_growth", p.region, p.comparison, p.period)


def _comparison_item(inv: Investment, comparison_name: dict[str, str]) -> ft.Labelled | None:
    f = inv.comparison_growth
    if f is None:
        return None
    if not f.derived:
        return ft.labelled(f)
    return (
        f,
        tr("comparison_growth_label", "zh", comparison=comparison_name["zh"]),
        tr("comparison_growth_label", "en", comparison=comparison_name["en"]),
    )


def items(inv: Investment, comparison: str) -> list[ft.Labelled]:
    """The theme's figure table, in its fields' order."""
    names = load_tables().known("regions", comparison, "region") if comparison else {}
    both = {lang: names.get(f"name_{lang}", "") for lang in ("zh", "en")}
    out: list[ft.Labelled | None] = [
        ft.labelled(f)
        for f in (inv.level, inv.growth, inv.gap, inv.rank, inv.base, inv.increase)
        if f is not None
    ]
    out.append(_comparison_item(inv, both))
    out.append(ft.labelled(inv.comparison_gap) if inv.comparison_gap else None)
    return [x for x in out if x is not None]


def growth_chart(
    inv: Investment, comparison: str, region_name: str, comparison_name: str, lang: str = "zh"
) -> go.Figure:
    """The region's growth against the comparison's (hatched when implied by the printed
    gap), the gap annotated."""
    g, other = ft.known(inv.growth), inv.comparison_growth
    implied = tr("implied_suffix", lang) if other is not None and other.derived else ""
    shown = items(inv, comparison)
    fig = go.Figure()
    fig.add_bar(
        x=[region_name],
        y=[g.value],
        marker_color=c.CITY,
        name=region_name,
        text=[f"{num(g.value, lang=lang)}%"],
        textposition="outside",
    )
    if other is not None:
        fig.add_bar(
            x=[comparison_name + implied],
            y=[other.value],
            name=comparison_name + implied,
            marker=dict(color=c.PROVINCE, pattern=c.IMPLIED if implied else None),
            error_y=c.whiskers([other]),
            text=[f"{num(other.value, lang=lang)}%"],
            textposition="outside",
        )
        fig.add_annotation(
            x=0.5,
            xref="x",
            y=(g.value + other.value) / 2,
            text=f"{'gap' if lang == 'en' else '相差'} "
            f"{num(ft.known(inv.gap_to_comparison).value, lang=lang)} "
            f"{'pp' if lang == 'en' else '个百分点'}",
            showarrow=False,
            font=dict(color=c.CITY, size=13),
        )
    fig.update_layout(showlegend=False, bargap=0.45)
    values = [g.value] + ([other.high] if other is not None else [])
    fig.update_yaxes(
        title_text=tr("growth_axis", lang),
        rangemode="tozero",
        range=[min(0, min(values) * 1.2), max(max(values) * 1.2, 1)],
    )
    by_fig = {id(x[0]): x for x in shown}
    data = c.points([g], lang, region_name) + (
        c.labelled_points(
            [by_fig.get(id(other)), by_fig.get(id(inv.gap_to_comparison))],
            lang,
            comparison_name + implied,
        )
        if other is not None
        else []
    )
    return c.finish(fig, tr("chart_growth_title", lang), lang, c.source_of(shown, lang), data)


def base_chart(inv: Investment, comparison: str, lang: str = "zh") -> go.Figure:
    """The implied level of the same period a year earlier next to this period's level."""
    level, base = ft.known(inv.level), ft.known(inv.base)
    fig = go.Figure()
    fig.add_bar(
        x=[tr("previous_year", lang)],
        y=[base.value],
        marker=dict(color=c.NEUTRAL, pattern=c.IMPLIED),
        error_y=c.whiskers([base]),
        text=[f"≈{num(base.value, lang=lang)}"],
        textposition="outside",
    )
    fig.add_bar(
        x=[tr("this_year", lang)],
        y=[level.value],
        marker_color=c.CITY,
        text=[num(level.value, lang=lang)],
        textposition="outside",
    )
    fig.update_layout(showlegend=False, bargap=0.45)
    fig.update_yaxes(
        title_text=tr("amount_axis", lang), rangemode="tozero", range=[0, level.value * 1.2]
    )
    data = c.points([base], lang, tr("previous_year", lang)) + c.points(
        [level], lang, tr("this_year", lang)
    )
    source = c.source_of(items(inv, comparison), lang)
    return c.finish(fig, tr("chart_base_title", lang), lang, source, data)


def base_effect_chart(b: BaseEffect, comparison_name: str, lang: str, source: str) -> go.Figure:
    """Two-year average growth for each assumed year-earlier growth (zero-based bars): the
    round assumptions, and the comparison's stand-in rates (labelled with their period, in
    the comparison's colour); the comparison's two-year average as a dashed line."""
    names = Names(lang)
    stand_in = {x.growth.value: x for x in b.proxies}
    labels = [
        f"{num(s, 1, lang)}%"
        + (f"<br>{names.period(stand_in[s].period_id)}" if s in stand_in else "")
        for s, _ in b.scenarios
    ]
    values = [e.value for _, e in b.scenarios]
    fig = go.Figure()
    for is_stand_in, name, colour in (
        (False, tr("base_effect_assumed", lang), c.CITY),
        (True, tr("base_effect_stand_in", lang, comparison=comparison_name), c.PROVINCE),
    ):
        picked = [i for i, (s, _) in enumerate(b.scenarios) if (s in stand_in) == is_stand_in]
        if not picked:
            continue
        fig.add_bar(
            x=[labels[i] for i in picked],
            y=[values[i] for i in picked],
            name=name,
            marker_color=colour,
            text=[f"{values[i]:.1f}%" for i in picked],
            textposition="outside",
        )
    if b.comparison_two_year is not None:
        level = b.comparison_two_year.value
        # named in the legend (above the plot), where no bar can cover it
        c.dashed_line(
            fig,
            "y",
            level,
            c.PROVINCE,
            tr(
                "base_effect_comparison_line_bound"
                if b.proxies and not any(x.exact for x in b.proxies)
                else "base_effect_comparison_line",
                lang,
                comparison=comparison_name,
                value=f"{num(level, 1, lang)}%",
            ),
        )
    fig.update_layout(bargap=0.4, legend_traceorder="normal")
    fig.update_xaxes(categoryorder="array", categoryarray=labels)
    fig.update_xaxes(title_text=tr("base_effect_axis_scenario", lang), type="category")
    fig.update_yaxes(
        title_text=tr("growth_axis", lang),
        rangemode="tozero",
        range=[min(0, min(values) * 1.2), max(values) * 1.2],
    )
    series = tr("base_effect_axis_scenario", lang)
    data = [
        point(series, lab.replace("<br>", " "), e.value, "%", "derived", e.expr, "", e.low, e.high)
        for lab, (_, e) in zip(labels, b.scenarios)
    ]
    data += [
        point(
            tr(
                "base_effect_comparison_line",
                lang,
                comparison=comparison_name,
                value=f"{num(x.two_year.value, 1, lang)}%",
            ),
            x.period_id,
            x.two_year.value,
            "%",
            "derived",
            x.two_year.expr,
            x.source_id,
            x.two_year.low,
            x.two_year.high,
        )
        for x in b.proxies
    ]
    return c.finish(fig, tr("base_effect_chart_title", lang), lang, source, data)


@section(
    "analysis.themes.Investment",
    charts=("growth_chart",),
    sentences=("investment_growth_heading", "investment_growth_finding", "investment_growth_vs"),
)
def growth(page: Page) -> None:
    p, inv = page.p, _investment(page)
    if inv is None or inv.growth is None:
        show.no_data(
            p.lang, p.region_name, p.period_label, "industrial_investment_growth", p.region
        )
        return
    show.heading(tr("investment_growth_heading", p.lang))
    show.figure(growth_chart(inv, p.comparison, p.region_name, p.comparison_name, p.lang))
    other = inv.comparison_growth
    if other is not None and other.derived and inv.level and inv.gap:
        rank_text = ""
        if inv.rank is not None:
            rank = estimate(inv.rank, p.lang)
            rank_text = (
                f"，增速居{p.comparison_name}{rank}"
                if p.lang == "zh"
                else f", {rank} in {p.comparison_name}"
            )
        show.finding(
            tr(
                "investment_growth_finding",
                p.lang,
                region=p.region_name,
                period=p.period_label,
                comparison=p.comparison_name,
                rank_text=rank_text,
                level=estimate(inv.level, p.lang),
                growth=estimate(inv.growth, p.lang),
                gap=estimate(inv.gap, p.lang),
                quote=_quote(p.region, p.period, inv.gap),
                prov=estimate(other, p.lang),
            )
        )
    elif other is not None and inv.comparison_gap is not None:
        show.finding(
            tr(
                "investment_growth_vs",
                p.lang,
                region=p.region_name,
                period=p.period_label,
                comparison=p.comparison_name,
                growth=estimate(inv.growth, p.lang),
                other=estimate(other, p.lang),
                diff=estimate(inv.comparison_gap, p.lang),
            )
        )
    else:
        show.note(tr("no_comparison", p.lang, comparison=p.comparison_name, period=p.period_label))


@section(
    "analysis.themes.Investment",
    charts=("base_chart",),
    sentences=("investment_base_heading", "investment_base_finding", "investment_bases_note"),
)
def base(page: Page) -> None:
    p, inv = page.p, _investment(page)
    if inv is None or inv.base is None:
        return
    show.heading(tr("investment_base_heading", p.lang))
    show.figure(base_chart(inv, p.comparison, p.lang))
    earlier = year_earlier(load_tables(), p.period)
    show.finding(
        tr(
            "investment_base_finding",
            p.lang,
            base_period=period_label(earlier, p.lang),
            base=estimate(inv.base, p.lang),
            delta=estimate(inv.increase, p.lang),
        )
    )
    ratio = t.dispatch_ratio(page.theme(t.key_projects, p.region, p.period), inv)
    if ratio is not None:
        projects = page.theme(t.key_projects, p.region, p.period)
        show.note(
            tr(
                "investment_bases_note",
                p.lang,
                city=estimate(projects.city.investment, p.lang),
                ratio=estimate(ratio, p.lang),
            )
        )


def _base_effect_sentences(b: BaseEffect, p, names: Names) -> list[str]:
    """The comparison region's two-year average from its proxies, then what the region's
    own year-earlier growth would have to be."""
    lang = p.lang
    base_period = names.period(b.base_period)
    out = []
    if b.comparison_growth is not None and b.proxies:
        proxies = ("、" if lang == "zh" else "; ").join(
            tr(
                "base_effect_proxy",
                lang,
                period=names.period(x.period_id),
                indicator=names.indicator(x.indicator_id),
                value=estimate(x.growth, lang, show_range=False),
            )
            for x in b.proxies
        )
        lo, hi = b.two_year_band or (0.0, 0.0)  # proxies present: a band

        def one(x: float) -> str:  # a band: one decimal
            return f"{x:.1f}%".replace("-", "−")

        comp_two = f"{one(lo)}–{one(hi)}" if round(lo, 1) != round(hi, 1) else one(lo)
        # stand-ins only (no same-months figure of the same indicator): an upper bound
        out.append(
            tr(
                "base_effect_comparison"
                if any(x.exact for x in b.proxies)
                else "base_effect_comparison_bound",
                lang,
                comparison=p.comparison_name,
                period=p.period_label,
                comp=estimate(b.comparison_growth, lang),
                proxies=proxies,
                comp_two=comp_two,
            )
        )
    if b.break_even is not None:
        out.append(
            tr(
                "base_effect_region",
                lang,
                region=p.region_name,
                base_period=base_period,
                growth=estimate(b.region_growth, lang),
                zero=estimate(b.flat, lang),
                comparison=p.comparison_name,
                break_even=f"{round(-b.break_even.value):d}%",
            )
        )
    else:
        out.append(
            tr("base_effect_region_only", lang, region=p.region_name, base_period=base_period)
        )
    return out


def base_effect_table(b: BaseEffect, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            tr("base_effect_col_scenario", lang): [num(s, 1, lang) + "%" for s, _ in b.scenarios],
            tr("base_effect_col_two_year", lang): [estimate(e, lang) for _, e in b.scenarios],
        }
    )


@section(
    "analysis.base_effect.BaseEffect",
    charts=("base_effect_chart",),
    sentences=(
        "base_effect_heading",
        "base_effect_comparison",
        "base_effect_comparison_bound",
        "base_effect_region",
    ),
)
def effect(page: Page) -> None:
    p, b = page.p, _effect(page)
    if b is None:
        return
    inv = _investment(page)
    used = (inv.source_ids if inv is not None else []) + [x.source_id for x in b.proxies]
    show.heading(tr("base_effect_heading", p.lang))
    show.figure(base_effect_chart(b, p.comparison_name, p.lang, show.source_line(used, p.lang)))
    for sentence in _base_effect_sentences(b, p, Names(p.lang)):
        show.finding(sentence)
    show.table(base_effect_table(b, p.lang))


@section("analysis.themes.Investment", sentences=("table_heading",))
def table(page: Page) -> None:
    inv = _investment(page)
    if inv is None:
        return
    show.heading(tr("table_heading", page.lang))
    show.figure_table(ft.frame(items(inv, page.p.comparison)), page.lang)


def _quote(region: str, period: str, gap) -> str:
    """The printed gap as the article words it: its label as printed (高于全省), with the
    figure after it unless the label already holds it."""
    from ...access.observations import find

    o = find("industrial_investment_growth_gap", region, period)
    printed = estimate(gap, "zh")
    if o is None or not o.label_zh:
        return printed
    return o.label_zh if o.value_text in o.label_zh else f"{o.label_zh}{printed}"
