"""Printing: the table of contents links to its sections in the HTML and in the PDF, and
no chart is split across two PDF pages."""

from __future__ import annotations

import json
import re
import subprocess
from html import unescape

import pytest

from zmd_analysis.publish import build as builder
from zmd_analysis.publish.config import load_config

REPORTS = ["01-key-projects", "07-context", "00-overview-en"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("print")
    result = builder.build(load_config(), out, only=REPORTS, log=lambda m: None)
    assert result.exit_code == 0, [o.message for o in result.failed]
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(pdf) -> list[str]:
    n = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout,
        ).group(1)
    )
    return [
        _squash(
            subprocess.run(
                ["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"],
                capture_output=True,
                text=True,
            ).stdout
        )
        for i in range(1, n + 1)
    ]


def _objects(raw: bytes) -> dict[int, bytes]:
    return {
        int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", raw, re.S)
    }


def _pdf_links(pdf) -> tuple[list[str], dict[str, int]]:
    """The named destinations that link annotations point to, and the page (1-based) each
    named destination lands on. Chromium writes these objects uncompressed."""
    raw = pdf.read_bytes()
    objs = _objects(raw)
    kids = [
        int(k)
        for k in re.findall(
            rb"(\d+) 0 R", re.search(rb"/Type /Pages.*?/Kids \[(.*?)\]", raw, re.S).group(1)
        )
    ]
    links = [m.decode() for m in re.findall(rb"/Subtype /Link.*?/Dest /([\w-]+)", raw, re.S)]
    dests_obj = int(re.search(rb"/Dests (\d+) 0 R", raw).group(1))
    dests = {
        name.decode(): kids.index(int(page)) + 1
        for name, page in re.findall(rb"/([\w-]+) \[(\d+) 0 R /XYZ", objs[dests_obj])
    }
    return links, dests


@pytest.mark.parametrize("name", REPORTS)
def test_contents_link_to_their_sections_in_html_and_pdf(built, name):
    html = (built / f"{name}.html").read_text(encoding="utf-8")
    toc = re.findall(r'<li class="toc-h\d"><a href="#([^"]+)">([^<]+)</a>', html)
    assert len(toc) >= 2
    for anchor, text in toc:  # every entry has its target in the page
        assert re.search(rf'<h\d id="{anchor}">{re.escape(text)}</h\d>', html)
    links, dests = _pdf_links(built / f"{name}.pdf")
    assert links == [a for a, _ in toc]  # each entry is a live link in the PDF
    pages = _pages(built / f"{name}.pdf")
    for anchor, text in toc:  # ... landing on the page of its heading
        assert _squash(unescape(text)) in pages[dests[anchor] - 1], (anchor, text)


@pytest.mark.parametrize("name", REPORTS)
def test_no_chart_is_split_across_pages(built, name):
    """A chart's title and the last line of its source note are on the same PDF page."""
    html = (built / f"{name}.html").read_text(encoding="utf-8")
    figs = json.loads(re.search(r'id="plotly-data">(.*?)</script>', html, re.S).group(1))
    pages = _pages(built / f"{name}.pdf")
    assert figs
    for fig in figs.values():
        title = _squash(fig["layout"]["title"]["text"])
        note = next(
            a["text"]
            for a in fig["layout"]["annotations"]
            if a["text"].startswith(("来源", "Sources"))
        )
        last_line = _squash(note.split("<br>")[-1])
        on = [i for i, p in enumerate(pages) if title in p]
        assert on, f"chart {title} not found in the PDF"
        assert any(last_line in pages[i] for i in on), f"chart {title} is split across pages"
