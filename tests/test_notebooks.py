"""Every notebook runs under papermill with its defaults and in English, and shows the key figures."""
from __future__ import annotations

import re

import jupytext
import pytest
from papermill.exceptions import PapermillExecutionError

from conftest import output_text
from zmd_analysis import notebooks
from zmd_analysis.paths import NOTEBOOKS_DIR

NAMES = notebooks.list_notebooks()

# notebook -> figures its executed output must show (Chinese run, English run)
KEY_FIGURES = {
    "00_overview": (["482.4", "1594.6", "97.7", "2.6", "共19条说法", "68.89%"],
                    ["19 claims", "Industrial investment", "68.89%"]),
    "01_key_projects": (["51%", "44%（43–45%）", "482亿元", "476.7–488.1", "1595亿元", "33.3%",
                         "17.7和22.7个百分点"],
                        ["reached 51%", "provincial average of 44%", "476.7–488.1", "17.7 and 22.7 pp"]),
    "02_industrial_investment": (["同比增长48.7%", "仅增长2.6%（2.5–2.7%）", "约97.7亿元", "6.1倍"],
                                 ["up 48.7%", "grew only 2.6%", "about 97.7", "6.1×"]),
    "03_rankings": (["第2位", "第5位", "共491个项目"], ["ranked 2", "of 491 on the provincial list"]),
    "04_investment_attraction": (["招商活动212次", "平均每个5.03亿元", "落地率68.9%", "应为69%"],
                                 ["212 promotion events", "5.03 each", "rate of 68.9%",
                                  "should round to 69%"]),
    "05_business_environment": (["“最多跑一次”事项2091项", "占93.8%", "只有130项", "90天内完成",
                                 "30多家"],
                                ["2,091 service items", "(93.8%)", "leaving 130", "within 90 days",
                                 "30-odd"]),
    "06_claims_check": (["共19条说法", "复算一致5条", "不一致2条", "截尾"],
                        ["19 claims", "5 reproduced", "2 inconsistent", "truncated"]),
    "07_context": (["2018、2020、2021年", "只有2.6%", "约5.8%", "为11.4%", "约-0.7%",
                    "第一产业占18.1%", "（9.5%）", "独立来源印证", "966万"],
                   ["2018, 2020, 2021", "only 2.6%", "about 5.8%", "11.4% for Jan–Oct",
                    "about -0.7%", "primary industry was 18.1%", "confirmed"]),
}




@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    out = tmp_path_factory.mktemp("executed")
    runs = {}
    for name in NAMES:
        for lang in ("zh", "en"):
            runs[name, lang] = notebooks.execute(name, {"lang": lang}, out / f"{name}.{lang}.ipynb")
    return runs


def test_the_expected_notebooks_exist():
    assert NAMES == sorted(KEY_FIGURES)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_notebook_shows_key_figures(executed, name, lang):
    nb = executed[name, lang]
    assert nb.metadata.papermill["parameters"]["lang"] == lang
    text = output_text(nb)
    for figure in KEY_FIGURES[name][lang == "en"]:
        assert figure in text, f"{name} ({lang}) does not show {figure!r}"
    assert "Traceback" not in text


@pytest.mark.parametrize("name", NAMES)
def test_english_run_has_no_chinese_headings(executed, name):
    headings = re.findall(r"<h[12][^>]*>(.*?)</h[12]>", output_text(executed[name, "en"]))
    assert headings
    for h in headings:
        assert not re.search(r"[\u4e00-\u9fff]", h), h


@pytest.mark.parametrize("name", NAMES)
def test_every_chart_has_a_source_line(executed, name):
    for cell in executed[name, "zh"].cells:
        for out in cell.get("outputs", []):
            fig = out.get("data", {}).get("application/vnd.plotly.v1+json")
            if fig:
                notes = [a["text"] for a in fig["layout"].get("annotations", [])]
                assert any(n.startswith("来源") for n in notes)


@pytest.mark.parametrize("name", NAMES)
def test_one_typed_commented_parameters_cell(name):
    nb = jupytext.read(NOTEBOOKS_DIR / f"{name}.py")
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1
    params = notebooks.parameters(name)
    assert {"region", "period", "comparison", "lang"} <= set(params)
    for p in params.values():
        assert p["inferred_type_name"] == "str" and p["help"], p


@pytest.mark.parametrize("name", NAMES)
def test_notebook_file_is_text_without_outputs(name):
    text = (NOTEBOOKS_DIR / f"{name}.py").read_text(encoding="utf-8")
    assert text.startswith("# ---\n# jupyter:")
    assert "outputs" not in text and "execution_count" not in text


@pytest.mark.parametrize("param, value, listed", [
    ("region", "luohe", "henan, zhengzhou, zhumadian"),
    ("period", "2021Q2", "2021M01-M04"),
    ("lang", "fr", "zh, en"),
])
def test_unknown_parameter_value_stops_with_valid_values(tmp_path, param, value, listed):
    with pytest.raises(PapermillExecutionError) as info:
        notebooks.execute("01_key_projects", {param: value}, tmp_path / "bad.ipynb")
    assert f"unknown {param} '{value}'" in str(info.value)
    assert listed in str(info.value)


def test_region_without_data_says_so(tmp_path):
    nb = notebooks.execute("01_key_projects", {"region": "henan"}, tmp_path / "henan.ipynb")
    assert "没有本节所需的数据" in output_text(nb)
    nb = notebooks.execute("04_investment_attraction", {"region": "henan", "lang": "en"},
                           tmp_path / "henan-en.ipynb")
    assert "No data for this section for Henan" in output_text(nb)
