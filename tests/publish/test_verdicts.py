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
from zmd_analysis.analysis.claims import SEVERITY, STATUSES, check_claims
from zmd_analysis.publish import build as builder
from zmd_analysis.publish import verdicts
from zmd_analysis.publish.config import load_config
from zmd_analysis.report.claim_review import RATING
from zmd_analysis.report.labels import label

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEED = "zmdrb-20210602-p1"
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
"""


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

    doc = json.loads(verdicts.SCHEMA.read_text(encoding="utf-8"))
    row = doc["properties"]["verdicts"]["items"]
    props = row["properties"]
    assert list(props) == row["required"] == list(COLUMNS) == doc["properties"]["columns"]["const"]
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
    # an article whose claims check this build did not make has no permalink
    other = next(r for r in rows.values() if r["source_id"] != SEED)
    assert other["permalink_zh"] == other["permalink_en"] == ""


def test_csv_has_a_bom_and_the_same_rows(built):
    raw = (built / "verdicts.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    doc = _json(built)
    assert list(table[0]) == doc["columns"]
    assert [r["claim_id"] for r in table] == [r["claim_id"] for r in doc["verdicts"]]
    first, same = table[0], doc["verdicts"][0]
    assert json.loads(first["printed"]) == same["printed"]
    assert json.loads(first["computed"]) == same["computed"]
    assert float(first["computed_value"]) == same["computed_value"]


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
        assert review["claimReviewed"] == row[f"label_{lang}"]
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


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_explorer_filters_counts_sorts_and_links(built, lang):
    from playwright.sync_api import sync_playwright

    from zmd_analysis.publish.pdf import CHROMIUM, CHROMIUM_ARGS

    rows = _json(built)["verdicts"]
    fname = "claims.html" if lang == "zh" else "claims.en.html"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on(
            "request", lambda r: errors.append(r.url) if not r.url.startswith("file:") else None
        )
        page.goto((built / fname).as_uri())
        visible = "#claims tbody tr:visible"
        assert page.locator(visible).count() == len(rows)
        sep, shown = (
            (" · ", "显示 {n} 条中的 {k} 条：") if lang == "zh" else (" · ", "Showing {k} of {n}: ")
        )

        def counts(subset):
            per = [(s, sum(r["status"] == s for r in subset)) for s in STATUSES]
            return shown.format(n=len(rows), k=len(subset)) + sep.join(
                f"{label('status', s, lang)} {k}" for s, k in per if k
            )

        assert page.inner_text("#counts") == counts(rows)
        page.select_option("select[name=status]", "inconsistent")
        bad = [r for r in rows if r["status"] == "inconsistent"]
        assert page.locator(visible).count() == len(bad) > 0
        assert page.inner_text("#counts") == counts(bad)
        page.select_option("select[name=article]", SEED)
        both = [r for r in bad if r["source_id"] == SEED]
        assert page.locator(visible).count() == len(both)
        page.select_option("select[name=status]", "")
        page.select_option("select[name=year]", "2021")
        in_year = [r for r in rows if r["source_id"] == SEED and r["year"] == 2021]
        assert page.locator(visible).count() == len(in_year)
        page.select_option("select[name=article]", "")
        page.select_option("select[name=year]", "")
        # sorting by year puts the earliest first, then the latest
        page.click("#claims thead th:nth-child(2) button")
        first_year = page.inner_text("#claims tbody tr:first-child td:nth-child(2)")
        page.click("#claims thead th:nth-child(2) button")
        last_year = page.inner_text("#claims tbody tr:first-child td:nth-child(2)")
        # sorting by verdict puts the most serious first
        page.click("#claims thead th:nth-child(5) button")
        top = page.get_attribute("#claims tbody tr:first-child", "data-status")
        assert top == min((r["status"] for r in rows), key=SEVERITY.index)
        assert (int(first_year), int(last_year)) == (
            min(r["year"] for r in rows),
            max(r["year"] for r in rows),
        )
        # a claim's link lands on its row in the claims check
        target = next(r for r in rows if r[f"permalink_{lang}"])
        page.click(f"#row-{target['claim_id']} a.claim-link")
        page.wait_for_load_state()
        assert page.url.endswith(target[f"permalink_{lang}"])
        assert (
            page.evaluate("document.querySelector(':target').id") == f"claim-{target['claim_id']}"
        )
        browser.close()
    assert errors == []


def test_both_indexes_link_the_explorer_and_the_data(built):
    for index, explorer in (("index.html", "claims.html"), ("index.en.html", "claims.en.html")):
        html = (built / index).read_text(encoding="utf-8")
        assert f'href="{explorer}"' in html and 'href="verdicts.csv"' in html


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
    from zmd_analysis.analysis.verdict_table import rows

    html = page(rows(links), "zh")
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


def test_a_new_data_date_reaches_the_table_and_the_pages(data_copy, tmp_path):
    """`make checksums` after an edit dates the data anew (the version may not move, e.g.
    when the edit was built before): the verdicts and the ClaimReview follow the date."""
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
    assert [o.reason for o in result.outcomes] == ["data changed: data_date"]
    page = _parse(out / "06-claims-check.html")
    assert {r["datePublished"] for r in json.loads(page.ld[0])} == {"2099-01-01"}
