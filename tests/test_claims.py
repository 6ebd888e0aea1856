"""check_claims(): every claim's status and computed value, asserted one by one."""
import pytest

import zmd_analysis as z
from conftest import replace_in
from zmd_analysis.claims import STATUSES, summarize
from zmd_analysis.rounding import round_half_up, truncate


@pytest.fixture(scope="module")
def claims():
    return z.check_claims().set_index("claim_id")


EXPECTED_STATUS = {
    "prov_annual_plan": "not_checkable",
    "city_annual_plan": "not_checkable",
    "provincial_average_consistency": "reproduced",
    "above_provincial_average": "reproduced",
    "time_half_elapsed": "inconsistent",
    "task_over_half": "reproduced",
    "key_projects_exceed_industrial_investment": "different_bases",
    "industrial_investment_base": "not_checkable",
    "province_industrial_growth": "not_checkable",
    "industrial_growth_rank": "not_checkable",
    "adv_mfg_rank": "not_checkable",
    "evaluation_rank": "not_checkable",
    "signed_projects": "not_checkable",
    "landing_share": "inconsistent",
    "zero_trip_subset": "reproduced",
    "approval_days": "not_checkable",
    "high_growth_firms": "not_checkable",
    "population": "not_checkable",
    "agricultural_city": "reproduced",
}

EXPECTED_INDEPENDENT = {"population": "confirms", "agricultural_city": "confirms"}


def test_columns(claims):
    for col in ("label", "stated", "computed", "status", "note"):
        assert col in claims.columns
    assert set(claims["status"]) <= set(STATUSES)


@pytest.mark.parametrize("claim_id, status", EXPECTED_STATUS.items())
def test_status_claim_by_claim(claims, claim_id, status):
    assert claims.loc[claim_id, "status"] == status


def test_no_claim_unaccounted_for(claims):
    assert set(claims.index) == set(EXPECTED_STATUS)


def test_landing_share_68_is_truncated_not_rounded(claims):
    row = claims.loc["landing_share"]
    assert row["stated_value"] == 68
    assert row["computed_value"] == pytest.approx(93 / 135 * 100)
    assert row["computed"] == "68.9%"
    assert "69%" in row["note"] and "截尾" in row["note"]


def test_two_provincial_averages_agree(claims):
    row = claims.loc["provincial_average_consistency"]
    assert row["stated_value"] == row["computed_value"] == 44


def test_key_projects_vs_industrial_investment_bases(claims):
    row = claims.loc["key_projects_exceed_industrial_investment"]
    assert row["computed_value"] / row["stated_value"] == pytest.approx(893 / 145.3)
    assert "6.1倍" in row["note"] and "口径" in row["note"]


def test_time_half_elapsed_is_a_third(claims):
    row = claims.loc["time_half_elapsed"]
    assert row["computed_value"] == pytest.approx(100 / 3)
    assert row["computed"] == "33.3%"


def test_task_over_half_uses_lower_share(claims):
    assert claims.loc["task_over_half", "computed_value"] == 51


def test_implied_values_in_claims(claims):
    assert claims.loc["province_industrial_growth", "computed_value"] == pytest.approx(2.6)
    assert claims.loc["industrial_investment_base", "computed_value"] == pytest.approx(97.7135,
                                                                                       abs=1e-3)
    assert claims.loc["prov_annual_plan", "computed"] == "482.4（476.7–488.1）亿元"


def test_summary_counts():
    s = summarize(z.check_claims())
    assert s.to_dict() == {"reproduced": 5, "consistent_within_rounding": 0, "inconsistent": 2,
                           "different_bases": 1, "not_checkable": 11}


def test_independent_column(claims):
    assert set(claims["independent"]) <= {"confirms", "contradicts", "silent"}
    for claim_id, verdict in EXPECTED_INDEPENDENT.items():
        assert claims.loc[claim_id, "independent"] == verdict
    others = claims.drop(index=list(EXPECTED_INDEPENDENT))
    assert set(others["independent"]) == {"silent"}
    assert "966万" in claims.loc["population", "independent_note"]
    assert claims.loc["population", "independent_source"] == "hn-press-20220928"
    assert "5.8%" in claims.loc["province_industrial_growth", "independent_note"]


def test_agricultural_city_from_communiques(claims):
    row = claims.loc["agricultural_city"]
    assert row["computed_value"] == pytest.approx(556.81 / 3082.82 * 100)
    assert row["stated_value"] == pytest.approx(5620.82 / 58887.41 * 100)
    assert row["computed"] == "18.1%（全省9.5%）"


def test_contradicting_source_is_reported(data_copy):
    replace_in(data_copy / "observations.csv", "zhumadian,2022,population,966,",
               "zhumadian,2022,population,901,")
    row = z.check_claims(data=data_copy).set_index("claim_id").loc["population"]
    assert row["independent"] == "contradicts"


def test_english_labels_and_notes():
    en = z.check_claims(lang="en").set_index("claim_id")
    assert en.loc["landing_share", "status_label"] == "inconsistent"
    assert "rounds to 69%" in en.loc["landing_share", "note"]


def test_a_correct_68_would_be_reproduced(data_copy):
    """Change 93 landed to 92: 92/135 = 68.1% rounds to 68, so the claim then holds."""
    replace_in(data_copy / "observations.csv", "landed_ind_projects,93,", "landed_ind_projects,92,")
    row = z.check_claims(data=data_copy).set_index("claim_id").loc["landing_share"]
    assert row["status"] == "reproduced"


def test_gaps_that_disagree_are_caught(data_copy):
    # 56 − 15 = 41 (40–42) cannot be 51 − 7 = 44 (43–45)
    replace_in(data_copy / "observations.csv", "city_key_ind_plan_share_gap,12,",
               "city_key_ind_plan_share_gap,15,")
    row = z.check_claims(data=data_copy).set_index("claim_id").loc["provincial_average_consistency"]
    assert row["status"] == "inconsistent"
    # 56 − 14 = 42 (41–43) touches 43–45 only through rounding
    replace_in(data_copy / "observations.csv", "city_key_ind_plan_share_gap,15,",
               "city_key_ind_plan_share_gap,14,")
    row = z.check_claims(data=data_copy).set_index("claim_id").loc["provincial_average_consistency"]
    assert row["status"] == "consistent_within_rounding"


def test_region_without_figures_gets_only_applicable_claims():
    assert list(z.check_claims(region="henan")["claim_id"]) == ["time_half_elapsed"]


def test_rounding_rules():
    assert round_half_up(68.5) == 69 and round_half_up(68.4999) == 68
    assert round_half_up(0.125, 2) == 0.13
    assert truncate(68.89) == 68
    import numpy as np
    assert round_half_up(np.float64(68.888)) == 69
