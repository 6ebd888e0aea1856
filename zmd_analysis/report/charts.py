"""The house chart style every section's charts share: CJK fonts, colours, zero-based
axes, implied figures hatched with their range, a source line under every chart.

The charts themselves live with their theme in :mod:`zmd_analysis.report.sections`. Each
ends in :func:`finish`, which sets the title and source line and stores the points the
chart draws (label, value, range, unit, printed or implied, source) in ``layout.meta``:
:func:`chart_data` reads them back, and the report offers them as a CSV under the chart.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from ..access.vocab import Status
from . import figure_table as ft
from .citations import table_source
from .downloads import chart_frame
from .downloads import points as _row_points

FONT_STACK = (
    "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
)
CITY, PROVINCE, NEUTRAL, ACCENT = "#b03a2e", "#5d6d7e", "#aab7b8", "#1f618d"
STATUS_COLOURS: dict[str, str] = {
    Status.REPRODUCED: "#1e8449",
    Status.CONSISTENT_WITHIN_ROUNDING: "#7dcea0",
    Status.CONSISTENT_IF_TRUNCATED: "#b7950b",
    Status.INCONSISTENT: "#c0392b",
    Status.DIFFERENT_BASES: "#d68910",
    Status.NOT_CHECKABLE: "#aab7b8",
    Status.RHETORIC: "#8e7cc3",
}
#: a claim that only says a part is no larger than its whole: true, and no finding
TRIVIAL_COLOUR = "#c8e6c9"
WIDTH, HEIGHT = 680, 430
IMPLIED = dict(shape="/", fgcolor="white", fillmode="overlay", solidity=0.25)

TEMPLATE = "zmd"  # the house template
pio.templates[TEMPLATE] = go.layout.Template(
    layout=go.Layout(
        font=dict(family=FONT_STACK, size=14, color="#222"),
        title=dict(font=dict(size=18), x=0.01, xanchor="left", y=0.96),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=[CITY, PROVINCE, ACCENT, NEUTRAL],
        xaxis=dict(
            gridcolor="#e5e7e9",
            zerolinecolor="#566573",
            zerolinewidth=1.5,
            automargin=True,
            ticks="outside",
        ),
        yaxis=dict(
            gridcolor="#e5e7e9", zerolinecolor="#566573", zerolinewidth=1.5, automargin=True
        ),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0, xanchor="left"),
        margin=dict(l=20, r=40, t=90, b=105),
        width=WIDTH,
        height=HEIGHT,
        uniformtext=dict(minsize=11, mode="show"),
    )
)


def use_house_style() -> None:
    """Make the house template the default for figures made outside this module too."""
    pio.templates.default = TEMPLATE


def _display_width(text: str) -> int:
    """Width in half-width cells: a CJK or full-width character takes two."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def _pack(parts: list[str], sep: str, width: int) -> list[str]:
    """Greedy line filling: ``parts`` joined by ``sep`` into lines of at most ``width``
    cells (a part wider than the width gets a line of its own)."""
    lines, line = [], ""
    for part in parts:
        candidate = f"{line}{sep}{part}" if line else part
        if line and _display_width(candidate) > width:
            lines.append(line)
            line = part
        else:
            line = candidate
    return lines + [line]


def _wrap_source(text: str, width: int = 84) -> str:
    """Break a long source line at its separators so it fits under a 680 px chart."""
    sep = "；" if "；" in text else "; "
    lines = _pack(text.split(sep), sep, width)
    return "<br>".join([*(line + sep.strip() for line in lines[:-1]), lines[-1]])


DATA_KEY = "zmd_chart_data"
#: a category label on a horizontal chart's y axis wider than this (half-width cells) wraps
LABEL_CELLS = 30
#: pixels per half-width cell of a 14 px tick label (a CJK character is two cells), with
#: room to spare so a label is never cut at the figure's edge
CELL_PX = 7.5


def _wrap_label(text: str, width: int = LABEL_CELLS) -> str:
    """Break a long category label into lines of at most ``width`` cells: at spaces in
    English, after punctuation or at the width in Chinese."""
    if _display_width(text) <= width:
        return text
    if " " in text:
        return "<br>".join(_pack(text.split(" "), " ", width))
    lines, line = [], ""
    for ch in text:
        if _display_width(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
        if ch in "：，、；" and _display_width(line) > width // 2:
            lines.append(line)
            line = ""
    return "<br>".join([x for x in lines if x] + ([line] if line else []))


def _fit_category_axis(fig: go.Figure) -> int:
    """On a chart whose y axis lists categories (horizontal bars, rank dots): wrap long
    labels and set the left margin to the widest line, instead of letting automargin
    push the plot right by an amount unknown here. Returns how far (px) the plot now
    starts right of the template's margin, so the source note can start at the figure's
    left edge; 0 for any other chart."""
    cats: list[str] = []
    for t in fig.data:
        raw = getattr(t, "y", None)
        ys = [y for y in (() if raw is None else raw) if y is not None]
        if not ys:  # a legend-only trace (a reference line's entry)
            continue
        if not all(isinstance(y, str) for y in ys):
            return 0
        cats += [y for y in ys if y not in cats]
    axis = fig.layout.yaxis
    hidden = axis.showticklabels is False or axis.visible is False
    if not cats or hidden or axis.type not in (None, "category"):
        return 0
    vals = list(axis.tickvals) if axis.tickvals is not None else cats
    texts = list(axis.ticktext) if axis.ticktext is not None else cats
    wrapped = [_wrap_label(str(t)) for t in texts]
    widest = max(_display_width(line) for w in wrapped for line in w.split("<br>"))
    base = fig.layout.margin.l if fig.layout.margin.l is not None else 20
    left = max(base, int(widest * CELL_PX) + 16)
    fig.update_yaxes(
        tickmode="array", tickvals=vals, ticktext=wrapped, automargin=False, ticklabelstandoff=6
    )
    fig.update_layout(margin_l=left + 6)
    # categories are evenly spaced: when labels wrap, each slot gets room for the longest
    # label's lines and a gap, so neighbouring labels never touch
    lines = max(w.count("<br>") + 1 for w in wrapped)
    need = 0 if lines == 1 else len(wrapped) * (17 * lines + 12)
    m = fig.layout.margin
    height = fig.layout.height or HEIGHT
    room = height - (m.t if m.t is not None else 90) - (m.b if m.b is not None else 105)
    if room < need:
        fig.update_layout(height=height + need - room)
    return left + 6 - 20


def finish(fig: go.Figure, title: str, lang: str, source: str, data: list[dict]) -> go.Figure:
    """House template, title, the source line under the chart (always given), and the
    points the chart draws (``data``, see :func:`zmd_analysis.report.downloads.point`)."""
    fig.update_layout(
        template=TEMPLATE,
        title=dict(text=title),
        meta={DATA_KEY: {"lang": lang, "title": title, "points": data}},
    )
    text = _wrap_source(source)
    fig.add_annotation(
        text=text,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        xshift=-_fit_category_axis(fig),
        yshift=-78,
        showarrow=False,
        font=dict(size=11, color="#566573"),
        align="left",
    )
    extra = 15 * text.count("<br>")
    if extra:
        fig.update_layout(margin_b=105 + extra, height=(fig.layout.height or HEIGHT) + extra)
    rows = _legend_rows(fig)
    if rows > 1:  # a legend that wraps pushes the plot down, never into the title
        more = 22 * (rows - 1)
        fig.update_layout(
            margin_t=(fig.layout.margin.t or 90) + more, height=(fig.layout.height or HEIGHT) + more
        )
    return fig


#: the legend's width, in half-width cells, across a chart of the house width
LEGEND_CELLS = 84


def _legend_rows(fig: go.Figure) -> int:
    """How many rows the horizontal legend takes (0 when it is hidden)."""
    if fig.layout.showlegend is False:
        return 0
    names = [t.name for t in fig.data if t.name and t.showlegend is not False]
    if len(names) < 2:
        return 0
    rows, used = 1, 0
    for name in names:
        cells = _display_width(name) + 7  # the symbol and the gap after the entry
        if used and used + cells > LEGEND_CELLS:
            rows, used = rows + 1, 0
        used += cells
    return rows


def chart_data(fig: go.Figure) -> pd.DataFrame:
    """The numbers a chart draws, as the table its CSV download holds."""
    meta = (
        (fig.layout.meta or {}).get(DATA_KEY)
        if isinstance(fig, go.Figure)
        else (fig.get("layout", {}).get("meta") or {}).get(DATA_KEY)
    )
    if not meta:
        raise ValueError("this figure was not made by zmd_analysis.report.charts")
    return chart_frame(meta["points"], meta["lang"])


def whiskers(figs: Iterable, hide_below: float = 0.0) -> dict:
    """Asymmetric error bars from figures' ranges (anything with value, low and high). A
    range narrower than ``hide_below`` (axis units) is not drawn: it would only cross out
    its marker; it stays in the chart's data and the text."""
    figs = list(figs)
    wide = [f.high - f.low >= hide_below for f in figs]
    if not any(wide):  # none drawn: not even the caps plotly draws for empty bars
        return dict(visible=False)
    return dict(
        type="data",
        symmetric=False,
        color="#333",
        # NaN, not 0: a zero-length bar still draws its cap
        array=[f.high - f.value if w else math.nan for f, w in zip(figs, wide)],
        arrayminus=[f.value - f.low if w else math.nan for f, w in zip(figs, wide)],
    )


def dashed_line(fig: go.Figure, axis: str, at: float, colour: str, name: str) -> None:
    """A dashed reference line across the plot, named in the legend (a shape has no legend
    entry of its own, so an empty trace carries it)."""
    line = dict(color=colour, dash="dash", width=2)
    (fig.add_vline if axis == "x" else fig.add_hline)(at, line=line)
    fig.add_scatter(x=[None], y=[None], mode="lines", line=line, name=name)


def labelled_points(items: Iterable[ft.Labelled | None], lang: str, series: str = "") -> list[dict]:
    """The download points of labelled figures."""
    return _row_points((ft.row(i) for i in items if i is not None), lang, series)


def points(figs: Iterable[ft.Figure | None], lang: str, series: str = "") -> list[dict]:
    """The download points of figures under their own labels."""
    return labelled_points((ft.labelled(f) for f in figs if f is not None), lang, series)


def source_of(items: Iterable[ft.Labelled], lang: str) -> str:
    """The source line of a chart drawn from these figures (a table's rows, see
    :func:`zmd_analysis.report.citations.table_source`)."""
    return table_source(ft.frame(items), lang)
