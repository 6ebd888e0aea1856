"""``reports/claims.html`` (Chinese) and ``reports/claims.en.html`` (English): every claim
of every article in one table, filterable by article, kind, verdict and year, sortable by
any column, with counts per verdict; each claim links to its permalink. One offline file:
the table is HTML, the filters a few lines of inline script (no library, no CDN)."""

from __future__ import annotations

from html import escape

from ..analysis.verdict_table import claim_label
from ..report.citations import source_publisher
from ..report.formatting import source_date
from ..report.labels import label
from ..report.style import report_css
from ..report.texts import tr
from .files import script_json
from .index_page import EXPLORER as PAGES
from .index_page import PAGES as INDEX_PAGES

_SCRIPT = """
(function () {
  var table = document.getElementById('claims');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var selects = document.querySelectorAll('select[data-filter]');
  var statusNames = JSON.parse(document.getElementById('status-names').textContent);
  var counts = document.getElementById('counts');
  function apply() {
    var shown = 0, per = {};
    rows.forEach(function (r) {
      var ok = Array.prototype.every.call(selects, function (s) {
        return !s.value || r.dataset[s.dataset.filter] === s.value;
      });
      r.hidden = !ok;
      if (ok) { shown += 1; per[r.dataset.status] = (per[r.dataset.status] || 0) + 1; }
    });
    var parts = Object.keys(statusNames).filter(function (k) { return per[k]; })
      .map(function (k) { return statusNames[k] + ' ' + per[k]; });
    counts.textContent = counts.dataset.template.replace('{shown}', shown)
      .replace('{n}', rows.length) + parts.join(' · ');
  }
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, i) {
    th.querySelector('button').addEventListener('click', function () {
      var up = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var numeric = th.dataset.type === 'number';
      var key = function (r) { var v = r.cells[i].dataset.sort; return numeric ? Number(v) : v; };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var c = numeric ? x - y : x.localeCompare(y, document.documentElement.lang);
        return up ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  apply();
})();
"""


def _article(r: dict, lang: str) -> str:
    """The article as publisher and date, the date as every page shows it (inferred or
    unknown said so)."""
    return f"{source_publisher(r, lang)} {source_date(r['published'], r['date_confidence'], lang)}"


def _link(r: dict, lang: str) -> str:
    """The claim's label, linked to its place in the claims check of the page's language
    (or of the other, said so, when only that one is built)."""
    other = "zh" if lang == "en" else "en"
    text = escape(claim_label(r, lang))
    href = r[f"permalink_{lang}"] or r[f"permalink_{other}"]
    if not href:
        return text
    # the explorer sits next to the reports: it links to their files directly, also when
    # the permalinks are absolute (a base_url), so it works offline
    href = href.rsplit("/", 1)[-1]
    missing = (
        ""
        if r[f"permalink_{lang}"]
        else f" <small>{escape(tr('explorer_no_report', lang))}</small>"
    )
    return f'<a class="claim-link" href="{escape(href)}">{text}</a>{missing}'


#: the columns: (name, sorts as numbers)
COLUMNS = (
    ("article", False),
    ("year", True),
    ("claim", False),
    ("kind", False),
    ("status", True),
    ("plausibility", False),
    ("independent", False),
)


def _row(r: dict, lang: str, severity: list[str]) -> str:
    attrs = {
        "id": f"row-{r['claim_id']}",
        "class": f"claim {r['status']} {r['plausibility']}",
        "data-article": r["source_id"],
        "data-kind": r["kind"],
        "data-status": r["status"],
        "data-year": str(r["year"]),
    }
    kind, status = label("kind", r["kind"], lang), label("status", r["status"], lang)
    if r["trivial"]:  # reproduced, but only a part within its whole: no finding
        status += ("；" if lang == "zh" else "; ") + tr("claims_trivial_bar", lang)
    plausibility = label("plausibility", r["plausibility"], lang)
    independent = label("independent", r["independent"], lang)
    # (cell HTML, sort key, CSS class): an article sorts by date, a verdict by severity
    cells = [
        (escape(_article(r, lang)), f"{r['published']} {source_publisher(r, lang)}", ""),
        (str(r["year"]), str(r["year"]), ""),
        (_link(r, lang), claim_label(r, lang), ""),
        (escape(kind), kind, ""),
        (escape(status), str(severity.index(r["status"])), "status"),
        (escape(plausibility), plausibility, ""),
        (escape(independent), independent, ""),
    ]
    tds = "".join(
        f'<td data-sort="{escape(key)}"' + (f' class="{css}"' if css else "") + f">{html}</td>"
        for html, key, css in cells
    )
    attr = " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items())
    return f"<tr {attr}>{tds}</tr>"


def _select(name: str, options: list[tuple[str, str]], lang: str) -> str:
    head = escape(label("explorer_column", name, lang))
    opts = f'<option value="">{escape(tr("explorer_all", lang))}</option>' + "".join(
        f'<option value="{escape(v)}">{escape(t)}</option>' for v, t in options
    )
    return f'<label>{head} <select data-filter="{name}" name="{name}">{opts}</select></label>'


def page(rows: list[dict], lang: str) -> str:
    """The explorer in ``lang``, from the verdict rows (:mod:`..analysis.verdict_table`)."""
    from ..analysis.claims import SEVERITY, STATUSES  # here: the engine imports pandas

    articles = dict.fromkeys((r["source_id"], _article(r, lang)) for r in rows)
    kinds = dict.fromkeys(r["kind"] for r in rows)
    statuses = [s for s in STATUSES if any(r["status"] == s for r in rows)]
    years = sorted({r["year"] for r in rows})
    filters = " ".join(
        [
            _select("article", list(articles), lang),
            _select("kind", [(k, label("kind", k, lang)) for k in kinds], lang),
            _select("status", [(s, label("status", s, lang)) for s in statuses], lang),
            _select("year", [(str(y), str(y)) for y in years], lang),
        ]
    )
    head = "".join(
        f'<th scope="col"{" data-type=" + chr(34) + "number" + chr(34) if numeric else ""}>'
        f'<button type="button">{escape(label("explorer_column", c, lang))}</button></th>'
        for c, numeric in COLUMNS
    )
    body = "".join(_row(r, lang, list(SEVERITY)) for r in rows)
    names = script_json({s: label("status", s, lang) for s in STATUSES})
    first = rows[0] if rows else {"data_version": "", "data_date": ""}
    other = "en" if lang == "zh" else "zh"
    data_links = " ".join(
        f'<a href="{f}">{f}</a>' for f in ("verdicts.csv", "verdicts.json", "verdicts.schema.json")
    )
    return f"""<!DOCTYPE html>
<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">
<title>zmd-report · {escape(tr("explorer_title", lang))}</title>
<style>{report_css()}
body {{ max-width: 1100px; }}
.filters label {{ margin-right: 14px; font-size: 13px; white-space: nowrap; }}
.filters select {{ font: inherit; max-width: 22em; }}
#counts {{ font-size: 13px; color: var(--muted); }}
table.explorer th button {{ font: inherit; font-weight: 700; color: inherit; background: none;
  border: 0; padding: 0; cursor: pointer; text-align: left; }}
table.explorer th[aria-sort=ascending] button::after {{ content: " ▲"; }}
table.explorer th[aria-sort=descending] button::after {{ content: " ▼"; }}
table.explorer td {{ white-space: normal; }}
table.explorer td:first-child {{ min-width: 9em; }}
table.explorer td:nth-child(3) {{ min-width: 14em; }}
table.explorer td.status {{ font-weight: 700; }}
tr.implausible_at_face_value td {{ background: #fef5e7; }}
.lang-switch {{ float: right; font-size: 13px; }}
@media print {{ .filters {{ display: none; }} }}</style></head>
<body><a class="lang-switch" href="{PAGES[other]}" hreflang="{other}">{escape(tr("index_other_language", lang))}</a>
<h1 class="report-title">{escape(tr("explorer_title", lang))}</h1>
<p class="purpose">{escape(tr("explorer_purpose", lang, version=first["data_version"], date=first["data_date"]))}</p>
<p class="note"><a href="{INDEX_PAGES[lang]}">{escape(tr("explorer_back", lang))}</a> · {escape(tr("index_verdicts_data", lang))} {data_links}</p>
<form class="filters" onsubmit="return false">{filters}</form>
<p id="counts" aria-live="polite" data-template="{escape(tr("explorer_shown", lang, n="{n}", shown="{shown}"))}"></p>
<table class="explorer" id="claims"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
<script type="application/json" id="status-names">{names}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
