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
