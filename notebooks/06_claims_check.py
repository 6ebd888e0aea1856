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
from zmd_analysis.report.sections import article, end

page = article.claims_page(source, lang)

# %%
article.verdicts(page)

# %%
article.claims_table(page)

# %%
end(page)
