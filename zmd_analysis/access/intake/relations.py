"""What each figure measures and what it is compared with, and the catalogue of arithmetic
relations the genre states between such figures.

Statistics releases and project bulletins write about *items*: a subject (工业投资,
第二产业, 市重点项目 …) with a level, then clauses that qualify it: 同比增长g%, 比2019年
同期增长G%, 两年平均增长a%, 占X的s%, 高于X N个百分点, 拉动X N个百分点, 对X增长的贡献率c%,
比重提高d个百分点. :func:`read_items` groups the figures into items and reads each
qualifying clause as a *role* with its *comparator* (the words naming X), then resolves the
comparator to the item it names: another subject of the text, or the text's total.

Each entry of :data:`RELATIONS` is one family of relation over items, with its engine kind,
its roles and an example; :func:`find_relations` asks every entry which statements the text
makes. Checking is left to the engine. Words come from ``data/lexicon.toml``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from math import inf

from .numerals import magnitude
from .statements import (
    _EARLIER,
    AHEAD_OR_BEHIND,
    COMPARED_WITH,
    FALLS,
    LEVEL_FAMILIES,
    MOVES,
    Parsed,
    Statement,
    _clean_subject,
    _in_aside,
    _list_within,
    _overlap,
    _size_class,
    _without_own_place,
    class_sizes,
    disjoint,
    earlier_rate,
    grows_by_multiple,
    in_level_list,
    in_yi,
    names_before,
    one_of,
    per_head,
    range_bound,
    stage_words,
    subject_of_clause_before,
    sum_box,
    unnamed_wholes,
)

#: the words of a comparator that only say "the whole" (全部投资 = the total investment)
_TOTAL = re.compile(r"全部|全社会|全口径|总体|总量|整体|全市|全区|全县|全省|本市|总额|总")
#: what a comparator says beyond its subject (增速, 平均水平 …)
_COMPARATOR_TAIL = re.compile(r"(?:的|增速|增幅|增长|平均水平|平均|水平|比重|完成|同期|速度)+$")
_GROWTH = "增长|下降|回落|减少|增速|增幅|提高|上升|降低|下滑"
_CHANGE = re.compile(
    r"(?:同比|(?:比|较)(?:上年|去年|上月)(?:同期)?)(?:增加|增多|减少|增长|下降)了?$"
    # an excess over something named between (超广安1.21亿元, 超同期计划投资131亿元), not a
    # hedge on the level itself (超100亿元)
    r"|(?:超(?![亿万千百市大高级额前])|超过|超出|高于|低于|多于|少于)[^\d,;。:、]{1,8}$"
    # a change with its period left to the clause before (…2645个,比上年同期增加327个。
    # 其中新开工项目1822个,增加347个)
    r"|^\s*(?:增加|增多|减少)了?$"
)
#: how far (in figures) a comparator, a whole or a list is looked for: a text's statements
#: refer to what is near, and the bound keeps megabyte texts linear
_WINDOW = 200


@dataclass
class Item:
    """One subject of the text and the figures that speak of it, by role."""

    head: int  # the figure that opened the item
    subject: str
    level: int | None = None
    growth: int | None = None
    #: growth over the same period two years earlier (比2019年同期增长)
    over_two_years: int | None = None
    two_year_average: int | None = None
    #: (figure, comparator words) for each qualifying clause
    shares: list[tuple[int, str]] = field(default_factory=list)
    gaps: list[tuple[int, str]] = field(default_factory=list)
    pulls: list[tuple[int, str]] = field(default_factory=list)
    contributions: list[tuple[int, str]] = field(default_factory=list)
    share_changes: list[tuple[int, str]] = field(default_factory=list)
    #: the whole this item is named as a part of (到位资金中,自筹资金…; 120个前期项目中,…)
    within: Item | None = None
    #: whether ``within`` was named by 其中 (whose parts the grammar's breakdowns check)
    within_qizhong: bool = False
    #: where the words naming ``within`` stand (one list of parts per place)
    within_at: int = -1


def _pull_words(p: Parsed) -> str:
    """The lexicon's pull words (拉动, 上拉) as one alternation."""
    return "|".join(map(re.escape, p.lex.pull_words))


def _role(p: Parsed, i: int) -> tuple[str, str] | None:
    """The role of a percentage or points figure in its item, and its comparator words."""
    f = p.figs[i]
    b = p.before(i).replace("分别", "")
    if i in p.in_change or re.search(r"由[^,;。]*$", b):
        return None  # 由A%提高到B%: the grammar's share change
    if earlier_rate(p, i) or (i > 0 and earlier_rate(p, i - 1)):
        return None  # 较1-3月(-7.7%)提升13.6个百分点: an earlier rate and its change (grammar)
    if f.unit == "个百分点":
        m = re.search(rf"(?:{_pull_words(p)})(.{{0,16}}?)(?:增长|增速)?$", b)
        if m and re.search(rf"(?:比|较)[^,;。]*(?:{MOVES})了?$", m.group(1)):
            return None  # 拉动率比上年同期提高1.2个百分点: how the pull changed, no pull
        if m:
            return "pull", m.group(1)
        m = re.search(rf"(?:比重|占比|比例)[^,;。]{{0,10}}?(?:{MOVES})了?$", b)
        if m:
            return "share_change", ""
        m = re.search(r"(?:高于|高出|低于|快于|慢于|领先|超过|超出)(.{1,24})$", b)
        if m:
            return "gap", m.group(1)
        # (比 or 较; 比上年提高, 较上年降低: a change of the rate itself, no comparator)
        m = re.search(rf"{COMPARED_WITH}(.{{1,20}}?)(?:增速|增幅)?{AHEAD_OR_BEHIND}了?$", b)
        if m:
            return "gap", m.group(1)
        return None
    if f.unit == "%" and p.cell(i) is not None:
        # a table's column says what its cells measure (± %: growth; 份额: share of the total)
        measure = p.readings[i].measure
        return ("growth", "") if measure == "增长" else ("share", "") if measure == "占比" else None
    if f.unit == "倍":  # 增长1.3倍: growth as a multiple (an increase of 130%)
        return ("growth", "") if grows_by_multiple(p, i) else None
    if f.unit != "%":
        return None
    m = re.search(r"(?:对|占)?(.{0,16}?)(?:增长)?的?贡献率(?:达到?)?(?:为|是)?$", b)
    if m:
        # (一、二、三产对GDP增长的贡献率: what stands before 对 names the parts, not wholes)
        return "contribution", m.group(1).split("对")[-1]
    if re.search(r"两年平均(?:增长|下降|增速)?(?:为|达)?$", b):
        return "two_year_average", ""
    if re.search(
        r"(?:比|较|与)(?:19|20)\d\d年[^,;。]{0,8}?(?:相比)?,?(?:增长|下降)$",
        p.before(i, "sentence"),
    ):
        return "over_two_years", ""
    m = re.search(r"占(.{0,20}?)(?:的)?(?:比重|比例)?(?:为|达到?|是)?$", b)
    if m:
        return "share", m.group(1)  # (其中:农业产值11.4亿元,占51.1%: of the whole 其中 opened)
    if re.search(rf"(?:{_GROWTH})(?:了)?(?:为|达到?)?$", b):
        return "growth", ""
    return None


#: a clause of time that may open a sentence (三季度, 1-9月, 今年以来)
_PERIOD_WORDS = re.compile(
    r"\s*(?:[一二三四]季度|前三季度|上半年|下半年|今年以来|全年|\d{1,2}\s*[-—~至]\s*\d{1,2}月)[,，]"
)


def _opens_item(p: Parsed, i: int) -> bool:
    """A level opens an item; so does a growth rate whose clause names its own subject."""
    f = p.figs[i]
    if f.family in LEVEL_FAMILIES:
        if _CHANGE.search(p.before(i)):
            return False  # 比上年同期增加27个: a change, not a level
        return p.readings[i].measure in ("完成投资", "金额", "总投资", "个数", "人数") or (
            f.family == "physical"
        )
    if f.unit != "%":
        return False
    share = re.search(r"^(.*?)占[^,;。]*$", p.before(i))
    if share and (role := _role(p, i)) is not None and role[0] == "share":
        # 制造业完成投资占全市工业投资的44.7%: a share that names its own subject (总量占…
        # names none: the amount of the subject before)
        subject = re.sub(r"(?:累计|完成|实现)*(?:投资|投资额)?$", "", share.group(1))
        subject = re.sub(r"^(?:其)?(?:总量|总额|规模)", "", subject)
        named = _clean_subject(subject, p.lex)
        return len(re.findall(r"[\u4e00-\u9fff]", named)) >= 2
    b = re.sub(
        rf"(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:{_GROWTH})+(?:了)?(?:为|达到?)?$",
        "",
        p.before(i),
    )
    if b == p.before(i) or re.search(r"比|较|同比|两年平均|与|占|对|贡献率|分别|到|至", b):
        return False
    if not b.strip() and subject_of_clause_before(p, i):
        return True  # 第一产业投资稳步增长,同比增长55.3%: the clause before names it
    subject = _clean_subject(re.sub(r"(?:累计|完成|实现)+$", "", b), p.lex)
    return len(re.findall(r"[\u4e00-\u9fff]", subject)) >= 2


def _names_subject(p: Parsed, head: str) -> bool:
    """Whether a sentence's words before its first figure name a subject of their own (not
    only a comparison: 与2019年同期相比,增长 goes on with the subject before it; nor a
    pull: ……贡献率为62.7%。拉动全市工业投资增长13.7个百分点 is the same subject's)."""
    if re.match(rf"\s*(?:{_pull_words(p)})|\s*对[^,;。]*贡献", head):
        return False  # (…;对全市投资增长的贡献率为46.5%: the whole it contributes to)
    head = re.sub(r"(?:与|比|较)[^,;。]*?(?:同期|全年|上月|年)(?:相比)?|相比", "", head)
    head = re.sub(rf"同比|同期|(?:{_GROWTH})+|两年平均|累计|完成|实现|其中|[\d.]+", "", head)
    return len(re.findall(r"[\u4e00-\u9fff]", _clean_subject(head, p.lex))) >= 2


def read_items(p: Parsed) -> list[Item]:
    """The text's items in order: each figure of a sentence joins the item its sentence
    is about until a new subject opens another."""
    items = Items()
    current: Item | None = None
    sentence = -1
    for i, f in enumerate(p.figs):
        if _in_aside(p.view, f.vstart):
            continue  # (全国和全省均为10%): an aside, not the item's own figure
        if p.readings[i].threshold:
            continue  # (5亿元至10亿元项目18个: a class's name, no figure of an item)
        cell = p.cell(i)
        if cell is not None:
            # a table's cell belongs to its row's item (第二产业 | 亿元 | 25.84 | 17.99% | 241.9)
            if current is None or current.subject != p.readings[i].subject:
                current = None
            sentence = p.sent_of(i)
        elif p.sent_of(i) != sentence:
            sentence = p.sent_of(i)
            # a sentence that names no subject of its own goes on with the last one
            if _names_subject(p, p.view[p.sent_start(f.vstart) : f.vstart]):
                current = None
        if _opens_item(p, i):
            subject = p.readings[i].subject or _clean_subject(p.before(i), p.lex)
            named_after = (
                f.family == "count"
                and bool(p.readings[i].subject)
                and p.view[f.vend : f.vend + 40].lstrip().startswith(p.readings[i].subject)
            )  # (…;7个现代服务业项目完成投资…: the count names its subject after it)
            if (
                current is not None
                and cell is None
                and not named_after
                and not _names_subject(p, p.before(i))
            ):
                subject = current.subject  # …153个,比上年同期增加27个,完成投资61.45亿元
            if p.readings[i].klass and not subject.startswith(p.readings[i].klass):
                # a class by a threshold (亿元以上项目) is an item of its own, never its list
                subject = p.readings[i].klass + subject
            last = current or (items[-1] if items else None)
            if (
                f.family not in LEVEL_FAMILIES
                and last is not None
                and last.level is not None
                and _core(subject, p)
                and _core(subject, p) == _core(last.subject, p)
                and (role := _role(p, i)) is not None
                and role[0] == "share"
            ):
                # 民间投资完成347亿元,…。民间投资占全部投资的70.2%: the same subject again
                current = last
                current.shares.append((i, role[1]))
                continue
            if (
                f.family not in LEVEL_FAMILIES
                and last is not None
                and last.growth is None
                and last.level is None
                and last.shares
                and p.para_of(last.head) == p.para_of(i)
                and (
                    _core(subject, p) == _core(last.subject, p)
                    or (_core(subject, p) in _GENERIC and p.sent_of(last.head) == p.sent_of(i))
                )
                and (role := _role(p, i)) is not None
                and role[0] == "growth"
            ):
                # 工业投资占全部投资的比重为42.5%,…;工业投资同比增长21.9%, or …比重为20.5%,
                # 完成投资同比增长358.6%: the growth of the item the share opened
                current = last
                current.growth = i
                continue
            current = Item(i, subject)
            items.append(current)
            if f.family in LEVEL_FAMILIES:
                current.level = i
            elif (role := _role(p, i)) is not None and role[0] == "share":
                current.shares.append((i, role[1]))
            else:
                current.growth = i
            continue
        if current is None:
            # 第二产业增加值同比增长4.1%。第二产业拉动全县GDP增长1.94个百分点: a sentence that
            # names an earlier item again, with no figure opening one, goes on with it
            head = p.view[p.sent_start(f.vstart) : f.vstart]
            # (三季度,第一产业对…的贡献率为6.6%: after a clause of time)
            period = _PERIOD_WORDS.match(head)
            head = head[period.end() :] if period else head
            current = next(
                (
                    it
                    for it in reversed(items[-8:])
                    if len(name := re.sub(r"(?:增加值|投资|完成)+$", "", _core(it.subject, p))) >= 2
                    and head.lstrip().startswith(name)
                ),
                None,
            )
            if current is None:
                continue
        role = _role(p, i)
        if (
            role is None
            and f.unit == "个百分点"
            and current.shares
            and current.shares[-1][0] == i - 1
            and re.fullmatch(
                r"\W*(?:同比|比上年同期|较上年同期|比去年同期|较去年同期)?"
                rf"(?:{MOVES})了?",
                p.before(i),
            )
        ):
            role = ("share_change", "")  # 占X的比重为s%,同比提高d个百分点
        if role is None:
            continue
        kind, words = role
        if kind in ("growth", "over_two_years", "two_year_average"):
            if getattr(current, kind) is None:
                setattr(current, kind, i)
        else:
            getattr(current, kind + "s").append((i, words))
    _distribute(p, items)
    _scopes(p, items)
    return items


#: "A中," at a clause's start: what follows is part of A (到位资金中, 120个前期项目中)
_WITHIN = re.compile(
    r"(?:^|(?<=[,;。\n:]))\s*([^,;。\n:]{2,16}?)中"
    # (not a word 中 begins: 东中部, 中小企业, 中心, 中央)
    r"(?![部心国小央医药等期游高铁亚东西南北外华型层级])"
    r"\s*(?=[,:]|\d|[\u4e00-\u9fff]{1,8}\d)"
)


def _scopes(p: Parsed, items: Items) -> None:
    """Items named in the sentence after "A中," are parts of A: A is the item whose level
    the words print, else the nearest earlier item of the subject they name."""
    heads = [it.head for it in items]
    starts = p.starts
    # 其中 first: a name resolved below may name the whole of a part 其中 opened
    for m in re.finditer("其中", p.view):
        # the whole of a 其中 list: the last level printed before it in its sentence
        after = bisect.bisect_left(starts, m.end())
        s0 = p.sent_start(m.start())
        if not re.search(r"\d", p.view[s0 : m.start()]) and s0 > 0:
            # 。其中, opens a list of the sentence before, also from a new line (。\n其中,)
            prev = s0 - 1
            while prev > 0 and p.view[prev].isspace():
                prev -= 1
            s0 = p.sent_start(prev)
        before = [
            it
            for it in items.near(after)
            if it.level is not None and s0 <= p.figs[it.level].vstart < m.start()
        ]
        if before:
            end = _list_end(p, m.end())
            if _in_aside(p.view, m.start()):
                # (其中亿元以上171个): the list ends with the brackets
                close = re.search(r"[)）]", p.view[m.end() : end])
                end = m.end() + close.start() if close else end
            _mark_within(p, items, heads, after, end, before[-1], True, m.start())
    scopes = list(_WITHIN.finditer(p.view))
    for n, m in enumerate(scopes):
        words = m.group(1)
        if words.startswith("其") or words.endswith(("其", "集", "当", "之", "期")):
            continue  # 其中 is the grammar's; 集中, 当中, 期中 open no scope
        first = bisect.bisect_left(starts, m.start(1))
        inside = [k for k in range(first, len(p.figs)) if p.figs[k].vstart < m.end(1)]
        after = bisect.bisect_left(starts, m.end())
        whole: Item | None = None
        if inside:
            whole = next((it for it in items.near(inside[0]) if it.level in inside), None)
        else:
            earlier = [it for it in items.near(after) if p.figs[it.head].vstart < m.start()]
            whole = resolve_name(p, earlier, words) if earlier else None
        if whole is None:
            continue
        end = _list_end(p, m.end())
        if p.view[m.start() - 1 : m.start()] in (";", "；"):
            # (71个续建项目全部开工;29个新建项目中,开工18个,…;11个预备项目…: a scope that is
            # one entry of a ;-list ends where an entry names a sibling class of its list;
            # 新建项目30个中,工业项目12个;服务业项目10个: its own parts go on)
            for semi in re.finditer("[;；]", p.view[m.end() : end]):
                entry = p.view[m.end() + semi.end() : m.end() + semi.end() + 16]
                if _sibling_classes(p, words, entry):
                    end = m.end() + semi.start()
                    break
        if n + 1 < len(scopes):
            end = min(end, scopes[n + 1].start(1))  # …;11个省直部门中,…: the next list's
        # (what a name opens wins over what 其中 opened before)
        _mark_within(p, items, heads, after, end, whole, False, m.start(), over_qizhong=True)


def _sibling_classes(p: Parsed, a: str, b: str) -> bool:
    """Whether words ``a`` and ``b`` name two classes of one classification of a list the
    lexicon knows (续建项目, 新建项目, 预备项目; 计划竣工项目, 计划新开工项目)."""
    groups = [parts + p.lex.exhaustive_also.get(parts, ()) for parts, _ in p.lex.exhaustive]
    groups += list(p.lex.list_classes)
    for group in groups:
        in_a = {w for w in group if w in a}
        in_b = {w for w in group if w in b}
        if in_a and in_b and not in_a & in_b:
            return True
    return False


def _list_end(p: Parsed, pos: int) -> int:
    """Where a list opened at ``pos`` ends: its full stop or line end (its items are often
    separated by semicolons), or the next point of an enumeration (…;四是工业项目…)."""
    ends = [e for e in (p.view.find("。", pos), p.view.find("\n", pos)) if e >= 0]
    end = min(ends) if ends else len(p.view)
    point = _NEXT_POINT.search(p.view, pos, end)
    return point.start() if point else end


#: the next point of an enumeration in a sentence (一是…;二是…)
_NEXT_POINT = re.compile(r"[;；,，]\s*[一二三四五六七八九十]是")


def _mark_within(
    p, items, heads, after: int, end: int, whole: Item, qizhong: bool, at: int, over_qizhong=False
) -> None:
    for it in items[bisect.bisect_left(heads, after) :]:
        if p.figs[it.head].vstart >= end:
            break
        if it is not whole and (it.within is None or (over_qizhong and it.within_qizhong)):
            it.within, it.within_qizhong, it.within_at = whole, qizhong, at


def _distribute(p: Parsed, items: list[Item]) -> None:
    """A、B分别…x和y: each figure after 分别 belongs to the item its name names, in order,
    with the role and comparator of the first (units distributed by the figure reader)."""
    last_names: list[str] = []
    last_sentence = -1
    moved: set[int] = set()
    owner = {}
    for it in items:
        for k in [it.head, it.level, it.growth, it.over_two_years, it.two_year_average]:
            if k is not None:
                owner[k] = it
        for lst in (it.shares, it.gaps, it.pulls, it.contributions, it.share_changes):
            for k, _ in lst:
                owner[k] = it
    starts = p.starts
    runs: list[tuple[int, list[int], list[str] | None, list[str]]] = []
    for m in re.finditer("分别", p.view):
        first = bisect.bisect_left(starts, m.end())
        figs = list(range(first, min(first + 8, len(p.figs))))
        if not figs or p.clause[p.figs[figs[0]].vstart] != p.clause[m.start()]:
            continue
        run = [figs[0]]
        wholes: list[str] = []  # 分别占项目总数的85.5%和总投资额的73%: each share's own whole
        for k in figs[1:]:
            gap = p.view[p.figs[run[-1]].vend : p.figs[k].vstart]
            if re.fullmatch(r"\s*[、,和与及]\s*", gap):
                run.append(k)
                continue
            own = re.fullmatch(r"\s*[、和与及]\s*([^\d,;。、]{2,10}?)的\s*", gap)
            if own is None or p.figs[k].unit != "%" or p.figs[run[0]].unit != "%":
                break
            wholes.append(own.group(1))
            run.append(k)
        if wholes and len(wholes) != len(run) - 1:
            continue
        runs.append((m.start(), run, None, wholes))
    # (…分别增长6.8%、6.1%,占全部投资的比重达到70.4%、72.1%: a later run of the sentence
    # that the reader gave the same names)
    runs += [(p.figs[run[0]].vstart, run, names, []) for run, names in p.memo.get("carried", [])]
    roles_said: dict[int, list[str]] = {}  # sentence -> the roles of its runs so far
    for at, run, carried, wholes in sorted(runs, key=lambda r: r[0]):
        if carried is not None:
            names = carried
        else:
            names = names_before(p, at)
            sentence = p.sent[at]
            if not names and sentence == last_sentence:
                names = last_names
            last_names, last_sentence = names, sentence
        if (
            len(run) >= 2
            and (wholes or not names)
            and _shares_of_levels(p, items, owner, at, run, wholes)
        ):
            roles_said.setdefault(p.sent[at], []).append("share")
            continue
        if wholes:
            continue
        role = _role(p, run[0])
        sentence_roles = roles_said.setdefault(p.sent[at], [])
        if (
            role is None
            and p.figs[run[0]].unit == "个百分点"
            and sentence_roles[-1:] == ["share"]
            and re.search(rf"(?:同比|(?:比|较)(?:上年|去年)同期)(?:{MOVES})了?$", p.before(run[0]))
            # (增速分别比上年同期提高3.0、2.0个百分点: the growth's change, not the share's)
            and not re.search(r"增速|增幅|增长", p.before(run[0], "clause"))
        ):
            role = ("share_change", "")  # …比重达到70.4%、72.1%,分别比上年同期提高3.1、2.8个百分点
        if role is not None:
            sentence_roles.append(role[0])
        compared = re.split(r"[和、与及]", role[1]) if role and role[0] != "growth" else []
        if role and len(run) >= 2 and len(compared) == len(run) and all(compared):
            # 对工业投资和全市投资增长的贡献率分别为70.3%、32.7%: the names are the wholes the
            # figures compare with, one each, in order; the subject is the first one's item
            subject = owner.get(run[0])
            if subject is not None:
                for k, whole in zip(run, compared):
                    _release(owner, k)
                    getattr(subject, role[0] + "s").append((k, whole))
            continue
        if len(run) < 2 or len(names) != len(run):
            continue
        if role is None:
            if all(p.figs[k].family in LEVEL_FAMILIES for k in run):
                # 第一、二、三产业分别到位资金197.3亿元、768.5亿元和1129.3亿元: each level
                # opened an item of its own; it is the named one's
                for k, name in zip(run, names):
                    opened = owner.get(k)
                    if opened is not None and opened.head == k:
                        opened.subject = name
            continue
        kind, words = role
        for k, name in zip(run, names):
            # (not an item a figure of the run opened itself: 一、三产业占…比重分别为5.1%和
            # 65.1% are the shares of the items named 第一产业投资, 第三产业投资 before;
            # nor one whose opening figure went to another item before)
            named = resolve_name(
                p,
                [it for it in _near(items, k) if it.head not in run and it.head not in moved],
                name,
            )
            if named is None or (
                kind == "growth"
                and named.growth not in (None, k)
                and named.growth not in run
                # (工业投资、基础设施投资分别增长12.0%、…after 工业投资…增长12.0%: the same
                # growth printed again, of the item named)
                and (
                    p.figs[named.growth].value != p.figs[k].value
                    or p.readings[named.growth].period != p.readings[k].period
                )
            ):
                # 规模以上轻、重工业分别增长…: not the growth 规模以上工业 has; 工业投资、
                # 基础设施投资分别增长5.2%、5.5%, not printed before: a growth rate no item
                # holds opens the item it names, which the sentence's later runs qualify
                if owner.get(k) is None and kind == "growth":
                    opened = Item(k, name, growth=k)
                    bisect.insort(items, opened, key=lambda it: it.head)
                    owner[k] = opened
                continue
            old = _release(owner, k)
            if old is not None and old is not named:
                moved.add(k)
            if kind in ("growth", "over_two_years", "two_year_average"):
                had = getattr(named, kind)
                if had not in (None, k) and had not in run and named is not old:
                    continue  # (a growth printed again; two-year rates the item holds)
                # (a figure of this run it holds was given it in reading order: 增速分别为
                # 20%和12% after 工业和技改投资分别完成…: 12% is 技改投资's, not 20%)
                setattr(named, kind, k)
            else:
                getattr(named, kind + "s").append((k, words))

    # an item opened by a figure that went to the item its name names holds nothing now
    items[:] = [it for it in items if not (it.head in moved and _empty(it))]


def _release(owner: dict, k: int) -> Item | None:
    """Take figure ``k`` out of the qualifying lists of the item that holds it (to give it
    to another); that item, if any."""
    old = owner.get(k)
    if old is not None:
        for lst in (old.shares, old.gaps, old.pulls, old.contributions):
            lst[:] = [x for x in lst if x[0] != k]
    return old


def _empty(it: Item) -> bool:
    """An item with no figure of its own left (its head moved to the item it names)."""
    return (
        it.level is None
        and not any(
            (it.growth, it.over_two_years, it.two_year_average, it.shares, it.gaps, it.pulls)
        )
        and not (it.contributions or it.share_changes)
    )


def _shares_of_levels(
    p: Parsed,
    items,
    owner: dict,
    at: int,
    run: list[int],
    wholes: list[str] = (),  # type: ignore[assignment]
) -> bool:
    """项目27个,总投资438.12亿元,占比分别为23.3%和35.7%: shares after 分别 that name no
    subjects are those of the levels printed right before, in order, one per measure (a
    count, an amount); each of the whole the first names, of its own (分别占项目总数的
    85.5%和总投资额的73%), or of the wholes named together in order (分别占开工项目数和
    总投资的52.63%和49.94%). Whether it applied."""
    role = _role(p, run[0])
    if role is None or role[0] != "share":
        return False
    s0 = p.sent_start(at)
    levels = [
        it
        for it in _near(items, run[0])
        if it.level is not None and s0 <= p.figs[it.level].vstart < at
    ][-len(run) :]
    units = {p.figs[it.level].unit for it in levels}  # type: ignore[index]
    if len(levels) != len(run):
        return False
    if len(units) != len(run):
        # 战略性新兴产业43个、现代服务业项目40个,分别占项目总数的43.4%和40.4%: levels of
        # one measure, printed one after the other, each of an item of its own
        own = {it.level for it in levels}
        if (
            len(units) != 1
            or any(p.figs[k].hedge is not None for k in own)  # type: ignore[index]
            or any(
                k not in own and not p.readings[k].threshold  # (a class's name between)
                for k in range(levels[0].level, run[0])  # type: ignore[arg-type]
            )
            or len({_core(it.subject, p) for it in levels}) != len(levels)
        ):
            return False
    named = [role[1], *wholes] if wholes else [role[1]] * len(run)
    joint = re.split(r"[和与及、]", role[1].removesuffix("的"))
    if (
        not wholes
        and len(joint) == len(run)
        and all(len(w) >= 2 for w in joint)
        and all(_names_the_measure(p, w, it.level) for w, it in zip(joint, levels))
    ):
        named = joint  # 分别占开工项目数和总投资的52.63%和49.94%: the wholes in order
    for k, it, words in zip(run, levels, named):
        old = owner.get(k)
        if old is not None:
            old.shares[:] = [x for x in old.shares if x[0] != k]
        it.shares.append((k, words))
    return True


def _names_the_measure(p: Parsed, words: str, level: int | None) -> bool:
    """Whether the name of a whole says what the level measures (项目数 for a count, 总投资
    for an amount): 工业和信息化项目 names one whole, not a count's and an amount's."""
    if level is None:
        return False
    family = p.figs[level].family
    if family == "count":
        return bool(re.search(r"数|个", words))
    if family == "money":
        return bool(re.search(r"投资|资金|额|值", words))  # (金额, 总额, 产值)
    return False


def resolve_name(p: Parsed, items: list[Item], name: str) -> Item | None:
    """The item whose subject a listed name names best (at least 0.6 of its bigrams; of
    equals, the one whose subject is nearest the name in length, then the latest)."""
    # (在此次开工的项目中: a relative clause with 的 names the list 开工项目 names)
    core = (_core(name, p) or name).replace("的", "")
    scored = []
    for it in items:
        subject = (_core(it.subject, p) or it.subject).replace("的", "")
        score = _overlap(core, subject)
        if score >= 0.6 and not _other_part(p, core, subject):
            scored.append((score, -abs(len(subject) - len(core)), it.head, it))
    if not scored:
        return None
    best = max(scored, key=lambda t: t[:3])[3]
    if re.match(r"在?(?:全部|所有)", name):
        # (在全部施工项目中: all of them, not the part of them named last, 其中新开工项目)
        while best.within is not None and best.within in items:
            best = best.within
    return best


def _other_part(p: Parsed, name: str, subject: str) -> bool:
    """Whether ``subject`` is a part of a classification the lexicon calls exhaustive
    (第三产业投资) that ``name`` does not name (产业投资, 工业投资): another subject, however
    many characters they share."""
    if re.search(r"[、和及与等]", subject):
        return False  # (制造业、基础设施和房地产开发等三大行业: a list, no part)
    return any(
        subject.startswith(part) and part not in name
        for parts, _ in p.lex.exhaustive
        for part in parts
    )


# --- resolving what a comparator names -------------------------------------------------


def _cleaned(p: Parsed, words: str) -> str:
    """``_clean_subject`` once per distinct phrase of the text."""
    memo = p.memo.setdefault("clean", {})
    if words not in memo:
        memo[words] = _clean_subject(words, p.lex)
    return memo[words]


def _core(words: str, p: Parsed) -> str:
    s = _cleaned(p, words)
    s = _COMPARATOR_TAIL.sub("", s)
    # (全省全社会累计完成固定资产投资 -> 固定资产投资)
    core = _cut_total(s)
    if core in p.lex.same_names:  # (拉动GDP增长: of the 地区生产总值, cut the same way)
        core = _cut_total(p.lex.same_names[core])
    return core


def _cut_total(words: str) -> str:
    """A subject without the words that say it is a total (全社会, 累计完成)."""
    return re.sub(r"^(?:同期|累计|完成|实现)+", "", _TOTAL.sub("", words))  # (占同期…的)


class Items(list):
    """The text's items in order, with their heads indexed (for windows found by bisection)."""

    _heads: list[int] | None = None

    def near(self, head: int) -> list[Item]:
        """The items whose head lies within the window around figure ``head``."""
        if self._heads is None or len(self._heads) != len(self):
            self._heads = [it.head for it in self]
        lo = bisect.bisect_left(self._heads, head - _WINDOW)
        return self[lo : bisect.bisect_right(self._heads, head + _WINDOW)]


def _months(p: Parsed, it: Item) -> str:
    """The period of the figure that stands for an item: its level, else the one that
    opened it."""
    return p.readings[it.level if it.level is not None else it.head].period


def _near(items: list[Item], head: int) -> list[Item]:
    return items.near(head) if isinstance(items, Items) else items


def resolve(
    p: Parsed, items: list[Item], words: str, of: Item, need: str, above: float = 0.0
) -> Item | None:
    """The item a comparator's words name, among those with the figure ``need`` (level,
    growth): the one whose subject matches best; when the words only say "the whole"
    (全部投资, 投资, or nothing: 占比), the text's total, the first such item (a release
    leads with it); for "the average" (全市平均水平), the first item of the paragraph."""
    core = _core(words, p)
    pool = [
        it
        for it in _near(items, of.head)
        if it is not of
        and getattr(it, need) is not None
        and p.figs[getattr(it, need)].hedge is None
        # (a part's sibling in one list is no whole of its level, unless the words name it:
        # 其中,省外项目…30.1亿元,占…;省内项目…20.1亿元,占本年到位资金的40.04%, but 工业
        # 投资70亿元;工业技改投资31.6亿元,占工业投资的45.1%)
        and not (
            need == "level"
            and of.within is not None
            and it.within is of.within
            and it.within_at == of.within_at
            and _core(it.subject, p) not in core
        )
    ]
    if need == "level" and of.level is not None:
        unit = p.figs[of.level].kin
        pool = [it for it in pool if p.figs[it.level].kin == unit]  # type: ignore[index]
        # the whole of a share below 100% is more than its part
        if above:
            pool = [it for it in pool if p.figs[it.level].value > above]  # type: ignore[index]
    if not pool:
        return None
    within = of.within
    scope = within if within is not None and within in pool else None
    if core not in _GENERIC:
        if _OWN_LEVEL.match(words):
            # 占全区工业投资的: the region's own, not a place's or a group's within it
            # (西部七盟市完成工业固定资产投资)
            pool = [
                it
                for it in pool
                if not _PLACE_QUALIFIED.match(
                    _without_own_place(_cleaned(p, it.subject), p, p.own_places)
                )
            ]
            if not pool:
                return None
        # of equal matches, one whose subject is the named whole itself (全社会固定资产投资
        # for 固定资产投资), not one with a qualifier of its own (城镇固定资产投资)
        # (of equal matches, the one of the part's own months: 全州投资 is the first half's
        # 109.5亿元 for a first-half part, not June's 49.4亿元 printed nearer)
        months = _months(p, of)
        scored = [
            (
                _overlap(core, _core(it.subject, p)) + 0.01 * (_core(it.subject, p) == core),
                -abs(it.head - of.head),
                it,
            )
            for it in pool
        ]
        best = max(
            scored,
            key=lambda t: (t[0], _months(p, t[2]) == months, t[1]),
        )
        if best[0] >= 0.6:
            if _TOTAL.search(words) or core == _core(of.subject, p):
                # 占总到位资金的 / 到位资金占到位资金的: the total of that measure, which a
                # text prints before its parts, not the nearest part of the same name
                near_best = [t for t in scored if t[0] >= best[0] - 0.011]
                # (of the part's months where the text prints one: 一季度…291亿元 for a first
                # quarter's part, not January to May's 509亿元 printed first)
                near_best = [t for t in near_best if _months(p, t[2]) == months] or near_best
                # (完成投资236.41亿元,占同期“十百千”项目投资总量的54.23%: of the list's
                # completed investment, not its 总投资 printed first, where the words name no
                # measure of their own)
                measure = (
                    p.readings[of.level].measure
                    if need == "level"
                    and of.level is not None
                    and not re.search("总投资|计划", words)
                    else None
                )
                of_measure = (
                    [t for t in near_best if p.readings[t[2].level].measure == measure]  # type: ignore[index]
                    if measure is not None
                    else []
                )
                near_best = of_measure or near_best
                first = min(near_best, key=lambda t: t[2].head)[2]
                if need == "level" and _TOTAL.search(words):
                    # (占在建项目总数89.3%: 300个在建市重点项目 printed first, not its part
                    # 县级管理在建项目271个 that names the words more closely)
                    value = p.figs[first.level].value  # type: ignore[index]
                    first = next(
                        (
                            t[2]
                            for t in sorted(scored, key=lambda t: t[2].head)
                            if t[0] >= 0.6 * best[0]
                            and t[2].head < first.head
                            and _months(p, t[2]) == _months(p, first)
                            and p.figs[t[2].level].value > value  # type: ignore[index]
                            and (not of_measure or p.readings[t[2].level].measure == measure)  # type: ignore[index]
                        ),
                        first,
                    )
                return first
            return best[2]
        # 其中工业25.84亿元占全年指标的25.84%: words that name a whole of their own
        # which the text does not print are not the whole 其中 opened
        # (占签约总个数的, 占全市到资的: the total, which 其中 opened, by another name)
        names_scope = scope is not None and _overlap(core, _core(scope.subject, p)) >= 0.3
        if names_scope or len(core) < 2 or scope is not None:
            return scope if names_scope or len(core) < 2 or _TOTAL.search(words) else None
        if _overlap(core, _core(of.subject, p)) >= 0.6:
            return None  # (工业固定资产投资…高于全市固定资产投资增速: a whole the text lacks)
        own = _without_own_place(words, p, p.own_place)
        if not _TOTAL.search(words) or re.match(
            r"(?![全本])[\u4e00-\u9fff]{1,6}?[省市县区州盟旗](?:的)?(?:总|全部)", own
        ):
            return None  # (占陕西省总量的: another place's total, which the text does not print)
        # 占全市总投资额的, 占项目总数的: the text's total by another name (found below)
    if within is not None and core in _GENERIC and need == "level":
        # 新签项目中市内项目…到位资金6.7亿元,占比72.8%: the same measure of the whole the
        # part is named within (新签项目…到位资金9.2亿元), the first printed after that whole
        own = _core(of.subject, p)
        same = [
            it
            for it in pool
            if within.head <= it.head < of.head
            and it.within is not within
            and _core(it.subject, p) == own
        ]
        if own and same:
            return same[0]
    if core in _GENERIC and not _TOTAL.search(words):
        # 来自沪苏浙的新签约亿元以上工业项目……占比: the part names its whole's subject with a
        # qualifier before it (新签约亿元以上工业项目), nearer than what 其中 opened
        own = _listed_subject(p, items, of)
        named = [
            it
            for it in pool
            if it.head < of.head
            and len(s := _listed_subject(p, items, it)) >= 4
            and s != own
            and own.endswith(s)
        ]
        if named:
            return named[-1]
    if scope is not None and not _TOTAL.search(words):
        # 到位资金中,自筹资金…占比: a share of the whole it is named within (not where the
        # words name the whole itself: 占整体投资的比重, 占全部投资的)
        return scope
    # (the part's own subject printed again, in a headline, is no whole of it)
    own_core = _core(of.subject, p)
    # (投资额: only a measure, not a subject)
    own_named = bool(own_core) and not _MEASURE_ONLY.fullmatch(own_core)
    before = [
        it
        for it in pool
        if it.head < of.head
        and not (own_named and _core(it.subject, p) == own_core)
        # (a part of a split by definition, 第一产业, is no text's total: a release that
        # prints only the three industries prints no total)
        and not _part_of_a_split(p, it)
        # (nor one whose share of the whole these words name is printed: 工业投资…占全市投资
        # 的比重为35.5% is no 全市投资)
        and not _share_of(p, it, core)
    ]
    if not before:
        return None
    if core == "" and "平均" in words:
        # 城区规上工业增加值…高于全市平均水平: the whole the part is one of, which a text
        # prints before its parts (规模以上工业增加值…下降2.7%), else the paragraph's first
        # (an item named only by the text's own place, 一季度,内蒙古,同比增长9.84%: its total)
        place = [it for it in before if _cleaned(p, it.subject) in p.own_places]
        named = [it for it in before if _overlap(own_core, _core(it.subject, p)) >= 0.6]
        if place or named:
            return (place or named)[0]
        para = p.para_of(of.head)
        same = [it for it in before if p.para_of(it.head) == para]
        return same[0] if same else None
    if core and _real(p, before[0]):
        # 占全市投资的比重 in a release that leads with GDP: investment is never value added;
        # the whole is the first item of the part's paragraph, when it is not value added
        para = p.para_of(of.head)
        same = [it for it in before if p.para_of(it.head) == para]
        if same and not _real(p, same[0]):
            return same[0]
    # (4月份,…投资完成43.6亿元…1-4月,…投资完成116.1亿元…开发区完成投资20.9亿元,…拉动全市
    # 投资增长4.0个百分点: the text's total for the part's own period, where it prints one)
    period = _months(p, of)
    total = _core(before[0].subject, p)
    return next(
        (it for it in before if _months(p, it) == period and _core(it.subject, p) == total),
        before[0],
    )


def _share_of(p: Parsed, it: Item, core: str) -> bool:
    """Whether the item prints its share of the whole whose core name is ``core`` (工业投资
    …占全市投资的比重为35.5%: a part of 全市投资, never that whole)."""
    return any(_core(w, p) == core for _, w in it.shares)


#: words naming the text's own level of place as the whole (全区, 全市, 全省, 全县)
_OWN_LEVEL = re.compile(r"全(?:区|市|省|县|州|盟|旗)")
#: a subject led by a place or a group of places (鄂尔多斯市…, 西部七盟市…, 县域…)
_PLACE_QUALIFIED = re.compile(
    r"(?![全本])[^\d,;。]{1,6}?(?:市|盟|县|区|旗|州|省)(?!级|属|直|重点|外|内|域外|生产总值)"
)

#: subjects that are only a measure (总投资355.1亿元 after a list's count)
_MEASURE_ONLY = re.compile(r"(?:计划)?(?:总投资|投资额?|完成投资|签约额|签约金额|金额|到位资金)")


def _listed_subject(p: Parsed, items: list[Item], it: Item) -> str:
    """An item's subject, or, when its subject is only a measure (……项目58个,总投资355.1亿
    元), the subject of the item before it in its sentence: the list it measures."""
    own = _core(it.subject, p)
    if not _MEASURE_ONLY.fullmatch(own):
        return own
    sent = p.sent_of(it.head)
    before = [x for x in _near(items, it.head) if x.head < it.head and p.sent_of(x.head) == sent]
    return _core(before[-1].subject, p) if before else own


#: comparator cores that name no subject of their own, only "the whole"
_GENERIC = ("", "投资", "资金", "比")


# --- the catalogue -----------------------------------------------------------------------


@dataclass(frozen=True)
class Relation:
    """One family of relation the genre states: the engine kind that checks it, its roles,
    an example, and how it is found among the items."""

    name: str
    family: str
    kind: str
    roles: tuple[str, ...]
    example: str
    find: Callable[[Parsed, list[Item]], list[Statement]]
    #: a second reading: used only where the grammar has no statement on the figure
    fallback: bool = False
    #: one more statement on a whole that may have several (a part within it): kept beside
    #: the grammar's statements on the figure, replacing none, unless one says the same
    beside: bool = False


def _span(p: Parsed, roles: list[tuple[str, int]]) -> tuple[int, int]:
    ks = [k for _, k in roles]
    return p.figs[min(ks)].vstart, p.figs[max(ks)].vend


def _statement(p: Parsed, kind: str, roles, tested: int | None, **kw) -> Statement:
    start, end = _span(p, roles)
    return Statement(kind, roles, tested, start=start, end=end, **kw)


#: words naming an amount of money as the whole of a share
_AN_AMOUNT = re.compile(r"资金|投资|金额|总额|产值|收入")


def _shares(p: Parsed, items: list[Item]) -> list[Statement]:
    out = []
    for it in items:
        if it.level is None:
            continue
        if in_level_list(p, it.level):
            continue  # 分别完成106亿元、95亿元、45亿元,占…的85%: the share of them all (below)
        for s, words in it.shares:
            if re.search(r"计划|目标|任务", words):
                continue
            if p.figs[it.level].family == "count" and _AN_AMOUNT.search(words):
                continue  # (4个地州市占全区到位资金的60.41%: their funds' share, not the count's)
            below = p.figs[s].value < 100
            whole = resolve(p, items, words, it, "level", p.figs[it.level].value if below else 0)
            if whole is None or whole.level is None:
                continue
            roles = [("part", it.level), ("whole", whole.level), ("stated", s)]
            if (it.within is None or _unnamed_share(it.within)) and (
                _unnamed(words) or not _core(words, p)
            ):
                # 占比36.7%, 占全省42.8%: which printed whole, if any, the text does not say
                # (nor for a part within a whole that is itself a share of one not named:
                # 5亿元以上项目56个,占比56.7%,其中,5亿元至10亿元项目18个,…占比分别达18.2%)
                others = [k for k in unnamed_wholes(p, it.level, s) if k != whole.level]
                wholes = [whole.level, *others]
                out.append(one_of([_share(p, roles, k) for k in wholes], "whole_unnamed"))
            elif _TOTAL.search(words) and (core := _core(words, p)) not in _GENERIC:
                # 占总到位资金的38.0%, where the text prints the 到位资金 of all projects, of
                # the new ones and of the continuing ones: which total is meant
                value = p.figs[it.level].number or 0
                others = [
                    x.level
                    for x in _near(items, it.head)
                    if x is not it
                    and x is not whole
                    and x.level is not None
                    and p.figs[x.level].kin == p.figs[it.level].kin
                    and (p.figs[x.level].number or 0) > value
                    and _overlap(core, _core(x.subject, p)) >= 0.6
                ]
                out.append(
                    one_of([_share(p, roles, k) for k in [whole.level, *others]], "total_ambiguous")
                    if others
                    else _statement(p, "ratio", roles, s)
                )
            else:
                out.append(_statement(p, "ratio", roles, s))
    return out


def _shares_of_listed_levels(p: Parsed, items: list[Item]) -> list[Statement]:
    """A share printed after a list of levels (工业、交通、能源项目分别完成投资106亿元、95亿元、
    45亿元,占全省重点项目投资总量的85%) is the share of their sum in the whole it names."""
    out = []
    for it in items:
        if it.level is None or not in_level_list(p, it.level):
            continue
        run = [it.level]
        while in_level_list(p, run[0]):
            run.insert(0, run[0] - 1)
        kin = p.figs[it.level].kin
        if any(p.figs[k].kin != kin or p.figs[k].hedge is not None for k in run):
            continue
        if len(it.shares) != 1:
            continue  # (分别占…的40%、30%: each level's own share, the grammar's)
        for s, words in it.shares:
            if _unnamed(words) or re.search(r"计划|目标|任务", words):
                continue  # (a share of a whole the words do not name: which one is unsaid)
            if "分别" in p.view[p.figs[it.level].vend : p.figs[s].vstart]:
                continue
            total = sum(p.figs[k].value for k in run)
            below = p.figs[s].value < 100
            whole = resolve(p, items, words, it, "level", total if below else 0)
            if whole is None or whole.level is None or whole.level in run:
                continue
            roles = [*(("part", k) for k in run), ("whole", whole.level), ("stated", s)]
            out.append(_statement(p, "ratio", roles, s))
    return out


def _unnamed(words: str) -> bool:
    """Whether a share's words name no whole (占比, 比重)."""
    return words.strip("的") in ("", "比")


def _unnamed_share(it: Item) -> bool:
    """Whether an item prints a share of a whole it does not name (…56个,占比56.7%)."""
    return any(_unnamed(w) for _, w in it.shares)


def _share(p: Parsed, roles: list[tuple[str, int]], whole: int) -> Statement:
    """The share ``roles`` state (part, whole, stated) read over another ``whole``."""
    (_, part), _, (_, stated) = roles
    return _statement(p, "ratio", [("part", part), ("whole", whole), ("stated", stated)], stated)


#: an amount per item of a list (项目平均投资规模超过3.5亿元, 项目平均计划投资1.95亿美元;
#: 单体, "each one", on either side of 平均: 项目单体平均投资规模, 项目平均单体投资规模)
_AVERAGE = re.compile(
    r"(?:项目|个)(?:单体)?(?:平均|均)(?:单体)?(?:计划)?(?:投资|总投资|签约额|金额)(?:规模|额)?"
    r"(?:超过|达到?|为)?$"
)


def _averages(p: Parsed, items: list[Item]) -> list[Statement]:
    """An average amount per project is the list's amount over its count: the count and the
    amount after it in the average's sentence (引进……项目200个,合同区外投资额758亿元,项目
    平均投资规模超过3.5亿元), else the list the text opens with (此次集中签约33个项目,总投资
    64.2亿美元 … 项目平均计划投资1.95亿美元)."""
    out = []
    figs = p.figs
    for k, f in enumerate(figs):
        if f.family != "money" or not _AVERAGE.search(p.before(k).replace("的", "")):
            continue
        own = [j for j in p.in_sentence(k) if j < k]
        opening = list(range(0, min(k, _WINDOW)))
        found = _count_and_amount(p, own, f.kin) or _count_and_amount(p, opening, f.kin)
        if found is None:
            continue
        count, amount = found
        roles = [("part", amount), ("whole", count), ("stated", k)]
        out.append(_statement(p, "ratio", roles, k))
    return out


def _count_and_amount(p: Parsed, ks: list[int], unit: str) -> tuple[int, int] | None:
    """The first count among ``ks`` with an amount in ``unit`` after it in its sentence."""
    figs = p.figs
    for j in ks:
        if figs[j].family != "count" or figs[j].hedge is not None:
            continue
        amount = next(
            (
                a
                for a in ks
                if a > j
                and figs[a].kin == unit
                and figs[a].hedge is None
                and p.sent_of(a) == p.sent_of(j)
                and not per_head(p, a)
            ),
            None,
        )
        if amount is not None:
            return j, amount
    return None


def _gaps(p: Parsed, items: list[Item]) -> list[Statement]:
    out = []
    for it in items:
        if it.growth is None:
            continue
        for g, words in it.gaps:
            if re.search(r"时序|序时|时间进度|全国|全省", words) or re.search(_EARLIER, words):
                continue
            other = resolve(p, items, words, it, "growth")
            if other is None or other.growth is None:
                continue
            if any(w == words for _, w in other.gaps):
                # (工业投资…增速高于全市22.3个百分点; "四新"投资…高于全市6.8个百分点: one
                # compared with 全市 is not 全市 for the other)
                continue
            roles = [("value", it.growth), ("gap", g)]

            def gap(to: int | None, roles=roles, g=g) -> Statement:
                return _statement(p, "gap", roles, g, comparator="self", measure_of=to)

            st = gap(other.growth)
            core = _core(words, p)
            if core not in _GENERIC:
                # 比规上工业增速高: 规上工业's value added, its revenue, its energy use…: other
                # growth rates the words name as well are readings too, the nearest first
                more = [
                    x
                    for x in _near(items, it.head)
                    if x is not it
                    and x is not other
                    and x.growth is not None
                    and _overlap(core, _core(x.subject, p)) >= 0.6
                ]
                more.sort(key=lambda x: abs(x.head - it.head))
                if more:
                    st = one_of([st, *(gap(x.growth) for x in more[:3])], "comparator_ambiguous")
            out.append(st)
    return out


_PROGRESS = ("占年度计划", "完成率")
_ABOVE_AVERAGE = re.compile(
    r"(?:高于|高出|低于|超过|超出|快于|慢于|领先)([^,;。]{0,8}?平均(?:进度|水平)?)$"
)


def _progress(p: Parsed, k: int) -> str | None:
    """The kind of progress rate a percentage is (share of plan, or a rate such as 开工率)."""
    m = p.readings[k].measure
    if p.figs[k].unit != "%":
        return None
    return "plan" if m in _PROGRESS else (m if m in p.lex.rates else None)


def _gaps_to_the_average(p: Parsed, items: list[Item]) -> list[Statement]:
    """高于平均进度N个百分点: a part's progress rate against the same rate of the whole it
    belongs to, which the text printed before: the rate before the 其中 that opened the
    part's list, else the rate of the whole named by "A中,", else the nearest one."""
    out = []
    view = p.view
    for g, fig in enumerate(p.figs):
        if fig.unit != "个百分点" or not _ABOVE_AVERAGE.search(p.before(g)):
            continue
        rate = p.previous(g, lambda k: _progress(p, k) is not None)
        if rate is None:
            continue
        kind = _progress(p, rate)
        para = p.para_of(rate)
        earlier = [
            k
            for k in range(max(0, rate - _WINDOW), rate)
            if _progress(p, k) == kind
            and para - 2 <= p.para_of(k) <= para
            and p.figs[k].hedge is None
            and not re.search(r"(?:高于|低于|超过)[^,;。]*$", p.before(k))
        ]
        if not earlier:
            continue
        s0 = p.sent_start(p.figs[rate].vstart)
        qizhong = view.rfind("其中", p.figs[earlier[0]].vend, s0 + 1)
        if qizhong < 0:
            qizhong = view.rfind("其中", p.figs[earlier[0]].vend, p.figs[rate].vstart)
        scope = re.search(r"([\u4e00-\u9fff]{2,12})中[,:：]", view[s0 : p.figs[rate].vstart])
        if qizhong >= 0 and any(p.figs[k].vend <= qizhong for k in earlier):
            other = max(k for k in earlier if p.figs[k].vend <= qizhong)
        elif scope:
            named = [(_overlap(scope.group(1), p.readings[k].subject), k) for k in earlier]
            named = [t for t in named if t[0] >= 0.5]
            other = max(named)[1] if named else earlier[-1]
        else:
            other = earlier[-1]
        roles = [("value", rate), ("gap", g)]
        out.append(_statement(p, "gap", roles, g, comparator="self", measure_of=other))
    return out


def _two_year_averages(p: Parsed, items: list[Item]) -> list[Statement]:
    return [
        _statement(
            p,
            "two_year_average",
            [("over_two_years", it.over_two_years), ("average", it.two_year_average)],
            it.two_year_average,
        )
        for it in items
        if it.over_two_years is not None and it.two_year_average is not None
    ]


def _growth_roles(p: Parsed, items: list[Item], it: Item, words: str):
    """The part's and the whole's levels and growth rates; without the part's level, its
    printed share of the whole in their place (增长21.1%,占全部投资的65.4%,拉动…)."""
    if it.growth is None:
        return None
    if it.level is not None:
        whole = resolve(p, items, words, it, "level")
        if whole is not None and whole.level is not None and whole.growth is not None:
            return [
                ("part", it.level),
                ("part_growth", it.growth),
                ("whole", whole.level),
                ("whole_growth", whole.growth),
            ]
    # without the part's level, or the whole's (全市固定资产投资同比增长20.9%…基础设施投资
    # 完成44.03亿元,…占全市总投资额的比重为16.6%): its printed share of the whole
    if it.shares:
        share, share_words = it.shares[0]
        whole = resolve(p, items, share_words, it, "growth")
        if whole is None or whole.growth is None:
            return None
        named = resolve(p, items, words, it, "growth") if _core(words, p) else None
        if named is None and _share_of(p, whole, _core(words, p)):
            # 占工业投资的54.0%…对全市投资增长的贡献率: the words name a whole above the
            # share's (工业投资…占全市投资的35.5%) whose growth the text does not print
            return None
        if named is not None and named is not whole and named.growth is not None:
            # 占工业投资的52.1%,拉动全部投资增长18.9个百分点: the share's whole is itself a
            # share of the whole the pull names
            outer = next(
                (k for k, w in whole.shares if resolve(p, items, w, whole, "growth") is named),
                None,
            )
            if outer is None:
                return None
            return [
                ("share", share),
                ("outer_share", outer),
                ("part_growth", it.growth),
                ("whole_growth", named.growth),
            ]
        return [("share", share), ("part_growth", it.growth), ("whole_growth", whole.growth)]
    return None


def _real(p: Parsed, it: Item) -> bool:
    """Whether an item's growth is real, at constant prices (增加值, 地区生产总值)."""
    return any(w in it.subject for w in p.lex.real_growth)


#: words that name what a subject measures, besides value added (``real_growth``)
_MEASURE_NAMED = re.compile(r"投资|资金|收入|产值|利润|营收|销售|用电|税|额")


def _names_measure(p: Parsed, it: Item) -> bool:
    """Whether an item's subject says what it measures (工业投资, 工业增加值), not only
    which part it is (制造业, 采矿业)."""
    return _real(p, it) or bool(_MEASURE_NAMED.search(it.subject))


def _real_by_context(p: Parsed, items: list[Item], it: Item) -> bool:
    """Whether an item's growth is real: its own subject's word where it names a measure,
    else that of the last item before it that names one (规上工业增加值增长12.6%。…
    制造业同比增长14%: value added; 工业投资同比增长20%,其中制造业增长25%: investment)."""
    memo = p.memo.setdefault("real_by_context", {})
    if it.head not in memo:
        before = next(
            (
                x
                for x in reversed(_near(items, it.head))
                if x.head < it.head and _names_measure(p, x)
            ),
            None,
        )
        measured = it if _names_measure(p, it) else before
        memo[it.head] = _real(p, measured if measured is not None else it)
    return memo[it.head]


def _pulls(p: Parsed, items: list[Item]) -> list[Statement]:
    """拉动 N个百分点: from the part's and the whole's levels and growth rates; for a
    measure whose growth is real (value added), from the part's printed contribution rate
    times the whole's growth, since levels at current prices do not give it."""
    out = []
    for it in items:
        for k, words in it.pulls:
            whole_growth = None
            if not _real(p, it):
                roles = _growth_roles(p, items, it, words)
                if roles:
                    out.append(_statement(p, "pull", roles + [("pull", k)], k))
                    whole_growth = next(g for r, g in roles if r == "whole_growth")
            if whole_growth is None:
                # no levels (or real growth): the whole's growth rate is all the pair needs
                # (value added pulls value added: 规模以上工业 is its 增加值, not its revenue)
                # (拉动全市工业投资增长: the words say which kind the whole is, where they do)
                names_real = any(w in words for w in p.lex.real_growth)
                real = (
                    names_real
                    if names_real or _MEASURE_NAMED.search(words)
                    else _real_by_context(p, items, it)
                )
                alike = [
                    x
                    for x in _near(items, it.head)
                    if x is it or _real_by_context(p, items, x) == real
                ]
                whole = resolve(p, alike, words, it, "growth")
                whole_growth = whole.growth if whole is not None else None
            paired = _contribution_of_pull(it, k)
            if paired is not None and whole_growth is not None:
                # pull = contribution × the whole's growth, by definition of the two (both
                # are the part's increase, over the whole's increase and its base)
                roles = [("contribution", paired), ("whole_growth", whole_growth), ("pull", k)]
                out.append(_statement(p, "pull", roles, k))
    return out


def _contribution_of_pull(it: Item, pull: int) -> int | None:
    """The contribution rate printed with a pull on the same whole: the first one when it
    has a single pull, else the one printed right after this pull, before the next
    (拉动工业投资24.8个百分点,拉动全部投资18.9个百分点,贡献率69.1%: of the second)."""
    if not it.contributions:
        return None
    if len(it.pulls) == 1:
        return it.contributions[0][0]
    nxt = min((k for k, _ in it.pulls if k > pull), default=None)
    return next((c for c, _ in it.contributions if c > pull and (nxt is None or c < nxt)), None)


def _contributions(p: Parsed, items: list[Item]) -> list[Statement]:
    """贡献率 N%: the part's increase over the whole's, from their levels and growth rates
    (not for real growth: see ``_pulls``)."""
    out = []
    for it in items:
        if _real(p, it):
            continue
        for k, words in it.contributions:
            if not _core(words, p):
                # 拉动全部投资增长18.9个百分点,贡献率69.1%: the whole of the pull before it
                words = next(
                    (w for j, w in reversed(it.pulls) if j < k and p.sent_of(j) == p.sent_of(k)),
                    words,
                )
            roles = _growth_roles(p, items, it, words)
            if roles:
                out.append(_statement(p, "contribution", roles + [("stated", k)], k))
    return out


def _breakdowns_of_growth(p: Parsed, items: list[Item]) -> list[Statement]:
    """The parts of an exhaustive classification pull their whole by its growth (their
    拉动 add up to it) and contribute all of it (their 贡献率 add up to 100)."""
    out = []
    for members, whole in _classified(p, items):
        out += _growth_split(p, members, whole.growth)
    return out


def _growth_split(p: Parsed, members: list[Item], whole_growth: int | None) -> list[Statement]:
    """The parts' pulls add up to the whole's growth (where it is printed) and their
    contribution rates to 100, where every part prints one."""
    out = []
    if whole_growth is not None and all(it.pulls for it in members):
        roles = [("part", it.pulls[0][0]) for it in members] + [("whole", whole_growth)]
        out.append(_statement(p, "breakdown", roles, whole_growth))
    if all(it.contributions for it in members):
        roles = [("part", it.contributions[0][0]) for it in members]
        out.append(_statement(p, "breakdown", roles, None, bound="100"))
    return out


def _pulls_of_a_named_split(p: Parsed, items: list[Item]) -> list[Statement]:
    """A whole with a name of its own split by definition (第二产业: 工业 and 建筑业): the
    parts' pulls on a total add up to the whole's pull on it, and their contribution rates
    to the whole's (第二产业拉动GDP增长1.94个百分点……工业拉动1.47个百分点,建筑业0.48个)."""
    out = []
    for parts, whole_word in p.lex.exhaustive:
        if not whole_word:
            continue
        for w in items:
            if not (w.pulls or w.contributions) or not re.fullmatch(
                rf"{whole_word}(?:增加值|投资)?", _core(w.subject, p)
            ):
                continue
            # (the parts may follow in a later paragraph: 工业增加值…拉动经济增长2.0个百分点)
            near = [it for it in _near(items, w.head) if w.head < it.head <= w.head + 40]
            members = [
                next(
                    (
                        it
                        for it in near
                        if re.fullmatch(rf"{part}(?:增加值|投资)?", _core(it.subject, p))
                    ),
                    None,
                )
                for part in parts
            ]
            if any(m is None for m in members):
                continue
            for attr in ("pulls", "contributions"):
                mine, theirs = getattr(w, attr), [getattr(m, attr) for m in members]
                if (
                    mine
                    and all(theirs)
                    and all(_core(x[0][1], p) == _core(mine[0][1], p) for x in theirs)
                ):  # (pulls on one whole: 地区生产总值增速, 经济增长)
                    roles = [("part", x[0][0]) for x in theirs] + [("whole", mine[0][0])]
                    out.append(_statement(p, "breakdown", roles, mine[0][0]))
    return out


def _share_shifts(p: Parsed, items: list[Item]) -> list[Statement]:
    out = []
    for it in items:
        if _real(p, it):
            continue  # (增加值: shares at current prices, growth at constant ones: no rebuild)
        for k, _ in it.share_changes:
            base = next((w for s, w in it.shares if s < k), None)
            if base is None:
                continue
            roles = _growth_roles(p, items, it, base)
            if roles:
                out.append(_statement(p, "share_shift", roles + [("change", k)], k))
    return out


def _part_of_a_split(p: Parsed, it: Item) -> bool:
    """Whether an item's subject opens with a part of a split of the total the lexicon calls
    exhaustive (第一产业, 城镇): a part, not the total it splits."""
    subject = _without_own_place(_cleaned(p, it.subject), p, p.own_places)
    return any(
        subject.startswith(part) for parts, whole in p.lex.exhaustive if not whole for part in parts
    )


def _member(p: Parsed, items: list[Item], it: Item, part: str, whole: str) -> bool:
    """Whether ``it`` is the part ``part`` of a classification of ``whole``: by its subject,
    or, for a subject that is only a measure (第一产业项目35个,到位资金2.91亿元), by the
    list's it measures."""
    subject = _cleaned(p, it.subject)
    if _MEASURE_ONLY.fullmatch(_core(it.subject, p)):
        subject = _listed_subject(p, items, it)
    return part in subject and not (whole and whole in subject)


def _classified(p: Parsed, items: list[Item]) -> list[tuple[list[Item], Item]]:
    """Parts of a classification that makes up its whole by definition (the three
    industries; exports and imports), each printed with a level, and their whole: the
    nearest earlier item named as the whole, else the text's total (found once a text)."""
    if "classified" not in p.memo:
        p.memo["classified"] = _find_classified(p, items)
    return p.memo["classified"]


def _find_classified(p: Parsed, items: list[Item]) -> list[tuple[list[Item], Item]]:
    out = []
    for parts, whole_word in p.lex.exhaustive:
        member_of = {
            id(it): next((w for w in parts if _member(p, items, it, w, whole_word)), None)
            for it in items
            if it.level is not None and not per_head(p, it.level)  # (人均…: no part)
        }
        n = 0
        used: set[int] = set()  # items already a part of one round of the classification
        while n < len(items):
            if member_of.get(id(items[n])) is None or id(items[n]) in used:
                n += 1
                continue
            found: dict[str, Item] = {}
            for it in items[n : n + 12]:
                if it.level is None or id(it) in used:
                    continue
                part = member_of.get(id(it))
                if part is None or part in found:
                    continue
                if found and p.figs[it.level].kin != p.figs[items[n].level].kin:  # type: ignore[index]
                    continue  # (106个续建项目完成投资488.5亿元;116个新建项目…: counts with counts)
                if not _same_months(p, it.level, items[n].level):  # type: ignore[arg-type]
                    continue  # (7月,续建项目新增投资55.55亿元: July's beside July's)
                found[part] = it
                if len(found) == len(parts):
                    break
            if len(found) < len(parts):
                n += 1
                continue
            base = [found[w] for w in parts]
            extra = _also_members(p, items, items[n : n + 12], base, parts, used)
            # (预备项目 beside 续建项目 and 新建项目: one of the list only where the three add up
            # to a whole the text prints; else a list of its own, 另安排预备项目30个)
            whole, added = _whole_of_round(p, items, base + extra, member_of, parts, whole_word)
            members = base + extra
            if extra and not added:
                whole, _ = _whole_of_round(p, items, base, member_of, parts, whole_word)
                members = base
            if whole is not None:
                out.append((members, whole))
            used.update(id(it) for it in members)
            n += 1
    return out


def _also_members(
    p: Parsed,
    items: list[Item],
    window: list[Item],
    members: list[Item],
    parts: tuple[str, ...],
    used: set[int],
) -> list[Item]:
    """The classes the lexicon lets join a round (预备项目 beside 续建项目 and 新建项目),
    each printed in the round's paragraph with a level of the members' kind and months,
    before the round's classes come round again."""
    also = p.lex.exhaustive_also.get(parts, ())
    if not also:
        return []
    first = min(members, key=lambda it: it.head)
    assert first.level is not None
    para = p.para_of(first.level)
    out: dict[str, Item] = {}
    for it in window:
        if it.head <= first.head or it in members or id(it) in used or it.level is None:
            continue
        if p.para_of(it.level) != para:
            break
        if any(_member(p, items, it, w, "") for w in parts):
            if it.head > max(m.head for m in members):
                break  # (the next round)
            continue
        name = next((w for w in also if _member(p, items, it, w, "") and w not in out), None)
        if (
            name is not None
            and p.figs[it.level].kin == p.figs[first.level].kin
            and _same_months(p, it.level, first.level)
        ):
            out[name] = it
    return list(out.values())


def _same_months(p: Parsed, j: int, k: int) -> bool:
    """Whether two figures are of the same months where both name months (July's level is
    no part of a breakdown of January to July's), or either names none."""
    a, b = p.readings[j].period, p.readings[k].period
    return a == b or not (a.startswith("M") and b.startswith("M"))


def _whole_of_round(
    p: Parsed,
    items: list[Item],
    members: list[Item],
    member_of: dict[int, str | None],
    parts: tuple[str, ...],
    whole_word: str,
) -> tuple[Item | None, bool]:
    """The whole a round of a classification's parts make up, and whether the parts add up
    to it (within their rounding) rather than only fit in it."""
    first = min(members, key=lambda it: it.head)
    unit = p.figs[first.level].kin  # type: ignore[index]
    wholes = [
        it
        for it in _near(items, first.head)
        if it.head < first.head
        and it.level is not None
        and p.figs[it.level].kin == unit
        and p.figs[it.level].hedge is None
        and it not in members
        and _same_months(p, it.level, first.level)  # type: ignore[arg-type]
    ]
    candidates = list(wholes)
    # a whole is not itself a part named within another (其中项目投资…), nor a part of
    # the same classification printed before (榆林's 第三产业 is no whole of 神木's)
    wholes = [it for it in wholes if it.within is None] or wholes
    wholes = [it for it in wholes if member_of.get(id(it)) is None]
    if whole_word:
        wholes = [it for it in wholes if whole_word in it.subject]
    else:
        # the whole measures what the parts measure (第一产业投资 -> 固定资产投资)
        what = {_clean_subject(it.subject, p.lex).split(w)[-1] for it, w in zip(members, parts)}
        what = {w[:2] for w in what if len(w) >= 2}
        same = [it for it in wholes if any(w in it.subject for w in what)]
        wholes = same or wholes
    # the parts make up the whole: one they exceed is another list (外源性经济投资8.08
    # before 从产业看: 1.12, 17.82, 90.96 of the 109.89 printed further up)
    low, high = sum_box(p, [it.level for it in members if it.level is not None])
    large = [
        it
        for it in wholes
        if p.figs[it.level].value + p.figs[it.level].half_unit >= low  # type: ignore[index]
    ]
    # (none the parts fit in: no whole of theirs printed before them)
    whole = large[-1] if large else None
    # of the levels before, the one the parts add up to, even one named within
    # another (城镇固定资产投资559.5亿元 of the 635.7: the three industries make up
    # the 559.5, which of the two the text does not say)
    added_up = [
        it
        for it in candidates
        if member_of.get(id(it)) is None
        and p.figs[it.level].value - p.figs[it.level].half_unit <= high  # type: ignore[index]
        and p.figs[it.level].value + p.figs[it.level].half_unit >= low  # type: ignore[index]
    ]
    if added_up:
        return added_up[-1], True
    # a total printed after its parts (…第一产业完成投资105.70亿元。…全社会固定资产
    # 投资…共完成投资11122.03亿元; 新建项目…34.01亿元,续建项目…72.09亿元,合计
    # 106.1亿元): the nearest after them that they make up, before any larger one
    # printed before them
    last = max(members, key=lambda it: it.head)
    after = [
        it
        for it in _near(items, last.head)
        if it.head > last.head
        and it.level is not None
        and p.figs[it.level].kin == unit
        and p.figs[it.level].hedge is None
        and it.within in (None, first.within)
        and member_of.get(id(it)) is None
        and (not whole_word or whole_word in it.subject)
        and _same_months(p, it.level, first.level)  # type: ignore[arg-type]
        and abs(p.figs[it.level].value - low) <= 0.01 * low + p.figs[it.level].half_unit
    ]
    return (after[0], True) if after else (whole, False)


def _breakdowns(p: Parsed, items: list[Item]) -> list[Statement]:
    out = []
    for members, whole in _classified(p, items):
        roles = [("part", it.level) for it in members] + [("whole", whole.level)]
        out.append(_statement(p, "breakdown", roles, whole.level))
    return out


#: what a share's words leave of its whole when they name none (占比, 比重为)
_BARE_SHARE = frozenset({"", "比", "占比", "比重"})


def _shares_of_a_classification(p: Parsed, items: list[Item]) -> list[Statement]:
    """The shares of one whole that the parts of an exhaustive classification hold (第一产业
    占全市投资比重为3.5%;第二产业…4.6%;第三产业…91.9%) add up to 100."""
    out = []
    for parts, whole_word in p.lex.exhaustive:
        found: dict[str, Item] = {}
        for it in items:
            if not it.shares:
                continue
            part = next((w for w in parts if _member(p, items, it, w, whole_word)), None)
            if part is None:
                continue
            if part in found:
                found = {}  # a second round of the classification starts
            found[part] = it
            if len(found) == len(parts):
                members = [found[w] for w in parts]
                # (…占全市规上工业增加值的比重为75.9%(以下简称占比);…占比为4.6%: a bare
                # 占比 in the round is a share of the whole the round names)
                wholes = {_core(m.shares[0][1], p) for m in members} - _BARE_SHARE
                # (续建项目…占年度投资计划的47.292%;新建项目…31.71%: each part's own plan)
                # (with their completed levels printed; 第一产业项目占年度计划投资的10.5%,
                # with none, is a part of one plan)
                of_plans = all(m.level is not None for m in members) and any(
                    w in m.shares[0][1] for m in members for w in p.lex.plan_words
                )
                # (工业投资、建筑业投资…占全部投资的比重为40%、30%: a classification of a
                # named whole, 第二产业, holds shares of another, which need not add up)
                other = whole_word and any(whole_word not in w for w in wholes)
                if len(wholes) <= 1 and not of_plans and not other:
                    roles = [("part", m.shares[0][0]) for m in members]
                    out.append(_statement(p, "breakdown", roles, None, bound="100"))
                    out += _growth_of_shares(p, items, members)
                found = {}
    return out


def _growth_of_shares(p: Parsed, items: list[Item], members: list[Item]) -> list[Statement]:
    """A classification printed as shares of one whole with growth rates and no levels
    (第一产业投资增长55.3%,拉动全部投资增长0.8个百分点,占全部投资的1.7%;…): the whole's
    growth is aggregated from the shares and rates (the shares stand for the levels), the
    parts' pulls add up to it and their contribution rates to 100."""
    if any(m.level is not None or m.growth is None for m in members):
        return []  # (with levels, the classification's own relations read it)
    # (the member whose share names its whole; the others may say only 占比)
    named = next((m for m in members if _core(m.shares[0][1], p) not in _BARE_SHARE), members[0])
    whole = resolve(p, items, named.shares[0][1], named, "growth")
    if whole is None or whole.growth is None:
        return []
    out = []
    rates = [m.growth for m in members if m.growth is not None]
    roles = (
        [("part", m.shares[0][0]) for m in members]
        + [("part_growth", g) for g in rates]
        + [("growth", whole.growth)]
    )
    out.append(_statement(p, "aggregate_growth", roles, whole.growth))
    return out + _growth_split(p, members, whole.growth)


def _aggregate_growths(p: Parsed, items: list[Item]) -> list[Statement]:
    out = []
    for members, whole in _classified(p, items):
        if whole.growth is None or any(it.growth is None for it in members):
            continue
        roles = (
            [("part", it.level) for it in members]
            + [("part_growth", it.growth) for it in members]
            + [("whole", whole.level), ("growth", whole.growth)]
        )
        out.append(_statement(p, "aggregate_growth", roles, whole.growth))
    return out


def _sibling(p: Parsed, at: int, levels: set[int]) -> bool:
    """Whether level ``at`` is a part of its own, not printed in the clause of another of
    ``levels`` (31个工业项目已开工26个: 26 is of the 31)."""
    clause = p.clause[p.figs[at].vstart]
    unit = p.figs[at].kin
    if any(
        k in levels and p.clause[p.figs[k].vstart] == clause and p.figs[k].kin == unit
        for k in range(max(0, at - 4), at)
    ):
        return False  # (15个项目完成投资33.1亿元: the amount is a level of its own)
    # 工业项目100个,……,其中,战略性新兴产业项目49个: what 其中 opens after a part in its
    # sentence is that part's part, not a sibling
    sent = p.sent_of(at)
    earlier = [k for k in levels if k < at and p.sent_of(k) == sent]
    return not (earlier and "其中" in p.view[p.figs[max(earlier)].vend : p.figs[at].vstart])


#: a measure a subject may end with (六大优势特色产业完成投资额: the industries')
_MEASURED = re.compile(r"(?:累计)?(?:完成)?(?:投资额?|金额)$")


#: measures of money that are not the amount done (a total, a plan, a change)
_OTHER_AMOUNTS = frozenset({"总投资", "年度计划投资", "计划投资", "增加额"})


def _measure_key(p: Parsed, it: Item) -> tuple[str, str]:
    """An item's level by its unit and by what it measures, where that tells amounts
    apart (总投资 and 年度计划投资 are not the amount done: 完成投资, 金额, 产值)."""
    assert it.level is not None
    measure = p.readings[it.level].measure
    return p.figs[it.level].unit, measure if measure in _OTHER_AMOUNTS else ""


def _list_name(p: Parsed, it: Item) -> str:
    """The list an item's subject names, without the measure it ends with or the 中 of a
    scope (在132个重大建设项目中 -> 重大建设项目; 六大产业完成投资额 -> 六大产业)."""
    return re.sub("中$", "", _MEASURED.sub("", _core(it.subject, p)))


def _wholes_by_measure(
    p: Parsed, items: list[Item], named: Item, members: list[Item]
) -> list[tuple[tuple[str, str], Item]]:
    """For each measure the parts are printed in (their unit and what they measure: 总投资
    is not 完成投资), the level of the named whole that measures it: the nearest item before
    the parts with its subject, or with the subject of an earlier print of its count, else
    the named item itself."""
    assert named.level is not None
    first = min(it.head for it in members) if members else named.head
    near = _near(items, first)
    # the list's names: its own, and those of an earlier print of its count (建设项目132个,
    # 总投资1308.61亿元 … 在132个重大建设项目中, …: the 1308.61 is the 132's)
    count = p.figs[named.level]
    own = _list_name(p, named)
    printed: set[str] = set()  # (the earlier print may be a part of a list of its own)
    if count.family == "count":
        printed = {
            _list_name(p, it)
            for it in near
            if it.head < first
            and it is not named
            and it.level is not None
            and p.figs[it.level].kin == count.kin
            and p.figs[it.level].value == count.value
            and not _reached(p, it.level)  # (50个项目开工建设 is no print of 50项计划竣工项目)
        }
    out = []
    for key in dict.fromkeys(_measure_key(p, it) for it in members if it.level is not None):
        same = [
            it
            for it in near
            if it.head < first
            and it.level is not None
            and _measure_key(p, it) == key
            and p.figs[it.level].hedge is None
            and ((it.within is None and _list_name(p, it) == own) or _list_name(p, it) in printed)
        ]
        if same:
            out.append((key, max(same, key=lambda it: it.head)))
        elif _measure_key(p, named) == key:
            out.append((key, named))
    return out


def _within_one_whole(
    p: Parsed, w: Item, key: tuple[str, str], members: list[Item], by_core: dict
) -> list[Statement]:
    """The parts that measure ``key`` against the whole ``w``: one lies within it, several
    add up to at most it (a size class apart)."""
    assert w.level is not None
    out: list[Statement] = []
    heads = [it for it in members if _measure_key(p, it) == key]
    heads = [it for it in heads if len(by_core[(_core(it.subject, p), key)]) == 1]
    sizes = [_sizes(p, it) for it in heads]
    if len(heads) > 1 and disjoint(sizes):
        # size bands, and a class above the highest (亿元以上项目75个;5000万元至亿元项目38个):
        # no project is in two of them, so they are a list within the whole
        levels = [it.level for it in heads if it.level is not None]
        return [st for st in _list_within(p, levels, w.level, disjoint=True) if st.kind == "sum"]
    if len(heads) == 1:
        roles = [("part", heads[0].level), ("whole", w.level)]
        out.append(_statement(p, "subset", roles, w.level))
    elif len(heads) > 1 and any(_SIZE_CLASS.search(it.subject) for it in heads):
        # a size class (亿元以上项目205个) cuts across the others (175个工业项目): it lies
        # within the whole on its own; the other parts add up as a list of their own
        sized = [it for it in heads if _SIZE_CLASS.search(it.subject)]
        rest = [it for it in heads if it not in sized]
        if len(sized) > 1:
            # classes above thresholds nest: the lowest holds the others (nested_classes)
            # and alone lies directly within the whole
            sized = [min(sized, key=lambda it: _threshold_above(p, it) or inf)]
        for it in sized + (rest if len(rest) == 1 else []):
            if it.shares:
                continue  # (5亿元以上的项目69个,占比为60%: the share says it, checked)
            roles = [("part", it.level), ("whole", w.level)]
            out.append(_statement(p, "subset", roles, w.level))
        if len(rest) > 1:
            rest_levels = [it.level for it in rest if it.level is not None]
            out += [st for st in _list_within(p, rest_levels, w.level) if st.kind == "sum"]
    elif len(heads) > 1:
        # summed; parts that overlap (see _list_within) are not what "A中," lists here:
        # nested counts of one list (计划新开工97项,1-8月计划开工74项,开工72项…)
        found = _list_within(p, [it.level for it in heads if it.level is not None], w.level)
        out += [st for st in found if st.kind == "sum"]
    return out


def _parts_by_scope(
    p: Parsed, items: list[Item], keep: Callable[[Item], bool]
) -> dict[tuple[int, int], tuple[Item, list[Item]]]:
    """The items with a level named within a whole with a level (by "A中," or by 其中)
    that ``keep`` keeps, grouped by their whole and where the words naming it stand; a
    level printed in the clause of another part's is that part's, not a sibling
    (31个工业项目已开工26个)."""
    groups: dict[tuple[int, int], tuple[Item, list[Item]]] = {}
    for it in items:
        w = it.within
        if w is not None and w.level is not None and it.level is not None and keep(it):
            groups.setdefault((id(w), it.within_at), (w, []))[1].append(it)
    for _whole, members in groups.values():
        levels = {it.level for it in members if it.level is not None}
        members[:] = [
            it for it in members if it.level is not None and _sibling(p, it.level, levels)
        ]
    return groups


def _parts_within(p: Parsed, items: list[Item]) -> list[Statement]:
    """Parts named after "A中," lie within A: one part's level is at most A's, several add
    up to at most A's (新签项目中市内项目60个…;市外项目10个…); a measure each part repeats
    (到位资金) adds up to the same measure of A, printed right after A."""

    def exact(it: Item) -> bool:  # (平均每两天就有1个项目开工: an average, no part)
        assert it.level is not None
        return (
            not it.within_qizhong and p.figs[it.level].hedge is None and not per_head(p, it.level)
        )

    out = []
    groups = _parts_by_scope(p, items, exact)
    for named, members in groups.values():
        assert named.level is not None
        members[:] = [it for it in members if not _sibling_of_its_whole(p, items, named, it)]
        # the parts by subject and measure (续建项目 with its 总投资 and its 完成投资: one part)
        by_core: dict[tuple[str, tuple[str, str]], list[Item]] = {}
        for it in members:
            by_core.setdefault((_core(it.subject, p), _measure_key(p, it)), []).append(it)
        # "A中," names a subject, not one figure: the parts' counts are within A's count,
        # their amounts within A's amount (在……省级重点项目中,15个……项目完成投资33.1亿元)
        for key, w in _wholes_by_measure(p, items, named, members):
            out += _within_one_whole(p, w, key, members, by_core)
        w = named
        for (core, measure), same in by_core.items():
            if len(same) < 2 or not core:
                continue
            whole = next(
                (
                    it
                    for it in items
                    if w.head <= it.head < same[0].head
                    and it.within is not w
                    and it.level is not None
                    and _measure_key(p, it) == measure
                    and _core(it.subject, p) == core
                ),
                None,
            )
            if whole is not None:
                roles = [("part", it.level) for it in same] + [("whole", whole.level)]
                out.append(_statement(p, "sum", roles, whole.level))
    return out


def _sibling_of_its_whole(p: Parsed, items: list[Item], whole: Item, it: Item) -> bool:
    """Whether ``it`` was printed before as a sibling of ``whole`` (200个项目,其中:建设项目
    132个……;预备项目68个……。在132个重大建设项目中,……;68个预备项目……): a list beside the
    whole, not a part of it."""
    assert whole.level is not None and it.level is not None
    w, f = p.figs[whole.level], p.figs[it.level]
    near = _near(items, whole.head)
    for x in near:
        if x.head >= whole.head or x.within is None or x.level is None:
            continue
        if p.figs[x.level].kin != w.kin or p.figs[x.level].value != w.value:
            continue
        if any(
            y is not x
            and y.within is x.within
            and y.within_at == x.within_at
            and y.level is not None
            and p.figs[y.level].kin == f.kin
            and p.figs[y.level].value == f.value
            and _overlap(_core(y.subject, p), _core(it.subject, p)) >= 0.6
            for y in near
        ):
            return True
    return False


#: words before a level that make it another figure than the period's own level: last
#: year's, a target, a sum over years, a contract, a change
_NOT_THIS_LEVEL = re.compile(r"去年|上年|目标|任务|计划|以来|合同|签约|增加|减少|多|少")
#: the words that name the level of place a figure is of (全省, 全市)
_PLACE_LEVEL = re.compile(r"全(?:国|省|市|区|县|州)")


def _parts_by_definition(p: Parsed, items: list[Item]) -> list[Statement]:
    """A level of a part that lies within a whole by definition (工业 within 第二产业, as
    data in the lexicon) is at most the same measure of the whole printed near it."""
    out = []
    figs, rd = p.figs, p.readings
    for part_word, whole_word in p.lex.within:
        for k, f in enumerate(figs):
            s = rd[k].subject
            if f.family not in LEVEL_FAMILIES or f.hedge is not None:
                continue
            if (
                not re.search(rf"(?<!非){re.escape(part_word)}", s)
                # (工业固定资产投资 is the part, the whole's measure named after it)
                or part_word not in s.replace(whole_word, "")
                or re.search(r"、|和|及", s)
            ):  # (非制造业 is not manufacturing)
                continue  # not the part itself, or a list of several (工业、房地产开发)
            if _NOT_THIS_LEVEL.search(p.before(k)):
                continue  # (去年同期工业投资…, 工业投资目标任务…, 全省工业投资…: no part of it)
            value_added = any(w in s for w in p.lex.real_growth)
            place = set(_PLACE_LEVEL.findall(p.before(k)))
            near = [
                j
                for j in range(max(0, k - 12), min(len(figs), k + 12))
                if whole_word in rd[j].subject
                # the whole itself, not a qualified part of it (农村固定资产投资)
                and re.sub(r"增加值|投资|完成|额$", "", _core(rd[j].subject, p))
                == re.sub(r"增加值|投资|完成|额$", "", whole_word)
                # value added and investment are different measures, whatever the words
                and any(w in rd[j].subject for w in p.lex.real_growth) == value_added
                and part_word not in rd[j].subject.replace(whole_word, "")
                and figs[j].kin == f.kin
                and figs[j].hedge is None
                and rd[j].measure == rd[k].measure
                and rd[j].period == rd[k].period
                # (同期,全省工业投资… is no part of 全市固定资产投资)
                and (not place or not (w := set(_PLACE_LEVEL.findall(p.before(j)))) or w == place)
            ]
            if near:
                whole = min(near, key=lambda j: abs(j - k))
                out.append(_statement(p, "subset", [("part", k), ("whole", whole)], whole))
    return out


def _shares_within(p: Parsed, items: list[Item]) -> list[Statement]:
    """A part named within a whole ("A中,") holds at most the whole's share of the same
    total (制造业占工业投资的44.7%。制造业中,四大传统产业占工业投资的37.8%)."""
    out = []
    for it in items:
        w = it.within
        if w is None or it.level is not None or not it.shares or not w.shares:
            continue
        k, words = it.shares[0]
        same = [s for s, ww in w.shares if _core(ww, p) == _core(words, p)]
        if same:
            out.append(_statement(p, "subset", [("part", k), ("whole", same[0])], same[0]))
    return out


_CN_COUNT = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}


def _totals_of_named_parts(p: Parsed, items: list[Item]) -> list[Statement]:
    """A total stated as the sum of parts it names (A、B、C共完成投资X; 三大领域共投资X):
    the parts' levels add up to it, and so do their shares of a common whole."""
    out = []
    for it in items:
        if it.level is None or p.figs[it.level].hedge is not None:
            continue
        head = p.view[p.clause_start(p.figs[it.level].vstart) : p.figs[it.level].vstart]
        m = re.search(r"(?:共|合计|共计|总计|累计共)(?:完成)?(?:投资|实现)?[^,;。]{0,4}$", head)
        if not m:
            continue
        names_text = _clean_subject(head[: m.start()], p.lex)
        near = [x for x in _near(items, it.head) if x is not it and x.level is not None]
        unit = p.figs[it.level].kin
        near = [x for x in near if p.figs[x.level].kin == unit]  # type: ignore[index]
        names = [n for n in re.split(r"[、和与及]", names_text) if n]
        parts: list[Item] = []
        if len(names) >= 2:
            for name in names:
                hit = resolve_name(p, near, name)
                if hit is None or hit in parts:
                    parts = []
                    break
                parts.append(hit)
        elif nm := re.search(r"([一二三四五六七八九十])大", names_text):
            n = _CN_COUNT.get(nm.group(1), 0)
            # 四大产业共计进资X: the n items printed right before it, in its paragraph
            para = p.para_of(it.head)
            before = [x for x in near if x.head < it.head and p.para_of(x.head) == para]
            parts = before[-n:] if n >= 2 and len(before) >= n else []
        elif not names_text:
            # …新建项目197个,到位资金34.01亿元,续建项目232个,到位资金72.09亿元,合计实现到位
            # 资金106.1亿元: a total naming no parts sums the levels its sentence printed
            # before it (after its 其中)
            s0 = p.sent_start(p.figs[it.level].vstart)
            q = p.view.rfind("其中", s0, p.figs[it.level].vstart)
            parts = [
                x
                for x in near
                if x.head < it.head
                and p.figs[x.level].vstart > max(s0, q)  # type: ignore[index]
                and p.figs[x.level].hedge is None  # type: ignore[index]
                # (of the total's measure: 总投资 is no part of 共完成投资)
                and p.readings[x.level].measure == p.readings[it.level].measure  # type: ignore[index]
            ]
        if len(parts) < 2:
            continue
        roles = [("part", x.level) for x in parts] + [("whole", it.level)]
        out.append(_statement(p, "breakdown", roles, it.level))
        shares = [x.shares[0][0] if x.shares else None for x in parts]
        if it.shares and None not in shares:
            roles = [("part", k) for k in shares] + [("whole", it.shares[0][0])]
            out.append(_statement(p, "breakdown", roles, it.shares[0][0]))
    return out


#: a size class in a subject (亿元以上, 5000万元及以上, 10亿元以下): its items are a subset
_SIZE_CLASS = re.compile(r"(?:\d+(?:\.\d+)?)?[千百十]?[亿万]元?(?:及)?以[上下]")


def _size_classes(p: Parsed, items: list[Item]) -> list[Statement]:
    """Projects of a size class (工业亿元以上项目64个) are among the projects of that subject
    without the class (工业在建项目153个), printed before them: at most as many, at most as
    much investment."""
    out = []
    for it in items:
        if it.level is None or not _SIZE_CLASS.search(it.subject) or range_bound(p, it.level):
            continue  # (均有1至2个…亿元以上项目: a range per place, no level)
        core = _core(_SIZE_CLASS.sub("", it.subject), p)
        if len(core.replace("项目", "")) < 2:
            continue  # 亿元以上项目: which projects it is a class of, the subject does not say
        unit = p.figs[it.level].kin
        scored = []
        for other in _near(items, it.head):
            if other.head >= it.head or other.level is None or re.search("以[上下]", other.subject):
                continue
            if p.figs[other.level].kin != unit:
                continue
            score = _overlap(core, _core(other.subject, p))
            if score >= 0.6:
                scored.append((score, other.head, other.level))
        if scored:
            # which printed list the class is of, the text does not say: the best named
            # first, the others after it (a class cannot be "inconsistent" with a list it
            # was never said to be of)
            wholes = [k for *_, k in sorted(scored, reverse=True)]
            readings = [
                _statement(p, "subset", [("part", it.level), ("whole", k)], k) for k in wholes
            ]
            out.append(one_of(readings, "whole_unnamed"))
    return out


def _share_lists(p: Parsed, items: list[Item]) -> list[tuple[list[Item], list[int], Item]]:
    """The lists whose parts print shares of one whole that come to about 100 (a list that
    claims to be the whole: 国内省外…41.06%, 市外省内…17.51%, 市内…41.43%): each with its
    members, their shares and the whole. Found once per text: two relations read them."""
    if "share_lists" not in p.memo:
        p.memo["share_lists"] = _find_share_lists(p, items)
    return p.memo["share_lists"]


def _find_share_lists(p: Parsed, items: list[Item]) -> list[tuple[list[Item], list[int], Item]]:
    groups: dict[tuple[int, int], list[Item]] = {}
    for it in items:
        if it.within is not None and it.shares:
            groups.setdefault((id(it.within), it.within_at), []).append(it)
    for members, _ in _classified(p, items):
        if all(it.shares for it in members):
            groups.setdefault((id(members[0]), -2), members)
    out = []
    for members in groups.values():
        if len({_threshold_above(p, it) for it in members} - {None}) >= 2:
            continue  # 5亿元以上…60%, 10亿元以上…30.8%: classes that nest, not parts
        shares, wholes = [], []
        for it in members:
            k, words = it.shares[0]
            # (a whole more than a part whose level is printed is preferred: 占本年到位资金
            # 的36.91% is not of the 到位资金 printed next, of April alone; where there is
            # none, the level may be of another measure than the share: 总投资…计划投资…
            # 占总计划投资的79.14%)
            above = p.figs[it.level].value if it.level is not None and p.figs[k].value < 100 else 0
            whole = resolve(p, items, words, it, "level", above) or resolve(
                p, items, words, it, "level"
            )
            if whole is None:
                break
            shares.append(k)
            wholes.append(whole)
        else:
            total = sum(p.figs[k].value for k in shares)
            if len(shares) >= 2 and len({id(w) for w in wholes}) == 1 and 97 <= total <= 103:
                out.append((members, shares, wholes[0]))
    return out


def _shares_of_a_list(p: Parsed, items: list[Item]) -> list[Statement]:
    """The shares the parts of one list print of one whole, when they come to about 100,
    add up to 100."""
    out = []
    for _, shares, _ in _share_lists(p, items):
        st = _statement(p, "breakdown", [("part", k) for k in shares], None)
        st.bound = "100"
        out.append(st)
    return out


def _levels_of_a_share_list(p: Parsed, items: list[Item]) -> list[Statement]:
    """The levels of such a list (省外…35.5368亿元,占…63.08%;省内…20.7991亿元,占…36.91%)
    add up to the whole's level, where each share is the share of its own level (level ÷
    whole within half a point of it; not a share of another measure printed beside:
    总投资…计划投资…占总计划投资的79.14%)."""
    out = []
    for members, shares, whole in _share_lists(p, items):
        if whole.level is None or any(it.level is None for it in members):
            continue
        levels = [it.level for it in members]
        w = p.figs[whole.level]
        if {p.figs[k].kin for k in levels} != {w.kin} or not w.value:  # type: ignore[index]
            continue
        if any(
            abs(p.figs[k].value / w.value * 100 - p.figs[s].value) > 0.5  # type: ignore[index]
            for k, s in zip(levels, shares)
        ):
            continue
        roles = [*(("part", k) for k in levels), ("whole", whole.level)]
        out.append(_statement(p, "sum", roles, whole.level))
    return out


def _sizes(p: Parsed, it: Item) -> tuple[float, float] | None:
    """The sizes, in 亿元, of the projects an item's level counts: a band's bounds (5亿元至
    10亿元项目), a class above a threshold up to any size; None for no class of sizes."""
    if it.level is None:
        return None
    sizes = class_sizes(p, it.level)
    if sizes is not None:
        return sizes
    low = _threshold_above(p, it)  # (亿元以上项目703个: a class named with no numeral)
    return None if low is None else (low, inf)


def _threshold_above(p: Parsed, it: Item) -> float | None:
    """The threshold of the size class an item's level counts (投资总额在10亿元以上的项目36个:
    10), when the class is "above" one; a class's amount (10亿元以上项目78个,总投资2957亿元)
    is of its count's class."""
    if it.level is None:
        return None
    at = it.level
    count = at - 1
    if (
        p.figs[at].family == "money"
        and count >= 0
        and p.figs[count].family == "count"
        and p.sent_of(count) == p.sent_of(at)
        and p.readings[count].subject == p.readings[at].subject
        and _MEASURE_ONLY.fullmatch(re.sub(r"^\W+|(?:为|达)$", "", p.before(at)))
    ):
        at = count
    k = _size_class(p, at)
    if k is None and at > 0 and p.sent_of(at - 1) == p.sent_of(at):
        k = at - 1 if p.figs[at - 1].hedge == "以上" else None
    if k is None:
        # 亿元以上项目703个, 新建亿元以上项目432个: a class named without a numeral (one
        # 亿元, one 万元)
        m = _BARE_CLASS.match(_cleaned(p, p.before(at)))  # (the words right before it)
        scale = magnitude(m.group(1)) if m else None
        return None if scale is None else scale / 1e8
    if p.figs[k].hedge != "以上":
        return None
    return in_yi(p.figs[k])  # (5000万元以上 and 10亿元以上 compared in one unit)


#: the stage or source words that may stand before a size class named without a numeral
_CLASS_STAGE = r"新建|新开工|续建|在建|新签约|签约|引进|新引进"
#: a size class named without a numeral, at a subject's start or after a stage word
#: (亿元以上项目, 千万元以上项目, 其中新建亿元以上项目; not 年产值亿元以上企业)
_BARE_CLASS = re.compile(
    rf"^(?:其中|全市|全省|全县|全区|全州|全年|今年)*(?:{_CLASS_STAGE})?([千百十]?[亿万])元?(?:及)?以上"
)


def _same_stage(p: Parsed, a: int, b: int) -> bool:
    """Whether two classes' levels are of one stage where both name one (新建亿元以上项目
    432个、10亿元以上项目61个: one list; 新开工亿元以上项目85个、续建10亿元以上项目120个: two)."""
    stages = [re.findall(_CLASS_STAGE, _class_words(p, k)) for k in (a, b)]
    return not (stages[0] and stages[1]) or stages[0][-1] == stages[1][-1]


def _class_words(p: Parsed, k: int) -> str:
    """The words that name level ``k``'s class, through its threshold (续建10亿元以上项目)."""
    j = k - 1
    while j >= 0 and (p.readings[j].threshold or p.figs[j].hedge == "以上"):
        j -= 1
    start = p.clause_start(p.figs[k].vstart)
    if j >= 0:
        start = max(start, p.figs[j].vend)
    return p.view[start : p.figs[k].vstart]


def _stage_verb(p: Parsed) -> str:
    """A stage reached as a verb (复工开工: two stages at once; 开工建设)."""
    return rf"(?:{stage_words(p)})+(?:建设)?"


def _stage_patterns(p: Parsed) -> tuple[re.Pattern, re.Pattern]:
    """The words before and after a count of projects that reached a stage (已开工45个,
    有112个实现开工, 已开工建设项目94个); 应开工 and 计划开工 name a list, not a stage."""
    memo = p.memo.setdefault("stages", {})
    if "reached" not in memo:
        verb, stages = _stage_verb(p), stage_words(p)
        before = re.compile(
            rf"(?<!计划)(?<!应)(?<!未)(?<!尚未)(?:(?:已经?|已有|有|均已|累计|全部)?(?:实现|开始)?"
            rf"{verb}了?|(?:已经?|均已|累计已?)(?:实现|开始)?{verb}(?:的)?项目)$"
        )
        # (385个实施类项目: a stage word before 类 names a class)
        after = re.compile(rf"^\s*(?:个)?(?:项目)?(?:已经?|均已|实现)?(?:{stages})(?!类)")
        memo["reached"] = (before, after)
    return memo["reached"]


def _reached(p: Parsed, k: int) -> bool:
    """Whether count ``k`` counts the projects that reached a stage, not a list."""
    before, after = _stage_patterns(p)
    return bool(before.search(p.before(k)) or after.match(p.after(k)))


def _stage_parts(p: Parsed, items: list[Item]) -> list[Statement]:
    """A count of a list's projects that reached a stage (已开工45个, 有112个实现开工),
    printed right after the list's own count and with no rate beside it, lies within the
    list: at most its count. The list is the last count before it in the sentence (a
    planned stage, 计划开工74项, is a list), or the last of the sentence before when the
    stage opens its own (……清单项目54个。已复工开工45个). A stage reached and the same
    stage not reached (已经复工148项,未复工4项) make up the list between them."""
    out = []
    figs = p.figs
    reached_before, _ = _stage_patterns(p)
    not_reached = re.compile(rf"(?:未|尚未|没有)({_stage_verb(p)})$")
    parts: dict[int, list[int]] = {}
    for k, f in enumerate(figs):
        if f.family != "count" or f.hedge is not None or not _reached(p, k) or per_head(p, k):
            continue  # (平均每两天就有1个项目开工: an average, no part)
        if re.search(r"其中|未|没有", p.before(k)) or p.readings[k].measure == "完成数":
            continue  # 其中提前开工3项: a part of a part, the grammar's; 未按期开工5项
        sent = p.in_sentence(k)
        if any(figs[j].unit == "%" and p.readings[j].measure in p.lex.rates for j in sent if j > k):
            continue  # 已开工72个,开工率80%: the rate's ratio checks it
        earlier = [j for j in sent if j < k]
        if not earlier and k > 0:
            opening = p.before(k, "sentence")
            # (目前,已开工建设项目94个: a clause of circumstance may come first)
            if not re.fullmatch(rf"(?:[^\d,;。]{{0,8}}[,，])?\s*{reached_before.pattern}", opening):
                continue  # 会上集中签约36个项目: a list of its own, not a stage of one
            earlier = list(p.in_sentence(k - 1))
        lists = [
            j
            for j in earlier
            if figs[j].family == "count"
            and figs[j].kin == f.kin
            and figs[j].hedge is None
            and not _reached(p, j)
            # (19个项目已建成投产: a class of the projects by what they reached, not a list)
            and not re.match(r"^\s*(?:个)?(?:项目)?(?:已|正在|均已|全部)", p.after(j))
        ]
        if lists:
            parts.setdefault(lists[-1], []).append(k)
    for whole, ks in parts.items():
        for k in ks:
            nxt = k + 1
            m = not_reached.search(p.before(nxt)) if nxt < len(figs) else None
            if (
                m
                and figs[nxt].kin == figs[k].kin
                and p.sent_of(nxt) == p.sent_of(k)
                and re.search(rf"{re.escape(m.group(1))}了?$", p.before(k))
            ):
                roles = [("part", k), ("part", nxt), ("whole", whole)]
                out.append(_statement(p, "breakdown", roles, whole))
            else:
                out.append(_statement(p, "subset", [("part", k), ("whole", whole)], whole))
                rest = _not_reached_after(p, k)
                if rest is not None:
                    # (应开工项目186个,…168个项目已开工,…;有18个项目应开未开: the rest of
                    # the list, printed last, is what the two before it test)
                    roles = [("part", k), ("part", rest), ("whole", whole)]
                    out.append(_statement(p, "breakdown", roles, rest))
    return out


def _not_reached_after(p: Parsed, k: int) -> int | None:
    """The count printed after the reached count ``k`` (in its paragraph, at most two
    sentences on) of the same list's projects that have not reached the same stage: 31宗
    未开工项目, 有18个项目应开未开 (a count of another list's, 其中…中有2个未开工, is not)."""
    stages = stage_words(p)
    said = re.search(rf"({stages})", p.before(k) + p.after(k)[:8])
    if said is None:
        return None
    stage = re.escape(said.group(1))
    # (应开未开: 开工 not reached; 未开展 is another verb)
    short = re.escape(said.group(1)[0]) if said.group(1).endswith("工") else stage
    after = re.compile(
        rf"^\s*(?:个|宗|项)?(?:项目)?(?:应{short})?(?:未|尚未|没有)(?:{stage}|{short}(?![\u4e00-\u9fff]))"
    )
    before = re.compile(rf"(?:应{short}未{short}|(?:未|尚未){stage})了?$")
    for j in range(k + 1, min(len(p.figs), k + 12)):
        g = p.figs[j]
        if p.para_of(j) != p.para_of(k) or p.sent_of(j) > p.sent_of(k) + 2:
            break
        if g.family != "count" or g.kin != p.figs[k].kin or g.hedge is not None:
            continue
        clause = p.view[p.clause_start(g.vstart) : g.vstart]
        if re.search(r"其中|中有|另", clause):
            continue
        if after.match(p.after(j)) or before.search(p.before(j)):
            return j
    return None


#: the words before a count that 其中 opens with no subject of its own (其中3个, 其中,有5个)
_QIZHONG_ALONE = re.compile(r"\s*其中[,，:：]?\s*有?")


def _counts_after_qizhong(p: Parsed, items: list[Item]) -> list[Statement]:
    """A count 其中 opens (项目5个,其中3个由港商投资; ……项目200个……。其中,105个计划新开工
    项目……) lies within the count of the same unit just before 其中: in its sentence, or
    the last of the sentence before when 其中 opens the sentence."""
    out = []
    figs = p.figs
    reaches = re.compile(rf"(?:已经?|均已|全部|全面|实现)+(?:{stage_words(p)})")
    for k, f in enumerate(figs):
        if f.family != "count" or f.hedge is not None:
            continue
        earlier = [j for j in p.in_sentence(k) if j < k]
        if not earlier and k > 0:
            scope, earlier = "sentence", list(p.in_sentence(k - 1))
        else:
            scope = "clause"
        if not earlier or not _QIZHONG_ALONE.fullmatch(p.before(k, scope)):
            continue
        counts = [j for j in earlier if figs[j].kin == f.kin and figs[j].hedge is None]
        if counts and _reached(p, counts[-1]) and not reaches.search(p.after(k)):
            # a list is no part of a stage (……27个项目实现投产。其中,28项省重点项目完成投资
            # ……), a list that reached it is (开复工291个。其中,146个续建项目已全面复工)
            counts = [j for j in counts if not _reached(p, j)]
        if counts:
            out.append(_statement(p, "subset", [("part", k), ("whole", counts[-1])], counts[-1]))
    return out


def _one_part_after_qizhong(p: Parsed, items: list[Item]) -> list[Statement]:
    """The only part of a measure that 其中 opens (开复工项目2645个……其中新开工项目1822个)
    lies within the same measure of the whole named before 其中; several parts are the
    grammar's breakdown, a part with its share the share's ratio."""
    out = []
    groups = _parts_by_scope(p, items, lambda it: it.within_qizhong)
    for (_, at), (named, members) in groups.items():
        if named.level is None or not members:  # (a level it has; no part left: nothing)
            continue
        for key, whole in _wholes_by_measure(p, items, named, members):
            same = [it for it in members if _measure_key(p, it) == key]
            if len(same) != 1 or same[0].shares or whole.level is None:
                continue
            if re.search("[;；]", p.view[at : p.figs[same[0].head].vstart]):
                continue  # read on past its list (第二产业……,其中工业增长21.9%;第三产业……)
            part, at_whole = same[0].level, whole.level
            assert part is not None
            if p.figs[part].family == "count" and _reached(p, at_whole) > _reached(p, part):
                # a list is no part of a stage: of the list the stage is of (581个项目开工
                # 419个,其中385个…项目: within the 581)
                lists = [
                    j
                    for j in p.in_sentence(at_whole)
                    if j < at_whole and p.figs[j].kin == p.figs[part].kin and not _reached(p, j)
                ]
                if not lists:
                    continue
                at_whole = lists[-1]
            if p.figs[part].hedge or p.figs[at_whole].hedge or per_head(p, part):
                continue
            out.append(_statement(p, "subset", [("part", part), ("whole", at_whole)], at_whole))
    return out


_JOINED_LEVELS = re.compile(r"(?<![省市县区])([省市县区])、?([省市县区])(?:两级)?重点(.*项目)$")


def _lists_of_joined_levels(p: Parsed, items: list[Item]) -> list[Statement]:
    """A list named by two levels of government (省市重点项目494个) is the lists of each
    level (省重点项目34个, 市重点项目460个): its count, total investment, plan and completed
    investment each the sum of theirs, as printed near it."""
    out = []
    figs, rd = p.figs, p.readings
    for j, f in enumerate(figs):
        m = _JOINED_LEVELS.search(_cleaned(p, rd[j].subject))
        if m is None or f.hedge is not None or f.family not in LEVEL_FAMILIES:
            continue
        parts = []
        for level in m.group(1, 2):
            # (省市重点开工在建项目 is 省重点项目 and 市重点项目, the list's kind said once)
            suffix = re.escape(m.group(3))
            own = re.compile(rf"(?<![省市县区]){level}(?:级|管)?重点(?:{suffix}|项目)$")
            near = [
                k
                for k in range(max(0, j - 40), min(len(figs), j + 40))
                if own.search(_cleaned(p, rd[k].subject))
                and figs[k].kin == f.kin
                and figs[k].hedge is None
                and rd[k].measure == rd[j].measure
                and rd[k].period == rd[j].period
            ]
            # (the lists of its own paragraph first: 其中,28项省重点项目……;107项市重点项目;
            # a list named without the kind, 省重点项目, only there)
            exact = re.compile(rf"(?<![省市县区]){level}(?:级|管)?重点{suffix}$")
            same = [k for k in near if p.para_of(k) == p.para_of(j)]
            near = same or [k for k in near if exact.search(_cleaned(p, rd[k].subject))]
            parts.append(min(near, key=lambda k: abs(k - j)) if near else None)
        if None not in parts:
            roles = [("part", k) for k in parts if k is not None] + [("whole", j)]
            out.append(_statement(p, "sum", roles, j))
    return out


def _months_within(p: Parsed, items: list[Item]) -> list[Statement]:
    """One month's level (其中,6月当月完成投资143.4亿元) lies within the level of the months
    from January to it printed before it, of the same measure and unit, or right after it
    in its sentence (7月,续建项目新增投资55.55亿元,1~7月累计完成投资268.78亿元)."""
    out = []
    figs, rd = p.figs, p.readings
    for k, f in enumerate(figs):
        if f.family not in LEVEL_FAMILIES or f.hedge is not None:
            continue
        m = re.fullmatch(r"M(\d\d)-M(\d\d)", rd[k].period)
        if m is None or m.group(1) != m.group(2) or m.group(1) == "01":
            continue
        ytd = f"M01-M{m.group(2)}"
        said_month = bool(re.search(r"当月|单月", p.before(k, "sentence")))
        if said_month:
            para = p.para_of(k)
            near = [j for j in range(max(0, k - 12), k) if p.para_of(j) == para]
        else:
            # (the months to date printed right after the month, of the same subject: 7月份
            # 新开工项目45个,1-7月累计竣工项目30个 is no part of it)
            near = [j for j in p.in_sentence(k) if j > k and rd[j].subject == rd[k].subject][:1]
        wholes = [
            j
            for j in near
            if figs[j].kin == f.kin
            and figs[j].hedge is None
            and rd[j].measure == rd[k].measure
            and rd[j].period == ytd
        ]
        if wholes:
            out.append(_statement(p, "subset", [("part", k), ("whole", wholes[-1])], wholes[-1]))
    return out


def _nested_classes(p: Parsed, items: list[Item]) -> list[Statement]:
    """Size classes printed one after another with rising thresholds (5亿元以上69个,10亿元以上
    36个,30亿元以上14个): each lies within the one before, measure by measure; with falling
    ones, each holds the one before."""
    out = []
    last: dict[tuple[str, str], tuple[float, Item]] = {}
    para = -1
    for it in items:
        if it.level is None:
            continue
        if p.para_of(it.level) != para:
            para, last = p.para_of(it.level), {}
        t = _threshold_above(p, it)
        # (counts with counts, 总投资 with 总投资: 完成投资 of one class is no part of 总投资)
        unit = (p.figs[it.level].kin, p.readings[it.level].measure)
        if t is None:
            last.pop(unit, None)  # a level of no class: the run of classes ends
            continue
        before = last.get(unit)
        if (
            before is not None
            and before[1].level is not None
            and _same_stage(p, before[1].level, it.level)
            and (
                before[0] < t
                or (before[0] > t and p.sent_of(before[1].level) == p.sent_of(it.level))
            )
        ):
            # rising (5亿元以上69个,10亿元以上36个) or falling (25亿元以上1个、10亿元以上2个):
            # the class of the higher threshold lies within the other
            part, whole = (
                (it.level, before[1].level) if before[0] < t else (before[1].level, it.level)
            )
            out.append(_statement(p, "subset", [("part", part), ("whole", whole)], whole))
        last[unit] = (t, it)
    return out


#: hedges that bound a figure another figure of the text may restate exactly
_RESTATED_HEDGES = ("超", "近", "多", "余", "约")


def _bare(p: Parsed, subject: str) -> bool:
    """Whether a subject names nothing of its own (总量正式, 达到): its figure restates the
    subject of the figure beside it."""
    return len(re.sub(r"总量|总额|规模|正式|首次|大关|实现|达到|已经?", "", _core(subject, p))) < 2


def _restated_hedges(p: Parsed, items: list[Item]) -> list[Statement]:
    """A hedged figure (超8400亿元, 近5000亿元) and the exact figure of the same measure the
    text prints elsewhere (8428.53亿元): the exact one lies in the range the hedge allows.
    Which exact figure restates it is a reading (the best-named first), so the statement
    rests on that assumption."""
    out = []
    figs = p.figs
    head_end = _headline_end(p)
    # the body's lead: the first paragraph after the headline that prints a figure
    body_lead = next((p.para_of(j) for j, g in enumerate(figs) if g.vstart > head_end), -1)
    for k, f in enumerate(figs):
        if f.hedge not in _RESTATED_HEDGES or f.number is None:
            continue
        subject = p.readings[k].subject
        # (总量正式突破2000亿元大关, a heading's 突破6500亿: a hedge that names no subject of its
        # own restates a figure of its sentence or the one next to it)
        bare = _bare(p, subject)
        # (a headline's 桂林签约总额近150亿元 restates the body's lead: its first paragraph)
        in_headline = 0 <= f.vstart < head_end
        near = range(max(0, k - _WINDOW), min(len(figs), k + _WINDOW))
        cands = []
        for j in near:
            g = figs[j]
            if j == k or g.hedge is not None or g.kin != f.kin or not g.number:
                continue
            if not f.number or not 2 / 3 <= g.number / f.number <= 3 / 2:
                continue
            score = _overlap(_core(subject, p), _core(p.readings[j].subject, p))
            close = abs(p.sent_of(j) - p.sent_of(k)) <= 1
            if close and (bare or _bare(p, p.readings[j].subject)):
                score = max(score, 0.5)  # (毕节超过1500亿元,达到1585.86亿元)
            if in_headline and p.figs[j].vstart > head_end and p.para_of(j) == body_lead:
                score = max(score, 0.5)
            if score >= 0.5 and p.readings[j].measure == p.readings[k].measure:
                cands.append((-score, abs(j - k), j))
        if not cands:
            continue
        order = [j for *_, j in sorted(cands)]
        readings = [_statement(p, "hedged", [("figure", k), ("outside", j)], k) for j in order[:4]]
        out.append(one_of(readings, "restated_figure"))
    return out


def _complements(p: Parsed, items: list[Item]) -> list[Statement]:
    """A share of X and the share of 非X in the same whole (制造业 / 非制造业 占工业投资的比重)
    add up to 100."""
    out = []
    for it in items:
        if not it.shares:
            continue
        core = _core(it.subject, p)
        if len(core) < 2:
            continue
        for other in _near(items, it.head):
            if other is it or not other.shares or other.head < it.head:
                continue
            if "非" + core not in _clean_subject(other.subject, p.lex):
                continue
            a, wa = it.shares[0]
            b, wb = other.shares[0]
            if _core(wa, p) != _core(wb, p):
                continue
            st = _statement(p, "breakdown", [("part", a), ("part", b)], None)
            st.bound = "100"
            out.append(st)
    return out


def _structure_runs(p: Parsed) -> list[list[int]]:
    """Ratio parts printed as a chain (5∶45∶50, 1.5:98.5, any colon) that add up to
    about 100: shares of a whole in per cent."""
    runs: list[list[int]] = []
    for k, f in enumerate(p.figs):
        if f.family != "ratio":
            continue
        if (
            runs
            and runs[-1][-1] == k - 1
            and re.fullmatch(r"\s*[:：∶︰]\s*", p.view[p.figs[k - 1].vend : f.vstart])
        ):
            runs[-1].append(k)
        else:
            runs.append([k])
    return [r for r in runs if len(r) >= 2 and 95 <= sum(p.figs[k].value for k in r) <= 105]


#: words before a structure that make it another period's (the year before, a whole year)
_ANOTHER_PERIOD = re.compile(r"上年|去年|同期|(?:19|20)\d\d年全年")


#: a change of a share in points, and the members it names (第二产业下降0.5个百分点; 第一、二
#: 产业占比均下降1.5个百分点: both)
_SHARE_MOVE = re.compile(rf"({MOVES})了?\s*$")
_MEMBERS = re.compile(r"第?([一二三])((?:、第?[一二三])*)产业")


def _changes_of_a_structure(p: Parsed, items: list[Item]) -> list[Statement]:
    """The changes of the three industries' shares over a year (三次产业结构为7.7:57.5:34.8。
    与上年同期相比,第一产业下降0.3个百分点,第二产业下降0.5个百分点,第三产业上升0.8个
    百分点) add up to nothing: the shares of one whole gain what they lose. Tested on the
    change whose sign the others do not share."""
    out = []
    figs, view = p.figs, p.view
    by_sentence: dict[int, list[tuple[int, list[str], int]]] = {}
    for k, f in enumerate(figs):
        if f.unit != "个百分点" or f.hedge is not None:
            continue
        before = view[p.clause_start(f.vstart) : f.vstart]
        move = _SHARE_MOVE.search(before)
        m = _MEMBERS.search(before)
        if move is None or m is None or re.search(r"增速|增幅|增长|拉动|贡献", before):
            continue
        numerals = [m.group(1), *re.findall(r"[一二三]", m.group(2))]
        sign = -1 if re.fullmatch(FALLS, move.group(1)) else 1
        by_sentence.setdefault(p.sent_of(k), []).append((k, numerals, sign))
    for found in by_sentence.values():
        named = [n for _, ns, _ in found for n in ns]
        if sorted(named) != sorted("一二三"):
            continue  # (each industry once: 第一、二产业…均下降 names two)
        start = p.sent_start(figs[found[0][0]].vstart)
        context = view[max(0, start - 80) : figs[found[-1][0]].vend]
        if not re.search(r"结构|比重|占比|[:∶︰：]", context):
            continue  # (changes of something else than the industries' shares)
        roles = [("part", k) for k, ns, _ in found for _ in ns]
        signs = [sg for _, _, sg in found]
        lone = [k for k, _, sg in found if signs.count(sg) == 1]
        tested = lone[0] if len(lone) == 1 else found[-1][0]
        out.append(_statement(p, "breakdown", roles, tested, bound="0"))
    return out


def _structures(p: Parsed, items: list[Item]) -> list[Statement]:
    out = []
    classified = _classified(p, items)
    for run in _structure_runs(p):
        st = _statement(p, "breakdown", [("part", k) for k in run], None)
        st.bound = "100"
        out.append(st)
        # the structure of a classification printed with its levels: each part its share
        before = [
            (members, whole)
            for members, whole in classified
            if len(members) == len(run) and max(it.head for it in members) < run[0]
        ]
        head = p.view[p.clause_start(p.figs[run[0]].vstart) : p.figs[run[0]].vstart]
        if before and not _ANOTHER_PERIOD.search(head):
            # (与2012年全年三次产业投资的占比结构3.9:32.8:63.3相比: another period's)
            members, whole = before[-1]
            for it, k in zip(members, run):
                roles = [("part", it.level), ("whole", whole.level), ("stated", k)]
                out.append(_statement(p, "ratio", roles, k))
    return out


def _rate_words(p: Parsed, i: int) -> str | None:
    """The rate a percentage is (开工率, 资金到位率): named right before it, or the k-th of
    a list before 分别 (项目履约率、开工率与资金到位率分别为98.8%、90%和34%)."""
    rates = "|".join(map(re.escape, sorted(p.lex.rates, key=len, reverse=True)))
    m = re.search(rf"([\u4e00-\u9fff]{{0,4}}?)({rates})(?:达到?|为|是)?$", p.before(i))
    if m:
        return m.group(1) + m.group(2)
    c0 = p.clause_start(p.figs[i].vstart)  # 分别为 and its names stand in the figure's clause
    lm = re.search(r"([^,;。]*)分别为[^,;。]*$", p.view[c0 : p.figs[i].vstart])
    if not lm:
        return None
    names = [n for n in re.split(r"[、和与及]", lm.group(1)) if n]
    run = [
        k for k in p.in_sentence(i) if p.figs[k].unit == "%" and p.figs[k].vstart > c0 + lm.end(1)
    ]
    if len(names) != len(run) or i not in run:
        return None
    name = names[run.index(i)]
    return name if re.search(rf"(?:{rates})$", name) else None


def _rates_of_lists(p: Parsed, items: list[Item]) -> list[Statement]:
    """开工率 / 履约率 / 资金到位率 …: the figures the rate's stem names (开工项目222个,
    到位资金300亿元) over the list the passage opened with (签约项目200个, 合同资金900亿元):
    the first level of the same unit in the sentence or the one before it."""
    out = []
    for i, f in enumerate(p.figs):
        if f.unit != "%":
            continue
        word = _rate_words(p, i)
        if not word:
            continue
        stem = next((r[:-1] for r in p.lex.rates if word.endswith(r)), word[:-1])
        if stem == "完成":
            continue  # 完成率: of a plan (the grammar's share of plan), not of a list
        chain = [
            k
            for k in range(max(0, i - 40), i)
            if p.para_of(k) == p.para_of(i)
            and p.sent_of(k) >= p.sent_of(i) - 1
            and p.figs[k].family in ("count", "money")
            and p.figs[k].hedge is None
        ]
        named = [
            k
            for k in chain
            if stem in p.before(k) + p.view[p.figs[k].vend : p.figs[k].vend + 6].split(",")[0]
        ]
        if not named:
            continue
        part = named[-1]
        if "资金" in word and p.figs[part].family != "money":
            continue
        wholes = [
            k for k in chain if k < part and p.figs[k].kin == p.figs[part].kin and k not in named
        ]
        if not wholes:
            continue
        roles = [("part", part), ("whole", wholes[0]), ("stated", i)]
        st = _statement(p, "ratio", roles, i)
        # a rate named in a list before 分别 is known by its name, which the grammar is not
        st.extra["distributed"] = "分别" in p.view[p.sent_start(f.vstart) : f.vstart]
        out.append(st)
    return out


RELATIONS: tuple[Relation, ...] = (
    Relation(
        "rate_of_a_list",
        "ratio",
        "ratio",
        ("part", "whole", "stated"),
        "签约项目200个,履约项目190个,开工项目150个,履约率、开工率分别为95%、75%",
        _rates_of_lists,
        fallback=True,
    ),
    Relation(
        "share",
        "ratio",
        "ratio",
        ("part", "whole", "stated"),
        "基础设施投资120亿元,同比增长10%,占全部投资的30%",
        _shares,
    ),
    Relation(
        "share_of_listed_levels",
        "ratio",
        "ratio",
        ("part", "whole", "stated"),
        "重点项目完成投资300亿元……工业、交通项目分别完成投资120亿元、90亿元,占重点项目投资的70%",
        _shares_of_listed_levels,
    ),
    Relation(
        "average_per_item",
        "ratio",
        "ratio",
        ("part", "whole", "stated"),
        "集中签约30个项目,总投资60亿元……项目平均计划投资2亿元",
        _averages,
    ),
    Relation(
        "gap_between_rates",
        "gap",
        "gap",
        ("value", "gap"),
        "基础设施投资增长15.0%,高于全部投资增速5.0个百分点",
        _gaps,
    ),
    Relation(
        "gap_to_the_average",
        "gap",
        "gap",
        ("value", "gap"),
        "重点项目完成年度计划的70%……其中产业项目完成年度计划的80%,高于平均进度10个百分点",
        _gaps_to_the_average,
    ),
    Relation(
        "two_year_average",
        "growth",
        "two_year_average",
        ("over_two_years", "average"),
        "与2019年同期相比,增长21%,两年平均增长10%",
        _two_year_averages,
    ),
    Relation(
        "pull",
        "growth",
        "pull",
        ("part", "part_growth", "whole", "whole_growth", "contribution", "pull"),
        "民间投资60亿元,增长20%……拉动全市投资增长10个百分点",
        _pulls,
    ),
    Relation(
        "contribution",
        "growth",
        "contribution",
        ("part", "part_growth", "whole", "whole_growth", "stated"),
        "地方项目完成投资80亿元,增长25%……对投资增长的贡献率为80%",
        _contributions,
    ),
    Relation(
        "share_shift",
        "growth",
        "share_shift",
        ("part", "part_growth", "whole", "whole_growth", "change"),
        "工业投资40亿元,增长25%,占比40%,比重提高5.5个百分点",
        _share_shifts,
    ),
    Relation(
        "exhaustive_breakdown",
        "subset",
        "breakdown",
        ("part", "whole"),
        "固定资产投资100亿元……第一产业5亿元;第二产业45亿元;第三产业50亿元",
        _breakdowns,
    ),
    Relation(
        "growth_of_a_breakdown",
        "growth",
        "breakdown",
        ("part", "whole"),
        "GDP增长5.0%;第一产业……拉动0.5个百分点,贡献率10%;第二产业……拉动2.0个百分点,"
        "贡献率40%;第三产业……拉动2.5个百分点,贡献率50%",
        _breakdowns_of_growth,
    ),
    Relation(
        "aggregate_growth",
        "growth",
        "aggregate_growth",
        ("part", "part_growth", "whole", "growth"),
        "进出口300亿元,增长10%;出口200亿元,增长12%;进口100亿元,增长6%",
        _aggregate_growths,
    ),
    Relation(
        "part_named_within",
        "subset",
        "subset",
        ("part", "whole"),
        "到位资金80亿元。到位资金中,自筹资金60亿元,占比75%",
        _parts_within,
    ),
    Relation(
        "share_named_within",
        "subset",
        "subset",
        ("part", "whole"),
        "制造业投资占工业投资的60%。制造业中,装备制造业投资占工业投资的20%",
        _shares_within,
    ),
    Relation(
        "total_of_named_parts",
        "subset",
        "breakdown",
        ("part", "whole"),
        "工业、基础设施、房地产开发共完成投资150亿元",
        _totals_of_named_parts,
    ),
    Relation(
        "part_by_definition",
        "subset",
        "subset",
        ("part", "whole"),
        "第二产业完成投资300亿元……工业投资完成280亿元",
        _parts_by_definition,
        fallback=True,  # (a sum the text states of the whole, 技改 + 其他, says more)
    ),
    Relation(
        "size_class",
        "subset",
        "subset",
        ("part", "whole"),
        "工业在建项目100个,完成投资50亿元;工业亿元以上项目40个,完成投资42亿元",
        _size_classes,
    ),
    Relation(
        "restated_hedge",
        "subset",
        "hedged",
        ("figure", "outside"),
        "协议投资额近5000亿元……协议投资额为4994亿元",
        _restated_hedges,
    ),
    Relation(
        "stage_within_list",
        "subset",
        "subset",
        ("part", "whole"),
        "计划新开工项目93个,已开工79个",
        _stage_parts,
        beside=True,
    ),
    Relation(
        "count_after_qizhong",
        "subset",
        "subset",
        ("part", "whole"),
        "来自大湾区项目5个,其中3个由港商投资",
        _counts_after_qizhong,
        fallback=True,
    ),
    Relation(
        "one_part_after_qizhong",
        "subset",
        "subset",
        ("part", "whole"),
        "开复工建设项目2645个……其中新开工项目1822个",
        _one_part_after_qizhong,
        beside=True,
    ),
    Relation(
        "pulls_of_a_named_split",
        "growth",
        "breakdown",
        ("part", "whole"),
        "第二产业拉动GDP增长2.5个百分点……工业拉动2.0个百分点,建筑业拉动0.5个百分点",
        _pulls_of_a_named_split,
    ),
    Relation(
        "lists_of_joined_levels",
        "subset",
        "sum",
        ("part", "whole"),
        "全市共实施省市重点项目494个……省重点项目34个……市重点项目460个",
        _lists_of_joined_levels,
    ),
    Relation(
        "month_within_months",
        "subset",
        "subset",
        ("part", "whole"),
        "1-6月完成投资672.99亿元……其中,6月当月完成投资143.4亿元",
        _months_within,
    ),
    Relation(
        "nested_classes",
        "subset",
        "subset",
        ("part", "whole"),
        "5亿元以上项目69个,10亿元以上项目36个,30亿元以上项目14个",
        _nested_classes,
    ),
    Relation(
        "shares_of_a_list",
        "subset",
        "breakdown",
        ("part",),
        "市内项目……占比60.0%;市外项目……占比40.0%",
        _shares_of_a_list,
    ),
    Relation(
        "levels_of_a_share_list",
        "subset",
        "sum",
        ("part", "whole"),
        "省外项目到位资金60亿元,占到位资金的60.0%;省内项目40亿元,占到位资金的40.0%",
        _levels_of_a_share_list,
        beside=True,
    ),
    Relation(
        "shares_of_a_classification",
        "subset",
        "breakdown",
        ("part",),
        "第一产业……占全部投资的5.0%;第二产业……占全部投资的45.0%;第三产业……占全部投资的50.0%",
        _shares_of_a_classification,
    ),
    Relation(
        "complementary_shares",
        "subset",
        "breakdown",
        ("part",),
        "制造业投资占工业投资的60%,非制造业投资占工业投资的40%",
        _complements,
    ),
    Relation(
        "changes_of_a_structure",
        "subset",
        "breakdown",
        ("part",),
        "与上年同期相比,第一产业下降0.3个百分点,第二产业下降0.5个百分点,第三产业上升0.8个百分点",
        _changes_of_a_structure,
    ),
    Relation(
        "structure",
        "subset",
        "breakdown",
        ("part",),
        "三次产业结构为5.0:45.0:50.0",
        _structures,
    ),
)


def catalogue_lines() -> list[str]:
    """The catalogue as text: one block per relation (its family, the engine kind that
    checks it, its roles, an example of the wording it reads)."""
    from .statements import GRAMMAR_RELATIONS

    out = []
    for name, family, kind, roles, example in GRAMMAR_RELATIONS + [
        (r.name, r.family, r.kind, r.roles, r.example) for r in RELATIONS
    ]:
        out += [
            f"{name}",
            f"  family {family}; checked as {kind}; roles: {', '.join(roles)}",
            f"  e.g. {example}",
        ]
    return out


def find_relations(p: Parsed) -> list[tuple[Relation, Statement]]:
    """Every statement the catalogue's relations find in the text, with its relation."""
    items = read_items(p)
    return [(rel, st) for rel in RELATIONS for st in rel.find(p, items)]


#: relations that split a figure by a classification exhaustive by definition
_SPLITS = frozenset({"exhaustive_breakdown", "growth_of_a_breakdown", "aggregate_growth"})


def with_relations(p: Parsed, statements: list[Statement]) -> list[Statement]:
    """The grammar's statements and the catalogue's, one statement per tested figure: where
    both test the same printed figure, the catalogue's reading (which knows what the figure
    is compared with) replaces the grammar's, unless the relation is only a fallback."""
    found = find_relations(p)
    grammar = {st.tested for st in statements if st.tested is not None}
    sums: dict[int, list[set[int]]] = {}  # the grammar's plain sums by the whole they test
    plain = [g for g in statements if _plain_sum(g) and g.tested is not None]
    for g in plain:
        sums.setdefault(g.tested, []).append(_parts(g))  # type: ignore[arg-type]
    readings = []
    for rel, st in found:
        longer = _fuller_list(st, plain)
        if longer is not None and not longer.alternatives:
            # the list with its extra member, or the lexicon's pair alone: the one that fits
            one_of([longer, st], "class_members")
        else:
            readings.append((rel, st))
    found = [
        (rel, st)
        for rel, st in readings
        if not (rel.fallback and st.tested in grammar and not st.extra.get("distributed"))
        and not _fewer_parts(st, sums)
    ]
    tested = {(st.kind, st.tested) for rel, st in found if not rel.beside}
    figures = {k for _, k in tested}
    # a figure the catalogue tests only as the whole of single parts (subset) keeps the
    # grammar's sum of its parts: a whole holds its parts' sum and each part at once
    only_parts = figures - {k for kind, k in tested if kind != "subset"}
    # the parts of each figure's statements that split it by a classification the lexicon
    # calls exhaustive (None: some other statement tests the figure)
    splits: dict[int, list[set[int]] | None] = {}
    for rel, st in found:
        if st.tested is None or rel.beside:
            continue
        if rel.name in _SPLITS and splits.get(st.tested, []) is not None:
            splits.setdefault(st.tested, []).append({k for r, k in st.roles if r == "part"})  # type: ignore[union-attr]
        else:
            splits[st.tested] = None

    # the catalogue's plain sums by the whole they test (a list read in full where the
    # grammar read it to a separator: 农业…;林业…,畜牧业…,渔业…, each with its share)
    fuller: dict[int, list[set[int]]] = {}
    for _, st in found:
        if _plain_sum(st) and st.tested is not None:
            fuller.setdefault(st.tested, []).append(_parts(st))

    def superseded(st: Statement) -> bool:
        if _fewer_parts(st, fuller):
            return True
        theirs = splits.get(st.tested) if st.tested is not None else None
        if theirs is not None and st.kind in ("sum", "breakdown", "aggregate_growth"):
            # a whole cut two ways (按所在地分: 城镇、乡村; 按消费类型分: 餐饮、商品零售):
            # the other split stands beside the lexicon's, a reading of its parts does not
            mine = {k for r, k in st.roles if r == "part"}
            return any(mine & parts for parts in theirs)
        if st.tested is not None:
            return st.tested in figures and not (
                st.tested in only_parts and st.kind in ("sum", "breakdown")
            )
        # a grammar statement that tests nothing but holds a figure the catalogue tests
        # with the same kind (a gap read against the wrong comparator)
        return any((st.kind, k) in tested for _, k in st.roles)

    kept = [st for st in statements if not superseded(st)]
    # the catalogue's statements, each once (two relations may read the same sum), those
    # kept beside the grammar's only where it does not say the same
    said = {_claim_key(st) for st in kept}
    seen: set[tuple] = set()
    for rel, st in sorted(found, key=lambda x: x[0].beside):
        key = _claim_key(st)
        if key in seen or (rel.beside and (key in said or _in_a_sum(st, kept))):
            continue
        seen.add(key)
        kept.append(st)
    restated = _restated(p, kept)
    # (the unchecked reading of a figure a restatement now checks says nothing more)
    now = {(st.kind, st.tested) for st in restated}
    kept = [
        st
        for st in kept
        if st.tested is not None or not any((st.kind, k) in now for _, k in st.roles)
    ]
    return kept + restated + _plans_of_sums(p, kept)


def _plans_of_sums(p: Parsed, statements: list[Statement]) -> list[Statement]:
    """Amounts that add up to their whole, each printed with its share of its annual plan
    (完成投资…占年计划的80%) as the whole is: the whole's share rebuilt from the parts'
    plans (amount ÷ share). That the parts' plans make up the whole's is the assumption:
    a list whose amounts add up may still leave out projects that plan and spent nothing."""
    plans = {
        dict(st.roles)["amount"]: dict(st.roles)["share"]
        for st in statements
        if st.kind == "share_of_plan"
        and {r for r, _ in st.roles} == {"amount", "share"}
        and not st.assumption
    }
    said = {st.tested for st in statements if st.kind == "sum" and _has_shares(st)}
    out = []
    for st in statements:
        if not _plain_sum(st) or st.tested is None or st.tested not in plans:
            continue
        parts = sorted(_parts(st))
        if plans[st.tested] in said or any(k not in plans for k in parts):
            continue
        whole = p.figs[st.tested]
        low, high = sum_box(p, parts)
        if not (low <= whole.value + whole.half_unit and high >= whole.value - whole.half_unit):
            continue  # (a list that falls short of its whole: the others' plans are missing)
        roles = (
            [("part", k) for k in parts]
            + [("whole", st.tested)]
            + [("part_share", plans[k]) for k in parts]
            + [("whole_share", plans[st.tested])]
        )
        out.append(
            Statement(
                "sum",
                roles,
                plans[st.tested],
                start=st.start,
                end=st.end,
                assumption="plans_add_up",
            )
        )
    return out


def _has_shares(st: Statement) -> bool:
    return any(r == "whole_share" for r, _ in st.roles)


def _in_a_sum(st: Statement, kept: list[Statement]) -> bool:
    """Whether a part within a whole, or a sum of parts, is said already by a sum of parts
    on that whole that holds it (542 within 752, when 542 + 210 = 752 is checked)."""
    return st.kind in ("subset", "sum") and any(
        other.kind in ("sum", "breakdown")
        and other.tested == st.tested
        and set(_parts(st)) <= _parts(other)
        for other in kept
    )


def _claim_key(st: Statement) -> tuple:
    """What a statement claims: its kind, the figure it tests and the figures it holds."""
    return st.kind, st.tested, frozenset(k for _, k in st.roles)


def _parts(st: Statement) -> set[int]:
    return {k for r, k in st.roles if r == "part"}


def _fewer_parts(st: Statement, sums: dict[int, list[set[int]]]) -> bool:
    """Whether ``sums`` (plain sums by the whole they test) hold a sum of the same whole
    over the parts ``st`` holds and more: a list read to a separator where the other
    reading goes on (a grammar's list read to its full stop, the catalogue's read in full)."""
    if not _plain_sum(st) or st.tested is None:
        return False
    mine = _parts(st)
    return any(mine < theirs for theirs in sums.get(st.tested, []))


def _fuller_list(st: Statement, plain: list[Statement]) -> Statement | None:
    """The grammar's plain sum of the same whole over the parts of a breakdown by a
    classification the lexicon calls exhaustive and more (续建、新建 with 完工项目): the two
    are readings of one list (those completed may lie within the others, or beside them)."""
    if not _plain_sum(st, ("breakdown",)) or st.tested is None:
        return None
    mine = _parts(st)
    return next((g for g in plain if g.tested == st.tested and mine < _parts(g)), None)


def _plain_sum(st: Statement, kinds: tuple[str, ...] = ("sum",)) -> bool:
    """A statement of one of ``kinds`` (a sum, by default) of parts against their whole, on
    no assumption and with no other reading."""
    return (
        st.kind in kinds
        and not st.assumption
        and not st.alternatives
        and {r for r, _ in st.roles} == {"part", "whole"}
    )


#: what a headline restates from the body and is checked as the body's figure is
_RESTATED_KINDS = ("ratio", "share_of_plan", "schedule", "gap")
#: how far into a text its headline (and the page chrome above it) may reach
_HEADLINE = 400


def _headline_end(p: Parsed) -> int:
    """Where the headline ends: the lines before the first that holds a full stop (page
    chrome above it); -1 when there is no such line within the first ``_HEADLINE``
    characters."""
    stop = p.view.find("。")
    first = max(p.view.rfind("\n", 0, stop) if stop > 0 else -1, p.view.find("\n"))
    return first if 0 <= first <= _HEADLINE else -1


def _restated(p: Parsed, statements: list[Statement]) -> list[Statement]:
    """A rate or share printed again elsewhere in the text: the statement that checks one
    print tested on the other too, when nothing else tests it and one figure alone reads
    the same. In the headline (新项目开工率达70% over a bulletin that prints 开工率达到70%)
    the rate alone says so; in the body the sentence must print one of the statement's
    other figures as well (a lead 完成投资1594.2亿元,完成率69.1% that the body repeats once
    the plan is printed)."""
    first = _headline_end(p)
    tested = {st.tested for st in statements if st.tested is not None}
    prints: dict[tuple[str, str, str], list[Statement]] = {}
    for st in statements:
        t = st.tested
        if t is not None and st.kind in _RESTATED_KINDS:
            key = (p.figs[t].value_text, p.figs[t].kin, p.readings[t].measure)
            prints.setdefault(key, []).append(st)
    out = []
    for h, f in enumerate(p.figs):
        if f.unit not in ("%", "个百分点") or h in tested:
            continue
        same = prints.get((f.value_text, f.kin, p.readings[h].measure), [])
        if len({st.tested for st in same}) != 1:
            continue
        st = same[0]
        if f.vstart < first:
            if p.figs[st.tested].vstart <= first:  # type: ignore[index]
                continue
        else:
            others = {(p.figs[k].value_text, p.figs[k].unit) for _, k in st.roles if k != st.tested}
            beside = {(p.figs[k].value_text, p.figs[k].unit) for k in p.in_sentence(h) if k != h}
            if not others & beside or p.sent_of(h) == p.sent_of(st.tested):  # type: ignore[arg-type]
                continue
        roles = [(r, h if k == st.tested else k) for r, k in st.roles]
        out.append(replace(st, roles=roles, tested=h, start=f.vstart, end=f.vend))
    return out
