"""The article's figures in context: other years, later months, full-year outcomes,
and what independent sources say about each claim.

Series are assembled from whatever ``data/`` holds: a new year's Jan–Apr figures
appear here (and become a valid ``period``) without code changes.
"""
from __future__ import annotations

import pandas as pd

from . import derived as d
from .observations import DataArg, _observations, find, get
from .tables import load_tables

#: Jan–Apr key-project progress, by level. Each level lists the indicators that measure it,
#: with the coverage each one has: the article's 2021 figures cover only the industrial
#: subset; the 2018 and 2020 bulletins cover all A-class (provincial) or B-class (city) projects.
KEY_PROJECT_SERIES = {
    "provincial": {"prov_key_ind_plan_share": "industrial", "key_a_plan_share": "all"},
    "city": {"city_key_ind_plan_share": "industrial", "key_b_plan_share": "all"},
}
LEVEL_LABELS = {"provincial": ("省重点项目", "Provincial key projects"),
                "city": ("市重点项目", "City key projects")}
COVERAGE_LABELS = {"industrial": ("仅工业项目", "industrial projects only"),
                   "all": ("全部项目", "all projects")}


def jan_apr_periods(data: DataArg = None) -> list[str]:
    """Every period in the data that runs from 1 January to 30 April of one year."""
    p = load_tables(data).periods
    mask = ((p["start"].dt.month == 1) & (p["start"].dt.day == 1) & (p["end"].dt.month == 4)
            & (p["end"].dt.day == 30) & (p["start"].dt.year == p["end"].dt.year))
    return list(p.loc[mask].sort_values("start")["period_id"])


def key_project_series(region: str = "zhumadian", data: DataArg = None) -> pd.DataFrame:
    """Jan–Apr share of annual plan completed, one row per year, level and coverage.

    A change of coverage between two years is a definitional break: the
    ``break_before`` column marks the first year of a new coverage.
    """
    obs = _observations(load_tables(data))
    periods = jan_apr_periods(data)
    rows = []
    for level, indicators in KEY_PROJECT_SERIES.items():
        hit = obs[(obs["region_id"] == region) & obs["indicator_id"].isin(list(indicators))
                  & obs["period_id"].isin(periods)]
        for r in hit.itertuples():
            rows.append(dict(level=level, year=r.start.year, period_id=r.period_id,
                             indicator_id=r.indicator_id, coverage=indicators[r.indicator_id],
                             value=r.value, low=r.low, high=r.high, source_id=r.source_id,
                             reliability=r.reliability))
    out = pd.DataFrame(rows, columns=["level", "year", "period_id", "indicator_id", "coverage",
                                      "value", "low", "high", "source_id", "reliability"])
    out = out.sort_values(["level", "year"]).reset_index(drop=True)
    out["break_before"] = out.groupby("level")["coverage"].transform(
        lambda c: c.ne(c.shift()) & c.shift().notna())
    return out




def henan_industrial_path(data: DataArg = None) -> pd.DataFrame:
    """Henan's cumulative industrial-investment growth through 2021, each point stated or
    derived, with the 2020 base-period context.

    * Jan–Apr 2021: implied by the article (Zhumadian's growth − its gap);
    * Jan–Jun 2021: implied by the 2022 press conference (H1 2022 growth − its change);
    * Jan–Oct 2021: stated by the statistics bureau;
    * Jan–Jul 2020: implied by Zhengzhou's growth − its gap to the province.
    """
    rows = []

    def add(period, est_or_obs, origin, source, basis_note=""):
        if est_or_obs is None:
            return
        rows.append(dict(period_id=period, value=est_or_obs.value, low=est_or_obs.low,
                         high=est_or_obs.high, origin=origin, source=source, note=basis_note))

    add("2020M01-M07", d.optional(d.implied_comparator, "industrial_investment_growth",
                                 "industrial_investment_growth_gap", "zhengzhou", "2020M01-M07",
                                 data), "derived", "zz-industry-20200904")
    add("2021M01-M04", d.optional(d.implied_province_growth, "zhumadian", "2021M01-M04", data),
        "derived", "zmdrb-20210602-p1")
    h1 = d.optional(previous_growth_from_change, "industrial_investment_growth", "henan",
                   "2022M01-M06", data)
    add("2021M01-M06", h1, "derived", "hnrb-20220727")
    o = find("industrial_investment_growth", "henan", "2021M01-M10", data)
    add("2021M01-M10", o, "stated", o.source_id if o else "")
    periods = load_tables(data).periods.set_index("period_id")
    out = pd.DataFrame(rows, columns=["period_id", "value", "low", "high", "origin", "source",
                                      "note"])
    out["end"] = out["period_id"].map(periods["end"])
    out["label_zh"] = out["period_id"].map(periods["label_zh"])
    out["label_en"] = out["period_id"].map(periods["label_en"])
    return out.sort_values("end").reset_index(drop=True)


def previous_growth_from_change(growth_ind: str, region: str, period: str,
                                data: DataArg = None) -> d.Estimate:
    """Growth a year earlier = this period's growth − its change in percentage points.

    Henan H1 2022 +22.3%, 16.5 pp above H1 2021, gives H1 2021 ≈ +5.8% (5.7–5.9).
    """
    g = d.stated(get(growth_ind, region, period, data))
    change = d.stated(get(f"{growth_ind}_change", region, period, data))
    return d.difference(g, change, "%")


def full_year(year: str = "2021", regions=("zhumadian", "henan"),
              data: DataArg = None) -> pd.DataFrame | None:
    """Full-year outcomes side by side: GDP, growth, and the primary-industry share of GDP."""
    rows = []
    for region in regions:
        gdp, growth = find("gdp", region, year, data), find("gdp_growth", region, year, data)
        share = d.optional(d.share_of, "primary_va", "gdp", region, year, data)
        if gdp is None:
            continue
        rows.append(dict(region_id=region, gdp=gdp.value, gdp_growth=growth.value if growth else None,
                         primary_share=share.value if share else None, source_id=gdp.source_id))
    return pd.DataFrame(rows) if rows else None


# --- independent confirmation of the article's claims -------------------------------

def independent_verdicts(region: str = "zhumadian", data: DataArg = None) -> dict[str, tuple]:
    """claim_id -> (verdict, note_zh, note_en, source_id); verdict is confirms / contradicts /
    silent. Claims not listed here are silent: no independent source covers them."""
    out: dict[str, tuple] = {}
    pop_2021 = find("population", region, "2021", data)
    pop_later = find("population", region, "2022", data)
    if pop_2021 and pop_later:
        ok = pop_2021.low <= pop_later.value <= pop_2021.high
        out["population"] = (
            "confirms" if ok else "contradicts",
            f"2022年省政府发布会称全市总人口{pop_later.value_text}万，"
            f"{'在' if ok else '不在'}“960多万”的范围内。",
            f"A 2022 provincial press conference gives {pop_later.value_text} 万 in total, "
            f"{'inside' if ok else 'outside'} the '9.6 million-odd' range.", pop_later.source_id)
    path = henan_industrial_path(data)
    later = path[path["period_id"] != "2021M01-M04"]
    later = later[later["end"] > pd.Timestamp("2021-04-30")]
    if not later.empty:
        pts = "，".join(f"{r.label_zh}{r.value:.1f}%" for r in later.itertuples())
        pts_en = ", ".join(f"{r.label_en} {r.value:.1f}%" for r in later.itertuples())
        out["province_industrial_growth"] = (
            "silent", f"没有找到全省1—4月的数字；此后累计增速为{pts}，与年初偏低、后来回升的走势相符。",
            f"No Jan–Apr provincial figure was found; later cumulative rates ({pts_en}) fit a "
            "low start that rose later.", ",".join(later["source"]))
    base = find("fai_growth", "henan", "2020M01-M04", data)
    if base:
        out["industrial_investment_base"] = (
            "silent", f"没有驻马店2020年同期数字；全省2020年1—4月固定资产投资下降{abs(base.value)}%，"
            "说明基数受疫情压低。",
            f"No Zhumadian 2020 figure; Henan's Jan–Apr 2020 fixed-asset investment fell "
            f"{abs(base.value)}%, a Covid-depressed base.", base.source_id)
    fy = full_year(data=data)
    if fy is not None and set(fy["region_id"]) >= {region, "henan"}:
        r, h = (fy.set_index("region_id").loc[x, "primary_share"] for x in (region, "henan"))
        out["agricultural_city"] = (
            "confirms" if r > h else "contradicts",
            f"2021年统计公报：第一产业占地区生产总值{r:.1f}%，全省为{h:.1f}%。",
            f"2021 communiqués: primary industry is {r:.1f}% of GDP, against {h:.1f}% for Henan.",
            ",".join(fy["source_id"]))
    return out


def source_line(source_ids, lang: str = "zh", derived: bool = True, data: DataArg = None) -> str:
    """'来源：publisher date; …' for the sources behind a chart, re-posts marked."""
    src = load_tables(data).sources.set_index("source_id")
    ids = [i for i in dict.fromkeys(x for s in source_ids for x in str(s).split(",")) if i in src.index]
    parts = []
    for i in ids:
        r = src.loc[i]
        repost = r["reliability"] == "repost"
        parts.append(f"{r['publisher']} {r['date']}" + (("（转载）" if lang == "zh" else " (re-post)")
                                                          if repost else ""))
    head = "来源：" if lang == "zh" else "Sources: "
    tail = ("；推算值由 zmd-report 计算" if lang == "zh" else "; implied values computed by zmd-report") \
        if derived else ""
    return head + ("；" if lang == "zh" else "; ").join(parts) + tail
