"""Small file helpers shared by the build, the index page and the caches."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(path: Path, text: str, tmp_dir: Path) -> None:
    """Write ``text`` to ``path`` via a temporary file in ``tmp_dir`` (same filesystem) and
    an atomic rename, so readers never see a half-written file."""
    tmp = Path(tmp_dir) / f"{Path(path).name}.{os.getpid()}.partial"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
