"""``reports/index.html`` (Chinese) and ``reports/index.en.html`` (English): the reports
grouped by article (a source with claims), each article's claims summary shown once,
then by theme (the notebook a report runs); per report its parameters, build time,
data version, status and links (including the executed notebook of a failed run).
A banner at the top names every report whose last run failed."""

from __future__ import annotations

from html import escape

from ..report.labels import tally_label
from ..report.style import report_css
from ..report.texts import tr
from .files import write_atomic

PAGES = {"zh": "index.html", "en": "index.en.html"}
#: the claims explorer (:mod:`.explorer_page`), linked from each index
EXPLORER = {"zh": "claims.html", "en": "claims.en.html"}


def _links(name: str, rec: dict, bd, lang: str) -> str:
    links = []
    for ext, text in (("html", "HTML"), ("pdf", "PDF"), ("ipynb", "ipynb")):
        if bd.output(name, ext).exists():
            links.append(f'<a href="{escape(name)}.{ext}">{text}</a>')
    if rec.get("last_failure") and rec.get("failed_notebook"):
        links.append(
            f'<a class="failed" href="{escape(rec["failed_notebook"])}">'
            f"{escape(tr('index_failed_run', lang))}</a>"
        )
    return " · ".join(links) or "—"


def _claims(summary: dict, lang: str) -> str:
    """An article's claims counted as its pages and the explorer count them
    (:data:`..analysis.claims.TALLY`)."""
    from ..analysis.claims import TALLY  # here: the claims engine imports pandas

    return (
        " · ".join(f"{tally_label(k, lang)} {summary[k]}" for k in TALLY if summary.get(k)) or "—"
    )


def _row(name: str, rec: dict | None, bd, lang: str) -> str:
    if rec is None:
        return (
            f"<tr><td>{escape(name)}</td>"
            f"<td colspan=5>{escape(tr('index_not_built', lang))}</td></tr>"
        )
    params = " ".join(
        f"<code>{escape(k)}={escape(str(v))}</code>" for k, v in rec.get("params", {}).items()
    )
    failed = bool(rec.get("last_failure"))
    failure = f'<div class="failure">{escape(rec["last_failure"])}</div>' if failed else ""
    status = tr("index_failed" if failed else "index_ok", lang)
    return (
        f'<tr class="{"failed" if failed else "ok"}"><td><b>{escape(rec.get("title") or name)}</b>'
        f"<br><small>{escape(name)} · {escape(rec.get('notebook', ''))}</small>{failure}</td>"
        f"<td>{params}</td><td>{escape(rec.get('built_at', '') or '—')}</td>"
        f"<td><code>{escape(rec.get('data_version', '') or '—')}</code></td>"
        f"<td>{escape(status)}</td><td>{_links(name, rec, bd, lang)}</td></tr>"
    )


def _article_heading(source: str, recs: list[dict | None], lang: str) -> str:
    from ..access.observations import source_record  # here: these import pandas
    from ..report.citations import source_publisher, source_title
    from ..report.formatting import source_date

    try:
        meta = source_record(source)
        date = source_date(meta["date"], meta.get("date_confidence", ""), lang)
        title = (
            f"{source_publisher(meta, lang)}, {source_title(meta, lang, quote_original=True)}, {date}"
            if lang == "en"
            else f"{meta['publisher']} {date}：{meta['title']}"
        )
    except Exception:  # the source left the data since the report was built
        title = source
    summary: dict = next((r["claims"] for r in recs if r and r.get("claims")), {})
    return (
        f'<h2>{escape(title)}</h2><p class="claims-summary">'
        f"{escape(tr('index_claims_summary', lang, summary=_claims(summary, lang)))}</p>"
    )


def _theme_heading(recs: list[dict | None], notebook: str, lang: str) -> str:
    """A theme is a notebook; it is named by the title of one of its reports, preferably
    one in the index's language."""
    titles = [r.get("title") for r in recs if r and r.get("params", {}).get("lang", "zh") == lang]
    titles += [r.get("title") for r in recs if r]
    return f"<h3>{escape(next((t for t in titles if t), notebook))}</h3>"


def in_language(rec: dict | None, lang: str) -> bool:
    """Whether a report belongs to the index in ``lang``: a report in that language (its
    ``lang`` parameter, Chinese by default), or one not built yet. Each index links to pages
    in its own language only."""
    return rec is None or rec.get("params", {}).get("lang", "zh") == lang


def _page(bd, all_names: list[str], state: dict, data_version: str, lang: str) -> str:
    names = [n for n in all_names if in_language(state.get(n), lang)]
    articles: dict[str, list[str]] = {}
    themes: dict[str, list[str]] = {}
    for name in names:
        rec = state.get(name) or {}
        source = rec.get("params", {}).get("source", "")
        if source:
            articles.setdefault(source, []).append(name)
        else:
            themes.setdefault(rec.get("notebook", "") or name, []).append(name)
    cols = (
        "index_col_report",
        "index_col_params",
        "index_col_built",
        "index_col_data",
        "index_col_status",
        "index_col_files",
    )
    head = (
        '<table class="index"><thead><tr>'
        + "".join(f"<th>{escape(tr(c, lang))}</th>" for c in cols)
        + "</tr></thead><tbody>"
    )

    def table(members: list[str]) -> str:
        return head + "".join(_row(n, state.get(n), bd, lang) for n in members) + "</tbody></table>"

    sections = [
        _article_heading(s, [state.get(n) for n in m], lang) + table(m) for s, m in articles.items()
    ]
    if themes:
        sections.append(f"<h2>{escape(tr('index_themes', lang))}</h2>")
        sections += [
            _theme_heading([state.get(n) for n in m], nb, lang) + table(m)
            for nb, m in themes.items()
        ]
    # the banner names every failed report, in either language; one this index does not
    # list is followed by the executed notebook of its failed run
    failed = [n for n in all_names if (state.get(n) or {}).get("last_failure")]
    sep = "、" if lang == "zh" else ", "
    elsewhere = " ".join(
        f'<a class="failed" href="{escape(rec["failed_notebook"])}">{escape(n)}.ipynb</a>'
        for n in failed
        if n not in names and (rec := state.get(n) or {}).get("failed_notebook")
    )
    alert = (
        f'<p class="failure banner">{escape(tr("index_failed_list", lang, names=sep.join(failed)))}'
        f"{' ' + elsewhere if elsewhere else ''}</p>"
        if failed
        else f'<p class="ok-all">{escape(tr("index_all_ok", lang))}</p>'
    )
    other = "en" if lang == "zh" else "zh"
    return f"""<!DOCTYPE html>
<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">
<title>zmd-report · {escape(tr("index_title", lang))}</title>
<style>{report_css()}
body {{ max-width: 1100px; }} tr.failed td {{ background: #fdedec; }}
.failure {{ color: #c0392b; font-size: 13px; margin-top: 4px; }}
p.banner {{ font-size: 15px; font-weight: bold; }}
.lang-switch {{ float: right; font-size: 13px; }}</style></head>
<body><a class="lang-switch" href="{PAGES[other]}" hreflang="{other}">{escape(tr("index_other_language", lang))}</a>
<h1 class="report-title">{escape(tr("index_title", lang))}</h1>
<p class="purpose">{escape(tr("index_purpose", lang, version=data_version))}</p>
<p class="explorer"><a href="{EXPLORER[lang]}">{escape(tr("index_explorer", lang))}</a> · {escape(tr("index_verdicts_data", lang))} <a href="verdicts.csv">verdicts.csv</a> <a href="verdicts.json">verdicts.json</a></p>
{alert}
{"".join(sections)}
</body></html>
"""


def write_index(bd, names: list[str], state: dict, data_version: str) -> None:
    """Write the index in both languages, each listing the reports in its language
    (config order within each group)."""
    for lang, fname in PAGES.items():
        write_atomic(bd.out / fname, _page(bd, names, state, data_version, lang), bd.tmp)
