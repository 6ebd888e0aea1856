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
# 08 文章录入 · Article intake
#
# `zmd-report propose` in a notebook: read one article, see every figure it prints with the
# row it becomes, every statement its own numbers let the engine check, and the draft rows.
# Adjust the draft tables below (they are plain DataFrames), then write them with
# `intake.write_drafts(...)` and accept them with
# `zmd-report propose PATH --accept --drafts DIR`.

# %% tags=["parameters"]
path: str = "notebooks/samples/sample-notice.txt"  # the article: .txt or saved .html, relative to the project root or absolute
source_id: str = ""  # id of its source row ("": region, date and a hash of the text)
region: str = ""  # region id ("": the place the text names; none named: place_unknown)
date: str = ""  # publication date YYYY-MM-DD ("": from the text, else unknown)
lang: str = "zh"  # page language: "zh" or "en"

# %%
from pathlib import Path

import pandas as pd
from IPython.display import display

from zmd_analysis.access.intake.text import read_article
from zmd_analysis.access.paths import PROJ_ROOT
from zmd_analysis.analysis.proposal import propose
from zmd_analysis.report import show
from zmd_analysis.report.params import validate_lang

show.setup()
validate_lang(lang)
article = read_article(Path(path) if Path(path).is_absolute() else PROJ_ROOT / path)
proposal = propose(article, date=date or None, region=region or None, source_id=source_id or None)
doc = proposal.to_json()
show.review(doc, proposal.rows, lang)

# %% [markdown] tags=["notebook-only"]
# The draft rows, one DataFrame per data file; edit them here before writing them out.

# %%
drafts = {table: pd.DataFrame(rows) for table, rows in proposal.rows.items() if rows}
for table, frame in drafts.items():
    show.heading(f"{table}.csv · {len(frame)}", 3)
    display(frame)
