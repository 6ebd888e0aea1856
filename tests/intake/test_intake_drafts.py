"""Draft rows worth keeping (issue 29, item 2): indicators named from their subject's words,
a part of a list the text names filed as that list's, claims labelled in words, locators
by paragraph, page furniture and headlines not drafted, a slogan's own period, and an
accept that refuses what is still a placeholder. The texts are made up for the tests."""

from __future__ import annotations

import re

import pytest

from zmd_analysis.access.intake.lexicon import load_lexicon
from zmd_analysis.access.intake.text import from_text
from zmd_analysis.analysis.draft_names import draft_name, english
from zmd_analysis.publish import intake


def proposal(text: str, **kw):
    return intake.propose_article(from_text(text), **kw)


def rows_by_value(p) -> dict[str, dict]:
    return {r["value"]: r for r in p.rows["observations"]}


def indicator(p, iid: str) -> dict:
    return next(r for r in p.rows["indicators"] if r["indicator_id"] == iid)


LIST_TEXT = (
    "宜昌市2023年1-5月市级重大项目进展\n"
    "1-5月,全市36个市级重大项目完成投资65.9亿元,占年度计划的40.4%。\n"
    "在全市的市级重大项目中,15个先进制造业项目完成投资33.1亿元,占年度计划的43%;"
    "7个现代服务业项目完成投资7.5亿元,占年度计划的39.5%。"
)


def test_the_english_of_a_subject_is_put_together_from_the_glossary():
    lex = load_lexicon()
    assert english("市重点工业项目", lex) == "city key industrial projects"
    assert english("亿元以上工业项目", lex) == "industrial projects of 100 million yuan or more"
    assert english("计划新开工项目开工", lex) == "projects planned to start, started"
    assert english("赤峰地区生产总值", lex, ("赤峰",)) == "gross regional product"
    assert english("光伏组件出口", lex) is None  # a word the glossary lacks: no guess


def test_a_name_says_its_list_its_subject_and_its_measure():
    lex = load_lexicon()
    part = draft_name("先进制造业项目", "完成投资", "省级重点项目", lex)
    assert part.name_zh == "省级重点项目先进制造业项目完成投资"
    assert (
        part.name_en
        == "Provincial key projects, advanced manufacturing projects: completed investment"
    )
    # the list's words stay in the id (the same part of another list is another indicator);
    # the subject's words the list already says are not repeated
    assert part.stem == "provincial_key_projects_advanced_manufacturing_completed_investment"
    assert draft_name("先进制造业项目", "个数", "省级重点项目", lex).stem == (
        "provincial_key_projects_advanced_manufacturing"
    )
    count = draft_name("先进制造业项目", "个数", "", lex)
    assert (count.name_en, count.stem) == (
        "Advanced manufacturing projects",
        "advanced_manufacturing_projects",
    )
    unknown = draft_name("光伏组件", "金额", "", lex)
    assert unknown.name_en == "Draft: amount (subject to name)" and unknown.stem == ""


def test_a_part_of_a_list_the_text_names_is_that_lists_not_another_lists():
    p = proposal(LIST_TEXT, date="2023-06-05")
    by = rows_by_value(p)
    total = indicator(p, by["36"]["indicator_id"])
    assert (
        total["name_en"] == "City-level major projects" and total["name_zh"] == "市级重大项目个数"
    )
    part = by["15"]["indicator_id"]
    # data/ holds 先进制造业项目 of Zhumadian's city list (adv_mfg_projects): not these
    assert part != "adv_mfg_projects"
    assert indicator(p, part)["name_en"] == (
        "City-level major projects, advanced manufacturing projects"
    )
    assert by["7.5"]["indicator_id"] != by["33.1"]["indicator_id"]


def test_a_stage_after_a_part_of_a_named_list_is_that_lists_too():
    text = (
        "1-4月,全市156个市级重点工业项目完成投资157.9亿元,占年度投资计划的46%。"
        "其中,63个计划竣工项目完成投资50亿元,占年度投资计划的52%。"
        "42个续建项目完成投资55亿元,占年度投资计划的48%。"
    )
    p = proposal(text, date="2016-05-16", region="zhumadian")
    by = rows_by_value(p)
    assert by["42"]["indicator_id"] != "key_b_continuing_projects"  # the city list's
    assert indicator(p, by["42"]["indicator_id"])["name_zh"] == "市级重点工业项目续建项目个数"
    assert indicator(p, by["63"]["indicator_id"])["name_zh"].startswith("市级重点工业项目")


def test_draft_claims_are_named_in_words_in_both_languages():
    p = proposal(LIST_TEXT, date="2023-06-05")
    claims = [c for c in p.rows["claims"] if c["kind"] != "rhetoric"]
    assert claims
    for c in claims:
        assert not re.search(r"\d", c["label_zh"] + c["label_en"]), c
        assert not re.search(r"[\u4e00-\u9fff]", c["label_en"]), c
        assert len(c["label_zh"]) <= 60 and len(c["label_en"]) <= 60
    share = next(c for c in claims if c["kind"] == "share_of_plan")
    assert share["label_zh"] == "市级重大项目占年度计划"
    assert share["label_en"] == "City-level major projects: share of annual plan"


def test_locators_follow_the_paragraphs_and_furniture_and_headlines_are_not_drafted():
    text = (
        "点击量:26004\n"
        "1至5月省级项目投资65.9亿元\n"
        "发布时间:2016-06-16 20:12:12\n"
        "宜昌日报讯 今年以来,我市强力推动重点项目建设。\n"
        "\n"
        "全市36个省级重点项目完成投资65.9亿元,占年度计划的40.4%。\n"
        "  • 下一篇:二中招生2157人"
    )
    p = proposal(text)
    assert p.source["title"] == "1至5月省级项目投资65.9亿元"
    rows = p.rows["observations"]
    assert {r["value"] for r in rows} == {"36", "65.9", "40.4"}  # no counter, link, headline
    assert {r["locator"] for r in rows} == {"第2段"}
    assert all(c["locator"] == "第2段" for c in p.rows["claims"])


def test_a_slogan_takes_the_period_of_its_sentence():
    text = "宜昌市2023年1-5月经济运行\n1-5月,全市工业投资同比增长12%。一季度实现开门红。"
    p = proposal(text, date="2023-04-20")
    (slogan,) = [c for c in p.rows["claims"] if c["kind"] == "rhetoric"]
    assert slogan["period_id"] == "2023M01-M03"
    assert slogan["label_zh"] == "开门红" and slogan["label_en"] == "a strong start"
    assert "2023M01-M03" in {r["period_id"] for r in p.rows["periods"]}


def test_an_accept_refuses_draft_names_and_placeholder_regions(tmp_path, data_copy):
    text = "宜昌市2023年1-5月\n1-5月,全市光伏组件出口金额12.5亿元。"
    p = proposal(text, date="2023-06-05", publisher="宜昌市商务局", data=data_copy)
    assert indicator(p, p.rows["observations"][0]["indicator_id"])["name_en"].startswith("Draft")
    problems = intake.unfinished(p.rows)
    assert any("indicators: 1 row(s) without an English name" in m for m in problems)
    with pytest.raises(Exception, match="without an English name"):
        intake.accept(p.rows, data_copy)


def test_a_row_the_data_already_hold_as_it_is_is_not_added_twice(tmp_path, data_copy):
    """Two texts proposed from the same data both draft the new period; the second is
    accepted after the first, its copy of the period is the one already there."""
    first = "宜昌市2023年1-5月重点项目\n1-5月,全市36个市级重大项目完成投资65.9亿元。"
    second = "宜昌市2023年1-5月工业投资\n1-5月,全市工业投资增长12.5%。"
    a = proposal(first, date="2023-06-05", publisher="宜昌日报", data=data_copy)
    b = proposal(second, date="2023-06-06", publisher="宜昌日报", data=data_copy)
    assert "2023M01-M05" in {r["period_id"] for r in a.rows["periods"]}
    assert "2023M01-M05" in {r["period_id"] for r in b.rows["periods"]}
    for rows in (a.rows, b.rows):
        for r in rows.get("regions", []):
            if r["name_zh"].startswith("("):
                r["name_zh"], r["name_en"] = "湖北省", "Hubei"
    intake.accept(a.rows, data_copy)
    done = intake.accept(b.rows, data_copy)
    assert "periods" not in done.added or done.added["periods"] == 0
    periods = (data_copy / "periods.csv").read_text(encoding="utf-8")
    assert periods.count("2023M01-M05,") == 1


def test_a_class_by_a_threshold_is_named_by_it_and_its_bound_is_no_row():
    # the bound (超过50%, 10亿元以上) names the class; the class's count, amount and share are
    # the class's rows, never the list's, and the bound itself is drafted as no row
    p = proposal(
        "宜昌市2023年1-5月市级重大项目进展\n"
        "1-5月,全市45个市级重大项目完成投资80亿元,其中18个市级重大项目完成投资进度超过50%,"
        "占全市市级重大项目的40%。全市在建项目120个,其中10亿元以上项目15个,完成投资60亿元。"
    )
    rows = rows_by_value(p)
    assert "50" not in rows and "10" not in rows  # the two bounds
    klass = indicator(p, rows["18"]["indicator_id"])
    assert klass["name_zh"] == "完成投资进度超过50%的市级重大项目个数"
    assert klass["name_en"] == "City-level major projects with investment progress above 50%"
    assert rows["18"]["indicator_id"] != rows["45"]["indicator_id"]
    assert indicator(p, rows["40"]["indicator_id"])["name_zh"] == (
        "完成投资进度超过50%的市级重大项目占市级重大项目"
    )
    sized = indicator(p, rows["15"]["indicator_id"])
    assert sized["name_zh"] == "10亿元以上在建项目个数"
    assert sized["name_en"] == "Projects under construction of 1 billion yuan or more"
    assert indicator(p, rows["60"]["indicator_id"])["name_zh"] == "10亿元以上在建项目完成投资"
    kinds = {c["kind"]: c for c in p.rows["claims"]}
    assert "hedged" not in kinds  # a bound is no estimate
    ratio = kinds["ratio"]["inputs"]
    assert f"part={rows['18']['indicator_id']}@" in ratio
    assert f"whole={rows['45']['indicator_id']}@" in ratio


def test_the_english_of_a_class_says_its_bound_in_words():
    from zmd_analysis.analysis.draft_names import class_english

    lex = load_lexicon()
    assert class_english("5000万元以上", lex) == "of 50 million yuan or more"
    assert class_english("超过5亿元的", lex) == "above 500 million yuan"
    assert class_english("1000万元及以下", lex) == "of 10 million yuan or less"
    assert class_english("完成投资进度超过60%的", lex) == "with investment progress above 60%"
    assert class_english("光伏组件超过5%的", lex) is None  # a word the glossary lacks
    # a size band, its upper bound printed as a bare unit or its lower with no unit
    assert class_english("5亿元至10亿元", lex) == "of 500 million to 1 billion yuan"
    assert class_english("5000万元至亿元", lex) == "of 50 million to 100 million yuan"
    assert class_english("1至5亿元的", lex) == "of 100 million to 500 million yuan"


def test_one_enterprises_figures_are_read_but_drafted_as_no_place_indicator():
    p = proposal(
        "宜昌市2023年1-5月市级重大项目进展\n"
        "1-5月,全市45个市级重大项目完成投资80亿元。"
        "其中,某某新材料有限公司正在建设二期厂房52000平方米,某某集团总部项目完成投资3亿元。"
    )
    assert {"52000", "3"} <= {f.text.rstrip("平方米亿元") for f in p.figures}
    assert not {"52000", "3"} & set(rows_by_value(p))


def test_no_claim_in_the_data_is_labelled_by_a_list_of_its_figures():
    """Claims' labels are their names in the explorer and the reports: words (市重点（B类）
    项目计划新开工项目开工率), never the figures they hold (282个、374个、75.4%)."""
    import csv

    from zmd_analysis.access.paths import DEFAULT_DATA_DIR

    figure_list = re.compile(r"[\d.]+(?:个|亿元|万元|%)(?:、[\d.]+(?:个|亿元|万元|%))+")
    with open(DEFAULT_DATA_DIR / "claims.csv", encoding="utf-8", newline="") as fh:
        listed = [
            r["claim_id"]
            for r in csv.DictReader(fh)
            if figure_list.fullmatch(r["label_zh"].replace(" ", ""))
        ]
    assert listed == []


def test_a_class_of_enterprises_is_drafted_and_reaching_a_size_is_or_more():
    from zmd_analysis.analysis.draft_names import class_english

    p = proposal(
        "宜昌市2023年1-4月工业运行\n1-4月,全市规模以上工业增加值增长8.5%。其中,国有企业"
        "增加值增长5.2%,股份制企业增加值增长9.1%。"
    )
    assert "9.1" in rows_by_value(p)  # 股份制企业 is a class, not one enterprise
    assert (
        class_english("投资达到5亿元的", load_lexicon())
        == "with investment 500 million yuan or more"
    )
