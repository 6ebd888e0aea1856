"""The grammar of statements: which printed figures make a claim of which kind, and what
each figure measures (its subject, measure, period and region).

Works on the figures of :mod:`.figures` and the normalised view of the text. Each
:class:`Statement` names a claim kind of the engine and the figures it rests on, by role;
checking is left to the engine. Words come from ``data/lexicon.toml``.
"""

from __future__ import annotations

import bisect
import os
import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from math import inf

from .figures import Figure, TableCell, column_kind, table_cell
from .lexicon import Lexicon
from .numerals import magnitude

_SENT_END = "。;；!?！？\n"
#: the figure families that are levels (amounts, counts, physical quantities), not rates
LEVEL_FAMILIES = ("money", "count", "physical")
_CLAUSE_END = _SENT_END + ",，:："
_VERBS = (
    "累计完成",
    "完成",
    "累计",
    "已开工",
    "已完成",
    "已",
    "共",
    "总投资",
    "截至",
    "实际",
    "目前",
    "占",
    "同比",
    "增长",
    "比",
    "较",
    "均",
    "分别",
    "达到",
    "达",
    "居",
    "排名",
    "有",
    "为",
    "是",
    "实现",
    "增加",
    "下降",
    "提高",
    "提升",
    "预计",
    "建成",
    "涉及",
    "包括",
    "其中",
    "主要",
    "集中",
    "今年计划",
    "年度计划",
    "计划投资",
)
# a heading that cuts a whole by one dimension: 从地区看, 按行业分, 按建设阶段统计, 分产业看
_BY_DIMENSION = (
    r"从[^,。;:]{1,8}看|按(?!照《)[^,。;:《]{1,8}?(?:分|统计)|(?<![\u4e00-\u9fff])分[^,。;:]{1,4}看"
)
_PERIOD_RE = re.compile(
    r"(?P<range>(?<![\d:.])(?P<a>1[0-2]|0?[1-9])\s*(?:月)?\s*[~\-至到]\s*(?P<b>1[0-2]|0?[1-9])\s*月(?:份)?)"
    r"|(?P<upto>截至|截止到?|到)\s*(?P<c>\d{1,2})\s*月(?:份)?(?:底|末)"
    r"|前\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,2})\s*个?月"
    r"|(?P<half>上半年)|(?P<q3>前三季度)|(?P<q1>一季度|第一季度)"
    r"|(?P<ytd>今年以来|年初以来|今年来)"
    r"|(?<![\d~\-至到.月])(?P<e>1[0-2]|0?[1-9])\s*月(?:份(?!\s*[~\-至到])|(?=\s*(?:当月|单月)))"
    # a bare month that opens a clause (。7月,续建项目新增投资…): that month alone; not a
    # date (1983年7月,) nor a month of a named year
    r"|(?:^|(?<=[\n。;；,，:：]))(?P<e2>1[0-2]|0?[1-9])\s*月(?=\s*[,，])"
)
#: how far back (in figures) a statement looks for the figures it compares with: a text's
#: statements refer to nearby figures, and the bound keeps megabyte texts linear
_NEAR = 80
_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
_CN_SMALL = {c: i for i, c in enumerate("〇一二三四五六七八九十")}


@dataclass
class Reading:
    """What one figure measures, as read from its context."""

    subject: str = ""
    measure: str = ""  # canonical measure token (个数, 完成投资, 占年度计划 ...)
    period: str = ""  # "M01-M04", "YTD", "ASOF", "YEAR"
    region: str = ""  # "", "province", "country" or a region name as printed
    sign: int = 1  # -1 for 下降 / 低于 / 回落
    #: the printed words that make the subject a class by a threshold (10亿元以上,
    #: 完成投资进度超过50%的): the figure is the class's, not the whole subject's
    klass: str = ""
    #: the figure is such a class's threshold, a bound that names it, not a measurement
    threshold: bool = False
    #: the sizes a band holds, in 亿元 (5亿元至10亿元 -> (5, 10)), when it is a size band
    sizes: tuple[float, float] | None = None


@dataclass
class Statement:
    """A claim found in the text: the engine's kind and its figures by role."""

    kind: str
    roles: list[tuple[str, int]]  # (role, figure index), in order
    #: the figure whose printed value the check tests (None: the structure is the test)
    tested: int | None = None
    comparator: str = ""  # "province" | "country" | "self" | ""
    measure_of: int | None = None  # for a gap on another figure: that figure's index
    bound: str = ""
    phrase: str = ""  # for rhetoric: the slogan
    start: int = 0  # view offsets of the statement
    end: int = 0
    extra: dict = field(default_factory=dict)
    #: what the statement assumes that the text does not say ("" when nothing): such a
    #: statement is never "inconsistent" on its own
    assumption: str = ""
    #: other readings of the statement under that assumption (another printed whole, another
    #: figure the comparator may name), tried in order when the first does not fit
    alternatives: list[Statement] = field(default_factory=list)


def one_of(readings: list[Statement], assumption: str) -> Statement:
    """The first of the readings the same words allow, carrying the others as its
    alternatives under ``assumption``: the proposal keeps the one that fits, and calls none
    of them "inconsistent" on its own."""
    first = readings[0]
    first.assumption, first.alternatives = assumption, readings[1:]
    return first


class Parsed:
    """The figures of one article with their sentence structure and readings."""

    def __init__(self, view: str, figures: list[Figure], lex: Lexicon):
        self.view, self.figs, self.lex = view, figures, lex
        n = len(view)
        self.para = [0] * (n + 1)
        self.sent = [0] * (n + 1)
        self.clause = [0] * (n + 1)
        p = s = c = 0
        #: where each sentence and clause starts, and where each sentence ends (its end mark)
        self._sent_starts, self._sent_ends, self._clause_starts = [0], [], [0]
        for i, ch in enumerate(view):
            self.para[i], self.sent[i], self.clause[i] = p, s, c
            if ch == "\n":
                p += 1
            if ch in _SENT_END:
                s += 1
                self._sent_starts.append(i + 1)
                self._sent_ends.append(i)
            if ch in _CLAUSE_END:
                c += 1
                self._clause_starts.append(i + 1)
        self._sent_ends.append(n)
        self.para[n], self.sent[n], self.clause[n] = p, s, c
        self.readings = [Reading() for _ in figures]
        #: region names (short forms) the text may use, for subjects that only name a place
        self.regions: tuple[str, ...] = ()
        #: how the text prints its own place and the places above it (荆州市, 荆州, 湖北),
        #: longest first: a subject that starts with one (荆州完成固定资产投资) is the
        #: subject without it, as the same subject printed without the place is
        self.own_places: tuple[str, ...] = ()
        #: how it prints its own place alone (榆林市, 榆林): 占榆林市总量的 names its total,
        #: 占陕西省总量的 another place's
        self.own_place: tuple[str, ...] = ()
        #: figures that are the two shares of a 由A%提高到B% statement
        self.in_change: set[int] = set()
        self._by_sentence: dict[int, list[int]] | None = None
        #: each figure's view offset, in order (figures near a position found by bisection)
        self.starts = [f.vstart for f in figures]
        #: results computed once per text by the readers above this one (cleaned subjects,
        #: the classifications found)
        self.memo: dict = {}

    # --- positions ------------------------------------------------------------------
    def sent_of(self, i: int) -> int:
        return self.sent[self.figs[i].vstart]

    def para_of(self, i: int) -> int:
        return self.para[self.figs[i].vstart]

    # looked up, not walked: a text without breaks runs to megabytes
    def clause_start(self, pos: int) -> int:
        return self._clause_starts[self.clause[pos]]

    def sent_start(self, pos: int) -> int:
        return self._sent_starts[self.sent[pos]]

    def sent_end(self, pos: int) -> int:
        return self._sent_ends[self.sent[pos]]

    def before(self, i: int, scope: str = "clause") -> str:
        """Text before figure i back to the previous figure or the clause start."""
        f = self.figs[i]
        start = self.clause_start(f.vstart) if scope == "clause" else self.sent_start(f.vstart)
        if i > 0 and self.figs[i - 1].vend > start:
            start = self.figs[i - 1].vend
        return self.view[start : f.vstart]

    def cell(self, i: int) -> TableCell | None:
        """The table cell figure ``i`` fills, if any (once a figure)."""
        memo = self.memo.setdefault("cells", {})
        if i not in memo:
            f = self.figs[i]
            memo[i] = table_cell(self.view, f.vstart, f.vend)
        return memo[i]

    def after(self, i: int) -> str:
        f = self.figs[i]
        j = f.vend
        end = j
        while end < len(self.view) and self.view[end] not in _CLAUSE_END:
            end += 1
        if i + 1 < len(self.figs) and self.figs[i + 1].vstart < end:
            end = self.figs[i + 1].vstart
        return self.view[j:end]

    def in_sentence(self, i: int) -> list[int]:
        """The figures of figure i's sentence (an index built once: texts run to megabytes)."""
        if self._by_sentence is None:
            index: dict[int, list[int]] = {}
            for k in range(len(self.figs)):
                index.setdefault(self.sent_of(k), []).append(k)
            self._by_sentence = index
        return self._by_sentence[self.sent_of(i)]

    def previous(self, i: int, pred, scope: str = "sentence") -> int | None:
        """The nearest figure before i that satisfies pred, within the sentence (or
        paragraph)."""
        key = self.sent_of if scope == "sentence" else self.para_of
        for k in range(i - 1, -1, -1):
            if key(k) != key(i):
                break
            if pred(k):
                return k
        return None


# --- readings: subject, measure, period, region ---------------------------------------


def _clean_subject(s: str, lex: Lexicon) -> str:
    s = re.sub(r"[“”\"'‘’《》「」\s]", "", s)
    s = s.lstrip("、,，;；:：")  # (…项目24个、投资额380亿元: the list's separator)
    s = re.sub(r"[(（](?:不含|含|其中|包括)[^)）]*[)）]", "", s)
    s = re.sub(r"[(（]([^)）]*)[)）]", r"\1", s)
    s = _YEAR_RE.sub("", s)
    s = _PERIOD_RE.sub("", s)
    # a list marker before the subject (1.六大片区项目, (二)市直项目, ①火车站片区)
    s = re.sub(r"^(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[①-⑳])+", "", s)
    s = re.sub(
        r"^(?:其中|全市|全县|全区|本市|我市|今年|本年度|年度|第[一二三四五六七八九十\d]+批|"
        r"这批|此次|本次|这次|共有|共|有|现已|已|目前|均为|累计|新增|先后|组织|重点扶持|实施|"
        r"纳入|的|实际|完成|实现|在(?![建谈库]))+",  # (在建项目, 在谈项目: no preposition)
        "",
        s,
    )
    s = re.sub(r"(?:的|共|均|累计|已|有|达|为|是)+$", "", s)
    if lex.short_names:
        # (二产项目 is 第二产业项目; 一产、二产、三产分别…: each name of a list)
        s = _short_names_re(tuple(lex.short_names)).sub(lambda m: lex.short_names[m[1]], s)
    return s


@lru_cache(maxsize=4)
def _short_names_re(shorts: tuple[str, ...]) -> re.Pattern:
    """The lexicon's short names where they begin a name (三产融合, 一产一品: other words)."""
    names = "|".join(map(re.escape, shorts))
    return re.compile(rf"(?:^|(?<=[、和与及]))({names})(?!业|融合|[一二三])")


def _measure(p: Parsed, i: int) -> tuple[str, int]:
    """The canonical measure of figure i and its sign, from the words before it."""
    f = p.figs[i]
    if earlier_rate(p, i):
        return "上期值", 1  # (较1-3月(-7.7%)提升, 较上年同期的32.1%提高: an earlier period's)
    cell = p.cell(i)
    b = re.sub(r"\s", "", cell.heading) if cell is not None else p.before(i)
    lex = p.lex
    # (低于全市工业增加值增速14.9个百分点, 下拉全市工业增加值增速1.2个百分点: the
    # comparator's name may be long)
    # (减少碳排放类项目投资增长15.0%: a rise between the fall word and the figure says it)
    fall = re.search(r"(下降|回落|减少|低于|下拉|降低|下滑)[^,]{0,12}$", b)
    sign = (
        -1 if fall and not re.search(r"增长|提高|上升|拉动|上拉|增加(?!值)", fall.group(0)) else 1
    )
    if re.search(r"比[^,，;；。]{0,16}?(?:低|慢|少)了?$", b):
        sign = -1  # (比全市投资增速低2.6个百分点)
    if re.search(
        r"降幅[^,，;；。]{0,16}?(?:扩大|加深|加大)了?$", p.view[p.clause_start(f.vstart) : f.vstart]
    ):
        sign = -1  # (降幅较1-3月(-19.8%)扩大10.7个百分点: the rate fell further)
    if f.value < 0:
        sign = 1  # (均下降,增速分别为-3.2%、-4.2%: the printed sign says it once)
    if f.unit in ("个百分点", "%") and _SCHEDULE_GAP.search(b):
        # 超进度42.31%, 低于均衡进度1.44个百分点, 超平均进度7.5个百分点: the distance to the
        # share of the year elapsed, whatever the schedule is called
        return "高于时序进度", -1 if re.search(r"低于|慢于|落后|欠", b) else 1
    if f.family == "rank":
        return ("增速位次" if re.search(r"增速|增幅", p.before(i, "sentence")) else "位次"), 1
    if f.unit == "个百分点":
        if any(w in b for w in lex.schedule_words):
            return "高于时序进度", sign
        m = re.search(r"(?:高于|高出|低于|快于|慢于|超过|领先)(全省|全国|全市)", b)
        if m:
            return "高于" + m.group(1), sign
        if re.search(r"(提高|提升|上升|增加|下降|回落|降低|扩大|收窄)", b) or re.search(
            r"(?:高于|低于|快于|慢于)(?:上年|去年)同期$", b
        ):
            return "变动", sign  # (高于上年同期5.6个百分点: the rate's change on a year)
        return "差距", sign
    if f.family == "percent" and cell is not None:
        # a table's column: 份额 / 比重 (of the table's total), ± % / 增长 (on a year)
        kind = column_kind(cell.heading)
        if kind == "share":
            return "占比", 1
        if kind == "growth":
            return "增长", 1
    if f.family == "percent":
        if any(w in b for w in lex.rates):
            rate = next(w for w in lex.rates if w in b)
            return rate, 1
        # (占已开工项目数93.56%, 占到位资金65.41%: the whole's name right before the share)
        m = re.search(r"占(.{0,16}?)(?:的|比重|比例)", b) or re.search(r"占([^,;。\d]{1,16})$", b)
        if m or "占比" in b or "比重" in b:
            x = m.group(1) if m else ""
            # a share of a plan, a task or a target (年度投资任务, 全年目标) is progress
            # (占计划开工项目总数的53.4%: a share of a list of projects, counted, no plan)
            counted = re.search(r"项目(?:总)?(?:个)?数?$", x)
            if not counted and (
                any(w in x for w in lex.plan_words) or re.search(r"计划|任务|目标", x)
            ):
                return "占年度计划", 1
            return ("占" + _clean_subject(x, lex)) if x else "占比", 1
        if re.search(r"(完成|达到)(年度|全年)(投资)?(计划|目标|任务)", b) or re.search(
            r"(?:完成|达到|实现)[^,;。]*?(?:计划|目标|任务)[^,;。]{0,8}的$"
            # (完成投资6.37亿元,为年度计划的82.6%: 为 states the share of the plan too)
            r"|(?:^|[,;。])为(?:年度|全年|年|今年)?(?:投资)?(?:计划|目标|任务)(?:投资)?的$"
            # (占年度计划888.9亿元的91.4%: the plan's amount printed inside the share's words)
            r"|(?:^|[,;。])\s*占(?:年度|全年|年|今年)(?:投资)?(?:计划|目标|任务)(?:投资)?"
            r"[\d.]+\s*[亿万]?元的$",
            # (an aside naming the target's amount is no part of the words: 完成…目标任务的
            # (83253万元)的495.69%)
            re.sub(r"[(（][^()（）]*[)）]", "", p.view[p.clause_start(f.vstart) : f.vstart]),
        ):
            return "占年度计划", 1
        if re.search(r"贡献率(?:为|达到?|是)?$", b):
            return "贡献率", 1  # 对投资增长的贡献率为27.0%: a share of an increase, no growth
        if re.search(r"(?:完成|投资)进度[^;。\d]{0,6}?(?:达到?|为)?$", p.before(i, "sentence")):
            return "占年度计划", 1  # 完成进度最快,达到97.3%: progress on the year's plan
        if re.search(r"增长|增速|增幅|上升|提高|下降|回落|减少", b):
            return "增长", sign
        return "比例", 1
    sign = 1 if f.family != "money" else sign
    if f.family == "money":
        if "总投资" in b:
            return "总投资", 1
        if re.search(r"超(?:过|出)?[^,;。]{0,8}?(?:计划|目标|任务)(?:投资)?$", b) and not (
            p.after(i).startswith("的")
        ):
            return "超计划", 1  # 超同期计划投资131亿元: by how much the plan was exceeded
        if re.search(r"(?:任务|目标|计划)$", b) and re.match(
            r"的\s*\d", p.view[f.vend : f.vend + 4]
        ):
            return "年度计划投资", 1  # 完成市考任务1035亿元的102.87%: the target, inside
        if re.search(
            r"计划(完成)?投资|投资计划|投资任务|(?:年度|全年)(?:任务|目标)|预期(?:投资|目标)", b
        ) or (
            re.search(r"(?:全年|年度)$", b)
            and re.match(r"[^,;。]{0,12}?(?:计划|目标|任务)", p.after(i))
        ):
            return "年度计划投资", 1
        if re.search(r"(比|较)(上年|去年)(同期)?(增加|增长|减少|下降)", b):
            return "增加额", sign
        if "完成" in b or "投资" in b:
            return "完成投资", 1
        return "金额", 1
    if f.family == "duration":
        return "天数" if f.unit in ("天", "个工作日") else "时长", 1
    if f.family == "count":
        m = re.search(r"(?:比|较)(?:上年|去年)(?:同期)?(增加|增长|减少|下降)了?$", b) or (
            re.match(r"\W*(?:同比)?(增加|减少)了?$", b)
            if re.match(r"\s*(?:[,，;；。)）]|$)", p.after(i))
            else None
        )  # (…项目35个,增加7个; 同比减少7个: the clause is the change alone, not 增加3000个岗位)
        if m:
            # (新开工项目6687个,比上年同期增加1890个: the count's change on a year)
            return "增加额", -1 if m.group(1) in ("减少", "下降") else 1
        if re.search(r"(?:已|累计)?(?:完成|办结)了?$", b):
            return "完成数", 1  # 联审联批事项215项,…已完成200项: the done part, not the list
        return ("人数" if f.unit.endswith(("人", "名")) and "人次" not in f.unit else "个数"), 1
    return f.family, 1


def _strip_regions(s: str, names: tuple[str, ...]) -> str:
    for n in names:
        s = s.replace(n, "")
    return s


def _without_own_place(s: str, p: Parsed, forms: tuple[str, ...] | None = None) -> str:
    """``s`` without the text's own place before it (珠海完成固定资产投资 -> 固定资产投资;
    驻马店市重点项目 -> 市重点项目, the 市 of a city list kept); unchanged when too little
    would be left to name a subject. A place below the text's (丹阳市新开工项目) stays."""
    for form in p.own_places if forms is None else forms:
        if s.startswith(form):
            rest = s[len(form) :]
            if form[-1] in "省市县区州" and re.match(r"重点|级|属|直", rest):
                rest = form[-1] + rest
            rest = _clean_subject(rest, p.lex)
            return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2 else s
    return s


def read_figures(p: Parsed, default_region: str = "") -> None:
    """Fill in each figure's reading (subject, measure, sign, period, region)."""
    lex = p.lex
    last_subject_sent: dict[int, str] = {}
    last_subject_para: dict[int, str] = {}
    for i, f in enumerate(p.figs):
        r = p.readings[i]
        r.measure, r.sign = _measure(p, i)
        subj = ""
        if f.family == "count" and f.text[-1:] in lex.implied:
            subj = f.text[-1]  # 四证: the noun counted is the subject
        elif f.family in ("count",) or r.measure in ("个数", "人数"):
            after = p.after(i)
            if re.match(r"\s*[(（]", after):
                after = ""  # 77个(含打捆项目13个): the subject is before, the aside is not it
            m = re.match(
                r"([^,;。、:]{2,}?)(?="
                + "|".join(map(re.escape, (*_VERBS, *lex.rates)))
                + r"|[,;。、:]|$)",
                after,
            )  # (36个省级重点项目开工率100%: the projects, not their rate)
            subj = _clean_subject(m.group(1) if m else "", lex)
            if not subj:
                subj = _clean_subject(p.before(i), lex)
            if re.fullmatch(
                r"(?:同比|比|较)?(?:上年|去年|上月)?(?:同期)?(?:增加|减少|多|少)了?", subj
            ):
                subj = ""  # 比上年同期增加27个: a change of the subject before, not a subject
        else:
            b = p.before(i)
            b = re.sub(
                r"(?:累计)?(?:完成|实现)?"
                r"(?:总投资|年度计划投资|今年计划投资|计划投资|年度投资计划|(?:年度)?预期投资)$"
                r"|(?:累计)?完成投资$|(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|比上年|较上年)?"
                r"(?:增长|下降|增加|减少|回落)了?$",
                "",
                b,
            )
            rate = next((w for w in lex.rates if re.search(re.escape(w) + "(?:达到?|为)?$", b)), "")
            b = re.sub(
                r"(占.*|为[^,;。]{0,6}?(?:计划|目标|任务).*|居.*|排名.*|高于.*|高出.*|低于.*"
                r"|比.*|较.*|增幅.*|增速.*"
                + ("|" + re.escape(rate) + "(达到?|为)?" if rate else r"|.{0,4}率(达到?|为)?")
                + ")$",
                "",
                b,
            )  # (a rate the lexicon knows is cut alone: 省级重点项目开工率 is the projects')
            subj = _clean_subject(b, lex)
            if len(subj) < 2 or re.search(r"\d", subj):
                subj = ""
        subj = _without_own_place(subj, p)
        cell = p.cell(i)
        if cell is not None:
            # a table's row: 吉首市 | 57 | 82.5 | …; 其中:工业 (a part of the row above)
            subj = re.sub(r"^其中[:：]?", "", re.sub(r"\s", "", cell.row))
        if any(subj.startswith(v) for v in lex.rank_verbs):
            subj = ""  # 位列全省第一: a ranking, not a subject of the figures after it
        if not subj and f.family != "count":
            subj = subject_of_clause_before(p, i)
        s_id, p_id = p.sent_of(i), p.para_of(i)
        if (
            f.family == "rank"
            and subj
            and len(_strip_regions(subj, p.regions)) <= 2
            and last_subject_sent.get(s_id)
        ):
            subj = ""
        if subj and not _in_aside(p.view, f.vstart):
            # (an aside's subject, (7月份补充纳入省重点项目15个), is its own: the clauses
            # after the brackets go on with the subject before them)
            last_subject_sent[s_id] = subj
            last_subject_para[p_id] = subj
        elif not subj:
            subj = last_subject_sent.get(s_id) or last_subject_para.get(p_id, "")
        r.subject = subj
        # region: a province- or country-wide figure names itself before the figure
        start = p.clause_start(f.vstart)
        head = p.view[start : f.vstart]
        if f.family != "rank" and r.measure not in ("高于全省", "高于全国"):
            if re.match(r"\s*[“\"]?全省", head) or head.endswith("全省"):
                r.region = "province"
            elif re.match(r"\s*[“\"]?全国", head):
                r.region = "country"
    _read_periods(p)
    _annual_plans(p)
    _distribute(p)
    _classes_by_threshold(p)


#: the noun of a class a size names (5000万元以上项目, 10亿元以上的项目, 3亿元以上市重点建设
#: 项目): after 以上 / 以下, a few words of a noun ending in 项目, 企业 or 工程
_CLASS_NOUN = re.compile(r"\s*的?\s*[^\d,，;；。、:：()（）]{0,8}?(?:项目|企业|工程)")
#: the same after 超过 (投资超过5亿元的项目): only with 的, which makes the bound a modifier
_OVER_CLASS_NOUN = re.compile(r"\s*的\s*[^\d,，;；。、:：()（）]{0,8}?(?:项目|企业|工程)")
#: hedges that bound a class
_BOUND_HEDGES = ("以上", "超", "以下")


def _classes_by_threshold(p: Parsed) -> None:
    """A figure that is a bound naming a class (5000万元以上项目44个; 其中15个项目完成投资进度
    超过50%,占……41.7%; 其中…等6个项目投资均完成年度计划的15%以上) is the class's threshold,
    not a measurement; the figures said of the class (its count, its amount, its share)
    carry the class's words before their subject, so that they are never taken for the
    whole list's."""
    _size_bands(p)
    for t, f in enumerate(p.figs):
        if f.hedge not in _BOUND_HEDGES or p.readings[t].threshold:
            continue
        after = p.view[f.vend : f.vend + 20]
        noun = _OVER_CLASS_NOUN if f.hedge == "超" else _CLASS_NOUN
        if f.family == "money" and noun.match(after):
            # a size class: what its clause goes on to say is the class's (项目15个,
            # 完成投资80亿元)
            of = "的" if after.lstrip().startswith("的") else ""
            _mark_class(p, t, _class_members_after(p, t), re.sub(r"\s", "", f.text) + of)
            continue
        if f.unit != "%" or f.hedge == "以下" or not re.match(r"\s*(?:[,，;；。]|$)", after):
            continue
        # a bound that ends a clause counting parts of a list (其中N个…超过P%): the N are
        # the class, and what the sentence goes on to say of the clause's subject (占…的P%)
        # (其中,甲项目、乙项目等6个项目投资均完成年度计划的15%以上: 其中 may open the
        # sentence, the names of the projects before their count)
        s0 = p.sent_start(f.vstart)
        opened = p.view.find("其中", s0, f.vstart)
        if opened < 0:
            continue
        count = None
        for k in range(t - 1, -1, -1):
            if p.figs[k].vstart < opened:
                break
            if p.figs[k].family == "count":
                count = k
                break
        if count is None or re.search(r"[,，;；]", p.view[p.figs[count].vend : f.vstart]):
            continue  # (the count and the bound in one clause)
        base = p.readings[count].subject
        said = re.sub(r"\s", "", p.view[p.figs[count].vend : f.vend])
        said = re.sub(r"^(?:均已|均|都|全部)", "", said.removeprefix(base) if base else said)
        carried = p.readings[t].subject
        members = [count] + [
            k for k in p.in_sentence(t) if k > t and p.readings[k].subject == carried
        ]
        for k in members[1:]:
            p.readings[k].subject = base
        _mark_class(p, t, members, said + "的")


#: what joins the two bounds of a size band (5亿元至10亿元, 5000万元-1亿元, 1至5亿元)
_BAND_JOIN = re.compile(r"\s*(?:至|到|~|～|-|－|—)\s*")
#: a band's upper bound printed as a bare unit (5000万元至亿元项目: one 亿元)
_BARE_TOP = re.compile(r"[千百十]?[亿万]元")
#: the noun of a band (之间的项目 as well as 的项目)
_BAND_NOUN = re.compile(r"\s*(?:之间)?" + _CLASS_NOUN.pattern.removeprefix(r"\s*"))


def _size_bands(p: Parsed) -> None:
    """A size band (5亿元至10亿元项目18个; 总投资在5000万元-1亿元的项目; 5000万元至亿元项目) is
    a class like 5亿元以上项目: its two bounds name it and measure nothing, and what its
    clause goes on to say is the band's. A lower bound joined to a class's threshold
    (1至5亿元以上项目) is that class's name, not an amount."""
    view = p.view
    for t, f in enumerate(p.figs):
        if f.family != "money" or f.hedge or p.readings[t].threshold:
            continue
        join = _BAND_JOIN.match(view, f.vend)
        if join is None:
            continue
        top, end = None, join.end()
        nxt = p.figs[t + 1] if t + 1 < len(p.figs) else None
        if nxt is not None and nxt.vstart == end and nxt.family == "money":
            if nxt.hedge in _BOUND_HEDGES:
                p.readings[t].threshold = True  # (1至5亿元以上项目: the class's name)
                continue
            if nxt.hedge:
                continue
            top, end, high = t + 1, nxt.vend, in_yi(nxt)
        else:
            bare = _BARE_TOP.match(view, end)
            if bare is None:
                continue
            end, high = bare.end(), _bare_size(bare[0])
        if not _BAND_NOUN.match(view[end : end + 20]):
            continue
        last = top if top is not None else t
        low = in_yi(f)  # (1至5亿元: the lower bound takes the upper's unit)
        of = "的" if re.match(r"\s*(?:之间)?的", view[end : end + 6]) else ""
        for k in (t, top):
            if k is not None:
                p.readings[k].threshold = True
        klass = re.sub(r"\s", "", view[f.vstart : end]) + of
        for k in _class_members_after(p, last):
            p.readings[k].klass = klass
            if low is not None and high is not None:
                p.readings[k].sizes = (low, high)


def _bare_size(word: str) -> float | None:
    """An amount a unit alone names, in 亿元 (亿元 -> 1, 千万元 -> 0.1)."""
    scale = magnitude(word.removesuffix("元"))
    return None if scale is None else scale / 1e8


def _class_members_after(p: Parsed, t: int) -> list[int]:
    """The figures said of the class a size threshold names: the next in its sentence, and
    those after it that carry the same subject on."""
    out: list[int] = []
    for k in range(t + 1, len(p.figs)):
        if (
            p.sent_of(k) != p.sent_of(t)
            or p.figs[k].hedge in _BOUND_HEDGES
            or p.readings[k].threshold  # (the next class's name: a band's bounds)
        ):
            break
        if out and p.readings[k].subject != p.readings[out[0]].subject:
            break
        out.append(k)
    return out


def _mark_class(p: Parsed, t: int, members: list[int], klass: str) -> None:
    p.readings[t].threshold = True
    for k in members:
        p.readings[k].klass = klass


_PART_OF_YEAR = re.compile(r"M01-M(?:0\d|1[01])$")


def _annual_plans(p: Parsed) -> None:
    """A year's investment printed in a text about part of the year (2021年计划实施项目100个,
    年度投资195亿元,截至5月末…) cannot be done yet: it is the year's plan."""
    for i, f in enumerate(p.figs):
        r = p.readings[i]
        if (
            r.measure == "完成投资"
            and _PART_OF_YEAR.match(r.period)
            and re.search(r"(?:年度|全年)投资(?:额)?(?:为|达)?$", p.before(i))
            and "完成" not in p.view[p.clause_start(f.vstart) : f.vstart]
        ):
            r.measure = "年度计划投资"


#: how a clause that names a subject without a figure ends (工业投资稳步增长,同比增长N%)
_TREND = re.compile(
    r"(?:稳步|快速|持续|较快|平稳|大幅|明显|保持|实现)*(?:增长|回升|下降|回落|提升|向好|恢复)?$"
)


#: the verb of a trend a subject keeps up, after the subject (…延续平稳向好趋势)
_TREND_VERB = re.compile(r"(?:延续|继续|保持|呈现)(?=[^,，;；。]*(?:趋势|态势|势头))")


def subject_of_clause_before(p: Parsed, i: int) -> str:
    """The subject named, with no figure, by the clause right before figure ``i``'s in its
    sentence (全市第一产业投资稳步增长,同比增长55.3%): figures whose own clause names none
    are that subject's."""
    f = p.figs[i]
    start, s0 = p.clause_start(f.vstart), p.sent_start(f.vstart)
    if start <= s0 or (i > 0 and p.figs[i - 1].vstart >= s0):
        return ""  # the first clause of its sentence, or a figure before it in the sentence
    words = p.view[max(s0, p.clause_start(start - 1)) : start - 1]
    # (规模以上工业增加值延续2月份平稳向好趋势; 到位资金比重继续保持上升趋势: the subject
    # comes before the verb of the trend it keeps up)
    words = _TREND_VERB.split(words, maxsplit=1)[0]
    if re.search(r"^\s*(?:在|从|随着|按|据|为|受)|下$|看$|中$|\d", words):
        return ""  # 在…带动下, 从…看: circumstances, not a subject
    subj = _clean_subject(_TREND.sub("", words), p.lex)
    return subj if 2 <= len(subj) <= 16 else ""


_SHARED_TAIL = re.compile(r"(?:投资|增加值|项目)$")


def _collective(p: Parsed, words: str) -> list[str]:
    """The parts of an exhaustive classification (the lexicon's) that ``words`` name all at
    once by their number and shared name (三次产业, 三大产业 -> 第一产业, 第二产业, 第三产业)."""
    for parts, _ in p.lex.exhaustive:
        shared = os.path.commonprefix([w[::-1] for w in parts])[::-1]
        if len(shared) < 2 or len(parts) > 9:
            continue
        numeral = "一二三四五六七八九"[len(parts) - 1]
        # (三产业 alone is the tertiary one; 一、三产业 two of them)
        # (三大产业集群, a cluster of three leading industries, is no classification)
        if re.search(
            rf"(?<![、,，一二三四五六七八九十第]){numeral}(?:次|大|个){shared}(?=对|占|的|增加值|分别|投资|结构|比|[,，]|$)",
            words,
        ):
            return list(parts)
    return []


def names_before(p: Parsed, pos: int) -> list[str]:
    """The subjects listed before 分别 (工业投资增速和制造业投资增速; 一、三产业), a shared
    tail given to each (一、三产业 -> 第一产业, 第三产业). The names follow the clause's last
    figure (…分别为5.1%和65.1%增速分别比…, its comma lost: none)."""
    head = p.view[p.clause_start(pos) : pos]
    before = bisect.bisect_left(p.starts, pos) - 1
    if before >= 0 and p.figs[before].vend > p.clause_start(pos):
        head = p.view[p.figs[before].vend : pos]
    names = [
        re.split(r"占|的比重|比重|增速|增幅|完成|实现|投资额|对(?=[^,;。对]*贡献)", n)[0]
        for n in re.split(r"[、和与及]", _clean_subject(head, p.lex))
    ]
    names = [n for n in names if n]
    if len(names) < 2:
        # (三次产业占GDP的比重为…,对经济增长的贡献率分别为6%、41.4%、52.6%: the sentence's
        # collective subject names the parts of a classification, in their order)
        return _collective(p, p.view[p.sent_start(pos) : pos])
    last = names[-1]
    bare = last.lstrip("一二三四五六七八九十第")
    # the tail the names share: what follows the numeral (一、三产业 -> 产业), else the
    # measure the last name ends with (工业和技改投资 -> 工业投资, 技改投资)
    tail = bare if bare != last else (m.group(0) if (m := _SHARED_TAIL.search(last)) else "")
    out = []
    for n in names:
        if tail and len(n) < len(last) and not n.endswith(last[-2:]):
            # (第一产业 with the tail 产业投资: the words they share are said once)
            shared = next(
                (j for j in range(min(len(n), len(tail)), 0, -1) if n.endswith(tail[:j])), 0
            )
            n = n + tail[shared:]
        n = p.lex.short_names.get(n, n)  # (一、二、三产: 第一产业, 第二产业, 第三产业)
        if (
            (names[0].startswith("第") or tail.startswith("产"))
            and not n.startswith("第")
            and n[:1] in "一二三四五六七八九十"
        ):
            n = "第" + n  # 第一、二、三产业 -> 第二产业; 一、三产业 -> 第一产业 (ordinals)
        out.append(n)
    return out


def _run_from(p: Parsed, first: int) -> list[int]:
    """The figures printed one after another from ``first``, joined by 、 or 和 (5.2%、5.5%)."""
    figs = [first]
    for k in range(first + 1, min(len(p.figs), first + _NEAR)):
        if re.fullmatch(r"\s*[、,和及与]+\s*", p.view[p.figs[figs[-1]].vend : p.figs[k].vstart]):
            figs.append(k)
        else:
            break
    return figs


def _distribute(p: Parsed) -> None:
    """ "A、B分别为x、y": the names before 分别 go to the figures after it, in order; a later
    run of as many figures in the same sentence that names no subjects of its own goes on
    with the same names (民间投资、产业投资分别增长6.8%、6.1%,占全部投资的比重达到70.4%、
    72.1%,分别比上年同期提高3.1、2.8个百分点)."""
    named_runs: dict[int, tuple[list[int], list[str]]] = {}  # sentence -> the last run named
    for m in re.finditer(r"分别", p.view):
        after = list(range(bisect.bisect_right(p.starts, m.end()), len(p.figs)))[:_NEAR]
        if not after or p.clause[p.figs[after[0]].vstart] != p.clause[m.start()]:
            continue
        figs = _run_from(p, after[0])
        if len(figs) < 2:
            continue
        # one measure for the run (增速分别为30.4%和26.8%: both growth rates)
        first = p.readings[figs[0]]
        for k in figs[1:]:
            if p.figs[k].kin == p.figs[figs[0]].kin:
                p.readings[k].measure, p.readings[k].sign = first.measure, first.sign
        head = p.view[p.clause_start(m.start()) : m.start()]
        names = re.findall(r"[“\"]([^”\"]{1,12})[”\"]", head)
        noun = re.search(r"[”\"]([^“”\"、,]{1,6})$", head)
        if len(names) >= len(figs):
            names = [_clean_subject(n + (noun.group(1) if noun else ""), p.lex) for n in names]
        else:
            names = names_before(p, m.start())
        if len(names) != len(figs):
            continue
        for k, name in zip(figs, names[-len(figs) :]):
            p.readings[k].subject = name
        named_runs[p.sent_of(figs[0])] = (figs, names[-len(figs) :])
    _carry_names(p, named_runs)


def _carry_names(p: Parsed, named_runs: dict[int, tuple[list[int], list[str]]]) -> None:
    """A run of figures after a run that 分别 named, in a later clause of the same
    sentence, with no names of its own and as many figures: the same names, in order."""
    k = 0
    while named_runs and k < len(p.figs):
        named = named_runs.get(p.sent_of(k))
        if named is None:
            k += 1  # (no run named in this sentence: none to carry; a run ends with it)
            continue
        run = _run_from(p, k)
        k = run[-1] + 1
        if len(run) != len(named[0]) or run[0] <= named[0][-1]:
            continue
        figs, names = named
        if p.clause[p.figs[run[0]].vstart] == p.clause[p.figs[figs[-1]].vstart]:
            continue  # (one clause: the run is the named run's own)
        if any(p.sent_of(j) != p.sent_of(run[0]) for j in figs):
            continue
        head = p.view[p.figs[run[0] - 1].vend : p.figs[run[0]].vstart]
        if not _ONLY_A_ROLE.fullmatch(head.split(",")[-1].split("，")[-1]):
            # (…,全省为9.0%、6.0%; 上年同期为…; 其中亿元以上项目完成投资…: words of a
            # subject, a place, a period of their own; the run is not the names')
            continue
        p.memo.setdefault("carried", []).append((run, names))
        for j, name in zip(run, names):
            p.readings[j].subject = name
            if p.figs[j].kin == p.figs[run[0]].kin:  # (one measure for the run: its first's)
                p.readings[j].measure = p.readings[run[0]].measure
                p.readings[j].sign = p.readings[run[0]].sign


#: the words of a clause that only say what its run of figures measures (占全部投资的比重达到,
#: 分别比上年同期提高, 增速分别为, 完成投资): no subject, place or period of their own
_ONLY_A_ROLE = re.compile(
    r"\s*(?:分别)?(?:"
    r"占[^,;。\d]{0,12}?(?:的)?(?:比重|比例)?"
    r"|(?:增速|增幅|占比|比重)?(?:分别)?(?:比|较)(?:上年|去年)(?:同期)?(?:分别)?"
    r"(?:提高|提升|上升|增加|下降|回落|降低|加快|放缓)了?"
    r"|同比(?:分别)?(?:增长|下降)"
    r"|(?:增速|增幅|增长|下降|完成投资|实现增加值|完成|实现|投资额?|金额|签约金额|到位资金)"
    r")?(?:分别)?(?:为|是|达到?)?\s*"
)


def _month(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_SMALL[s[1]]
    return _CN_SMALL.get(s, 0)


def _period_token(m: re.Match) -> str:
    if m.group("range"):
        a, b = int(m.group("a")), int(m.group("b"))
        return f"M{a:02d}-M{b:02d}" if a == 1 else f"M{a:02d}-M{b:02d}"
    if m.group("c"):
        return f"M01-M{int(m.group('c')):02d}"
    if m.group("d"):
        return f"M01-M{_month(m.group('d')):02d}"
    if m.group("half"):
        return "M01-M06"
    if m.group("q3"):
        return "M01-M09"
    if m.group("q1"):
        return "M01-M03"
    if m.group("e") or m.group("e2"):
        month = int(m.group("e") or m.group("e2"))
        return f"M{month:02d}-M{month:02d}"  # one month: 2月份
    return "YTD"


def _in_aside(view: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracketed aside on its line ((7月份补充纳入…)): a period
    named there is the aside's, not the sentence's."""
    return _depths(view)[pos] > 0


@lru_cache(maxsize=4)
def _depths(view: str) -> array:
    """For each position of ``view``, how many brackets opened on its line before it are
    still open (counted once per text: a line may run to megabytes)."""
    out = array("i", bytes(4 * (len(view) + 1)))
    depth = 0
    for i, ch in enumerate(view):
        out[i] = depth
        if ch == "\n":
            depth = 0
        elif ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
    out[len(view)] = depth
    return out


def _read_periods(p: Parsed) -> None:
    """Each figure's period: the period phrase before it in its sentence, else in its
    paragraph (before, then after), else one carried from a list's opening line, else a
    stock at the publication date (增加到, 现已 ...) or the year."""
    phrases = [(s, token) for s, token, aside in _period_phrases(p) if not aside]
    starts = [s for s, _ in phrases]
    carry: dict[int, str] = {}
    paras = p.view.split("\n")
    pos = 0
    prev_intro = ""
    for k, line in enumerate(paras):
        own = [
            t
            for _, t in phrases[
                bisect.bisect_left(starts, pos) : bisect.bisect_left(starts, pos + len(line))
            ]
        ]
        stripped = line.strip()
        if prev_intro and not own and stripped[:1] in '“"—-(（·•':
            carry[k] = prev_intro
        elif own and stripped.endswith((":", "：")):
            prev_intro = own[-1]
            carry[k] = own[-1]
            pos += len(line) + 1
            continue
        else:
            prev_intro = carry.get(k, "") if stripped[:1] in '“"' else ""
        if carry.get(k) and stripped.endswith((":", "：")):
            prev_intro = carry[k]
        pos += len(line) + 1
    for i, f in enumerate(p.figs):
        r = p.readings[i]
        s0, s1 = p.sent_start(f.vstart), p.sent_end(f.vstart)
        para = p.para[f.vstart]
        at = bisect.bisect_left(starts, f.vstart)  # phrases before the figure: [:at]
        if at and (starts[at - 1] >= s0 or p.cell(i) is not None):
            r.period = phrases[at - 1][1]  # (a table's: the last period above it, its title's)
            continue
        if _list_stock(p, i):
            r.period = "YEAR"  # the size of a project list (and its rank) is the year's
            continue
        before = phrases[at - 1][1] if at and p.para[starts[at - 1]] == para else None
        after = phrases[at][1] if at < len(phrases) and p.para[starts[at]] == para else None
        if before:
            r.period = before
        elif after:
            r.period = after
        elif para in carry:
            r.period = carry[para]
        elif phrases and _sentence_has_flow(p, i):
            # a release's flows share the period of its lead: its first period with months
            # (今年以来……今年1-7月份: January to July)
            r.period = next((t for _, t in phrases if t != "YTD"), phrases[0][1])
        elif _sentence_has_stock_word(p, i, s0, s1):
            r.period = "ASOF"
        else:
            r.period = "YEAR"
        if not (at and starts[at - 1] >= s0):
            _month_before_cumulative(p, i, phrases, at)


#: words before a level that make it one month's flow (新增投资, 当月完成), and words that make
#: it a stock or another span (自开工以来累计, 全年, 2020年)
_MONTH_FLOW = re.compile(r"新增|当月|本月|单月")
_NOT_MONTH_FLOW = re.compile(r"以来|累计|全年|(?:19|20)\d\d\s*年|去年|上年")


def _month_before_cumulative(p: Parsed, i: int, phrases: list[tuple[int, str]], at: int) -> None:
    """A month's flow with no period of its own in its sentence (新增投资12.6亿元), followed
    there by the same measure cumulated from January (1~7月累计完成投资64.32亿元): it is the
    last month's alone."""
    f = p.figs[i]
    if at >= len(phrases) or f.family not in LEVEL_FAMILIES:
        return
    start, token = phrases[at]
    m = re.fullmatch(r"M01-M(\d\d)", token)
    if m is None or m.group(1) == "01" or start >= p.sent_end(f.vstart):
        return
    clause = p.view[p.clause_start(f.vstart) : f.vstart]
    if not _MONTH_FLOW.search(clause) or _NOT_MONTH_FLOW.search(clause):
        return
    if not re.match(
        r"[^,，;；。\d]{0,6}累计", re.split(r"\d\s*月", p.view[start : start + 16], maxsplit=1)[-1]
    ):
        return
    later = [k for k in p.in_sentence(i) if k > i and p.figs[k].vstart > start]
    if later and p.readings[later[0]].measure == p.readings[i].measure:
        p.readings[i].period = f"M{m.group(1)}-M{m.group(1)}"


def _sentence_has_flow(p: Parsed, i: int) -> bool:
    """Whether figure i's sentence holds a flow (once per sentence: a sentence may hold
    thousands of figures)."""
    memo = p.memo.setdefault("sentence_flow", {})
    s = p.sent_of(i)
    if s not in memo:
        memo[s] = any(_is_flow(p, k) for k in p.in_sentence(i))
    return memo[s]


def _sentence_has_stock_word(p: Parsed, i: int, s0: int, s1: int) -> bool:
    memo = p.memo.setdefault("sentence_stock", {})
    s = p.sent_of(i)
    if s not in memo:
        memo[s] = any(w in p.view[s0:s1] for w in p.lex.stock_words)
    return memo[s]


def _is_flow(p: Parsed, k: int) -> bool:
    """A figure measured over the period (investment completed, its share of the plan,
    growth, a rate), as opposed to a stock or a list size."""
    m = p.readings[k].measure
    return m in ("完成投资", "占年度计划", "增长", "增加额") or m in p.lex.rates


def _list_stock(p: Parsed, i: int) -> bool:
    """A count of listed projects, or its rank, in a sentence that prints no flow (no amount,
    no percentage) and names no period of its own: the size of the year's list."""
    f, r = p.figs[i], p.readings[i]
    if f.family not in ("count", "rank") or "项目" not in r.subject:
        return False
    return all(p.figs[k].family in ("count", "rank") for k in p.in_sentence(i))


# --- statements --------------------------------------------------------------------

#: the relations this grammar reads (the catalogue in :mod:`.relations` lists them with its
#: own): name, family, engine kind, roles, an example of the wording
GRAMMAR_RELATIONS: list[tuple[str, str, str, tuple[str, ...], str]] = [
    (
        "share_of_plan",
        "share_of_plan",
        "share_of_plan",
        ("amount", "share", "plan"),
        "完成投资150亿元,年度计划投资300亿元,占年度计划的50%",
    ),
    (
        "rate_of_counts",
        "ratio",
        "ratio",
        ("part", "whole", "stated"),
        "计划新开工项目90个,已开工72个,开工率80%",
    ),
    (
        "schedule_gap",
        "gap",
        "schedule",
        ("share", "gap"),
        "1-4月……占年度计划的40%,高于时序进度6.7个百分点",
    ),
    (
        "gap_to_region",
        "gap",
        "gap",
        ("value", "gap"),
        "工业投资增长12.5%,高于全省3.5个百分点",
    ),
    (
        "share_change",
        "growth",
        "share_change",
        ("before", "after", "change"),
        "占比由上年同期的35.8%提升至41.0%,提升了5.2个百分点",
    ),
    (
        "absolute_change",
        "difference",
        "change",
        ("level", "change", "growth"),
        "完成投资120亿元,同比增长20%,较去年同期增加20亿元",
    ),
    (
        "breakdown_sum",
        "subset",
        "sum",
        ("part", "whole"),
        "市重点项目300个。其中,产业项目180个;基础设施项目120个",
    ),
    (
        "part_within",
        "subset",
        "subset",
        ("part", "whole"),
        "500个项目完成投资2000亿元,其中300个项目完成投资1500亿元",
    ),
    (
        "parts_listed_by_name",
        "subset",
        "sum",
        ("part", "whole"),
        "全市新签约项目40个,分别为:甲县20个、乙县12个、丙区8个",
    ),
    (
        "rates_of_listed_parts",
        "ratio",
        "ratio",
        ("part", "whole", "stated"),
        "……项目40个,分别为:甲县20个…;……开工项目25个,分别为:甲县15个…。开工率分别为:甲县75%…",
    ),
]


def find_statements(p: Parsed) -> list[Statement]:
    """Every statement of the text that names a claim kind, with its figures."""
    out: list[Statement] = _share_changes(p)
    in_change = p.in_change
    lex = p.lex
    for i, f in enumerate(p.figs):
        r = p.readings[i]
        b = p.before(i)
        if i in in_change:
            pass  # the shares of a 由A%提高到B% statement, read above (ranks and
            # hedges below still apply)
        elif f.unit == "%" and r.measure == "高于时序进度":
            st = _gap(p, i, b)  # 超进度42.31%: points printed as a percentage
            if st:
                out.append(st)
        elif f.family == "percent" and f.unit == "%":
            st = _rate_or_share(p, i, b)
            if st:
                out.append(st)
            st = _against_the_schedule(p, i)
            if st:
                out.append(st)
            if r.measure == "增长":
                aside = _in_aside(p.view, f.vstart)
                lvl = p.previous(
                    i,
                    lambda k, aside=aside: (
                        p.figs[k].family in LEVEL_FAMILIES
                        and p.readings[k].measure != "增加额"  # (增加1890个,增长36.1%)
                        # 60个(其中亿元以上25个),同比增长20%: the growth of the 60
                        and (aside or not _in_aside(p.view, p.figs[k].vstart))
                    ),
                )
                if lvl is not None and p.sent_of(lvl) == p.sent_of(i):
                    out.append(
                        Statement(
                            "growth",
                            [("level", lvl), ("growth", i)],
                            None,
                            start=p.figs[lvl].vstart,
                            end=f.vend,
                        )
                    )
        elif f.unit == "个百分点":
            st = _gap(p, i, b)
            if st:
                out.append(st)
        elif f.family in ("money", "count") and r.measure == "增加额":
            lvl = p.previous(
                i,
                lambda k, unit=f.kin, fam=f.family: (
                    p.figs[k].family == fam
                    and p.figs[k].kin == unit
                    and p.readings[k].measure != "增加额"
                ),
            )
            if lvl is not None:
                g = p.previous(
                    i, lambda k, first=lvl: p.readings[k].measure == "增长" and k > first
                )
                nxt = i + 1
                if (
                    g is None
                    and nxt < len(p.figs)
                    and p.readings[nxt].measure == "增长"
                    and p.sent_of(nxt) == p.sent_of(i)
                    and re.fullmatch(
                        r"\W*(?:同比)?(?:增长|下降)", p.view[f.vend : p.figs[nxt].vstart]
                    )
                ):
                    g = nxt  # (比上年同期增加1890个,同比增长36.1%: the growth right after)
                roles = [("level", lvl), ("change", i)] + ([("growth", g)] if g else [])
                # (the figure printed last is the one the two before it test)
                tested = max(i, g) if g else None
                out.append(
                    Statement(
                        "change",
                        roles,
                        tested,
                        start=p.figs[lvl].vstart,
                        end=p.figs[max(i, g or i)].vend,
                    )
                )
        elif f.family == "money" and r.measure == "超计划":
            st = _excess_over_plan(p, i)
            if st:
                out.append(st)
        if f.family == "rank":
            m = re.search(r"(全省|全国|全市)", p.before(i, "sentence"))
            comp = lex.comparators.get(m.group(1), "province") if m else "province"
            out.append(
                Statement("rank", [("rank", i)], None, comparator=comp, start=f.vstart, end=f.vend)
            )
        if f.hedge is not None:
            out.append(Statement("hedged", [("figure", i)], None, start=f.vstart, end=f.vend))
    out += _sums(p)
    out += _levels_in_brackets(p)
    out += _levels_listed(p)
    out += _rates_of_listed_parts(p)
    out += _paragraph_lists(p)
    out += _listed(p)
    out += _slogans(p)
    # a class's threshold is a bound that names it, not a measurement: nothing is said of it
    return [st for st in out if not any(p.readings[k].threshold for _, k in st.roles)]


def _names_in(words: str) -> int:
    """How many names a run of words lists (A、B(…)、C), brackets set aside; entries that
    say more than a name are set apart by semicolons (A项目,总投资7亿元;B项目,…)."""
    words = re.sub(r"[(（][^)）]*[)）]", "", words).strip(" ,，。;；")
    sep = "[;；]" if re.search("[;；]", words) else "、"
    return len([w for w in re.split(sep, words) if w.strip()]) if words else 0


def _names_counted(words: str, count: float) -> tuple[int, str]:
    """How many names a list of names holds, and the assumption that reading rests on: the
    last entry may join two names with 和, 及 or 与 (A、B和C), or be one name that holds the
    word itself; the reading the printed count fits is taken. A count that more joins
    could reach rests on how the names are counted (``names_counted``); one that no
    reading reaches disagrees with the list as it reads best."""
    listed = _names_in(words)
    bare = re.sub(r"[(（][^)）]*[)）]", "", words).strip(" ,，。;；")
    if re.search("[;；]", bare):
        return listed, ""  # (entries that say more than a name: one name each)
    # (…丁市和戊区,其中甲县和乙县为主会场: the list ends at its comma)
    head, sep, last = bare.rpartition("、")
    tail = re.split("[,，]", last)[0]
    bare = head + sep + tail
    joined = listed + len([w for w in re.split(r"和|及|与", tail) if w.strip()]) - 1
    most = listed + len(re.findall(r"和|及|与", bare))
    if count in (listed, joined):
        return int(count), ""
    return joined, "names_counted" if listed <= count <= most else ""


def _excess_over_plan(p: Parsed, i: int) -> Statement | None:
    """超计划N亿元 after a completed amount and the plan it is measured on, both printed in
    the sentence: the excess is the amount less the plan."""

    def before(measure: str, first: int = -1) -> int | None:
        return p.previous(
            i,
            lambda k: (
                k > first and p.figs[k].kin == p.figs[i].kin and p.readings[k].measure == measure
            ),
        )

    plan = before("年度计划投资")
    amount = before("完成投资", plan if plan is not None else -1)
    if plan is None or amount is None:
        return None
    roles = [("level", amount), ("base", plan), ("change", i)]
    return Statement("change", roles, i, start=p.figs[plan].vstart, end=p.figs[i].vend)


def _listed(p: Parsed) -> list[Statement]:
    """A count of names the text then lists: N个X……(分别)为: A、B、C, or A、B、C等N个X when
    the names are at least N (fewer are examples of the N, not a list of them)."""
    out = []
    view = p.view
    for k, f in enumerate(p.figs):
        if f.family not in ("count", "rank") or (f.hedge not in (None, "内")):
            continue
        end = p.sent_end(f.vend)
        nxt = p.figs[k + 1].vstart if k + 1 < len(p.figs) else len(view)
        head = (
            re.match(r"[^,，。;；:：]{0,16}?(?:分别)?(?:为|是|有|包括)\s*[:：]", view[f.vend : end])
            or re.match(  # (8个项目,分别是:…; 有8个盟市的增速超过全区平均水平,分别是A…、B…)
                r"[^,，。;；:：]{0,16}[,，]\s*分别(?:为|是)\s*[:：]?(?=\D)", view[f.vend : end]
            )
        )
        if head is None and f.family == "rank" and f.hedge == "内":
            # 前5名是A…、B…、C…: a ranking whose members follow, each with its figure
            head = re.match(r"[^,，。;；:：\d]{0,6}?(?:是|为|依次为|分别为)", view[f.vend : end])
            if head:
                end = min([end, *(e for e in (view.find(c, f.vend, end) for c in ";；") if e > 0)])
        if head and f.vend + head.end() <= nxt:
            if re.search("[:：]$", head.group(0)):
                # a list a colon opens runs to its full stop, past the semicolons that set
                # its entries apart (分别是:A项目,总投资7亿元;B项目,…。)
                stop = re.compile(r"[。\n]").search(view, f.vend)
                end = stop.start() if stop else len(view)
            names = view[f.vend + head.end() : end]
            inside = [g for g in p.figs[k + 1 :] if g.vstart < end]
            if any(g.family == "count" for g in inside) or re.search(
                r"等\S{0,4}$", names.strip(" ,，。;；")
            ):
                # (项目25个,分别为:工业项目10个、…: a breakdown of the count; A、B等项目:
                # examples of the count, not its list)
                continue
            n, assumption = _names_counted(names, f.value)
            if n >= 2:
                out.append(
                    Statement(
                        "listed",
                        [("count", k)],
                        k,
                        bound=str(n),
                        start=f.vstart,
                        end=end,
                        assumption=assumption,
                    )
                )
            continue
        before = p.before(k)
        named = re.fullmatch(
            r"\s*((?:[^,，。;；:：、\d]{2,16}、)+[^,，。;；:：、\d]{2,16})", before
        )
        if (
            named
            and f.family == "count"
            and f.hedge is None
            and f.value <= 20
            and not re.search(r"(?:等|各|共|均|都)\s*$", before)
        ):
            # 地区生产总值、规模以上工业增加值、一般公共预算收入三项指标: the names are the count
            n, _ = _names_counted(named.group(1), f.value)
            out.append(
                Statement(
                    "listed",
                    [("count", k)],
                    k,
                    bound=str(n),
                    start=f.vstart - len(before),
                    end=f.vend,
                    # names before a count may be more than its list (a name may hold 和
                    # or 及, or the run may start before the list): a count that fits no
                    # reading is unchecked
                    assumption="" if n == f.value else "names_counted",
                )
            )
            continue
        m = re.search(r"([^,，。;；:：]*、[^,，。;；:：]*)等$", before)
        if m and f.family == "count" and f.hedge is None and "、" in m.group(1):
            n = _names_in(m.group(1))
            if n >= f.value:
                out.append(
                    Statement(
                        "listed",
                        [("count", k)],
                        k,
                        bound=str(n),
                        start=f.vstart - len(m.group(0)),
                        end=f.vend,
                    )
                )
    return out


#: words by a count that make it a stage reached (已有63个项目开工, 落地17个)
_STAGE_REACHED = r"(已|实际|完成|落地|开工|竣工|投产|办结|到位)"


def _stage(p: Parsed, k: int) -> bool:
    """Whether count ``k`` is of projects that reached a stage (已有63个项目开工建设, 17个项目
    正式开工, 开工28个), not a list named by one (省集中开工项目总数138个, 新开工项目40个)."""
    before = p.before(k, "clause")
    return bool(
        re.search(r"(?:已|实际)(?:经)?(?:有|达到?)?$", before)  # (已有63个; not 已确定…138个)
        or re.search(rf"(?:已|实际)(?:经)?{_STAGE_REACHED}", before[-10:])
        or re.search(rf"{_STAGE_REACHED}(?:了|达到?)?$", before)
        or re.match(rf"[^,;。]{{0,6}}?{_STAGE_REACHED}(?!项目)", p.after(k))
    )


def _rate_of_a_class(p: Parsed, count: int, i: int) -> Statement | None:
    """“三比一提升”5亿元以上项目25个,开工率46.3%, after 已有63个项目开工…。其中,: a class
    of the stage's projects (by 其中) counted before (5亿元以上项目54个) is the base of its
    own count's rate; which list's class, the words do not say, so where the class was
    counted more than once each count is a reading, the nearest first."""
    klass = p.readings[count].klass
    if not klass:
        return None
    before = [
        k
        for k in range(max(0, i - 4 * _NEAR), count)
        if p.figs[k].family == "count"
        and p.readings[k].klass == klass
        and (p.figs[k].number or 0) > (p.figs[count].number or 0)
        and not _stage(p, k)
    ]
    stages = [
        k
        for k in range(before[-1] + 1 if before else count, count)
        if _stage(p, k) and not _in_aside(p.view, p.figs[k].vstart)
    ]
    if not stages or "其中" not in p.view[p.figs[stages[-1]].vend : p.figs[count].vstart]:
        return None
    if len(before) == 1:
        return _ratio(p, count, before[0], i, before[0])
    return one_of([_ratio(p, count, k, i, k) for k in reversed(before)], "rate_base")


def _rate_or_share(p: Parsed, i: int, b: str) -> Statement | None:
    f, r, lex = p.figs[i], p.readings[i], p.lex
    part: int | None
    whole: int | None
    sent = p.in_sentence(i)
    if r.measure == "占年度计划" or (
        r.measure == "完成率"
        and p.previous(i, lambda k: p.figs[k].family == "money") is not None
        and (
            re.search("投资", b)
            # 完成投资1594.2亿元,完成率69.1%: the rate of the amount right before it
            or (p.figs[i - 1].family == "money" and p.readings[i - 1].measure == "完成投资")
        )
    ):
        # 占计划目标510亿元的68.9%: a plan printed inside the share's own clause, after 占,
        # is no amount
        clause = p.view[p.clause_start(f.vstart) : f.vstart]
        occupied = re.search(r"占[^,;。]*$", clause)
        after_zhan = f.vstart - (len(occupied.group(0)) if occupied else 0)

        def completed(k: int) -> bool:
            return (
                p.figs[k].family == "money"
                and p.readings[k].measure in ("完成投资", "金额")
                and p.figs[k].vstart < after_zhan
            )

        amount = p.previous(i, completed, "sentence")
        if amount is None:
            # 已完成年度计划的50.4%,完成投资206.7亿元: the amount right after, in its sentence
            nxt = i + 1
            if (
                nxt < len(p.figs)
                and p.sent_of(nxt) == p.sent_of(i)
                and p.figs[nxt].family == "money"
                and p.readings[nxt].measure == "完成投资"
            ):
                amount = nxt
        if amount is None:
            amount = p.previous(i, completed, "paragraph")
        if amount is None:
            return None
        plan = p.previous(
            i,
            lambda k: (
                k != amount
                and p.readings[k].measure == "年度计划投资"
                and p.figs[k].kin == p.figs[amount].kin
            ),
            "paragraph",
        )
        if plan is not None and p.sent_of(plan) < p.sent_of(amount) - 1 - _breakdown_sentences(
            p, plan, amount
        ):
            plan = None
        if (
            plan is not None
            and p.sent_of(plan) != p.sent_of(amount)
            and _opens_with_qizhong(p, plan)
            and not _opens_with_qizhong(p, amount)
        ):
            # (81个…年度计划投资180.3亿元。其中…新开工项目…76.53亿元。上半年完成投资89.63亿元,
            # 占年计划的49.71%: the list's plan, not its last part's)
            plan = p.previous(
                plan,
                lambda k: (
                    p.readings[k].measure == "年度计划投资"
                    and p.figs[k].kin == p.figs[amount].kin
                    and not _opens_with_qizhong(p, k)
                ),
                "paragraph",
            )
        elsewhere = False
        if plan is None:
            plan = _plan_of_list(p, amount)
            elsewhere = plan is not None
        # 完成全年800亿元目标任务的30%: the plan printed inside the share's own clause
        inside = [
            k
            for k in range(amount + 1, i)
            if p.figs[k].vstart >= p.clause_start(f.vstart)
            and p.figs[k].family == "money"
            and p.figs[k].kin == p.figs[amount].kin
        ]
        if inside:
            plan, elsewhere = inside[-1], False
        roles = [("amount", amount), ("share", i)] + ([("plan", plan)] if plan is not None else [])
        annual = re.compile(r"年度|全年|今年|本年|年计划")
        if elsewhere and plan is not None:
            # the list's plan printed in another passage (全市计划目标510亿元 … 占省政府下达
            # 奋斗目标的66.3%): that it is the plan the share is of is a reading
            return Statement(
                "share_of_plan",
                roles,
                i,
                start=p.figs[plan].vstart,
                end=f.vend,
                assumption="plan_elsewhere",
            )
        return Statement(
            "share_of_plan",
            roles,
            i if plan is not None else None,
            start=p.figs[plan if plan is not None else amount].vstart,
            end=f.vend,
            # 1-8月计划投资496.9亿元……完成年度计划投资的85.81%: a plan the text does not
            # call annual, taken as the annual plan the share names
            assumption="plan_not_named_annual"
            if plan is not None
            and annual.search(b)
            and not annual.search(p.before(plan))
            and not annual.search(p.before(plan, "sentence")[-12:])
            else "",
        )
    if r.measure in lex.rates:
        if re.search("投资" + re.escape(r.measure), b):
            return None  # 投资完成率: money over plan, not a count of a count
        if re.match(r"[^,;。]{0,4}(?:的)?(?:目标|要求)", p.after(i)) or "要求" in b:
            return None  # 落地率25%的目标: a target, not a rate of printed counts
        if "分别" in p.view[p.clause_start(f.vstart) : f.vstart] and any(
            p.figs[j].unit == "%" and p.sent_of(j) == p.sent_of(i)
            for j in (i - 1, i + 1)
            if 0 <= j < len(p.figs)
        ):
            return None  # 落地率分别达到47%、49%…: one rate per place, their counts unprinted
        aside = _in_aside(p.view, f.vstart)

        def own(k: int) -> bool:
            # (…开工率46.3%(其中省重大项目已有2个开工,…);1-5亿元项目38个,开工率45.2%: a
            # stage an aside reports is its own, no part of a rate outside it; a list's size
            # in brackets, 省重点项目(120个)中, is the list's)
            return aside or not (_in_aside(p.view, p.figs[k].vstart) and _stage(p, k))

        counts = [k for k in sent if k < i and p.figs[k].family == "count" and own(k)]
        if counts and counts[-1] == i - 1:
            of_class = _rate_of_a_class(p, counts[-1], i)
            if of_class is not None:
                return of_class
        if len(counts) < 2:
            # the counts may stand in the sentence before (a rate printed on its own)
            prev = [
                k
                for k in range(max(0, i - _NEAR), i)
                if p.para_of(k) == p.para_of(i)
                and p.sent_of(k) >= p.sent_of(i) - 1
                and p.figs[k].family == "count"
                and own(k)
            ]
            counts = prev[-2:] if len(prev) >= 2 else counts

        if len(counts) == 1 and _stage(p, counts[0]) and r.measure in b[-len(r.measure) - 2 :]:
            # 已有63个项目开工建设,开工率45.7%: a stage reached by a list the passage does not
            # print; which list, the text's earlier counts say (no class by a size: a class's
            # own count is named with it), the nearest first
            wholes = [
                k
                for k in unnamed_wholes(p, counts[0], i)
                if not p.readings[k].klass
                and not p.readings[k].threshold
                and not _stage(p, k)
                and "其中" not in p.before(k, "clause")  # (其中产业项目150个: a part, no list)
            ]
            if wholes:
                return one_of([_ratio(p, counts[0], k, i, k) for k in wholes], "whole_unnamed")
        if len(counts) < 2:
            return None
        part = next(
            (
                k
                for k in reversed(counts)
                # (a stage word anywhere by the count: the part, of the counts printed)
                if re.search(_STAGE_REACHED, p.before(k, "clause") + p.after(k))
            ),
            counts[-1],
        )
        wholes = [k for k in counts if k != part and k < part]
        if not wholes:
            return None
        # 省领导挂钩项目开工率达86.9%: a rate that names a list of its own is of that list,
        # not of the counts of another list before it
        named = _clean_subject(
            re.sub(r"^.*?(?:底|末|以来|月份?|季度|年)[,，]?", "", b[: b.find(r.measure)]), lex
        )
        if len(re.findall(r"[\u4e00-\u9fff]", named)) >= 4 and all(
            _overlap(named, p.readings[k].subject) < 0.5 for k in wholes
        ):
            return None
        prefix = b[max(0, b.find(r.measure) - 4) : b.find(r.measure)]
        whole = wholes[-1]
        if re.search(r"年度|全年", prefix):
            w = [k for k in wholes if re.search(r"本年度|年度|全年|今年", p.before(k, "clause"))]
            whole = w[-1] if w else whole
        elif "时序" in prefix:
            w = [k for k in wholes if re.search(r"月", p.before(k, "clause"))]
            whole = w[-1] if w else whole
        value = p.figs[part].number or 0
        # the counts before the part in its paragraph, nearest first
        earlier = [
            k
            for k in range(part - 1, max(-1, part - _NEAR), -1)
            if p.para_of(k) == p.para_of(part) and p.figs[k].family == "count"
        ]
        others = [k for k in earlier if k != whole and (p.figs[k].number or 0) >= value]
        if (
            others
            and (p.figs[whole].number or 0) < value
            and f.number is not None
            and f.number <= 100
        ):
            # 重点项目29个。其中产业项目25个,基础设施项目4个……已开复工23个,开复工率79.3%:
            # the count right before is a part of the list (4 < 23), not the rate's base;
            # which list it is, the sentence does not say: the counts that can hold the
            # part are readings, the nearest first
            return one_of([_ratio(p, part, k, i, k) for k in [whole, *others]], "rate_base")
        return _ratio(p, part, whole, i, whole)
    inline = _whole_inside(p, i)
    if inline is not None:
        return inline
    if r.measure.startswith("占") and r.measure != "占年度计划":
        part = p.previous(i, lambda k: p.figs[k].family in LEVEL_FAMILIES)
        if part is None:
            return None
        if in_level_list(p, part):
            return None  # 分别完成106亿元、95亿元、45亿元,占…85%: the share of them all
        if "分别" in p.view[p.clause_start(f.vstart) : f.vstart]:
            return None  # 分别占全区的17.03%、16.14%: each of a part of its own (the items')
        # 占榆林市总量的34.1%: the text's own place names no whole of its own (its total)
        x = _without_own_place(r.measure[1:], p, p.own_place)
        cands = [
            k
            for k in range(max(0, i - _NEAR), i)
            if k != part and p.figs[k].kin == p.figs[part].kin
        ]
        if x and x != "比":
            scored = [(_overlap(x, p.readings[k].subject), k) for k in cands]
            scored = [s for s in scored if s[0] >= 0.5]
            if scored:
                best = max(scored)[1]
                others = [
                    k
                    for _, k in sorted(scored, reverse=True)
                    if k != best and (p.figs[k].number or 0) > (p.figs[part].number or 0)
                ]
                if _TOTAL_WORDS.match(x) and others:
                    # 占总到位资金的38.0% where the text prints several 到位资金 (all
                    # projects', the new ones', the continuing ones'): which total is meant
                    return one_of(
                        [_ratio(p, part, k, i, part) for k in [best, *others]], "total_ambiguous"
                    )
                return _ratio(p, part, best, i, part)
            if not _TOTAL_WORDS.match(x):
                return None
        wholes = unnamed_wholes(p, part, i)
        if not wholes:
            return None
        return one_of([_ratio(p, part, k, i, part) for k in wholes], "whole_unnamed")
    return None


def _whole_inside(p: Parsed, i: int) -> Statement | None:
    """A share whose whole is printed inside its own words (年度投资计划2306.8亿元,占全省固定
    资产投资计划6441亿元的35.8%): the level of the same measure before 占, over the whole."""
    w = i - 1
    if w < 0 or p.figs[i].unit != "%" or p.readings[i].measure in p.lex.rates:
        return None
    g = p.figs[w]
    if g.family not in LEVEL_FAMILIES or g.hedge is not None:
        return None
    if not re.fullmatch(
        r"\s*的\s*(?:比重|比例)?\s*(?:为|是|达到?)?\s*", p.view[g.vend : p.figs[i].vstart]
    ):
        return None
    words = re.search(r"占([^,;。\d]{2,24})$", p.view[p.clause_start(g.vstart) : g.vstart])
    if words is None:
        return None
    # like against like: a plan against a plan (an amount done against a plan is a share
    # of plan, 完成投资812.3亿元,占年度计划888.9亿元的91.4%)
    part = p.previous(
        w,
        lambda k: (
            p.figs[k].kin == g.kin
            and p.figs[k].hedge is None
            and p.readings[k].measure == p.readings[w].measure
        ),
        "sentence",
    )
    if part is None or p.figs[part].vstart >= g.vstart - len(words.group(0)):
        return None
    return _ratio(p, part, w, i, part)


def _ratio(p: Parsed, part: int, whole: int, stated: int, start: int) -> Statement:
    """``part`` ÷ ``whole``, printed as ``stated``; the statement's span opens at ``start``."""
    roles = [("part", part), ("whole", whole), ("stated", stated)]
    return Statement("ratio", roles, stated, start=p.figs[start].vstart, end=p.figs[stated].vend)


#: a share's whole named only as "the total" (占总项目数的42.2%, 占全部投资的): which total
#: of the text it is, the sentence does not say
_TOTAL_WORDS = re.compile(r"(?:总|全部|全)")
#: how many figures make a text's opening (where its totals stand)
_LEAD = 40


#: hedges that make a figure a bound, not a value (突破800项, 5亿元以上)
_BOUNDS = ("以上", "以下", "超", "多", "余", "内")


def unnamed_wholes(p: Parsed, part: int, share: int) -> list[int]:
    """The printed levels that may be the whole of a share whose whole the sentence does not
    name (四大产业项目40个,占比达36.7%): levels of the part's unit printed before it, larger
    than it, not a size class; the nearest first, then the rest of the text from its start
    (a text opens with its totals). Which one the writer meant is an assumption: the
    proposal tries them in order and says so."""
    value = p.figs[part].number
    near = list(range(part - 1, max(-1, part - _NEAR), -1))
    rest = [k for k in range(0, min(_LEAD, max(0, part - _NEAR) + 1)) if k not in near]
    out = []
    for k in near + rest:
        g = p.figs[k]
        if (
            k == part
            or g.kin != p.figs[part].kin
            or g.hedge in _BOUNDS  # (突破800项: a bound, no whole; 约/近 stand for one)
            or g.number is None
            or value is None
            or g.number <= value
        ):
            continue
        out.append(k)
    return out[:8]


def _list_level(subject: str) -> str:
    """The level of government whose key-project list a subject names (省管重点项目: 省;
    3亿元以上市重点建设项目: 市), "" when it names none."""
    m = re.search(r"(省|市|县|区)(?:管|级|属|直|列)?重点", subject)
    return m.group(1) if m else ""


def _plan_of_list(p: Parsed, amount: int) -> int | None:
    """The annual plan of the list whose completed investment ``amount`` is, printed
    elsewhere in the text. What identifies a list, best first: its size (300个重点项目 …
    年度计划投资800亿元: the plan of the group a count of that size opens), its quoted
    name (“5113”项目) in the plan's sentence, then in its paragraph, and its subject
    (全省已开工重点项目 … 全省重点项目清单 … 年度计划投资, a list no smaller); the nearest
    of the best."""
    s0 = p.sent_start(p.figs[amount].vstart)
    sizes = {
        p.figs[k].value for k in p.in_sentence(amount) if k < amount and p.figs[k].family == "count"
    }
    opener = _opening_count(p, amount) if not sizes else None
    if opener is not None:
        sizes = {p.figs[opener].value}  # (…90个重点建设项目,…。累计完成投资67.1亿元,…)
    names = set(re.findall(r"[“\"]([^”\"]{1,12})[”\"]", p.view[s0 : p.figs[amount].vstart]))
    subject = p.readings[amount].subject
    unit = p.figs[amount].kin
    window = range(max(0, amount - 4 * _NEAR), min(len(p.figs), amount + 4 * _NEAR))

    level = _list_level(subject)

    def score(k: int) -> tuple[int, float]:
        same = _overlap(subject, p.readings[k].subject)
        if level and _list_level(p.readings[k].subject) not in ("", level):
            return 0, same  # a province's list (省管重点项目) is not a city's (市重点项目)
        # the list a plan is of: the count right before it (建设项目132个,…,年度计划投资
        # 331.94亿元), else the one that opens its passage (共安排重点建设项目90个,包括…20个
        # …项目。…当年计划投资877亿元), never a part's (其中…新开工项目33个,…76.53亿元)
        opener = p.previous(k, lambda j: p.figs[j].family == "count")
        if opener is not None and p.figs[opener].value in sizes:
            return 4, same
        opening = _opening_count(p, k)
        if opening is not None and p.figs[opening].value in sizes:
            return (2 if _opens_with_qizhong(p, k) else 3), same
        if opener is not None and sizes and p.figs[opener].value < min(sizes):
            return 0, same  # the plan of a smaller list (此次开工的71个) is not this list's
        if "占" in p.before(k):
            return 0, same  # 占全省固定资产投资计划6441亿元的35.8%: the whole of a share
        if names:
            sentence = p.view[p.sent_start(p.figs[k].vstart) : p.sent_end(p.figs[k].vstart)]
            para = _lines(p)[0][p.para_of(k)]
            for text, points in ((sentence, 3), (para, 2)):
                if any(f"“{n}”" in text or f'"{n}"' in text for n in names):
                    return points, same
        return int(same >= 0.5), same

    scored = [
        (*score(k), -abs(k - amount), k)
        for k in window
        if k != amount and p.figs[k].kin == unit and p.readings[k].measure == "年度计划投资"
    ]
    best = max(scored, default=None)
    return best[-1] if best is not None and best[0] > 0 else None


def _opening_count(p: Parsed, k: int) -> int | None:
    """The count that opens the list figure ``k`` belongs to: the first of its sentence, or
    of the sentence before in its paragraph when its own prints none (共安排重点建设项目90
    个,包括45个…、25个…、20个…。总投资3035亿元,当年计划投资877亿元: the 90). A sentence
    runs to its full stop here: its ;-separated parts (其中:续建项目125个…;;新开工项目50个…;
    前期项目12个…) are one list's."""
    own = _full_sentence_start(p, p.figs[k].vstart)
    bounds = [(own, p.figs[k].vstart)]
    if own > 0:
        bounds.append((_full_sentence_start(p, own - 1), own))
    for lo, hi in bounds:
        first = next(
            (
                j
                for j in range(max(0, k - _NEAR), k)
                if lo <= p.figs[j].vstart < hi
                and p.figs[j].family == "count"
                and p.para_of(j) == p.para_of(k)
            ),
            None,
        )
        if first is not None:
            return first
    return p.previous(k, lambda j: p.figs[j].family == "count")


def _full_sentence_start(p: Parsed, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, counted to full stops and line ends."""
    return max(p.view.rfind("。", 0, pos), p.view.rfind("\n", 0, pos)) + 1


def _opens_with_qizhong(p: Parsed, k: int) -> bool:
    """Whether figure ``k``'s sentence, to its full stop (its ;-separated parts are one
    here), opens with 其中: it lists parts of the one before."""
    pos = p.figs[k].vstart
    return bool(re.match(r"\s*其中", p.view[_full_sentence_start(p, pos) : pos]))


def _breakdown_sentences(p: Parsed, a: int, b: int) -> int:
    """Sentences between figures a and b that open with 其中 (a breakdown of a's list, which
    leaves a's list the subject: 年度计划投资736.8亿元。其中:…。1-6月,…完成投资…)."""
    starts = {p.sent_start(p.figs[k].vstart) for k in range(a + 1, b)}
    starts.discard(p.sent_start(p.figs[b].vstart))
    return sum(p.view[s : s + 2] == "其中" for s in starts)


def _overlap(a: str, b: str) -> float:
    """Share of a's character bigrams found in b (how well a name matches a subject)."""
    if not a or not b:
        return 0.0
    grams = {a[j : j + 2] for j in range(len(a) - 1)} or {a}
    return sum(g in b for g in grams) / len(grams)


def _against_the_schedule(p: Parsed, i: int) -> Statement | None:
    """完成年度目标的25.07%,……超过时间进度: progress stated to be ahead of (or behind) the
    share of the year elapsed, with no figure for the distance."""
    r = p.readings[i]
    if r.measure not in ("占年度计划", "完成率") and r.measure not in p.lex.rates:
        return None
    f = p.figs[i]
    end = p.sent_end(f.vend)
    words = "|".join(map(re.escape, p.lex.schedule_words))
    m = re.search(
        rf"(超过|高于|快于|超出|领先|低于|慢于|落后于?)了?(?:{words})", p.view[f.vend : end]
    )
    if m is None:
        return None
    after = f.vend + m.end()
    if re.match(r"[\s了约近达为]*\d", p.view[after : after + 4]):
        return None  # the distance is printed (高于时序进度N个百分点): the grammar's gap
    bound = "below" if m.group(1)[0] in "低慢落" else "above"
    return Statement(
        "schedule", [("share", i)], i, bound=bound, start=f.vstart, end=f.vend + m.end()
    )


#: a distance to the schedule by a name the lexicon lacks: a gap verb, then at most two
#: words that name no place or comparator, then 进度 (超进度, 低于均衡进度, 超平均进度)
_SCHEDULE_GAP = re.compile(
    r"(?:超过?|超出|高于|低于|快于|慢于|欠|落后于?|领先)(?:[^\d,;。全省市县区国]{0,2})进度$"
)

#: 比 or 较 before what a rate is compared with (not 同比, 相比), and the words that say it
#: is ahead or behind (高, 高出, 低, 快, 慢; not 提高 or 降低: how the rate itself moved)
COMPARED_WITH = r"(?<![同相])(?:比|较)"
AHEAD_OR_BEHIND = r"(?:(?<![提降])(?:高出?|低)|快|慢)"
#: words naming an earlier period of the same subject (a change over time, not a gap)
_EARLIER = r"上年|去年|同期|上月|年初|\d+\s*[至~到-]\s*\d+\s*月|\d+\s*月|季度|半年|前\d+个?月"


def _gap(p: Parsed, i: int, b: str) -> Statement | None:
    f, r, lex = p.figs[i], p.readings[i], p.lex
    if r.measure == "高于时序进度":
        # the progress the schedule is set against: a share of plan, or a rate (开工率,
        # 投资完成率) printed before the gap in its sentence
        share = p.previous(
            i,
            lambda k: (
                p.figs[k].unit == "%"
                and (p.readings[k].measure == "占年度计划" or p.readings[k].measure in lex.rates)
            ),
        )
        if share is None:
            return None
        return Statement(
            "schedule", [("share", share), ("gap", i)], i, start=p.figs[share].vstart, end=f.vend
        )
    st = _gap_to_bracketed(p, i)
    if st is not None:
        return st
    m = re.search(r"(?:高于|高出|低于|快于|慢于|超过|领先)(.{0,14}?)(?:平均水平|平均)?$", b)
    if not m:
        m = re.search(rf"{COMPARED_WITH}(.{{1,14}}?){AHEAD_OR_BEHIND}$", b)
    if not m:
        return None
    x = re.sub(r"(平均水平|平均|进度|增速|的)+$", "", m.group(1))
    # 比同期全社会固定资产投资增速快: the same period's total, not an earlier period's
    x = re.sub(r"^(?:同期|同时期)", "", x)
    value = p.previous(i, lambda k: p.figs[k].unit == "%")
    if value is None:
        return None
    if "、" in x or "分别" in p.before(i, "sentence"):
        return None  # 分别比上年同期、上年全年提高: needs last year's rates
    comp = next(
        (
            c
            for w, c in sorted(lex.comparators.items(), key=lambda t: -len(t[0]))
            if x.startswith(w)
        ),
        None,
    )
    if comp:
        return Statement(
            "gap",
            [("value", value), ("gap", i)],
            None,
            comparator=comp,
            start=p.figs[value].vstart,
            end=f.vend,
        )
    if re.search(_EARLIER, x):
        return None  # 比1至8月加快: a change on an earlier period's rate, not printed here
    # another figure of the text: the nearest earlier one of the value's measure whose
    # subject the comparator names
    vm = p.readings[value].measure

    def named(ks) -> list[tuple[float, int]]:
        cands = [k for k in ks if p.figs[k].unit == "%" and p.readings[k].measure == vm]
        scored = [(_overlap(_clean_subject(x, lex), p.readings[k].subject), k) for k in cands]
        return [s for s in scored if s[0] >= 0.6]

    # (a feature may print the total it compares with only later: 比同期全社会固定资产
    # 投资增速快13.4个百分点 ……全社会固定资产投资增长38.3%)
    scored = named(range(max(0, value - _NEAR), value)) or named(
        range(i + 1, min(len(p.figs), i + 1 + _NEAR))
    )
    if not scored:
        return None
    best = max(scored)
    # figures whose subjects the comparator names equally well (规上工业: its value added or
    # its revenue): which one the writer meant is a reading, the nearest first
    tied = [k for o, k in sorted(scored, key=lambda t: -t[1]) if o == best[0]]

    def reading(other: int) -> Statement:
        return Statement(
            "gap",
            [("value", value), ("gap", i)],
            i,
            comparator="self",
            measure_of=other,
            start=p.figs[value].vstart,
            end=f.vend,
        )

    if len(tied) > 1:
        return one_of([reading(k) for k in tied], "comparator_ambiguous")
    return reading(tied[0])


def _gap_to_bracketed(p: Parsed, i: int) -> Statement | None:
    """高于全国(3%)11.8个百分点, 高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点: each
    comparator's rate printed in brackets after its name; the gaps follow in the same
    order. An earlier period's rate so printed (比1-7月(23.1%)回落2.2个百分点, 增速较
    一季度的-7%回升了10.3个百分点) is the base of the rate's change."""
    f = p.figs[i]
    head = p.view[p.clause_start(f.vstart) : f.vstart]
    words = list(re.finditer(r"高于|高出|低于|快于|慢于|(?<![同相])比|较", head))
    if not words:
        return None
    at = p.clause_start(f.vstart) + words[-1].end()
    inside = [k for k in range(max(0, i - 8), i) if p.figs[k].vstart >= at]
    asides = [
        k
        for k in inside
        if p.figs[k].unit == "%" and (_in_aside(p.view, p.figs[k].vstart) or earlier_rate(p, k))
    ]
    gaps = [k for k in inside if k not in asides] + [i]
    gaps += [
        k
        for k in range(i + 1, min(len(p.figs), i + 4))
        if p.figs[k].unit == "个百分点" and p.clause[p.figs[k].vstart] == p.clause[f.vstart]
    ]
    if not asides or len(asides) != len(gaps) or any(p.figs[k].unit != "个百分点" for k in gaps):
        return None
    value = p.previous(
        asides[0],
        lambda k: (
            p.figs[k].unit == "%"
            and not _in_aside(p.view, p.figs[k].vstart)
            and not earlier_rate(p, k)
        ),
    )
    if value is None:
        return None
    return Statement(
        "gap",
        [("value", value), ("gap", i)],
        i,
        comparator="self",
        measure_of=asides[gaps.index(i)],
        start=p.figs[value].vstart,
        end=f.vend,
    )


#: the words that move a share or a rate up or down (提高, 下降), and those that lower it
FALLS = "下降|降低|回落|减少"
MOVES = f"提高|提升|上升|增加|{FALLS}"

_SHARE_CHANGE = re.compile(r"由(?:上年同期的|去年同期的|上年的|去年的|上年末的|年初的)?\s*$")


def _share_changes(p: Parsed) -> list[Statement]:
    """由A%提高到B%(,提高了C个百分点): the change, and the earlier share rebuilt from the
    levels' growth rates when they are printed; the later share as a ratio of the levels."""
    out = []
    figs = p.figs
    for i in range(len(figs) - 1):
        a, bfig = figs[i], figs[i + 1]
        if a.unit != "%" or bfig.unit != "%":
            continue
        if not _SHARE_CHANGE.search(p.before(i)):
            continue
        between = p.view[a.vend : bfig.vstart]
        if not re.fullmatch(rf"\s*(?:{MOVES})(?:到|至)\s*", between):
            continue
        sign = -1 if re.search(FALLS, between) else 1
        p.readings[i].measure = p.readings[i + 1].measure = "占比"
        p.readings[i].sign = p.readings[i + 1].sign = 1
        p.in_change.update((i, i + 1))
        ch = None
        if (
            i + 2 < len(figs)
            and figs[i + 2].unit == "个百分点"
            and re.fullmatch(
                rf"\s*[,,]?\s*(?:{MOVES})了?\s*",
                p.view[bfig.vend : figs[i + 2].vstart],
            )
        ):
            ch = i + 2
            p.readings[ch].sign = sign
            p.readings[ch].measure = "占比变动"
        if ch is not None:
            out.append(
                Statement(
                    "share_change",
                    [("before", i), ("after", i + 1), ("change", ch)],
                    ch,
                    start=a.vstart,
                    end=figs[ch].vend,
                )
            )
        # the later share of the levels, and the earlier one through growth rates
        head = p.view[p.sent_start(a.vstart) : a.vstart]
        part = p.previous(i, lambda k: figs[k].family == "money")
        if part is None:
            continue
        m = re.search(r"占(.{0,16}?)(?:比重|比例|的比重|比)?由", head)
        x = _clean_subject(m.group(1), p.lex) if m else ""
        cands = [k for k in range(part) if figs[k].kin == figs[part].kin]
        whole = None
        if x:
            scored = [(_overlap(x, p.readings[k].subject), k) for k in cands]
            scored = [s for s in scored if s[0] >= 0.5]
            whole = max(scored)[1] if scored else None
            if whole is None and cands and re.match(r"全部|全社会|总", x):
                whole = cands[0]  # 占全部投资的比重由…: the text's total, printed first
        elif cands:
            whole = cands[0]
        if whole is None:
            continue
        out.append(
            Statement(
                "ratio",
                [("part", part), ("whole", whole), ("stated", i + 1)],
                i + 1,
                start=figs[part].vstart,
                end=bfig.vend,
            )
        )
        gp = _growth_of(p, part)
        gw = _growth_of(p, whole)
        if gp is not None and gw is not None:
            out.append(
                Statement(
                    "share_change",
                    [
                        ("before", i),
                        ("after", i + 1),
                        ("part", part),
                        ("whole", whole),
                        ("part_growth", gp),
                        ("whole_growth", gw),
                    ],
                    i,
                    start=figs[part].vstart,
                    end=bfig.vend,
                )
            )
    return out


def _growth_of(p: Parsed, k: int) -> int | None:
    """The growth rate printed right after level k (in its sentence, before any other level)."""
    for j in range(k + 1, len(p.figs)):
        if p.sent_of(j) != p.sent_of(k):
            return None
        if p.figs[j].family in ("money", "count"):
            return None
        if p.readings[j].measure == "增长" and p.figs[j].unit == "%":
            return j
        if grows_by_multiple(p, j):
            return j  # 增长1.3倍
    return None


def _markers(p: Parsed) -> list[re.Match]:
    words = "|".join(map(re.escape, p.lex.breakdown))
    return list(
        re.finditer(
            rf"(?:{words}|{_BY_DIMENSION})\s*[,:：]?",
            p.view,
        )
    )


def _sums(p: Parsed) -> list[Statement]:
    """Breakdowns after a marker (其中, 从…看, 按…分): each column of the items (counts,
    total investment, plan, completed) summed against the same column before the marker."""
    out = []
    marks = _markers(p)
    for n, m in enumerate(marks):
        pos = m.end()
        if _in_aside(p.view, m.start()):
            # (其中新签约项目13个): the parts inside the brackets, of the level right before them
            out += _bracketed(p, m)
            continue
        # items: sentences or ;-separated parts after the marker, to the paragraph's end and
        # through following paragraphs built the same way
        # (a 其中 inside a dimension's items breaks down an item, not the list: 按照行业划分,
        # 工业项目35个,…,其中…12个计划新开工项目…;服务业项目33个,…)
        later = marks[n + 1 :]
        if not m.group(0).startswith("其中"):
            later = [k for k in later if not k.group(0).startswith("其中")]
        dimension = not m.group(0).startswith("其中")
        items = _items(p, pos, later[0].start() if later else None, dimension)
        if dimension and len(items) == 1:
            items = _rows_of_one_sentence(p, items[0])
        whole_figs = _whole_before(p, m.start(), marks[:n])
        # (其中,…;城建环保、交通和服务业完成投资比例分别快于去年同期9.7、7.6和6.3个百分点:
        # last items of gaps that print no level are no parts of the list)
        while (
            m.group(0).startswith("其中")
            and len(items) > 2
            and p.figs[items[-1][0]].unit == "个百分点"
            and not any(p.figs[k].family in LEVEL_FAMILIES for k in items[-1])
        ):
            items = items[:-1]
        if m.group(0).startswith("其中"):
            items = _before_a_sibling(p, items, whole_figs)
            if items and any(
                not e.group(0).startswith("其中") and _in_breakdown(p, e, m.start())
                for e in _same_paragraph_before(p, marks, n)
            ):
                # (按照行业划分,工业项目35个,…,其中…12个…;服务业项目33个: within one item
                # of a dimension, its parts end with the item)
                items = items[:1]
        if items and m.group(0).startswith("其中") and not _parallel(p, items):
            # one part (or parts that restate it): each level within its whole's
            out += _within(p, items[0], whole_figs)
            continue
        sums = _breakdown_sums(p, items, whole_figs)
        members = _class_members(p, items)
        if members is not None:
            # 其中,续建项目472个……;新开工项目426个……;竣工项目204个: the stages of the
            # lexicon's classification may make up the list alone (those completed lie
            # within it), or all the parts may (建成, 续建, 新开工): the reading that fits
            alone = {st.tested: st for st in _breakdown_sums(p, members, whole_figs)}
            for st in sums:
                if st.kind == "sum" and st.tested in alone and not st.assumption:
                    one_of([st, alone[st.tested]], "class_members")
        out += sums
    return out


def _rows_of_one_sentence(p: Parsed, item: list[int]) -> list[list[int]]:
    """A dimension's parts listed with commas in one sentence (按项目建设性质分,续建项目31个,
    新建项目28个,完工项目19个): a row begins at each figure of the first figure's unit that
    names a subject of its own, not a stage the row's projects reached (新建项目40个,已开工
    28个); one row where the figures share one subject (分别), or where fewer than three
    rows would begin (徐州、盐城、宿迁3市…,南京、常州等4市; 19个领域中,有8个: counts of
    places and parts within, no list of parts)."""
    first = p.figs[item[0]].kin
    rows: list[list[int]] = []
    for k in item:
        subject = p.readings[k].subject
        if (
            rows
            and p.figs[k].kin == first
            and subject
            and subject != p.readings[rows[-1][0]].subject
            and not re.search(
                rf"[、和及]\s*$|中[,，]?(?:有|共)?\s*$|其中|已|未|累计|(?:{stage_words(p)})\w{{0,2}}$",
                p.before(k),
            )
        ):
            rows.append([k])
        elif rows:
            rows[-1].append(k)
        else:
            rows.append([k])
    return rows if len(rows) >= 3 else [item]


def _same_paragraph_before(p: Parsed, marks: list[re.Match], n: int) -> list[re.Match]:
    """The markers before the ``n``-th in its paragraph, nearest first."""
    out = []
    for e in reversed(marks[:n]):
        if p.para[e.start()] != p.para[marks[n].start()]:
            break
        out.append(e)
    return out


def _before_a_sibling(p: Parsed, items: list[list[int]], whole_figs: list[int]) -> list[list[int]]:
    """The items of a 其中 list up to one that names a sibling of its whole in a
    classification the lexicon calls exhaustive (第二产业…,其中:工业投资…;第三产业…: the
    third industry is no part of the second), which ends the list."""
    if not whole_figs or not items:
        return items
    whole = p.readings[whole_figs[0]].subject
    for parts, _ in p.lex.exhaustive:
        own = [w for w in parts if w in whole]
        if len(own) != 1:
            continue
        for n, it in enumerate(items):
            subject = p.readings[it[0]].subject
            if any(w in subject for w in parts if w != own[0]):
                return items[:n]
    return items


def _breakdown_sums(p: Parsed, items: list[list[int]], whole_figs: list[int]) -> list[Statement]:
    """The sums of a breakdown's items, column by column, against the level before it."""
    out: list[Statement] = []
    figs = p.figs
    if len(items) < 2:
        return out
    if any(len(it) > 6 for it in items):
        return out
    first_units = {figs[it[0]].unit for it in items}
    if len(first_units) != 1:
        return out
    if not whole_figs:
        return out
    for key in _columns(p, items):
        found = [next((k for k in it if _col_key(p, k) == key), None) for it in items]
        whole = next((k for k in whole_figs if _col_key(p, k) == key), None)
        if whole is None and found[0] is not None and p.figs[found[0]].unit != "%":
            # named differently before and after the marker (总投资 / 投资): the whole
            # that holds the same place among the figures of its unit
            unit = p.figs[found[0]].kin
            nth = [k for k in items[0] if p.figs[k].kin == unit].index(found[0])
            same = [k for k in whole_figs if p.figs[k].kin == unit]
            whole = same[nth] if nth < len(same) else None
        if whole is None and whole_figs and found[0] is not None:
            # 安排重点项目91宗……。1-4月,完成投资96.4亿元……。其中续建项目35宗: a count
            # the sentence before the marker does not print stands in the one before it
            whole = _earlier_in_paragraph(p, whole_figs[0], key, p.readings[whole_figs[0]].subject)
        if whole is None and found[0] is not None:
            whole = _level_of_a_rates_subject(p, whole_figs, key, found[0])
        if whole is None and found[0] is not None:
            whole = _where_the_list_was_named(p, whole_figs, key)
        if whole is None:
            continue
        cols = [k for k in found if k is not None]
        if figs[whole].family in ("money", "count"):
            # the nearest list is a part of the one broken down (283个重点项目…697.46亿元;
            # 61个省重点项目…317.2亿元。分行业来看: …): a whole is at least its parts
            low, high = sum_box(p, cols)
            if low > figs[whole].value + figs[whole].half_unit and not _counted_list(
                p, items, whole_figs
            ):
                whole = _whole_at_least(p, whole, key, low, high)
                top = max(figs[k].value - figs[k].half_unit for k in cols)
                if top > figs[whole].value + figs[whole].half_unit:
                    continue  # a part alone exceeds it: no whole of these parts is printed
        if None in found and (figs[whole].unit == "%" or len(cols) < 2):
            continue
        # (a part that does not print the measure, 前期项目 with no annual plan, has
        # none: the others' sum is held to the whole as a list that may fall short)
        if figs[whole].unit == "%" and key[1].startswith("占") and key[1] != "占年度计划":
            # shares of one whole (占全市工业投资的37.8%。其中:…占…16.0%;…): like levels,
            # unless the amounts printed with them imply different wholes (each part's share
            # of a target of its own: 工业25.84亿元占全年指标的25.84%;房地产105.64亿元占…49.45%)
            implied = [
                figs[a].value / figs[s].value
                for it, s in zip([*items, whole_figs], [*cols, whole])
                for a in [next((k for k in it if figs[k].family == "money"), None)]
                if a is not None and figs[s].value
            ]
            if len(implied) > 2 and max(implied) > 1.1 * min(implied):
                continue
            roles = [("part", c) for c in cols] + [("whole", whole)]
            out.append(
                Statement("sum", roles, whole, start=figs[whole].vstart, end=figs[cols[-1]].vend)
            )
            continue
        if figs[whole].unit == "%":
            # shares of plan: the whole's share rebuilt from the parts' plans
            amounts = [
                next(
                    (
                        k
                        for k in it
                        if figs[k].family == "money" and p.readings[k].measure == "完成投资"
                    ),
                    None,
                )
                for it in items
            ]
            wamount = next(
                (
                    k
                    for k in whole_figs
                    if figs[k].family == "money" and p.readings[k].measure == "完成投资"
                ),
                None,
            )
            if key[1] != "占年度计划" or None in amounts or wamount is None:
                continue
            if any(p.readings[k].measure == "年度计划投资" for it in items for k in it):
                continue  # (…占年度计划266亿元的94.8%: the plans are printed, each checked)
            low, high = sum_box(p, [a for a in amounts if a is not None])
            if low > figs[wamount].value + figs[wamount].half_unit:
                # the amounts are of a larger list: its amount and its share of plan
                bigger = _whole_at_least(p, wamount, _col_key(p, wamount), low)
                share = bigger + 1
                if bigger == wamount or share >= len(figs) or _col_key(p, share) != key:
                    continue
                wamount, whole = bigger, share
            if high < figs[wamount].value - figs[wamount].half_unit:
                # (其中,…工程完成投资8亿元,占年计划的100%;…1.2亿元,占…117%: examples of
                # the list, not its parts: their plans do not make up its plan)
                continue
            roles = (
                [("part", a) for a in amounts if a is not None]
                + [("whole", wamount)]
                + [("part_share", c) for c in cols]
                + [("whole_share", whole)]
            )
            # (that the parts' plans make up the whole's is assumed: see _plans_of_sums)
            out.append(
                Statement(
                    "sum",
                    roles,
                    whole,
                    start=figs[whole].vstart,
                    end=figs[cols[-1]].vend,
                    assumption="plans_add_up",
                )
            )
            continue
        if figs[whole].family not in LEVEL_FAMILIES:
            continue  # growth multiples (增长4.1倍) and the like do not add up
        out += _list_within(p, cols, whole)
        out += _second_column(p, items, key, whole)
        agg = _aggregated(p, cols, whole)
        if agg is not None:
            out.append(agg)
    return out


def _counted_list(p: Parsed, items: list[list[int]], whole_figs: list[int]) -> bool:
    """Whether the items' counts add up to the count before them (15个…项目总投资232.67亿元。
    其中续建项目10个,…;新开工项目5个,…): the list broken down is that one, and its other
    levels are the wholes of the other columns, even where the parts exceed them."""
    figs = p.figs
    counts = [next((k for k in it if figs[k].family == "count"), None) for it in items]
    whole = next((k for k in whole_figs if figs[k].family == "count"), None)
    if whole is None or None in counts:
        return False
    low, high = sum_box(p, [k for k in counts if k is not None])
    return low <= figs[whole].value <= high


def _second_column(
    p: Parsed, items: list[list[int]], key: tuple[str, str], whole: int
) -> list[Statement]:
    """A measure each item prints twice (52个续建项目45个复工…;48个新建项目开工28个: the list,
    then those started) against the whole's second figure of it (100个…已开复工73个): the
    items' second figures add up to it as their first ones add up to the first."""
    seconds = []
    for it in items:
        same = [k for k in it if _col_key(p, k) == key]
        seconds.append(same[1] if len(same) > 1 else None)
    if None in seconds:
        return []
    start = p.figs[items[0][0]].vstart
    after = (
        k
        for k in range(whole + 1, min(len(p.figs), whole + _NEAR))
        if p.figs[k].vstart < start and p.para_of(k) == p.para_of(whole)
    )
    second = next((k for k in after if _col_key(p, k) == key), None)
    return [] if second is None else _list_within(p, seconds, second)  # type: ignore[arg-type]


def _class_members(p: Parsed, items: list[list[int]]) -> list[list[int]] | None:
    """The items of a breakdown that are members of one of the lexicon's classifications of
    a list (计划竣工/续建/新开工: ``list_classes``), when at least two are and some item is
    not: only the members make up the whole."""
    for cls in p.lex.list_classes:
        members = [it for it in items if p.readings[it[0]].subject in cls]
        if 2 <= len(members) < len(items):
            return members
    return None


def _aggregated(p: Parsed, parts: list[int], whole: int) -> Statement | None:
    """Parts that make up their whole (their levels add up to it within rounding), each
    with its growth rate: the whole's growth is theirs aggregated (续建和新签项目179个,同比
    下降14.7%。其中:新签项目71个,同比下降25.2%;续建项目108个,同比下降6%)."""
    figs = p.figs
    if figs[whole].family not in LEVEL_FAMILIES:
        return None
    total = sum(figs[k].value for k in parts)
    slack = figs[whole].half_unit + sum(figs[k].half_unit for k in parts)
    if abs(total - figs[whole].value) > slack + 1e-9:
        return None  # the parts do not make up the whole: their growth does not add up to it
    growths = [_growth_of(p, k) for k in parts]
    g = _growth_of(p, whole)
    if g is None or any(x is None for x in growths):
        return None
    roles = (
        [("part", k) for k in parts]
        + [("part_growth", x) for x in growths if x is not None]
        + [("whole", whole), ("growth", g)]
    )
    return Statement(
        "aggregate_growth", roles, g, start=figs[whole].vstart, end=figs[parts[-1]].vend
    )


def _earlier_in_paragraph(p: Parsed, first: int, key: tuple[str, str], subject: str) -> int | None:
    """The figure measuring ``key`` in the sentence before figure ``first``'s, in the same
    paragraph (the whole a breakdown names, printed one sentence further back): the only
    one, the one whose subject is that of ``first``'s sentence (重点建设项目365个,重大
    前期项目126个。…市级重点建设项目完成投资…。其中: 365), else the nearest."""
    start = p.sent_start(p.figs[first].vstart)
    # the sentence before, to its full stop (its ;-separated parts are one sentence here)
    back = max(p.view.rfind("。", 0, max(0, start - 1)), p.view.rfind("\n", 0, max(0, start - 1)))
    found = [
        k
        for k in range(max(0, first - _NEAR), first)
        if p.para_of(k) == p.para_of(first)
        and back < p.figs[k].vstart < start
        and _col_key(p, k) == key
    ]
    if len(found) > 1:
        # (计划实施重点建设项目100个,…,已开复工73个: the list, not the stage it reached)
        reached = re.compile(rf"(?:已|累计)(?:{stage_words(p)})了?$")
        found = [k for k in found if not reached.search(p.before(k))] or found
    if len(found) > 1:
        named = [k for k in found if _overlap(p.readings[k].subject, subject) >= 0.6]
        found = named if len(named) == 1 else found[-1:]
    return found[0] if found else None


def _level_of_a_rates_subject(
    p: Parsed, whole_figs: list[int], key: tuple[str, str], part: int
) -> int | None:
    """Where the sentence before a breakdown prints only rates of its subject (固定资产投资
    增速高于去年同期8.9个百分点,其中工业投资完成141.83亿元…), the level of that subject
    printed last before it (完成全社会固定资产投资270.34亿元): the nearest figure measuring
    ``key`` of the parts' months (those of ``part``) and the rates' level of place whose
    subject is the rates' own, with no qualifier of its own (城镇固定资产投资 is no whole
    of 固定资产投资's parts)."""
    if not whole_figs or any(p.figs[k].family in LEVEL_FAMILIES for k in whole_figs):
        return None
    first = whole_figs[0]
    subject = p.readings[first].subject
    if len(subject) < 2:
        return None
    months = p.readings[part].period

    def same_whole(k: int) -> bool:
        # the parts' months and the rates' level of place, and no qualifier of its own
        # (城镇, 民间)
        other = p.readings[k].subject
        bare = re.sub(r"全社会|全口径|完成|累计|实现|全?[省市县区]", "", other)
        return (
            p.readings[k].period == months
            and set(re.findall(r"[省市县区]", other)) == set(re.findall(r"[省市县区]", subject))
            and _overlap(subject, other) >= 0.6
            and _overlap(bare, subject) >= 0.8
        )

    return next(
        (
            k
            for k in range(first - 1, max(-1, first - _NEAR), -1)
            if _col_key(p, k) == key and p.figs[k].hedge is None and same_whole(k)
        ),
        None,
    )


def _where_the_list_was_named(p: Parsed, whole_figs: list[int], key: tuple[str, str]) -> int | None:
    """The level measuring ``key`` of a list whose count the breakdown's sentence repeats
    (我市100个重点推进项目中,按照行业划分,…): printed in the paragraph that first named
    the list with that count (我市100个重点推进项目总投资…,年度计划投资984.59亿元)."""
    count = next((k for k in whole_figs if p.figs[k].family == "count"), None)
    if count is None:
        return None
    f, subject = p.figs[count], p.readings[count].subject
    named = [
        k
        for k in range(max(0, count - _NEAR), count)
        if p.figs[k].value_text == f.value_text
        and p.figs[k].kin == f.kin
        and p.para_of(k) < p.para_of(count)
        and _overlap(subject, p.readings[k].subject) >= 0.6
    ]
    for first in reversed(named):  # (the nearest naming that prints the level; a headline
        # names the list too, with its completed investment only)
        level = next(
            (
                k
                for k in range(first, count)
                if p.para_of(k) == p.para_of(first) and _col_key(p, k) == key
            ),
            None,
        )
        if level is not None:
            return level
    return None


def stage_words(p: Parsed) -> str:
    """The stages a list's projects reach, as a pattern: each rate the lexicon knows
    without its 率 (开工率 -> 开工; 落地率 -> 落地), longest first."""
    memo = p.memo.setdefault("stages", {})
    if "re" not in memo:
        stages = sorted({w.removesuffix("率") for w in p.lex.rates}, key=len, reverse=True)
        memo["re"] = "|".join(map(re.escape, stages))
    return memo["re"]


def _whole_at_least(
    p: Parsed, whole: int, key: tuple[str, str], low: float, high: float | None = None
) -> int:
    """The nearest figure before ``whole`` measuring ``key`` that is at least ``low``, within
    two paragraphs, of a list named like ``whole``'s (省重点项目 / 全市重点项目); else, given
    the bounds [low, high] of the parts' sum, the nearest figure within them, the one they add
    up to whatever it is named (316个州重点建设项目…新开项目已开工145个。按项目类别统计:
    172个, 75个, 55个, 14个); else ``whole`` itself (whose parts then exceed it)."""
    para = p.para_of(whole)
    subject = p.readings[whole].subject
    added_up = None
    for k in range(whole - 1, max(-1, whole - _NEAR), -1):
        if p.para_of(k) < para - 2:
            break
        if _col_key(p, k) != key:
            continue
        f = p.figs[k]
        if f.value + f.half_unit >= low and _overlap(subject, p.readings[k].subject) >= 0.5:
            return k
        if (
            added_up is None
            and high is not None
            and f.value - f.half_unit <= high
            and f.value + f.half_unit >= low
        ):
            added_up = k
    return whole if added_up is None else added_up


#: a level's parts listed one by one after it: 项目174个,分别为:霍山县34个、金寨县32个…
_LISTED_AFTER = re.compile(r"[,，]?\s*分别[为是]\s*[:：]")


def _levels_listed(p: Parsed) -> list[Statement]:
    """A level followed by 分别为: and its parts, each with a name of its own (全市亿元以上
    新签约项目174个,分别为:霍山县34个、金寨县32个……; 投资13亿元,分别是:…投资12亿元的…
    投资1亿元的…): the parts, in its unit, to the sentence's end, add up to it, unless the
    list ends with 等 (examples)."""
    return [st for st, _ in _listed_levels(p)]


def _listed_levels(p: Parsed) -> list[tuple[Statement, dict[str, int]]]:
    """Each level listed part by part after 分别为: (see :func:`_levels_listed`), with its
    parts by name (霍山县 -> 34个), found once a text."""
    if "listed" in p.memo:
        return p.memo["listed"]
    out = []
    for m in _LISTED_AFTER.finditer(p.view):
        k = bisect.bisect_left(p.starts, m.start()) - 1
        if k < 0 or p.view[p.figs[k].vend : m.start()].strip(" ,，"):
            continue  # (no level right before the list)
        whole = p.figs[k]
        if whole.family not in LEVEL_FAMILIES or whole.hedge is not None:
            continue
        end = p.sent_end(m.end())
        parts = []
        for j in range(k + 1, len(p.figs)):
            g = p.figs[j]
            if g.vstart >= end:
                break
            if g.kin != whole.kin or g.hedge is not None or _in_aside(p.view, g.vstart):
                continue  # ((其中…20个): an aside is no listed part)
            if _CHANGED.search(p.before(j)):
                continue  # (增加5个: a change, no part)
            parts.append(j)
        if len(parts) < 2 or "等" in p.view[p.figs[parts[-1]].vend : end]:
            continue
        roles = [("part", j) for j in parts] + [("whole", k)]
        st = Statement("sum", roles, k, start=whole.vstart, end=p.figs[parts[-1]].vend)
        out.append((st, {_part_name(p, j): j for j in parts}))
    p.memo["listed"] = out
    return out


def _part_name(p: Parsed, k: int) -> str:
    """The name a listed part is printed after (、金寨县32个 -> 金寨县)."""
    head = re.split(r"[、,，:：;；]", p.before(k))[-1]
    return re.sub(r"\s", "", head)


def _rates_of_listed_parts(p: Parsed) -> list[Statement]:
    """Rates listed part by part (各县区亿元以上新签约项目开工率分别为:霍山县94.1%、…) of
    parts listed by name in two lists before them: the list the rate's words name (亿元以上
    新签约项目174个, 分别为: 霍山县34个…) and the list of those that reached the rate's
    stage (亿元以上新签约开工项目114个, 分别为: 霍山县32个…): each part's rate is its
    count in the second over its count in the first."""
    listed = _listed_levels(p)
    if len(listed) < 2:
        return []
    out = []
    rates = "|".join(map(re.escape, p.lex.rates))
    whole_subject = {
        id(st): p.readings[st.tested].subject for st, _ in listed if st.tested is not None
    }
    for m in _LISTED_AFTER.finditer(p.view):
        head = p.view[p.clause_start(m.start()) : m.start()]
        rm = re.search(rf"({rates})$", head)
        if rm is None:
            continue
        stage = rm.group(1).removesuffix("率")
        # (各县区亿元以上新签约项目开工率: the list is 亿元以上新签约项目)
        subject = re.sub(r"^各(?:县市区|县区|区县|县市|地区|市)?", "", head[: rm.start()])
        before = [(st, names) for st, names in listed if st.start < m.start()]
        dens = [x for x in before if whole_subject[id(x[0])] == subject]
        nums = [
            x
            for x in before
            if stage in whole_subject[id(x[0])]
            and whole_subject[id(x[0])].replace(stage, "", 1) == subject
        ]
        if not dens or not nums:
            continue
        den, num = dens[-1][1], nums[-1][1]
        end = p.sent_end(m.end())
        for j in range(bisect.bisect_left(p.starts, m.end()), len(p.figs)):
            if p.figs[j].vstart >= end:
                break
            name = _part_name(p, j)
            if p.figs[j].unit == "%" and name in den and name in num:
                out.append(_ratio(p, num[name], den[name], j, j))
    return out


def _paragraph_lists(p: Parsed) -> list[Statement]:
    """Parts printed paragraph by paragraph without a marker (238个产业项目完成投资…,占年
    计划的…。¶124个基础设施项目完成投资…,占年计划的…): two or more paragraphs in a row
    that open with the same kinds of figures (a count, then an amount, …), against the
    paragraph before them, which prints the same measures for the whole list."""
    figs = p.figs
    if not figs:
        return []
    firsts: dict[int, list[int]] = {}  # each paragraph's figures of its first sentence
    for k, f in enumerate(figs):
        own = firsts.setdefault(p.para[f.vstart], [])
        if not own or p.sent_of(k) == p.sent_of(own[0]):
            own.append(k)
    paras = sorted(firsts)

    lines, line_starts = _lines(p)

    def signature(para: int) -> tuple[tuple[str, str], ...]:
        # a list's paragraph opens with its count or amount (238个产业项目…)
        head = lines[para][: len(lines[para]) - len(lines[para].lstrip())]
        if p.figs[firsts[para][0]].vstart - line_starts[para] != len(head):
            return ()
        return tuple(_col_key(p, k) for k in firsts[para][:3])

    out: list[Statement] = []
    n = 1
    while n < len(paras):
        sig = signature(paras[n])
        run = [paras[n]]
        while (
            n + len(run) < len(paras)
            and paras[n + len(run)] == run[-1] + 1 + _blank_lines(p, run[-1])
            and signature(paras[n + len(run)]) == sig
        ):
            run.append(paras[n + len(run)])
        whole_para = paras[n - 1]
        level = figs[firsts[run[0]][0]].family in ("count", "money")
        if len(run) >= 2 and len(sig) >= 2 and level:
            whole_figs = [k for k, f in enumerate(figs) if p.para[f.vstart] == whole_para]
            for col, key in enumerate(sig):
                if figs[firsts[run[0]][col]].family not in ("count", "money", "physical"):
                    continue
                whole = next((k for k in whole_figs if _col_key(p, k) == key), None)
                if whole is not None:
                    out += _list_within(p, [firsts[para][col] for para in run], whole)
        n += len(run)
    return out


def _lines(p: Parsed) -> tuple[list[str], list[int]]:
    """The view's lines and where each starts (split once per text)."""
    if "lines" not in p.memo:
        lines = p.view.split("\n")
        starts, at = [], 0
        for ln in lines:
            starts.append(at)
            at += len(ln) + 1
        p.memo["lines"] = (lines, starts)
    return p.memo["lines"]


def _blank_lines(p: Parsed, para: int) -> int:
    """How many empty lines follow paragraph ``para`` (texts separate paragraphs by one or
    two line breaks)."""
    lines, _ = _lines(p)
    n = 0
    while para + 1 + n < len(lines) and not lines[para + 1 + n].strip():
        n += 1
    return n


#: an aside right after a level that lists levels of its own (752个(新签约542个,续建210个),
#: 174个(含新开工并竣工项目79个), 17个(打捆6个)); one that compares, converts or says 其中
#: or names a target is another aside (项目100个(比上年增加10个), 46233元(折合6847美元),
#: 21家(任务数18家), the marker's)
_OWN_ASIDE = re.compile(r"\s*[(（]([^()（）]{1,60})[)）]")
_NO_PARTS = re.compile(
    r"其中|比|较|同比|增加|减少|增长|下降|折合|摺合|约合|合计|共计|人均|平均|任务|目标|计划"
)


def _levels_in_brackets(p: Parsed) -> list[Statement]:
    """The levels an aside lists right after a level are its parts: one lies within it,
    several add up to it (or fall short of it, when they are not called exhaustive)."""
    out = []
    figs = p.figs
    for w, f in enumerate(figs):
        if f.family not in ("count", "money", "physical") or f.hedge is not None:
            continue
        m = _OWN_ASIDE.match(p.view, f.vend)
        if m is None or _NO_PARTS.search(m.group(1)):
            continue
        inside = [k for k, g in _figs_between(p, m.start(1), m.end(1))]
        parts = [k for k in inside if figs[k].kin == f.kin and figs[k].hedge is None]
        if not parts or len(parts) != len(inside) or per_head(p, w):
            continue
        close = m.end()
        if len(parts) == 1:
            roles = [("part", parts[0]), ("whole", w)]
            out.append(Statement("subset", roles, w, start=f.vstart, end=close))
        else:
            out += _list_within(p, parts, w)
    return out


def _bracketed(p: Parsed, m: re.Match) -> list[Statement]:
    """A breakdown inside brackets: its parts against the level just before the bracket."""
    view = p.view
    open_at = max(view.rfind("(", 0, m.start()), view.rfind("（", 0, m.start()))
    close = min(
        (i for i in (view.find(")", m.end()), view.find("）", m.end())) if i >= 0), default=-1
    )
    if open_at < 0 or close < 0:
        return []
    inside = [k for k, _ in _figs_between(p, m.end(), close)]
    before = [k for k, _ in _figs_between(p, p.clause_start(open_at), open_at)]
    if not inside or not before:
        return []
    whole = before[-1]
    parts = [k for k in inside if p.figs[k].kin == p.figs[whole].kin]
    if not parts or p.figs[whole].family not in ("count", "money", "physical"):
        return []
    if len(parts) == 1:
        roles = [("part", parts[0]), ("whole", whole)]
        return [Statement("subset", roles, whole, start=p.figs[whole].vstart, end=close)]
    roles = [("part", k) for k in parts] + [("whole", whole)]
    return [Statement("sum", roles, whole, start=p.figs[whole].vstart, end=close)]


def _figs_between(p: Parsed, a: int, b: int):
    lo = bisect.bisect_left(p.starts, a)
    hi = bisect.bisect_left(p.starts, b)
    return [(k, p.figs[k]) for k in range(lo, hi)]


def _parallel(p: Parsed, items: list[list[int]]) -> bool:
    """Whether a breakdown's items are parallel parts: two or more, each opening with a
    figure of the same unit, none repeating another's (a repeat restates the first part)."""
    if len(items) < 2:
        return False
    firsts = [p.figs[it[0]] for it in items]
    return len({f.unit for f in firsts}) == 1 and len({f.value for f in firsts}) == len(firsts)


#: the noun a count counts, printed right after its measure word (3个方面, 50个项目)
_COUNTED = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=[的,，。;；、:：(（\s]|$)")


def _counts_alike(p: Parsed, whole: int, part: int) -> bool:
    """Whether a count may hold a part's: a count in another measure word, followed by a
    noun the part's words do not name, counts other things (3个方面 holds no 建设项目83项;
    38个项目 holds 工业20个, the noun left out)."""
    w, f = p.figs[whole], p.figs[part]
    if w.family != "count" or w.text[-1:] == f.text[-1:]:
        return True
    noun = _COUNTED.match(p.view, w.vend)
    if noun is None:
        return True
    part_words = p.view[p.clause_start(f.vstart) : f.vend + 4]
    return any(c in part_words for c in noun.group(0))


def _within(p: Parsed, item: list[int], whole_figs: list[int]) -> list[Statement]:
    """其中 with one part: each level after it lies within the level before it that holds
    the same place among the figures of its unit (500个…开工400个…2000亿元, 其中300个…
    开工280个…1500亿元: 300 ≤ 500, 280 ≤ 400, 1500 ≤ 2000)."""

    def by_unit(figs: list[int]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for k in figs:
            f = p.figs[k]
            # shares of one whole, not shares of plan (each part has a plan of its own)
            share = (
                f.unit == "%"
                and p.readings[k].measure.startswith("占")
                and p.readings[k].measure != "占年度计划"
            )
            if (
                (f.family in LEVEL_FAMILIES or share)
                and f.hedge is None
                # (a count's change adds up with the changes of its parts, under Δ)
                and (p.readings[k].measure != "增加额" or f.family == "count")
            ):
                # shares of one whole add up like levels (占工业投资的55.3%, 其中…53.9%);
                # changes on a period (比上年同期增加6个) add up apart from levels
                change = bool(_CHANGED.search(p.before(k)))
                key = "share:" + p.readings[k].measure if share else f.kin + "Δ" * change
                out.setdefault(key, []).append(k)
        return out

    wholes, parts = by_unit(whole_figs), by_unit(item)
    out = []
    for unit, ks in parts.items():
        if unit.endswith("Δ") and len(ks) == 1:
            continue  # one part's change may exceed the whole's (others may have fallen)
        # a whole is never a figure of an aside (36个项目(其中合同项目33个,…3个)), nor an
        # average (项目平均计划投资1.95亿美元。其中…项目2个,计划投资15.97亿美元)
        ws = [
            k
            for k in wholes.get(unit, [])
            if not _in_aside(p.view, p.figs[k].vstart) and not per_head(p, k)
        ]
        # A、B等10个项目被列入…: a class named by examples, not a part of the list
        ks = [k for k in ks if not p.before(k).rstrip().endswith("等")] or ks
        # (投向…等3个方面,其中建设项目83项: a count of other things holds no projects)
        ws = [k for k in ws if _counts_alike(p, k, ks[0])]
        if len(ks) == 1 and len(ws) > 1:
            ws = ws[-1:]  # one part: the whole is the level right before it
        if len(ks) > 1 and len(ws) == 1 and disjoint([class_sizes(p, k) for k in ks]):
            # 其中,5亿元至10亿元项目18个,10亿元至30亿元项目28个,30亿元以上项目10个: classes
            # that hold no project twice are a list within the whole
            out += _list_within(p, ks, ws[0], disjoint=True)
            continue
        if len(ks) > 1 and len(ws) == 1 and all(_size_class(p, k) is not None for k in ks):
            # 其中10亿元以上项目4个、5亿元以上项目11个: classes of one list by size, each
            # within it; of classes "above" a threshold, the lowest holds the others (the
            # size classes' nesting is a relation of its own)
            bounds = [p.figs[_size_class(p, k)] for k in ks]  # type: ignore[index]
            amounts = [in_yi(b) for b in bounds]
            if all(b.hedge == "以上" for b in bounds) and None not in amounts:
                low = min(a for a in amounts if a is not None)
                ks = [k for k, a in zip(ks, amounts) if a == low]
            out += _list_within(p, ks, ws[0])
            continue
        if len(ks) > 1 and len(ws) != len(ks) and _named_list(p, ks):
            # one whole: the level of the unit in the last clause that prints one
            # (33个合同项目投资总额537.5亿元。其中…项目19个,…项目21个)
            last = [
                k
                for k in ws
                if ws and p.clause[p.figs[k].vstart] == p.clause[p.figs[ws[-1]].vstart]
            ]
            if len(last) == 1:
                out += _list_within(p, ks, last[0])
            continue
        if len(ws) != len(ks):
            continue
        for k, w in zip(ks, ws):
            out.append(
                Statement(
                    "subset",
                    [("part", k), ("whole", w)],
                    w,
                    start=p.figs[w].vstart,
                    end=p.figs[k].vend,
                )
            )
    return out


#: words right before a figure that make it a change on a period, not a level
_CHANGED = re.compile(r"(?:增加|减少|多|少)了?\s*$")


def _named_list(p: Parsed, ks: list[int]) -> bool:
    """Whether levels after 其中 are a list of named parts: each printed after a name of
    its own (其中建设项目54项,前期项目34项), none is a change on a period
    (比上年同期增加6个) or the same subject measured again (开工280个), all measuring the
    same thing (not 总投资 and 年度计划投资)."""
    if len({p.readings[k].measure for k in ks}) != 1:
        return False
    names = []
    for k in ks:
        before = p.before(k)  # back to the clause's start or the figure before (a lost comma)
        if _CHANGED.search(before) and not _CHANGED.search(p.before(ks[0])):
            return False  # a change among levels: the same subject measured again
        size = _size_class(p, k)
        if size is not None:
            before = p.view[p.figs[size].vstart : p.figs[k].vstart]  # 5000万以上项目44个
        name = re.sub(r"[\d.]+[^\u4e00-\u9fff]*", "", before).strip(" ,，:：")
        if not re.search(r"[\u4e00-\u9fff]{2}", name):
            return False
        names.append(name)
    return len(set(names)) == len(names)


def sum_box(p: Parsed, ks: list[int]) -> tuple[float, float]:
    """The least and the most the printed figures ``ks`` may add up to, each within half a
    unit of its last printed digit."""
    figs = p.figs
    return (
        sum(figs[k].value - figs[k].half_unit for k in ks),
        sum(figs[k].value + figs[k].half_unit for k in ks),
    )


#: amounts of money in 亿元, for thresholds printed in different units (5000万 / 10亿)
def in_yi(f: Figure) -> float | None:
    """An amount of money in 亿元 (5000万元 -> 0.5), None for another unit."""
    scale = magnitude(f.unit[:-1]) if f.unit.endswith("元") else None
    return None if scale is None else f.value * scale / 1e8


def class_sizes(p: Parsed, k: int) -> tuple[float, float] | None:
    """The sizes, in 亿元, of the projects level ``k`` counts when it counts a class of
    sizes: a band (5亿元至10亿元项目 -> (5, 10)) or a class by a threshold printed before it
    (5亿元以上 -> (5, inf), 5000万元以下 -> (0, 0.5)); None for no such class."""
    band = p.readings[k].sizes
    if band is not None:
        return band
    c = _size_class(p, k)
    if c is None or (bound := in_yi(p.figs[c])) is None:
        return None
    return (bound, inf) if p.figs[c].hedge == "以上" else (0.0, bound)


def disjoint(sizes: list[tuple[float, float] | None]) -> bool:
    """Whether classes of sizes hold no size in common (5-10, 10-30, 30 and above)."""
    ranges = sorted(s for s in sizes if s is not None)
    if not ranges or len(ranges) < len(sizes):
        return False
    return all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:]))


def _size_class(p: Parsed, k: int) -> int | None:
    """The threshold that names the class level ``k`` counts (5000万以上项目44个: the
    figure 5000万以上, in the same clause right before it), if any."""
    before = k - 1
    if (
        before >= 0
        and p.figs[before].hedge in ("以上", "以下")
        and p.clause[p.figs[before].vstart] == p.clause[p.figs[k].vstart]
    ):
        return before
    return None


#: the words before an earlier period's rate printed as the base of a change (增速较1-3月
#: (-7.7%)提升, 较一季度的-7%回升)
_EARLIER_BASE = re.compile(
    rf"(?:较|比)[^,，;；。()（）\d]{{0,3}}?(?:{_EARLIER})[^,，;；。()（）\d]{{0,6}}?(?:的|[(（])\s*$"
)
#: what follows it: the change, in points (提升13.6个百分点, 扩大10.7个百分点)
_CHANGE_AFTER_BASE = re.compile(
    r"\s*[)）]?\s*(?:的)?(?:增速|增幅|降幅|增长)?"
    r"(?:提升|提高|回升|加快|上升|增加|扩大|加深|加大|收窄|缩小|回落|下降|放缓|减少|降低"
    r"|高出|快|慢|高|低)了?\s*$"
)


def earlier_rate(p: Parsed, k: int) -> bool:
    """Whether percentage ``k`` is an earlier period's rate or share printed as the base of a
    change of the one before it, with the change after it (增速较1-3月(-7.7%)提升13.6个百分点,
    比一季度的8.2%高1.6个百分点)."""
    f = p.figs[k]
    if f.unit != "%" or k + 1 >= len(p.figs) or p.figs[k + 1].unit != "个百分点":
        return False
    if not _EARLIER_BASE.search(p.view[max(0, f.vstart - 16) : f.vstart]):
        return False
    return bool(_CHANGE_AFTER_BASE.fullmatch(p.view[f.vend : p.figs[k + 1].vstart]))


def in_level_list(p: Parsed, k: int) -> bool:
    """Whether level ``k`` closes a list of levels printed together (分别完成106亿元、95亿元、
    45亿元): what follows such a list (占…的85%) is said of them all, not of the last."""
    return k > 0 and bool(
        re.fullmatch(r"\s*[、和与及]\s*", p.view[p.figs[k - 1].vend : p.figs[k].vstart])
    )


def grows_by_multiple(p: Parsed, k: int) -> bool:
    """Whether figure ``k`` is growth printed as a multiple (增长1.3倍, an increase of 130%)."""
    return p.figs[k].unit == "倍" and bool(re.search(r"(?:增长|增加|提高)了?$", p.before(k)))


#: a measure per head or on average (人均可支配收入, 平均工资, 均价): not a level that adds up
_PER_HEAD = re.compile(r"人均|平均|均价|户均")


def per_head(p: Parsed, k: int) -> bool:
    """Whether figure ``k`` measures something per head or on average."""
    f = p.figs[k]
    # (平均每两天就有1个: the words before it, across the figure 两天 they hold)
    near = p.view[max(p.clause_start(f.vstart), f.vstart - 12) : f.vstart]
    return bool(_PER_HEAD.search(p.readings[k].subject) or _PER_HEAD.search(near))


def range_bound(p: Parsed, k: int) -> bool:
    """Whether figure ``k`` bounds a range (均有1至2个…项目, 3-5个): no level of its own."""
    f = p.figs[k]
    before = p.view[max(0, f.vstart - 6) : f.vstart]
    after = p.view[f.vend : f.vend + 6]
    return bool(
        re.search(r"\d\s*(?:至|到|~|～|-|—)\s*$", before)
        or re.match(r"\s*(?:至|到|~|～)\s*\d", after)
    )


#: quantities a subject may name (产值 and 总产值 are one): a part names the whole's or none
_QUANTITY = re.compile(r"(增加值|产值|营业收入|利润总额|利润)$")


def _quantity(subject: str) -> str:
    m = _QUANTITY.search(subject)
    return m.group(1).replace("利润总额", "利润") if m else ""


def _list_within(p: Parsed, ks: list[int], whole: int, disjoint: bool = False) -> list[Statement]:
    """Parts after 其中 against their one whole: their sum (a list that is not called
    exhaustive may fall short of the whole, never exceed it). Parts that exceed the whole
    even without the smallest of them cannot be disjoint parts of it: they are classes that
    overlap (10亿元以上项目, 500强企业项目) or items listed beside the whole's own, so each
    is checked on its own, never found inconsistent on an assumption the text does not
    make; so is a part named by a size class, unless the classes are ``disjoint`` (size
    bands). (180 + 121 against 300 is a sum that exceeds its whole: inconsistent.)"""
    if any(per_head(p, k) for k in [*ks, whole]):
        return []  # averages (人均可支配收入) do not add up, and a part's may exceed the whole's
    # (工业总产值103.8亿元,其中规模以上工业总产值95.4亿元;实现工业增加值40.6亿元: value added
    # is another quantity than output, no part of it)
    own = _quantity(p.readings[whole].subject)
    ks = [k for k in ks if _quantity(p.readings[k].subject) in ("", own)] if own else ks
    if not ks:
        return []
    w = p.figs[whole]
    lows = [p.figs[k].value - p.figs[k].half_unit for k in ks]
    start, end = w.vstart, p.figs[ks[-1]].vend
    # a part named by a size class (10亿元以上项目) cuts across the others, unless the
    # classes are the two sides of one threshold (5000万以上 / 5000万以下)
    classes = [_size_class(p, k) for k in ks]
    sizes = {(p.figs[c].value, p.figs[c].hedge) for c in classes if c is not None}
    sized = (
        bool(sizes) and not (len(sizes) == 2 and len({v for v, _ in sizes}) == 1) and not disjoint
    )
    if not sized and sum(lows) - min(lows) <= w.value + w.half_unit:
        roles = [("part", k) for k in ks] + [("whole", whole)]
        return [Statement("sum", roles, whole, start=start, end=end)]
    # (parts listed beside the whole's own are no parts of it: 猪牛羊禽肉产量2.6万吨。其中,
    # 猪肉1.8万吨;牛奶2万吨;禽蛋3.6万吨: each within it only on that assumption)
    return [
        Statement(
            "subset",
            [("part", k), ("whole", whole)],
            whole,
            start=start,
            end=end,
            assumption="" if sized else "parts_overlap",
        )
        for k in ks
    ]


def _col_key(p: Parsed, k: int) -> tuple[str, str]:
    return (p.figs[k].kin, p.readings[k].measure)


def _columns(p: Parsed, items: list[list[int]]) -> list[tuple[str, str]]:
    """The columns of a breakdown: what its first item measures once (a measure repeated
    after 分别是: or a colon details the item's own figure, 投资额13亿元,分别是:…12亿元…1亿元)."""
    keys = []
    # (工业项目35个,…469.13亿元,其中…12个计划新开工项目…: what 其中 opens is the item's
    # part, no column of the breakdown)
    first = items[0]
    at = p.view.find("其中", p.figs[first[0]].vend, p.figs[first[-1]].vstart)
    while at >= 0 and _in_aside(p.view, at):  # ((其中新签约履约项目13个): an aside's)
        at = p.view.find("其中", at + 2, p.figs[first[-1]].vstart)
    if at >= 0:
        first = [k for k in first if p.figs[k].vstart < at]
    for k in first:
        key = _col_key(p, k)
        same = [j for j in first if _col_key(p, j) == key]
        if key in keys or same[0] != k:
            continue
        detail = re.compile(r"分别[是为]|[:：]")
        if all(detail.search(p.view[p.figs[k].vend : p.figs[j].vstart]) for j in same[1:]):
            keys.append(key)
        elif len(same) == 2 and all([_col_key(p, j) for j in it].count(key) == 2 for it in items):
            # every item prints it twice, as the whole does (the list and those started:
            # 52个续建项目45个复工): two columns, the second added by _second_column
            keys.append(key)
    return keys


#: a breakdown marker that ends its line (——按行业分:)
_HEADING_END = re.compile(r"[ \t\u3000:：]*\n\s*")


#: a clause that opens with the text's own level of place (全区, 全市): the whole, no part
_OWN_WHOLE_CLAUSE = re.compile(r"[,，;；]\s*全(?:区|市|县|省|州|盟|旗)")


def _items(p: Parsed, pos: int, stop: int | None, dimension: bool = False) -> list[list[int]]:
    """The items of a breakdown opened at ``pos``: ;-separated parts up to the sentence's
    end, continued through following paragraphs built like its first item when the
    sentence ends its paragraph. A marker that ends its line (——按行业分:) heads the
    paragraphs after it. A dimension's breakdown (按行业划分) goes on through sentences of
    its paragraph built like its first item."""
    view = p.view
    heading = _HEADING_END.match(view, pos)
    if heading and (stop is None or heading.end() < stop):
        pos = heading.end()
    end = pos
    while end < len(view) and view[end] not in "。\n":
        end += 1
    if stop is not None and stop < end:
        end = stop
    # a clause after the first that names the text's own whole (…,其中亿元以上项目12个,全区
    # 招商引资累计到位资金8.06亿元,…) returns to the whole: the parts end before it
    back = _OWN_WHOLE_CLAUSE.search(view, pos, end)
    if back is not None and re.search(r"\d", view[pos : back.start()]):
        end = back.start()
    items = _split_items(p, pos, end)
    ends_paragraph = (stop is None or stop > end) and (
        end >= len(view) or view[end] == "\n" or view[end + 1 : end + 2] in ("\n", "")
    )
    if items and dimension and not ends_paragraph and view[end : end + 1] == "。":
        # (…;社会事业项目10个,…。民生实事项目1个,年度计划投资6亿元,…: an item after the
        # full stop, built like the first, is the list's last)
        items += _items_after_stop(p, items[0], end + 1, stop)
    if not items or not ends_paragraph:
        return items
    sig = [p.figs[k].unit for k in items[0]]
    nxt = view.find("\n", end)
    while 0 <= nxt < len(view) - 1:
        nxt += 1
        e2 = view.find("\n", nxt)
        e2 = len(view) if e2 < 0 else e2
        line = view[nxt:e2]
        if not line.strip() and e2 < len(view):
            nxt = e2  # a blank line between the items (pages double their line breaks)
            continue
        if (
            (stop is not None and stop < e2)
            or any(w in line for w in p.lex.breakdown)
            or line.lstrip()[:1] in "—-"
            or _markers_in(p, line)
        ):
            break
        its = _split_items(p, nxt, e2)
        if not its or any([p.figs[k].unit for k in it] != sig for it in its):
            break
        items += its
        nxt = e2
    return items


def _items_after_stop(p: Parsed, first: list[int], pos: int, stop: int | None) -> list[list[int]]:
    """The sentences after ``pos`` in the paragraph that are items built like ``first``
    (their units the first item's, in order, as far as they go)."""
    view, sig, out = p.view, [p.figs[k].unit for k in first], []
    while pos < len(view) and view[pos] != "\n":
        end = pos
        while end < len(view) and view[end] not in "。\n":
            end += 1
        if stop is not None and stop < end:
            break
        its = _split_items(p, pos, end)
        if len(its) != 1 or len(its[0]) < 2 or _markers_in(p, view[pos:end]):
            break
        if re.match(r"\s*(?:另外|另有|此外|同时|还有|另)", view[pos:end]):
            break  # (另外,谋划储备项目30个: another list, no item of this one)
        units = [p.figs[k].unit for k in its[0]]
        if units != sig[: len(units)] or p.figs[its[0][0]].vstart - pos > 12:
            break
        out += its
        pos = end + 1
    return out


def _markers_in(p: Parsed, line: str) -> bool:
    return bool(re.search(_BY_DIMENSION, line))


def _split_items(p: Parsed, a: int, b: int) -> list[list[int]]:
    out = []
    cur: list[int] = []
    last = a
    for k, f in enumerate(p.figs):
        if f.vstart < a or f.vstart >= b:
            continue
        if cur and _in_aside(p.view, f.vstart) and not _in_aside(p.view, p.figs[cur[0]].vstart):
            continue  # (148个市本级项目(含7个区): an aside within the item, no figure of it)
        between = p.view[last : f.vstart]
        # (…占年计划的86.5%95个续建项目: a separator lost in scraping, an item's last share
        # glued to the next item's count)
        glued = (
            bool(cur)
            and not between.strip()
            and p.figs[cur[-1]].unit == "%"
            and f.family == "count"
        )
        if cur and (re.search(r"[;；。]", between) or glued):
            out.append(cur)
            cur = []
        cur.append(k)
        last = f.vend
    if cur:
        out.append(cur)
    return out


def _whole_before(p: Parsed, pos: int, earlier_marks: list[re.Match]) -> list[int]:
    """The figures of the sentence before a marker (skipping a breakdown that another
    marker opened, so a second breakdown of the same whole finds it)."""
    view = p.view
    # (以上 after an amount is a size class, 亿元以上项目, not "the projects above")
    if re.search(
        r"(?:这些|上述|前述|(?<![元万亿千百\d])以上)[^,;。\d]{0,4}项目",
        view[p.sent_start(pos) : pos],
    ):
        # 这些项目落地在…,其中…: the list the paragraph opened with, not the sentence before
        para = p.para[pos]
        first = [
            k
            for k, f in enumerate(p.figs)
            if p.para[f.vstart] == para and f.vstart < pos and f.hedge not in ("以上", "以下")
        ]
        if first:
            # (its figures before its own 其中: 签约项目30个、投资96.54亿元,其中亿元以上项目28个)
            s = p.sent_of(first[0])
            cut = view.find("其中", p.sent_start(p.figs[first[0]].vstart), pos)
            return [k for k in first if p.sent_of(k) == s and (cut < 0 or p.figs[k].vstart < cut)]
    if earlier_marks and not view.startswith("其中", pos):
        # (其中 right after a breakdown's item opens parts of that item: 工业项目100个,…,其中,
        # 战略性新兴产业项目49个)
        last = earlier_marks[-1]
        items = _breakdown_items(p, last, pos)
        end_of_items = max((p.figs[k].vend for it in items for k in it), default=last.end())
        if (
            items
            and not re.search(r"\d", view[end_of_items:pos])
            and not _in_aside(view, last.start())
        ):
            # right after another breakdown (分行业看 …; 分区域看 …): the same whole
            return _whole_before(p, last.start(), earlier_marks[:-1])
    end = pos
    for _ in range(6):
        s0 = p.sent_start(end)
        if s0 == end and end > 0:
            s0 = p.sent_start(end - 1)
        # (a size class, 50亿元以上的项目, is a threshold, never a whole)
        figs = [
            k
            for k, f in enumerate(p.figs)
            if s0 <= f.vstart < end and f.hedge not in ("以上", "以下")
        ]
        inside = any(
            s0 <= m.start() < end and not _in_aside(view, m.start()) for m in earlier_marks
        ) or any(m.end() <= s0 and _in_breakdown(p, m, s0) for m in earlier_marks[-1:])
        if inside and end == pos and view.startswith("其中", pos) and s0 < pos:
            inside = False  # (…工业项目100个,…,其中,…: the levels of its own sentence)
        if inside and end == pos:
            # levels printed after an earlier breakdown of the sentence ended are the new
            # list's (…,其中亿元以上项目12个,…新落地项目23个,其中亿元以上项目7个: of the 23)
            own = [m for m in earlier_marks if s0 <= m.start() < pos]
            items = _breakdown_items(p, own[-1], pos) if own else []
            ended = max((p.figs[k].vend for it in items for k in it), default=pos)
            later = [k for k in figs if p.figs[k].vstart >= ended]
            if later:
                return later
        if figs and not inside:
            return figs
        if s0 == 0:
            return []
        end = s0 - 1
        while end > 0 and view[end - 1] in _SENT_END:
            end -= 1
    return []


def _in_breakdown(p: Parsed, m: re.Match, pos: int) -> bool:
    """Whether ``pos`` lies among the items of the breakdown marker ``m`` opened: in its
    paragraph and not past its last item (paragraph breaks are often lost in scraping)."""
    if p.para[m.start()] != p.para[pos]:
        return False
    items = _breakdown_items(p, m, None)
    last = max((p.figs[k].vend for it in items for k in it), default=m.end())
    return pos <= last


def _breakdown_items(p: Parsed, m: re.Match, stop: int | None) -> list[list[int]]:
    """The items a marker's breakdown is read with: after 其中, one part unless the parts
    are built alike (其中10亿元以上项目4个、5亿元以上项目11个;新增…项目15个: the ;-part
    after it is a list of its own, with its own 其中)."""
    items = _items(p, m.end(), stop)
    if items and m.group(0).startswith("其中") and not _parallel(p, items):
        return items[:1]
    return items


def _period_phrases(p: Parsed) -> list[tuple[int, str, bool]]:
    """Each period phrase of the text, once a text: (offset, token, in an aside), the bases of
    comparisons left out (较一季度提高 / 比1-8月份提高 name no figure's period)."""
    if "periods" not in p.memo:
        p.memo["periods"] = [
            (m.start(), _period_token(m), _in_aside(p.view, m.start()))
            for m in _PERIOD_RE.finditer(p.view)
            # (自去年上半年由正转负: a time since another year's period, no figure's period;
            # 去年上半年,…完成80亿元 names its figure's)
            if not re.search(
                r"(?:较|比|与|同|(?:自|从)(?:去年|上年))\s*$",
                p.view[max(0, m.start() - 4) : m.start()],
            )
        ]
    return p.memo["periods"]


def _slogan_period(p: Parsed, at: int) -> str:
    """The period a slogan speaks of: the last period phrase before it in its sentence
    (一季度实现开门红), else the first after it there, else the first in its paragraph;
    "" when none (then the text's lead period or its year)."""
    s0, s1 = p.sent_start(at), p.sent_end(at)
    para = p.para[at]
    periods = _period_phrases(p)

    def para_of(t: tuple[int, str, bool]) -> int:
        return p.para[t[0]]

    # (paragraphs grow with the offset: the paragraph's periods are one slice)
    found = periods[
        bisect.bisect_left(periods, para, key=para_of) : bisect.bisect_right(
            periods, para, key=para_of
        )
    ]
    before = [t for s, t, _ in found if s0 <= s < at]
    after = [t for s, t, _ in found if at <= s < s1]
    return (before[-1:] or after[:1] or [t for _, t, _ in found][:1] or [""])[0]


def _slogans(p: Parsed) -> list[Statement]:
    out = []
    taken: list[tuple[int, int]] = []
    for phrase in sorted(p.lex.slogans, key=len, reverse=True):
        for m in re.finditer(re.escape(phrase), p.view):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(
                Statement(
                    "rhetoric",
                    [],
                    None,
                    phrase=phrase,
                    start=m.start(),
                    end=m.end(),
                    extra={"period": _slogan_period(p, m.start())},
                )
            )
    return out


#: a section heading: a numbered line with no figure (一、省重点(A类)项目; (二)市直项目)
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*([^\d\n,;。:]{2,20})\s*$"
)


def section_headings(view: str, figures: list[Figure]) -> list[str]:
    """For each figure, the heading of the section it stands in ("" when none): a bulletin's
    sections (一、省重点(A类)项目 / 二、市重点(B类)项目) scope subjects that both repeat
    (计划新开工项目, 续建项目)."""
    heads: list[tuple[int, str]] = []
    pos = 0
    for line in view.split("\n"):
        m = _HEADING.match(line)
        if m:
            heads.append((pos, m.group(1)))
        pos += len(line) + 1
    starts = [h for h, _ in heads]
    out = []
    for f in figures:
        at = bisect.bisect_right(starts, f.vstart)
        out.append(heads[at - 1][1] if at else "")
    return out


#: a sentence that opens with the list its figures are parts of: 在我市的省级重点项目中,……
_AMONG = re.compile(
    r"(?:^|[。;；\n])\s*在(?:我市|全市|本市|我县|全县|我区|全区)?的?([^,，。;；\d]{2,20}?)中\s*[,，]"
)


def wholes_of_parts(
    view: str, figures: list[Figure], readings: list[Reading], classes: tuple = ()
) -> list[str]:
    """For each figure that is a part of a list the text named before it, that list's
    subject ("" for any other figure): after 其中 in its sentence, the subject of the last
    figure before that 其中 in its paragraph, an aside in brackets not counted (六大片区项目
    277个……其中,新开工项目145个); in a sentence opening 在……中, the list named there (在我
    市的省级重点项目中,15个先进制造业项目……). A part's name is its list's plus its own."""
    among = {m.end(): m.group(1) for m in _AMONG.finditer(view)}
    among_at = sorted(among)
    out = [""] * len(figures)
    for i, f in enumerate(figures):
        para_start = view.rfind("\n", 0, f.vstart) + 1
        sentence = max(para_start, view.rfind("。", 0, f.vstart) + 1)
        at = view.rfind("其中", sentence, f.vstart)
        whole = ""
        if at >= 0:
            before = [
                k
                for k in range(i)
                if para_start <= figures[k].vstart < at and not _in_aside(view, figures[k].vstart)
            ]
            whole = next((readings[k].subject for k in reversed(before) if readings[k].subject), "")
        else:
            k = bisect.bisect_right(among_at, f.vstart) - 1
            if k >= 0 and among_at[k] >= sentence:
                whole = among[among_at[k]]
        if whole and not readings[i].subject.startswith(whole):
            out[i] = whole
    # a member of a class (续建项目) after another member that is a list's part, in the
    # same paragraph, is that list's part too
    member = {w: c for c in classes for w in c}
    for i, f in enumerate(figures):
        cls = member.get(readings[i].subject)
        if out[i] or cls is None:
            continue
        para_start = view.rfind("\n", 0, f.vstart) + 1
        for k in range(i - 1, -1, -1):
            if figures[k].vstart < para_start:
                break
            if out[k] and member.get(readings[k].subject) is cls:
                out[i] = out[k]
                break
    return out


def text_year(view: str, date: str | None) -> int | None:
    """The year the text is about: its date's, else the first year it prints."""
    if date:
        return int(date[:4])
    m = _YEAR_RE.search(view)
    return int(m.group(1)) if m else None
