"""The house chart layout: long category labels wrap and the source note starts at the
figure's edge; hidden labels and legend-only traces change nothing; a range narrower than
its marker is not drawn."""

import plotly.graph_objects as go
import pytest

from zmd_analysis.report import charts as c
from zmd_analysis.report.charts import whiskers


def _note(fig: go.Figure):
    return next(a for a in fig.layout.annotations if a.text.startswith("Sources"))


def _bars(labels, **yaxis) -> go.Figure:
    fig = go.Figure(go.Bar(y=labels, x=[1] * len(labels), orientation="h"))
    fig.add_scatter(x=[None], y=[None], mode="lines", name="reference")  # a legend entry
    fig.update_yaxes(**yaxis)
    return c.finish(fig, "t", "en", "Sources: x", [])


def test_long_category_labels_wrap_and_the_note_starts_at_the_figures_edge():
    fig = _bars(["Rank by number of key advanced-manufacturing projects", "short"])
    text = list(fig.layout.yaxis.ticktext)
    assert text[0] == "Rank by number of key<br>advanced-manufacturing<br>projects"
    assert text[1] == "short"
    widest = len("advanced-manufacturing")
    assert fig.layout.margin.l == int(widest * c.CELL_PX) + 16 + 6
    # the note is shifted back by exactly what the labels added to the template's margin
    assert _note(fig).xshift == -(fig.layout.margin.l - 20)
    # two slots of three lines fit the house height; four do not, and the chart grows
    assert fig.layout.height is None
    four = _bars([f"Rank by number of key advanced-manufacturing projects {i}" for i in "abcd"])
    assert four.layout.height == c.HEIGHT + 4 * (17 * 3 + 12) - (c.HEIGHT - 90 - 105)


def test_hidden_labels_and_value_axes_leave_the_layout_alone():
    hidden = _bars(["A very long single category used as a chart title"], showticklabels=False)
    assert hidden.layout.margin.l is None or hidden.layout.margin.l == 20
    assert _note(hidden).xshift in (None, 0)
    vertical = c.finish(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), "t", "en", "Sources: x", [])
    assert _note(vertical).xshift in (None, 0) and vertical.layout.yaxis.ticktext is None


def test_short_labels_do_not_grow_the_chart():
    fig = _bars(["reproduced", "inconsistent"])
    assert fig.layout.height in (None, c.HEIGHT)


class _R:
    def __init__(self, value, low, high):
        self.value, self.low, self.high = value, low, high


def test_a_range_narrower_than_its_marker_is_not_drawn():
    wide, narrow = _R(5, 3, 8), _R(2.6, 2.55, 2.65)
    w = whiskers([wide, narrow], hide_below=1)
    assert w["array"][0] == 3 and w["arrayminus"][0] == 2
    assert w["array"][1] != w["array"][1]  # NaN: not drawn
    assert whiskers([narrow], hide_below=1) == {"visible": False}
    assert whiskers([narrow])["array"] == [pytest.approx(0.05)]
