"""Re-checking what a report read: the hash each recorded slice (see :mod:`.reads`) has in
the data now. It sits above the look-ups it replays, so :mod:`.reads` stays a leaf that
the tables and observations modules record into.

Every kind ever recorded can be recomputed here, including those no code records any
more (``source``, ``data_date``), so a build state written by an older version is
re-checked, not thrown away. A derived kind is recomputed by the function registered for
it (:func:`.reads.derived`); one whose module was not imported, or a kind this version
does not know, is "changed"."""

from __future__ import annotations

from . import observations as o
from . import provenance, reads
from .paths import TABLES, data_dir
from .tables import file_hash, load_tables, row_hash, rows_hash


def _equal(args) -> dict[str, str]:
    return dict(a.split("=", 1) for a in args)


def _int(arg: str) -> int | None:
    return int(arg) if arg else None


def current(key: list | tuple, data=None) -> str:
    """The hash the slice ``key`` has in the data now (an error is a value too: a slice
    that no longer resolves has changed)."""
    kind, *args = key
    try:
        with reads.quiet():
            if kind == "table":
                return file_hash(data_dir(data) / TABLES[args[0]])
            if kind == "obs":
                indicator, region, period = args
                return reads.digest(o.find(indicator, region, period or None, data=data))
            if kind == "periods":
                indicator, region = args
                return reads.digest(o.available_periods(indicator, region, data=data))
            if kind == "select":
                return o.select_digest(o.select(data, **_equal(args)))
            if kind == "row":
                table, k = args
                return row_hash(load_tables(data).row(table, k))
            if kind == "rows":
                return rows_hash(load_tables(data).rows(args[0], **_equal(args[1:])))
            if kind == "has":
                return reads.digest(load_tables(data).has(args[0], **_equal(args[1:])))
            if kind == "from_new_year":
                month, day, year = (_int(a) for a in args)
                return rows_hash(load_tables(data).from_new_year(month, day, year))
            if kind in reads.DERIVED:
                return reads.digest(reads.DERIVED[kind](*args, data=data))
            if kind == "figure_count":
                return reads.digest(o.figure_count(args[0], data=data))
            if kind == "source":  # recorded by earlier versions (now a "row" of sources)
                return reads.digest(o.source_record(args[0], data=data))
            if kind == "data_date":  # recorded by earlier versions
                return reads.digest(provenance.data_date(data))
    except Exception as err:
        return reads.failure(err)
    return f"unknown slice kind {kind!r}"


def changed(reads: list[list[str]], data=None) -> list[list[str]]:
    """The recorded reads ``[*key, hash]`` whose slice no longer hashes the same."""
    return [r for r in reads if current(r[:-1], data) != r[-1]]
