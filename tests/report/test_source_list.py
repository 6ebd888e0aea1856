"""The source list at the end of every report: each source's reader note is shown in the
reader's language, the curator's note never."""

import pytest

from zmd_analysis.report import show


@pytest.fixture
def shown(monkeypatch):
    out: list[str] = []
    monkeypatch.setattr(show, "_show", out.append)
    return out


def test_reader_notes_are_listed_in_the_readers_language(shown):
    show.sources(["zmd-gov-20200922", "ny-lianghui-20220211", "zmd-tjgb-2021"], "zh")
    show.sources(["zmd-gov-20200922", "ny-lianghui-20220211"], "en")
    zh, en = shown
    assert "2020-09-22（转载）。仅录入通报前几部分（摘录）。" in zh
    assert "标题系审阅者概括，非原文标题。" in zh
    assert "Excerpt: only the first sections of the bulletin were transcribed." in en
    assert "Title supplied by a reviewer, not the printed title." in en
    # a source without a reader's note adds nothing after its entry
    assert "（转载）。 <span" in zh.split("驻马店市统计局")[1]
    # the curator's note (how the text was read) stays out of the reports
    assert "re-post of the official communiqué" not in zh
    assert "驻马店广视网 re-post" not in en and "excerpt held (first sections)" not in en
