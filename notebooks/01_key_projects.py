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
import zmd_analysis as z
from zmd_analysis.analysis import context
from zmd_analysis.report import charts, findings, show, themes
from zmd_analysis.report.texts import tr

show.setup()
p = z.validate_params(region, period, lang=lang)
show.title(
    tr("projects_title", lang),
    tr("projects_purpose", lang),
    dict(region=region, period=period, lang=lang),
)
projects = themes.key_projects(region, period)
has_progress = (
    projects is not None
    and themes.pick(projects, "prov_plan_share") is not None
    or projects is not None
    and themes.pick(projects, "city_plan_share") is not None
)

# %%
if not has_progress:
    show.no_data(lang, p.region_name, p.period_label, "prov_key_ind_plan_share", region)
else:
    show.heading(tr("projects_progress_heading", lang))
    show.figure(charts.progress_chart(projects, p.region_name, lang))
    show.finding(findings.projects_progress(projects, p))

# %%
if projects is not None and findings.projects_plan(projects, p):
    show.heading(tr("projects_plan_heading", lang))
    show.figure(charts.plan_chart(projects, lang))
    show.finding(findings.projects_plan(projects, p))

# %%
history = findings.projects_history(context.key_project_series(region), p, z.period_year(period))
if has_progress and history:
    show.finding(history)

# %%
year = themes.year_of(period)
sc = themes.scale(region, period)
scale_text = (
    findings.projects_scale(sc, projects, p, z.period_label(year, lang)) if sc is not None else None
)
if scale_text:
    show.heading(tr("projects_scale_heading", lang))
    show.figure(charts.scale_chart(sc, projects, lang))
    show.finding(scale_text)

# %%
if projects is not None:
    show.heading(tr("table_heading", lang))
    show.figure_table(projects, lang)
    show.sources(list(projects["source_id"]) + (list(sc["source_id"]) if scale_text else []), lang)
