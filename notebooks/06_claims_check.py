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
# 06 逐条核查 · Claims check
#
# Every statement of one article (its rows in `data/claims.csv`), checked by the claims
# engine under explicit rounding rules, with the workings in words.

# %% tags=["parameters"]
source: str = "zmdrb-20210602-p1"  # article id: a source_id with claims in data/claims.csv
lang: str = "zh"  # report language: "zh" or "en"

# %%
import zmd_analysis as z
from zmd_analysis.report import charts, findings, show
from zmd_analysis.report.sentences import claims_frame
from zmd_analysis.report.texts import tr

show.setup()
article = z.validate_source(source, lang)
meta = z.source_record(source)
show.title(
    tr("claims_title", lang, title=meta["title"]),
    tr("claims_purpose", lang),
    dict(source=source, lang=lang),
)
claims = claims_frame(source, lang)
used = z.sources_used(source)
show.note(tr("claims_rules", lang))

# %%
show.heading(tr("claims_chart_heading", lang))
show.figure(charts.claims_chart(claims, lang, show.source_line(used, lang)))
show.finding(findings.claims_summary(claims, lang))

# %%
show.heading(tr("claims_table_heading", lang))
show.claims_table(claims, lang)

# %%
show.sources(used, lang)
