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
# 02 工业投资 · Industrial investment
#
# Level, growth, gap to a comparison region and rank; the comparison's growth and last
# year's base they imply.

# %% tags=["parameters"]
region: str = "zhumadian"  # region id from data/regions.csv
period: str = "2021M01-M04"  # period id from data/periods.csv
comparison: str = ""  # region id to compare growth with; empty means the parent province
lang: str = "zh"  # report language: "zh" or "en"

# %%
from zmd_analysis.report.sections import end, investment, start
from zmd_analysis.report.texts import tr

page = start(
    tr("investment_title", lang),
    tr("investment_purpose", lang),
    lang=lang,
    region=region,
    period=period,
    comparison=comparison,
)

# %%
investment.growth(page)

# %%
investment.base(page)

# %%
investment.effect(page)

# %%
investment.table(page)
end(page)
