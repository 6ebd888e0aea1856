"""``reports/claims.html`` (Chinese) and ``reports/claims.en.html`` (English): every claim
of every article in one table, per claim its name, the figures as printed, the recomputed
figure with its range, the verdict, the scale test and where it stands in the text, linked
to its row (with the workings) in the claims check of the page's language. Filterable by
article, kind, verdict, scale test and year, searchable by a word, sortable by any column,
with the count per verdict of the rows shown, counted as the index and the pages count
(:data:`..analysis.claims.TALLY`). One offline file: the table is HTML, the filters a few
lines of inline script (no library, no CDN)."""

from __future__ import annotations

from html import escape

from ..report.citations import source_publisher
from ..report.formatting import locator, source_date
from ..report.labels import label, tally_label
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
  var search = document.getElementById('search');
  var names = JSON.parse(document.getElementById('verdict-names').textContent);
  var counts = document.getElementById('counts');
  function apply() {
    var shown = 0, per = {};
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    rows.forEach(function (r) {
      var ok = Array.prototype.every.call(selects, function (s) {
        return !s.value || r.dataset[s.dataset.filter] === s.value;
      }) && words.every(function (w) { return r.dataset.text.indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) { shown += 1; per[r.dataset.verdict] = (per[r.dataset.verdict] || 0) + 1; }
    });
    var parts = Object.keys(names).filter(function (k) { return per[k]; })
      .map(function (k) { return names[k] + ' ' + per[k]; });
    counts.textContent = counts.dataset.template.replace('{shown}', shown)
      .replace('{n}', rows.length) + parts.join(' · ');
  }
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  search.addEventListener('input', apply);
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


def _claim(r: dict, lang: str) -> str:
    """The claim's name, linked to its row in the claims check of the page's language
    (said so when that report is not built: never a link to a page in the other
    language), its kind, and its workings to unfold."""
    name = escape(r[f"name_{lang}"])
    href = r[f"permalink_{lang}"]
    if href:
        # the explorer sits next to the reports: it links to their files directly, also
        # when the permalinks are absolute (a base_url), so it works offline
        head = f'<a class="claim-link" href="{escape(href.rsplit("/", 1)[-1])}">{name}</a>'
    else:
        head = f"{name} <small>{escape(tr('explorer_no_report', lang))}</small>"
    return (
        f'{head}<div class="kind">{escape(label("kind", r["kind"], lang))}</div>'
        f"<details><summary>{escape(tr('explorer_workings', lang))}</summary>"
        f'<p class="workings">{escape(r[f"workings_{lang}"])}</p></details>'
    )


def verdict_text(r: dict, lang: str) -> str:
    """The verdict as the claims check words it: the count it goes into, and what an
    independent source says when it says something."""
    from ..analysis.claims import tally_key

    words = [tally_label(tally_key(r["status"], r["trivial"]), lang)]
    if r["independent"] != "silent":
        words.append(label("independent", r["independent"], lang))
    return ("；" if lang == "zh" else "; ").join(words)


#: the columns: (name, sorts as numbers)
COLUMNS = (
    ("article", False),
    ("year", True),
    ("claim", False),
    ("printed", False),
    ("recomputed", False),
    ("status", True),
    ("plausibility", False),
    ("locator", False),
)


def _row(r: dict, lang: str, severity: list[str]) -> str:
    from ..analysis.claims import tally_key

    verdict = verdict_text(r, lang)
    plausibility = label("plausibility", r["plausibility"], lang)
    where = locator(r["locator"], lang) or "—"
    article = _article(r, lang)
    # what a search looks through: the claim in words and as printed, its figures, the
    # article, the workings
    text = " ".join(
        [
            r[f"name_{lang}"],
            r[f"label_{lang}"] if lang == "zh" else "",
            r[f"printed_{lang}"],
            r[f"recomputed_{lang}"],
            article,
            r[f"workings_{lang}"],
            where,
        ]
    ).lower()
    attrs = {
        "id": f"row-{r['claim_id']}",
        "class": f"claim {r['status']} {r['plausibility']}",
        "data-article": r["source_id"],
        "data-kind": r["kind"],
        "data-status": r["status"],
        "data-verdict": tally_key(r["status"], r["trivial"]),
        "data-plausibility": r["plausibility"],
        "data-year": str(r["year"]),
        "data-text": text,
    }
    # (cell HTML, sort key, CSS class): an article sorts by date, a verdict by severity
    cells = [
        (escape(article), f"{r['published']} {source_publisher(r, lang)}", ""),
        (str(r["year"]), str(r["year"]), ""),
        (_claim(r, lang), r[f"name_{lang}"], "claim"),
        (escape(r[f"printed_{lang}"] or "—"), r[f"printed_{lang}"], "printed"),
        (escape(r[f"recomputed_{lang}"] or "—"), r[f"recomputed_{lang}"], "recomputed"),
        (escape(verdict), str(severity.index(r["status"])), "status"),
        (escape(plausibility), plausibility, "plausibility"),
        (escape(where), where, "locator"),
    ]
    tds = "".join(
        f'<td data-sort="{escape(key)}"' + (f' class="{css}"' if css else "") + f">{html}</td>"
        for html, key, css in cells
    )
    attr = " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items())
    return f"<tr {attr}>{tds}</tr>"


def _select(name: str, options: list[tuple[str, str]], lang: str, field: str = "") -> str:
    """A filter on the rows' ``data-<field>`` (``name`` by default)."""
    head = escape(label("explorer_column", name, lang))
    opts = f'<option value="">{escape(tr("explorer_all", lang))}</option>' + "".join(
        f'<option value="{escape(v)}">{escape(t)}</option>' for v, t in options
    )
    return (
        f'<label>{head} <select data-filter="{field or name}" name="{name}">{opts}</select></label>'
    )


def page(rows: list[dict], lang: str) -> str:
    """The explorer in ``lang``, from the rows of ``verdicts.json``
    (:func:`.verdicts.table_rows`)."""
    from ..access.vocab import Plausibility
    from ..analysis.claims import SEVERITY, TALLY  # here: the engine imports pandas

    articles = dict.fromkeys((r["source_id"], _article(r, lang)) for r in rows)
    kinds = dict.fromkeys(r["kind"] for r in rows)
    years = sorted({r["year"] for r in rows})
    filters = " ".join(
        [
            _select("article", list(articles), lang),
            _select("kind", [(k, label("kind", k, lang)) for k in kinds], lang),
            # every verdict and every outcome of the scale test, also those no claim has yet
            _select("status", [(k, tally_label(k, lang)) for k in TALLY], lang, "verdict"),
            _select(
                "plausibility",
                [(str(p), label("plausibility", p, lang)) for p in Plausibility],
                lang,
            ),
            _select("year", [(str(y), str(y)) for y in years], lang),
            f'<label>{escape(tr("explorer_search", lang))} <input type="search" id="search" '
            f'name="search" placeholder="{escape(tr("explorer_search_hint", lang))}"></label>',
        ]
    )
    head = "".join(
        f'<th scope="col"{" data-type=" + chr(34) + "number" + chr(34) if numeric else ""}>'
        f'<button type="button">{escape(label("explorer_column", c, lang))}</button></th>'
        for c, numeric in COLUMNS
    )
    body = "".join(_row(r, lang, list(SEVERITY)) for r in rows)
    names = script_json({k: tally_label(k, lang) for k in TALLY})
    first = rows[0] if rows else {"data_version": "", "data_date": ""}
    other = "en" if lang == "zh" else "zh"
    data_links = " ".join(
        f'<a href="{f}">{f}</a>' for f in ("verdicts.csv", "verdicts.json", "verdicts.schema.json")
    )
    return f"""<!DOCTYPE html>
<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">
<title>zmd-report · {escape(tr("explorer_title", lang))}</title>
<style>{report_css()}
body {{ max-width: 1280px; }}
.filters label {{ margin-right: 14px; font-size: 13px; white-space: nowrap; line-height: 2; }}
.filters select, .filters input {{ font: inherit; max-width: 22em; }}
.filters input[type=search] {{ width: 16em; }}
#counts {{ font-size: 13px; color: var(--muted); }}
table.explorer th button {{ font: inherit; font-weight: 700; color: inherit; background: none;
  border: 0; padding: 0; cursor: pointer; text-align: left; }}
table.explorer th[aria-sort=ascending] button::after {{ content: " ▲"; }}
table.explorer th[aria-sort=descending] button::after {{ content: " ▼"; }}
table.explorer td {{ white-space: normal; vertical-align: top; }}
table.explorer td:first-child {{ min-width: 8em; }}
table.explorer td.claim {{ min-width: 16em; }}
table.explorer td.printed, table.explorer td.recomputed {{ min-width: 8em; }}
table.explorer td.status {{ font-weight: 700; }}
table.explorer td.plausibility, table.explorer td.locator {{ min-width: 6em; }}
table.explorer .kind {{ font-size: 12px; color: var(--muted); }}
table.explorer details {{ font-size: 13px; }}
table.explorer summary {{ cursor: pointer; color: var(--muted); }}
table.explorer p.workings {{ margin: 4px 0; }}
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
<script type="application/json" id="verdict-names">{names}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
