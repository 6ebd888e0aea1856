"""The intake's word lists, read from ``data/lexicon.toml`` (units, hedges, slogans, names),
and the gazetteer of places, ``data/places.csv`` read with the lexicon's rules for names."""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..paths import data_dir
from .errors import IntakeError
from .gazetteer import LEVELS, Gazetteer, Rules, from_rows

LEXICON_FILE = "lexicon.toml"
#: the gazetteer: one row per administrative division (adcode, name_zh, level, parent_adcode)
PLACES_FILE = "places.csv"


@dataclass(frozen=True)
class Lexicon:
    #: family -> {printed unit: canonical unit}
    units: dict[str, dict[str, str]]
    #: "before" | "inside" | "after" -> {word: canonical hedge}
    hedges: dict[str, dict[str, str]]
    people: tuple[str, ...]
    #: words after which a bare 万 counts people (总人口89.02万)
    people_before: tuple[str, ...]
    score_words: tuple[str, ...]
    counter_words: tuple[str, ...]
    ordinal_nouns: tuple[str, ...]
    rank_units: tuple[str, ...]
    rank_verbs: tuple[str, ...]
    not_figures: tuple[str, ...]
    slogans: tuple[str, ...]
    #: noun counted directly -> implied measure word (四证 -> 个)
    implied: dict[str, str]
    #: count unit -> the unit it is compared as (项 -> 个: one list's counts, either word)
    same_measure: dict[str, str]
    rates: tuple[str, ...]
    plan_words: tuple[str, ...]
    schedule_words: tuple[str, ...]
    #: comparator word -> "province" | "country"
    comparators: dict[str, str]
    breakdown: tuple[str, ...]
    stock_words: tuple[str, ...]
    #: words that make a subject one enterprise or its project (集团, 公司): no indicator
    enterprise_words: tuple[str, ...] = ()
    #: whole names of one quantity (GDP -> 地区生产总值): a comparator names it by either
    same_names: dict[str, str] = field(default_factory=dict)
    #: short names that begin a subject (二产项目 -> 第二产业项目), read as the full name
    short_names: dict[str, str] = field(default_factory=dict)
    #: classifications whose parts make up their whole: (parts, the whole's own name or "")
    exhaustive: tuple[tuple[tuple[str, ...], str], ...] = ()
    #: classes that join a round of such a classification where the text prints them beside
    #: its parts (续建项目, 新建项目 and 预备项目): the parts then and the whole are all three
    exhaustive_also: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    #: places counted without a measure word (16市, 4州市): they count 个
    place_counts: tuple[str, ...] = ()
    #: characters after such a word that make it a name (市场, 县委), not a count
    place_not_after_count: str = ""
    #: level characters that join into a count of places of mixed level (4州市, 5省区)
    place_count_levels: str = ""
    #: classes a list is cut into (计划竣工项目, 续建项目, 计划新开工项目): members follow each other
    list_classes: tuple[tuple[str, ...], ...] = ()
    #: (part, whole): a part that lies within a whole by definition (工业, 第二产业)
    within: tuple[tuple[str, str], ...] = ()
    #: words before "N个百分点" that make it the part's pull on its whole's growth (拉动)
    pull_words: tuple[str, ...] = ("拉动",)
    #: measures whose growth is real, at constant prices (增加值): their pulls and
    #: contribution rates cannot be rebuilt from their levels at current prices
    real_growth: tuple[str, ...] = ()
    #: words whose last character is a hedge (签约 -> 约): no hedge inside them
    hedge_not_words: frozenset[str] = frozenset()
    #: slogan -> its English, for its claim's label
    slogan_english: dict[str, str] = field(default_factory=dict)
    #: Chinese term -> its English, for draft indicators' names (``[glossary.terms]``)
    glossary: dict[str, str] = field(default_factory=dict)
    #: words of a subject that name nothing (完成, 累计, 我市): left out of its English
    gloss_skip: tuple[str, ...] = ()
    #: how places' names are printed (``[places]``): suffixes, names that are also words
    place_rules: Rules = field(default_factory=lambda: Rules({}, {}))
    #: a place name's (or a character's, in place names) romanisation (``[places.pinyin]``)
    place_pinyin: dict[str, str] = field(default_factory=dict)


def lexicon_path(data=None) -> Path:
    return data_dir(data) / LEXICON_FILE


def load_lexicon(data=None) -> Lexicon:
    path = lexicon_path(data)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise IntakeError(path, "file not found (the intake's word lists)") from None
    return _load(path, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=4)
def _load(path: Path, mtime: int, size: int) -> Lexicon:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        ctx, st = doc["context"], doc["statements"]
        units = {k: dict(v) for k, v in doc["units"].items()}
        implied = units.pop("implied", {})
        same_measure = units.pop("same_measure", {})
        # a count in ten thousands of any measure word (6.95万头, 171万只, 1万套): the grammar
        # of 万 before a measure word, not a word list
        units["count"] |= {
            "万" + u: "万" + c
            for u, c in list(units["count"].items())
            if len(u) == 1 and "万" + u not in units["count"]
        }
        return Lexicon(
            units=units,
            implied=implied,
            same_measure=same_measure,
            rates=tuple(st["rates"]),
            plan_words=tuple(st["plan_words"]),
            schedule_words=tuple(st["schedule_words"]),
            comparators=dict(st["comparators"]),
            breakdown=tuple(st["breakdown"]),
            stock_words=tuple(st["stock_words"]),
            enterprise_words=tuple(st.get("enterprise_words", [])),
            same_names=dict(st.get("same_names", {})),
            short_names=dict(st.get("short_names", {})),
            pull_words=tuple(st.get("pull_words", ["拉动"])),
            list_classes=tuple(tuple(c) for c in st.get("list_classes", [])),
            within=tuple((str(g["part"]), str(g["whole"])) for g in st.get("within", [])),
            real_growth=tuple(st.get("real_growth", [])),
            hedge_not_words=frozenset(doc["hedges"].get("not_in_words", [])),
            place_rules=_place_rules(doc["places"]),
            place_pinyin=dict(doc["places"].get("pinyin", {})),
            exhaustive=tuple(
                (tuple(g["parts"]), str(g.get("whole", ""))) for g in st.get("exhaustive", [])
            ),
            exhaustive_also={
                tuple(g["parts"]): tuple(g["also"]) for g in st.get("exhaustive", []) if "also" in g
            },
            hedges={k: dict(doc["hedges"][k]) for k in ("before", "inside", "after")},
            people=tuple(ctx["people"]),
            people_before=tuple(ctx.get("people_before", [])),
            score_words=tuple(ctx["score_words"]),
            place_counts=tuple(sorted(ctx.get("place_counts", []), key=len, reverse=True)),
            place_not_after_count="".join(ctx.get("place_not_after_count", [])),
            place_count_levels="".join(ctx.get("place_count_levels", [])),
            counter_words=tuple(ctx["counter_words"]),
            ordinal_nouns=tuple(ctx["ordinal_nouns"]),
            rank_units=tuple(ctx["rank_units"]),
            rank_verbs=tuple(ctx["rank_verbs"]),
            not_figures=tuple(doc["names"]["not_figures"]),
            slogans=tuple(doc["slogans"]["phrases"]),
            slogan_english=dict(doc["slogans"].get("english", {})),
            glossary=dict(doc.get("glossary", {}).get("terms", {})),
            gloss_skip=tuple(doc.get("glossary", {}).get("skip", [])),
        )
    except tomllib.TOMLDecodeError as e:
        raise IntakeError(path, f"not valid TOML: {e}") from None
    except KeyError as e:
        raise IntakeError(path, f"missing section or key {e}") from None


def _place_rules(doc: dict) -> Rules:
    names = doc.get("names", {})
    return Rules(
        suffixes={
            lv: tuple(sorted(doc["suffixes"].get(lv, []), key=len, reverse=True)) for lv in LEVELS
        },
        alternates={lv: tuple(doc.get("alternates", {}).get(lv, [])) for lv in LEVELS},
        nations=tuple(sorted(names.get("nations", []), key=len, reverse=True)),
        not_alone=frozenset(names.get("not_alone", [])),
        generic=frozenset(names.get("generic", [])),
        suffix_words=tuple(names.get("suffix_words", [])),
        self_words=tuple(names.get("self_words", [])),
        compared_before=tuple(names.get("compared_before", [])),
        compared_after=tuple(names.get("compared_after", [])),
        extra=tuple(
            (str(p["name"]), str(p["level"]), str(p.get("parent", "")))
            for p in doc.get("extra", [])
        ),
    )


def load_gazetteer(data=None) -> Gazetteer:
    """The places of ``data/places.csv`` (and the lexicon's extra places) as lookups, built
    once per version of the two files."""
    paths = (data_dir(data) / PLACES_FILE, lexicon_path(data))
    try:
        stats = [p.stat() for p in paths]
    except FileNotFoundError as e:
        raise IntakeError(e.filename, "file not found (the gazetteer of places)") from None
    return _gazetteer(*((p, st.st_mtime_ns, st.st_size) for p, st in zip(paths, stats)))


@lru_cache(maxsize=4)
def _gazetteer(places: tuple[Path, int, int], lexicon: tuple[Path, int, int]) -> Gazetteer:
    path = places[0]
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            if header != ["adcode", "name_zh", "level", "parent_adcode"]:
                raise IntakeError(path, f"unexpected columns {header}")
            rows = [tuple(r) for r in reader if r]
    except (UnicodeDecodeError, csv.Error) as e:
        raise IntakeError(path, f"not a valid CSV file: {e}") from None
    bad = next((n for n, r in enumerate(rows, 2) if len(r) != 4 or r[2] not in LEVELS), None)
    if bad is not None:
        raise IntakeError(path, f"line {bad}: not adcode, name, level, parent")
    return from_rows(rows, _load(*lexicon).place_rules)
