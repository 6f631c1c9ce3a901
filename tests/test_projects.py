"""Project names: where they start, what makes a phrase a name, and which phrases are kinds.

Every sentence is copied from a seed report in ``seeds/`` (named in a comment). The extractor runs
on its own (no spaCy pipeline), so these tests are fast; ``tests/test_extractors.py`` runs the
whole pipeline.
"""

from __future__ import annotations

import pytest

from kg.extractors.projects import ProjectExtractor
from kg.lexicon import load_lexicon
from kg.nlp import _known_names

OWN = {"市": "张家界市", "省": "湖南省"}  # the divisions of a report of 张家界市


@pytest.fixture(scope="module")
def projects():
    extractor = ProjectExtractor(load_lexicon(), _known_names())

    def find(sentence: str) -> list[str]:
        found = sorted(extractor.find(sentence, 0, OWN), key=lambda c: c.start)
        return [c.label for c in found if c.type == "Project"]

    return find


# --- Where a name starts ---------------------------------------------------------------------


def test_a_verb_read_on_characters_ends_inside_a_word(projects):
    # zhangjiajie-2021.txt: jieba reads 打/通常/张; the verb 打通 ends inside 通常
    assert projects("打通常张高速宜靖段，") == ["常张高速"]


def test_a_park_named_by_its_zone_and_two_products_starts_after_the_verb(projects):
    # zhangjiajie-2023-part1.txt: 17 characters before the head, with 及 inside the name
    found = projects("加快张家界高新区汽车摩托车零部件及配件产业园、张家界汇齐新材料生产项目、亿胜石英新材料等项目建设")
    assert {"张家界高新区汽车摩托车零部件及配件产业园", "张家界汇齐新材料生产项目"} <= set(found)
    assert not any(label.startswith("加快") for label in found)


def test_a_compound_governing_verb_is_not_part_of_the_name(projects):
    # zhangjiajie-2023-part1.txt
    assert "充分发挥垃圾焚烧发电厂" not in projects("充分发挥垃圾焚烧发电厂、华新水泥厂作用")


def test_a_list_element_keeps_its_first_word(projects):
    # zhangjiajie-2025.txt: 九十九 is a numeral, but after 、 no verb or count governs the element
    assert projects("确保桑植龙鹤、九十九尖风电项目竣工投产。") == ["桑植龙鹤风电项目", "九十九尖风电项目"]
    # zhangjiajie-2021.txt: 九天 reads as a time word
    assert "九天峰峦旅游" in projects("张家界大峡谷玻璃桥、张家界千古情、九天峰峦旅游等项目建成开放")


def test_the_city_centre_before_a_name_is_not_part_of_it(projects):
    # zhangjiajie-2024.txt
    found = projects("建成市中心城区枫香岗防洪保护圈、慈利县城南防洪保护圈。")
    assert found == ["枫香岗防洪保护圈", "慈利县城南防洪保护圈"]


def test_the_reports_own_level_names_a_facility(projects):
    # zhangjiajie-2023-part2.txt: 市图书馆 is the library of 张家界市
    assert projects("建成市美术馆、市文化馆、市图书馆。") == ["张家界市美术馆", "张家界市文化馆", "张家界市图书馆"]
    # zhangjiajie-2025.txt
    assert projects("市养老服务中心建成运营") == ["张家界市养老服务中心"]


# --- Context makes ordinary words a name -----------------------------------------------------


def test_ordinary_words_in_a_list_of_names_are_a_name(projects):
    # zhangjiajie-2021.txt: 开明, 月亮湾 are dictionary words; their neighbours are names
    found = projects("茅溪河大桥、红壁岩大桥、开明路、月亮湾西路等一批项目建成通车")
    assert found == ["茅溪河大桥", "红壁岩大桥", "开明路", "月亮湾西路"]


def test_a_park_named_for_what_it_serves(projects):
    # zhangjiajie-2024.txt
    assert projects("加快推进航空物流园建设") == ["航空物流园"]
    assert projects("推进铁路物流园建设") == ["铁路物流园"]


# --- Kinds and collectives are not names -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "推进防洪排涝、垃圾站、公厕等项目建设",  # zhangjiajie-2023-part1.txt: a list of kinds
        "全面完成4座中型病险水库除险加固工作",  # zhangjiajie-2024.txt: counted, and a kind
        "确保2025年全面完成截污工程建设。",  # zhangjiajie-2024.txt
        "稳步推进风电、光伏、储能等新能源项目建设。",  # zhangjiajie-2024.txt
        "推进索溪峪国家级旅游度假区、大峡谷5A级景区创建",  # zhangjiajie-2025.txt: a designation
        "建成乡镇标准化寄宿制学校13所、薄弱环节改善与能力提升学校16所，",  # zhangjiajie-2023-part2.txt
        "让每栋房屋每条道路都成为美丽的风景",  # zhangjiajie-2023-part1.txt
        "打造园区135工程升级版",  # zhangjiajie-2021.txt: a numbered programme
        "实施县中对口帮扶工程",  # zhangjiajie-2024.txt: help, not a work
        "千村美丽示范建设工程、千镇万村治理效能提档工程",  # zhangjiajie-2024.txt: a campaign's parts
        "开通14条国际航线和直达香港高铁",  # zhangjiajie-2025.txt: a train service
        "强化“四好农村路”建设",  # zhangjiajie-2024.txt: a quoted slogan
    ],
)
def test_kinds_and_collectives_are_not_names(projects, sentence):
    assert projects(sentence) == []


def test_a_part_of_a_work_is_not_a_work(projects):
    # zhangjiajie-2025.txt: 路基 (roadbed) is a part of the road named before it
    assert projects("完成桑植产业大道（二期）路基工程。") == ["桑植产业大道"]


def test_a_partner_institution_is_an_organisation(projects):
    # zhangjiajie-2023-part1.txt
    extractor = ProjectExtractor(load_lexicon(), _known_names())
    [found] = extractor.find("推进我市与长沙理工大学等校地合作项目落地见效", 0, OWN)
    assert (found.label, found.type) == ("长沙理工大学", "Organization")


def test_a_company_name_that_begins_like_a_number_is_no_campaign(projects):
    # zhangjiajie-2023-part1.txt: 亿胜 is a name, 千村… would be a campaign
    assert "亿胜石英新材料产业项目" in projects("加快张家界汇齐新材料生产项目、亿胜石英新材料产业项目建设")


def test_metro_lines_and_a_conference_centre_of_another_city(projects):
    # made up, in the style of a provincial capital's report: heads the seeds do not use
    found = projects("地铁6号线东延段开通运营，长沙国际会议中心建成投用，轨道交通3号线加快建设。")
    assert found == ["地铁6号线", "长沙国际会议中心", "轨道交通3号线"]


def test_a_count_between_a_list_and_its_head_and_the_head_as_written(extract):
    # zhangjiajie-2025.txt; made up: reservoirs of another county
    [plant] = extract("杨家溪等4个污水处理厂COD浓度整体下降。").of_type("Project")
    assert plant.label == "杨家溪污水处理厂"
    assert extract("加快宜冲桥、龙潭等水库建设。", "plan").labels("Project") == ["宜冲桥水库", "龙潭水库"]
