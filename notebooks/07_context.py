# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] tags=["notebook-only"]
# # 07 背景 · The article's figures in context
#
# Other years' Jan–Apr key-project progress, Henan's 2021 industrial-investment path and
# the full-year 2021 outcomes, from independent sources; definitional breaks marked.

# %% tags=["parameters"]
region: str = "zhumadian"    # region id from data/regions.csv
period: str = "2021M01-M04"  # the article's period, the reference point of the series
comparison: str = "henan"    # province for the full-year comparison
year: str = "2021"           # period id of the full-year outcomes
lang: str = "zh"             # report language: "zh" or "en"

# %%
import zmd_analysis as z
from zmd_analysis import charts, context, findings, show
from zmd_analysis.params import validate_period
from zmd_analysis.texts import tr

show.setup()
p = z.validate_params(region, period, comparison, lang)
validate_period(year, name="year")
show.title(tr("cx_title", lang), tr("cx_purpose", lang),
           dict(region=region, period=period, comparison=comparison, year=year, lang=lang))
series = context.key_project_series(region)
path = context.henan_industrial_path()
fy = context.full_year(year, (region, comparison))

# %%
show.heading(tr("cx_series_heading", lang))
if series.empty:
    show.no_data(lang, p.region_name, p.period_label, "key_a_plan_share", region)
else:
    show.figure(charts.series_chart(series, lang, context.source_line(series["source_id"], lang,
                                                                      derived=False)))
    show.finding(findings.cx_series(series, p))

# %%
show.heading(tr("cx_path_heading", lang))
if path.empty:
    show.no_data(lang, p.comparison_name, p.period_label, "industrial_investment_growth", comparison)
else:
    show.figure(charts.path_chart(path, lang, context.source_line(path["source"], lang)))
    show.finding(findings.cx_path(path, p))

# %%
show.heading(tr("cx_year_heading", lang))
if fy is None or len(fy) < 2:
    show.no_data(lang, p.region_name, year, "gdp", region)
else:
    names = {region: p.region_name, comparison: p.comparison_name}
    show.figure(charts.structure_chart(fy, names, lang, context.source_line(fy["source_id"], lang)))
    show.finding(findings.cx_year(fy, p))

# %%
show.heading(tr("cx_claims_heading", lang))
show.claims_table(z.check_claims(region, lang=lang), lang, independent=True)

# %%
show.sources(lang)
