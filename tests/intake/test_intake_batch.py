"""``zmd-report propose FILE_OR_DIR …``: several texts, one summary, no single bad file fatal."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from zmd_analysis.access.paths import PROJ_ROOT
from zmd_analysis.publish import batch
from zmd_analysis.publish.cli import app

SAMPLE = PROJ_ROOT / "notebooks" / "samples" / "sample-notice.txt"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["propose", *map(str, args)])


def texts(folder, n=3):
    """``n`` variants of the sample notice (another date each) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    sample = SAMPLE.read_text(encoding="utf-8")
    for k in range(n):
        text = sample.replace("2024年05月20日", f"2024年05月{21 + k}日")
        (folder / f"notice-{k + 1}.txt").write_text(text, encoding="utf-8")
    return folder


def summary_rows(folder):
    raw = (folder / "summary.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a spreadsheet on a Chinese Windows reads it
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_a_folder_with_a_binary_file_is_summarised_and_says_one_failed(tmp_path):
    folder = texts(tmp_path / "in")
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a text: not read
    r = run(folder, "--summary", tmp_path / "out", "--quiet")
    assert r.exit_code == 1, r.output  # documented: some text could not be read
    rows = summary_rows(tmp_path / "out")
    assert [row["file"].rsplit("/", 1)[1] for row in rows] == [
        "notice-1.txt",
        "notice-2.txt",
        "notice-3.txt",
        "scan.txt",
    ]
    assert [row["status"] for row in rows] == ["read", "read", "read", "failed"]
    assert "binary" in rows[3]["error"] and "\n" not in rows[3]["error"]
    first = rows[0]
    assert (first["region_id"], first["region_name"], first["region_new"]) == (
        "shili",
        "示例市",
        "yes",
    )
    assert (first["date"], first["periods"]) == ("2024-05-21", "2024M01-M04")
    assert (first["figures"], first["claims"], first["reproduced"]) == ("19", "9", "4")
    assert (first["not_checkable"], first["rhetoric"], first["inconsistent"]) == ("4", "1", "0")
    assert len({row["source_id"] for row in rows[:3]}) == 3  # each text its own source id
    # the terminal's table: a line per text, the failed one with its error, totals last
    lines = r.stdout.strip().splitlines()
    assert lines[0].split()[:3] == ["file", "place", "date"]
    assert "FAILED: is a binary file" in lines[4] and "scan.txt" in lines[4]
    assert lines[-1].startswith("4 texts: 3 read, 1 failed; 57 figures, 27 claims: 12 reproduced")
    assert "not read:" in r.stderr and "scan.txt" in r.stderr


def test_every_text_read_exits_0_and_the_html_summary_is_offline(tmp_path):
    folder = texts(tmp_path / "in", 2)
    r = run(folder / "notice-2.txt", folder / "notice-1.txt", "--summary", tmp_path / "s")
    assert r.exit_code == 0, r.output
    assert "texts:" in r.stderr and "2/2" in r.stderr  # the progress bar
    page = (tmp_path / "s" / "summary.html").read_text(encoding="utf-8")
    assert "<script" not in page and "http" not in page and "<link" not in page
    assert page.index("notice-2.txt") < page.index("notice-1.txt")  # the order given
    assert "复算一致" in page and "示例市" in page


def test_article_text_is_escaped_in_the_page_and_defused_in_the_csv(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "示例通报（虚构数据，仅用于演示 zmd-report propose）", '=HYPERLINK("x")<b>示例通报标题</b>'
    )
    (folder / "odd.txt").write_text(text, encoding="utf-8")
    r = run(folder, "--summary", tmp_path / "s", "--lang", "en", "-q")
    assert r.exit_code == 0, r.output
    page = (tmp_path / "s" / "summary.html").read_text(encoding="utf-8")
    assert "<b>示例" not in page and "&lt;b&gt;示例通报标题&lt;/b&gt;" in page
    assert "Intake summary" in page
    row = summary_rows(tmp_path / "s")[0]
    assert row["title"].startswith("'=HYPERLINK")


def test_a_missing_and_an_empty_file_are_listed_not_fatal(tmp_path):
    folder = texts(tmp_path / "in", 1)
    (folder / "empty.html").write_bytes(b"")
    r = run(folder, tmp_path / "nowhere.txt", "--format", "json", "-q")
    assert r.exit_code == 1
    rows = json.loads(r.stdout)["texts"]
    assert [(row["status"], row["error"]) for row in rows] == [
        ("failed", "file is empty"),
        ("read", ""),
        ("failed", "file not found"),
    ]
    assert set(rows[1]) == set(batch.COLUMNS)


def test_drafts_per_text_under_distinct_names(tmp_path):
    a, b = texts(tmp_path / "a", 1), texts(tmp_path / "b", 1)  # both notice-1.txt
    r = run(a, b, "--format", "csv", "--out", tmp_path / "drafts", "-q")
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "drafts").iterdir()) == ["notice-1", "notice-1-2"]
    assert (tmp_path / "drafts" / "notice-1-2" / "observations.csv").exists()


def test_options_of_one_text_are_refused_for_several(tmp_path):
    folder = texts(tmp_path / "in", 2)
    for extra, word in [
        (["--accept"], "--accept takes one text at a time"),
        (["--accept", "--drafts", tmp_path], "--accept takes one text at a time"),
        (["--source-id", "x-1"], "--source-id belongs to one text"),
        (["--title", "某某"], "--title belongs to one text"),
        (["--format", "csv"], "needs --out DIR"),
    ]:
        r = run(folder, *extra)
        assert r.exit_code == 2, (extra, r.output)
        assert r.output.strip().splitlines() == [r.output.strip()]  # one line
        assert word in r.output
    assert sorted(p.name for p in folder.iterdir()) == ["notice-1.txt", "notice-2.txt"]


def test_a_summary_folder_that_cannot_be_made_stops_before_reading(tmp_path):
    folder = texts(tmp_path / "in", 1)
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    r = run(folder, "--summary", blocker / "sub", "-q")
    assert r.exit_code == 2 and "cannot write" in r.output
    assert "notice-1" not in r.stdout


def test_collect_takes_a_folders_texts_sorted_and_each_file_once(tmp_path):
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    for name in ["b.HTML", "a.txt", "c.htm", ".hidden.txt", "x.json", "sub/z.txt"]:
        (d / name).write_text("x", encoding="utf-8")
    entries = batch.collect([d / "a.txt", d, tmp_path / "empty"])
    assert [e.path.name for e in entries] == ["a.txt", "b.HTML", "c.htm", "empty"]
    (tmp_path / "empty").mkdir()
    entries = batch.collect([tmp_path / "empty"])
    assert entries[0].problem.startswith("is a directory holding no")
