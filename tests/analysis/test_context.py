"""Context series assembled from whatever data/ holds: other years, a comparison region's
path, full-year outcomes; new data appears without code changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import zmd_analysis as z
from zmd_analysis.access.paths import DEFAULT_DATA_DIR
from zmd_analysis.analysis import context, themes
from zmd_analysis.report.params import validate

FIXTURE = Path(__file__).parents[1] / "fixtures" / "new_year"


def test_key_project_series_marks_the_definitional_break():
    s = context.key_project_series("zhumadian")
    prov = s[s["level"] == "provincial"].set_index("year")
    assert list(prov.index) == [2018, 2019, 2020, 2021]
    assert list(prov["value"]) == [49, 52.6, 45.6, 51]
    assert list(prov["coverage"]) == ["all", "all", "all", "industrial"]
    assert list(prov["break_before"]) == [False, False, False, True]
    city = s[s["level"] == "city"].set_index("year")
    assert list(city.index) == [2016, 2018, 2019, 2020, 2021]
    assert list(city["value"]) == [43, 49, 49, 41.6, 56]


def test_growth_path_is_derived_from_whatever_the_data_print():
    path = context.growth_path("industrial_investment_growth", "henan", 2021).set_index("period_id")
    assert path.loc["2021M01-M04", "value"] == pytest.approx(48.7 - 46.1)  # a child's gap
    assert path.loc["2021M01-M06", "value"] == pytest.approx(22.3 - 16.5)  # a year-on change
    # 22.3 (22.25–22.4) less 16.5 (16.45–16.6): printing rule unknown, so both rules allowed
    assert (path.loc["2021M01-M06", "low"], path.loc["2021M01-M06", "high"]) == pytest.approx(
        (22.25 - 16.6, 22.4 - 16.45)
    )
    assert path.loc["2021M01-M10", "value"] == 11.4
    assert path.loc["2021M01-M10", "origin"] == "stated"
    assert path.loc["2020M01-M07", "value"] == pytest.approx(19.3 - 20)
    assert list(path.index) == ["2020M01-M07", "2021M01-M04", "2021M01-M06", "2021M01-M10"]
    later = context.growth_path("industrial_investment_growth", "henan", 2022)
    assert list(later["period_id"])[-2:] == ["2022M01-M06", "2022"]


def test_full_year_primary_shares():
    fy = context.full_year("2021", ("zhumadian", "henan")).set_index("region_id")
    assert fy.loc["zhumadian", "primary_share"] == pytest.approx(556.81 / 3082.82 * 100)
    assert fy.loc["henan", "primary_share"] == pytest.approx(5620.82 / 58887.41 * 100)
    assert fy.loc["zhumadian", "gdp_growth"] == 7.2


def test_context_sources_carry_reliability_and_repost_notes():
    from zmd_analysis.report.citations import source_line

    src = z.read_table("sources").set_index("source_id")
    assert src.loc["zmd-bulletin-20200521", "reliability"] == "repost"
    line = source_line(["zmd-tjgb-2021", "hn-tjgb-2021"], "zh")
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
    s = context.key_project_series("zhumadian")
    assert 2022 in set(s["year"])
    row = s[(s["level"] == "provincial") & (s["year"] == 2022)].iloc[0]
    assert (row["value"], row["coverage"]) == (47, "industrial")
    assert "2022M01-M04" in context.jan_apr_periods()
    assert validate("zhumadian", "2022M01-M04").period_label == "2022年1—4月"
    projects = themes.key_projects("zhumadian", "2022M01-M04")
    assert projects.provincial.provincial_average.value == 44  # 47 − 3
    assert projects.city.annual_plan.value == pytest.approx(700 / 0.52)


def test_the_years_industrial_outcome_against_the_province():
    from zmd_analysis.analysis.context import outcomes

    o = outcomes("2021", "zhumadian", "henan")
    assert (o.secondary.value, o.comparison_secondary.value) == (5.5, 4.1)  # GDP accounting
    assert o.industry.value == 3.6
    # Henan's above-scale industry growth is not printed: Nanyang's 10.5%, 4.2 pp above it
    assert o.peer == "nanyang" and o.comparison_industry.derived
    assert o.comparison_industry.value == pytest.approx(10.5 - 4.2)
    # all industry against above-scale industry: no conclusion, and what would allow one
    assert not o.industry_comparable and o.industry_vs_comparison is None
    assert o.needed == (
        ("industry_above_scale_va_growth", "zhumadian", "2021"),
        ("industry_va_growth", "henan", "2021"),
    )
    assert o.secondary_vs_comparison == 1  # the comparable pair: 5.5% above 4.1%
    assert (o.investment_growth.value, o.investment_period) == (48.7, "2021M01-M04")
    assert outcomes("2022", "zhumadian", "henan") is None


def test_a_coverage_note_breaks_the_series_and_travels_with_the_figure():
    from zmd_analysis.analysis import themes
    from zmd_analysis.report import figure_table as ft

    s = context.key_project_series("zhumadian").set_index(["level", "year"])
    assert s.loc[("city", 2018), "note_zh"] == "不含新蔡县"  # observations.csv note
    assert bool(s.loc[("city", 2019), "break_before"])  # 2018 is not joined to 2019
    figs = themes.article_figures("zmdnews-20180514").printed
    labels = [ft.labelled(f)[1:] for f in figs if f.note_zh]
    assert labels and all("不含新蔡县" in zh and "Xincai" in en for zh, en in labels)
