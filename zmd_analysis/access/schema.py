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
Qualifier = Literal["", "more_than", "above", "approaching", "within", "about"]
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
    """What a claim of one kind needs (its input roles and the claim columns it uses), and
    what it is, in words: the statement it checks, what the engine computes, and an
    example (printed wording, the ``inputs`` that write it, the other columns it fills).
    ``zmd-report schema --kind NAME`` prints it; the README's table of kinds is
    ``zmd-report schema --kinds``, and a test holds the two together."""

    required: frozenset[str]
    optional: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()  # claim columns that must not be empty
    repeatable: frozenset[str] = frozenset()
    statement: str = ""
    computes: str = ""
    example: str = ""  # as a text prints it (invented figures)
    example_inputs: str = ""  # role=indicator_id[@region_id][:period_id] …
    example_columns: str = ""  # column=value … (comparator_id, measure, bound)


def _k(
    required=(),
    optional=(),
    needs=(),
    repeatable=(),
    *,
    statement: str,
    computes: str,
    example: str,
    inputs: str = "",
    columns: str = "",
) -> KindSpec:
    return KindSpec(
        frozenset(required),
        frozenset(optional),
        tuple(needs),
        frozenset(repeatable),
        statement,
        computes,
        example,
        inputs,
        columns,
    )


#: The closed set of claim kinds. Roles name the observations a claim rests on:
#: ``inputs`` is written ``role=indicator_id[@region_id][:period_id]``, space-separated.
CLAIM_KINDS: dict[str, KindSpec] = {
    "share_of_plan": _k(
        {"amount", "share"},
        {"plan"},
        statement="N% of the annual plan",
        computes="the implied plan (a range); with a printed plan, the share recomputed; "
        "time elapsed (months and days)",
        example="完成投资150亿元，占年度计划的50%",
        inputs="amount=key_investment share=key_plan_share",
    ),
    "gap": _k(
        {"value", "gap"},
        needs=("comparator_id", "measure"),
        statement="N points above X",
        computes="X's implied value; checked against X's printed value, or against every "
        "other gap implying the same X",
        example="完成年度计划的51%，高于全省平均进度7个百分点",
        inputs="value=key_plan_share gap=key_plan_share_gap",
        columns="comparator_id=henan measure=key_plan_share",
    ),
    "growth": _k(
        {"level", "growth"},
        {"base"},
        statement="level, up N%",
        computes="the implied level a year earlier; checked when that level is printed",
        example="工业投资145.3亿元，同比增长48.7%",
        inputs="level=industrial_investment growth=industrial_investment_growth",
    ),
    "ratio": _k(
        {"part", "whole"},
        {"stated"},
        statement="a / b, maybe printed as N%",
        computes="the ratio; the printed figure tested rounded half up and truncated",
        example="签约项目135个，落地93个，落地率68%",
        inputs="part=projects_landed whole=projects_signed stated=landing_rate",
    ),
    "subset": _k(
        {"part", "whole"},
        statement="a is part of b",
        computes="a ≤ b, the share and the remainder",
        example="500个项目完成投资2000亿元，其中工业项目完成投资1500亿元",
        inputs="part=key_ind_investment whole=key_investment",
    ),
    "threshold": _k(
        {"figure"},
        needs=("bound",),
        repeatable={"figure"},
        statement="above N (超半)",
        computes="each figure against the bound; time elapsed",
        example="两项任务均完成过半（51%、56%）",
        inputs="figure=prov_key_plan_share figure=city_key_plan_share",
        columns="bound=50",
    ),
    "rank": _k(
        {"rank"},
        statement="Nth in the province",
        computes="rebuilt from all peers' values when the data hold them; otherwise the "
        "series that would settle it",
        example="工业投资增速居全省第三位",
        inputs="rank=industrial_investment_growth_rank",
    ),
    "hedged": _k(
        {"figure"},
        {"outside"},
        statement="N多 / N内",
        computes="the interval the hedge allows (N多, 超N, 近N, N内); an outside figure confirms "
        "or contradicts it; the exact figure printed in the same text settles it",
        example="新开工项目90多个",
        inputs="figure=projects_started outside=projects_started_reported",
    ),
    "across_bases": _k(
        {"first", "second"},
        statement="two figures side by side",
        computes="their ratio and whether their statistical bases differ",
        example="重点项目完成投资893亿元，工业投资145.3亿元",
        inputs="first=key_ind_investment second=industrial_investment",
    ),
    "rhetoric": _k(
        statement="a campaign phrase (时间过半)",
        computes="not a measurement; the time actually elapsed",
        example="实现“双过半”",
    ),
    "time_share": _k(
        needs=("bound",),
        statement="N% of the time gone (时间过半 read as a statement about the calendar)",
        computes="the share of the year elapsed by the period's end (and by the publication "
        "date) against the bound",
        example="时间过半",
        columns="bound=50",
    ),
    "confirmation": _k(
        {"part", "whole"},
        needs=("comparator_id",),
        statement="a region is big in X (农业大市)",
        computes="its share of the comparator's X against its share of the comparator's whole",
        example="农业大市",
        inputs="part=grain_output whole=population",
        columns="comparator_id=henan",
    ),
    "sum": _k(
        {"part", "whole"},
        {"part_share", "whole_share"},
        repeatable={"part", "part_share"},
        statement="parts of a whole (其中 / 按…分 breakdowns)",
        computes="their sum and what is left; a sum may fall short of a whole not said to be "
        "exhaustive, never exceed it; with each part's share of plan, the whole's share "
        "rebuilt",
        example="市重点项目300个，其中产业项目180个、基础设施项目120个",
        inputs="part=industry_projects part=infrastructure_projects whole=key_projects",
    ),
    "change": _k(
        {"level", "change"},
        {"base", "growth"},
        statement="up N on a year earlier (较去年同期增加31亿元)",
        computes="level minus the printed base, or the change the printed growth implies",
        example="完成投资120亿元，同比增长20%，较去年同期增加20亿元",
        inputs="level=investment change=investment_change growth=investment_growth",
    ),
    "share_change": _k(
        {"before", "after"},
        {"change", "part", "whole", "part_growth", "whole_growth"},
        statement="a share from A% to B% (提升了C个百分点)",
        computes="B − A against the printed change; without one, A rebuilt from the levels' "
        "growth rates",
        example="占比由上年同期的35.8%提升至41.0%，提升了5.2个百分点",
        inputs="before=industry_share:2023M01-M04 after=industry_share "
        "change=industry_share_change",
    ),
    "schedule": _k(
        {"share"},
        {"gap"},
        statement="N points ahead of the time schedule (高于时序进度), or ahead of it with no "
        "distance printed (超过时间进度)",
        computes="the share or rate minus the months elapsed ÷ 12; without a distance, "
        "whether it lies on the side the text states",
        example="占年度计划的40%，高于时序进度6.7个百分点",
        inputs="share=key_plan_share gap=key_schedule_gap",
    ),
    "two_year_average": _k(
        {"average"},
        {"over_two_years", "first", "second"},
        statement="两年平均增长 N%",
        computes="√(1 + growth over two years) − 1, or √((1+g₁)(1+g₂)) − 1",
        example="与2019年同期相比增长21%，两年平均增长10%",
        inputs="over_two_years=investment_growth_2y average=investment_growth_2y_avg",
    ),
    "pull": _k(
        {"pull"},
        {"part", "part_growth", "whole", "whole_growth", "contribution", "share", "outer_share"},
        statement="拉动 X N个百分点",
        computes="the part's increase over the whole a year earlier, 100·(P − P/(1+gₚ)) ÷ "
        "(W/(1+g_w)); or contribution × the whole's growth (a printed share of the whole, "
        "`share`, stands for the two levels)",
        example="民间投资60亿元，增长20%……拉动全部投资增长10个百分点",
        inputs="part=private_investment part_growth=private_investment_growth "
        "whole=investment whole_growth=investment_growth pull=private_investment_pull",
    ),
    "contribution": _k(
        {"stated", "part_growth", "whole_growth"},
        {"part", "whole", "share", "outer_share"},
        statement="对X增长的贡献率 N%",
        computes="the part's increase over the whole's increase",
        example="地方项目完成投资80亿元，增长25%……对投资增长的贡献率为80%",
        inputs="part=local_investment part_growth=local_investment_growth whole=investment "
        "whole_growth=investment_growth stated=local_investment_contribution",
    ),
    "aggregate_growth": _k(
        {"part", "part_growth", "growth"},
        {"whole"},
        repeatable={"part", "part_growth"},
        statement="the whole's growth and its parts'",
        computes="this period's whole over the sum of the parts a year earlier",
        example="进出口增长10%；出口200亿元，增长12%；进口100亿元，增长6%",
        inputs="growth=trade_growth part=exports part_growth=exports_growth part=imports "
        "part_growth=imports_growth",
    ),
    "share_shift": _k(
        {"part_growth", "whole_growth"},
        {"part", "whole", "share", "change", "before"},
        statement="a share up N points, with levels and growth printed",
        computes="this year's share less last year's, both from the printed levels and "
        "growth rates",
        example="工业投资40亿元，增长25%，占比40%，比重提高5.5个百分点",
        inputs="part=industrial_investment part_growth=industrial_investment_growth "
        "whole=investment whole_growth=investment_growth share=industrial_share "
        "change=industrial_share_change",
    ),
    "breakdown": _k(
        {"part"},
        {"whole"},
        repeatable={"part"},
        statement="parts that make up their whole (三次产业, 进出口, A、B、C共…, 5∶45∶50)",
        computes="their sum against the whole at its printed decimals, or against 100 for a "
        "structure (the `bound`)",
        example="投资100亿元，第一产业5亿元，第二产业45亿元，第三产业50亿元",
        inputs="part=primary_investment part=secondary_investment part=tertiary_investment "
        "whole=investment",
    ),
    "listed": _k(
        {"count"},
        statement="N个市……分别为: A、B、C (or A、B、C等N个)",
        computes="the count against the number of names listed (the `bound`)",
        example="3个县进入前十，分别为甲县、乙县、丙县",
        inputs="count=counties_in_top_ten",
        columns="bound=3",
    ),
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
