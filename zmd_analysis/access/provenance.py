"""Provenance records for the data files, and their checksums.

``data/provenance.json`` holds one record per data file (producer, title,
dates published, accessed and last modified, citation, SHA-256). A test checks that every
file has a record and that the checksums match, so an edit to the data cannot
slip in unrecorded. After a deliberate edit run ``make checksums``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from . import reads
from .errors import DataError
from .paths import TABLES, data_dir, provenance_path

#: files with a record besides the tables: the intake's word lists (zmd-report propose)
WORD_LISTS = ("lexicon.toml",)
REQUIRED_FIELDS = (
    "producer",
    "title",
    "date_published",
    "date_accessed",
    "date_modified",
    "citation",
    "sha256",
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_records(data=None) -> dict[str, dict]:
    path = provenance_path(data)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(path, "file not found") from None
    except json.JSONDecodeError as e:
        raise DataError(path, f"not valid JSON: {e.msg}", line=e.lineno) from None
    return records["files"]


def verify(data=None) -> list[str]:
    """Problems with the provenance records (empty list when all is well)."""
    folder = data_dir(data)
    records = load_records(data)
    problems = []
    recorded = (*TABLES.values(), *WORD_LISTS)
    for fname in recorded:
        rec = records.get(fname)
        if rec is None:
            problems.append(f"{fname}: no provenance record")
            continue
        missing = [f for f in REQUIRED_FIELDS if not rec.get(f)]
        if missing:
            problems.append(f"{fname}: record lacks {', '.join(missing)}")
        if (folder / fname).exists() and rec.get("sha256") != sha256(folder / fname):
            problems.append(
                f"{fname}: checksum differs from the record (run `make checksums` "
                "after a deliberate edit)"
            )
    for fname in records:
        if fname not in recorded:
            problems.append(f"{fname}: record for a file that is not a data table or word list")
    return problems


def data_version(data=None) -> str:
    """Short content hash of all data files and the dates of their last change: changes
    whenever any figure changes, and when ``make checksums`` dates the data anew (what a
    build publishes carries that date, so it must be rebuilt)."""
    folder = data_dir(data)
    try:
        records = load_records(data)
    except DataError:  # no provenance records: the files alone
        records = {}
    h = hashlib.sha256()
    for fname in sorted(TABLES.values()):
        h.update(fname.encode())
        h.update(sha256(folder / fname).encode())
        h.update(str(records.get(fname, {}).get("date_modified", "")).encode())
    return h.hexdigest()[:12]


def data_date(data=None) -> str:
    """The date the data last changed (ISO): the latest ``date_modified`` of the tables'
    records (the files :func:`data_version` hashes). It stamps what a build publishes
    (verdicts, ClaimReview), so a rebuild of unchanged data carries the same date, whatever
    day it runs; a notebook that shows it records the read, and is rebuilt when it moves."""

    def latest() -> str:
        records = load_records(data)
        return max(str(records.get(f, {}).get("date_modified", "")) for f in TABLES.values())

    return reads.read_slice(("data_date",), latest)


def update_checksums(data=None, today: dt.date | None = None) -> list[str]:
    """Rewrite the sha256 of each record, and date the records whose file changed
    (``date_modified``, today by default); returns the files whose checksum changed."""
    path = provenance_path(data)
    doc = json.loads(path.read_text(encoding="utf-8"))
    changed = []
    for fname, rec in doc["files"].items():
        new = sha256(data_dir(data) / fname)
        if rec.get("sha256") != new:
            rec["sha256"] = new
            rec["date_modified"] = (today or dt.date.today()).isoformat()
            changed.append(fname)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return changed
