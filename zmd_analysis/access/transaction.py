"""One writer at a time for the data folder, and changes to several files that land all
together or not at all.

**The lock.** ``data/.lock`` is locked with ``flock``: exclusively by whatever changes
``data/`` or ``reports.toml`` (``zmd-report propose --accept``, ``zmd-report checksums``,
the recovery below), shared by whatever reads them (``zmd-report build`` for its whole run,
``check``, ``propose``). A second writer waits while the first works, at most
``ZMD_LOCK_WAIT`` seconds (default 300), then stops with :class:`DataBusy`, which names
the process holding the lock. Locks are per thread and re-entrant within a thread, so a
command that holds the lock can call the library that takes it again.

**The journal.** :func:`replace_all` changes several files at once:

1. it writes ``data/.journal.json`` in state ``staging``, listing every
   (staged file, target) pair;
2. it writes each new file beside its target (same folder, so the rename below never
   crosses a filesystem), named ``.NAME.accept-<pid>-<random>``, and syncs it to disk;
3. it rewrites the journal in state ``commit``: from this instant the change is decided;
4. it renames each staged file over its target (``os.replace``, atomic per file);
5. it deletes the journal.

A process killed at any instant leaves either no journal (nothing happened, or all of it
did), a journal in ``staging`` (the staged files are deleted: all old) or one in ``commit``
(the remaining staged files are renamed: all new). :func:`recover` does that, under the
exclusive lock, before any command reads or writes ``data/`` (:func:`data_lock` calls it).
A failure while staging (a full disk) rolls back at once.

Fault injection for the tests: ``ZMD_FAULT_AT=<point>`` ends the process with exit
:data:`FAULT_EXIT` at that point of :func:`replace_all`, as a kill would; :func:`points`
lists them. In-process tests replace :func:`fault` instead.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from .errors import DataError
from .paths import data_dir

LOCK_NAME = ".lock"
JOURNAL_NAME = ".journal.json"
LOCK_WAIT_ENV = "ZMD_LOCK_WAIT"
DEFAULT_LOCK_WAIT = 300.0
FAULT_ENV = "ZMD_FAULT_AT"
FAULT_EXIT = 75
STAGED_MARK = ".accept-"

Log = Callable[[str], None]


class DataBusy(DataError):
    """Another process held the data lock for longer than this one would wait."""


class Interrupted(DataError):
    """A change was decided (its journal says ``commit``) but a rename failed: the next
    command that takes the lock completes it."""


# --- the lock -------------------------------------------------------------------------

_local = threading.local()


def _held() -> dict[Path, list]:
    """This thread's locks: folder -> [exclusive, depth]."""
    if not hasattr(_local, "held"):
        _local.held = {}
    return _local.held


def lock_wait() -> float:
    """How long a command waits for the data lock (``ZMD_LOCK_WAIT``, seconds)."""
    try:
        return max(0.0, float(os.environ.get(LOCK_WAIT_ENV, DEFAULT_LOCK_WAIT)))
    except ValueError:
        return DEFAULT_LOCK_WAIT


def _open_lock(folder: Path) -> int | None:
    """The lock file, opened; None when it cannot exist (no folder, or a read-only folder
    without one: then nobody can write there either)."""
    path = folder / LOCK_NAME
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except FileNotFoundError:
        return None
    except OSError:  # read-only: a lock file that exists can still be locked
        try:
            return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            return None


def _cmdline(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    args = [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]
    if args:
        args[0] = Path(args[0]).name
        if args[0].startswith("python") and len(args) > 1 and args[1] != "-m":
            args = args[1:]
            args[0] = Path(args[0]).name
    text = " ".join(args)
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text[:100] + ("…" if len(text) > 100 else "")


def holders(folder: Path) -> str:
    """Who holds the data lock: each process with its command line (from /proc/locks),
    else what the last holder recorded in the lock file."""
    path = folder / LOCK_NAME
    found = []
    try:
        inode = str(path.stat().st_ino)
        for line in Path("/proc/locks").read_text().splitlines():
            f = line.split()
            if "->" in f or len(f) < 6 or f[1] != "FLOCK":
                continue
            if f[5].rsplit(":", 1)[-1] == inode and f[4].isdigit():
                pid = int(f[4])
                how = "writing" if f[3] == "WRITE" else "reading"
                found.append(f"pid {pid} ({_cmdline(pid)}, {how})")
    except OSError:
        pass
    if found:
        return "; ".join(dict.fromkeys(found))
    try:
        recorded = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        recorded = ""
    return recorded or "another process"


def _record(fd: int, what: str, exclusive: bool) -> None:
    """Note in the lock file who holds it (best effort: a read-only lock file stays)."""
    line = (
        f"pid {os.getpid()} (zmd-report {what}, {'writing' if exclusive else 'reading'}) "
        f"since {datetime.now().isoformat(timespec='seconds')}\n"
    )
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, line.encode(), 0)
    except OSError:
        pass


def _acquire(fd: int, op: int, folder: Path, wait: float, log: Log | None) -> None:
    try:
        fcntl.flock(fd, op | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    who = holders(folder)
    if log is not None:
        log(f"{folder} is locked by {who}; waiting up to {wait:g} s")
    deadline = time.monotonic() + wait
    pause = 0.02
    while True:
        try:
            fcntl.flock(fd, op | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise DataBusy(
                    folder / LOCK_NAME,
                    f"locked by {holders(folder)}; gave up after {wait:g} s "
                    f"(wait longer with {LOCK_WAIT_ENV}=SECONDS)",
                ) from None
            time.sleep(pause)
            pause = min(0.25, pause * 1.5)


@contextmanager
def data_lock(
    data=None,
    *,
    exclusive: bool,
    what: str,
    wait: float | None = None,
    log: Log | None = None,
) -> Iterator[Path]:
    """Hold the lock of the data folder (exclusive to change it, shared to read it) and
    yield the folder, after rolling an interrupted change forward or back (:func:`recover`,
    whose message goes to ``log``). Waits at most ``wait`` seconds (default
    :func:`lock_wait`), then raises :class:`DataBusy` naming the holder."""
    folder = data_dir(data).resolve()
    held = _held()
    if folder in held:  # re-entrant within a thread
        if exclusive and not held[folder][0]:
            raise RuntimeError(f"{folder}: cannot take the write lock while holding the read lock")
        held[folder][1] += 1
        try:
            yield folder
        finally:
            held[folder][1] -= 1
        return
    wait = lock_wait() if wait is None else wait
    fd = _open_lock(folder)
    try:
        if fd is None:
            if (folder / JOURNAL_NAME).exists():
                raise DataError(
                    folder / JOURNAL_NAME,
                    "an interrupted change is pending and the folder cannot be written",
                )
        elif exclusive:
            _acquire(fd, fcntl.LOCK_EX, folder, wait, log)
            _report(_recover(folder), log)
            _record(fd, what, True)
        else:
            _acquire(fd, fcntl.LOCK_SH, folder, wait, log)
            while (folder / JOURNAL_NAME).exists():  # finish what a killed writer left
                _acquire(fd, fcntl.LOCK_EX, folder, wait, log)
                _report(_recover(folder), log)
                _acquire(fd, fcntl.LOCK_SH, folder, wait, log)
            _record(fd, what, False)
        held[folder] = [exclusive, 1]
        yield folder
    finally:
        held.pop(folder, None)
        if fd is not None:
            os.close(fd)  # releases the lock


def _recover(folder: Path) -> str | None:
    try:
        return recover(folder)
    except OSError as e:  # a folder that became read-only, a full disk while renaming
        raise DataError(
            folder / JOURNAL_NAME,
            f"cannot finish an interrupted change: {e.strerror or e} ({e.filename})",
        ) from None


def _report(message: str | None, log: Log | None) -> None:
    if message:
        (log or (lambda m: print(m, file=sys.stderr)))(message)


# --- the journal ----------------------------------------------------------------------


def fault(point: str) -> None:
    """Fault injection: end the process here, as a kill would, when ``ZMD_FAULT_AT`` names
    this point (see :func:`points`)."""
    if os.environ.get(FAULT_ENV) == point:
        os._exit(FAULT_EXIT)


def points(n: int) -> list[str]:
    """Every point of :func:`replace_all` for ``n`` files, in order."""
    return [
        "journal",
        *(f"staged-{k}" for k in range(1, n + 1)),
        "commit",
        *(f"replaced-{k}" for k in range(1, n + 1)),
        "done",
    ]


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_file(path: Path, content: bytes) -> None:
    """Write and sync one file (every byte the journal relies on goes through here)."""
    with open(path, "wb") as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())


def _write_journal(journal: Path, state: str, pairs: list[tuple[Path, Path]]) -> None:
    doc = {
        "state": state,
        "pid": os.getpid(),
        "files": [[str(s), str(t)] for s, t in pairs],
    }
    tmp = journal.with_name(journal.name + ".tmp")
    try:
        _write_file(tmp, (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode())
        os.replace(tmp, journal)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(journal.parent)


def staged_name(target: Path, token: str) -> Path:
    """Where the new content of ``target`` waits: beside it, hidden."""
    return target.with_name(f".{target.name}{STAGED_MARK}{token}")


def replace_all(folder: Path, files: dict[Path, bytes]) -> None:
    """Replace every file of ``files`` (target -> new bytes) with its new content, all of
    them or none, whatever instant the process is killed at; the journal lives in
    ``folder`` (the data folder, whose lock the caller holds exclusively)."""
    journal = Path(folder) / JOURNAL_NAME
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    pairs = [(staged_name(Path(t), token), Path(t)) for t in files]
    contents = list(files.values())
    try:
        _write_journal(journal, "staging", pairs)
        fault("journal")
        for k, ((staged, _), content) in enumerate(zip(pairs, contents), start=1):
            _write_file(staged, content)
            fault(f"staged-{k}")
        for d in {s.parent for s, _ in pairs}:
            _fsync_dir(d)
        _write_journal(journal, "commit", pairs)
    except Exception:  # a full disk, a read-only folder: nothing was replaced, undo it all
        _roll_back(journal, pairs)
        raise
    fault("commit")
    try:
        _apply(pairs, faults=True)
    except OSError as e:
        raise Interrupted(
            journal,
            f"renaming the new files failed ({e.strerror or e}: {e.filename}); the change is "
            "decided and the next zmd-report command completes it",
        ) from None
    journal.unlink()
    _fsync_dir(journal.parent)
    fault("done")


def _apply(pairs: list[tuple[Path, Path]], faults: bool = False) -> None:
    for k, (staged, target) in enumerate(pairs, start=1):
        if staged.exists():  # gone when a recovery already moved it
            os.replace(staged, target)
        if faults:
            fault(f"replaced-{k}")
    for d in {t.parent for _, t in pairs}:
        _fsync_dir(d)


def _roll_back(journal: Path, pairs: list[tuple[Path, Path]]) -> None:
    for staged, _ in pairs:
        staged.unlink(missing_ok=True)
    journal.unlink(missing_ok=True)
    journal.with_name(journal.name + ".tmp").unlink(missing_ok=True)
    _fsync_dir(journal.parent)


def pending(data=None) -> bool:
    """Whether an interrupted change waits in the data folder's journal."""
    return (data_dir(data) / JOURNAL_NAME).exists()


def recover(data=None) -> str | None:
    """Finish or undo a change a killed process left (the caller holds the exclusive
    lock): a journal in ``commit`` is rolled forward, one in ``staging`` back. Returns what
    was done, or None when there was nothing to do."""
    folder = data_dir(data)
    journal = folder / JOURNAL_NAME
    journal.with_name(journal.name + ".tmp").unlink(missing_ok=True)
    if not journal.exists():
        return None
    try:
        doc = json.loads(journal.read_text(encoding="utf-8"))
        state = doc["state"]
        pairs = [(Path(s), Path(t)) for s, t in doc["files"]]
        if state not in ("staging", "commit") or any(
            s.parent != t.parent or STAGED_MARK not in s.name for s, t in pairs
        ):
            raise ValueError(state)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise DataError(
            journal, "unreadable journal of an interrupted change; restore data/ from git"
        ) from None
    if state == "commit":
        _apply(pairs)
        journal.unlink()
        _fsync_dir(folder)
        names = ", ".join(t.name for _, t in pairs)
        return f"recovered: completed an interrupted change of {names}"
    _roll_back(journal, pairs)
    return "recovered: undid an interrupted change (no file had been replaced)"
