"""Property-based tests (hypothesis) for the loader and the derived figures."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zmd_analysis as z
from zmd_analysis.access.observations import stated_range
from zmd_analysis.access.paths import DEFAULT_DATA_DIR
from zmd_analysis.analysis.derived import Estimate, difference, ratio
from zmd_analysis.analysis.rounding import round_half_up

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

decimals = st.integers(min_value=0, max_value=3)
values = st.decimals(min_value=0, max_value=100000, places=3, allow_nan=False)


def printed(d, nd):
    """A number as an article would print it with ``nd`` decimals."""
    return f"{round_half_up(float(d), nd):.{nd}f}"


@given(values, decimals, st.sampled_from(["", "more_than", "within", "about"]))
def test_stated_range_contains_the_printed_value(v, nd, qualifier):
    x = float(printed(v, nd))
    half = 0.5 * 10**-nd
    low, high = stated_range(x, half, qualifier)
    assert low <= x <= high


def _interval(draw_value, draw_half):
    return Estimate(
        draw_value, draw_value - draw_half, draw_value + draw_half, "", "x", ("x",), "x"
    )


@given(st.floats(1, 1e4), st.floats(0, 1), st.floats(1, 1e4), st.floats(0, 0.99))
def test_derived_ranges_contain_the_point(a, ha, b, hb):
    ea, eb = _interval(a, ha), _interval(b, hb)
    d = difference(ea, eb, "")
    assert d.low <= d.value <= d.high
    r = ratio(ea, eb, "", scale=100)
    assert r.low <= r.value * (1 + 1e-12) and r.value <= r.high * (1 + 1e-12)


@given(st.floats(0.5, 1e4), st.integers(0, 2), st.floats(1, 99), st.integers(0, 1))
def test_implied_plan_range_contains_the_true_plan(plan, nd_amount, share, nd_share):
    """If a true plan and true share produce printed (rounded) figures, the implied plan's
    range computed from the printed figures always contains the true plan."""
    amount = plan * share / 100
    pa, ps = float(printed(amount, nd_amount)), float(printed(share, nd_share))
    if pa <= 0 or ps <= 0:
        return
    ea = Estimate(pa, pa - 0.5 * 10**-nd_amount, pa + 0.5 * 10**-nd_amount, "", "a", (), "a")
    es = Estimate(ps, ps - 0.5 * 10**-nd_share, ps + 0.5 * 10**-nd_share, "", "s", (), "s")
    if es.low <= 0:
        return
    implied = ratio(ea, es, "", scale=100)
    assert implied.low * (1 - 1e-9) <= plan <= implied.high * (1 + 1e-9)


def _rewrite_value(folder: Path, row: int, text: str) -> None:
    path = folder / "observations.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[row][3] = text
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


@SETTINGS
@given(st.floats(0, 99.9, allow_nan=False), decimals)
def test_valid_values_never_raise(tmp_path_factory, x, nd):
    d = tmp_path_factory.mktemp("ok") / "data"
    shutil.copytree(DEFAULT_DATA_DIR, d)
    _rewrite_value(d, 3, printed(x, nd))  # prov_key_ind_plan_share, a share
    assert z.get("prov_key_ind_plan_share", data=d).value == float(printed(x, nd))


@SETTINGS
@given(st.text(max_size=12))
def test_any_value_text_loads_or_raises_data_error(tmp_path_factory, text):
    d = tmp_path_factory.mktemp("any") / "data"
    shutil.copytree(DEFAULT_DATA_DIR, d)
    _rewrite_value(d, 1, text)  # prov_key_ind_projects, a count
    try:
        z.load_observations(data=d)
    except z.DataError as e:
        assert "observations.csv" in str(e)


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_load_or_raise_data_error(tmp_path_factory, blob):
    d = tmp_path_factory.mktemp("bytes") / "data"
    shutil.copytree(DEFAULT_DATA_DIR, d)
    (d / "periods.csv").write_bytes(blob)
    try:
        z.load_observations(data=d)
    except z.DataError as e:
        assert e.path.name in ("periods.csv", "observations.csv")


@SETTINGS
@given(st.sampled_from(["-1", "1.5", "１２", "1,000", "12%", "1e3", " 12", "nan", "inf", ""]))
def test_invalid_counts_always_raise_data_error(tmp_path_factory, text):
    d = tmp_path_factory.mktemp("bad") / "data"
    shutil.copytree(DEFAULT_DATA_DIR, d)
    _rewrite_value(d, 1, text)
    try:
        z.load_observations(data=d)
    except z.DataError as e:
        assert e.line == 2 and e.column == "value"
    else:
        assert text == " 12"  # surrounding spaces are stripped: " 12" is a valid 12
