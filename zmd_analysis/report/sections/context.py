"""The figures in context: Jan–Apr progress across years, the comparison region's growth
path, full-year outcomes and what independent sources say (notebook 07)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ...access.observations import period_label, period_year
from ...access.vocab import Origin
from ...analysis import context as cx
from ...analysis import dispatch as dsp
from ...analysis.claims import independent_verdicts
from ...analysis.estimates import stated
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
        name = _series_name(level, coverage, extra, lang)
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
    # the download names each point's series as the legend does: a line never joins
    # figures of another coverage, nor does a column of the CSV
    data = [
        point(
            _series_name(r.level, r.coverage, getattr(r, note) or "", lang),
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


def _series_name(level: str, coverage: str, extra: str, lang: str) -> str:
    """A series of the Jan–Apr chart: its level, coverage and coverage note."""
    en = lang == "en"
    extra = "" if pd.isna(extra) else extra
    lev, cov = label("level", level, lang), label("coverage", coverage, lang)
    cov = f"{cov}, {extra}" if extra and en else f"{cov}，{extra}" if extra else cov
    return lev if lev.lower() == cov.lower() else f"{lev}（{cov}）" if not en else f"{lev} ({cov})"


def _months(m: int, lang: str) -> str:
    """A cumulative period from January by its last month: 1—7月 / Jan–Jul."""
    import calendar

    if lang == "en":
        return "Jan" if m == 1 else f"Jan–{calendar.month_abbr[m]}"
    return "1月" if m == 1 else f"1—{m}月"


def path_chart(
    path: pd.DataFrame,
    lang: str,
    source: str,
    region: list[cx.AgainstPath] | None = None,
    region_name: str = "",
) -> go.Figure:
    """The comparison's cumulative growth through each year, one line per year on a
    January-to-December axis (so two years never share a category); printed points filled,
    derived points open with their range; the region's own rates as diamonds."""
    path = path.assign(month=path["end"].dt.month, year=path["end"].dt.year)
    years = sorted(path["year"].unique())
    colours = {y: c.PROVINCE if y == years[-1] else c.NEUTRAL for y in years}
    region = region or []
    own_top = max((a.region_growth.high for a in region), default=0)
    top = max(path["high"].max(), own_top, 0) * 1.35 + 1
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
    own_months = [a.month for a in region]
    if region:
        fig.add_scatter(
            x=own_months,
            y=[a.region_growth.value for a in region],
            mode="markers+text",
            name=region_name,
            marker=dict(size=13, symbol="diamond", color=c.CITY),
            text=[f"{num(a.region_growth.value, lang=lang)}%" for a in region],
            textposition="middle right",
        )
    fig.add_hline(y=0, line=dict(color="#566573", width=1))
    months = sorted(set(path["month"]) | set(own_months))  # the months the data hold
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
    ] + [
        point(
            region_name,
            period_label(a.period, lang),
            a.region_growth.value,
            "%",
            "stated",
            a.region_growth.printed,
            a.region_growth.source_id,
            a.region_growth.low,
            a.region_growth.high,
        )
        for a in region
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
    sentences=(
        "context_path_heading",
        "context_path_finding",
        "context_path_region",
        "context_path_region_outlier",
    ),
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
    own = cx.against_path(gp, "industrial_investment_growth", p.region) if p.comparison else []
    sources = list(gp["source_id"]) + [a.region_growth.source_id for a in own]
    show.figure(path_chart(gp, p.lang, show.source_line(sources, p.lang), own, p.region_name))
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
    from ..formatting import estimate

    for a in own:
        if a.comparison_high is None or a.times_high is None:
            continue
        show.finding(
            tr(
                "context_path_region_outlier" if a.outlier else "context_path_region",
                p.lang,
                region=p.region_name,
                comparison=p.comparison_name,
                period=period_label(a.period, p.lang),
                growth=estimate(a.region_growth, p.lang),
                same=estimate(a.comparison_same, p.lang, show_range=False)
                if a.comparison_same is not None
                else "—",
                high=estimate(a.comparison_high, p.lang, show_range=False),
                high_period=period_label(a.high_period, p.lang),
                times=quantity(a.times_high, a.times_high, a.times_high, "倍", p.lang),
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
    year = period_year(page.p.period)  # only the claims about this year
    claims = claims_frame(lang=page.lang, verdicts=independent_verdicts(str(year)))
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
    sentences=(
        "context_outcomes_heading",
        "context_outcomes_finding",
        "context_outcomes_secondary_above",
        "context_outcomes_needed",
    ),
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
    from ..sentences import Names

    if o.peer:
        from ...access.observations import get

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
    side = o.industry_vs_comparison if o.industry_comparable else o.secondary_vs_comparison
    if side is not None and o.investment_growth is not None:
        from ...access.observations import period_label

        pair = "industry" if o.industry_comparable else "secondary"
        show.finding(
            tr(
                _OUTCOME_KEYS[pair, side],
                lang,
                inv=estimate(o.investment_growth, lang),
                inv_period=period_label(o.investment_period, lang),
                **values,
            )
        )
    if o.needed:
        names = Names(lang)
        show.finding(
            tr(
                "context_outcomes_needed",
                lang,
                needed=("，或" if lang == "zh" else ", or ").join(
                    tr(
                        "outcomes_needed_item",
                        lang,
                        region=names.region(r),
                        period=names.period(per),
                        indicator=names.indicator(i),
                    )
                    for i, r, per in o.needed
                ),
                **values,
            )
        )


#: the sentence for a comparable pair, by the pair and the side of the comparison the
#: region's growth lies on (1 above, −1 below, 0 no different within rounding)
_OUTCOME_KEYS = {
    ("secondary", 1): "context_outcomes_secondary_above",
    ("secondary", -1): "context_outcomes_secondary_below",
    ("secondary", 0): "context_outcomes_secondary_level",
    ("industry", 1): "context_outcomes_industry_above",
    ("industry", -1): "context_outcomes_industry_below",
    ("industry", 0): "context_outcomes_industry_level",
}


def _list_name(p: dsp.ListPoint, names) -> str:
    """A list by its project count's name (市重点（B类）项目个数 names the list 市重点（B类）
    项目), else by its completed investment's."""
    if p.projects is None:
        return names.indicator(p.amount_id)
    return names.indicator(p.projects.indicator_id).removesuffix("个数")


def dispatch_chart(series: dsp.DispatchSeries, month: int, lang: str, source: str) -> go.Figure:
    """Each list's annual plan at the same months across years (printed plans solid,
    implied ones hatched with their range), labelled with the list's project count;
    zero-based bars."""
    from ..sentences import Names

    names = Names(lang)
    fig = go.Figure()
    data = []
    lists = {k: v for k, v in series.by_list(month).items() if len(v) > 1}
    palette = [c.CITY, c.PROVINCE, c.ACCENT, "#7d6608", c.NEUTRAL]
    for n, (_, pts) in enumerate(lists.items()):
        name = sentence_start(_list_name(pts[0], names))
        colour = palette[n % len(palette)]
        fig.add_bar(
            x=[str(p.year) for p in pts],
            y=[p.plan.value for p in pts],
            name=name,
            marker=dict(
                color=colour,
                pattern={**c.IMPLIED, "shape": ["" if p.plan_printed else "/" for p in pts]},
            ),
            error_y=c.whiskers([p.plan for p in pts]),
            text=[
                tr(
                    "dispatch_bar_label" if p.plan_printed else "dispatch_bar_label_implied",
                    lang,
                    plan=num(p.plan.value, 0, lang),
                    projects=num(p.projects.value, 0, lang) if p.projects is not None else "—",
                )
                for p in pts
            ],
            textposition="outside",
            cliponaxis=False,
        )
        data += [
            point(
                name,
                str(p.year),
                p.plan.value,
                "亿元",
                Origin.STATED if p.plan_printed else Origin.DERIVED,
                p.plan.printed or p.plan.expr,
                p.source_id,
                p.plan.low,
                p.plan.high,
            )
            for p in pts
        ]
    top = max((p.plan.high for pts in lists.values() for p in pts), default=1)
    fig.update_layout(barmode="group", bargap=0.25, height=430)
    fig.update_xaxes(title_text=tr("year_axis", lang), type="category")
    fig.update_yaxes(title_text=tr("amount_axis", lang), rangemode="tozero", range=[0, top * 1.2])
    return c.finish(fig, tr("chart_dispatch_title", lang), lang, source, data)


def _sentence(key: str, lang: str, **values) -> str:
    """A catalogue sentence, its first letter capitalised in English (names are lower case)."""
    return sentence_start(tr(key, lang, **values))


#: the months a dispatch series compares across years: bulletins up to the end of April
DISPATCH_MONTH = 4


@section(
    "analysis.dispatch.dispatch_series",
    charts=("dispatch_chart",),
    sentences=(
        "context_dispatch_heading",
        "context_dispatch_increment",
        "context_dispatch_sizes",
        "context_dispatch_calendar",
        "context_dispatch_calendar_behind",
        "context_dispatch_province",
        "context_dispatch_no_province",
    ),
)
def dispatch(page: Page) -> None:
    from ...access.observations import period_label
    from ..formatting import estimate
    from ..sentences import Names

    p = page.p
    lang, names = p.lang, Names(p.lang)
    show.heading(tr("context_dispatch_heading", lang))
    s = dsp.dispatch_series(p.region)
    if not s.points:
        show.no_data(lang, p.region_name, p.period_label, "key_b_plan_share", p.region)
        return
    sep = "；" if lang == "zh" else "; "
    for inc in s.increments:
        a, b = inc.first, inc.second
        show.finding(
            _sentence(
                "context_dispatch_increment",
                lang,
                list=_list_name(a, names),
                p1=period_label(a.period, lang),
                p2=period_label(b.period, lang),
                plan1=estimate(a.plan, lang),
                plan2=estimate(b.plan, lang),
                a1=estimate(a.amount, lang),
                a2=estimate(b.amount, lang),
                inc=estimate(inc.increment, lang, show_range=False),
                months=inc.months,
                region=p.region_name,
                gdp_year=period_label(inc.gdp_year, lang) if inc.gdp_year else "—",
                gdp=estimate(stated(inc.gdp), lang) if inc.gdp is not None else "—",
                ratio=estimate(inc.gdp_ratio, lang, show_range=False) if inc.gdp_ratio else "—",
            )
        )
    lists = {k: v for k, v in s.by_list(DISPATCH_MONTH).items() if len(v) > 1}
    if lists:
        show.figure(
            dispatch_chart(
                s,
                DISPATCH_MONTH,
                lang,
                show.source_line([q.source_id for v in lists.values() for q in v], lang),
            )
        )
        for pts in lists.values():
            show.finding(
                _sentence(
                    "context_dispatch_sizes",
                    lang,
                    list=_list_name(pts[0], names),
                    points=sep.join(
                        tr(
                            "dispatch_size_point",
                            lang,
                            year=q.year,
                            projects=quantity(
                                q.projects.value,
                                q.projects.value,
                                q.projects.value,
                                "个",
                                lang,
                                unit_en="projects",
                            )
                            if q.projects is not None
                            else "—",
                            plan=estimate(q.plan, lang),
                        )
                        for q in pts
                    ),
                )
            )
    span = s.share_range(DISPATCH_MONTH)
    if span is not None:
        low, high = span
        pts = s.at_month(DISPATCH_MONTH)
        years = sorted({q.year for q in pts})
        behind = s.behind_calendar(DISPATCH_MONTH)
        listed = "、" if lang == "zh" else ", "
        show.finding(
            _sentence(
                "context_dispatch_calendar_behind" if behind else "context_dispatch_calendar",
                lang,
                n_ahead=len(s.ahead_of_calendar(DISPATCH_MONTH)),
                behind=listed.join(
                    tr(
                        "dispatch_list_year_share",
                        lang,
                        list=_list_name(q, names),
                        year=q.year,
                        share=estimate(q.share, lang),
                    )
                    for q in behind
                ),
                n=len(pts),
                years=f"{years[0]}—{years[-1]}" if lang == "zh" else f"{years[0]}–{years[-1]}",
                low=estimate(low.share, lang),
                low_list=tr("dispatch_list_year", lang, list=_list_name(low, names), year=low.year),
                high=estimate(high.share, lang),
                high_list=tr(
                    "dispatch_list_year", lang, list=_list_name(high, names), year=high.year
                ),
                time=estimate(low.time_share, lang),
            )
        )
        compared = [q for q in pts if q.comparison_gap is not None]
        if compared:
            show.finding(
                tr(
                    "context_dispatch_province",
                    lang,
                    comparison=names.region(compared[0].comparison_region),
                    points=sep.join(
                        tr(
                            "dispatch_province_point",
                            lang,
                            comparison=names.region(q.comparison_region),
                            list=_list_name(q, names),
                            period=period_label(q.period, lang),
                            share=estimate(q.share, lang),
                            province=estimate(q.comparison, lang),
                            gap=estimate(q.comparison_gap, lang),
                        )
                        for q in compared
                    ),
                )
            )
        else:
            show.finding(
                tr("context_dispatch_no_province", lang, comparison=p.comparison_name or "—")
            )
