"""Numbers as a reader expects them, in one place.

Chinese text follows the source's own style (2091项, 1595亿元): no digit grouping
below 10,000. English groups thousands (2,091), writes amounts in yuan as
"CNY 48.2 bn" and ranks as ordinals ("2nd"). A derived figure shows its range only
when the range is wider than its point, and point and range carry the same decimals.
"""

from __future__ import annotations

import math
import re

UNITS_EN = {
    "%": "%",
    "百分点": "pp",
    "个": "",
    "位": "",
    "次": "events",
    "项": "items",
    "天": "days",
    "家": "firms",
    "万人": "",
    "倍": "×",
    "亿元": "",
    "亿元/个": "",
}


def num(x: float, nd: int = 1, lang: str = "zh") -> str:
    """At most ``nd`` decimals, trailing zeros dropped; a real minus sign."""
    grouped = lang != "zh" or abs(x) >= 10_000
    text = f"{x:,.{nd}f}" if grouped else f"{x:.{nd}f}"
    if nd:
        text = text.rstrip("0").rstrip(".")
    return _minus(text)


def fixed(x: float, nd: int, lang: str = "zh") -> str:
    """Exactly ``nd`` decimals (for ranges, where 2.00 and 1.99 must both show)."""
    grouped = lang != "zh" or abs(x) >= 10_000
    return _minus(f"{x:,.{nd}f}" if grouped else f"{x:.{nd}f}")


#: a whole number of four or more digits standing alone in a formula (not a decimal's tail)
_LONG_NUMBER = re.compile(r"(?<![\d.,])\d{4,}(?![\d,])")


def formula(text: str, lang: str = "zh") -> str:
    """A formula as the reader's language writes its numbers: English groups thousands
    ("1,961 ÷ 2,091 × 100"), Chinese keeps the source's style (no grouping below 10,000,
    as :func:`num`). A figure quoted as printed is not a formula: it stays as printed."""
    if lang != "en":
        return text
    return _LONG_NUMBER.sub(lambda m: f"{int(m.group()):,}", text)


def _minus(text: str) -> str:
    return "−" + text[1:] if text.startswith("-") else text


def source_date(date, confidence: str = "", lang: str = "zh") -> str:
    """A source's date as shown wherever it is cited, saying when it is inferred or unknown
    (``date_confidence`` in sources.csv)."""
    text = "" if date is None or str(date) in ("", "None", "NaT", "nan") else str(date)[:10]
    if not text or confidence == "unknown":
        return "日期不详" if lang == "zh" else "date unknown"
    if confidence == "inferred":
        return f"{text}（日期系推定）" if lang == "zh" else f"{text} (date inferred)"
    return text


def page_label(page: str, lang: str = "zh") -> str:
    """A newspaper page as the reader's language writes it: '01版' stays in Chinese, is
    'p. 1' in English."""
    m = re.fullmatch(r"0*(\d+)版", page or "")
    return f"p. {m.group(1)}" if m and lang == "en" else (page or "")


def locator(text: str, lang: str = "zh") -> str:
    """Where a claim stands in its article (``claims.csv`` ``locator``) in the reader's
    language: '正文第4、6段' is 'paragraphs 4 and 6' in English, '标题' 'headline'."""
    if lang != "en" or not text:
        return text
    if text == "标题":
        return "headline"
    m = re.fullmatch(r"(?:正文)?第([\d、，,]+)段", text)
    if not m:
        return text
    n = re.split(r"[、，,]", m.group(1))
    return f"paragraph {n[0]}" if len(n) == 1 else f"paragraphs {', '.join(n[:-1])} and {n[-1]}"


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def decimals_for(
    value: float, low: float, high: float, printed: str | None = None, exact_ends: bool = True
) -> int | None:
    """Decimals for a point and its range.

    A printed figure keeps its own. A derived range gets the fewest decimals (0–1) at
    which its width spans at least two units of the last digit, so the range says
    something; None means the range is narrower than that and only the point is shown
    (with one decimal, or none when it is whole). Printed figures carry at most one
    decimal in this genre, so a derived one shows their precision plus at most one digit.
    """
    if printed is not None:
        return len(printed.partition(".")[2])
    width = high - low
    if width > 0 and math.isfinite(width):
        # the fewest decimals at which the range still says something: a range 44 wide
        # (1565.7–1610.0) shows no decimals, one 3 wide with exact halves (42.5–45.5) one
        for nd in (0, 1):
            if width * 10**nd >= 2 - 1e-9:
                # ends that are exact one decimal further (2.45–2.75) are shown exactly
                if (
                    exact_ends
                    and nd < 2
                    and not (_exact_at(low, nd) and _exact_at(high, nd))
                    and _exact_at(low, nd + 1)
                    and _exact_at(high, nd + 1)
                ):
                    return nd + 1
                return nd
    return None


def _exact_at(x: float, nd: int) -> bool:
    return abs(x * 10**nd - round(x * 10**nd)) < 1e-6


def _outward(low: float, high: float, nd: int) -> tuple[float, float]:
    """A range's ends rounded outward at ``nd`` decimals, so the shown range covers the true one."""
    f = 10**nd
    return math.floor(low * f + 1e-6) / f, math.ceil(high * f - 1e-6) / f


def _english_unit(unit: str, value: float, unit_en: str | None) -> tuple[float, str, str]:
    """(factor, prefix, suffix) for writing a value of ``unit`` in English."""
    if unit in ("亿元", "亿元/个"):
        each = " each" if unit == "亿元/个" else ""
        return (0.1, "CNY ", f" bn{each}") if abs(value) >= 10 else (100, "CNY ", f" m{each}")
    if unit == "万人":
        return 0.01, "", " million"
    if unit in ("%", "倍"):
        return 1, "", "%" if unit == "%" else "×"
    word = unit_en if unit_en and unit_en not in ("rank",) else UNITS_EN.get(unit, unit)
    return 1, "", f" {word}" if word else ""


_SHIFT = {0.1: 1, 0.01: 2, 100: -2, 1: 0}


def quantity(
    value: float,
    low: float,
    high: float,
    unit: str,
    lang: str = "zh",
    *,
    printed: str | None = None,
    qualifier: str = "",
    kind: str = "",
    unit_en: str | None = None,
    show_range: bool = True,
) -> str:
    """One figure with its unit, and its range when it has one.

    ``printed`` is the figure as the source printed it (a stated figure): its decimals
    are kept and its rounding range is not shown. ``qualifier`` is the source's hedge.
    """
    nd = decimals_for(value, low, high, printed, exact_ends=show_range)
    ranged = (
        show_range and nd is not None and printed is None and low != high and math.isfinite(high)
    )
    # two decimals where one would say too little: an amount under 10亿元, or a value that
    # rounds to 0 at one decimal
    fine = (unit.startswith("亿元") and abs(value) < 10) or (value != 0 and round(value, 1) == 0)
    if nd is None:  # exact, or a range too narrow to show: the point alone, never a rounded whole
        nd = 0 if float(value).is_integer() else 2 if fine else 1
    if kind == "rank" or unit == "位":
        return ordinal(int(value)) if lang == "en" else f"第{int(value)}位"
    if lang == "en":
        factor, pre, suf = _english_unit(unit, value, unit_en)
        d = max(0, nd + _SHIFT.get(factor, 0))
        if printed is None and factor < 1:  # a derived bn or million: one decimal is enough
            d = min(d, 1)
        if printed is not None and factor == 0.1 and abs(value * factor) >= 100:
            d = min(d, 1)  # CNY 308.3 bn, not 308.282: four digits say it in English
        exact_fraction = printed is None and not float(value).is_integer()
        if ranged:  # a range that rounding at the shown decimals collapses says nothing
            lo, hi = _outward(low * factor, high * factor, d)
            ranged = round((hi - lo) * 10**d) >= 2
        # the point: its inputs' precision plus at most one digit (no 2.60 beside 2.45–2.75)
        dp = min(d, max(0, 1 + _SHIFT.get(factor, 0))) if printed is None else d
        show = (
            (lambda x: fixed(x * factor, dp, "en"))
            if ranged or exact_fraction
            else (lambda x: num(x * factor, dp, "en"))
        )
        body = show(value) + ("-odd" if qualifier == "more_than" and unit != "万人" else "")
        text = f"{pre}{body}{suf}"
        if qualifier == "more_than" and unit == "万人":
            text = f"over {text}"
        if qualifier == "within":
            text = f"within {text}"
        elif qualifier == "above":
            text = f"over {text}"
        elif qualifier == "approaching":
            text = f"nearly {text}"
        elif qualifier == "about":
            text = f"about {text}"
        if ranged:
            tail = suf if suf.strip() in ("%", "×") or not suf.startswith(" ") else suf
            text += f" ({fixed(lo, d, 'en')}–{fixed(hi, d, 'en')}{tail.replace(' each', '')})"
        return text
    u = {"百分点": "个百分点"}.get(unit, unit)
    exact_fraction = printed is None and not float(value).is_integer()
    # the point: at most one decimal (two where one says too little, see above)
    dp = min(nd, 2 if fine else 1) if printed is None else nd

    def show_zh(x: float, nd: int = nd) -> str:
        return fixed(x, nd, "zh") if ranged or exact_fraction else num(x, nd, "zh")

    body = _minus(printed) if printed is not None and abs(value) < 10_000 else show_zh(value, dp)
    text = {
        "more_than": f"{body}多{u}",
        "above": f"超过{body}{u}",
        "approaching": f"近{body}{u}",
        "within": f"{body}{u}内",
        "about": f"{body}{u}左右",
    }.get(qualifier, f"{body}{u}")
    if ranged:
        lo, hi = _outward(low, high, nd)
        text += f"（{show_zh(lo)}–{show_zh(hi)}）"
    return text


def estimate(e, lang: str = "zh", show_range: bool = True) -> str:
    """An :class:`~zmd_analysis.analysis.derived.Estimate`: as printed when it is a printed
    figure, else with its unit and (when informative) its range."""
    return quantity(
        e.value,
        e.low,
        e.high,
        e.unit,
        lang,
        printed=e.printed or None,
        qualifier=e.qualifier,
        kind=e.kind,
        unit_en=e.unit_en or None,
        show_range=show_range,
    )


def mid_sentence(name: str) -> str:
    """An English name as it reads inside a sentence: a capital that only opens it lowered
    (Industrial investment -> industrial investment; GDP and Henan stay)."""
    return name[0].lower() + name[1:] if name[:2].isalpha() and not name[:2].isupper() else name


def sentence_start(text: str) -> str:
    """Text that opens an English sentence, its first letter capitalised (labels are lower
    case); Chinese is unchanged."""
    return text[:1].upper() + text[1:]
