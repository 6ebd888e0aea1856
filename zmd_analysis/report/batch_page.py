"""The summary page of several texts read at once (``zmd-report propose FILE_OR_DIR …
--summary DIR``): one row per text with its place, date, periods, figures, claims and the
count of each verdict, a text that could not be read with its error. One offline HTML
file: the report stylesheet inline, no script, no external file; every cell escaped.
"""

from __future__ import annotations

from html import escape

from ..analysis.claims import STATUSES
from .labels import label
from .style import report_css
from .texts import tr

_CSS = """
table.batch td, table.batch th { text-align: left; vertical-align: top; }
table.batch td.num, table.batch th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.batch th.num { min-width: 3em; }
table.batch tr.failed td { color: #c0392b; }
table.batch td.notes { font-size: 12px; color: #566573; }
table.batch small { color: #566573; }
"""


def _place(row: dict, lang: str) -> str:
    if not row["region_id"]:
        return ""
    name = escape(row["region_name"]) + " " if row["region_name"] else ""
    new = f" <small>({escape(tr('batch_new_region', lang))})</small>" if row["region_new"] else ""
    return f"{name}<code>{escape(row['region_id'])}</code>{new}"


def summary_table(rows: list[dict], lang: str = "zh") -> str:
    """The table alone: the verdict columns are those some text has (the CSV has all)."""
    shown = [s for s in STATUSES if any(r["status"] == "read" and int(r[s]) for r in rows)]
    head = (
        f"<th>{escape(tr('batch_col_file', lang))}</th>"
        f"<th>{escape(tr('batch_col_place', lang))}</th>"
        f"<th>{escape(tr('batch_col_date', lang))}</th>"
        f"<th>{escape(tr('batch_col_periods', lang))}</th>"
        f'<th class="num">{escape(tr("batch_col_figures", lang))}</th>'
        f'<th class="num">{escape(tr("batch_col_claims", lang))}</th>'
        + "".join(f'<th class="num">{escape(label("status", s, lang))}</th>' for s in shown)
        + f"<th>{escape(tr('batch_col_notes', lang))}</th>"
    )
    body = []
    for r in rows:
        file = f"<td><code>{escape(r['file'])}</code></td>"
        if r["status"] == "failed":
            error = escape(tr("batch_failed", lang, error=r["error"]))
            body.append(
                f'<tr class="failed">{file}<td colspan="{5 + len(shown) + 1}">{error}</td></tr>'
            )
            continue
        title = f"<br><small>{escape(r['title'])}</small>" if r["title"] else ""
        body.append(
            "<tr>"
            + f"<td><code>{escape(r['file'])}</code>{title}</td>"
            + f"<td>{_place(r, lang)}</td>"
            + f"<td>{escape(r['date'] or tr('review_date_unknown', lang))}</td>"
            + f"<td>{escape(r['periods'])}</td>"
            + f'<td class="num">{int(r["figures"])}</td>'
            + f'<td class="num">{int(r["claims"])}</td>'
            + "".join(f'<td class="num">{int(r[s])}</td>' for s in shown)
            + f'<td class="notes">{escape(r["notes"])}</td>'
            + "</tr>"
        )
    return (
        f'<table class="batch"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def summary_page(rows: list[dict], lang: str = "zh") -> str:
    """The whole page as one offline HTML string."""
    read = sum(r["status"] == "read" for r in rows)
    title = tr("batch_title", lang)
    purpose = tr("batch_purpose", lang, texts=len(rows), read=read, failed=len(rows) - read)
    lang_attr = "zh-Hans" if lang == "zh" else "en"
    return f"""<!DOCTYPE html>
<html lang="{lang_attr}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{report_css()}{_CSS} body {{ max-width: 1200px; }}</style></head><body>
<h1 class="report-title">{escape(title)}</h1>
<p class="purpose">{escape(purpose)}</p>
{summary_table(rows, lang)}
</body></html>
"""
