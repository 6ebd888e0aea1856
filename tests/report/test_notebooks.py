"""Notebooks: each runs under papermill with its defaults in zh and en and shows the
figures computed from data; every notebook renders for every period, region and article
in the data (and for a period or region added as data only) without a failed cell."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import jupytext
import pytest
from conftest import output_text, run_in_process
from papermill.exceptions import PapermillExecutionError

import zmd_analysis as z
from zmd_analysis.access.paths import DEFAULT_DATA_DIR, NOTEBOOKS_DIR
from zmd_analysis.publish import notebooks
from zmd_analysis.report.texts import TEXT

NAMES = notebooks.list_notebooks()
THEMES = [
    "01_key_projects",
    "02_industrial_investment",
    "03_rankings",
    "04_investment_attraction",
    "05_business_environment",
]
ARTICLE_NOTEBOOKS = ["00_overview", "06_claims_check"]
INTAKE_NOTEBOOK = "08_intake"  # reads an article's text: its subject is Chinese text

# notebook -> figures its executed output must show (Chinese run, English run); each one
# is computed from data/ (see tests/analysis for the arithmetic)
KEY_FIGURES = {
    "00_overview": (
        [
            "数据收录了这篇文章（所存文本）中的29个数字和19条说法",
            "482亿元（472–489）",
            "1595亿元（1565–1610）",
            "97.7亿元",
            "68.9%",
            "四舍五入应为69%",
        ],
        [
            "The data hold 29 figures and 19 statements from this source",
            "CNY 48.2 bn (47.2–48.9 bn)",
            "68.9%",
            "which rounds to 69%",
        ],
    ),
    "01_key_projects": (
        [
            "完成年度计划的51%",
            "44.0%（42.5–45.5）",
            "省重点工业项目 482亿元（472–489）",
            "1595亿元（1565–1610）",
            "作为规模参照（不是同一整体的部分）",
            "已过33.3%",
            "17.7个百分点（17.1–18.7）和22.7个百分点（22.1–23.7）",
            "2.00亿元/个",
        ],
        [
            "reached 51%",
            "provincial averages of 44.0% (42.5–45.5%)",
            "Provincial key industrial projects CNY 48.2 bn (47.2–48.9 bn)",
            "As a scale, not as parts of one whole",
            "CNY 200 m each",
        ],
    ),
    "02_industrial_investment": (
        [
            "同比增长48.7%",
            "由“高于全省46.1个百分点”推算",
            "至少要下降",
            "增速不在数据中",
            "河南省同期增长2.6%（2.45–2.75）",
            "约97.7亿元",
            "6.1倍",
            "只是上限，不是估计",
            "有多少是基数效应，无法确定",
            "部分不可能是整体的数倍",
        ],
        [
            "up 48.7%",
            "a fall of at least",
            "is not in the data",
            "upper bound, about",
            "growth of 2.6% (2.45–2.75%) for Henan",
            "CNY 9.8 bn",
            "6.1×",
            "an upper bound, not an estimate",
            "is a base effect is undetermined",
        ],
    ),
    "03_rankings": (
        ["第2位", "第5位", "全省名单共491个，"],
        ["2nd", "5th", "The provincial list has 491 projects;"],
    ),
    "04_investment_attraction": (
        [
            "各类招商活动次数 212次",
            "签约项目平均5.03亿元/个",
            "落地率68.9%",
            "四舍五入应为69%",
        ],
        [
            "Investment-promotion events held (212)",
            "Signed projects average CNY 503 m each",
            "Landing rate 68.9%",
            "which rounds to 69%",
        ],
    ),
    "05_business_environment": (
        ["“最多跑一次”事项2091项", "占93.8%", "仍需跑一次的130项", "30多家"],
        ["2,091 items", "(93.8%)", "leaving 130 items", "30-odd firms"],
    ),
    "06_claims_check": (
        [
            "共19条说法",
            "用文中自身的数字核查6条：复算一致3条，仅部分不大于整体（无发现）1条，截尾后一致1条，不一致1条",
            "只说部分不大于整体的说法成立，但说明不了什么，故单独计数",
            "作为对已过时间的陈述不成立：到2021年1—4月末全年只过去33.3%",
            "这是关于调度数字的算术：51%、56%均高于50%",
            "截去尾数所得",
            "与另一处差值推算的44.0%（42.5–45.5）相同",
            "河南省的省重点（A类）项目完成年度计划比重为44.0%",
            "2017—2018年投资统计修订以来",
        ],
        [
            "19 claims",
            "reproduced (3), only part ≤ whole (no finding) (1)",
            "False as a statement of elapsed time",
            "consistent if truncated (1)",
            "is truncated, not rounded",
            "Implausible at face value",
        ],
    ),
    "07_context": (
        [
            "2018、2019、2020、2021年",
            "2021年1—4月 2.6%（推算）",
            "2021年1—6月 5.8%（推算）",
            "2021年1—10月 11.4%（公布）",
            "2020年1—7月 −0.7%（推算）",
            "第一产业占地区生产总值18.1%",
            "河南省为9.5%",
            "独立来源印证",
            "966万人",
            "可比的一对是第二产业（同为地区生产总值核算口径）：驻马店市增长5.5%，高于河南省的4.1%",
            "4个月增加约2205.2亿元",
            "驻马店市的增速是它的4.3倍",
        ],
        [
            "2018, 2019, 2020, 2021",
            "Jan–Apr 2021 2.6% (implied)",
            "Jan–Oct 2021 11.4%",
            "primary industry was 18.1% of GDP",
            "confirmed elsewhere",
            "The comparable pair is secondary industry (both GDP accounting): Zhumadian grew 5.5%, faster than Henan",
            "about CNY 220.5 bn in 4 months",
            "rate is 4.3× that",
        ],
    ),
    # the sample notice (notebooks/samples): 19 figures; 150/300 = 50%, 72/90 = 80% and
    # the two breakdowns (180 + 120 = 300 projects, 380 + 220 = 600 亿元) reproduce
    "08_intake": (
        [
            "19 个数字，9 项陈述：复算一致 4",
            "150 ÷ 300 × 100 = 50",
            "380 + 220",
            "<sup>18</sup>第三位",
        ],
        [
            "19 figures, 9 claims: reproduced 4",
            "72 ÷ 90 × 100 = 80",
            "Figures and the rows they become",
        ],
    ),
}


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    out = tmp_path_factory.mktemp("executed")
    return {
        (name, lang): notebooks.execute(name, {"lang": lang}, out / f"{name}.{lang}.ipynb")
        for name in NAMES
        for lang in ("zh", "en")
    }


def test_the_expected_notebooks_exist():
    assert sorted(KEY_FIGURES) == NAMES


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
    headings = re.findall(r"<h[23][^>]*>(.*?)</h[23]>", output_text(executed[name, "en"]))
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
    assert "lang" in params
    needs = (
        {"source"}
        if name in ARTICLE_NOTEBOOKS
        else {"path"}
        if name == INTAKE_NOTEBOOK
        else {"region"}
    )
    assert needs <= set(params)
    for p in params.values():  # a type the build's config checks values against, and a comment
        assert p["inferred_type_name"] in ("str", "int") and p["help"], p


def test_every_parameter_is_used():
    """A parameter that does nothing is a bug: each one is read after the parameters cell."""
    for name in NAMES:
        nb = jupytext.read(NOTEBOOKS_DIR / f"{name}.py")
        body = "\n".join(
            c.source
            for c in nb.cells
            if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", [])
        )
        for param in notebooks.parameters(name):
            assert re.search(rf"\b{param}\b", body), f"{name}: parameter {param} is never used"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_file_is_text_without_outputs(name):
    text = (NOTEBOOKS_DIR / f"{name}.py").read_text(encoding="utf-8")
    assert text.startswith("# ---\n# jupyter:")
    assert "outputs" not in text and "execution_count" not in text


@pytest.mark.parametrize(
    "param, value, listed",
    [
        ("region", "shanghai", "anyang, hebi, henan"),
        ("period", "2021Q2", "2021M01-M04"),
        ("lang", "fr", "zh, en"),
    ],
)
def test_unknown_parameter_value_stops_with_valid_values(tmp_path, param, value, listed):
    with pytest.raises(PapermillExecutionError) as info:
        notebooks.execute("01_key_projects", {param: value}, tmp_path / "bad.ipynb")
    assert f"unknown {param} '{value}'" in str(info.value)
    assert listed in str(info.value)


def test_unknown_source_stops_with_the_articles(tmp_path):
    with pytest.raises(PapermillExecutionError) as info:
        notebooks.execute("06_claims_check", {"source": "zzrb-20210520"}, tmp_path / "bad.ipynb")
    assert "unknown source 'zzrb-20210520'" in str(info.value)
    assert "zmdnews-20180514" in str(info.value)


# --- the matrix: every notebook for every period, region, article and language ----------

PERIODS = list(z.load_tables().periods["period_id"])
_P = z.load_tables().periods
YEARS = list(
    _P.loc[
        (_P["start"].dt.strftime("%m-%d") == "01-01") & (_P["end"].dt.strftime("%m-%d") == "12-31"),
        "period_id",
    ]
)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("period", PERIODS)
def test_every_theme_notebook_renders_for_every_period(period, lang):
    for name in THEMES:
        run_in_process(name, {"period": period, "lang": lang})
    if period in YEARS:
        run_in_process("07_context", {"year": period, "lang": lang})
    else:  # year takes whole calendar years only, and says which
        with pytest.raises(AssertionError, match=f"valid values: {', '.join(YEARS)}"):
            run_in_process("07_context", {"year": period, "lang": lang})


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("source", z.articles())
def test_every_article_has_its_own_overview_and_claims_check(source, lang):
    overview = run_in_process("00_overview", {"source": source, "lang": lang})
    title = z.source_record(source)["title"]
    assert title in overview
    n = z.figure_count(source)
    assert (f"中的{n}个数字" if lang == "zh" else f"The data hold {n} figures") in overview
    claims = run_in_process("06_claims_check", {"source": source, "lang": lang})
    m = len(z.load_tables().claims.query("source_id == @source"))
    assert (f"共{m}条说法" if lang == "zh" else f"{m} claims") in claims


@pytest.mark.parametrize("region", ["henan", "zhengzhou", "luohe", "jiyuan"])
def test_every_notebook_renders_for_regions_without_data(region):
    for name in THEMES + ["07_context"]:
        text = run_in_process(name, {"region": region, "lang": "en"})
        assert "Traceback" not in text


def test_a_region_without_data_says_so():
    assert "没有本节所需的数据" in run_in_process("01_key_projects", {"region": "henan"})
    text = run_in_process("04_investment_attraction", {"region": "henan", "lang": "en"})
    assert "No data for this section for Henan" in text


def test_comparison_changes_the_numbers_or_says_there_are_none(tmp_path, monkeypatch):
    text = run_in_process("02_industrial_investment", {"comparison": "zhengzhou"})
    assert "数据中没有郑州市在2021年1—4月的这一数字" in text
    assert "河南省同期增长2.6%" not in text
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    with open(data / "observations.csv", "a", encoding="utf-8") as fh:
        fh.write("zhengzhou,2021M01-M04,industrial_investment_growth,30.2,%,,测试,zzrb-20210520,\n")
    monkeypatch.setenv("ZMD_DATA_DIR", str(data))
    text = run_in_process("02_industrial_investment", {"comparison": "zhengzhou"})
    assert "郑州市为30.2%" in text and "相差18.5个百分点（18.35–18.65）" in text  # 48.7 − 30.2


@pytest.fixture
def added_as_data(tmp_path, monkeypatch):
    """A new Jan–Apr period with key-project figures, and a new region, added as data only."""
    fixture = Path(__file__).parents[1] / "fixtures" / "new_year"
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    for name in ("periods.csv", "sources.csv", "observations.csv"):
        with open(data / name, "a", encoding="utf-8") as fh:
            fh.write((fixture / name).read_text(encoding="utf-8"))
    with open(data / "regions.csv", "a", encoding="utf-8") as fh:
        fh.write("suiping,遂平县,Suiping,county,zhumadian\n")
    monkeypatch.setenv("ZMD_DATA_DIR", str(data))
    return data


def test_a_period_and_a_region_added_as_data_render_every_notebook(added_as_data):
    for lang in ("zh", "en"):
        for name in THEMES:
            run_in_process(name, {"period": "2022M01-M04", "lang": lang})
            run_in_process(name, {"region": "suiping", "lang": lang})
        run_in_process("07_context", {"region": "suiping", "lang": lang})
    text = run_in_process("01_key_projects", {"period": "2022M01-M04"})
    assert "完成年度计划的47%" in text and "市重点工业项目完成52%" in text
    # the 2021 article's figures appear only among the earlier years, never as the period's
    purpose = TEXT["projects_purpose"]["zh"]
    head = text.split("资料来源")[0].split(purpose)[1].split("此前年份")[0]
    assert "2022年1—4月" in text and "2021" not in head
    assert "2018、2019、2020、2021、2022年" in run_in_process("07_context", {})


def _english_leftovers(text: str) -> list[str]:
    """Chinese left in an English report's visible text once quoted phrases (as printed) and
    source names and titles (from sources.csv) are set aside."""
    import html as html_lib

    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", text))
    parts = {
        part
        for s in z.load_tables().sources.itertuples()
        for part in (s.publisher, s.title, s.page)
        if part
    }
    for part in sorted(parts, key=len, reverse=True):  # 驻马店日报（…） before 驻马店日报
        text = text.replace(part, " ")
    text = re.sub(r"“[^”]*”|‘[^’]*’|'[^']*'", " ", text)
    return re.findall(r"[^\s]*[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef][^\s]*", text)


@pytest.mark.parametrize("name", [n for n in NAMES if n != INTAKE_NOTEBOOK])
def test_english_reports_have_no_chinese_outside_quotes_and_sources(executed, name):
    assert _english_leftovers(output_text(executed[name, "en"])) == []


def test_the_chinese_check_can_fail(executed):
    """The same check on the Chinese run finds plenty: it is not vacuous."""
    assert len(_english_leftovers(output_text(executed["01_key_projects", "zh"]))) > 20


# --- the figures every report offers for download, pinned ------------------------------

FIGURES_SNAPSHOT = Path(__file__).parents[1] / "fixtures" / "report_figures.json"


def _download_figures(nb) -> dict[str, list[str]]:
    """Each download of an executed notebook (by its position and kind): the
    numbers in its CSV, in order (column names and words left out, so a wording fix does
    not move it; the data version column left out, so a data edit elsewhere does not)."""
    import csv
    import io

    out: dict[str, list[str]] = {}
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            d = o.get("metadata", {}).get("zmd_report", {}).get("download")
            if not d:
                continue
            rows = list(csv.reader(io.StringIO(d["csv"])))
            keep = [i for i, c in enumerate(rows[0]) if c not in ("data_version", "数据版本")]
            nums = [
                cell_text
                for row in rows[1:]
                for i, cell_text in enumerate(row)
                if i in keep and re.fullmatch(r"−?-?\d+(\.\d+)?", cell_text.strip())
            ]
            out[f"{len(out) + 1:02d} {d['kind']}"] = nums  # by position: titles may be reworded
    return out


def test_report_figures_are_those_pinned_before_the_redesign(executed):
    """The numbers in every report's download CSVs (default parameters, zh and en) equal
    the snapshot; a refactor must not move a figure. Regenerate deliberately with
    ZMD_UPDATE_FIGURES=1 after a data or method change, and say why in the commit."""
    import json
    import os

    now = {
        f"{name}.{lang}": _download_figures(executed[name, lang])
        for name in NAMES
        if name != INTAKE_NOTEBOOK
        for lang in ("zh", "en")
    }
    if os.environ.get("ZMD_UPDATE_FIGURES"):
        FIGURES_SNAPSHOT.write_text(
            json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
    pinned = json.loads(FIGURES_SNAPSHOT.read_text(encoding="utf-8"))
    assert sum(len(v) for r in now.values() for v in r.values()) > 200
    assert {r: {k: len(v) for k, v in d.items()} for r, d in now.items()} == {
        r: {k: len(v) for k, v in d.items()} for r, d in pinned.items()
    }
    assert now == pinned


def test_other_years_and_periods_without_provincial_figures(tmp_path, monkeypatch):
    """07_context for a year other than the article's leaves the article's claims out; the
    year parameter lists years only; 01_key_projects renders with city figures alone."""
    from zmd_analysis.access.errors import UnknownNameError
    from zmd_analysis.report.params import validate_year

    with pytest.raises(UnknownNameError) as err:
        validate_year("2021M01-M04")
    assert "valid values: 2021, 2022" in str(err.value)
    text = run_in_process("07_context", {"year": "2022"})
    assert "数据中没有关于2022年、并有独立来源可对照的说法" in text
    assert "960多万" not in text and "960多万" in run_in_process("07_context", {})
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    obs = data / "observations.csv"
    lines = obs.read_text(encoding="utf-8").splitlines(keepends=True)
    obs.write_text("".join(x for x in lines if ",prov_key_ind_" not in x), encoding="utf-8")
    monkeypatch.setenv("ZMD_DATA_DIR", str(data))
    for lang in ("zh", "en"):
        text = run_in_process("01_key_projects", {"lang": lang})
        assert ("市重点工业项目" if lang == "zh" else "City key industrial projects") in text
        assert (
            "省重点工业项目个数" if lang == "zh" else "Provincial key industrial projects,"
        ) not in text


def _awkward_phrases() -> list[str]:
    path = Path(__file__).parents[1] / "fixtures" / "awkward_english.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [x for x in lines if x and not x.startswith("#")]


def test_no_awkward_english_comes_back(executed):
    """The reviewer's list (tests/fixtures/awkward_english.txt) is absent from every English
    report and every claim sentence in English."""
    import html as html_lib

    from zmd_analysis.report.sentences import claims_frame

    phrases = _awkward_phrases()
    assert len(phrases) >= 10
    texts = {
        name: html_lib.unescape(output_text(executed[name, "en"]))
        for name in NAMES
        if name != INTAKE_NOTEBOOK
    }
    texts["claims"] = " ".join(claims_frame(lang="en")["sentence"])
    found = {(where, p) for where, t in texts.items() for p in phrases if p in t}
    assert found == set()
