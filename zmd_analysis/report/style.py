"""The house stylesheet shared by every report page and the index."""
from __future__ import annotations

from importlib import resources


def report_css() -> str:
    """The CSS every report page and the index page inline (no external files)."""
    return resources.files(__package__).joinpath("assets/report.css").read_text(encoding="utf-8")
