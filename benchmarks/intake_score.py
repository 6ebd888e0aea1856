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

Prints one line per file and the totals; ``--details`` lists every miss and every extra.
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
    checked = [c for c in claims if c["status"] in CHECKED]
    used: set[int] = set()
    hits, misses = 0, []
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
        else:
            wrong = checked[best[1]] if best is not None else None
            misses.append((g, wrong))
    extras = [c for j, c in enumerate(checked) if j not in used]
    return hits, len(checked) - len(extras), misses, extras, len(checked)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[ROOT.parent / "shared" / "intake"])
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args(argv)
    tot = score(args.folders, args.details)

    def pct(a, b):
        return f"{100 * a / b:.1f}%" if b else "n/a"

    print(
        f"figures: recall {pct(tot['fh'], tot['fg'])} ({tot['fh']}/{tot['fg']}), "
        f"precision {pct(tot['fph'], tot['fp'])} ({tot['fph']}/{tot['fp']})"
    )
    print(
        f"checks:  found with the right verdict {pct(tot['ch'], tot['cg'])} "
        f"({tot['ch']}/{tot['cg']}), precision {pct(tot['cph'], tot['cp'])} "
        f"({tot['cph']}/{tot['cp']})"
    )
    return 0


def score(folders: list[Path], details: bool = False, echo=print) -> dict[str, int]:
    """Totals over every annotated text of ``folders``: fg/fp annotated and proposed
    figures, fh/fph hits among them; cg/cp annotated and checked claims, ch/cph hits."""
    tot = dict(fg=0, fp=0, fh=0, fph=0, cg=0, cp=0, ch=0, cph=0)
    for folder in folders:
        for jpath in sorted(folder.glob("*.json")):
            tpath = jpath.with_suffix(".txt")
            if not tpath.exists():
                continue
            gold = json.loads(jpath.read_text(encoding="utf-8"))
            text = tpath.read_text(encoding="utf-8")
            out = propose_text(text, name=tpath.name, date=gold.get("date"))
            fh, fph, fmiss, fextra = score_figures(gold["figures"], out["figures"])
            ch, cph, cmiss, cextra, ncheck = score_checks(
                gold["checks"], out["claims"], out["figures"]
            )
            for key, n in (
                ("fg", len(gold["figures"])),
                ("fp", len(out["figures"])),
                ("fh", fh),
                ("fph", fph),
                ("cg", len(gold["checks"])),
                ("cp", ncheck),
                ("ch", ch),
                ("cph", cph),
            ):
                tot[key] += n
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
