"""Reading an article: encodings, HTML, traditional characters, glosses, and bad input
(each a clear IntakeError naming the file; text without numbers is an empty proposal)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zmd_analysis.access.intake.errors import IntakeError
from zmd_analysis.access.intake.figures import find_figures
from zmd_analysis.access.intake.lexicon import load_lexicon
from zmd_analysis.access.intake.text import MAX_BYTES, from_bytes, from_text, read_article
from zmd_analysis.analysis.proposal import propose

NOTICE = "1-4月,全市重点项目完成投资246亿元,占年度计划的51%,高于全省7个百分点。"


def values(text: str) -> list[tuple[float, str, str | None]]:
    figs = find_figures(from_text(text), load_lexicon())
    return [(f.value, f.unit, f.hedge) for f in figs]


def test_gb18030_file_reads_like_utf8(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(NOTICE.encode("utf-8"))
    b.write_bytes(NOTICE.encode("gb18030"))
    ra, rb = read_article(a), read_article(b)
    assert ra.text == rb.text == NOTICE
    assert (ra.encoding, rb.encoding) == ("utf-8", "gb18030")


def test_saved_page_keeps_the_text_and_drops_scripts(tmp_path):
    page = tmp_path / "notice.html"
    page.write_text(
        "<html><head><script>document.write('完成投资999亿元')</script>"
        "<style>p{}</style></head><body><p>" + NOTICE + "</p>"
        "<script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.form == "html"
    assert "999" not in article.text and "alert" not in article.text
    assert [v for v, _, _ in values(article.text)] == [246, 51, 7]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("完成投資246億元,佔年度計劃的51%", [(246, "亿元", None), (51, "%", None)]),
        ("完成投资２４６亿元,占比５１％", [(246, "亿元", None), (51, "%", None)]),
        ("项目79個(gè),投资1,234.5亿元", [(79, "个", None), (1234.5, "亿元", None)]),
        (
            "两千零九十一项、百分之五十一、居全省第二位、前二、一千二百万元",
            [
                (2091, "项", None),
                (51, "%", None),
                (2, "位", None),
                (2, "位", "内"),
                (1200, "万元", None),
            ],
        ),
        (
            "960多万人、30余家、超过50%、近八成、45%以上",
            [
                (960, "万人", "多"),
                (30, "家", "余"),
                (50, "%", "超"),
                (80, "%", "近"),
                (45, "%", "以上"),
            ],
        ),
        (
            # a printed minus is the figure's sign; a range's dash is not
            "均下降,增速分别为-3.2%和-10.7%;1-8月增长5%",
            [(-3.2, "%", None), (-10.7, "%", None), (5, "%", None)],
        ),
    ],
)
def test_printed_forms(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2021年1~4月份,5月31日,〔2023〕3号,(一)一、1.①",
        "“十四五”开局,三个一批,四比四看,第一批,一企一行",
        "时间过半、任务过半,上半年,前三季度,前4个月",
    ],
)
def test_dates_markers_and_names_are_not_figures(text):
    assert values(text) == []


def test_gloss_belongs_to_the_span_and_offsets_refer_to_the_text_as_read():
    text = "全市項目79個(gè),完成投資(zī)246億元"
    article = from_text(text)
    figs = find_figures(article, load_lexicon())
    assert [text[f.start : f.end] for f in figs] == ["79個(gè)", "246億元"]
    assert [f.text for f in figs] == ["79個(gè)", "246億元"]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.write_bytes(b""), "file is empty"),
        (lambda p: p.write_bytes(b"  \n\t "), "file is empty"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "binary"),
        (lambda p: p.write_bytes("完成投资".encode("utf-16-le") * 50 + b"\xff\xfe\x00"), "binary"),
    ],
)
def test_bad_files_are_named_errors(tmp_path, make, message):
    path = tmp_path / "bad.txt"
    make(path)
    with pytest.raises(IntakeError) as info:
        read_article(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_undecodable_text_is_a_named_error(tmp_path):
    path = tmp_path / "odd.txt"
    # bytes that are neither UTF-8 nor GB18030 and read as no text encoding's letters
    path.write_bytes(bytes([0x81, 0x30, 0xFF, 0x39]) * 3000)
    with pytest.raises(IntakeError) as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 2**20)
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(IntakeError, match="50.0 MB"):
        read_article(path)


def test_a_directory_and_a_missing_file_are_named_errors(tmp_path):
    with pytest.raises(IntakeError, match="is a directory"):
        read_article(tmp_path)
    with pytest.raises(IntakeError, match="file not found"):
        read_article(tmp_path / "nope.txt")


def test_text_without_numbers_is_an_empty_proposal():
    p = propose(from_text("草木葱郁，麦浪流金。全市上下奋力攻坚。"), date="2021-06-02")
    assert p.figures == [] and p.statements == []
    assert p.summary_line() == "0 figures, 0 claims"


def test_html_detected_from_content_when_the_name_does_not_say():
    article = from_bytes(
        ("<!DOCTYPE html><html><body><p>" + NOTICE + "</p></body></html>").encode("utf-8")
    )
    assert article.form == "html" and article.text.strip() == NOTICE


_CHARS = st.sampled_from(
    list(
        "0123456789０１２３.,，。、%％个项亿元万多余近超约以上内第位名一二三四五十百千零两"
        "全省市年月日季度上半前(（)）〔〕号\n 　完成投资占计划的率开工其中增长提高由至到"
        "個億計劃(gè)zīàé"
    )
    + ["时间过半", "十四五", "个百分点", "同比增长"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CHARS, max_size=80).map("".join), st.sampled_from([None, "2021-06-02"]))
def test_propose_on_any_text_raises_nothing_and_spans_read_as_their_text(text, date):
    try:
        p = propose(from_text(text), date=date)
    except IntakeError:
        return
    doc = p.to_json()
    for f in doc["figures"]:
        assert 0 <= f["start"] < f["end"] <= len(doc["text"])
        assert doc["text"][f["start"] : f["end"]] == f["text"]
    for u in doc["not_understood"]:
        assert doc["text"][u["start"] : u["end"]] == u["text"]
    for c in doc["claims"]:
        assert all(0 <= k < len(doc["figures"]) for k in c["figures"])


def test_big5_file_is_not_mistaken_for_gb18030(tmp_path):
    """Big5 bytes also decode as GB18030 (into nonsense): the reader must pick Big5."""
    text = "【駐馬店訊】全市2017年第二批億元以上重點項目集中開工,項目共32個,總投資95.6億元。"
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    article = read_article(path)
    assert article.encoding == "big5" and article.text == text
    assert [v for v, _, _ in values(article.text)] == [32, 95.6]


def test_declared_charset_of_a_saved_page_is_honoured(tmp_path):
    page = tmp_path / "gbk.html"
    page.write_bytes(
        ('<html><head><meta charset="gbk"></head><body><p>' + NOTICE + "</p></body></html>").encode(
            "gbk"
        )
    )
    article = read_article(page)
    assert article.encoding == "gb18030" and NOTICE in article.text


def test_invisible_format_characters_are_left_out_and_listed():
    """A zero-width space, joiners or a bidi override inside a number: read as the number
    the reader sees, and the proposal says where they stood and which figures cross one."""
    p = propose(from_text("项目4\u200b7个,投资1\u200d2\u200c3亿元,签约3\u202e21个。"))
    assert [f.value for f in p.figures] == [47, 123, 321]
    assert p.to_json()["format_characters"] == [3, 10, 12, 20]
    assert "figures read across one: '4\\u200b7个' at 2" in p.notes[-1]  # shown escaped


def test_control_characters_never_reach_the_output():
    art = from_text("全市项目12个。\x1b]0;owned\x07\x9b")
    assert "\x1b" not in art.text and "\x07" not in art.text and "\x9b" not in art.text
    assert len(art.text) == len("全市项目12个。\x1b]0;owned\x07\x9b")  # offsets hold


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_a_byte_order_mark_is_read(encoding):
    text = "全市重点项目完成投资246亿元,占年度计划的51%。"
    art = from_bytes(text.encode(encoding), "a.txt")
    assert art.text == text and art.encoding == "utf-16"


def test_only_regular_files_are_read(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IntakeError, match="not a regular file"):
        read_article(fifo)  # would block forever if it were opened
    with pytest.raises(IntakeError, match="not a regular file"):
        read_article("/dev/zero")


def test_a_page_nested_beyond_any_real_one_is_read_in_linear_time():
    """200,000 nested <div>: the HTML parser would take minutes (its time grows with the
    square of the depth); past the nesting bound a plain tag stripper reads it."""
    from zmd_analysis.access.intake.text import MAX_NESTING

    n = 200_000  # its speed is measured by benchmarks/intake_speed.py --sweep, not here
    assert n > MAX_NESTING
    html = ("<div>" * n + "全市项目12个" + "</div>" * n).encode()
    assert from_bytes(html, "deep.html", html=True).text == "全市项目12个"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet="0123456789.,%亿元个项目增长占比(){}", min_size=1, max_size=3000),
    st.integers(min_value=1, max_value=30),
)
@example(chunk="0个占0%0项", reps=2)  # (a share of a printed zero: once a crash in the engine)
def test_adversarial_runs_read_without_error(chunk, reps):
    """Digit runs, brackets that never close and no sentence breaks: read, never a crash."""
    p = propose(from_text(chunk * reps))
    assert all(0 <= f.start < f.end <= len(chunk * reps) for f in p.figures)


@pytest.mark.parametrize(
    "text",
    ["全市项目" + "9" * 310 + "个。", "项目" + "九" * 400 + "个。", "项目" + "万" * 400 + "个。"],
)
def test_a_number_longer_than_any_quantity_is_no_figure(text):
    """310 digits (or a Chinese numeral past 10^15): more than a double holds exactly, so no
    figure of the genre; read without an OverflowError."""
    assert propose(from_text(text)).figures == []


def test_a_count_in_ten_thousands_of_any_measure_word():
    from zmd_analysis.access.intake.figures import find_figures
    from zmd_analysis.access.intake.lexicon import load_lexicon
    from zmd_analysis.access.intake.text import from_text

    figs = find_figures(
        from_text("生猪存栏67.5万头,其中能繁母猪6.95万头;家禽存栏171万只。"), load_lexicon()
    )
    assert [(f.text, f.number, f.unit) for f in figs] == [
        ("67.5万头", 67.5, "万头"),
        ("6.95万头", 6.95, "万头"),
        ("171万只", 171, "万只"),
    ]


def test_a_bulletins_sections_scope_the_subjects_they_both_repeat():
    """计划新开工项目 under 一、省重点(A类)项目 and under 二、市重点(B类)项目 are two lists:
    each figure goes to its own list's indicator through the data's aliases, and the done
    part of a list of approvals is not the list."""
    from zmd_analysis.access.intake.text import from_text
    from zmd_analysis.analysis.proposal import propose

    text = (
        "某年重点建设项目1~8月份进展情况通报\n"
        "一、省重点(A类)项目\n"
        "省重点(A类)联审联批事项200项,截至8月底,已完成180项,完成率90%。"
        "40个计划新开工项目已开工30个,开工率75%。\n"
        "二、市重点(B类)项目\n"
        "1~8月份,200个计划竣工项目完成投资100.0亿元,占年度投资计划的80.0%;"
        "800个计划新开工项目已开工600个,开工率75%。\n"
    )
    doc = propose(from_text(text), date="2020-09-22", region="zhumadian").to_json()
    ids = {f["text"]: f["indicator_id"] for f in doc["figures"]}
    assert ids["40个"] == "key_a_new_start_planned" and ids["30个"] == "key_a_new_start_started"
    assert ids["800个"] == "key_b_new_start_planned" and ids["600个"] == "key_b_new_start_started"
    assert ids["200项"] == "key_a_joint_approval_tasks"
    assert ids["180项"] == "key_a_joint_approval_done"
    assert ids["200个"] == "key_b_completion_projects"
    assert ids["100.0亿元"] == "key_b_completion_investment"


def test_a_breakthrough_is_a_hedge_spaced_or_not():
    # 突破N: above N, as 超过N (seen in Jingzhou and Guizhou), also with the spaces of a
    # scraped page
    assert values("遵义地区突破 3000 亿元,增长9%。") == [(3000, "亿元", "超"), (9, "%", None)]
    assert values("投资突破15亿元。") == [(15, "亿元", "超")]


def test_ranks_listed_with_one_measure_word_are_each_a_rank():
    got = [
        (f.text, f.value, f.family)
        for f in find_figures(from_text("甲县、乙县分别增长39.1%和37.3%,位居二、三位。"))
    ]
    assert got[2:] == [("二", 2, "rank"), ("三位", 3, "rank")]
    got = [(f.text, f.value) for f in find_figures(from_text("位居第二、三位。"))]
    assert got == [("第二", 2), ("三位", 3)]
    assert find_figures(from_text("一、二、三产业协调发展")) == []  # no rank verb, no 位


FLAT_TABLE = (
    "表一:1-5月某区固定资产投资完成情况(按产业分的完成数与增速)\n\n指标名称\n\n单位\n\n1-5月\n\n"
    "份额\n\n± %\n\n固定资产投资总额\n\n亿元\n\n200\n\n--\n\n10.0\n\n第一产业\n\n亿元\n\n10\n\n"
    "5.00%\n\n5.0\n\n第二产业\n\n亿元\n\n50\n\n25.00%\n\n20.0\n\n第三产业\n\n亿元\n\n140\n\n"
    "70.00%\n\n-5.0\n\n"
)


def test_a_table_printed_one_cell_per_line_is_read_cell_by_cell():
    got = [(f.text, f.value, f.unit) for f in find_figures(from_text(FLAT_TABLE))]
    assert got[:5] == [
        ("200", 200, "亿元"),
        ("10.0", 10, "%"),
        ("10", 10, "亿元"),
        ("5.00%", 5, "%"),
        ("5.0", 5, "%"),
    ]
    assert got[-1] == ("-5.0", -5, "%") and len(got) == 11
    p = propose(from_text(FLAT_TABLE), date="2021-06-01")
    checks = {
        (st.kind, p.figures[st.tested].text): v.status
        for st, v in zip(p.statements, p.verdicts)
        if st.tested is not None
    }
    assert checks[("ratio", "25.00%")] == "reproduced"  # 50 of the total 200
    assert checks[("breakdown", "200")] == "reproduced"  # the three industries


def test_a_flattened_tables_growth_column_is_a_percentage_and_a_title_line_no_column():
    text = (
        "1-5月主要指标\n\n指标名称\n\n单位\n\n1-5月\n\n比上年同期增长\n\n"
        "固定资产投资总额\n\n亿元\n\n200\n\n12.5\n\n第二产业\n\n亿元\n\n50\n\n-3.4\n\n"
    )
    got = [(f.text, f.value, f.unit) for f in find_figures(from_text(text))]
    assert got == [
        ("200", 200, "亿元"),
        ("12.5", 12.5, "%"),
        ("50", 50, "亿元"),
        ("-3.4", -3.4, "%"),
    ]


def test_hundred_millions_of_kilowatt_hours_are_energy_not_money():
    # 亿 before 千瓦时 (or 千瓦小时, in either script) is no 亿元
    assert values("全年发电量60亿千瓦时,售电8.16億千瓦時,外送2.51亿千瓦小时。") == [
        (60.0, "亿千瓦时", None),
        (8.16, "亿千瓦时", None),
        (2.51, "亿千瓦时", None),
    ]


def test_a_bare_wan_after_population_counts_people():
    assert values("全县辖19个乡镇,总人口89.02万。") == [(19.0, "个", None), (89.02, "万人", None)]
    assert values("一个人口381萬的大市") == [(381.0, "万人", None)]
    # a bare 万 after anything else is no headcount (a size threshold stays money)
    assert values("投资5000万以上项目12个") == [(5000.0, "万元", "以上"), (12.0, "个", None)]
