"""Build every report: papermill runs, offline HTML, PDF, and an index page.

* Incremental: a report is rebuilt only when the hash of its notebook, its
  parameters, the data and the library changes (content hashes, not mtimes).
* Safe: outputs are written to ``.build/tmp`` and moved into place only when a
  report's HTML (and PDF) are complete, so a failed run never replaces a good
  report. The failed run's executed notebook goes to ``failed/``.
* Parallel: notebooks run in threads (each starts its own kernel); PDFs are
  printed in the main thread by one browser as soon as each HTML is ready.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .config import ConfigError, ReportSpec, check_params
from .files import write_atomic
from .notebooks import notebook_path
from ..access.paths import PROJ_ROOT, REPORTS_DIR

LIB_DIR = PROJ_ROOT / "zmd_analysis"
KERNEL_RETRIES = 2  # kernel start-up races under parallel runs (papermill #239, #511)


@dataclass
class Outcome:
    name: str
    status: str                      # built | up-to-date | failed
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


# --- hashing --------------------------------------------------------------------

def _sha(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())
    return h.hexdigest()


def library_hash() -> str:
    """Hash of the package's code and assets: any library change rebuilds every report."""
    files = sorted(p for p in LIB_DIR.rglob("*") if p.is_file() and p.suffix in (".py", ".css", ".toml"))
    return _sha(*(str(p.relative_to(LIB_DIR)).encode() + p.read_bytes() for p in files))


def input_hash(spec: ReportSpec, data_version: str, lib_hash: str) -> str:
    params = json.dumps(spec.params, sort_keys=True, ensure_ascii=False).encode()
    return _sha(notebook_path(spec.notebook).read_bytes(), params, data_version.encode(),
                lib_hash.encode(), str(spec.timeout).encode())


# --- state and locking ------------------------------------------------------------

class BuildDir:
    """The output folder and its bookkeeping (``.build/state.json``, temp files, lock)."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self.meta = self.out / ".build"
        self.tmp = self.meta / "tmp"
        self.failed = self.out / "failed"
        for d in (self.out, self.meta, self.tmp, self.failed):
            d.mkdir(parents=True, exist_ok=True)
        self.state_file = self.meta / "state.json"

    def load_state(self) -> dict[str, dict]:
        try:
            return json.loads(self.state_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def save_state(self, state: dict) -> None:
        write_atomic(self.state_file, json.dumps(state, ensure_ascii=False, indent=1,
                                                 sort_keys=True), self.tmp)

    def output(self, name: str, ext: str) -> Path:
        path = (self.out / f"{name}.{ext}").resolve()
        if path.parent != self.out.resolve():  # names are validated, but never trust a path
            raise ConfigError(f"report name {name!r} would write outside {self.out}")
        return path

    @contextmanager
    def lock(self, wait_message=None):
        """Exclusive lock for the whole build: a second build waits for the first."""
        with open(self.meta / "lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if wait_message:
                    wait_message(f"another build is using {self.out}; waiting for it to finish")
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)


# --- one report -------------------------------------------------------------------

def _title(nb) -> str:
    """The report title the notebook recorded in its output metadata (see show.title)."""
    from ..report.show import TITLE_KEY
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            meta = out.get("metadata", {}).get(TITLE_KEY)
            if meta:
                return meta["title"]
    return ""


def _startup_failure(err: Exception) -> bool:
    """Kernel start-up races under parallel runs (papermill #239, #329, #511) are worth a
    retry; a failing cell, a kernel that dies mid-run or a cell timeout are not."""
    text = f"{type(err).__name__}: {err}"
    return any(s in text for s in ("didn't respond", "kernel_info", "Address already in use",
                                   "Kernel died before replying"))


def _failure_message(spec: ReportSpec, err: Exception) -> str:
    from papermill.exceptions import PapermillExecutionError
    if isinstance(err, PapermillExecutionError):
        first = next((ln.strip() for ln in (err.source or "").splitlines() if ln.strip()), "")
        return (f"report {spec.name}: notebook {spec.notebook} failed in cell [{err.exec_count}] "
                f"(starting `{first[:60]}`): {err.ename}: {err.evalue}")
    text = str(err).strip().splitlines()
    return (f"report {spec.name}: notebook {spec.notebook} could not run: {type(err).__name__}: "
            + " ".join(line.strip() for line in text[:6]))


def run_notebook(spec: ReportSpec, bd: BuildDir, meta: dict) -> tuple[Outcome, dict, object]:
    """Execute one notebook and render its HTML into the temp folder (no file moved yet)."""
    from .export import PageMeta, to_page
    from .notebooks import execute
    started = time.perf_counter()
    executed = bd.tmp / f"{spec.name}.ipynb"
    outcome = Outcome(spec.name, "failed", notebook=spec.notebook, params=spec.params,
                      formats=list(spec.formats), input_hash=meta["input_hash"],
                      built_at=meta["built_at"], data_version=meta["data_version"])
    for attempt in range(KERNEL_RETRIES + 1):
        try:
            nb = execute(spec.notebook, spec.params, executed, timeout=spec.timeout)
            outcome.message = ""
            break
        except Exception as err:
            outcome.message = _failure_message(spec, err)
            if not _startup_failure(err) or attempt == KERNEL_RETRIES:
                break
    if outcome.message:
        failed = bd.failed / f"{spec.name}.ipynb"
        if executed.exists():
            os.replace(executed, failed)
            outcome.failed_notebook = str(failed.relative_to(bd.out))
        outcome.seconds = time.perf_counter() - started
        return outcome, {}, None
    outcome.title = _title(nb) or spec.name
    lang = spec.params.get("lang", "zh")
    page = to_page(nb, PageMeta(title=outcome.title, lang=lang, params=spec.params, build={
        "report": spec.name, "notebook": spec.notebook, "data_version": meta["data_version"],
        "built_at": meta["built_at"]}))
    html_tmp = bd.tmp / f"{spec.name}.html"
    html_tmp.write_text(page.html(), encoding="utf-8")
    outcome.status = "built"
    outcome.seconds = time.perf_counter() - started
    return outcome, {"ipynb": executed, "html": html_tmp}, page


# --- the build --------------------------------------------------------------------

@dataclass
class BuildResult:
    outcomes: list[Outcome]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def executed(self) -> int:
        return sum(o.status != "up-to-date" for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def build(specs: list[ReportSpec], out: Path = REPORTS_DIR, *, only: list[str] | None = None,
          formats: list[str] | None = None, jobs: int | None = None, force: bool = False,
          overrides: dict | None = None, progress=None, log=print) -> BuildResult:
    """Build the selected reports into ``out``; see the module docstring."""
    from ..access.provenance import data_version

    known = [s.name for s in specs]
    if only:
        unknown = [n for n in only if n not in known]
        if unknown:
            raise ConfigError(f"--only: unknown report(s) {', '.join(unknown)}; "
                              f"valid: {', '.join(known)}")
        specs = [s for s in specs if s.name in only]
    if overrides:
        specs = [ReportSpec(s.name, s.notebook, {**s.params, **overrides}, s.formats, s.timeout)
                 for s in specs]
        for s in specs:
            check_params(s.notebook, overrides, f"--param (report {s.name!r})")
    if formats:
        specs = [ReportSpec(s.name, s.notebook, s.params, tuple(f for f in s.formats
                                                                  if f in formats), s.timeout)
                 for s in specs]

    dv, lib = data_version(), library_hash()
    bd = BuildDir(out)
    with bd.lock(wait_message=log):
        state = bd.load_state()
        todo, outcomes, stale = [], [], False
        for s in specs:
            h = input_hash(s, dv, lib)
            prev = state.get(s.name, {})
            have = all(bd.output(s.name, f).exists() for f in s.formats)
            if not force and prev.get("input_hash") == h and prev.get("status") == "built" \
                    and have and set(s.formats) <= set(prev.get("formats", [])):
                fields = {k: v for k, v in prev.items() if k in Outcome.__dataclass_fields__}
                outcomes.append(Outcome(**{**fields, "status": "up-to-date"}))
                if prev.pop("last_failure", None):  # inputs are back to a good build's
                    prev["failed_notebook"] = ""
                    (bd.failed / f"{s.name}.ipynb").unlink(missing_ok=True)
                    stale = True
            else:
                todo.append((s, h))
        if progress is not None:
            progress.reset(total=len(specs))
            progress.update(len(outcomes))
        if not todo:
            if stale:
                bd.save_state(state)
            from .index_page import PAGES, write_index
            if stale or not all((bd.out / f).exists() for f in PAGES.values()):
                write_index(bd, known, state, dv)
            return _result(outcomes, specs)
        from ..analysis.claims import check_claims, summarize
        from ..access.tables import load_tables
        load_tables()  # a malformed data file stops the build here, with its DataError
        built_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        claims_cache: dict[str, dict] = {}

        def claims_for(source: str | None) -> dict:
            """Claims summary of the article a report covers (none for theme reports)."""
            if not source:
                return {}
            if source not in claims_cache:
                claims_cache[source] = summarize(check_claims(source))
            return claims_cache[source]

        with ExitStack() as stack:
            workers = max(1, jobs or os.cpu_count() or 1)
            pool = stack.enter_context(ThreadPoolExecutor(max_workers=workers))
            pending: dict[Future, ReportSpec] = {
                pool.submit(run_notebook, s, bd, {"input_hash": h, "built_at": built_at,
                                                  "data_version": dv}): s
                for s, h in todo}
            if any("pdf" in s.formats for s, _ in todo):
                # start the browser and parse plotly.js while the notebooks run
                from .export import shell_html
                from .pdf import Printer
                printer = stack.enter_context(Printer())
                shell = bd.tmp / "print-shell.html"
                shell.write_text(shell_html(), encoding="utf-8")
                printer.warm(shell)
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    spec = pending.pop(fut)
                    outcome, files, page = fut.result()
                    if outcome.status == "built":
                        outcome.claims = claims_for(spec.params.get("source"))
                        if "pdf" in spec.formats:
                            files["pdf"] = bd.tmp / f"{spec.name}.pdf"
                            try:
                                printer.print_pdf(files["html"], files["pdf"], outcome.title,
                                                  report=page)
                            except Exception as err:
                                outcome.status = "failed"
                                outcome.message = f"report {spec.name}: PDF failed: {err}"
                        if outcome.status == "built":
                            _commit(bd, spec, files)
                    for f in files.values():
                        Path(f).unlink(missing_ok=True)
                    if outcome.status == "failed":
                        log(outcome.message)
                    _record(state, outcome, bd)
                    outcomes.append(outcome)
                    if progress is not None:
                        progress.update(1)
        bd.save_state(state)
        from .index_page import write_index
        write_index(bd, known, state, dv)
    return _result(outcomes, specs)


def _result(outcomes: list[Outcome], specs: list[ReportSpec]) -> BuildResult:
    """The outcomes in config order."""
    order = {s.name: i for i, s in enumerate(specs)}
    return BuildResult(sorted(outcomes, key=lambda o: order[o.name]))


def _record(state: dict, outcome: Outcome, bd: BuildDir) -> None:
    """Keep the last good build of each report in the state, plus its last failure if any."""
    if outcome.status == "built":
        state[outcome.name] = asdict(outcome)
        (bd.failed / f"{outcome.name}.ipynb").unlink(missing_ok=True)
        return
    rec = state.setdefault(outcome.name, {**asdict(outcome), "status": "failed"})
    rec["last_failure"] = outcome.message
    rec["failed_notebook"] = outcome.failed_notebook


def _commit(bd: BuildDir, spec: ReportSpec, files: dict[str, Path]) -> None:
    """Move a complete report into place: each file replaced atomically (same filesystem).
    The executed notebook is always kept as the run record; HTML/PDF as requested."""
    for ext in ("ipynb", *spec.formats):
        os.replace(files[ext], bd.output(spec.name, ext))
