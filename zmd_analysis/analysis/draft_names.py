"""Names and ids of the indicators a proposal drafts, built from the words of each figure's
subject and measure: the Chinese as the text prints it, the English from the lexicon's
glossary (``[glossary]`` in ``data/lexicon.toml``), the id from the English. A subject with
a word the glossary does not hold keeps a draft English name (and a numbered id) that says
so, for the reviewer to give: a guess would be a wrong name that looks right."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..access.intake.lexicon import Lexicon
from ..access.intake.numerals import magnitude

#: a figure's measure in English (the measures the reader gives, see Reading.measure)
MEASURE_EN = {
    "个数": "number",
    "完成投资": "completed investment",
    "总投资": "total investment",
    "年度计划投资": "annual planned investment",
    "计划投资": "planned investment",
    "占年度计划": "share of annual plan",
    "增长": "growth",
    "位次": "rank",
    "增速位次": "rank by growth",
    "高于全省": "points above the province",
    "高于全国": "points above the country",
    "高于全市": "points above the city",
    "高于时序进度": "points ahead of the time schedule",
    "占比": "share",
    "增加额": "change on a year earlier",
    "变动": "change in points",
    "占比变动": "change of share in points",
    "天数": "days",
    "时长": "duration",
    "差距": "difference in points",
    "比例": "percentage",
    "金额": "amount",
    "完成数": "done",
    "完成率": "completion rate",
    "开工率": "start rate",
    "开复工率": "start or restart rate",
    "投产率": "rate in production",
    "落地率": "rate landed",
    "超计划": "excess over plan",
    "人数": "persons",
}

#: words an id leaves out
_ID_STOP = frozenset({"of", "the", "and", "in", "a", "to", "by", "or", "more", "list"})


@dataclass(frozen=True)
class DraftName:
    name_zh: str
    name_en: str
    #: the id's stem from the English, "" when the English is a draft
    stem: str


def english(words: str, lex: Lexicon, places: tuple[str, ...] = ()) -> str | None:
    """``words`` in English from the glossary: cut into the longest listed terms (skip
    words and place names dropped), put together from the last term back; ``None`` when a
    word is not listed."""
    terms = lex.glossary
    if not terms or not words:
        return None
    skip = set(lex.gloss_skip) | {p for p in places if p}
    longest = max(map(len, [*terms, *skip]))
    glosses: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            w = words[i : i + n]
            if w in terms:
                glosses.append(terms[w])
                break
            if w in skip:
                break
        else:
            return None
        i += n
    return _compose(glosses) or None


def _compose(glosses: list[str]) -> str:
    """English of terms in Chinese order: a modifier before its head; ``{}`` wraps the
    English of the terms after it, ``{before}`` the English of the terms before it."""
    last = max((k for k, g in enumerate(glosses) if "{before}" in g), default=-1)
    if last >= 0:
        head = glosses[last].replace("{before}", _compose(glosses[:last]))
        return f"{head} {_compose(glosses[last + 1 :])}".strip()
    out = ""
    for g in reversed(glosses):
        out = g.format(out).strip() if "{}" in g else f"{g} {out}".strip()
    return out


def measure_english(measure: str, lex: Lexicon, places: tuple[str, ...] = ()) -> str | None:
    if measure in MEASURE_EN:
        return MEASURE_EN[measure]
    if measure.endswith("变动") and measure != "变动":  # 开工率变动: a rate's change in points
        rate = measure_english(measure.removesuffix("变动"), lex, places)
        return f"{rate}, change in points" if rate else None
    if measure.startswith("占"):  # 占工业投资: a share of a named whole
        whole = english(measure[1:], lex, places)
        return f"share of {whole}" if whole else None
    return None


#: a class by a threshold as the reader gives it (Reading.klass): the words of what is
#: bounded, the bound's side before or after the number, and the number with its unit
_CLASS = re.compile(
    r"(?P<words>.*?)(?P<over>超过|超出|高于|超|逾)?(?:达到)?"
    r"(?P<num>\d+(?:\.\d+)?)(?P<unit>[^\d的]*?)(?P<side>及以上|以上|及以下|以下)?的?"
)


#: a size band (5亿元至10亿元, 5000万元至亿元, 1至5亿元的): its bounds and their units
_BAND = re.compile(
    r"(?P<low>\d+(?:\.\d+)?)(?P<unit>[千百十]?[亿万]元)?(?:至|到|~|～|-|－|—)"
    r"(?P<high>\d+(?:\.\d+)?)?(?P<top>[千百十]?[亿万]元)(?:之间)?的?"
)


def _yuan(amount: float) -> str:
    """An amount of yuan in words: 5 million yuan, 1 billion yuan, 3.5 billion yuan."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if amount >= size:
            return f"{amount / size:g} {word} yuan"
    return f"{amount:g} yuan"


def class_english(klass: str, lex: Lexicon, places: tuple[str, ...] = ()) -> str | None:
    """The English of a class by a threshold, to follow its subject's (10亿元以上 ->
    "of 1 billion yuan or more"; 完成投资进度超过50%的 -> "with investment progress above
    50%"), ``None`` when a word or the unit has none."""
    band = _BAND.fullmatch(klass)
    if band:
        top = magnitude(band["top"].removesuffix("元"))
        if top is None:
            return None
        high = float(band["high"] or 1) * top
        bottom = magnitude(band["unit"].removesuffix("元")) if band["unit"] else top
        if bottom is None:
            return None
        return f"of {_yuan(float(band['low']) * bottom).removesuffix(' yuan')} to {_yuan(high)}"
    m = _CLASS.fullmatch(klass)
    if not m:
        return None
    num, unit = float(m["num"]), m["unit"]
    scale = magnitude(unit[:-1]) if unit.endswith("元") else None
    if scale is not None:
        amount = _yuan(num * scale)
    elif unit == "%":
        amount = f"{num:g}%"
    else:
        return None
    if (m["side"] or "").endswith("以下"):
        bound = f"{amount} or less"
    elif m["over"]:
        bound = f"above {amount}"
    else:
        bound = f"{amount} or more"
    if not m["words"]:
        return bound if m["over"] else f"of {bound}"
    words = english(m["words"], lex, places)
    return f"with {words} {bound}" if words else None


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def draft_name(
    subject: str,
    measure: str,
    heading: str,
    lex: Lexicon,
    places: tuple[str, ...] = (),
    klass: str = "",
) -> DraftName:
    """The names of the indicator of a figure whose subject is ``subject`` (under the
    section ``heading``, "" for none; of the class ``klass`` of it, "" for the whole
    subject) and measure ``measure``: a count is named by its subject alone (the unit says
    it counts), any other measure after it. A bare noun the heading ends with (项目 under
    在建项目) is the heading's own, not a part of it."""
    if heading and heading.endswith(subject):
        subject, heading = heading, ""
    zh_subject = f"{heading}{subject}" if heading and not subject.startswith(heading) else subject
    name_zh = (klass + zh_subject + measure)[:40]
    subject_en = english(subject, lex, places)
    heading_en = english(heading, lex, places) if heading and zh_subject != subject else ""
    measure_en = measure_english(measure, lex, places)
    class_en = class_english(klass, lex, places) if klass else ""
    if subject_en is None or heading_en is None or measure_en is None or class_en is None:
        what = measure_en or MEASURE_EN.get(measure, "figure")
        return DraftName(name_zh, f"Draft: {what} (subject to name)", "")
    if class_en:
        subject_en = f"{subject_en} {class_en}"
    name_en = subject_en if measure == "个数" else f"{subject_en}: {measure_en}"
    if heading_en:
        name_en = f"{heading_en}, {name_en}"
    return DraftName(
        name_zh, _sentence(name_en), _stem(heading_en, subject_en, measure, measure_en)
    )


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", text.lower()) if w and w not in _ID_STOP]


def _stem(scope_en: str, subject_en: str, measure: str, measure_en: str) -> str:
    """An id from the English: the scope's words, then the subject's that the scope does not
    already say, then the measure's (a count's id has none). The scope always stays, so a
    part of one list never shares an id with the same part of another list, and a list's
    count, amount and share keep one stem."""
    scope = _words(scope_en)
    subject = [w for w in _words(subject_en) if w not in scope]
    return "_".join([*scope, *subject, *([] if measure == "个数" else _words(measure_en))])
