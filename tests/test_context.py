"""Context figures: series across years, Henan's path, full-year outcomes, and new data
appearing without code changes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import zmd_analysis as z
from conftest import output_text
from zmd_analysis import context, notebooks, themes
from zmd_analysis.params import validate
from zmd_analysis.paths import DEFAULT_DATA_DIR

FIXTURE = Path(__file__).parent / "fixtures" / "new_year"


def test_key_project_series_marks_the_definitional_break():
    s = context.key_project_series()
    prov = s[s["level"] == "provincial"].set_index("year")
    assert list(prov.index) == [2018, 2020, 2021]
    assert list(prov["value"]) == [49, 45.6, 51]
    assert list(prov["coverage"]) == ["all", "all", "industrial"]
    assert list(prov["break_before"]) == [False, False, True]
    city = s[s["level"] == "city"].set_index("year")
    assert list(city["value"]) == [49, 41.6, 56]


def test_henan_industrial_path_values_are_derived_from_their_sources():
    path = context.henan_industrial_path().set_index("period_id")
    assert path.loc["2021M01-M04", "value"] == pytest.approx(2.6)       # 48.7 − 46.1
    assert path.loc["2021M01-M06", "value"] == pytest.approx(5.8)       # 22.3 − 16.5
    assert (path.loc["2021M01-M06", "low"], path.loc["2021M01-M06", "high"]) == \
        pytest.approx((5.7, 5.9))
    assert path.loc["2021M01-M10", "value"] == 11.4
    assert path.loc["2021M01-M10", "origin"] == "stated"
    assert path.loc["2020M01-M07", "value"] == pytest.approx(-0.7)      # 19.3 − 20
    assert list(path.index) == ["2020M01-M07", "2021M01-M04", "2021M01-M06", "2021M01-M10"]


def test_full_year_primary_shares():
    fy = context.full_year().set_index("region_id")
    assert fy.loc["zhumadian", "primary_share"] == pytest.approx(18.06, abs=0.01)
    assert fy.loc["henan", "primary_share"] == pytest.approx(9.55, abs=0.01)
    assert fy.loc["zhumadian", "gdp_growth"] == 7.2


def test_context_sources_carry_reliability_and_repost_notes():
    src = z.read_table("sources").set_index("source_id")
    assert src.loc["zmd-bulletin-20200521", "reliability"] == "repost"
    assert "re-post" in src.loc["zmd-bulletin-20200521", "note"]
    line = context.source_line(["zmd-tjgb-2021", "hn-tjgb-2021"], "zh")
    assert line.count("（转载）") == 2


@pytest.fixture
def new_year(tmp_path, monkeypatch):
    """data/ plus one more year of Jan–Apr key-project figures: data only, no code."""
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    for name in ("periods.csv", "sources.csv", "observations.csv"):
        with open(data / name, "a", encoding="utf-8") as fh:
            fh.write((FIXTURE / name).read_text(encoding="utf-8"))
    monkeypatch.setenv("ZMD_DATA_DIR", str(data))
    return data


def test_new_year_appears_in_series_and_as_a_period(new_year):
    s = context.key_project_series()
    assert 2019 in set(s["year"])
    row = s[(s["level"] == "provincial") & (s["year"] == 2019)].iloc[0]
    assert (row["value"], row["coverage"]) == (47, "industrial")
    assert "2019M01-M04" in context.jan_apr_periods()
    assert validate("zhumadian", "2019M01-M04").period_label == "2019年1—4月"
    kp = themes.key_projects("zhumadian", "2019M01-M04")
    assert themes.pick(kp, "prov_avg")["value"] == 44    # 47 − 3
    assert themes.pick(kp, "city_plan")["value"] == pytest.approx(700 / 0.52)




def test_new_year_is_selectable_in_the_key_projects_notebook(new_year, tmp_path):
    nb = notebooks.execute("01_key_projects", {"period": "2019M01-M04"}, tmp_path / "kp.ipynb")
    text = output_text(nb)
    assert "完成年度计划的47%" in text and "市重点工业项目完成52%" in text
    nb = notebooks.execute("07_context", {}, tmp_path / "cx.ipynb")
    assert "2018、2019、2020、2021年" in output_text(nb)
