# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     notebook_metadata_filter: kernelspec,jupytext
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] tags=["notebook-only"]
# 00 总览 · Overview
#
# One article (a source with claims in `data/claims.csv`): its printed figures, what they
# imply, a summary of the claims check and what a careful reader should take away.

# %% tags=["parameters"]
source: str = "zmdrb-20210602-p1"  # article id: a source_id with claims in data/claims.csv
lang: str = "zh"  # report language: "zh" or "en"

# %%
import zmd_analysis as z
from zmd_analysis.report import charts, findings, show, themes
from zmd_analysis.report.formatting import page_label, source_date
from zmd_analysis.report.sentences import claims_frame
from zmd_analysis.report.texts import tr

show.setup()
article = z.validate_source(source, lang)
meta = z.source_record(source)
show.title(
    tr("overview_title", lang, title=meta["title"]),
    tr(
        "overview_purpose",
        lang,
        publisher=meta["publisher"],
        date=source_date(meta["date"], meta["date_confidence"], lang),
        page=(" " if lang == "zh" else ", ") + page_label(meta["page"], lang)
        if meta["page"]
        else "",
        title=meta["title"],
    ),
    dict(source=source, lang=lang),
)
claims = claims_frame(source, lang)
figures = themes.article_figures(source)
used = z.sources_used(source)

# %%
show.heading(tr("overview_key_heading", lang))
show.finding(tr("overview_key_finding", lang, n=z.figure_count(source), m=len(claims)))
show.figure_table(figures, lang)

# %%
show.heading(tr("overview_claims_heading", lang))
show.figure(charts.claims_chart(claims, lang, show.source_line(used, lang)))
show.finding(findings.claims_summary(claims, lang))

# %%
show.heading(tr("overview_lessons_heading", lang))
for lesson in findings.lessons(claims, lang):
    show.finding(lesson)

# %%
show.sources(used, lang)
