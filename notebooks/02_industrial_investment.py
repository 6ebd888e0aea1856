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
# 02 工业投资 · Industrial investment
#
# Level, growth, gap to a comparison region and rank; the comparison's growth and last
# year's base they imply.

# %% tags=["parameters"]
region: str = "zhumadian"  # region id from data/regions.csv
period: str = "2021M01-M04"  # period id from data/periods.csv
comparison: str = ""  # region id to compare growth with; empty means the parent province
lang: str = "zh"  # report language: "zh" or "en"

# %%
import zmd_analysis as z
from zmd_analysis.analysis.base_effect import base_effect
from zmd_analysis.analysis.claims import year_earlier
from zmd_analysis.report import charts, findings, show, themes
from zmd_analysis.report.sentences import Names
from zmd_analysis.report.texts import tr

show.setup()
p = z.validate_params(region, period, comparison, lang)
show.title(
    tr("investment_title", lang),
    tr("investment_purpose", lang),
    dict(region=region, period=period, comparison=p.comparison, lang=lang),
)
investment = themes.industrial_investment(region, period, p.comparison)

# %%
if investment is None or themes.pick(investment, "growth") is None:
    show.no_data(lang, p.region_name, p.period_label, "industrial_investment_growth", region)
else:
    show.heading(tr("investment_growth_heading", lang))
    show.figure(charts.growth_chart(investment, p.region_name, p.comparison_name, lang))
    text = findings.investment_growth(investment, p) or findings.investment_growth_vs(investment, p)
    show.finding(text) if text else show.note(
        tr("no_comparison", lang, comparison=p.comparison_name, period=p.period_label)
    )

# %%
if investment is not None and themes.pick(investment, "base") is not None:
    show.heading(tr("investment_base_heading", lang))
    show.figure(charts.base_chart(investment, lang))
    earlier = year_earlier(z.load_tables(), period)
    show.finding(findings.investment_base(investment, p, z.period_label(earlier, lang)))
    note = findings.investment_bases_note(investment, themes.key_projects(region, period), p)
    if note:
        show.note(note)

# %%
effect = base_effect("industrial_investment_growth", region, p.comparison, period)
if effect is not None:
    show.heading(tr("base_effect_heading", lang))
    used = [s for s in investment["source_id"] if s] + [x.source_id for x in effect.proxies]
    show.figure(
        charts.base_effect_chart(effect, p.comparison_name, lang, show.source_line(used, lang))
    )
    for sentence in findings.base_effect(effect, p, Names(lang)):
        show.finding(sentence)
    show.table(findings.base_effect_table(effect, lang))

# %%
if investment is not None:
    show.heading(tr("table_heading", lang))
    show.figure_table(investment, lang)
    show.sources(
        list(investment["source_id"]) + ([x.source_id for x in effect.proxies] if effect else []),
        lang,
    )
