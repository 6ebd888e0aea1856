"""Plotly charts in the house style: CJK fonts, zero-based bars, units, values
labelled, implied figures hatched with their range, a source line under every chart.

Each function takes a figure table from :mod:`zmd_analysis.report.themes` (or the
claims table) and the report language, and returns a ``go.Figure`` that carries
the points it draws (label, value, range, unit, printed or implied, source) in
``layout.meta``: :func:`chart_data` reads them back, and the report offers them as
a CSV under the chart.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from ..access.vocab import Origin, Status
from ..analysis.claims import STATUSES
from .citations import table_source
from .downloads import chart_frame, point, points
from .formatting import num as _num
from .labels import label
from .labels import label as _status_label
from .texts import tr
from .themes import SCOPES, pick

FONT_STACK = (
    "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
)
CITY, PROVINCE, NEUTRAL, ACCENT = "#b03a2e", "#5d6d7e", "#aab7b8", "#1f618d"
STATUS_COLOURS: dict[str, str] = {
    Status.REPRODUCED: "#1e8449",
    Status.CONSISTENT_WITHIN_ROUNDING: "#7dcea0",
    Status.CONSISTENT_IF_TRUNCATED: "#b7950b",
    Status.INCONSISTENT: "#c0392b",
    Status.DIFFERENT_BASES: "#d68910",
    Status.NOT_CHECKABLE: "#aab7b8",
    Status.RHETORIC: "#8e7cc3",
}
WIDTH, HEIGHT = 680, 430
IMPLIED = dict(shape="/", fgcolor="white", fillmode="overlay", solidity=0.25)

TEMPLATE = "zmd"  # the house template
pio.templates[TEMPLATE] = go.layout.Template(
    layout=go.Layout(
        font=dict(family=FONT_STACK, size=14, color="#222"),
        title=dict(font=dict(size=18), x=0.01, xanchor="left", y=0.96),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=[CITY, PROVINCE, ACCENT, NEUTRAL],
        xaxis=dict(
            gridcolor="#e5e7e9",
            zerolinecolor="#566573",
            zerolinewidth=1.5,
            automargin=True,
            ticks="outside",
        ),
        yaxis=dict(
            gridcolor="#e5e7e9", zerolinecolor="#566573", zerolinewidth=1.5, automargin=True
        ),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, xanchor="left"),
        margin=dict(l=20, r=40, t=90, b=105),
        width=WIDTH,
        height=HEIGHT,
        uniformtext=dict(minsize=11, mode="show"),
    )
)


def use_house_style() -> None:
    """Make the house template the default for figures made outside this module too."""
    pio.templates.default = TEMPLATE


def _display_width(text: str) -> int:
    """Width in half-width cells: a CJK or full-width character takes two."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def _wrap_source(text: str, width: int = 84) -> str:
    """Break a long source line at its separators so it fits under a 680 px chart."""
    sep = "；" if "；" in text else "; "
    lines, line = [], ""
    for part in text.split(sep):
        candidate = f"{line}{sep}{part}" if line else part
        if line and _display_width(candidate) > width:
            lines.append(line + sep.strip())
            line = part
        else:
            line = candidate
    return "<br>".join(lines + [line])


DATA_KEY = "zmd_chart_data"


def _finish(fig: go.Figure, title: str, lang: str, source: str, data: list[dict]) -> go.Figure:
    """House template, title, the source line under the chart (always given), and the
    points the chart draws (``data``, see :func:`zmd_analysis.report.downloads.point`)."""
    fig.update_layout(
        template=TEMPLATE,
        title=dict(text=title),
        meta={DATA_KEY: {"lang": lang, "title": title, "points": data}},
    )
    text = _wrap_source(source)
    fig.add_annotation(
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-78,
        showarrow=False,
        font=dict(size=11, color="#566573"),
        align="left",
    )
    extra = 15 * text.count("<br>")
    if extra:
        fig.update_layout(margin_b=105 + extra, height=(fig.layout.height or HEIGHT) + extra)
    return fig


def chart_data(fig: go.Figure) -> pd.DataFrame:
    """The numbers a chart draws, as the table its CSV download holds."""
    meta = (
        (fig.layout.meta or {}).get(DATA_KEY)
        if isinstance(fig, go.Figure)
        else (fig.get("layout", {}).get("meta") or {}).get(DATA_KEY)
    )
    if not meta:
        raise ValueError("this figure was not made by zmd_analysis.report.charts")
    return chart_frame(meta["points"], meta["lang"])


def _whiskers(rows) -> dict:
    """Asymmetric error bars from figure-table rows' ranges (low ≤ value ≤ high)."""
    rows = list(rows)
    return dict(
        type="data",
        symmetric=False,
        color="#333",
        array=[r["high"] - r["value"] for r in rows],
        arrayminus=[r["value"] - r["low"] for r in rows],
    )


def _label(row: pd.Series, lang: str) -> str:
    return row["label_en"] if lang == "en" else row["label_zh"]


def progress_chart(projects: pd.DataFrame, region_name: str, lang: str = "zh") -> go.Figure:
    """Share of annual plan: city vs implied provincial average, with the time elapsed line."""
    scopes = [s for s in ("prov", "city") if pick(projects, f"{s}_plan_share") is not None]
    cats = [SCOPES[s][lang == "en"] for s in scopes]
    fig = go.Figure()
    shares = [pick(projects, f"{s}_plan_share")["value"] for s in scopes]
    gaps = [pick(projects, f"{s}_plan_share_gap") for s in scopes]
    pp = "pp" if lang == "en" else "个百分点"
    above = "above the province" if lang == "en" else "高于全省"

    def bar_text(share: float, gap: pd.Series | None) -> str:
        text = f"{_num(share, lang=lang)}%"
        if gap is None:
            return text
        extra = f"{above} {_num(gap['value'], lang=lang)} {pp}"
        return f"{text}（{extra}）" if lang == "zh" else f"{text} ({extra})"

    fig.add_bar(
        y=cats,
        x=shares,
        orientation="h",
        name=region_name,
        marker_color=CITY,
        text=[bar_text(v, g) for v, g in zip(shares, gaps)],
        textposition="outside",
        textfont=dict(color=CITY),
    )
    avgs = [pick(projects, f"{s}_avg") for s in scopes]
    if all(a is not None for a in avgs):
        fig.add_bar(
            y=cats,
            x=[a["value"] for a in avgs],
            orientation="h",
            name=tr("province_avg", lang),
            marker=dict(color=PROVINCE, pattern=IMPLIED),
            error_x=_whiskers(avgs),
            text=[f"{_num(a['value'], lang=lang)}%" for a in avgs],
            textposition="inside",
            insidetextanchor="middle",
        )
    t = pick(projects, "time_elapsed")
    if t is not None:
        fig.add_vline(x=t["value"], line=dict(color=ACCENT, dash="dash", width=2))
        # legend entry for the dashed line (a shape has none of its own)
        fig.add_scatter(
            x=[None],
            y=[None],
            mode="lines",
            line=dict(color=ACCENT, dash="dash", width=2),
            name=tr("time_elapsed_label", lang, time=_num(t["value"], lang=lang)),
        )
    fig.update_layout(barmode="group", bargap=0.3, legend_traceorder="normal")
    fig.update_xaxes(title_text=tr("share_axis", lang), range=[0, 100], rangemode="tozero")
    fig.update_yaxes(autorange="reversed")
    data = (
        points([pick(projects, f"{s}_plan_share") for s in scopes] + gaps, lang, region_name)
        + points(avgs if all(a is not None for a in avgs) else [], lang, tr("province_avg", lang))
        + points(
            [t],
            lang,
            tr("time_elapsed_label", lang, time=_num(t["value"], lang=lang))
            if t is not None
            else "",
        )
    )
    return _finish(fig, tr("chart_progress_title", lang), lang, table_source(projects, lang), data)


def plan_chart(projects: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Completed investment next to the annual plan it implies (with the plan's range)."""
    scopes = [s for s in ("prov", "city") if pick(projects, f"{s}_plan") is not None]
    cats = [SCOPES[s][lang == "en"] for s in scopes]
    done = [pick(projects, f"{s}_investment")["value"] for s in scopes]
    plans = [pick(projects, f"{s}_plan") for s in scopes]
    fig = go.Figure()
    fig.add_bar(
        y=cats,
        x=done,
        orientation="h",
        name=tr("completed", lang),
        marker_color=CITY,
        text=[_num(v, lang=lang) for v in done],
        textposition="outside",
    )
    fig.add_bar(
        y=cats,
        x=[p["value"] for p in plans],
        orientation="h",
        name=tr("plan_implied", lang),
        marker=dict(color=NEUTRAL, pattern=IMPLIED),
        error_x=_whiskers(plans),
        text=[f"≈{_num(p['value'], 0, lang=lang)}" for p in plans],
        textposition="inside",
        insidetextanchor="middle",
    )
    fig.update_layout(barmode="group", bargap=0.3)
    fig.update_xaxes(
        title_text=tr("amount_axis", lang),
        rangemode="tozero",
        range=[0, max(p["high"] for p in plans) * 1.15],
    )
    fig.update_yaxes(autorange="reversed")
    data = points(
        [pick(projects, f"{s}_investment") for s in scopes], lang, tr("completed", lang)
    ) + points(plans, lang, tr("plan_implied", lang))
    return _finish(fig, tr("chart_plan_title", lang), lang, table_source(projects, lang), data)


def growth_chart(
    investment: pd.DataFrame, region_name: str, comparison_name: str, lang: str = "zh"
) -> go.Figure:
    """City growth vs the provincial growth the gap implies, the gap annotated."""
    g = pick(investment, "growth")
    p, gap = pick(investment, "province_growth"), pick(investment, "gap")
    implied = tr("implied_suffix", lang)
    if p is None and pick(investment, "comparison_growth") is not None:
        p, gap, implied = (
            pick(investment, "comparison_growth"),
            pick(investment, "comparison_gap"),
            "",
        )
    fig = go.Figure()
    fig.add_bar(
        x=[region_name],
        y=[g["value"]],
        marker_color=CITY,
        name=region_name,
        text=[f"{_num(g['value'], lang=lang)}%"],
        textposition="outside",
    )
    if p is not None:
        fig.add_bar(
            x=[comparison_name + implied],
            y=[p["value"]],
            name=comparison_name + implied,
            marker=dict(color=PROVINCE, pattern=IMPLIED if implied else None),
            error_y=_whiskers([p]),
            text=[f"{_num(p['value'], lang=lang)}%"],
            textposition="outside",
        )
        fig.add_annotation(
            x=0.5,
            xref="x",
            y=(g["value"] + p["value"]) / 2,
            text=f"{'gap' if lang == 'en' else '相差'} {_num(gap['value'], lang=lang)} "
            f"{'pp' if lang == 'en' else '个百分点'}",
            showarrow=False,
            font=dict(color=CITY, size=13),
        )
    fig.update_layout(showlegend=False, bargap=0.45)
    values = [g["value"]] + ([p["high"]] if p is not None else [])
    fig.update_yaxes(
        title_text=tr("growth_axis", lang),
        rangemode="tozero",
        range=[min(0, min(values) * 1.2), max(max(values) * 1.2, 1)],
    )
    data = points([g], lang, region_name) + (
        points([p, gap], lang, comparison_name + implied) if p is not None else []
    )
    return _finish(fig, tr("chart_growth_title", lang), lang, table_source(investment, lang), data)


def base_chart(investment: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Implied level of the same period last year next to this year's level."""
    level, base = pick(investment, "level"), pick(investment, "base")
    fig = go.Figure()
    fig.add_bar(
        x=[tr("previous_year", lang)],
        y=[base["value"]],
        marker=dict(color=NEUTRAL, pattern=IMPLIED),
        error_y=_whiskers([base]),
        text=[f"≈{_num(base['value'], lang=lang)}"],
        textposition="outside",
    )
    fig.add_bar(
        x=[tr("this_year", lang)],
        y=[level["value"]],
        marker_color=CITY,
        text=[_num(level["value"], lang=lang)],
        textposition="outside",
    )
    fig.update_layout(showlegend=False, bargap=0.45)
    fig.update_yaxes(
        title_text=tr("amount_axis", lang), rangemode="tozero", range=[0, level["value"] * 1.2]
    )
    data = points([base], lang, tr("previous_year", lang)) + points(
        [level], lang, tr("this_year", lang)
    )
    return _finish(fig, tr("chart_base_title", lang), lang, table_source(investment, lang), data)


def ranks_chart(table: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Each rank as a dot on the scale of the units ranked (1 at the left)."""
    ranks = table[table["key"].str.endswith("_rank")]
    units = pick(table, "units")
    n_units = (
        int(units["value"]) if units is not None and units["value"] else int(ranks["value"].max())
    )
    labels = [_label(r, lang) for _, r in ranks.iterrows()]
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
        x=ranks["value"],
        y=labels,
        mode="markers+text",
        showlegend=False,
        marker=dict(size=22, color=CITY),
        textfont=dict(color="white", size=13),
        text=[_num(v, 0, lang=lang) for v in ranks["value"]],
        textposition="middle center",
    )
    fig.update_xaxes(
        title_text=tr("rank_axis", lang), range=[0.3, n_units + 0.7], dtick=1, showgrid=False
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=330)
    data = points((r for _, r in ranks.iterrows()), lang) + points([units], lang)
    return _finish(fig, tr("chart_ranks_title", lang), lang, table_source(table, lang), data)


def funnel_chart(attraction: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Events -> signed -> landed, each stage with its unit; the landing rate recomputed."""
    stages = [("events", "events_label"), ("signed", "signed_label"), ("landed", "landed_label")]
    rows = [
        (pick(attraction, k), tr(lab, lang)) for k, lab in stages if pick(attraction, k) is not None
    ]
    unit = "unit_en" if lang == "en" else "unit_zh"
    rate = pick(attraction, "landing_rate")
    texts = [f"{_num(r['value'], 0, lang=lang)} {r[unit]}" for r, _ in rows]
    if rate is not None:
        texts[-1] += (
            f"（{_num(rate['value'], lang=lang)}%）"
            if lang == "zh"
            else f" ({_num(rate['value'], lang=lang)}%)"
        )
    fig = go.Figure(
        go.Funnel(
            y=[lab for _, lab in rows],
            x=[r["value"] for r, _ in rows],
            text=texts,
            textinfo="text",
            textposition="inside",
            marker=dict(color=[NEUTRAL, ACCENT, CITY][: len(rows)]),
            connector=dict(fillcolor="#f2f3f4"),
        )
    )
    data = points([r for r, _ in rows] + [rate], lang)
    return _finish(fig, tr("chart_funnel_title", lang), lang, table_source(attraction, lang), data)


def reform_chart(environment: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """At-most-one-visit items split into zero-visit and one-visit (zero-visit is a subset)."""
    one, zero = pick(environment, "one_trip"), pick(environment, "zero_trip")
    cat = [tr("chart_reform_title", lang)]
    rest = one["value"] - zero["value"]
    fig = go.Figure()
    fig.add_bar(
        y=cat,
        x=[zero["value"]],
        orientation="h",
        name=tr("zero_trip_label", lang),
        marker_color=CITY,
        text=[f"{_num(zero['value'], 0, lang=lang)}"],
        textposition="inside",
    )
    fig.add_bar(
        y=cat,
        x=[rest],
        orientation="h",
        name=tr("one_trip_label", lang),
        marker_color=NEUTRAL,
        text=[f"{_num(rest, 0, lang=lang)}"],
        textposition="outside",
    )
    fig.add_annotation(
        x=one["value"],
        y=cat[0],
        yshift=42,
        showarrow=False,
        text=f"{'total' if lang == 'en' else '合计'} {_num(one['value'], 0, lang=lang)}",
    )
    fig.update_layout(barmode="stack", height=300, bargap=0.5, legend_traceorder="normal")
    fig.update_xaxes(
        title_text=tr("items_axis", lang), rangemode="tozero", range=[0, one["value"] * 1.12]
    )
    fig.update_yaxes(showticklabels=False)
    unit = one["unit_en"] or one["unit_zh"] if lang == "en" else one["unit_zh"]
    data = (
        points([one], lang, tr("chart_reform_title", lang))
        + points([zero], lang, tr("zero_trip_label", lang))
        + [
            point(
                tr("one_trip_label", lang),
                tr("one_trip_label", lang),
                rest,
                unit,
                "derived",
                f"{_num(one['value'], 0, lang=lang)} − {_num(zero['value'], 0, lang=lang)}",
            )
        ]
    )
    return _finish(fig, tr("chart_reform_title", lang), lang, table_source(environment, lang), data)


def claims_chart(claims: pd.DataFrame, lang: str = "zh", source: str | None = None) -> go.Figure:
    """Number of claims per verdict."""
    counts = claims["status"].value_counts().reindex(list(STATUSES), fill_value=0)
    labels = [_status_label("status", s, lang) for s in STATUSES]
    fig = go.Figure(
        go.Bar(
            y=labels,
            x=counts.values,
            orientation="h",
            marker_color=[STATUS_COLOURS[s] for s in STATUSES],
            text=[str(v) for v in counts.values],
            textposition="outside",
        )
    )
    fig.update_xaxes(
        title_text=tr("claims_axis", lang),
        rangemode="tozero",
        dtick=2,
        range=[0, counts.max() * 1.25 + 0.8],
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=380)
    sources = ",".join(dict.fromkeys(claims["source_id"])) if "source_id" in claims else ""
    data = [
        point(
            tr("claims_count_label", lang),
            lab,
            int(n),
            tr("claims_count_unit", lang),
            "derived",
            "",
            sources,
        )
        for lab, n in zip(labels, counts.values)
    ]
    return _finish(fig, tr("chart_claims_title", lang), lang, source, data)


def series_chart(series: pd.DataFrame, lang: str = "zh", source: str | None = None) -> go.Figure:
    """Jan–Apr progress across years; a line joins years only within one coverage, so a
    definitional break shows as a gap and a change of marker."""
    en = lang == "en"
    fig = go.Figure()
    colours = {"provincial": CITY, "city": ACCENT, "advanced_manufacturing": "#7d6608"}
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
    for (level, coverage), grp in series.groupby(["level", "coverage"], sort=False):
        lev, cov = label("level", level, lang), label("coverage", coverage, lang)
        name = (
            lev if lev.lower() == cov.lower() else f"{lev}（{cov}）" if not en else f"{lev} ({cov})"
        )
        fig.add_scatter(
            x=grp["year"],
            y=grp["value"],
            mode="lines+markers+text",
            name=name,
            line=dict(color=colours[level], dash="solid" if coverage == "industrial" else "dot"),
            marker=dict(
                size=11,
                color=colours[level],
                symbol="circle" if coverage == "industrial" else "circle-open",
                line=dict(width=2, color=colours[level]),
            ),
            text=[f"{_num(v, lang=lang)}%" for v in grp["value"]],
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
    fig = _finish(fig, tr("chart_series_title", lang), lang, source, data)
    fig.update_layout(
        margin_t=130,
        height=(fig.layout.height or HEIGHT) + 40,
        legend=dict(y=1.0, yanchor="bottom"),
    )
    return fig


def path_chart(path: pd.DataFrame, lang: str = "zh", source: str | None = None) -> go.Figure:
    """Henan's cumulative industrial-investment growth: stated points filled, derived
    points open with their range."""
    en = lang == "en"
    categories = path["label_en"] if en else path["label_zh"]
    fig = go.Figure()
    for origin, symbol in ((Origin.DERIVED, "circle-open"), (Origin.STATED, "circle")):
        sel = path["origin"] == origin
        if not sel.any():
            continue
        fig.add_scatter(
            x=categories[sel],
            y=path.loc[sel, "value"],
            mode="markers+text",
            name=label("path", origin, lang),
            marker=dict(size=13, symbol=symbol, color=PROVINCE, line=dict(width=2, color=PROVINCE)),
            error_y=_whiskers(r for _, r in path[sel].iterrows()),
            text=[f"{_num(v, lang=lang)}%" for v in path.loc[sel, "value"]],
            textposition="middle right",
        )
    fig.add_hline(y=0, line=dict(color="#566573", width=1))
    fig.update_xaxes(categoryorder="array", categoryarray=list(categories), type="category")
    fig.update_yaxes(
        title_text=tr("growth_axis", lang),
        range=[min(path["low"].min() * 1.3, -2), path["high"].max() * 1.3],
    )
    data = [
        point(
            label("path", r.origin, lang),
            lab,
            r.value,
            "%",
            r.origin,
            r.printed,
            r.source_id,
            r.low,
            r.high,
        )
        for r, lab in zip(path.itertuples(), categories)
    ]
    return _finish(fig, tr("chart_path_title", lang), lang, source, data)


def structure_chart(
    fy: pd.DataFrame, names: dict[str, str], lang: str = "zh", source: str | None = None
) -> go.Figure:
    """Primary industry's share of GDP, region vs province (zero-based bars)."""
    fig = go.Figure(
        go.Bar(
            x=[names[r] for r in fy["region_id"]],
            y=fy["primary_share"],
            marker_color=[CITY if i == 0 else PROVINCE for i in range(len(fy))],
            text=[f"{_num(v, lang=lang)}%" for v in fy["primary_share"]],
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
    return _finish(fig, tr("chart_structure_title", lang), lang, source, data)


def base_effect_chart(b, comparison_name: str, lang: str, source: str) -> go.Figure:
    """Two-year average growth for each assumed year-earlier growth (zero-based bars), with
    the comparison region's two-year average as a dashed line."""
    labels = [f"{_num(s, 1, lang)}%" for s, _ in b.scenarios]
    values = [e.value for _, e in b.scenarios]
    fig = go.Figure(
        go.Bar(
            x=labels,
            y=values,
            marker_color=CITY,
            text=[f"{v:.1f}%" for v in values],
            textposition="outside",
        )
    )
    if b.proxies:
        level = sum(x.two_year.value for x in b.proxies) / len(b.proxies)
        fig.add_hline(y=level, line=dict(color=PROVINCE, dash="dash", width=2))
        # the line is named in the legend (above the plot), where no bar can cover it
        fig.add_scatter(
            x=[None],
            y=[None],
            mode="lines",
            line=dict(color=PROVINCE, dash="dash", width=2),
            name=tr(
                "base_effect_comparison_line",
                lang,
                comparison=comparison_name,
                value=f"{_num(level, 1, lang)}%",
            ),
        )
    fig.update_layout(showlegend=False, bargap=0.4)
    fig.update_xaxes(title_text=tr("base_effect_axis_scenario", lang), type="category")
    fig.update_yaxes(
        title_text=tr("growth_axis", lang),
        rangemode="tozero",
        range=[min(0, min(values) * 1.2), max(values) * 1.2],
    )
    series = tr("base_effect_axis_scenario", lang)
    data = [
        point(series, lab, e.value, "%", "derived", e.expr, "", e.low, e.high)
        for lab, (_, e) in zip(labels, b.scenarios)
    ]
    data += [
        point(
            tr(
                "base_effect_comparison_line",
                lang,
                comparison=comparison_name,
                value=f"{_num(x.two_year.value, 1, lang)}%",
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
    return _finish(fig, tr("base_effect_chart_title", lang), lang, source, data)


def scale_chart(sc: pd.DataFrame, projects: pd.DataFrame, lang: str = "zh") -> go.Figure:
    """Dispatch totals (completed; implied plan hatched, with its range) next to the year's
    GDP, secondary and industry value added, all in the same unit, zero-based."""
    rows = [(pick(sc, k), NEUTRAL, None) for k in ("gdp", "secondary_va", "industry_va")]
    rows += [
        (pick(projects, "city_investment"), CITY, None),
        (pick(projects, "city_plan"), CITY, IMPLIED),
    ]
    rows = [r for r in rows if r[0] is not None]
    fig = go.Figure()
    for row, colour, pattern in rows:
        fig.add_bar(
            y=[_label(row, lang)],
            x=[row["value"]],
            orientation="h",
            marker=dict(color=colour, pattern=pattern),
            error_x=_whiskers([row]) if row["origin"] == "derived" else None,
            text=[_num(row["value"], 0, lang)],
            textposition="inside" if row["origin"] == "derived" else "outside",
            insidetextanchor="middle",
            showlegend=False,
        )
    fig.update_xaxes(
        title_text=tr("amount_axis", lang),
        rangemode="tozero",
        range=[0, max(r[0]["high"] for r in rows) * 1.18],
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_layout(height=380, bargap=0.35)
    source = table_source(pd.concat([sc, projects]), lang)
    return _finish(
        fig, tr("chart_scale_title", lang), lang, source, points([r[0] for r in rows], lang)
    )
