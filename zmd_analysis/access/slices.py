"""Re-checking what a report read: the hash each recorded slice (see :mod:`.reads`) has in
the data now. It sits above the look-ups it replays, so :mod:`.reads` stays a leaf that
the tables and observations modules record into."""

from __future__ import annotations

from . import observations as o
from . import provenance, reads
from .paths import TABLES, data_dir
from .tables import file_hash


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
            if kind == "source":
                return reads.digest(o.source_record(args[0], data=data))
            if kind == "figure_count":
                return reads.digest(o.figure_count(args[0], data=data))
            if kind == "data_date":
                return reads.digest(provenance.data_date(data))
            if kind == "select":
                return o.select_digest(o.select(data, **dict(a.split("=", 1) for a in args)))
    except Exception as err:
        return reads.failure(err)
    return f"unknown slice kind {kind!r}"


def changed(reads: list[list[str]], data=None) -> list[list[str]]:
    """The recorded reads ``[*key, hash]`` whose slice no longer hashes the same."""
    return [r for r in reads if current(r[:-1], data) != r[-1]]
