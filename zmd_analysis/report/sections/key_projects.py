"""Key industrial projects: progress against plan, the implied plans, earlier years and the
scale of dispatch totals (notebook 01)."""

from __future__ import annotations

import plotly.graph_objects as go

from ...access.observations import period_label, period_year
from ...analysis import context
from ...analysis import themes as t
from ...analysis.themes import Figure, KeyProjects, ProjectList, Scale
from .. import charts as c
from .. import figure_table as ft
from .. import show
from ..formatting import estimate, num, quantity
from ..labels import label
from ..texts import tr
from .base import Page, section


def _projects(page: Page) -> KeyProjects | None:
    return page.theme(t.key_projects, page.p.region, page.p.period)


def _scale(page: Page) -> Scale | None:
    return page.theme(t.scale, page.p.region, page.p.period, _projects(page))


def _in_list(lst: ProjectList, fig: Figure | None) -> ft.Labelled | None:
    """A list's derived figure, labelled with the list it belongs to."""
    if fig is None:
        return None
    return (
        fig,
        tr("list_figure", "zh", list=label("key_list", lst.level, "zh"), figure=ft.name(fig, "zh")),
        tr("list_figure", "en", list=label("key_list", lst.level, "en"), figure=ft.name(fig, "en")),
    )


def items(kp: KeyProjects) -> list[ft.Labelled]:
    """The theme's figure table: each list's printed then derived figures, then time elapsed."""
    out: list[ft.Labelled | None] = []
    for lst in kp.lists:
        out += [ft.labelled(f) for f in (lst.projects, lst.investment, lst.plan_share) if f]
        out += [ft.labelled(lst.plan_share_gap)] if lst.plan_share_gap else []
        out += [
            _in_list(lst, f)
            for f in (
                lst.provincial_average,
                lst.annual_plan,
                lst.ahead_of_time,
                lst.investment_per_project,
            )
        ]
    if kp.time_elapsed is not None:
        out.append(ft.labelled(kp.time_elapsed))
    return [x for x in out if x is not None]


def progress_chart(kp: KeyProjects, region_name: str, lang: str = "zh") -> go.Figure:
    """Share of annual plan: the lists vs the implied provincial average, with the time
    elapsed as a line."""
    lists = kp.with_progress
    cats = [label("key_list", x.level, lang) for x in lists]
    shares = [ft.known(x.plan_share) for x in lists]
    gaps = [x.plan_share_gap for x in lists]

    def bar_text(share: Figure, gap: Figure | None) -> str:
        text = f"{num(share.value, lang=lang)}%"
        if gap is None:
            return text
        if lang == "en":  # short enough to sit beside the bar inside the chart
            return f"{text} (+{num(gap.value, lang=lang)} pp vs province)"
        return f"{text}（高于全省{num(gap.value, lang=lang)}个百分点）"

    fig = go.Figure()
    fig.add_bar(
        y=cats,
        x=[s.value for s in shares],
        orientation="h",
        name=region_name,
        marker_color=c.CITY,
        text=[bar_text(s, g) for s, g in zip(shares, gaps)],
        textposition="outside",
        textfont=dict(color=c.CITY),
        cliponaxis=False,
    )
    has_avgs = all(x.provincial_average is not None for x in lists)
    avgs = [ft.known(x.provincial_average) for x in lists] if has_avgs else []
    if has_avgs:
        fig.add_bar(
            y=cats,
            x=[a.value for a in avgs],
            orientation="h",
            name=tr("province_avg", lang),
            marker=dict(color=c.PROVINCE, pattern=c.IMPLIED),
            error_x=c.whiskers(avgs),
            text=[f"{num(a.value, lang=lang)}%" for a in avgs],
            textposition="inside",
            insidetextanchor="middle",
        )
    elapsed = kp.time_elapsed
    line_name = (
        tr("time_elapsed_label", lang, time=num(elapsed.value, lang=lang)) if elapsed else ""
    )
    if elapsed is not None:
        c.dashed_line(fig, "x", elapsed.value, c.ACCENT, line_name)
    fig.update_layout(barmode="group", bargap=0.3, legend_traceorder="normal")
    fig.update_xaxes(title_text=tr("share_axis", lang), range=[0, 100], rangemode="tozero")
    fig.update_yaxes(autorange="reversed")
    data = (
        c.points([*shares, *gaps], lang, region_name)
        + c.labelled_points(
            [_in_list(x, x.provincial_average) for x in lists] if has_avgs else [],
            lang,
            tr("province_avg", lang),
        )
        + c.points([elapsed], lang, line_name)
    )
    return c.finish(fig, tr("chart_progress_title", lang), lang, c.source_of(items(kp), lang), data)


def plan_chart(kp: KeyProjects, lang: str = "zh") -> go.Figure:
    """Completed investment next to the annual plan it implies (with the plan's range)."""
    lists = kp.with_plan
    cats = [label("key_list", x.level, lang) for x in lists]
    done = [ft.known(x.investment) for x in lists]
    plans = [ft.known(x.annual_plan) for x in lists]
    fig = go.Figure()
    fig.add_bar(
        y=cats,
        x=[f.value for f in done],
        orientation="h",
        name=tr("completed", lang),
        marker_color=c.CITY,
        text=[num(f.value, lang=lang) for f in done],
        textposition="outside",
    )
    fig.add_bar(
        y=cats,
        x=[p.value for p in plans],
        orientation="h",
        name=tr("plan_implied", lang),
        marker=dict(color=c.NEUTRAL, pattern=c.IMPLIED),
        error_x=c.whiskers(plans),
        text=[f"≈{num(p.value, 0, lang=lang)}" for p in plans],
        textposition="inside",
        insidetextanchor="middle",
    )
    fig.update_layout(barmode="group", bargap=0.3)
    fig.update_xaxes(
        title_text=tr("amount_axis", lang),
        rangemode="tozero",
        range=[0, max(p.high for p in plans) * 1.15],
    )
    fig.update_yaxes(autorange="reversed")
    data = c.points(done, lang, tr("completed", lang)) + c.labelled_points(
        [_in_list(x, x.annual_plan) for x in lists], lang, tr("plan_implied", lang)
    )
    return c.finish(fig, tr("chart_plan_title", lang), lang, c.source_of(items(kp), lang), data)


def scale_items(sc: Scale) -> list[ft.Labelled]:
    def share_label(s: t.ScaleShare, lang: str) -> str:
        whole = ft.name(s.whole, lang)
        return tr(
            "scale_share_label",
            lang,
            list=label("key_list", s.level, lang),
            part=label("scale_part", s.part, lang),
            whole=whole[:1].lower() + whole[1:] if lang == "en" else whole,
        )

    wholes = [ft.labelled(f) for f in (sc.gdp, sc.secondary_va, sc.industry_va) if f]
    return wholes + [(s.share, share_label(s, "zh"), share_label(s, "en")) for s in sc.shares]


def scale_chart(sc: Scale, kp: KeyProjects, lang: str = "zh") -> go.Figure:
    """Dispatch totals (completed; implied plan hatched, with its range) next to the year's
    GDP, secondary and industry value added, all in the same unit, zero-based."""
    whole_items = [ft.labelled(f) for f in (sc.gdp, sc.secondary_va, sc.industry_va) if f]
    city = [
        x
        for x in (
            ft.labelled(kp.city.investment) if kp.city.investment else None,
            _in_list(kp.city, kp.city.annual_plan),
        )
        if x is not None
    ]
    bars = [(i, c.NEUTRAL, None) for i in whole_items] + [
        (i, c.CITY, c.IMPLIED if i[0].derived else None) for i in city
    ]
    fig = go.Figure()
    for (f, zh, en), colour, pattern in bars:
        fig.add_bar(
            y=[en if lang == "en" else zh],
            x=[f.value],
            orientation="h",
            marker=dict(color=colour, pattern=pattern),
            error_x=c.whiskers([f]) if f.derived else None,
            text=[num(f.value, 0, lang)],
            textposition="inside" if f.derived else "outside",
            insidetextanchor="middle",
            showlegend=False,
        )
    fig.update_xaxes(
        title_text=tr("amount_axis", lang),
        rangemode="tozero",
        range=[0, max(b[0][0].high for b in bars) * 1.18],
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_layout(height=380, bargap=0.35)
    source = c.source_of(scale_items(sc) + items(kp), lang)
    return c.finish(
        fig,
        tr("chart_scale_title", lang),
        lang,
        source,
        c.labelled_points([b[0] for b in bars], lang),
    )


def _all(*figs: Figure | None) -> bool:
    return all(f is not None for f in figs)


@section(
    "analysis.themes.KeyProjects",
    charts=("progress_chart",),
    sentences=("projects_progress_heading", "projects_progress_finding"),
)
def progress(page: Page) -> None:
    p, kp = page.p, _projects(page)
    if kp is None or not kp.with_progress:
        show.no_data(p.lang, p.region_name, p.period_label, "prov_key_ind_plan_share", p.region)
        return
    show.heading(tr("projects_progress_heading", p.lang))
    show.figure(progress_chart(kp, p.region_name, p.lang))
    prov, city = kp.provincial, kp.city
    figs = (
        prov.plan_share,
        city.plan_share,
        prov.provincial_average,
        city.provincial_average,
        kp.time_elapsed,
        prov.ahead_of_time,
        city.ahead_of_time,
    )
    if _all(*figs):
        v = [estimate(f, p.lang) for f in figs]
        show.finding(
            tr(
                "projects_progress_finding",
                p.lang,
                region=p.region_name,
                period=p.period_label,
                prov_share=v[0],
                city_share=v[1],
                prov_avg=v[2],
                city_avg=v[3],
                time=v[4],
                prov_ahead=v[5],
                city_ahead=v[6],
            )
        )


@section(
    "analysis.themes.KeyProjects",
    charts=("plan_chart",),
    sentences=("projects_plan_heading", "projects_plan_finding"),
)
def plan(page: Page) -> None:
    p, kp = page.p, _projects(page)
    if kp is None or not kp.with_plan:
        return
    sep = "；" if p.lang == "zh" else "; "
    plans = [
        f"{label('key_list', x.level, p.lang)} {estimate(x.annual_plan, p.lang)}"
        for x in kp.with_plan
    ]
    sizes = [
        f"{label('key_list', x.level, p.lang)} {estimate(x.investment_per_project, p.lang)}"
        for x in kp.lists
        if x.investment_per_project is not None
    ]
    show.heading(tr("projects_plan_heading", p.lang))
    show.figure(plan_chart(kp, p.lang))
    show.finding(
        tr("projects_plan_finding", p.lang, plans=sep.join(plans), sizes=sep.join(sizes) or "—")
    )


@section(
    "analysis.context.key_project_series",
    sentences=("projects_history", "projects_history_not_new", "projects_history_not_comparable"),
)
def history(page: Page) -> None:
    """Earlier years' Jan–Apr progress (shown under the progress chart when it is shown)."""
    p, kp = page.p, _projects(page)
    if kp is None or not kp.with_progress:
        return
    text = history_text(context.key_project_series(p.region), p, period_year(p.period))
    if text:
        show.finding(text)


def history_text(series, p, year: int) -> str | None:
    """Earlier years' Jan–Apr progress, and whether above-half progress by April is new."""
    h = context.history(series, year)
    if h is None:
        return None
    sep = "、" if p.lang == "zh" else "; "
    points = sep.join(
        f"{r.year} {label('level', r.level, p.lang)} "
        f"{quantity(r.value, r.low, r.high, '%', p.lang, show_range=False, printed=r.printed)}"
        for r in h.earlier.itertuples()
    )
    text = tr("projects_history", p.lang, region=p.region_name, points=points)
    sep = " " if p.lang == "en" else ""
    if h.above_half_before:
        text += sep + tr("projects_history_not_new", p.lang, region=p.region_name)
    elif not h.like_for_like:
        text += sep + tr("projects_history_not_comparable", p.lang)
    return text


@section(
    "analysis.themes.Scale",
    charts=("scale_chart",),
    sentences=("projects_scale_heading", "projects_scale_finding"),
)
def scale(page: Page) -> None:
    p, kp, sc = page.p, _projects(page), _scale(page)
    if sc is None or kp is None:
        return
    year = t.year_of(p.period)
    figs = dict(
        gdp=sc.gdp,
        industry=sc.industry_va,
        city_done=sc.share("city", "completed", "industry_va"),
        city_plan_gdp=sc.share("city", "annual_plan", "gdp"),
        city=kp.city.investment,
        city_plan=kp.city.annual_plan,
    )
    if not _all(*figs.values()):
        return
    show.heading(tr("projects_scale_heading", p.lang))
    show.figure(scale_chart(sc, kp, p.lang))
    show.finding(
        tr(
            "projects_scale_finding",
            p.lang,
            year=period_label(year or "", p.lang),
            region=p.region_name,
            period=p.period_label,
            **{k: estimate(f, p.lang) for k, f in figs.items()},
        )
    )


@section("analysis.themes.KeyProjects", sentences=("table_heading",))
def table(page: Page) -> None:
    kp = _projects(page)
    if kp is None:
        return
    show.heading(tr("table_heading", page.lang))
    show.figure_table(ft.frame(items(kp)), page.lang)
