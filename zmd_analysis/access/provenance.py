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
import os
from pathlib import Path

from .errors import DataError
from .paths import TABLES, data_dir, provenance_path

#: files with a record besides the tables: the intake's word lists and its gazetteer of
#: places (zmd-report propose)
WORD_LISTS = ("lexicon.toml", "places.csv")
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
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        raise DataError(path, "file not found") from None
    except IsADirectoryError:
        raise DataError(path, "is a folder, not a data file") from None


def _document(path: Path) -> dict:
    """provenance.json, checked to be ``{"files": {file name: record object}}``."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(path, "file not found") from None
    except UnicodeDecodeError as e:
        raise DataError(path, f"not valid UTF-8 (at byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise DataError(path, f"not valid JSON: {e.msg}", line=e.lineno) from None
    files = doc.get("files") if isinstance(doc, dict) else None
    if not isinstance(files, dict):
        raise DataError(path, 'expected an object {"files": {file name: record}}')
    for fname, rec in files.items():
        if not isinstance(rec, dict):
            raise DataError(path, f"the record of {fname} is not an object")
    return doc


def load_records(data=None) -> dict[str, dict]:
    return _document(provenance_path(data))["files"]


def _problems(data=None) -> list[tuple[str, str]]:
    """(file, problem) for every file whose record is missing, incomplete or whose
    checksum differs."""
    folder = data_dir(data)
    records = load_records(data)
    problems = []
    recorded = (*TABLES.values(), *WORD_LISTS)
    for fname in recorded:
        rec = records.get(fname)
        if rec is None:
            problems.append((fname, "no provenance record"))
            continue
        missing = [f for f in REQUIRED_FIELDS if not rec.get(f)]
        if missing:
            problems.append((fname, f"record lacks {', '.join(missing)}"))
        if (folder / fname).exists() and rec.get("sha256") != sha256(folder / fname):
            problems.append(
                (
                    fname,
                    "checksum differs from the record (run `make checksums` after a "
                    "deliberate edit)",
                )
            )
    for fname in records:
        if fname not in recorded:
            problems.append((fname, "record for a file that is not a data table or word list"))
    return problems


def verify(data=None) -> list[str]:
    """Problems with the provenance records (empty list when all is well)."""
    return [f"{fname}: {problem}" for fname, problem in _problems(data)]


def check(data=None) -> None:
    """What ``zmd-report check`` checks, without pandas: every table validates and every
    file matches the checksum of its record. Raises the first problem as a
    :class:`DataError` naming the file (an accept starts with this, so it never records a
    hand edit's checksum as good)."""
    from .tables import validate_folder

    validate_folder(data_dir(data))
    problems = _problems(data)
    if problems:
        fname, problem = problems[0]
        raise DataError(data_dir(data) / fname, problem)


def data_version(data=None) -> str:
    """Short content hash of all data files and the dates of their last change: changes
    whenever any figure changes, and when ``make checksums`` dates the data anew (what a
    build publishes carries that date, so it must be rebuilt)."""
    folder = data_dir(data)
    try:
        records = load_records(data)
    except DataError:  # no provenance records: the files alone; a broken file is an error
        if provenance_path(data).exists():
            raise
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
    day it runs. It is not recorded as a read: a page carries the date of the data it was
    built from, and is not rebuilt only to move that date (an article accepted today
    leaves the pages of the others, and their dates, as they were)."""
    records = load_records(data)
    return max(str(records.get(f, {}).get("date_modified", "")) for f in TABLES.values())


def update_checksums(data=None, today: dt.date | None = None) -> list[str]:
    """Rewrite the sha256 of each record, and date the records whose file changed
    (``date_modified``, today by default); returns the files whose checksum changed."""
    path = provenance_path(data)
    doc = _document(path)
    changed = []
    for fname, rec in doc["files"].items():
        new = sha256(data_dir(data) / fname)
        if rec.get("sha256") != new:
            rec["sha256"] = new
            rec["date_modified"] = (today or dt.date.today()).isoformat()
            changed.append(fname)
    # a new file renamed over the old one: a reader never sees half a record
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return changed
