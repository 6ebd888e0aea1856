"""The sections registry: every theme's section is registered with what it shows, the
listing names each, and a section's sentences are in the word catalogue."""

import subprocess
import sys

from zmd_analysis.analysis import context
from zmd_analysis.report.params import validate
from zmd_analysis.report.sections import SECTIONS
from zmd_analysis.report.sections.key_projects import history_text
from zmd_analysis.report.texts import TEXT


def test_every_section_is_registered_with_known_sentences():
    modules = {name.split(".")[0] for name in SECTIONS}
    assert modules == {
        "article",
        "attraction",
        "context",
        "environment",
        "investment",
        "key_projects",
        "ranks",
    }
    for s in SECTIONS.values():
        assert s.sentences, s.name
        assert set(s.sentences) <= set(TEXT), s.name


def test_the_listing_names_each_section_with_its_figures():
    out = subprocess.run(
        [sys.executable, "-m", "zmd_analysis.report.sections"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for name in SECTIONS:
        assert f"\n{name}\n" in f"\n{out}"
    assert "analysis.themes.KeyProjects (provincial, city, time_elapsed)" in out
    assert "charts:    funnel_chart" in out


def test_above_half_by_april_is_not_new():
    series = context.key_project_series("zhumadian")
    text = history_text(series, validate("zhumadian", "2021M01-M04", lang="en"), 2021)
    assert "2018 Advanced-manufacturing projects 54%" in text and "not new" in text
    zh = history_text(series, validate("zhumadian", "2021M01-M04"), 2021)
    assert "先进制造业项目 54%" in zh and "并非首次" in zh
