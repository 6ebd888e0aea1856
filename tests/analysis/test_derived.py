"""Every derived figure: point value and the range its rounded inputs allow."""

import pytest

import zmd_analysis as z

approx = pytest.approx


def rng(e):
    return (e.low, e.high)


# The article's printing rule is unknown, so a printed percentage covers rounding and
# truncation: 51% stands for 50.5–52, 7 points for 6.5–8 (see access/test_loading.py).


def test_implied_provincial_progress_both_comparisons():
    prov = z.implied_provincial_progress("prov")
    city = z.implied_provincial_progress("city")
    assert prov.value == 44 and rng(prov) == approx((50.5 - 8, 52 - 6.5))  # 42.5–45.5
    assert city.value == 44 and rng(city) == approx((55.5 - 13, 57 - 11.5))  # 42.5–45.5
    assert prov.unit == "%"
    assert "prov_key_ind_plan_share[zhumadian,2021M01-M04]" in prov.inputs


def test_implied_province_growth():
    g = z.implied_province_growth()
    assert g.value == approx(2.6)
    assert rng(g) == approx((48.65 - 46.2, 48.8 - 46.05))  # 2.45–2.75


def test_implied_previous_level():
    base = z.implied_previous_level()
    assert base.value == approx(145.3 / 1.487)
    assert base.value == approx(97.71, abs=0.005)
    assert rng(base) == approx((145.25 / 1.488, 145.35 / 1.4865))
    assert base.unit == "亿元"


def test_implied_annual_plans():
    prov = z.implied_annual_plan("prov_key_ind_investment", "prov_key_ind_plan_share")
    city = z.implied_annual_plan("city_key_ind_investment", "city_key_ind_plan_share")
    assert prov.value == approx(482.35, abs=0.01)
    assert rng(prov) == approx((245.5 / 0.52, 246.5 / 0.505))
    assert round(prov.low, 1) == 472.1 and round(prov.high, 1) == 488.1
    assert city.value == approx(1594.64, abs=0.01)
    assert rng(city) == approx((892.5 / 0.57, 893.5 / 0.555))


def test_landing_rate_is_exact_and_not_68():
    r = z.landing_rate()
    assert r.value == approx(68.888, abs=0.001)
    assert r.low == r.high == r.value
    assert round(r.value) == 69


def test_zero_trip_share():
    s = z.zero_trip_share()
    assert s.value == approx(1961 / 2091 * 100)
    assert round(s.value, 1) == 93.8


def test_average_sizes():
    signed = z.average_size("signed_ind_investment", "signed_ind_projects", period="2021YTD")
    assert signed.value == approx(5.034, abs=0.001)
    assert rng(signed) == approx((679.55 / 135, 679.65 / 135))
    assert signed.unit == "亿元/个"
    prov = z.average_size("prov_key_ind_investment", "prov_key_ind_projects")
    city = z.average_size("city_key_ind_investment", "city_key_ind_projects")
    assert prov.value == approx(5.59, abs=0.01)
    assert city.value == approx(1.998, abs=0.001)


def test_time_elapsed_and_progress_ahead_of_calendar():
    t = z.time_elapsed("2021M01-M04")
    assert t.value == approx(100 / 3)
    assert z.time_elapsed("2021").value == 100
    ahead = z.progress_vs_time("prov_key_ind_plan_share")
    assert ahead.value == approx(51 - 100 / 3)
    assert rng(ahead) == approx((50.5 - 100 / 3, 52 - 100 / 3))


def test_time_elapsed_rejects_unknown_period():
    with pytest.raises(z.UnknownNameError, match="2021Q9"):
        z.time_elapsed("2021Q9")


def test_derived_figures_follow_the_data(data_copy):
    from conftest import replace_in

    replace_in(
        data_copy / "observations.csv",
        "industrial_investment_growth,48.7,",
        "industrial_investment_growth,50.0,",
    )
    assert z.implied_province_growth(data=data_copy).value == approx(3.9)
    assert z.implied_previous_level(data=data_copy).value == approx(145.3 / 1.5)


def test_scope_must_be_known():
    with pytest.raises(ValueError, match="scope"):
        z.implied_provincial_progress("county")
