"""Organisations named by level alone or as central bodies: 省委 is the Party committee of the
report's province, 市人大 its city's people's congress, 国务院安委会 the State Council's work safety
committee. Sentences are copied from the seed reports (named in a comment)."""

from __future__ import annotations


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
