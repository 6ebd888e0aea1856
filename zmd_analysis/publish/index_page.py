"""``reports/index.html``: the reports grouped by article (a source with claims), each
article's claims summary shown once, then the theme reports; per report its parameters,
build time, data version, status and links (including the executed notebook of a failed
run)."""
from __future__ import annotations

from html import escape

from ..analysis.claims import STATUSES
from ..report.labels import label
from ..report.style import report_css
from .files import write_atomic


def _links(name: str, rec: dict, bd) -> str:
    links = []
    for ext, text in (("html", "HTML"), ("pdf", "PDF"), ("ipynb", "ipynb")):
        if bd.output(name, ext).exists():
            links.append(f'<a href="{escape(name)}.{ext}">{text}</a>')
    if rec.get("last_failure") and rec.get("failed_notebook"):
        links.append(f'<a class="failed" href="{escape(rec["failed_notebook"])}">失败记录</a>')
    return " · ".join(links) or "—"


def _claims(summary: dict) -> str:
    return " · ".join(f"{label('status', s)} {summary[s]}" for s in STATUSES
                      if summary.get(s)) or "—"


def _row(name: str, rec: dict | None, bd) -> str:
    if rec is None:
        return f"<tr><td>{escape(name)}</td><td colspan=5>尚未生成</td></tr>"
    params = " ".join(f"<code>{escape(k)}={escape(str(v))}</code>"
                      for k, v in rec.get("params", {}).items())
    failed = bool(rec.get("last_failure"))
    failure = f'<div class="failure">{escape(rec["last_failure"])}</div>' if failed else ""
    return (f'<tr class="{"failed" if failed else "ok"}"><td><b>{escape(rec.get("title") or name)}</b>'
            f"<br><small>{escape(name)} · {escape(rec.get('notebook', ''))}</small>{failure}</td>"
            f"<td>{params}</td><td>{escape(rec.get('built_at', '') or '—')}</td>"
            f"<td><code>{escape(rec.get('data_version', '') or '—')}</code></td>"
            f"<td>{'失败' if failed else '正常'}</td><td>{_links(name, rec, bd)}</td></tr>")


def _article_heading(source: str, recs: list[dict]) -> str:
    from ..access.observations import source_record
    try:
        meta = source_record(source)
        title = f"{meta['publisher']} {meta['date']}：{meta['title']}"
    except Exception:  # the source left the data since the report was built
        title = source
    summary = next((r.get("claims") for r in recs if r and r.get("claims")), {})
    return (f'<h2>{escape(title)}</h2><p class="claims-summary">核查摘要：'
            f"{escape(_claims(summary))}</p>")


def write_index(bd, names: list[str], state: dict, data_version: str) -> None:
    groups: dict[str, list[str]] = {}
    for name in names:
        source = (state.get(name) or {}).get("params", {}).get("source", "")
        groups.setdefault(source, []).append(name)
    head = ("<table class=\"index\"><thead><tr><th>报告</th><th>参数</th><th>生成时间 (UTC)</th>"
            "<th>数据版本</th><th>状态</th><th>文件</th></tr></thead><tbody>")
    sections = []
    failed = [n for n in names if (state.get(n) or {}).get("last_failure")]
    for source in sorted(groups, key=lambda s: s == ""):  # config order, theme reports last
        members = groups[source]
        title = (_article_heading(source, [state.get(n) for n in members]) if source
                 else "<h2>专题报告</h2>")
        rows = "".join(_row(n, state.get(n), bd) for n in members)
        sections.append(f"{title}{head}{rows}</tbody></table>")
    alert = (f'<p class="failure">失败的报告：{escape("、".join(failed))}（上次成功的版本仍保留）</p>'
             if failed else '<p class="ok-all">全部报告生成成功。</p>')
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>zmd-report 报告索引</title>
<style>{report_css()}
body {{ max-width: 1100px; }} tr.failed td {{ background: #fdedec; }}
.failure {{ color: #c0392b; font-size: 13px; margin-top: 4px; }}</style></head>
<body><h1 class="report-title">数字复核报告索引</h1>
<p class="purpose">按文章分组；每篇文章的核查摘要只列一次。当前数据版本 <code>{escape(data_version)}</code>。</p>
{alert}
{"".join(sections)}
</body></html>
"""
    write_atomic(bd.out / "index.html", page, bd.tmp)
