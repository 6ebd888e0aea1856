"""``reports/index.html``: every report with its parameters, build time, data version,
claims summary and links (including the executed notebook of a failed run)."""
from __future__ import annotations

from html import escape

from .claims import STATUS_LABELS, STATUSES
from .files import report_css, write_atomic


def _links(name: str, rec: dict, bd) -> str:
    links = []
    for ext, label in (("html", "HTML"), ("pdf", "PDF"), ("ipynb", "ipynb")):
        if bd.output(name, ext).exists():
            links.append(f'<a href="{escape(name)}.{ext}">{label}</a>')
    if rec.get("last_failure") and rec.get("failed_notebook"):
        links.append(f'<a class="failed" href="{escape(rec["failed_notebook"])}">失败记录</a>')
    return " · ".join(links) or "—"


def _claims(summary: dict) -> str:
    if not summary:
        return "—"
    return " · ".join(f"{STATUS_LABELS['zh'][s]} {summary.get(s, 0)}" for s in STATUSES
                      if summary.get(s))


def write_index(bd, names: list[str], state: dict, data_version: str) -> None:
    rows = []
    for name in names:
        rec = state.get(name)
        if rec is None:
            rows.append(f"<tr><td>{escape(name)}</td><td colspan=6>尚未生成</td></tr>")
            continue
        params = " ".join(f"<code>{escape(k)}={escape(str(v))}</code>"
                          for k, v in rec.get("params", {}).items())
        status = "失败" if rec.get("last_failure") else "正常"
        failure = (f'<div class="failure">{escape(rec["last_failure"])}</div>'
                   if rec.get("last_failure") else "")
        rows.append(
            f'<tr class="{"failed" if failure else "ok"}"><td><b>{escape(rec.get("title") or name)}</b>'
            f"<br><small>{escape(name)} · {escape(rec.get('notebook', ''))}</small>{failure}</td>"
            f"<td>{params}</td><td>{escape(rec.get('built_at', '') or '—')}</td>"
            f"<td><code>{escape(rec.get('data_version', '') or '—')}</code></td>"
            f"<td>{escape(_claims(rec.get('claims', {})))}</td><td>{status}</td>"
            f"<td>{_links(name, rec, bd)}</td></tr>")
    css = report_css()
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>zmd-report 报告索引</title>
<style>{css}
body {{ max-width: 1100px; }} tr.failed td {{ background: #fdedec; }}
.failure {{ color: #c0392b; font-size: 12px; margin-top: 4px; }}</style></head>
<body><h1 class="report-title">驻马店工业发展数字复核：报告索引</h1>
<p class="purpose">依据《驻马店日报》2021年6月2日01版。当前数据版本 <code>{escape(data_version)}</code>。</p>
<table class="index"><thead><tr><th>报告</th><th>参数</th><th>生成时间 (UTC)</th><th>数据版本</th>
<th>核查摘要</th><th>状态</th><th>文件</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table></body></html>
"""
    write_atomic(bd.out / "index.html", page, bd.tmp)
