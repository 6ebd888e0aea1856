"""zmd_analysis: indicator loaders and derived figures for the zmd-report notebooks.

Start with :func:`load_observations` (the tidy table of every figure) and
:func:`get` (one figure by logical names). Derived figures live in
:mod:`zmd_analysis.derived`.
"""
from .derived import (Estimate, average_size, implied_annual_plan, implied_comparator,
                      implied_previous_level, implied_province_growth,
                      implied_provincial_progress, landing_rate, progress_vs_time, share_of,
                      time_elapsed, zero_trip_share)
from .errors import DataError, MissingObservationError, UnknownNameError
from .claims import check_claims
from .observations import Observation, available_periods, find, get, load_observations
from .params import Params, validate as validate_params
from .provenance import data_version
from .tables import load_tables, read_table

__all__ = [
    "DataError", "Estimate", "MissingObservationError", "Observation", "UnknownNameError",
    "Params", "available_periods", "average_size", "check_claims", "data_version", "find", "get",
    "implied_annual_plan", "implied_comparator", "implied_previous_level",
    "implied_province_growth", "implied_provincial_progress", "landing_rate",
    "load_observations", "load_tables", "progress_vs_time", "read_table", "share_of",
    "time_elapsed", "validate_params", "zero_trip_share",
]
