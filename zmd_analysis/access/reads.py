"""What a notebook read from ``data/``, so a build rebuilds only the reports a data edit
touches.

Every read through the access layer is recorded as a *slice* key with a hash of what
it returned:

* ``("obs", indicator, region, period)``: one figure (:func:`observations.find`);
* ``("periods", indicator, region)``: which periods hold a figure;
* ``("figure_count", source_id)``: how many figures a source prints;
* ``("select", "column=value", ...)``: the figures matching those columns (``through=MM-DD``:
  over periods from 1 January to that day of one year, e.g. a Jan–Apr series);
* ``("row", table, key)``: one row of a table by its key, hashed by its values, not its
  line: a region's names and parent, a period's dates, a source's record
  (:meth:`.tables.Tables.row`);
* ``("rows", table, "column=value", ...)``: the rows whose columns hold those values, e.g.
  a region's children (:meth:`.tables.Tables.rows`); ``("has", ...)``: only whether there
  are any, e.g. whether a source is an article;
* ``("from_new_year", month, day, year)``: the periods from 1 January to ``month``/``day``
  of ``year`` ("" for any): a rule, so a new period that fits it changes the hash;
* a *derived* slice, ``(kind, *args)``: what a function of a higher layer computes from the
  data, registered with :func:`derived`: ``("verdicts", source)``, the claims engine's
  verdicts of one article; ``("independent", year)``, those an outside source speaks to;
  ``("dispatch", region)``, the key-project lists across bulletins;
* ``("table", name)``: a whole table, whenever code reads the DataFrame itself (no report
  does: the index and the explorer, which show whole tables, are the build's own pages).

:func:`zmd_analysis.access.slices.current` recomputes the hash of a key against the data as
it is now; a report whose every recorded hash is unchanged need not run again. The access layer's own
look-ups run inside :func:`quiet`, so only the slice they return is recorded, not the
tables they scan to find it; so does a derived slice's function, so a report that shows an
article's verdicts depends on them, not on every figure and table the engine looked at.
A cache must sit inside such a look-up, never around a function that records: a cached
answer would record nothing the second time.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from contextlib import contextmanager
from functools import wraps

_log: dict[tuple, str] = {}
_state = threading.local()
#: derived slice kind -> the function that computes it, ``fn(*args, data=...)``
DERIVED: dict[str, Callable] = {}


def digest(value) -> str:
    """A short stable hash of a JSON-able value (dataclasses via their ``__dict__``)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=lambda o: o.__dict__)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def recording() -> bool:
    return not getattr(_state, "quiet", 0)


@contextmanager
def quiet():
    """Reads inside are the access layer's own work: not recorded."""
    _state.quiet = getattr(_state, "quiet", 0) + 1
    try:
        yield
    finally:
        _state.quiet -= 1


def record(key: tuple, value_hash: str) -> None:
    """Note that slice ``key`` was read and hashed ``value_hash`` (``None`` in a key, such
    as "any period", is written "")."""
    if recording():
        _log[tuple("" if k is None else str(k) for k in key)] = value_hash


def failure(err: Exception) -> str:
    return f"error: {type(err).__name__}: {err}"


def read_slice(key: tuple, compute, hash_of=digest):
    """Run the look-up ``compute()`` as the access layer's own work and record slice
    ``key`` with the hash of its answer; a look-up that fails is an answer too (a data
    edit can turn it into a figure), recorded before the error goes on."""
    try:
        with quiet():
            value = compute()
    except Exception as err:
        record(key, failure(err))
        raise
    record(key, hash_of(value))
    return value


def derived(kind: str):
    """Register ``fn(*args: str, data=None)`` as the derived slice ``kind``: each call is
    recorded as ``(kind, *args)`` with the hash of its answer (the function's own reads are
    not), and :func:`zmd_analysis.access.slices.current` recomputes it by calling ``fn``
    again. The arguments are the key's parts, so they are strings ("" for none). A kind
    whose module has not been imported is unknown there, and counts as changed."""

    def register(fn: Callable) -> Callable:
        DERIVED[kind] = fn

        @wraps(fn)
        def recorded(*args: str, data=None):
            return read_slice((kind, *args), lambda: fn(*args, data=data))

        return recorded

    return register


def log() -> list[list[str]]:
    """Everything read since the process started (or :func:`reset`): ``[*key, hash]``."""
    return [[*k, h] for k, h in sorted(_log.items())]


def reset() -> None:
    _log.clear()
