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
# 03 排名 · Ranks
#
# The region's ranks for the period, what each rests on, and whether the data can check it.

# %% tags=["parameters"]
region: str = "zhumadian"  # region id from data/regions.csv
period: str = "2021M01-M04"  # period of the growth rank and the key-project evaluation
list_period: str = "2021"  # period of the provincial advanced-manufacturing project list
lang: str = "zh"  # report language: "zh" or "en"

# %%
from zmd_analysis.report.params import validate_period
from zmd_analysis.report.sections import end, ranks, start
from zmd_analysis.report.texts import tr

validate_period(list_period, name="list_period")
page = start(
    tr("ranks_title", lang),
    tr("ranks_purpose", lang),
    lang=lang,
    region=region,
    period=period,
    list_period=list_period,
)

# %%
ranks.ranks(page)
end(page)
