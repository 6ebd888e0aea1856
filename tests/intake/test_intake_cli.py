"""``zmd-report propose``: the formats, and --accept all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import name_the_province
from typer.testing import CliRunner

from zmd_analysis.access.errors import DataError
from zmd_analysis.access.paths import PROJ_ROOT
from zmd_analysis.access.tables import validate_folder
from zmd_analysis.publish import intake
from zmd_analysis.publish.cli import app

SAMPLE = PROJ_ROOT / "notebooks" / "samples" / "sample-notice.txt"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["propose", *map(str, args)])


def sample_drafts(folder):
    """The sample notice's draft rows, written by ``propose --format csv`` and read back."""
    r = run(
        SAMPLE,
        *("--format", "csv", "--out", folder, "--source-id", "sample-2024"),
        *("--publisher", "示例市发展和改革委员会"),
    )
    assert r.exit_code == 0, r.output
    name_the_province(Path(folder))
    return intake.read_drafts(folder)


def test_text_output_ends_with_the_summary_line():
    r = run(SAMPLE)
    assert r.exit_code == 0, r.output
    assert (
        r.output.strip().splitlines()[-1]
        == "19 figures, 9 claims: 4 reproduced, 4 not checkable, 1 rhetoric"
    )
    assert "[3] 122-127 150亿元  = 150 亿元" in r.output


def test_json_is_the_documented_shape():
    r = runner.invoke(app, ["propose", str(SAMPLE), "--format", "json"])
    doc = json.loads(r.stdout)
    assert set(doc) >= {"text", "source", "figures", "claims"}
    f = doc["figures"][4]
    assert {k: f[k] for k in ("text", "value", "unit", "hedge")} == {
        "text": "50%",
        "value": 50,
        "unit": "%",
        "hedge": None,
    }
    assert doc["text"][f["start"] : f["end"]] == "50%"
    share = next(c for c in doc["claims"] if c["kind"] == "share_of_plan")
    assert share["status"] == "reproduced" and share["figures"] == [3, 4, 2]
    assert doc["source"]["date"] == "2024-05-20" and doc["source"]["date_confidence"] == "printed"


def test_csv_drafts_validate_when_merged_into_the_data(tmp_path, data_copy):
    rows = sample_drafts(tmp_path / "drafts")
    assert {"sources", "periods", "observations", "claims"} <= set(rows)
    data = data_copy
    done = intake.accept(rows, data)
    assert done.source_ids == ["sample-2024"] and done.added["observations"] == 19
    parsed = validate_folder(data)
    assert sum(r.data.source_id == "sample-2024" for r in parsed["claims"]) == 9


def test_html_review_page_is_offline_and_links_figures_to_rows(tmp_path):
    r = run(SAMPLE, "--format", "html", "--out", tmp_path)
    page = (tmp_path / "sample-notice.review.html").read_text(encoding="utf-8")
    assert r.exit_code == 0
    assert "<script" not in page and "http" not in page.split("</style>")[-1].replace(
        "zmd-report", ""
    )
    assert 'id="fig-3"' in page and 'href="#row-3"' in page and 'id="row-3"' in page
    assert "复算一致" in page


def test_accept_is_all_or_nothing(tmp_path, data_copy):
    data = data_copy
    config = tmp_path / "reports.toml"
    config.write_text("", encoding="utf-8")
    rows = sample_drafts(tmp_path / "drafts")
    rows["observations"][5]["unit"] = "亿美元"  # a unit the indicator does not use
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    with pytest.raises(DataError) as info:
        intake.accept(rows, data, config)
    assert info.value.path == data / "observations.csv" and info.value.line
    assert "observations.csv" in str(info.value)
    after = {p.name: p.read_bytes() for p in data.iterdir()}
    assert after.pop(".lock").startswith(b"pid ")  # the data lock's file, left for the next
    assert after == before
    assert config.read_text(encoding="utf-8") == ""
    assert not list(tmp_path.glob(".accept-*"))


def test_accept_adds_the_reports_and_refuses_a_second_time(tmp_path, data_copy):
    data = data_copy
    config = tmp_path / "reports.toml"
    config.write_text("# reports\n", encoding="utf-8")
    rows = sample_drafts(tmp_path / "drafts")
    done = intake.accept(rows, data, config)
    assert done.reports == [
        "sample-2024-overview",
        "sample-2024-claims",
        "sample-2024-overview-en",
        "sample-2024-claims-en",
    ]
    import tomllib

    specs = tomllib.loads(config.read_text(encoding="utf-8"))["report"]
    assert [(s["notebook"], s["params"]["lang"]) for s in specs] == [
        ("00_overview", "zh"),
        ("06_claims_check", "zh"),
        ("00_overview", "en"),
        ("06_claims_check", "en"),
    ]
    assert all(s["params"]["source"] == "sample-2024" for s in specs)
    from zmd_analysis.access import provenance

    assert provenance.verify(data) == []
    with pytest.raises(DataError, match="already in the data"):
        intake.accept(rows, data, config)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.write_bytes(b""), "file is empty"),
        (lambda p: p.mkdir(), "is a directory"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(tmp_path, make, message):
    bad = tmp_path / "bad.txt"
    make(bad)
    r = run(bad, "--format", "csv", "--out", tmp_path / "drafts")
    assert r.exit_code == 2 and message in r.output
    assert not (tmp_path / "drafts").exists()


def test_an_inferred_or_unknown_date_is_said_wherever_the_source_is_cited(data_copy):
    import csv

    from zmd_analysis.report.citations import source_line
    from zmd_analysis.report.formatting import source_date

    data = data_copy
    path = data / "sources.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if r["source_id"] == "zmd-gov-20200922":
            r["date_confidence"] = "inferred"
        if r["source_id"] == "zmd-fgw-20230331":
            r["date"], r["date_confidence"] = "", "unknown"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    validate_folder(data)
    assert "2020-09-22（日期系推定）" in source_line(["zmd-gov-20200922"], "zh", data=data)
    assert "2020-09-22 (date inferred)" in source_line(["zmd-gov-20200922"], "en", data=data)
    assert "日期不详" in source_line(["zmd-fgw-20230331"], "zh", data=data)
    assert source_date("2021-06-02", "printed") == "2021-06-02"
    # an empty date needs date_confidence unknown, and unknown needs an empty date
    rows[0]["date"] = ""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    from zmd_analysis.access.errors import DataError

    with pytest.raises(DataError, match="date is empty"):
        validate_folder(data)


def test_accept_shows_the_verdicts_of_the_rows_accepted_not_the_fresh_reading(tmp_path, data_copy):
    """A reviewer's edit changes a verdict: the accept prints the engine's verdict on the
    rows that landed (from the data as merged), not the reading of the text."""
    import csv

    drafts = tmp_path / "drafts"
    r = runner.invoke(
        app,
        [
            *("propose", str(SAMPLE), "--format", "csv", "--out", str(drafts)),
            *("--source-id", "sample-2024", "--publisher", "示例市发展和改革委员会"),
        ],
        env={"ZMD_DATA_DIR": str(data_copy)},
    )
    assert r.exit_code == 0, r.output
    name_the_province(drafts)
    path = drafts / "observations.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    (share,) = [row for row in rows if row["value"] == "50"]  # 150 of 300 printed as 50%
    share["value"] = "40"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    config = tmp_path / "reports.toml"
    config.write_text("", encoding="utf-8")
    r = runner.invoke(
        app,
        ["propose", str(SAMPLE), "--accept", "--drafts", str(drafts), "--config", str(config)],
        env={"ZMD_DATA_DIR": str(data_copy)},
    )
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().splitlines()
    assert lines[0] == "accepted claims, checked by the engine from the data as merged:"
    first = next(line for line in lines if line.startswith("  sample-2024-c01 "))
    assert first.endswith("-> inconsistent (neither)")
    assert "figures:" not in lines  # the fresh reading is not printed
    assert lines[-1] == (
        "19 figures, 9 claims accepted: 3 reproduced, 1 inconsistent, 4 not checkable, 1 rhetoric"
    )
    from zmd_analysis.analysis.claims import check_claims

    (landed,) = [
        v for v in check_claims("sample-2024", data=data_copy) if v.claim_id.endswith("c01")
    ]
    assert landed.status == "inconsistent"


def test_an_accept_the_engine_cannot_check_is_refused_and_changes_nothing(
    tmp_path, data_copy, monkeypatch
):
    import zmd_analysis.analysis.claims as engine

    rows = sample_drafts(tmp_path / "drafts")
    config = tmp_path / "reports.toml"
    config.write_text("", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in data_copy.iterdir() if p.name != ".lock"}

    def broken(*a, **kw):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(engine, "check_claims", broken)
    with pytest.raises(DataError, match="the engine could not check the merged claims"):
        intake.accept(rows, data_copy, config)
    after = {p.name: p.read_bytes() for p in data_copy.iterdir() if p.name != ".lock"}
    assert after == before and config.read_text(encoding="utf-8") == ""
