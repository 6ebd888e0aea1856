"""schema.org ``ClaimReview`` for every claim of an article, embedded as JSON-LD in its
claims-check page, so search engines and fact-check tools can read our verdicts.

The rating scale (``RATING``, documented in the README): 5 reproduced, 4 consistent within
rounding, 3 consistent only if truncated, 1 inconsistent; ``alternateName`` adds
"implausible at face value" where the scale test finds so. A claim the data cannot settle
(not checkable, on different bases, a slogan) gets no
``ratingValue``: its ``alternateName`` says why, and a number would pretend to a verdict.
``url`` is the claim's anchor (``#claim-<id>``); the build prefixes the report's file."""

from __future__ import annotations

from ..access.observations import DataArg
from ..access.vocab import Plausibility, Status
from ..analysis.verdict_table import anchor, rows
from .citations import source_publisher
from .labels import label
from .sentences import claims_frame

PROJECT = "zmd-report"
BEST, WORST = 5, 1
RATING: dict[str, int | None] = {
    Status.REPRODUCED: 5,
    Status.CONSISTENT_WITHIN_ROUNDING: 4,
    Status.CONSISTENT_IF_TRUNCATED: 3,
    Status.INCONSISTENT: 1,
    # figures on different statistical bases settle nothing (the reports count them as not
    # settled), so no number either
    Status.DIFFERENT_BASES: None,
    Status.NOT_CHECKABLE: None,
    Status.RHETORIC: None,
}


def _rating(status: str, plausibility: str, lang: str) -> dict:
    """The rating: the status in words (and "implausible at face value" when the figures do
    not fit the region's scale, as the claims table says), its number on the scale."""
    value = RATING[status]
    words = [label("status", status, lang)]
    if plausibility == Plausibility.IMPLAUSIBLE:
        words.append(label("plausibility", plausibility, lang))
    out: dict = {"@type": "Rating", "alternateName": ("；" if lang == "zh" else "; ").join(words)}
    if value is not None:
        out.update(ratingValue=value, bestRating=BEST, worstRating=WORST)
    return out


def claim_reviews(source: str, lang: str = "zh", data: DataArg = None) -> list[dict]:
    """One ClaimReview per claim of ``source``, in claims.csv order."""
    frame = claims_frame(source, lang, data).set_index("claim_id")
    sentences, names = frame["sentence"], frame["label"]
    out = []
    for r in rows(source=source, data=data):
        claim: dict = {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": source_publisher(r, lang)},
            "appearance": {
                "@type": "CreativeWork",
                "url": r["url"],
                "headline": r["title"],
            },
        }
        if r["published"] and r["date_confidence"] not in ("inferred", "unknown"):
            claim["datePublished"] = r["published"]  # an inferred date is not published as one
        out.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"#{anchor(r['claim_id'])}",
                "claimReviewed": names.get(r["claim_id"], ""),
                "itemReviewed": claim,
                "reviewRating": _rating(r["status"], r["plausibility"], lang),
                "reviewBody": sentences.get(r["claim_id"], ""),
                "author": {"@type": "Organization", "name": PROJECT},
                "datePublished": r["data_date"],
                "inLanguage": "zh-CN" if lang == "zh" else "en",
            }
        )
    return out
