"""The review page of a proposal (``zmd-report propose PATH --format html``, notebook 08).

One offline HTML file: the article's text with every figure highlighted and numbered, each
number linking to the draft row it becomes; the claims with the engine's verdicts; the
numerals that were not understood in a colour of their own; and the draft rows per table.
It reads the proposal's JSON (the documented form), so any tool's proposal renders the same.
No script, no external file.
"""

from __future__ import annotations

from html import escape

from .labels import LABELS, label
from .style import report_css
from .texts import tr

#: scoped to the review's wrapper, so it changes nothing else in a notebook or page
_CSS = """
.zmd-review { --rule: #d5d8dc; --muted: #566573; }
.zmd-review div.article { white-space: pre-wrap; font-size: 14.5px; line-height: 1.9;
  background: #fcfcfc; border: 1px solid var(--rule); padding: 10px 14px; }
.zmd-review mark.fig { background: #fdebd0; padding: 0 1px; border-radius: 2px; }
.zmd-review mark.fig a { color: inherit; text-decoration: none; }
.zmd-review mark.fig sup { color: #a04000; font-size: 10px; font-weight: 700; margin-right: 1px; }
.zmd-review mark.fig.in-claim { background: #d6eaf8; }
.zmd-review mark.unknown { background: #e8daef; outline: 1px dashed #7d3c98; }
.zmd-review table.rv td, .zmd-review table.rv th { white-space: normal; text-align: left; }
.zmd-review table.rv td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
.zmd-review table.rv-claims td.status { white-space: nowrap; font-weight: 700; }
.zmd-review table.rv-claims tr.reproduced td.status { color: #1e8449; }
.zmd-review table.rv-claims tr.consistent_within_rounding td.status { color: #28b463; }
.zmd-review table.rv-claims tr.consistent_if_truncated td.status { color: #b9770e; }
.zmd-review table.rv-claims tr.inconsistent td.status { color: #c0392b; }
.zmd-review table.rv-claims tr.not_checkable td.status { color: var(--muted); }
.zmd-review table.rv-claims tr.rhetoric td.status { color: #7d3c98; }
.zmd-review table.rv-claims td.expr { font-size: 12px; overflow-wrap: anywhere; min-width: 14em; }
.zmd-review table.rv-claims td:nth-child(1), .zmd-review table.rv-claims td:nth-child(4) {
  white-space: nowrap; }
.zmd-review div.scroll { overflow-x: auto; }
.zmd-review table.rv-drafts { font-size: 11px; width: auto; }
.zmd-review table.rv-drafts td { white-space: nowrap; }
.zmd-review p.legend mark { padding: 0 4px; margin-right: 8px; }
.zmd-review code { font-size: 12px; }
"""


def _status(status: str, lang: str) -> str:
    return label("status", status, lang) if status in LABELS["status"] else status


def _kind(kind: str, lang: str) -> str:
    return label("kind", kind, lang) if kind in LABELS["kind"] else kind


def _marked_text(doc: dict) -> str:
    """The text as read, figures and not-understood numerals wrapped in marks."""
    text = doc["text"]
    in_claim = {k for c in doc["claims"] for k in c["figures"]}
    spans: list[tuple[int, int, str, int | None]] = [
        (f["start"], f["end"], "fig", n) for n, f in enumerate(doc["figures"])
    ]
    spans += [(u["start"], u["end"], "unknown", None) for u in doc.get("not_understood", [])]
    spans.sort()
    out, pos = [], 0
    for start, end, what, n in spans:
        if start < pos:  # overlapping spans: keep the first
            continue
        out.append(escape(text[pos:start]))
        body = escape(text[start:end])
        if what == "fig":
            cls = "fig in-claim" if n in in_claim else "fig"
            out.append(
                f'<mark class="{cls}" id="fig-{n}"><a href="#row-{n}">'
                f"<sup>{n}</sup>{body}</a></mark>"
            )
        else:
            out.append(f'<mark class="unknown">{body}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _figures_table(doc: dict, lang: str) -> str:
    rows = []
    for n, f in enumerate(doc["figures"]):
        target = (
            f"<code>{escape(f['indicator_id'])}</code> · {escape(f['region_id'])} · "
            f"{escape(f['period_id'])}"
            if f["indicator_id"]
            else "—"
        )
        rows.append(
            f'<tr id="row-{n}"><td><a href="#fig-{n}">{n}</a></td>'
            f'<td>{escape(f["text"])}</td><td class="num">{f["value"]:g}</td>'
            f"<td>{escape(f['unit'])}</td><td>{escape(f['hedge'] or '')}</td>"
            f"<td>{target}</td><td>{f['start']}–{f['end']}</td></tr>"
        )
    head = "".join(
        f"<th>{escape(tr(k, lang))}</th>"
        for k in (
            "review_col_no",
            "review_col_text",
            "review_col_value",
            "review_col_unit",
            "review_col_hedge",
            "review_col_row",
            "review_col_offsets",
        )
    )
    return f'<table class="rv rv-figures"><tr>{head}</tr>{"".join(rows)}</table>'


def _claims_table(doc: dict, lang: str) -> str:
    rows = []
    for c in doc["claims"]:
        figs = " ".join(
            f'<a href="#fig-{k}">[{k}] {escape(doc["figures"][k]["text"])}</a>'
            for k in c["figures"]
        )
        what = escape(c["phrase"]) if c.get("phrase") else figs
        nums = c.get("numbers", {})
        key = next((k for k in _SHOWN if k in nums), None)
        computed = nums[key] if key else None
        tag = f"{tr(_SHOWN_AS[key], lang)}: " if key in _SHOWN_AS else ""
        shown = (
            f"{escape(tag)}{escape(computed['expr'])} = {computed['value']:.4g}"
            if computed and computed.get("value") is not None
            else ""
        )
        rule = (
            escape(label("rounding", c["rule"], lang))
            if c.get("rule") in LABELS["rounding"]
            else ""
        )
        if c.get("assumption") in LABELS["assumption"]:
            what += f"<br><small>{escape(label('assumption', c['assumption'], lang))}</small>"
        rows.append(
            f'<tr class="{escape(c["status"])}"><td>{escape(_kind(c["kind"], lang))}'
            f'</td><td>{what}</td><td class="status">'
            f"{escape(_status(c['status'], lang))}</td><td>{rule}</td>"
            f'<td class="expr">{shown}</td></tr>'
        )
    head = "".join(
        f"<th>{escape(tr(k, lang))}</th>"
        for k in (
            "review_col_kind",
            "review_col_figures",
            "review_col_status",
            "review_col_rule",
            "review_col_computed",
        )
    )
    return f'<table class="rv rv-claims"><tr>{head}</tr>{"".join(rows)}</table>'


#: the engine's number shown as a claim's "recomputed" column, first found wins; an implied
#: plan or comparator value is named as such
_SHOWN = ("computed", "recomputed", "difference", "total", "implied", "plan")
_SHOWN_AS = {"implied": "review_shown_implied", "plan": "review_shown_plan"}


def _drafts(rows: dict[str, list[dict]], lang: str) -> str:
    parts = []
    for table, items in rows.items():
        if not items:
            continue
        cols = list(items[0].keys())
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(r.get(c, '')))}</td>" for c in cols) + "</tr>"
            for r in items
        )
        parts.append(
            f'<h3>{escape(table)}.csv · {len(items)}</h3><div class="scroll">'
            f'<table class="rv rv-drafts"><tr>'
            f"{''.join(f'<th>{escape(c)}</th>' for c in cols)}</tr>{body}</table></div>"
        )
    return "".join(parts) or f'<p class="note">{escape(tr("review_no_rows", lang))}</p>'


def review_sections(
    doc: dict, rows: dict[str, list[dict]] | None = None, lang: str = "zh", drafts: bool = True
) -> str:
    """The review's body: summary, notes, legend, the marked text, claims, figures, drafts
    (its own CSS inline, so it renders the same in a page and in a notebook)."""
    summary = doc.get("summary", {})
    join = "，".join if lang == "zh" else ", ".join
    summary_text = join(f"{_status(s, lang)} {n}" for s, n in summary.items() if n)
    notes = "".join(f"<li>{escape(n)}</li>" for n in doc.get("notes", []))
    draft_part = (
        (
            f"<h2>{escape(tr('review_rows', lang))}</h2>"
            f'<p class="note">{escape(tr("review_rows_note", lang))}</p>'
            f"{_drafts(rows or {}, lang)}"
        )
        if drafts
        else ""
    )
    return f"""<style>{_CSS}</style><div class="zmd-review">
<p class="finding"><b>{
        escape(
            tr(
                "review_summary",
                lang,
                figures=len(doc["figures"]),
                claims=len(doc["claims"]),
                summary=summary_text,
            )
        )
    }</b></p>
{f'<ul class="notes">{notes}</ul>' if notes else ""}
<p class="legend"><mark class="fig"><sup>n</sup>{escape(tr("review_legend_figure", lang))}</mark>
<mark class="fig in-claim">{escape(tr("review_legend_claim", lang))}</mark>
<mark class="unknown">{escape(tr("review_legend_unknown", lang))}</mark></p>
<h2>{escape(tr("review_text", lang))}</h2>
<div class="article" lang="zh-Hans">{_marked_text(doc)}</div>
<h2>{escape(tr("review_claims", lang))}</h2>
{_claims_table(doc, lang)}
<h2>{escape(tr("review_figures", lang))}</h2>
{_figures_table(doc, lang)}
{draft_part}</div>"""


def review_title(doc: dict, lang: str = "zh") -> tuple[str, str]:
    """The page's title and its one-line purpose."""
    src = doc["source"]
    date = src.get("date") or tr("review_date_unknown", lang)
    name = src.get("title", "")
    return (
        tr("review_title", lang, title=name if lang == "zh" else f"“{name}”"),
        tr(
            "review_purpose",
            lang,
            source=src.get("source_id", ""),
            date=date,
            confidence=src.get("date_confidence") or "",
            region=src.get("region_id") or "",
        ),
    )


def review_page(doc: dict, rows: dict[str, list[dict]] | None = None, lang: str = "zh") -> str:
    """The whole review page as one offline HTML string."""
    title, purpose = review_title(doc, lang)
    lang_attr = "zh-Hans" if lang == "zh" else "en"
    return f"""<!DOCTYPE html>
<html lang="{lang_attr}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{report_css()} body {{ max-width: 980px; }}</style></head><body>
<h1 class="report-title">{escape(title)}</h1>
<p class="purpose">{escape(purpose)}</p>
{review_sections(doc, rows, lang)}
</body></html>
"""
