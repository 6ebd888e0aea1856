import json

from conftest import replace_in

from zmd_analysis.access import provenance
from zmd_analysis.access.paths import TABLES


def test_every_data_file_has_a_complete_record_with_matching_checksum():
    assert provenance.verify() == []
    records = provenance.load_records()
    assert set(records) == set(TABLES.values()) | set(provenance.WORD_LISTS)


def test_edited_file_is_caught(data_copy):
    replace_in(data_copy / "observations.csv", ",212,", ",213,")
    problems = provenance.verify(data_copy)
    assert problems == [
        "observations.csv: checksum differs from the record (run `make checksums` "
        "after a deliberate edit)"
    ]
    assert provenance.update_checksums(data_copy) == ["observations.csv"]
    assert provenance.verify(data_copy) == []


def test_a_deliberate_edit_dates_the_record_and_the_data(data_copy):
    import datetime as dt

    before = provenance.data_date(data_copy)
    records = provenance.load_records()
    assert before == max(records[f]["date_modified"] for f in TABLES.values())
    # the word lists are not part of the data version, nor of its date
    replace_in(data_copy / "lexicon.toml", "#", "# ", count=1)
    provenance.update_checksums(data_copy, today=dt.date(2099, 1, 1))
    assert provenance.data_date(data_copy) == before
    replace_in(data_copy / "observations.csv", ",212,", ",213,")
    later = dt.date.fromisoformat(before) + dt.timedelta(days=3)
    provenance.update_checksums(data_copy, today=later)
    records = provenance.load_records(data_copy)
    assert records["observations.csv"]["date_modified"] == later.isoformat()
    # the other records keep their dates
    assert (
        records["regions.csv"]["date_modified"]
        == provenance.load_records()["regions.csv"]["date_modified"]
    )
    assert provenance.data_date(data_copy) == later.isoformat()


def test_missing_record_field_is_caught(data_copy):
    doc = json.loads((data_copy / "provenance.json").read_text(encoding="utf-8"))
    del doc["files"]["sources.csv"]["citation"]
    (data_copy / "provenance.json").write_text(json.dumps(doc), encoding="utf-8")
    assert provenance.verify(data_copy) == ["sources.csv: record lacks citation"]


def test_data_version_changes_with_data(data_copy):
    before = provenance.data_version(data_copy)
    assert before == provenance.data_version()
    replace_in(data_copy / "observations.csv", ",212,", ",213,")
    assert provenance.data_version(data_copy) != before


def test_sources_have_a_reliability_class_and_url():
    from zmd_analysis import read_table

    src = read_table("sources")
    assert src["url"].str.startswith("http").all()
    assert set(src["reliability"]) <= {"official", "party_state_media", "repost", "low"}
