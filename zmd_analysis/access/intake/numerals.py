"""Chinese numerals to numbers: 两千零九十一 -> 2091, 四十六点一 -> 46.1, 二〇二一 -> 2021.

Written here rather than taken from a package: the one on PyPI (cn2an) installs stray
top-level packages (``example``, ``src``) into site-packages, and the grammar is small.
"""

from __future__ import annotations

CN_DIGITS = "零〇一二两三四五六七八九"
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}


def parse_chinese(s: str) -> float | None:
    """The value of a Chinese numeral, or None when ``s`` is not one."""
    if not s:
        return None
    whole, _, frac = s.partition("点")
    if frac and not all(c in _DIGIT for c in frac):
        return None
    value = _integer(whole)
    if value is None or value >= 10**15:
        return None  # more than a double holds exactly: no quantity of this genre
    if frac:
        return float(f"{int(value)}.{''.join(str(_DIGIT[c]) for c in frac)}")
    return float(value)


def _integer(s: str) -> int | None:
    if not s:
        return None
    if all(c in _DIGIT for c in s):  # digit by digit: 二〇二一
        return int("".join(str(_DIGIT[c]) for c in s)) if len(s) > 1 else _DIGIT[s]
    total, section, digit = 0, 0, None
    for c in s:
        if c in _DIGIT:
            if digit is not None and _DIGIT[c] != 0 and digit != 0:
                return None  # two digits in a row: not a numeral
            digit = _DIGIT[c]
        elif c in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[c]
            digit = None
        elif c in _BIG:
            section += digit or 0
            total = (total + section) * _BIG[c] if c == "亿" else total + section * _BIG[c]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def magnitude(word: str) -> float | None:
    """How many of a thing one ``word`` of them is (千万 -> 10,000,000, 亿 -> 100,000,000,
    "" -> 1), or None when the word is no magnitude."""
    return 1.0 if not word else parse_chinese("一" + word)
