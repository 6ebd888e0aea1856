"""Score `zmd-report propose` against hand-annotated texts (``shared/intake/`` format).

    python benchmarks/intake_score.py [FOLDER ...] [--details]

For every ``NN-name.txt`` with its ``NN-name.json`` in each folder, the extractor's figures
and checked claims are compared with the annotation:

* a **figure** is found when a proposed figure's span overlaps the annotated span and its
  value, unit and hedge are the annotated ones (recall: annotated figures found; precision:
  proposed figures that match an annotated one);
* a **check** is found when a proposed claim that the engine could check (any status but
  ``not_checkable``/``rhetoric``) tests a figure overlapping the annotated ``printed_span``
  (or, when that is null, uses the same input values) and has the annotated verdict
  (recall: annotated checks found with the right verdict; precision: checked claims that
  match an annotated check, verdict right).

Prints one line per file, then the totals overall, per genre (``genre`` in each
annotation) and per family of relation (the annotation's ``kind``: ratio, share_of_plan,
gap, subset, growth; a proposed claim counts in the family its engine kind belongs to), and
the mean of the per-text check rates. ``--details`` lists every miss and every extra.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from zmd_analysis.access.vocab import CHECKED as CHECKED_STATUSES
from zmd_analysis.analysis.proposal import propose_text

CHECKED = set(CHECKED_STATUSES)

#: the annotation's family of relation for each engine kind a proposed claim may have
FAMILY = {
    "ratio": "ratio",
    "share_of_plan": "share_of_plan",
    "gap": "gap",
    "schedule": "gap",
    "change": "difference",
    "sum": "subset",
    "subset": "subset",
    "threshold": "subset",
    "growth": "growth",
    "share_change": "growth",
    "two_year_average": "growth",
    "pull": "growth",
    "contribution": "growth",
    "aggregate_growth": "growth",
    "share_shift": "growth",
    "breakdown": "subset",
    "listed": "subset",
}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_value(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) < 1e-9


def score_figures(gold: list[dict], got: list[dict]) -> tuple[int, int, list, list]:
    used: set[int] = set()
    hits = 0
    misses = []
    for g in gold:
        match = None
        for j, f in enumerate(got):
            if j in used or not _overlap((g["start"], g["end"]), (f["start"], f["end"])):
                continue
            if (
                _same_value(g["value"], f["value"])
                and g["unit"] == f["unit"]
                and g["hedge"] == f["hedge"]
            ):
                match = j
                break
        if match is None:
            near = [f for f in got if _overlap((g["start"], g["end"]), (f["start"], f["end"]))]
            misses.append((g, near))
        else:
            used.add(match)
            hits += 1
    extras = [f for j, f in enumerate(got) if j not in used]
    return hits, len(got) - len(extras), misses, extras


def score_checks(gold: list[dict], claims: list[dict], figures: list[dict]):
    """Match annotated checks to checked claims: (hits, right claims, misses, extras,
    number checked, per-annotation hit flags, per-claim hit flags)."""
    checked = [c for c in claims if c["status"] in CHECKED]
    used: set[int] = set()
    hits, misses, gold_hit = 0, [], []
    for g in gold:
        best = None
        for j, c in enumerate(checked):
            if j in used:
                continue
            tested = c.get("tested")
            values = sorted(round(float(figures[k]["value"]), 6) for k in c["figures"])
            if g["printed_span"] is not None:
                if tested is None:
                    continue
                f = figures[tested]
                if not _overlap(tuple(g["printed_span"]), (f["start"], f["end"])):
                    continue
            elif not all(any(_same_value(v, x) for x in values) for v in g["inputs"]):
                continue
            shared = sum(any(_same_value(v, x) for x in values) for v in g["inputs"])
            if shared == 0 and g["inputs"]:
                continue
            key = (c["status"] == g["verdict"], shared)
            if best is None or key > best[0]:
                best = (key, j)
        if best is not None and best[0][0]:
            used.add(best[1])
            hits += 1
            gold_hit.append(True)
        else:
            wrong = checked[best[1]] if best is not None else None
            misses.append((g, wrong))
            gold_hit.append(False)
    extras = [c for j, c in enumerate(checked) if j not in used]
    claim_hit = [j in used for j in range(len(checked))]
    return hits, len(checked) - len(extras), misses, extras, len(checked), gold_hit, claim_hit


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "  n/a"


def report(tot: dict) -> list[str]:
    """The totals as printed lines: overall, per genre, per family, mean per text."""
    lines = [
        f"figures: recall {_pct(tot['fh'], tot['fg'])} ({tot['fh']}/{tot['fg']}), "
        f"precision {_pct(tot['fph'], tot['fp'])} ({tot['fph']}/{tot['fp']})",
        f"checks:  found with the right verdict {_pct(tot['ch'], tot['cg'])} "
        f"({tot['ch']}/{tot['cg']}), precision {_pct(tot['cph'], tot['cp'])} "
        f"({tot['cph']}/{tot['cp']})",
        "mean of per-text check rates: "
        + (
            f"{100 * tot['text_rate_sum'] / tot['texts_with_checks']:5.1f}%"
            if tot["texts_with_checks"]
            else "n/a"
        )
        + f" ({tot['texts_with_checks']} texts with checks)",
        "",
        f"{'genre':18s} {'texts':>5s} {'fig recall':>11s} {'fig prec':>9s} "
        f"{'checks found':>17s} {'check prec':>11s}",
    ]
    for name, g in sorted(tot["genres"].items()):
        lines.append(
            f"{name:18s} {g['texts']:5d} {_pct(g['fh'], g['fg']):>11s} {_pct(g['fph'], g['fp']):>9s} "
            f"{_pct(g['ch'], g['cg'])} ({g['ch']:3d}/{g['cg']:3d}) {_pct(g['cph'], g['cp']):>11s}"
        )
    lines += ["", f"{'family':18s} {'checks found':>17s} {'precision':>17s}"]
    for name, f in sorted(tot["families"].items()):
        lines.append(
            f"{name:18s} {_pct(f['ch'], f['cg'])} ({f['ch']:3d}/{f['cg']:3d}) "
            f"{_pct(f['cph'], f['cp'])} ({f['cph']:3d}/{f['cp']:3d})"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[ROOT.parent / "shared" / "intake"])
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args(argv)
    tot = score(args.folders, args.details)
    print("\n".join(report(tot)))
    return 0


_KEYS = ("fg", "fp", "fh", "fph", "cg", "cp", "ch", "cph")


def score(folders: list[Path], details: bool = False, echo=print) -> dict:
    """Totals over every annotated text of ``folders``: fg/fp annotated and proposed
    figures, fh/fph hits among them; cg/cp annotated and checked claims, ch/cph hits; the
    same per genre (``genres``) and, for checks, per family of relation (``families``);
    ``text_rate_sum`` and ``texts_with_checks`` for the mean of the per-text check rates."""
    tot: dict = dict.fromkeys(_KEYS, 0)
    tot |= {"genres": {}, "families": {}, "text_rate_sum": 0.0, "texts_with_checks": 0}
    for folder in folders:
        for jpath in sorted(folder.glob("*.json")):
            tpath = jpath.with_suffix(".txt")
            if not tpath.exists():
                continue
            gold = json.loads(jpath.read_text(encoding="utf-8"))
            text = tpath.read_text(encoding="utf-8")
            out = propose_text(text, name=tpath.name, date=gold.get("date"))
            fh, fph, fmiss, fextra = score_figures(gold["figures"], out["figures"])
            ch, cph, cmiss, cextra, ncheck, gold_hit, claim_hit = score_checks(
                gold["checks"], out["claims"], out["figures"]
            )
            counts = {
                "fg": len(gold["figures"]),
                "fp": len(out["figures"]),
                "fh": fh,
                "fph": fph,
                "cg": len(gold["checks"]),
                "cp": ncheck,
                "ch": ch,
                "cph": cph,
            }
            genre = tot["genres"].setdefault(
                gold.get("genre") or "unknown", dict.fromkeys(_KEYS, 0) | {"texts": 0}
            )
            genre["texts"] += 1
            for key, n in counts.items():
                tot[key] += n
                genre[key] += n
            if gold["checks"]:
                tot["text_rate_sum"] += ch / len(gold["checks"])
                tot["texts_with_checks"] += 1
            fams = tot["families"]
            for g, hit in zip(gold["checks"], gold_hit):
                f = fams.setdefault(g["kind"], dict(cg=0, ch=0, cp=0, cph=0))
                f["cg"] += 1
                f["ch"] += hit
            checked = [c for c in out["claims"] if c["status"] in CHECKED]
            for c, hit in zip(checked, claim_hit):
                f = fams.setdefault(FAMILY.get(c["kind"], c["kind"]), dict(cg=0, ch=0, cp=0, cph=0))
                f["cp"] += 1
                f["cph"] += hit
            echo(
                f"{tpath.name:48s} figures {fh}/{len(gold['figures'])} found, "
                f"{fph}/{len(out['figures'])} right; checks {ch}/{len(gold['checks'])} "
                f"found, {cph}/{ncheck} right"
            )
            if details:
                for g, near in fmiss:
                    echo(
                        f"   miss  {g['start']}-{g['end']} {g['text']!r} {g['value']} "
                        f"{g['unit']} {g['hedge']}  got: "
                        + "; ".join(
                            f"{f['text']!r} {f['value']} {f['unit']} {f['hedge']}" for f in near
                        )
                    )
                for f in fextra:
                    echo(
                        f"   extra {f['start']}-{f['end']} {f['text']!r} {f['value']} "
                        f"{f['unit']} {f['hedge']}  …{text[max(0, f['start'] - 8) : f['end'] + 4]!r}"
                    )
                for g, wrong in cmiss:
                    echo(
                        f"   check miss {g['kind']} {g['inputs']} printed {g['printed']} "
                        f"{g['verdict']}"
                        + (f"  got {wrong['kind']} {wrong['status']}" if wrong else "")
                    )
                for c in cextra:
                    vals = [out["figures"][k]["text"] for k in c["figures"]]
                    echo(f"   check extra {c['kind']} {vals} {c['status']}")

    return tot


if __name__ == "__main__":
    raise SystemExit(main())
