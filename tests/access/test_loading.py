import math

import pytest

import zmd_analysis as z


def test_tidy_table_has_every_figure_with_metadata():
    obs = z.load_observations()
    assert (obs["source_id"] == "zmdrb-20210602-p1").sum() == 29
    assert len(obs) > 29  # plus the context figures
    for col in (
        "region_id",
        "period_id",
        "indicator_id",
        "value",
        "unit",
        "qualifier",
        "label_zh",
        "source_id",
        "kind",
        "basis",
        "name_en",
        "title",
        "low",
        "high",
    ):
        assert col in obs.columns, col
    assert obs["value"].dtype == float
    assert "zmdrb-20210602-p1" in set(obs["source_id"])
    assert not obs[["name_zh", "region_zh", "period_zh", "publisher"]].isna().any().any()


def test_get_returns_value_unit_qualifier_and_source():
    o = z.get("industrial_investment", region="zhumadian", period="2021M01-M04")
    assert (o.value, o.unit, o.qualifier, o.kind, o.basis) == (
        145.3,
        "亿元",
        "",
        "amount",
        "statistics_fai",
    )
    assert o.source_id == "zmdrb-20210602-p1"
    assert o.publisher == "驻马店日报" and o.date == "2021-06-02"
    assert "正文第6段" in o.citation
    assert (o.low, o.high) == pytest.approx((145.25, 145.35))


def test_get_without_period_when_unique():
    assert z.get("promotion_events").value == 212


def test_hedged_figures_carry_their_range():
    firms = z.get("high_growth_firms")
    assert (firms.qualifier, firms.low, firms.high) == ("more_than", 30, 40)
    assert (firms.as_text(), firms.as_text(unit=False)) == ("30多家", "30多")
    assert z.get("approval_days_max").as_text() == "90天内"
    assert z.get("key_project_evaluation_rank").as_text() == "第5位"
    pop = z.get("population", period="2021")
    assert (pop.low, pop.high) == (960, 970)
    days = z.get("approval_days_max")
    assert (days.qualifier, days.low, days.high) == ("within", 0, 90)


def test_counts_and_ranks_are_exact():
    o = z.get("signed_ind_projects")
    assert o.low == o.high == 135
    assert z.get("key_project_evaluation_rank").high == 5


@pytest.mark.parametrize(
    "kwargs, kind",
    [
        ({"indicator": "gdp_per_capita"}, "indicator"),
        ({"indicator": "industrial_investment", "region": "shanghai"}, "region"),
        ({"indicator": "industrial_investment", "period": "2021Q1"}, "period"),
    ],
)
def test_unknown_names_list_the_valid_ones(kwargs, kind):
    with pytest.raises(z.UnknownNameError) as e:
        z.get(**kwargs)
    assert e.value.kind == kind
    assert f"unknown {kind}" in str(e.value) and "valid values:" in str(e.value)


def test_missing_combination_names_periods_with_data():
    with pytest.raises(z.MissingObservationError, match="periods with data: 2021M01-M04"):
        z.get("industrial_investment", period="2021")
    assert z.find("industrial_investment", period="2021") is None
    assert z.available_periods("industrial_investment") == ["2021M01-M04"]


def test_read_table_single_file():
    ind = z.read_table("indicators")
    assert ind["indicator_id"].is_unique
    assert set(ind["kind"]) <= {
        "count",
        "amount",
        "share",
        "progress",
        "gap",
        "growth",
        "rank",
        "duration",
    }


def test_every_indicator_in_catalogue_is_used_and_units_agree():
    obs = z.load_observations()
    ind = z.read_table("indicators")
    assert set(ind["indicator_id"]) == set(obs["indicator_id"])
    assert (obs["unit"] == obs["unit_zh"]).all()


def test_cache_sees_edits(data_copy):
    from conftest import replace_in

    assert z.get("promotion_events", data=data_copy).value == 212
    replace_in(data_copy / "observations.csv", ",212,", ",213,")
    assert z.get("promotion_events", data=data_copy).value == 213


def test_env_var_points_loader_elsewhere(data_copy, monkeypatch):
    from conftest import replace_in

    replace_in(data_copy / "observations.csv", ",212,", ",300,")
    monkeypatch.setenv("ZMD_DATA_DIR", str(data_copy))
    assert z.get("promotion_events").value == 300


def test_stated_range_rules():
    from zmd_analysis.access.observations import stated_range

    assert stated_range(51, 0.5, "") == (50.5, 51.5)
    assert stated_range(100, 0, "more_than") == (100, 200)
    assert stated_range(35, 0, "more_than") == (35, 36)
    assert stated_range(2.5, 0, "more_than") == (2.5, math.inf)
    assert stated_range(90, 0, "within") == (0, 90)
    # a printed percentage of a publisher whose rule is unknown covers rounding and truncation
    assert stated_range(51, 0.5, "", "", "%") == (50.5, 52)
    assert stated_range(51, 0.5, "", "truncate", "%") == (51, 52)
    assert stated_range(-0.7, 0.05, "", "", "%") == pytest.approx((-0.8, -0.65))
    assert stated_range(145.3, 0.05, "", "", "亿元") == pytest.approx((145.25, 145.35))
