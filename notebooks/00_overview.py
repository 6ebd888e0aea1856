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
from zmd_analysis.report.sections import article, end

page = article.overview_page(source, lang)

# %%
article.key_figures(page)

# %%
article.checks_in_brief(page)

# %%
article.lessons(page)

# %%
end(page)
