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
import zmd_analysis as z
from zmd_analysis.report import charts, findings, show, themes
from zmd_analysis.report.params import validate_period
from zmd_analysis.report.texts import tr

show.setup()
p = z.validate_params(region, period, lang=lang)
validate_period(programme_period, name="programme_period")
show.title(
    tr("environment_title", lang),
    tr("environment_purpose", lang),
    dict(region=region, period=period, programme_period=programme_period, lang=lang),
)
environment = themes.business_environment(region, period, programme_period)

# %%
if (
    environment is None
    or themes.pick(environment, "one_trip") is None
    or themes.pick(environment, "zero_trip") is None
):
    show.no_data(lang, p.region_name, p.period_label, "at_most_one_trip_items", region)
else:
    show.heading(tr("environment_reform_heading", lang))
    show.figure(charts.reform_chart(environment, lang))
    show.finding(findings.environment_reform(environment, p))

# %%
if environment is not None and findings.environment_cultivation(environment, p):
    show.heading(tr("environment_cultivation_heading", lang))
    show.finding(findings.environment_cultivation(environment, p))

# %%
if environment is not None:
    show.heading(tr("table_heading", lang))
    show.figure_table(environment, lang)
    show.sources(environment["source_id"], lang)
