"""The closed sets of the project, defined once: the schema validates with them, the engine
returns them, and the labels and chart colours are keyed by them (tests check that every
member has its label and colour). Members are strings, so CSV cells and JSON keep plain
values."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """A claim's verdict under the engine's printing rules."""

    REPRODUCED = "reproduced"
    CONSISTENT_WITHIN_ROUNDING = "consistent_within_rounding"
    CONSISTENT_IF_TRUNCATED = "consistent_if_truncated"
    INCONSISTENT = "inconsistent"
    DIFFERENT_BASES = "different_bases"
    NOT_CHECKABLE = "not_checkable"
    RHETORIC = "rhetoric"


#: the statuses that mean the figures settled the claim one way or the other
CHECKED = (
    Status.REPRODUCED,
    Status.CONSISTENT_WITHIN_ROUNDING,
    Status.CONSISTENT_IF_TRUNCATED,
    Status.INCONSISTENT,
)


class Plausibility(StrEnum):
    """Whether a claim's figures fit the region's own scale (a part within its whole, an
    annual plan within the economy's output), taken at face value."""

    PLAUSIBLE = "plausible"
    IMPLAUSIBLE = "implausible_at_face_value"
    UNTESTED = "untested"


class Independent(StrEnum):
    """What an independent source says of a claim."""

    CONFIRMS = "confirms"
    CONTRADICTS = "contradicts"
    SILENT = "silent"


class ClaimKind(StrEnum):
    """The kinds of statement the claims engine checks (roles: ``schema.CLAIM_KINDS``)."""

    SHARE_OF_PLAN = "share_of_plan"
    GAP = "gap"
    GROWTH = "growth"
    RATIO = "ratio"
    SUBSET = "subset"
    THRESHOLD = "threshold"
    RANK = "rank"
    HEDGED = "hedged"
    ACROSS_BASES = "across_bases"
    RHETORIC = "rhetoric"
    TIME_SHARE = "time_share"
    CONFIRMATION = "confirmation"
    SUM = "sum"
    CHANGE = "change"
    SHARE_CHANGE = "share_change"
    SCHEDULE = "schedule"
    TWO_YEAR_AVERAGE = "two_year_average"
    PULL = "pull"
    CONTRIBUTION = "contribution"
    AGGREGATE_GROWTH = "aggregate_growth"
    SHARE_SHIFT = "share_shift"
    BREAKDOWN = "breakdown"
    LISTED = "listed"


class Origin(StrEnum):
    """Where a figure in a report comes from: printed in a source, or derived by us."""

    STATED = "stated"
    DERIVED = "derived"


class Reliability(StrEnum):
    """How far a source can be trusted (sources.csv)."""

    OFFICIAL = "official"
    PARTY_STATE_MEDIA = "party_state_media"
    REPOST = "repost"
    LOW = "low"


class Lang(StrEnum):
    """The languages reports are written in."""

    ZH = "zh"
    EN = "en"


class Format(StrEnum):
    """The output formats a report can be built in."""

    HTML = "html"
    PDF = "pdf"
