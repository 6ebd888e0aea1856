"""The word catalogue (``templates/words.toml``), read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def words() -> dict:
    """``{"label": {group: {value: {zh, en}}}, "text": {key: {zh, en}}}``."""
    text = resources.files(__package__).joinpath("templates/words.toml").read_text("utf-8")
    return tomllib.loads(text)
