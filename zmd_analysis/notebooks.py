"""The notebooks: where they are, their parameters, and running one with papermill.

Notebooks are stored as jupytext ``py:percent`` files; papermill needs
``.ipynb``, so :func:`to_ipynb` converts on the fly (no outputs are ever
stored in git).
"""
from __future__ import annotations

import os
from pathlib import Path

import jupytext
import nbformat

from .paths import NOTEBOOKS_DIR

KERNEL = "python3"


def notebook_path(name: str) -> Path:
    """``"01_key_projects"`` -> ``notebooks/01_key_projects.py``."""
    path = NOTEBOOKS_DIR / f"{name}.py"
    if not path.exists():
        valid = ", ".join(list_notebooks())
        raise ValueError(f"unknown notebook {name!r}; valid: {valid}")
    return path


def list_notebooks() -> list[str]:
    return sorted(p.stem for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.py"))


def to_ipynb(name: str) -> nbformat.NotebookNode:
    """The notebook as an in-memory ``.ipynb`` (kernelspec kept for papermill)."""
    nb = jupytext.read(notebook_path(name))
    nb.metadata.setdefault("kernelspec", {"name": KERNEL, "display_name": "Python 3",
                                          "language": "python"})
    return nb


def parameters(name: str) -> dict[str, dict]:
    """The parameters cell as papermill sees it: name -> {default, inferred_type_name, help}."""
    import papermill as pm
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.ipynb"
        nbformat.write(to_ipynb(name), src)
        return {p["name"]: p for p in pm.inspect_notebook(str(src)).values()}


def execute(name: str, params: dict, output: Path, cwd: Path | None = None,
            timeout: int = 300, env: dict | None = None) -> nbformat.NotebookNode:
    """Run notebook ``name`` with ``params`` under papermill, writing ``output``.

    papermill writes the executed notebook (with its error banner) even when a
    cell fails, then raises ``PapermillExecutionError``.
    """
    import papermill as pm
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    src = output.with_suffix(".input.ipynb")
    nbformat.write(to_ipynb(name), src)
    old_env = dict(os.environ)
    try:
        if env:
            os.environ.update(env)
        pm.execute_notebook(str(src), str(output), parameters=params, kernel_name=KERNEL,
                            cwd=str(cwd or NOTEBOOKS_DIR), progress_bar=False,
                            execution_timeout=timeout)
    finally:
        if env:
            os.environ.clear()
            os.environ.update(old_env)
        src.unlink(missing_ok=True)
    return nbformat.read(output, as_version=4)
