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
    assert (h.scale_tested, h.implausible) == (3, 3)
    assert (h.confirms, h.contradicts) == (2, 0)


def test_progress_ahead_of_the_calendar_while_investment_fell_is_implausible():
    """Jan–Apr 2020: A-class projects 45.6% of plan, 12.3 pp ahead of the calendar, while
    Henan's fixed-asset investment fell 1.1% (the shutdown months)."""
    v = _by_id("zmd-bulletin-20200521")["zmd20-a-plan"]
    assert "ahead_in_a_fall=implausible_at_face_value" in v.names["scale_tests"]
    assert v.numbers["fall_growth"].value == -1.1 and v.names["fall_region"] == "henan"
    assert v.numbers["ahead"].low > 0
    b = _by_id("zmd-bulletin-20200521")["zmd20-b-plan"]  # and 1708 / 0.416 is 133% of GDP
    assert b.numbers["plan_gdp_ratio"].value == pytest.approx(1708 / 0.416 / 3082.82 * 100)
    # 2021: investment grew, so the test does not apply
    assert (
        "ahead_in_a_fall" not in _by_id("zmdrb-20210602-p1")["zmd21-city-plan"].names["scale_tests"]
    )
