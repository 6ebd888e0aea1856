"""Report text in Chinese (default) and English: headings, notes and chart labels.

The words live in ``templates/words.toml`` (``[text]``), one entry per key with its zh and
en forms; names and units of indicators come from ``data/indicators.csv``.
"""

from __future__ import annotations

from .words import words

#: key -> {"zh": ..., "en": ...}
TEXT: dict[str, dict[str, str]] = words()["text"]


def tr(key: str, lang: str = "zh", **values) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in."""
    entry = TEXT[key]
    return entry.get(lang, entry["zh"]).format(**values)
