"""Backtest: every figure the article prints is in data/ with the right value, unit and period.

The expected table is the article's own text (驻马店日报 2021-06-02, 01版), typed from
the page; the data files were written separately, so the two can disagree.
"""

import pytest
from conftest import SEED

import zmd_analysis as z

Q = "2021M01-M04"
YTD = "2021YTD"
STOCK = "2021-06-02"  # standing counts: stocks as of publication, not flows since January
ARTICLE = [
    # indicator, region, period, printed value, unit, qualifier, printed phrase
    ("prov_key_ind_projects", "zhumadian", Q, "44", "个", "", "44个省重点工业项目"),
    ("prov_key_ind_investment", "zhumadian", Q, "246", "亿元", "", "完成投资246亿元"),
    ("prov_key_ind_plan_share", "zhumadian", Q, "51", "%", "", "年度计划投资的51%"),
    ("prov_key_ind_plan_share_gap", "zhumadian", Q, "7", "百分点", "", "平均进度7个百分点"),
    ("city_key_ind_projects", "zhumadian", Q, "447", "个", "", "447个市重点工业项目"),
    ("city_key_ind_investment", "zhumadian", Q, "893", "亿元", "", "完成投资893亿元"),
    ("city_key_ind_plan_share", "zhumadian", Q, "56", "%", "", "年度计划的56%"),
    ("city_key_ind_plan_share_gap", "zhumadian", Q, "12", "百分点", "", "全省进度12个百分点"),
    ("adv_mfg_key_projects", "henan", "2021", "491", "个", "", "全省491个重点先进制造业项目"),
    ("adv_mfg_key_projects_rank", "zhumadian", "2021", "2", "位", "", "驻马店项目居全省第二位"),
    ("industrial_investment", "zhumadian", Q, "145.3", "亿元", "", "完成工业投资145.3亿元"),
    ("industrial_investment_growth", "zhumadian", Q, "48.7", "%", "", "同比增长48.7%"),
    (
        "industrial_investment_growth_gap",
        "zhumadian",
        Q,
        "46.1",
        "百分点",
        "",
        "高于全省46.1个百分点",
    ),
    ("industrial_investment_growth_rank", "zhumadian", Q, "2", "位", "", "增速居全省第二位"),
    ("key_project_evaluation_rank", "zhumadian", Q, "5", "位", "", "综合考评排名第五"),
    ("promotion_events", "zhumadian", YTD, "212", "次", "", "212次各类招商活动"),
    ("signed_ind_projects", "zhumadian", YTD, "135", "个", "", "签约工业项目135个"),
    ("signed_ind_investment", "zhumadian", YTD, "679.6", "亿元", "", "总投资679.6亿元"),
    ("landed_ind_projects", "zhumadian", YTD, "93", "个", "", "落地工业项目93个"),
    ("landed_share_of_signed", "zhumadian", YTD, "68", "%", "", "占签约项目的68%"),
    ("at_most_one_trip_items", "zhumadian", STOCK, "2091", "项", "", "2091项"),
    ("zero_trip_items", "zhumadian", STOCK, "1961", "项", "", "1961项"),
    ("approval_days_max", "zhumadian", STOCK, "90", "天", "within", "90天内完成"),
    ("four_certificates_days", "zhumadian", STOCK, "4", "天", "", "四天办四证"),
    ("four_certificates_count", "zhumadian", STOCK, "4", "个", "", "四天办四证"),
    ("high_growth_firms", "zhumadian", "2021", "30", "家", "more_than", "30多家高成长性企业"),
    ("shuangbai_firms", "zhumadian", "2021", "100", "家", "", "100家工业企业培育"),
    ("shuangbai_projects", "zhumadian", "2021", "100", "个", "", "100个工业项目建设"),
    ("population", "zhumadian", "2021", "960", "万人", "more_than", "960多万天中儿女"),
]


@pytest.mark.parametrize(
    "indicator, region, period, printed, unit, qualifier, phrase",
    ARTICLE,
    ids=[row[0] for row in ARTICLE],
)
def test_article_figure_is_in_the_data(indicator, region, period, printed, unit, qualifier, phrase):
    o = z.get(indicator, region=region, period=period)
    assert o.value_text == printed
    assert o.value == float(printed)
    assert o.unit == unit
    assert o.qualifier == qualifier
    assert o.source_id == "zmdrb-20210602-p1"


def test_no_figure_in_the_data_that_the_article_does_not_print():
    obs = z.load_observations()
    from_article = obs[obs["source_id"] == "zmdrb-20210602-p1"]
    assert sorted(from_article["indicator_id"]) == sorted(row[0] for row in ARTICLE)


@pytest.mark.skipif(not SEED.exists(), reason="shared/seed not beside this checkout")
@pytest.mark.parametrize("row", ARTICLE, ids=[row[0] for row in ARTICLE])
def test_phrase_and_locator_match_the_seed_article(row):
    """The printed phrase is in the seed text, in the paragraph the data's locator names."""
    indicator, region, period, *_rest, phrase = row
    body = [p.strip() for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]
    paragraphs = body[body.index(next(p for p in body if p.startswith("记者"))) + 1 :]
    locator = z.get(indicator, region=region, period=period).locator
    n = int(locator.removeprefix("正文第").removesuffix("段"))
    assert phrase in paragraphs[n - 1], (locator, paragraphs[n - 1][:40])
