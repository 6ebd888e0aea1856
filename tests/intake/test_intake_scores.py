"""How well propose reads real texts: the development set's scores (also under scraping
damage and the other script), and the articles in data/ proposed back from their texts."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

import pytest

from zmd_analysis.access.intake.text import from_text
from zmd_analysis.access.paths import DEFAULT_DATA_DIR, PROJ_ROOT
from zmd_analysis.analysis.proposal import propose

SHARED = PROJ_ROOT.parent / "shared"
INTAKE = SHARED / "intake"
needs_intake = pytest.mark.skipif(
    not INTAKE.is_dir(), reason="shared/intake not beside this checkout"
)

_spec = importlib.util.spec_from_file_location(
    "intake_score", PROJ_ROOT / "benchmarks" / "intake_score.py"
)
score_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_mod)


#: floors per genre, (figures recall and precision, checks found with the right verdict),
#: set just under what the development set measures, raised as the reader learns the genre
GENRE_FLOORS = {
    "attraction": (0.95, 0.65),
    "economy_stats": (0.97, 0.85),
    "investment_stats": (0.97, 0.80),
    "key_projects": (0.97, 0.80),
}


def _folder_totals(folder: Path) -> dict[str, tuple[int, int]]:
    """Annotated (figures, checks) per genre, read from the folder's JSON files."""
    out: dict[str, tuple[int, int]] = {}
    for j in sorted(folder.glob("*.json")):
        gold = json.loads(j.read_text(encoding="utf-8"))
        f, c = out.get(gold["genre"], (0, 0))
        out[gold["genre"]] = (f + len(gold["figures"]), c + len(gold["checks"]))
    return out


@pytest.fixture(scope="module")
def development_scores():
    return score_mod.score([INTAKE], echo=lambda *_: None)


@needs_intake
def test_the_score_counts_every_annotation_of_the_folder(development_scores):
    t = development_scores
    want = _folder_totals(INTAKE)
    assert set(t["genres"]) == set(want) == set(GENRE_FLOORS)
    for genre, (figs, checks) in want.items():
        assert (t["genres"][genre]["fg"], t["genres"][genre]["cg"]) == (figs, checks), genre
    assert t["fg"] == sum(f for f, _ in want.values())
    assert t["cg"] == sum(c for _, c in want.values())
    assert sum(f["cg"] for f in t["families"].values()) == t["cg"]


@needs_intake
def test_development_set_scores_meet_the_floors(development_scores):
    t = development_scores
    assert t["fh"] / t["fg"] >= 0.97 and t["fph"] / t["fp"] >= 0.97
    for genre, (fig_floor, check_floor) in GENRE_FLOORS.items():
        g = t["genres"][genre]
        got = (g["fh"] / g["fg"], g["fph"] / g["fp"], g["ch"] / g["cg"])
        assert got[0] >= fig_floor and got[1] >= fig_floor, (genre, got)
        assert got[2] >= check_floor, (genre, got)
    assert t["cph"] / t["cp"] >= 0.90


HOLDOUT = PROJ_ROOT / "tests" / "fixtures" / "intake_holdout"


@pytest.mark.parametrize(
    "folder, totals, figures_at_least, checks_at_least",
    [
        # 14 checks when first scored unseen; 39 once it had become a fixture, 64 now
        (HOLDOUT, (209, 79), (0.97, 0.97), 64),
        # 35 when first scored unseen, after the last change to the reader; 64 now (a share of
        # 6902% against a plan printed elsewhere is a reading since, not "inconsistent")
        (HOLDOUT.with_name("intake_holdout2"), (218, 82), (0.97, 0.97), 64),
        # 13 when first scored unseen (figures 79.4%: spaced units), after the last change
        # to the reader; 41 once the reader learned what it had missed, 43 now
        (HOLDOUT.with_name("intake_holdout3"), (180, 67), (0.95, 0.96), 43),
        # 17 when first scored unseen, after the last change to the reader (adbd211); 29 now
        (HOLDOUT.with_name("intake_holdout4"), (185, 46), (0.97, 0.97), 29),
        # 26 when first scored unseen, after the last change to the reader (af25e8a); 43 now
        (HOLDOUT.with_name("intake_holdout5"), (153, 65), (0.97, 0.97), 43),
        # 17 when first scored unseen, after the last change to the reader (dfcad19); 36 now
        (HOLDOUT.with_name("intake_holdout6"), (147, 48), (0.97, 0.96), 36),
        # 16 when first scored unseen, after the last change to the reader (e2e49c5); 40 now
        (HOLDOUT.with_name("intake_holdout7"), (171, 59), (0.97, 0.96), 40),
        # 19 when first scored unseen, after the last change to the reader (4886594); 40 now
        (HOLDOUT.with_name("intake_holdout8"), (195, 52), (0.97, 0.97), 40),
        # 11 when first scored unseen, after the last change to the reader (d22f740); 22 now
        (HOLDOUT.with_name("intake_holdout9"), (188, 32), (0.97, 0.96), 22),
        # 20 when first scored unseen, after the last change to the reader (c512719); 52
        # now (05's table of counties is read since)
        (HOLDOUT.with_name("intake_holdout10"), (204, 76), (0.97, 0.98), 52),
        # 19 when first scored unseen, after the last change to the reader (fb2dabc); 26 now
        (HOLDOUT.with_name("intake_holdout11"), (164, 45), (0.94, 0.96), 26),
        # 13 when first scored unseen, after the last change to the reader (cf7480a); 40 now (03's table, one cell per line, is read since)
        (HOLDOUT.with_name("intake_holdout12"), (165, 64), (0.97, 0.99), 40),
        # 38 when first scored unseen, after the last change to the reader (9283c3b); 54 now
        (HOLDOUT.with_name("intake_holdout13"), (210, 64), (0.96, 0.97), 54),
        # 8 when first scored unseen, after the last change to the reader (4e0c79c); 26 now
        (HOLDOUT.with_name("intake_holdout14"), (168, 38), (0.97, 0.97), 26),
        # 23 when first scored unseen, after the last change to the reader (4226ddc); 51 now
        (HOLDOUT.with_name("intake_holdout15"), (189, 62), (0.97, 0.97), 51),
        # 20 when first scored unseen, after the last change to the reader (11e81d6); 27 now
        (HOLDOUT.with_name("intake_holdout16"), (176, 46), (0.97, 0.97), 27),
        # 18 when first scored unseen, after the last change to the reader (eae1ccf); 27 now
        (HOLDOUT.with_name("intake_holdout17"), (134, 56), (0.97, 0.97), 27),
        # 36 when first scored unseen, after the last change to the reader (f05107e); 62 now
        (HOLDOUT.with_name("intake_holdout18"), (205, 73), (0.97, 0.97), 62),
        # 37 when first scored unseen, after the last change to the reader (b936f42); 45 now
        (HOLDOUT.with_name("intake_holdout19"), (181, 59), (0.97, 0.98), 45),
        # 18 when first scored unseen, after the last change to the reader (8d2c2d4)
        (HOLDOUT.with_name("intake_holdout20"), (114, 22), (0.99, 0.99), 18),
        # 28 when first scored unseen, after a change to the reader midway (c09e921); 31 now
        (HOLDOUT.with_name("intake_holdout21"), (195, 56), (0.94, 0.97), 31),
        # 35 when first scored unseen, after a change to the reader late in the session
        # (cc2c421); 39 now
        (HOLDOUT.with_name("intake_holdout22"), (154, 54), (0.97, 0.99), 39),
        # 18 when first scored unseen, after the last change to the reader (164e6dc); 26 now
        (HOLDOUT.with_name("intake_holdout23"), (150, 56), (0.98, 1.0), 26),
        # 19 when first scored unseen, after the last change to the reader (2bce1bf); 23 now
        (HOLDOUT.with_name("intake_holdout24"), (170, 49), (0.95, 0.98), 23),
        # 18 when first scored unseen, after the last change to the reader (5886abe); 22 now
        (HOLDOUT.with_name("intake_holdout25"), (187, 50), (0.96, 0.99), 22),
        # 6 when first scored unseen, after the last change to the reader (19acc48); 20 now
        (HOLDOUT.with_name("intake_holdout26"), (140, 64), (0.97, 0.98), 20),
        # 15 when first scored unseen, after the last change to the reader (9358a01); 23 now
        (HOLDOUT.with_name("intake_holdout27"), (134, 48), (0.98, 0.99), 23),
        # 12 when first scored unseen, after the last change to the reader (b69dd50); 18 now
        (HOLDOUT.with_name("intake_holdout28"), (135, 56), (0.99, 0.97), 18),
        # 20 when first scored unseen, after the last change to the reader (384ad83); 25 now
        (HOLDOUT.with_name("intake_holdout29"), (137, 38), (0.97, 0.98), 25),
        # 28 when first scored unseen, after the last change to the reader (da74961); 34 now
        (HOLDOUT.with_name("intake_holdout30"), (166, 54), (0.95, 0.98), 34),
        # 20 when first scored unseen, after the last change to the reader (4bbc95d)
        (HOLDOUT.with_name("intake_holdout31"), (144, 44), (0.97, 0.97), 20),
    ],
)
def test_the_held_out_texts_keep_their_score(folder, totals, figures_at_least, checks_at_least):
    """Texts scored once as unseen (see each folder's README); now floors, so a change that
    loses what the reader got right on them shows."""
    t = score_mod.score([folder], echo=lambda *_: None)
    assert (t["fg"], t["cg"]) == totals
    assert t["fh"] / t["fg"] >= figures_at_least[0], t["fh"]
    assert t["fph"] / t["fp"] >= figures_at_least[1], t["fph"]
    assert t["ch"] >= checks_at_least, t["ch"]


def _perturbed(folder: Path, dest: Path, change) -> Path:
    """Each text of ``folder`` changed by ``change(text) -> (new text, offset map)``, its
    annotation's spans moved with it."""
    dest.mkdir()
    for j in sorted(folder.glob("*.json")):
        text = j.with_suffix(".txt").read_text(encoding="utf-8")
        new, where = change(text)
        gold = json.loads(j.read_text(encoding="utf-8"))
        for f in gold["figures"]:
            f["start"], f["end"] = where[f["start"]], where[f["end"] - 1] + 1
            f["text"] = new[f["start"] : f["end"]]
        for c in gold["checks"]:
            if c.get("printed_span"):
                s, e = c["printed_span"]
                c["printed_span"] = [where[s], where[e - 1] + 1]
        (dest / j.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        (dest / j.with_suffix(".txt").name).write_text(new, encoding="utf-8")
    return dest


def _same_length(fn):
    def change(text):
        new = fn(text)
        assert len(new) == len(text)
        return new, list(range(len(text) + 1))

    return change


def _to_traditional(text: str) -> str:
    import opencc

    conv = opencc.OpenCC("s2t")
    return "".join(conv.convert(c) if len(conv.convert(c)) == 1 else c for c in text)


def _full_width(text: str) -> str:
    return text.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"} | {ord("%"): "％"})


def _glossed(text: str):
    """A pinyin gloss after every 个/项/元 and after every tenth Chinese character, the way
    some reposts mangle pages."""
    out, where = [], []
    for n, c in enumerate(text):
        where.append(sum(map(len, out)))
        out.append(c)
        if c in "个项元" or (n % 10 == 0 and "\u4e00" <= c <= "\u9fff"):
            out.append("(gè)")
    where.append(sum(map(len, out)))
    return "".join(out), where


def _lost_separators(text: str):
    """Paragraph breaks and spaces lost, and every second comma dropped."""
    out, where, commas = [], [], 0
    for c in text:
        where.append(len(out))
        if c in "\n \u3000":
            continue
        if c in ",，":
            commas += 1
            if commas % 2 == 0:
                continue
        out.append(c)
    where.append(len(out))
    return "".join(out), where


@needs_intake
@pytest.mark.parametrize(
    "change, figures_at_least, checks_lost_at_most",
    [
        (_same_length(_to_traditional), 0.97, 0.02),
        (_same_length(_full_width), 0.97, 0.02),
        (_glossed, 0.96, 0.03),
        (_lost_separators, 0.95, 0.08),  # clauses run together
    ],
)
def test_scores_hold_under_scraping_damage(
    tmp_path, development_scores, change, figures_at_least, checks_lost_at_most
):
    """The damaged folder scores as the clean one does, within a stated loss."""
    folder = _perturbed(INTAKE, tmp_path / "damaged", change)
    t = score_mod.score([folder], echo=lambda *_: None)
    clean = development_scores["ch"] / development_scores["cg"]
    assert t["fh"] / t["fg"] >= figures_at_least, t
    assert t["fph"] / t["fp"] >= figures_at_least, t
    assert t["ch"] / t["cg"] >= clean - checks_lost_at_most, (t["ch"], t["cg"], clean)


def _observations(source: str) -> list[dict]:
    with open(DEFAULT_DATA_DIR / "observations.csv", encoding="utf-8-sig", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["source_id"] == source]


def _returned(text: str, source: str, date: str) -> tuple[int, int]:
    doc = propose(from_text(text), date=date, region="zhumadian").to_json()
    rows = _observations(source)
    qual = {
        "多": "more_than",
        "余": "more_than",
        "超": "more_than",
        "以上": "more_than",
        "内": "within",
        "约": "about",
        "近": "about",
        None: "",
    }
    hits = 0
    for r in rows:
        unit = "个百分点" if r["unit"] == "百分点" else r["unit"]
        hits += any(
            f["indicator_id"] == r["indicator_id"]
            and f["period_id"] == r["period_id"]
            and f["region_id"] == r["region_id"]
            and float(f["value"]) == float(r["value"])
            and f["unit"] == unit
            and qual[f["hedge"]] == r["qualifier"]
            for f in doc["figures"]
        )
    return hits, len(rows)


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="shared/seed not beside this checkout")
def test_the_seed_article_comes_back_from_its_text():
    text = (SHARED / "seed" / "article-2021-06-02.txt").read_text(encoding="utf-8")
    hits, n = _returned(text, "zmdrb-20210602-p1", "2021-06-02")
    assert n == 29 and hits / n >= 0.95, (hits, n)


@needs_intake
def test_the_2018_bulletin_comes_back_from_its_text():
    text = (INTAKE / "02-zmd-2018-jan-apr.txt").read_text(encoding="utf-8")
    hits, n = _returned(text, "zmdnews-20180514", "2018-05-14")
    assert n == 11 and hits == n


def test_the_text_alone_checks_what_it_can():
    """Share of plan with its plan printed, a started-of-planned rate, a breakdown and a
    share change are checked from the text's own numbers; the truncated 68% is found."""
    text = (
        "1-4月,全市完成投资150亿元,年度计划投资300亿元,占年度计划的50%。"
        "签约项目135个,已落地93个,落地率68%。"
        "市重点项目300个,其中,产业项目180个;基础设施项目121个。"
        "工业投资占比由上年同期的35.8%提升至41.0%,提升了5.2个百分点。"
    )
    p = propose(from_text(text), date="2024-05-20")
    got = {(s.kind, v.status) for s, v in zip(p.statements, p.verdicts)}
    assert ("share_of_plan", "reproduced") in got
    assert ("ratio", "consistent_if_truncated") in got  # 93/135 = 68.9
    assert ("sum", "inconsistent") in got  # 180 + 121 = 301 > 300
    assert ("share_change", "reproduced") in got  # 41.0 − 35.8 = 5.2
    assert re.fullmatch(r"\d+ figures, \d+ claims: .*1 consistent if truncated.*", p.summary_line())


def test_undated_text_says_the_date_is_unknown():
    p = propose(from_text("全市重点项目完成投资246亿元,占年度计划的51%。"))
    assert p.source["date"] is None and p.source["date_confidence"] == "unknown"
    assert any("date unknown" in n for n in p.notes)


@pytest.mark.parametrize(
    "text, kind, status",
    [
        # change: 120 − 120 / 1.2 = 20
        ("1-4月,全市完成投资120亿元,同比增长20%,较去年同期增加20亿元。", "change", "reproduced"),
        ("1-4月,全市完成投资120亿元,同比增长20%,较去年同期增加25亿元。", "change", "inconsistent"),
        # schedule: 40 − 4/12 × 100 = 6.67
        (
            "1-4月,完成投资40亿元,占年度计划的40%,高于时序进度6.7个百分点。",
            "schedule",
            "reproduced",
        ),
        (
            "1-4月,完成投资40亿元,占年度计划的40%,高于时序进度10个百分点。",
            "schedule",
            "inconsistent",
        ),
        # share change: 41.0 − 35.8 = 5.2, not 6.2
        ("占比由上年同期的35.8%提升至41.0%,提升了6.2个百分点。", "share_change", "inconsistent"),
        # a breakdown that sums exactly, and one whose parts exceed the whole
        ("市重点项目300个。其中,产业项目180个;基础设施项目120个。", "sum", "reproduced"),
        ("市重点项目300个。其中,产业项目200个;基础设施项目120个。", "sum", "inconsistent"),
        # 完成率: 58 / 68 = 85.29, printed 85.2 (truncated)
        ("联审联批任务68项,已完成58项,完成率85.2%。", "ratio", "consistent_if_truncated"),
    ],
)
def test_each_new_kind_is_checked_by_the_engine_from_the_text(text, kind, status):
    p = propose(from_text(text), date="2024-05-20")
    got = [(s.kind, v.status) for s, v in zip(p.statements, p.verdicts)]
    assert (kind, status) in got, got


def test_the_schema_lists_each_kind_with_its_roles():
    from zmd_analysis.access.schema import json_schema

    kinds = json_schema()["claims"]["x-kinds"]
    assert kinds["sum"] == {
        "required": ["part", "whole"],
        "optional": ["part_share", "whole_share"],
        "repeatable": ["part", "part_share"],
        "needs": [],
    }
    assert set(kinds["change"]["required"]) == {"level", "change"}
    assert set(kinds["share_change"]["required"]) == {"before", "after"}
    assert "change" in kinds["share_change"]["optional"]
    assert set(kinds["schedule"]["required"]) == {"share"}
    assert kinds["schedule"]["optional"] == ["gap"]  # without it, the side stated (bound)
    assert kinds["listed"]["required"] == ["count"]
