"""Ranks: the region's ranks, what each rests on and the list behind a rank by project
count (notebook 03)."""

from __future__ import annotations

import plotly.graph_objects as go

from ...analysis import themes as t
from ...analysis.themes import Ranks
from .. import charts as c
from .. import figure_table as ft
from .. import show
from ..formatting import estimate, num
from ..texts import tr
from .base import Page, section


def _ranks(page: Page) -> Ranks | None:
    return page.theme(t.rankings, page.p.region, page.p.period, page.values["list_period"])


def items(r: Ranks) -> list[ft.Labelled]:
    return [ft.labelled(f) for f in r.figures()]


def ranks_chart(r: Ranks, lang: str = "zh") -> go.Figure:
    """Each rank as a dot on the scale of the units ranked (1 at the left)."""
    n_units = r.scale_end
    labels = [ft.name(f, lang) for f in r.ranks]
    fig = go.Figure()
    for lab in labels:
        fig.add_scatter(
            x=[1, n_units],
            y=[lab, lab],
            mode="lines",
            line=dict(color="#d5d8dc", width=8),
            hoverinfo="skip",
            showlegend=False,
        )
    fig.add_scatter(
        x=[f.value for f in r.ranks],
        y=labels,
        mode="markers+text",
        showlegend=False,
        marker=dict(size=22, color=c.CITY),
        textfont=dict(color="white", size=13),
        text=[num(f.value, 0, lang=lang) for f in r.ranks],
        textposition="middle center",
    )
    fig.update_xaxes(
        title_text=tr("rank_axis", lang), range=[0.3, n_units + 0.7], dtick=1, showgrid=False
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=330)
    data = c.points([*r.ranks, r.units], lang)
    return c.finish(fig, tr("chart_ranks_title", lang), lang, c.source_of(items(r), lang), data)


@section(
    "analysis.themes.Ranks",
    charts=("ranks_chart",),
    sentences=("ranks_heading", "ranks_finding", "ranks_list", "table_heading"),
)
def ranks(page: Page) -> None:
    p, r = page.p, _ranks(page)
    if r is None:
        show.no_data(p.lang, p.region_name, p.period_label, "key_project_evaluation_rank", p.region)
        return
    show.heading(tr("ranks_heading", p.lang))
    show.figure(ranks_chart(r, p.lang))
    sep = "；" if p.lang == "zh" else "; "
    list_text = (
        tr("ranks_list", p.lang, n=estimate(r.adv_mfg_list, p.lang), region=p.region_name)
        if r.adv_mfg_list is not None
        else ""
    )
    show.finding(
        tr(
            "ranks_finding",
            p.lang,
            region=p.region_name,
            ranks=sep.join(f"{ft.name(f, p.lang)} {estimate(f, p.lang)}" for f in r.ranks),
            list_text=list_text,
        )
    )
    show.figure_table(ft.frame(items(r)), p.lang)
