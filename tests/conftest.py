"""Shared fixtures: a private copy of data/ that a test may break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from zmd_analysis.access.paths import DEFAULT_DATA_DIR

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article-2021-06-02.txt"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the real data folder (its files, not its lock)."""
    dest = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, dest, ignore=shutil.ignore_patterns(".*"))
    return dest


def use_notebooks(tmp_path: Path, monkeypatch, *names: str) -> Path:
    """A notebooks folder holding copies of ``names`` (from tests/fixtures/notebooks, or
    else notebooks/), made the one the build uses (``ZMD_NOTEBOOKS_DIR``)."""
    from zmd_analysis.access.paths import NOTEBOOKS_DIR

    d = tmp_path / "notebooks"
    d.mkdir(exist_ok=True)
    for name in names:
        src = Path(__file__).parent / "fixtures" / "notebooks" / name
        shutil.copy(src if src.exists() else NOTEBOOKS_DIR / name, d)
    monkeypatch.setenv("ZMD_NOTEBOOKS_DIR", str(d))
    return d


def output_text(nb) -> str:
    """Everything a reader of an executed notebook sees: HTML outputs and the text
    inside plotly figures, whitespace collapsed."""
    import json
    import re

    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            parts.append(data.get("text/html", ""))
            if "application/vnd.plotly.v1+json" in data:
                parts.append(json.dumps(data["application/vnd.plotly.v1+json"], ensure_ascii=False))
    return re.sub(r"\s+", " ", "\n".join(parts))


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    """Edit a fixture file, failing loudly if ``old`` is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def run_in_process(name: str, params: dict | None = None) -> str:
    """Execute a notebook's code cells in this process, with ``params`` injected after
    its parameters cell as papermill would, and return the text a reader would see.

    No kernel start, so the full notebook × period × language matrix runs in seconds;
    a failing cell raises with the notebook and cell named."""
    import contextlib
    import io
    import json
    import re

    import jupytext
    from IPython import display as ipd

    from zmd_analysis.access.paths import notebooks_dir

    shown: list[str] = []

    def capture(*objs, raw=False, **_kw):
        for obj in objs:
            if isinstance(obj, dict):
                shown.append(obj.get("text/html", ""))
                if "application/vnd.plotly.v1+json" in obj:
                    shown.append(
                        json.dumps(obj["application/vnd.plotly.v1+json"], ensure_ascii=False)
                    )
            elif hasattr(obj, "data"):
                shown.append(str(obj.data))

    nb = jupytext.read(notebooks_dir() / f"{name}.py")
    namespace: dict = {}
    original = ipd.display
    ipd.display = capture
    try:
        import zmd_analysis.report.show as show

        show.display = capture
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    exec(compile(cell.source, f"{name}.py cell {i}", "exec"), namespace)
            except Exception as e:
                raise AssertionError(
                    f"{name} {params}: cell {i} failed: {type(e).__name__}: {e}"
                ) from e
            if "parameters" in cell.metadata.get("tags", []):
                namespace.update(params or {})
    finally:
        ipd.display = original
        show.display = original
    return re.sub(r"\s+", " ", "\n".join(shown))


def name_the_province(drafts: Path) -> None:
    """What a reviewer does to the sample notice's drafts before accepting them: names the
    province the text does not name (the proposal's placeholder is refused)."""
    regions = drafts / "regions.csv"
    text = regions.read_text(encoding="utf-8")
    regions.write_text(
        text.replace("(省名待填)", "示例省").replace("(province to name)", "Example Province"),
        encoding="utf-8",
    )


def as_reviewed(rows: dict) -> dict:
    """Draft rows as a reviewer leaves them where the proposal could not name something in
    English (an indicator's name, a claim's label): given a name (accept refuses drafts)."""
    for table, key, col in (
        ("indicators", "indicator_id", "name_en"),
        ("claims", "claim_id", "label_en"),
    ):
        for r in rows.get(table, []):
            if r.get(col, "").startswith("Draft"):
                r[col] = f"Reviewed {r[key]}"[:60]
    return rows
