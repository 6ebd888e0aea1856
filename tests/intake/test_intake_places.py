"""Which place a text is filed under: a place of the gazetteer (data/places.csv) the text
names, never a word that ends like a place's name, never the data's most common region; a
county's figures inside a city's text are the county's; a new place's level and parent come
from the gazetteer, and so do its parents' rows."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path

import pytest
from conftest import as_reviewed

from zmd_analysis.access.errors import DataError
from zmd_analysis.access.intake.lexicon import load_gazetteer
from zmd_analysis.access.intake.places import PLACE_UNKNOWN, places_named, text_place
from zmd_analysis.access.intake.romanise import ascii_id, romanise
from zmd_analysis.access.intake.text import from_text, read_article
from zmd_analysis.access.paths import DEFAULT_DATA_DIR, PROJ_ROOT
from zmd_analysis.analysis.proposal import propose
from zmd_analysis.publish import intake

INTAKE = PROJ_ROOT.parent / "shared" / "intake"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# invented figures in the wording of a city statistics release
CITY_RELEASE = (
    "1-6月杭州市投资运行简况\n"
    "1-6月,全市固定资产投资比上年同期增长12.0%;与2019年同期相比,增长21%,两年平均增长10%。"
    "工业投资增长14.5%,制造业投资增长20.0%。"
    "工业投资增速和制造业投资增速分别高于全部固定资产投资2.5个和8.0个百分点。"
)


def names(view: str) -> list[str]:
    return [p.name for p in places_named(view)]


def place_of(p) -> str:
    """The name of the place a proposal files its text under (the region id when none)."""
    rid = p.source["region_id"]
    rows = {r["region_id"]: r for r in p.rows["regions"]}
    if rid in rows and rid != "unnamed_province":
        return rows[rid]["name_zh"]
    with open(DEFAULT_DATA_DIR / "regions.csv", encoding="utf-8") as fh:
        known = {r["region_id"]: r["name_zh"] for r in csv.DictReader(fh)}
    return known.get(rid, rid)


# --- every real text: the place its folder's README names ---------------------------------

#: file stem -> the place its README names, as the gazetteer (or data/regions.csv) writes
#: it; PLACE_UNKNOWN and unnamed_province where the text itself never names its place (the
#: README knows it from the page's address or publisher), with what the text does say
EXPECTED = {
    "01-zmdrb-2021-06-02": "驻马店市",
    # names no city, only one of its counties (不含新蔡县) and speaks of 全市: the city
    # containing it
    "02-zmd-2018-jan-apr": "驻马店市",
    "03-zmd-2017-batch2": "驻马店市",
    "04-zhoukou-key-projects-jan-may-2015": "周口市",
    "05-zhejiang-fai-jan-feb-2015": "unnamed_province",  # 全省 only: a province to name
    "06-shangqiu-key-projects-jan-jun-2021-trad": "商丘市",
    "07-shandong-major-projects-2021-jan-oct-trad": "山东省",
    "08-anyang-5113-2017-jan-sep": "安阳市",
    "09-hubei-major-projects-2018-jan-jul-trad": "湖北省",
    "10-anhui-key-projects-2024-jan-apr": "安徽省",
    "11-jiangsu-major-projects-2019-jan-sep-trad": "江苏省",
    "12-shijiazhuang-key-projects-2020-jan-aug": "石家庄市",
    "13-luoyang-investment-fair-2019": "洛阳市",
    "14-guangxi-attraction-2014-q1": "广西壮族自治区",
    "15-maoming-fai-2014-jan-sep": "茂名市",
    "16-dazhou-fai-2015-jan-jun": "达州市",  # 我市 … 居四川省第三: the city, not Sichuan
    "17-beijing-fai-jan-nov": "北京市",
    "18-minhang-fai-2018-jan-sep": "闵行区",
    "19-hangzhou-fai-2021-jan-apr": "杭州市",
    "20-harbin-industrial-inv-2021-jan-sep-trad": "哈尔滨市",
    "21-zhuhai-economy-2019-jan-aug": "珠海市",
    "22-tianjin-economy-2020-jan-sep-trad": "天津市",
    "23-xuchang-key-projects-2021-batch2-trad": "许昌市",
    "24-puyang-key-projects-2020-jan-aug": "濮阳市",
    "25-pingdingshan-key-projects-jan-aug-trad": "平顶山市",
    "26-sanmenxia-fai-2015-jan-feb": "三门峡市",
    "27-jiyuan-fai-jan-may-trad": "济源示范区",  # data/regions.csv's row for 济源市
    "28-zhengzhou-economy-2021q1-trad": "郑州市",
    "29-gongyi-signing-2022": "巩义市",
    "30-xuchang-attraction-2017-jan-oct": "许昌市",
    "01-hanzhong-key-projects-2020-h1-trad": "汉中市",
    "02-yuncheng-fai-2024-q1": PLACE_UNKNOWN,  # 全市 only; Yuncheng is in the URL
    "03-yaan-economy-2024-jan-sep": PLACE_UNKNOWN,  # 全市 only
    "04-panzhihua-attraction-2006-jan-oct": PLACE_UNKNOWN,  # 我市; only the URL says it
    "05-fuling-attraction-2015-h1": "涪陵区",
    "01-shanxi-key-projects-2019-jan-aug": "山西省",
    "02-huidong-key-projects-2024-jan-apr-trad": PLACE_UNKNOWN,  # 我县 only
    "03-bole-fai-jan-sep": PLACE_UNKNOWN,  # 全市 only
    # 全市, and 辽宁 as where a leader spoke: no city named, never the province
    "04-chaoyang-economy-2025-q1": PLACE_UNKNOWN,
    "05-gansu-attraction-2024-jan-sep": "甘肃省",  # 全省, and 兰州 (its paper): the province
    "01-hunan-key-projects-2024-jan-nov-trad": "湖南省",
    "02-ningxia-key-projects-2018-q1": "宁夏回族自治区",
    "03-jiangxi-fai-2021-jan-jul": "江西省",
    "04-guizhou-economy-2021-jan-sep": "贵州省",
    "05-yunnan-attraction-2016-jan-apr": "云南省",
    "01-fujian-key-projects-2009-jan-may-trad": "福建省",
    "02-qinghai-fai-2008-jan-aug-trad": "青海省",
    "03-jilin-economy-2023-q1": "吉林省",
    "04-baotou-economy-2021-jan-sep": PLACE_UNKNOWN,  # 我市 … 根据盟市: no place named
    "05-hainan-attraction-2016": "海南省",
    "01-xiamen-key-projects-2022-jan-aug": "厦门市",
    "02-ordos-fai-jan-may-trad": "鄂尔多斯市",
    "03-quanzhou-industrial-inv-2022-jan-may": "泉州市",
    "04-yinchuan-economy-q1": "银川市",
    "05-ganzhou-attraction-2013-jan-jun": "赣州市",
    "01-xingtai-key-projects-2016-jan-jun-trad": "邢台市",
    "02-mianyang-fai-2018-jan-nov": "绵阳市",
    "03-shunde-economy-2023-jan-jun": "顺德区",
    "04-nanyang-signing-2022-03": "南阳市",
    "05-dalian-attraction-2022-q1": "大连市",
    # seventh held-out set: Kaifeng through its county 兰考县 (the city is named in full too)
    "01-kaifeng-key-projects-2019-jan-aug": "开封市",
    "02-jiangmen-fai-jan-aug": "place_unknown",  # only its URL names it
    "03-cangzhou-fai-2024": "沧州市",
    "04-chifeng-economy-2021-jan-jun-trad": "赤峰市",
    "05-xinjiang-attraction-2023-trad": "新疆维吾尔自治区",
    # eighth held-out set
    "01-suining-key-projects-2011-jan-sep": "遂宁市",
    "02-qingyuan-fai-2017-q1": "清远市",
    "03-anshan-economy-2021-jan-sep-trad": "鞍山市",
    "04-weinan-attraction-2010-jan-jun": "渭南市",
    "05-handan-key-projects-2013-jan-jul": "邯郸市",
    # ninth held-out set
    "01-daqing-key-projects-2021-jan-may-trad": "大庆市",
    "02-luzhou-fai-2014-q1": "泸州市",
    "03-shenyang-economy-2021-jan-sep": "沈阳市",
    "04-xinyang-signing-2022-batch4": "信阳市",
    "05-zhaoqing-economy-jan-aug-trad": "肇庆市",
    # tenth held-out set
    "01-chengde-key-projects-2014-jan-oct": "承德市",
    "02-jinan-industrial-inv-2022-jan-jul-trad": "济南市",
    "03-shanwei-economy-jan-aug-trad": PLACE_UNKNOWN,  # only its URL names it
    "04-guilin-signing-2024-caexpo": "桂林市",
    "05-xiangxi-key-projects-2021-jan-sep": "湘西土家族苗族自治州",
    # eleventh held-out set
    "01-zhenjiang-key-projects-2013-jan-feb": "镇江市",
    "02-jingzhou-fai-jan-oct": "荆州市",
    # 缙云全县: a county's short name alone, which the rules take for no place yet
    "03-jinyun-economy-2023-h1": PLACE_UNKNOWN,
    "04-bozhou-attraction-jan-oct": "亳州市",
    "05-jiayuguan-key-projects-2020-h1": "嘉峪关市",
    # twelfth held-out set (all five right on first sight)
    "01-hengshui-key-projects-2019": "衡水市",
    "02-deyang-key-projects-2021-q1": "德阳市",
    "03-songjiang-fai-2017-jan-may": "松江区",
    "04-yulin-economy-2022": "榆林市",
    "05-meizhou-signing-mar": "梅州市",
    # thirteenth held-out set (four of five on first sight: 03 names its counties, never
    # itself, and was filed under one of them, 北镇市, until the rule for that case)
    "01-alxa-key-projects-2021-jan-may": "阿拉善盟",
    "02-yichang-fai-2022-jan-feb": "宜昌市",
    "03-jinzhou-economy-h1": "锦州市",
    "04-yongchuan-signing-2023-apr": "永川区",
    "05-bazhong-signing-may": "巴中市",
    # fourteenth held-out set (right on first sight: 03 and 05 name no place, only their URLs)
    "01-xian-key-projects-2018-jan-jun": "西安市",
    "02-guangdong-fai-2009-jan-nov-trad": "广东省",
    "03-youyang-economy-2025q1": PLACE_UNKNOWN,
    "04-luan-attraction-2024-jan-jun": "六安市",
    "05-jiaozuo-key-projects-2011-jan-jun": PLACE_UNKNOWN,
    # fifteenth held-out set (all five right on first sight)
    "01-nanchong-key-projects-2017-jan-oct": "南充市",
    "02-heilongjiang-fai-2007-jan-jun": "黑龙江省",
    "03-tibet-economy-q1-trad": "西藏自治区",
    "04-yanan-attraction-2023": "延安市",
    "05-inner-mongolia-industrial-inv-2017-q1": "内蒙古自治区",
    # sixteenth held-out set (all five right on first sight)
    "01-nanchang-key-projects-2023-jan-oct": "南昌市",
    "02-hebei-fai-2019-jan-sep": "河北省",
    "03-zigong-economy-2021q1-trad": "自贡市",
    "04-xianyang-attraction-2012-yangling-fair": "咸阳市",
    "05-liaoning-key-projects-2023q1-starts": "辽宁省",
    # seventeenth held-out set (right on first sight: 02 and 03 name only 全市 / 全县)
    "01-sichuan-key-projects-2012-jan-jun": "四川省",
    "02-chuxiong-fai-jan-may": PLACE_UNKNOWN,
    "03-yuanling-economy-2020-jan-sep-trad": PLACE_UNKNOWN,
    "04-bijiang-attraction-2023": "碧江区",
    "05-luohe-key-projects-2013-jan-jun": "漯河市",
    # eighteenth held-out set (right on first sight: 02 names only districts and 全市, 03
    # only 全市 and its URL)
    "01-changde-key-projects-2018-jan-aug": "常德市",
    "02-chongqing-fai-2013-jan-jun": PLACE_UNKNOWN,
    "03-kaiyuan-economy-2021-jan-jun": PLACE_UNKNOWN,
    "04-wuhu-attraction-2021-jan-oct": "芜湖市",
    "05-qianxinan-new-projects-q1-trad": "黔西南布依族苗族自治州",
    # nineteenth held-out set (right on first sight: 03 names only 全市)
    "01-tianshui-key-projects-2017-jan-jun": "天水市",
    "02-datong-fai-2021-trad": "大同市",
    "03-dezhou-economy-2014q1": PLACE_UNKNOWN,
    "04-zhangzhou-signing-2021-trad": "漳州市",
    "05-fengqiu-key-projects-2016-jan-apr": "封丘县",
    # twentieth held-out set (01 and 05 name no place, only 县级 and 全市; 04 is read wrong
    # on first sight, see KNOWN_WRONG)
    "01-minhou-key-projects-2023-jan-jun": PLACE_UNKNOWN,
    "02-shaanxi-fai-2015-jan-sep": "陕西省",
    "03-chengdu-economy-2012q1-trad": "成都市",
    "04-suzhou-jiuquan-attraction-2017": "肃州区",
    "05-changzhou-industrial-key-projects-2018q1": PLACE_UNKNOWN,
    # twenty-first held-out set (right on first sight: 02 names only a town of its city,
    # 高邮镇, and 全市; 03 only its district 鄂城区, filed under the city 鄂州)
    "01-suzhou-anhui-key-projects-2015-jan-apr-trad": "宿州市",
    "02-gaoyou-key-projects-2013-jan-nov": PLACE_UNKNOWN,
    "03-ezhou-fai-2016-jan-feb": "鄂州市",
    "04-bengbu-economy-2017-trad": "蚌埠市",
    "05-putian-signing-2024-trad": "莆田市",
    # twenty-second held-out set (right on first sight: 01 names 淮安 only in its source
    # line; 04 and 05 are districts of Baoji and Hebi)
    "01-huaian-key-projects-2024-jan-jun": "淮安市",
    "02-shantou-key-projects-jan-sep": "汕头市",
    "03-hefei-fai-jan-aug-trad": "合肥市",
    "04-baoji-jintai-economy-2011": "金台区",
    "05-hebi-qibin-signing-2012": "淇滨区",
    # twenty-third held-out set (03 was read wrong on first sight: filed under 安徽省, its
    # 全省 only in comparisons; right since the tenth session)
    "01-yueyang-key-projects-apr": "岳阳市",
    "02-xuzhou-key-projects-2022q1": "徐州市",
    "03-chizhou-fai-2023-jan-may": "池州市",
    "04-liuzhou-economy-jan-jun-trad": "柳州市",
    "05-yancheng-attraction-2018-jan-sep": "盐城市",
    # twenty-fourth held-out set (04 was read wrong on first sight: filed under 四川省 for
    # one 我省 against five 宜賓; right since the tenth session); 01
    # names its prefecture only in the newspaper's masthead (甘孜日報) and says 我州
    "01-ganzi-key-projects-2020-jan-aug-trad": "甘孜藏族自治州",
    "02-taiyuan-industrial-inv-2013-jan-jul": "太原市",
    "03-longyan-economy-jan-sep": "龙岩市",
    "04-yibin-attraction-2012-trad": "宜宾市",
    "05-wuxi-economy-2023-q1": "无锡市",
    # twenty-fifth held-out set (01 and 05 were read wrong on first sight: 01 still is, see
    # KNOWN_WRONG); 05 never names its city as a place, only its county-level units of 宁德
    "01-fuzhou-key-projects-2020-q4-trad": "福州市",
    "02-qingdao-fai-2019-jan-sep": "青岛市",
    "03-changsha-economy-2018-q1": "长沙市",
    "04-chuzhou-attraction-apr": "滁州市",
    "05-ningde-key-projects-jan-aug": "宁德市",
    # twenty-sixth held-out set (right on first sight; 03 never names its city, only 全市,
    # and its place came from the page's address)
    "01-hengyang-key-projects-2020-apr": "衡阳市",
    "02-jinzhong-fai-2018-jan-apr": "晋中市",
    "03-changzhi-economy-2025-q1": PLACE_UNKNOWN,
    "04-zhanjiang-attraction-trad": "湛江市",
    "05-zhongshan-key-projects-2012-trad": "中山市",
    # twenty-seventh held-out set (right on first sight; 05 is a district of 三亚)
    "01-lanzhou-key-projects-2016-jan-jul": "兰州市",
    "02-yanbian-fai-2023-h1": "延边朝鲜族自治州",
    "03-ningbo-economy-2020": "宁波市",
    "04-urumqi-attraction-2024-q1": "乌鲁木齐市",
    "05-sanya-fai-2016-q1-trad": "海棠区",
    # twenty-eighth held-out set (right on first sight)
    "01-wenzhou-key-projects-2017-jan": "温州市",
    "02-jingmen-industrial-inv-jan-apr": "荆门市",
    "03-changchun-economy-2024-q1-trad": "长春市",
    "04-heze-attraction-2016-jan-apr-trad": "菏泽市",
    "05-fangchenggang-key-projects-2015": "防城港市",
    # twenty-ninth held-out set (four of five on first sight)
    "01-baoding-key-projects-2024": "保定市",
    "02-shaoxing-county-fai-2013-h1-trad": "绍兴县",
    "03-yichun-industry-2024-h1": "宜春市",
    "04-xixiu-attraction-jan-apr-trad": "西秀区",
    "05-liaocheng-attraction-2023": "聊城市",
    # thirtieth held-out set (five of five on first sight); 03 never prints 海宁 (only the
    # publisher's URL does), so it must say it does not know
    "01-taizhou-key-projects-2022-q1-trad": "泰州市",
    "02-anqing-fai-2008-jan-may": "安庆市",
    "03-haining-economy-2024-h1": PLACE_UNKNOWN,
    "04-haixi-attraction-2016": "海西蒙古族藏族自治州",
    "05-loudi-fai-jan-oct": "娄底市",
    # thirty-first held-out set (five of five on first sight); 01 never prints 沁水 (only the
    # publisher's URL does)
    "01-qinshui-key-projects-2021": PLACE_UNKNOWN,
    "02-xiangtan-key-projects-2018-sep-trad": "湘潭市",
    "03-lintan-fai-2012-jan-aug": "临潭县",
    "04-weixi-economy-2016-q1-trad": "维西傈僳族自治县",
    "05-huanggang-attraction-feb": "黄冈市",
}

#: texts whose place the reader does not find yet, and why: kept as failures that must stay
#: failures until the reader learns it (strict), not hidden from the table
KNOWN_WRONG = {
    # 肃州区 once in the lead; page chrome after the article names 博山 (a bank) twice
    "04-suzhou-jiuquan-attraction-2017": "filed under 博山区, named twice in trailing chrome",
    # 福州 in the headline and the body (and in the paper's name); 全省 in the name of the
    # provincial event it joined: read as the province's text
    "01-fuzhou-key-projects-2020-q4-trad": "filed under 福建省: 全省 of a provincial event",
    # 紹興縣 became 柯桥区 in 2013, so the gazetteer (division codes of 2016) has no 绍兴县:
    # the county's text is filed under its city
    "02-shaoxing-county-fai-2013-h1-trad": "filed under 绍兴市: 绍兴县 is not in the gazetteer",
}

TEXTS = sorted(INTAKE.glob("*.txt")) if INTAKE.is_dir() else []
TEXTS += sorted(FIXTURES.glob("intake_holdout*/*.txt"))


def test_the_table_covers_every_fixture_text():
    held_out = {p.stem for p in FIXTURES.glob("intake_holdout*/*.txt")}
    assert held_out <= set(EXPECTED)
    if INTAKE.is_dir():
        assert {p.stem for p in INTAKE.glob("*.txt")} <= set(EXPECTED)


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[p.stem]))
        if p.stem in KNOWN_WRONG
        else p
        for p in TEXTS
    ],
    ids=[p.stem for p in TEXTS],
)
def test_every_real_text_gets_the_place_its_readme_names(path):
    p = propose(read_article(path))
    assert place_of(p) == EXPECTED[path.stem]


def test_new_places_get_their_level_and_parents_from_the_gazetteer():
    """A district of Foshan: its city and province are drafted too, the province first."""
    text = (
        "7月28日,佛山市顺德区统计局发布上半年经济运行简况。\n"
        "上半年,全区地区生产总值1900.5亿元,增长5.0%;其中第二产业增加值1000.2亿元,增长4.0%。"
        "顺德区规模以上工业增加值增长6.1%。"
    )
    p = propose(from_text(text), date="2023-07-28")
    rows = [(r["region_id"], r["level"], r["parent_id"]) for r in p.rows["regions"]]
    assert rows == [
        ("guangdong", "province", ""),
        ("foshan", "prefecture", "guangdong"),
        ("shunde", "county", "foshan"),
    ]
    assert p.source["region_id"] == "shunde"
    assert any("foshan (佛山市), guangdong (广东省)" in n for n in p.notes)


def test_a_city_the_data_do_not_hold_gets_its_own_draft_region_and_its_province():
    p = propose(from_text(CITY_RELEASE), date="2021-05-26")
    assert p.source["region_id"] == "hangzhou"
    rows = {r["region_id"]: r for r in p.rows["regions"]}
    assert rows["hangzhou"]["name_zh"] == "杭州市"
    assert rows["hangzhou"]["name_en"] == "Hangzhou"
    assert rows["hangzhou"]["level"] == "prefecture"
    # its province is not named, the gazetteer knows it: Zhejiang, never Henan
    assert rows["hangzhou"]["parent_id"] == "zhejiang"
    assert rows["zhejiang"] == {
        "region_id": "zhejiang",
        "name_zh": "浙江省",
        "name_en": "Zhejiang",
        "level": "province",
        "parent_id": "",
    }
    assert {r["region_id"] for r in p.rows["observations"]} == {"hangzhou"}
    assert any("杭州市" in n for n in p.notes)


def test_the_city_release_gives_its_two_year_averages_and_distributed_gaps():
    p = propose(from_text(CITY_RELEASE), date="2021-05-26")
    got = {
        (st.kind, p.figures[st.tested].text): v.status
        for st, v in zip(p.statements, p.verdicts)
        if st.tested is not None
    }
    assert got[("two_year_average", "10%")] == "reproduced"  # √1.21 − 1 = 10.0
    assert got[("gap", "2.5个")] == "reproduced"  # 14.5 − 12.0
    assert got[("gap", "8.0个百分点")] == "reproduced"  # 20.0 − 12.0


def test_a_county_figure_in_a_city_text_is_the_countys():
    text = "1-9月份,安阳市重点项目完成投资500亿元。各县(市、区)中,林州市70.5%,汤阴县66.0%。"
    p = propose(from_text(text), date="2017-10-11")
    assert p.source["region_id"] == "anyang"
    regions = {f["text"]: f["region_id"] for f in p.to_json()["figures"]}
    assert regions["500亿元"] == "anyang"
    assert regions["70.5%"] == "linzhou" and regions["66.0%"] == "tangyin"
    new = {r["region_id"]: r for r in p.rows["regions"]}
    assert new["linzhou"]["parent_id"] == "anyang" and new["linzhou"]["level"] == "county"
    assert new["tangyin"]["parent_id"] == "anyang" and new["tangyin"]["level"] == "county"


def test_a_county_named_without_its_suffix_in_its_citys_text_is_the_county():
    """游仙 alone names 游仙区 in a text that names 绵阳; 4.2% is its figure."""
    text = "1-11月,绵阳市固定资产投资增长15.7%。分区域看,游仙4.2%,平武为3.1%。"
    p = propose(from_text(text), date="2018-12-18")
    assert p.source["region_id"] == "mianyang"
    regions = {f["text"]: f["region_id"] for f in p.to_json()["figures"]}
    assert (regions["15.7%"], regions["4.2%"], regions["3.1%"]) == (
        "mianyang",
        "youxian",
        "pingwu",
    )
    new = {r["region_id"]: r for r in p.rows["regions"]}
    assert new["youxian"]["name_zh"] == "游仙区" and new["youxian"]["parent_id"] == "mianyang"
    assert new["mianyang"]["parent_id"] == "sichuan"


def test_a_county_text_is_filed_under_the_county_not_its_city():
    text = "巩义市举行集中签约仪式,签约项目13个,总投资262.3亿元。巩义位于郑州市西部。"
    p = propose(from_text(text), date="2022-09-26")
    rows = {r["region_id"]: r for r in p.rows["regions"]}
    assert p.source["region_id"] == "gongyi"
    assert (rows["gongyi"]["level"], rows["gongyi"]["parent_id"]) == ("county", "zhengzhou")


def test_a_text_that_names_no_place_says_so_and_cannot_be_accepted(tmp_path):
    p = propose(from_text("全市完成投资150亿元,同比增长12%。"), date="2024-05-20")
    assert p.source["region_id"] == PLACE_UNKNOWN
    assert any("place unknown" in n for n in p.notes)
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    with pytest.raises(DataError, match="--region"):
        intake.accept(p.rows, data=data)


# --- the traps: words that end like a place's name and name none --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "列入市县考核的项目120个,完成投资50亿元。",
        "根据盟市生产总值统一核算结果,全市地区生产总值增长5.0%。",
        "今年以来,全市上下按照市委、市政府统一部署,推进项目建设。",
        "纳入省目标考核的项目47个,完成投资80亿元。",
        "全市重点项目中,城区项目和开发区项目进展顺利,列入省重点的项目40个。",
        "各位来宾,朝阳产业投资增长20%,创新乡村振兴模式,确保定期调度。",
        "本地市场需求旺盛,全市场交易额增长8.0%。",
    ],
)
def test_words_that_end_like_a_place_name_no_place(text):
    assert names(text) == []
    p = propose(from_text(text), date="2024-05-20")
    assert p.source["region_id"] == PLACE_UNKNOWN
    assert not p.rows["regions"]


def test_province_and_government_words_name_no_place_but_the_province_named_is_one():
    view = "今年以来,全市上下按照市委、市政府统一部署,纳入省目标考核的项目47个。据河南省统计局消息,投资增长。"
    assert names(view) == ["河南省"]


def test_a_name_with_or_without_its_suffix_names_the_same_place():
    gaz = load_gazetteer()
    for text in ("驻马店市重点项目", "驻马店重点项目", "驻马店地区重点项目"):
        assert names(text) == ["驻马店市"], text
    for text in ("宁夏回族自治区重点项目", "宁夏重点项目", "宁夏自治区重点项目"):
        assert names(text) == ["宁夏回族自治区"], text
    assert names("黔东南州和恩施土家族苗族自治州") == [
        "黔东南苗族侗族自治州",
        "恩施土家族苗族自治州",
    ]
    assert names("兴安盟、阿里地区") == ["兴安盟", "阿里地区"]
    # a county's suffix changes (撤市设区: 即墨市 is 即墨区 since 2017)
    assert names("即墨区工业投资增长") == ["即墨市"]
    assert gaz.divisions[text_place("全区工业投资增长10%。即墨区", gaz).code].name == "即墨市"


def test_a_county_short_name_alone_is_no_place():
    """闵行 alone names no place; after 闵行区 it does."""
    assert names("闵行经济稳步增长") == []
    assert names("闵行区统计局:闵行经济稳步增长,闵行投资增长") == ["闵行区"]
    assert places_named("闵行区统计局:闵行经济稳步增长,闵行投资增长")[0].count == 3


def test_three_counties_of_one_city_by_their_short_names_name_them_and_the_city():
    """A city's release that never names itself but lists its counties by their short
    names (福鼎、福安、霞浦): three of one city confirm each other and file the text under
    the city; two alone stay no place (they may be words)."""
    text = "1-8月,全市在建项目完成投资进度:福鼎80.1%、福安79.5%、霞浦73.6%。全市……"
    assert names(text) == ["福鼎市", "福安市", "霞浦县"]
    assert chosen(text) == ("宁德市", "福建省")
    assert names("1-8月,全市在建项目完成投资进度:福鼎80.1%、福安79.5%。") == []


def test_a_two_character_name_needs_a_list_or_its_city_before_it():
    """新县 is a county of Xinyang; 创新县域 names none."""
    assert names("推动创新县域经济发展") == []
    assert names("各县区中,新县完成投资20亿元") == ["新县"]
    assert names("信阳市新县完成投资20亿元") == ["信阳市", "新县"]


# --- shared names: the place inside a place the text names, else the higher level ---------


def chosen(text: str) -> tuple[str, str]:
    gaz = load_gazetteer()
    place = text_place(text, gaz)
    assert place is not None, text
    parent = gaz.divisions[place.parent].name if place.parent else ""
    return place.name, parent


def test_chaoyang_is_the_one_inside_the_place_the_text_names():
    assert chosen("北京市朝阳区1-6月固定资产投资增长5.0%。全区……") == ("朝阳区", "北京市")
    assert chosen("长春市朝阳区1-6月固定资产投资增长5.0%。全区……") == ("朝阳区", "长春市")
    assert chosen("辽宁省朝阳市一季度地区生产总值增长5.5%。全市……") == ("朝阳市", "辽宁省")
    # alone, 朝阳 names the city in a text that names Liaoning (and no place otherwise:
    # 朝阳产业)
    assert chosen("辽宁朝阳一季度地区生产总值增长5.5%,全市……") == ("朝阳市", "辽宁省")
    p = propose(from_text("北京市朝阳区1-6月固定资产投资增长5.0%。全区工业投资增长3.0%。"))
    rows = {r["region_id"]: r for r in p.rows["regions"]}
    assert p.source["region_id"] == "chaoyang"
    assert (rows["chaoyang"]["level"], rows["chaoyang"]["parent_id"]) == ("county", "beijing")


def test_a_shared_name_with_no_place_around_it_is_the_higher_level():
    """吉林 is a province and a city of it: alone, the province."""
    assert chosen("吉林一季度地区生产总值增长8.2%。") == ("吉林省", "")
    assert chosen("吉林市一季度地区生产总值增长8.2%。全市……") == ("吉林市", "吉林省")


# --- which of the places named the text is about ------------------------------------------


def test_a_city_text_names_its_province_as_a_comparison():
    assert chosen("上半年我市固定资产投资总量居四川省第三。达州市投资增长8.0%。") == (
        "达州市",
        "四川省",
    )


def test_a_city_text_that_says_quan_sheng_only_to_compare_is_the_citys():
    # 高出全省, 居全省第一: the province it compares with, not its own place
    text = "前5月达州市投资增速全省第一。1-5月,达州市固定资产投资同比增长17.5%,高出全省12.5个百分点,增速位居全省第一。"
    assert chosen(text) == ("达州市", "四川省")
    # a province's own 全省 still makes the text the province's
    text = "1-5月,全省固定资产投资同比增长5.0%。其中达州市增长17.5%,居全省第一。"
    assert chosen(text) == ("四川省", "")


def test_a_city_named_more_often_than_the_text_says_wo_sheng_is_the_text_place():
    # 我省 once, 达州 three times: the city's text, the province the whole it lies in
    text = "达州在博览会上签约项目30个。该项目是我省重点项目之一。达州今年签约总额创新高,达州市将……"
    assert chosen(text) == ("达州市", "四川省")
    # a province's text that names a city less often than it says 全省 stays the province's
    text = "全省签约项目300个,全省签约金额1000亿元,全省到位资金500亿元。兰州市签约项目80个。"
    assert chosen(text) == ("甘肃省", "")


def test_a_province_text_that_names_cities_is_the_provinces():
    text = "1-4月,全省招商引资到位资金1000亿元。其中昆明市300亿元,曲靖市200亿元,玉溪市100亿元。来自云南省招商局。"
    assert chosen(text) == ("云南省", "")


def test_a_city_named_far_more_than_its_province_is_the_text_place():
    text = "河南商报讯 商丘市重点项目完成投资147亿元。商丘市梁园区、睢阳区、虞城县、夏邑县进展较快,商丘市民权县……"
    assert chosen(text)[0] == "商丘市"


# --- the gazetteer, its names in Latin letters, its script -------------------------------


def test_the_gazetteer_holds_the_countrys_divisions_with_their_parents():
    with open(DEFAULT_DATA_DIR / "places.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_code = {r["adcode"]: r for r in rows}
    assert len(by_code) == len(rows) > 3000
    assert sum(r["level"] == "province" for r in rows) == 34
    for r in rows:
        assert (r["level"] == "province") == (r["parent_adcode"] == "")
        if r["parent_adcode"]:
            assert by_code[r["parent_adcode"]]["level"] != "county"
    named = {r["name_zh"]: r for r in rows}
    assert by_code[named["闵行区"]["parent_adcode"]]["name_zh"] == "上海市"
    assert by_code[named["济源市"]["parent_adcode"]]["name_zh"] == "河南省"
    assert "市辖区" not in named and "省直辖县级行政区划" not in named


def test_the_gazetteer_is_built_once():
    assert load_gazetteer() is load_gazetteer()


def test_the_script_derives_levels_and_parents_from_the_codes():
    spec = importlib.util.spec_from_file_location(
        "places_from_cpca", PROJ_ROOT / "scripts" / "places_from_cpca.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    codes = [
        {"adcode": "410000000000", "name": "河南省"},
        {"adcode": "411700000000", "name": "驻马店市"},
        {"adcode": "411701000000", "name": "市辖区"},
        {"adcode": "411702000000", "name": "驿城区"},
        {"adcode": "419000000000", "name": "省直辖县级行政区划"},
        {"adcode": "419001000000", "name": "济源市"},
    ]
    assert mod.places(codes) == [
        {"adcode": "410000000000", "name_zh": "河南省", "level": "province", "parent_adcode": ""},
        {
            "adcode": "411700000000",
            "name_zh": "驻马店市",
            "level": "prefecture",
            "parent_adcode": "410000000000",
        },
        {
            "adcode": "411702000000",
            "name_zh": "驿城区",
            "level": "county",
            "parent_adcode": "411700000000",
        },
        {
            "adcode": "419001000000",
            "name_zh": "济源市",
            "level": "county",
            "parent_adcode": "410000000000",
        },
    ]


@pytest.mark.parametrize(
    ("name", "roman"),
    [
        ("闵行", "Minhang"),
        ("厦门", "Xiamen"),
        ("重庆", "Chongqing"),
        ("长治", "Changzhi"),
        ("长子", "Zhangzi"),
        ("朝阳", "Chaoyang"),
        ("漯河", "Luohe"),
        ("丰都", "Fengdu"),
        ("雅安", "Ya'an"),
        ("吕梁", "Lüliang"),
        ("鄂尔多斯", "Ordos"),
        ("哈尔滨", "Harbin"),
        ("驻马店", "Zhumadian"),
    ],
)
def test_place_names_are_romanised_as_officially_written(name, roman):
    assert romanise(name) == roman


def test_an_id_is_the_romanised_name_in_ascii():
    assert [ascii_id(romanise(n)) for n in ("雅安", "吕梁", "闵行")] == [
        "yaan",
        "lvliang",
        "minhang",
    ]


# --- all or nothing: a new place and its parents land together ---------------------------


def test_a_second_city_of_a_province_drafts_the_province_once(tmp_path):
    """The province row a first city's text drafted is in the data then: the second text
    does not draft it again (which would be refused as a duplicate id)."""
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data, ignore=shutil.ignore_patterns(".*"))
    config = tmp_path / "reports.toml"
    config.write_text("", encoding="utf-8")
    drafted = []
    for n, text in enumerate(
        [CITY_RELEASE, CITY_RELEASE.replace("杭州", "湖州").replace("12.0%", "11.0%")]
    ):
        p = propose(from_text(text), date="2021-05-26", data=data)
        drafted.append([r["region_id"] for r in p.rows["regions"]])
        for r in p.rows["sources"]:
            r["publisher"], r["title"] = "某市统计局", f"1-6月投资运行情况({n})"
        intake.accept(as_reviewed(p.rows), data=data, config=config)
    assert drafted == [["zhejiang", "hangzhou"], ["huzhou"]]
    with open(data / "regions.csv", encoding="utf-8-sig", newline="") as fh:
        rows = {r["region_id"]: r for r in csv.DictReader(fh)}
    assert rows["hangzhou"]["parent_id"] == rows["huzhou"]["parent_id"] == "zhejiang"
    assert rows["zhejiang"]["level"] == "province"


def test_a_district_and_its_city_and_province_are_accepted_together(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data, ignore=shutil.ignore_patterns(".*"))
    config = tmp_path / "reports.toml"
    config.write_text("", encoding="utf-8")
    text = "佛山市顺德区上半年地区生产总值1900.5亿元,增长5.0%。全区工业投资增长6.1%。"
    p = propose(from_text(text), date="2023-07-28", data=data)
    for r in p.rows["sources"]:
        r["publisher"], r["title"] = "顺德区统计局", "上半年经济运行简况"
    intake.accept(as_reviewed(p.rows), data=data, config=config)
    with open(data / "regions.csv", encoding="utf-8-sig", newline="") as fh:
        rows = {r["region_id"]: r for r in csv.DictReader(fh)}
    assert (rows["shunde"]["parent_id"], rows["foshan"]["parent_id"]) == ("foshan", "guangdong")
    # the same text again: every place is known now, nothing is drafted
    again = propose(from_text(text), date="2023-07-28", data=data)
    assert again.source["region_id"] == "shunde" and not again.rows["regions"]
