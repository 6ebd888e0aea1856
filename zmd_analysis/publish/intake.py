"""Draft rows on disk, and accepting them into ``data/`` all or nothing.

``zmd-report propose PATH --format csv --out DIR`` writes one CSV per data file (the draft
rows only) plus ``proposal.json``; the analyst edits them; ``--accept --drafts DIR`` (or
``--accept`` straight from the text) merges them into a copy of the data folder, validates
the whole copy with the loader, records checksums, and only then replaces the files of
``data/`` one by one with atomic renames. A bad row stops everything with the file, line and
column of the *merged* table, and ``data/`` is left as it was.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..access import provenance
from ..access.csvout import dict_rows_text
from ..access.errors import DataError
from ..access.intake.places import PLACE_UNKNOWN
from ..access.paths import PROVENANCE_FILE, TABLES, data_dir
from ..access.schema import TABLE_SPECS
from ..access.tables import validate_folder
from .config import ARTICLE_REPORTS
from .files import write_atomic


def _csv_text(header: list[str], rows: list[dict]) -> str:
    """A data table's text, through the project's one CSV writer (formulas defused)."""
    return dict_rows_text(header, rows, line_end="\n")


def write_drafts(
    rows: dict[str, list[dict]], folder: Path, proposal_json: dict | None = None
) -> list[Path]:
    """One CSV per table that has draft rows (the table's own column order), and the
    proposal's JSON beside them."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fname in TABLES.items():
        if not rows.get(name):
            continue
        header = [
            c
            for c in TABLE_SPECS[name].columns
            if c in TABLE_SPECS[name].required or any(r.get(c) for r in rows[name])
        ]
        path = folder / fname
        path.write_text(_csv_text(header, rows[name]), encoding="utf-8")
        written.append(path)
    if proposal_json is not None:
        path = folder / "proposal.json"
        path.write_text(json.dumps(proposal_json, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written


def _read_csv(path: Path) -> tuple[list[str], list[dict]]:
    """A CSV's header and rows (empty cells as "")."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [{k: (v or "") for k, v in r.items()} for r in reader]
        return list(reader.fieldnames or []), rows


def read_drafts(folder: Path) -> dict[str, list[dict]]:
    """The draft CSVs of ``folder`` (as written by :func:`write_drafts`, perhaps edited)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError(folder, "not a folder of draft rows")
    out: dict[str, list[dict]] = {}
    for name, fname in TABLES.items():
        path = folder / fname
        if path.exists():
            out[name] = _read_csv(path)[1]
    if not any(out.values()):
        raise DataError(folder, "holds no draft rows (expected CSVs named like data/'s tables)")
    return out


def as_text(doc: dict) -> str:
    """The proposal for reading in a terminal: each figure with its offsets and the row it
    becomes, each claim with its figures and verdict, what was not understood, notes."""
    src = doc["source"]
    lines = [
        f"{src.get('title', '')}  [{src.get('source_id')}; date "
        f"{src.get('date') or 'unknown'} ({src.get('date_confidence')}); region "
        f"{src.get('region_id')}]",
        "",
        "figures:",
    ]
    for n, f in enumerate(doc["figures"]):
        row = (
            f"{f['indicator_id']}@{f['region_id']}:{f['period_id']}"
            if f["indicator_id"]
            else "(no row)"
        )
        hedge = f" hedge {f['hedge']}" if f["hedge"] else ""
        lines.append(
            f"  [{n}] {f['start']}-{f['end']} {f['text']}  = {f['value']:g} "
            f"{f['unit']}{hedge}  -> {row}"
        )
    lines += ["", "claims:"]
    for c in doc["claims"]:
        figs = ", ".join(f"[{k}] {doc['figures'][k]['text']}" for k in c["figures"])
        rule = f" ({c['rule']})" if c.get("rule") else ""
        what = c.get("phrase") or figs
        lines.append(f"  {c['kind']}: {what}  -> {c['status']}{rule}")
    if doc.get("not_understood"):
        lines += ["", "not understood (numerals that are neither figures nor known names):"]
        lines += [f"  {u['start']}-{u['end']} {u['text']}" for u in doc["not_understood"]]
    if doc.get("notes"):
        lines += ["", "notes:"] + [f"  {n}" for n in doc["notes"]]
    return "\n".join(lines)


@dataclass
class Accepted:
    source_ids: list[str]
    added: dict[str, int]  # table -> rows appended
    reports: list[str]  # report names added to reports.toml


def _merge(folder: Path, name: str, new: list[dict]) -> None:
    """Append ``new`` to table ``name`` in ``folder``, widening the header for optional
    columns the drafts fill and the table did not have yet."""
    path = folder / TABLES[name]
    header, old = _read_csv(path)
    for col in TABLE_SPECS[name].columns:
        if col not in header and any(r.get(col) for r in new):
            header.append(col)
    unknown = sorted({c for r in new for c in r if c not in TABLE_SPECS[name].columns})
    if unknown:
        raise DataError(path, f"draft rows carry unknown columns: {', '.join(unknown)}")
    path.write_text(_csv_text(header, old + new), encoding="utf-8")


def accept(rows: dict[str, list[dict]], data=None, config: Path | None = None) -> Accepted:
    """Append the draft rows to the data folder only if the merged folder validates; record
    checksums; add an overview and a claims check per new source to ``config``."""
    folder = data_dir(data).resolve()
    # the whole merged folder is validated below; here only the ids, for a plain message
    existing = {r["source_id"] for r in _read_csv(folder / TABLES["sources"])[1]}
    new_sources = [r["source_id"] for r in rows.get("sources", [])]
    if not new_sources:
        raise DataError(folder / TABLES["sources"], "the drafts add no source row")
    unplaced = [
        r
        for name in ("observations", "claims")
        for r in rows.get(name, [])
        if r.get("region_id") == PLACE_UNKNOWN
    ]
    if unplaced:
        raise DataError(
            folder / TABLES["regions"],
            "the text names no place the reader could find: pass --region with the id of "
            "its region (add a row to regions.csv first if it is new)",
        )
    again = [s for s in new_sources if s in existing]
    if again:
        raise DataError(
            folder / TABLES["sources"],
            f"source already in the data: {', '.join(again)} (pass --source-id "
            "to add it under another id, or edit the existing rows by hand)",
        )
    with tempfile.TemporaryDirectory(prefix=".accept-", dir=folder.parent) as tmp:
        work = Path(tmp) / folder.name
        shutil.copytree(folder, work)
        added = {}
        for name in TABLES:
            if rows.get(name):
                _merge(work, name, rows[name])
                added[name] = len(rows[name])
        try:
            validate_folder(work)
        except DataError as e:  # name the file in data/, the line as merged
            raise DataError(
                folder / e.path.name, e.problem + " (in the merged table)", e.line, e.column
            ) from None
        provenance.update_checksums(work)
        reports = _add_reports(config, new_sources, Path(tmp)) if config else []
        for fname in [*TABLES.values(), PROVENANCE_FILE]:
            src = work / fname
            if src.exists() and (
                not (folder / fname).exists() or src.read_bytes() != (folder / fname).read_bytes()
            ):
                os.replace(src, folder / fname)
        if config:
            os.replace(Path(tmp) / config.name, config)
    return Accepted(new_sources, added, reports)


def _add_reports(config: Path, sources: list[str], tmp: Path) -> list[str]:
    """The config with an overview and a claims check appended per source, written to
    ``tmp`` (renamed over the config once the data are in place)."""
    text = config.read_text(encoding="utf-8")
    names = []
    blocks = []
    for sid in sources:
        blocks.append(
            f"\n# --- {sid} (added by zmd-report propose --accept) "
            + "-" * max(3, 60 - len(sid))
            + "\n"
        )
        for suffix, notebook in ARTICLE_REPORTS.items():
            name = f"{sid}-{suffix}"
            if f'name = "{name}"' in text:
                continue
            names.append(name)
            blocks.append(
                f'[[report]]\nname = "{name}"\nnotebook = "{notebook}"\n'
                f'params = {{ source = "{sid}", lang = "zh" }}\n\n'
            )
    new = text.rstrip("\n") + "\n" + "".join(blocks)
    write_atomic(tmp / config.name, new, tmp)
    return names
