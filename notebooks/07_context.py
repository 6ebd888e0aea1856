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
# # 07 背景 · The figures in context
#
# Jan–Apr key-project progress across the years in the data, the comparison region's
# industrial-investment path, full-year outcomes, and what independent sources say about
# the claims; definitional breaks marked.

# %% tags=["parameters"]
region: str = "zhumadian"  # region id from data/regions.csv
comparison: str = ""  # region id for the path and full-year comparison; empty means the parent
year: str = "2021"  # period id of the full-year outcomes (its year also sets the path)
lang: str = "zh"  # report language: "zh" or "en"

# %%
from zmd_analysis.report.params import validate_year
from zmd_analysis.report.sections import context, end, start
from zmd_analysis.report.texts import tr

validate_year(year)
page = start(
    tr("context_title", lang),
    tr("context_purpose", lang),
    lang=lang,
    region=region,
    period=year,
    comparison=comparison,
)

# %%
context.series(page)

# %%
context.dispatch(page)

# %%
context.path(page)

# %%
context.full_year(page)

# %%
context.outcomes(page)

# %%
context.independent(page)

# %%
end(page)
