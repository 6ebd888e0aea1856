"""Shared fixtures: a private copy of data/ that a test may break."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from zmd_analysis.paths import DEFAULT_DATA_DIR

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article-2021-06-02.txt"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the real data folder."""
    dest = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, dest)
    return dest


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
