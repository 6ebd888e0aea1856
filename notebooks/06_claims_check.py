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
# 06 逐条核查 · Claims check
#
# Every numeric statement of the article as a claim, recomputed under explicit rounding rules.

# %% tags=["parameters"]
region: str = "zhumadian"    # region id from data/regions.csv
period: str = "2021M01-M04"  # the article's main period (claims refer to the article's own periods)
comparison: str = "henan"    # comparison region
lang: str = "zh"             # report language: "zh" or "en"

# %%
import zmd_analysis as z
from zmd_analysis import charts, findings, show
from zmd_analysis.texts import tr

show.setup()
p = z.validate_params(region, period, comparison, lang)
show.title(tr("cl_title", lang), tr("cl_purpose", lang),
           dict(region=region, period=period, comparison=comparison, lang=lang))
claims = z.check_claims(region, lang=lang)
show.note(tr("cl_rules", lang))

# %%
show.heading(tr("cl_chart_heading", lang))
show.figure(charts.claims_chart(claims, lang))
show.finding(findings.claims_summary(claims, p))

# %%
show.heading(tr("cl_table_heading", lang))
show.claims_table(claims, lang)

# %%
show.sources(lang)
