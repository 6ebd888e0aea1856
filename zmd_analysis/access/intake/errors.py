"""The one error the intake raises: it names the file and what is wrong with it."""

from __future__ import annotations

from pathlib import Path


class IntakeError(ValueError):
    """An article file cannot be read as an article (missing, a directory, too big,
    binary, undecodable)."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
