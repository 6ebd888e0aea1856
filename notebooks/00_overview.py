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
# 00 总览 · Overview
#
# The article's key figures, what they imply, and a summary of the claims check.

# %% tags=["parameters"]
region: str = "zhumadian"    # region id from data/regions.csv
period: str = "2021M01-M04"  # period id of the headline figures
comparison: str = "henan"    # comparison region
lang: str = "zh"             # report language: "zh" or "en"

# %%
import zmd_analysis as z
from zmd_analysis import charts, findings, show, themes
from zmd_analysis.texts import tr

show.setup()
p = z.validate_params(region, period, comparison, lang)
show.title(tr("ov_title", lang), tr("ov_purpose", lang),
           dict(region=region, period=period, comparison=comparison, lang=lang))
claims = z.check_claims(region, lang=lang)
headline = themes.overview(region, period)

# %%
if headline is None:
    show.no_data(lang, p.region_name, p.period_label, "industrial_investment", region)
else:
    show.heading(tr("ov_key_heading", lang))
    show.finding(tr("ov_key_finding", lang, n=len(z.load_observations())))
    show.figure_table(headline, lang)

# %%
show.heading(tr("ov_claims_heading", lang))
show.figure(charts.claims_chart(claims, lang))
show.finding(findings.claims_summary(claims, p))

# %%
show.heading(tr("ov_lessons_heading", lang))
for lesson in findings.lessons(claims, lang):
    show.finding(lesson)

# %%
show.sources(lang)
