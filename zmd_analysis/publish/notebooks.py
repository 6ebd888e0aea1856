"""The notebooks: where they are, their parameters, and running one with papermill.

Notebooks are stored as jupytext ``py:percent`` files; papermill needs
``.ipynb``, so :func:`to_ipynb` converts on the fly (no outputs are ever
stored in git).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..access.paths import CACHE_DIR, notebooks_dir
from ..report.outputs import METADATA_KEY
from .files import write_atomic

KERNEL = "python3"
# ipykernel warns on every start that its local TCP channels are unencrypted; errors still show
KERNEL_ARGS = ["--IPKernelApp.log_level=ERROR"]


def notebook_path(name: str) -> Path:
    """``"01_key_projects"`` -> ``notebooks/01_key_projects.py``."""
    path = notebooks_dir() / f"{name}.py"
    if not path.exists():
        valid = ", ".join(list_notebooks())
        raise ValueError(f"unknown notebook {name!r}; valid: {valid}")
    return path


def list_notebooks() -> list[str]:
    return sorted(p.stem for p in notebooks_dir().glob("[0-9][0-9]_*.py"))


def to_ipynb(name: str):
    """The notebook as an in-memory ``.ipynb`` (kernelspec kept for papermill)."""
    import jupytext  # imported here: nbformat's jsonschema import alone costs seconds

    nb = jupytext.read(notebook_path(name))
    for i, cell in enumerate(nb.cells):  # stable ids: jupytext draws random ones per read
        cell.id = f"cell-{i:02d}"
    nb.metadata.setdefault(
        "kernelspec", {"name": KERNEL, "display_name": "Python 3", "language": "python"}
    )
    return nb


def parameters(name: str) -> dict[str, dict]:
    """The parameters cell as papermill sees it: name -> {default, inferred_type_name, help}.

    Cached on disk by the notebook's content hash, so checking a build config
    does not start papermill (and nbformat's slow imports) when nothing changed.
    """
    digest = hashlib.sha256(notebook_path(name).read_bytes()).hexdigest()
    cache_file = CACHE_DIR / "notebook-parameters.json"
    try:
        cache = json.loads(cache_file.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        cache = {}
    if digest not in cache:
        cache[digest] = _inspect(name)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        write_atomic(cache_file, json.dumps(cache, ensure_ascii=False), CACHE_DIR)
    return cache[digest]


def _inspect(name: str) -> dict[str, dict]:
    import tempfile

    import nbformat
    import papermill as pm

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.ipynb"
        nbformat.write(to_ipynb(name), src)
        return {p["name"]: p for p in pm.inspect_notebook(str(src)).values()}


READS_TAG = "zmd-reads"
# the last cell of every run: what the notebook read from data/ (see access.reads)
READS_CELL = (
    "from zmd_analysis.access import reads as _zmd_reads\n"
    "from IPython.display import display as _zmd_display\n"
    f"_zmd_display({{'text/plain': ''}}, raw=True, metadata={{{METADATA_KEY!r}: "
    "{'reads': _zmd_reads.log()}})"
)


ENGINE = "zmd-given-kernel"


def _engine() -> str:
    """papermill's nbclient engine for a kernel we started: nbclient does not stop the
    channels of a client whose kernel manager it was given; this engine asks it to
    (``cleanup_kc``), so no heartbeat thread or socket outlives the report. Registered
    through papermill's engine registry, its extension point for custom execution."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.utils import merge_kwargs, remove_args

    class GivenKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(
            cls,
            nb_man,
            kernel_name,
            log_output=False,
            stdout_file=None,
            stderr_file=None,
            start_timeout=60,
            execution_timeout=None,
            **kwargs,
        ):
            kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
            client = PapermillNotebookClient(
                nb_man,
                **merge_kwargs(
                    kwargs,
                    timeout=execution_timeout,
                    startup_timeout=start_timeout,
                    kernel_name=kernel_name,
                    log_output=log_output,
                    stdout_file=stdout_file,
                    stderr_file=stderr_file,
                ),
            )
            return client.execute(cleanup_kc=True)

    if ENGINE not in papermill_engines._engines:
        papermill_engines.register(ENGINE, GivenKernelEngine)
    return ENGINE


def execute(name: str, params: dict, output: Path, timeout: int = 300, km=None):
    """Run notebook ``name`` with ``params`` under papermill, writing ``output``.

    papermill writes the executed notebook (with its error banner) even when a
    cell fails, then raises ``PapermillExecutionError``. ``km`` is a started kernel
    (see :mod:`zmd_analysis.publish.kernels`); without it papermill starts one. No
    working directory is passed to papermill, whose ``cwd`` changes the whole process's
    directory (papermill #473); kernels are started in ``notebooks/`` instead.

    The reads the notebook made are moved from a last, added cell into the executed
    notebook's metadata (``zmd_report.reads``).
    """
    import nbformat
    import papermill as pm

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nb = to_ipynb(name)
    cell = nbformat.v4.new_code_cell(READS_CELL, id="zmd-reads")
    cell.metadata["tags"] = [READS_TAG]
    nb.cells.append(cell)
    src = output.with_suffix(".input.ipynb")
    nbformat.write(nb, src)
    extra = {"km": km, "engine_name": _engine()} if km is not None else {"cwd": None}
    try:
        # no save after every cell: papermill still writes the notebook, with its error
        # banner, when a cell fails
        nb = pm.execute_notebook(
            str(src),
            str(output),
            parameters=params,
            kernel_name=KERNEL,
            progress_bar=False,
            execution_timeout=timeout,
            request_save_on_cell_execute=False,
            extra_arguments=KERNEL_ARGS,
            **extra,
        )
    finally:
        src.unlink(missing_ok=True)
    last = (
        nb.cells.pop() if nb.cells and READS_TAG in nb.cells[-1].metadata.get("tags", []) else None
    )
    reads = [
        o.get("metadata", {}).get(METADATA_KEY, {}).get("reads")
        for o in (last.get("outputs", []) if last else [])
    ]
    nb.metadata.setdefault(METADATA_KEY, {})["reads"] = next(
        (r for r in reads if r is not None), []
    )
    nbformat.write(nb, output)
    return nb
