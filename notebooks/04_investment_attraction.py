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
import zmd_analysis as z
from zmd_analysis.report import charts, findings, show, themes
from zmd_analysis.report.texts import tr

show.setup()
p = z.validate_params(region, period, lang=lang)
show.title(
    tr("attraction_title", lang),
    tr("attraction_purpose", lang),
    dict(region=region, period=period, lang=lang),
)
attraction = themes.attraction(region, period)

# %%
if attraction is None:
    show.no_data(lang, p.region_name, p.period_label, "signed_ind_projects", region)
else:
    show.heading(tr("attraction_funnel_heading", lang))
    show.figure(charts.funnel_chart(attraction, lang))
    show.finding(findings.attraction_funnel(attraction, p))
    show.figure_table(attraction, lang)
    show.sources(attraction["source_id"], lang)
