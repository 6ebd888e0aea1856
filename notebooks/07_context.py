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
import zmd_analysis as z
from zmd_analysis.analysis import context
from zmd_analysis.report import charts, findings, show
from zmd_analysis.report.params import validate_period
from zmd_analysis.report.sentences import claims_frame
from zmd_analysis.report.texts import tr

show.setup()
validate_period(year, name="year")
p = z.validate_params(region, year, comparison, lang)
show.title(
    tr("context_title", lang),
    tr("context_purpose", lang),
    dict(region=region, comparison=p.comparison, year=year, lang=lang),
)
series = context.key_project_series(region)
path = (
    context.growth_path("industrial_investment_growth", p.comparison, z.period_year(year))
    if p.comparison
    else None
)
fy = context.full_year(year, (region, p.comparison))
used = []

# %%
show.heading(tr("context_series_heading", lang))
if series.empty:
    show.no_data(lang, p.region_name, p.period_label, "key_a_plan_share", region)
else:
    used += list(series["source_id"])
    show.figure(
        charts.series_chart(
            series, lang, show.source_line(series["source_id"], lang, derived=False)
        )
    )
    show.finding(findings.context_series(series, p))
    history = findings.projects_history(series, p, z.period_year(year))
    if history:
        show.finding(history)

# %%
show.heading(tr("context_path_heading", lang, comparison=p.comparison_name or p.region_name))
if path is None or path.empty:
    show.no_data(
        lang,
        p.comparison_name or p.region_name,
        p.period_label,
        "industrial_investment_growth",
        p.comparison or region,
    )
else:
    used += list(path["source_id"])
    show.figure(charts.path_chart(path, lang, show.source_line(path["source_id"], lang)))
    show.finding(findings.context_path(path, p))

# %%
show.heading(tr("context_year_heading", lang))
year_text = findings.context_year(fy, p, p.period_label) if fy is not None else None
if year_text is None:
    show.no_data(lang, p.region_name, p.period_label, "gdp", region)
else:
    used += list(fy["source_id"])
    names = {region: p.region_name, p.comparison: p.comparison_name}
    show.figure(charts.structure_chart(fy, names, lang, show.source_line(fy["source_id"], lang)))
    show.finding(year_text)

# %%
show.heading(tr("context_claims_heading", lang))
claims = claims_frame(lang=lang)
claims = claims[claims["independent"] != "silent"]
if claims.empty:
    show.note(tr("no_claims", lang))
else:
    show.claims_table(claims, lang, independent=True)
    used += [s for c in claims["claim_id"] for s in z.claim_sources(c)]

# %%
show.sources(used, lang)
