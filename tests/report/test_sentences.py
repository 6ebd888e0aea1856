"""Claim sentences come from templates filled with the engine's numbers: no figure of any
article is typed in code or in a template."""

from __future__ import annotations

import re
from importlib import resources

from conftest import replace_in

from zmd_analysis.access.observations import load_observations
from zmd_analysis.analysis.claims import KINDS, STATUSES
from zmd_analysis.report.labels import LABELS
from zmd_analysis.report.sentences import claims_frame, templates


def frame(data=None, lang="zh"):
    return claims_frame(lang=lang, data=data).set_index("claim_id")


def test_a_data_edit_changes_the_sentence(data_copy):
    before = frame()
    replace_in(
        data_copy / "observations.csv",
        "prov_key_ind_investment,246,",
        "prov_key_ind_investment,250,",
    )
    after = frame(data_copy)
    # a range 16 wide shows no decimals: the printed precision (246, 51%) plus none
    assert "482亿元（472–489）" in before.loc["zmd21-prov-plan", "sentence"]
    assert "490亿元（479–497）" in after.loc["zmd21-prov-plan", "sentence"]  # 250 / 0.51
    assert "250亿元" in after.loc["zmd21-prov-plan", "sentence"]
    replace_in(data_copy / "observations.csv", "landed_ind_projects,93,", "landed_ind_projects,94,")
    en = frame(data_copy, "en").loc["zmd21-landed"]
    assert "94 ÷ 135 projects = 69.6%" in en["sentence"]
    assert en["status"] == "inconsistent"


def test_every_kind_and_status_that_occurs_has_a_sentence_in_both_languages():
    for lang in ("zh", "en"):
        f = frame(lang=lang)
        assert (f["sentence"].str.len() > 10).all(), f[f["sentence"].str.len() <= 10]
        assert not f["sentence"].str.contains(r"\{|\}").any()


def test_templates_hold_no_figures():
    """Every number of the article, as printed, is absent from the template file."""
    text = (
        resources.files("zmd_analysis.report")
        .joinpath("templates/claims.toml")
        .read_text(encoding="utf-8")
    )
    printed = set(load_observations()["value_text"]) - {"1", "2", "3", "4", "5"}
    found = {p for p in printed if re.search(rf"(?<![\w.]){re.escape(p)}(?![\w.])", text)}
    assert not found, found
    assert set(templates()) <= set(KINDS) | {"default", "plausibility"}


def test_labels_are_defined_once_for_every_status():
    assert set(LABELS["status"]) == set(STATUSES)


def test_every_closed_set_has_its_labels_colours_and_roles():
    """The vocabulary's enums are the one list: labels, chart colours and the schema's kinds
    are keyed by them, none missing and none extra."""
    from zmd_analysis.access.schema import CLAIM_KINDS
    from zmd_analysis.access.vocab import (
        ClaimKind,
        Independent,
        Origin,
        Plausibility,
        Reliability,
        Status,
    )
    from zmd_analysis.report.charts import STATUS_COLOURS

    assert tuple(STATUSES) == tuple(Status)
    assert set(STATUS_COLOURS) == set(Status)
    assert set(LABELS["kind"]) == set(ClaimKind) == set(CLAIM_KINDS)
    assert set(LABELS["independent"]) == set(Independent)
    assert set(LABELS["reliability"]) == set(Reliability)
    assert set(LABELS["origin"]) == set(Origin)
    assert set(LABELS["plausibility"]) == set(Plausibility)


def test_english_sentences_have_no_chinese_but_source_names():
    f = frame(lang="en")
    for cid, text in f["sentence"].items():
        stripped = re.sub(r"'[^']*'", "", text)  # quoted phrases as printed
        stripped = re.sub(r"[\u4e00-\u9fff]+(?:[^,;.]*?)?,? \d{4}-\d{2}-\d{2}", "", stripped)
        assert not re.search(r"[\u4e00-\u9fff]", stripped), (cid, text)


def test_bases_and_location_quotients_are_said_in_words():
    en = frame(lang="en")
    assert "can only be the registered (hukou) population" in en.loc["zmd21-population", "sentence"]
    assert "a location quotient of 1.9×" in en.loc["zmd21-farming-city", "sentence"]
    zh = frame()
    assert "只可能是户籍人口" in zh.loc["zmd21-population", "sentence"]
