"""Claims in words: each verdict of the engine becomes a sentence from a template.

Templates live in ``templates/claims.toml``, keyed by claim kind and status; every
number in them is filled from the engine's :class:`~zmd_analysis.analysis.claims.Verdict`
and every name (region, indicator, period, source) from ``data/``.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources

import pandas as pd

from ..access.observations import DataArg
from ..access.tables import load_tables
from ..access.vocab import Plausibility
from ..analysis.claims import Verdict, check_claims, is_trivial
from .citations import source_publisher
from .claim_names import claim_name
from .formatting import estimate, mid_sentence, quantity, sentence_start, source_date
from .labels import label


@lru_cache(maxsize=1)
def templates() -> dict:
    text = (
        resources.files(__package__).joinpath("templates/claims.toml").read_text(encoding="utf-8")
    )
    return tomllib.loads(text)


class Names:
    """Display names from data/ in one language, each looked up (and recorded as read) as
    it is asked for: the row of that region, indicator, period, claim or source, never
    the whole table."""

    def __init__(self, lang: str, data: DataArg = None):
        self.lang = lang
        self.t = load_tables(data)
        self._en = lang == "en"

    def _name(self, table: str, key: str, column: str) -> str | None:
        r = self.t.row(table, key) if key else None
        return None if r is None else r[f"{column}_en" if self._en else f"{column}_zh"]

    def claim_label(self, cid: str) -> str:
        label = self._name("claims", cid, "label")
        return str(cid if label is None else label)

    def region(self, rid: str) -> str:
        name = self._name("regions", rid, "name")
        return rid if name is None else name

    def indicator(self, iid: str) -> str:
        name = self._name("indicators", iid, "name")
        name = iid if name is None else name
        return mid_sentence(name) if self.lang == "en" else name

    def period(self, pid: str) -> str:
        if not pid:
            return "上年同期" if self.lang == "zh" else "the same period a year earlier"
        label = self._name("periods", pid, "label")
        return pid if label is None else label

    def source(self, sid: str) -> str:
        """A source as the sentences cite it: publisher and date."""
        r = self.t.row("sources", sid) if sid else None
        if r is None:
            return sid
        date = source_date(r["date"], r["date_confidence"], self.lang)
        return (
            f"{source_publisher(r, self.lang)}, {date}" if self._en else f"{r['publisher']} {date}"
        )


class _Fields(dict):
    """Placeholder values, computed on demand; an unknown placeholder raises KeyError."""

    def __init__(self, v: Verdict, claim: Mapping, names: Names):
        super().__init__()
        self.v, self.claim, self.n = v, claim, names

    def __missing__(self, key: str) -> str:
        v, n, lang = self.v, self.n, self.n.lang
        zh = lang == "zh"
        if key in v.numbers:
            return estimate(v.numbers[key], lang)
        if key.endswith("_point") and key.removesuffix("_point") in v.numbers:
            return estimate(v.numbers[key.removesuffix("_point")], lang, show_range=False)
        if key == "label":
            return self.claim["label_en" if not zh else "label_zh"]
        if key in ("region", "comparator"):
            return n.region(v.names.get(key, ""))
        if key in ("measure", "part", "whole"):
            return n.indicator(v.names.get(key, ""))
        if key in ("first_name", "second_name", "scale_part_name", "scale_whole_name"):
            return n.indicator(v.names[key.removesuffix("_name")])
        if key == "plan_period":  # a calendar year, as a number
            return v.names[key]
        if key in ("scale_period", "plan_year", "list_period"):
            return n.period(v.names[key])
        if key == "list":
            return n.indicator(v.names[key])
        if key == "list_label":  # the claim whose list is implausible, by its own label
            return n.claim_label(v.names["list_claim"])
        if key in ("period", "base_period", "outside_period"):
            return n.period(v.names.get(key, ""))
        if key in ("basis_first", "basis_second"):
            return label("basis", v.names[key], lang)
        if key == "published":
            return v.names[key]
        if key == "outside_source":
            return n.source(v.names[key])
        if key in ("ahead_dir", "ahead_abs"):
            ahead = v.numbers["ahead"]
            if key == "ahead_dir":
                return (
                    ("快于" if ahead.value >= 0 else "慢于")
                    if zh
                    else ("ahead of" if ahead.value >= 0 else "behind")
                )
            return quantity(
                abs(ahead.value),
                min(abs(ahead.low), abs(ahead.high)),
                max(abs(ahead.low), abs(ahead.high)),
                ahead.unit,
                lang,
            )
        if key in ("figures", "aheads"):
            prefix = "figure_" if key == "figures" else "ahead_"
            parts = [
                estimate(e, lang) for k, e in sorted(v.numbers.items()) if k.startswith(prefix)
            ]
            return (
                ("、" if zh else " and ").join(parts)
                if len(parts) < 3
                else ("、" if zh else ", ").join(parts)
            )
        if key == "figure_range":
            f = v.numbers["figure"]
            unit = f.unit
            lo = quantity(f.low, f.low, f.low, unit, lang, unit_en=f.unit_en or None)
            hi = quantity(f.high, f.high, f.high, unit, lang, unit_en=f.unit_en or None)
            if zh:
                return f"{lo.removesuffix(unit)}至{hi}"
            return f"{_without_unit(lo, hi)} to {hi}"  # 30 to 40 firms
        if key == "part_bare":  # 1,961 of 2,091 items: the part's unit once, on the whole
            part, whole = estimate(v.numbers["part"], lang), estimate(v.numbers["whole"], lang)
            same = v.numbers["part"].unit == v.numbers["whole"].unit
            return _without_unit(part, whole) if same else part
        if key == "held":
            have = int(v.numbers["have"].value)
            if zh:
                return f"只有{have}个" if have else "一个也没有"
            return f"only {have} of them" if have else "none of them"
        if key == "missing":
            return ("；" if zh else "; ").join(
                f"{n.region(r)} {n.period(p)} {n.indicator(i)}" for i, r, p in v.missing
            ) or "—"
        raise KeyError(key)


def _without_unit(text: str, other: str) -> str:
    """``text`` without the unit it shares with ``other`` ('30 firms', '40 firms' -> '30')."""
    import re

    m = re.match(r"^[^\d−-]*[\d.,−-]+", other)
    suffix = other[m.end() :] if m else ""
    return text.removesuffix(suffix) if suffix.strip() and text.endswith(suffix) else text


_FORMATTER = string.Formatter()


def _fill(template: str, fields: _Fields) -> str:
    return _FORMATTER.vformat(template, (), fields)


def _variant(v: Verdict) -> str:
    if v.kind == "gap":
        return (
            "stated"
            if "comparator_stated" in v.numbers
            else "cross"
            if "cross" in v.numbers
            else ""
        )
    if v.kind == "rank":
        return "peers" if v.names.get("measure") else ""
    if v.kind == "schedule":
        return "" if "gap" in v.numbers else "inequality"
    if v.kind == "confirmation":
        return v.independent if v.independent != "silent" else ""
    if v.kind == "sum":
        if "recomputed" in v.numbers:
            return "plan"
        whole, total = v.numbers["whole"], v.numbers["total"]
        nd = len((whole.printed or "").partition(".")[2])
        return "exact" if round(total.value, nd) == round(whole.value, nd) else "short"
    if v.kind == "growth":
        return "fai" if v.names.get("basis") == "statistics_fai" else ""
    if v.kind == "time_share":
        return "published" if "published" in v.names else ""
    if v.kind == "share_change":
        return "change" if "change" in v.numbers else "growth" if "recomputed" in v.numbers else ""
    return ""


def sentence(v: Verdict, claim: Mapping, lang: str, names: Names) -> str:
    """The verdict in words: the main sentence for its kind and status, plus the extra
    sentences whose numbers exist (time elapsed, an outside source)."""
    tpl = templates()
    kind = tpl.get(v.kind, {})
    fields = _Fields(v, claim, names)
    variant = _variant(v)
    # truncated at the point, yet rounding half up fits within the inputs' own rounding
    # (805.8 ÷ 883): the sentence must not say rounding cannot give the printed figure
    admits = v.status == "consistent_if_truncated" and v.rounding == "both"
    candidates = (
        ([kind.get("admits", {}).get(v.status)] if admits else [])
        + ([kind.get(variant, {}).get(v.status)] if variant else [])
        + [
            kind.get(v.status),
            tpl["default"].get(v.status),
        ]
    )
    main = ""
    for c in candidates:
        if not c:
            continue
        try:
            main = _fill(c[lang], fields)
            break
        except KeyError:
            continue
    extras = []
    for name, text in kind.get("extra", {}).items():
        if name in ("confirms", "contradicts") and v.independent != name:
            continue
        try:
            extras.append(_fill(text[lang], fields))
        except KeyError:
            continue
    plausibility = templates()["plausibility"]
    for test, status in (t.split("=") for t in v.names.get("scale_tests", "").split(",") if t):
        extras.append(_fill(plausibility[test][status][lang], fields))
    sep = "" if lang == "zh" else " "
    text = sep.join([main, *extras]).strip()
    return sentence_start(text) if lang == "en" else text


def claims_frame(
    source: str | None = None,
    lang: str = "zh",
    data: DataArg = None,
    verdicts: Iterable[Verdict] | None = None,
) -> pd.DataFrame:
    """The claims of ``source`` (all articles when None), or the ``verdicts`` given, as a
    table for display: label (the claim's name in words, :func:`.claim_names.claim_name`),
    kind, printed figures, headline computed figure, status, rounding rule, sentence and
    the independent verdict, each in ``lang``."""
    names = Names(lang, data)
    rows = []
    for v in check_claims(source, data) if verdicts is None else verdicts:
        c = names.t.known("claims", v.claim_id, "claim")
        printed = [estimate(_stated(o), lang) for o in v.inputs if o.source_id == v.source_id]
        rows.append(
            dict(
                claim_id=v.claim_id,
                source_id=v.source_id,
                period_id=c["period_id"],
                locator=c["locator"],
                label=claim_name(c, names),
                kind=v.kind,
                kind_label=label("kind", v.kind, lang),
                stated=("、" if lang == "zh" else ", ").join(printed) or "—",
                computed=estimate(v.numbers[v.principal], lang) if v.principal else "—",
                status=v.status,
                status_label=("；" if lang == "zh" else "; ").join(
                    [label("status", v.status, lang)]
                    + (
                        [label("independent", v.independent, lang)]
                        if v.independent != "silent"
                        else []
                    )
                    + (
                        [label("plausibility", v.plausibility, lang)]
                        if v.plausibility == Plausibility.IMPLAUSIBLE
                        else []
                    )
                ),
                rounding=v.rounding,
                rounding_label=label("rounding", v.rounding, lang),
                sentence=sentence(v, c, lang, names),
                independent=v.independent,
                independent_label=label("independent", v.independent, lang),
                plausibility=v.plausibility,
                plausibility_label=label("plausibility", v.plausibility, lang),
                trivial=is_trivial(v),
                sources=",".join(dict.fromkeys([v.source_id, *(o.source_id for o in v.inputs)])),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "claim_id",
            "source_id",
            "period_id",
            "locator",
            "label",
            "kind",
            "kind_label",
            "stated",
            "computed",
            "status",
            "status_label",
            "rounding",
            "rounding_label",
            "sentence",
            "independent",
            "independent_label",
            "plausibility",
            "plausibility_label",
            "trivial",
            "sources",
        ],
    )


def _stated(o):
    from ..analysis.derived import stated

    return stated(o)
