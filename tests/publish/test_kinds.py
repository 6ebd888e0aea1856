"""``zmd-report schema --kind NAME`` and ``--kinds``: the claim kinds in words, from
CLAIM_KINDS and nothing else."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zmd_analysis.access.schema import CLAIM_KINDS
from zmd_analysis.publish import kinds
from zmd_analysis.publish.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def test_a_known_kind_is_printed_with_its_roles_and_an_example():
    r = runner.invoke(app, ["schema", "--kind", "sum"])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "sum: parts of a whole (其中 / 按…分 breakdowns)"
    assert "    required: part (repeatable), whole" in lines
    assert "    optional: part_share (repeatable), whole_share" in lines
    assert any(line.startswith("    inputs = part=") for line in lines)
    with (ROOT / "data" / "claims.csv").open(encoding="utf-8") as f:
        n = sum(row["kind"] == "sum" for row in csv.DictReader(f))
    assert any(line.startswith(f"  in data/claims.csv: {n} claims, e.g. ") for line in lines)
    assert "{" not in r.stdout  # not the JSON Schema


def test_a_kind_needing_columns_says_so():
    r = runner.invoke(app, ["schema", "--kind", "gap"])
    assert "  columns it needs filled: comparator_id, measure" in r.stdout.splitlines()
    assert "    comparator_id = henan" in r.stdout.splitlines()


def test_an_unknown_kind_is_one_line_listing_the_kinds():
    r = runner.invoke(app, ["schema", "--kind", "sums"])
    assert r.exit_code == 2
    assert r.stdout == ""
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("unknown claim kind 'sums'; the kinds: share_of_plan, gap,")
    assert all(k in line for k in CLAIM_KINDS)


def test_without_an_option_the_json_schema_as_before():
    r = runner.invoke(app, ["schema"])
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    assert set(doc["claims"]["x-kinds"]) == set(CLAIM_KINDS)


@pytest.mark.parametrize("kind", list(CLAIM_KINDS))
def test_each_kind_is_described_from_its_spec_and_its_example_fits_it(kind):
    spec = CLAIM_KINDS[kind]
    assert kinds.example_problems(kind) == []
    text = "\n".join(kinds.describe(kind))
    for role in spec.required | spec.optional:
        assert role in text
    required = next(line for line in text.splitlines() if line.startswith("    required:"))
    names = required.split(":", 1)[1].replace(" (repeatable)", "").strip()
    assert set(names.split(", ")) - {"(none)"} == set(spec.required)


def test_the_kinds_table_has_a_row_per_kind():
    r = runner.invoke(app, ["schema", "--kinds"])
    rows = [line for line in r.stdout.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == list(CLAIM_KINDS)
