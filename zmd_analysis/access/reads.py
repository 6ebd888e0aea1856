"""What a notebook read from ``data/``, so a build rebuilds only the reports a data edit
touches.

Every read through the access layer is recorded as a *slice* key with a hash of what
it returned:

* ``("obs", indicator, region, period)``: one figure (:func:`observations.find`);
* ``("periods", indicator, region)``: which periods hold a figure;
* ``("source", source_id)`` and ``("figure_count", source_id)``: one source's record
  and how many figures it prints;
* ``("select", "column=value", ...)``: the figures matching those columns;
* ``("table", name)``: a whole table, whenever code reads the DataFrame itself.

:func:`zmd_analysis.access.slices.current` recomputes the hash of a key against the data as
it is now; a report whose every recorded hash is unchanged need not run again. The access layer's own
look-ups run inside :func:`quiet`, so only the slice they return is recorded, not the
tables they scan to find it.
"""

from __future__ import annotations

import hashlib
import json
import threading
from contextlib import contextmanager

_log: dict[tuple, str] = {}
_state = threading.local()


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


def log() -> list[list[str]]:
    """Everything read since the process started (or :func:`reset`): ``[*key, hash]``."""
    return [[*k, h] for k, h in sorted(_log.items())]


def reset() -> None:
    _log.clear()
