"""Draft claims named in words: a proposal's draft claims get, as their labels, the
names :func:`.claim_names.claim_name` gives a claim in the data (投产率：已投产项目占开工项目,
never a list of figures), from the names of the draft rows and of data/. Reads the data's
names as plain rows (no pandas), so ``zmd-report propose`` stays quick."""

from __future__ import annotations

from ..analysis.proposal import Catalogue
from .claim_names import claim_name
from .formatting import mid_sentence

_KEYS = {
    "indicators": ("indicator_id", "name"),
    "regions": ("region_id", "name"),
    "periods": ("period_id", "label"),
}


def name_draft_claims(rows: dict[str, list[dict]], data=None) -> None:
    """Give each draft claim of a proposal (``rows["claims"]``) its name in both languages
    as its labels; a slogan keeps the slogan (and its English) as its labels."""
    cat = Catalogue.load(data)
    for lang in ("zh", "en"):
        names = DraftNames(lang, rows, cat)
        for claim in rows.get("claims", []):
            if claim.get("kind") != "rhetoric":
                claim[f"label_{lang}"] = _short(claim_name(claim, names), lang)


def _short(text: str, lang: str, limit: int = 60) -> str:
    """A label within the data's limit: cut at a word (English) and marked as cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if lang == "en" and " " in cut:
        cut = cut[: cut.rfind(" ")].rstrip(",:;")
    return cut + "…"


class DraftNames:
    """Display names (as :class:`.sentences.Names` gives them) of a proposal's draft rows,
    then of the data's."""

    def __init__(self, lang: str, rows: dict[str, list[dict]], cat: Catalogue) -> None:
        self.lang = lang
        self._names: dict[str, dict[str, str]] = {}
        for table, (key, field) in _KEYS.items():
            known = {r[key]: r for r in getattr(cat, table)}
            known.update({r[key]: r for r in rows.get(table, [])})
            self._names[table] = {
                k: r.get(f"{field}_{lang}") or r.get(f"{field}_zh") or k for k, r in known.items()
            }

    def indicator(self, iid: str) -> str:
        name = self._names["indicators"].get(iid, iid)
        return mid_sentence(name) if self.lang == "en" else name

    def region(self, rid: str) -> str:
        return self._names["regions"].get(rid, rid)

    def period(self, pid: str) -> str:
        if not pid:
            return "上年同期" if self.lang == "zh" else "the same period a year earlier"
        return self._names["periods"].get(pid, pid)
