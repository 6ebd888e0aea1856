"""Each theme's figures, computed once in analysis.themes, asserted against the arithmetic
on data/ (the report layer only formats and draws them)."""

import dataclasses

import pytest

from zmd_analysis.access.vocab import Origin
from zmd_analysis.analysis import context, themes


def test_key_projects_printed_and_implied():
    kp = themes.key_projects("zhumadian", "2021M01-M04")
    assert kp.provincial.plan_share.value == 51 and kp.city.plan_share.value == 56
    assert kp.city.provincial_average.value == 44  # 56 − 12
    assert kp.city.annual_plan.value == pytest.approx(893 / 0.56)
    assert kp.city.annual_plan.low < kp.city.annual_plan.value < kp.city.annual_plan.high
    assert kp.time_elapsed.value == pytest.approx(100 * 4 / 12)
    assert kp.city.ahead_of_time.value == pytest.approx(56 - 100 * 4 / 12)
    assert kp.city.investment_per_project.value == pytest.approx(893 / 447)
    assert kp.city.annual_plan.origin == Origin.DERIVED and kp.city.annual_plan.term
    assert kp.city.plan_share.origin == Origin.STATED and kp.city.plan_share.source_id
    with pytest.raises(dataclasses.FrozenInstanceError):
        kp.city.plan_share = None  # type: ignore[misc]


def test_a_region_and_period_without_figures_has_no_theme():
    assert themes.key_projects("zhumadian", "2021YTD") is None
    assert themes.attraction("zhumadian", "2021M01-M04") is None


def test_dispatch_totals_against_gdp_and_value_added():
    kp = themes.key_projects("zhumadian", "2021M01-M04")
    sc = themes.scale("zhumadian", "2021M01-M04", kp)
    assert sc.gdp.value == 3082.82 and sc.industry_va.value == 837.57
    assert sc.secondary_va.value == 1200.33
    assert sc.share("city", "annual_plan", "gdp").value == pytest.approx(893 / 0.56 / 3082.82 * 100)
    assert sc.share("city", "completed", "industry_va").value == pytest.approx(893 / 837.57 * 100)
    assert sc.share("city", "nothing", "gdp") is None


def test_investment_implies_the_province_and_the_base():
    inv = themes.industrial_investment("zhumadian", "2021M01-M04", "henan")
    assert inv.comparison_growth.value == pytest.approx(48.7 - 46.1)
    assert inv.comparison_growth.derived and inv.comparison_gap is None
    assert inv.gap_to_comparison is inv.gap
    assert inv.base.value == pytest.approx(145.3 / 1.487)
    assert inv.increase.value == pytest.approx(145.3 - 145.3 / 1.487)
    ratio = themes.dispatch_ratio(themes.key_projects("zhumadian", "2021M01-M04"), inv)
    assert ratio.value == pytest.approx(893 / 145.3)


def test_remainders_and_rounding_are_attributes():
    env = themes.business_environment("zhumadian", "2021-06-02", "2021")
    assert env.one_visit_only.value == 2091 - 1961
    assert env.zero_share.value == pytest.approx(1961 / 2091 * 100)
    att = themes.attraction("zhumadian", "2021YTD")
    assert att.landing_rate.value == pytest.approx(93 / 135 * 100)
    # printed 68% where 93 / 135 = 68.89% rounds to 69%
    assert att.landed_share.printed == "68" and att.rate_at_printed_precision == 69
    assert [n for n, _ in att.funnel] == ["events", "signed", "landed"]


def test_ranks_are_placed_on_the_units_ranked():
    r = themes.rankings("zhumadian", "2021M01-M04", "2021")
    assert r.units.value == 18  # Henan's 17 cities and Jiyuan, from regions.csv
    assert r.scale_end == 18 and [f.value for f in r.ranks] == [2, 5, 2]
    assert r.adv_mfg_list.value == 491


def test_above_half_before_counts_only_like_for_like_years():
    series = context.key_project_series("zhumadian")
    h = context.history(series, 2021)
    # 2018's advanced-manufacturing 54% is another list; 2018–2020 cover all projects, 2021
    # only the industrial ones: nothing earlier is like for like
    assert (h.above_half_before, h.like_for_like) == (False, 0)
    assert set(h.earlier["year"]) == {2016, 2018, 2019, 2020}
    # 2016 (the city list, all projects: the walk-through's report), 2018 and 2019 are the
    # same lists and coverage as 2020's
    h2020 = context.history(series, 2020)
    assert h2020.like_for_like == 5 and h2020.above_half_before  # 2019 provincial 52.6%
    h2018 = context.history(series, 2018)
    assert h2018.like_for_like == 1 and not h2018.above_half_before  # 2016: 43%
    assert context.history(series, 2016) is None  # nothing earlier in the data
