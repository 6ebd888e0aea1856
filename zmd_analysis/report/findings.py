"""The sentence under each chart, filled in from the figure tables.

Each function returns the finding in the report language, or ``None`` when a
figure it needs is missing for the chosen region and period: a notebook then
shows what it has and says what is missing, never a traceback.
"""

from __future__ import annotations

import pandas as pd

from .formatting import num, quantity
from .labels import label
from .params import Params
from .texts import tr
from .themes import pick


def value(row: pd.Series | None, lang: str, show_range: bool = True) -> str | None:
    """A figure-table row as text: a printed figure as printed, a derived one with its range."""
    if row is None:
        return None
    printed = row.get("printed") or None
    return quantity(
        row["value"],
        row["low"],
        row["high"],
        row["unit_zh"],
        lang,
        printed=printed,
        qualifier=row.get("qualifier") or "",
        kind=row.get("kind") or "",
        unit_en=row.get("unit_en") or None,
        show_range=show_range,
    )


def _values(table: pd.DataFrame | None, lang: str, **keys: str) -> dict[str, str] | None:
    out = {name: value(pick(table, key), lang) for name, key in keys.items()}
    return None if any(v is None for v in out.values()) else out


def _join(parts: list[str], lang: str) -> str:
    return ("；" if lang == "zh" else "; ").join(parts)


def projects_progress(projects: pd.DataFrame, p: Params) -> str | None:
    v = _values(
        projects,
        p.lang,
        prov_share="prov_plan_share",
        city_share="city_plan_share",
        prov_avg="prov_avg",
        city_avg="city_avg",
        time="time_elapsed",
        prov_ahead="prov_ahead",
        city_ahead="city_ahead",
    )
    return v and tr(
        "projects_progress_finding", p.lang, region=p.region_name, period=p.period_label, **v
    )


def projects_plan(projects: pd.DataFrame, p: Params) -> str | None:
    scopes = [("prov", "provincial"), ("city", "city")]
    plans = [
        f"{label('level', name, p.lang)} {value(pick(projects, f'{s}_plan'), p.lang)}"
        for s, name in scopes
        if pick(projects, f"{s}_plan") is not None
    ]
    sizes = [
        f"{label('level', name, p.lang)} {value(pick(projects, f'{s}_size'), p.lang)}"
        for s, name in scopes
        if pick(projects, f"{s}_size") is not None
    ]
    if not plans:
        return None
    return tr(
        "projects_plan_finding",
        p.lang,
        plans=_join(plans, p.lang),
        sizes=_join(sizes, p.lang) or "—",
    )


def investment_growth(investment: pd.DataFrame, p: Params) -> str | None:
    v = _values(
        investment, p.lang, level="level", growth="growth", gap="gap", prov="province_growth"
    )
    if v is None:
        return None
    rank = pick(investment, "rank")
    rank_text = ""
    if rank is not None:
        rank_text = (
            f"，增速居{p.comparison_name}{value(rank, 'zh')}"
            if p.lang == "zh"
            else f", {value(rank, 'en')} in {p.comparison_name}"
        )
    return tr(
        "investment_growth_finding",
        p.lang,
        region=p.region_name,
        period=p.period_label,
        comparison=p.comparison_name,
        rank_text=rank_text,
        **v,
    )


def investment_growth_vs(investment: pd.DataFrame, p: Params) -> str | None:
    """Growth against a comparison region whose own growth the data print."""
    v = _values(
        investment, p.lang, growth="growth", other="comparison_growth", diff="comparison_gap"
    )
    return v and tr(
        "investment_growth_vs",
        p.lang,
        region=p.region_name,
        period=p.period_label,
        comparison=p.comparison_name,
        **v,
    )


def investment_base(investment: pd.DataFrame, p: Params, base_period: str) -> str | None:
    v = _values(investment, p.lang, base="base", delta="increase")
    return v and tr("investment_base_finding", p.lang, base_period=base_period, **v)


def investment_bases_note(
    investment: pd.DataFrame, projects: pd.DataFrame | None, p: Params
) -> str | None:
    city, level = pick(projects, "city_investment"), pick(investment, "level")
    if city is None or level is None:
        return None
    ratio = city["value"] / level["value"]
    return tr(
        "investment_bases_note",
        p.lang,
        city=value(city, p.lang),
        ratio=quantity(ratio, ratio, ratio, "倍", p.lang),
    )


def ranks_listed(table: pd.DataFrame, p: Params) -> str | None:
    """The region's ranks in words, with the list size behind a rank by project count."""
    ranks = table[table["key"].str.endswith("_rank")]
    if ranks.empty:
        return None
    name = "label_en" if p.lang == "en" else "label_zh"
    parts = [f"{r[name]} {value(r, p.lang)}" for _, r in ranks.iterrows()]
    lst = pick(table, "adv_mfg_list")
    list_text = (
        tr("ranks_list", p.lang, n=value(lst, p.lang), region=p.region_name)
        if lst is not None
        else ""
    )
    return tr(
        "ranks_finding",
        p.lang,
        region=p.region_name,
        ranks=_join(parts, p.lang),
        list_text=list_text,
    )


def attraction_funnel(attraction: pd.DataFrame, p: Params) -> str | None:
    name = "label_en" if p.lang == "en" else "label_zh"
    stages = [
        f"{pick(attraction, k)[name]} {value(pick(attraction, k), p.lang)}"
        for k in ("events", "signed", "signed_investment", "landed")
        if pick(attraction, k) is not None
    ]
    if not stages:
        return None
    avg = value(pick(attraction, "avg_signed"), p.lang) or "—"
    text = tr(
        "attraction_funnel_finding",
        p.lang,
        period=p.period_label,
        stages=_join(stages, p.lang),
        avg=avg,
    )
    rate, stated = pick(attraction, "landing_rate"), pick(attraction, "landed_share")
    if rate is not None:
        if stated is not None:
            from ..analysis.rounding import decimals_of, round_half_up

            rounded = round_half_up(rate["value"], decimals_of(stated["printed"]))
            key = (
                "attraction_rate_same" if rounded == stated["value"] else "attraction_rate_printed"
            )
            printed_text = tr(
                key,
                p.lang,
                stated=value(stated, p.lang),
                rounded=quantity(rounded, rounded, rounded, "%", p.lang),
            )
        else:
            printed_text = ""
        text += (" " if p.lang == "en" else "") + tr(
            "attraction_rate", p.lang, rate=value(rate, p.lang), printed_text=printed_text
        )
    return text


def environment_reform(environment: pd.DataFrame, p: Params) -> str | None:
    v = _values(environment, p.lang, one="one_trip", zero="zero_trip", share="zero_share")
    if v is None:
        return None
    one, zero = pick(environment, "one_trip"), pick(environment, "zero_trip")
    rest = one["value"] - zero["value"]
    rest_text = quantity(rest, rest, rest, one["unit_zh"], p.lang, unit_en=one["unit_en"])
    return tr("environment_reform_finding", p.lang, rest=rest_text, **v)


def environment_cultivation(environment: pd.DataFrame, p: Params) -> str | None:
    name = "label_en" if p.lang == "en" else "label_zh"
    items = [
        f"{pick(environment, k)[name]} {value(pick(environment, k), p.lang)}"
        for k in ("high_growth", "sb_firms", "sb_projects")
        if pick(environment, k) is not None
    ]
    return (
        tr("environment_cultivation_finding", p.lang, items=_join(items, p.lang)) if items else None
    )


def claims_summary(claims: pd.DataFrame, lang: str) -> str:
    """'N claims: k reproduced, ...' over the statuses present, plus the independent verdicts."""
    counts = claims["status"].value_counts()
    parts = [
        f"{label('status', s, lang)}{n}条" if lang == "zh" else f"{n} {label('status', s, lang)}"
        for s, n in counts.items()
    ]
    text = tr(
        "claims_finding",
        lang,
        total=len(claims),
        counts=("，" if lang == "zh" else ", ").join(parts),
    )
    ind = claims["independent"].value_counts()
    if ind.get("confirms", 0) or ind.get("contradicts", 0):
        text += (" " if lang == "en" else "") + tr(
            "claims_independent",
            lang,
            confirms=int(ind.get("confirms", 0)),
            contradicts=int(ind.get("contradicts", 0)),
        )
    return text


def lessons(claims: pd.DataFrame, lang: str, limit: int = 6) -> list[str]:
    """What a careful reader should take away: the claims that fail, mislead or need
    care, most serious first, each as its label and its workings."""
    from ..analysis.claims import SEVERITY

    worth = claims[
        claims["status"].isin(SEVERITY[:5])
        | claims["kind"].isin(["gap", "growth", "share_of_plan"])
        & (claims["status"] == "not_checkable")
    ]
    worth = worth.assign(order=worth["status"].map(SEVERITY.index)).sort_values(
        "order", kind="stable"
    )
    sep = "：" if lang == "zh" else ": "
    return [f"{r.label}{sep}{r.sentence}" for r in worth.head(limit).itertuples()]


def context_series(series: pd.DataFrame, p: Params) -> str:
    years = sorted(series["year"].unique())
    sep = "、" if p.lang == "zh" else ", "
    coverage = (
        "".join(
            tr(
                "context_coverage",
                p.lang,
                label=label("coverage", cov, p.lang),
                years=sep.join(str(y) for y in sorted(grp["year"].unique())),
            )
            for cov, grp in series.groupby("coverage", sort=False)
        )
        if series["coverage"].nunique() > 1
        else ""
    )
    return tr(
        "context_series_finding", p.lang, years=sep.join(str(y) for y in years), coverage=coverage
    )


def context_path(path: pd.DataFrame, p: Params) -> str | None:
    if path.empty:
        return None
    lab = "label_en" if p.lang == "en" else "label_zh"
    points = [
        f"{r[lab]} {quantity(r['value'], r['low'], r['high'], '%', p.lang, show_range=False, printed=r['printed'] or None)}"
        + (
            f"（{label('path', r['origin'], 'zh')}）"
            if p.lang == "zh"
            else f" ({label('path', r['origin'], 'en')})"
        )
        for _, r in path.iterrows()
    ]
    return tr(
        "context_path_finding", p.lang, comparison=p.comparison_name, points=_join(points, p.lang)
    )


def context_year(fy: pd.DataFrame, p: Params, year_label: str) -> str | None:
    rows = fy.set_index("region_id")
    if p.region not in rows.index or p.comparison not in rows.index:
        return None
    r, h = rows.loc[p.region], rows.loc[p.comparison]
    if pd.isna(r["primary_share"]) or pd.isna(h["primary_share"]):
        return None
    pct = lambda x: quantity(x, x, x, "%", p.lang) if pd.notna(x) else "—"  # noqa: E731
    ratio = r["primary_share"] / h["primary_share"]
    return tr(
        "context_year_finding",
        p.lang,
        year=year_label,
        region=p.region_name,
        comparison=p.comparison_name,
        gdp=quantity(r["gdp"], r["gdp"], r["gdp"], "亿元", p.lang),
        growth=pct(r["gdp_growth"]),
        hgrowth=pct(h["gdp_growth"]),
        share=pct(r["primary_share"]),
        hshare=pct(h["primary_share"]),
        ratio=quantity(ratio, ratio, ratio, "倍", p.lang),
    )


def base_effect(b, p: Params, names) -> list[str]:
    """The base-effect sentences: the comparison region's two-year average from its proxies,
    then what the region's own year-earlier growth would have to be."""
    from .formatting import estimate

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
        two = [x.two_year for x in b.proxies]
        lo, hi = min(e.value for e in two), max(e.value for e in two)
        one = lambda x: f"{x:.1f}%".replace("-", "−")  # noqa: E731  (a band: one decimal)
        comp_two = f"{one(lo)}–{one(hi)}" if round(lo, 1) != round(hi, 1) else one(lo)
        out.append(
            tr(
                "base_effect_comparison",
                lang,
                comparison=p.comparison_name,
                period=p.period_label,
                comp=estimate(b.comparison_growth, lang),
                proxies=proxies,
                comp_two=comp_two,
            )
        )
    zero = next(e for s, e in b.scenarios if s == 0)
    if b.break_even is not None:
        fall = b.break_even
        out.append(
            tr(
                "base_effect_region",
                lang,
                region=p.region_name,
                base_period=base_period,
                growth=estimate(b.region_growth, lang),
                zero=estimate(zero, lang),
                comparison=p.comparison_name,
                break_even=f"{round(-fall.value):d}%",
            )
        )
    else:
        out.append(
            tr("base_effect_region_only", lang, region=p.region_name, base_period=base_period)
        )
    return out


def base_effect_table(b, lang: str) -> pd.DataFrame:
    from .formatting import estimate

    return pd.DataFrame(
        {
            tr("base_effect_col_scenario", lang): [num(s, 1, lang) + "%" for s, _ in b.scenarios],
            tr("base_effect_col_two_year", lang): [estimate(e, lang) for _, e in b.scenarios],
        }
    )


def projects_scale(
    sc: pd.DataFrame, projects: pd.DataFrame, p: Params, year_label: str
) -> str | None:
    v = _values(
        sc,
        p.lang,
        gdp="gdp",
        industry="industry_va",
        city_done="city_done_industry_va",
        city_plan_gdp="city_plan_gdp",
    )
    w = _values(projects, p.lang, city="city_investment", city_plan="city_plan")
    if v is None or w is None:
        return None
    return tr(
        "projects_scale_finding",
        p.lang,
        year=year_label,
        region=p.region_name,
        period=p.period_label,
        **v,
        **w,
    )


def projects_history(series: pd.DataFrame, p: Params, year: int) -> str | None:
    """Earlier years' Jan–Apr progress, and whether above-half progress by April is new."""
    earlier = series[series["year"] < year]
    if earlier.empty:
        return None
    sep = "、" if p.lang == "zh" else "; "
    points = sep.join(
        f"{r.year} {label('level', r.level, p.lang)} "
        f"{quantity(r.value, r.low, r.high, '%', p.lang, show_range=False, printed=r.printed)}"
        for r in earlier.sort_values(["year", "level"]).itertuples()
    )
    text = tr("projects_history", p.lang, region=p.region_name, points=points)
    if (earlier["value"] > 50).any():
        text += (" " if p.lang == "en" else "") + tr(
            "projects_history_not_new", p.lang, region=p.region_name
        )
    return text
