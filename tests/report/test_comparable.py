"""What the context and claims pages say, in both languages, checked against values
computed from data/: conclusions on comparable bases, the dispatch series, the province's
path, slogans, plausibility and counts that agree everywhere."""

import pytest

from zmd_analysis.analysis import context as cx
from zmd_analysis.analysis.claims import check_claims, summarize
from zmd_analysis.analysis.dispatch import dispatch_series
from zmd_analysis.report import show
from zmd_analysis.report.formatting import estimate, quantity
from zmd_analysis.report.sections import article, context, start
from zmd_analysis.report.sentences import claims_frame
from zmd_analysis.report.texts import tr


@pytest.fixture
def said(monkeypatch):
    """Run sections and collect the sentences and chart titles they show."""
    out: list[str] = []
    monkeypatch.setattr(show, "finding", out.append)
    monkeypatch.setattr(show, "note", out.append)
    monkeypatch.setattr(show, "heading", lambda text, level=2: out.append(text))
    monkeypatch.setattr(show, "figure", lambda fig: out.append(fig.layout.title.text))

    def run(section, lang):
        out.clear()
        page = start(tr("context_title", lang), "", lang=lang, region="zhumadian", period="2021")
        section(page)
        return "\n".join(out)

    return run


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_finding_rests_on_the_comparable_pair(said, lang):
    o = cx.outcomes("2021", "zhumadian", "henan")
    text = said(context.outcomes, lang)
    assert o.secondary_vs_comparison == 1
    pair = "可比的一对是第二产业" if lang == "zh" else "The comparable pair is secondary industry"
    assert pair in text
    for fig in (o.secondary, o.comparison_secondary, o.industry):
        assert estimate(fig, lang) in text
    # the incomparable pair yields no finding, and what would be needed is named
    assert "这是一个发现" not in text and "This is a finding" not in text
    assert ("数据中都没有" if lang == "zh" else "the data hold neither") in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_dispatch_series_is_shown_with_its_computed_values(said, lang):
    s = dispatch_series("zhumadian")
    (inc,) = s.increments
    text = said(context.dispatch, lang)
    assert estimate(inc.increment, lang, show_range=False) in text  # ≈ 2,205 亿元
    assert estimate(inc.gdp_ratio, lang, show_range=False) in text  # ≈ 71.5%
    for p in s.by_list(4)["key_b_investment"]:
        assert estimate(p.plan, lang) in text
        n = p.projects.value
        assert quantity(n, n, n, "个", lang, unit_en="projects") in text
    low, high = s.share_range(4)
    assert estimate(low.share, lang) in text and estimate(high.share, lang) in text
    city = next(p for p in s.with_comparison if p.amount_id == "city_key_ind_investment")
    assert estimate(city.comparison_gap, lang) in text
    assert tr("chart_dispatch_title", lang) in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_region_is_set_against_the_provinces_path(said, lang):
    path = cx.growth_path("industrial_investment_growth", "henan", 2021)
    (a,) = cx.against_path(path, "industrial_investment_growth", "zhumadian")
    text = said(context.path, lang)
    times = quantity(a.times_high, a.times_high, a.times_high, "倍", lang)
    assert times in text and estimate(a.comparison_high, lang, show_range=False) in text
    assert ("离群值" if lang == "zh" else "outlier") in text


def test_slogans_follow_one_rule_in_every_article():
    for lang, false, true, arithmetic in (
        ("zh", "作为对已过时间的陈述不成立", "作为对已过时间的陈述成立", "这是关于调度数字的算术"),
        (
            "en",
            "False as a statement of elapsed time",
            "True as a statement of elapsed time",
            "Arithmetic about dispatch figures",
        ),
    ):
        f = claims_frame(lang=lang).set_index("claim_id")
        assert f.loc["zmd21-time-half", "sentence"].startswith(false)
        assert "33.3%" in f.loc["zmd21-time-half", "sentence"]
        assert f.loc["zmd-gov-20200922-c12", "sentence"].startswith(true)
        assert "66.7%" in f.loc["zmd-gov-20200922-c12", "sentence"]
        for cid in ("zmd21-task-half", "zmd-gov-20200922-c13"):
            assert f.loc[cid, "kind"] == "threshold"
            assert f.loc[cid, "sentence"].startswith(arithmetic)
            assert f.loc[cid, "plausibility"] == "implausible_at_face_value"
        assert (f["kind"] == "rhetoric").sum() == 0  # no 双过半 half left as a bare slogan


def test_sentences_name_periods_and_leave_out_what_does_not_bear():
    f = claims_frame(lang="en").set_index("claim_id")
    s = f.loc["zmd20-a-plan", "sentence"]
    assert "fixed-asset investment" not in s  # no growth set against progress
    assert "annual plan for 2020" in s and "GDP for 2021" in s
    assert "industry value added" not in s  # an all-sector list is not set against it
    part = f.loc["zmd-gov-20200922-c08", "sentence"]
    assert "implausible at face value as a whole" in part
    zh = claims_frame(lang="zh").set_index("claim_id")
    # 805.8 ÷ 883: 883 printed without decimals admits 91.2% within rounding
    assert "四舍五入得不到" not in zh.loc["zmd-gov-20200922-c01", "sentence"]
    assert "不能断定是截尾" in zh.loc["zmd-gov-20200922-c01", "sentence"]
    assert "未分项列出" not in zh.loc["zmd-gov-20190515-c15", "sentence"]


@pytest.mark.parametrize("source", ["zmdrb-20210602-p1", "zmd-gov-20200922"])
def test_the_page_counts_as_the_index_and_the_verdicts_do(source):
    verdicts = check_claims(source)
    counted = summarize(verdicts)
    for lang in ("zh", "en"):
        text = article.summary_text(verdicts, lang)
        for status, n in counted.items():
            if n and status in ("reproduced", "consistent_within_rounding", "inconsistent"):
                assert article._count(status, n, lang) in text
