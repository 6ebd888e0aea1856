"""The README's walk-through ("Adding an article"): two real texts the project had not seen
(tests/fixtures/walk/, third-party pages kept as fixtures) went through propose, review
and --accept. Their rows are in data/ now, so proposing them again must file their figures
as data/ holds them: the names and aliases the accept added are what a next text of the
same lists is matched by."""

from __future__ import annotations

import csv

import pytest

from zmd_analysis.access.intake.text import read_article
from zmd_analysis.access.paths import DEFAULT_DATA_DIR, PROJ_ROOT
from zmd_analysis.publish import intake

WALK = PROJ_ROOT / "tests" / "fixtures" / "walk"


def _landed(source: str) -> set[tuple[str, str, str, float]]:
    with open(DEFAULT_DATA_DIR / "observations.csv", encoding="utf-8", newline="") as fh:
        return {
            (r["region_id"], r["period_id"], r["indicator_id"], float(r["value"]))
            for r in csv.DictReader(fh)
            if r["source_id"] == source
        }


@pytest.mark.parametrize(
    "name, source, options, landed, refiled",
    [
        # 19 rows, as proposed: the reviewer changed only the source row
        ("zmd-2016M01-M04.txt", "zmdtvw-2016-jan-apr", {"year": 2016}, 19, 19),
        # 24 rows, all filed again: the 15 projects past half their plan are a class by a
        # threshold the reader names (完成投资进度超过50%的省级重点项目), matched by the
        # aliases of the class's indicators
        ("xiangyang-key-projects-2016-jan-may.txt", "xyrb-20160616", {}, 24, 24),
    ],
)
def test_a_text_accepted_in_the_walk_through_is_filed_again_as_it_landed(
    name, source, options, landed, refiled
):
    p = intake.propose_article(read_article(WALK / name), **options)
    rows = _landed(source)
    assert len(rows) == landed
    proposed = {
        (o["region_id"], o["period_id"], o["indicator_id"], float(o["value"]))
        for o in p.rows["observations"]
    }
    assert len(rows & proposed) == refiled, sorted(rows - proposed)
