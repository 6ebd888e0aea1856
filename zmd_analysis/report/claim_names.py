"""A claim's name in words, in either language: built from its kind (the templates under
``[claim_name]`` in ``templates/words.toml``) and the names of its figures' indicators in
``data/indicators.csv``, never from its numbers and never cut. The explorer, the claims
check, the ClaimReview and ``verdicts.csv`` name a claim by it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Protocol

from ..access.schema import parse_inputs
from .formatting import sentence_start
from .labels import label
from .words import words

if TYPE_CHECKING:
    from ..access.observations import DataArg


def _join(names: list[str], lang: str) -> str:
    if lang == "zh":
        return "、".join(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


class _Fields(dict):
    """The placeholders a claim fills; a missing one raises KeyError (next template)."""

    def __missing__(self, key: str) -> str:
        raise KeyError(key)


class Named(Protocol):
    """Where a claim's name takes the names of its indicators, regions and periods (the
    data's :class:`.sentences.Names`, or a proposal's draft rows)."""

    lang: str

    def indicator(self, iid: str) -> str: ...
    def region(self, rid: str) -> str: ...
    def period(self, pid: str) -> str: ...


def claim_name(claim: Mapping, names: Named) -> str:
    """``claim`` is a row of ``claims.csv`` (kind, inputs, region, period, comparator,
    bound, labels); ``names`` the data's names in the reader's language."""
    lang = names.lang
    roles: dict[str, list[str]] = {}
    for i in parse_inputs(claim.get("inputs") or "", claim["region_id"], claim["period_id"]):
        name = names.indicator(i.indicator_id)
        if name not in roles.setdefault(i.role, []):
            roles[i.role].append(name)
    fields = _Fields({role: _join(v, lang) for role, v in roles.items()})
    fields["region"] = names.region(claim["region_id"])
    fields["period"] = names.period(claim["period_id"])
    if claim.get("comparator_id"):
        fields["comparator"] = names.region(claim["comparator_id"])
    if claim.get("bound"):
        fields["bound"] = str(claim["bound"])
    fields["label"] = str(claim.get(f"label_{lang}") or claim["label_zh"])
    for alternative in words()["claim_name"].get(claim["kind"], []):
        try:
            text = alternative[lang].format_map(fields)
        except KeyError:
            continue
        return sentence_start(text) if lang == "en" else text
    return sentence_start(label("kind", claim["kind"], lang))


def claim_names(lang: str, claim_ids: Iterable[str], data: DataArg = None) -> dict[str, str]:
    """The names of the claims ``claim_ids`` in ``lang``, by claim id (each claim's row
    read, not the table)."""
    from .sentences import Names  # here: sentences names claims through this module

    names = Names(lang, data)
    return {cid: claim_name(names.t.known("claims", cid, "claim"), names) for cid in claim_ids}
