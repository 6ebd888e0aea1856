"""What every section shares: the page it renders on and the registry of sections.

A notebook is its parameters, :func:`start` (validation and the title), one call per
section, and :func:`end` (the sources of everything the page showed). A section is a
function of the :class:`Page`; it computes nothing itself: it asks :mod:`analysis.themes`
for its theme's figures (once per page), then shows a heading, a chart, its sentences and
its table, or says what data is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import show
from ..params import Params, validate, validate_lang


@dataclass
class Page:
    """One report page: its language, its validated parameters and the themes computed."""

    lang: str
    params: Params | None = None
    #: parameters other than region, period, comparison and lang (list_period, source ...)
    values: dict[str, str] = field(default_factory=dict)
    _themes: dict[tuple, Any] = field(default_factory=dict, repr=False)

    @property
    def p(self) -> Params:
        if self.params is None:
            raise TypeError("this page has no region and period")
        return self.params

    def theme(self, compute: Callable[..., Any], *args: Any) -> Any:
        """``compute(*args)`` once per page: sections of one theme share its figures."""
        key = (compute, *args)
        if key not in self._themes:
            self._themes[key] = compute(*args)
        return self._themes[key]


@dataclass(frozen=True)
class Section:
    """A registered section: where it is, what it draws on and what it shows."""

    name: str
    render: Callable[[Page], None]
    figures: str  # the analysis dataclass (or table) it shows
    charts: tuple[str, ...]
    sentences: tuple[str, ...]  # text keys of the word catalogue


SECTIONS: dict[str, Section] = {}


def section(figures: str, charts: tuple[str, ...] = (), sentences: tuple[str, ...] = ()):
    """Register a section function under ``<module>.<function>``."""

    def register(fn: Callable[[Page], None]) -> Callable[[Page], None]:
        name = f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"
        SECTIONS[name] = Section(name, fn, figures, charts, sentences)
        return fn

    return register


def start(
    title: str,
    purpose: str,
    *,
    lang: str,
    region: str | None = None,
    period: str | None = None,
    comparison: str = "",
    **values: str,
) -> Page:
    """Validate the parameters, set the house chart style and show the title."""
    validate_lang(lang)
    params = (
        validate(region, period, comparison, lang)
        if region is not None and period is not None
        else None
    )
    show.setup()
    show.title(title, purpose)
    return Page(lang, params, dict(values))


def end(page: Page) -> None:
    """The sources of every figure the page showed."""
    show.sources(show.cited(), page.lang)
