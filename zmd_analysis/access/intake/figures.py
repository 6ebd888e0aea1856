"""Every printed quantity of an article, with its offsets, value, unit and hedge.

Runs on the normalised view of :mod:`.text`. First the spans that hold numerals but are not
figures are masked (dates, periods, times, document and road numbers, list markers, names
of plans and slogans from ``data/lexicon.toml``); then each remaining numeral is read with
its hedge and unit. A numeral printed without a unit takes the unit of the number it is
coordinated with (``3.0和1.6个百分点``), a score word (``得分78.7``) or a page counter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, load_lexicon
from .numerals import CN_DIGITS, parse_chinese
from .text import ArticleText


@dataclass(frozen=True)
class Figure:
    """One printed quantity. ``start``/``end`` index the text as read."""

    start: int
    end: int
    text: str
    value: float
    #: the number as printed in ASCII digits ("72.5", "2091"): its decimals are its precision
    value_text: str
    unit: str
    hedge: str | None
    #: percent, points, money, count, duration, physical, rank, score, ratio, other
    family: str
    #: offsets of the match in the view
    vstart: int
    vend: int
    #: Chinese numerals (四成, 第二): exact words, not rounded digits
    chinese: bool = False
    #: the unit as a measure, what figures are compared by: a count printed 项 or 宗 is
    #: one in 个 (empty: the unit itself)
    measure_unit: str = ""

    @property
    def kin(self) -> str:
        """The unit this figure is compared by (``measure_unit``, else ``unit``)."""
        return self.measure_unit or self.unit

    @property
    def number(self) -> int | float:
        """The value as JSON shows it: 51 for "51%", 72.5 for "72.5%"."""
        return int(self.value) if "." not in self.value_text else self.value

    @property
    def half_unit(self) -> float:
        """Half a unit of the last printed digit: how far the printed value may lie from
        the true one (0.05 for "72.5", 0.5 for "2091"; nothing for a count, which is exact)."""
        if self.family == "count":
            return 0.0
        return 0.5 * 10 ** -len(self.value_text.partition(".")[2])


_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN = f"[{CN_DIGITS}十百千万亿]+(?:点[{CN_DIGITS}]+)?"

# every pattern that opens with a run (\d+, [A-Za-z]+) starts only where the run starts, so
# a long run is tried once, not once per character (linear time on 20,000 digits)
_MASKS = [
    r"[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*第?\s*\d+\s*号",  # document numbers
    r"(?:19|20)\d{2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}",  # 2021-06-02
    r"\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*(?:19|20)\d{2}",  # 19.03.2015
    # 19:28, but not a ratio chain with decimals (3.5:51.5:45.0)
    # (占比为9:37:54 after 为/比/是/构 is a structure, not a time)
    r"(?<![\d:.为比是构])(?:[01]?\d|2[0-3])\s*:\s*[0-5]\d(?:\s*:\s*[0-5]\d)?(?![\d:.])",
    r"(?<!\d)\d+\s*[~\-至到]\s*\d+\s*月(?:份|底|末|初|中旬|上旬|下旬)?",  # 1~4月份
    rf"(?:(?<!\d)\d+|(?<![{CN_DIGITS}十])[{CN_DIGITS}十]+)\s*[~\-至到]\s*(?:\d+|[{CN_DIGITS}十]+)\s*季度",
    r"(?:19|20)\d{2}\s*年(?:度|份|底|末|初)?",  # 2021年
    rf"[{CN_DIGITS}]{{4}}年",  # 二〇二一年
    r"\d{1,2}\s*月(?:份|底|末|初|中旬|上旬|下旬)?",  # 5月, 5月底
    rf"(?<![{CN_DIGITS}十])[{CN_DIGITS}十]{{1,3}}月(?:份|底|末|初|中旬|上旬|下旬)?",  # 五月
    r"\d{1,2}\s*[日号](?!内|以内)",  # 31日
    rf"(?:前|后|近)?[{CN_DIGITS}\d]\s*季度|[上下]半年|前\s*(?:\d+|[{CN_DIGITS}十]+)\s*个?月",
    r"(?:国道|省道|县道|高速|[GSXY])\s*\d+",  # 国道107
    r"(?:附件|附表|图|表)\s*\d+",
    r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{5,}(?=\s*(?:转|$)))",  # phone numbers
    r"(?m)^\s*[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]",  # (一) (1)
    r"(?m)^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.](?!\d)",  # 一、 1.
    r"(?m)^\s*\d{1,2}\s*\.(?=\s*(?:19|20)\d{2}年)",  # 1.2020年
    r"[①-⑳⑴-⒇]",
    r"(?<=[A-Za-z\d])-{1,2}\d+(?:-\d+)+",  # S0001--2023-00592
    rf"(?:第\s*)?(?:\d{{1,3}}|[{CN_DIGITS}十]{{1,3}})\s*版",  # 01版, 第一版 (a page)
    r"(?<![A-Za-z])[A-Za-z]+\d+[A-Za-z\d]*|(?<![A-Za-z\d])\d+[A-Za-z]+\d*",  # codes: A3, 5G
]

_NUMBER = re.compile(
    rf"(?P<pre>超过|超出|突破|将近|接近|大约|[超逾近约])?(?: ?(?<=[过出破近约超逾] ))?(?P<ord>第|前)?"
    rf"(?:(?P<pct>百分之)(?P<pctnum>{_CN}|{_AR})|(?P<ar>{_AR})|(?P<cn>{_CN}))"
)


@dataclass(frozen=True)
class _Units:
    """The lexicon's units as one regex, longest first, with canonical unit and family."""

    pattern: re.Pattern
    canon: dict[str, tuple[str, str]]


def _units(lex: Lexicon) -> _Units:
    canon = {printed: (c, fam) for fam, table in lex.units.items() for printed, c in table.items()}
    alts = sorted(canon, key=len, reverse=True)
    return _Units(re.compile("|".join(map(re.escape, alts))), canon)


def _masked(view: str, lex: Lexicon) -> bytes:
    """1 where the view holds a date, a period, a marker or a name (not figures)."""
    return _mask_of(view, tuple(lex.not_figures), tuple(lex.slogans))


@lru_cache(maxsize=2)
def _mask_of(view: str, names: tuple[str, ...], slogans: tuple[str, ...]) -> bytes:
    mask = bytearray(len(view))
    for pat in _compiled_masks(names, slogans):
        for m in pat.finditer(view):
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return bytes(mask)


@lru_cache(maxsize=4)
def _compiled_masks(names: tuple[str, ...], slogans: tuple[str, ...]) -> list[re.Pattern]:
    words = sorted(set(names) | set(slogans), key=len, reverse=True)
    out = [re.compile(p) for p in _MASKS]
    if words:
        out.append(re.compile("|".join(map(re.escape, words))))
    return out


def find_figures(article: ArticleText, lex: Lexicon | None = None) -> list[Figure]:
    """Every figure of ``article``, in text order, none overlapping."""
    lex = lex or load_lexicon()
    units = _units(lex)
    view = article.view
    mask = _masked(view, lex)
    raw: list[dict] = []
    pos = 0
    while True:
        m = _NUMBER.search(view, pos)
        if m is None:
            break
        pos = m.end()
        num_start = (
            m.start("pctnum")
            if m.group("pct")
            else m.start("ar")
            if m.group("ar")
            else m.start("cn")
        )
        num_end = m.end()
        if any(mask[num_start:num_end]):
            # a masked numeral: skip past the mask so its tail is not read as a figure
            j = num_start
            while j < len(view) and mask[j]:
                j += 1
            pos = max(pos, j) if j > num_start else pos
            continue
        item = _read(m, view, units, lex, num_start)
        if item is not None:
            raw.append(item)
            pos = max(pos, item["vend"])
    raw = _with_rank_lists(raw, view, lex)
    _inherit_units(raw, view)
    figures = []
    for it in raw:
        if it["unit"] is None:
            continue
        _signed(it, view)
        s, e = article.span(it["vstart"], it["vend"])
        figures.append(
            Figure(
                s,
                e,
                article.text[s:e],
                it["value"],
                it["value_text"],
                it["unit"],
                it["hedge"],
                it["family"],
                it["vstart"],
                it["vend"],
                it["chinese"],
                lex.same_measure.get(it["unit"], "") if it["family"] == "count" else "",
            )
        )
    return figures


#: a minus sign printed before a rate, after the words or the list it stands in (增速分别为
#: -3.2%、-4.2%; 负增长,分别为-85.9%和-97.8%; 贡献率-12.5%, the rate's word right before
#: its value), never inside a range of numbers (1-8月)
_MINUS = re.compile(r"(?:^|(?<=[为是、,，:：;；(（和与及率速幅的\s]))[-－−]$")


def _signed(it: dict, view: str) -> None:
    """A rate or a gap printed with a minus sign: the sign is the figure's."""
    start = it["vstart"]
    if it["unit"] not in ("%", "个百分点") or it["hedge"] is not None or it["value"] < 0:
        return
    if _MINUS.search(view, max(0, start - 2), start):
        it["vstart"], it["value"] = start - 1, -it["value"]
        it["value_text"] = "-" + it["value_text"]


#: ranks listed in words with one measure word (位居二、三位, 分列第二、三位)
_RANK_LIST = re.compile(
    r"第?([一二三四五六七八九十]{1,3})((?:、[一二三四五六七八九十]{1,3})+)([位名])"
)


def _with_rank_lists(raw: list[dict], view: str, lex: Lexicon) -> list[dict]:
    """``raw`` with the ranks of a list that shares its measure word (位居二、三位: 2 and 3),
    where a rank verb stands before the list in its clause."""
    found = []
    for m in _RANK_LIST.finditer(view):
        clause = view[max(view.rfind(c, 0, m.start()) for c in ",，。;；\n") + 1 : m.start()]
        if not any(v in clause for v in lex.rank_verbs):
            continue
        parts = [m.group(1)] + m.group(2).split("、")[1:]
        at = m.start(1)
        for n, word in enumerate(parts):
            value = parse_chinese(word)
            end = at + len(word) + (len(m.group(3)) if n == len(parts) - 1 else 0)
            start = m.start() if n == 0 else at
            if value is not None:
                found.append(_item(start, end, value, _fmt(value), "位", "rank", None, True))
            at += len(word) + 1
    if not found:
        return raw
    taken = [(it["vstart"], it["vend"]) for it in raw]
    found = [f for f in found if not any(a < f["vend"] and f["vstart"] < b for a, b in taken)]
    return sorted(raw + found, key=lambda it: it["vstart"])


def _read(m: re.Match, view: str, units: _Units, lex: Lexicon, num_start: int) -> dict | None:
    """One numeral with its hedge and unit, or None when it is not a quantity."""
    pre, ordinal = m.group("pre"), m.group("ord")
    chinese = bool(m.group("cn")) or bool(m.group("pct") and not m.group("pctnum")[0].isdigit())
    digits = m.group("pctnum") if m.group("pct") else m.group("ar") or m.group("cn")
    if chinese:
        digits = _unit_tail(digits, view, num_start, units, m)
        value = parse_chinese(digits)
        if value is None:
            return None
        value_text = _fmt(value)
        end = num_start + len(digits) if not m.group("pct") else m.start("pctnum") + len(digits)
    else:
        value_text = digits.replace(",", "")
        if len(value_text.replace(".", "").lstrip("0")) > 15:
            return None  # more digits than a double holds: no quantity of this genre
        value = float(value_text)
        end = m.end()
    start = m.start()
    if pre and start > 0 and view[start - 1] in "超":  # 超超: not a hedge
        pre = None
    if pre and start > 0 and view[start - 1 : start + len(pre)] in lex.hedge_not_words:
        # 签约36个, 履约项目: the last character of a word, not a hedge
        start += len(pre)
        pre = None
    hedge = lex.hedges["before"].get(pre) if pre else None
    if not pre:  # the span starts at the hedge, else at 第/前, 百分之 or the number
        start = m.start("ord") if ordinal else m.start("pct") if m.group("pct") else num_start

    rest = view[end : end + 12]
    # percent spelled out
    if m.group("pct"):
        return _item(start, end, value, value_text, "%", "percent", hedge, chinese)
    if ordinal == "第":
        return _rank(view, start, end, value, value_text, hedge, chinese, lex, m)
    if ordinal == "前":
        u = next((w for w in lex.rank_units if rest.startswith(w)), "")
        nxt = view[end + len(u) : end + len(u) + 1]
        ranked = any(view[:start].endswith(v) for v in lex.rank_verbs)  # 排名前五的
        if u or ranked or not nxt or not ("\u4e00" <= nxt <= "\u9fff"):
            return _item(start, end + len(u), value, value_text, "位", "rank", "内", chinese)
        return None
    # a mid hedge (30多家, 960多万, 30余家)
    mid = None
    if rest[:1] in lex.hedges["inside"]:
        mid = lex.hedges["inside"][rest[:1]]
        end += 1
        rest = view[end : end + 12]
        hedge = hedge or mid
    um = units.pattern.match(rest)
    if um is None and not chinese and rest[:1] == " ":
        # 13985.53 亿元, 502 个: a space between a number and its unit (scraping damage)
        gap = len(rest) - len(rest.lstrip(" "))
        um = units.pattern.match(rest, gap) if gap <= 2 else None
        if um is not None and um.group() != "万":
            end += gap
            rest = view[end : end + 12]
            um = units.pattern.match(rest)
        else:
            um = None
    unit = family = None
    if um:
        printed = um.group()
        unit, family = units.canon[printed]
        if not _unit_ok(printed, view, end + len(printed), value, chinese, lex):
            if mid:
                end -= 1
                hedge = None if hedge == mid else hedge
            return (
                None if chinese else _bare(view, start, end, value, value_text, hedge, lex, units)
            )
        end += len(printed)
        if printed == "万":
            nxt = view[end : end + 5]
            said = re.sub(r"[总共约近达为有]+$", "", view[max(0, start - 8) : start])
            if any(w in nxt for w in lex.people) or said.endswith(lex.people_before):
                unit, family = "万人", "count"
            elif re.match(r"(?:及)?以[上下]", nxt):
                unit, family = "万元", "money"  # a size threshold (5000万以上项目)
        if printed == "成":
            value = value * 10
            value_text = _fmt(value)
    elif chinese and rest[:1] in lex.implied and _chinese_ok(view, start, end, value, digits, lex):
        return _item(
            start, end + 1, value, value_text, lex.implied[rest[:1]], "count", hedge, chinese
        )
    elif chinese:
        return None
    else:
        if mid:
            end -= 1
            hedge = None if hedge == mid else hedge
        return _bare(view, start, end, value, value_text, hedge, lex, units)
    if chinese and not _chinese_ok(view, start, end, value, digits, lex):
        return None
    tail_h = _after_hedge(view, end, lex)
    if tail_h:
        word, canon = tail_h
        end += len(word)
        hedge = hedge or canon
    return _item(start, end, value, value_text, unit, family, hedge, chinese)


def _item(start, end, value, value_text, unit, family, hedge, chinese) -> dict:
    return {
        "vstart": start,
        "vend": end,
        "value": float(value),
        "value_text": value_text,
        "unit": unit,
        "family": family,
        "hedge": hedge,
        "chinese": chinese,
    }


def _bare(view, start, end, value, value_text, hedge, lex, units: _Units) -> dict | None:
    """A number printed without a unit: a ratio part, a score, a counter, or one that takes
    the unit of the number it is coordinated with (decided later)."""
    before = view[max(0, start - 8) : start]
    after = view[end : end + 3]
    if re.match(r"\s*[:：]\s*\d", after) or re.search(r"\d\s*[:：]\s*$", before):
        return _item(start, end, value, value_text, "ratio", "ratio", hedge, False)
    if any(re.search(re.escape(w) + r"\s*[:：为是达]?\s*$", before) for w in lex.score_words):
        return _item(start, end, value, value_text, "分", "score", hedge, False)
    if any(
        re.search(re.escape(w) + r"\s*(?:数|量|次数)?\s*[:：]?\s*$", before)
        for w in lex.counter_words
    ):
        return _item(start, end, value, value_text, "次", "count", hedge, False)
    score = _score_in_list(view, start, end, lex)
    if score is not None:
        return _item(start, score, value, value_text, "分", "score", hedge, False)
    place = _place_count(view, end, lex)
    nxt = view[end + len(place) : end + len(place) + 1] if place else ""
    if place and "." not in value_text and not (nxt and nxt in lex.place_not_after_count):
        # 16市, 4州市, 5省区: places counted without a measure word
        return _item(start, end + len(place), value, value_text, "个", "count", hedge, False)
    if re.match(r"[^\S\n]*(?:和|、|与|及|或|至|到|~|-)\s*", after):  # (not past its line)
        it = _item(start, end, value, value_text, None, None, hedge, False)
        it["coordinated"] = True
        return it
    cell = table_cell(view, start, end)
    if cell is not None:
        unit = _column_unit(cell, units)
        signed = view[start - 1 : start] == "-" and view.rfind("\n", 0, start) + 1 == start - 1
        if unit is not None and signed:
            # a signed cell alone on its line (-1.4): the sign is the figure's
            return _item(start - 1, end, -value, "-" + value_text, *unit, hedge, False)
        if unit is not None:
            return _item(start, end, value, value_text, *unit, hedge, False)
    return None


def _place_count(view: str, end: int, lex: Lexicon) -> str | None:
    """The place word a number counts with no measure word: one of the lexicon's (16市), or
    two or three different level characters joined (4州市, 5省区, 4区市 count places of
    mixed level). A word of one level that a following character makes a name (市区,
    市场) is none."""
    chars = re.escape(lex.place_count_levels)
    levels = re.match(f"[{chars}]{{2,3}}", view[end : end + 3]) if chars else None
    if levels and len(set(levels.group(0))) == len(levels.group(0)):
        run = levels.group(0)
        if not (run[0] in lex.place_counts and run[1] in lex.place_not_after_count):
            return run
    return next((w for w in lex.place_counts if view.startswith(w, end)), None)


@dataclass(frozen=True)
class TableCell:
    """Where a number stands in a table of the text (a page's table comes through as lines
    of cells between ``|``): its column's heading, its row's label and the table's units
    (单位:个、亿元, printed above the heading), in order."""

    heading: str
    row: str
    units: tuple[str, ...]
    #: the unit a row prints in a cell of its own (指标 | 单位 | 1-5月: 亿元), if any
    row_unit: str = ""


def table_cell(view: str, start: int, end: int) -> TableCell | None:
    """The cell ``view[start:end]`` fills by itself in a table's row below its heading
    row, None elsewhere (a heading, a line of prose)."""
    ls = view.rfind("\n", 0, start) + 1
    le = view.find("\n", end)
    line = view[ls : le if le >= 0 else len(view)]
    if line.count("|") < 2:
        return _cell_of_its_own_line(view, start, end, ls, line)
    cells, at, column = line.split("|"), ls, None
    for n, c in enumerate(cells):
        if at <= start and end <= at + len(c):
            column = n if c.strip() in (view[start:end], view[start:end] + "%") else None
            break
        at += len(c) + 1
    if not column:
        return None  # (the first cell labels the row)
    head = ls
    while head > 0:
        above = view.rfind("\n", 0, head - 1) + 1
        if view[above : head - 1].count("|") < 2:
            break
        head = above
    if head == ls:
        return None
    heading = view[head : view.find("\n", head)].split("|")
    units_line = view[view.rfind("\n", 0, max(0, head - 1)) + 1 : max(0, head - 1)]
    m = re.match(r"\s*单位\s*[:：]\s*(.+)", units_line)
    units = tuple(u.strip() for u in re.split(r"[、,，/]", m.group(1))) if m else ()
    if column >= len(heading):
        return None
    return TableCell(heading[column].strip(), cells[0].strip(), units)


#: a table's cells printed one per line (a page's table flattened): a value, a unit
_VALUE_CELL = re.compile(r"[-+]?\d[\d.,]*%?|-{1,2}|—{1,2}")
_UNIT_CELL = re.compile(r"[万亿千百]?元|个|项|家|%|万?人|万?吨|万?平方米|公里")
#: how far back a flattened table's heading is looked for (its cells, not characters)
_CELLS_BACK = 120


def _cell_of_its_own_line(view: str, start: int, end: int, ls: int, line: str) -> TableCell | None:
    """A number alone on its line among short lines, each one cell of a flattened table:
    rows open with a label, then their unit and values; the heading is the row of labels
    as long as the rows, right before the first of them (指标名称 / 单位 / 1-5 / 份额 /
    ± %, then 第二产业 / 亿元 / 25.84 / 17.99% / 241.9)."""
    if line.strip().lstrip("+-") != view[start:end].lstrip("+-"):
        return None
    cells = [line.strip()]
    pos, lines = ls, 0
    while pos > 0 and lines < 2 * _CELLS_BACK:  # (blank lines between cells counted too)
        above = view.rfind("\n", 0, pos - 1) + 1
        text = view[above : pos - 1].strip()
        pos, lines = above, lines + 1
        if not text:
            continue
        if len(cells) >= _CELLS_BACK:
            break
        if len(text) > 20 or re.search(r"[。,，;；]", text):
            break
        cells.append(text)
    cells.reverse()
    kinds = [
        "V" if _VALUE_CELL.fullmatch(c) else "U" if _UNIT_CELL.fullmatch(c) else "L" for c in cells
    ]
    rows: list[tuple[int, list[str]]] = []
    i = 0
    while i < len(cells):
        if kinds[i] == "L" and i + 1 < len(cells) and kinds[i + 1] != "L":
            at, row = i, [cells[i]]
            i += 1
            while i < len(cells) and kinds[i] != "L":
                row.append(cells[i])
                i += 1
            rows.append((at, row))
        else:
            i += 1
    if not rows or rows[-1][0] + len(rows[-1][1]) != len(cells):
        return None  # (the number is no cell of the last row)
    first = rows[0][0]
    # the heading: as many labels as a full row has, right before the first row (a title
    # line above it is no column)
    width = len(rows[0][1]) if len(rows) > 1 else len(rows[0][1]) + _cells_after(view, ls)
    heading = cells[first - width : first] if first >= width else []
    if width < 3 or len(heading) != width or "V" in kinds[first - width : first]:
        return None
    if any(len(r) != width for _, r in rows[:-1]) or len(rows[-1][1]) > width:
        return None  # rows as long as the heading, or no table
    label, row = rows[-1][1][0], rows[-1][1]
    column = len(row) - 1
    if column >= width:
        return None
    unit = next((c for c, k in zip(row, kinds[rows[-1][0] :]) if k == "U"), "")
    return TableCell(heading[column], label, (), row_unit=unit)


def _cells_after(view: str, ls: int) -> int:
    """How many value or unit cells follow the line at ``ls`` before the next label: the
    rest of the first row of a flattened table."""
    n, pos = 0, view.find("\n", ls)
    while 0 <= pos < len(view) and n < _CELLS_BACK:
        nxt = view.find("\n", pos + 1)
        text = view[pos + 1 : nxt if nxt >= 0 else len(view)].strip()
        pos = nxt
        if not text:
            continue
        if not (_VALUE_CELL.fullmatch(text) or _UNIT_CELL.fullmatch(text)):
            break
        n += 1
    return n


def column_kind(heading: str) -> str:
    """What a table's column of percentages measures, from its heading: "share" (份额,
    比重, 占比: of the table's total), "growth" (± %, 增减, 增长: on a year), "rate" (率,
    比例, %), or "" for a column of levels."""
    h = re.sub(r"\s", "", heading)
    if re.search(r"份额|比重|占比", h):
        return "share"
    if re.search(r"±|增减|增长|增速|增幅", h):
        return "growth"
    if re.search(r"率|比例|%", h):
        return "rate"
    return ""


def _column_unit(cell: TableCell, units: _Units) -> tuple[str, str] | None:
    """The unit and family of a bare number in a column: a percentage for a rate or a share,
    else the table's unit of that family (a count for 个数, money for an amount)."""
    h = re.sub(r"\s", "", cell.heading)
    if column_kind(h):
        return "%", "percent"
    if cell.row_unit:
        return units.canon.get(cell.row_unit)
    want = "count" if re.search(r"个数|项目数|数量|家数|个$|项$", h) else "money"
    if want == "money" and not re.search(r"投资|计划|资金|金额|额$|产值|收入", h):
        return None
    for u in cell.units:
        canon = units.canon.get(u)
        if canon is not None and canon[1] == want:
            return canon
    return None


def _score_in_list(view: str, start: int, end: int, lex: Lexicon) -> int | None:
    """A score in a list of scores whose 分 was lost or set apart in scraping (``77.5 分``,
    ``71.6驿城区71.2分``): the sentence names a score word and a neighbour is a score. Returns
    the figure's end (through a spaced 分)."""
    spaced = re.match(r"[ \u3000]+分(?![别之钟类子])", view[end : end + 4])
    s0 = max(view.rfind(c, 0, start) for c in "。;；\n") + 1
    if not any(w in view[s0:start] for w in lex.score_words):
        return None
    near = view[max(s0, start - 24) : start] + " " + view[end : end + 24]
    if spaced or re.search(r"\d\s*分(?![别之钟类子])", near):
        return end + spaced.end() if spaced else end
    return None


def _inherit_units(raw: list[dict], view: str) -> None:
    """``3.0和1.6个百分点``: a bare number takes the unit of the next number in its
    coordination."""
    for i in range(len(raw) - 1, -1, -1):
        it = raw[i]
        if it["unit"] is None and it.get("coordinated") and i + 1 < len(raw):
            nxt = raw[i + 1]
            between = view[it["vend"] : nxt["vstart"]]
            if nxt["unit"] and re.fullmatch(r"\s*(?:和|、|与|及|或|至|到|~|-)\s*", between):
                it["unit"], it["family"] = nxt["unit"], nxt["family"]
        elif (
            it["unit"] == "个"
            and i + 1 < len(raw)
            and raw[i + 1]["unit"] == "个百分点"
            and re.fullmatch(r"\s*(?:和|、|与|及)\s*", view[it["vend"] : raw[i + 1]["vstart"]])
        ):
            # 2.5个和8.0个百分点: the measure word opens the unit both numbers share
            it["unit"], it["family"] = raw[i + 1]["unit"], raw[i + 1]["family"]


def _rank(view, start, end, value, value_text, hedge, chinese, lex, m) -> dict | None:
    rest = view[end : end + 6]
    u = next((w for w in lex.rank_units if rest.startswith(w)), "")
    if u:
        return _item(start, end + len(u), value, value_text, "位", "rank", hedge, chinese)
    if any(rest.startswith(w) for w in lex.ordinal_nouns):
        return None
    nxt = rest[:1]
    before = view[max(0, start - 6) : start]
    if (not nxt or not _is_cjk(nxt) or nxt in "的,") and any(
        before.rstrip().endswith(v) or re.search(re.escape(v) + r"[^,。;]{0,6}$", before)
        for v in lex.rank_verbs
    ):
        return _item(start, end, value, value_text, "位", "rank", hedge, chinese)
    return None


def _unit_ok(
    printed: str, view: str, after: int, value: float, chinese: bool, lex: Lexicon
) -> bool:
    """Whether a unit-looking word really is the unit here."""
    nxt = view[after : after + 2]
    if printed == "分" and (nxt[:1] in "别之钟类" or nxt.startswith("子")):
        return False
    if printed == "年" and (value >= 100 or nxt[:1] in "代级"):
        return False
    if printed == "成" and not chinese:
        return False
    if printed in ("次", "批", "类") and nxt[:1] in ("会", "序", "性"):
        return False
    if printed == "个" and nxt[:1] == "一" and chinese:  # 三个一批: a name
        return False
    return not (printed == "万" and chinese)


def _chinese_ok(view: str, start: int, end: int, value: float, digits: str, lex: Lexicon) -> bool:
    """Chinese numerals count only as plain quantities: no lone 一, no bare 十/百/千/万
    (千家万户), no numeral glued to another numeral word."""
    if value == 1 or not any(c in digits for c in CN_DIGITS):
        return False
    prev = view[start - 1 : start]
    return not (prev and prev in CN_DIGITS + "十百千万第")
    return True


def _after_hedge(view: str, end: int, lex: Lexicon) -> tuple[str, str] | None:
    rest = view[end : end + 3]
    for word in sorted(lex.hedges["after"], key=len, reverse=True):
        if rest.startswith(word):
            if word in ("多", "余") and rest[len(word) : len(word) + 1] in ("年", "个"):
                return None
            if word == "内" and rest[1:2] in ("容", "部", "外", "涵"):
                return None
            return word, lex.hedges["after"][word]
    return None


def _unit_tail(digits: str, view: str, num_start: int, units: _Units, m: re.Match) -> str:
    """A trailing 万/亿 of a Chinese numeral that begins the unit after it stays with the
    unit: 一千二百万元 is 1200 万元, 三亿元 is 3 亿元 (as the genre prints amounts)."""
    if len(digits) < 2 or digits[-1] not in "万亿" or m.group("pct"):
        return digits
    at = (m.start("pctnum") if m.group("pct") else num_start) + len(digits) - 1
    um = units.pattern.match(view, at)
    return digits[:-1] if um and len(um.group()) > 1 else digits


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"
