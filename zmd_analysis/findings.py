"""The sentence under each chart, filled in from the figure tables.

Each function returns the finding in the report language, or ``None`` when a
figure it needs is missing for the chosen region and period.
"""
from __future__ import annotations

import pandas as pd

from .claims import summarize
from .formatting import num
from .params import Params
from .texts import tr
from .themes import pick


def _values(table: pd.DataFrame, lang: str, **wanted: tuple[str, str, int]) -> dict[str, str] | None:
    """Formatted values from ``table``: name=(key, 'value'|'low'|'high', decimals)."""
    out = {}
    for name, (key, col, nd) in wanted.items():
        row = pick(table, key)
        if row is None:
            return None
        out[name] = num(row[col], nd, lang)
    return out


def kp_progress(kp: pd.DataFrame, p: Params) -> str | None:
    v = _values(kp, p.lang, prov_share=("prov_plan_share", "value", 1),
                city_share=("city_plan_share", "value", 1), avg=("prov_avg", "value", 1),
                avg_low=("prov_avg", "low", 1), avg_high=("prov_avg", "high", 1),
                time=("time_elapsed", "value", 1), prov_ahead=("prov_ahead", "value", 1),
                city_ahead=("city_ahead", "value", 1))
    return v and tr("kp_progress_finding", p.lang, region=p.region_name, **v)


def kp_plan(kp: pd.DataFrame, p: Params) -> str | None:
    v = _values(kp, p.lang, prov_plan=("prov_plan", "value", 0), prov_low=("prov_plan", "low", 1),
                prov_high=("prov_plan", "high", 1), city_plan=("city_plan", "value", 0),
                city_low=("city_plan", "low", 1), city_high=("city_plan", "high", 1),
                prov_size=("prov_size", "value", 2), city_size=("city_size", "value", 2))
    return v and tr("kp_plan_finding", p.lang, **v)


def ii_growth(ii: pd.DataFrame, p: Params) -> str | None:
    v = _values(ii, p.lang, level=("level", "value", 1), growth=("growth", "value", 1),
                rank=("rank", "value", 0), gap=("gap", "value", 1),
                prov=("province_growth", "value", 1), prov_low=("province_growth", "low", 2),
                prov_high=("province_growth", "high", 2))
    return v and tr("ii_growth_finding", p.lang, region=p.region_name, **v)


def ii_base(ii: pd.DataFrame, p: Params) -> str | None:
    v = _values(ii, p.lang, base=("base", "value", 1), base_low=("base", "low", 2),
                base_high=("base", "high", 2))
    if v is None:
        return None
    delta = pick(ii, "level")["value"] - pick(ii, "base")["value"]
    return tr("ii_base_finding", p.lang, delta=num(delta, 1, lang=p.lang), **v)


def ii_bases_note(ii: pd.DataFrame, kp: pd.DataFrame | None, p: Params) -> str | None:
    city, level = pick(kp, "city_investment"), pick(ii, "level")
    if city is None or level is None:
        return None
    return tr("ii_bases_note", p.lang, city=num(city["value"], lang=p.lang),
              ratio=num(city["value"] / level["value"], 1, lang=p.lang))


def rk_ranks(rk: pd.DataFrame, p: Params) -> str | None:
    v = _values(rk, p.lang, growth_rank=("growth_rank", "value", 0), adv_rank=("adv_mfg_rank", "value", 0),
                adv_list=("adv_mfg_list", "value", 0), eval_rank=("evaluation_rank", "value", 0))
    return v and tr("rk_finding", p.lang, region=p.region_name, **v)


def ia_funnel(ia: pd.DataFrame, p: Params) -> str | None:
    from .rounding import decimals_of, round_half_up
    v = _values(ia, p.lang, events=("events", "value", 0), signed=("signed", "value", 0),
                investment=("signed_investment", "value", 1), avg=("avg_signed", "value", 2),
                landed=("landed", "value", 0), rate=("landing_rate", "value", 1),
                stated=("landed_share", "value", 1))
    if v is None:
        return None
    rounded = round_half_up(pick(ia, "landing_rate")["value"], decimals_of(v["stated"]))
    return tr("ia_funnel_finding", p.lang, rounded=num(rounded, 1, lang=p.lang), **v)


def be_reform(be: pd.DataFrame, p: Params) -> str | None:
    v = _values(be, p.lang, one=("one_trip", "value", 0), zero=("zero_trip", "value", 0),
                share=("zero_share", "value", 1))
    days = pick(be, "approval_days")
    if v is None or days is None:
        return None
    rest = pick(be, "one_trip")["value"] - pick(be, "zero_trip")["value"]
    approval = (f"{num(days['value'], 0, lang=p.lang)}天内完成" if p.lang == "zh"
                else f"within {num(days['value'], 0, lang=p.lang)} days")
    return tr("be_reform_finding", p.lang, rest=num(rest, 0, lang=p.lang), approval=approval, **v)


def be_cultivation(be: pd.DataFrame, p: Params) -> str | None:
    v = _values(be, p.lang, firms=("sb_firms", "value", 0), projects=("sb_projects", "value", 0))
    high = pick(be, "high_growth")
    if v is None or high is None:
        return None
    more = high["high"] > high["value"]
    count = num(high["value"], 0, lang=p.lang)
    text = (f"{count}多家" if p.lang == "zh" else f"{count}-odd") if more else count
    return tr("be_cultivation_finding", p.lang, high=text, **v)


def claims_summary(claims: pd.DataFrame, p: Params) -> str:
    s = summarize(claims)
    return tr("cl_finding", p.lang, total=len(claims), reproduced=s["reproduced"],
              inconsistent=s["inconsistent"], bases=s["different_bases"],
              unchecked=s["not_checkable"])


def lessons(claims: pd.DataFrame, lang: str) -> list[str]:
    """What a careful reader should take away: the claims that fail or mislead."""
    keep = claims[claims["status"].isin(["inconsistent", "different_bases"])]
    implied = claims[claims["claim_id"].isin(["province_industrial_growth",
                                              "industrial_investment_base"])]
    return [f"{r.label}：{r.note}" if lang == "zh" else f"{r.label}: {r.note}"
            for r in pd.concat([keep, implied]).itertuples()]


def cx_series(series: pd.DataFrame, p: Params) -> str:
    years = sorted(series["year"].unique())
    joined = ("、" if p.lang == "zh" else ", ").join(str(y) for y in years)
    breaks = tr("cx_series_breaks", p.lang) if series["break_before"].any() else ""
    return tr("cx_series_finding", p.lang, years=joined, breaks=breaks)


def cx_path(path: pd.DataFrame, p: Params) -> str | None:
    v = path.set_index("period_id")["value"]
    needed = ("2021M01-M04", "2021M01-M06", "2021M01-M10", "2020M01-M07")
    if not all(k in v.index for k in needed):
        return None
    return tr("cx_path_finding", p.lang, apr=num(v["2021M01-M04"], 1, p.lang),
              h1=num(v["2021M01-M06"], 1, p.lang), oct=num(v["2021M01-M10"], 1, p.lang),
              base2020=num(v["2020M01-M07"], 1, p.lang))


def cx_year(fy: pd.DataFrame, p: Params) -> str:
    r, h = (fy.set_index("region_id").loc[x] for x in (p.region, p.comparison))
    return tr("cx_year_finding", p.lang, region=p.region_name, gdp=num(r["gdp"], 2, p.lang),
              growth=num(r["gdp_growth"], 1, p.lang), hgrowth=num(h["gdp_growth"], 1, p.lang),
              share=num(r["primary_share"], 1, p.lang), hshare=num(h["primary_share"], 1, p.lang),
              ratio=num(r["primary_share"] / h["primary_share"], 1, p.lang))
