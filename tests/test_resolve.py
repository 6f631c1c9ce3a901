"""Resolving mentions to entities: one node per real-world thing across names and years, and IRIs
that do not change when a report is added."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from kg.documents import load_document
from kg.reading import InputError
from kg.resolve import aliases_for, label_key, read_aliases, resolve
from kg.vocab import DEFAULT_BASE


@pytest.fixture(scope="module")
def documents():
    return {path.stem: load_document(path) for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def resolved(documents):
    entities, of_mention, links, cities = resolve(list(documents.values()), DEFAULT_BASE)
    return entities, of_mention, links, cities


def entity_named(resolved, surface: str):
    entities = resolved[0]
    found = [e for e in entities if surface in e.surfaces or surface == e.label]
    assert found, surface
    return found


@pytest.mark.parametrize(
    "first,second",
    [
        ("农夫山泉项目", "农夫山泉天然饮用水项目"),  # 2025 / 2023: the proper core 农夫山泉
        ("久瑞生物新厂房", "久瑞搬迁新建项目"),  # 2023 / 2025: the proper core 久瑞
        ("500千伏变电站", "500千伏输变电工程"),  # digits with their unit
        ("桑龙", "桑龙高速"),  # a shared-head mention and a full one
        ("慈利", "慈利县"),  # a short form and the division
        ("第二轮土地承包到期后再延长三十年", "第二轮土地承包到期后再延长30年"),  # 2021 / 2023: a count in digits
    ],
)
def test_names_of_one_thing_are_one_entity(resolved, first, second):
    [a] = entity_named(resolved, first)
    [b] = entity_named(resolved, second)
    assert a is b


@pytest.mark.parametrize(
    "written,keyed",
    [
        ("全面优化营商环境四十条", "全面优化营商环境40条"),
        ("促进房地产市场平稳健康发展十八条措施", "促进房地产市场平稳健康发展18条措施"),
        ("安全生产专项整治三年行动", "安全生产专项整治三年行动"),  # a small count is part of the slogan
        ("六个一", "六个一"),
        ("十四五规划", "十四五规划"),  # not a count: no unit follows
    ],
)
def test_a_count_of_ten_or_more_is_keyed_in_digits(written, keyed):
    key = label_key("Programme", "Policy", written, "张家界市")
    assert key.name == keyed
    assert key.rule == ("same-label" if written == keyed else "counted-number")


def test_a_road_and_a_park_sharing_a_name_stay_two(resolved):
    [road] = entity_named(resolved, "翠谷产业园路网工程")
    [park] = entity_named(resolved, "中国翠谷植物提取产业园")
    assert road is not park


def test_every_merge_records_its_rule(resolved):
    [nongfu] = entity_named(resolved, "农夫山泉项目")
    assert set(nongfu.merges) == {"proper-core"}
    [cili] = entity_named(resolved, "慈利")
    assert set(cili.merges) == {"division-code"}


def test_entity_years_span_the_reports(resolved):
    [sanglong] = entity_named(resolved, "桑龙高速")
    assert sanglong.years == [2021, 2023, 2024, 2025]
    [jiurui] = entity_named(resolved, "久瑞搬迁新建项目")
    assert jiurui.years == [2021, 2023, 2025]


def test_iris_do_not_change_when_a_report_is_added(documents):
    without_2025 = [d for name, d in documents.items() if name != "zhangjiajie-2025"]
    before = {e.key: e.iri for e in resolve(without_2025, DEFAULT_BASE)[0]}
    after = {e.key: e.iri for e in resolve(list(documents.values()), DEFAULT_BASE)[0]}
    assert before.keys() <= after.keys()
    assert all(after[key] == iri for key, iri in before.items())


def test_iris_are_readable_and_under_the_base(resolved):
    [sanglong] = entity_named(resolved, "桑龙高速")
    assert sanglong.iri.startswith(DEFAULT_BASE + "entity/project/sang-long-")
    other = resolve(list(resolved[0][0].mentions[0][0] for _ in [0]), "https://example.org/kg/")[0]
    assert all(e.iri.startswith("https://example.org/kg/entity/") for e in other)


# -- curated aliases (aliases.csv next to the reports) ----------------------------------------------


def write_aliases(tmp_path, *rows: str):
    path = tmp_path / "aliases.csv"
    path.write_text("rule,type,label,variant,reason\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return read_aliases(path)


def test_an_alias_file_forbids_a_merge_the_rules_would_make(documents, tmp_path):
    aliases = write_aliases(tmp_path, "different,Project,农夫山泉天然饮用水项目,农夫山泉项目,two plants")
    entities = resolve(list(documents.values()), DEFAULT_BASE, aliases)[0]
    [short] = [e for e in entities if "农夫山泉项目" in e.surfaces]
    [full] = [e for e in entities if "农夫山泉天然饮用水项目" in e.surfaces]
    assert short is not full
    assert set(short.merges) == {"alias-file aliases.csv:2"}


def test_an_alias_file_forces_a_merge_and_records_where(documents, tmp_path):
    aliases = write_aliases(tmp_path, "same,Project,张石铁路,张吉怀高铁,for the test only")
    entities = resolve(list(documents.values()), DEFAULT_BASE, aliases)[0]
    [railway] = [e for e in entities if "张石铁路" in e.surfaces]
    assert "张吉怀高铁" in railway.surfaces
    assert railway.merges["alias-file aliases.csv:2"] == {"张吉怀高铁"}


def test_the_seed_alias_file_merges_the_swapped_company_name():
    aliases = aliases_for([SEEDS / "zhangjiajie-2025.txt"])
    assert aliases.same[("Organization", "汇齐新材料")][0] == "齐汇新材料"


@pytest.mark.parametrize(
    "row,message",
    [
        ("merge,Project,甲项目,乙项目,", "rule must be 'same' or 'different'"),
        ("same,Thing,甲项目,乙项目,", "type must be one of"),
        ("same,Project,甲项目,甲项目,", "label and variant must be two different names"),
    ],
)
def test_a_bad_alias_row_is_a_one_line_error_naming_file_and_line(tmp_path, row, message):
    with pytest.raises(InputError) as error:
        write_aliases(tmp_path, row)
    assert str(error.value).startswith(f"{tmp_path / 'aliases.csv'}:2: {message}")
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    "type_, cls, first, second",
    [
        ("Programme", "Campaign", "扫黑除恶专项斗争", "扫黑除恶"),  # zhangjiajie-2021 / 2023
        ("Programme", "Campaign", "交通问题顽瘴痼疾专项整治", "交通问题顽瘴痼疾集中整治"),  # 2021 / 2023
        ("Place", "ScenicArea", "大峡谷景区", "大峡谷"),  # 2023 / 2025
        ("Place", "ScenicArea", "武陵源风景名胜区", "武陵源景区"),  # 2024 / 2025
        ("Project", "TourismProject", "七星山国际旅游度假区", "七星山旅游度假区"),  # 2023 / 2025
        ("Place", "ScenicArea", "长江采石矶文化生态旅游区", "长江采石矶文化生态旅游区"),  # not a seed: kept whole
    ],
)
def test_a_kind_word_or_an_optional_word_does_not_split_a_name(type_, cls, first, second):
    assert label_key(type_, cls, first, "张家界市").key == label_key(type_, cls, second, "张家界市").key


def test_a_division_keeps_its_word_and_a_short_rest_keeps_its_kind():
    # 武陵源区 is a district, 武陵源景区 its scenic area; 东区景区 is too short to lose its kind
    assert label_key("Place", "County", "武陵源区", "张家界市").key != label_key("Place", "ScenicArea", "武陵源景区", "张家界市").key
    assert label_key("Place", "ScenicArea", "东区景区", "").name == "东区景区"
    assert label_key("Project", "Airport", "国际机场", "").name == "国际机场"  # never at the start


@pytest.mark.parametrize(
    "type_, cls, first, second",
    [
        ("Programme", "InstitutionalSystem", "生态环境保护督察", "生态环保督察"),  # zhangjiajie-2021 / 2023
        ("Programme", "InstitutionalSystem", "县级领导联系重点企业制度", "县领导联系重点企业制度"),  # not a seed
        ("Programme", "Campaign", "城市品质提升行动", "城市品质"),  # not a seed: a kind word
        ("Project", "IndustrialProject", "国际航空物流园", "航空物流园"),  # 2021 / 2024
        ("Project", "IndustrialProject", "国际陆港物流园", "陆港物流园"),  # not a seed
        ("Project", "Project", "亿胜石英新材料产业项目", "亿胜新材料"),  # 2023 / 2025: 亿胜新|材料
    ],
)
def test_contractions_optional_words_and_glued_characters_do_not_split_a_name(type_, cls, first, second):
    assert label_key(type_, cls, first, "张家界市").key == label_key(type_, cls, second, "张家界市").key


def test_a_highway_and_a_railway_of_the_same_core_are_two_works():
    # 马鞍山 2019 / 2021 (test split, read after scoring round 1): 宁马高速 and 宁马城际
    assert label_key("Project", "Highway", "宁马高速", "").key != label_key("Project", "Railway", "宁马城际", "").key
    assert label_key("Project", "Railway", "张吉怀高铁", "").key == label_key("Project", "Railway", "张吉怀铁路", "").key


@pytest.mark.parametrize(
    "type_, cls, first_city, first, second_city, second",
    [
        ("Project", "PublicFacility", "张家界市", "张家界市人民医院", "岳阳市", "岳阳市人民医院"),  # the city's name cut off
        ("Project", "PublicFacility", "张家界市", "人民医院", "岳阳市", "人民医院"),  # a name without a place
        ("Project", "Railway", "南昌市", "地铁1号线", "长春市", "地铁1号线"),  # dev: 南昌, 南通, 昆明, 长春
        ("Project", "PowerProject", "葫芦岛市", "兴城抽水蓄能电站", "漳平市", "漳平抽水蓄能电站"),  # dev: one core 蓄能
        ("Project", "IndustrialProject", "襄阳市", "比亚迪襄阳产业园", "西安市", "比亚迪新能源汽车产业园"),  # one company, two plants
        ("Project", "IndustrialProject", "株洲市", "株洲高新区", "宜宾市", "宜宾高新区"),
        ("Place", "Mountain", "张家界市", "七星山", "衡阳市", "七星山"),  # no gazetteer place: many 七星山
        ("Place", "Region", "中江县", "城南新区", "封丘县", "城南新区"),  # a part of a city
        ("Event", "Meeting", "东莞市", "东莞市第十四次党代会", "兰州市", "兰州市第十四次党代会"),
    ],
)
def test_a_name_that_is_the_report_citys_own_is_not_merged_with_another_citys(type_, cls, first_city, first, second_city, second):
    assert label_key(type_, cls, first, first_city).key != label_key(type_, cls, second, second_city).key


@pytest.mark.parametrize(
    "type_, cls, first, second",
    [
        ("Project", "PublicFacility", "张家界市人民医院", "人民医院"),  # one city: still one
        ("Place", "ScenicArea", "张家界大峡谷", "大峡谷"),
        ("Event", "Meeting", "张家界市第十四次党代会", "张家界第十四次党代会"),
    ],
)
def test_within_one_city_the_city_own_names_still_merge(type_, cls, first, second):
    assert label_key(type_, cls, first, "张家界市").key == label_key(type_, cls, second, "张家界市").key


@pytest.mark.parametrize(
    "type_, cls, first_city, second_city, label",
    [
        ("Project", "TransportProject", "佛山市", "番禺区", "广州南站"),  # dev: a known place in the name
        ("Project", "Railway", "唐山市", "通州区", "京唐城际铁路"),  # a railway's proper core: the places it joins
        ("Place", "Region", "恩施土家族苗族自治州", "株洲市", "长江经济带"),
        ("Place", "Region", "乐山市", "内江市", "川南"),  # a region, not a part of a city
        ("Place", "ScenicArea", "张家界市", "吉首市", "武陵源景区"),  # a known place after its kind word goes
        ("Event", "Meeting", "东城区", "中江县", "党的二十大"),
    ],
)
def test_a_name_that_holds_a_known_place_or_a_region_is_one_thing_in_every_city(type_, cls, first_city, second_city, label):
    assert label_key(type_, cls, label, first_city).key == label_key(type_, cls, label, second_city).key
