"""A theme's figures as the table a report shows and offers for download.

One row per :class:`~zmd_analysis.analysis.themes.Figure`: its label in both languages,
value, range, unit, printed or derived, the workings or the text as printed, and its
source. Printed figures are labelled with their indicator's names from ``data/``; derived
ones with the word catalogue's ``[label.figure]`` entry for their ``term`` (a section can
pass its own label when a figure needs more words, such as the list it belongs to).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..analysis.themes import Figure
from .formatting import estimate, num
from .labels import label

COLUMNS = [
    "label_zh",
    "label_en",
    "value",
    "low",
    "high",
    "unit_zh",
    "unit_en",
    "origin",
    "formula",
    "source",
    "source_id",
    "printed",
    "qualifier",
    "kind",
]

#: a figure with its label: (figure, label_zh, label_en)
Labelled = tuple[Figure, str, str]


def known(fig: Figure | None) -> Figure:
    """A figure the section has checked is there (its chart draws it)."""
    if fig is None:
        raise ValueError("a chart was asked to draw a figure the data do not hold")
    return fig


def name(fig: Figure, lang: str) -> str:
    """A figure's own label: its indicator's name, or its term in the catalogue."""
    if not fig.derived:
        return fig.name_en if lang == "en" else fig.name_zh
    return label("figure", fig.term, lang)


def name_and_value(fig: Figure, lang: str) -> str:
    """A figure in a list of figures: '举办招商活动 212场' / 'Investment-promotion events held
    (212)'. An English count's name already says what is counted, so a plain count stands
    as a bare number (not one in 万, hedged or implied, which keep their unit)."""
    if lang != "en":
        return f"{name(fig, lang)} {estimate(fig, lang)}"
    plain = (
        fig.kind == "count"
        and not fig.qualifier
        and not fig.derived
        and not any(u in fig.unit for u in "万亿")
    )
    return f"{name(fig, lang)} ({num(fig.value, 0, lang=lang) if plain else estimate(fig, lang)})"


def labelled(fig: Figure) -> Labelled:
    """A figure under its own label, with its coverage note (不含新蔡县) when it has one."""
    zh, en = name(fig, "zh"), name(fig, "en")
    return (
        fig,
        f"{zh}（{fig.note_zh}）" if fig.note_zh else zh,
        f"{en} ({fig.note_en})" if fig.note_en else en,
    )


def row(item: Labelled) -> dict:
    fig, zh, en = item
    return dict(
        label_zh=zh,
        label_en=en,
        value=fig.value,
        low=fig.low,
        high=fig.high,
        unit_zh=fig.unit,
        unit_en=fig.unit_en,
        origin=fig.origin,
        formula=fig.formula,
        source=fig.citation,
        source_id=fig.source_id,
        printed=fig.printed,
        qualifier=fig.qualifier,
        kind=fig.kind,
    )


def frame(items: Iterable[Labelled]) -> pd.DataFrame:
    """The figure table of ``items`` (in their order)."""
    return pd.DataFrame([row(i) for i in items], columns=COLUMNS)
