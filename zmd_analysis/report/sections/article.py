"""One article: its figures, the claims check in brief, what a reader should know, and
every claim with its workings (notebooks 00 and 06)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ...access.observations import figure_count, source_record
from ...access.vocab import CHECKED, Plausibility
from ...analysis import themes as t
from ...analysis.claims import SEVERITY, TALLY, check_claims, headline, summarize, tally_key
from ...analysis.themes import ArticleFigures
from .. import charts as c
from .. import figure_table as ft
from .. import show
from ..citations import source_publisher, source_title
from ..downloads import point
from ..formatting import page_label, source_date
from ..labels import tally_label
from ..params import validate_source
from ..sentences import claims_frame
from ..texts import tr
from .base import Page, section


def _claims(page: Page) -> pd.DataFrame:
    return page.theme(claims_frame, page.values["source"], page.lang)


def overview_page(source: str, lang: str) -> Page:
    """Validate the article id and show the overview's title."""
    validate_source(source, lang)
    meta = source_record(source)
    page = (
        f"{' ' if lang == 'zh' else ', '}{page_label(meta['page'], lang)}" if meta["page"] else ""
    )
    return _start(
        source,
        lang,
        tr("overview_title", lang, title=source_title(meta, lang)),
        tr(
            "overview_purpose",
            lang,
            publisher=source_publisher(meta, lang),
            date=source_date(meta["date"], meta["date_confidence"], lang),
            page=page,
            title=source_title(meta, lang, quote_original=True),
        ),
    )


def claims_page(source: str, lang: str) -> Page:
    """Validate the article id and show the claims check's title and rules."""
    validate_source(source, lang)
    meta = source_record(source)
    page = _start(
        source,
        lang,
        tr("claims_title", lang, title=source_title(meta, lang)),
        tr("claims_purpose", lang),
    )
    show.note(tr("claims_rules", lang))
    return page


def _start(source: str, lang: str, heading: str, purpose: str) -> Page:
    show.setup()
    show.title(heading, purpose, article=source)
    return Page(lang, values={"source": source})


def items(a: ArticleFigures) -> list[ft.Labelled]:
    """The article's printed figures, then each figure its claims imply, named by its claim
    (:func:`..claim_names.claim_name`) and what the figure is (the claim's principal)."""
    from ..claim_names import claim_names
    from ..labels import LABELS

    names = {lang: claim_names(lang, (x.claim_id for x in a.implied)) for lang in ("zh", "en")}

    def implied_label(x, lang: str) -> str:
        what = LABELS["principal"].get(x.principal, LABELS["principal"]["figure"])
        return tr("claim_implied_label", lang, claim=names[lang][x.claim_id], figure=what[lang])

    implied = [(x.figure, implied_label(x, "zh"), implied_label(x, "en")) for x in a.implied]
    return [ft.labelled(f) for f in a.printed] + implied


@section(
    "analysis.themes.ArticleFigures",
    sentences=("overview_key_heading", "overview_key_finding"),
)
def key_figures(page: Page) -> None:
    source = page.values["source"]
    figures = page.theme(t.article_figures, source)
    show.heading(tr("overview_key_heading", page.lang))
    show.finding(
        tr("overview_key_finding", page.lang, n=figure_count(source), m=len(_claims(page)))
    )
    show.figure_table(ft.frame(items(figures)), page.lang)


def claims_chart(claims: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Number of claims per verdict; a part no larger than its whole (true, and no
    finding) is a bar of its own, as the summary counts it apart."""
    keys = [tally_key(st, bool(tv)) for st, tv in zip(claims["status"], claims["trivial"])]
    # every status has its bar; a part no larger than its whole only when there is one
    shown = [k for k in TALLY if k != "trivial" or k in keys]
    counts = pd.Series([keys.count(k) for k in shown], index=shown)
    labels = [tally_label(k, lang) for k in shown]
    colours = [c.TRIVIAL_COLOUR if k == "trivial" else c.STATUS_COLOURS[k] for k in shown]
    fig = go.Figure(
        go.Bar(
            y=labels,
            x=counts.values,
            orientation="h",
            marker_color=colours,
            text=[str(v) for v in counts.values],
            textposition="outside",
        )
    )
    fig.update_xaxes(
        title_text=tr("claims_axis", lang),
        rangemode="tozero",
        dtick=1 if counts.max() <= 6 else 2,
        range=[0, counts.max() * 1.25 + 0.8],
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=380)
    sources = ",".join(dict.fromkeys(claims["source_id"])) if "source_id" in claims else ""
    data = [
        point(
            tr("claims_count_label", lang),
            lab,
            int(n),
            tr("claims_count_unit", lang),
            "derived",
            "",
            sources,
        )
        for lab, n in zip(labels, counts.values)
    ]
    return c.finish(fig, tr("chart_claims_title", lang), lang, source, data)


def _count(key: str, n: int, lang: str) -> str:
    """'复算一致3条' / 'reproduced (3)' (no plural to get wrong), for a status or a tally key."""
    name = tally_label(key, lang)
    return f"{name}{n}条" if lang == "zh" else f"{name} ({n})"


def summary_text(verdicts: list, lang: str) -> str:
    """The claims counted by status, as the index, the explorer and the verdicts data count
    them (:func:`analysis.claims.summarize`), then what settled them (see
    :func:`analysis.claims.headline`)."""
    h, counted = headline(verdicts), summarize(verdicts)
    sep = "，" if lang == "zh" else ", "
    parts = [tr("claims_finding", lang, total=h.total)]
    # the claims the article's own numbers settle, in the one tally's order (a part no
    # larger than its whole counted apart, as the index, the explorer and the data count it)
    checked = {k: n for k in TALLY if (k in CHECKED or k == "trivial") and (n := counted[k])}
    if checked:
        parts.append(
            tr(
                "claims_checked",
                lang,
                n=sum(checked.values()),
                counts=sep.join(_count(k, n, lang) for k, n in checked.items()),
            )
        )
    if h.trivial:
        parts.append(tr("claims_trivial", lang))
    if h.unsettled:
        counts = sep.join(_count(s, n, lang) for s, n in h.unsettled.items())
        parts.append(tr("claims_unsettled", lang, counts=counts))
    if h.confirms or h.contradicts:
        parts.append(tr("claims_independent", lang, confirms=h.confirms, contradicts=h.contradicts))
    if h.scale_tested:
        parts.append(tr("claims_scale", lang, n=h.scale_tested, implausible=h.implausible))
    return ("" if lang == "zh" else " ").join(parts)


def _verdicts(page: Page, heading: str) -> None:
    source, claims = page.values["source"], _claims(page)
    used = list(dict.fromkeys(s for ids in claims["sources"] for s in ids.split(",")))
    show.heading(heading)
    show.figure(claims_chart(claims, page.lang, show.source_line(used, page.lang)))
    verdicts = check_claims(source)
    show.finding(summary_text(verdicts, page.lang))
    show.claims_summary(summarize(verdicts))


@section(
    "analysis.claims.check_claims",
    charts=("claims_chart",),
    sentences=("overview_claims_heading", "claims_finding", "claims_checked", "claims_scale"),
)
def checks_in_brief(page: Page) -> None:
    _verdicts(page, tr("overview_claims_heading", page.lang))


@section(
    "analysis.claims.check_claims",
    charts=("claims_chart",),
    sentences=("claims_chart_heading", "claims_finding", "claims_checked", "claims_scale"),
)
def verdicts(page: Page) -> None:
    _verdicts(page, tr("claims_chart_heading", page.lang))


def lesson_texts(claims: pd.DataFrame, lang: str, limit: int = 6) -> list[str]:
    """The claims that fail, mislead or need care, most serious first, each as its label
    and its workings."""
    worth = claims[
        claims["status"].isin(SEVERITY[:5])
        | claims["kind"].isin(["gap", "growth", "share_of_plan"])
        & (claims["status"] == "not_checkable")
        | (claims["plausibility"] == Plausibility.IMPLAUSIBLE)
    ]
    worth = worth.assign(order=worth["status"].map(SEVERITY.index)).sort_values(
        "order", kind="stable"
    )
    sep = "：" if lang == "zh" else ": "
    return [f"{r.label}{sep}{r.sentence}" for r in worth.head(limit).itertuples()]


@section(
    "analysis.claims.check_claims", sentences=("overview_lessons_heading", "overview_no_lessons")
)
def lessons(page: Page) -> None:
    show.heading(tr("overview_lessons_heading", page.lang))
    texts = lesson_texts(_claims(page), page.lang)
    for text in texts:
        show.finding(text)
    if not texts:
        show.finding(tr("overview_no_lessons", page.lang))


@section("analysis.claims.check_claims", sentences=("claims_table_heading",))
def claims_table(page: Page) -> None:
    show.heading(tr("claims_table_heading", page.lang))
    show.claims_table(_claims(page), page.lang)
    show.claim_reviews(page.values["source"], page.lang)
