"""zmd_analysis: indicator loaders and derived figures for the zmd-report notebooks.

Start with :func:`load_observations` (the tidy table of every figure) and
:func:`get` (one figure by logical names). Derived figures live in
:mod:`zmd_analysis.derived`, the claims check in :mod:`zmd_analysis.claims`.

Names are imported on first use, so the command line (``zmd-report build``)
starts without loading pandas when there is nothing to rebuild.
"""
from __future__ import annotations

import importlib

_EXPORTS = {
    "DataError": "errors", "MissingObservationError": "errors", "UnknownNameError": "errors",
    "Estimate": "derived", "average_size": "derived", "implied_annual_plan": "derived",
    "implied_comparator": "derived", "implied_previous_level": "derived",
    "implied_province_growth": "derived", "implied_provincial_progress": "derived",
    "landing_rate": "derived", "progress_vs_time": "derived", "share_of": "derived",
    "time_elapsed": "derived", "zero_trip_share": "derived",
    "Observation": "observations", "available_periods": "observations", "find": "observations",
    "get": "observations", "load_observations": "observations",
    "check_claims": "claims", "data_version": "provenance",
    "Params": "params", "validate_params": ("params", "validate"),
    "load_tables": "tables", "read_table": "tables",
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
