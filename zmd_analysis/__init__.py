"""zmd_analysis: indicator loaders and derived figures for the zmd-report notebooks.

Start with :func:`load_observations` (the tidy table of every figure) and
:func:`get` (one figure by logical names). Derived figures live in
:mod:`zmd_analysis.analysis.derived`, the claims check in :mod:`zmd_analysis.analysis.claims`.

Names are imported on first use, so the command line (``zmd-report build``)
starts without loading pandas when there is nothing to rebuild.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "DataError": "access.errors",
    "MissingObservationError": "access.errors",
    "UnknownNameError": "access.errors",
    "Estimate": "analysis.derived",
    "average_size": "analysis.derived",
    "implied_annual_plan": "analysis.derived",
    "implied_comparator": "analysis.derived",
    "implied_previous_level": "analysis.derived",
    "implied_province_growth": "analysis.derived",
    "implied_provincial_progress": "analysis.derived",
    "landing_rate": "analysis.derived",
    "progress_vs_time": "analysis.derived",
    "share_of": "analysis.derived",
    "time_elapsed": "analysis.derived",
    "zero_trip_share": "analysis.derived",
    "Observation": "access.observations",
    "available_periods": "access.observations",
    "find": "access.observations",
    "get": "access.observations",
    "load_observations": "access.observations",
    "check_claims": "analysis.claims",
    "data_version": "access.provenance",
    "source_record": "access.observations",
    "figure_count": "access.observations",
    "period_label": "access.observations",
    "period_year": "access.observations",
    "articles": "analysis.claims",
    "claim_sources": "analysis.claims",
    "sources_used": "analysis.claims",
    "summarize": "analysis.claims",
    "Params": "report.params",
    "validate_params": ("report.params", "validate"),
    "validate_source": "report.params",
    "load_tables": "access.tables",
    "read_table": "access.tables",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'zmd_analysis' has no attribute {name!r}")
    module, attr = target if isinstance(target, tuple) else (target, name)
    value = getattr(importlib.import_module(f".{module}", __name__), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
