"""The kg_retype component: the one place where a project candidate becomes an organisation
(``patterns/retyping.toml``). Whether a school or hospital is a work or the institution acting is
read from the sentence and the status found, after every extractor has run."""

from __future__ import annotations

import pytest

from kg.extractors.base import Candidate
from kg.extractors.retyping import Retyper


def facility(text: str, name: str, status: str | None = None, built: bool = False) -> Candidate:
    start = text.index(name)
    candidate = Candidate(start, start + len(name), "Project", "PublicFacility", name, "projects.head", status=status)
    candidate.built = built
    return candidate


@pytest.fixture(scope="module")
def retyper() -> Retyper:
    return Retyper()


def retyped(retyper: Retyper, text: str, candidate: Candidate) -> Candidate:
    retyper.retype(text, candidate.start, candidate.end, candidate)
    return candidate


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("推进我市与长沙理工大学等校地合作项目落地见效。", "长沙理工大学"),  # zhangjiajie-2023-part1.txt
        ("联合湘雅医院共建区域医疗中心。", "湘雅医院"),  # made up
        ("与湖南师范大学签订合作协议。", "湖南师范大学"),  # made up
    ],
)
def test_a_partner_institution_is_an_organisation(extract, sentence, name):
    result = extract(sentence)
    assert name in result.labels("Organization")
    assert name not in result.labels("Project")
    [mention] = [c for c in result.of_type("Organization") if c.label == name]
    assert (mention.rule, mention.cls, mention.status) == ("projects.head.partner", "GovernmentBody", None)


def test_the_partner_rule_clears_a_status_and_needs_an_institution_head(retyper):
    text = "与长沙理工大学合作建设实验室。"  # made up: 建设 would give the work a status
    partner = retyped(retyper, text, facility(text, "长沙理工大学", status="UnderConstruction"))
    assert (partner.type, partner.status) == ("Organization", None)
    text = "与张家界体育馆合作。"  # made up: a 体育馆 is no partner institution
    assert retyped(retyper, text, facility(text, "张家界体育馆")).rule == "projects.head"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("吉首大学张家界学院转设、旅游技师学院申报筹建取得突破性进展。", "吉首大学张家界学院"),  # zhangjiajie-2021.txt
        ("雨露学校研学活动成效明显。", "雨露学校"),  # made up
        ("张家界市人民医院与湘雅医院建立合作。", "张家界市人民医院"),  # made up
    ],
)
def test_an_institution_the_sentence_does_not_build_is_an_organisation(extract, sentence, name):
    assert name in extract(sentence).labels("Organization")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("吉首大学张家界学院转设、旅游技师学院申报筹建取得突破性进展。", "旅游技师学院"),  # zhangjiajie-2021.txt: being set up
        ("加快长沙理工大学新校区建设。", "长沙理工大学新校区"),  # made up: a status (the campus is the work: 校区 a head)
        ("新建张家界学院。", "张家界学院"),  # made up: a word of works in the clause
    ],
)
def test_an_institution_being_built_stays_a_project(extract, sentence, name):
    assert name in extract(sentence).labels("Project")


def test_an_institution_keeps_its_type_with_a_status_a_work_word_or_a_mark(retyper):
    text = "雨露学校研学活动成效明显。"  # made up
    assert retyped(retyper, text, facility(text, "雨露学校")).type == "Organization"
    assert retyped(retyper, text, facility(text, "雨露学校", status="Completed")).type == "Project"
    assert retyped(retyper, text, facility(text, "雨露学校", built=True)).type == "Project"
    text = "雨露学校搬迁，研学活动成效明显。"  # made up: 搬迁 says the school is moved, a work
    assert retyped(retyper, text, facility(text, "雨露学校")).type == "Project"


def test_civil_works_finished_and_a_venue_keep_a_facility_a_work(retyper):
    # gold/dev shantou-2023 (simplified): the civil works of the centre are finished
    text = "市公共卫生医学中心及传染病医院完成土建和设备安装"
    assert retyped(retyper, text, facility(text, "传染病医院")).type == "Project"
    # gold/dev kaifeng-2022: a meeting opens in an arts centre, a venue
    text = "人民代表大会第五次会议在东京艺术中心隆重开幕"
    assert retyped(retyper, text, facility(text, "东京艺术中心")).type == "Project"
    # made up: a hospital whose main building is capped
    text = "市第二人民医院新院主体封顶"
    assert retyped(retyper, text, facility(text, "市第二人民医院")).type == "Project"


def test_a_hall_of_exhibits_is_a_venue_not_a_body(retyper):
    # gold/dev dayi-2022, zhouqu-2019: a museum rated, a hall settled in the county: the hall is the work
    text = "建川博物馆获评国家一级博物馆，高山古城遗址入选全国重点文物保护单位"
    assert retyped(retyper, text, facility(text, "建川博物馆")).type == "Project"
    text = "全国首座法院民族法制文化陈列馆、“中国·散文诗创作基地”落户舟曲"
    assert retyped(retyper, text, facility(text, "法院民族法制文化陈列馆")).type == "Project"
    # the institutions that act stay bodies (made up)
    text = "与湘雅医院开展合作"
    assert retyped(retyper, text, facility(text, "湘雅医院")).type == "Organization"
