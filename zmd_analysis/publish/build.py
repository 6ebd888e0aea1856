"""Build every report: papermill runs, offline HTML, PDF, and an index page.

A build is :func:`plan` (which reports are stale, and why), :func:`_run` (the jobs on a
:class:`Runner`: :class:`LocalRunner` or :class:`DaskRunner`, PDFs printed as each HTML
is ready, each complete report moved into place) and :func:`_collect` (state, index).

* Incremental: a report is rebuilt only when its notebook, its parameters or the
  library change (content hashes, not mtimes), or when one of the data slices the
  notebook read last time hashes differently now (see :mod:`zmd_analysis.access.reads`).
  An edit to one figure rebuilds only the reports that read it; a notebook reads the rows
  it shows (an article's verdicts, a region's row), not the tables it looks them up in,
  so an accepted article rebuilds its own reports and those that show what it adds.
* Safe: outputs are written to ``.build/tmp`` and moved into place only when a
  report's HTML (and PDF) are complete, so a failed run never replaces a good
  report. The failed run's executed notebook goes to ``failed/``.
* Parallel: notebooks run in threads, each on a fresh kernel from a pool of warm ones
  (:mod:`zmd_analysis.publish.kernels`), or as tasks on a Dask cluster (``scheduler``);
  either way :func:`render` returns bytes and a page, and this process writes the files.
  PDFs are printed by one browser, driven from a process of its own, as soon as each
  HTML is ready.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..access.paths import PROJ_ROOT, REPORTS_DIR
from .config import ConfigError, ReportSpec, check_params, check_spec_params
from .files import write_atomic
from .notebooks import notebook_path

if TYPE_CHECKING:
    from .export import Page

LIB_DIR = PROJ_ROOT / "zmd_analysis"
KERNEL_RETRIES = 2  # kernel start-up races under parallel runs (papermill #239, #511)


@dataclass
class Outcome:
    name: str
    status: str  # built | up-to-date | failed
    message: str = ""
    input_hash: str = ""
    built_at: str = ""
    seconds: float = 0.0
    title: str = ""
    notebook: str = ""
    params: dict = field(default_factory=dict)
    formats: list[str] = field(default_factory=list)
    data_version: str = ""
    claims: dict = field(default_factory=dict)
    failed_notebook: str = ""
    inputs: dict = field(default_factory=dict)  # hash per input: notebook, params, library
    reads: list = field(default_factory=list)  # data slices read: [*key, hash]
    checked_against: str = ""  # last data version its reads were checked on
    reason: str = ""  # why it was (re)built or is up to date


# --- hashing --------------------------------------------------------------------


def _sha(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())
    return h.hexdigest()


def library_hash() -> str:
    """Hash of the package's code and assets: any library change rebuilds every report."""
    files = sorted(
        p for p in LIB_DIR.rglob("*") if p.is_file() and p.suffix in (".py", ".css", ".toml")
    )
    return _sha(*(str(p.relative_to(LIB_DIR)).encode() + p.read_bytes() for p in files))


def inputs(spec: ReportSpec, lib_hash: str) -> dict[str, str]:
    """The hash of each input of a report other than the data (which is tracked by reads)."""
    settings = {"params": spec.params, "timeout": spec.timeout}
    if spec.base_url:  # the page's ClaimReview carries it
        settings["base_url"] = spec.base_url
    params = json.dumps(settings, sort_keys=True, ensure_ascii=False).encode()
    return {
        "notebook": _sha(notebook_path(spec.notebook).read_bytes()),
        "parameters": _sha(params),
        "library": lib_hash,
    }


def input_hash(spec: ReportSpec, lib_hash: str) -> str:
    return _sha(*(v.encode() for v in inputs(spec, lib_hash).values()))


def stale_reason(
    spec: ReportSpec, prev: dict, ins: dict, have_outputs: bool, data_version: str, changed_reads
) -> str | None:
    """Why a report must be built again, or None when its outputs are current.
    ``changed_reads(reads)`` returns the recorded reads whose slice changed."""
    if not prev or prev.get("status") != "built":
        return "new"
    if not have_outputs or not set(spec.formats) <= set(prev.get("formats", [])):
        return "output missing"
    for key, value in ins.items():
        if prev.get("inputs", {}).get(key) != value:
            return f"{key} changed"
    if prev.get("checked_against") == data_version:
        return None
    if "reads" not in prev:
        return "no record of its data reads"
    changed = changed_reads(prev["reads"])
    if changed:
        first = changed[0][:-1]
        more = f" (+{len(changed) - 1} more)" if len(changed) > 1 else ""
        return f"data changed: {'/'.join(map(str, first))}{more}"
    return None


# --- state and locking ------------------------------------------------------------


class OutputError(Exception):
    """The output folder cannot be used at all (no such folder can be made, or it cannot
    even be locked): the build stops before running anything."""


def _os_problem(e: OSError) -> str:
    """'No space left on device: reports/.build/tmp/x.html', in one line."""
    where = f": {e.filename}" if e.filename else ""
    return f"{e.strerror or type(e).__name__}{where}"


class BuildDir:
    """The output folder and its bookkeeping (``.build/state.json``, temp files, lock)."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self.meta = self.out / ".build"
        self.tmp = self.meta / "tmp"
        self.failed = self.out / "failed"
        for d in (self.out, self.meta, self.tmp, self.failed):
            try:
                d.mkdir(parents=True, exist_ok=True)
            except FileExistsError:
                raise OutputError(f"cannot use {self.out}: {d} is a file, not a folder") from None
            except OSError as e:
                raise OutputError(f"cannot use {self.out}: {_os_problem(e)}") from None
        self.state_file = self.meta / "state.json"

    def load_state(self) -> dict[str, dict]:
        try:
            return json.loads(self.state_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def save_state(self, state: dict) -> None:
        write_atomic(
            self.state_file,
            json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True),
            self.tmp,
        )

    def output(self, name: str, ext: str) -> Path:
        path = (self.out / f"{name}.{ext}").resolve()
        if path.parent != self.out.resolve():  # names are validated, but never trust a path
            raise ConfigError(f"report name {name!r} would write outside {self.out}")
        return path

    @contextmanager
    def lock(self, wait_message=None):
        """Exclusive lock for the whole build: a second build waits for the first. A lock
        file that cannot be written (a read-only reports/) is locked as it is: a build with
        nothing to do then succeeds, one that must write fails on its first write."""
        path = self.meta / "lock"
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError:
            try:
                fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            except OSError as e:
                raise OutputError(f"cannot use {self.out}: {_os_problem(e)}") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if wait_message:
                    wait_message(f"another build is using {self.out}; waiting for it to finish")
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock


# --- one report -------------------------------------------------------------------


def _recorded(nb, key: str, default=None):
    """The first ``key`` a notebook recorded in its outputs' metadata: ``title`` (see
    show.title) or ``claims``, the article's claims summary (see show.claims_summary)."""
    from ..report.outputs import METADATA_KEY

    for cell in nb.cells:
        for out in cell.get("outputs", []):
            meta = out.get("metadata", {}).get(METADATA_KEY, {})
            if key in meta:
                return meta[key]
    return default


def _startup_failure(err: Exception) -> bool:
    """Kernel start-up races under parallel runs (papermill #239, #329, #511) are worth a
    retry; a failing cell, a kernel that dies mid-run or a cell timeout are not."""
    text = f"{type(err).__name__}: {err}"
    return any(
        s in text
        for s in (
            "didn't respond",
            "kernel_info",
            "Address already in use",
            "Kernel died before replying",
        )
    )


def _failure_message(spec: ReportSpec, err: Exception) -> str:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(err, PapermillExecutionError):
        first = next((ln.strip() for ln in (err.source or "").splitlines() if ln.strip()), "")
        return (
            f"report {spec.name}: notebook {spec.notebook} failed in cell [{err.exec_count}] "
            f"(starting `{first[:60]}`): {err.ename}: {err.evalue}"
        )
    text = str(err).strip().splitlines()
    return (
        f"report {spec.name}: notebook {spec.notebook} could not run: {type(err).__name__}: "
        + " ".join(line.strip() for line in text[:6])
    )


@dataclass
class Rendered:
    """What running one report produces, as bytes and data (no path on the machine that
    ran it): the outcome, the executed notebook and the page (None when it failed)."""

    outcome: Outcome
    ipynb: bytes
    page: Page | None = None


class VersionMismatch(RuntimeError):
    """A worker whose package, library or data differ from the coordinator's."""


@lru_cache(maxsize=1)
def loaded_library_hash() -> str:
    """The library as this process loaded it (hashed at first use, which is at the start
    of a build or of a worker's first task): files changed on disk later do not count,
    since the modules in memory are the old ones."""
    return library_hash()


def versions() -> dict[str, str]:
    """What must match between the coordinator and a worker for identical reports."""
    from importlib.metadata import version

    from ..access.provenance import data_version

    return {
        "package": version("zmd-analysis"),
        "library": loaded_library_hash(),
        "data": data_version(),
    }


_worker_kernels = None
_worker_lock = threading.Lock()


def _kernels_here():
    """The kernel pool of this process, for tasks sent by a remote coordinator."""
    global _worker_kernels
    with _worker_lock:
        if _worker_kernels is None:
            import atexit

            from .kernels import KernelPool

            _worker_kernels = KernelPool(2)
            atexit.register(_worker_kernels.close)
    return _worker_kernels


def render(spec: ReportSpec, meta: dict, kernels=None, phase=None) -> Rendered:
    """Execute one notebook and render its page; runs in a build thread or on a Dask
    worker (``kernels=None``: this process's own pool). A worker whose versions differ
    from ``meta["versions"]`` refuses the task, naming both."""
    import tempfile

    from ..report.outputs import METADATA_KEY
    from .export import PageMeta, to_page
    from .notebooks import execute

    phase = phase or (lambda name, p: None)
    if meta.get("versions"):
        here = versions()
        if here != meta["versions"]:
            import socket

            raise VersionMismatch(
                f"report {spec.name}: worker {socket.gethostname()} has "
                + ", ".join(f"{k} {here[k]}" for k in here)
                + "; the coordinator has "
                + ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
            )
    kernels = kernels if kernels is not None else _kernels_here()
    started = time.perf_counter()
    outcome = Outcome(
        spec.name,
        "failed",
        notebook=spec.notebook,
        params=spec.params,
        formats=list(spec.formats),
        input_hash=meta["input_hash"],
        built_at=meta["built_at"],
        data_version=meta["data_version"],
        inputs=meta["inputs"],
        checked_against=meta["data_version"],
        reason=meta.get("reason", ""),
    )
    with tempfile.TemporaryDirectory(prefix="zmd-run-") as tmp:
        executed = Path(tmp) / f"{spec.name}.ipynb"
        for attempt in range(KERNEL_RETRIES + 1):
            km = None
            try:
                km = kernels.take(retry=attempt > 0)
                phase(spec.name, "running")
                nb = execute(spec.notebook, spec.params, executed, timeout=spec.timeout, km=km)
                outcome.message = ""
                break
            except Exception as err:
                outcome.message = _failure_message(spec, err)
                if not _startup_failure(err) or attempt == KERNEL_RETRIES:
                    break
            finally:
                if km is not None:
                    kernels.discard(km)
        ipynb = executed.read_bytes() if executed.exists() else b""
    if outcome.message:
        outcome.seconds = time.perf_counter() - started
        return Rendered(outcome, ipynb)
    outcome.title = _recorded(nb, "title") or spec.name
    outcome.claims = _recorded(nb, "claims", {})
    outcome.reads = nb.metadata.get(METADATA_KEY, {}).get("reads", [])
    phase(spec.name, "exporting")
    lang = spec.params.get("lang", "zh")
    page = to_page(
        nb,
        PageMeta(
            title=outcome.title,
            lang=lang,
            params=shown_params(spec),
            build={
                "report": spec.name,
                "notebook": spec.notebook,
                "data_version": meta["data_version"],
                "built_at": meta["built_at"],
            },
            base_url=spec.base_url,
        ),
    )
    outcome.status = "built"
    outcome.seconds = time.perf_counter() - started
    return Rendered(outcome, ipynb, page)


def shown_params(spec: ReportSpec) -> dict:
    """Every parameter the notebook ran with: its declared defaults, then the config's."""
    import ast

    from .notebooks import parameters

    defaults = {}
    for name, p in parameters(spec.notebook).items():
        try:
            defaults[name] = ast.literal_eval(p["default"])
        except (ValueError, SyntaxError):
            defaults[name] = p["default"]
    return {**defaults, **spec.params}


def save_rendered(r: Rendered, bd: BuildDir) -> dict[str, Path]:
    """Write a rendered report's files into the build's temp folder (the coordinator's
    disk); a failed run's notebook goes to ``failed/`` at once."""
    name = r.outcome.name
    if r.outcome.status != "built":
        if r.ipynb:
            failed = bd.failed / f"{name}.ipynb"
            try:
                write_atomic(failed, r.ipynb.decode("utf-8"), bd.tmp)
                r.outcome.failed_notebook = str(failed.relative_to(bd.out))
            except OSError:
                pass  # the failure itself is reported; its record could not be kept
        return {}
    files = {"ipynb": bd.tmp / f"{name}.ipynb", "html": bd.tmp / f"{name}.html"}
    if r.page is None:
        raise ValueError(f"report {name}: built, but no page was rendered")
    try:
        files["ipynb"].write_bytes(r.ipynb)
        files["html"].write_text(r.page.html(), encoding="utf-8")
    except OSError as e:  # a full disk: this report fails, its partial files go
        _discard(files)
        _fail(r.outcome, f"report {name}: could not write its outputs: {_os_problem(e)}")
        return {}
    return files


def _discard(files: dict) -> None:
    for f in files.values():
        try:
            Path(f).unlink(missing_ok=True)
        except OSError:
            pass


def _fail(outcome: Outcome, message: str) -> None:
    outcome.status = "failed"
    outcome.message = message


def run_notebook(
    spec: ReportSpec, bd: BuildDir, meta: dict, kernels=None, phase=None
) -> tuple[Outcome, dict, object]:
    """:func:`render` and :func:`save_rendered` in one step (a report built locally)."""
    r = render(spec, meta, kernels, phase)
    return r.outcome, save_rendered(r, bd), r.page


# --- the build --------------------------------------------------------------------


@dataclass
class BuildResult:
    outcomes: list[Outcome]
    #: shared files (state, index, verdicts) that could not be written
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def executed(self) -> int:
        return sum(o.status != "up-to-date" for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.errors else 0


@dataclass
class Job:
    """A report to run: its spec, and why (its input hashes and the reason it is stale)."""

    spec: ReportSpec
    input_hash: str
    inputs: dict
    reason: str


@dataclass
class Plan:
    """What a build will do: the reports to run, and the outcomes of those up to date."""

    jobs: list[Job]
    current: list[Outcome]
    #: the state needs saving although nothing runs (a re-check against new data)
    state_changed: bool


def plan(
    specs: list[ReportSpec], bd: BuildDir, state: dict, dv: str, lib: str, force: bool
) -> Plan:
    """Which reports are stale and why; the others keep their last good build (updated
    in ``state`` when only the data version they were checked against moved)."""
    jobs, current, changed = [], [], False
    for s in specs:
        ins = inputs(s, lib)
        prev = state.get(s.name, {})
        have = all(bd.output(s.name, f).exists() for f in s.formats)
        reason = "forced" if force else stale_reason(s, prev, ins, have, dv, _changed_reads)
        if reason is not None:
            jobs.append(Job(s, input_hash(s, lib), ins, reason))
            continue
        fields = {k: v for k, v in prev.items() if k in Outcome.__dataclass_fields__}
        unchanged = prev.get("checked_against") == dv
        current.append(
            Outcome(
                **{
                    **fields,
                    "status": "up-to-date",
                    "reason": "unchanged" if unchanged else "data it read unchanged",
                }
            )
        )
        if not unchanged:
            prev["checked_against"] = dv
            changed = True
        if prev.pop("last_failure", None):  # inputs are back to a good build's
            prev["failed_notebook"] = ""
            _discard({"failed": bd.failed / f"{s.name}.ipynb"})
            changed = True
    return Plan(jobs, current, changed)


class Runner(Protocol):
    """Where notebooks run: :class:`LocalRunner` or :class:`DaskRunner` (one interface)."""

    meta: dict  # what every task's meta carries from this runner

    def start(self, stack: ExitStack, needed: int) -> None: ...

    def submit(self, spec: ReportSpec, meta: dict) -> Future: ...

    def result(self, fut: Future, spec: ReportSpec, meta: dict) -> tuple[Outcome, dict, object]: ...

    def ran_all(self) -> None: ...


class LocalRunner:
    """Notebooks in threads of this process, each on a warm kernel from a pool; a build
    thread also writes the report's files (4–5 MB of HTML each) into the temp folder."""

    def __init__(self, bd: BuildDir, workers: int, phase) -> None:
        self.bd, self.workers, self.phase = bd, workers, phase
        self.meta: dict = {}

    def start(self, stack: ExitStack, needed: int) -> None:
        from .kernels import KernelPool

        # one kernel ready per thread (each take starts the next one at once)
        self.kernels = stack.enter_context(KernelPool(self.workers, needed=needed))
        self.pool = stack.enter_context(ThreadPoolExecutor(max_workers=self.workers))

    def submit(self, spec: ReportSpec, meta: dict) -> Future:
        return self.pool.submit(run_notebook, spec, self.bd, meta, self.kernels, self.phase)

    def result(self, fut: Future, spec: ReportSpec, meta: dict) -> tuple[Outcome, dict, object]:
        return fut.result()

    def ran_all(self) -> None:
        """The last notebook ran: stop the kernels, meanwhile."""
        threading.Thread(target=self.kernels.close, daemon=True).start()


class DaskRunner:
    """Notebooks as tasks on a Dask cluster: a task returns bytes and a page, written here;
    a worker that died is retried once, and one with other versions refuses the task."""

    def __init__(self, bd: BuildDir, scheduler: str) -> None:
        self.bd, self.scheduler = bd, scheduler
        self.meta = {"versions": versions()}

    def start(self, stack: ExitStack, needed: int) -> None:
        self.pool = _dask_executor(stack, self.scheduler)

    def submit(self, spec: ReportSpec, meta: dict) -> Future:
        return self.pool.submit(render, spec, meta)

    def result(self, fut: Future, spec: ReportSpec, meta: dict) -> tuple[Outcome, dict, object]:
        rendered = _result_of(fut, spec, meta)
        return rendered.outcome, save_rendered(rendered, self.bd), rendered.page

    def ran_all(self) -> None:
        pass


def _select(specs, only, overrides, formats) -> list[ReportSpec]:
    """The reports asked for, with the overrides and formats applied."""
    if only:
        known = [s.name for s in specs]
        unknown = [n for n in only if n not in known]
        if unknown:
            raise ConfigError(
                f"--only: unknown report(s) {', '.join(unknown)}; valid: {', '.join(known)}"
            )
        specs = [s for s in specs if s.name in only]
    if overrides:
        specs = [replace(s, params={**s.params, **overrides}) for s in specs]
    if formats:
        specs = [replace(s, formats=tuple(f for f in s.formats if f in formats)) for s in specs]
    return specs


def build(
    specs: list[ReportSpec],
    out: Path = REPORTS_DIR,
    *,
    only: list[str] | None = None,
    formats: list[str] | None = None,
    jobs: int | None = None,
    force: bool = False,
    overrides: dict | None = None,
    progress=None,
    log=print,
    phase=lambda name, p: None,
    scheduler: str | None = None,
    params_checked: bool = True,
    config: Path | None = None,
) -> BuildResult:
    """Build the selected reports into ``out``: plan (which are stale), run them on a
    runner (local threads, or the Dask cluster at ``scheduler``, ``tcp://host:port``),
    collect (state and index). Outputs are written, and PDFs printed, here either way.

    ``phase(name, p)`` is told each report's phase: queued, running, exporting,
    printing, done or failed (called from worker threads).

    ``params_checked=False``: the specs come from ``load_config(inspect=False)``; their
    parameters (and ``overrides``) are checked against the notebooks here, while the
    kernels and the browser start, and always before any notebook runs.

    The data folder's lock is held (shared) for the whole build, so no accept changes
    ``data/`` while notebooks read it. ``config``: the file ``specs`` came from; the
    outputs of reports that an earlier build made from it and that it no longer lists are
    removed from ``out``.

    A report whose outputs cannot be written (a full disk) fails alone; the state, index
    and verdicts that cannot be written are listed in ``BuildResult.errors``; an output
    folder that cannot be used at all raises :class:`OutputError`."""
    from ..access.transaction import data_lock

    with data_lock(exclusive=False, what="build", log=log):
        return _build(
            specs,
            out,
            only=only,
            formats=formats,
            jobs=jobs,
            force=force,
            overrides=overrides,
            progress=progress,
            log=log,
            phase=phase,
            scheduler=scheduler,
            params_checked=params_checked,
            config=str(Path(config).resolve()) if config else "",
        )


def _build(
    specs: list[ReportSpec],
    out: Path,
    *,
    only,
    formats,
    jobs,
    force,
    overrides,
    progress,
    log,
    phase,
    scheduler,
    params_checked,
    config: str,
) -> BuildResult:
    from ..access.provenance import data_version

    unchecked = [] if params_checked else list(specs)  # the whole config, --only or not
    selected = _select(specs, only, overrides, formats)

    def check_params_now() -> None:
        """Parameters against the notebooks: the config's, then the overrides."""
        check_spec_params(unchecked)
        for s in selected if overrides else []:
            check_params(s.notebook, overrides or {}, f"--param (report {s.name!r})")

    dv = data_version()
    bd = BuildDir(out)
    with bd.lock(wait_message=log):
        state = bd.load_state()
        removed = _prune(bd, specs, state, config)
        if removed:
            log("removed the outputs of reports no longer in the config: " + ", ".join(removed))
        todo = plan(selected, bd, state, dv, library_hash(), force)
        if progress is not None:
            progress.reset(total=len(selected))
            progress.update(len(todo.current))
        outcomes = list(todo.current)
        if todo.jobs:
            # a notebook's thread mostly waits for its kernel (another process): two per
            # core keep the cores busy (14 reports on 2 cores: 8.3 s with 2, 6.7 s with 4)
            workers = max(1, jobs or 2 * (os.cpu_count() or 1))
            runner: Runner = (
                DaskRunner(bd, scheduler) if scheduler else LocalRunner(bd, workers, phase)
            )
            outcomes += _run(
                todo.jobs, runner, bd, state, dv, check_params_now, progress, log, phase
            )
        else:
            check_params_now()
        claimed = False
        for s in selected if config else []:
            rec = state.get(s.name)
            if rec is not None and rec.get("config") != config:
                rec["config"] = config  # this config's report: removed with it (_prune)
                claimed = True
        rewrite = bool(todo.jobs) or todo.state_changed or bool(removed) or claimed
        result = _result(outcomes, selected)
        try:
            _collect(bd, specs, state, dv, rewrite=rewrite)
        except OSError as e:  # the reports are in place; the listing of them is not
            result.errors.append(
                f"could not write the build state, index or verdicts: {_os_problem(e)}"
            )
    return result


def _prune(bd: BuildDir, specs: list[ReportSpec], state: dict, config: str) -> list[str]:
    """Remove the outputs (HTML, PDF, executed and failed notebooks) of reports that this
    config gave before and gives no more, and their records; returns their names. Records
    made before configs were recorded belong to the default config."""
    from .config import DEFAULT_CONFIG, NAME_RE

    if not config:
        return []
    names = {s.name for s in specs}
    removed = []
    for name, rec in list(state.items()):
        if name in names or rec.get("config", str(DEFAULT_CONFIG.resolve())) != config:
            continue
        if NAME_RE.match(name):  # never a path from a state file
            for path in (
                *(bd.out / f"{name}.{ext}" for ext in ("html", "pdf", "ipynb")),
                bd.failed / f"{name}.ipynb",
            ):
                try:
                    path.unlink(missing_ok=True)
                except OSError as e:
                    raise OutputError(f"cannot remove {path}: {_os_problem(e)}") from None
        del state[name]
        removed.append(name)
    return removed


def _run(
    jobs: list[Job],
    runner: Runner,
    bd: BuildDir,
    state: dict,
    dv: str,
    check_params_now,
    progress,
    log,
    phase,
) -> list[Outcome]:
    """Run the jobs on ``runner``, print the PDFs as each HTML is ready, and move each
    complete report into place; returns their outcomes."""
    outcomes: list[Outcome] = []
    with ExitStack() as stack:
        # first what takes longest to start, in the background: the kernels (or the
        # cluster) and the browser (parses plotly.js); meanwhile the data are validated here
        runner.start(stack, len(jobs))
        printers = None
        if any("pdf" in j.spec.formats for j in jobs):
            from ..report.style import shell_html
            from .pdf import PrinterPool

            shell = bd.tmp / "print-shell.html"
            try:
                shell.write_text(shell_html(), encoding="utf-8")
            except OSError as e:
                raise OutputError(f"cannot use {bd.out}: {_os_problem(e)}") from None
            # a second browser costs more CPU than it saves (measured)
            printers = stack.enter_context(PrinterPool(1, shell))
        check_params_now()  # a bad parameter stops the build here, before any notebook
        from ..access.tables import load_tables

        load_tables()  # a malformed data file stops the build here, with its DataError
        # the coordinator's own slow imports (nbconvert's exporter, papermill, nbformat's
        # validator), in a thread
        threading.Thread(target=_warm_coordinator, daemon=True).start()
        meta = {
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "data_version": dv,
            **runner.meta,
        }
        for j in jobs:
            phase(j.spec.name, "queued")
        pending: dict[Future, ReportSpec] = {
            runner.submit(
                j.spec,
                {**meta, "input_hash": j.input_hash, "inputs": j.inputs, "reason": j.reason},
            ): j.spec
            for j in jobs
        }
        printing: dict[Future, tuple] = {}

        def finish(spec: ReportSpec, outcome: Outcome, files: dict) -> None:
            try:
                if outcome.status == "built":
                    _commit(bd, spec, files)
                elif files.get("ipynb") and Path(files["ipynb"]).exists():  # e.g. PDF failed
                    os.replace(files["ipynb"], bd.failed / f"{spec.name}.ipynb")
                    outcome.failed_notebook = f"failed/{spec.name}.ipynb"
            except OSError as e:  # reports/ not writable: the earlier outputs stay
                _fail(
                    outcome, f"report {spec.name}: could not move it into place: {_os_problem(e)}"
                )
            _discard(files)
            if outcome.status == "failed":
                log(outcome.message)
            phase(spec.name, "done" if outcome.status == "built" else "failed")
            _record(state, outcome, bd)
            outcomes.append(outcome)
            if progress is not None:
                progress.update(1)

        while pending or printing:
            done, _ = wait([*pending, *printing], return_when=FIRST_COMPLETED)
            for fut in done:
                if fut in printing:  # a PDF is ready (or failed)
                    spec, outcome, files = printing.pop(fut)
                    if fut.exception() is not None:
                        outcome.status = "failed"
                        outcome.message = f"report {spec.name}: PDF failed: {fut.exception()}"
                    finish(spec, outcome, files)
                    continue
                spec = pending.pop(fut)  # a notebook ran and was exported
                if not pending:
                    runner.ran_all()
                outcome, files, page = runner.result(fut, spec, meta)
                if outcome.status == "built" and "pdf" in spec.formats and printers:
                    phase(spec.name, "printing")
                    files["pdf"] = bd.tmp / f"{spec.name}.pdf"
                    printing[printers.submit(files["html"], files["pdf"], outcome.title, page)] = (
                        spec,
                        outcome,
                        files,
                    )
                    continue
                finish(spec, outcome, files)
    return outcomes


def _collect(bd: BuildDir, specs: list[ReportSpec], state: dict, dv: str, rewrite: bool) -> None:
    """Save the state and write the index pages (when anything changed, or one is missing);
    publish the verdicts and the explorer (each file only when its content changed)."""
    from .index_page import PAGES, write_index
    from .verdicts import PUBLISHED, SCHEMA, claims_reports, publish

    if rewrite:
        bd.save_state(state)
    if rewrite or not all((bd.out / f).exists() for f in PAGES.values()):
        write_index(bd, [s.name for s in specs], state, dv)
    # the verdicts depend on the data (its version covers its date too), the library, the
    # schema and which claims checks are in reports/ (a permalink points only at a page
    # that exists); when none changed and the files are there, nothing is computed
    present = [s for s in specs if bd.output(s.name, "html").exists()]
    links = json.dumps(sorted(claims_reports(present).items())).encode()
    stamp = _sha(dv.encode(), library_hash().encode(), links, SCHEMA.read_bytes())
    stamp_file = bd.meta / "verdicts.stamp"
    current = stamp_file.exists() and stamp_file.read_text(encoding="utf-8") == stamp
    if not current or not all((bd.out / f).exists() for f in PUBLISHED):
        publish(bd.out, bd.tmp, present)
        write_atomic(stamp_file, stamp, bd.tmp)


def _dask_executor(stack: ExitStack, scheduler: str):
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError('--scheduler needs Dask: pip install -e ".[dask]"') from None
    try:
        client = stack.enter_context(Client(scheduler, timeout="10s"))
    except OSError as err:
        raise ConfigError(f"--scheduler: cannot reach {scheduler}: {err}") from None
    return client.get_executor(pure=False, retries=1)


def _result_of(fut: Future, spec: ReportSpec, meta: dict) -> Rendered:
    """A task's result, or a failed outcome naming what went wrong on the cluster (a
    worker that refused or died, twice)."""
    try:
        return fut.result()
    except Exception as err:
        kind = type(err).__name__
        why = (
            "the worker running it died, and so did the one that retried it"
            if kind == "KilledWorker"
            else f"{kind}: {err}"
        )
        outcome = Outcome(
            spec.name,
            "failed",
            notebook=spec.notebook,
            params=spec.params,
            formats=list(spec.formats),
            built_at=meta["built_at"],
            data_version=meta["data_version"],
            message=f"report {spec.name}: {why}"
            if not str(err).startswith(f"report {spec.name}")
            else str(err),
        )
        return Rendered(outcome, b"")


def _warm_coordinator() -> None:
    """Imports the build needs soon, done ahead in a thread."""
    import nbformat
    import papermill  # noqa: F401

    from .export import _exporter

    nbformat.validator.get_validator(version=4, version_minor=5)
    _exporter()


def _changed_reads(reads: list) -> list:
    from ..access.slices import changed
    from ..analysis import claims, dispatch  # noqa: F401 - they register their derived slices

    return changed(reads)


def _result(outcomes: list[Outcome], specs: list[ReportSpec]) -> BuildResult:
    """The outcomes in config order."""
    order = {s.name: i for i, s in enumerate(specs)}
    return BuildResult(sorted(outcomes, key=lambda o: order[o.name]))


def _record(state: dict, outcome: Outcome, bd: BuildDir) -> None:
    """Keep the last good build of each report in the state, plus its last failure if any."""
    if outcome.status == "built":
        state[outcome.name] = asdict(outcome)
        _discard({"failed": bd.failed / f"{outcome.name}.ipynb"})
        return
    rec = state.setdefault(outcome.name, {**asdict(outcome), "status": "failed"})
    rec["last_failure"] = outcome.message
    rec["failed_notebook"] = outcome.failed_notebook


def _commit(bd: BuildDir, spec: ReportSpec, files: dict[str, Path]) -> None:
    """Move a complete report into place: each file replaced atomically (same filesystem).
    The executed notebook is always kept as the run record; HTML/PDF as requested."""
    for ext in ("ipynb", *spec.formats):
        os.replace(files[ext], bd.output(spec.name, ext))
