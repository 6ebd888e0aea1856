"""What the access layer records as read, and how a recorded read is checked later."""

from __future__ import annotations

import pytest
from conftest import replace_in

import zmd_analysis as z
from zmd_analysis.access import reads, slices
from zmd_analysis.access.errors import MissingObservationError
from zmd_analysis.access.observations import load_observations, select
from zmd_analysis.access.tables import load_tables, read_table


@pytest.fixture(autouse=True)
def clean_log():
    reads.reset()
    yield
    reads.reset()


def _keys() -> set[tuple]:
    return {tuple(r[:-1]) for r in reads.log()}


def test_a_figure_and_any_period_are_recorded_and_sortable(data_copy):
    z.find("gdp", "zhumadian", "2021", data=data_copy)
    z.find("industrial_investment_growth", "zhumadian", "2021M01-M04", data=data_copy)
    z.find("gdp", "zhumadian", data=data_copy)  # period None
    assert ("obs", "gdp", "zhumadian", "") in _keys()
    assert slices.changed(reads.log(), data_copy) == []


def test_a_failed_lookup_is_a_read_too(data_copy):
    with pytest.raises(MissingObservationError):
        z.find("industrial_investment_growth", "henan", data=data_copy)  # several periods
    [(key, value)] = [(tuple(r[:-1]), r[-1]) for r in reads.log()]
    assert value.startswith("error: MissingObservationError")
    assert slices.changed(reads.log(), data_copy) == []


def test_whole_tables_and_joins_are_recorded(data_copy):
    load_observations(data_copy)
    assert {
        ("table", n) for n in ("observations", "indicators", "regions", "periods", "sources")
    } <= _keys()
    reads.reset()
    read_table("claims", data_copy)
    assert _keys() == {("table", "claims")}
    reads.reset()
    load_tables(data_copy).claims  # noqa: B018 - the attribute read is what is recorded
    assert _keys() == {("table", "claims")}


def test_a_table_read_hashes_what_was_loaded_not_the_file_now(data_copy):
    t = load_tables(data_copy)
    (data_copy / "claims.csv").write_text((data_copy / "claims.csv").read_text() + "\n")
    t.claims  # noqa: B018 - read after the file changed: the old contents' hash is recorded
    assert slices.changed(reads.log(), data_copy) != []


def test_a_selection_ignores_rows_added_elsewhere(data_copy):
    select(data_copy, source_id="zmdnews-20180514")
    before = reads.log()
    obs = data_copy / "observations.csv"
    lines = obs.read_text(encoding="utf-8").splitlines(keepends=True)
    obs.write_text(lines[0] + lines[2] + lines[1] + "".join(lines[3:]), encoding="utf-8")
    assert slices.changed(before, data_copy) == []
    replace_in(obs, "zmdnews-20180514", "zmdrb-20210602-p1")  # now it does change
    assert slices.changed(before, data_copy) != []


# --- rows by key and by rule ------------------------------------------------------------


def _append(path, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + line + "\n", encoding="utf-8")


NEW_REGION = "xiping,西平县,Xiping,county,zhumadian"
NEW_PERIOD = "2022M01-M05,2022-01-01,2022-05-31,2022年1—5月,Jan–May 2022"


def test_a_row_is_read_by_its_values_not_its_line(data_copy):
    t = load_tables(data_copy)
    assert t.row("regions", "zhumadian")["parent_id"] == "henan"
    assert t.row("regions", "nowhere") is None
    assert t.parent("zhumadian") == "henan"
    assert _keys() == {("row", "regions", "zhumadian"), ("row", "regions", "nowhere")}
    before = reads.log()
    regions = data_copy / "regions.csv"
    lines = regions.read_text(encoding="utf-8").splitlines(keepends=True)
    regions.write_text(lines[0] + "".join(reversed(lines[1:])), encoding="utf-8")
    assert slices.changed(before, data_copy) == []  # moved, not changed
    _append(regions, "nowhere,无处,Nowhere,county,henan")
    assert [r[:-1] for r in slices.changed(before, data_copy)] == [["row", "regions", "nowhere"]]
    replace_in(regions, "驻马店市", "驻马店")
    assert len(slices.changed(before, data_copy)) == 2


def test_rows_by_value_change_only_with_a_row_that_matches(data_copy):
    t = load_tables(data_copy)
    peers = t.children("henan")
    assert len(peers) == 18 and peers[0] == "zhumadian"
    assert _keys() == {("rows", "regions", "parent_id=henan")}
    assert t.has("claims", source_id="zmdnews-20180514")
    assert not t.has("claims", source_id="zzrb-20210520")  # a source, not an article
    before = reads.log()
    regions = data_copy / "regions.csv"
    _append(regions, NEW_REGION)  # a county of Zhumadian: not one of Henan's units
    assert slices.changed(before, data_copy) == []
    _append(regions, "nowhere,无处,Nowhere,county,henan")
    changed = [r[:-1] for r in slices.changed(before, data_copy)]
    assert changed == [["rows", "regions", "parent_id=henan"]]


def test_a_rule_changes_with_a_new_period_that_fits_it(data_copy):
    from zmd_analysis.analysis.context import jan_apr_periods

    assert "2021M01-M04" in jan_apr_periods(data_copy)
    t = load_tables(data_copy)
    assert t.year_period(2021) == "2021" and t.year_period(2019) is None
    before = reads.log()
    assert {tuple(r[:-1]) for r in before} == {
        ("from_new_year", "4", "30", ""),
        ("from_new_year", "12", "31", "2021"),
        ("from_new_year", "12", "31", "2019"),
    }
    periods = data_copy / "periods.csv"
    _append(periods, NEW_PERIOD)  # Jan–May fits none of them
    assert slices.changed(before, data_copy) == []
    _append(periods, "2019,2019-01-01,2019-12-31,2019年,2019")
    _append(periods, "2022M01-M04,2022-01-01,2022-04-30,2022年1—4月,Jan–Apr 2022")
    assert {tuple(r[:-1]) for r in slices.changed(before, data_copy)} == {
        ("from_new_year", "4", "30", ""),
        ("from_new_year", "12", "31", "2019"),
    }


def test_a_series_over_jan_apr_changes_only_with_a_jan_apr_figure(data_copy):
    rows = select(data_copy, through="04-30", indicator_id="key_a_plan_share")
    assert set(rows["period_id"]) == {"2018M01-M04", "2019M01-M04", "2020M01-M04"}
    before = reads.log()
    periods, obs = data_copy / "periods.csv", data_copy / "observations.csv"
    _append(periods, NEW_PERIOD)
    _append(periods, "2022M01-M04,2022-01-01,2022-04-30,2022年1—4月,Jan–Apr 2022")
    _append(obs, "zhumadian,2022M01-M05,key_a_plan_share,52,%,,占年度计划,zmd-gov-20190515,")
    assert slices.changed(before, data_copy) == []  # a new Jan–Apr period with no figure
    _append(obs, "zhumadian,2022M01-M04,key_a_plan_share,47,%,,占年度计划,zmd-gov-20190515,")
    assert len(slices.changed(before, data_copy)) == 1


def test_an_articles_verdicts_are_one_derived_slice(data_copy):
    """What the engine computes is recorded as the verdicts, not the figures and tables it
    looked at; a new article's claims leave another article's verdicts as they are."""
    from zmd_analysis.analysis.claims import check_claims

    verdicts = check_claims("zmdnews-20180514", data_copy)
    assert _keys() == {("verdicts", "zmdnews-20180514")}
    check_claims("zmdnews-20180514", data_copy)  # computed once per data, recorded each time
    assert len(reads.log()) == 1
    before = reads.log()
    _append(
        data_copy / "claims.csv",
        "new-claim,zzrb-20210520,,涨,up,rhetoric,zhumadian,2021M01-M04,,,,",
    )
    assert slices.changed(before, data_copy) == []
    obs = data_copy / "observations.csv"
    figure = next(o for v in verdicts for o in v.inputs if o.source_id == "zmdnews-20180514")
    line = next(
        ln
        for ln in obs.read_text(encoding="utf-8").splitlines()
        if ln.startswith(f"{figure.region_id},{figure.period_id},{figure.indicator_id},")
    )
    replace_in(obs, line, line.replace(f",{figure.value_text},", ",1,", 1))
    assert [r[:-1] for r in slices.changed(before, data_copy)] == [["verdicts", "zmdnews-20180514"]]


def test_an_unknown_kind_counts_as_changed(data_copy):
    assert slices.current(["no_such_kind", "x"], data_copy).startswith("unknown slice kind")
    assert slices.changed([["no_such_kind", "x", "0123"]], data_copy) != []
