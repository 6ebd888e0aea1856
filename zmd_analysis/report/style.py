"""The house stylesheet shared by every report page and the index."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def report_css() -> str:
    """The CSS every report page and the index page inline (no external files)."""
    return resources.files(__package__).joinpath("assets/report.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """plotly.js, inlined once per page (no CDN: reports open offline)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def shell_html() -> str:
    """An empty page with the report stylesheet and plotly.js: the PDF printer loads it
    while notebooks still run, then swaps each finished report's body into it."""
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title></title>\n<style>{report_css()}</style>\n<script>{plotly_js()}</script>\n</head>\n"
        "<body></body>\n</html>\n"
    )
