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
# 04 招商引资 · Investment attraction
#
# The events → signed → landed funnel, the landing rate and the average signed project.

# %% tags=["parameters"]
region: str = "zhumadian"  # region id from data/regions.csv
period: str = "2021YTD"  # period id from data/periods.csv; 2021YTD is "今年以来", to publication
lang: str = "zh"  # report language: "zh" or "en"

# %%
from zmd_analysis.report.sections import attraction, end, start
from zmd_analysis.report.texts import tr

page = start(
    tr("attraction_title", lang),
    tr("attraction_purpose", lang),
    lang=lang,
    region=region,
    period=period,
)

# %%
attraction.funnel(page)
end(page)
