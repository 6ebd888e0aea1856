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
# Adjust the draft tables below (they are plain DataFrames), then run the notebook with
# `drafts_dir` set to write them back, and with `accept = "yes"` to add them to `data/`
# (the same checks as `zmd-report propose PATH --accept --drafts DIR`: all rows or none).

# %% tags=["parameters"]
path: str = "notebooks/samples/sample-notice.txt"  # the article: .txt or saved .html, relative to the project root or absolute
source_id: str = ""  # id of its source row ("": region, date and a hash of the text)
region: str = ""  # region id ("": the place the text names; none named: place_unknown)
date: str = ""  # publication date YYYY-MM-DD ("": from the text, else unknown)
year: int = 0  # the year the text is about when it prints none (0: from the date or the text)
publisher: str = ""  # who published it (an accept needs it: a draft says to fill it in)
lang: str = "zh"  # page language: "zh" or "en"
drafts_dir: str = ""  # where to write the reviewed draft tables ("": not written)
accept: str = "no"  # "yes": add the tables written to drafts_dir to data/ (and their reports)
config: str = "reports.toml"  # the build config an accept adds the new article's reports to

# %%
from pathlib import Path

import pandas as pd
from IPython.display import display

from zmd_analysis.access.intake.text import read_article
from zmd_analysis.access.paths import PROJ_ROOT
from zmd_analysis.publish.intake import propose_article
from zmd_analysis.report import show
from zmd_analysis.report.params import validate_lang

show.setup()
validate_lang(lang)
article = read_article(Path(path) if Path(path).is_absolute() else PROJ_ROOT / path)
proposal = propose_article(
    article,
    date=date or None,
    year=year or None,
    region=region or None,
    source_id=source_id or None,
    publisher=publisher,
)
doc = proposal.to_json()
show.review(doc, proposal.rows, lang)

# %% [markdown] tags=["notebook-only"]
# The draft rows, one DataFrame per data file; edit them here before writing them out.

# %%
drafts = {table: pd.DataFrame(rows) for table, rows in proposal.rows.items() if rows}
for table, frame in drafts.items():
    show.heading(f"{table}.csv · {len(frame)}", 3)
    display(frame)

# %% [markdown] tags=["notebook-only"]
# Write the tables above back (as edited), then accept them: `data/` changes only if the
# merged data validate, and the verdicts printed are those of the rows accepted.

# %%
from zmd_analysis.publish import intake

if accept not in ("yes", "no"):
    raise ValueError(f'accept must be "yes" or "no", not {accept!r}')
if accept == "yes" and not drafts_dir:
    raise ValueError('accept = "yes" needs drafts_dir: the folder the reviewed tables go to')
if drafts_dir:
    folder = Path(drafts_dir) if Path(drafts_dir).is_absolute() else PROJ_ROOT / drafts_dir
    for written in intake.write_drafts(drafts, folder, doc):
        print(f"wrote {written}")
    if accept == "yes":
        config_path = Path(config) if Path(config).is_absolute() else PROJ_ROOT / config
        done = intake.accept(intake.read_drafts(folder), config=config_path)
        print("\n".join(done.lines()))
        print(done.summary_line())
