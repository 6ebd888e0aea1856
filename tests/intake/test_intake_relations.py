"""The catalogue of relations: each family read from invented sentences in the genre's
wording and checked by the engine, with the value a careful reader computes by hand."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from zmd_analysis.access.intake.relations import RELATIONS
from zmd_analysis.access.intake.text import from_text
from zmd_analysis.analysis.proposal import propose
from zmd_analysis.publish.cli import app


def checked(text: str) -> dict[tuple[str, str], tuple[str, float]]:
    """(kind, tested figure's text) -> (status, recomputed value)."""
    p = propose(from_text(text), date="2021-05-20")
    out = {}
    for st, v in zip(p.statements, p.verdicts):
        if st.tested is None:
            continue
        est = v.numbers.get("recomputed") or v.numbers.get("total") or v.numbers.get("computed")
        out[(st.kind, p.figures[st.tested].text)] = (v.status, est.value if est else None)
    return out


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
