"""Verdicts as data: the table every build writes (CSV and JSON, valid against the schema),
each claim's permalink, the ClaimReview JSON-LD of the claims-check pages, the explorer
(driven in chromium) and the incremental rewrite of all of them."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

import zmd_analysis as z
from zmd_analysis.access.paths import DEFAULT_DATA_DIR
from zmd_analysis.access.provenance import data_date, data_version, update_checksums
from zmd_analysis.analysis.claims import SEVERITY, check_claims
from zmd_analysis.publish import build as builder
from zmd_analysis.publish import verdicts
from zmd_analysis.publish.config import load_config
from zmd_analysis.report.claim_review import RATING
from zmd_analysis.report.labels import label

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEED = "zmdrb-20210602-p1"
#: the seed's claims check in both languages, every other article's in English only
CONFIG = f"""
[defaults]
formats = ["html"]

[[report]]
name = "06-claims-check"
notebook = "06_claims_check"
params = {{ source = "{SEED}", lang = "zh" }}

[[report]]
name = "06-claims-check-en"
notebook = "06_claims_check"
params = {{ source = "{SEED}", lang = "en" }}
""" + "".join(
    f"""
[[report]]
name = "{source}-claims-en"
notebook = "06_claims_check"
params = {{ source = "{source}", lang = "en" }}

[[report]]
name = "{source}-overview-en"
notebook = "00_overview"
params = {{ source = "{source}", lang = "en" }}
"""
    for source in z.articles()
    if source != SEED
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("verdicts")
    (base / "reports.toml").write_text(CONFIG, encoding="utf-8")
    out = base / "reports"
    result = builder.build(load_config(base / "reports.toml"), out, jobs=2, log=lambda m: None)
    assert not result.failed, [o.message for o in result.outcomes]
    return out


def _json(out: Path) -> dict:
    return json.loads((out / "verdicts.json").read_text(encoding="utf-8"))


# --- the table --------------------------------------------------------------------------


def test_every_claim_of_every_article_is_a_row_valid_against_the_schema(built):
    doc = _json(built)
    jsonschema.validate(doc, json.loads(verdicts.SCHEMA.read_text(encoding="utf-8")))
    claims = z.load_tables().claims
    assert [r["claim_id"] for r in doc["verdicts"]] == list(claims["claim_id"])
    assert {r["source_id"] for r in doc["verdicts"]} == set(z.articles())
    assert len(z.articles()) >= 3
    assert doc["data_version"] == data_version() and doc["data_date"] == data_date()
    # every id a row uses is named in the lookups
    for r in doc["verdicts"]:
        assert r["source_id"] in doc["sources"] and r["region_id"] in doc["regions"]
        for p in r["printed"]:
            assert p["source_id"] in doc["sources"] and p["indicator_id"] in doc["indicators"]
        assert set(r["independent_sources"]) <= set(doc["sources"])
    assert doc["sources"][SEED]["publisher"] == "驻马店日报"
    assert doc["indicators"]["prov_key_ind_plan_share"]["unit_zh"] == "%"
    # the schema copied next to the table is the one in the package
    assert (built / "verdicts.schema.json").read_bytes() == verdicts.SCHEMA.read_bytes()


def test_the_schema_rejects_a_row_that_breaks_it(built):
    schema = json.loads(verdicts.SCHEMA.read_text(encoding="utf-8"))
    doc = _json(built)
    doc["verdicts"][0]["status"] = "mostly_true"
    with pytest.raises(jsonschema.ValidationError, match="mostly_true"):
        jsonschema.validate(doc, schema)
    doc = _json(built)
    del doc["verdicts"][0]["plausibility"]
    with pytest.raises(jsonschema.ValidationError, match="plausibility"):
        jsonschema.validate(doc, schema)


def test_the_schema_lists_the_codes_closed_sets_and_columns():
    """The schema file is written by hand; its enums and columns are the code's."""
    from typing import get_args

    from zmd_analysis.access import schema as data_schema
    from zmd_analysis.access.vocab import ClaimKind, Independent, Plausibility, Status
    from zmd_analysis.analysis.verdict_table import COLUMNS
    from zmd_analysis.report.verdict_words import COLUMNS as WORDS

    doc = json.loads(verdicts.SCHEMA.read_text(encoding="utf-8"))
    row = doc["properties"]["verdicts"]["items"]
    props = row["properties"]
    assert list(props) == row["required"] == doc["properties"]["columns"]["const"]
    assert list(props) == [*COLUMNS, *WORDS] == list(verdicts.columns())
    enum = {k: set(v["enum"]) for k, v in props.items() if "enum" in v}
    assert enum["status"] == set(Status) and enum["independent"] == set(Independent)
    assert enum["plausibility"] == set(Plausibility) and enum["kind"] == set(ClaimKind)
    assert enum["rounding"] == {"", "half_up", "truncate", "both", "neither"}
    confidence = set(get_args(data_schema.DateConfidence)) - {""}
    assert enum["date_confidence"] == confidence
    qualifier = props["printed"]["items"]["properties"]["qualifier"]["enum"]
    assert set(qualifier) == set(get_args(data_schema.Qualifier))


def test_rows_carry_the_engines_figures_and_statuses(built):
    rows = {r["claim_id"]: r for r in _json(built)["verdicts"]}
    engine = {v.claim_id: v for v in check_claims()}
    for cid, r in rows.items():
        v = engine[cid]
        assert (r["status"], r["plausibility"], r["independent"], r["rounding"]) == (
            v.status,
            v.plausibility,
            v.independent,
            v.rounding,
        )
    plan = rows["zmd21-prov-plan"]
    # 246 亿元 is 51% of the plan: the plan is 246 / 0.51 = 482.35 亿元 (472.1–488.1)
    assert plan["principal"] == "plan"
    assert plan["computed"]["plan"]["value"] == pytest.approx(482.3529, abs=1e-3)
    assert (plan["computed_low"], plan["computed_high"]) == pytest.approx((472.1154, 488.1188))
    assert plan["computed_unit"] == "亿元"
    assert [p["value"] for p in plan["printed"]] == ["246", "51"]
    assert plan["printed"][1]["low"] == 50.5 and plan["printed"][1]["high"] == 52.0
    assert (plan["published"], plan["year"], plan["date_confidence"]) == (
        "2021-06-02",
        2021,
        "printed",
    )
    assert plan["permalink_zh"] == "06-claims-check.html#claim-zmd21-prov-plan"
    assert plan["permalink_en"] == "06-claims-check-en.html#claim-zmd21-prov-plan"
    # an article whose Chinese claims check this build did not make has no Chinese permalink
    other = next(r for r in rows.values() if r["source_id"] != SEED)
    assert other["permalink_zh"] == "" and other["permalink_en"].startswith(other["source_id"])


def test_csv_has_a_bom_and_the_same_rows_flat(built):
    raw = (built / "verdicts.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    doc = _json(built)
    assert list(table[0]) == [c for c, _ in verdicts.CSV_COLUMNS]
    assert [r["claim_id"] for r in table] == [r["claim_id"] for r in doc["verdicts"]]
    for row, same in zip(table, doc["verdicts"]):
        # one value per cell: no list, no JSON
        for column, cell in row.items():
            assert not cell.startswith(("[", "{")) and "\n" not in cell, (column, cell)
        assert row["workings_zh"] and row["workings_en"] and row["name_zh"] and row["name_en"]
        assert row["workings_zh"] == same["workings_zh"]
        assert row["rule"] == same["rounding"] and row["scale_test"] == same["plausibility"]
        assert row["locator"] == same["locator"]
        if same["computed_value"] is None:
            assert row["recomputed"] == row["low"] == row["high"] == ""
        else:
            assert float(row["recomputed"]) == same["computed_value"]
            assert float(row["low"]) <= float(row["recomputed"]) <= float(row["high"])
            assert row["unit"] == same["computed_unit"]
    plan = next(r for r in table if r["claim_id"] == "zmd21-prov-plan")
    # 246 亿元 at 51% of the plan: a plan of 246 / 0.51 亿元, 245.5/0.52 to 246.5/0.505
    assert float(plan["recomputed"]) == pytest.approx(246 / 0.51)
    assert (float(plan["low"]), float(plan["high"])) == pytest.approx((245.5 / 0.52, 246.5 / 0.505))
    assert plan["printed_zh"] == "246亿元、51%" and plan["printed_en"] == "CNY 24.6 bn, 51%"
    assert plan["recomputed_en"] == "CNY 48.2 bn (47.2–48.9 bn)"
    assert plan["locator"] == "正文第3段" and plan["recomputed_as"] == "plan"


def test_every_claim_has_a_name_in_words_and_its_workings_in_both_languages(built):
    """A claim's name comes from its kind and its indicators: never its figures, never cut."""
    rows = _json(built)["verdicts"]
    indicators = z.load_tables().indicators.set_index("indicator_id")
    cjk = re.compile(r"[\u3400-\u9fff]")
    for r in rows:
        for lang in ("zh", "en"):
            name, workings = r[f"name_{lang}"], r[f"workings_{lang}"]
            assert name and workings, (r["claim_id"], lang)
            for p in r["printed"]:
                figure = re.escape(p["value"])
                assert not re.search(rf"(?<![\d.]){figure}(?![\d.])", name), (name, p)
        assert not cjk.search(r["name_en"] + r["workings_en"] + r["printed_en"]), r["claim_id"]
        assert not cjk.search(r["recomputed_en"])
    by_id = {r["claim_id"]: r for r in rows}
    # a bulletin's claim, named in words in claims.csv too (it was labelled by its figures,
    # 351.3亿元、51.98%, before the labels of accepted claims were put in words)
    c06 = by_id["zmd-gov-20190515-c06"]
    assert c06["label_zh"] == "市重点（B类）项目续建项目完成年度计划比重"
    assert c06["label_en"] == "City key (B-list) continuing projects: share of annual plan"
    share = indicators.loc["key_b_continuing_plan_share"]
    assert c06["name_zh"] == share["name_zh"] == "市重点（B类）项目续建项目完成年度计划比重"
    assert c06["name_en"] == share["name_en"]
    # the workings say what the engine found: 351.3 at 51.98% implies a plan of 675.8 亿元
    assert f"{351.3 / 0.5198:.1f}亿元" in c06["workings_zh"]
    assert f"a plan of about CNY {351.3 / 0.5198 / 10:.1f} bn" in c06["workings_en"]


# --- permalinks and ClaimReview ------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.ld: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and "permalink" in (a.get("class") or ""):
            self.links.append(a["href"])
        self._in_ld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.ld.append(data)

    def handle_endtag(self, tag):
        self._in_ld = False


def _parse(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_every_permalink_lands_on_its_claim_with_a_visible_link(built):
    for r in _json(built)["verdicts"]:
        for lang in ("zh", "en"):
            link = r[f"permalink_{lang}"]
            if not link:
                continue
            page, anchor = link.split("#")
            parsed = _parse(built / page)
            assert anchor == f"claim-{r['claim_id']}" and anchor in parsed.ids
            assert f"#{anchor}" in parsed.links


def test_the_download_csv_carries_each_claims_anchor(built):
    html = (built / "06-claims-check.html").read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script type="application/json" id="download-data">(.*?)</script>', html).group(
            1
        )
    )
    claims = next(
        f for f in data.values() if re.fullmatch(r"06-claims-check-claims-\d+\.csv", f["filename"])
    )
    rows = list(csv.DictReader(io.StringIO(claims["csv"])))
    assert rows and all(r["anchor"] == f"claim-{r['claim_id']}" for r in rows)


#: the part of the schema.org vocabulary the JSON-LD uses (https://schema.org/ClaimReview,
#: /Claim, /Rating, /Organization, /CreativeWork): each type's properties, own and
#: inherited, and the types their values may take
VOCAB = json.loads((FIXTURES / "schema_org_claimreview.json").read_text(encoding="utf-8"))


def _check_against_vocab(node, where: str) -> None:
    kind = node["@type"]
    props = VOCAB["types"][kind]
    for key, value in node.items():
        if key in ("@context", "@type"):
            continue
        assert key in props, f"{where}: {kind} has no property {key!r}"
        ranges = props[key]
        literal = {"Text", "URL", "Number", "Date", "DateTime", "Language"} & set(ranges)
        if isinstance(value, dict):
            assert value["@type"] in ranges, f"{where}: {kind}.{key} cannot be {value['@type']}"
            _check_against_vocab(value, f"{where}.{key}")
        elif not literal:
            raise AssertionError(f"{where}: {kind}.{key} must be an object, not {value!r}")
        elif ranges == ["URL"]:
            assert re.fullmatch(r"https?://\S+|[\w.-]+\.html#claim-[\w-]+", str(value)), (
                f"{where}: {kind}.{key} is not a URL: {value!r}"
            )
        elif isinstance(value, bool) or not isinstance(value, str | int | float):
            raise AssertionError(f"{where}: {kind}.{key} is {value!r}")
        elif "Date" in ranges and not {"Text", "URL", "Number"} & set(ranges):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"{where}: {key} {value!r}"
        elif isinstance(value, int | float):
            assert "Number" in ranges, f"{where}: {kind}.{key} is not a number"


@pytest.mark.parametrize("name,lang", [("06-claims-check", "zh"), ("06-claims-check-en", "en")])
def test_claims_check_pages_embed_a_claimreview_per_claim(built, name, lang):
    page = _parse(built / f"{name}.html")
    assert len(page.ld) == 1
    reviews = json.loads(page.ld[0])
    rows = [r for r in _json(built)["verdicts"] if r["source_id"] == SEED]
    assert [r["url"] for r in reviews] == [r[f"permalink_{lang}"] for r in rows]
    for review, row in zip(reviews, rows):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        _check_against_vocab(review, row["claim_id"])
        assert review["claimReviewed"] == row[f"name_{lang}"]
        assert review["datePublished"] == data_date()  # the data's date, not the build's
        item = review["itemReviewed"]
        assert item["appearance"]["url"] == row["url"] and item["datePublished"] == "2021-06-02"
        rating = review["reviewRating"]
        words = label("status", row["status"], lang)
        if row["plausibility"] == "implausible_at_face_value":
            words += ("；" if lang == "zh" else "; ") + label(
                "plausibility", row["plausibility"], lang
            )
        assert rating["alternateName"] == words
        assert rating.get("ratingValue") == RATING[row["status"]]
        if RATING[row["status"]] is not None:
            assert (rating["worstRating"], rating["bestRating"]) == (1, 5)
    assert any(r["reviewRating"].get("ratingValue") == 1 for r in reviews)  # 不一致 exists
    plan = next(r for r in reviews if r["url"].endswith("#claim-zmd21-prov-plan"))
    assert plan["reviewRating"]["alternateName"] == (
        "无法复算；按字面不可信"
        if lang == "zh"
        else "not checkable by arithmetic; implausible at face value"
    )


def test_the_vocabulary_check_can_fail():
    with pytest.raises(AssertionError, match="no property 'verdict'"):
        _check_against_vocab({"@type": "ClaimReview", "verdict": "true"}, "x")
    with pytest.raises(AssertionError, match="cannot be Person"):
        _check_against_vocab({"@type": "ClaimReview", "reviewRating": {"@type": "Person"}}, "x")
    with pytest.raises(AssertionError, match="must be an object"):
        _check_against_vocab({"@type": "ClaimReview", "author": "zmd-report"}, "x")
    with pytest.raises(AssertionError, match="not a URL"):
        _check_against_vocab({"@type": "ClaimReview", "url": ""}, "x")


# --- the explorer, in chromium ----------------------------------------------------------


def _browser(p):
    from zmd_analysis.publish.pdf import CHROMIUM, CHROMIUM_ARGS

    return p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def _watch(page) -> list[str]:
    """Page errors and any request that leaves the disk."""
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: errors.append(r.url) if not r.url.startswith("file:") else None)
    return errors


def _counts(subset, rows, lang) -> str:
    """The explorer's count line, as the index and the pages count (TALLY)."""
    from zmd_analysis.analysis.claims import TALLY, tally_key
    from zmd_analysis.report.labels import tally_label

    shown = "显示 {n} 条中的 {k} 条：" if lang == "zh" else "Showing {k} of {n}: "
    keys = [tally_key(r["status"], r["trivial"]) for r in subset]
    return shown.format(n=len(rows), k=len(subset)) + " · ".join(
        f"{tally_label(k, lang)} {keys.count(k)}" for k in TALLY if k in keys
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_explorer_filters_counts_sorts_and_links(built, lang):
    from playwright.sync_api import sync_playwright

    from zmd_analysis.analysis.claims import tally_key

    rows = _json(built)["verdicts"]
    fname = "claims.html" if lang == "zh" else "claims.en.html"
    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page()
        errors = _watch(page)
        page.goto((built / fname).as_uri())
        visible = "#claims tbody tr:visible"
        assert page.locator(visible).count() == len(rows)
        assert page.inner_text("#counts") == _counts(rows, rows, lang)
        page.select_option("select[name=status]", "inconsistent")
        bad = [r for r in rows if r["status"] == "inconsistent"]
        assert page.locator(visible).count() == len(bad) > 0
        assert page.inner_text("#counts") == _counts(bad, rows, lang)
        page.select_option("select[name=article]", SEED)
        both = [r for r in bad if r["source_id"] == SEED]
        assert page.locator(visible).count() == len(both)
        page.select_option("select[name=status]", "")
        page.select_option("select[name=year]", "2021")
        in_year = [r for r in rows if r["source_id"] == SEED and r["year"] == 2021]
        assert page.locator(visible).count() == len(in_year)
        page.select_option("select[name=article]", "")
        page.select_option("select[name=year]", "")
        # the scale test: the claims implausible at face value
        page.select_option("select[name=plausibility]", "implausible_at_face_value")
        odd = [r for r in rows if r["plausibility"] == "implausible_at_face_value"]
        assert page.locator(visible).count() == len(odd) > 0
        page.select_option("select[name=plausibility]", "")
        # a part within its whole is counted apart, as the pages count it
        page.select_option("select[name=status]", "trivial")
        trivial = [r for r in rows if tally_key(r["status"], r["trivial"]) == "trivial"]
        assert page.locator(visible).count() == len(trivial) > 0
        page.select_option("select[name=status]", "")
        # sorting by year puts the earliest first, then the latest
        page.click("#claims thead th:nth-child(2) button")
        first_year = page.inner_text("#claims tbody tr:first-child td:nth-child(2)")
        page.click("#claims thead th:nth-child(2) button")
        last_year = page.inner_text("#claims tbody tr:first-child td:nth-child(2)")
        # sorting by verdict puts the most serious first
        page.click("#claims thead th:nth-child(6) button")
        top = page.get_attribute("#claims tbody tr:first-child", "data-status")
        assert top == min((r["status"] for r in rows), key=SEVERITY.index)
        assert (int(first_year), int(last_year)) == (
            min(r["year"] for r in rows),
            max(r["year"] for r in rows),
        )
        # every claim link goes to a claims check in the page's language, never the other
        hrefs = page.eval_on_selector_all("a.claim-link", "els => els.map(e => e.href)")
        linked = [r for r in rows if r[f"permalink_{lang}"]]
        assert sorted(h.rsplit("/", 1)[-1] for h in hrefs) == sorted(
            r[f"permalink_{lang}"] for r in linked
        )
        # a claim's link lands on its row in the claims check
        target = linked[0]
        page.click(f"#row-{target['claim_id']} a.claim-link")
        page.wait_for_load_state()
        assert page.url.endswith(target[f"permalink_{lang}"])
        assert (
            page.evaluate("document.querySelector(':target').id") == f"claim-{target['claim_id']}"
        )
        browser.close()
    assert errors == []
    if lang == "zh":  # only the seed has a Chinese claims check in this build
        assert {r["source_id"] for r in linked} == {SEED}


def _word(name: str) -> str:
    """The longest word of a claim's English name (a fact-checker's search term)."""
    return max(re.findall(r"[A-Za-z][A-Za-z-]+", name), key=len).lower()


def test_a_fact_checker_finds_reads_and_opens_a_claim_of_every_article(built):
    """In the English explorer, for each article in data/: filter to one verdict, find a
    claim by a word, read its printed and recomputed values, open its sentence."""
    from playwright.sync_api import sync_playwright

    from zmd_analysis.analysis.claims import tally_key
    from zmd_analysis.report.labels import tally_label

    rows = _json(built)["verdicts"]
    explorer = (built / "claims.en.html").as_uri()
    visible = "#claims tbody tr:visible"
    seen = []
    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page()
        errors = _watch(page)
        for source in z.articles():
            mine = [r for r in rows if r["source_id"] == source]
            target = mine[0]
            verdict = tally_key(target["status"], target["trivial"])
            page.goto(explorer)
            page.select_option("select[name=article]", source)
            page.select_option("select[name=status]", verdict)
            chosen = [r for r in mine if tally_key(r["status"], r["trivial"]) == verdict]
            assert page.locator(visible).count() == len(chosen)
            assert page.inner_text("#counts") == _counts(chosen, rows, "en")
            assert tally_label(verdict, "en") in page.inner_text("#counts")
            word = _word(target["name_en"])
            page.fill("#search", word)
            found = page.eval_on_selector_all(
                "#claims tbody tr:not([hidden])", "els => els.map(e => e.id)"
            )
            assert f"row-{target['claim_id']}" in found
            assert all(word in page.get_attribute(f"#{i}", "data-text") for i in found), found
            row = f"#row-{target['claim_id']}"
            assert page.inner_text(f"{row} td.claim a").strip() == target["name_en"]
            printed = page.inner_text(f"{row} td.printed")
            recomputed = page.inner_text(f"{row} td.recomputed")
            assert printed == (target["printed_en"] or "—")
            assert recomputed == (target["recomputed_en"] or "—")
            # the printed figures are the article's own, in English
            for p_ in target["printed"]:
                assert p_["source_id"] == source
            page.click(f"{row} a.claim-link")
            page.wait_for_load_state()
            anchor = f"claim-{target['claim_id']}"
            assert page.url.endswith(target["permalink_en"]) and page.url.endswith(f"#{anchor}")
            assert page.evaluate("document.querySelector(':target').id") == anchor
            assert page.inner_text(f"#{anchor} td:last-child") == target["workings_en"]
            assert page.evaluate("document.documentElement.lang") == "en"
            seen.append((source, word, printed, recomputed))
        browser.close()
    assert errors == []
    assert [s for s, *_ in seen] == z.articles() and len(seen) >= 6
    # the seed's first claim: 246 亿元 at 51% of the plan, a plan of CNY 48.2 bn
    assert seen[0][2:] == ("CNY 24.6 bn, 51%", f"CNY {246 / 0.51 / 10:.1f} bn (47.2–48.9 bn)")


def test_both_indexes_link_the_explorer_and_the_data(built):
    for index, explorer in (("index.html", "claims.html"), ("index.en.html", "claims.en.html")):
        html = (built / index).read_text(encoding="utf-8")
        assert f'href="{explorer}"' in html and 'href="verdicts.csv"' in html


def _text(html: str) -> str:
    from html import unescape

    return unescape(
        re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style).*?</\1>", " ", html, flags=re.S))
    )


def test_english_pages_link_to_english_pages_and_group_thousands(built):
    """No English report, explorer or index links to a page in Chinese; no English page
    prints a bare four-digit amount (a year, an id or a quotation of the Chinese original,
    “2091项”, is not one)."""
    pages = sorted(p for p in built.glob("*.html") if p.name.endswith(("-en.html", ".en.html")))
    assert len(pages) >= 2 * len(z.articles())
    english = {p.name for p in pages}
    for p in pages:
        html = p.read_text(encoding="utf-8")
        local = {
            h.split("#")[0]
            for h in re.findall(r'href="([^"]+)"', html)
            if h.split("#")[0].endswith(".html") and "://" not in h
        }
        local -= {"index.html", "claims.html"}  # the language switch
        assert local <= english, (p.name, local - english)
        amounts = [
            m.group()
            for m in re.finditer(r"(?<![\w.,:/#-])\d{4,}(?:\.\d+)?(?![\d,.\w-])", _text(html))
            if not re.fullmatch(r"(19|20)\d\d", m.group())
        ]
        assert amounts == [], (p.name, amounts)
    # the figures this applies to are there: 2,091 services, 3,556 joint-approval items
    assert "2,091" in _text((built / "06-claims-check-en.html").read_text(encoding="utf-8"))
    overview = (built / "zmd-gov-20200922-overview-en.html").read_text(encoding="utf-8")
    assert "3,556 items" in _text(overview) and "2,445 ÷ 3,556 × 100" in _text(overview)


def test_english_explorer_has_no_chinese_but_the_language_switch(built):
    html = (built / "claims.en.html").read_text("utf-8")
    html = re.sub(r'<a class="lang-switch"[^>]*>中文</a>', " ", html)
    text = re.sub(r"<script.*?</script>|<[^>]+>", " ", html, flags=re.S)
    assert re.findall(r"[\u4e00-\u9fff]+", text) == []


# --- incremental ------------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    monkeypatch.setenv("ZMD_DATA_DIR", str(data))
    return data


def test_nothing_changed_rewrites_nothing_and_one_verdict_rewrites_the_table(data_copy, tmp_path):
    out, tmp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    tmp.mkdir()
    specs = load_config(Path(__file__).parents[2] / "reports.toml")
    first = verdicts.publish(out, tmp, specs)
    assert set(first) == {*verdicts.FILES, "claims.html", "claims.en.html"}
    assert verdicts.publish(out, tmp, specs) == []
    # 246 → 266 亿元: the plan claim's computed plan moves, its table rows and pages follow
    obs = data_copy / "observations.csv"
    text = obs.read_text(encoding="utf-8")
    line = next(
        ln
        for ln in text.splitlines()
        if ln.startswith("zhumadian,2021M01-M04,prov_key_ind_investment,246,")
    )
    obs.write_text(text.replace(line, line.replace(",246,", ",266,", 1)), encoding="utf-8")
    update_checksums(data_copy)
    again = verdicts.publish(out, tmp, specs)
    assert set(again) == {"verdicts.csv", "verdicts.json", "claims.html", "claims.en.html"}
    row = next(r for r in _json(out)["verdicts"] if r["claim_id"] == "zmd21-prov-plan")
    assert row["computed_value"] == pytest.approx(266 / 0.51)
    assert verdicts.publish(out, tmp, specs) == []


def test_a_build_with_nothing_changed_leaves_the_verdict_files_alone(built, monkeypatch):
    before = {f: (built / f).stat().st_mtime_ns for f in (*verdicts.FILES, "claims.html")}
    specs = load_config(built.parent / "reports.toml")

    def must_not_run(*a, **k):
        raise AssertionError("verdicts recomputed although nothing changed")

    monkeypatch.setattr(verdicts, "publish", must_not_run)  # not even computed
    result = builder.build(specs, built, jobs=1, log=lambda m: None)
    assert {o.status for o in result.outcomes} == {"up-to-date"}
    assert {f: (built / f).stat().st_mtime_ns for f in before} == before
    # a missing file is written again
    (built / "claims.en.html").unlink()
    monkeypatch.undo()
    builder.build(specs, built, jobs=1, log=lambda m: None)
    assert (built / "claims.en.html").exists()
    assert {f: (built / f).stat().st_mtime_ns for f in before} == before


def test_hostile_labels_stay_text_in_the_explorer_and_the_json_ld(built):
    """A label, publisher or URL from the data that looks like markup is shown as text."""
    from zmd_analysis.publish.explorer_page import page
    from zmd_analysis.publish.export import _linked_data

    payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    rows = [
        {**r, "label_en": payload, "publisher_en": payload, "permalink_en": f"x.html#{payload}"}
        for r in _json(built)["verdicts"][:3]
    ]
    html = page(rows, "en")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    ld = _linked_data([{"url": "#claim-x", "claimReviewed": payload}], "06-claims-check")
    assert "</script>" not in ld and "<img" not in ld
    assert json.loads(ld)[0]["claimReviewed"] == payload


def test_a_base_url_makes_the_published_permalinks_absolute(tmp_path):
    from zmd_analysis.publish.config import ConfigError
    from zmd_analysis.publish.explorer_page import page
    from zmd_analysis.publish.export import _linked_data

    config = CONFIG.replace(
        '[defaults]\nformats = ["html"]',
        '[defaults]\nformats = ["html"]\nbase_url = "https://example.org/zmd"',
    )
    (tmp_path / "reports.toml").write_text(config, encoding="utf-8")
    specs = load_config(tmp_path / "reports.toml")
    links = verdicts.claims_reports(specs)
    assert links[SEED, "zh"] == "https://example.org/zmd/06-claims-check.html"
    ld = json.loads(_linked_data([{"url": "#claim-a"}], "06-claims-check", specs[0].base_url))
    assert ld[0]["url"] == "https://example.org/zmd/06-claims-check.html#claim-a"
    # the explorer, next to the reports, still links to their files (it works offline)
    html = page(verdicts.table_rows(links), "zh")
    assert 'href="06-claims-check.html#claim-zmd21-prov-plan"' in html
    assert "https://example.org" not in html
    # and only a web address is taken
    for bad in ("javascript:alert(1)", "example.org/zmd", "https://x><script>"):
        (tmp_path / "bad.toml").write_text(
            config.replace("https://example.org/zmd", bad), encoding="utf-8"
        )
        with pytest.raises(ConfigError, match="base_url"):
            load_config(tmp_path / "bad.toml")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_articles_claimreview_is_valid(lang):
    """Not only the seed's: each article in the data gets one valid ClaimReview per claim."""
    from zmd_analysis.report.claim_review import claim_reviews

    claims = z.load_tables().claims
    for source in z.articles():
        reviews = claim_reviews(source, lang)
        ids = list(claims.loc[claims["source_id"] == source, "claim_id"])
        assert [r["url"] for r in reviews] == [f"#claim-{i}" for i in ids]
        for r in reviews:
            _check_against_vocab({**r, "url": f"x.html{r['url']}"}, r["url"])
            assert r["claimReviewed"] and r["reviewBody"] and r["reviewRating"]["alternateName"]


def test_a_new_data_date_reaches_the_table_not_the_pages_it_leaves_as_they_were(
    data_copy, tmp_path
):
    """`make checksums` after an edit dates the data anew (the version may not move, e.g.
    when the edit was built before): the verdicts follow the date; a claims-check page
    whose verdicts did not change is not rebuilt to move it, and keeps the date of the data
    it was built from (an article accepted today leaves the other articles' pages alone)."""
    config = tmp_path / "reports.toml"
    config.write_text(CONFIG.split('[[report]]\nname = "06-claims-check-en"')[0], encoding="utf-8")
    specs = load_config(config)
    out = tmp_path / "reports"
    builder.build(specs, out, jobs=1, log=lambda m: None)
    before = _json(out)["data_date"]
    doc = json.loads((data_copy / "provenance.json").read_text(encoding="utf-8"))
    doc["files"]["claims.csv"]["date_modified"] = "2099-01-01"
    (data_copy / "provenance.json").write_text(json.dumps(doc), encoding="utf-8")
    result = builder.build(specs, out, jobs=1, log=lambda m: None)
    assert before != "2099-01-01" and _json(out)["data_date"] == "2099-01-01"
    assert [(o.status, o.reason) for o in result.outcomes] == [
        ("up-to-date", "data it read unchanged")
    ]
    page = _parse(out / "06-claims-check.html")
    assert {r["datePublished"] for r in json.loads(page.ld[0])} == {before}
