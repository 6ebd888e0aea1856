"""Figure tables the theme notebooks show: the scale of dispatch totals against the economy,
and earlier years' progress (computed from data/, asserted against the arithmetic)."""

import pytest

from zmd_analysis.analysis import context
from zmd_analysis.report import findings, themes
from zmd_analysis.report.params import validate


def test_dispatch_totals_against_gdp_and_value_added():
    sc = themes.scale("zhumadian", "2021M01-M04")
    value = lambda key: themes.pick(sc, key)["value"]  # noqa: E731
    assert value("gdp") == 3082.82 and value("industry_va") == 837.57
    assert value("secondary_va") == 1200.33
    assert value("city_plan_gdp") == pytest.approx(893 / 0.56 / 3082.82 * 100)  # ≈ 52%
    assert value("city_done_industry_va") == pytest.approx(893 / 837.57 * 100)  # > 100%
    assert 51 < value("city_plan_gdp") < 53


def test_above_half_by_april_is_not_new():
    p = validate("zhumadian", "2021M01-M04", lang="en")
    text = findings.projects_history(context.key_project_series("zhumadian"), p, 2021)
    assert "2018 Advanced-manufacturing projects 54%" in text
    assert "not new" in text
    zh = findings.projects_history(
        context.key_project_series("zhumadian"), validate("zhumadian", "2021M01-M04"), 2021
    )
    assert "先进制造业项目 54%" in zh and "并非首次" in zh
    # before 2018 there is nothing earlier in the data
    assert findings.projects_history(context.key_project_series("zhumadian"), p, 2018) is None
