"""The index and the reports English readers get: every theme report is built in both
languages, and the English index names its themes in English."""

import re

from zmd_analysis.publish.config import load_config
from zmd_analysis.publish.index_page import _theme_heading

CJK = re.compile(r"[\u3400-\u9fff]")


def test_every_theme_report_is_built_in_both_languages():
    specs = load_config(inspect=False)
    themes = {s.notebook for s in specs if "source" not in s.params and s.notebook != "08_intake"}
    assert len(themes) == 6
    for nb in themes:
        langs = {s.params.get("lang", "zh") for s in specs if s.notebook == nb}
        assert langs == {"zh", "en"}, nb


def test_every_article_has_its_overview_and_claims_check_in_both_languages():
    import zmd_analysis as z
    from zmd_analysis.publish.config import ARTICLE_REPORTS

    specs = load_config(inspect=False)
    for source in z.articles():
        built = {
            (s.notebook, s.params.get("lang", "zh"))
            for s in specs
            if s.params.get("source") == source
        }
        wanted = {(nb, lang) for nb in ARTICLE_REPORTS.values() for lang in ("zh", "en")}
        assert built == wanted, source


def test_the_english_index_names_a_theme_by_its_english_report():
    recs = [
        {"title": "重点工业项目：进度", "params": {"lang": "zh"}},
        {"title": "Key industrial projects: progress", "params": {"lang": "en"}},
    ]
    en, zh = _theme_heading(recs, "01_key_projects", "en"), _theme_heading(recs, "01", "zh")
    assert en == "<h3>Key industrial projects: progress</h3>" and not CJK.search(en)
    assert "重点工业项目" in zh
