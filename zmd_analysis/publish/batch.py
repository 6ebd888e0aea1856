"""Several texts at once: ``zmd-report propose FILE_OR_DIR …``.

Each text named (a folder stands for its ``.txt``, ``.html`` and ``.htm`` files, sorted by
name, not its subfolders) is read and proposed exactly as one text is. A text that cannot
be read (missing, empty, binary, unreadable) becomes a row carrying its one-line error, and
the next one is read all the same. What comes out is one summary, a row per text: its file,
its place, date and periods, how many figures and claims it holds and how many claims got
each verdict; as CSV (through the project's one CSV writer), as a short offline HTML table
(:mod:`zmd_analysis.report.batch_page`) and as a table for the terminal.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..access.csvout import dict_rows_text
from ..access.errors import DataError
from ..access.paths import data_dir
from ..analysis.claims import STATUSES

#: what a folder contributes: the files the reader takes as articles
TEXT_SUFFIXES = (".txt", ".html", ".htm")

#: the summary's columns, in order (CSV, JSON); one column per verdict, always all of them
COLUMNS = [
    "file",
    "status",
    "error",
    "source_id",
    "title",
    "region_id",
    "region_name",
    "region_new",
    "date",
    "date_confidence",
    "periods",
    "figures",
    "claims",
    *STATUSES,
    "output",
    "notes",
]


@dataclass(frozen=True)
class Entry:
    """One line of the batch: a path to read as a text, or one that names none (``problem``
    says why: a folder holding no text, a folder that cannot be listed)."""

    path: Path
    problem: str = ""


def collect(paths: Iterable[Path]) -> list[Entry]:
    """The texts ``paths`` name, in the order given, each folder's sorted by file name; a
    file named twice (as itself and within its folder) is read once. A path that is not a
    folder is taken as a text whatever it is: reading it says what is wrong with it."""
    out: list[Entry] = []
    seen: set[Path] = set()
    for given in paths:
        p = Path(given)
        if p.is_dir():
            try:
                found = sorted(
                    (
                        c
                        for c in p.iterdir()
                        if c.suffix.lower() in TEXT_SUFFIXES
                        and not c.name.startswith(".")
                        and not c.is_dir()
                    ),
                    key=lambda c: c.name,
                )
            except OSError as e:
                out.append(Entry(p, f"folder cannot be listed: {e.strerror or e}"))
                continue
            if not found:
                out.append(Entry(p, "is a directory holding no .txt, .html or .htm file"))
        else:
            found = [p]
        for f in found:
            key = f.resolve() if f.exists() else f.absolute()
            if key not in seen:
                seen.add(key)
                out.append(Entry(f))
    return out


def read_one(path: Path, options: dict):
    """The proposal for one text, or a :class:`TextFailed` with its one-line reason.

    A :class:`DataError` is not the text's fault: it stops the whole batch (exit 3)."""
    from ..access.intake.errors import IntakeError
    from ..access.intake.text import read_article
    from .intake import propose_article

    try:
        return propose_article(read_article(path), **options)
    except IntakeError as e:
        raise TextFailed(e.problem) from None
    except DataError:
        raise
    except (OSError, UnicodeDecodeError, KeyError, ValueError) as e:
        # as for one text: when data/'s catalogue is what is wrong, say so and stop
        from ..access.tables import validate_folder

        validate_folder(data_dir(options.get("data")))
        raise TextFailed(_one_line(f"the reader failed: {type(e).__name__}: {e}")) from None
    except Exception as e:  # a fault of the reader on this text: the others still go in
        raise TextFailed(_one_line(f"the reader failed: {type(e).__name__}: {e}")) from None


class TextFailed(Exception):
    """A text of the batch that gave no proposal; the message is one line."""


def _one_line(message: str) -> str:
    return " ".join(message.split())


def summary_row(file: str, prop, region_names: dict[str, str], output: str = "") -> dict:
    """The summary's row for a text that was read."""
    src = prop.source
    region = src.get("region_id") or ""
    drafted = {r["region_id"]: r for r in prop.rows.get("regions", [])}
    periods = Counter(t[2] for t in prop.targets if t)
    counts = prop.summary()
    return {
        "file": file,
        "status": "read",
        "error": "",
        "source_id": src.get("source_id") or "",
        "title": src.get("title") or "",
        "region_id": region,
        "region_name": drafted[region]["name_zh"]
        if region in drafted
        else region_names.get(region, ""),
        "region_new": "yes" if region in drafted else "",
        "date": src.get("date") or "",
        "date_confidence": src.get("date_confidence") or "",
        # most figures first, then by id: the text's own period leads
        "periods": " ".join(p for p, _ in sorted(periods.items(), key=lambda kv: (-kv[1], kv[0]))),
        "figures": len(prop.figures),
        "claims": len(prop.verdicts),
        **{s: counts.get(s, 0) for s in STATUSES},
        "output": output,
        "notes": "; ".join(prop.notes),
    }


def failed_row(file: str, error: str) -> dict:
    """The summary's row for a text that could not be read: its file and why."""
    return {c: "" for c in COLUMNS} | {"file": file, "status": "failed", "error": error}


def run(
    entries: list[Entry],
    options: dict,
    *,
    progress=None,
    log: Callable[[str], None] = lambda m: None,
    after: Callable[[Path, object], str] | None = None,
    region_names: dict[str, str] | None = None,
) -> list[dict]:
    """Read every entry in turn; one summary row each. ``progress`` is a tqdm-like bar
    (``update``, ``set_postfix_str``); ``after(path, proposal)`` writes what was asked for a
    text that was read (drafts, a review page) and returns where; ``log`` hears each failure
    as it happens."""
    rows = []
    for e in entries:
        if progress is not None:
            progress.set_postfix_str(e.path.name, refresh=True)
        if e.problem:
            rows.append(failed_row(str(e.path), e.problem))
        else:
            try:
                prop = read_one(e.path, options)
            except TextFailed as failure:
                rows.append(failed_row(str(e.path), str(failure)))
            else:
                written = after(e.path, prop) if after else ""
                rows.append(summary_row(str(e.path), prop, region_names or {}, written))
        if rows[-1]["status"] == "failed":
            log(f"{rows[-1]['file']}: {rows[-1]['error']}")
        if progress is not None:
            progress.update(1)
    return rows


def output_names(entries: list[Entry]) -> dict[Path, str]:
    """A distinct name per text for its own outputs (drafts folder, review page): its stem,
    with -2, -3 … when two texts share one (a.txt and a.html, or two folders' a.txt)."""
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for e in entries:
        if e.problem:
            continue
        stem, n = e.path.stem, 1
        name = stem
        while name in taken:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name)
        names[e.path] = name
    return names


def csv_text(rows: list[dict]) -> str:
    """The summary as CSV: UTF-8 with a byte-order mark (a spreadsheet on a Chinese Windows
    reads the names), every cell through the one writer (formulas defused)."""
    return dict_rows_text(COLUMNS, rows, bom=True)


def totals(rows: list[dict]) -> str:
    """'4 texts: 3 read, 1 failed; 57 figures, 27 claims: 12 reproduced, …'"""
    read = [r for r in rows if r["status"] == "read"]
    counts = {s: sum(int(r[s]) for r in read) for s in STATUSES}
    verdicts = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in counts.items() if n)
    return (
        f"{len(rows)} text{'s' if len(rows) != 1 else ''}: {len(read)} read, "
        f"{len(rows) - len(read)} failed; {sum(int(r['figures']) for r in read)} figures, "
        f"{sum(int(r['claims']) for r in read)} claims" + (f": {verdicts}" if verdicts else "")
    )


# --- the terminal's table ------------------------------------------------------------------


def _width(s: str) -> int:
    """Columns ``s`` takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _fit_path(s: str, width: int) -> str:
    """A path cut to ``width`` columns: its folders first (…/name), then its name's start."""
    if _width(s) > width and "/" in s:
        s = "…/" + s.rsplit("/", 1)[1]
    return _fit(s, width, left=True)


def _fit(s: str, width: int, left: bool = False) -> str:
    """``s`` cut to ``width`` columns (an ellipsis where cut: at its end, or at its start
    when ``left``), padded to it."""
    if _width(s) > width:
        while s and _width(s) > width - 1:
            s = s[1:] if left else s[:-1]
        s = "…" + s if left else s + "…"
    return s + " " * (width - _width(s))


#: short forms of the verdicts for the terminal (the CSV and HTML spell them out)
_SHORT = {
    "reproduced": "reproduced",
    "consistent_within_rounding": "within rounding",
    "consistent_if_truncated": "if truncated",
    "inconsistent": "inconsistent",
    "different_bases": "different bases",
    "not_checkable": "not checkable",
    "rhetoric": "rhetoric",
}


def table_lines(rows: list[dict], file_width: int = 40) -> list[str]:
    """The summary for a terminal: one line per text (file, place, date, main period,
    figures, claims, verdicts), a failed text's error in place of its numbers; the totals
    last."""

    def place(r: dict) -> str:
        if not r["region_id"]:
            return ""
        name = r["region_name"]
        new = ", new" if r["region_new"] else ""
        return f"{r['region_id']} ({name}{new})" if name else r["region_id"]

    cells: list[tuple[str, ...]] = []
    for r in rows:
        if r["status"] == "failed":
            cells.append((r["file"], f"FAILED: {r['error']}"))
            continue
        periods = r["periods"].split()
        period = (
            periods[0] + (f" +{len(periods) - 1}" if len(periods) > 1 else "") if periods else ""
        )
        verdicts = ", ".join(f"{r[s]} {_SHORT[s]}" for s in STATUSES if int(r[s]))
        cells.append(
            (
                r["file"],
                place(r),
                r["date"] or "unknown",
                period,
                str(r["figures"]),
                str(r["claims"]),
                verdicts,
            )
        )
    head = ("file", "place", "date", "period", "figures", "claims", "verdicts")
    full = [head, *(c for c in cells if len(c) == len(head))]
    caps = (file_width, 30, 10, 18, 7, 6)
    widths = [min(max(_width(c[i]) for c in full), cap) for i, cap in enumerate(caps)]
    widths[0] = min(max(_width(c[0]) for c in [head, *cells]), file_width)
    right = {4, 5}

    def line(c: tuple[str, ...]) -> str:
        if len(c) == 2:  # a failed text: its file, then its error across the rest
            return (_fit_path(c[0], widths[0]) + "  " + c[1]).rstrip()
        parts = []
        for i, s in enumerate(c):
            if i == len(c) - 1:
                parts.append(s)
            elif i == 0:  # a long path keeps its end, the file's name
                parts.append(_fit_path(s, widths[i]))
            elif i in right:
                parts.append(" " * (widths[i] - _width(s)) + s)
            else:
                parts.append(_fit(s, widths[i]))
        return "  ".join(parts).rstrip()

    return [line(head), *(line(c) for c in cells), totals(rows)]


def write_summary(rows: list[dict], folder: Path, lang: str = "zh") -> list[Path]:
    """``summary.csv`` and ``summary.html`` in ``folder`` (made if missing)."""
    from ..report.batch_page import summary_page

    folder.mkdir(parents=True, exist_ok=True)
    csv_path, html_path = folder / "summary.csv", folder / "summary.html"
    csv_path.write_text(csv_text(rows), encoding="utf-8", newline="")
    html_path.write_text(summary_page(rows, lang), encoding="utf-8")
    return [csv_path, html_path]
