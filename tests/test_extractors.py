"""The extractors, run through the real spaCy pipeline (kg.nlp) on single sentences of the seed
reports: what a sentence yields as projects, programmes, events and places, with status and links.

Every sentence is copied from a seed file in ``seeds/`` (named in a comment), except where a comment
says it is made up. Creating the pipeline takes seconds, so it is made once per module.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import kg.documents
import kg.nlp
import kg.sections
import kg.text
from kg.extractors.base import REPORT_SECTIONS
from kg.extractors.status import StatusTagger

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MANIFEST = {row["file"]: row for row in csv.DictReader((SEEDS / "manifest.csv").open(encoding="utf-8"))}


@pytest.fixture(scope="module")
def documents(nlp) -> dict[str, kg.documents.Document]:
    return {name: kg.documents.load_document(SEEDS / name) for name in sorted(MANIFEST)}


@pytest.fixture(scope="module")
def seed_docs(nlp) -> dict[str, object]:
    """The spaCy Doc of each seed, to look at every candidate (also those settled away)."""
    out = {}
    for name, row in MANIFEST.items():
        cleaned = kg.text.clean((SEEDS / name).read_text(encoding="utf-8"))
        sections = kg.sections.sectionize(cleaned, row["initial_section"])
        out[name] = kg.nlp.run(nlp, cleaned, sections, kg.documents.context_for(row["city"]))
    return out


# --- Highways, railways, roads -------------------------------------------------------------------


def test_three_highways_sharing_one_head_were_started(extract):
    # zhangjiajie-2021.txt (review of 2020)
    result = extract("桑龙、炉慈、张官高速开工建设", "review")
    highways = result.of_type("Project")
    assert [c.label for c in highways] == ["桑龙高速", "炉慈高速", "张官高速"]
    assert {c.cls for c in highways} == {"Highway"}
    assert {c.status for c in highways} == {"Started"}
    assert [result.text[c.start : c.end] for c in highways] == ["桑龙", "炉慈", "张官高速"]


def test_highways_and_trunk_roads_listed_before_their_kind(extract):
    # zhangjiajie-2024.txt (plan for 2024)
    result = extract(
        "加快推进桑龙、炉慈、张官等高速公路建设进度，着力推进三人（慈利段）、岩朝、教温（二期）、中天、定大、"
        "桑植产业大道等普通国省干线公路建设。",
        "plan",
    )
    projects = result.of_type("Project")
    assert [c.label for c in projects if c.cls == "Highway"] == ["桑龙高速", "炉慈高速", "张官高速"]
    roads = [c.label for c in projects if c.cls == "Road"]
    assert roads == ["三人公路", "岩朝公路", "教温公路", "中天公路", "定大公路", "桑植产业大道"]
    assert len(projects) == 9
    # the parentheticals (慈利段) and (二期) are not part of the names
    assert result.text[result.one("教温公路").start : result.one("教温公路").end] == "教温"
    assert ("桑植产业大道", "桑植县") in result.relations("locatedIn")


def test_a_highway_section_connects_the_places_it_runs_between(extract):
    # zhangjiajie-2021.txt
    result = extract("安慈高速慈利至石门段建成通车", "review")
    [highway] = result.of_type("Project")
    assert (highway.label, highway.cls, highway.status) == ("安慈高速", "Highway", "Completed")
    assert highway.qualifier == "慈利至石门段"
    assert sorted(result.relations("connects")) == [("安慈高速", "慈利县"), ("安慈高速", "石门县")]
    assert {c.label for c in result.of_type("Place")} == {"慈利县", "石门县"}


def test_a_railway_the_plan_aims_to_start_is_planned(extract):
    # zhangjiajie-2021.txt (outlook of the 14th five-year plan)
    plan = extract("力争张石铁路开工建设", "plan")
    [railway] = plan.of_type("Project")
    assert (railway.label, railway.cls, railway.status) == ("张石铁路", "Railway", "Planned")
    # 力争 makes the start a target even where the section is not a plan
    assert extract("力争张石铁路开工建设", "review").one("张石铁路").status == "Planned"


def test_the_word_high_speed_in_a_phrase_is_not_a_highway(extract):
    # made up: 高速 followed by 发展 is "rapid development"
    assert extract("推动经济高速发展", "plan").of_type("Project") == []


# --- Airport, energy, public facilities ---------------------------------------------------------


def test_an_airport_named_before_the_part_being_upgraded(extract):
    # zhangjiajie-2024.txt
    result = extract("完成荷花国际机场航站楼A指廊提质改造", "plan")
    [airport] = result.of_type("Project")
    assert (airport.label, airport.cls) == ("荷花国际机场", "Airport")
    assert result.text[airport.start : airport.end] == "荷花国际机场"


def test_an_airport_extension_names_the_airport(extract):
    # zhangjiajie-2021.txt
    result = extract("加快荷花国际机场扩建工程建设", "outlook")
    airport = result.one("荷花国际机场")
    assert airport.qualifier == "扩建工程"
    assert airport.status == "UnderConstruction"


def test_a_substation_that_went_into_operation(extract):
    # zhangjiajie-2025.txt
    [substation] = extract("首座500千伏变电站建成运行", "review").of_type("Project")
    assert (substation.label, substation.cls, substation.status) == ("500千伏变电站", "EnergyProject", "InOperation")


def test_two_schools_are_located_in_the_places_their_names_begin_with(extract):
    # zhangjiajie-2023-part2.txt
    result = extract("全力推进张家界市特殊教育学校和永定区解放小学项目建设", "plan")
    schools = result.of_type("Project")
    assert [c.label for c in schools] == ["张家界市特殊教育学校", "永定区解放小学"]
    assert {c.cls for c in schools} == {"PublicFacility"}
    assert sorted(result.relations("locatedIn")) == [("张家界市特殊教育学校", "张家界市"), ("永定区解放小学", "永定区")]


# --- Generic phrases are not projects ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, section",
    [
        ("26 个省重大项目完成投资 70 亿元", "review"),  # zhangjiajie-2021.txt
        ("推动乡镇标准化寄宿制学校建设", "plan"),  # zhangjiajie-2023-part2.txt
        ("建成乡镇污水处理厂 20 个，", "review"),  # zhangjiajie-2021.txt
    ],
)
def test_generic_phrases_are_not_projects(extract, sentence, section):
    assert extract(sentence, section).of_type("Project") == []


# --- Programmes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "持续推进 铁腕治旅，",  # zhangjiajie-2021.txt: the quotes were lost in print
        "持续推进“铁腕治旅”",  # zhangjiajie-2025.txt
    ],
)
def test_a_campaign_is_found_with_or_without_its_quotes(extract, sentence):
    [programme] = extract(sentence, "review").of_type("Programme")
    assert programme.label == "铁腕治旅"
    assert programme.cls == "Campaign"


def test_a_numbered_slogan_followed_by_its_kind(extract):
    # zhangjiajie-2024.txt
    [programme] = extract("深化“三送三解三优”行动", "plan").of_type("Programme")
    assert programme.label == "三送三解三优"
    assert programme.cls in {"Slogan", "Campaign"}


def test_an_institutional_system_is_found_without_quotes(extract):
    # zhangjiajie-2024.txt
    [programme] = extract("严格落实河长制", "plan").of_type("Programme")
    assert (programme.label, programme.cls) == ("河长制", "InstitutionalSystem")


# --- Events -------------------------------------------------------------------------------------------


def test_an_event_label_drops_its_ordinal(extract):
    # zhangjiajie-2025.txt
    result = extract("成功举办第二届张家界旅游发展大会", "review")
    [event] = result.of_type("Event")
    assert event.label == "张家界旅游发展大会"
    assert result.text[event.start : event.end].endswith("张家界旅游发展大会")


def test_a_first_edition_keeps_its_ordinal_in_the_mention_but_not_in_the_label(extract):
    # zhangjiajie-2021.txt
    result = extract("组织举办首届张家界半程马拉松赛、首届世界遗产摄影大展、第四届国际旅游诗歌节", "review")
    events = result.of_type("Event")
    assert [c.label for c in events] == ["张家界半程马拉松赛", "世界遗产摄影大展", "国际旅游诗歌节"]
    assert [result.text[c.start : c.end] for c in events][:2] == ["首届张家界半程马拉松赛", "首届世界遗产摄影大展"]


def test_a_numbered_edition_keeps_its_ordinal_in_the_mention(extract):
    # zhangjiajie-2025.txt
    result = extract("成功举办第二届张家界旅游发展大会", "review")
    [event] = result.of_type("Event")
    assert result.text[event.start : event.end] == "第二届张家界旅游发展大会"


def test_a_census_is_an_event_named_without_its_round(extract):
    # zhangjiajie-2021.txt
    result = extract("高质量推进第七次全国人口普查工作。", "review")
    [event] = result.of_type("Event")
    assert event.label == "全国人口普查"
    assert result.text[event.start : event.end] == "第七次全国人口普查"
    assert not result.of_type("Programme")


def test_a_symposium_a_leader_speaks_at_keeps_its_own_verbs(extract):
    # gold/dev/texts/faku-2020.txt, dalian-2024.txt, longgang-2021.txt (events.series): the name after 在 / 召开 / 出席
    result = extract("深入贯彻习近平总书记在深入推进东北振兴座谈会上的重要讲话精神。", "review")
    assert "深入推进东北振兴座谈会" in [c.label for c in result.of_type("Event")]
    result = extract("习近平总书记主持召开新时代推动东北全面振兴座谈会并发表重要讲话。", "review")
    assert "新时代推动东北全面振兴座谈会" in [c.label for c in result.of_type("Event")]
    result = extract("贯彻习近平总书记出席深圳经济特区建立40周年庆祝大会并发表重要讲话精神。", "review")
    assert "深圳经济特区建立40周年庆祝大会" in [c.label for c in result.of_type("Event")]
    # made up: a meeting without a leader's speech keeps the head grammar's name
    result = extract("我们在全市民营企业座谈会上听取意见。", "review")
    assert "全市民营企业座谈会" not in [c.label for c in result.of_type("Event")]


def test_later_party_congresses_coordinated_share_the_party(extract):
    # gold/dev/texts/zhengzhou-2018.txt and huainan-2023.txt (events.series)
    result = extract("以党的十八大、十九大精神和习近平新时代中国特色社会主义思想为指导。", "review")
    events = result.of_type("Event")
    assert [c.label for c in events] == ["党的十八大", "党的十九大"]
    assert [result.text[c.start : c.end] for c in events] == ["党的十八大", "十九大"]
    result = extract("认真贯彻落实党的十九大、十九届历次全会和二十大精神。", "review")
    assert "党的二十大" in [c.label for c in result.of_type("Event")]


def test_party_congresses_by_scope_without_ordinal_and_of_an_autonomous_level():
    # gold/dev/texts/shaoxing-2018.txt, hainanzangzu-2023.txt, zhongwei-2023.txt (events.own-scope)
    assert _event_labels_of("绍兴市", "全面落实省、市党代会决策部署。") == ["浙江省党代会", "绍兴市党代会"]
    assert _event_labels_of("海南藏族自治州", "全面落实省州第十四次党代会精神。") == ["青海省第十四次党代会", "海南藏族自治州第十四次党代会"]
    assert _event_labels_of("中卫市", "全面落实自治区第十三次党代会和市第五次党代会精神。") == [
        "宁夏回族自治区第十三次党代会", "中卫市第五次党代会"]
    # made up: the deputies, no congress
    assert _event_labels_of("绍兴市", "市党代会代表积极履职。") == []


def test_an_incident_named_by_its_date_code():
    # gold/dev/texts/longquanyi-2023.txt, hengyang-2019.txt, abazangzuqiangzu-2020.txt, shantou-2023.txt (events.series)
    assert _event_labels_of("龙泉驿区", "“7·15”疫情仅用3天社会面清零,“8·25”疫情在中心城区较早恢复。") == ["7·15疫情", "8·25疫情"]
    assert _event_labels_of("衡阳市", "稳妥处置“6·29”重大道路交通事故、耒阳“9·1”事件和衡东“9·12”案。") == [
        "6·29重大道路交通事故", "耒阳9·1事件", "衡东9·12案"]
    assert _event_labels_of("阿坝藏族羌族自治州", "战胜“5·17”“6·27”“8·20”等重特大自然灾害。") == ["5·17", "6·27", "8·20"]
    assert "10·30" in _event_labels_of("汕头市", "高效处置潮南“10·30”等多起疫情。")
    # made up: a date inside a longer figure, a quoted code before a speech
    assert _event_labels_of("张家界市", "2020.5.21事故调查完成，贯彻“4·13”重要讲话精神。") == []
    # gold/dev xingwen-2019 and yanbianchaoxianzu-2021: a magnitude, an amount
    assert _event_labels_of("兴文县", "经受了“12·16”5.7级地震重大考验，筹集资金8.1亿元投入疫情防控。") == []


def _event_labels_of(city: str, sentence: str) -> list[str]:
    import kg.documents, kg.nlp, kg.sections, kg.text
    cleaned = kg.text.clean(sentence)
    doc = kg.nlp.run(kg.nlp.create_pipeline(), cleaned, kg.sections.sectionize(cleaned, "review"), kg.documents.context_for(city))
    return [span._.kg.label for span in doc.spans["kg"] if span._.kg.type == "Event"]


def test_plenary_sessions_in_a_coordination_are_one_event_each(extract):
    # zhangjiajie-2025.txt: the first mention starts with the term, the last ends with 全会
    result = extract("全面贯彻落实党的二十大和二十届二中、三中全会精神，全面落实省委十二届六次、七次全会精神。", "plan")
    events = result.of_type("Event")
    assert [c.label for c in events] == [
        "党的二十大", "二十届二中全会", "二十届三中全会", "湖南省委十二届六次全会", "湖南省委十二届七次全会",
    ]
    assert [result.text[c.start : c.end] for c in events] == ["党的二十大", "二十届二中", "三中全会", "省委十二届六次", "七次全会"]


def test_meetings_named_by_their_scope_are_one_event_each_of_the_own_divisions(extract):
    # zhangjiajie-2023.txt (letter-spaced in the print): 中央、省委、市委 share the meeting (round 13, rule 21)
    result = extract("深入落实习近平总书记对湖南重要讲话重要指示批示精神和中央、省委、市委经济工作会议精神。", "plan")
    events = result.of_type("Event")
    assert [c.label for c in events] == ["中央经济工作会议", "湖南省委经济工作会议", "张家界市委经济工作会议"]
    assert [result.text[c.start : c.end] for c in events] == ["中央", "省委", "市委经济工作会议"]
    assert result.labels("Organization") == []  # 省委, 市委 named only inside the meetings' names


@pytest.mark.parametrize(
    "sentence, labels",
    [
        # qingxu-2022 (dev), here in a report of 张家界市: the congresses of the own province and city
        ("是贯彻省、市第十二次党代会精神、全方位推动高质量发展的关键一年。", ["湖南省第十二次党代会", "张家界市第十二次党代会"]),
        # dongguan-2018 (dev): a division written before the scope names the congress
        ("按照省第十二次党代会的决策部署,紧紧围绕东莞市第十四次党代会提出的目标。", ["湖南省第十二次党代会", "东莞市第十四次党代会"]),
        # junshan-2023 (dev): a meeting held across the city
        ("全市秋冬种现场会首次在我区召开。", ["张家界市秋冬种现场会"]),
        # invented: a coordination with 及
        ("认真落实中央及省委经济工作会议精神。", ["中央经济工作会议", "湖南省委经济工作会议"]),
    ],
)
def test_congresses_and_meetings_of_the_own_divisions(extract, sentence, labels):
    assert extract(sentence, "plan").labels("Event") == labels


def test_a_body_named_inside_an_event_is_no_organisation(extract):
    # junshan-2023 (dev): 国务院 only inside the State Council's inspection; the round is no part of the label
    result = extract("林长制工作获国务院第九次大督查高度认可。", "review")
    assert result.labels("Event") == ["国务院大督查"]
    assert "国务院" not in result.labels("Organization")


def test_a_national_scope_word_begins_an_event_name(extract):
    # made up, after zhangjiajie-2021.txt (全国导游大赛) for another province
    result = extract("承办全国导游大赛和全省职业技能大赛。", "review")
    assert [c.label for c in result.of_type("Event")] == ["全国导游大赛", "全省职业技能大赛"]


def test_festivals_by_their_day_and_folk_events(extract):
    # zhangjiajie-2024.txt: festival days begin names; calendar festivals are quoted
    result = extract("开展元宵灯会、端午龙舟赛、土家“六月六”、白族“三月街”等民俗文化活动。", "plan")
    assert result.labels("Event") == ["元宵灯会", "端午龙舟赛", "六月六", "三月街"]
    assert result.labels("Programme") == []


def test_an_innovation_week_and_a_video_conference_are_events(extract):
    # zhangjiajie-2025.txt, zhangjiajie-2021.txt
    assert extract("举办首届张家界全球旅游业创新周。").labels("Event") == ["张家界全球旅游业创新周"]
    assert "城市旅游振兴机构中国区域视频会议" in extract("2020年城市旅游振兴机构中国区域视频会议推介了我市旅游复苏经验。").labels("Event")


def test_a_trade_fair_named_洽谈会_is_an_event_and_holds_no_place(extract):
    # xinbinmanzuzizhi-2019 (dev): a trade fair as 博览会 and 交易会 are; the city in its name is no place (kept_in_events)
    result = extract("先后组织参加中国兰州投资贸易洽谈会、首届中国国际进口博览会等展会。", "review")
    assert result.labels("Event") == ["中国兰州投资贸易洽谈会", "中国国际进口博览会"]
    assert result.labels("Place") == []
    # made up
    assert extract("举办张家界旅游商品洽谈会。").labels("Event") == ["张家界旅游商品洽谈会"]


# --- Offsets ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_every_candidate_is_a_non_empty_span_of_the_doc(seed_docs, name):
    doc = seed_docs[name]
    text = doc.text
    assert text == doc._.clean.text
    assert doc._.kg_candidates
    for candidate in doc._.kg_candidates:
        assert 0 <= candidate.start < candidate.end <= len(text), candidate
        assert text[candidate.start : candidate.end].strip(), candidate
    for span in doc.spans["kg"]:
        assert span.text == text[span._.kg.start : span._.kg.end]
        assert span.label_ == span._.kg.type


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_document_mentions_point_into_the_original_text(documents, name):
    document = documents[name]
    assert document.mentions
    for mention in document.mentions:
        assert document.text[mention.start : mention.end] == mention.text
        assert mention.text.strip()
        assert mention.sentence_start <= mention.start < mention.end <= mention.sentence_end
        assert (mention.start, mention.end) == document.clean.to_original(mention.candidate.start, mention.candidate.end)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_news_items_and_repeated_paragraphs_yield_no_mentions(documents, name):
    for mention in documents[name].mentions:
        assert mention.sentence.section in REPORT_SECTIONS, mention.text
        assert not mention.sentence.duplicate, mention.text


def test_a_narrow_column_mention_keeps_its_line_break_in_the_original(documents):
    # zhangjiajie-2023-part1.txt prints 张官高速 across two lines: "张官\n高速"
    document = documents["zhangjiajie-2023-part1.txt"]
    [mention] = [m for m in document.mentions if m.candidate.label == "张官高速"]
    assert mention.text == "张官\n高速"


def test_the_same_projects_recur_across_the_seed_reports(documents):
    def labels(name):
        return {m.candidate.label for m in documents[name].mentions if m.candidate.type == "Project"}

    for highway in ("桑龙高速", "炉慈高速", "张官高速"):
        assert highway in labels("zhangjiajie-2021.txt") & labels("zhangjiajie-2024.txt")
    assert "张石铁路" in labels("zhangjiajie-2021.txt") & labels("zhangjiajie-2024.txt")
    assert "荷花国际机场" in labels("zhangjiajie-2021.txt") & labels("zhangjiajie-2024.txt")


# --- The status tagger on its own -------------------------------------------------------------


@pytest.fixture(scope="module")
def tagger() -> StatusTagger:
    return StatusTagger()


@pytest.mark.parametrize(
    "clause, name, section, status",
    [
        ("桑龙高速开工建设", "桑龙高速", "review", "Started"),  # made up from zhangjiajie-2021.txt
        ("桑龙高速开工建设", "桑龙高速", "plan", "Planned"),  # a start in a plan is a target
        ("建成张吉怀高铁", "张吉怀高铁", "review", "Completed"),  # cue before the name
        ("建成张吉怀高铁", "张吉怀高铁", "outlook", "Planned"),  # zhangjiajie-2021.txt, outlook
        ("张吉怀高铁加快建设", "张吉怀高铁", "review", "UnderConstruction"),  # zhangjiajie-2021.txt
        ("力争张石铁路开工建设", "张石铁路", "review", "Planned"),  # 力争 marks a target
        ("争取动车运用所项目建设", "动车运用所项目", "review", "Preparatory"),  # zhangjiajie-2021.txt
        ("桑龙、炉慈高速公路路基工程基本完成", "炉慈高速公路", "review", "UnderConstruction"),  # zhangjiajie-2025.txt
        ("贺龙体育中心投入运营", "贺龙体育中心", "review", "InOperation"),  # zhangjiajie-2025.txt
        ("首座500千伏变电站建成运行", "500千伏变电站", "review", "InOperation"),  # zhangjiajie-2025.txt
        ("加快推进桑龙高速", "桑龙高速", "review", "UnderConstruction"),  # a weak cue, alone
        ("荷花国际机场", "荷花国际机场", "review", None),  # no cue at all
        ("推动运营中心建设", "运营中心", "review", None),  # made up: 运营 inside the name is no cue
    ],
)
def test_status_of_a_name_in_a_clause(tagger, clause, name, section, status):
    start = clause.index(name)
    assert tagger.status(clause, start, start + len(name), section) == status


def test_status_cues_do_not_cross_a_comma(tagger):
    # zhangjiajie-2021.txt
    sentence = "安慈高速慈利至石门段建成通车，张吉怀高铁加快建设，桑龙、炉慈、张官高速开工建设"
    for name, status in [("安慈高速", "Completed"), ("张吉怀高铁", "UnderConstruction"), ("张官高速", "Started")]:
        start = sentence.index(name)
        assert tagger.status(sentence, start, start + len(name), "review") == status


def test_a_stated_preparation_wins_over_a_generic_progress_verb(tagger):
    # zhangjiajie-2024.txt
    sentence = "持续推进张石铁路、抽水蓄能电站、宜冲桥水库及桑鹤高速、张桃高速等项目入规、可研、勘察设计等前期工作"
    start = sentence.index("宜冲桥水库")
    assert tagger.status(sentence, start, start + 5, "plan") == "Preparatory"


# --- Known mistakes (bugs) -----------------------------------------------------------------------


def test_a_highway_name_after_a_verb_that_ends_like_a_word(extract):
    # zhangjiajie-2021.txt: jieba reads 打通常张 as 打/通常/张; the listed verb 打通, read on
    # characters, ends inside 通常, so the name starts at 常
    result = extract("打通常张高速宜靖段，", "outlook")
    assert result.labels("Project") == ["常张高速"]


def test_a_railway_after_the_preposition_along(extract):
    # zhangjiajie-2021.txt
    result = extract("打造沿黔张常铁路城市发展轴和澧水生态经济带、澧水生态发展带", "outlook")
    assert result.labels("Project") == ["黔张常铁路"]


def test_sports_ground_area_per_head_is_not_a_stadium(extract):
    # zhangjiajie-2025.txt
    result = extract("社区健身设施不断完善，人均体育场地面积高于全省平均水平。", "review")
    assert result.of_type("Project") == []


def test_a_verb_before_project_is_not_a_project_name(extract):
    # zhangjiajie-2023-part1.txt (narrow column: "做实项目前期工\n作")
    assert extract("做实项目前期工作，", "plan").of_type("Project") == []


def test_two_roads_joined_by_and_are_two_roads(extract):
    # zhangjiajie-2025.txt (plan for 2025)
    result = extract("建成聚谷产业园进场道路和慈利创业西路，完成桑植产业大道（二期）路基工程。", "plan")
    assert "慈利创业西路" in result.labels("Project")


def test_air_routes_and_a_train_service_are_not_a_railway_name(extract):
    # zhangjiajie-2025.txt
    result = extract("开通14条国际航线和直达香港高铁，建成智慧外管平台", "review")
    assert not any("航线" in label for label in result.labels("Project"))


def test_a_national_forest_park_is_a_scenic_area_not_a_project(extract):
    # zhangjiajie-2024.txt
    result = extract("编制张家界国家森林公园、天门山国家森林自然公园规划。", "plan")
    assert "张家界国家森林公园" not in result.labels("Project")


# --- Glossary ------------------------------------------------------------------------------------


ROAD_GLOSSARY = (
    "15. 三人、岩朝、教温、中天、定大等普通国省干线公路：三人指慈利三合至桑植人溪河，岩朝指慈利岩泊渡至朝阳，"
    "教温指永定教育至温塘（茅岩河），中天指武陵源中湖至天子山，定大指桑植定家峪至永定大溪河。"
)


def test_a_road_abbreviation_in_the_glossary_connects_its_two_ends(extract):
    # zhangjiajie-2024.txt, 名词解释 15
    result = extract(ROAD_GLOSSARY, "glossary")
    connects = result.relations("connects")
    assert ("教温公路", "教育") in connects and ("教温公路", "温塘") in connects
    assert ("岩朝公路", "岩泊渡") in connects and ("岩朝公路", "朝阳") in connects
    # the division in front of an end is where the end lies, not part of its name
    assert ("教育", "永定区") in result.relations("locatedIn")
    assert ("岩泊渡", "慈利县") in result.relations("locatedIn")


def test_a_region_named_after_a_river_does_not_lie_in_it(extract):
    # zhangjiajie-2021.txt: 长江经济带 is named after the Yangtze, it is not inside it
    result = extract("主动融入长江经济带发展。")
    assert not [pair for pair in result.relations("locatedIn") if pair[1] == "长江"]


def test_a_glossary_definition_that_does_not_spell_the_abbreviation_connects_nothing(extract):
    result = extract("15. 教温等普通国省干线公路：教温指永定大庸至温塘。", "glossary")
    assert result.relations("connects") == []


def test_festival_days_in_quotes_are_not_numbered_slogans(extract):
    # zhangjiajie-2024.txt
    result = extract("开展元宵灯会、端午龙舟赛、土家“六月六”、白族“三月街”等民俗活动。")
    assert not {"六月六", "三月街"} & set(result.labels("Programme"))


def test_two_scopes_with_their_ordinals_share_one_event_name(extract):
    # zhangjiajie-2023-part2.txt and zhangjiajie-2024.txt: two events
    result = extract("抓紧做好湖南省第十一届、全国第十三届少数民族传统体育运动会筹办工作。")
    assert {"湖南省少数民族传统体育运动会", "全国少数民族传统体育运动会"} <= set(result.labels("Event"))
    # made up in the same construction: the ordinal after the scope leaves the label
    assert "全省运动会" in extract("成功举办全省第十五届运动会。").labels("Event")


def test_the_reports_self_reference_names_its_own_event(extract):
    # zhangjiajie-2023-part1.txt (我市旅游发展大会); the second is made up in the same construction
    assert "张家界旅游发展大会" in extract("巩固首届湖南旅游发展大会成果，办好我市旅游发展大会。").labels("Event")
    assert "湖南旅游发展大会" in extract("积极承办我省旅游发展大会。").labels("Event")


def test_an_ordinal_after_the_self_reference_is_no_part_of_the_own_event(extract):
    # made up: 我市第三届… is the city's own congress, its ordinal dropped as everywhere
    assert extract("精心筹办我市第三届旅游发展大会。").labels("Event") == ["张家界旅游发展大会"]
    assert extract("积极承办我省首届旅游发展大会。").labels("Event") == ["湖南旅游发展大会"]
    # the report's own setting is no event, with or without its ordinal
    assert extract("我市第十五届人民代表大会第七次会议召开。").labels("Event") == []


def test_an_event_where_something_was_said_and_symposia(extract):
    # 上海 2021, 赣州 2018 (dev); made up: 在…大会上 names the event; the report's own 大会 is none
    assert "浦东开发开放30周年庆祝大会" in extract("深入贯彻在浦东开发开放30周年庆祝大会上的重要讲话精神。").labels("Event")
    assert "全国深度贫困地区脱贫攻坚座谈会" in extract("习近平总书记在全国深度贫困地区脱贫攻坚座谈会上作出重要指示。").labels("Event")
    assert "长沙国际工程机械博览会" in extract("在长沙国际工程机械博览会上签约。").labels("Event")
    assert extract("在大会上作报告。").labels("Event") == []


@pytest.mark.parametrize(
    "city, labels",
    [
        ("德惠市", ["吉林省委经济工作会议", "德惠市委经济工作会议"]),  # a county-level city: 市委 is its own
        ("石景山区", ["北京市委经济工作会议"]),  # a district of a municipality: 市委 is the municipality's
    ],
)
def test_the_city_committee_of_a_meeting_is_the_reports_own(nlp, city, labels):
    import kg.documents
    import kg.nlp
    import kg.sections
    import kg.text

    sentence = "认真落实省委、市委经济工作会议精神。" if city == "德惠市" else "认真落实市委经济工作会议精神。"  # invented
    cleaned = kg.text.clean(sentence)
    doc = kg.nlp.run(nlp, cleaned, kg.sections.sectionize(cleaned, "plan"), kg.documents.context_for(city))
    assert [span._.kg.label for span in doc.spans["kg"] if span.label_ == "Event"] == labels


def test_the_hall_a_session_meets_in_is_no_work(extract):
    # qingjiangpu-2022 (a news item quoting the report, gold/conventions-round17.md rule 39): neither mention is a row
    result = extract(
        "1月10日下午，淮安市清江浦区第二届人民代表大会第一次会议在长荣大剧院隆重开幕。长荣大剧院气氛庄重热烈。", "review"
    )
    assert "长荣大剧院" not in [c.label for c in result.of_type("Project")]
    # made up: a hall the report builds is a work
    assert "长荣大剧院" in [c.label for c in extract("长荣大剧院建成投用。", "review").of_type("Project")]
