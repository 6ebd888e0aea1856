"""Machine-readable schema of the data files (pydantic models, one per table).

Each model lists a table's columns in order, their types and allowed values.
``TABLE_SPECS`` adds what a row model cannot see on its own: the table's key
(for duplicate detection) and its references to other tables. The loader in
:mod:`zmd_analysis.access.tables` enforces all of it; ``zmd-report schema``
prints the JSON Schema for people and other tools.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator, model_validator

from .vocab import ClaimKind, Reliability

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]*$")]
PeriodId = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}[A-Za-z0-9-]*$")]
Text = Annotated[str, StringConstraints(min_length=1)]

Kind = Literal["count", "amount", "share", "progress", "gap", "growth", "rank", "duration"]
Basis = Literal[
    "project_dispatch", "statistics_fai", "statistics", "administrative", "ranking", "population"
]
Qualifier = Literal["", "more_than", "within", "about"]
Rounding = Literal["", "half_up", "truncate"]
#: how a source's date is known: printed in it, read from its URL, inferred by a reviewer
#: (from its content or neighbours), given by whoever added it, or unknown (no date then)
DateConfidence = Literal["", "printed", "from_url", "inferred", "given", "unknown"]

#: A plain decimal written with ASCII digits: no %, no thousands separators,
#: no full-width digits, no exponent. Rounding precision is read from it.
NUMBER_RE = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class SourceRow(_Row):
    """A publication a figure was read from."""

    source_id: Id
    publisher: Text
    title: Text
    date: dt.date | None
    page: str = ""
    url: str = ""
    reliability: Reliability
    #: the curator's note (how the text was read, where a copy is kept); not shown
    note: str = ""
    #: how the publisher prints rounded figures, where known: half_up or truncate
    rounding: Rounding = ""
    #: how the date is known; empty means printed (the rows written by hand)
    date_confidence: DateConfidence = ""
    #: the publisher and title in English, for English reports (the original title is
    #: still quoted once); empty: English reports show the original
    publisher_en: str = ""
    title_en: str = ""
    #: what a reader of a figure from this source should know (an excerpt, a title not as
    #: printed, a copy not checked against its original), shown in the reports' source
    #: list, in each language; empty: nothing to say
    note_zh: str = ""
    note_en: str = ""

    @field_validator("date", mode="before")
    @classmethod
    def _empty_date(cls, v):
        return None if isinstance(v, str) and not v.strip() else v

    @model_validator(mode="after")
    def _date_known(self):
        if self.date is None and self.date_confidence != "unknown":
            raise ValueError("date is empty: give the date, or set date_confidence to unknown")
        if self.date is not None and self.date_confidence == "unknown":
            raise ValueError("date_confidence is unknown but a date is given")
        return self

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not re.match(r"^https?://\S+$", v):
            raise ValueError("must be empty or an http(s) URL without spaces")
        return v


class RegionRow(_Row):
    region_id: Id
    name_zh: Text
    name_en: Text
    level: Literal["country", "province", "prefecture", "county"]
    parent_id: str = ""


class PeriodRow(_Row):
    """A reference period; ``start``/``end`` give the months it covers."""

    period_id: PeriodId
    start: dt.date
    end: dt.date
    label_zh: Text
    label_en: Text

    @model_validator(mode="after")
    def _ordered(self) -> PeriodRow:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class IndicatorRow(_Row):
    """One entry of the indicator catalogue."""

    indicator_id: Id
    name_zh: Text
    name_en: Text
    unit_zh: Text
    unit_en: Text
    kind: Kind
    basis: Basis
    definition_en: Text
    #: how articles name it, for ``zmd-report propose``: ``subject:measure`` pairs joined by
    #: ``;`` (省重点工业项目:完成投资;重点工业项目:完成投资)
    aliases: str = ""
    #: the indicator this one is, by definition, a part of when both are for the same region
    #: and period (a key-project list's completed investment is part of the region's
    #: industrial investment): a part larger than its whole is implausible at face value
    part_of: str = ""


class NoteRow(_Row):
    """What one figure covers when it differs from its indicator's definition (不含新蔡县):
    shown wherever the figure is shown; a series does not join figures whose notes differ."""

    region_id: Id
    period_id: PeriodId
    indicator_id: Id
    note_zh: Text
    note_en: Text


class ObservationRow(_Row):
    """One figure: a value of an indicator for a region and period, with its source."""

    region_id: Id
    period_id: PeriodId
    indicator_id: Id
    value: str
    unit: Text
    qualifier: Qualifier = ""
    label_zh: Text
    source_id: Id
    locator: str = ""

    @field_validator("value")
    @classmethod
    def _plain_number(cls, v: str) -> str:
        if not NUMBER_RE.match(v):
            raise ValueError(
                "not a plain number (write ASCII digits with an optional "
                "decimal point: no %, no thousands separators, no full-width digits)"
            )
        return v


@dataclass(frozen=True)
class KindSpec:
    """What a claim of one kind needs: its input roles and the claim columns it uses."""

    required: frozenset[str]
    optional: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()  # claim columns that must not be empty
    repeatable: frozenset[str] = frozenset()


def _k(required=(), optional=(), needs=(), repeatable=()) -> KindSpec:
    return KindSpec(frozenset(required), frozenset(optional), tuple(needs), frozenset(repeatable))


#: The closed set of claim kinds. Roles name the observations a claim rests on:
#: ``inputs`` is written ``role=indicator_id[@region_id][:period_id]``, space-separated.
CLAIM_KINDS: dict[str, KindSpec] = {
    "share_of_plan": _k({"amount", "share"}, {"plan"}),  # N% of the annual plan
    "gap": _k({"value", "gap"}, needs=("comparator_id", "measure")),  # N points above X
    "growth": _k({"level", "growth"}, {"base"}),  # level, up N% on a year ago
    "ratio": _k({"part", "whole"}, {"stated"}),  # a / b, maybe printed as N%
    "subset": _k({"part", "whole"}),  # a is part of b: a ≤ b
    "threshold": _k({"figure"}, needs=("bound",), repeatable={"figure"}),  # over N (超半)
    "rank": _k({"rank"}),  # Nth in the province
    "hedged": _k({"figure"}, {"outside"}),  # N多 / N内
    "across_bases": _k({"first", "second"}),  # figures of two bases side by side
    "rhetoric": _k(),  # a campaign phrase
    "time_share": _k(needs=("bound",)),  # 时间过半: the year is over N% gone
    "confirmation": _k({"part", "whole"}, needs=("comparator_id",)),  # e.g. 农业大市
    # parts that should sum to a whole (其中 / stage or sector breakdowns); with each part's
    # share of its plan and the whole's, the whole's share rebuilt from the parts' plans
    "sum": _k({"part", "whole"}, {"part_share", "whole_share"}, repeatable={"part", "part_share"}),
    # an absolute change on a period (较去年同期增加31亿元): level minus the base
    "change": _k({"level", "change"}, {"base", "growth"}),
    # a share moving from A% to B% (提升了C个百分点); with the levels and their growth rates,
    # the earlier share rebuilt from them
    "share_change": _k(
        {"before", "after"}, {"change", "part", "whole", "part_growth", "whole_growth"}
    ),
    # N points ahead of the time schedule (高于时序进度): share of plan minus time elapsed;
    # without the points (超过时间进度), the side of the schedule the text states (``bound``)
    "schedule": _k({"share"}, {"gap"}),
    # 两年平均增长: from the growth over two years earlier, or from the two yearly rates
    "two_year_average": _k({"average"}, {"over_two_years", "first", "second"}),
    # 拉动 N个百分点: the part's increase over the whole a year earlier (or contribution × growth)
    # (a printed share of the whole, ``share``, stands for the two levels: only P/W counts)
    "pull": _k({"pull"}, {"part", "part_growth", "whole", "whole_growth", "contribution", "share"}),
    # 贡献率 N%: the part's increase over the whole's increase
    "contribution": _k({"stated", "part_growth", "whole_growth"}, {"part", "whole", "share"}),
    # the whole's growth from its parts' levels and growth rates
    "aggregate_growth": _k(
        {"part", "part_growth", "growth"}, {"whole"}, repeatable={"part", "part_growth"}
    ),
    # a share's change in points (or its earlier value) from the part's and whole's growth
    "share_shift": _k(
        {"part_growth", "whole_growth"}, {"part", "whole", "share", "change", "before"}
    ),
    # parts that make up their whole exhaustively; without a whole, they sum to ``bound``
    "breakdown": _k({"part"}, {"whole"}, repeatable={"part"}),
    # N个X … 分别为: A、B、C: the count against the number of names listed (``bound``)
    "listed": _k({"count"}),
}


class ClaimRow(_Row):
    """One statement of an article (a source): what kind of statement it is and the
    observations it rests on. Labels are short, as printed; never a paragraph."""

    claim_id: Id
    source_id: Id
    locator: str = ""
    label_zh: Text
    label_en: Text
    kind: ClaimKind
    region_id: Id
    period_id: PeriodId
    inputs: str = ""
    comparator_id: str = ""
    measure: str = ""
    bound: str = ""

    @field_validator("label_zh", "label_en")
    @classmethod
    def _short(cls, v: str) -> str:
        if len(v) > 60:
            raise ValueError(f"a label is a short phrase (at most 60 characters), got {len(v)}")
        return v

    @field_validator("bound")
    @classmethod
    def _bound(cls, v: str) -> str:
        if v and not NUMBER_RE.match(v):
            raise ValueError("bound must be empty or a plain number")
        return v


@dataclass(frozen=True)
class ClaimInput:
    """One observation a claim rests on, by logical names."""

    role: str
    indicator_id: str
    region_id: str
    period_id: str


_INPUT_RE = re.compile(
    r"^([a-z_]+)=([a-z][a-z0-9_-]*)(?:@([a-z][a-z0-9_-]*))?(?::([0-9]{4}[A-Za-z0-9-]*))?$"
)


def parse_inputs(text: str, region_id: str, period_id: str) -> list[ClaimInput]:
    """``"amount=prov_key_ind_investment share=prov_key_ind_plan_share@henan:2021"`` ->
    inputs; region and period default to the claim's own. Raises ValueError on bad syntax."""
    out = []
    for token in text.split():
        m = _INPUT_RE.match(token)
        if not m:
            raise ValueError(f"input {token!r} is not role=indicator_id[@region_id][:period_id]")
        role, ind, region, period = m.groups()
        out.append(ClaimInput(role, ind, region or region_id, period or period_id))
    return out


@dataclass(frozen=True)
class TableSpec:
    model: type[_Row]
    key: tuple[str, ...]
    #: column -> (referenced table, referenced key column, may be empty)
    refs: dict[str, tuple[str, str, bool]] = field(default_factory=dict)

    @property
    def columns(self) -> list[str]:
        return list(self.model.model_fields)

    @property
    def required(self) -> list[str]:
        return [n for n, f in self.model.model_fields.items() if f.is_required()]


TABLE_SPECS: dict[str, TableSpec] = {
    "sources": TableSpec(SourceRow, ("source_id",)),
    "regions": TableSpec(RegionRow, ("region_id",), {"parent_id": ("regions", "region_id", True)}),
    "periods": TableSpec(PeriodRow, ("period_id",)),
    "indicators": TableSpec(
        IndicatorRow, ("indicator_id",), {"part_of": ("indicators", "indicator_id", True)}
    ),
    "observations": TableSpec(
        ObservationRow,
        ("region_id", "period_id", "indicator_id"),
        {
            "region_id": ("regions", "region_id", False),
            "period_id": ("periods", "period_id", False),
            "indicator_id": ("indicators", "indicator_id", False),
            "source_id": ("sources", "source_id", False),
        },
    ),
    "notes": TableSpec(
        NoteRow,
        ("region_id", "period_id", "indicator_id"),
        {
            "region_id": ("regions", "region_id", False),
            "period_id": ("periods", "period_id", False),
            "indicator_id": ("indicators", "indicator_id", False),
        },
    ),
    "claims": TableSpec(
        ClaimRow,
        ("claim_id",),
        {
            "source_id": ("sources", "source_id", False),
            "region_id": ("regions", "region_id", False),
            "period_id": ("periods", "period_id", False),
            "comparator_id": ("regions", "region_id", True),
            "measure": ("indicators", "indicator_id", True),
        },
    ),
}

#: Kinds whose stated value is rounded to its last printed digit.
ROUNDED_KINDS = frozenset({"amount", "share", "progress", "gap", "growth"})


def json_schema() -> dict:
    """JSON Schema of every table, keyed by logical table name; the claims table also lists
    each kind's input roles (required, optional, repeatable) and the columns it needs."""
    out = {
        name: spec.model.model_json_schema() | {"x-key": list(spec.key)}
        for name, spec in TABLE_SPECS.items()
    }
    out["claims"]["x-kinds"] = {
        kind: {
            "required": sorted(k.required),
            "optional": sorted(k.optional),
            "repeatable": sorted(k.repeatable),
            "needs": list(k.needs),
        }
        for kind, k in CLAIM_KINDS.items()
    }
    return out
