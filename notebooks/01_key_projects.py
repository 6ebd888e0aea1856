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
# 01 重点工业项目 · Key industrial projects
#
# Progress of the provincial and city key industrial projects against their annual plan,
# the provincial average and the time elapsed; the annual plans the shares imply.

# %% tags=["parameters"]
region: str = "zhumadian"  # region id from data/regions.csv
period: str = "2021M01-M04"  # period id from data/periods.csv (key-project figures are Jan–Apr)
lang: str = "zh"  # report language: "zh" or "en"

# %%
from zmd_analysis.report.sections import end, key_projects, start
from zmd_analysis.report.texts import tr

page = start(
    tr("projects_title", lang),
    tr("projects_purpose", lang),
    lang=lang,
    region=region,
    period=period,
)

# %%
key_projects.progress(page)
key_projects.history(page)

# %%
key_projects.plan(page)

# %%
key_projects.scale(page)

# %%
key_projects.table(page)
end(page)
