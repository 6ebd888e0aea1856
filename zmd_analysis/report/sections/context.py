"""The figures in context: Jan–Apr progress across years, the comparison region's growth
path, full-year outcomes and what independent sources say (notebook 07)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ...access.observations import period_year
from ...access.vocab import Origin
from ...analysis import context as cx
from .. import charts as c
from .. import show
from ..downloads import point
from ..formatting import num, quantity, sentence_start
from ..labels import label
from ..sentences import claims_frame
from ..texts import tr
from .base import Page, section
from .key_projects import history_text


def series_chart(series: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Jan–Apr progress across years; a line joins years only within one coverage, so a
    definitional break shows as a gap and a change of marker."""
    en = lang == "en"
    fig = go.Figure()
    colours = {"provincial": c.CITY, "city": c.ACCENT, "advanced_manufacturing": "#7d6608"}
    # in each year the highest point is labelled above and the others below, ties included,
    # so two labels never sit on the same spot
    rank_in_year = (
        series.sort_values("value", ascending=False, kind="stable")
        .groupby("year")
        .cumcount()
        .reindex(series.index)
    )
    spots = ["top center", "bottom center", "middle right", "middle left"]
    series = series.assign(textpos=[spots[min(int(r), len(spots) - 1)] for r in rank_in_year])
    # equal values in one year: the points step aside a little, so neither marker hides
    # the other, and the value is printed once
    shown = series["value"].map(lambda v: num(v, lang=lang))
    tie = series.groupby([series["year"], shown]).cumcount()
    ties = series.groupby([series["year"], shown])["value"].transform("size")
    series = series.assign(
        x=series["year"] + (tie - (ties - 1) / 2) * 0.14,
        label=[f"{v}%" if t == 0 else "" for v, t in zip(shown, tie)],
    )
    note = "note_en" if en else "note_zh"
    # one line per level, coverage and coverage note: figures of another scope are not joined
    for (level, coverage, extra), grp in series.groupby(
        ["level", "coverage", series[note].fillna("")], sort=False
    ):
        lev, cov = label("level", level, lang), label("coverage", coverage, lang)
        cov = f"{cov}, {extra}" if extra and en else f"{cov}，{extra}" if extra else cov
        name = (
            lev if lev.lower() == cov.lower() else f"{lev}（{cov}）" if not en else f"{lev} ({cov})"
        )
        fig.add_scatter(
            x=grp["x"],
            y=grp["value"],
            customdata=grp["year"],  # the year, as ties step aside on the x axis
            hovertemplate="%{customdata}: %{y}%<extra>%{fullData.name}</extra>",
            mode="lines+markers+text",
            name=name,
            line=dict(color=colours[level], dash="solid" if coverage == "industrial" else "dot"),
            marker=dict(
                size=11,
                color=colours[level],
                # a coverage note (a county left out) gets its own marker: another scope
                symbol=("square" if extra else "circle")
                + ("" if coverage == "industrial" else "-open"),
                line=dict(width=2, color=colours[level]),
            ),
            text=list(grp["label"]),
            textposition=list(grp["textpos"]),
        )
    for r in series[series["break_before"]].itertuples():
        fig.add_vline(x=r.year - 0.5, line=dict(color="#999", dash="dash", width=1))
    if series["break_before"].any():
        x = series.loc[series["break_before"], "year"].min() - 0.5
        fig.add_annotation(
            x=x,
            y=0.02,
            yref="paper",
            yanchor="bottom",
            xanchor="left",
            showarrow=False,
            text=tr("definition_break", lang),
            font=dict(size=12, color="#566573"),
        )
    years = sorted(series["year"].unique())
    fig.update_xaxes(
        tickmode="array",
        tickvals=years,
        title_text=tr("year_axis", lang),
        range=[min(years) - 0.6, max(years) + 0.6],
    )
    fig.update_yaxes(
        title_text=tr("share_axis", lang),
        rangemode="tozero",
        range=[0, max(series["value"].max() * 1.25, 10)],
    )
    data = [
        point(
            label("level", r.level, lang),
            str(r.year),
            r.value,
            "%",
            "stated",
            r.printed,
            r.source_id,
            r.low,
            r.high,
        )
        for r in series.itertuples()
    ]
    fig = c.finish(fig, tr("chart_series_title", lang), lang, source, data)
    fig.update_layout(
        margin_t=(fig.layout.margin.t or 90) + 40,  # above any rows the legend added
        height=(fig.layout.height or c.HEIGHT) + 40,
        legend=dict(y=1.0, yanchor="bottom"),
    )
    return fig


def _months(m: int, lang: str) -> str:
    """A cumulative period from January by its last month: 1—7月 / Jan–Jul."""
    import calendar

    if lang == "en":
        return "Jan" if m == 1 else f"Jan–{calendar.month_abbr[m]}"
    return "1月" if m == 1 else f"1—{m}月"


def path_chart(path: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """The comparison's cumulative growth through each year, one line per year on a
    January-to-December axis (so two years never share a category); printed points filled,
    derived points open with their range."""
    path = path.assign(month=path["end"].dt.month, year=path["end"].dt.year)
    years = sorted(path["year"].unique())
    colours = {y: c.PROVINCE if y == years[-1] else c.NEUTRAL for y in years}
    top = max(path["high"].max(), 0) * 1.35 + 1
    floor = min(path["low"].min(), 0)
    # room under the lowest point for a label below it (a fall is labelled underneath)
    bottom = min(floor - (0.25 if (path["value"] < 0).any() else 0.12) * (top - floor), -2)
    fig = go.Figure()
    for year in years:
        for origin, symbol in ((Origin.DERIVED, "circle-open"), (Origin.STATED, "circle")):
            sel = path[(path["year"] == year) & (path["origin"] == origin)]
            if sel.empty:
                continue
            colour = colours[year]
            fig.add_scatter(
                x=sel["month"],
                y=sel["value"],
                mode="markers+text",
                name=f"{year}（{label('path', origin, lang)}）"
                if lang == "zh"
                else f"{year} ({label('path', origin, lang)})",
                marker=dict(size=13, symbol=symbol, color=colour, line=dict(width=2, color=colour)),
                # a range no wider than the marker (13 px of ~235) would only cross it out
                error_y=c.whiskers(sel.itertuples(), hide_below=0.06 * (top - bottom)),
                text=[f"{num(v, lang=lang)}%" for v in sel["value"]],
                # a fall is labelled below its point, clear of the zero line and its whisker
                textposition=["bottom right" if v < 0 else "top center" for v in sel["value"]],
            )
    fig.add_hline(y=0, line=dict(color="#566573", width=1))
    months = sorted(path["month"].unique())  # the months the data hold, unrotated
    fig.update_xaxes(
        tickmode="array",
        tickvals=months,
        ticktext=[_months(m, lang) for m in months],
        range=[0.5, 12.5],
        title_text=tr("cumulative_axis", lang),
        tickangle=0,  # adjacent months (Jan–Jun, Jan–Jul) fit side by side at this size
        tickfont=dict(size=11),
    )
    fig.update_yaxes(title_text=tr("growth_axis", lang), range=[bottom, top])
    lab = path["label_en"] if lang == "en" else path["label_zh"]
    data = [
        point(
            label("path", r.origin, lang),
            text,
            r.value,
            "%",
            r.origin,
            r.printed,
            r.source_id,
            r.low,
            r.high,
        )
        for r, text in zip(path.itertuples(), lab)
    ]
    return c.finish(fig, tr("chart_path_title", lang), lang, source, data)


def structure_chart(fy: pd.DataFrame, names: dict[str, str], lang: str, source: str) -> go.Figure:
    """Primary industry's share of GDP, region vs comparison (zero-based bars)."""
    fig = go.Figure(
        go.Bar(
            x=[names[r] for r in fy["region_id"]],
            y=fy["primary_share"],
            marker_color=[c.CITY if i == 0 else c.PROVINCE for i in range(len(fy))],
            text=[f"{num(v, lang=lang)}%" for v in fy["primary_share"]],
            textposition="outside",
        )
    )
    fig.update_yaxes(
        title_text=tr("primary_share_axis", lang),
        rangemode="tozero",
        range=[0, fy["primary_share"].max() * 1.25],
    )
    fig.update_layout(bargap=0.5, height=360)
    data = [
        point(
            tr("primary_share_axis", lang),
            names[r.region_id],
            r.primary_share,
            "%",
            "derived",
            "primary_va / gdp",
            r.source_id,
        )
        for r in fy.itertuples()
    ]
    return c.finish(fig, tr("chart_structure_title", lang), lang, source, data)


@section(
    "analysis.context.key_project_series",
    charts=("series_chart",),
    sentences=("context_series_heading", "context_series_finding", "context_coverage"),
)
def series(page: Page) -> None:
    p = page.p
    s = cx.key_project_series(p.region)
    show.heading(tr("context_series_heading", p.lang))
    if s.empty:
        show.no_data(p.lang, p.region_name, p.period_label, "key_a_plan_share", p.region)
        return
    show.figure(series_chart(s, p.lang, show.source_line(s["source_id"], p.lang, derived=False)))
    years = sorted(s["year"].unique())
    sep = "、" if p.lang == "zh" else ", "
    coverage = (
        "".join(
            tr(
                "context_coverage",
                p.lang,
                label=sentence_start(label("coverage", cov, p.lang)),
                years=sep.join(str(y) for y in sorted(grp["year"].unique())),
            )
            for cov, grp in s.groupby("coverage", sort=False)
        )
        if s["coverage"].nunique() > 1
        else ""
    )
    show.finding(
        tr(
            "context_series_finding",
            p.lang,
            years=sep.join(str(y) for y in years),
            coverage=coverage,
        )
    )
    text = history_text(s, p, period_year(p.period))
    if text:
        show.finding(text)


@section(
    "analysis.context.growth_path",
    charts=("path_chart",),
    sentences=("context_path_heading", "context_path_finding"),
)
def path(page: Page) -> None:
    p = page.p
    show.heading(tr("context_path_heading", p.lang, comparison=p.comparison_name or p.region_name))
    gp = (
        cx.growth_path("industrial_investment_growth", p.comparison, period_year(p.period))
        if p.comparison
        else None
    )
    if gp is None or gp.empty:
        show.no_data(
            p.lang,
            p.comparison_name or p.region_name,
            p.period_label,
            "industrial_investment_growth",
            p.comparison or p.region,
        )
        return
    show.figure(path_chart(gp, p.lang, show.source_line(gp["source_id"], p.lang)))
    lab = "label_en" if p.lang == "en" else "label_zh"
    points = [
        f"{r[lab]} "
        f"{quantity(r['value'], r['low'], r['high'], '%', p.lang, show_range=False, printed=r['printed'] or None)}"
        + (
            f"（{label('path', r['origin'], 'zh')}）"
            if p.lang == "zh"
            else f" ({label('path', r['origin'], 'en')})"
        )
        for _, r in gp.iterrows()
    ]
    show.finding(
        tr(
            "context_path_finding",
            p.lang,
            comparison=p.comparison_name,
            points=("；" if p.lang == "zh" else "; ").join(points),
        )
    )


@section(
    "analysis.context.full_year",
    charts=("structure_chart",),
    sentences=("context_year_heading", "context_year_finding"),
)
def full_year(page: Page) -> None:
    p = page.p
    show.heading(tr("context_year_heading", p.lang))
    fy = cx.full_year(p.period, (p.region, p.comparison))
    ratio = cx.primary_share_ratio(fy, p.region, p.comparison) if fy is not None else None
    if fy is None or ratio is None:
        show.no_data(p.lang, p.region_name, p.period_label, "gdp", p.region)
        return
    rows = fy.set_index("region_id")
    r, h = rows.loc[p.region], rows.loc[p.comparison]

    def pct(x: float) -> str:
        return quantity(x, x, x, "%", p.lang) if pd.notna(x) else "—"

    names = {p.region: p.region_name, p.comparison: p.comparison_name}
    show.figure(structure_chart(fy, names, p.lang, show.source_line(fy["source_id"], p.lang)))
    show.finding(
        tr(
            "context_year_finding",
            p.lang,
            year=p.period_label,
            region=p.region_name,
            comparison=p.comparison_name,
            gdp=quantity(r["gdp"], r["gdp"], r["gdp"], "亿元", p.lang),
            growth=pct(r["gdp_growth"]),
            hgrowth=pct(h["gdp_growth"]),
            share=pct(r["primary_share"]),
            hshare=pct(h["primary_share"]),
            ratio=quantity(ratio, ratio, ratio, "倍", p.lang),
        )
    )


@section(
    "analysis.claims.check_claims",
    sentences=("context_claims_heading", "context_no_claims"),
)
def independent(page: Page) -> None:
    show.heading(tr("context_claims_heading", page.lang))
    claims = claims_frame(lang=page.lang)
    year = period_year(page.p.period)  # only the claims about this year
    in_year = claims["period_id"].map(period_year) == year
    claims = claims[(claims["independent"] != "silent") & in_year]
    if claims.empty:
        show.note(tr("context_no_claims", page.lang, year=page.p.period_label))
    else:
        show.claims_table(claims, page.lang, independent=True)


def outcomes_chart(o: cx.Outcomes, region_name: str, comparison_name: str, lang: str) -> go.Figure:
    """Growth over the year, region against comparison, secondary industry and industry;
    the comparison's implied figure hatched with its range (zero-based bars)."""
    from .. import figure_table as ft

    cats = [tr("outcomes_secondary", lang), tr("outcomes_industry", lang)]
    fig = go.Figure()
    data = []
    for name, colour, figs in (
        (region_name, c.CITY, (o.secondary, o.industry)),
        (comparison_name, c.PROVINCE, (o.comparison_secondary, o.comparison_industry)),
    ):
        shown = [(cat, f) for cat, f in zip(cats, figs) if f is not None]
        derived = [f.derived for _, f in shown]
        fig.add_bar(
            x=[cat for cat, _ in shown],
            y=[f.value for _, f in shown],
            name=name,
            marker=dict(
                color=colour,
                pattern={**c.IMPLIED, "shape": ["/" if x else "" for x in derived]},
            ),
            error_y=c.whiskers([f for _, f in shown]),
            text=[f"{num(f.value, lang=lang)}%" for _, f in shown],
            # inside the bar's top: outside, the label would sit on the whisker's cap
            textposition="inside",
            insidetextanchor="end",
            textfont=dict(color="white"),
        )
        data += c.labelled_points(
            [(f, ft.name(f, "zh"), ft.name(f, "en")) for _, f in shown], lang, name
        )
    values = [
        f.high
        for f in (o.secondary, o.industry, o.comparison_secondary, o.comparison_industry)
        if f
    ]
    fig.update_layout(barmode="group", bargap=0.35, height=400)
    fig.update_yaxes(
        title_text=tr("growth_axis", lang), rangemode="tozero", range=[0, max(values) * 1.25]
    )
    source = show.source_line([p["source_id"] for p in data], lang)
    return c.finish(fig, tr("chart_outcomes_title", lang), lang, source, data)


@section(
    "analysis.context.Outcomes",
    charts=("outcomes_chart",),
    sentences=("context_outcomes_heading", "context_outcomes_finding", "context_outcomes_below"),
)
def outcomes(page: Page) -> None:
    from ..formatting import estimate

    p = page.p
    show.heading(tr("context_outcomes_heading", p.lang))
    o = cx.outcomes(p.period, p.region, p.comparison)
    figs = (o.secondary, o.comparison_secondary, o.industry, o.comparison_industry) if o else ()
    if o is None or not all(figs):
        show.no_data(p.lang, p.region_name, p.period_label, "industry_va_growth", p.region)
        return
    show.figure(outcomes_chart(o, p.region_name, p.comparison_name, p.lang))
    lang = p.lang
    if o.peer:
        from ...access.observations import get
        from ...analysis.estimates import stated
        from ..sentences import Names

        peer = get(cx.ABOVE_SCALE, o.peer, p.period)
        gap = get(f"{cx.ABOVE_SCALE}_gap", o.peer, p.period)
        how = tr(
            "outcomes_how_peer",
            lang,
            peer=Names(lang).region(o.peer),
            peer_growth=estimate(stated(peer), lang),
            gap=estimate(stated(gap), lang),
        )
    else:
        how = tr("outcomes_how_printed", lang)
    values = dict(
        year=p.period_label,
        region=p.region_name,
        comparison=p.comparison_name,
        sec=estimate(o.secondary, lang),
        hsec=estimate(o.comparison_secondary, lang),
        ind=estimate(o.industry, lang),
        hind=estimate(o.comparison_industry, lang, show_range=False),
    )
    show.finding(tr("context_outcomes_finding", lang, how=how, **values))
    if o.industry_below_comparison and o.investment_growth is not None:
        from ...access.observations import period_label

        show.finding(
            tr(
                "context_outcomes_below",
                lang,
                inv=estimate(o.investment_growth, lang),
                inv_period=period_label(o.investment_period, lang),
                **values,
            )
        )
