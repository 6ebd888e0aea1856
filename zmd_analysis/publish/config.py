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
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, PositiveInt, StringConstraints, ValidationError

from ..access.paths import PROJ_ROOT
from ..access.vocab import Format

DEFAULT_CONFIG = PROJ_ROOT / "reports.toml"
FORMATS = ("html", "pdf")
#: the notebooks every article gets a report of, by report-name suffix (``zmd-report
#: propose --accept`` adds them to reports.toml; the verdicts link the claims check)
ARTICLE_REPORTS = {"overview": "00_overview", "claims": "06_claims_check"}
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
    #: where reports/ is published (``[defaults] base_url``), ending in "/"; "" keeps the
    #: permalinks in the verdicts and the ClaimReview relative
    base_url: str = ""


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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Defaults(_Strict):
    formats: tuple[Format, ...] | None = None
    timeout: PositiveInt | None = None
    base_url: Annotated[str, StringConstraints(pattern=r"^https?://[^\s\"'<>]+$")] | None = None


class _Entry(_Strict):
    name: Annotated[str, StringConstraints(pattern=NAME_RE.pattern)]
    notebook: str
    params: dict[str, Any] = {}
    formats: tuple[Format, ...] | None = None
    timeout: PositiveInt | None = None


class _Config(_Strict):
    defaults: _Defaults = _Defaults()
    report: list[dict[str, Any]] = []


_FIELD_MESSAGES = {
    "name": "name {value!r} must be lowercase letters, digits, - or _ (it becomes a file "
    "name in reports/)",
    "formats": "unknown format(s) {value!r}; valid: " + ", ".join(FORMATS),
    "timeout": "timeout must be a positive integer (seconds)",
    "params": "params must be a table",
}


def _problem(err: ValidationError, entry: dict) -> str:
    """One sentence for the first thing wrong with a [[report]] entry."""
    e = err.errors()[0]
    field_name = str(e["loc"][0]) if e["loc"] else ""
    if e["type"] == "extra_forbidden":
        extra = sorted(set(entry) - set(_Entry.model_fields))
        return f"unknown key(s) {', '.join(extra)}"
    if e["type"] == "missing":
        return f"{field_name} is missing"
    template = _FIELD_MESSAGES.get(field_name)
    if template:
        return template.format(value=entry.get(field_name))
    return f"{field_name}: {e['msg']}"


def load_config(path: Path | str = DEFAULT_CONFIG, *, inspect: bool = True) -> list[ReportSpec]:
    """Parse and validate the config (pydantic models, unknown keys forbidden); raises
    ConfigError naming the report and the problem.

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
    try:
        config = _Config.model_validate(doc)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        if err["type"] == "extra_forbidden" and len(err["loc"]) == 1:
            raise ConfigError(f"{path}: unknown section(s) {where}") from None
        raise ConfigError(f"{path}: {where}: {err['msg']}") from None
    notebooks = list_notebooks()
    specs: list[ReportSpec] = []
    seen: set[str] = set()
    for i, raw in enumerate(config.report, start=1):
        where = f"{path.name}: report #{i}"
        if isinstance(raw.get("name"), str) and NAME_RE.match(raw["name"]):
            where = f"{path.name}: report {raw['name']!r}"
        try:
            entry = _Entry.model_validate(raw)
        except ValidationError as e:
            raise ConfigError(f"{where}: {_problem(e, raw)}") from None
        if entry.name in seen:
            raise ConfigError(f"{where}: duplicate report name")
        seen.add(entry.name)
        if entry.notebook not in notebooks:
            raise ConfigError(
                f"{where}: unknown notebook {entry.notebook!r}; valid: {', '.join(notebooks)}"
            )
        formats = entry.formats or config.defaults.formats or tuple(Format)
        timeout = entry.timeout or config.defaults.timeout or 300
        specs.append(
            ReportSpec(
                entry.name,
                entry.notebook,
                dict(entry.params),
                tuple(str(f) for f in formats),
                timeout,
                origin=where,
                base_url=_with_slash(config.defaults.base_url or ""),
            )
        )
    if not specs:
        raise ConfigError(f"{path}: no [[report]] entries")
    if inspect:
        check_spec_params(specs)
    return specs


def _with_slash(url: str) -> str:
    return url if not url or url.endswith("/") else url + "/"


def parse_overrides(items: list[str]) -> dict[str, str]:
    """``["lang=en", "region=zhumadian"]`` -> dict; values stay strings."""
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--param {item!r}: expected NAME=VALUE")
        out[key.strip()] = value
    return out
