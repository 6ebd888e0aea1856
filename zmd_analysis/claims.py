"""The article's statements as checkable claims.

Each claim names the figures it involves, how it is checked, and a status:

* ``reproduced`` - recomputing from the other printed figures gives the printed
  figure (or the stated relation holds) at the printed precision;
* ``consistent_within_rounding`` - it agrees only once the printed figures'
  rounding ranges are allowed for;
* ``inconsistent`` - it does not agree under the rounding rule (half up);
* ``different_bases`` - the figures come from different statistical systems
  and cannot be compared as the text invites;
* ``not_checkable`` - nothing in the data can confirm or refute it; what the
  figure implies is still shown.

Rounding rules are in :mod:`zmd_analysis.rounding`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Callable

import pandas as pd

from . import derived as d
from .errors import MissingObservationError
from .formatting import num as _fmt
from .observations import DataArg, find
from .rounding import decimals_of, round_half_up, truncate

STATUSES = ("reproduced", "consistent_within_rounding", "inconsistent", "different_bases",
            "not_checkable")
STATUS_LABELS = {
    "zh": {"reproduced": "复算一致", "consistent_within_rounding": "舍入范围内一致",
           "inconsistent": "不一致", "different_bases": "统计口径不同", "not_checkable": "无法核验"},
    "en": {"reproduced": "reproduced", "consistent_within_rounding": "consistent within rounding",
           "inconsistent": "inconsistent", "different_bases": "different statistical bases",
           "not_checkable": "not checkable from data"},
}
INDEPENDENT = ("confirms", "contradicts", "silent")
INDEPENDENT_LABELS = {"zh": {"confirms": "独立来源印证", "contradicts": "独立来源矛盾",
                             "silent": "无独立来源"},
                      "en": {"confirms": "confirmed", "contradicts": "contradicted",
                             "silent": "no independent source"}}
Q, YTD, YEAR = "2021M01-M04", "2021YTD", "2021"


@dataclass(frozen=True)
class Claim:
    claim_id: str
    label_zh: str
    label_en: str
    figures: tuple[str, ...]
    method: str
    stated: str
    computed: str
    status: str
    note_zh: str
    note_en: str
    stated_value: float | None = None
    computed_value: float | None = None


class _Ctx:
    """Figure lookups for one region; a missing figure makes the claim not applicable."""

    def __init__(self, region: str, data: DataArg):
        self.region, self.data = region, data

    def obs(self, ind: str, period: str):
        o = find(ind, self.region, period, self.data)
        if o is None:
            raise _NotApplicable(ind)
        return o


class _NotApplicable(Exception):
    pass


def _verdict(exact: bool, a: tuple[float, float], b: tuple[float, float]) -> str:
    """The rounding rule: ``exact`` agreement at the printed precision is reproduced; ranges
    (low, high) that only overlap are consistent within rounding; else inconsistent."""
    if exact:
        return "reproduced"
    return "consistent_within_rounding" if a[0] <= b[1] and b[0] <= a[1] else "inconsistent"


# --- the claims ----------------------------------------------------------------

def _provincial_benchmarks_agree(c: _Ctx) -> Claim:
    prov = d.implied_provincial_progress("prov", c.region, Q, c.data)
    city = d.implied_provincial_progress("city", c.region, Q, c.data)
    return Claim(
        "provincial_average_consistency", "两处“高于全省”指向同一全省进度",
        "Both 'above the province' gaps point to one provincial progress",
        ("prov_key_ind_plan_share", "prov_key_ind_plan_share_gap", "city_key_ind_plan_share",
         "city_key_ind_plan_share_gap"),
        "51 − 7 vs 56 − 12",
        f"{_fmt(prov.value)}%", f"{_fmt(city.value)}%",
        _verdict(prov.value == city.value, (prov.low, prov.high), (city.low, city.high)),
        f"两处推算的全省平均进度均为{_fmt(prov.value)}%（舍入范围{_fmt(prov.low)}–{_fmt(prov.high)}%），"
        "说明省、市两级重点项目都与同一个全省重点项目平均进度比较；但市重点项目名单与省重点项目不同，拿来比较口径并不完全对应。",
        f"Both imply a provincial average of {_fmt(prov.value)}% ({_fmt(prov.low)}–{_fmt(prov.high)}%), "
        "so the city-list projects were compared with the provincial key-project average, "
        "a different list of projects.",
        prov.value, city.value)


def _above_provincial_average(c: _Ctx) -> Claim:
    gaps = [c.obs("prov_key_ind_plan_share_gap", Q), c.obs("city_key_ind_plan_share_gap", Q)]
    ok = all(g.value > 0 for g in gaps)
    return Claim(
        "above_provincial_average", "省市重点工业项目投资进度超过全省平均",
        "Key industrial projects ahead of the provincial average",
        tuple(g.indicator_id for g in gaps), "both gaps > 0",
        "超过全省平均", " / ".join(f"+{g.value_text}" for g in gaps),
        "reproduced" if ok else "inconsistent",
        "两个差值均为正，表述与数字相符。", "Both printed gaps are positive, as stated.",
        None, None)


def _time_half_elapsed(c: _Ctx) -> Claim:
    t = d.time_elapsed(Q, c.data)
    return Claim(
        "time_half_elapsed", "“时间过半”", "'Half the time has passed'",
        ("period:" + Q,), "months elapsed / 12",
        "> 50%", f"{_fmt(t.value)}%",
        "reproduced" if t.value > 50 else "inconsistent",
        f"1—4月只占全年的{_fmt(t.value)}%（4/12），并未“过半”；“双过半”通常是6月底的说法。",
        f"January–April is {_fmt(t.value)}% of the year (4/12), not half; 'half the time' usually "
        "refers to the end of June.",
        50.0, t.value)


def _task_over_half(c: _Ctx) -> Claim:
    shares = [c.obs("prov_key_ind_plan_share", Q), c.obs("city_key_ind_plan_share", Q)]
    t = d.time_elapsed(Q, c.data)
    ok = all(s.value > 50 for s in shares)
    ahead = "、".join(f"{s.value_text}%" for s in shares)
    return Claim(
        "task_over_half", "“任务完成超半”", "'More than half the task done'",
        tuple(s.indicator_id for s in shares), "shares of annual plan > 50%",
        "> 50%", ahead, "reproduced" if ok else "inconsistent",
        f"{ahead}均超过一半，且比时序进度{_fmt(t.value)}%分别快"
        + "、".join(f"{_fmt(s.value - t.value)}" for s in shares) + "个百分点。",
        f"{' and '.join(f'{s.value_text}%' for s in shares)} are both above half and "
        + " and ".join(f"{_fmt(s.value - t.value)}" for s in shares)
        + f" pp ahead of the {_fmt(t.value)}% of the year elapsed.",
        50.0, min(s.value for s in shares))


def _key_projects_vs_industrial_investment(c: _Ctx) -> Claim:
    city = c.obs("city_key_ind_investment", Q)
    prov = c.obs("prov_key_ind_investment", Q)
    total = c.obs("industrial_investment", Q)
    return Claim(
        "key_projects_exceed_industrial_investment", "市重点工业项目完成投资大于全市工业投资",
        "City key projects' investment exceeds all industrial investment",
        (city.indicator_id, prov.indicator_id, total.indicator_id),
        "893 vs 145.3 亿元, same months",
        f"{city.value_text} 亿元 / {total.value_text} 亿元",
        f"{_fmt(city.value / total.value, 2)} 倍",
        "different_bases",
        f"同为1—4月，市重点工业项目完成投资{city.value_text}亿元是全市工业投资{total.value_text}亿元的"
        f"{_fmt(city.value / total.value, 1)}倍（省重点{prov.value_text}亿元也达{_fmt(prov.value / total.value, 1)}倍）。"
        "前者是项目调度口径的累计完成额，后者是统计局固定资产投资口径，二者不能相加或相比。",
        f"In the same months the city key projects report {city.value_text} 亿元 completed, "
        f"{_fmt(city.value / total.value, 1)}× the city's whole industrial investment of "
        f"{total.value_text} 亿元 (provincial key projects: {_fmt(prov.value / total.value, 1)}×). "
        "Dispatch totals and statistical fixed-asset investment are different bases.",
        total.value, city.value)


def _landing_share(c: _Ctx) -> Claim:
    stated = c.obs("landed_share_of_signed", YTD)
    rate = d.landing_rate(c.region, YTD, c.data)
    nd = decimals_of(stated.value_text)
    rounded = round_half_up(rate.value, nd)
    status = _verdict(rounded == stated.value, (stated.low, stated.high), (rate.low, rate.high))
    trunc = truncate(rate.value, nd) == stated.value
    return Claim(
        "landing_share", "落地项目占签约项目68%", "Landed projects are 68% of signed",
        ("landed_ind_projects", "signed_ind_projects", "landed_share_of_signed"),
        "93 / 135, rounded half up", f"{stated.value_text}%", f"{_fmt(rate.value)}%", status,
        f"93/135={_fmt(rate.value, 2)}%，四舍五入应为{_fmt(rounded, nd)}%"
        + ("；文中68%是截尾（舍去小数）所得。" if trunc else "。"),
        f"93/135 = {_fmt(rate.value, 2)}%, which rounds to {_fmt(rounded, nd)}%"
        + ("; the printed 68% is truncated." if trunc else "."),
        stated.value, rate.value)


def _zero_trip_subset(c: _Ctx) -> Claim:
    one = c.obs("at_most_one_trip_items", YTD)
    zero = c.obs("zero_trip_items", YTD)
    share = d.zero_trip_share(c.region, YTD, c.data)
    return Claim(
        "zero_trip_subset", "“零跑动”事项是“最多跑一次”的子集", "Zero-visit items are a subset",
        (one.indicator_id, zero.indicator_id), "1961 ≤ 2091",
        f"{zero.value_text} ≤ {one.value_text}", f"{_fmt(share.value)}%",
        "reproduced" if zero.value <= one.value else "inconsistent",
        f"零跑动事项占最多跑一次事项的{_fmt(share.value)}%，只有{_fmt(one.value - zero.value, 0)}项仍需跑一次。",
        f"Zero-visit items are {_fmt(share.value)}% of the at-most-one-visit items; "
        f"{_fmt(one.value - zero.value, 0)} still need one visit.",
        one.value, zero.value)


def _implied(claim_id, zh, en, figures, method, est: d.Estimate, stated, note_zh, note_en, nd=1):
    return Claim(claim_id, zh, en, figures, method, stated,
                 f"{_fmt(est.value, nd)}（{_fmt(est.low, nd)}–{_fmt(est.high, nd)}）{est.unit}",
                 "not_checkable", note_zh, note_en, None, est.value)


def _province_growth(c: _Ctx) -> Claim:
    g = d.implied_province_growth(c.region, Q, c.data)
    return _implied(
        "province_industrial_growth", "工业投资增速高于全省46.1个百分点",
        "Industrial investment growth 46.1 pp above the province",
        ("industrial_investment_growth", "industrial_investment_growth_gap"), "48.7 − 46.1", g,
        "+46.1 百分点",
        f"推算全省1—4月工业投资仅增长{_fmt(g.value)}%，数据中没有独立的全省数字可供核对。",
        f"Implies Henan's Jan–Apr industrial investment grew only {_fmt(g.value)}%; no independent "
        "provincial figure in the data.")


def _growth_base(c: _Ctx) -> Claim:
    b = d.implied_previous_level(region=c.region, period=Q, data=c.data)
    return _implied(
        "industrial_investment_base", "工业投资145.3亿元，同比增长48.7%",
        "Industrial investment 145.3 亿元, +48.7%",
        ("industrial_investment", "industrial_investment_growth"), "145.3 / 1.487", b,
        "+48.7%",
        f"推算2020年1—4月基数约{_fmt(b.value)}亿元；2020年同期受疫情压低，高增速部分来自低基数。",
        f"Implies a Jan–Apr 2020 base of about {_fmt(b.value)} 亿元, a Covid-depressed base.")


def _plan(scope: str, amount_ind: str, share_ind: str, zh: str, en: str):
    def check(c: _Ctx) -> Claim:
        p = d.implied_annual_plan(amount_ind, share_ind, c.region, Q, c.data)
        amount, share = c.obs(amount_ind, Q), c.obs(share_ind, Q)
        return _implied(
            f"{scope}_annual_plan", zh, en, (amount_ind, share_ind),
            f"{amount.value_text} / {share.value_text}%", p, f"{share.value_text}%",
            f"推算年度计划约{_fmt(p.value, 0)}亿元（因{share.value_text}%为四舍五入值，范围"
            f"{_fmt(p.low)}–{_fmt(p.high)}亿元）；数据中没有公布的计划数。",
            f"Implies an annual plan of about {_fmt(p.value, 0)} 亿元 ({_fmt(p.low)}–{_fmt(p.high)}, "
            f"as {share.value_text}% is rounded); no published plan in the data.")
    return check


def _single(claim_id, ind, period, zh, en, note_zh, note_en):
    def check(c: _Ctx) -> Claim:
        o = c.obs(ind, period)
        return Claim(claim_id, zh, en, (ind,), "—", o.as_text(), "—", "not_checkable",
                     note_zh, note_en, o.value, None)
    return check


def _agricultural_city(c: _Ctx) -> Claim:
    from .tables import load_tables
    parent = load_tables(c.data).regions.set_index("region_id").loc[c.region, "parent_id"]
    if not parent:
        raise _NotApplicable("parent region")
    share = d.share_of("primary_va", "gdp", c.region, YEAR, c.data)
    prov = d.share_of("primary_va", "gdp", parent, YEAR, c.data)
    return Claim(
        "agricultural_city", "“传统农业大市”", "'A traditional agricultural city'",
        ("primary_va", "gdp"), "primary value added / GDP, 2021",
        "农业大市", f"{_fmt(share.value)}%（全省{_fmt(prov.value)}%）",
        "reproduced" if share.value > prov.value else "inconsistent",
        f"2021年第一产业占地区生产总值{_fmt(share.value)}%，约为全省（{_fmt(prov.value)}%）的"
        f"{_fmt(share.value / prov.value)}倍；数据来自统计公报，不是本文。",
        f"Primary industry was {_fmt(share.value)}% of GDP in 2021, about "
        f"{_fmt(share.value / prov.value)}× Henan's {_fmt(prov.value)}%; from the statistical "
        "communiqués, not the article.", prov.value, share.value)


def _signed_size(c: _Ctx) -> Claim:
    s = d.average_size("signed_ind_investment", "signed_ind_projects", c.region, YTD, c.data)
    return _implied(
        "signed_projects", "签约工业项目135个，总投资679.6亿元",
        "135 industrial projects signed, 679.6 亿元",
        ("promotion_events", "signed_ind_projects", "signed_ind_investment"), "679.6 / 135", s,
        "135个 / 679.6亿元",
        f"平均每个签约项目约{_fmt(s.value, 2)}亿元；签约额是协议投资，不是已完成投资。",
        f"About {_fmt(s.value, 2)} 亿元 per signed project; contract value, not spending.", nd=3)


CHECKS: tuple[Callable[[_Ctx], Claim], ...] = (
    _plan("prov", "prov_key_ind_investment", "prov_key_ind_plan_share",
          "省重点工业项目完成投资占年度计划51%", "Provincial key projects at 51% of plan"),
    _plan("city", "city_key_ind_investment", "city_key_ind_plan_share",
          "市重点工业项目完成投资占年度计划56%", "City key projects at 56% of plan"),
    _provincial_benchmarks_agree,
    _above_provincial_average,
    _time_half_elapsed,
    _task_over_half,
    _key_projects_vs_industrial_investment,
    _growth_base,
    _province_growth,
    _single("industrial_growth_rank", "industrial_investment_growth_rank", Q,
            "工业投资增速居全省第二", "Industrial investment growth 2nd in Henan",
            "数据中没有各市增速排名。", "No city ranking of growth in the data."),
    _single("adv_mfg_rank", "adv_mfg_key_projects_rank", YEAR,
            "全省491个重点先进制造业项目中驻马店居第二", "2nd among 491 advanced-manufacturing projects",
            "文中未给出驻马店的项目个数，排名依据无法复核。",
            "The article gives no Zhumadian project count, so the rank cannot be rebuilt."),
    _single("evaluation_rank", "key_project_evaluation_rank", Q,
            "全省重点项目综合考评第五", "5th in the provincial key-project evaluation",
            "综合考评的指标和权重未公布；投资增速第二、进度领先却综合第五，说明考评还看其他因素。",
            "Criteria and weights are unpublished; 2nd in growth but 5th overall means other "
            "criteria weigh in."),
    _signed_size,
    _landing_share,
    _zero_trip_subset,
    _single("approval_days", "approval_days_max", YTD, "项目全流程审批90天内完成",
            "Full approval within 90 days", "行政承诺，数据中无实际办理时长。",
            "An administrative commitment; no measured processing times in the data."),
    _single("high_growth_firms", "high_growth_firms", YEAR, "重点扶持30多家高成长性企业",
            "30-odd high-growth firms supported", "文中只有“30多家”，即30—39家。",
            "Only '30-odd' (30–39) is given."),
    _agricultural_city,
    _single("population", "population", YEAR, "960多万天中儿女", "9.6 million+ people",
            "文中未说明人口口径（户籍或常住）。", "The article does not say registered or resident."),
)


def check_claims(region: str = "zhumadian", data: DataArg = None, lang: str = "zh") -> pd.DataFrame:
    """Every claim as a row: claim_id, label, stated, computed, status, note, and details.

    ``independent`` says whether a source other than the article confirms, contradicts or
    is silent on the claim (see :func:`zmd_analysis.context.independent_verdicts`).
    Claims whose figures are absent for ``region`` are left out.
    """
    from .context import independent_verdicts
    verdicts = independent_verdicts(region, data)
    ctx = _Ctx(region, data)
    rows = []
    for check in CHECKS:
        try:
            claim = check(ctx)
        except (_NotApplicable, MissingObservationError):
            continue
        row = asdict(claim)
        row["label"] = row["label_en"] if lang == "en" else row["label_zh"]
        row["note"] = row["note_en"] if lang == "en" else row["note_zh"]
        row["status_label"] = STATUS_LABELS[lang][claim.status]
        row["figures"] = ", ".join(claim.figures)
        verdict, note_zh, note_en, source = verdicts.get(claim.claim_id, ("silent", "", "", ""))
        row["independent"] = verdict
        row["independent_label"] = INDEPENDENT_LABELS[lang][verdict]
        row["independent_note"] = note_en if lang == "en" else note_zh
        row["independent_source"] = source
        rows.append(row)
    cols = ["claim_id", "label", "stated", "computed", "status", "status_label", "note",
            "independent", "independent_label", "independent_note", "independent_source",
            "method", "figures", "stated_value", "computed_value", "label_zh", "label_en",
            "note_zh", "note_en"]
    return pd.DataFrame(rows, columns=cols)


def summarize(claims: pd.DataFrame) -> pd.Series:
    """Number of claims per status, in the fixed status order."""
    return claims["status"].value_counts().reindex(list(STATUSES), fill_value=0)
