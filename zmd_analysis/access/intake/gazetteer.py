"""China's administrative divisions as lookups for reading place names.

The divisions are ``data/places.csv`` (the national division codes, rebuilt by
``scripts/places_from_cpca.py``); how their names are printed is data too, in
``data/lexicon.toml`` ``[places]``: the suffix of each level (a name without it is the
division's short name: 驻马店市 -> 驻马店, 宁夏回族自治区 -> 宁夏), the suffixes a short name
also takes (撤县设区: 即墨市 is printed 即墨区 after 2017), nationalities, and the names that
are also ordinary words. Built once per data folder (:func:`..lexicon.load_gazetteer`);
reading a text is in :mod:`.places`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

#: the levels, highest first
LEVELS = ("province", "prefecture", "county")
#: the code of a place the division codes do not hold (``[places] extra``, regions.csv)
EXTRA = "extra:"


@dataclass(frozen=True)
class Division:
    """One division: its code, name as listed, level, the code of the division it lies in
    (empty for a province, or when not known), and its short name (empty when the name
    without its suffix would be one character: 城区, 新县)."""

    code: str
    name: str
    level: str
    parent: str
    short: str


@dataclass(frozen=True)
class Rules:
    """How names are printed (``[places]`` of the lexicon)."""

    #: level -> its suffixes, longest first
    suffixes: Mapping[str, tuple[str, ...]]
    #: level -> the suffixes a short name also takes
    alternates: Mapping[str, tuple[str, ...]]
    nations: tuple[str, ...] = ()
    #: short names that alone name their place only when its full name is printed too
    not_alone: frozenset[str] = frozenset()
    #: full names that are also ordinary words
    generic: frozenset[str] = frozenset()
    #: words a name's suffix may begin (中山市场): then the name is its short name
    suffix_words: tuple[str, ...] = ()
    #: what a text calls itself with a suffix (全市, 我省)
    self_words: tuple[str, ...] = ()
    #: words before or after a self word that make it a comparison (高于全省, 全省第一)
    compared_before: tuple[str, ...] = ()
    compared_after: tuple[str, ...] = ()
    #: places the codes do not hold: (name, level, parent name)
    extra: tuple[tuple[str, str, str], ...] = ()


@dataclass(eq=False)
class Gazetteer:
    divisions: dict[str, Division]
    rules: Rules
    #: printed full name (with a suffix) -> the divisions it names
    full: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: short name -> the divisions it names
    bare: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: first two characters -> every form (full or short) starting with them, longest first
    index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: full names of two characters (新县) and generic words (城区): named only after a
    #: non-Chinese character, or a place above them
    guarded: frozenset[str] = frozenset()

    def ancestors(self, code: str) -> list[str]:
        out = []
        d = self.divisions.get(code)
        while d is not None and d.parent and d.parent not in out:
            out.append(d.parent)
            d = self.divisions.get(d.parent)
        return out

    def is_within(self, code: str, outer: str) -> bool:
        return outer in self.ancestors(code)

    def with_places(self, rows: Iterable[tuple[str, str, str, str]]) -> Gazetteer:
        """This gazetteer and places it does not hold: (code, name, level, parent code)."""
        divisions = dict(self.divisions)
        short = _namer(self.rules)
        for code, name, level, parent in rows:
            divisions[code] = Division(code, name, level, parent, short(name, level))
        return build(divisions, self.rules)


def short_name(name: str, level: str, rules: Rules) -> str:
    """The name without its level's suffix (and an autonomous division's nationalities);
    empty when that leaves a single character."""
    return _namer(rules)(name, level)


def _namer(rules: Rules):
    """:func:`short_name` for many names: the rules' patterns compiled once."""
    suffix = {
        level: re.compile(f"(.+?)({'|'.join(map(re.escape, suffixes))})")
        for level, suffixes in rules.suffixes.items()
        if suffixes
    }
    # a nationality, with 族 (one-character ones only with it): 回族, 维吾尔, 蒙古族
    nation = re.compile(
        "(?:"
        + "|".join(
            [re.escape(n) + "族" for n in rules.nations]
            + [re.escape(n) for n in rules.nations if len(n) > 1]
        )
        + ")$"
    )

    def short(name: str, level: str) -> str:
        m = suffix[level].fullmatch(name) if level in suffix else None
        if m is None:
            return ""
        stem = m.group(1)
        if m.group(2).startswith("自治") and rules.nations:
            while (n := nation.search(stem)) and n.start() >= 2:
                stem = stem[: n.start()]
        return stem if len(stem) >= 2 else ""

    return short


def build(divisions: dict[str, Division], rules: Rules) -> Gazetteer:
    full: dict[str, list[str]] = {}
    bare: dict[str, list[str]] = {}
    for d in divisions.values():
        full.setdefault(d.name, []).append(d.code)
    for d in divisions.values():
        if not d.short:
            continue
        bare.setdefault(d.short, []).append(d.code)
        # the short name with the suffixes its level also takes, and an autonomous
        # division's short name with its own suffix (宁夏自治区, 恩施自治州)
        tail = d.name[len(d.short) :]
        own = tail[tail.index("自治") :] if "自治" in tail else ""
        for suffix in (*rules.alternates.get(d.level, ()), *([own] if own else [])):
            form = d.short + suffix
            if form != d.name and (form not in full or _only_alternates(form, full, divisions)):
                full.setdefault(form, []).append(d.code)
    guarded = frozenset(f for f in full if len(f) <= 2) | rules.generic
    forms = set(full) | set(bare)
    index: dict[str, list[str]] = {}
    for f in forms:
        index.setdefault(f[:2], []).append(f)
    return Gazetteer(
        divisions,
        rules,
        {f: tuple(dict.fromkeys(c)) for f, c in full.items()},
        {f: tuple(dict.fromkeys(c)) for f, c in bare.items()},
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()},
        guarded,
    )


def _only_alternates(form: str, full: dict[str, list[str]], divisions: dict[str, Division]) -> bool:
    """``form`` is no division's own name, only another's alternate."""
    return all(divisions[c].name != form for c in full[form])


def from_rows(rows: Sequence[Sequence[str]], rules: Rules) -> Gazetteer:
    """The gazetteer of ``places.csv`` rows (adcode, name_zh, level, parent_adcode) and the
    rules' extra places."""
    short = _namer(rules)
    divisions = {
        code: Division(code, name, level, parent, short(name, level))
        for code, name, level, parent in rows
    }
    by_name = {d.name: d.code for d in divisions.values()}
    for name, level, parent in rules.extra:
        code = EXTRA + name
        divisions[code] = Division(code, name, level, by_name.get(parent, ""), short(name, level))
    return build(divisions, rules)
