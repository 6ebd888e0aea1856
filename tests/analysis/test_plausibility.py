"""Plausibility: figures against the region's own scale, computed from data/, and the
headline that counts claims by what settled them."""

import pytest

from zmd_analysis.access.vocab import Plausibility, Status
from zmd_analysis.analysis.claims import check_claims, headline, is_trivial


def _by_id(source):
    return {v.claim_id: v for v in check_claims(source)}


def test_a_dispatch_part_six_times_its_statistical_whole_is_implausible():
    v = _by_id("zmdrb-20210602-p1")["zmd21-bases"]
    assert v.status == Status.DIFFERENT_BASES  # the arithmetic verdict is kept
    assert v.plausibility == Plausibility.IMPLAUSIBLE
    assert v.numbers["scale_ratio"].value == pytest.approx(893 / 145.3)
    assert v.names["scale_whole"] == "industrial_investment"  # indicators.csv part_of


def test_an_implied_plan_is_put_against_gdp_of_its_year_or_the_nearest_held():
    city = _by_id("zmdrb-20210602-p1")["zmd21-city-plan"]
    assert city.numbers["plan_gdp_ratio"].value == pytest.approx(893 / 0.56 / 3082.82 * 100)
    assert city.names["plan_year"] == "2021"
    assert "plan_vs_gdp=plausible" in city.names["scale_tests"]  # about half of GDP
    b_class = _by_id("zmd-gov-20200922")["zmd-gov-20200922-c04"]
    assert b_class.names["plan_year"] == "2021"  # 2020 GDP is not held: the nearest year
    assert b_class.numbers["plan_gdp_ratio"].value == pytest.approx(3913.2 / 0.952 / 3082.82 * 100)
    assert b_class.plausibility == Plausibility.IMPLAUSIBLE  # 133% of a year's GDP


def test_without_a_whole_or_a_plan_nothing_is_tested():
    v = _by_id("zmdrb-20210602-p1")["zmd21-landed"]
    assert v.plausibility == Plausibility.UNTESTED and "scale_tests" not in v.names


def test_the_headline_counts_what_settled_each_claim():
    verdicts = check_claims("zmdrb-20210602-p1")
    h = headline(verdicts)
    trivial = [v.claim_id for v in verdicts if is_trivial(v)]
    assert trivial == ["zmd21-zero-trip"]  # 1,961 no-visit items within 2,091
    assert h.total == len(verdicts) == 19
    assert sum(h.checked.values()) + h.trivial + sum(h.unsettled.values()) == h.total
    assert Status.REPRODUCED not in h.unsettled and h.checked[Status.REPRODUCED] == sum(
        v.status == Status.REPRODUCED for v in verdicts
    ) - len(trivial)
    # 3 by a test of their own (two lists and the bases, all part > whole), 3 by their
    # list (two gaps and 任务完成超半, arithmetic about the lists' shares)
    assert (h.scale_tested, h.implausible) == (6, 6)
    assert (h.confirms, h.contradicts) == (2, 0)


def test_growth_is_never_set_against_progress_against_a_plan():
    """Jan–Apr 2020: year-on-year investment growth (Henan's FAI fell 1.1%) says nothing
    about progress against a plan, so no such test runs; the list's plan is set against a
    year's GDP, the printed plan where there is one (703.7, not 320.6 / 45.6%)."""
    v = _by_id("zmd-bulletin-20200521")["zmd20-a-plan"]
    assert v.names["scale_tests"] == "plan_vs_gdp=plausible"
    assert "fall_growth" not in v.numbers and "plan_industry_ratio" not in v.numbers
    assert v.numbers["plan_tested"].value == 703.7
    assert v.numbers["plan_gdp_ratio"].value == pytest.approx(703.7 / 3082.82 * 100)
    assert (v.names["plan_period"], v.names["plan_year"]) == ("2020", "2021")  # both named
    b = _by_id("zmd-bulletin-20200521")["zmd20-b-plan"]  # 1708 / 0.416 is 133% of GDP
    assert b.numbers["plan_gdp_ratio"].value == pytest.approx(1708 / 0.416 / 3082.82 * 100)
    assert b.plausibility == Plausibility.IMPLAUSIBLE


def test_a_lists_plausibility_flows_to_its_parts_and_to_claims_on_its_figures():
    """Jan–Aug 2020: the B-list's plan is 133% of GDP; its new starts' plan alone would
    pass (73% of GDP), but they are part of the list (a sum claim says so), and so is every
    claim resting on the list's figures (任务过半 over its 95.2%)."""
    v = _by_id("zmd-gov-20200922")
    whole = v["zmd-gov-20200922-c04"]
    assert whole.plausibility == Plausibility.IMPLAUSIBLE
    new_starts = v["zmd-gov-20200922-c08"]
    own = new_starts.numbers["plan_gdp_ratio"].value
    assert own == pytest.approx(1999.2 / 0.887 / 3082.82 * 100) and own < 100
    for cid in ("zmd-gov-20200922-c05", "zmd-gov-20200922-c06", "zmd-gov-20200922-c08"):
        assert v[cid].plausibility == Plausibility.IMPLAUSIBLE
        assert v[cid].names["scale_tests"] == "list=implausible_at_face_value"
        assert v[cid].names["list_claim"] == "zmd-gov-20200922-c04"
        assert v[cid].names["list"] == "key_b_investment"
    task = v["zmd-gov-20200922-c13"]  # the task part of 双过半: a threshold, not a slogan
    assert task.kind == "threshold" and task.status == Status.REPRODUCED
    assert task.plausibility == Plausibility.IMPLAUSIBLE
    # the A-list (plan 883, 28.6% of GDP) is plausible and passes nothing on
    assert v["zmd-gov-20200922-c01"].plausibility == Plausibility.PLAUSIBLE
    assert v["zmd-gov-20200922-c10"].plausibility == Plausibility.PLAUSIBLE
    # 2021: 任务完成超半 rests on the two lists' shares, each list larger than its whole
    t21 = _by_id("zmdrb-20210602-p1")["zmd21-task-half"]
    assert t21.plausibility == Plausibility.IMPLAUSIBLE
    assert t21.names["list_claim"] == "zmd21-prov-plan"


def test_the_time_part_of_a_slogan_is_a_statement_of_elapsed_time():
    """One rule for 双过半: 时间过半 is tested as elapsed time in every article."""
    t21 = _by_id("zmdrb-20210602-p1")["zmd21-time-half"]
    t20 = _by_id("zmd-gov-20200922")["zmd-gov-20200922-c12"]
    assert (t21.kind, t20.kind) == ("time_share", "time_share")
    assert t21.status == Status.INCONSISTENT and t21.numbers["time_months"].value == pytest.approx(
        100 * 4 / 12
    )
    assert t20.status == Status.REPRODUCED and t20.numbers["time_months"].value == pytest.approx(
        100 * 8 / 12
    )
