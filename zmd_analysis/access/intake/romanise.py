"""Place names in Latin letters as they are officially written: Hanyu Pinyin without tones,
syllables joined, an apostrophe before a syllable that starts with a, o or e (杭州 Hangzhou,
闵行 Minhang, 厦门 Xiamen, 雅安 Ya'an, 吕梁 Lüliang).

pypinyin reads a character with several readings by its phrase dictionary, which lacks many
place names (闵行 -> minxing, 长治 -> zhangzhi). Where it reads a place name otherwise,
``data/lexicon.toml`` says how (``[places.pinyin]``): a character's reading in place names,
a name's syllables (which win over its characters'), or a name's official English form in
one word (鄂尔多斯 Ordos). pypinyin is imported only when a name is romanised (its
dictionaries are large).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon


def romanise(name: str, data=None) -> str:
    """``name`` as written in Latin letters (闵行 -> Minhang, 雅安 -> Ya'an)."""
    return _romanise(name, tuple(sorted(load_lexicon(data).place_pinyin.items())))


def ascii_id(roman: str) -> str:
    """A romanised name as an id: lower case ASCII letters and digits (Ya'an -> yaan,
    Lüliang -> lvliang)."""
    return re.sub(r"[^a-z0-9]", "", roman.lower().replace("ü", "v"))


@lru_cache(maxsize=512)
def _romanise(name: str, readings: tuple[tuple[str, str], ...]) -> str:
    from pypinyin import Style, lazy_pinyin

    table = dict(readings)
    if " " not in table.get(name, " "):
        return table[name]  # an official form in one word
    han = [c for c in name if "\u3400" <= c <= "\u9fff"]
    syllables = lazy_pinyin("".join(han), style=Style.NORMAL, errors="ignore")
    if len(syllables) != len(han):  # (a character pypinyin does not know)
        return _join(syllables)
    syllables = [table.get(c, s) for c, s in zip(han, syllables)]
    text = "".join(han)
    for word, reading in table.items():
        parts = reading.split()
        if len(word) > 1 and len(parts) == len(word):
            start = text.find(word)
            while start >= 0:
                syllables[start : start + len(word)] = parts
                start = text.find(word, start + 1)
    return _join(syllables)


def _join(syllables: list[str]) -> str:
    out = ""
    for s in syllables:
        s = s.replace("v", "ü")
        out += ("'" if out and s[:1] in "aoe" else "") + s
    return out[:1].upper() + out[1:]
