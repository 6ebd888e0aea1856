"""Each kind of malformed data file gives one DataError naming file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import replace_in

import zmd_analysis as z

OBS = "observations.csv"
FIRST_ROW = (
    "zhumadian,2021M01-M04,prov_key_ind_projects,44,个,,省重点工业项目,zmdrb-20210602-p1,正文第3段"
)


def _edit(old, new):
    return lambda d: replace_in(d / OBS, old, new)


def _write(name, content: bytes):
    return lambda d: (d / name).write_bytes(content)


def _header_only(d: Path):
    header = (d / OBS).read_text(encoding="utf-8").splitlines()[0]
    (d / OBS).write_text(header + "\n", encoding="utf-8")


def _gbk(d: Path):
    text = (d / OBS).read_text(encoding="utf-8")
    (d / OBS).write_bytes(text.encode("gbk"))


def _truncate(d: Path):
    text = (d / OBS).read_text(encoding="utf-8").rstrip("\n")
    (d / OBS).write_text(text.rsplit(",", 3)[0], encoding="utf-8")


CASES = {
    # id: (mutation, file, line, column, fragment of the message)
    "missing_column": (_edit("label_zh,source_id", "source_id"), OBS, 1, "label_zh", "missing"),
    "unknown_column": (
        _edit("locator\n", "locator,comment\n"),
        OBS,
        1,
        "comment",
        "unknown column",
    ),
    "non_numeric": (_edit(",44,个", ",四十四,个"), OBS, 2, "value", "not a plain number"),
    "percent_sign": (_edit(",51,%", ",51%,%"), OBS, 4, "value", "not a plain number"),
    "thousands_separator": (_edit(",2091,", ',"2,091",'), OBS, 22, "value", "not a plain number"),
    "full_width_digits": (_edit(",44,个", ",４４,个"), OBS, 2, "value", "not a plain number"),
    "empty_value": (_edit(",44,个", ",,个"), OBS, 2, "value", "not a plain number"),
    "unknown_indicator": (
        _edit("prov_key_ind_projects,44", "prov_key_projects,44"),
        OBS,
        2,
        "indicator_id",
        "unknown indicator id 'prov_key_projects'",
    ),
    "unknown_region": (
        _edit(
            "zhumadian,2021M01-M04,prov_key_ind_projects", "zmd,2021M01-M04,prov_key_ind_projects"
        ),
        OBS,
        2,
        "region_id",
        "unknown region id 'zmd'",
    ),
    "unknown_source": (
        _edit("44,个,,省重点工业项目,zmdrb-20210602-p1", "44,个,,省重点工业项目,zmdrb-2021"),
        OBS,
        2,
        "source_id",
        "unknown source id 'zmdrb-2021'",
    ),
    "unknown_period": (
        _edit(
            "zhumadian,2021M01-M04,prov_key_ind_projects",
            "zhumadian,2021M01-M05,prov_key_ind_projects",
        ),
        OBS,
        2,
        "period_id",
        "unknown period id '2021M01-M05'",
    ),
    "duplicate_key": (
        _edit(FIRST_ROW + "\n", FIRST_ROW + "\n" + FIRST_ROW.replace(",44,", ",45,") + "\n"),
        OBS,
        3,
        "indicator_id",
        "first defined on line 2",
    ),
    "unit_contradicts_catalogue": (
        _edit("145.3,亿元", "145.3,万元"),
        OBS,
        12,
        "unit",
        "contradicts the indicator catalogue",
    ),
    "negative_count": (_edit(",44,个", ",-44,个"), OBS, 2, "value", "non-negative whole number"),
    "fractional_count": (_edit(",44,个", ",44.5,个"), OBS, 2, "value", "whole number"),
    "share_above_100": (_edit(",68,%", ",168,%"), OBS, 21, "value", "between 0 and 100"),
    "rank_zero": (
        _edit("key_project_evaluation_rank,5,", "key_project_evaluation_rank,0,"),
        OBS,
        16,
        "value",
        "at least 1",
    ),
    "bad_qualifier": (_edit(",30,家,more_than", ",30,家,多"), OBS, 27, "qualifier", "more_than"),
    "empty_file": (_write(OBS, b""), OBS, 1, None, "empty"),
    "header_only": (_header_only, OBS, 2, None, "no data rows"),
    "gbk_encoding": (_gbk, OBS, 2, None, "not valid UTF-8"),
    "truncated_last_line": (_truncate, OBS, "last", None, "expected 9 fields, found 6"),
    "bad_date_in_sources": (
        lambda d: replace_in(d / "sources.csv", "2021-06-02", "2021-13-02"),
        "sources.csv",
        2,
        "date",
        "date",
    ),
    "bad_reliability": (
        lambda d: replace_in(d / "sources.csv", "party_state_media", "trusted"),
        "sources.csv",
        2,
        "reliability",
        "official",
    ),
    "bad_kind_in_catalogue": (
        lambda d: replace_in(
            d / "indicators.csv", ",count,project_dispatch", ",number,project_dispatch"
        ),
        "indicators.csv",
        2,
        "kind",
        "count",
    ),
    "period_end_before_start": (
        lambda d: replace_in(d / "periods.csv", "2021-01-01,2021-04-30", "2021-05-01,2021-04-30"),
        "periods.csv",
        2,
        None,
        "before start",
    ),
    "unknown_parent_region": (
        lambda d: replace_in(d / "regions.csv", "prefecture,henan", "prefecture,atlantis"),
        "regions.csv",
        3,
        "parent_id",
        "unknown region id 'atlantis'",
    ),
    "missing_file": (
        lambda d: (d / "periods.csv").unlink(),
        "periods.csv",
        None,
        None,
        "file not found",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_data_gives_one_clear_error(case, data_copy):
    mutate, fname, line, column, fragment = CASES[case]
    if line == "last":
        line = len((data_copy / fname).read_text(encoding="utf-8").splitlines())
    mutate(data_copy)
    with pytest.raises(z.DataError) as info:
        z.load_observations(data=data_copy)
    err = info.value
    assert err.path.name == fname
    assert err.line == line
    assert err.column == column
    assert fragment in str(err)
    assert fname in str(err)
    if line is not None:
        assert f"line {line}" in str(err)


def test_bom_and_crlf_are_accepted(data_copy):
    text = (data_copy / OBS).read_text(encoding="utf-8")
    (data_copy / OBS).write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert len(z.load_observations(data=data_copy)) == len(z.load_observations())


def test_blank_lines_are_skipped_and_lines_still_counted(data_copy):
    replace_in(data_copy / OBS, FIRST_ROW + "\n", FIRST_ROW + "\n\n")
    replace_in(data_copy / OBS, ",246,亿元", ",2四6,亿元")
    with pytest.raises(z.DataError) as info:
        z.load_observations(data=data_copy)
    assert info.value.line == 4  # header, row, blank, the bad row


def test_data_error_is_a_value_error_not_a_key_error(data_copy):
    replace_in(data_copy / OBS, "prov_key_ind_projects,44", "nope,44")
    with pytest.raises(ValueError) as info:
        z.load_observations(data=data_copy)
    assert not isinstance(info.value, KeyError)


def test_very_large_file_is_refused_with_its_size(data_copy):
    from zmd_analysis.access.tables import MAX_BYTES

    with open(data_copy / OBS, "ab") as fh:
        fh.write(b"#" * (MAX_BYTES + 1))
    with pytest.raises(z.DataError) as info:
        z.load_observations(data=data_copy)
    assert info.value.path.name == OBS and "limit for a data table is 20 MB" in str(info.value)


CLAIMS_CASES = {
    "unknown_kind": (
        ",share_of_plan,zhumadian,2021M01-M04,amount=prov_key_ind_investment",
        ",plan_share,zhumadian,2021M01-M04,amount=prov_key_ind_investment",
        2,
        "kind",
        "share_of_plan",
    ),
    "unknown_input_indicator": (
        "amount=prov_key_ind_investment share",
        "amount=prov_key_investment share",
        2,
        "inputs",
        "unknown indicator id 'prov_key_investment'",
    ),
    "bad_input_syntax": (
        "amount=prov_key_ind_investment share",
        "amount:prov_key_ind_investment share",
        2,
        "inputs",
        "is not role=indicator_id",
    ),
    "role_not_of_kind": (
        "share=prov_key_ind_plan_share,,,",
        "share=prov_key_ind_plan_share rank=population,,,",
        2,
        "inputs",
        "takes no input 'rank'",
    ),
    "missing_role": (
        "amount=prov_key_ind_investment share=prov_key_ind_plan_share,,,",
        "amount=prov_key_ind_investment,,,",
        2,
        "inputs",
        "needs input(s) share",
    ),
    "unknown_source": (
        "zmd21-prov-plan,zmdrb-20210602-p1,",
        "zmd21-prov-plan,zmdrb-2021,",
        2,
        "source_id",
        "unknown source id 'zmdrb-2021'",
    ),
    "gap_without_comparator": (
        "value=prov_key_ind_plan_share gap=prov_key_ind_plan_share_gap,henan,",
        "value=prov_key_ind_plan_share gap=prov_key_ind_plan_share_gap,,",
        3,
        "comparator_id",
        "needs comparator_id",
    ),
}


@pytest.mark.parametrize(
    "old, new, line, column, fragment", CLAIMS_CASES.values(), ids=list(CLAIMS_CASES)
)
def test_bad_claims_table_names_file_line_and_column(data_copy, old, new, line, column, fragment):
    replace_in(data_copy / "claims.csv", old, new)
    with pytest.raises(z.DataError) as e:
        z.load_tables(data_copy)
    err = e.value
    assert err.path.name == "claims.csv" and err.line == line and err.column == column, str(err)
    assert fragment in str(err)


def test_a_note_on_a_figure_the_data_do_not_hold_is_refused(data_copy):
    from zmd_analysis.access.errors import DataError
    from zmd_analysis.access.tables import load_tables

    with open(data_copy / "notes.csv", "a", encoding="utf-8") as fh:
        fh.write("henan,2018M01-M04,key_b_projects,不含某县,excluding a county\n")
    with pytest.raises(DataError) as err:
        load_tables(data_copy)
    assert "notes.csv" in str(err.value) and "line 5" in str(err.value)
    assert "no figure key_b_projects for henan in 2018M01-M04" in str(err.value)
