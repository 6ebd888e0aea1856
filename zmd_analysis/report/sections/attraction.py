"""Investment attraction: the events → signed → landed funnel, the landing rate
recomputed and the average signed project (notebook 04)."""

from __future__ import annotations

import plotly.graph_objects as go

from ...analysis import themes as t
from ...analysis.themes import Attraction
from .. import charts as c
from .. import figure_table as ft
from .. import show
from ..formatting import estimate, num, quantity
from ..texts import tr
from .base import Page, section

#: the funnel's stages and their chart labels
STAGE_LABELS = {"events": "events_label", "signed": "signed_label", "landed": "landed_label"}


def _attraction(page: Page) -> Attraction | None:
    return page.theme(t.attraction, page.p.region, page.p.period)


def items(a: Attraction) -> list[ft.Labelled]:
    return [ft.labelled(f) for f in a.figures()]


def funnel_chart(a: Attraction, lang: str = "zh") -> go.Figure:
    """Events → signed → landed, each stage with its unit; the landing rate recomputed."""
    stages = a.funnel
    texts = [
        f"{num(f.value, 0, lang=lang)} {f.unit_en if lang == 'en' else f.unit}" for _, f in stages
    ]
    rate = a.landing_rate
    if rate is not None:
        texts[-1] += (
            f"（{num(rate.value, lang=lang)}%）"
            if lang == "zh"
            else f" ({num(rate.value, lang=lang)}%)"
        )
    fig = go.Figure(
        go.Funnel(
            y=[tr(STAGE_LABELS[n], lang) for n, _ in stages],
            x=[f.value for _, f in stages],
            text=texts,
            textinfo="text",
            textposition="inside",
            marker=dict(color=[c.NEUTRAL, c.ACCENT, c.CITY][: len(stages)]),
            connector=dict(fillcolor="#f2f3f4"),
        )
    )
    data = c.points([*(f for _, f in stages), rate], lang)
    return c.finish(fig, tr("chart_funnel_title", lang), lang, c.source_of(items(a), lang), data)


def _funnel_text(a: Attraction, p) -> str | None:
    if not a.stages:
        return None
    sep = "；" if p.lang == "zh" else "; "
    text = tr(
        "attraction_funnel_finding",
        p.lang,
        period=p.period_label,
        stages=sep.join(ft.name_and_value(f, p.lang) for f in a.stages),
        avg=estimate(a.investment_per_signed, p.lang) if a.investment_per_signed else "—",
    )
    if a.landing_rate is None:
        return text
    printed_text = ""
    rounded = a.rate_at_printed_precision
    if rounded is not None:
        printed_text = tr(
            "attraction_rate_same"
            if rounded == ft.known(a.landed_share).value
            else "attraction_rate_printed",
            p.lang,
            stated=estimate(a.landed_share, p.lang),
            rounded=quantity(rounded, rounded, rounded, "%", p.lang),
        )
    return (
        text
        + (" " if p.lang == "en" else "")
        + tr(
            "attraction_rate",
            p.lang,
            rate=estimate(a.landing_rate, p.lang),
            printed_text=printed_text,
        )
    )


@section(
    "analysis.themes.Attraction",
    charts=("funnel_chart",),
    sentences=("attraction_funnel_heading", "attraction_funnel_finding", "attraction_rate"),
)
def funnel(page: Page) -> None:
    p, a = page.p, _attraction(page)
    if a is None:
        show.no_data(p.lang, p.region_name, p.period_label, "signed_ind_projects", p.region)
        return
    show.heading(tr("attraction_funnel_heading", p.lang))
    show.figure(funnel_chart(a, p.lang))
    text = _funnel_text(a, p)
    if text:
        show.finding(text)
    show.figure_table(ft.frame(items(a)), p.lang)
