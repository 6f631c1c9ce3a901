"""Organisations named by level alone or as central bodies: 省委 is the Party committee of the
report's province, 市人大 its city's people's congress, 国务院安委会 the State Council's work safety
committee. Sentences are copied from the seed reports (named in a comment)."""

from __future__ import annotations

import pytest


def test_the_provincial_committee_and_government_by_level(extract):
    # zhangjiajie-2025.txt
    result = extract("抓住省委、省政府推动长沙优质教育、医疗资源下沉市州机遇，引进湖南师大附中。")
    assert result.labels("Organization")[:2] == ["中共湖南省委", "湖南省人民政府"]


def test_the_citys_congress_and_conference_without_a_prefix(extract):
    # zhangjiajie-2025.txt
    result = extract("自觉接受人大依法监督和政协民主监督，扎实开展人大“法治护安”“法治护绿”。")
    assert result.labels("Organization") == ["张家界市人大", "张家界市政协", "张家界市人大"]


def test_a_central_body_by_its_abbreviation(extract):
    # zhangjiajie-2023-part1.txt
    result = extract("严格落实国务院安委会安全生产十五条措施。")
    assert result.labels("Organization") == ["国务院安全生产委员会"]


def test_a_title_is_not_the_body(extract):
    # made up: 市委书记 is a person, 城市政府 not the city government
    result = extract("市委书记到城市政府调研。")
    assert result.labels("Organization") == []


def test_central_alone_qualifies_something_else(extract):
    # zhangjiajie-2025.txt: 中央 is the budget's and the inspection's level, not the Party centre
    result = extract("争取中央预算内投资、特别国债，中央和省生态环境保护督察转办信访件整改办结。")
    assert "党中央" not in result.labels("Organization")


def test_deputies_are_not_the_congress_and_a_count_is_not_part_of_the_body(extract):
    # zhangjiajie-2021.txt
    result = extract("省、市 143件人大代表建议和 126件政协提案全部办结。")
    assert result.labels("Organization") == ["张家界市政协"]


def test_a_project_named_after_its_company_names_the_company(extract):
    # zhangjiajie-2023-part1.txt (the city's name before the company is not part of it)
    result = extract("加快张家界汇齐新材料生产项目、亿胜石英新材料产业项目建设。", "plan")
    assert result.labels("Organization") == ["汇齐新材料", "亿胜石英新材料"]
    assert result.labels("Project") == ["张家界汇齐新材料生产项目", "亿胜石英新材料产业项目"]


def test_a_company_and_its_project_share_a_span_in_a_list_of_projects(extract):
    # zhangjiajie-2021.txt
    result = extract("加快推进东方希望肉类加工、万众新材、继源科技、久瑞生物、乾坤生物等项目。", "plan")
    assert result.labels("Organization") == ["东方希望", "万众新材", "继源科技", "久瑞生物", "乾坤生物"]
    assert "久瑞生物" in result.labels("Project")


def test_a_descriptive_word_or_a_place_is_no_trade_name(extract):
    # zhangjiajie-2021.txt: 绿色建材 is an industry; made up: 湘西北生物 names a region's industry
    result = extract("重点建设中国翠谷植物提取产业园、绿色建材循环产业园、湘西北生物医药产业园。", "plan")
    assert result.labels("Organization") == []


def test_an_industry_word_that_begins_the_head_needs_a_proper_trade_name(extract):
    # made up: 科技 begins 科技城 and 大学 is an ordinary word; zhangjiajie-2023-part1.txt: 华新 is a name
    assert extract("岳麓山大学科技城能级持续提升。").labels("Organization") == []
    assert extract("充分发挥华新水泥厂作用。", "plan").labels("Organization") == ["华新水泥"]


def test_well_known_platforms_and_hotel_groups(extract):
    # zhangjiajie-2023-part1.txt and zhangjiajie-2025.txt
    result = extract("加强与抖音、快手、携程等互联网平台合作，温德姆、希尔顿、亚朵等一批品牌酒店落户开业。")
    assert result.labels("Organization") == ["抖音", "快手", "携程", "温德姆", "希尔顿", "亚朵"]


def test_alliances_and_medical_groups(extract):
    # zhangjiajie-2024.txt, zhangjiajie-2023-part1.txt; made up: an alliance of a kind is no name
    assert extract("争取加入世界旅游联盟、丝绸之路旅游城市联盟。", "plan").labels("Organization") == ["世界旅游联盟", "丝绸之路旅游城市联盟"]
    assert extract("完善湘鄂渝黔红色旅游区、张吉怀旅游联盟。", "plan").labels("Organization") == ["张吉怀旅游联盟"]
    assert extract("组建产业联盟。", "plan").labels("Organization") == []


@pytest.fixture(scope="module")
def extract_in(nlp):
    """``extract_in(city, sentence)``: one sentence of a report of ``city``."""
    import kg.documents
    import kg.sections
    import kg.text
    from conftest import Result

    def run(city: str, sentence: str, section: str = "review") -> Result:
        cleaned = kg.text.clean(sentence)
        return Result(kg.nlp.run(nlp, cleaned, kg.sections.sectionize(cleaned, section), kg.documents.context_for(city)))

    return run


def test_a_governing_word_glued_to_the_name_is_cut(extract, extract_in):
    # 上海 2021 (dev); made up
    assert extract_in("上海市", "现在，我代表上海市人民政府，向大会报告工作。").labels("Organization") == ["上海市人民政府"]
    assert extract("请湖南省人民政府给予支持。").labels("Organization") == ["湖南省人民政府"]


def test_a_division_before_a_body_of_its_level_names_that_divisions_body(extract, extract_in):
    # 德惠 2020 (dev): 市政府 coordinated after 长春市委 is 长春's; 市人大 of a county-level city is its own
    result = extract_in("德惠市", "在长春市委、市政府和德惠市委的坚强领导下，在市人大、市政协的监督支持下。")
    assert result.labels("Organization") == ["中共长春市委", "长春市人民政府", "中共德惠市委", "德惠市人大", "德惠市政协"]
    # made up: 中共 belongs to the name; 市委 alone is still the report's own
    result = extract("贯彻中共湖南省委和市委决策部署，长沙市政府、市人大常委会联合调研。")
    assert result.labels("Organization") == ["中共湖南省委", "中共张家界市委", "长沙市人民政府", "长沙市人大常委会"]


def test_members_and_sessions_are_not_the_body(extract, extract_in):
    # 武汉 2019 (dev); made up
    result = extract_in("武汉市", "请市政协各位委员提出意见，圆满完成了市十四届人大二次会议确定的目标。")
    assert result.labels("Organization") == []
    assert extract("县政协各位委员和市五届人大三次会议代表视察了项目。").labels("Organization") == []


def test_a_district_reports_own_government(extract_in):
    # 汉滨 2025 (dev); made up
    assert extract_in("汉滨区", "我代表区人民政府向大会报告工作。").labels("Organization") == ["汉滨区人民政府"]
    assert extract_in("慈利县", "县人民政府常务会议研究部署。").labels("Organization") == ["慈利县人民政府"]


def test_a_municipality_districts_city_bodies(extract_in):
    # organizations.toml level_bodies {city}: in a report of a district of a municipality 市 is the municipality
    # dev: hedong-2020, tianjin-2019
    assert extract_in("河东区", "认真落实市委、市政府决策部署。").labels("Organization") == ["中共天津市委", "天津市人民政府"]
    assert extract_in("天津市", "在市委的坚强领导下，市政府认真落实。").labels("Organization") == ["中共天津市委", "天津市人民政府"]


def test_the_bodies_of_autonomous_regions_prefectures_and_banners(extract_in):
    # organizations.toml level_bodies {region}, {zhou}, {banner}; dev: wuhai-2020, xiaojin-2023, keerqinzuoyihouqi-2022
    assert extract_in("乌海市", "在自治区党委、自治区政府和市委的坚强领导下。").labels("Organization") == [
        "中共内蒙古自治区委员会", "内蒙古自治区人民政府", "中共乌海市委"]
    assert extract_in("小金县", "是州委、州政府和县委坚强领导的结果。").labels("Organization") == [
        "中共阿坝藏族羌族自治州委", "阿坝藏族羌族自治州人民政府", "中共小金县委"]
    assert extract_in("科尔沁左翼后旗", "我们在旗委的坚强领导、旗人大和旗政协的监督支持下。").labels("Organization") == [
        "中共科尔沁左翼后旗委", "科尔沁左翼后旗人大", "科尔沁左翼后旗政协"]
    # made up: a level the report does not have is not named (a county of a city has no 州)
    assert extract_in("慈利县", "州委州政府高度重视。").labels("Organization") == []


def test_a_bodys_term_names_its_plenums_not_the_body(extract_in):
    # organizations.toml not_in_session; dev: yuli-2025 (自治区党委十届、自治州党委十一届和县委十三届历次全会)
    assert extract_in("尉犁县", "认真落实自治区党委十届、县委十三届历次全会精神。").labels("Organization") == []


def test_a_listed_company_with_a_head_of_its_own_is_named_by_the_list(extract):
    # 茂名 2018 (dev): 正大 alone is an ordinary word; made up
    found = extract("与中国建材、协鑫集团、正大集团等知名企业加强务实合作。").labels("Organization")
    assert "正大集团" in found and "协鑫集团" in found
    assert "长城公司" in extract("引进华为、长城公司等龙头企业。").labels("Organization")


def test_central_departments_and_banks_by_their_short_names(extract):
    # 赣州 2018, 汉滨 2025 (dev); made up
    assert extract("在中宣部寻乌扶贫调研报告上作出批示。").labels("Organization") == ["中共中央宣传部"]
    assert extract("建行援助0.3亿元，农行投放贷款5亿元。").labels("Organization") == ["中国建设银行", "中国农业银行"]

def test_the_congress_named_with_its_session_is_the_setting_not_the_body(extract):
    # gold/dev/texts/wuxi-2012.txt and sanya-2016.txt; made up after them
    assert extract("全面完成了市十四届人大四次会议确定的各项任务。").labels("Organization") == []
    assert extract("记者从三亚市七届人大一次会议上了解到。").labels("Organization") == []
    assert extract("自觉接受市人大第三次会议的监督。").labels("Organization") == []
    assert extract("在市人大、市政协的监督支持下。").labels("Organization") == ["张家界市人大", "张家界市政协"]


def test_the_own_bodies_by_their_full_names(extract):
    # gold/dev/texts/wuxi-2012.txt (in a report of 无锡) and made up for 张家界
    assert extract("在中共张家界市委的坚强领导下，全市上下团结一致。").labels("Organization") == ["中共张家界市委"]
    assert extract("张家界市委常委会召开会议。").labels("Organization") == ["张家界市委常委会"]
    # 代表 before a body is the verb: 我代表无锡市人民政府向大会报告工作
    assert extract("现在，我代表张家界市人民政府向大会报告工作。").labels("Organization") == ["张家界市人民政府"]


def test_a_deputy_post_is_no_body(extract):
    # gold/dev/texts/kunming-2022.txt (昆明市委副书记); made up
    assert extract("市委副书记、市长作政府工作报告。").labels("Organization") == []
    assert extract("张家界市委副书记出席。").labels("Organization") == []


def test_a_venue_is_a_work_not_a_body(extract):
    # gold/dev/texts/kunming-2022.txt; made up
    assert extract("会议在昆明国际会展中心开幕。").labels("Project") == ["昆明国际会展中心"]
    assert extract("大会在张家界市体育中心隆重举行。").of_type("Organization") == []


def test_a_laboratory_named_by_a_proper_word_is_a_body(extract):
    # gold/dev/texts/sanya-2024.txt, ningbo-2024.txt; made up: a designation names no laboratory
    assert "崖州湾实验室" in extract("崖州湾实验室入轨工作走在同批次前列。").labels("Organization")
    assert "甬江实验室" in extract("甬江实验室形成科研布局。").labels("Organization")
    assert extract("新增国家重点实验室1家。").labels("Organization") == []


def test_a_committee_named_inside_its_plenum_is_no_body(extract):
    # yancheng-2020 (dev): 省市委全会 names plenums (none single, not annotated), not the committees (round 13, rule 21)
    assert extract("按照省市委全会部署,紧扣全面建成小康社会目标任务。").labels("Organization") == []
    # invented: the committee itself
    assert extract("在市委的坚强领导下，全市上下团结奋斗。").labels("Organization") == ["中共张家界市委"]


def test_an_industry_word_that_begins_a_field_ends_no_trade_name(extract):
    # gold/dev/texts/panyu-2025.txt: 科技创新 is a field, the cluster names no company; invented: a company before 科技产业园
    assert extract("高质量完成东西庄科技创新集聚区城市设计国际竞赛。", "plan").labels("Organization") == []
    assert "华美科技" in extract("推进东西庄科技创新集聚区和华美科技产业园建设。", "plan").labels("Organization")

def test_environmental_protection_is_an_industry_no_trade_name(extract):
    # gold/dev/texts/jianping-2019.txt (shortened): a park of a layout (round 17 rule 34.2), no company 环保科技
    result = extract("环保科技产业园积极推进,农产品加工产业园初具规模,“一区五园”建设进展顺利。")
    assert result.labels("Organization") == [] and "环保科技产业园" in result.labels("Project")
    # made up: a trade name before the same industry stays a company
    assert extract("引进华新环保科技、继源科技等企业。").labels("Organization")[:1] != ["环保科技"]
