"""Draft rows on disk, and accepting them into ``data/`` all or nothing.

``zmd-report propose PATH --format csv --out DIR`` writes one CSV per data file (the draft
rows only) plus ``proposal.json``; the analyst edits them; ``--accept --drafts DIR`` (or
``--accept`` straight from the text) takes the data lock, checks the data as ``zmd-report
check`` does, merges the drafts into a scratch copy of the data folder, validates the whole
copy with the loader, records checksums, and only then replaces the files of ``data/`` and
``reports.toml`` all together through a journal (:mod:`zmd_analysis.access.transaction`).
A bad row stops everything with the file, line and column of the *merged* table, and
``data/`` is left as it was.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..access import provenance
from ..access.csvout import dict_rows_text
from ..access.errors import DataError
from ..access.intake.places import PLACE_UNKNOWN
from ..access.paths import PROVENANCE_FILE, TABLES, data_dir
from ..access.schema import TABLE_SPECS
from ..access.tables import validate_folder
from ..access.transaction import data_lock, replace_all
from .config import ARTICLE_REPORTS


def propose_article(article, **options):
    """The proposal for one read article (:func:`..analysis.proposal.propose`, same
    options), its draft claims named in words in both languages: what the command line, a
    batch and the intake notebook all show and write."""
    from ..analysis.proposal import propose
    from ..report.draft_labels import name_draft_claims

    proposal = propose(article, **options)
    name_draft_claims(proposal.rows, options.get("data"))
    return proposal


def _csv_text(header: list[str], rows: list[dict]) -> str:
    """A data table's text, through the project's one CSV writer (formulas defused)."""
    return dict_rows_text(header, rows, line_end="\n")


def _as_rows(table) -> list[dict]:
    """A draft table as rows of strings: a list of dicts as it is, or a DataFrame as the
    notebook shows it (an emptied cell is "")."""
    if hasattr(table, "to_dict"):
        records = table.astype(object).where(table.notna(), "").to_dict("records")
        return [{str(k): "" if v is None else str(v) for k, v in r.items()} for r in records]
    return list(table)


def write_drafts(rows: dict, folder: Path, proposal_json: dict | None = None) -> list[Path]:
    """One CSV per table that has draft rows (the table's own column order), and the
    proposal's JSON beside them. ``rows`` maps a table's name to its rows or to the
    DataFrame a notebook showed and the analyst edited."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    unknown = sorted(set(rows) - set(TABLES))
    if unknown:
        raise DataError(folder, f"no data table named {', '.join(unknown)}")
    rows = {name: _as_rows(table) for name, table in rows.items()}
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
        assumes = f"  [assumes: {c['assumption']}]" if c.get("assumption") else ""
        lines.append(f"  {c['kind']}: {what}  -> {c['status']}{rule}{assumes}")
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
    #: the engine's verdicts on the accepted claims, checked from the data as merged (the
    #: very rows that land, with everything else data/ holds), in claims.csv order
    verdicts: list = field(default_factory=list)
    #: claim id -> its label as accepted (label_zh)
    labels: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The accepted claims with their verdicts, for reading in a terminal."""
        out = ["accepted claims, checked by the engine from the data as merged:"]
        for v in self.verdicts:
            rule = f" ({v.rounding})" if v.rounding else ""
            out.append(
                f"  {v.claim_id}  {v.kind}: {self.labels.get(v.claim_id, '')}  -> {v.status}{rule}"
            )
        if not self.verdicts:
            out.append("  (none)")
        return out

    def summary_line(self) -> str:
        """'19 figures, 9 claims accepted: 4 reproduced, 4 not checkable, 1 rhetoric'"""
        from collections import Counter

        from ..analysis.claims import STATUSES

        counts = Counter(v.status for v in self.verdicts)
        parts = [f"{counts[s]} {s.replace('_', ' ')}" for s in STATUSES if counts[s]]
        return (
            f"{self.added.get('observations', 0)} figures, {len(self.verdicts)} claims accepted"
            + (": " + ", ".join(parts) if parts else "")
        )


def _merge(folder: Path, name: str, new: list[dict]) -> int:
    """Append ``new`` to table ``name`` in ``folder``, widening the header for optional
    columns the drafts fill and the table did not have yet; the number of rows added."""
    path = folder / TABLES[name]
    header, old = _read_csv(path)
    # a row the table already holds as it is (a period or a region another text's accept
    # added since these drafts were proposed) is there: not a second copy
    key = TABLE_SPECS[name].key
    held = {tuple(r.get(k, "") for k in key): r for r in old}
    new = [
        r
        for r in new
        if not (
            (same := held.get(tuple(str(r.get(k, "")) for k in key)))
            and all(str(r.get(c) or "") == (same.get(c) or "") for c in header)
        )
    ]
    for col in TABLE_SPECS[name].columns:
        if col not in header and any(r.get(col) for r in new):
            header.append(col)
    unknown = sorted({c for r in new for c in r if c not in TABLE_SPECS[name].columns})
    if unknown:
        raise DataError(path, f"draft rows carry unknown columns: {', '.join(unknown)}")
    path.write_text(_csv_text(header, old + new), encoding="utf-8")
    return len(new)


#: a publisher still in parentheses is one the proposal could not find, "(publisher to fill in)"
_PLACEHOLDER = re.compile(r"^\s*[(（].*[)）]\s*$")
_FILE_NAME = re.compile(r"(?i)(\.(txt|html?|text)$|^(/|\./|\.\./|~)|^untitled$)")


#: an English name the proposal could not give (see :mod:`..analysis.draft_names`)
_DRAFT_NAME = re.compile(r"^\s*Draft\b|\(subject to name\)|\(slogan to translate\)")


def unfinished(rows: dict[str, list[dict]], article: str | Path | None = None) -> list[str]:
    """What the draft rows still lack before they may enter the data: a publisher other
    than the proposal's placeholder, a title other than the article's file name (the
    proposal's fallback when no line of the text looks like one), a region's name, an
    indicator's or a claim's English name (the proposal's "Draft: …" when the glossary
    lacks a word)."""
    names = {str(article), Path(article).name} if article else set()
    problems = []
    for r in rows.get("sources", []):
        sid = r.get("source_id", "")
        publisher = (r.get("publisher") or "").strip()
        title = (r.get("title") or "").strip()
        if not publisher or _PLACEHOLDER.match(publisher):
            problems.append(f"source {sid}: no publisher (got {publisher!r}); give --publisher")
        if not title or title in names or _FILE_NAME.search(title):
            problems.append(
                f"source {sid}: its title is the file name {title!r}, not the article's; "
                "give --title"
            )
    for r in rows.get("regions", []):
        if _PLACEHOLDER.match(r.get("name_zh") or "") or _PLACEHOLDER.match(r.get("name_en") or ""):
            problems.append(f"region {r.get('region_id')}: no name (got {r.get('name_zh')!r})")
    for table, key, col in (
        ("indicators", "indicator_id", "name_en"),
        ("claims", "claim_id", "label_en"),
    ):
        todo = [r.get(key, "") for r in rows.get(table, []) if _DRAFT_NAME.search(r.get(col) or "")]
        if todo:
            problems.append(
                f"{table}: {len(todo)} row(s) without an English name ({', '.join(todo[:5])}"
                + (", …" if len(todo) > 5 else "")
                + f"); give their {col} in the drafts' {TABLES[table]}"
            )
    return problems


def accept(
    rows: dict[str, list[dict]],
    data=None,
    config: Path | None = None,
    *,
    article: str | Path | None = None,
    log=None,
) -> Accepted:
    """Append the draft rows to the data folder only if the merged folder validates; record
    checksums; add an overview and a claims check per new source to ``config``.

    Under the exclusive data lock, from the first read to the last rename (a second accept
    waits); refused unless the data pass ``zmd-report check`` as they stand (no hand edit
    is blessed with a checksum); all files or none, through the journal of
    :func:`zmd_analysis.access.transaction.replace_all`. ``article`` is the text's path, so
    that its file name is never taken for a title. Every refusal is a DataError, and
    ``data/`` and ``config`` are then as they were."""
    folder = data_dir(data).resolve()
    config = Path(config).resolve() if config else None
    try:
        with data_lock(folder, exclusive=True, what="propose --accept", log=log):
            provenance.check(folder)  # what `zmd-report check` checks
            files, done = _prepare(rows, folder, config, article)
            replace_all(folder, files)
    except OSError as e:  # a full disk, a read-only folder: nothing was replaced
        where = Path(e.filename) if e.filename else folder
        raise DataError(where, f"cannot write: {e.strerror or e}") from None
    return done


def _prepare(
    rows: dict[str, list[dict]], folder: Path, config: Path | None, article
) -> tuple[dict[Path, bytes], Accepted]:
    """The new bytes of every file the accept changes (data tables, provenance.json, the
    config), merged and validated in a scratch copy of the data outside the repository."""
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
    todo = unfinished(rows, article)
    if todo:
        raise DataError(
            folder / TABLES["sources"],
            "; ".join(todo) + " (fill them in the drafts, --format csv --out DIR, and "
            "accept with --drafts DIR)",
        )
    with tempfile.TemporaryDirectory(prefix="zmd-accept-") as tmp:  # the system's, not ours
        work = Path(tmp) / "data"
        shutil.copytree(folder, work, ignore=shutil.ignore_patterns(".*"))
        added = {}
        for name in TABLES:
            if rows.get(name):
                added[name] = _merge(work, name, rows[name])
        try:
            validate_folder(work)
        except DataError as e:  # name the file in data/, the line as merged
            raise DataError(
                folder / e.path.name, e.problem + " (in the merged table)", e.line, e.column
            ) from None
        verdicts = _recheck(work, new_sources, folder)
        provenance.update_checksums(work)
        files = {}
        for fname in [*TABLES.values(), PROVENANCE_FILE]:
            new = (work / fname).read_bytes()
            if not (folder / fname).exists() or new != (folder / fname).read_bytes():
                files[folder / fname] = new
    reports: list[str] = []
    if config:
        text, reports = _add_reports(config, new_sources)
        files[config] = text.encode("utf-8")
    labels = {r.get("claim_id", ""): r.get("label_zh", "") for r in rows.get("claims", [])}
    return files, Accepted(new_sources, added, reports, verdicts, labels)


def _recheck(work: Path, sources: list[str], folder: Path) -> list:
    """The engine's verdicts on the claims of ``sources``, from the merged copy of the
    data (``work``): what the accept puts into data/ (``folder``) is what is shown."""
    from ..analysis.claims import check_claims

    try:
        return [v for v in check_claims(None, data=work) if v.source_id in sources]
    except DataError:
        raise
    except Exception as e:  # nothing lands that the engine cannot check
        raise DataError(
            folder / TABLES["claims"],
            f"the engine could not check the merged claims: {type(e).__name__}: {e}",
        ) from None


def _add_reports(config: Path, sources: list[str]) -> tuple[str, list[str]]:
    """The config's new text, with an overview and a claims check appended per source in
    each language of the reports (Chinese, then English: ``NAME-en``, as the config names
    the seed article's), and the names of the reports added."""
    try:
        text = config.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(config, "config file not found") from None
    except UnicodeDecodeError:
        raise DataError(config, "not valid UTF-8") from None
    names = []
    blocks = []
    for sid in sources:
        blocks.append(
            f"\n# --- {sid} (added by zmd-report propose --accept) "
            + "-" * max(3, 60 - len(sid))
            + "\n"
        )
        for lang, ending in REPORT_LANGUAGES.items():
            for suffix, notebook in ARTICLE_REPORTS.items():
                name = f"{sid}-{suffix}{ending}"
                if f'name = "{name}"' in text:
                    continue
                names.append(name)
                blocks.append(
                    f'[[report]]\nname = "{name}"\nnotebook = "{notebook}"\n'
                    f'params = {{ source = "{sid}", lang = "{lang}" }}\n\n'
                )
    return text.rstrip("\n") + "\n" + "".join(blocks), names


#: the languages an accepted article's reports are built in, and their names' endings
REPORT_LANGUAGES = {"zh": "", "en": "-en"}
