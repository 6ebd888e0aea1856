"""The build configuration (``reports.toml``): which notebook runs with which parameters.

Everything is checked before any notebook runs: unknown notebooks, duplicate or
unsafe report names, and parameters the notebook does not declare (papermill
itself would only warn and run with the default).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..access.paths import PROJ_ROOT

DEFAULT_CONFIG = PROJ_ROOT / "reports.toml"
FORMATS = ("html", "pdf")
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class ConfigError(ValueError):
    """The build config or a command-line override is invalid."""


@dataclass(frozen=True)
class ReportSpec:
    name: str
    notebook: str
    params: dict = field(default_factory=dict)
    formats: tuple[str, ...] = FORMATS
    timeout: int = 300
    origin: str = field(default="", compare=False)  # where it was configured, for messages


#: a notebook parameter's inferred type name -> the Python types a value may have
_PARAM_TYPES: dict[str, type | tuple[type, ...]] = {
    "str": str,
    "int": int,
    "float": (int, float),
    "bool": bool,
}


def _type_ok(value: object, type_name: str) -> bool:
    expected = _PARAM_TYPES.get(type_name)
    if expected is None:
        return True
    if type_name in ("int", "float") and isinstance(value, bool):
        return False
    return isinstance(value, expected)


def check_params(notebook: str, params: dict, where: str) -> None:
    """Reject parameter names the notebook does not declare, and values of the wrong type."""
    from .notebooks import parameters

    declared = parameters(notebook)
    for key, value in params.items():
        if key not in declared:
            raise ConfigError(
                f"{where}: unknown parameter {key!r} for notebook {notebook}; "
                f"it declares: {', '.join(declared)}"
            )
        type_name = declared[key]["inferred_type_name"]
        if not _type_ok(value, type_name):
            raise ConfigError(
                f"{where}: parameter {key!r} must be {type_name}, "
                f"got {type(value).__name__} {value!r}"
            )


def check_spec_params(specs: list[ReportSpec]) -> None:
    """Each report's parameters against its notebook's (what :func:`load_config` does
    unless ``inspect=False``), each error naming where the report was configured."""
    for s in specs:
        check_params(s.notebook, s.params, s.origin or f"report {s.name!r}")


def load_config(path: Path | str = DEFAULT_CONFIG, *, inspect: bool = True) -> list[ReportSpec]:
    """Parse and validate the config; raises ConfigError naming the report and the problem.

    ``inspect=False`` leaves out the check of each report's parameters against its
    notebook's (papermill's inspection: about 0.8 s before its disk cache is filled); the
    caller then runs :func:`check_spec_params`, as the build does while its kernels and
    browser start."""
    from .notebooks import list_notebooks

    path = Path(path)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    unknown = set(doc) - {"defaults", "report"}
    if unknown:
        raise ConfigError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
    defaults = doc.get("defaults", {})
    notebooks = list_notebooks()
    specs: list[ReportSpec] = []
    seen: set[str] = set()
    for i, entry in enumerate(doc.get("report", []), start=1):
        where = f"{path.name}: report #{i}"
        extra = set(entry) - {"name", "notebook", "params", "formats", "timeout"}
        if extra:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        name = entry.get("name")
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise ConfigError(
                f"{where}: name {name!r} must be lowercase letters, digits, - or _ "
                "(it becomes a file name in reports/)"
            )
        where = f"{path.name}: report {name!r}"
        if name in seen:
            raise ConfigError(f"{where}: duplicate report name")
        seen.add(name)
        nb = entry.get("notebook")
        if nb not in notebooks:
            raise ConfigError(f"{where}: unknown notebook {nb!r}; valid: {', '.join(notebooks)}")
        params = entry.get("params", {})
        if not isinstance(params, dict):
            raise ConfigError(f"{where}: params must be a table")
        formats = tuple(entry.get("formats", defaults.get("formats", FORMATS)))
        bad = [f for f in formats if f not in FORMATS]
        if bad:
            raise ConfigError(f"{where}: unknown format(s) {bad}; valid: {', '.join(FORMATS)}")
        timeout = entry.get("timeout", defaults.get("timeout", 300))
        if not isinstance(timeout, int) or timeout <= 0:
            raise ConfigError(f"{where}: timeout must be a positive integer (seconds)")
        specs.append(ReportSpec(name, nb, dict(params), formats, timeout, origin=where))
    if not specs:
        raise ConfigError(f"{path}: no [[report]] entries")
    if inspect:
        check_spec_params(specs)
    return specs


def parse_overrides(items: list[str]) -> dict[str, str]:
    """``["lang=en", "region=zhumadian"]`` -> dict; values stay strings."""
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--param {item!r}: expected NAME=VALUE")
        out[key.strip()] = value
    return out
