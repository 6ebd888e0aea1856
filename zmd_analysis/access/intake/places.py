"""Which place a text is about, and which places its figures belong to.

A text names its place in its title, its dateline or its body (杭州市, 茂名市, 闵行区). Known
places come from ``data/regions.csv``; any other place named with an administrative suffix
(省, 自治区, 市, 区, 县) is a candidate too, so a text from a place the data do not hold yet
is filed under that place (a new region row is proposed), never under the data's most common
region. Words that end in those suffixes but name no place (全市, 开发区, 城区 …) are listed in
``data/lexicon.toml`` (``[places]``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import Lexicon

#: the region id of a text that names no place: ``--accept`` refuses it until ``--region``
PLACE_UNKNOWN = "place_unknown"
#: an administrative suffix and the level it gives a place not in the data
SUFFIX_LEVEL = {
    "自治区": "province",
    "省": "province",
    "市": "prefecture",
    "区": "county",
    "县": "county",
}
_MENTION = re.compile(r"([\u4e00-\u9fff]{2,4}?)(自治区|省|市|区|县)")


@dataclass(frozen=True)
class Place:
    """A place a text names: its name as printed (with suffix), its short form, the level
    its suffix gives it, and how often and where the text names it."""

    name: str
    short: str
    level: str
    count: int
    in_title: bool


def _not_place(stem: str, suffix: str, lex: Lexicon, after: str = "") -> bool:
    word = stem + suffix
    return (
        any(after.startswith(w) for w in lex.place_not_after)
        or stem[-1:] in lex.place_not_last
        or any(c in stem for c in lex.place_not_inside)
        or any(word.endswith(w) for w in lex.place_not_words)
    )


def mentions(view: str, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """Every place named with a suffix: (start, end, name without suffix, suffix).

    Chinese has no spaces, so the name's first character is found by extension: of the
    stems of two to four characters before the suffix, the longest that the text never
    prints without its longer form (在杭州市: 杭州 occurs alone, 在杭州 does not; 驻马店市:
    马店 only ever inside 驻马店)."""
    out = []
    counts: dict[str, int] = {}

    def count(stem: str) -> int:
        if stem not in counts:
            counts[stem] = view.count(stem)
        return counts[stem]

    for m in _MENTION.finditer(view):
        end = m.start(2)
        best = None
        base = 0
        for n in range(2, 5):
            stem = view[end - n : end] if end - n >= 0 else ""
            if len(stem) < n or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
                break
            if _not_place(stem, m.group(2), lex, view[m.end(2) : m.end(2) + 2]) or (
                m.group(2) in ("省", "自治区") and lex.provinces and stem not in lex.provinces
            ):
                if best is None:
                    continue
                break
            n_stem = count(stem)
            if best is None:
                best, base = stem, n_stem
            elif n_stem == base:
                best = stem
            else:
                break
        if best is not None:
            out.append((end - len(best), m.end(2), best, m.group(2)))
    return out


def places_named(view: str, title: str, lex: Lexicon) -> list[Place]:
    """The places a text names with a suffix, most often named first (a name counts at
    each of its occurrences, with or without its suffix)."""
    found: dict[str, str] = {}
    for _, _, stem, suffix in mentions(view, lex):
        found.setdefault(stem, suffix)
    counts = Counter({stem: view.count(stem) for stem in found})
    return [
        Place(stem + found[stem], stem, SUFFIX_LEVEL[found[stem]], n, stem in title)
        for stem, n in sorted(counts.items(), key=lambda t: (-t[1], view.find(t[0])))
    ]


def place_before(view: str, start: int, lex: Lexicon) -> tuple[str, str] | None:
    """The place named right before a figure (某某区70%, 某某县65%): (name without
    suffix, suffix)."""
    lo = max(0, start - 12)
    for _, e0, stem, suffix in mentions(view[lo:start], lex):
        if re.fullmatch(r"\s*(?:的|为|达到?|完成|共)?\s*", view[lo + e0 : start]):
            return stem, suffix
    return None
