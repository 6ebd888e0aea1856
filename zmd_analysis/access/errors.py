"""The one exception type for bad data, and the lookup errors.

A ``DataError`` always says which file, which line and which column are wrong
and what is wrong with them, so an analyst can fix the CSV without reading a
traceback.
"""

from __future__ import annotations

from pathlib import Path


class DataError(ValueError):
    """A data file is malformed: names the file, line, column and the problem."""

    def __init__(
        self, path: Path | str, problem: str, line: int | None = None, column: str | None = None
    ):
        self.path = Path(path)
        self.line = line
        self.column = column
        self.problem = problem
        where = str(self.path)
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {problem}")


class UnknownNameError(ValueError):
    """A region, period, indicator or language that the data does not know."""

    def __init__(self, kind: str, name: object, valid: list[str]):
        self.kind, self.name, self.valid = kind, name, list(valid)
        super().__init__(f"unknown {kind} {name!r}; valid values: {', '.join(map(str, valid))}")


class MissingObservationError(LookupError):
    """Valid names, but the data holds no value for that combination."""

    def __str__(self) -> str:  # LookupError quotes its argument like KeyError; we want prose
        return str(self.args[0]) if self.args else ""
