"""Propose: an article's text -> figures, claims checked by the engine, draft rows."""
from __future__ import annotations

from ..access.intake.figures import find_figures
from ..access.intake.text import ArticleText, from_text


def propose_text(text: str, name: str = "<text>", date: str | None = None) -> dict:
    article = from_text(text, name)
    return propose_article(article, date=date)


def propose_article(article: ArticleText, date: str | None = None) -> dict:
    figs = find_figures(article)
    return {"text": article.text,
            "figures": [{"start": f.start, "end": f.end, "text": f.text, "value": f.number,
                         "unit": f.unit, "hedge": f.hedge} for f in figs],
            "claims": []}
