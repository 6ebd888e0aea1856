"""Read the CSV tables in ``data/`` and enforce their schema.

Every problem becomes one :class:`~zmd_analysis.access.errors.DataError` naming the
file, the line and the column. Reading is strict on purpose: a figure that
does not parse is a figure we would otherwise misreport.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from . import reads
from .errors import DataError, UnknownNameError
from .paths import TABLES, data_dir, table_path
from .schema import CLAIM_KINDS, ROUNDED_KINDS, TABLE_SPECS, TableSpec, parse_inputs
from .transaction import JOURNAL_NAME

if TYPE_CHECKING:  # pandas is imported when frames are built, so validation alone stays light
    import pandas as pd

# Kind -> (check, what it must be). Applied to observation values.
_KIND_RULES = {
    "count": (lambda d: d >= 0 and d == d.to_integral_value(), "a non-negative whole number"),
    "rank": (lambda d: d >= 1 and d == d.to_integral_value(), "a whole number of at least 1"),
    "duration": (lambda d: d > 0, "a positive number"),
    "amount": (lambda d: d >= 0, "a non-negative amount"),
    "share": (lambda d: 0 <= d <= 100, "a share between 0 and 100 (%)"),
    "progress": (lambda d: d >= 0, "a non-negative percentage of plan"),
}


@dataclass(frozen=True)
class Row:
    line: int
    data: Any  # the validated pydantic row (its model is the table's, see TABLE_SPECS)


MAX_BYTES = 20 * 2**20  # the real tables are a few KB; anything this big is a mistake


def _decode(path: Path) -> str:
    if not path.exists():
        raise DataError(path, "file not found")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DataError(
            path,
            f"file is {size / 2**20:.1f} MB; the limit for a data table is {MAX_BYTES // 2**20} MB",
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")  # a leading BOM (Excel) is harmless
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise DataError(
            path,
            f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); "
            "save the file as UTF-8 (it may be GBK)",
            line=line,
        ) from None
    if not text.strip():
        raise DataError(path, "file is empty; expected a header row", line=1)
    return text


def _parse(path: Path, spec: TableSpec) -> list[Row]:
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as e:
        raise DataError(path, f"malformed CSV header: {e}", line=1) from None
    unknown = [h for h in header if h not in spec.columns]
    if unknown:
        raise DataError(
            path,
            f"unknown column; expected columns: {', '.join(spec.columns)}",
            line=1,
            column=unknown[0],
        )
    missing = [c for c in spec.required if c not in header]
    if missing:
        raise DataError(
            path, "required column is missing from the header", line=1, column=missing[0]
        )
    dup = [h for h in header if header.count(h) > 1]
    if dup:
        raise DataError(path, "column appears twice in the header", line=1, column=dup[0])

    rows: list[Row] = []
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise DataError(path, f"malformed CSV: {e}", line=reader.line_num) from None
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue  # blank line
        if len(fields) != len(header):
            raise DataError(
                path,
                f"expected {len(header)} fields, found {len(fields)} "
                "(a missing or extra comma, or a truncated line)",
                line=line,
            )
        record = dict(zip(header, fields))
        try:
            rows.append(Row(line, spec.model.model_validate(record)))
        except ValidationError as e:
            err = e.errors()[0]
            col = str(err["loc"][0]) if err["loc"] else None
            value = record.get(col, "") if col else ""
            msg = err["msg"].removeprefix("Value error, ")
            raise DataError(path, f"{msg} (got {value!r})", line=line, column=col) from None
    if not rows:
        raise DataError(path, "header only: the file has no data rows", line=2)

    seen: dict[tuple, int] = {}
    for row in rows:
        key = tuple(getattr(row.data, k) for k in spec.key)
        if key in seen:
            raise DataError(
                path,
                f"duplicate key {dict(zip(spec.key, key))}; first defined on line {seen[key]}",
                line=row.line,
                column=spec.key[-1],
            )
        seen[key] = row.line
    return rows


def _check_refs(name: str, rows: list[Row], parsed: dict[str, list[Row]], path: Path) -> None:
    spec = TABLE_SPECS[name]
    for col, (table, key_col, may_be_empty) in spec.refs.items():
        valid = {getattr(r.data, key_col) for r in parsed[table]}
        for row in rows:
            value = getattr(row.data, col)
            if value == "" and may_be_empty:
                continue
            if value not in valid:
                raise DataError(
                    path,
                    f"unknown {key_col.removesuffix('_id')} id {value!r}; "
                    f"defined in {TABLES[table]}: {', '.join(sorted(valid))}",
                    line=row.line,
                    column=col,
                )


def _check_observations(rows: list[Row], indicators: list[Row], path: Path) -> None:
    catalogue = {r.data.indicator_id: r.data for r in indicators}
    for row in rows:
        obs = row.data
        ind = catalogue[obs.indicator_id]
        if obs.unit != ind.unit_zh:
            raise DataError(
                path,
                f"unit {obs.unit!r} contradicts the indicator catalogue: "
                f"{obs.indicator_id} is measured in {ind.unit_zh!r}",
                line=row.line,
                column="unit",
            )
        rule = _KIND_RULES.get(ind.kind)
        if rule and not rule[0](Decimal(obs.value)):
            raise DataError(
                path,
                f"{obs.indicator_id} is a {ind.kind}: value must be {rule[1]} (got {obs.value!r})",
                line=row.line,
                column="value",
            )


def _check_claims(rows: list[Row], parsed: dict[str, list[Row]], path: Path) -> None:
    """Each claim's inputs parse, name known indicators, regions and periods, and fit its kind."""
    known = {
        "indicator_id": {r.data.indicator_id for r in parsed["indicators"]},
        "region_id": {r.data.region_id for r in parsed["regions"]},
        "period_id": {r.data.period_id for r in parsed["periods"]},
    }
    for row in rows:
        claim = row.data
        spec = CLAIM_KINDS[claim.kind]
        try:
            inputs = parse_inputs(claim.inputs, claim.region_id, claim.period_id)
        except ValueError as e:
            raise DataError(path, str(e), line=row.line, column="inputs") from None
        for inp in inputs:
            for col in ("indicator_id", "region_id", "period_id"):
                if getattr(inp, col) not in known[col]:
                    raise DataError(
                        path,
                        f"input {inp.role!r}: unknown {col.removesuffix('_id')} "
                        f"id {getattr(inp, col)!r}",
                        line=row.line,
                        column="inputs",
                    )
        roles = [i.role for i in inputs]
        allowed = spec.required | spec.optional
        for role in roles:
            if role not in allowed:
                valid = ", ".join(sorted(allowed)) or "none"
                raise DataError(
                    path,
                    f"a {claim.kind} claim takes no input {role!r}; its roles: {valid}",
                    line=row.line,
                    column="inputs",
                )
            if roles.count(role) > 1 and role not in spec.repeatable:
                raise DataError(path, f"input {role!r} given twice", line=row.line, column="inputs")
        missing = sorted(spec.required - set(roles))
        if missing:
            raise DataError(
                path,
                f"a {claim.kind} claim needs input(s) {', '.join(missing)}",
                line=row.line,
                column="inputs",
            )
        for col in spec.needs:
            if not getattr(claim, col):
                raise DataError(
                    path, f"a {claim.kind} claim needs {col}", line=row.line, column=col
                )


def _fingerprint(folder: Path) -> tuple:
    out: list[tuple[str, int | None, int | None]] = []
    for name in TABLES.values():
        try:
            st = (folder / name).stat()
            out.append((name, st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            out.append((name, None, None))
    return tuple(out)


@dataclass(frozen=True, eq=False)  # hashed by identity: load_tables caches one per data state
class Tables:
    """All validated tables of one data folder, as DataFrames.

    Reading a table attribute is recorded as a read of the whole table (see
    :mod:`zmd_analysis.access.reads`), unless the access layer does it for a look-up. A
    report that needs a few rows asks for them (:meth:`row`, :meth:`rows`, :meth:`has`,
    :meth:`from_new_year`), and only those are recorded: a row added elsewhere leaves it
    as it is."""

    folder: Path
    sources: pd.DataFrame
    regions: pd.DataFrame
    periods: pd.DataFrame
    indicators: pd.DataFrame
    observations: pd.DataFrame
    claims: pd.DataFrame
    #: checksum of each file as it was when these tables were read from it
    hashes: dict = field(default_factory=dict)

    def __getattribute__(self, name: str):
        if name in TABLES and reads.recording():
            note_table_read(name, self)
        return object.__getattribute__(self, name)

    # --- rows by key and by rule: each look-up recorded as the slice it returns ----------
    def row(self, table: str, key: str) -> dict | None:
        """The row of ``table`` whose key is ``key`` (a column -> value dict, without its
        line number), or None; recorded as ``("row", table, key)``."""
        found = reads.read_slice(
            ("row", table, key), lambda: _keyed(self, table).get(key), row_hash
        )
        return dict(found) if found is not None else None

    def known(self, table: str, key: str, kind: str) -> dict:
        """:meth:`row`, or :class:`UnknownNameError` naming the valid ``kind`` ids (the row
        that is not there is the read recorded, not the list)."""
        found = self.row(table, key)
        if found is None:
            raise UnknownNameError(kind, key, sorted(_keyed(self, table)))
        return found

    def rows(self, table: str, **equal: str) -> list[dict]:
        """The rows of ``table`` whose columns hold the values given (compared as text,
        dates as ISO), in the file's order; recorded as ``("rows", table, "col=value", ...)``
        with the hash of those rows' values."""
        key = ("rows", table, *(f"{c}={v}" for c, v in sorted(equal.items())))
        return [
            dict(r) for r in reads.read_slice(key, lambda: _match(self, table, equal), rows_hash)
        ]

    def has(self, table: str, **equal: str) -> bool:
        """Whether ``table`` has a row whose columns hold those values; recorded as
        ``("has", table, "col=value", ...)`` (only the answer is hashed)."""
        key = ("has", table, *(f"{c}={v}" for c, v in sorted(equal.items())))
        return reads.read_slice(key, lambda: bool(_match(self, table, equal)))

    def from_new_year(
        self, month: int | None = None, day: int | None = None, year: int | None = None
    ) -> list[dict]:
        """The periods from 1 January to ``month``/``day`` of one year (any when None),
        ending in ``year`` (any when None), earliest first (see
        :func:`.calendar.from_new_year`); recorded as the rule, ``("from_new_year", month,
        day, year)``, so a new period that fits it changes the hash."""
        from .calendar import from_new_year

        def compute() -> list[dict]:
            hit = from_new_year(self.periods, month, day, year)
            return [_record(r) for r in hit.to_dict("records")]

        return reads.read_slice(("from_new_year", month, day, year), compute, rows_hash)

    def in_file_order(self, table: str, keys) -> list[str]:
        """``keys`` of ``table`` in the file's order (keys it does not have left out). Not
        recorded: the order only breaks ties between rows a caller has read already."""
        wanted = set(keys)
        return [k for k in _keyed(self, table) if k in wanted]

    # --- the region hierarchy and the calendar: the one place each is looked up ---------
    def parent(self, region: str) -> str:
        """The region ``region`` belongs to ("" for a top-level or unknown region)."""
        r = self.row("regions", region)
        return str(r["parent_id"]) if r is not None else ""

    def children(self, region: str) -> list[str]:
        """The regions directly below ``region``, in the file's order."""
        return [str(r["region_id"]) for r in self.rows("regions", parent_id=region)]

    def year_period(self, year: int) -> str | None:
        """The id of the period that is the whole calendar year ``year``, when there is one."""
        hit = self.from_new_year(12, 31, year)
        return str(hit[0]["period_id"]) if hit else None


def _record(r: dict) -> dict:
    return {k: v for k, v in r.items() if k != "line"}


@lru_cache(maxsize=64)
def _records(t: Tables, table: str) -> tuple[dict, ...]:
    """A table's rows as dicts without their line numbers, in the file's order (built once
    per data state, read as the access layer's own work)."""
    with reads.quiet():
        frame = getattr(t, table)
    return tuple(_record(r) for r in frame.to_dict("records"))


@lru_cache(maxsize=64)
def _keyed(t: Tables, table: str) -> dict[str, dict]:
    """Key -> row of a table with a one-column key, in the file's order."""
    key = TABLE_SPECS[table].key
    if len(key) != 1:
        raise ValueError(f"{table} has no one-column key; look its rows up by value")
    return {str(r[key[0]]): r for r in _records(t, table)}


def _match(t: Tables, table: str, equal: dict[str, str]) -> list[dict]:
    rows = _records(t, table)
    unknown = [c for c in equal if rows and c not in rows[0]]
    if unknown:
        raise ValueError(f"{table} has no column {unknown[0]!r}")
    return [r for r in rows if all(_text(r[c]) == str(v) for c, v in equal.items())]


def _text(value) -> str:
    """A cell as the text it is compared and hashed as: dates ISO (a day), None empty."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


def row_hash(row: dict | None) -> str:
    """The hash of a row's values (its line number is not one of them)."""
    return reads.digest(None if row is None else {k: _text(v) for k, v in row.items()})


def rows_hash(rows: list[dict]) -> str:
    return reads.digest([{k: _text(v) for k, v in r.items()} for r in rows])


def note_table_read(name: str, tables: Tables) -> None:
    """Record that a whole table was read (its hash: the file's checksum when loaded)."""
    reads.record(("table", name), object.__getattribute__(tables, "hashes")[name])


def file_hash(path: Path) -> str:
    """The short checksum a whole-table read is recorded with."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _frame(rows: list[Row]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([r.data.model_dump() | {"line": r.line} for r in rows])


def validate_folder(folder: Path) -> dict[str, list[Row]]:
    """Every table of ``folder`` parsed and checked (schema, keys, references, units, claim
    inputs), as validated rows; raises the first :class:`DataError`. No pandas."""
    parsed = {name: _parse(folder / fname, TABLE_SPECS[name]) for name, fname in TABLES.items()}
    for name in TABLES:
        _check_refs(name, parsed[name], parsed, folder / TABLES[name])
    _check_observations(
        parsed["observations"], parsed["indicators"], folder / TABLES["observations"]
    )
    _check_claims(parsed["claims"], parsed, folder / TABLES["claims"])
    _check_notes(parsed["notes"], parsed["observations"], folder / TABLES["notes"])
    return parsed


def _check_notes(rows: list[Row], observations: list[Row], path: Path) -> None:
    """A note belongs to a figure: its region, period and indicator are an observation's."""
    keys = {(o.data.region_id, o.data.period_id, o.data.indicator_id) for o in observations}
    for row in rows:
        n = row.data
        if (n.region_id, n.period_id, n.indicator_id) not in keys:
            raise DataError(
                path,
                f"no figure {n.indicator_id} for {n.region_id} in {n.period_id} in "
                f"{TABLES['observations']} to attach this note to",
                line=row.line,
            )


@lru_cache(maxsize=8)
def _load(folder: Path, fingerprint: tuple) -> Tables:
    import pandas as pd

    parsed = validate_folder(folder)
    hashes = {name: file_hash(folder / fname) for name, fname in TABLES.items()}

    obs = _frame(parsed["observations"])
    key = ["region_id", "period_id", "indicator_id"]
    notes = (
        _frame(parsed["notes"])
        if parsed["notes"]
        else pd.DataFrame(columns=[*key, "note_zh", "note_en"])
    )
    obs = obs.merge(notes[[*key, "note_zh", "note_en"]], on=key, how="left")
    obs[["note_zh", "note_en"]] = obs[["note_zh", "note_en"]].fillna("")
    obs = obs.rename(columns={"value": "value_text"})
    obs["value"] = obs["value_text"].astype(float)
    obs["decimals"] = obs["value_text"].map(lambda s: len(s.partition(".")[2]))
    kinds = {r.data.indicator_id: r.data.kind for r in parsed["indicators"]}
    rounded = obs["indicator_id"].map(kinds).isin(ROUNDED_KINDS)
    obs["half_unit"] = (0.5 * 10.0 ** -obs["decimals"]).where(rounded, 0.0)
    periods = _frame(parsed["periods"])
    for col in ("start", "end"):
        periods[col] = pd.to_datetime(periods[col])
    return Tables(
        folder,
        _frame(parsed["sources"]),
        _frame(parsed["regions"]),
        periods,
        _frame(parsed["indicators"]),
        obs,
        _frame(parsed["claims"]),
        hashes,
    )


def load_tables(data: str | os.PathLike | None = None) -> Tables:
    """Validate and return every table of the data folder (cached until a file changes)."""
    folder = data_dir(data).resolve()
    if (folder / JOURNAL_NAME).exists():  # never read a change half made
        raise DataError(
            folder / JOURNAL_NAME,
            "a change to the data is being committed or was interrupted; any zmd-report "
            "command (zmd-report check) completes or undoes it",
        )
    return _load(folder, _fingerprint(folder))


def read_table(name: str, data: str | os.PathLike | None = None) -> pd.DataFrame:
    """One table on its own, schema-checked (no cross-table checks)."""
    path = table_path(name, data)
    reads.record(("table", name), file_hash(path))
    return _frame(_parse(path, TABLE_SPECS[name]))
