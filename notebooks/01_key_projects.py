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
# 01 重点工业项目 · Key industrial projects
#
# Progress of the provincial and city key industrial projects against their annual plan,
# the provincial average and the time elapsed; the annual plans the shares imply.

# %% tags=["parameters"]
region: str = "zhumadian"    # region id from data/regions.csv
period: str = "2021M01-M04"  # period id from data/periods.csv (key-project figures are Jan–Apr)
lang: str = "zh"             # report language: "zh" or "en"

# %%
import zmd_analysis as z
from zmd_analysis.analysis import context
from zmd_analysis.report import charts, findings, show, themes
from zmd_analysis.report.texts import tr

show.setup()
p = z.validate_params(region, period, lang=lang)
show.title(tr("kp_title", lang), tr("kp_purpose", lang), dict(region=region, period=period, lang=lang))
kp = themes.key_projects(region, period)
has_progress = kp is not None and themes.pick(kp, "prov_plan_share") is not None or \
    kp is not None and themes.pick(kp, "city_plan_share") is not None

# %%
if not has_progress:
    show.no_data(lang, p.region_name, p.period_label, "prov_key_ind_plan_share", region)
else:
    show.heading(tr("kp_progress_heading", lang))
    show.figure(charts.progress_chart(kp, p.region_name, lang))
    show.finding(findings.kp_progress(kp, p))

# %%
if kp is not None and findings.kp_plan(kp, p):
    show.heading(tr("kp_plan_heading", lang))
    show.figure(charts.plan_chart(kp, lang))
    show.finding(findings.kp_plan(kp, p))

# %%
history = findings.kp_history(context.key_project_series(region), p, z.period_year(period))
if has_progress and history:
    show.finding(history)

# %%
year = themes.year_of(period)
sc = themes.scale(region, period)
scale_text = findings.kp_scale(sc, kp, p, z.period_label(year, lang)) if sc is not None else None
if scale_text:
    show.heading(tr("kp_scale_heading", lang))
    show.figure(charts.scale_chart(sc, kp, lang))
    show.finding(scale_text)

# %%
if kp is not None:
    show.heading(tr("table_heading", lang))
    show.figure_table(kp, lang)
    show.sources(list(kp["source_id"]) + (list(sc["source_id"]) if scale_text else []), lang)
