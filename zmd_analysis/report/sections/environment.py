"""Business environment and enterprise cultivation: visit counts, the zero-visit share,
approval times and the cultivation programmes (notebook 05)."""

from __future__ import annotations

import plotly.graph_objects as go

from ...analysis import themes as t
from ...analysis.themes import Environment
from .. import charts as c
from .. import figure_table as ft
from .. import show
from ..formatting import estimate, num
from ..texts import tr
from .base import Page, section


def _environment(page: Page) -> Environment | None:
    p = page.p
    return page.theme(t.business_environment, p.region, p.period, page.values["programme_period"])


def items(e: Environment) -> list[ft.Labelled]:
    return [ft.labelled(f) for f in e.figures()]


def reform_chart(e: Environment, lang: str = "zh") -> go.Figure:
    """At-most-one-visit items split into zero-visit and one-visit (zero-visit is a subset)."""
    one, zero, rest = ft.known(e.one_trip), ft.known(e.zero_trip), ft.known(e.one_visit_only)
    cat = [tr("chart_reform_title", lang)]
    fig = go.Figure()
    fig.add_bar(
        y=cat,
        x=[zero.value],
        orientation="h",
        name=tr("zero_trip_label", lang),
        marker_color=c.CITY,
        text=[f"{num(zero.value, 0, lang=lang)}"],
        textposition="inside",
    )
    fig.add_bar(
        y=cat,
        x=[rest.value],
        orientation="h",
        name=tr("one_trip_label", lang),
        marker_color=c.NEUTRAL,
        text=[f"{num(rest.value, 0, lang=lang)}"],
        textposition="outside",
    )
    fig.add_annotation(
        x=one.value,
        y=cat[0],
        yshift=42,
        showarrow=False,
        text=f"{'total' if lang == 'en' else '合计'} {num(one.value, 0, lang=lang)}",
    )
    fig.update_layout(barmode="stack", height=300, bargap=0.5, legend_traceorder="normal")
    fig.update_xaxes(
        title_text=tr("items_axis", lang), rangemode="tozero", range=[0, one.value * 1.12]
    )
    fig.update_yaxes(showticklabels=False)
    data = (
        c.points([one], lang, tr("chart_reform_title", lang))
        + c.points([zero], lang, tr("zero_trip_label", lang))
        + c.labelled_points(
            [(rest, tr("one_trip_label", "zh"), tr("one_trip_label", "en"))],
            lang,
            tr("one_trip_label", lang),
        )
    )
    return c.finish(fig, tr("chart_reform_title", lang), lang, c.source_of(items(e), lang), data)


@section(
    "analysis.themes.Environment",
    charts=("reform_chart",),
    sentences=("environment_reform_heading", "environment_reform_finding"),
)
def reform(page: Page) -> None:
    p, e = page.p, _environment(page)
    if e is None or e.one_trip is None or e.zero_trip is None:
        show.no_data(p.lang, p.region_name, p.period_label, "at_most_one_trip_items", p.region)
        return
    show.heading(tr("environment_reform_heading", p.lang))
    show.figure(reform_chart(e, p.lang))
    if e.zero_share is not None:
        show.finding(
            tr(
                "environment_reform_finding",
                p.lang,
                one=estimate(e.one_trip, p.lang),
                zero=estimate(e.zero_trip, p.lang),
                share=estimate(e.zero_share, p.lang),
                rest=estimate(e.one_visit_only, p.lang),
            )
        )


@section(
    "analysis.themes.Environment",
    sentences=("environment_cultivation_heading", "environment_cultivation_finding"),
)
def cultivation(page: Page) -> None:
    e = _environment(page)
    if e is None or not e.cultivation:
        return
    sep = "；" if page.lang == "zh" else "; "
    show.heading(tr("environment_cultivation_heading", page.lang))
    show.finding(
        tr(
            "environment_cultivation_finding",
            page.lang,
            items=sep.join(ft.name_and_value(f, page.lang) for f in e.cultivation),
        )
    )


@section("analysis.themes.Environment", sentences=("table_heading",))
def table(page: Page) -> None:
    e = _environment(page)
    if e is None:
        return
    show.heading(tr("table_heading", page.lang))
    show.figure_table(ft.frame(items(e)), page.lang)
