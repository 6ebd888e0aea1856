"""Rebuild what changed: accepting an article rebuilds its own reports and the reports whose
shown content it changes, nothing else (issue 29, item 5).

Every report of ``reports.toml`` is built once for this module (HTML only) over a copy of
``data/``; each test then appends one article's rows to a fresh copy of that data, as an
accept does (a source, its figures, its claims, a new region and period; the checksums
dated anew), adds the article's reports to the config as the accept does, and asks the
build's :func:`~zmd_analysis.publish.build.plan` which reports are stale, and why. The
notebooks record the rows they used (a region's row, an article's verdicts), not the
tables they looked them up in: with whole tables recorded, every report would be stale."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
from pathlib import Path

import pytest

from zmd_analysis.access.paths import DEFAULT_DATA_DIR, PROJ_ROOT
from zmd_analysis.access.provenance import data_version, update_checksums
from zmd_analysis.publish import build as builder
from zmd_analysis.publish.config import load_config
from zmd_analysis.publish.intake import _add_reports

#: the day the accept runs: later than any date in the data, so the data's date moves too
ACCEPTED_ON = dt.date(2099, 1, 1)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every report of reports.toml, built (HTML only) over a copy of data/."""
    base = tmp_path_factory.mktemp("plan-accept")
    data = base / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data, ignore=shutil.ignore_patterns(".*"))
    text = (PROJ_ROOT / "reports.toml").read_text(encoding="utf-8")
    assert 'formats = ["html", "pdf"]' in text
    config = base / "reports.toml"
    config.write_text(text.replace('formats = ["html", "pdf"]', 'formats = ["html"]'), "utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("ZMD_DATA_DIR", str(data))
    out = base / "reports"
    result = builder.build(load_config(config), out, log=lambda m: None)
    mp.undo()
    assert not result.failed, [o.message for o in result.failed]
    assert len(result.outcomes) == len(load_config(config))
    return base


def _append(data: Path, table: str, rows: list[dict]) -> None:
    """Rows added at the end of a data file, under its own header (as an accept adds them)."""
    path = data / f"{table}.csv"
    header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, restval="", lineterminator="\n")
    writer.writerows(rows)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + buf.getvalue(), "utf-8")


def _accept(built: Path, tmp_path: Path, monkeypatch, rows: dict[str, list[dict]], source: str):
    """A copy of the built data with ``rows`` appended and the checksums dated anew, made
    the data the build reads; the config with the article's reports added. Returns the
    config's reports and the plan of the next build."""
    data = tmp_path / "data"
    shutil.copytree(built / "data", data, ignore=shutil.ignore_patterns(".*"))
    for table, new in rows.items():
        _append(data, table, new)
    update_checksums(data, today=ACCEPTED_ON)
    monkeypatch.setenv("ZMD_DATA_DIR", str(data))
    text, added = _add_reports(built / "reports.toml", [source])
    config = tmp_path / "reports.toml"
    config.write_text(text, encoding="utf-8")
    specs = load_config(config)
    assert {s.name for s in specs} - {s.name for s in load_config(built / "reports.toml")} == set(
        added
    )
    bd = builder.BuildDir(built / "reports")
    todo = builder.plan(
        specs, bd, bd.load_state(), data_version(), builder.library_hash(), force=False
    )
    return specs, added, todo


def _source(source_id: str, publisher: str, title: str, date: str) -> dict:
    return dict(
        source_id=source_id,
        publisher=publisher,
        title=title,
        date=date,
        url=f"http://example.gov.cn/{source_id}.html",
        reliability="official",
    )


def _obs(region, period, indicator, value, unit, label, source) -> dict:
    return dict(
        region_id=region,
        period_id=period,
        indicator_id=indicator,
        value=value,
        unit=unit,
        label_zh=label,
        source_id=source,
        locator="第1段",
    )


def _claim(claim_id, source, kind, region, period, inputs, label_zh, label_en) -> dict:
    return dict(
        claim_id=claim_id,
        source_id=source,
        locator="第1段",
        label_zh=label_zh,
        label_en=label_en,
        kind=kind,
        region_id=region,
        period_id=period,
        inputs=inputs,
    )


#: a county's Jan–May statistics: a new region (below Zhumadian) and a new period, figures
#: no other report shows
COUNTY = "xiping-20220615"
COUNTY_ROWS = {
    "sources": [_source(COUNTY, "西平县统计局", "西平县1—5月经济运行情况", "2022-06-15")],
    "regions": [
        dict(
            region_id="xiping",
            name_zh="西平县",
            name_en="Xiping",
            level="county",
            parent_id="zhumadian",
        )
    ],
    "periods": [
        dict(
            period_id="2022M01-M05",
            start="2022-01-01",
            end="2022-05-31",
            label_zh="2022年1—5月",
            label_en="Jan–May 2022",
        )
    ],
    "observations": [
        _obs("xiping", "2022M01-M05", "industrial_investment", "12.6", "亿元", "工业投资", COUNTY),
        _obs("xiping", "2022M01-M05", "industrial_investment_growth", "18.2", "%", "增长", COUNTY),
        _obs("xiping", "2022M01-M05", "fai_growth", "11.5", "%", "固定资产投资增长", COUNTY),
    ],
    "claims": [
        _claim(
            "xp22-ind-growth",
            COUNTY,
            "growth",
            "xiping",
            "2022M01-M05",
            "level=industrial_investment growth=industrial_investment_growth",
            "工业投资增长18.2%",
            "industrial investment up 18.2%",
        ),
        _claim(
            "xp22-bases",
            COUNTY,
            "across_bases",
            "xiping",
            "2022M01-M05",
            "first=industrial_investment_growth second=fai_growth",
            "工业投资增速与固定资产投资增速并列",
            "industrial and fixed-asset investment growth side by side",
        ),
    ],
}

#: Zhumadian's Jan–Apr 2022 key-project bulletin: two figures of the Jan–Apr series
BULLETIN = "zmd-bulletin-20220516"
BULLETIN_ROWS = {
    "sources": [
        _source(BULLETIN, "驻马店市发展和改革委员会", "1—4月全市重点项目建设情况", "2022-05-16")
    ],
    "periods": [
        dict(
            period_id="2022M01-M04",
            start="2022-01-01",
            end="2022-04-30",
            label_zh="2022年1—4月",
            label_en="Jan–Apr 2022",
        )
    ],
    "observations": [
        _obs("zhumadian", "2022M01-M04", "key_a_investment", "310", "亿元", "完成投资", BULLETIN),
        _obs("zhumadian", "2022M01-M04", "key_a_plan_share", "47.3", "%", "占年度计划", BULLETIN),
        _obs("zhumadian", "2022M01-M04", "key_b_investment", "520", "亿元", "完成投资", BULLETIN),
        _obs("zhumadian", "2022M01-M04", "key_b_plan_share", "45.1", "%", "占年度计划", BULLETIN),
    ],
    "claims": [
        _claim(
            f"zmd22-{x}-plan",
            BULLETIN,
            "share_of_plan",
            "zhumadian",
            "2022M01-M04",
            f"amount=key_{x}_investment share=key_{x}_plan_share",
            "完成年度计划",
            "share of the annual plan",
        )
        for x in ("a", "b")
    ],
}

#: the reports that show the Jan–Apr key-project series (the history under the progress
#: chart, the series chart and the dispatch lists of the context report)
JAN_APR_HISTORY = ("01-key-projects", "01-key-projects-en", "07-context", "07-context-en")


def test_no_report_reads_a_whole_table(built):
    """Each report records the rows, rules and verdicts it used: no table of data/ as a
    whole (none shows one; the index and the explorer, which do, are the build's pages)."""
    state = builder.BuildDir(built / "reports").load_state()
    assert len(state) == len(load_config(built / "reports.toml"))
    tables = {name: [r[1] for r in rec["reads"] if r[0] == "table"] for name, rec in state.items()}
    assert tables == dict.fromkeys(state, [])
    kinds = {r[0] for rec in state.values() for r in rec["reads"]}
    assert kinds <= {
        "obs",
        "periods",
        "select",
        "figure_count",
        "row",
        "rows",
        "has",
        "from_new_year",
        "verdicts",
        "independent",
        "dispatch",
    }


def _stale(todo) -> dict[str, str]:
    return {j.spec.name: j.reason for j in todo.jobs}


def test_an_article_of_its_own_rebuilds_its_reports_and_the_index_and_explorer(
    built, tmp_path, monkeypatch
):
    specs, added, todo = _accept(built, tmp_path, monkeypatch, COUNTY_ROWS, COUNTY)
    assert added == [f"{COUNTY}-{r}" for r in ("overview", "claims", "overview-en", "claims-en")]
    assert _stale(todo) == dict.fromkeys(added, "new")
    assert len(todo.current) == len(specs) - len(added)
    assert {o.reason for o in todo.current} == {"data it read unchanged"}

    # the build then runs those four; the index and the explorer are the build's own pages,
    # rewritten whenever a report is built and whenever the data change: they list it
    out = tmp_path / "reports"
    shutil.copytree(built / "reports", out, copy_function=os.link)  # outputs are replaced
    result = builder.build(specs, out, log=lambda m: None)
    assert not result.failed, [o.message for o in result.failed]
    assert sorted(o.name for o in result.outcomes if o.status == "built") == sorted(added)
    for page in ("index.html", "index.en.html"):
        assert f"{COUNTY}-claims" in (out / page).read_text(encoding="utf-8")
    for page in ("claims.html", "claims.en.html"):
        assert "xp22-ind-growth" in (out / page).read_text(encoding="utf-8")
    assert "西平县1—5月经济运行情况" in (out / "verdicts.csv").read_text(encoding="utf-8-sig")


def test_a_jan_apr_key_project_figure_also_rebuilds_the_jan_apr_history(
    built, tmp_path, monkeypatch
):
    _, added, todo = _accept(built, tmp_path, monkeypatch, BULLETIN_ROWS, BULLETIN)
    stale = _stale(todo)
    assert set(stale) == {*added, *JAN_APR_HISTORY}
    assert {stale[n] for n in added} == {"new"}
    # each history report for what it shows, and only that: the series' Jan–Apr figures
    # (the history, the series chart) and, in the context report, the bulletins' lists
    state = builder.BuildDir(built / "reports").load_state()
    series = {
        ("select", f"indicator_id=key_{x}_plan_share", "region_id=zhumadian", "through=04-30")
        for x in ("a", "b")
    }
    for name in JAN_APR_HISTORY:
        assert stale[name].startswith("data changed: "), stale[name]
        changed = {tuple(r[:-1]) for r in builder._changed_reads(state[name]["reads"])}
        shown = series | ({("dispatch", "zhumadian")} if name.startswith("07") else set())
        assert changed == shown, name
    assert {o.reason for o in todo.current} == {"data it read unchanged"}
