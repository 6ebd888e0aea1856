"""Labels of the closed sets and of data values (status, kind, basis, coverage ...), read
from ``templates/words.toml`` (``[label.<group>]``)."""

from __future__ import annotations

from .words import words

#: group -> value -> {"zh": ..., "en": ...}
LABELS: dict[str, dict[str, dict[str, str]]] = words()["label"]


def label(group: str, key: str, lang: str = "zh") -> str:
    """The display label of ``key`` in ``group`` (status, independent, kind, basis, ...)."""
    return LABELS[group][key]["en" if lang == "en" else "zh"]
