"""Two-year average growth: the comparison region's from its year-earlier stand-ins, the
region's under scenarios, and the break-even year-earlier fall."""

import math

import pytest

from zmd_analysis.analysis.base_effect import base_effect, break_even, two_year_average
from zmd_analysis.analysis.derived import exact


def two(a, b):
    return 100 * (math.sqrt((1 + a / 100) * (1 + b / 100)) - 1)


@pytest.fixture(scope="module")
def b():
    return base_effect("industrial_investment_growth", "zhumadian", "henan", "2021M01-M04")


def test_henan_two_year_average_from_its_2020_stand_ins(b):
    assert b.comparison_growth.value == pytest.approx(48.7 - 46.1)
    by = {(x.period_id, x.indicator_id): x for x in b.proxies}
    jul = by["2020M01-M07", "industrial_investment_growth"]  # 19.3 − 20 (Zhengzhou)
    fai = by["2020M01-M04", "fai_growth"]
    assert jul.growth.value == pytest.approx(-0.7) and not jul.exact
    assert fai.growth.value == pytest.approx(-1.1)
    assert jul.two_year.value == pytest.approx(two(-0.7, 2.6))  # ≈ 0.94%
    assert fai.two_year.value == pytest.approx(two(-1.1, 2.6))  # ≈ 0.73%
    assert 0.7 < fai.two_year.value < jul.two_year.value < 0.95


def test_zhumadian_scenarios_and_break_even(b):
    assert [round(s, 1) for s, _ in b.scenarios] == [0.0, -0.7, -1.1, -10.0, -20.0, -30.0]
    values = {round(s, 1): e.value for s, e in b.scenarios}
    assert values[0.0] == pytest.approx(two(0, 48.7))  # 21.9%
    assert values[-1.1] == pytest.approx(two(-1.1, 48.7))
    assert values[-30.0] == pytest.approx(two(-30, 48.7))  # 2.0%
    target = sum(x.two_year.value for x in b.proxies) / len(b.proxies)
    assert b.break_even.value == pytest.approx(100 * ((1 + target / 100) ** 2 / 1.487 - 1))
    assert -33 < b.break_even.value < -31  # "about 32%"


def test_break_even_inverts_the_two_year_average():
    g, t = exact(48.7, "%"), exact(0.8, "%")
    s = break_even(g, t)
    assert two_year_average(exact(s.value, "%"), g).value == pytest.approx(0.8)


def test_no_growth_no_analysis():
    assert base_effect("industrial_investment_growth", "luohe", "henan", "2021M01-M04") is None
