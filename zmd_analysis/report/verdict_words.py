"""The words that go with each verdict as data (``reports/verdicts.csv`` and ``.json``)
and in the claims explorer, in both languages, from the same sentences the claims-check
pages print (:func:`zmd_analysis.report.sentences.claims_frame`): the claim's name, its
figures as printed, the recomputed figure with its range, and the workings."""

from __future__ import annotations

from ..access.observations import DataArg
from .sentences import claims_frame

#: the columns :func:`verdict_words` gives each claim, in order
COLUMNS = (
    "name_zh",
    "name_en",
    "printed_zh",
    "printed_en",
    "recomputed_zh",
    "recomputed_en",
    "workings_zh",
    "workings_en",
)


def verdict_words(source: str | None = None, data: DataArg = None) -> dict[str, dict[str, str]]:
    """Claim id → its words in :data:`COLUMNS` (empty where a claim has no printed or no
    recomputed figure)."""
    out: dict[str, dict[str, str]] = {}
    for lang in ("zh", "en"):
        for r in claims_frame(source, lang, data).itertuples():
            words = out.setdefault(str(r.claim_id), {})
            words[f"name_{lang}"] = str(r.label)
            words[f"printed_{lang}"] = "" if r.stated == "—" else str(r.stated)
            words[f"recomputed_{lang}"] = "" if r.computed == "—" else str(r.computed)
            words[f"workings_{lang}"] = str(r.sentence)
    return {cid: {c: w[c] for c in COLUMNS} for cid, w in out.items()}
