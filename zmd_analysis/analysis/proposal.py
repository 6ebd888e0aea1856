"""An article's text -> its figures, its statements checked by the claims engine, and draft
rows for every data file.

The figures and statements come from :mod:`zmd_analysis.access.intake`; the checking is the
engine's (:func:`zmd_analysis.analysis.claims.evaluate`), run on the figures the text
prints and nothing else, so every verdict here rests on the text's own numbers. Draft rows
are matched to the catalogue where ``indicators.csv`` has an alias for the figure's subject
and measure, and proposed as new indicators otherwise.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import SimpleNamespace

from ..access.intake.figures import Figure, find_figures
from ..access.intake.gazetteer import EXTRA, Gazetteer
from ..access.intake.lexicon import Lexicon, load_gazetteer, load_lexicon
from ..access.intake.places import (
    PLACE_UNKNOWN,
    Place,
    place_before,
    speaks_as,
    text_place,
)
from ..access.intake.relations import with_relations
from ..access.intake.romanise import ascii_id, romanise
from ..access.intake.statements import (
    Parsed,
    Reading,
    Statement,
    find_statements,
    read_figures,
    section_headings,
    text_year,
    wholes_of_parts,
)
from ..access.intake.text import ArticleText, from_text
from ..access.paths import TABLES, data_dir
from ..access.records import Observation, stated_range
from ..access.schema import ROUNDED_KINDS, TABLE_SPECS
from ..access.vocab import Status
from .claims import STATUSES, Verdict, evaluate
from .draft_names import draft_name

#: statuses that mean the text's numbers settled the claim
_QUALIFIER = {
    "多": "more_than",
    "余": "more_than",
    "超": "above",
    "以上": "above",
    "内": "within",
    "约": "about",
    "近": "approaching",
}
_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")
#: a European-style dateline kept by some scrapers: 19.03.2015
_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)")
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})/")


@dataclass
class Proposal:
    """Everything ``zmd-report propose`` found in one article."""

    article: ArticleText
    source: dict
    figures: list[Figure]
    readings: list[Reading]
    statements: list[Statement]
    verdicts: list[Verdict]
    #: table name -> draft rows (dicts with the table's columns), new rows only
    rows: dict[str, list[dict]]
    #: figure index -> (indicator_id, region_id, period_id) of the row it becomes
    targets: list[tuple[str, str, str] | None]
    #: view spans holding numerals that are neither figures nor known non-figures
    not_understood: list[tuple[int, int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        return {s: sum(v.status == s for v in self.verdicts) for s in STATUSES}

    def summary_line(self) -> str:
        """ "38 figures, 14 claims: 9 reproduced, 2 consistent if truncated, ..." """
        counts = self.summary()
        parts = [f"{n} {s.replace('_', ' ')}" for s, n in counts.items() if n]
        return f"{len(self.figures)} figures, {len(self.verdicts)} claims" + (
            ": " + ", ".join(parts) if parts else ""
        )

    def to_json(self) -> dict:
        """The documented JSON for tools (see the README's "Adding an article")."""
        figs = []
        for i, f in enumerate(self.figures):
            t = self.targets[i]
            figs.append(
                {
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "value": f.number,
                    "unit": f.unit,
                    "hedge": f.hedge,
                    "indicator_id": t[0] if t else None,
                    "region_id": t[1] if t else None,
                    "period_id": t[2] if t else None,
                }
            )
        claims = []
        for st, v in zip(self.statements, self.verdicts):
            claims.append(
                {
                    "claim_id": v.claim_id,
                    "kind": v.kind,
                    "figures": [k for _, k in st.roles],
                    "roles": {r: k for r, k in st.roles}
                    if len({r for r, _ in st.roles}) == len(st.roles)
                    else [[r, k] for r, k in st.roles],
                    "tested": st.tested,
                    "status": v.status,
                    "rule": v.rounding or None,
                    "phrase": st.phrase or None,
                    "assumption": st.assumption or None,
                    "numbers": {k: _number(e) for k, e in v.numbers.items()},
                }
            )
        return {
            "text": self.article.text,
            "source": self.source,
            "figures": figs,
            "claims": claims,
            "summary": self.summary(),
            "not_understood": [
                {"start": s, "end": e, "text": t} for s, e, t in self.not_understood
            ],
            "notes": self.notes,
            "format_characters": list(self.article.removed),
        }


def _number(e) -> dict:
    return {
        "value": _round(e.value),
        "low": _round(e.low),
        "high": _round(e.high),
        "unit": e.unit,
        "expr": e.expr,
    }


def _round(x: float):
    if x in (float("inf"), float("-inf")):
        return None
    return round(x, 6)


# --- the data the proposal is drafted against ---------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    """What the draft rows are matched against: the data's regions, periods, indicators and
    sources, read as plain rows (no pandas)."""

    regions: list[dict]
    periods: list[dict]
    indicators: list[dict]
    sources: list[dict]

    @staticmethod
    def load(data=None) -> Catalogue:
        folder = data_dir(data)

        def rows(name: str) -> list[dict]:
            with open(folder / TABLES[name], encoding="utf-8-sig", newline="") as fh:
                return list(csv.DictReader(fh))

        return Catalogue(rows("regions"), rows("periods"), rows("indicators"), rows("sources"))

    def parent(self, region: str) -> str:
        return next((r["parent_id"] for r in self.regions if r["region_id"] == region), "")

    def level(self, region: str) -> str:
        return next((r["level"] for r in self.regions if r["region_id"] == region), "")


# --- the engine's view of the text's own numbers -------------------------------------------


class TextLookup:
    """Answers the engine's look-ups from the figures the text prints (figure i is indicator
    ``f{i}``), so the one engine checks the text against itself."""

    def __init__(
        self,
        obs: dict[str, Observation],
        periods: dict[str, tuple[dt.date, dt.date]],
        parents: dict[str, str],
    ):
        self.obs, self.periods, self.parents = obs, periods, parents

    def find(self, indicator, region, period):
        o = self.obs.get(indicator)
        return o if o is not None and o.region_id == region and o.period_id == period else None

    def period_bounds(self, period):
        return self.periods.get(period)

    def parent(self, region):
        return self.parents.get(region, "")

    def children(self, region):
        return [r for r, p in self.parents.items() if p == region]

    def year_earlier(self, period):
        return ""

    def published(self, source):
        return None  # the proposal's own date is not a row the engine reads

    def part_of(self, indicator):
        return ""  # a text's figures carry no catalogue: its plausibility is untested

    def calendar_year(self, period, offset=0):
        return None


def _period_id(token: str, year: int | None, date: dt.date | None) -> str | None:
    if year is None:
        return None
    if token.startswith("M"):
        return f"{year}{token}"
    if token == "YTD":
        return f"{year}YTD" if date else f"{year}"
    if token == "ASOF":
        return date.isoformat() if date else f"{year}"
    return f"{year}"


def _period_row(pid: str, date: dt.date | None) -> dict:
    m = re.fullmatch(r"(\d{4})M(\d{2})-M(\d{2})", pid)
    if m:
        y, a, b = int(m.group(1)), int(m.group(2)), int(m.group(3))
        end = dt.date(y + (b == 12), b % 12 + 1, 1) - dt.timedelta(days=1)
        en = (
            f"{dt.date(y, a, 1):%b}–{dt.date(y, b, 1):%b} {y}"
            if a != b
            else f"{dt.date(y, a, 1):%b} {y}"
        )
        return {
            "period_id": pid,
            "start": f"{y}-{a:02d}-01",
            "end": end.isoformat(),
            "label_zh": f"{y}年{a}—{b}月" if a != b else f"{y}年{a}月",
            "label_en": en,
        }
    m = re.fullmatch(r"(\d{4})YTD", pid)
    if m and date:
        y = int(m.group(1))
        return {
            "period_id": pid,
            "start": f"{y}-01-01",
            "end": date.isoformat(),
            "label_zh": f"{y}年初至{date.month}月{date.day}日",
            "label_en": f"{y} to {date:%-d %b}",
        }
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", pid)
    if m:
        d = dt.date.fromisoformat(pid)
        return {
            "period_id": pid,
            "start": pid,
            "end": pid,
            "label_zh": f"{d.year}年{d.month}月{d.day}日时",
            "label_en": f"as of {d:%-d %b %Y}",
        }
    y = int(pid[:4])
    return {
        "period_id": pid,
        "start": f"{y}-01-01",
        "end": f"{y}-12-31",
        "label_zh": f"{y}年",
        "label_en": str(y),
    }


def _bounds(row: dict) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(row["start"]), dt.date.fromisoformat(row["end"])


# --- indicators -------------------------------------------------------------------------

_KIND_BY_MEASURE = {
    "占年度计划": "progress",
    "增长": "growth",
    "占比": "share",
    "位次": "rank",
    "增速位次": "rank",
}


def _indicator_kind(f: Figure, r: Reading) -> str:
    if f.family == "rank":
        return "rank"
    if f.unit == "个百分点":
        return "gap"
    if f.family == "percent":
        return _KIND_BY_MEASURE.get(r.measure, "progress" if "率" in r.measure else "share")
    if f.family == "duration":
        return "duration"
    if f.family == "ratio":
        return "share"  # the parts of a structure (3.5∶51.5∶45.0) are rounded shares
    if f.family == "count":
        return "count"
    return "amount"


def _unit_zh(f: Figure) -> str:
    return "百分点" if f.unit == "个百分点" else f.unit


def _unit_en(unit: str) -> str:
    return {
        "亿元": "100 million yuan",
        "万元": "10 thousand yuan",
        "%": "%",
        "百分点": "pp",
        "个": "units",
        "项": "items",
        "家": "firms",
        "次": "times",
        "人": "persons",
        "万人": "10 thousand persons",
        "天": "days",
        "位": "rank",
        "个月": "months",
        "分": "points (score)",
        "倍": "times",
    }.get(unit, unit)


def _basis(subject: str, kind: str) -> str:
    if kind == "rank":
        return "ranking"
    if "项目" in subject:
        return "project_dispatch"
    if "投资" in subject:
        return "statistics_fai"
    return "administrative"


def _alias_key(subject: str, measure: str) -> str:
    return f"{_norm(subject)}:{measure}"


def _norm(s: str) -> str:
    return re.sub(r"[\s“”\"'‘’()（）《》、·]", "", s)


def _alias_index(cat: Catalogue) -> dict[str, dict]:
    out = {}
    for ind in cat.indicators:
        for alias in (ind.get("aliases") or "").split(";"):
            alias = alias.strip()
            if alias:
                subject, _, measure = alias.rpartition(":")
                out[_alias_key(subject, measure)] = ind
    return out


def _match_alias(aliases: dict[str, dict], subject: str, measure: str) -> dict | None:
    """The indicator an alias names: the exact ``subject:measure``, else the longest alias
    subject (two characters or more) that the printed subject starts with."""
    key = _alias_key(subject, measure)
    if key in aliases:
        return aliases[key]
    subject = _norm(subject)
    best = None
    for k, ind in aliases.items():
        s, _, m = k.rpartition(":")
        if (
            m == measure
            and len(s) >= 2
            and subject.startswith(s)
            and (best is None or len(s) > len(best[0]))
        ):
            best = (s, ind)
    return best[1] if best else None


# --- the proposal --------------------------------------------------------------------------


def find_date(article: ArticleText, url: str = "") -> tuple[str | None, str]:
    """The article's date and how it is known: printed in the text (a dateline or 发布日期,
    year first or DD.MM.YYYY), taken from the URL, or unknown."""
    head = article.view[:600]
    # (pattern, where it looks, the groups of year, month, day, how the date is then known)
    for pattern, text, ymd, confidence in (
        (_DATE_RE, head, (1, 2, 3), "printed"),
        (_DMY_RE, head, (3, 2, 1), "printed"),
        (_URL_DATE_RE, url or "", (1, 2, 3), "from_url"),
    ):
        m = pattern.search(text)
        if m:
            try:
                return dt.date(*(int(m.group(g)) for g in ymd)).isoformat(), confidence
            except ValueError:
                pass
    return None, "unknown"


def _short_name(name_zh: str) -> str:
    return re.sub(r"(市|省|县|区|自治区|示范区)$", "", name_zh)


def region_row(name: str, short: str, level: str, parent: str, taken: set[str]) -> dict:
    """A draft regions.csv row for a place the data do not hold: its id and English name
    from the name's pinyin (杭州市 -> hangzhou, Hangzhou; 闵行区 -> minhang, Minhang), made
    unique among ``taken``."""
    roman = romanise(short or name)
    base = ascii_id(roman) or "place"
    rid = base if base not in taken else f"{base}_{level}"
    n = 2
    while rid in taken:
        rid, n = f"{base}_{n}", n + 1
    return {
        "region_id": rid,
        "name_zh": name,
        "name_en": roman,
        "level": level,
        "parent_id": parent,
    }


class Regions:
    """The data's regions (``regions.csv``) matched to the gazetteer's places, and the draft
    rows of the places a text names that the data do not hold: each with the level and the
    parent the gazetteer gives it, its parent drafted too when the data lack it (up to a
    region of the data or a province)."""

    def __init__(self, cat: Catalogue, gaz: Gazetteer):
        rows = sorted(cat.regions, key=lambda r: _LEVEL_ORDER.get(r["level"], 3))
        self.code_of: dict[str, str] = {}
        extra = []
        for r in rows:
            code = _match(r, gaz, self.code_of.get(r["parent_id"], ""))
            if code is None:  # a region the gazetteer does not hold (a hand-made one)
                code = EXTRA + "region:" + r["region_id"]
                extra.append((code, r["name_zh"], r["level"], self.code_of.get(r["parent_id"], "")))
            self.code_of.setdefault(r["region_id"], code)
        self.gaz = _with_places(gaz, tuple(extra)) if extra else gaz
        self.region_of = {c: rid for rid, c in self.code_of.items()}
        self.taken = {r["region_id"] for r in cat.regions}
        #: code -> draft row, parents before the places inside them
        self.drafts: dict[str, dict] = {}

    def region_id(self, code: str) -> str:
        """The region id of a gazetteer place: the data's, or a draft row's."""
        if code in self.region_of:
            return self.region_of[code]
        d = self.gaz.divisions[code]
        parent = self.region_id(d.parent) if d.parent in self.gaz.divisions else ""
        row = region_row(d.name, d.short, d.level, parent, self.taken)
        self.taken.add(row["region_id"])
        self.region_of[code] = row["region_id"]
        self.drafts[code] = row
        return row["region_id"]


_LEVEL_ORDER = {"province": 0, "prefecture": 1, "county": 2}


def _match(row: dict, gaz: Gazetteer, parent: str) -> str | None:
    """The gazetteer's place for a regions.csv row: by its name, else by its short name
    (济源示范区: 济源市), the one of its level inside its parent first."""
    name = row["name_zh"]
    codes = gaz.full.get(name, ()) or gaz.bare.get(_short_name(name), ())
    if not codes:
        return None
    return min(
        codes,
        key=lambda c: (
            gaz.divisions[c].name != name,
            gaz.divisions[c].level != row["level"],
            bool(parent) and not gaz.is_within(c, parent),
            c,
        ),
    )


@lru_cache(maxsize=4)
def _with_places(gaz: Gazetteer, extra: tuple) -> Gazetteer:
    return gaz.with_places(extra)


def _place_forms(place: Place | None, gaz: Gazetteer, above: bool = True) -> tuple[str, ...]:
    """How a text prints ``place``, the place it is about, and (``above``) the places above
    it (their names, short names and the forms it uses), longest first; () for no place."""
    if place is None:
        return ()
    forms = set(place.forms)
    for code in (place.code, *(gaz.ancestors(place.code) if above else ())):
        d = gaz.divisions.get(code)
        if d is not None:
            forms |= {d.name, d.short}
    return tuple(sorted((f for f in forms if len(f) >= 2), key=len, reverse=True))


def find_place(place: Place | None, regions: Regions) -> tuple[str | None, dict | None]:
    """The region of the place a text is about (:func:`..access.intake.places.text_place`):
    a region of the data, or a place the gazetteer holds and the data do not (then its draft
    row, its parents' in ``regions.drafts``). (None, None) when it names none."""
    if place is None:
        return None, None
    rid = regions.region_id(place.code)
    return (None, regions.drafts[place.code]) if place.code in regions.drafts else (rid, None)


UNNAMED_PROVINCE = "unnamed_province"
#: the country's region id when the data hold no row for it (the engine then finds nothing
#: there, so a gap to the country is not checkable rather than checked against a province)
COUNTRY = "china"


def _province_wide(view: str, gaz: Gazetteer) -> bool:
    """A text about a province as a whole speaks of 全省 (or 我省), and never of 全市 or
    我市 (a city's text names its province as a comparison: 居全省第7位)."""
    speaks = speaks_as(view, gaz)
    return speaks["省"] > 0 and speaks["市"] == 0


def _province_of(region: str, rows: list[dict]) -> str:
    """The province a region lies in (what 全省 means in its text), up its rows' parents;
    the region itself when it is a province or its rows do not say."""
    by_id = {r["region_id"]: r for r in rows}
    seen = {region}
    while region in by_id and by_id[region]["level"] != "province":
        up = by_id[region]["parent_id"]
        if not up or up in seen:
            break
        region = up
        seen.add(up)
    return region


def find_title(article: ArticleText) -> str:
    for line in article.text.split("\n"):
        line = line.strip()
        if (
            6 <= len(line) <= 60
            and not re.search(r"点击|阅读|当前位置|通版|发布日期|来源|。|" + _BREADCRUMB, line)
            and re.search(r"[\u4e00-\u9fff]{4}", line)
        ):
            return line  # (a sentence, a breadcrumb, a page's counter: no title)
    return article.path or "untitled"


def propose_text(text: str, name: str = "<text>", date: str | None = None, **kw) -> dict:
    """Propose from a string; the JSON form (the score script's entry point)."""
    return propose(from_text(text, name), date=date, **kw).to_json()


def propose(
    article: ArticleText,
    *,
    date: str | None = None,
    year: int | None = None,
    region: str | None = None,
    source_id: str | None = None,
    url: str = "",
    publisher: str = "",
    data=None,
    lex: Lexicon | None = None,
) -> Proposal:
    """Read one article: figures, statements, the engine's verdicts, draft rows."""
    lex = lex or load_lexicon(data)
    cat = Catalogue.load(data)
    figures = find_figures(article, lex)
    parsed = Parsed(article.view, figures, lex)
    parsed.regions = tuple(
        sorted(
            {_short_name(r["name_zh"]) for r in cat.regions},
            key=len,
            reverse=True,
        )
    )
    regions = Regions(cat, load_gazetteer(data))
    place = text_place(article.view, regions.gaz)
    parsed.own_places = _place_forms(place, regions.gaz)
    parsed.own_place = _place_forms(place, regions.gaz, above=False)
    read_figures(parsed)
    statements = with_relations(parsed, find_statements(parsed))

    confidence = "given" if date else None
    if not date:
        date, confidence = find_date(article, url)
    pub = dt.date.fromisoformat(date) if date else None
    year = year or text_year(article.view, date)  # (a year given for a text that prints none)
    new_region = None
    region_id = region
    if region_id is None:
        region_id, new_region = find_place(place, regions)
        if new_region is not None:
            region_id = new_region["region_id"]
    if region_id is None and _province_wide(article.view, regions.gaz):
        # a provincial release that never names its province: 全省 is the text's own region
        region_id = UNNAMED_PROVINCE
        new_region = {
            "region_id": region_id,
            "name_zh": "(省名待填)",
            "name_en": "(province to name)",
            "level": "province",
            "parent_id": "",
        }
    if region_id is None:
        region_id = PLACE_UNKNOWN  # never the data's most common region: --region decides
    level = new_region["level"] if new_region else cat.level(region_id)
    unnamed_parent = None
    if new_region and level != "province" and not new_region["parent_id"]:
        # a new city whose province the text does not name: 全省 is a province to name
        new_region["parent_id"] = UNNAMED_PROVINCE
        unnamed_parent = {
            "region_id": UNNAMED_PROVINCE,
            "name_zh": "(省名待填)",
            "name_en": "(province to name)",
            "level": "province",
            "parent_id": "",
        }
    province = _province_of(
        region_id, [*cat.regions, *regions.drafts.values(), *filter(None, [unnamed_parent])]
    )
    if region_id == PLACE_UNKNOWN:
        # (a text that names no place: 全省 is a province it does not name, never itself)
        province = UNNAMED_PROVINCE
    country = cat.parent(province) or COUNTRY
    #: what a statement's comparator word means for this text (全省, 全国, the region itself)
    scope = {"province": province, "country": country, "self": region_id}
    sid = source_id or _source_id(region_id, date, article)
    source = {
        "source_id": sid,
        "publisher": publisher,
        "title": find_title(article),
        "date": date,
        "date_confidence": confidence,
        "url": url,
        "encoding": article.encoding,
        "form": article.form,
        "region_id": region_id,
        "year": year,
    }

    # the engine's view: each figure an observation of indicator f{i}
    periods: dict[str, tuple[dt.date, dt.date]] = {}
    obs: dict[str, Observation] = {}
    y = year or 2001  # a nominal year when the text gives none
    within = _places_within(article.view, figures, region_id, level, regions)
    for i, (f, r) in enumerate(zip(figures, parsed.readings)):
        pid = _period_id(r.period, y, pub) or str(y)
        if pid not in periods:
            periods[pid] = _bounds(_period_row(pid, pub))
        rid = within.get(i) or scope.get(r.region, region_id)
        obs[f"f{i}"] = _observation(f, r, f"f{i}", rid, pid, sid, "")
    parents = (
        {region_id: province, province: country} if province != region_id else {region_id: country}
    )
    look = TextLookup(obs, periods, parents)
    claims = [_claim_row(n, st, obs, region_id, scope, sid) for n, st in enumerate(statements)]
    verdicts = _settle_assumptions(
        statements, evaluate(claims, look), look, obs, region_id, scope, sid
    )

    rows, targets = _draft_rows(
        cat,
        figures,
        parsed.readings,
        statements,
        obs,
        source,
        lex,
        region_id,
        scope,
        pub,
        year,
        Layout(
            headings=section_headings(article.view, figures),
            wholes=wholes_of_parts(article.view, figures, parsed.readings, lex.list_classes),
            lines=locators(article.text, str(source["title"])),
            places=_place_names(cat, regions, new_region),
        ),
    )
    notes = []
    known_ids = {r["region_id"] for r in cat.regions} | {r["region_id"] for r in rows["regions"]}
    if unnamed_parent and unnamed_parent["region_id"] not in known_ids:
        rows["regions"].append(unnamed_parent)  # (a second text of such a place: already in)
        known_ids.add(unnamed_parent["region_id"])
    # the text's place, the places its figures belong to, and the parents they lack, the
    # parents first
    for row in regions.drafts.values():
        if row["region_id"] not in known_ids:
            rows["regions"].append(row)
            known_ids.add(row["region_id"])
    if new_region and new_region["region_id"] not in known_ids:
        rows["regions"].append(new_region)  # (the unnamed province)
    if new_region:
        above = _draft_parents(new_region, rows["regions"])
        notes.append(
            "region not named in the text (a province-wide release); pass --region"
            if region_id == UNNAMED_PROVINCE
            else f"region {new_region['name_zh']} is not in data/regions.csv: a draft row "
            f"{region_id} is proposed (check its level and parent"
            + (
                f"; its parent{'s' if len(above) > 1 else ''} {', '.join(above)} too"
                if above
                else ""
            )
            + ")"
        )
    if region_id == PLACE_UNKNOWN:
        notes.append("place unknown: the text names no region; pass --region")
    if date is None:
        notes.append("date unknown: not printed in the text; pass --date")
    if year is None:
        notes.append("year unknown: periods cannot be named; pass --date or --year")
    if article.removed:
        across = [
            f"{f.text!r} at {f.start}"
            for f in figures
            if any(f.start <= k < f.end for k in article.removed)
        ]
        notes.append(
            f"{len(article.removed)} invisible format character(s) (zero-width, joiner, "
            f"bidi control) left out of the reading, at offsets "
            f"{', '.join(map(str, article.removed[:10]))}"
            + ("…" if len(article.removed) > 10 else "")
            + (f"; figures read across one: {', '.join(across)}" if across else "")
        )
    return Proposal(
        article,
        source,
        figures,
        parsed.readings,
        statements,
        verdicts,
        rows,
        targets,
        _not_understood(article, figures, lex),
        notes,
    )


def _places_within(view: str, figures, region: str, level: str, regions: Regions) -> dict[int, str]:
    """Figures printed right after the name of another place than the text's own, in a
    city's or a province's text (某某县65%, 某某区70%, 林州市为70.5%), belong to that place:
    figure index -> region id (a draft row in ``regions.drafts`` for a place the data do not
    hold, with the level and parent the gazetteer gives it)."""
    out: dict[int, str] = {}
    if level not in ("prefecture", "province"):
        return out
    gaz = regions.gaz
    for i, f in enumerate(figures):
        if f.family not in ("percent", "money", "count", "physical"):
            continue
        m = place_before(view, f.vstart, gaz)
        if m is not None and regions.region_id(m.code) != region:
            out[i] = regions.region_id(m.code)
    return out


def _draft_parents(row: dict, drafted: list[dict]) -> list[str]:
    """The draft rows above a draft row (its parent, the parent's parent …), as id (name)."""
    by_id = {r["region_id"]: r for r in drafted}
    out, seen = [], {row["region_id"]}
    parent = by_id.get(row["parent_id"])
    while parent is not None and parent["region_id"] not in seen:
        out.append(f"{parent['region_id']} ({parent['name_zh']})")
        seen.add(parent["region_id"])
        parent = by_id.get(parent["parent_id"])
    return out


def _source_id(region: str, date: str | None, article: ArticleText) -> str:
    import hashlib

    h = hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:6]
    return f"{region}-{(date or 'undated').replace('-', '')}-{h}"


def _observation(
    f: Figure, r: Reading, ind: str, region: str, period: str, sid: str, rounding: str
) -> Observation:
    kind = _indicator_kind(f, r)
    value = f.value * r.sign
    nd = len(f.value_text.partition(".")[2])
    half = 0.5 * 10.0**-nd if kind in ROUNDED_KINDS and not f.chinese else 0.0
    qual = _QUALIFIER.get(f.hedge or "", "")
    low, high = stated_range(value, half, qual, rounding, _unit_zh(f))
    # (a minus printed with the number, -12.5%, is in its text already)
    text = (
        f.value_text if f.value_text.startswith("-") else ("-" if value < 0 else "") + f.value_text
    )
    return Observation(
        ind,
        region,
        period,
        value,
        text,
        _unit_zh(f),
        _unit_en(_unit_zh(f)),
        qual,
        low,
        high,
        kind,
        _basis(r.subject, kind),
        r.subject + r.measure,
        r.subject + " " + r.measure,
        f.text,
        sid,
        "",
        "",
        "",
        "",
        "",
        rounding,
    )


#: the verdicts that let a printed figure stand, best first
_FITS = (Status.REPRODUCED, Status.CONSISTENT_IF_TRUNCATED, Status.CONSISTENT_WITHIN_ROUNDING)


#: assumptions whose readings are tried in order, the first that fits kept
_IN_ORDER = frozenset({"class_members"})


def _settle_assumptions(statements, verdicts, look, obs, region, scope, sid) -> list[Verdict]:
    """Statements that rest on something the text does not say (a share whose whole is not
    named, a comparator that names several figures) take the reading among their
    alternatives that fits the printed figure best, and when none fits they are not
    checkable: the text's numbers do not show that the figure is wrong, only that the
    assumed reading is not the one meant."""
    out = list(verdicts)
    for n, (st, v) in enumerate(zip(statements, verdicts)):
        if not st.assumption:
            continue
        readings = [st, *st.alternatives]
        tried = evaluate([_claim_row(n, r, obs, region, scope, sid) for r in readings], look)
        fits = [(_FITS.index(t.status), j) for j, t in enumerate(tried) if t.status in _FITS]
        if fits:
            # the text's plain reading first where the others only widen it (all the parts
            # of a breakdown before the classification's members alone), else the best fit
            j = min(j for _, j in fits) if st.assumption in _IN_ORDER else min(fits)[1]
            st.roles, st.measure_of, out[n] = readings[j].roles, readings[j].measure_of, tried[j]
        else:
            out[n] = replace(v, status=Status.NOT_CHECKABLE)
    return out


def _claim_row(n: int, st: Statement, obs: dict, region: str, scope: dict[str, str], sid: str):
    inputs = []
    for role, k in st.roles:
        o = obs[f"f{k}"]
        inputs.append(f"{role}=f{k}@{o.region_id}:{o.period_id}")
    comparator = scope.get(st.comparator or "", "")
    measure = ""
    if st.kind == "gap" and st.measure_of is not None:
        measure = f"f{st.measure_of}"
        comparator = obs[measure].region_id
    elif st.kind == "gap":
        measure = f"f{st.roles[0][1]}"  # the comparator's value of the same measure
    period = (
        obs[f"f{st.roles[0][1]}"].period_id
        if st.roles
        else next((o.period_id for o in obs.values()), "")
    )
    return SimpleNamespace(
        claim_id=f"c{n + 1}",
        source_id=sid,
        kind=st.kind,
        region_id=region,
        period_id=period,
        inputs=" ".join(inputs),
        comparator_id=comparator,
        measure=measure,
        bound=st.bound,
        locator="",
    )


def _not_understood(article: ArticleText, figures: list[Figure], lex: Lexicon):
    """Numerals that are neither a figure nor masked as a date, name or marker."""
    from ..access.intake.figures import _masked

    mask = _masked(article.view, lex)
    covered = bytearray(len(article.view))
    for f in figures:
        covered[f.vstart : f.vend] = b"\x01" * (f.vend - f.vstart)
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", article.view):
        if any(covered[m.start() : m.end()]) or any(mask[m.start() : m.end()]):
            continue
        s, e = article.span(m.start(), m.end())
        out.append((s, e, article.text[s:e]))
    return out


# --- draft rows ------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """How the text is laid out around its figures, for their draft rows: per figure the
    heading of its section and the whole its 其中 opens parts of ("" for none); where each
    line starts and its locator (标题, 第N段); the names of places a subject may print."""

    headings: list[str]
    wholes: list[str]
    lines: list[tuple[int, str]]
    places: tuple[str, ...]


def _one_enterprise(subject: str, lex: Lexicon) -> bool:
    """Whether a subject names one enterprise: a word of the lexicon's ending a proper name
    (三环集团, 某某新材料有限公司), not a class of them (企业集团, 股份制企业)."""
    return any(
        re.search(rf"[\u4e00-\u9fff]{{2,}}(?<!企业){re.escape(w)}", subject)
        for w in lex.enterprise_words
    )


def _draft_rows(
    cat: Catalogue,
    figures,
    readings,
    statements,
    obs,
    source,
    lex,
    region_id,
    scope,
    pub,
    year,
    layout: Layout,
):
    """Rows for every data file: sources, periods, indicators, observations, claims. A
    subject under a section heading is that section's (省重点(A类)项目 / 市重点(B类)项目:
    计划新开工项目 of each list), for its alias and its draft indicator alike."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_SPECS}
    targets: list[tuple[str, str, str] | None] = [None] * len(figures)
    if year is None:
        return rows, targets
    sid = source["source_id"]
    rows["sources"].append(
        {
            "source_id": sid,
            "publisher": source.get("publisher") or "(publisher to fill in)",
            "title": source["title"][:120],
            "date": source["date"] or "",
            "page": "",
            "url": source.get("url") or "",
            "reliability": "repost",
            "note": "proposed by zmd-report propose",
            "rounding": "",
            "date_confidence": source["date_confidence"] or "unknown",
        }
    )
    known_periods = {p["period_id"] for p in cat.periods}
    aliases = _alias_index(cat)
    known_ind = {i["indicator_id"]: i for i in cat.indicators}
    new_ind: dict[str, dict] = {}
    by_key: dict[tuple[str, str], str] = {}
    seen_obs: dict[tuple[str, str, str], int] = {}
    short = re.sub(r"[^a-z0-9]", "", sid.split("-")[0])[:6] or "art"
    tag = (source["date"] or str(year)).replace("-", "")[2:]
    for i, (f, r) in enumerate(zip(figures, readings)):
        where = _locator(layout.lines, f.start)
        if not where:
            continue  # the page's furniture (点击量:26004, 下一篇:…): not the article's
        if where == "标题" and any(
            _locator(layout.lines, g.start) not in ("", "标题") for g in figures
        ):
            continue  # a headline restates the body's figures (proposed once, there)
        if r.threshold:
            continue  # a bound that names a class (10亿元以上项目): the class's name, no row
        if _one_enterprise(r.subject, lex):
            continue  # one enterprise's or its project's figure (三环集团…厂房): no place's
        o = obs[f"f{i}"]
        pid = o.period_id
        if pid not in known_periods:
            rows["periods"].append(_period_row(pid, pub))
            known_periods.add(pid)
        # the list the figure's subject belongs to: the whole its 其中 opens parts of, else
        # its section's heading (省重点(A类)项目 / 市重点(B类)项目 both list 计划新开工项目)
        subject = _norm(r.subject)
        if subject in _STAGE_VERBS or subject in _MEASURE_NOUNS:
            # 计划新开工项目90个,已开工72个,开工率80%: the started part of the list before
            k = next(
                (
                    k
                    for k in range(i - 1, max(i - 4, -1), -1)
                    if _norm(readings[k].subject) not in _STAGE_VERBS | _MEASURE_NOUNS
                    and _locator(layout.lines, figures[k].start) == where
                ),
                None,
            )
            if k is not None and readings[k].subject:
                rate = r.measure.startswith(subject)  # (开工 + 开工率: the list's rate)
                subject = _norm(readings[k].subject) + ("" if rate else subject)
        in_list = next(
            (
                _norm(w)
                for w in (layout.wholes[i], layout.headings[i])
                if w and not subject.startswith(_norm(w))
            ),
            "",
        )
        # a class of the subject by a threshold (10亿元以上 / 完成投资进度超过50%的) is
        # named before it and matched only as that class
        klass = _norm(r.klass)
        scoped = klass + in_list + subject
        measure = _measure_named(i, figures, readings)
        key = (scoped, measure)
        # the list's own alias first, exactly, then the subject's own; never for a part of
        # a list the text names (其中 / 在……中): 计划竣工项目 of the industrial projects
        # are not the city list's
        ind = aliases.get(_alias_key(scoped, measure)) if in_list or klass else None
        if ind is None and not layout.wholes[i] and not klass:
            ind = _match_alias(aliases, r.subject, measure)
        if ind is not None and ind["unit_zh"] != o.unit:
            ind = None
        if ind is not None:
            iid = ind["indicator_id"]
        elif key in by_key:
            iid = by_key[key]
        else:
            name = draft_name(subject, measure, in_list, lex, layout.places, klass)
            same = known_ind.get(name.stem)
            if (
                same
                and _norm(same["name_zh"]) == _norm(name.name_zh)
                and (same["unit_zh"], same["kind"]) == (o.unit, o.kind)
            ):
                iid = name.stem  # the data's indicator of the same name, unit and kind
                by_key[key] = iid
            else:
                iid = _fresh_id(name.stem, f"{short}{tag}", known_ind, new_ind)
                by_key[key] = iid
                new_ind[iid] = {
                    "indicator_id": iid,
                    "name_zh": name.name_zh or f.text,
                    "name_en": name.name_en,
                    "unit_zh": o.unit,
                    "unit_en": o.unit_en,
                    "kind": o.kind,
                    "basis": o.basis,
                    "definition_en": "Proposed from the article's wording; review before accepting",
                    "aliases": _alias_key(scoped, measure),
                }
        if iid in known_ind and known_ind[iid]["unit_zh"] != o.unit:
            continue
        okey = (o.region_id, pid, iid)
        if okey in seen_obs:
            first = seen_obs[okey]
            if obs[f"f{first}"].value_text == o.value_text:
                targets[i] = (iid, o.region_id, pid)
                continue
            base, iid, n = iid, f"{iid}_{i}", 1
            while iid in known_ind or iid in new_ind:  # (drafted before by another text)
                iid, n = f"{base}_{i}_{n}", n + 1
            new_ind[iid] = dict(
                new_ind.get(by_key.get(key, ""), {}) or known_ind.get(base, {}),
                indicator_id=iid,
                aliases="",
            )
            okey = (o.region_id, pid, iid)
        seen_obs[okey] = i
        targets[i] = (iid, o.region_id, pid)
        rows["observations"].append(
            {
                "region_id": o.region_id,
                "period_id": pid,
                "indicator_id": iid,
                "value": o.value_text,
                "unit": o.unit,
                "qualifier": o.qualifier,
                "label_zh": (f.text if len(f.text) <= 40 else f.text[:40]),
                "source_id": sid,
                "locator": where,
            }
        )
    rows["indicators"] = list(new_ind.values())
    for n, st in enumerate(statements):
        row = _draft_claim(n, st, figures, targets, region_id, scope, sid, source, lex, pub)
        if row and st.roles:
            row["locator"] = _locator(layout.lines, figures[st.roles[0][1]].start)
        if row and row["period_id"] and row["period_id"] not in known_periods:
            rows["periods"].append(_period_row(row["period_id"], pub))  # a slogan's own
            known_periods.add(row["period_id"])
        if row:
            rows["claims"].append(row)
    return rows, targets


#: a breadcrumb: 主页 > 国内新闻 > 湖北新闻 (a step between two separators)
_BREADCRUMB = r"[>＞»]\s*[^<>＞»\s]+\s*[>＞»]"
#: a line that is the page's furniture, not the article's body: a dateline, a source or
#: an editor's credit, a hit counter, a link to the next article, a breadcrumb
_FURNITURE = re.compile(
    r"^\s*[•·]?\s*(?:时间|来源|发布|日期|作者|编辑|责任编辑|点击|浏览|阅读|信息来源|投稿|"
    r"索\s*引|上一篇|下一篇|相关|打印|关闭|分享|当前位置)|" + _BREADCRUMB
)


def locators(text: str, title: str) -> list[tuple[int, str]]:
    """Where each line of ``text`` starts and how a reader finds it: 标题 for the title,
    第N段 for the Nth paragraph of the body (non-empty lines), "" for the page's furniture
    (a dateline, a hit counter, a breadcrumb, the lines above the title): its numbers are
    no figures of the article's."""
    lines = text.split("\n")
    title_at = next((k for k, line in enumerate(lines) if title and line.strip() == title), -1)
    out: list[tuple[int, str]] = []
    n, at = 0, 0
    for k, line in enumerate(lines):
        stripped = line.strip()
        if stripped:
            if k == title_at:
                out.append((at, "标题"))
            elif k < title_at or (len(stripped) < 80 and _FURNITURE.search(stripped)):
                out.append((at, ""))
            else:
                n += 1
                out.append((at, f"第{n}段"))
        at += len(line) + 1
    return out


def _place_names(cat: Catalogue, regions: Regions, new_region: dict | None) -> tuple[str, ...]:
    """Names of the places the data and the text hold, as a subject may print them (赤峰,
    赤峰市): no part of an indicator's name, since the region is the row's own column."""
    rows = [*cat.regions, *regions.drafts.values(), *filter(None, [new_region])]
    names = {n for r in rows for n in (r["name_zh"], _short_name(r["name_zh"])) if len(n) >= 2}
    return tuple(sorted(names, key=len, reverse=True))


#: a subject that is only what happened to part of a list (已开工72个): that list's part
_STAGE_VERBS = frozenset(
    {"开工", "已开工", "开复工", "复工", "投产", "竣工", "签约", "落地", "开工建设"}
)


#: a subject that is only what is measured (完成投资较去年同期增加31亿元): the list's before
_MEASURE_NOUNS = frozenset({"投资", "完成投资", "项目投资"})


def _measure_named(i: int, figures, readings) -> str:
    """Figure ``i``'s measure as its indicator's name says it: a change in points right
    after a rate is that rate's change (开工率100%,高于上年同期5.6个百分点: 开工率变动)."""
    r = readings[i]
    k = next((k for k in range(i - 1, max(i - 3, -1), -1) if figures[k].family != "rank"), None)
    if r.measure == "变动" and k is not None and figures[k].family == "percent":
        prev = readings[k].measure  # (a ranking between them is no rate: 位列全省第一)
        if prev not in ("增长", "变动", "比例") and readings[k].subject == r.subject:
            return prev + "变动"
    return r.measure if re.search(r"[\u4e00-\u9fff]", r.measure) else ""


def _fresh_id(stem: str, numbered: str, *taken: dict) -> str:
    """A new indicator id: the name's stem (then stem_2, stem_3 ...), or, for a draft name,
    the article's tag and a number (zhumad200922_01), never one ``taken`` holds."""
    base = stem or f"{numbered}_01"
    iid, n = base, 2
    while any(iid in t for t in taken):
        iid = f"{stem}_{n}" if stem else f"{numbered}_{n:02d}"
        n += 1
    return iid


def _locator(lines: list[tuple[int, str]], offset: int) -> str:
    at = bisect.bisect_right(lines, offset, key=lambda line: line[0]) - 1
    return lines[at][1] if at >= 0 else "第1段"  # (no line: a text with no newline)


def _draft_claim(n, st, figures, targets, region_id, scope, sid, source, lex, pub) -> dict | None:
    inputs = []
    for role, k in st.roles:
        t = targets[k]
        if t is None:
            return None
        inputs.append(f"{role}={t[0]}@{t[1]}:{t[2]}")
    comparator = scope.get(st.comparator or "", "")
    measure = ""
    if st.kind == "gap":
        if st.measure_of is not None and targets[st.measure_of]:
            measure = targets[st.measure_of][0]
        else:
            measure = targets[st.roles[0][1]][0]
    if st.kind == "rank":
        measure = ""
        comparator = comparator or scope["province"]
    if st.kind in ("gap", "rank") and not comparator:
        return None
    first = st.roles[0][1] if st.roles else None
    said = st.extra.get("period") and _period_id(st.extra["period"], source.get("year"), pub)
    period = (
        targets[first][2]
        if first is not None
        else said or next((t[2] for t in targets if t), str(source.get("year") or ""))
    )
    label = _label(st, figures, source)
    return {
        "claim_id": f"{sid}-c{n + 1:02d}",
        "source_id": sid,
        "locator": "",
        "label_zh": label[:60],
        "label_en": (
            lex.slogan_english.get(st.phrase, "(slogan to translate)")
            if st.kind == "rhetoric"
            else f"Draft claim {n + 1} ({st.kind})"
        ),
        "kind": st.kind,
        "region_id": region_id,
        "period_id": period,
        "inputs": " ".join(inputs),
        "comparator_id": comparator,
        "measure": measure,
        "bound": st.bound,
    }


def _label(st: Statement, figures, source) -> str:
    if st.phrase:
        return st.phrase
    return "、".join(figures[k].text for _, k in st.roles)
