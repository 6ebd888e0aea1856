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


def test_above_half_by_april_is_said_to_be_not_new_only_like_for_like():
    series = context.key_project_series("zhumadian")
    text = history_text(series, validate("zhumadian", "2021M01-M04", lang="en"), 2021)
    assert "2018 Advanced-manufacturing projects 54%" in text and "not new" not in text
    assert "cannot show whether this progress is unusual" in text
    zh = history_text(series, validate("zhumadian", "2020M01-M04"), 2020)
    assert "并非首次" in zh  # 2019's provincial list, all projects: 52.6%


def test_the_base_effect_chart_names_the_stand_in_bars():
    from zmd_analysis.analysis.base_effect import base_effect
    from zmd_analysis.report.sections.investment import base_effect_chart

    b = base_effect("industrial_investment_growth", "zhumadian", "henan", "2021M01-M04")
    fig = base_effect_chart(b, "河南省", "zh", "来源：测试")
    bars = {t.name: list(t.x) for t in fig.data if t.type == "bar"}
    assert bars["河南省的代用增速"] == ["−0.7%<br>2020年1—7月", "−1.1%<br>2020年1—4月"]
    assert bars["假设的上年同期增速"] == ["0%", "−10%", "−20%", "−30%"]
    assert fig.layout.showlegend is not False  # the dashed line is named in the legend


def test_the_growth_path_puts_each_year_on_its_own_line():
    from zmd_analysis.analysis.context import growth_path
    from zmd_analysis.report.sections.context import path_chart

    fig = path_chart(growth_path("industrial_investment_growth", "henan", 2021), "en", "x")
    traces = {t.name: list(t.x) for t in fig.data if t.type == "scatter" and t.x[0] is not None}
    assert traces == {"2020 (implied)": [7], "2021 (implied)": [4, 6], "2021 (published)": [10]}
    assert fig.layout.xaxis.type != "category" and list(fig.layout.xaxis.ticktext) == [
        "Jan–Apr",
        "Jan–Jun",
        "Jan–Jul",
        "Jan–Oct",
    ]


def test_a_legend_that_wraps_moves_the_plot_down_not_into_the_title():
    from zmd_analysis.analysis.themes import key_projects
    from zmd_analysis.report.charts import _legend_rows
    from zmd_analysis.report.sections.key_projects import progress_chart

    kp = key_projects("zhumadian", "2021M01-M04")
    en, zh = progress_chart(kp, "Zhumadian", "en"), progress_chart(kp, "驻马店市", "zh")
    assert _legend_rows(en) >= 2 and en.layout.margin.t >= 90 + 22 * (_legend_rows(en) - 1)
    bars = [t for t in en.data if t.type == "bar"]
    assert bars[0].cliponaxis is False and all("vs province" in x for x in bars[0].text)
    assert _legend_rows(zh) <= _legend_rows(en)
