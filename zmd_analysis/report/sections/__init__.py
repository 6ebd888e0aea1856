"""One module per theme of the reports: its charts, sentences and table.

=====================  ==============================================  ========
module                 figures (analysis)                              notebook
=====================  ==============================================  ========
``key_projects``       :class:`~zmd_analysis.analysis.themes.KeyProjects`, ``Scale``  01
``investment``         ``Investment``, ``base_effect.BaseEffect``      02
``ranks``              ``Ranks``                                       03
``attraction``         ``Attraction``                                  04
``environment``        ``Environment``                                 05
``article``            ``ArticleFigures``, the claims check            00, 06
``context``            ``analysis.context`` series, path, full year    07
=====================  ==============================================  ========

Each section is a function of the :class:`~.base.Page`, registered in :data:`SECTIONS`
with the figures it shows, its charts and its sentences' keys in the word catalogue;
``python -m zmd_analysis.report.sections`` lists them.
"""

from __future__ import annotations

from . import article, attraction, context, environment, investment, key_projects, ranks
from .base import SECTIONS, Page, Section, end, section, start

__all__ = [
    "SECTIONS",
    "Page",
    "Section",
    "article",
    "attraction",
    "context",
    "end",
    "environment",
    "investment",
    "key_projects",
    "ranks",
    "section",
    "start",
]
