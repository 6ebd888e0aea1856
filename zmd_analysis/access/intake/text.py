"""Reading an article: bytes -> the text as read, and a normalised view for matching.

An article arrives as a ``.txt`` or a saved ``.html`` page, in UTF-8 or GB18030/GBK,
in simplified or traditional characters, often with scraping damage. Offsets that the
intake reports always refer to :attr:`ArticleText.text` (the text as read); matching
runs on :attr:`ArticleText.view`, a copy with traditional characters converted, full-width
forms made ASCII and pinyin glosses (``個(gè)``) dropped, and :meth:`ArticleText.span`
maps a match in the view back to the text.

Format characters (zero-width spaces and joiners, bidi controls, a stray BOM) are left out of
the view, so ``4\u200b7个`` reads as 47 and the proposal lists where they stood; control
characters (an escape sequence) become U+FFFD one for one, so they never reach a terminal
and offsets hold. Only regular files are read, at most :data:`MAX_BYTES`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import IntakeError

#: A larger text is not an article (the real ones are a few KB; a whole site dump is a
#: mistake). Reading is linear in the text, about 2.5 s a MB on one core (README, Bounds).
MAX_BYTES = 2 * 2**20

_HTML_HINT = re.compile(rb"<\s*(html|body|div|p|br|head|meta|span|table)\b", re.I)
#: a pinyin gloss inserted after a character by a repost: (gè), (bào), (diǎn)
_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7}[)）]")
_TONED = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")


@dataclass(frozen=True)
class ArticleText:
    """An article's text as read, and the normalised view matching runs on."""

    text: str
    #: normalised copy used for matching (glosses removed, so it may be shorter)
    view: str
    #: offset in ``text`` of each character of ``view``
    offsets: tuple[int, ...]
    encoding: str
    #: "html" or "text"
    form: str
    path: str = ""
    #: offsets in ``text`` of the format characters left out of the view
    removed: tuple[int, ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``view[start:end]`` as offsets into ``text``; a gloss right after the last
        character belongs to the span (``79個(gè)``)."""
        if end <= start:
            at = self.offsets[start] if start < len(self.offsets) else len(self.text)
            return at, at
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1
        m = _GLOSS.match(self.text, e)
        if m and _is_gloss(m.group()):
            e = m.end()
        return s, e


def _is_gloss(s: str) -> bool:
    inner = s[1:-1]
    return any(c in _TONED for c in inner) or (
        inner.islower() and len(inner) <= 6 and inner not in {"pdf", "ppt"}
    )


def read_article(path: str | Path) -> ArticleText:
    """Read and decode one article file; every failure is an :class:`IntakeError` naming it."""
    p = Path(path)
    if p.is_dir():
        raise IntakeError(p, "is a directory; give one article file (.txt or .html)")
    if not p.exists():
        raise IntakeError(p, "file not found")
    if not p.is_file():
        raise IntakeError(p, "is not a regular file (a pipe or a device); save the article first")

    def too_big(size: str) -> IntakeError:
        return IntakeError(
            p,
            f"file is {size}; an article is at most {MAX_BYTES // 2**20} MB "
            "(is this a whole site or an archive?)",
        )

    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise too_big(f"{size / 2**20:.1f} MB")
        with open(p, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # bounded: the file may grow while it is read
    except OSError as e:
        raise IntakeError(p, f"cannot be read: {e.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise too_big(f"over {MAX_BYTES // 2**20} MB")
    return from_bytes(raw, str(p), html=p.suffix.lower() in (".html", ".htm", ".shtml"))


def from_bytes(raw: bytes, name: str = "<text>", html: bool | None = None) -> ArticleText:
    """Decode ``raw`` (UTF-8, else GB18030, else what charset-normalizer finds) and build
    the view. ``html`` None: decided from the content."""
    if not raw.strip():
        raise IntakeError(name, "file is empty")
    text, encoding = _decode(raw, name)
    if html is None:
        html = bool(_HTML_HINT.search(raw[:4096]))
    form = "text"
    if html:
        text, form = html_to_text(text), "html"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_printable(text, name)
    text = _CONTROLS.sub("\ufffd", text)
    view, offsets, removed = normalise(text)
    return ArticleText(text, view, offsets, encoding, form, name, removed)


def from_text(text: str, name: str = "<text>") -> ArticleText:
    """An article given as a string (tests, notebooks): no decoding, no HTML."""
    text = _CONTROLS.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    view, offsets, removed = normalise(text)
    return ArticleText(text, view, offsets, "str", "text", name, removed)


#: control characters other than line breaks and tabs (ESC, BEL, C1): never text
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    utf16 = _utf16(raw)
    if utf16 is not None:
        return utf16
    if b"\x00" in raw[:65536]:
        raise IntakeError(name, "is a binary file (it contains NUL bytes), not an article text")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(raw)
    if declared:
        try:
            return raw.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    fits = []
    for enc in ("gb18030", "big5"):
        try:
            fits.append((enc, raw.decode(enc)))
        except UnicodeDecodeError:
            continue
    if len(fits) == 1:
        return fits[0][1], fits[0][0]
    from charset_normalizer import from_bytes as detect

    if fits:
        # Big5 bytes also decode as GB18030, into nonsense: let the detector's language
        # model choose between the two (a traditional page saved in Big5 is common)
        best = detect(raw, cp_isolation=["gb18030", "big5"]).best()
        enc = "big5" if best is not None and best.encoding == "big5" else "gb18030"
        return dict(fits)[enc], enc
    best = detect(raw).best()
    if best is None or best.encoding is None:
        raise IntakeError(
            name,
            "cannot be decoded: not UTF-8, not GB18030/GBK, and no other "
            "text encoding fits; save it as UTF-8",
        )
    return str(best), best.encoding


def _utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text: by its byte-order mark, or without one by NUL bytes on every second
    byte (Chinese and ASCII text in UTF-16 both leave them)."""
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            try:
                return raw[2:].decode(enc), "utf-16"
            except UnicodeDecodeError:
                return None
    head = raw[:4096]
    if len(head) < 4 or len(raw) % 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    enc = "utf-16-le" if odd > 4 * max(even, 1) else "utf-16-be" if even > 4 * max(odd, 1) else ""
    if not enc:
        return None
    try:
        return raw.decode(enc), "utf-16"
    except UnicodeDecodeError:
        return None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


def _declared_charset(raw: bytes) -> str | None:
    """The charset a saved page declares in a <meta> tag (its first 4 KB), if any."""
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return {"gb2312": "gb18030", "gbk": "gb18030"}.get(name, name)


def _check_printable(text: str, name: str) -> None:
    sample = text[:20000]
    if not sample:
        return
    bad = sum(
        1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn") and c not in "\n\t"
    )
    if bad > max(8, len(sample) // 50):
        raise IntakeError(
            name,
            f"does not read as text ({bad} control or unassigned characters "
            f"in the first {len(sample)}); is it a binary file?",
        )


#: deeper nesting than this is no saved article page (real ones nest a few dozen deep); the
#: HTML parser's time grows with the square of the depth, so such a page is read by a plain
#: linear tag stripper instead
MAX_NESTING = 400
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)


def _nesting(html: str) -> int:
    """The deepest nesting of elements in ``html`` (one pass over its tags)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(2).lower() in _VOID or m.group(3):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _stripped(html: str) -> str:
    """The text of a page by a plain tag stripper: scripts and styles dropped, block tags
    and <br> as line breaks, entities decoded (linear in the page, whatever its nesting)."""
    import html as entities

    html = re.sub(r"(?is)<(script|style|noscript|template|head)\b.*?</\1\s*>", "", html)
    blocks = "|".join(_BLOCKS + ("br",))
    html = re.sub(rf"(?i)</?(?:{blocks})\b[^>]*>", "\n", html)
    text = entities.unescape(re.sub(r"<[^>]*>", "", html)).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def html_to_text(html: str) -> str:
    """The visible text of a saved page: scripts, styles and templates dropped (never run),
    block elements on lines of their own, inline elements kept together."""
    from selectolax.lexbor import LexborHTMLParser

    if _nesting(html) > MAX_NESTING:
        return _stripped(html)

    tree = LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "noscript", "template", "iframe", "object", "svg", "head"])
    for tag in _BLOCKS:
        for node in tree.css(tag):
            node.insert_before("\n")
            node.insert_after("\n")
    for node in tree.css("br"):
        node.insert_after("\n")
    root = tree.body or tree.root
    text = root.text(separator="") if root is not None else ""
    text = text.replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


_BLOCKS = (
    "p",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "ul",
    "ol",
    "dd",
    "dt",
    "td",
    "th",
    "title",
)


def normalise(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The matching view of ``text``, the text offset of each of its characters and the
    offsets of the format characters left out: traditional -> simplified, full-width ->
    ASCII, one character for one; pinyin glosses after characters and format characters
    (zero-width, joiners, bidi controls) removed."""
    chars = frozenset(text)
    table = _char_table(chars)
    mapped = text.translate(table)
    keep: list[int] = []
    pos = 0
    for m in _GLOSS.finditer(text):
        if m.start() > 0 and _is_gloss(m.group()) and _is_cjk(text[m.start() - 1]):
            keep.extend(range(pos, m.start()))
            pos = m.end()
    keep.extend(range(pos, len(text)))
    removed: tuple[int, ...] = ()
    if any(unicodedata.category(c) == "Cf" for c in chars):
        removed = tuple(i for i in keep if unicodedata.category(text[i]) == "Cf")
        gone = set(removed)
        keep = [i for i in keep if i not in gone]
    view = "".join(mapped[i] for i in keep)
    return view, tuple(keep), removed


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _char_table(chars: frozenset[str]) -> dict[int, str]:
    """Per-character replacements (each to one character, so positions are kept)."""
    table: dict[int, str] = {}
    cjk = [c for c in chars if _is_cjk(c)]
    if cjk:
        conv = _converter()
        joined = "\n".join(cjk)
        converted = conv.convert(joined).split("\n")
        if len(converted) == len(cjk):
            for a, b in zip(cjk, converted):
                if len(b) == 1 and b != a:
                    table[ord(a)] = b
    for c in chars:
        if ord(c) in table:
            continue
        if "\uff01" <= c <= "\uff5e":  # full-width ASCII forms
            table[ord(c)] = chr(ord(c) - 0xFEE0)
        elif c == "\u3000":
            table[ord(c)] = " "
        elif c in _PUNCT:
            table[ord(c)] = _PUNCT[c]
    return table


_PUNCT = {
    "〜": "~",
    "～": "~",
    "—": "-",
    "–": "-",
    "－": "-",
    "﹪": "%",
    "％": "%",
    "．": ".",
    "，": ",",
    "；": ";",
    "：": ":",
    "∶": ":",  # ratio sign (5∶45∶50)
    "︰": ":",  # presentation-form colon
    "﹕": ":",
    "。": "。",
    "、": "、",
}


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")
