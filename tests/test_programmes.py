"""Programmes (kg/extractors/programmes.py): how campaigns, reforms, strategies, systems and slogans
are named in a report, with or without quotation marks. Every sentence is copied from a seed report
(named in a comment); the pipeline runs once per module (``extract`` fixture in conftest)."""

from __future__ import annotations

import pytest


def test_a_quoted_name_is_a_programme_without_a_verb_or_a_kind(extract):
    # zhangjiajie-2025.txt
    result = extract("扎实开展人大“法治护安”“法治护绿”“法治护企”反馈问题整改。")
    assert {"法治护安", "法治护绿", "法治护企"} <= set(result.labels("Programme"))


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("持续打造“爆点”“热点”，将营销的“流量”转化为消费的“增量”。", "流量"),  # 2023: ordinary words
        ("坚决遏制耕地“非农化”，防止永久基本农田“非粮化”。", "非农化"),  # 2025: emphasis
        ("违建“零新增”目标基本实现。", "零新增"),  # 2025: a target
        ("全市新增“四上”企业88家。", "四上"),  # 2025: a kind of company
        ("桑植县获评“国家生态文明建设示范区”。", "国家生态文明建设示范区"),  # 2023: an honour
    ],
)
def test_a_quoted_word_that_is_no_name(extract, sentence, word):
    assert word not in extract(sentence).labels("Programme")


def test_a_quoted_enumeration_is_one_slogan(extract):
    # zhangjiajie-2024.txt
    result = extract("推动“双随机、一公开”监管全覆盖。")
    assert "双随机、一公开" in result.labels("Programme")


def test_numbered_slogans_with_verbs_of_their_own_are_several(extract):
    # zhangjiajie-2023-part2.txt
    result = extract("把增强“四个意识、坚定四个自信、做到两个维护”贯彻落实到政府工作全过程。")
    assert {"四个意识", "四个自信", "两个维护"} <= set(result.labels("Programme"))


def test_lost_quotes_around_an_enumeration(extract):
    # zhangjiajie-2021.txt: the print replaced the quotes by spaces
    result = extract("坚决落实 坚定信心、同舟共济、科学防治、精准施策 总要求，")
    assert result.labels("Programme") == ["坚定信心、同舟共济、科学防治、精准施策"]


def test_a_count_set_off_by_spaces_is_no_programme(extract):
    # zhangjiajie-2021.txt
    result = extract("投入 410亿元，完成 150件省市重点民生实事。")
    assert result.labels("Programme") == []


def test_a_national_programme_by_its_name(extract):
    # zhangjiajie-2024.txt
    result = extract("常态化开展扫黑除恶斗争，全力打好禁毒人民战争。")
    assert {"扫黑除恶", "禁毒人民战争"} <= set(result.labels("Programme"))


def test_shared_head_names_every_reform(extract):
    # zhangjiajie-2024.txt
    result = extract("持续推进医药卫生体制、DIP支付方式、药品耗材集中带量采购改革。")
    assert {"医药卫生体制改革", "DIP支付方式改革"} <= set(result.labels("Programme"))
    # the last is also a national programme by name, with or without its kind word
    assert any(label.startswith("药品耗材集中带量采购") for label in result.labels("Programme"))


def test_every_element_before_等_is_a_reform(extract):
    # zhangjiajie-2024.txt
    result = extract("深化碳汇资源、排污权、用水权等交易机制改革。")
    assert set(result.labels("Programme")) == {"碳汇资源交易机制改革", "排污权交易机制改革", "用水权交易机制改革"}


def test_areas_of_reform_are_not_reforms(extract):
    # zhangjiajie-2021.txt
    result = extract("深化旅游经济高质量发展、国资国企、行政审批等重点领域改革，激发市场主体活力。")
    assert result.labels("Programme") == []


def test_where_a_reform_is_made_is_not_its_name(extract):
    # zhangjiajie-2025.txt
    result = extract("永定城区环卫一体化改革顺利实施。")
    assert "环卫一体化改革" in result.labels("Programme")


def test_the_body_that_issued_a_policy_is_not_its_name(extract):
    # zhangjiajie-2024.txt
    result = extract("严格落实国务院安委会安全生产十五条硬措施。")
    assert "安全生产十五条硬措施" in result.labels("Programme")
    assert result.labels("Organization")


def test_a_place_slogan_and_strength_slogans(extract):
    # zhangjiajie-2024.txt
    result = extract("推进健康张家界建设。持续推进质量强市、知识产权强市建设。")
    assert {"健康张家界", "质量强市", "知识产权强市"} <= set(result.labels("Programme"))


def test_a_strength_goal_is_no_programme(extract):
    # zhangjiajie-2021.txt: 建成 a strong tourism city is a goal
    result = extract("建成旅游强市、生态强市、文化强市。")
    assert result.labels("Programme") == []
