"""The catalogue of relations: each family read from invented sentences in the genre's
wording and checked by the engine, with the value a careful reader computes by hand."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from zmd_analysis.access.intake.figures import find_figures
from zmd_analysis.access.intake.lexicon import load_lexicon
from zmd_analysis.access.intake.relations import RELATIONS, _levels_of_a_share_list, read_items
from zmd_analysis.access.intake.statements import Parsed, read_figures
from zmd_analysis.access.intake.text import from_text
from zmd_analysis.analysis.proposal import propose, propose_text
from zmd_analysis.publish.cli import app


def checked(text: str) -> dict[tuple[str, str], tuple[str, float]]:
    """(kind, tested figure's text) -> (status, recomputed value)."""
    p = propose(from_text(text), date="2021-05-20")
    out = {}
    for st, v in zip(p.statements, p.verdicts):
        if st.tested is None:
            continue
        est = v.numbers.get("recomputed") or v.numbers.get("total") or v.numbers.get("computed")
        # the first claim of a kind on a figure (a pull is also checked as contribution ×
        # growth when both are printed)
        out.setdefault((st.kind, p.figures[st.tested].text), (v.status, est.value if est else None))
    return out


def statuses(text: str, date: str = "2021-05-20") -> dict[tuple[str, tuple[str, ...]], str]:
    """(kind, its figures' texts in role order) -> status, for every statement checked."""
    p = propose(from_text(text), date=date)
    return {
        (st.kind, tuple(p.figures[k].text for _, k in st.roles)): v.status
        for st, v in zip(p.statements, p.verdicts)
    }


def parsed_of(text: str) -> Parsed:
    """The text's figures with their readings, as the reader makes them."""
    lex = load_lexicon()
    article = from_text(text)
    parsed = Parsed(article.view, find_figures(article, lex), lex)
    read_figures(parsed)
    return parsed


def items_of(text: str):
    """The items (subjects and their figures by role) the reader makes of a text."""
    return read_items(parsed_of(text))


RELEASE = (
    "1-6月某市投资运行情况\n"
    "1-6月,某市全社会固定资产投资200亿元,同比增长10.0%。"
    "第一产业投资10亿元,增长5.0%;第二产业投资90亿元,增长12.0%;第三产业投资100亿元,增长9.0%。"
    "民间投资120亿元,同比增长15.0%,占全部投资的60.0%,拉动全部投资增长8.6个百分点,"
    "对投资增长的贡献率为86.1%。"
    "基础设施投资50亿元,同比增长20.0%,高于全部投资增速10.0个百分点,"
    "占全部投资的比重为25.0%,同比提高2.1个百分点。"
    "三次产业投资结构为5.0:45.0:50.0。"
)


def test_each_relation_of_a_statistics_release_is_read_and_checked():
    got = checked(RELEASE)
    # shares of the total: 120 / 200, 50 / 200
    assert got[("ratio", "60.0%")] == ("reproduced", pytest.approx(60.0))
    assert got[("ratio", "25.0%")] == ("reproduced", pytest.approx(25.0))
    # 拉动: (120 − 120/1.15) / (200/1.10) × 100 = 8.61
    assert got[("pull", "8.6个百分点")][0] == "reproduced"
    assert got[("pull", "8.6个百分点")][1] == pytest.approx(8.6087, abs=1e-3)
    # 贡献率: (120 − 120/1.15) / (200 − 200/1.10) × 100 = 86.09
    assert got[("contribution", "86.1%")][1] == pytest.approx(86.087, abs=1e-2)
    assert got[("contribution", "86.1%")][0] == "reproduced"
    # gap to the total's growth: 20.0 − 10.0
    assert got[("gap", "10.0个百分点")] == ("reproduced", pytest.approx(10.0))
    # share change from growth rates: 25.0 − (50/1.2)/(200/1.1) × 100 = 2.083
    assert got[("share_shift", "2.1个百分点")][0] == "reproduced"
    # three industries: 10 + 90 + 100 = 200, and their growth aggregated
    assert got[("breakdown", "200亿元")] == ("reproduced", pytest.approx(200.0))
    # 200 / (10/1.05 + 90/1.12 + 100/1.09) − 1 = 10.12%: the printed 10.0 holds only
    # within the rounding of the parts' growth rates
    status, value = got[("aggregate_growth", "10.0%")]
    assert value == pytest.approx(100 * (200 / (10 / 1.05 + 90 / 1.12 + 100 / 1.09) - 1))
    assert status == "consistent_within_rounding"
    # each part of the structure is its industry's share: 10 / 200 = 5.0
    assert got[("ratio", "5.0")] == ("reproduced", pytest.approx(5.0))


def test_a_structure_adds_up_to_100_and_a_wrong_one_does_not():
    p = propose(from_text("三次产业结构为5.0:45.0:49.0。"), date="2021-05-20")
    v = next(v for st, v in zip(p.statements, p.verdicts) if st.kind == "breakdown")
    assert v.status == "inconsistent" and v.numbers["total"].value == pytest.approx(99.0)


def test_two_year_average_and_a_truncated_one():
    got = checked("1-4月,工业投资增长30%;与2019年同期相比,增长16%,两年平均增长7.7%。")
    assert got[("two_year_average", "7.7%")][0] == "reproduced"  # √1.16 − 1 = 7.70
    got = checked("1-4月,工业投资增长30%;与2019年同期相比,增长15.9%,两年平均增长7.6%。")
    assert got[("two_year_average", "7.6%")][0] == "consistent_if_truncated"  # 7.657


def test_a_list_distributes_names_and_units():
    """A和B分别高于X a个和b个百分点: each gap is its subject's, both in points."""
    got = checked(
        "全市投资增长10.0%。工业投资增长14.0%,制造业投资增长18.0%。"
        "工业投资增速和制造业投资增速分别高于全部投资4.0个和9.0个百分点。"
    )
    assert got[("gap", "4.0个")][0] == "reproduced"
    assert got[("gap", "9.0个百分点")] == ("inconsistent", pytest.approx(8.0))


def test_rates_of_a_list_take_the_list_the_passage_opened_with():
    got = checked(
        "今年新签约项目200个,合同资金900亿元,履约项目190个,开工项目150个,到位资金300亿元,"
        "项目履约率、开工率与资金到位率分别为95%、75%和33.3%。"
    )
    assert got[("ratio", "95%")] == ("reproduced", pytest.approx(95.0))
    assert got[("ratio", "75%")] == ("reproduced", pytest.approx(75.0))
    assert got[("ratio", "33.3%")][0] == "reproduced"  # 300 / 900


def test_the_catalogue_is_listed_with_roles_and_examples():
    r = CliRunner().invoke(app, ["propose", "--relations"])
    assert r.exit_code == 0, r.output
    for rel in RELATIONS:
        assert rel.name in r.output and rel.example in r.output
    assert "checked as two_year_average; roles: over_two_years, average" in r.output


def test_named_parts_after_qizhong_add_up_or_each_lie_within():
    """其中 with named parts on one line: summed against the whole when they stay within it;
    overlapping classes (their sum exceeds the whole) each checked on their own."""
    got = checked("今年共确定重点项目90项,其中建设项目60项,前期项目30项。")
    assert got[("sum", "90项")] == ("reproduced", pytest.approx(90.0))
    got = checked("签约合同项目30个。其中10亿元以上项目20个,500强企业项目18个,外资项目3个。")
    subsets = [v for (kind, fig), v in got.items() if kind == "subset" and fig == "30个"]
    assert got.get(("sum", "30个")) is None and subsets  # 20 + 18 + 3 > 30: classes overlap
    p = propose(from_text("签约合同项目30个。其中10亿元以上项目20个,500强企业项目18个。"))
    parts = [
        p.figures[k].text
        for st in p.statements
        if st.kind == "subset"
        for role, k in st.roles
        if role == "part"
    ]
    assert {"20个", "18个"} <= set(parts)


def test_a_list_short_of_its_whole_within_rounding_is_not_reproduced():
    """9.2 + 124.5 = 133.7 against 133.8: the whole only within the parts' rounding."""
    got = checked("到位资金133.8亿元。其中:新签项目到位资金9.2亿元;续建项目到位资金124.5亿元。")
    assert got[("sum", "133.8亿元")][0] == "consistent_within_rounding"


def test_the_whole_of_a_list_that_makes_it_up_grows_as_its_parts():
    """续建和新签项目 200个 down 10%: 80 down 20% and 120 down 2% give
    1 − 200 / (80/0.8 + 120/0.98) = 10.09%, within rounding of 10%."""
    got = checked(
        "1-6月,续建和新签项目200个,同比下降10%。其中:新签项目80个,同比下降20%;"
        "续建项目120个,同比下降2%。"
    )
    status, value = got[("aggregate_growth", "10%")]
    assert value == pytest.approx(-100 * (1 - 200 / (80 / 0.8 + 120 / 0.98)), abs=1e-6)
    assert status == "reproduced"


def test_value_added_pulls_come_from_contribution_rates_not_levels():
    """For value added (real growth) 拉动 = contribution rate × GDP growth; the pulls of the
    three industries add up to GDP growth and their contribution rates to 100."""
    got = checked(
        "一季度,全市地区生产总值200.0亿元,同比增长5.0%。第一产业增加值20.0亿元,增长2.0%,"
        "上拉地区生产总值增速0.4个百分点,贡献率8.0%;第二产业增加值80.0亿元,增长6.0%,"
        "上拉地区生产总值增速2.2个百分点,贡献率44.0%;第三产业增加值100.0亿元,增长5.0%,"
        "上拉地区生产总值增速2.4个百分点,贡献率48.0%。"
    )
    assert got[("pull", "0.4个百分点")] == ("reproduced", pytest.approx(0.4))
    assert got[("pull", "2.2个百分点")] == ("reproduced", pytest.approx(2.2))
    assert got[("breakdown", "5.0%")] == ("reproduced", pytest.approx(5.0))
    assert not any(kind == "contribution" for kind, _ in got)  # not from current prices


def test_a_structure_rounds_like_shares():
    """11.4 + 31.2 + 57.5 = 100.1: each part is a rounded share, so 100 lies within."""
    p = propose(from_text("三次产业结构为11.4:31.2:57.5。"), date="2021-05-20")
    v = next(v for st, v in zip(p.statements, p.verdicts) if st.kind == "breakdown")
    assert v.status == "consistent_within_rounding"


def test_a_list_plan_is_found_by_its_subject_and_a_completion_rate_is_a_share_of_plan():
    got = checked(
        "今年全省重点建设项目1000项,年度投资计划2000.0亿元,占全省投资计划8000亿元的25.0%。\n"
        "截至5月底,全省重点建设项目完成投资900.0亿元,完成率45.0%。"
    )
    assert got[("share_of_plan", "45.0%")] == ("reproduced", pytest.approx(45.0))


def test_a_gap_to_the_average_is_read_against_the_whole_list():
    got = checked(
        "1-6月,重点项目完成投资500亿元,投资完成率50.0%,其中产业项目完成投资300亿元,"
        "投资完成率55.0%;民生项目完成投资200亿元,投资完成率62.0%,高于平均进度12个百分点。"
    )
    assert got[("gap", "12个百分点")] == ("reproduced", pytest.approx(12.0))


def test_progress_stated_ahead_of_the_schedule_without_a_distance():
    got = checked("一季度,到位资金300亿元,完成全年1000亿元目标任务的30.0%,超过时间进度。")
    assert got[("schedule", "30.0%")][0] == "reproduced"  # 30.0 > 3/12 = 25
    got = checked("一季度,到位资金200亿元,完成全年1000亿元目标任务的20.0%,超过时间进度。")
    assert got[("schedule", "20.0%")][0] == "inconsistent"


def test_a_part_by_definition_lies_within_its_whole():
    got = checked("1-9月,第二产业完成投资100.5亿元,增长8%;工业投资完成98.2亿元,增长9%。")
    assert got[("subset", "100.5亿元")][0] == "reproduced"
    got = checked("1-9月,第二产业完成投资90.5亿元,增长8%;工业投资完成98.2亿元,增长9%。")
    assert got[("subset", "90.5亿元")][0] == "inconsistent"


def test_a_count_against_the_names_listed():
    got = checked(
        "8个县完成率由高到低分别为:甲县90%、乙县85%、丙县80%、丁县78%、戊县75%、己县70%、庚县66%、辛县60%。"
    )
    assert got[("listed", "8个")][0] == "reproduced"
    got = checked("项目分布在甲镇、乙镇、丙镇、丁镇、戊镇等4个镇。")
    assert got[("listed", "4个")][0] == "inconsistent"
    got = checked("甲项目、乙项目等30个项目开工。")
    assert ("listed", "30个") not in got  # two examples of thirty: not a list of them


def test_a_list_of_names_joined_by_he_counts_each_name():
    text = "全市本次集中开工仪式单位共{n}个,分别为甲县、乙县、丙县、丁市和戊区。"
    assert checked(text.format(n=5))[("listed", "5个")][0] == "reproduced"
    assert checked(text.format(n=6))[("listed", "6个")][0] == "inconsistent"


def test_names_are_counted_in_the_list_alone():
    # entries set apart by semicolons are one name each, whatever they hold; a 和 after
    # the list's comma is no name of it
    got = checked(
        "全市重点项目4个,分别为:甲县道路、桥梁和管网工程,总投资7亿元;乙县学校,总投资2亿元;"
        "丙县医院,总投资1亿元。"
    )
    assert got[("listed", "4个")][0] == "inconsistent"
    got = checked("开工仪式单位共5个,分别为甲县、乙县、丙县、丁市和戊区,其中甲县和乙县为主会场。")
    assert got[("listed", "5个")][0] == "reproduced"


def test_a_part_counted_without_its_noun_lies_in_the_count_of_its_list():
    got = checked("全市新开工38个项目,其中工业20个,城建10个,社会事业8个。")
    assert got[("sum", "38个")][0] == "reproduced"


def test_a_fall_word_before_a_rise_names_no_fall():
    p = parsed_of("全市减少碳排放类项目投资增长15.0%,下拉全市投资增速1.2个百分点。")
    assert [r.sign for r in p.readings] == [1, -1]


def test_a_list_named_by_a_relative_clause_opens_its_parts():
    # 在此次开工的项目中: the list named with 的 and a demonstrative is the 开工项目 before
    got = checked(
        "甲市开工项目共47个,总投资217.71亿元。在此次开工的项目中,产业类项目34个,"
        "总投资118.93亿元;基础设施项目2个,总投资85.66亿元;其他类项目11个,总投资38.72亿元。"
    )
    assert got[("sum", "47个")] == ("reproduced", pytest.approx(47.0))
    assert got[("sum", "217.71亿元")] == ("inconsistent", pytest.approx(243.31))


def test_a_subject_that_keeps_up_a_trend_carries_to_its_growth_and_a_negative_pull():
    # the subject stands before the trend's verb (延续…趋势), so the pulls name its growth;
    # a contribution rate printed with its minus (贡献率-12.5%) pulls down (下拉)
    got = checked(
        "一季度,全市规模以上工业增加值延续2月份平稳向好趋势,同比增长9.6%。其中采矿业增加值"
        "增长14.4%,对全市工业增长的贡献率109.7%,上拉全市工业增加值增速10.6个百分点;"
        "制造业增加值下降5.3%,低于全市工业增加值增速14.9个百分点,对全市工业增长的贡献率"
        "-12.5%,下拉全市工业增加值增速1.2个百分点。"
    )
    assert got[("pull", "10.6个百分点")] == ("consistent_within_rounding", pytest.approx(10.5312))
    assert got[("pull", "1.2个百分点")] == ("reproduced", pytest.approx(-1.2))
    assert got[("gap", "14.9个百分点")][0] == "reproduced"


def test_a_bare_share_in_a_round_is_of_the_whole_another_member_names():
    # the second industry names the whole (地区生产总值, never a place's 地区); the others say
    # only 占比: their shares add up to 100 and rebuild the growth of GDP, not of investment
    text = (
        "一季度,全市固定资产投资同比增长5.0%,地区生产总值同比增长6.2%。其中第一产业增加值增长"
        "3.0%,占比为10.0%;第二产业增加值增长5.5%,占全市地区生产总值的比重为40.0%;"
        "第三产业增加值增长7.5%,占比为50.0%。"
    )
    assert checked(text)[("aggregate_growth", "6.2%")] == (
        "reproduced",
        pytest.approx(6.231, abs=1e-3),
    )
    p = propose(from_text(text), date="2025-04-20")
    to_100 = [
        (tuple(p.figures[k].text for _, k in st.roles), v.status)
        for st, v in zip(p.statements, p.verdicts)
        if st.bound == "100"
    ]
    assert to_100 == [(("10.0%", "40.0%", "50.0%"), "reproduced")]


def test_a_count_of_other_things_holds_no_parts():
    # 3个方面 counts fields, not projects: the projects after 其中 are parts of the 126
    p = propose(
        from_text(
            "今年共安排年度重点建设项目126项,主要投向交通能源、重大产业项目和宜居环境等3个方面,"
            "其中建设项目83项,前期预备项目43项。"
        ),
        date="2012-03-01",
    )
    found = {
        (st.kind, tuple(p.figures[k].text for _, k in st.roles)): v.status
        for st, v in zip(p.statements, p.verdicts)
        if st.kind in ("sum", "subset")
    }
    assert found == {("sum", ("83项", "43项", "126项")): "reproduced"}


def test_the_total_a_part_pulls_is_of_the_parts_own_period():
    # the month's total comes first; the part and its pull are of January-April
    got = checked(
        "4月份,全市固定资产投资完成43.6亿元,同比下降43.1%。1-4月,固定资产投资完成116.1亿元,"
        "同比下降30.5%。1-4月,开发区完成投资20.9亿元,同比增长47.7%,高于全市投资增速78.2个"
        "百分点,拉动全市投资增长4.0个百分点。"
    )
    assert got[("pull", "4.0个百分点")] == ("reproduced", pytest.approx(4.0405, abs=1e-3))
    assert got[("gap", "78.2个百分点")][0] == "reproduced"


def test_a_minus_printed_with_its_number_is_shown_once():
    out = propose_text(
        "全市工业增加值增长9.6%;制造业增加值下降5.3%,对全市工业增长的贡献率-12.5%,"
        "下拉全市工业增加值增速1.2个百分点。",
        name="x",
        date="2021-05-20",
    )
    pull = next(c for c in out["claims"] if c["kind"] == "pull")
    assert pull["numbers"]["contribution"]["expr"] == "-12.5"


def test_levels_and_their_changes_after_qizhong_add_up_apart():
    got = checked(
        "1-5月份新开工项目90个,比上年同期增加15个。其中5000万以上项目50个,比上年同期增加"
        "10个,5000万以下项目40个,增加5个。"
    )
    assert got[("sum", "90个")] == ("reproduced", pytest.approx(90.0))
    assert got[("sum", "15个")] == ("reproduced", pytest.approx(15.0))


def test_the_shares_of_the_three_industries_add_up_to_100():
    p = propose(
        from_text(
            "1-9月,第一产业完成投资2亿元,占全市投资比重为4.0%;第二产业完成投资18亿元,"
            "占全市投资比重为36.0%;第三产业完成投资30亿元,占全市投资比重为59.0%。"
        ),
        date="2021-10-20",
    )
    v = next(
        v for st, v in zip(p.statements, p.verdicts) if st.kind == "breakdown" and st.bound == "100"
    )
    assert v.status == "inconsistent" and v.numbers["total"].value == pytest.approx(99.0)


def test_growth_multiples_after_qizhong_are_not_summed():
    got = checked(
        "房地产开发投资21.8亿元,增长3.7倍,其中住宅投资18.2亿元,增长4.1倍;商业用房2.5亿元,增长1.6倍。"
    )
    assert not any(fig.endswith("倍") for kind, fig in got if kind in ("sum", "subset"))


def test_a_change_on_a_period_is_no_subject_of_its_own():
    """比上年同期增加27个 does not become the subject of the investment after it, so the size
    class's investment lies within the projects' (50.41 ≤ 61.45)."""
    got = checked(
        "三季度,全区工业在建项目153个,比上年同期增加27个,完成投资61.45亿元,同比增长35.7%。"
        "工业亿元以上项目64个,比上年同期增加7个,完成投资50.41亿元,同比增长35.6%。"
    )
    assert got[("subset", "61.45亿元")][0] == "reproduced"


def test_a_share_from_a_to_b_of_all_investment():
    """占全部投资的比重由上年同期的32.3%提高到35.1%: 236.09/672.99 = 35.08, and last year's
    share from the growth rates (236.09/1.235)/(672.99/1.137) = 32.30."""
    got = checked(
        "1-6月,全社会固定资产投资672.99亿元,同比增长13.7%。基础设施投资236.09亿元,同比增长"
        "23.5%,占全部投资的比重由上年同期的32.3%提高到35.1%。"
    )
    assert got[("ratio", "35.1%")][0] == "reproduced"
    assert got[("share_change", "32.3%")][0] == "reproduced"


def test_a_rise_on_an_earlier_period_is_no_gap():
    got = checked("实际利用外资37.12亿美元,增长0.5%,比1至8月加快0.4个百分点。")
    assert not any(kind == "gap" for kind, _ in got)


def test_a_share_named_within_a_whole_holds_at_most_its_share():
    got = checked(
        "制造业完成投资占全市工业投资的44.7%。制造业中,四大传统产业完成投资占全市工业投资的47.8%。"
    )
    assert got[("subset", "44.7%")][0] == "inconsistent"  # 47.8 > 44.7


def test_parts_without_the_measure_leave_a_list_that_may_fall_short():
    got = checked(
        "年度计划投资840.5亿元,按进度分,计划开工项目100项,总投资1144亿元,年度计划投资312.9亿元;"
        "续建项目130项,总投资2480.9亿元,年度计划投资527.6亿元;前期项目120项,总投资2791.4亿元。"
    )
    assert got[("sum", "840.5亿元")] == ("reproduced", pytest.approx(840.5))


def test_growth_as_a_multiple_pulls_like_a_percentage():
    """增长1.3倍 is an increase of 130%: (8.3 − 8.3/2.3) / (177.4/1.096) × 100 = 2.90."""
    got = checked(
        "一季度全市固定资产投资完成177.4亿元,同比增长9.6%。全市采矿业投资完成8.3亿元,"
        "同比增长1.3倍,上拉全市投资增速2.9个百分点。"
    )
    status, value = got[("pull", "2.9个百分点")]
    assert status == "reproduced"
    assert value == pytest.approx(100 * (8.3 - 8.3 / 2.3) / (177.4 / 1.096), abs=1e-6)


def test_nested_counts_named_within_a_list_are_not_summed():
    """建设项目中,计划新开工97项,计划开工74项,开工72项: counts of one list, nested, not
    parts that add up (never a false 'inconsistent')."""
    got = checked(
        "省级建设项目249项。建设项目中,全年计划新开工项目97项,1-8月计划开工74项,已开工72项;"
        "续建项目152项,已经复工148项。"
    )
    assert got.get(("sum", "249项"), ("none",))[0] != "inconsistent"


def test_relations_from_a_share_and_growth_rates_without_levels():
    """增长21.1%,占全部投资的65.4%: the share stands for the levels (only P/W counts).
    Prior share 65.4 × 1.165 / 1.211 = 62.92, so the share rose 2.48 points, the pull is
    62.92 × 21.1% = 13.28 points and the contribution 65.4 × (0.211/1.211)/(0.165/1.165)
    = 80.46% (80.4 printed: truncated)."""
    got = checked(
        "1-7月,全省固定资产投资同比增长16.5%。全省民间投资同比增长21.1%,占全部投资的65.4%,"
        "占比同比提高2.5个百分点,拉动全部投资增长13.3个百分点,对全部投资增长的贡献率为80.4%。"
    )
    assert got[("share_shift", "2.5个百分点")][0] == "reproduced"
    assert got[("pull", "13.3个百分点")][0] == "reproduced"
    status, value = got[("contribution", "80.4%")]
    assert status == "consistent_if_truncated"
    assert value == pytest.approx(65.4 * (0.211 / 1.211) / (0.165 / 1.165), abs=1e-6)


def test_the_whole_of_a_share_is_more_than_its_part():
    """占全省…总额的33.7% with the total printed after the part: not the part itself."""
    got = checked(
        "1-4月,4州市共引进省外到位资金706.4亿元,占全省引进省外到位资金总额的33.7%。"
        "全省引进省外到位资金2095.1亿元,同比增长18.5%。"
    )
    assert got[("ratio", "33.7%")] == ("reproduced", pytest.approx(33.716, abs=1e-3))


def test_spaced_units_bare_place_counts_and_a_structure_after_wei():
    figs = propose(
        from_text("地区生产总值 13985.53 亿元,增长 0.8 个百分点。16市开工;占比为9:37:54。")
    ).figures
    assert [(f.text, f.unit) for f in figs] == [
        ("13985.53 亿元", "亿元"),
        ("0.8 个百分点", "个百分点"),
        ("16市", "个"),
        ("9", "ratio"),
        ("37", "ratio"),
        ("54", "ratio"),
    ]


def test_places_of_mixed_level_counted_with_no_measure_word():
    """4州市, 5省区, 3区市: two or three level characters joined count places of mixed level
    (个); a word one level character makes with the next (市区, 市场) is no count."""
    figs = propose(
        from_text(
            "甲县、乙区、丙市3区市分别下降2.1%、3.5%和4.0%;东、西、南、北等4省区投资增长;"
            "2市区道路改造,5市场开业。"
        )
    ).figures
    assert [(f.text, f.unit) for f in figs if f.unit == "个"] == [("3区市", "个"), ("4省区", "个")]
    got = checked("甲县、乙区、丙市3区市分别下降2.1%、3.5%和4.0%;东、西、南、北等4省区投资增长。")
    assert got[("listed", "3区市")][0] == "reproduced"
    assert got[("listed", "4省区")][0] == "reproduced"


def test_ordinal_names_distributed_over_levels_make_a_structure():
    """第一、二、三产业分别到位资金…: each level is its industry's, so the three add up to the
    total and the structure printed after them is their shares."""
    got = checked(
        "1-4月,全省引进省外到位资金2095.1亿元。第一、二、三产业分别到位资金197.3亿元、768.5亿元"
        "和1129.3亿元,占比为9:37:54。"
    )
    assert got[("breakdown", "2095.1亿元")][0] == "reproduced"
    assert got[("ratio", "37")][0] == "reproduced"  # 768.5 / 2095.1 = 36.7


def test_a_count_of_a_part_is_not_a_sibling_part():
    got = checked(
        "今年共安排重点项目90个,包括45个重大产业项目。一季度,45个重大产业项目中的31个工业项目"
        "已开工26个,开工率为84%。"
    )
    assert got[("subset", "45个")][0] == "reproduced"  # 31 ≤ 45, not 31 + 26
    assert got[("ratio", "84%")][0] == "reproduced"  # 26 / 31


def test_parts_listed_paragraph_by_paragraph_add_up_to_the_list():
    got = checked(
        "今年全省实施重点项目400个,1至11月完成投资4800亿元,占年计划的102.9%。\n"
        "240个产业项目完成投资2100亿元,占年计划的114.6%。\n"
        "160个基础设施项目完成投资2700亿元,占年计划的96%。\n"
    )
    assert got[("sum", "400个")] == ("reproduced", pytest.approx(400.0))
    assert got[("sum", "4800亿元")] == ("reproduced", pytest.approx(4800.0))
    # a paragraph that does not open with the figure is no item of such a list
    got = checked(
        "全省实施重点项目400个,完成投资4800亿元。\n"
        "其中产业项目240个,完成投资2100亿元。\n"
        "另外基础设施项目160个,完成投资2700亿元。\n"
    )
    assert ("sum", "4800亿元") not in got or got[("sum", "4800亿元")][0] != "inconsistent"


def test_size_bands_are_classes_that_add_up_not_amounts():
    """5亿元至10亿元项目18个: the band's bounds name a class, as 5亿元以上 does, and measure
    nothing; bands and a class above the highest hold no project twice, so they add up
    within the list they split; 占比 after them may be of the whole list the sentence's
    first 占比 was of."""
    text = (
        "全市签约项目100个。其中,总投资5亿元以上项目50个,占比50%,其中,5亿元至10亿元项目20个,"
        "10亿元至30亿元项目20个,30亿元以上项目10个,占比分别为20%、20%和10%。"
    )
    got = checked(text)
    assert got[("sum", "50个")] == ("reproduced", pytest.approx(50))  # 20 + 20 + 10
    assert got[("ratio", "20%")] == ("reproduced", pytest.approx(20))  # 20 of the 100
    assert got[("ratio", "10%")] == ("reproduced", pytest.approx(10))
    p = propose(from_text(text), date="2021-05-20")
    bounds = {k for k, f in enumerate(p.figures) if f.text in ("5亿元", "10亿元", "30亿元")}
    assert bounds and not any(k in bounds for st in p.statements for _, k in st.roles)
    # a band and a class above it split a list (亿元以上 from one 亿元 up): their sum
    got = checked(
        "在113个续建项目中,亿元以上项目有75个,完成投资180.77亿元;5000万元至亿元项目38个,"
        "完成投资20.55亿元。"
    )
    assert got[("sum", "113个")] == ("reproduced", pytest.approx(113))


def test_shares_of_plan_of_parts_that_add_up_rebuild_the_wholes_share():
    """Amounts that add up to their whole, each with its share of its annual plan: the
    whole's share is the amounts over the plans they imply (200/62.5% + 100/55.6%); that
    the parts' plans make up the whole's is assumed, so a share that does not fit is left
    unchecked, never called inconsistent."""
    text = (
        "上半年,全市50个重点项目完成投资300亿元,占年计划的60%。上述50个重点项目中,30个产业"
        "项目共完成投资200亿元,占年计划的62.5%;20个基础设施项目共完成投资100亿元,"
        "占年计划的55.6%。"
    )
    got = checked(text)
    assert got[("sum", "300亿元")] == ("reproduced", pytest.approx(300))
    assert got[("sum", "60%")] == ("reproduced", pytest.approx(60.0, abs=0.05))
    assert checked(text.replace("60%", "66%"))[("sum", "66%")][0] == "not_checkable"
    # parts that fall short of the whole say nothing of its plan
    short = checked(text.replace("共完成投资100亿元", "共完成投资80亿元"))
    assert ("sum", "60%") not in short


def test_a_breakdown_of_the_whole_list_after_a_line_on_a_sub_list():
    """分行业来看 after the province's projects (a part of the city's list): the sectors add
    up to the city's list, printed two lines before; items separated by blank lines."""
    got = checked(
        "截至8月底,全市283个重点项目完成投资697.46亿元,占年度计划的75.1%;\n\n"
        "61个省重点项目完成投资317.2亿元,占年度计划的82.3%。\n\n"
        "分行业来看:工业项目完成投资411.73亿元,占年度计划的82.47%;\n\n"
        "城建项目完成投资285.73亿元,占年度计划的67.79%。\n"
    )
    assert got[("sum", "697.46亿元")] == ("reproduced", pytest.approx(697.46))
    assert ("sum", "82.3%") not in got  # never the sub-list's share rebuilt from the sectors


def test_what_the_fourth_held_out_set_showed():
    # the whole of a share is the named whole itself, not a qualified part of it
    got = checked(
        "截至8月底,全省全社会累计完成固定资产投资386.27亿元,增长20.8%。其中,城镇固定资产投资"
        "完成343.64亿元;农村固定资产投资完成42.62亿元。全省工业完成投资199.21亿元,占固定资产"
        "投资的比重达到51.6%。"
    )
    assert got[("ratio", "51.6%")][0] == "reproduced"
    assert got.get(("subset", "42.62亿元"), ("none",))[0] != "inconsistent"
    # each "A中," opens its own list
    got = checked("20个市县区中,14个市县区超额完成目标任务;11个省直部门中,有10个单位超额完成。")
    assert got[("subset", "20个")][0] == "reproduced" and got[("subset", "11个")][0] == "reproduced"
    # rates of places whose counts are not printed, and a target rate: no count rates
    got = checked(
        "签约项目219个,开工105个。海口、儋州等市县落地率分别达到47%、49%,超过要求的落地率25%的目标。"
    )
    assert not any(kind == "ratio" for kind, _ in got)
    # shares of plan of a part and of its whole are not parts of one share
    got = checked(
        "完成投资509亿元,占年度计划的34.6%。其中,工业项目完成投资161亿元,占年度计划的40.6%。"
    )
    assert not any(kind == "subset" and fig.endswith("%") for kind, fig in got)


def _claims_on(text: str, tested: str) -> list[dict]:
    doc = propose(from_text(text), date="2021-07-20").to_json()
    return [
        c
        for c in doc["claims"]
        if c["tested"] is not None and doc["figures"][c["tested"]]["text"] == tested
    ]


def test_a_share_whose_whole_is_not_named_takes_the_printed_total_that_fits():
    # neither the headline's count (40) nor the nearest (30) is the whole: 12 / 150 = 8.0%
    text = (
        "重大项目40个落地投产\n"
        "上半年,全市引进项目150个,同比增长10%。"
        "今年以来,先进制造项目30个,新能源项目12个,占比达8.0%。"
    )
    (claim,) = _claims_on(text, "8.0%")
    assert claim["assumption"] == "whole_unnamed"
    assert claim["status"] == "reproduced"
    assert claim["numbers"]["whole"]["value"] == 150
    assert claim["numbers"]["computed"]["value"] == pytest.approx(8.0)


def test_an_assumed_whole_that_nothing_fits_is_never_inconsistent():
    text = "上半年,全市引进项目150个。先进制造项目30个,新能源项目12个,占比达9.5%。"
    (claim,) = _claims_on(text, "9.5%")
    assert claim["assumption"] == "whole_unnamed"
    assert claim["status"] == "not_checkable"


def test_an_excess_over_the_plan_is_the_amount_less_the_plan_and_no_plan_itself():
    text = (
        "1-6月,全市重点项目计划投资200.0亿元,实际完成投资236.5亿元,"
        "完成同期计划的118.25%,超同期计划投资36.5亿元,完成年度计划投资的61.2%。"
    )
    doc = propose(from_text(text), date="2021-07-20").to_json()
    by_tested = {
        (c["kind"], doc["figures"][c["tested"]]["text"]): c
        for c in doc["claims"]
        if c["tested"] is not None
    }
    excess = by_tested[("change", "36.5亿元")]
    assert excess["status"] == "reproduced"
    assert excess["numbers"]["recomputed"]["value"] == pytest.approx(36.5)
    assert by_tested[("share_of_plan", "118.25%")]["status"] == "reproduced"
    # the 200.0 is a plan for the half year: the share of the annual plan rests on taking it
    # as annual, which the text does not say, so 236.5 / 200.0 = 118% is not "inconsistent"
    annual = by_tested[("share_of_plan", "61.2%")]
    assert annual["assumption"] == "plan_not_named_annual"
    assert annual["status"] == "not_checkable"
    # and the excess is not taken for a plan of its own
    assert all(
        doc["figures"][k]["text"] != "36.5亿元"
        for c in doc["claims"]
        if c["kind"] == "share_of_plan"
        for k in c["figures"]
    )


def test_a_pull_on_a_wider_whole_chains_the_shares_and_a_clause_without_figure_names_the_subject():
    text = (
        "1-5月,全市固定资产投资同比增长20.0%。"
        "全市工业投资较快增长,同比增长30.0%,占全部投资的50.0%,拉动全部投资增长12.5个百分点。"
        "制造业投资同比增长40.0%,占工业投资的60.0%,拉动工业投资增长13.3个百分点,"
        "拉动全部投资增长8.6个百分点,贡献率51.4%。"
    )
    got = checked(text)
    # 同比增长30.0% names no subject: it is industry's, named by the clause before it, so
    # the pull is industry's: 100·(50 − 50/1.3) ÷ (100/1.2) = 13.846 (the printed 12.5 is off)
    assert got[("pull", "12.5个百分点")][1] == pytest.approx(13.846, abs=1e-3)
    # on industry: 100·(60 − 60/1.4) ÷ (100/1.3) = 22.29 (inconsistent with 13.3)
    assert got[("pull", "13.3个百分点")][0] == "inconsistent"
    # on all investment, the share of manufacturing is 60% × 50% = 30%:
    # 100·(30 − 30/1.4) ÷ (100/1.2) = 10.29 (the printed 8.6 is wrong) and its contribution
    # 100·(30 − 30/1.4) ÷ (100 − 100/1.2) = 51.43
    assert got[("pull", "8.6个百分点")][1] == pytest.approx(10.286, abs=1e-3)
    assert got[("contribution", "51.4%")] == ("reproduced", pytest.approx(51.4286, abs=1e-3))


def test_names_listed_before_a_count_and_a_ranking_followed_by_its_members():
    text = (
        "一季度,全市生产总值、工业增加值和社会消费品零售总额三项指标增速居全省第一。"
        "从行业看,投资额前3名是电子信息80亿元、装备制造60亿元、新材料40亿元;"
        "甲县、乙县、丙县和丁县5个县投资增速超过20%。"
    )
    doc = propose(from_text(text), date="2021-04-20").to_json()
    listed = {
        doc["figures"][c["tested"]]["text"]: c for c in doc["claims"] if c["kind"] == "listed"
    }
    assert listed["三项"]["status"] == "reproduced"  # three names, the last after 和
    assert listed["前3名"]["status"] == "reproduced"  # three members, each with its amount
    # four names against 5: a name may hold 和 itself, so this is a reading, not a finding
    assert listed["5个"]["assumption"] == "names_counted"
    assert listed["5个"]["status"] == "not_checkable"


def test_gaps_to_rates_printed_in_brackets_and_a_comparator_that_names_several_figures():
    text = (
        "一季度,全市规模以上工业增加值同比增长12.4%,高于全国(6.1%)、全省(7.9%)6.3和4.5个百分点。"
        "规模以上工业实现营业收入增长9.0%。"
        "高技术制造业增长20.5%,比规上工业增速高8.1个百分点。"
    )
    got = checked(text)
    assert got[("gap", "6.3")] == ("reproduced", pytest.approx(6.3))  # 12.4 − 6.1
    assert got[("gap", "4.5个百分点")] == ("reproduced", pytest.approx(4.5))  # 12.4 − 7.9
    # 规上工业 names the value added (12.4) and the revenue (9.0): 20.5 − 12.4 = 8.1 fits
    doc = propose(from_text(text), date="2021-04-20").to_json()
    (gap,) = [
        c
        for c in doc["claims"]
        if c["tested"] is not None and doc["figures"][c["tested"]]["text"] == "8.1个百分点"
    ]
    assert gap["assumption"] == "comparator_ambiguous"
    assert gap["status"] == "reproduced"


def test_shares_over_a_count_and_an_amount_nested_size_classes_and_a_bracketed_part():
    text = (
        "本次共签约项目80个,总投资400亿元。"
        "在80个签约项目中,投资总额在5亿元以上的项目40个,占比为50%;"
        "投资总额在10亿元以上的项目20个,占比为25%;投资总额在50亿元以上的项目2个。"
        "从来源地看,来自长三角地区的项目16个,总投资120亿元,占比分别为20%和30%。"
        "全市落地项目60个(其中亿元以上25个),同比增长20%;储备项目300个。"
    )
    doc = propose(from_text(text), date="2022-04-20").to_json()
    by_tested: dict[str, list[dict]] = {}
    for c in doc["claims"]:
        if c["tested"] is not None:
            by_tested.setdefault(doc["figures"][c["tested"]]["text"], []).append(c)
    # 分别 over the count and the amount: 16 / 80 = 20%, 120 / 400 = 30%
    assert {c["status"] for c in by_tested["20%"] if c["kind"] == "ratio"} == {"reproduced"}
    assert {c["status"] for c in by_tested["30%"] if c["kind"] == "ratio"} == {"reproduced"}
    # classes above 5亿, 10亿, 50亿 nest: each within the one before, no breakdown of shares
    nested = [
        [doc["figures"][k]["text"] for k in c["figures"]]
        for c in doc["claims"]
        if c["kind"] == "subset"
    ]
    assert ["20个", "40个"] in nested and ["2个", "20个"] in nested
    assert not any(
        c["kind"] == "breakdown" and c["status"] == "inconsistent" for c in doc["claims"]
    )
    # the bracketed part belongs to the 60 landed projects; the 300 in reserve are no part
    assert ["300个", "60个"] not in nested
    assert not any(c["status"] == "inconsistent" for c in doc["claims"])


def test_a_total_printed_more_than_once_is_the_one_that_fits():
    text = (
        "上半年,全区项目到位资金120.0亿元。其中新签项目到位资金8.0亿元,续建项目到位资金112.0亿元。"
        "四大园区新签项目到位资金3.0亿元,占总到位资金的37.5%。"
    )
    (claim,) = [c for c in _claims_on(text, "37.5%") if c["kind"] == "ratio"]
    # 3.0 / 120.0 = 2.5%; of the new projects' 8.0 it is 37.5%
    assert claim["assumption"] == "total_ambiguous"
    assert claim["status"] == "reproduced"
    assert claim["numbers"]["whole"]["value"] == 8.0


def test_changes_on_earlier_rates_in_brackets_and_a_share_item_that_grows():
    text = (
        "1-8月,全市工业投资增长3.2%,比1-7月(6.7%)回落3.5个百分点,比上半年(1.9%)提高1.3个百分点。"
        "全市工业投资占全市固定资产投资比重为40.0%;工业投资同比增长20.0%,"
        "拉动全市固定资产投资增长7.3个百分点。全市固定资产投资同比增长10.0%。"
    )
    got = checked(text)
    assert got[("gap", "3.5个百分点")] == ("reproduced", pytest.approx(-3.5))  # 3.2 − 6.7
    assert got[("gap", "1.3个百分点")] == ("reproduced", pytest.approx(1.3))  # 3.2 − 1.9
    # the share and the growth are one item's: 100·(40 − 40/1.2) ÷ (100/1.1) = 7.33
    assert got[("pull", "7.3个百分点")] == ("reproduced", pytest.approx(7.3333, abs=1e-3))


def test_a_hedged_figure_and_the_exact_one_the_text_prints_elsewhere():
    text = (
        "全年签约项目投资额近5000亿元,实际到位资金超3000亿元。\n"
        "据统计,全年签约项目472个,签约项目投资额4994亿元;实际到位资金2950亿元。"
    )
    doc = propose(from_text(text), date="2017-02-20").to_json()
    by = {
        doc["figures"][c["tested"]]["text"]: c
        for c in doc["claims"]
        if c["kind"] == "hedged" and c["tested"] is not None
    }
    # 近5000 stands for (4000, 5000]: 4994 lies in it
    assert by["近5000亿元"]["status"] == "reproduced"
    # 超3000 is above 3000: 2950 is not, and which exact figure restates it is a reading, so
    # the text's numbers do not settle it
    assert by["超3000亿元"]["status"] == "not_checkable"
    assert by["超3000亿元"]["assumption"] == "restated_figure"


def test_hedges_state_their_own_ranges():
    from zmd_analysis.access.records import stated_range

    assert stated_range(30, 0.5, "more_than") == (30, 40)  # 30多
    assert stated_range(50, 0.5, "above") == (50, float("inf"))  # 超过50
    assert stated_range(5000, 0.5, "approaching") == (4000, 5000)  # 近5000
    assert stated_range(26, 0.5, "approaching") == (25, 26)  # 近26


def test_the_whole_named_as_the_whole_a_list_under_construction_and_a_plan_in_the_clause():
    text = (
        "一季度,全市固定资产投资完成100.00亿元。内源性经济投资80.00亿元。"
        "其中,私营经济增长20%;民间投资55.00亿元,增长10%,占整体投资的比重为55%。\n"
        "共有在建项目400个,其中:新建项目150个,续建项目250个。新建项目中,亿元以上项目60个,"
        "占在建项目的15%。\n"
        "1-9月,全市完成固定资产投资300亿元,完成总量占全市计划目标500亿元的60%。"
    )
    got = checked(text)
    assert got[("ratio", "55%")] == ("reproduced", pytest.approx(55.0))  # of 100, not of 80
    assert got[("ratio", "15%")] == ("reproduced", pytest.approx(15.0))  # of all 400 在建
    assert got[("share_of_plan", "60%")] == ("reproduced", pytest.approx(60.0))  # 300 of 500


def test_a_plan_printed_elsewhere_is_a_reading_and_a_lead_period_with_months():
    text = (
        "今年以来,全市项目建设进展顺利。今年1-7月份,重点项目完成投资约600亿元。\n"
        "全市重点项目年度计划投资800亿元。\n"
        "市级重点项目累计完成投资520.0亿元,占年计划的65.0%,超时间进度6.7个百分点,"
        "占省下达奋斗目标的61.2%。"
    )
    doc = propose(from_text(text), date="2013-08-14").to_json()
    figs = doc["figures"]
    by = {figs[c["tested"]]["text"]: c for c in doc["claims"] if c["tested"] is not None}
    # 累计 after 今年以来 and 今年1-7月份: January to July, 65.0 − 7/12 × 100 = 6.67
    assert by["6.7个百分点"]["status"] == "reproduced"
    # 520 / 800 = 65.0%: the plan of the list printed in another paragraph fits
    assert by["65.0%"]["status"] == "reproduced"
    # the province's target is not printed: against the city's plan it is a reading only
    assert by["61.2%"]["assumption"] == "plan_elsewhere"
    assert by["61.2%"]["status"] == "not_checkable"


def test_a_rate_whose_base_is_the_list_not_the_count_before_it():
    text = (
        "今年经开区共建设重点项目29个。其中,产业项目25个,基础设施项目4个。"
        "截至5月底,已开复工23个,开复工率79.3%。"
    )
    (claim,) = [c for c in _claims_on(text, "79.3%") if c["kind"] == "ratio"]
    # 23 of the 4 infrastructure projects is impossible: 23 / 29 = 79.3%
    assert claim["assumption"] == "rate_base"
    assert claim["status"] == "reproduced"
    assert claim["numbers"]["whole"]["value"] == 29


def test_the_texts_own_place_before_a_subject_is_not_part_of_it():
    # 荆门 (a city the data do not hold) is the text's place: "荆门完成固定资产投资" is the
    # city's 固定资产投资, within which industry lies by definition (the lexicon's ``within``)
    text = "1-8月,荆门完成固定资产投资1204.7亿元,增长8.2%;完成工业投资176.5亿元,增长12.0%。"
    got = checked(text)
    assert got[("subset", "1204.7亿元")][0] == "reproduced"


def test_a_share_of_plan_stated_with_wei():
    text = "重大民生项目70个,今年计划投资43.18亿元,完成投资33.97亿元,为年度计划的78.7%。"
    status, value = checked(text)[("share_of_plan", "78.7%")]
    assert status == "reproduced" and value == pytest.approx(100 * 33.97 / 43.18)


def test_a_share_of_all_investment_in_a_release_that_leads_with_gdp():
    text = (
        "上半年,某市地区生产总值1200亿元,同比增长6.0%。\n"
        "全市固定资产投资同比增长20.0%。民间投资增长30.0%,占全市投资的比重为60.0%,"
        "较上年同期提高2.8个百分点。"
    )
    # last year's share 60 × 1.2 / 1.3 = 55.38: up 4.6 points, not the printed 2.8 (against
    # GDP's 6.0% it would be read as 60 − 60 × 1.06 / 1.3 = 11.1)
    status, value = checked(text)[("share_shift", "2.8个百分点")]
    assert status == "inconsistent" and value == pytest.approx(60 - 60 * 1.2 / 1.3, abs=0.01)


def test_a_stage_reached_lies_within_its_list():
    got = checked("今年计划新开工项目93个,已开工79个,完成投资30亿元。")
    assert got[("subset", "93个")][0] == "reproduced"
    # the stage opening a sentence of its own is of the list the sentence before ends with
    got = checked("全市列入省重点项目清单的项目54个。已复工开工58个,完成投资20亿元。")
    assert got[("subset", "54个")][0] == "inconsistent"
    # a stage reached and not reached make up the list between them
    got = checked("续建项目152项,已经复工148项,未复工4项。")
    status, total = got[("breakdown", "152项")]
    assert status == "reproduced" and total == 152
    # with the rate printed, the rate's ratio checks it; a signing is a list of its own
    assert ("subset", "90个") not in checked("计划新开工项目90个,已开工72个,开工率80%。")
    assert not any(k == "subset" for k, _ in checked("会上来宾300人。会上集中签约36个项目。"))


def test_a_pull_is_the_contribution_times_the_wholes_growth_without_levels():
    text = (
        "全市工业投资同比增长21.9%。工业技改投资同比增长26.2%,"
        "对全市工业投资增长的贡献率为62.7%,拉动全市工业投资增长13.7个百分点。"
    )
    status, value = checked(text)[("pull", "13.7个百分点")]
    assert status == "reproduced" and value == pytest.approx(0.627 * 21.9, abs=0.01)


def test_a_whole_cut_two_ways_is_checked_both_ways():
    text = (
        "全市实现社会消费品零售总额200.0亿元,同比增长5.0%。按经营单位所在地分,"
        "城镇消费品零售额150.0亿元,增长4.0%;乡村消费品零售额50.0亿元,增长8.0%。"
        "按消费类型分,餐饮收入30.0亿元,增长6.0%;商品零售170.0亿元,增长4.8%。"
    )
    p = propose(from_text(text), date="2024-10-30")
    splits = [
        sorted(p.figures[k].text for r, k in st.roles if r == "part")
        for st in p.statements
        if st.kind in ("breakdown", "sum") and p.figures[st.tested].text == "200.0亿元"
    ]
    assert sorted(splits) == [["150.0亿元", "50.0亿元"], ["170.0亿元", "30.0亿元"]]


def test_a_gap_to_the_same_periods_total_printed_later_and_progress_against_the_calendar():
    text = (
        "一季度,全市完成民间投资160.7亿元,增长51.7%,比同期全社会固定资产投资增速快13.4个百分点。"
        "一季度,全市全社会固定资产投资完成209.1亿元,同比增长38.3%。"
    )
    status, value = checked(text)[("gap", "13.4个百分点")]
    assert status == "reproduced" and value == pytest.approx(51.7 - 38.3)
    text = "1-10月,各县市区完成进度最快的达到97.3%,超时间进度14个百分点。"
    status, value = checked(text)[("schedule", "14个百分点")]
    assert status == "reproduced" and value == pytest.approx(97.3 - 100 * 10 / 12)


def test_a_contribution_rate_is_no_growth_rate_to_compare_with():
    text = (
        "前三季度,全市工业投资增速17.8%,高于全市固定资产投资增速8.6个百分点。"
        "工业投资对全市固定资产投资增长贡献率为27.0%。"
    )
    assert ("gap", "8.6个百分点") not in checked(text)  # the city's own growth is not printed


def test_the_share_of_growing_divisions_is_a_rate_of_the_list():
    text = "全市规模以上工业增加值同比增长8%。40个工业行业大类中,30个行业实现增长,增长面达到75.0%。"
    status, value = checked(text)[("ratio", "75.0%")]
    assert status == "reproduced" and value == pytest.approx(75.0)


def test_a_share_of_a_qualified_list_is_of_the_list_it_names():
    text = (
        "1-9月,全市新签约亿元以上项目200个,总投资1000.0亿元。实际到位资金800.0亿元。"
        "其中来自长三角的新签约亿元以上项目50个、占比25.0%,总投资300.0亿元、占比30.0%。"
    )
    got = checked(text)
    # 300 / 1000, not 300 / 800: the qualified list is a part of the list it names
    assert got[("ratio", "30.0%")] == ("reproduced", pytest.approx(30.0))
    assert got[("ratio", "25.0%")] == ("reproduced", pytest.approx(25.0))


def test_one_months_level_lies_within_the_months_to_it():
    text = "1-6月,全社会固定资产投资500.0亿元,同比增长10.0%。其中,6月当月完成投资520.0亿元。"
    p = propose(from_text(text), date="2021-07-20")
    (june,) = [f for f in p.figures if f.text == "520.0亿元"]
    assert p.readings[p.figures.index(june)].period == "M06-M06"
    assert checked(text)[("subset", "500.0亿元")][0] == "inconsistent"


def test_a_citys_list_takes_its_own_plan_not_the_provinces_list_plan():
    text = (
        "截至10月底,省管重点项目完成投资51.3亿元,完成年计划的88%;"
        "市重点项目完成投资418.7亿元,占年计划的93.1%。\n"
        "省管重点项目14个,年计划投资58.3亿元。\n"
        "全市安排实施市重点建设项目100个,年计划投资449.8亿元。"
    )
    doc = propose(from_text(text), date="2014-11-20").to_json()
    figs = doc["figures"]
    (claim,) = [
        c for c in doc["claims"] if c["tested"] is not None and figs[c["tested"]]["text"] == "93.1%"
    ]
    assert claim["status"] == "reproduced"
    assert {figs[k]["text"] for k in claim["figures"]} == {"418.7亿元", "93.1%", "449.8亿元"}


def test_real_estate_lies_within_services_and_a_stated_sum_of_the_whole_comes_first():
    text = "1-9月,第三产业完成投资46.52亿元,增长4.5%;房地产开发完成投资21.77亿元,增长3.7%。"
    assert checked(text)[("subset", "46.52亿元")][0] == "reproduced"
    text = (
        "1-9月,工业投资361.2亿元,增长10%。其中,工业技改投资260.31亿元,工业新建项目投资100.88亿元。"
    )
    # the two parts the text gives add up to the whole: that sum, not 技改 within 工业投资
    assert checked(text)[("sum", "361.2亿元")][0] in ("reproduced", "consistent_within_rounding")


def test_a_count_qizhong_opens_lies_within_the_count_before_it():
    got = checked("签约项目16个。来自大湾区项目5个,其中3个由港商投资。")
    assert got[("subset", "5个")][0] == "reproduced"
    got = checked("200个产业升级项目完成投资98.1亿元。其中,215个计划新开工项目有57个开工。")
    assert got[("subset", "200个")][0] == "inconsistent"


def test_industry_and_construction_pull_as_much_as_the_secondary_industry():
    text = (
        "上半年,全县GDP增长6.4%。第二产业增加值同比增长4.1%。"
        "第二产业拉动全县GDP增长1.94个百分点。\n"
        "工业增加值增长3.7%,拉动全县GDP增长1.47个百分点。"
        "建筑业增加值增长6.6%,拉动全县GDP增长0.48个百分点。"
    )
    status, total = checked(text)[("breakdown", "1.94个百分点")]
    assert status == "consistent_within_rounding" and total == pytest.approx(1.95)


def test_what_qizhong_opens_after_a_part_is_that_parts_and_zhong_inside_a_word_opens_nothing():
    text = (
        "共签约项目117个。从产业类别看,117个新签约项目中,工业项目100个,投资总额896亿元,"
        "其中,战略性新兴产业项目49个,投资总额443亿元。服务业项目12个。农业项目5个。"
    )
    p = propose(from_text(text), date="2022-03-20")
    sums = [
        sorted(p.figures[k].text for r, k in st.roles if r == "part")
        for st in p.statements
        if st.kind == "sum"
    ]
    assert ["100个", "49个"] not in sums  # 49 of the 100 are no sibling of theirs
    text = "签约项目930个。共实施招商引资项目4648个,其中,实施东中部产业转移项目1130个。"
    got = checked(text)
    assert ("subset", "930个") not in got  # 东中部 is a region, not "among 实施东"


def test_a_size_class_is_never_inconsistent_with_a_list_it_was_not_said_to_be_of():
    text = "其中,54个续建项目全部开工;46个新开工项目开工39个。目前,全市在建亿元以上项目898个。"
    assert all(status != "inconsistent" for status, _ in checked(text).values())


def test_a_rate_naming_a_list_of_its_own_is_not_read_on_another_lists_counts():
    text = (
        "计划新开工项目109个,已开工88个,开工率达80.7%,其中68个计划新开工重大产业项目,"
        "已开工55个,开工率达80.9%;省领导挂钩项目开工率达86.9%。"
    )
    got = checked(text)
    assert got[("ratio", "80.9%")][0] == "reproduced"
    assert ("ratio", "86.9%") not in got  # its counts are not printed


def test_a_table_of_counties_is_read_cell_by_cell():
    text = (
        "1-9月份,全市重点项目完成投资300.0亿元。\n"
        "1-9月份重点项目投资完成情况汇总表\n"
        "单位:个、亿元\n"
        "县 市 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |\n"
        "甲县 | 57 | 82.5 | 65.1 | 78.9% |\n"
        "乙县 | 27 | 42.6 | 31.2 | 75.0% |\n"
    )
    p = propose(from_text(text), date="2021-10-20")
    got = {(f.text, f.unit) for f in p.figures}
    assert {("57", "个"), ("82.5", "亿元"), ("65.1", "亿元"), ("78.9%", "%")} <= got
    assert not any(f.text in ("县", "单位") for f in p.figures)
    rows = checked(text)
    assert rows[("share_of_plan", "78.9%")] == ("reproduced", pytest.approx(100 * 65.1 / 82.5))
    assert rows[("share_of_plan", "75.0%")][0] == "inconsistent"  # 31.2 / 42.6 = 73.2%


def test_a_second_places_industries_are_parts_of_its_own_total_not_of_the_first_places_part():
    text = (
        "全市地区生产总值6543.65亿元,增长5.6%。其中,第一产业增加值312.25亿元;"
        "第二产业增加值4673.49亿元;第三产业增加值1557.91亿元。\n"
        "甲县实现地区生产总值2231.47亿元,增长4.0%。分产业看,第一产业增加值28.02亿元;"
        "第二产业增加值1841.77亿元;第三产业增加值361.68亿元。"
    )
    got = checked(text)
    assert got[("breakdown", "2231.47亿元")][0] in ("reproduced", "consistent_within_rounding")
    assert ("breakdown", "1557.91亿元") not in got


def test_a_share_of_a_whole_the_text_does_not_print_is_no_share_of_the_whole_qizhong_opened():
    text = (
        "1-5月,全区完成固定资产投资143.61亿元,同比增长13.1%。"
        "1-5月,全社会143.61亿元的完成数,占全年指标的35.88%,其中工业25.84亿元占全年指标的"
        "25.84%;房地产105.64亿元占全年指标的49.45%;其他12.12亿元占全年指标的14.00%。"
    )
    got = checked(text)
    # (at most a reading of an unnamed whole, never "inconsistent" with 143.61)
    assert got.get(("ratio", "25.84%"), ("absent",))[0] != "inconsistent"
    # each a share of a target of its own (25.84 / 25.84%, 105.64 / 49.45%: not one whole):
    # the shares do not add up to the whole's 35.88%, and are not said to
    assert ("sum", "35.88%") not in got


def test_these_projects_are_the_list_the_paragraph_opened_with():
    text = (
        "活动期间,各县区达成签约项目30个、计划投资总额96.54亿元,其中亿元以上项目28个,"
        "含10亿元以上项目3个。工业项目27个;商贸物流等项目3个。这些项目落地在各县区,"
        "其中甲园区项目13个,计划投资额23.61亿元;乙县项目2个,计划投资总额18亿元。"
    )
    got = checked(text)
    assert all(status != "inconsistent" for status, _ in got.values())
    # the places' projects and amounts within the 30 and the 96.54亿元, never within the 3
    assert got[("sum", "30个")] == ("reproduced", 15.0)
    assert got[("sum", "96.54亿元")] == ("reproduced", pytest.approx(41.61))


def test_a_list_of_two_levels_is_the_sum_of_each_levels_list():
    text = (
        "1-3月,全市省市重点项目完成投资226.7亿元,占计划的30.8%。\n"
        "2021年,全市共实施省市重点项目494个,总投资6084亿元,年度预期投资738亿元。"
        "省重点项目34个,总投资1082亿元,年度预期投资177亿元。1-3月完成投资56.1亿元,占计划的31.8%。"
        "市重点项目460个,总投资5002亿元,年度预期投资561亿元,1-3月完成投资170.7亿元,"
        "占计划的30.5%。"
    )
    got = checked(text)
    for whole, total in (("494个", 494), ("6084亿元", 6084), ("738亿元", 738)):
        assert got[("sum", whole)] == ("reproduced", total)
    assert got[("sum", "226.7亿元")][0] == "consistent_within_rounding"  # 56.1 + 170.7
    assert got[("share_of_plan", "30.5%")][0] == "consistent_within_rounding"  # 170.7 / 561


def test_two_levels_lists_named_with_their_kind_once():
    text = (
        "全年安排省市重点开工在建项目135项,总投资881.4亿元。截至12月20日,完成投资376.24亿元。"
        "其中,28项省重点项目完成投资119.84亿元;107项市重点项目完成投资256.4亿元。\n"
        "全年安排省市重点前期项目102项,有28项实现提前开工建设。"
    )
    got = checked(text)
    assert got[("sum", "135项")] == ("reproduced", 135)
    assert got[("sum", "376.24亿元")] == ("reproduced", pytest.approx(376.24))
    assert ("sum", "102项") not in got  # the 前期 list's own levels are not printed


def test_a_share_of_the_texts_own_place_is_of_its_total_and_of_another_place_of_nothing_printed():
    text = (
        "2022年榆林市地区生产总值6543.65亿元,增长5.6%。\n"
        "神木实现地区生产总值2231.47亿元,占榆林市总量的34.1%,占陕西省总量的6.8%。"
    )
    got = checked(text)
    assert got[("ratio", "34.1%")] == ("reproduced", pytest.approx(100 * 2231.47 / 6543.65))
    assert ("ratio", "6.8%") not in got  # the province's total is not printed


def test_a_hedge_with_no_subject_of_its_own_restates_the_figure_beside_it():
    text = "2022年,神木实现地区生产总值2231.47亿元,同比增长4.0%,总量正式突破2000亿元大关。"
    status, _ = checked(text)[("hedged", "突破2000亿元")]
    assert status == "reproduced"
    text = "2022年,神木实现地区生产总值1931.47亿元,同比增长4.0%,总量正式突破2000亿元大关。"
    assert checked(text)[("hedged", "突破2000亿元")][0] != "reproduced"


def test_a_breakdown_by_one_dimension_adds_up_to_the_list_it_cuts():
    # (按…统计 heads a breakdown like 按…分; the whole is the list the parts add up to, not
    # the count printed last before the heading)
    text = (
        "1-9月,200个重点项目累计开复工180个。其中,90个续建项目全部复工;110个新开项目已开工90个。"
        "累计完成投资300亿元。\n"
        "按项目类别统计:产业项目120个,完成投资200亿元;基础设施项目80个,完成投资100亿元。"
    )
    got = checked(text)
    assert got[("sum", "200个")] == ("reproduced", 200)
    assert got[("sum", "300亿元")] == ("reproduced", 300)
    assert ("subset", "90个") not in got  # 120 and 80 are no parts of the 90 started


def test_a_shared_measure_after_a_list_of_names_is_each_names():
    # 工业和技改投资分别…: 工业投资 and 技改投资, each with its own level and growth
    text = (
        "1-6月,某市固定资产投资500亿元,同比增长10%。"
        "工业和技改投资分别完成200亿元和80亿元,增速分别为20%和12%。"
    )
    items = {it.subject: it for it in items_of(text)}
    assert set(items) >= {"工业投资", "技改投资"}
    assert items["工业投资"].growth != items["技改投资"].growth


def test_an_excess_over_a_named_peer_is_no_level_of_its_own():
    # 超邻市1.21亿元 is a difference; the growth after it is the total's
    text = (
        "1-11月,全市固定资产投资1200亿元,总量居全省第6位,超邻市1.21亿元;同比增长15%。"
        "第一产业投资50亿元,同比增长20%;第二产业投资450亿元,同比增长25%;"
        "第三产业投资700亿元,同比增长9.32%。"
    )
    got = checked(text)
    assert got[("aggregate_growth", "15%")][0] == "reproduced"


def test_an_exhaustive_split_is_of_a_whole_it_does_not_exceed():
    # the nearest earlier amount (外源性投资8亿元) is another list; the three industries
    # make up the total printed before it
    text = (
        "一季度,全市固定资产投资110亿元,同比增长15%。内源性投资102亿元,增长19%。"
        "外源性投资8亿元,同比下降17%。\n"
        "从产业看,第一产业投资2亿元,增长40%;第二产业投资18亿元,下降8%;第三产业投资90亿元,增长20%。"
    )
    got = checked(text)
    assert got[("breakdown", "110亿元")] == ("reproduced", 110)


def test_shares_and_gaps_after_a_list_of_ordinals_are_the_named_items():
    # 一、三产业…分别: the items 第一产业投资 and 第三产业投资 printed before, not new ones
    text = (
        "1-6月,全市固定资产投资500亿元,同比增长10%。"
        "第一产业投资完成25亿元,同比增长20%;第三产业投资300亿元,同比增长12%。"
        "一、三产业占全部投资的比重分别为5.0%和60.0%,增速分别比全市固定资产投资增速高10和2个百分点。"
    )
    got = checked(text)
    assert got[("ratio", "5.0%")] == ("reproduced", 5)
    assert got[("ratio", "60.0%")] == ("reproduced", 60)
    assert got[("gap", "10")][0] == "reproduced"
    assert got[("gap", "2个百分点")][0] == "reproduced"


def test_a_run_after_fenbie_shares_its_first_figures_measure():
    parsed = parsed_of("工业和技改投资分别完成200亿元和80亿元,增速分别为20%和12%。")
    measures = [r.measure for r in parsed.readings]
    assert measures[0] == measures[1] and measures[2] == measures[3] == "增长"


def test_size_classes_after_qizhong_nest_and_the_next_list_keeps_its_own_whole():
    text = (
        "本次签约项目40个,总投资150亿元,其中10亿元以上项目5个、5亿元以上项目12个;"
        "开工项目20个,总投资60亿元,其中20亿元以上项目1个、10亿元以上项目3个。"
    )
    got = {
        (kind, tuple(sorted(figs))): status
        for kind, figs, status in (
            (st.kind, [p.figures[k].text for _, k in st.roles], v.status)
            for p in [propose(from_text(text), date="2021-05-20")]
            for st, v in zip(p.statements, p.verdicts)
        )
    }
    assert got[("subset", ("12个", "40个"))] == "reproduced"  # the lowest class within the list
    assert got[("subset", ("12个", "5个"))] == "reproduced"  # 10亿元以上 within 5亿元以上
    assert got[("subset", ("1个", "3个"))] == "reproduced"  # 20亿元以上 within 10亿元以上
    assert got[("subset", ("20个", "3个"))] == "reproduced"  # of the second list, not the first
    assert ("subset", ("40个", "5个")) not in got and ("subset", ("1个", "12个")) not in got


def test_a_years_investment_in_a_text_on_part_of_the_year_is_its_plan_and_twice_printed_counts_add_up():
    text = (
        "2021年,全市计划实施重点项目100个,年度投资200亿元,截至5月末,已开复工70个,"
        "开复工率70%;完成投资50亿元,完成年计划的25%。其中:60个续建项目50个复工,复工率83.3%,"
        "完成投资30亿元,完成年计划的30%;40个新建项目开工20个,开工率50%,完成投资20亿元,"
        "完成年计划的20%。"
    )
    got = checked(text)
    assert got[("share_of_plan", "25%")] == ("reproduced", 25)  # 50 of the year's 200
    # 60 + 40 projects (continuing and new ones make up the list: a breakdown by definition)
    assert got.get(("sum", "100个"), got.get(("breakdown", "100个"))) == ("reproduced", 100)
    assert got[("sum", "70个")] == ("reproduced", 70)  # 50 + 20 started


def test_a_total_naming_no_parts_sums_the_levels_its_sentence_printed_before_it():
    text = (
        "截至6月底,共有在建项目100个,其中:新建项目40个,到位资金10.5亿元,续建项目60个,"
        "到位资金20.2亿元,合计实现到位资金30.7亿元,同比增长12%。"
    )
    assert checked(text)[("breakdown", "30.7亿元")] == ("reproduced", pytest.approx(30.7))
    wrong = text.replace("30.7亿元", "31.7亿元")
    assert checked(wrong)[("breakdown", "31.7亿元")][0] == "inconsistent"


def test_a_hedge_on_zero_restates_nothing():
    checked("1%近0%")  # (a hedged 0 is no ratio's denominator)


def test_a_share_of_the_total_by_another_name_is_of_the_texts_total():
    text = (
        "本次共签约项目30个、投资额400亿元,涵盖多个领域。"
        "引进补链项目24个、投资额380亿元,分别占签约总量的80%和95%。"
    )
    got = checked(text)
    assert got[("ratio", "80%")] == ("reproduced", 80)
    assert got[("ratio", "95%")] == ("reproduced", 95)


def test_a_gap_to_a_whole_the_text_does_not_print_is_not_checked_on_the_part():
    text = "1-9月,全市工业固定资产投资增长17.8%,高于全市固定资产投资增速8.6个百分点。"
    assert ("gap", "8.6个百分点") not in checked(text)


def test_a_distance_to_the_schedule_by_any_name_and_in_percent():
    got = checked("1-6月,全市重点项目完成投资120亿元,占年计划的48.5%,低于均衡进度1.5个百分点。")
    assert got[("schedule", "1.5个百分点")][0] == "reproduced"  # 50 - 48.5
    got = checked(
        "1-10月,实际到位资金90亿元,完成全年目标任务的100.5%,超进度17.17%;"
        "其中省外资金60亿元,完成省下达目标任务的(40亿元)的150%,超进度66.67%。"
    )
    assert got[("schedule", "17.17%")][0] == "reproduced"  # 100.5 - 10/12
    assert got[("schedule", "66.67%")][0] == "reproduced"  # the share after the aside
    assert ("schedule", "1.5个百分点") not in checked(
        "1-6月,全市投资完成率48.5%,低于全省进度1.5个百分点。"
    )  # the province's progress, not the schedule


def test_a_share_change_through_growth_rates_when_the_whole_prints_no_level():
    text = (
        "1-2月,全市固定资产投资同比增长20%。基础设施投资完成40亿元,同比增长60%,"
        "占全市总投资额的比重为16%,占比较去年同期提升4个百分点。"
    )
    assert checked(text)[("share_shift", "4个百分点")] == ("reproduced", pytest.approx(4))


def test_a_stage_named_before_the_projects_it_counts_lies_within_the_list():
    got = checked("截至8月底,合计应开工项目186个,累计有168个项目已开工建设。")
    assert got[("subset", "186个")][0] == "reproduced"  # 168 of the 186 due
    got = checked("全市安排重点项目100个。目前,已开工建设项目94个,完成投资41亿元。")
    assert got[("subset", "100个")][0] == "reproduced"
    # projects in a state are no list of those in another: 13 started are not of the 19 built
    got = checked("19个项目已建成投产,13个项目已经开工建设,33个项目正在推进。")
    assert ("subset", "19个") not in got


def test_shares_after_fenbie_each_naming_its_own_whole():
    text = (
        "共签约项目120个,总投资1000亿元。从产业类别看,工业项目90个,投资总额700亿元,"
        "分别占项目总数的75%和总投资额的70%。"
    )
    got = checked(text)
    assert got[("ratio", "75%")] == ("reproduced", 75)  # 90 of 120
    assert got[("ratio", "70%")] == ("reproduced", 70)  # 700 of 1000


def test_retail_sales_by_type_of_consumption_make_up_the_total():
    # goods and catering are the whole by definition: no heading needed (按消费类型分)
    text = (
        "1-8月,全市社会消费品零售总额500亿元,同比增长5%。商品零售450亿元,增长4%;"
        "餐饮收入50亿元,增长14.5%。"
    )
    got = checked(text)
    assert got[("breakdown", "500亿元")] == ("reproduced", 500)
    assert got[("aggregate_growth", "5%")][0] == "reproduced"


def test_a_breakdown_heading_on_a_line_of_its_own_heads_the_paragraphs_after_it():
    text = (
        "2021年,全盟计划实施重点项目20个,年度投资50亿元,截至5月末,已开复工15个;"
        "完成投资10亿元。\n——按行业分:\n\n"
        "工业项目12个,年度计划投资30亿元,开工9个,完成投资6亿元。\n\n"
        "基础设施项目8个,年度计划投资20亿元,开工6个,完成投资4亿元。\n"
    )
    got = checked(text)
    assert got[("sum", "20个")] == ("reproduced", 20)
    assert got[("sum", "10亿元")] == ("reproduced", 10)


def test_parts_listed_by_name_after_fenbie_add_up_and_their_rates_are_of_the_two_lists():
    text = (
        "1-6月份全市亿元以上新签约项目40个,分别为:甲县20个、乙县12个、丙区8个。\n"
        "1-6月份全市亿元以上新签约开工项目25个,分别为:甲县15个、乙县6个、丙区4个。"
        "各县区亿元以上新签约项目开工率分别为:甲县75%、乙县50%、丙区55%。"
    )
    got = checked(text)
    assert got[("sum", "40个")] == ("reproduced", 40)
    assert got[("sum", "25个")] == ("reproduced", 25)
    assert got[("ratio", "75%")] == ("reproduced", 75)  # 15 of 20
    assert got[("ratio", "50%")] == ("reproduced", 50)  # 6 of 12
    assert got[("ratio", "55%")][0] == "inconsistent"  # 4 of 8 is 50
    wrong = text.replace("丙区8个。", "丙区9个。")
    assert checked(wrong)[("sum", "40个")][0] == "inconsistent"


def test_a_share_of_plan_printed_before_its_amount():
    text = "全市共确定重点项目300个,年度计划完成投资400亿元,截止上半年已完成年度计划的50.5%,完成投资202亿元。"
    assert checked(text)[("share_of_plan", "50.5%")] == ("reproduced", pytest.approx(50.5))


def test_a_total_printed_after_the_exhaustive_parts():
    text = (
        "1-11月,全省第二产业完成投资3000亿元,增长10%。第三产业共完成投资6000亿元,同比增长20%。"
        "第一产业完成投资100亿元,同比增长30%。\n"
        "1-11月,全省全社会固定资产投资共完成投资9100亿元,同比增长16.6%。"
    )
    got = checked(text)
    assert got[("breakdown", "9100亿元")] == ("reproduced", 9100)
    assert got[("aggregate_growth", "16.6%")][0] == "reproduced"


def test_a_gap_to_the_average_is_to_the_whole_the_part_is_one_of():
    text = (
        "上半年,全市规模以上工业增加值同比下降2.7%。从主要行业看,农副食品加工业下降61.1%。\n"
        "县域规上工业增加值同比下降62.2%,低于全市平均水平59.5个百分点。"
        "城区规上工业增加值同比增长37.3%,高于全市平均水平40.0个百分点。"
    )
    got = checked(text)
    assert got[("gap", "59.5个百分点")][0] == "reproduced"
    assert got[("gap", "40.0个百分点")][0] == "reproduced"


def test_a_part_repeated_in_the_headline_is_no_whole_of_itself():
    text = (
        "全市1-7月工业投资同比增长21.5%,增速高于全市22.3个百分点\n"
        "1-7月,全市固定资产投资小幅下降。\n"
        "1-7月全市工业投资同比增长21.5%,增速高于全市22.3个百分点。"
    )
    assert all(status != "inconsistent" for (kind, _), (status, _) in checked(text).items())


def test_a_parts_change_is_no_part_of_the_wholes_change():
    text = "上半年,全省开复工建设项目2645个,比上年同期增加327个。其中新开工项目1822个,增加347个。"
    got = checked(text)
    assert got[("subset", "2645个")][0] == "reproduced"
    assert ("subset", "327个") not in got  # new starts may rise more than all projects


def test_a_sibling_of_the_whole_ends_its_qizhong_list():
    text = (
        "上半年,全省第一产业完成投资10亿元,增长25%;第二产业完成投资270亿元,增长23%,其中:"
        "工业投资完成260亿元,增长24%;第三产业完成投资280亿元,增长27%。\n"
        "上半年,地方项目完成投资400亿元,增长24%;中央项目完成投资160亿元,增长28%。"
    )
    got = checked(text)
    assert got[("subset", "270亿元")][0] == "reproduced"  # industry within the second
    assert all(status != "inconsistent" for status, _ in got.values())


def test_a_split_by_definition_is_of_the_level_it_adds_up_to_even_one_named_within():
    text = (
        "上半年全社会固定资产投资完成635.7亿元,增长25.5%。其中,城镇固定资产投资完成559.5亿元,"
        "增长25.1%;农村固定资产投资完成76.2亿元,增长28.7%。\n"
        "上半年,地方项目完成投资404.5亿元,增长23.9%;中央项目完成投资155.0亿元,增长28.3%。"
    )
    got = checked(text)
    assert got[("breakdown", "559.5亿元")] == ("reproduced", pytest.approx(559.5))
    assert got[("aggregate_growth", "25.1%")][0] == "reproduced"


def test_the_average_is_the_item_named_by_the_texts_own_place():
    text = (
        "一季度内蒙古完成工业固定资产投资366.96亿元\n一季度,内蒙古,同比增长9.84%。"
        "西部七盟市完成工业固定资产投资287.08亿元,同比增长10.23%,高于全区平均增速0.39个百分点;"
        "东部五盟市完成工业固定资产投资79.88亿元,同比增长8.46%,低于全区平均增速1.38个百分点。"
    )
    got = checked(text)
    assert got[("gap", "0.39个百分点")][0] == "reproduced"
    assert got[("gap", "1.38个百分点")][0] == "reproduced"


def test_a_share_of_plan_naming_the_plans_amount_inside_its_words():
    text = "1至10月,全市200个市级重点项目累计完成投资800亿元,占年度计划1000亿元的80%。"
    assert checked(text)[("share_of_plan", "80%")] == ("reproduced", pytest.approx(80))


def test_a_target_named_inside_the_shares_words_is_the_plan():
    text = "2023年,全市实际到位资金1064.66亿元,同比增长25.82%,完成市考任务1035亿元的102.87%。"
    assert checked(text)[("share_of_plan", "102.87%")][0] == "reproduced"


def test_averages_per_head_do_not_add_up():
    text = (
        "全县全体居民人均可支配收入7256元,增长5.8%。按常住地分,城镇常住居民人均可支配收入10063元,"
        "增长5.2%;农村常住居民人均可支配收入4974元,增长6.6%。"
    )
    assert all(kind not in ("sum", "subset", "breakdown") for kind, _ in checked(text))


def test_a_size_class_named_within_a_list_cuts_across_the_other_parts():
    text = (
        "三是亿元以上项目所占比重高。296个市重点项目中,亿元以上项目205个,占项目总数的69%;"
        "四是工业项目完成投资比例高,175个工业项目完成投资151.2亿元。"
    )
    got = checked(text)
    assert ("sum", "296个") not in got
    assert got[("subset", "296个")][0] == "reproduced"  # 205 of the 296


def test_qizhong_after_a_breakdowns_item_opens_parts_of_that_item():
    text = (
        "此次共签约项目120个,总投资1000亿元。\n"
        "从资金来源地看,来自长三角地区的项目30个,总投资400亿元;来自京津冀地区的项目20个,总投资100亿元。\n"
        "从产业类别看,120个新签约项目中,工业项目100个,投资总额800亿元,其中,战略性新兴产业项目50个,"
        "投资总额450亿元。"
    )
    got = checked(text)
    assert got[("subset", "100个")][0] == "reproduced"  # 50 of the 100 industrial projects
    assert got[("subset", "800亿元")][0] == "reproduced"
    assert all(status != "inconsistent" for status, _ in got.values())


def test_a_part_alone_larger_than_the_whole_is_no_part_of_it():
    text = (
        "一季度全区完成工业固定资产投资366.96亿元\n"
        "鄂尔多斯市完成投资额105.50亿元,占全区工业固定资产投资额的28.75%。\n"
        "从区域看,西部七盟市完成工业固定资产投资287.08亿元,同比增长10.23%;"
        "东部五盟市完成工业固定资产投资79.88亿元,同比增长8.46%。"
    )
    assert all(status != "inconsistent" for status, _ in checked(text).values())


def test_a_share_of_the_regions_whole_is_not_of_a_group_of_places_within_it():
    text = (
        "一季度,内蒙古,同比增长9.84%,占全区全社会固定资产投资的56.20%,比去年同期回落2.52个百分点。\n"
        "西部七盟市完成工业固定资产投资287.08亿元,同比增长10.23%。"
    )
    assert ("share_shift", "2.52个百分点") not in checked(text)  # the region's total is not printed


def test_a_rate_the_headline_prints_again_is_checked_as_the_bodys():
    text = (
        "某市新闻 > 正文\n\n上半年某市重点项目新项目开工率达70%\n\n"
        "今年上半年,全市177个计划新开工项目已开工124个,开工率达到70%。"
    )
    p = propose(from_text(text), date="2021-07-24")
    headline = next(k for k, f in enumerate(p.figures) if f.text == "70%")
    checks = [
        (st.kind, v.status) for st, v in zip(p.statements, p.verdicts) if st.tested == headline
    ]
    assert checks == [("ratio", "reproduced")]


def test_continuing_and_new_projects_make_up_their_list():
    text = (
        "1至10月,全市222个市级重点项目累计完成投资812.3亿元。\n"
        "据悉,1至10月,106个续建项目完成投资488.5亿元,占年度计划的94.1%;116个新建项目完成投资"
        "323.8亿元,占年度计划的87.6%。"
    )
    assert checked(text)[("breakdown", "812.3亿元")] == ("reproduced", pytest.approx(812.3))


def test_size_classes_printed_in_different_units_nest_by_amount():
    # 5000万元以上 holds 10亿元以上, whatever the order and the units
    text = "全市重点项目100个,其中5000万元以上项目30个、10亿元以上项目20个。"
    got = checked(text)
    assert all(status != "inconsistent" for status, _ in got.values())


def test_a_total_naming_no_parts_sums_only_its_own_measure():
    text = "新开工项目30个,总投资200亿元,续建项目70个,总投资300亿元,共完成投资150亿元。"
    assert ("breakdown", "150亿元") not in checked(text)


def test_a_level_after_chao_and_a_size_class_still_opens_an_item():
    items = {it.subject: it for it in items_of("签约项目100个,其中,超亿元项目60个,占60%。")}
    assert any(it.level is not None and "超亿元项目" in s for s, it in items.items())


def test_qizhong_inside_a_dimensions_items_breaks_down_the_item_not_the_list():
    text = (
        "我市100个重点推进项目年度计划投资900亿元,前10月累计完成投资950亿元。\n"
        "按照行业划分,工业项目60个,年度计划投资500亿元,前10月累计完成投资520亿元,其中12个计划新开工"
        "项目已全部开工;服务业项目40个,年度计划投资400亿元,前10月累计完成投资430亿元,其中5个计划"
        "新开工项目已开工4个。"
    )
    got = checked(text)
    assert got[("sum", "900亿元")] == ("reproduced", pytest.approx(900))
    assert got[("sum", "950亿元")] == ("reproduced", pytest.approx(950))


def test_a_size_class_within_a_list_stands_apart_and_the_other_parts_add_up():
    text = "签约的100个项目中,亿元以上项目40个,工业项目60个,服务业项目40个,其他项目尚在洽谈。"
    got = checked(text)
    assert got[("sum", "100个")] == ("reproduced", 100)  # 60 + 40, the size class apart


def test_a_size_class_named_without_a_numeral_nests_with_the_others():
    text = "从投资规模看:亿元以上项目700个,总投资4400亿元;10亿元以上项目80个,总投资2900亿元。"
    got = checked(text)
    assert got[("subset", "700个")][0] == "reproduced"  # 80 of 10亿元 and above within them


def test_items_listed_beside_the_wholes_own_part_are_never_found_inconsistent():
    text = "一季度,猪牛羊禽肉产量2.6万吨,增长13.3%。其中,猪肉产量1.8万吨;牛奶产量2万吨;禽蛋产量3.6万吨。"
    assert all(status != "inconsistent" for status, _ in checked(text).values())


def test_parts_named_within_a_subject_add_up_to_its_count_and_to_its_amount():
    # "A中," names a subject, not one figure: the five counts add up to A's 36 projects,
    # the five amounts to A's 65.9亿元, although the count and the amount of each part share
    # a clause
    got = checked(
        "1-5月,全市36个省级重点项目开工率100%;完成投资65.9亿元,占年度计划的40.4%。"
        "在全市的省级重点项目中,15个先进制造业项目完成投资33.1亿元;7个现代服务业项目完成投资"
        "7.5亿元;7个重大基础设施项目完成投资18.1亿元;5个生态类项目完成投资5.8亿元;"
        "2个民生类项目完成投资1.4亿元。"
    )
    assert got[("sum", "36个")][0] == "reproduced"
    assert got[("sum", "65.9亿元")][0] == "reproduced"


def test_rounds_of_one_classification_pair_counts_with_counts_and_amounts_with_amounts():
    # continuing and new projects, twice: each round's amounts add up to their own total
    got = checked(
        "1至10月,全市222个市级重点项目累计完成投资812.3亿元。"
        "106个续建项目完成投资488.5亿元;116个新建项目完成投资323.8亿元。"
        "73个市重点推进项目完成投资352.6亿元。其中,续建项目完成投资253.2亿元;"
        "新建项目完成投资99.4亿元。"
    )
    assert got[("breakdown", "812.3亿元")][0] == "reproduced"
    assert got[("breakdown", "352.6亿元")][0] == "reproduced"


def test_an_average_and_a_share_of_funds_are_no_parts_of_a_count():
    p = propose(
        from_text(
            "174个计划新开工项目中93个项目顺利开工,占计划开工项目总数的53.4%,"
            "平均每两天就有1个项目开工建设。全区14个地州市中,以上4个地州市占全区到位资金的"
            "60.41%。全区落实招商引资项目5423个,到位资金8428.53亿元。"
        ),
        date="2021-05-20",
    )
    texts = [{p.figures[k].text for _, k in st.roles} for st in p.statements]
    assert not any("1个" in t for t in texts)  # an average per two days, no part
    assert not any({"4个", "60.41%"} <= t for t in texts)  # the funds' share, not the count's


def test_items_glued_by_a_lost_separator_are_still_the_items_of_a_breakdown():
    # (…占年计划的86.5%95个续建项目: the separator between two items lost in scraping)
    got = checked(
        "1-8月,全市300个重点建设项目,累计完成投资650亿元,占年计划的64.3%按进度划分,"
        "95个竣工项目,完成投资189.2亿元,占年计划的86.5%95个续建项目,完成投资300.4亿元,"
        "占年计划的64.3%110个新开工项目,完成投资160.4亿元,占年计划的49.2%"
    )
    assert got[("sum", "300个")][0] == "reproduced"
    assert got[("sum", "650亿元")][0] == "reproduced"


def test_value_added_is_no_part_of_output_in_a_qizhong_list():
    p = propose(
        from_text(
            "上半年,全市完成工业总产值103.8亿元,同比增长15%,其中规模以上工业总产值95.4亿元,"
            "增长16.6%;实现工业增加值40.6亿元,占GDP的27.3%。"
        ),
        date="2021-07-20",
    )
    for st, v in zip(p.statements, p.verdicts):
        texts = {p.figures[k].text for _, k in st.roles}
        assert not {"95.4亿元", "40.6亿元"} <= texts, (st.kind, v.status)


def test_a_gap_printed_as_lower_than_with_bi_has_its_sign():
    got = checked(
        "上半年,全市固定资产投资4531.16亿元,同比增长21.3%。一小时经济圈完成投资3277.44亿元,"
        "同比增长18.7%,比全市投资增速低2.6个百分点。"
    )
    assert got[("gap", "2.6个百分点")][0] == "reproduced"


def test_shares_after_fenbie_of_wholes_named_together_go_in_order():
    got = checked(
        "一季度,全州亿元以上新开工项目共有57个,总投资254.14亿元。三大战略行动方面共投入项目"
        "30个,总投资126.93亿元,分别占开工项目数和总投资的52.63%和49.94%。"
    )
    assert got[("ratio", "52.63%")] == ("reproduced", pytest.approx(52.63, abs=0.01))
    assert got[("ratio", "49.94%")][0] == "reproduced"


def test_a_collective_names_the_parts_its_fenbie_figures_are_of():
    # 三次产业 names 第一、第二、第三产业: their contribution rates add up to 100, each pull is
    # the growth of GDP (地区生产总值, by another name) times the contribution, and the
    # pulls add up to that growth
    got = checked(
        "上半年,全市完成地区生产总值148.9亿元,同比增长12.3%。其中:第一产业增加值12.3亿元,"
        "增长8.8%;第二产业增加值61.9亿元,增长12.6%;第三产业增加值74.7亿元,增长12.7%。"
        "三次产业对经济增长的贡献率分别为6%、41.4%、52.6%,分别拉动GDP增长0.7个、5.1个、"
        "6.5个百分点。"
    )
    assert got[("pull", "0.7个")][0] == "reproduced"
    assert got[("pull", "5.1个")][0] == "reproduced"
    assert got[("breakdown", "12.3%")][0] == "reproduced"  # 0.7 + 5.1 + 6.5


def test_a_bare_share_in_a_qizhong_list_is_of_the_whole_it_opened():
    got = checked(
        "上半年,全市完成农林牧渔业总产值22.3亿元,同比增长11%。其中:农业产值11.4亿元,"
        "占51.1%;林业产值1.3亿元,占5.8%。"
    )
    assert got[("ratio", "51.1%")][0] == "reproduced"
    assert got[("ratio", "5.8%")][0] == "reproduced"


def test_a_share_change_is_not_rebuilt_from_real_growth():
    # value added grows at constant prices, its shares are at current ones
    p = propose(
        from_text(
            "一季度,全市地区生产总值242.0亿元,同比增长5.5%。制造业增加值同比增长7.6%,"
            "占GDP的比重为13.6%,占比上升2.5个百分点。"
        ),
        date="2025-04-20",
    )
    assert not [st for st in p.statements if st.kind == "share_shift"]


def test_a_counts_change_is_checked_against_the_growth_printed_after_it():
    got = checked("上半年,全市新开工项目个数为6687个,比上年同期增加1890个,同比增长36.1%。")
    # 6687 − 6687 / 1.361 = 1773.7 more than a year earlier, not 1890 (1890 / 4797 = 39.4%)
    assert got[("change", "36.1%")] == ("inconsistent", pytest.approx(1773.7, abs=0.05))


def test_a_hedged_headline_or_bare_clause_is_checked_against_the_exact_level():
    # the headline's 近150亿元 restates the lead's exact total; 超过1500亿元 the 达到… after it
    got = checked(
        "东博会开幕 某市签约总额近150亿元\n"
        "9月24日,某市代表团参加签约仪式,5亿元以上签约项目共有16个,签约总额149.9亿元。"
        "前三季度,毕节超过1500亿元,达到1585.86亿元。"
    )
    assert got[("hedged", "近150亿元")][0] == "reproduced"
    assert got[("hedged", "超过1500亿元")][0] == "reproduced"


def test_manufacturing_lies_within_the_secondary_industry_by_definition():
    got = checked(
        "1-11月,全省第二产业完成投资3773.52亿元,增长12.3%。"
        "1-11月,全省制造业完成投资2621.74亿元,同比下降0.8%。"
    )
    assert got[("subset", "3773.52亿元")][0] == "reproduced"


def test_an_aside_in_a_breakdowns_item_is_no_column_of_it():
    # (148个市本级项目(含7个区): the aside's 7 is no figure of the row)
    got = checked(
        "1-8月,全市300个重点建设项目,累计完成投资650亿元,占年计划的64.3%。按属地划分,"
        "148个市本级项目(含7个区),完成投资388.2亿元,占年计划的61%;152个县市项目,"
        "完成投资261.8亿元,占年计划的70%。"
    )
    assert got[("sum", "300个")][0] == "reproduced"
    assert got[("sum", "64.3%")][0] == "reproduced"  # 650 / (388.2/0.61 + 261.8/0.70)


def test_a_breakdowns_whole_is_the_list_not_the_stage_it_reached():
    # the rows' counts add up to at most the 100 projects, not to the 73 started; their
    # started ones to at most the 73
    got = checked(
        "2021年,全盟计划实施重点建设项目100个,年度投资195亿元,截至5月末,已开复工73个,"
        "开复工率73%;完成投资30.5亿元,完成年计划的15.6%。\n"
        "——按属地分:\n"
        "盟直部门17个,年度计划投资23.4亿元,开工12个,开工率71%,完成投资4.1亿元;\n"
        "阿左旗21个,年度计划投资58.3亿元,开工12个,开工率57%,完成投资3.8亿元;\n"
        "阿右旗7个,年度计划投资20.5亿元,开工5个,开工率71%,完成投资2.2亿元;\n"
        "额济纳旗13个,年度计划投资17.8亿元,开工10个,开工率77%,完成投资2.5亿元;\n"
        "高新区18个,年度计划投资46.2亿元,开工15个,开工率83%,完成投资13.3亿元。"
    )
    assert got[("sum", "100个")] == ("reproduced", 76.0)  # of the 100: the list is cut
    assert got[("sum", "73个")] == ("reproduced", 54.0)


def test_projects_given_as_examples_make_up_no_plan_of_the_list():
    got = checked(
        "222个产业项目完成投资449.6亿元,占年计划的73.8%。其中,某某技改工程完成投资8亿元,"
        "占年计划的100%;某某新能源完成投资1.2亿元,占年计划的117%。"
    )
    assert got.get(("sum", "73.8%"), ("none",))[0] != "inconsistent"


def test_a_structure_of_another_period_is_not_held_to_this_periods_levels():
    got = checked(
        "上半年,全市固定资产投资4531.16亿元。全市第一、第二、第三产业分别完成投资189.96亿元、"
        "1426.02亿元、2915.18亿元。全市三次产业投资的比例为4.2:31.5:64.3,与2012年全年三次产业"
        "投资的占比结构3.9:32.8:63.3相比,产业结构较为稳定。"
    )
    assert got[("ratio", "4.2")][0] == "reproduced"
    assert ("ratio", "3.9") not in got


def test_no_share_of_plan_is_rebuilt_from_parts_whose_plans_are_printed():
    # 253.2 / 266 is 95.2%, not the printed 94.8%: the part's own check says so, the whole's
    # share (352.6 / 398.2 = 88.5%) is not found wrong for it
    got = checked(
        "1至10月,73个市重点推进项目完成投资352.6亿元,占年度投资计划398.2亿元的88.6%。其中,"
        "续建项目完成投资253.2亿元,占年度计划266亿元的94.8%;新建项目完成投资99.4亿元,"
        "占年度计划132.2亿元的75.2%。"
    )
    assert got.get(("sum", "88.6%"), ("none",))[0] != "inconsistent"
    assert got[("share_of_plan", "94.8%")][0] == "inconsistent"


def test_a_breakdown_of_a_list_named_a_paragraph_back_sums_to_its_levels_there():
    # the list's plan and completed investment stand where it was first named; an item after
    # the full stop, built like the others, is the list's last; what 其中 opens inside an
    # item is no column
    got = checked(
        "某市100个重点推进项目总投资4223.87亿元,年度计划投资984.59亿元。前10月,累计完成投资"
        "1015.19亿元。\n"
        "据了解,我市100个重点推进项目中,按照行业划分,工业项目35个,年度计划投资440.07亿元,"
        "前10月累计完成投资469.13亿元,其中12个计划新开工项目已全部开工;服务业项目33个,"
        "年度计划投资246.35亿元,前10月累计完成投资265.03亿元;城市建设项目31个,年度计划投资"
        "291.52亿元,前10月累计完成投资274.88亿元。民生实事项目1个,年度计划投资6.65亿元,"
        "前10月累计完成投资6.15亿元。"
    )
    assert got[("sum", "100个")] == ("reproduced", 100.0)
    assert got[("sum", "984.59亿元")] == ("reproduced", pytest.approx(984.59))
    assert got[("sum", "1015.19亿元")] == ("reproduced", pytest.approx(1015.19))


def test_a_sentence_opened_by_a_clause_of_time_goes_on_with_the_item_it_names():
    # (三季度,第一产业对…的贡献率为6.6%: 三季度 names no subject; 第一产业 is the item's)
    got = checked(
        "前三季度,全县实现地区生产总值125.95亿元,同比增长3.6%。其中,第一产业完成增加值18.33亿元,"
        "同比增长2.2%;第二产业完成增加值53.78亿元,同比增长5.7%;第三产业完成增加值53.84亿元,"
        "同比增长1.9%。\n三季度,第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点;"
        "第二产业对全县地区生产总值的贡献率为70.4%,拉动GDP增长2.6个百分点;第三产业对全县地区"
        "生产总值的贡献率为23%,拉动GDP增长0.8个百分点。"
    )
    assert got[("pull", "0.2个百分点")][0] == "reproduced"  # 6.6% × 3.6
    assert got[("breakdown", "3.6%")][0] == "reproduced"  # 0.2 + 2.6 + 0.8


def test_the_pulls_of_industry_and_construction_add_up_to_the_secondary_industrys():
    # printed a paragraph apart, on the same whole by two names (地区生产总值, 经济)
    got = checked(
        "一季度,全市地区生产总值242.0亿元,同比增长5.5%。第一产业增加值27.5亿元,增长3.4%,"
        "上拉地区生产总值增速0.5个百分点;第二产业增加值75.4亿元,增长8.5%,上拉地区生产总值增速"
        "2.5个百分点;第三产业增加值139.1亿元,增长4.4%,上拉地区生产总值增速2.5个百分点。\n"
        "第二产业回升向好,工业增加值同比增长8.0%,拉动经济增长2.0个百分点。"
        "建筑业增加值同比增长10.8%,拉动经济增长0.5个百分点。"
    )
    assert got[("breakdown", "2.5个百分点")][0] == "reproduced"


def test_a_share_of_plan_finds_the_plan_of_the_list_its_paragraph_opened():
    # the list of 90 opens both passages; its plan (877) is printed a paragraph later, after
    # an enumeration of smaller lists (45、25、20)
    got = checked(
        "截至3月底,我区安排的90个重点建设项目,已有72个开工建设,开工率达80%。累计完成投资"
        "67.1亿元,完成年度投资计划的7.7%。\n今年,我区共安排重点建设项目90个,包括45个重大产业"
        "项目、25个重大基础设施项目、20个民生及社会事业项目。总投资3035亿元,当年计划投资877亿元。"
    )
    assert got[("share_of_plan", "7.7%")] == ("reproduced", pytest.approx(7.65, abs=0.01))


def test_the_projects_not_yet_started_are_the_rest_of_the_list():
    got = checked(
        "截止8月底合计应开工项目186个,累计有168个项目已开工建设,分别为:甲项目、乙项目等项目;"
        "有18个项目应开未开,分别为:丙项目等项目。"
    )
    assert got[("breakdown", "18个")][0] == "reproduced"  # 168 + 18 = 186
    assert got[("subset", "186个")][0] == "reproduced"  # 168 of the 186


@pytest.mark.parametrize(
    "text",
    [
        # another list after the full stop is no item of the one before (另外)
        "全市共有重点项目100个,总投资500亿元。其中,工业项目60个,总投资300亿元;服务业项目40个,"
        "总投资200亿元。另外,谋划储备项目30个,总投资150亿元。",
        # a count of projects that have not started something else, or of another list
        "全市计划新开工项目50个,已开工40个,另有5个项目未开展前期工作。",
        "全市计划新开工项目50个,已开工40个,其中,10个省重点项目中有2个未开工。",
        "今年计划竣工项目50个,已竣工40个,还有3个项目尚未开工。",
        # non-manufacturing is not manufacturing
        "1-4月,全市工业投资80亿元,增长10%;非制造业投资120亿元,增长5%。",
        # one whole named with 和, not two
        "全市工业和信息化项目共120个,总投资1000亿元,其中工业项目80个。新开工项目27个,"
        "总投资438.12亿元,分别占工业和信息化项目的22.5%和43.8%。",
        # total investment is not investment done
        "1-4月,全市50个省级重点项目完成投资30亿元。在省级重点项目中,15个工业项目总投资80亿元。",
        # three clusters of industries are not the three industries
        "上半年,全市地区生产总值148.9亿元,增长12.3%。第一产业增加值12.3亿元,增长8.8%;"
        "第二产业增加值61.9亿元,增长12.6%;第三产业增加值74.7亿元,增长12.7%。全市三大产业"
        "集群对经济增长的贡献率分别为20%、30%、10%。",
    ],
)
def test_readings_the_words_do_not_make_are_never_found_inconsistent(text):
    p = propose(from_text(text), date="2021-05-20")
    wrong = [
        (st.kind, [p.figures[k].text for _, k in st.roles])
        for st, v in zip(p.statements, p.verdicts)
        if v.status == "inconsistent"
    ]
    assert wrong == []


def test_an_amount_that_is_no_size_class_keeps_its_claims():
    # (超100亿元 supports projects: a hedged amount, not a class of projects)
    p = propose(from_text("1-4月,全市到位省外资金超100亿元支持重点项目建设,同比增长12%。"))
    kinds = {st.kind for st in p.statements}
    assert {"hedged", "growth"} <= kinds


def test_a_clause_of_time_with_digits_opens_no_subject():
    got = checked(
        "1-9月,全县实现地区生产总值125.95亿元,同比增长3.6%。其中,第一产业完成增加值18.33亿元,"
        "同比增长2.2%;第二产业完成增加值53.78亿元,同比增长5.7%;第三产业完成增加值53.84亿元,"
        "同比增长1.9%。\n1-9月,第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点;"
        "第二产业对全县地区生产总值的贡献率为70.4%,拉动GDP增长2.6个百分点;第三产业对全县地区"
        "生产总值的贡献率为23%,拉动GDP增长0.8个百分点。"
    )
    assert got[("pull", "0.2个百分点")][0] == "reproduced"


def test_a_count_of_something_new_is_no_change_of_the_count_before():
    p = propose(from_text("全市新开工项目35个,增加3000个就业岗位。"), date="2021-05-20")
    assert not [st for st in p.statements if st.kind == "change"]


def test_a_lists_share_of_plan_is_of_its_own_plan_not_its_last_parts():
    got = checked(
        "81个省管市列重大项目总投资596.64亿元,年度计划投资180.3亿元。其中续建项目48个,"
        "总投资364.97亿元,年度计划投资103.77亿元;计划新开工项目33个,总投资234.68亿元,"
        "年度计划投资76.53亿元。上半年预计完成投资89.63亿元,占年计划的49.71%。"
    )
    assert got[("share_of_plan", "49.71%")] == ("reproduced", pytest.approx(49.71, abs=0.01))


def test_a_lists_plan_printed_after_its_share_is_the_one_beside_its_count():
    got = checked(
        "截至6月底,132个重大建设项目完成投资133.61亿元,占年度计划的40.25%。\n今年我市共确定"
        "重大建设项目200个,其中:建设项目132个,总投资1308.61亿元,年度计划投资331.94亿元。"
        "在132个重大建设项目中,续建项目75个,总投资655.62亿元,年度计划投资178.52亿元。"
    )
    assert got[("share_of_plan", "40.25%")][0] == "reproduced"  # 133.61 / 331.94


def test_a_text_that_names_no_place_compares_with_no_province_of_its_own():
    # (全市 only: 高于全省 names a province the text does not name, never the text's own)
    p = propose(
        from_text("一季度,全市实现地区生产总值545.0亿元,同比增长10.2%,高于全省1.5个百分点。"),
        date="2014-04-20",
    )
    assert not [v for v in p.verdicts if v.status == "inconsistent"]


def subsets(text: str) -> dict[tuple[str, str], str]:
    """(part's text, whole's text) -> status, for every part-within-whole claim."""
    p = propose(from_text(text), date="2021-05-20")
    out = {}
    for st, v in zip(p.statements, p.verdicts):
        if st.kind == "subset":
            roles = dict(st.roles)
            out[(p.figures[roles["part"]].text, p.figures[roles["whole"]].text)] = v.status
    return out


def test_the_only_part_qizhong_opens_lies_within_its_whole():
    # each measure of the part (a count, then an amount) within the same measure of the
    # whole, beside the part's share of plan
    text = (
        "全市共实施招商引资项目600个,总投资2000亿元,实际到位资金900亿元,同比增长20.0%,"
        "完成年度任务1000亿元的90.0%。其中亿元以上项目300个,实际到位资金{}亿元,"
        "完成年度任务800亿元的{}%。"
    )
    got = subsets(text.format(700, 87.5))
    assert got[("700亿元", "900亿元")] == "reproduced"
    assert got[("300个", "600个")] == "reproduced"
    assert subsets(text.format(950, 118.75))[("950亿元", "900亿元")] == "inconsistent"


def test_a_part_qizhong_opens_in_one_item_of_a_list_ends_with_the_item():
    # (a guard: the item after the semicolon is a sibling of the 90, no part of it)
    got = subsets(
        "第一产业投资10亿元,增长5.0%;第二产业投资90亿元,增长12.0%,其中工业增长11.0%;"
        "第三产业投资100亿元,增长9.0%。"
    )
    assert ("100亿元", "90亿元") not in got


def test_a_list_qizhong_opens_after_a_stage_lies_within_the_list_not_the_stage():
    # (a guard: the grammar read it so before, the catalogue's relation must not differ)
    got = subsets(
        "截至10月底,300个省重大项目开工250个,完成投资900亿元,其中200个实施类项目开工198个,"
        "开工率99.0%,完成投资800亿元。"
    )
    assert got[("200个", "300个")] == "reproduced"
    assert ("200个", "250个") not in got


def test_all_of_a_list_named_after_its_part_is_the_whole_list():
    got = subsets(
        "上半年,全市开复工项目500个,比上年同期增加30个。其中新开工项目320个,增加25个。"
        "在全部施工项目中,亿元以上项目120个,增加7个。"
    )
    assert got[("120个", "500个")] == "reproduced"
    assert ("120个", "320个") not in got


def test_a_rate_the_body_prints_again_with_its_plan_is_checked_where_the_lead_prints_it():
    p = propose(
        from_text(
            "截至8月底,全省确定省市两级重点工程项目1500项,全省重点工程建设项目完成投资500亿元,"
            "完成率62.5%,高于去年同期3.6个百分点。\n"
            "8月份,第二批省级重点工程确定40项,其中建设项目30项,前期项目10项。\n"
            "截至8月底,全省共确定省市两级重点工程项目1500项。全省重点工程建设项目1000项,"
            "年度投资计划800亿元。\n"
            "截至8月底,全省重点工程建设项目完成投资500亿元,完成率62.5%。"
        ),
        date="2021-09-20",
    )
    rates = [
        (st.tested, v.status)
        for st, v in zip(p.statements, p.verdicts)
        if st.kind == "share_of_plan"
    ]
    # the lead's print and the body's, each checked against the plan (no unchecked copy)
    assert len({t for t, _ in rates if t is not None}) == 2
    assert {s for _, s in rates} == {"reproduced"}


def test_a_shares_whole_printed_inside_its_words_is_its_whole():
    got = checked("全市重点项目年度投资计划300亿元,占全市固定资产投资计划1200亿元的25.0%。")
    assert got[("ratio", "25.0%")] == ("reproduced", pytest.approx(25.0))
    got = checked("全市重点项目年度投资计划300亿元,占全市固定资产投资计划1200亿元的35.8%。")
    assert got[("ratio", "35.8%")][0] == "inconsistent"


def test_a_classifications_amounts_printed_after_its_counts_add_up_to_the_total_after_them():
    # (到位资金 names no industry: it is the amount of the list named before it; the total
    # printed after the parts is theirs, not the larger 签约金额 printed before)
    p = propose(
        from_text(
            "截至6月底,全市共签订招商引资项目300个,签约金额800.0亿元。共有在建项目400个,其中:"
            "新建项目150个,到位资金30.0亿元,续建项目250个,到位资金70.0亿元,合计实现到位资金"
            "100.0亿元。\n一是第一产业项目30个,到位资金5.0亿元;第二产业项目300个,到位资金80.0亿元,"
            "占总到位资金的80.0%;第三产业项目70个,到位资金15.0亿元。"
        ),
        date="2021-07-13",
    )
    claims = [
        (
            st.kind,
            p.figures[st.tested].text,
            frozenset(p.figures[k].text for _, k in st.roles),
            v.status,
        )
        for st, v in zip(p.statements, p.verdicts)
        if st.tested is not None
    ]
    sums = {c[2]: c[3] for c in claims if c[0] in ("sum", "breakdown") and c[1] == "100.0亿元"}
    assert sums[frozenset({"5.0亿元", "80.0亿元", "15.0亿元", "100.0亿元"})] == "reproduced"
    assert sums[frozenset({"30.0亿元", "70.0亿元", "100.0亿元"})] == "reproduced"
    assert not [c for c in claims if "800.0亿元" in c[2] and c[0] != "ratio"]
    assert len(claims) == len(set(claims))  # each claim once


TWO_LISTS = (
    "截至6月底,100个重大建设项目完成投资80.0亿元,占年度计划的40.0%。\n"
    "今年我市共确定重大建设项目150个,其中:建设项目100个,总投资900.0亿元,年度计划投资200.0亿元;"
    "预备项目50个,估算总投资500.0亿元。在100个重大建设项目中,续建项目60个,总投资500.0亿元,"
    "完成投资55.0亿元;新开工项目40个,总投资400.0亿元,完成投资25.0亿元;50个预备项目有序推进。\n"
    "30个省管市列重大项目总投资800.0亿元。其中续建项目18个,总投资450.0亿元;新开工项目12个,"
    "总投资350.0亿元。\n"
    "20个省列重大项目总投资300.0亿元,年度计划投资60.0亿元。其中续建项目12个,总投资150.0亿元;"
    "新开工项目8个,总投资{}亿元。"
)


def test_a_list_printed_again_by_its_count_has_the_wholes_of_its_first_print():
    p = propose(from_text(TWO_LISTS.format(150.0)), date="2017-07-20")
    sums = {
        frozenset(p.figures[k].text for _, k in st.roles): v.status
        for st, v in zip(p.statements, p.verdicts)
        if st.kind in ("sum", "breakdown")
    }
    # the parts of 在100个重大建设项目中 against the levels printed with the first 100
    assert sums[frozenset({"60个", "40个", "100个"})] == "reproduced"  # not the 50 beside it
    assert sums[frozenset({"500.0亿元", "400.0亿元", "900.0亿元"})] == "reproduced"
    assert sums[frozenset({"55.0亿元", "25.0亿元", "80.0亿元"})] == "reproduced"


def test_a_list_whose_counts_add_up_holds_its_amounts_to_its_own_total():
    # 12 + 8 = 20: the list is the 20 projects', so 150 + 160 is held to their 300, not to the
    # larger total of a list named alike further up (省管市列重大项目…800.0亿元)
    p = propose(from_text(TWO_LISTS.format(160.0)), date="2017-07-20")
    got = [
        v.status
        for st, v in zip(p.statements, p.verdicts)
        if st.kind in ("sum", "breakdown")
        and {p.figures[k].text for _, k in st.roles} >= {"150.0亿元", "160.0亿元"}
    ]
    assert got == ["inconsistent"]


def test_a_share_of_a_list_of_planned_projects_is_a_ratio_of_counts_not_progress_on_a_plan():
    got = checked(
        "上半年,200个计划新开工项目中120个项目顺利开工,占计划开工项目总数的60.0%,"
        "累计完成投资300亿元。"
    )
    assert got[("ratio", "60.0%")] == ("reproduced", pytest.approx(60.0))


def test_a_change_of_a_pull_is_no_pull():
    p = propose(
        from_text(
            "1~9月全省固定资产投资10000亿元,同比增长8.0%。战略性新兴产业投资1500亿元,同比增长"
            "28%,占全省投资的15.0%,对投资的拉动率比上年同期提高1.2个百分点。"
        ),
        date="2015-10-20",
    )
    assert not [st for st in p.statements if st.kind == "pull"]


def test_a_rate_printed_with_a_minus_sign_after_falls_keeps_one_sign():
    # (the words say 下降 and the figures print the sign: the rates are falls, once)
    p = propose(
        from_text(
            "上半年,全市规上工业增加值同比下降2.7%。县域规上工业增加值增速为-62.2%,低于全市平均水平59.5个百分点。"
        ),
        date="2021-07-20",
    )
    got = {
        p.figures[st.tested].text: v.status
        for st, v in zip(p.statements, p.verdicts)
        if st.kind == "gap" and st.tested is not None
    }
    assert got["59.5个百分点"] == "reproduced"


def test_a_lists_plan_is_found_across_the_semicolons_of_its_breakdown():
    # the sentence after the breakdown opens with no count of its own: the list is the one
    # its sentence before opened, counted to the full stop, not its last ;-separated part
    got = checked(
        "2015年我市重点调度150个重点建设项目,总投资1500.0亿元,年度计划投资200.0亿元,其中:"
        "续建项目100个,总投资1000.0亿元,计划投资150.0亿元;;新开工项目40个,总投资400.0亿元,"
        "计划投资50.0亿元;前期项目10个,总投资100.0亿元。1-4月份重点调度项目累计完成投资"
        "50.0亿元,占年度投资计划比例的25.0%。"
    )
    assert got[("share_of_plan", "25.0%")] == ("reproduced", pytest.approx(25.0))


def test_a_whole_keeps_the_sum_of_its_parts_beside_a_part_named_within_it():
    p = propose(
        from_text(
            "1至11月份,全市新开工项目100个,已完成投资50.0亿元。按产业分,一产新开工项目5个,"
            "完成投资2.0亿元;二产项目80个,已完成投资40.0亿元;三产项目15个,已完成投资8.0亿元。"
            "此外,新开工项目中已竣工投产1000万元以上项目30个。"
        ),
        date="2013-12-10",
    )
    claims = {
        (st.kind, frozenset(p.figures[k].text for _, k in st.roles)): v.status
        for st, v in zip(p.statements, p.verdicts)
    }
    # (一产, 二产, 三产 are the three industries: a breakdown by definition)
    assert claims[("breakdown", frozenset({"5个", "80个", "15个", "100个"}))] == "reproduced"
    assert claims[("breakdown", frozenset({"2.0亿元", "40.0亿元", "8.0亿元", "50.0亿元"}))] == (
        "reproduced"
    )
    assert claims[("subset", frozenset({"30个", "100个"}))] == "reproduced"


def test_the_bound_of_a_range_is_no_level():
    p = propose(
        from_text(
            "全市新开工项目134个。按产业分,一产新开工项目7个,完成投资3.5亿元;二产项目108个;"
            "三产项目19个。\n开发区、新区分别新开工建设亿元以上项目15个、6个。"
            "此外,三垛镇、甘垛镇均有1至2个新开工亿元以上项目。"
        ),
        date="2013-12-10",
    )
    assert not [st for st in p.statements if any(p.figures[k].text == "2个" for _, k in st.roles)]


def test_a_part_of_the_three_industries_is_never_taken_for_the_total_the_text_omits():
    p = propose(
        from_text(
            "全市第一产业累计完成投资1.0亿元,增长28.2%,占全市投资比重为2.0%,同比提高0.3个百分点;"
            "第二产业累计完成投资19.0亿元,增长10.5%,占全市投资比重为38.0%,同比提高1.4个百分点;"
            "第三产业累计完成投资30.0亿元,增长3.5%,占全市投资比重为60.0%,同比下降1.3个百分点。"
        ),
        date="2016-03-19",
    )
    first = next(k for k, f in enumerate(p.figures) if f.text == "1.0亿元")
    assert not [
        st for st in p.statements if st.kind == "share_shift" and ("whole", first) in st.roles
    ]


def test_an_average_per_project_is_the_lists_amount_over_its_count():
    text = (
        "此次集中签约40个项目,总投资80.0亿美元,拟利用外资6.6亿美元。\n"
        "从签约形式看,合同项目25个,计划投资50.0亿美元;意向项目15个,计划投资30.0亿美元。\n"
        "从投资规模看,项目平均计划投资{}亿美元。"
    )
    assert checked(text.format("2.00"))[("ratio", "2.00亿美元")][0] == "reproduced"
    assert checked(text.format("2.50"))[("ratio", "2.50亿美元")][0] == "inconsistent"


def test_the_levels_an_aside_lists_after_a_level_are_its_parts():
    p = propose(
        from_text(
            "全市共实施招商引资项目750个(新签约540个,续建210个),同比增长8.05%。竣工项目174个"
            "(含新开工并竣工项目79个);引进企业21家(任务数18家)。"
        ),
        date="2024-01-10",
    )
    claims = {
        (st.kind, frozenset(p.figures[k].text for _, k in st.roles)): v.status
        for st, v in zip(p.statements, p.verdicts)
    }
    assert claims[("sum", frozenset({"540个", "210个", "750个"}))] == "reproduced"
    assert claims[("subset", frozenset({"79个", "174个"}))] == "reproduced"
    assert not [c for c in claims if "18家" in c[1]]  # a target, no part


def test_a_share_whose_whole_is_named_right_before_it_is_of_that_whole():
    got = checked(
        "1-6月份,300个市重大产业项目已开工250个,完成投资800亿元,已达或超序时进度项目200个,"
        "占已开工项目数80.0%。"
    )
    assert got[("ratio", "80.0%")] == ("reproduced", pytest.approx(80.0))


def test_a_stage_within_its_list_stands_beside_the_lists_breakdown():
    got = subsets(
        "1-6月份,300个市重大产业项目已开工250个,完成投资800亿元。从建设性质看,100个结转项目"
        "完成投资400亿元;200个新列项目完成投资400亿元。"
    )
    assert got[("250个", "300个")] == "reproduced"


def test_a_hedged_average_is_held_to_the_range_its_hedge_states():
    text = "引进1亿元以上重大招商项目200个,合同区外投资额758亿元,项目平均投资规模超过{}亿元。"
    assert checked(text.format("3.5"))[("ratio", "超过3.5亿元")][0] == "reproduced"  # 3.79
    assert checked(text.format("4.0"))[("ratio", "超过4.0亿元")][0] == "inconsistent"


def test_a_second_qizhong_of_a_sentence_opens_the_parts_of_the_level_before_it():
    # (亿元以上项目 is a size class, not 以上项目 "the projects above"; 全区… after the first
    # 其中 returns to the whole)
    p = propose(
        from_text(
            "截至目前,全区新签约项目35个,合同总投资总额达168.96亿元,其中亿元以上项目12个,全区"
            "招商引资累计到位资金8.06亿元,新落地项目23个,其中亿元以上项目7个,列入市战略支撑项目"
            "2个。"
        ),
        date="2012-05-26",
    )
    wholes = {
        frozenset(p.figures[k].text for r, k in st.roles if r == "part"): p.figures[st.tested].text
        for st in p.statements
        if st.kind in ("sum", "subset") and st.tested is not None
    }
    assert wholes[frozenset({"7个", "2个"})] == "23个"
    assert wholes[frozenset({"12个"})] == "35个"
    assert frozenset({"8.06亿元"}) not in wholes


def test_a_classification_printed_as_shares_and_rates_gives_the_wholes_growth():
    # shares 2.0 / 80.0 / 18.0 with growth 50.0% / 30.0% / 2.0%: 100 / (2/1.5 + 80/1.3 +
    # 18/1.02) - 1 = 24.19%; the pulls 0.8 + 22.9 + 0.4 = 24.1, against 24.2 within rounding
    text = (
        "1—5月份,全市固定资产投资同比增长{}%。全市第一产业投资同比增长50.0%,拉动全部投资增长"
        "0.8个百分点,占全部投资的2.0%;第二产业投资同比增长30.0%,拉动全部投资增长22.9个百分点,"
        "占全部投资的80.0%;第三产业投资同比增长2.0%,拉动全部投资增长0.4个百分点,"
        "占全部投资的18.0%。"
    )
    got = checked(text.format("24.2"))
    assert got[("aggregate_growth", "24.2%")] == ("reproduced", pytest.approx(24.19, abs=0.01))
    assert got[("breakdown", "24.2%")][0] == "consistent_within_rounding"
    assert checked(text.format("27.3"))[("aggregate_growth", "27.3%")][0] == "inconsistent"


def test_the_changes_of_the_three_industries_shares_add_up_to_nothing():
    text = (
        "一季度,三次产业结构为11.4:31.2:57.5。与上年同期相比,第一、二产业占比均下降1.5个"
        "百分点,第三产业占比上升{}个百分点。"
    )
    assert checked(text.format("3.0"))[("breakdown", "3.0个百分点")][0] == "reproduced"
    assert checked(text.format("2.0"))[("breakdown", "2.0个百分点")][0] == "inconsistent"
    # (changes of growth rates are no shares' changes)
    p = propose(
        from_text(
            "第一产业投资增速比1-5月提高6.3个百分点,第三产业投资增速比1-5月提高3.5个百分点,"
            "第二产业投资增速比1-5月下降7.2个百分点。"
        ),
        date="2021-07-20",
    )
    assert not [st for st in p.statements if st.kind == "breakdown"]


def test_counts_of_one_list_compare_whether_printed_xiang_or_ge():
    # 项 and 个 count the same projects: 30 / 80 = 37.5%, 20 / 80 = 25.0%
    got = checked(
        "今年以来,全县签约产业项目80项,总投资达320亿元。其中先进制造业项目30个,占项目总数的"
        "37.5%。总投资5亿元以上项目20个,占比25.0%。"
    )
    assert got[("ratio", "37.5%")] == ("reproduced", pytest.approx(37.5))
    assert got[("ratio", "25.0%")] == ("reproduced", pytest.approx(25.0))


def test_a_list_after_a_stage_is_no_part_of_the_stage():
    # 其中 opens the lists of the 120 (a list reached no stage); the parts of a stage count
    # (已全面复工) are the stage's
    got = subsets(
        "全年安排重点项目120项,总投资600亿元。截至11月底,完成投资300亿元,18个项目实现投产。"
        "其中,30项省重点项目完成投资100亿元;90项市重点项目完成投资200亿元。"
    )
    assert ("30项", "18个") not in got
    got = subsets(
        "1-9月,200个重点项目累计开复工180个,开复工率90%。其中,100个续建项目已全面复工;"
        "100个新开项目已开工80个。"
    )
    assert got[("100个", "180个")] == "reproduced"


def test_a_stage_count_is_no_earlier_print_of_a_list_of_the_same_number():
    # the 40 started are not the 40 planned completions: 12 of those lies within 40项
    p = propose(
        from_text(
            "60项计划新开工项目中,甲项目、乙项目等40个项目开工建设,开工率达到66.7%。40项计划"
            "竣工项目中,已有丙项目等12个项目竣工投产。"
        ),
        date="2013-08-10",
    )
    wholes = {
        (p.figures[k].text, p.figures[st.tested].text)
        for st in p.statements
        if st.kind in ("sum", "subset") and st.tested is not None
        for r, k in st.roles
        if r == "part"
    }
    assert ("12个", "40项") in wholes
    assert ("12个", "40个") not in wholes


def test_an_average_per_project_may_say_each_one_on_either_side_of_average():
    # 单体 ("each one") before or after 平均: 240 / 60 = 4.0
    for words in ("项目单体平均投资规模", "项目平均单体投资规模"):
        got = checked(f"全县签约项目60个,总投资240亿元,{words}达4.0亿元。")
        assert got[("ratio", "4.0亿元")] == ("reproduced", pytest.approx(4.0)), words


def test_a_count_then_its_list_after_a_comma_and_fen_bie():
    # entries set apart by semicolons when they say more than a name; each with its figure
    got = checked(
        "当天签约的3个项目,分别是:甲产业园项目,总投资7亿元;乙大厦项目,总投资3亿元;"
        "丙酒店项目,总投资1.2亿元。"
    )
    assert got[("listed", "3个")][0] == "reproduced"
    got = checked("从增速看,有4个县的增速超过全市平均水平,分别是甲县45.9%、乙县40.3%、丙县15.7%。")
    assert got[("listed", "4个")][0] == "inconsistent"
    # examples (等) and a breakdown by counts are no list of the count
    got = checked("累计有25个项目已开工建设,分别为:甲项目、乙项目、丙项目等项目。")
    assert ("listed", "25个") not in got
    got = checked("1-6月份共外出招商30批次,分别为:甲县12次、乙县10次、丙县8次。")
    assert ("listed", "30批次") not in got


def test_a_sentence_opening_with_a_pull_goes_on_with_the_subject_before_it():
    # the pull is the contribution times the whole's growth: 60.0% x 20.0 = 12.0 points
    text = (
        "全年工业投资同比增长20.0%。全年技改投资同比增长26.2%,对工业投资增长贡献率达到为60.0%。"
        "拉动工业投资增长{}个百分点。"
    )
    assert checked(text.format("12.0"))[("pull", "12.0个百分点")][0] == "reproduced"
    assert checked(text.format("15.0"))[("pull", "15.0个百分点")][0] == "inconsistent"


def test_a_gap_may_say_jiao_for_bi_and_a_change_of_the_rate_is_no_gap():
    # 较 X 增速高 N个百分点 is the gap to X's rate, like 比 X 高: 7.8 - 6.5 = 1.3 points
    text = "全县完成固定资产投资50.2亿元,同比增长6.5%。其中,工业投资同比增长7.8%,较全部投资增速高{}个百分点。"
    assert checked(text.format("1.3"))[("gap", "1.3个百分点")][0] == "reproduced"
    assert checked(text.format("2.3"))[("gap", "2.3个百分点")][0] == "inconsistent"
    # 较上年同期提高: how the rate itself moved, with no comparator printed
    got = checked("全县工业投资同比增长7.8%,较上年同期提高1.3个百分点。")
    assert ("gap", "1.3个百分点") not in got


def test_a_clause_naming_only_the_whole_contributed_to_goes_on_with_the_subject():
    # part 60 up 50% (from 40), whole 150 up 25% (from 120): 20 / 30 = 66.7% of the increase
    text = "全县工业投资150亿元,增长25.0%。其中制造业投资60亿元,增长50.0%;对工业投资增长的贡献率为{}%。"
    assert checked(text.format("66.7"))[("contribution", "66.7%")][0] == "reproduced"
    assert checked(text.format("76.7"))[("contribution", "76.7%")][0] == "inconsistent"


def test_fen_bie_over_two_wholes_gives_each_contribution_its_whole():
    # the contribution to 工业投资 is checked (66.7%); the total's growth is not printed, so
    # the one to 全县投资 is not computed from the part's share of 工业投资
    text = (
        "全县工业投资150亿元,占全县投资的比重为40.0%,增长25.0%。其中制造业投资60亿元,"
        "占工业投资的比重为40.0%,增长50.0%;对工业投资和全县投资增长的贡献率分别为66.7%、30.0%。"
    )
    got = checked(text)
    assert got[("contribution", "66.7%")][0] == "reproduced"
    assert ("contribution", "30.0%") not in got


def test_fen_bie_shares_go_to_the_levels_of_one_measure_printed_before_in_order():
    # 30 / 80 = 37.5% and 20 / 80 = 25.0%: each share of the one whole, its own level's
    text = "全市新签约项目80个。其中,工业项目30个、服务业项目20个,分别占项目总数的37.5%和{}%。"
    got = checked(text.format("25.0"))
    assert got[("ratio", "37.5%")] == ("reproduced", pytest.approx(37.5))
    assert got[("ratio", "25.0%")] == ("reproduced", pytest.approx(25.0))
    assert checked(text.format("27.5"))[("ratio", "27.5%")][0] == "inconsistent"


def test_a_share_of_the_total_count_takes_the_total_printed_first_not_its_nearer_part():
    # 80 / 100 = 80.0%; the part 县管在建项目90个 names the words more closely but is no total
    text = (
        "1-6月,100个在建市重点项目完成投资200亿元。分县域看:县管在建项目90个,完成投资180亿元。"
        "甲、乙等80个项目完成投资超序时进度,占在建项目总数{}%。"
    )
    assert checked(text.format("80.0"))[("ratio", "80.0%")] == ("reproduced", pytest.approx(80.0))


# --- a list of projects by stage with its preparatory projects; a month beside its months ---

STAGES = (
    "今年某市100个重大项目计划总投资500亿元,1~7月完成投资{total}亿元。"
    "60个续建项目全部开工建设;30个新建项目中,累计开工18个,另外12个项目未到开工期限;"
    "{prep}个预备项目均开展前期工作。\n"
    "7月,续建项目新增投资5.5亿元,1~7月累计完成投资26.8亿元,占年度投资计划的47.3%。"
    "新建项目新增投资1.2亿元,1~7月累计完成投资6.4亿元,占年度投资计划的31.7%。"
    "预备项目累计完成投资1.0亿元。"
)


def test_preparatory_projects_printed_beside_the_stages_join_their_breakdown():
    # 60 + 30 + 10 = 100 projects; 26.8 + 6.4 + 1.0 = 34.2亿元 (续建 + 新建 alone: 90, 33.2)
    got = checked(STAGES.format(total="34.2", prep="10"))
    assert got[("breakdown", "100个")] == ("reproduced", pytest.approx(100))
    assert got[("breakdown", "34.2亿元")] == ("reproduced", pytest.approx(34.2))
    # 60 + 30 + 8 = 98 against 100: the preparatory count is summed, and falls short
    assert checked(STAGES.format(total="34.2", prep="8"))[("breakdown", "100个")][0] == (
        "inconsistent"
    )


def test_a_scope_that_is_one_entry_of_a_semicolon_list_ends_with_its_entry():
    # 30个新建项目中: 18 started + 12 not yet due = 30; the next entry's count is not one
    got = checked(STAGES.format(total="34.2", prep="10"))
    assert got[("sum", "30个")] == ("reproduced", pytest.approx(30))


def test_a_month_and_its_months_to_date_are_read_apart():
    p = parsed_of(STAGES.format(total="34.2", prep="10"))
    period = {f.text: p.readings[k].period for k, f in enumerate(p.figs)}
    # 7月, opening a clause is July alone; 新增投资1.2亿元 before 1~7月累计 is July's too
    assert period["5.5亿元"] == period["1.2亿元"] == "M07-M07"
    assert period["26.8亿元"] == period["6.4亿元"] == "M01-M07"
    got = checked(STAGES.format(total="34.2", prep="10"))
    # July's level lies within January to July's of the same projects
    assert got[("subset", "26.8亿元")][0] == "reproduced"
    assert got[("subset", "6.4亿元")][0] == "reproduced"
    # July's 5.5 + 1.2 is no breakdown of the 34.2 of January to July
    assert not any("5.5亿元" in s for s in _summed(STAGES.format(total="34.2", prep="10")))


def _summed(text: str) -> list[set[str]]:
    """The figures of each breakdown the reader proposes, as printed."""
    p = propose(from_text(text), date="2021-05-20")
    return [
        {p.figures[k].text for _, k in st.roles} for st in p.statements if st.kind == "breakdown"
    ]


def test_shares_of_each_parts_own_plan_do_not_add_up_to_a_whole():
    # 47.3% and 31.7% are of the 续建 and 新建 projects' own plans, not shares of one whole
    assert not any("47.3%" in s for s in _summed(STAGES.format(total="34.2", prep="10")))


def test_a_share_of_the_whole_is_of_the_parts_own_months():
    # 48.2 / 109.5 = 44.0% (of June's 49.4 it would be 97.6%)
    text = (
        "上半年,全州完成固定资产投资109.5亿元,增长8.9%。6月份完成投资49.4亿元,增长27.3%。"
        "甲、乙等29个项目上半年完成投资48.2亿元,占全州投资比重{}%。"
    )
    assert checked(text.format("44"))[("ratio", "44%")][0] == "reproduced"
    assert checked(text.format("54"))[("ratio", "54%")][0] == "inconsistent"


def test_another_years_period_named_in_passing_is_no_figures_period():
    # 自去年上半年由正转负: the first quarter's figures stay the first quarter's
    text = (
        "一季度,全市固定资产投资完成177.4亿元。一季度,第一产业投资完成16.4亿元,增长11.7%;"
        "第二产业投资完成77.8亿元,增长6.2%,自去年上半年由正转负后首次实现正增长;"
        "第三产业投资完成83.2亿元,增长12.5%。"
    )
    p = parsed_of(text)
    assert {p.readings[k].period for k in range(len(p.figs))} == {"M01-M03"}
    assert checked(text)[("breakdown", "177.4亿元")][0] == "reproduced"


def test_a_share_after_a_list_of_levels_is_the_share_of_their_sum():
    # (106 + 95 + 45) / 291 = 84.5%: the first quarter's total, not January to May's 509
    text = (
        "1月至5月,全省重点项目累计完成投资509亿元。一季度,全省在建重点项目共完成投资291亿元。"
        "其中,工业、交通、能源项目分别完成投资106亿元、95亿元、45亿元,占全省重点项目投资总量的{}%。"
    )
    assert checked(text.format("85"))[("ratio", "85%")] == (
        "reproduced",
        pytest.approx(84.536, abs=1e-3),
    )
    assert checked(text.format("80"))[("ratio", "80%")][0] == "inconsistent"


def test_one_compared_with_the_whole_is_no_whole_for_another():
    # 工业投资 is itself compared with 全市: it is not the 全市 the other rate is compared with
    text = (
        "1-7月,全市工业投资同比增长21.5%,增速高于全市22.3个百分点。"
        "1-7月全市“四新”经济投资同比增长6%,增速高于全市6.8个百分点。"
    )
    assert ("gap", "6.8个百分点") not in checked(text)
    # (with 全市's own rate printed, both are read against it)
    got = checked("1-7月,全市固定资产投资同比下降0.8%。" + text)
    assert got[("gap", "6.8个百分点")][0] == "reproduced"
    assert got[("gap", "22.3个百分点")][0] == "reproduced"


def test_a_rate_changes_on_the_earlier_rate_printed_beside_it():
    # 5.9 − (−7.7) = 13.6; 5.9 − (−37.4) = 43.3; the bracketed rates are no growth of 20.5
    text = (
        "1-4月,全市基础设施投资完成20.5亿元,同比增长5.9%,增速较1-3月(-7.7%)提升13.6个百分点,"
        "较上年同期(-37.4%)提升{}个百分点。"
    )
    got = checked(text.format("43.3"))
    assert got[("gap", "13.6个百分点")] == ("reproduced", pytest.approx(13.6))
    assert got[("gap", "43.3个百分点")] == ("reproduced", pytest.approx(43.3))
    assert checked(text.format("30.4"))[("gap", "30.4个百分点")][0] == "inconsistent"
    p = propose(from_text(text.format("43.3")), date="2021-05-20")
    growths = [p.figures[k].text for st in p.statements for r, k in st.roles if r == "growth"]
    assert growths == ["5.9%"]


def test_a_fall_that_deepens_is_a_negative_change_and_a_minus_after_de_is_a_sign():
    # −30.5 − (−19.8) = −10.7: 降幅扩大 is a fall of the rate
    text = "1-4月,全市投资完成116.1亿元,同比下降30.5%,降幅较1-3月(-19.8%)扩大10.7个百分点。"
    assert checked(text)[("gap", "10.7个百分点")] == ("reproduced", pytest.approx(-10.7))
    # 较一季度的-7%: the minus after 的 is the rate's sign; 3.3 − (−7) = 10.3
    text = "全年,全市地区生产总值12408.7亿元,同比增长3.3%,增速较一季度的-7%回升了10.3个百分点。"
    assert checked(text)[("gap", "10.3个百分点")] == ("reproduced", pytest.approx(10.3))
    assert "-7%" in {f.text for f in parsed_of(text).figs}


# --- after a review of the change: where the mechanisms above must not reach ---


def _inconsistent(text: str) -> list[tuple[str, str]]:
    return [key for key, (status, _) in checked(text).items() if status == "inconsistent"]


def test_a_level_since_work_began_or_of_another_year_is_no_months_flow():
    for text in (
        "该项目总投资50亿元,自开工以来累计完成投资15亿元,1-7月累计完成投资6亿元。",
        "2020年全市完成固定资产投资1500亿元,今年1-7月累计完成投资900亿元,同比增长8%。",
        "全市重点项目开工以来累计完成投资1200亿元,其中1-7月累计完成投资300亿元。",
    ):
        assert _inconsistent(text) == [], text


def test_a_month_lies_within_the_months_to_date_of_its_own_subject_only():
    text = "6月份,全市民间投资完成30亿元,1-6月,全市基础设施投资完成25亿元。"
    assert ("subset", "25亿元") not in checked(text)


def test_a_preparatory_list_that_does_not_add_up_with_the_stages_stays_apart():
    # 60 + 40 = 100; the 30 preparatory projects are a list of their own (60 + 40 + 30 = 130)
    text = "今年全市谋划储备项目500个,安排市重点项目100个,其中续建项目60个、新建项目40个;预备项目30个。"
    assert checked(text)[("breakdown", "100个")][0] == "reproduced"
    assert _inconsistent(text) == []


def test_shares_given_each_level_in_turn_are_not_a_share_of_their_sum():
    text = (
        "全市重点项目完成投资300亿元,其中工业、交通项目分别完成投资120亿元、90亿元,"
        "分别占重点项目投资的40%、30%。"
    )
    assert _inconsistent(text) == []
    assert not any(len(s) > 3 for s in _ratios(text))


def _ratios(text: str) -> list[set[str]]:
    p = propose(from_text(text), date="2021-05-20")
    return [{p.figures[k].text for _, k in st.roles} for st in p.statements if st.kind == "ratio"]


def test_a_scope_in_a_semicolon_list_keeps_its_own_parts_separated_by_semicolons():
    text = "今年全市共实施重点项目100个,续建项目70个;新建项目30个中,工业项目12个;服务业项目10个;基础设施项目8个。"
    assert checked(text)[("sum", "30个")] == ("reproduced", pytest.approx(30))


def test_last_years_period_that_names_its_figure_stays_that_figures():
    text = "1-7月,全市固定资产投资完成120亿元,增长12%。去年上半年,全市固定资产投资完成80亿元。"
    p = parsed_of(text)
    assert {f.text: p.readings[k].period for k, f in enumerate(p.figs)}["80亿元"] == "M01-M06"


def test_shares_of_one_plan_by_industry_still_add_up_to_100():
    text = (
        "从产业看,第一产业项目占年度计划投资的10.5%,第二产业项目占年度计划投资的40.2%,"
        "第三产业项目占年度计划投资的49.3%。"
    )
    assert any("10.5%" in s for s in _summed(text))


def test_an_earlier_rate_after_de_with_a_comparative_is_the_base_of_the_gap():
    text = "1-4月,全市投资完成116.1亿元,同比增长9.8%,增速比一季度的8.2%高1.6个百分点。"
    assert checked(text)[("gap", "1.6个百分点")] == ("reproduced", pytest.approx(1.6))
    p = propose(from_text(text), date="2021-05-20")
    assert [p.figures[k].text for st in p.statements for r, k in st.roles if r == "growth"] == [
        "9.8%"
    ]


def _subsets(text: str) -> list[tuple[str, ...]]:
    """(part, …, whole) of each subset or sum the reader proposes."""
    p = propose(from_text(text), date="2021-05-20")
    return [
        tuple(p.figures[k].text for r, k in st.roles if r in ("part", "whole"))
        for st in p.statements
        if st.kind in ("subset", "sum")
    ]


def test_a_part_named_with_the_wholes_measure_lies_within_the_whole():
    # 工业 lies within 固定资产投资 by the lexicon; 工业固定资产投资 names it with the measure
    text = "1-6月,全市固定资产投资180.5亿元,同比下降12.3%。工业固定资产投资60.2亿元,同比下降8.1%。"
    assert ("60.2亿元", "180.5亿元") in _subsets(text)
    assert checked(text)[("subset", "180.5亿元")][0] == "reproduced"


def test_a_list_opened_by_qizhong_on_a_new_line_is_of_the_sentence_before():
    text = (
        "1-9月,全市重点项目完成投资640.5亿元,完成年度计划的71.2%。\n"
        "其中,205个续建项目完成投资512.3亿元,完成年度计划的80.1%,超过序时进度;"
        "96个新开工项目已开工61个,开工率63.5%。"
    )
    assert ("512.3亿元", "640.5亿元") in _subsets(text)


def test_the_amounts_of_size_classes_nest_as_their_counts_do():
    text = (
        "从投资规模看:亿元以上项目612个,总投资3810亿元;10亿元以上项目65个,总投资2410亿元;"
        "50亿元以上项目9个,总投资1230亿元。"
    )
    got = _subsets(text)
    assert ("65个", "612个") in got and ("9个", "65个") in got
    assert ("2410亿元", "3810亿元") in got and ("1230亿元", "2410亿元") in got


def test_a_class_named_without_a_numeral_after_other_words_holds_a_higher_class():
    text = "全年新建亿元以上项目385个、10亿元以上项目47个,在建项目900个。"
    assert ("47个", "385个") in _subsets(text)


def test_gaps_after_a_qizhong_list_of_levels_are_no_part_of_it():
    text = (
        "1-5月,全市重点项目累计完成投资480亿元,占年度计划的35.2%。"
        "其中,工业项目完成投资150亿元,占年度计划的41.2%;"
        "交通项目完成投资210亿元,占重点项目投资的43.8%;"
        "城建和服务业完成投资比例分别快于去年同期6.2和5.1个百分点。"
    )
    assert ("150亿元", "210亿元", "480亿元") in _subsets(text)


def _share_wholes(text: str, date: str = "2021-05-20") -> list[str]:
    """The wholes of the shares (ratio statements) the reader proposes, in order."""
    p = propose(from_text(text), date=date)
    return [
        p.figures[k].text
        for st in p.statements
        if st.kind == "ratio"
        for r, k in st.roles
        if r == "whole"
    ]


def test_a_share_of_a_lists_investment_in_the_same_period_is_of_its_completed_investment():
    text = (
        "2020年,某市“双百”项目共412项,总投资2650亿元,年度计划投资390.5亿元,"
        "实际完成投资365.2亿元。重点项目完成投资180.4亿元,完成年度计划的88.1%,"
        "占同期“双百”项目投资总量的49.4%。"
    )
    assert _share_wholes(text) == ["365.2亿元"]
    assert checked(text)[("ratio", "49.4%")][0] == "reproduced"


@pytest.mark.parametrize(
    "text",
    [
        # amounts of two measures (完成投资, 总投资) do not nest
        "亿元以上项目612个,完成投资1210亿元;10亿元以上项目65个,总投资2410亿元。",
        # classes of two stages, or by another measure, or of other things, do not nest
        "今年以来,全市新开工亿元以上项目85个、续建10亿元以上项目120个。",
        "全市10亿元以上项目160个,当年完成投资亿元以上的项目120个。",
        "全市在建10亿元以上项目36个,年产值亿元以上企业25个。",
        # last year's level, a target, another place's level and a change are no parts
        "1-6月,全市固定资产投资180.5亿元,同比增长5.2%。去年同期工业固定资产投资190.2亿元。",
        "1-6月,全市固定资产投资180.5亿元,同比增长5.2%。全年工业固定资产投资目标任务260亿元。",
        "1-6月,全市固定资产投资180.5亿元,同比增长5.2%。同期,全省工业固定资产投资3260.2亿元。",
        "1-6月,全市固定资产投资180.5亿元。工业固定资产投资同比增加30.5亿元。",
    ],
)
def test_levels_of_other_measures_stages_years_or_places_are_not_nested(text):
    assert not [c for c in _subsets(text) if len(c) == 2 and c[0] in ("2410亿元", "120个", "25个")]
    assert _inconsistent(text) == []


@pytest.mark.parametrize(
    "marker",
    ["其中,", "按项目建设性质分,", "从建设性质看,"],
)
def test_a_list_that_names_a_member_beside_an_exhaustive_pair_is_summed_whole(marker):
    # 续建 and 新建 make up a list by the lexicon, but this one names 完工 too: the three
    # add up to the whole; the pair alone is no "inconsistent" breakdown of it
    text = f"1-4月,全区实施招商项目85个。{marker}续建项目40个,新建项目27个,完工项目18个。"
    assert ("40个", "27个", "18个", "85个") in _subsets(text)
    assert _inconsistent(text) == []


def test_counts_of_places_and_parts_within_are_no_dimensions_list():
    for text in (
        "从区域看,甲、乙、丙3市项目已全部开工,丁、戊等4市新开工项目超过10个。全省新开工项目68个。",
        "全州项目35个。从行业看,在划分的17个领域中,有9个领域实现增长。",
    ):
        assert [s for s in _subsets(text) if len(s) > 2] == [], text


def test_a_part_that_names_no_measure_pulls_the_whole_the_text_is_about():
    # 制造业 prints only its growth: its pull is on the city's value added, the text's
    # total, not on 采矿业 (printed nearer, of no named measure either)
    text = (
        "上半年,全市规上工业增加值同比增长9.5%。分门类看,采矿业同比增长2.1%;"
        "制造业同比增长10.4%,对全市规上工业贡献率达90.2%,拉动全市工业增长8.6个百分点。"
    )
    status, value = checked(text)[("pull", "8.6个百分点")]
    assert status == "reproduced" and value == pytest.approx(0.902 * 9.5, abs=1e-3)


def test_a_lists_shares_of_one_whole_add_up_and_so_do_their_levels():
    # the whole is the 50.2亿元 of January-April, not April's 10.5亿元 printed after the list
    text = (
        "1至4月,全区实现到位资金50.2亿元,同比增长20%。其中,省外项目到位资金30.1亿元,"
        "占本年到位资金的59.96%;省内项目到位资金20.1亿元,占本年到位资金的40.04%。"
        "4月份实现到位资金10.5亿元。"
    )
    kinds = statuses(text)
    assert kinds[("breakdown", ("59.96%", "40.04%"))] == "reproduced"
    assert kinds[("sum", ("30.1亿元", "20.1亿元", "50.2亿元"))] == "reproduced"


def test_shares_of_another_measure_than_the_parts_levels_give_no_sum_of_levels():
    # each share is of the plan (计划投资), not of the 总投资 printed first in its item
    text = (
        "今年调度重点项目150个,总投资1500亿元,年度计划投资300亿元,其中:续建项目100个,"
        "总投资1000亿元,计划投资240亿元,占总计划投资的80%;新开工项目50个,总投资500亿元,"
        "计划投资60亿元,占总计划投资的20%。"
    )
    p = parsed_of(text)
    assert _levels_of_a_share_list(p, read_items(p)) == []
    assert _inconsistent(text) == []


def test_a_hedged_level_is_no_whole_of_a_share_that_names_none():
    # 321/800 = 40.1 but 800 is only a bound (突破800项): the list's 809 is the whole
    text = "今年全市重点项目809个。谋划项目首次突破800项。5亿元以上项目共321项,占比40.1%。"
    assert "突破800项" not in _share_wholes(text, date="2024-02-25")
    assert checked(text)[("ratio", "40.1%")][0] != "reproduced"


def test_parts_after_a_sentence_of_rates_lie_within_the_level_of_its_subject():
    # the sentence before 其中 prints only a rate of 固定资产投资; its level is a line up
    text = (
        "上半年,某县完成全社会固定资产投资180.25亿元,同比增长15.1%。\n"
        "某县上半年固定资产投资增速高于去年同期6.2个百分点,其中工业投资完成95.4亿元,"
        "同比增长18.2%;服务业投资完成80.1亿元,同比增长12.3%。"
    )
    assert ("95.4亿元", "80.1亿元", "180.25亿元") in _subsets(text)
    assert checked(text)[("sum", "180.25亿元")][0] == "reproduced"


@pytest.mark.parametrize(
    "text",
    [
        # those completed may lie within the continuing projects: the pair alone fits
        "今年全市安排重点项目200个。其中,续建项目120个,新建项目80个,当年竣工项目45个。",
        "今年全市安排重点项目200个。其中,续建项目120个;新建项目80个;竣工项目45个。",
        # a stage the row's projects reached, and a part within a row, begin no row
        "今年全市安排重点项目100个。按建设性质分,续建项目60个,已全部复工,新建项目40个,"
        "已开工28个,开工率70%。",
        "上半年,全市签约项目96个。从投资主体看,民营企业投资项目60个,国有企业投资项目30个,"
        "外资企业投资项目6个,其中世界500强企业投资项目2个。",
        # a whole of another month is no whole of the parts
        "5月份,全县完成固定资产投资18亿元,同比增长6%。1-5月,全县固定资产投资增速高于全市"
        "2.3个百分点,其中工业投资完成40亿元,同比增长12%;服务业投资完成35亿元,同比增长8%。",
        # a part that names no measure is of the measure of the item it follows, or the
        # measure the pull's words name
        "1-5月,全市规上工业增加值同比增长8.0%。全市工业投资同比增长20.0%,其中制造业增长25.0%,"
        "贡献率为80.0%,拉动全市工业增长16.0个百分点。",
        "1-5月,全市工业投资同比增长20.0%,规上工业增加值同比增长8.0%。分行业看,制造业增长"
        "25.0%,贡献率为80.0%,拉动全市工业投资增长16.0个百分点。",
    ],
)
def test_the_review_sentences_give_no_false_inconsistent(text):
    assert _inconsistent(text) == []


def test_a_sibling_the_words_name_is_the_whole_of_a_share():
    text = (
        "1-6月,全市固定资产投资200亿元,同比增长8%。其中,工业投资70亿元,同比增长15.2%;"
        "工业技改投资31.6亿元,占工业投资的45.1%。"
    )
    assert checked(text)[("ratio", "45.1%")][0] == "reproduced"


def test_an_approximate_level_may_be_the_whole_of_a_share_that_names_none():
    text = (
        "今年以来,全县共签约招商项目42个,协议总投资近150亿元。"
        "10亿元以上项目5个,协议投资90亿元,占比60.0%。"
    )
    assert checked(text)[("ratio", "60.0%")][0] == "reproduced"


def test_short_names_of_the_three_industries_are_their_parts():
    """一产/二产/三产 are the three industries: their levels make up the total and its
    growth is theirs aggregated, 100 / (4/1.1 + 46/1.25 + 50/1.165) − 1 = 19.97%."""
    text = (
        "1-5月,全市固定资产投资完成100亿元,同比增长20.0%。一产完成投资4亿元,同比增长10.0%。"
        "二产完成投资46亿元,同比增长25.0%。三产完成投资50亿元,同比增长16.5%。"
    )
    got = checked(text)
    status, value = got[("aggregate_growth", "20.0%")]
    assert value == pytest.approx(100 * (100 / (4 / 1.1 + 46 / 1.25 + 50 / 1.165) - 1), abs=1e-6)
    assert status == "reproduced"
    assert got[("breakdown", "100亿元")][0] == "reproduced"


def test_a_later_run_of_the_sentence_goes_on_with_the_names_fenbie_gave():
    """民间投资、产业投资分别增长…,占…比重达到60.0%、40.0%,分别比上年同期提高…: the shares and
    their rises are the two subjects' in order, and each rise is rebuilt from the growth
    rates: 60 − 60 × 1.10 / 1.20 = 5.0 and 40 − 40 × 1.10 / 1.15 = 1.74 points."""
    text = (
        "1-10月,全市固定资产投资同比增长10.0%。民间投资、产业投资分别增长20.0%、15.0%,"
        "占全部投资的比重达到60.0%、40.0%,分别比上年同期提高5.0、{}个百分点。"
    )
    got = checked(text.format("1.7"))
    assert got[("share_shift", "5.0")] == ("reproduced", pytest.approx(5.0))
    assert got[("share_shift", "1.7个百分点")] == (
        "reproduced",
        pytest.approx(40 - 40 * 1.1 / 1.15),
    )
    assert checked(text.format("2.7"))[("share_shift", "2.7个百分点")][0] == "inconsistent"
    # (高技术产业投资, printed before with a growth of its own, is not the 产业投资 named)
    before = "高技术产业投资同比增长41.5%,高于全部投资31.5个百分点。"
    got = checked(text.replace("。", "。" + before, 1).format("1.7"))
    assert got[("share_shift", "1.7个百分点")][0] == "reproduced"


def test_each_short_name_of_a_list_is_the_industry_it_names():
    """一产、二产、三产分别实现增加值…: three industries, whose levels make up GDP."""
    got = checked(
        "一季度,全市GDP实现200.0亿元,同比增长6.0%。一产、二产、三产分别实现增加值10.0亿元、"
        "80.0亿元和110.0亿元,分别增长3.0%、8.0%和5.0%。"
    )
    assert got[("breakdown", "200.0亿元")] == ("reproduced", pytest.approx(200.0))
    assert got[("aggregate_growth", "6.0%")] == (
        "consistent_if_truncated",
        pytest.approx(100 * (200 / (10 / 1.03 + 80 / 1.08 + 110 / 1.05) - 1)),
    )


def _ratio_inputs(text: str) -> dict[str, tuple[str, str, str]]:
    """stated rate -> (part, whole, status) of each ratio the proposal checks."""
    p = propose(from_text(text), date="2022-04-01")
    out = {}
    for st, v in zip(p.statements, p.verdicts):
        if st.kind == "ratio":
            roles = {r: p.figures[k].text for r, k in st.roles}
            out[roles["stated"]] = (roles["part"], roles["whole"], v.status)
    return out


def test_a_stage_rate_with_no_list_in_its_passage_is_of_the_list_counted_before():
    """已有54个项目开工建设,开工率45.0%: 54 of the 120 projects the text opened with; a class's
    started projects (10亿元以上项目20个,开工率50.0%) of the class's own count (40), and an
    aside's count (已有3个开工) is no part of a rate outside it."""
    text = (
        "全市省集中开工项目120个,计划总投资500亿元。其中,10亿元以上项目40个,1-10亿元项目80个。\n"
        "截至3月底,已有54个项目开工建设,开工率45.0%。其中,10亿元以上项目20个,开工率50.0%"
        "(其中省重大项目已有3个开工);1-10亿元项目34个,开工率{}%。"
    )
    got = _ratio_inputs(text.format("42.5"))
    assert got["45.0%"] == ("54个", "120个", "reproduced")
    assert got["50.0%"] == ("20个", "40个", "reproduced")
    assert got["42.5%"] == ("34个", "80个", "reproduced")
    assert _ratio_inputs(text.format("44.5"))["44.5%"] == ("34个", "80个", "inconsistent")


def test_contribution_rates_of_the_three_industries_named_short_add_up_to_100():
    """一、二、三产对GDP增长的贡献率分别为…: the parts before 对 are the three industries, whose
    contributions make up 100 (2 + 53 + 45); what follows 对 is the whole."""
    text = (
        "上半年,全市地区生产总值1000.0亿元,同比增长5.0%。其中,第一产业增加值50.0亿元,增长2.0%;"
        "第二产业增加值450.0亿元,增长6.0%;第三产业增加值500.0亿元,增长4.5%。"
        "一、二、三产对GDP增长的贡献率分别为2.0%、{}%和45.0%。"
    )
    assert statuses(text.format("53.0"))[("breakdown", ("2.0%", "53.0%", "45.0%"))] == "reproduced"
    assert statuses(text.format("55.0"))[("breakdown", ("2.0%", "55.0%", "45.0%"))] == (
        "inconsistent"
    )


def test_a_list_that_begins_with_a_section_is_no_part_of_a_classification():
    """制造业、基础设施和房地产开发等三大行业: a list whose first name is a section of industry
    is still the whole "三大行业中," names."""
    got = statuses(
        "前8个月,全市制造业、基础设施和房地产开发等三大行业完成投资240.0亿元,同比增长17.7%。"
        "三大行业中,制造业完成投资110.0亿元,同比增长19%。"
    )
    assert got[("subset", ("110.0亿元", "240.0亿元"))] == "reproduced"


@pytest.mark.parametrize(
    "text",
    [
        # a rise of the growth rates after a run of shares is no change of the shares
        "1-10月,全市固定资产投资同比增长10.0%。民间投资、产业投资分别增长20.0%、15.0%,"
        "占全部投资的比重为60.0%、40.0%,增速分别比上年同期提高3.0、2.0个百分点。",
        # a run with a subject of its own (其中亿元以上项目) does not go on with the names
        "全市新开工项目、续建项目分别为50个、80个,完成投资60.0亿元、90.0亿元,"
        "其中亿元以上项目完成投资45.0亿元、72.0亿元,占比75.0%、80.0%。",
        # the two parts of the secondary industry hold shares of all investment
        "1-6月,全市固定资产投资同比增长10.0%。工业投资、建筑业投资分别增长8.0%、5.0%,"
        "占全部投资的比重为40.0%、30.0%。",
        # the same growth of another period is no print of the item's own
        "1-6月,全市固定资产投资完成300.0亿元,增长10.0%。其中工业投资完成120.0亿元,增长12.0%;"
        "民间投资完成150.0亿元,增长9.0%。工业投资、民间投资一季度分别增长15.0%、9.0%,"
        "占全部投资的比重为38.0%、55.0%。",
        # a class counted after a stage, without 其中, may be a list of its own
        "全市谋划项目200个,其中10亿元以上项目60个。\n截至3月底,已有54个项目开工建设,"
        "开工率45.0%。10亿元以上项目40个,开工率50.0%。",
        # 三产融合 is no third industry
        "1-6月,全市固定资产投资完成100.0亿元,同比增长10.0%。第一产业投资完成10.0亿元,"
        "第二产业投资完成40.0亿元。三产融合项目完成投资8.0亿元,同比增长20.0%。",
    ],
)
def test_the_second_review_sentences_give_no_false_inconsistent(text):
    assert _inconsistent(text) == []


def test_a_class_rate_after_a_stage_tries_each_list_the_class_was_counted_in():
    """省重点项目 and 签约项目 each have a 10亿元以上 class (30, 40): 20 started of the one
    that fits (20/30 = 66.7%), never called inconsistent against the other."""
    got = _ratio_inputs(
        "全市省重点项目90个,其中10亿元以上项目30个。全市今年签约项目120个,其中10亿元以上项目40个。\n"
        "截至3月底,省重点项目已有54个开工建设,开工率60.0%。其中,10亿元以上项目20个,开工率66.7%。"
    )
    assert got["66.7%"] == ("20个", "30个", "reproduced")
    assert got["60.0%"] == ("54个", "90个", "reproduced")
