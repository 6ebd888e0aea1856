"""The dispatch series over every bulletin in data/: the same list at two dates, list size
and plan over the years, progress against the calendar and the province; and a region's
growth against its province's cumulative path. Values recomputed here from data/."""

import pytest

import zmd_analysis as z
from zmd_analysis.analysis import context
from zmd_analysis.analysis.dispatch import dispatch_series


def _obs(indicator, period, region="zhumadian"):
    return z.get(indicator, region=region, period=period).value


def test_the_same_list_at_two_dates_gives_its_increment_and_its_scale():
    s = dispatch_series("zhumadian")
    (inc,) = s.increments  # only the B-list holds the same plan at two dates
    a, b = inc.first, inc.second
    assert (a.amount_id, a.period, b.period) == ("key_b_investment", "2020M01-M04", "2020M01-M08")
    plan_apr = _obs("key_b_investment", "2020M01-M04") / _obs("key_b_plan_share", "2020M01-M04")
    plan_aug = _obs("key_b_investment", "2020M01-M08") / _obs("key_b_plan_share", "2020M01-M08")
    assert a.plan.value == pytest.approx(100 * plan_apr)  # ≈ 4,106
    assert b.plan.value == pytest.approx(100 * plan_aug)  # ≈ 4,111: the same list
    assert a.plan.low <= b.plan.high and b.plan.low <= a.plan.high
    gain = _obs("key_b_investment", "2020M01-M08") - _obs("key_b_investment", "2020M01-M04")
    assert inc.increment.value == pytest.approx(gain) and inc.months == 4  # ≈ 2,205
    assert inc.gdp_year == "2021"  # the nearest year the data hold, named
    assert inc.gdp_ratio.value == pytest.approx(100 * gain / _obs("gdp", "2021"))  # ≈ 72%


def test_list_size_and_plan_over_the_years():
    lists = dispatch_series("zhumadian").by_list(4)
    b = lists["key_b_investment"]
    years = (2016, 2018, 2019, 2020)
    assert [p.year for p in b] == list(years)
    assert [p.projects.value for p in b] == [
        _obs("key_b_projects", f"{y}M01-M04") for y in years
    ]  # 234, 370, 641, 1,469: paired through the indicators' aliases
    assert [round(p.plan.value) for p in b] == [
        round(
            100 * _obs("key_b_investment", f"{y}M01-M04") / _obs("key_b_plan_share", f"{y}M01-M04")
        )
        for y in years
    ]  # ≈ 579, 1,607, 2,501, 4,106
    a = lists["key_a_investment"]
    assert all(p.plan_printed for p in a)  # the printed plan where the bulletin prints it
    assert [p.plan.value for p in a] == [
        _obs("key_a_annual_plan", f"{y}M01-M04") for y in (2018, 2019, 2020)
    ]


def test_jan_apr_progress_against_the_calendar_and_the_province():
    s = dispatch_series("zhumadian")
    low, high = s.share_range(4)
    shares = [p.share.value for p in s.at_month(4)]
    assert (low.share.value, high.share.value) == (min(shares), max(shares))
    # the lowest is 2016's ten transport projects, 10% of their plan: the one list behind the
    # calendar (the bulletin calls their progress rapid); every other list is ahead of it
    assert (low.amount_id, low.year) == ("key_transport_projects_completed_investment", 2016)
    assert low.share.value == _obs("key_transport_projects_share_annual_plan", "2016M01-M04")
    assert s.behind_calendar(4) == (low,)
    assert s.ahead_of_calendar(4) == tuple(p for p in s.at_month(4) if p is not low)
    assert all(p.ahead.low > 0 for p in s.ahead_of_calendar(4))
    assert low.time_share.value == pytest.approx(100 * 4 / 12)
    compared = {p.amount_id: p for p in s.with_comparison}
    city = compared["city_key_ind_investment"]
    assert city.comparison_region == "henan"
    assert city.comparison.value == pytest.approx(
        _obs("city_key_ind_plan_share", "2021M01-M04")
        - _obs("city_key_ind_plan_share_gap", "2021M01-M04")
    )
    assert city.comparison_gap.value == pytest.approx(
        _obs("city_key_ind_plan_share_gap", "2021M01-M04")
    )


def test_a_region_without_bulletins_has_an_empty_series():
    s = dispatch_series("henan")
    assert s.points == () and s.increments == () and s.share_range(4) is None


def test_the_region_against_its_provinces_cumulative_path():
    path = context.growth_path("industrial_investment_growth", "henan", 2021)
    (a,) = context.against_path(path, "industrial_investment_growth", "zhumadian")
    assert (a.period, a.month) == ("2021M01-M04", 4)
    assert a.region_growth.value == _obs("industrial_investment_growth", "2021M01-M04")
    assert a.comparison_same.value == pytest.approx(48.7 - 46.1)  # implied by the gap
    assert (a.comparison_high.value, a.high_period) == (11.4, "2021M01-M10")
    assert a.times_high == pytest.approx(48.7 / 11.4) and a.outlier
