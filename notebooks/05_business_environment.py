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
# 05 营商环境与企业培育 · Business environment and enterprise cultivation
#
# Service-reform counts, the zero-visit share, approval times and the cultivation programmes.

# %% tags=["parameters"]
region: str = "zhumadian"  # region id from data/regions.csv
period: str = "2021-06-02"  # period of the service-reform counts (stocks as of publication)
programme_period: str = "2021"  # period of the cultivation programmes
lang: str = "zh"  # report language: "zh" or "en"

# %%
from zmd_analysis.report.params import validate_period
from zmd_analysis.report.sections import end, environment, start
from zmd_analysis.report.texts import tr

validate_period(programme_period, name="programme_period")
page = start(
    tr("environment_title", lang),
    tr("environment_purpose", lang),
    lang=lang,
    region=region,
    period=period,
    programme_period=programme_period,
)

# %%
environment.reform(page)

# %%
environment.cultivation(page)

# %%
environment.table(page)
end(page)
