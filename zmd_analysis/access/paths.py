"""Every filesystem location the project uses, in one place.

Code elsewhere asks for logical names (``table_path("observations")``),
never for a literal path, so moving a file means editing only this module.
``ZMD_DATA_DIR`` points the loaders at another data folder (test fixtures,
a scenario with extra years) without touching code.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"
DEFAULT_DATA_DIR = PROJ_ROOT / "data"
CACHE_DIR = PROJ_ROOT / ".cache"

#: Logical table name -> file name inside the data folder.
TABLES: dict[str, str] = {
    "sources": "sources.csv",
    "regions": "regions.csv",
    "periods": "periods.csv",
    "indicators": "indicators.csv",
    "observations": "observations.csv",
    "claims": "claims.csv",
    "notes": "notes.csv",
}
PROVENANCE_FILE = "provenance.json"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder: ``override``, else ``$ZMD_DATA_DIR``, else ``data/``."""
    if override is not None:
        return Path(override)
    env = os.environ.get("ZMD_DATA_DIR")
    return Path(env) if env else DEFAULT_DATA_DIR


def notebooks_dir() -> Path:
    """The notebooks folder: ``$ZMD_NOTEBOOKS_DIR`` (test fixtures) or ``notebooks/``."""
    env = os.environ.get("ZMD_NOTEBOOKS_DIR")
    return Path(env) if env else NOTEBOOKS_DIR


def table_path(name: str, override: str | os.PathLike | None = None) -> Path:
    """Path of the logical table ``name`` (one of :data:`TABLES`)."""
    try:
        filename = TABLES[name]
    except KeyError:
        raise ValueError(f"unknown table {name!r}; valid: {', '.join(TABLES)}") from None
    return data_dir(override) / filename


def provenance_path(override: str | os.PathLike | None = None) -> Path:
    return data_dir(override) / PROVENANCE_FILE
