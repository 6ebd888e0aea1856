"""Which places a text names, which one it is about, and which place a figure belongs to.

A place is a division of the gazetteer (``data/places.csv``, the national division codes; see
:mod:`.gazetteer`), named with its suffix (驻马店市, 宁夏回族自治区, 恩施州, 兴安盟) or
without it (驻马店, 宁夏). Nothing else is a place: 列入市县考核, 根据盟市, 按照市委 and
纳入省目标 name none, since no division is called 列入, 根据 or 按照. Alone, a county's
short name names it only in a text that prints its full name (闵行区 … 闵行) or names the
place it lies in (绵阳 … 游仙), and so do the short names that are also ordinary words
(``[places] not_alone`` in ``data/lexicon.toml``: 各位来宾, 朝阳产业). A name of two
characters (新县) names its place after a non-Chinese character or its city (信阳市新县),
a name that is also a word (城区) only after its city. A name several divisions share
(朝阳: a district of Beijing, a city of Liaoning) is the one inside a place the text also
names; otherwise the higher level.
The lookups are built once per data folder; a text is scanned once, left to right, the
longest name first at each character.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import LEVELS, Gazetteer
from .lexicon import load_gazetteer

#: the region id of a text that names no place: ``--accept`` refuses it until ``--region``
PLACE_UNKNOWN = "place_unknown"
#: the characters a text's head holds (title, dateline): a place named there counts first
HEAD = 300
_HAN = re.compile(r"[\u3400-\u9fff]")
#: what may stand between a place's name and its figure (林州市为70.5%)
_BETWEEN = re.compile(r"\s*(?:的|为|达到?|完成|共)?\s*")


@dataclass(frozen=True)
class Mention:
    """A place named at ``start``-``end``: the division it names (its code) and whether it
    was printed with its suffix."""

    start: int
    end: int
    code: str
    full: bool


@dataclass(frozen=True)
class Place:
    """A place a text names: its code, name (as listed), short name and level, the code of
    the division it lies in, how often the text names it, whether in its title lines, and
    where first."""

    code: str
    name: str
    short: str
    level: str
    parent: str
    count: int
    in_title: bool
    first: int
    #: how the text prints it (驻马店市, 驻马店)
    forms: tuple[str, ...] = ()


#: how many counties of one place a text must name by their short names alone for those
#: names to name them (two may be words: 古田, 东侨; three of one city are a list of it)
_PEERS = 3


def mentions(view: str, gaz: Gazetteer) -> tuple[Mention, ...]:
    """Every place the text names, left to right (see the module's docstring)."""
    return _mentions(view, gaz)


@lru_cache(maxsize=8)
def _mentions(view: str, gaz: Gazetteer) -> tuple[Mention, ...]:
    index, full, bare = gaz.index, gaz.full, gaz.bare
    rules = gaz.rules
    # every name that starts at each character (a name is two characters or more)
    raw = []
    for i in range(len(view) - 1):
        forms = index.get(view[i : i + 2])
        if forms:
            hits = [f for f in forms if view.startswith(f, i)]
            if hits:
                raw.append((i, hits))

    def suffix_in_word(form: str, end: int) -> bool:
        # 中山市场: the 市 of 中山市 begins 市场
        return any(
            form.endswith(w[:k]) and view.startswith(w[k:], end)
            for w in rules.suffix_words
            for k in range(1, len(w))
        )

    # the divisions a text prints with their suffix: their short names then name them alone
    printed = {
        c
        for i, hits in raw
        for f in hits
        if f in full and f not in gaz.guarded and not suffix_in_word(f, i + len(f))
        for c in full[f]
    }
    # and the places named at all: a county's short name names it in a text that names the
    # place it lies in (绵阳 … 游仙、平武; 辽宁 … 朝阳)
    named = printed | {
        c
        for _, hits in raw
        for f in hits
        if f in bare and f not in rules.not_alone
        for c in bare[f]
        if gaz.divisions[c].level != "county"
    }
    # or names its counties together: three or more of one place's counties by their short
    # names (蕉城、福鼎、福安、霞浦…: a city's release that names only its counties) confirm
    # each other, as the place they lie in would
    siblings: dict[str, set[str]] = {}
    for _, hits in raw:
        for f in hits:
            if f in bare and f not in rules.not_alone:
                for c in bare[f]:
                    if gaz.divisions[c].level == "county":
                        siblings.setdefault(gaz.divisions[c].parent, set()).add(c)
    named |= {parent for parent, counties in siblings.items() if len(counties) >= _PEERS}
    found: list[tuple[int, int, tuple[str, ...], bool]] = []
    end = 0
    for i, hits in raw:
        if i < end:
            continue
        for f in hits:
            codes: tuple[str, ...] = ()
            is_full = f in full and not suffix_in_word(f, i + len(f))
            if is_full:
                codes = full[f]
                if f in rules.generic or (f in gaz.guarded and i > 0 and _HAN.match(view[i - 1])):
                    # 新县 after a Chinese character, 城区 anywhere: only right after a place
                    # above it (信阳市新县, 阳泉市城区)
                    above = found[-1] if found and found[-1][1] == i else None
                    codes = tuple(
                        c for c in codes if above and any(gaz.is_within(c, a) for a in above[2])
                    )
            if not codes and f in bare:
                is_full = False
                # a province's or a prefecture's short name names it; a county's, or one
                # that is also a word (来宾, 朝阳), in a text that prints its full name or
                # names the place it lies in
                codes = tuple(
                    c
                    for c in bare[f]
                    if c in printed
                    or gaz.divisions[c].parent in named
                    or (gaz.divisions[c].level != "county" and f not in rules.not_alone)
                )
            if codes:
                found.append((i, i + len(f), codes, is_full))
                end = i + len(f)
                break
    all_codes = {c for _, _, codes, _ in found for c in codes}
    resolved: dict[tuple[str, ...], str] = {}
    out = []
    for start, stop, codes, is_full in found:
        if codes not in resolved:
            resolved[codes] = _resolve(codes, all_codes, printed, gaz)
        out.append(Mention(start, stop, resolved[codes], is_full))
    return tuple(out)


def _resolve(codes: tuple[str, ...], named: set[str], printed: set[str], gaz: Gazetteer) -> str:
    """Of the divisions a name is shared by, the one inside a place the text also names
    (not counting the name's own divisions), then one the text prints in full, then the
    highest level, then the first code."""
    if len(codes) == 1:
        return codes[0]

    def key(c: str) -> tuple:
        d = gaz.divisions[c]
        return (
            not any(a in named and a not in codes for a in gaz.ancestors(c)),
            c not in printed,
            LEVELS.index(d.level) if d.level in LEVELS else len(LEVELS),
            c,
        )

    return min(codes, key=key)


def places_named(view: str, gaz: Gazetteer | None = None) -> list[Place]:
    """The places a text names, most often named first (then the first named); a place
    named in its title lines (:func:`title_spans`) is ``in_title``."""
    gaz = gaz or load_gazetteer()
    found = mentions(view, gaz)
    spans = title_spans(view)
    counts = Counter(m.code for m in found)
    first: dict[str, int] = {}
    forms: dict[str, dict[str, None]] = {}
    titled: set[str] = set()
    for m in found:
        first.setdefault(m.code, m.start)
        forms.setdefault(m.code, {})[view[m.start : m.end]] = None
        if any(a <= m.start and m.end <= b for a, b in spans):
            titled.add(m.code)
    out = []
    for code, n in counts.items():
        d = gaz.divisions[code]
        out.append(
            Place(
                code,
                d.name,
                d.short,
                d.level,
                d.parent,
                n,
                code in titled,
                first[code],
                tuple(forms[code]),
            )
        )
    return sorted(out, key=lambda p: (-p.count, p.first))


def place_before(view: str, start: int, gaz: Gazetteer) -> Mention | None:
    """The place named right before a figure (某某区70%, 某某县65%, 林州市为70.5%)."""
    found = mentions(view, gaz)
    lo, hi = 0, len(found)
    while lo < hi:  # the last mention ending at or before ``start``
        mid = (lo + hi) // 2
        if found[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return None
    m = found[lo - 1]
    if start - m.end <= 12 and _BETWEEN.fullmatch(view, m.end, start):
        return m
    return None


def title_spans(view: str) -> list[tuple[int, int]]:
    """Where a text's title lines are: its lines of 60 characters at most (titles,
    datelines, bylines; not paragraphs) within its first :data:`HEAD` characters."""
    out, start = [], 0
    for line in view[:HEAD].split("\n"):
        if line.strip() and len(line.strip()) <= 60:
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def speaks_as(view: str, gaz: Gazetteer) -> Counter:
    """How a text calls its own place (全市, 我市, 全省, 我区): suffix -> times; not where
    it compares itself with the place above (高于全省, 居全省第一)."""
    rules = gaz.rules
    suffixes = {s[-1] for level in LEVELS for s in rules.suffixes.get(level, ())}
    out: Counter = Counter()
    for w in rules.self_words:
        start = view.find(w)
        while start >= 0:
            s = view[start + 1 : start + 2]
            if (
                s in suffixes
                and not any(view.startswith(x, start + 1) for x in rules.suffix_words)
                and not any(view.endswith(x, 0, start) for x in rules.compared_before)
                and not any(view.startswith(x, start + 2) for x in rules.compared_after)
            ):
                out[s] += 1
            start = view.find(w, start + 1)
    return out


def text_place(view: str, gaz: Gazetteer) -> Place | None:
    """The place a text is about, None when it names none.

    - How the text calls itself says the suffix of its place: a text that speaks of 全市 or
      我市 is a city's (its province is named only as a comparison: 居四川省第三), of 全区
      a district's or an autonomous region's, of 全省 only a province's. With 市 and 区 both,
      the one it uses more. The text's place is a place it names with that suffix; when it
      names none, the one place with that suffix that all places it names lie in (a
      province's text naming only 兰州: 甘肃省), else none.
    - Of those, the places named in its title first; then the place the text says most
      about (its own mentions and those of the places inside it), and from there down into
      a place inside it that has at least half of that (河南 once, 商丘 and its counties
      fourteen times: 商丘), never into a place with another suffix.
    """
    named = places_named(view, gaz)
    if not named:
        return None
    by_code = {p.code: p for p in named}
    speaks = speaks_as(view, gaz)
    lower = [s for s in ("市", "区", "县", "州", "盟", "旗") if speaks[s]]
    suffix = max(lower, key=lambda s: speaks[s]) if lower else ("省" if speaks["省"] else "")
    # a text below the province level names provinces only to compare (全省第7位); 全区
    # alone may be an autonomous region's
    dropped = set()
    if lower:
        dropped.add("省")
        if any(s != "区" for s in lower):
            dropped.add("区")
    kept = [p for p in named if not (p.level == "province" and p.name[-1] in dropped)]
    candidates = [
        p
        for p in kept
        if not suffix or p.name.endswith(suffix) or any(f.endswith(suffix) for f in p.forms)
    ]
    if not candidates and suffix and named[0].count > speaks[suffix]:
        # it names no place of that level and one place more often than it speaks as one
        # (宜宾 five times, 我省 once): the text is that place's, and the words name the whole
        # it lies in, as 我国 does
        suffix = ""
        candidates = kept
    if not candidates and suffix:
        outer = {
            a
            for p in named
            for a in gaz.ancestors(p.code)
            if gaz.divisions[a].name.endswith(suffix)
        }
        if len(outer) == 1:
            d = gaz.divisions[outer.pop()]
            return Place(d.code, d.name, d.short, d.level, d.parent, 0, False, -1)
        return None
    # a city's release that lists its counties and never names itself (全市9个县(市)区:
    # 古塔区……北镇市、凌海市): the county-level cities among them are peers, its place is
    # the one place they all lie in
    # (most of them: a zone named like another province's district, 滨海新区, aside)
    parents = Counter(gaz.divisions[p.code].parent for p in named if p.level == "county")
    top, n_top = parents.most_common(1)[0] if parents else ("", 0)
    if (
        len(candidates) >= 2
        and n_top >= max(3, 0.75 * len(named))
        and all(p.parent == top for p in candidates)
    ):
        city = gaz.divisions.get(top)
        if city is not None and suffix and city.name.endswith(suffix):
            return Place(city.code, city.name, city.short, city.level, city.parent, 0, False, -1)
    # what the text says about a place: its own mentions and those of the places inside it
    score = Counter({p.code: p.count for p in named})
    above = {p.code: gaz.ancestors(p.code) for p in named}
    for p in named:
        for a in above[p.code]:
            score[a] += p.count
    roots = [p for p in candidates if p.in_title] or candidates
    place = max(roots, key=lambda p: (score[p.code], p.count, -p.first))
    while True:
        inner = [q for q in candidates if place.code in above[q.code]]
        best = max(inner, key=lambda q: (score[q.code], q.count, -q.first), default=None)
        if best is None or 2 * score[best.code] < score[place.code]:
            return by_code[place.code]
        place = best
