"""``python -m zmd_analysis.report.sections``: every section with its figures, charts and
sentences (their keys in the word catalogue)."""

from __future__ import annotations

import dataclasses
import importlib

from . import SECTIONS


def _fields(figures: str) -> str:
    """The attributes of a figures dataclass, or the function that returns the table."""
    module, _, name = figures.rpartition(".")
    obj = getattr(importlib.import_module(f"zmd_analysis.{module}"), name)
    if dataclasses.is_dataclass(obj):
        return ", ".join(f.name for f in dataclasses.fields(obj))
    return f"{name}()"


def main() -> None:
    for name, s in SECTIONS.items():
        print(name)
        print(f"  figures:   {s.figures} ({_fields(s.figures)})")
        print(f"  charts:    {', '.join(s.charts) or '—'}")
        print(f"  sentences: {', '.join(s.sentences) or '—'}")


if __name__ == "__main__":
    main()
