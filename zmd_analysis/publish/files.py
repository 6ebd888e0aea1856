"""Small helpers shared by the build, the pages it writes and the caches: atomic writes,
JSON safe inside a page."""

from __future__ import annotations

import json
import os
from pathlib import Path


def write_atomic(path: Path, text: str, tmp_dir: Path) -> None:
    """Write ``text`` to ``path`` via a temporary file in ``tmp_dir`` (same filesystem) and
    an atomic rename, so readers never see a half-written file; on any error (a full disk)
    ``path`` is as it was and the temporary file is gone."""
    tmp = Path(tmp_dir) / f"{Path(path).name}.{os.getpid()}.partial"
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:  # a full disk leaves no partial file behind
        tmp.unlink(missing_ok=True)


def script_json(obj) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survives as such, so no
    text from the data can close the element or start markup."""
    return (
        json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
