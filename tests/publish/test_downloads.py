"""Every chart and figure table of an HTML report hands over its numbers as a CSV file,
saved by a click in the browser, offline, from the single HTML file."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from test_hostile import download_all

from zmd_analysis.access.provenance import data_version
from zmd_analysis.publish import build as builder
from zmd_analysis.publish.config import load_config


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("downloads")
    specs = load_config()
    result = builder.build(
        specs, out, only=["01-key-projects", "00-overview-en"], formats=["html"], log=lambda m: None
    )
    assert result.exit_code == 0, [o.message for o in result.failed]
    return out


def _rows(raw: bytes) -> list[dict]:
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark"
    return list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"))))


def _drawn_values(html: str) -> dict[str, list[float]]:
    """The numbers each chart's traces draw (bar lengths, funnel widths, marker positions)."""
    figs = json.loads(
        re.search(
            r'<script type="application/json" id="plotly-data">(.*?)</script>', html, re.S
        ).group(1)
    )
    drawn = {}
    for fid, fig in figs.items():
        values = []
        for trace in fig["data"]:
            axis = "x" if trace.get("orientation") == "h" or trace["type"] == "funnel" else "y"
            values += [v for v in trace.get(axis) or [] if isinstance(v, (int, float))]
        drawn[fid] = values
    return drawn


def test_every_chart_and_table_has_a_download(built):
    html = (built / "01-key-projects.html").read_text(encoding="utf-8")
    charts = len(re.findall(r'class="plotly-figure"', html))
    files, pwned = download_all(built / "01-key-projects.html")
    assert pwned is None
    assert sorted(files) == [f"01-key-projects-chart-{i}.csv" for i in range(1, charts + 1)] + [
        "01-key-projects-figures-1.csv"
    ]
    assert html.count("下载数据") == charts + 1


def test_chart_csv_holds_what_the_chart_draws(built):
    html = (built / "01-key-projects.html").read_text(encoding="utf-8")
    files, _ = download_all(built / "01-key-projects.html")
    drawn = _drawn_values(html)
    for i, fid in enumerate(drawn, start=1):
        rows = _rows(files[f"01-key-projects-chart-{i}.csv"])
        values = {round(float(r["数值"]), 4) for r in rows}
        missing = [v for v in drawn[fid] if round(v, 4) not in values]
        assert not missing, f"chart {i} draws {missing} that its CSV lacks"
    progress = {r["项目"]: r for r in _rows(files["01-key-projects-chart-1.csv"])}
    share = progress["省重点工业项目完成投资占年度计划比重"]
    assert (
        share["数值"],
        share["区间下限"],
        share["区间上限"],
        share["单位"],
        share["数值性质"],
    ) == ("51.0", "50.5", "52.0", "%", "报道中的数字")  # a theme report: printed in an article
    assert share["来源编号"] == "zmdrb-20210602-p1" and "驻马店日报" in share["来源"]
    avg = progress["省重点工业项目：对照的全省重点项目平均进度（全部项目，推算）"]
    assert (
        avg["数值"],
        avg["区间下限"],
        avg["区间上限"],
        avg["数值性质"],
        avg["文中写法/算式"],
    ) == ("44.0", "42.5", "45.5", "本报告推算", "51 − 7")
    assert {r["数据版本"] for r in progress.values()} == {data_version()}


def test_figure_table_csv_lists_every_figure(built):
    files, _ = download_all(built / "01-key-projects.html")
    rows = _rows(files["01-key-projects-figures-1.csv"])
    labels = [r["项目"] for r in rows]
    assert "省重点工业项目个数" in labels and "市重点工业项目：年度计划投资（推算）" in labels
    plan = next(r for r in rows if r["项目"] == "市重点工业项目：年度计划投资（推算）")
    assert round(float(plan["数值"]), 2) == round(893 / 56 * 100, 2)


def test_english_report_downloads_english_csv(built):
    files, _ = download_all(built / "00-overview-en.html")
    rows = _rows(files["00-overview-en-chart-1.csv"])
    assert list(rows[0]) == [
        "series",
        "label",
        "value",
        "low",
        "high",
        "unit",
        "origin",
        "as printed / formula",
        "source_id",
        "source",
        "data_version",
    ]
    assert {r["origin"] for r in rows} <= {
        "printed in this article",
        "printed in another source",
        "implied by our arithmetic",
    }
    assert all(not re.search(r"[\u4e00-\u9fff]", r["label"]) for r in rows), rows


def test_a_figure_is_labelled_by_where_it_was_printed(built):
    """A communiqué's figure is printed in another source, never a figure of the article;
    an implied one is our arithmetic; English formulas group thousands."""
    from zmd_analysis.analysis.claims import articles
    from zmd_analysis.report.downloads import origin_label

    seed, communique = "zmdrb-20210602-p1", "zmd-tjgb-2021"
    assert communique not in articles()
    assert origin_label("stated", seed, "zh", article=seed) == "本文数字"
    assert origin_label("stated", communique, "zh", article=seed) == "其他来源的数字"
    assert origin_label("stated", communique, "en") == "printed in another source"
    assert origin_label("stated", seed, "en") == "printed in an article"
    assert origin_label("derived", seed, "en", article=seed) == "implied by our arithmetic"
    # in the theme report, the communiqué's GDP and value added that the scale test uses
    files, _ = download_all(built / "01-key-projects.html")
    rows = [r for f in files.values() for r in _rows(f)]
    from_communique = [r for r in rows if r["来源编号"] == communique]
    assert from_communique and {r["数值性质"] for r in from_communique} == {"其他来源的数字"}
    assert "文中数字" not in {r["数值性质"] for r in rows}
    # the English overview: the article's own figures, the communiqué's, and our arithmetic
    files, _ = download_all(built / "00-overview-en.html")
    rows = [r for f in files.values() for r in _rows(f) if "origin" in r]
    by = {r["origin"]: r for r in rows}
    assert by["printed in this article"]["source_id"] == seed
    formulas = [r["as printed / formula"] for r in rows if r["origin"].startswith("implied")]
    assert "1,961 ÷ 2,091 × 100" in formulas
    assert not any(re.search(r"(?<![\d.,])\d{4,}", f) for f in formulas), formulas
