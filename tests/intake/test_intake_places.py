"""Which place a text is filed under: read from the text, never the data's most common
region; a county's figures inside a city's text are the county's."""

from __future__ import annotations

import shutil

import pytest

from zmd_analysis.access.errors import DataError
from zmd_analysis.access.intake.places import PLACE_UNKNOWN
from zmd_analysis.access.intake.text import from_text
from zmd_analysis.access.paths import DEFAULT_DATA_DIR
from zmd_analysis.analysis.proposal import propose
from zmd_analysis.publish import intake

# invented figures in the wording of a city statistics release
CITY_RELEASE = (
    "1-6月杭州市投资运行简况\n"
    "1-6月,全市固定资产投资比上年同期增长12.0%;与2019年同期相比,增长21%,两年平均增长10%。"
    "工业投资增长14.5%,制造业投资增长20.0%。"
    "工业投资增速和制造业投资增速分别高于全部固定资产投资2.5个和8.0个百分点。"
)


def test_a_city_the_data_do_not_hold_gets_its_own_draft_region():
    p = propose(from_text(CITY_RELEASE), date="2021-05-26")
    assert p.source["region_id"] == "hangzhou"
    rows = {r["region_id"]: r for r in p.rows["regions"]}
    assert rows["hangzhou"]["name_zh"] == "杭州市"
    assert rows["hangzhou"]["name_en"] == "Hangzhou"
    assert rows["hangzhou"]["level"] == "prefecture"
    # its province is not named: a province row to name, never Henan
    assert rows["hangzhou"]["parent_id"] == rows["unnamed_province"]["region_id"]
    assert {r["region_id"] for r in p.rows["observations"]} == {"hangzhou"}
    assert any("杭州市" in n for n in p.notes)


def test_the_city_release_gives_its_two_year_averages_and_distributed_gaps():
    p = propose(from_text(CITY_RELEASE), date="2021-05-26")
    got = {
        (st.kind, p.figures[st.tested].text): v.status
        for st, v in zip(p.statements, p.verdicts)
        if st.tested is not None
    }
    assert got[("two_year_average", "10%")] == "reproduced"  # √1.21 − 1 = 10.0
    assert got[("gap", "2.5个")] == "reproduced"  # 14.5 − 12.0
    assert got[("gap", "8.0个百分点")] == "reproduced"  # 20.0 − 12.0


def test_a_county_figure_in_a_city_text_is_the_countys():
    text = "1-9月份,安阳市重点项目完成投资500亿元。各县(市、区)中,林州市70.5%,汤阴县66.0%。"
    p = propose(from_text(text), date="2017-10-11")
    assert p.source["region_id"] == "anyang"
    regions = {f["text"]: f["region_id"] for f in p.to_json()["figures"]}
    assert regions["500亿元"] == "anyang"
    assert regions["70.5%"] == "linzhou" and regions["66.0%"] == "tangyin"
    new = {r["region_id"]: r for r in p.rows["regions"]}
    assert new["linzhou"]["parent_id"] == "anyang" and new["linzhou"]["level"] == "county"


def test_a_text_that_names_no_place_says_so_and_cannot_be_accepted(tmp_path):
    p = propose(from_text("全市完成投资150亿元,同比增长12%。"), date="2024-05-20")
    assert p.source["region_id"] == PLACE_UNKNOWN
    assert any("place unknown" in n for n in p.notes)
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    with pytest.raises(DataError, match="--region"):
        intake.accept(p.rows, data=data)


def test_words_ending_in_a_place_suffix_are_not_places():
    from zmd_analysis.access.intake.lexicon import load_lexicon
    from zmd_analysis.access.intake.places import places_named

    text = "全市重点项目中,城区项目和开发区项目进展顺利,列入省重点的项目40个。"
    assert places_named(text, text[:20], load_lexicon()) == []


def test_a_second_city_of_an_unnamed_province_is_accepted_after_the_first(tmp_path):
    """The province row a first city's text drafted is in the data then: the second text
    does not draft it again (which would be refused as a duplicate id)."""
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data, ignore=shutil.ignore_patterns(".*"))
    config = tmp_path / "reports.toml"
    config.write_text("", encoding="utf-8")
    for n, text in enumerate(
        [CITY_RELEASE, CITY_RELEASE.replace("杭州", "湖州").replace("12.0%", "11.0%")]
    ):
        p = propose(from_text(text), date="2021-05-26", data=data)
        for r in p.rows["sources"]:
            r["publisher"], r["title"] = "某市统计局", f"1-6月投资运行情况({n})"
        intake.accept(p.rows, data=data, config=config)
    import csv

    with open(data / "regions.csv", encoding="utf-8-sig", newline="") as fh:
        ids = [r["region_id"] for r in csv.DictReader(fh)]
    assert "hangzhou" in ids and "huzhou" in ids and ids.count("unnamed_province") == 1


def test_province_and_government_words_name_no_place():
    from zmd_analysis.access.intake.lexicon import load_lexicon
    from zmd_analysis.access.intake.places import places_named

    view = "今年以来,全市上下按照市委、市政府统一部署,纳入省目标考核的项目47个。据河南省统计局消息,投资增长。"
    assert [pl.name for pl in places_named(view, "", load_lexicon())] == ["河南省"]
