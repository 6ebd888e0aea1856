"""Labels of the closed sets and of data values (status, kind, basis, coverage ...), read
from ``templates/words.toml`` (``[label.<group>]``)."""

from __future__ import annotations

from .words import words

#: group -> value -> {"zh": ..., "en": ...}
LABELS: dict[str, dict[str, dict[str, str]]] = words()["label"]


def label(group: str, key: str, lang: str = "zh") -> str:
    """The display label of ``key`` in ``group`` (status, independent, kind, basis, ...)."""
    return LABELS[group][key]["en" if lang == "en" else "zh"]


def tally_label(key: str, lang: str = "zh") -> str:
    """The label of a :data:`~zmd_analysis.analysis.claims.TALLY` count: a status, or a
    part no larger than its whole, counted apart."""
    from .texts import tr

    return tr("claims_trivial_bar", lang) if key == "trivial" else label("status", key, lang)
