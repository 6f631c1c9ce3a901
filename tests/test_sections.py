"""kg.sections: every paragraph of a report is tagged review (工作回顾), outlook (five-year goals),
plan (工作安排), glossary (名词解释) or other (newspaper items printed next to the report), and the
text is split into sentences that stay inside their paragraph.

The seed files are sectioned as the build does it: starting from the manifest's initial section.
Headings and sentences are copied verbatim from the seeds.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.sections import SectionedText, guess_section, heading_section, sectionize
from kg.text import CleanText, clean

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MANIFEST = {row["file"]: row for row in csv.DictReader((SEEDS / "manifest.csv").open(encoding="utf-8"))}


@dataclass
class Sectioned:
    clean: CleanText
    sections: SectionedText

    def paragraph_text(self, index: int) -> str:
        p = self.clean.paragraphs[index]
        return self.clean.text[p.start : p.end]

    def first_paragraph(self, prefix: str) -> int:
        """Index of the first paragraph that starts with ``prefix``."""
        return next(p.index for p in self.clean.paragraphs if self.clean.text.startswith(prefix, p.start))

    def section_of(self, index: int) -> str:
        return self.sections.paragraph_sections[index]

    def sections_from(self, index: int) -> set[str]:
        return set(self.sections.paragraph_sections[index:])

    def sections_before(self, index: int) -> set[str]:
        return set(self.sections.paragraph_sections[:index])

    def sentence_with(self, words: str):
        text = self.clean.text
        return next(s for s in self.sections.sentences if words in text[s.start : s.end])


@pytest.fixture(scope="module")
def seeds() -> dict[str, Sectioned]:
    out = {}
    for name, row in MANIFEST.items():
        cleaned = clean((SEEDS / name).read_text(encoding="utf-8"))
        out[name] = Sectioned(cleaned, sectionize(cleaned, row["initial_section"]))
    return out


def test_the_manifest_lists_every_seed_with_a_known_initial_section():
    assert sorted(MANIFEST) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert {row["initial_section"] for row in MANIFEST.values()} <= {"review", "plan"}


def test_one_section_per_paragraph(seeds):
    for name, seed in seeds.items():
        assert len(seed.sections.paragraph_sections) == len(seed.clean.paragraphs), name
        assert set(seed.sections.paragraph_sections) <= {"review", "outlook", "plan", "glossary", "other"}, name


# --- zhangjiajie-2021.txt: review, outlook, plan -------------------------------------------------


def test_2021_reviews_the_year_and_the_five_years_before_the_outlook(seeds):
    seed = seeds["zhangjiajie-2021.txt"]
    outlook = seed.first_paragraph("十四五 时期")  # the quotes around 十四五 were lost in print
    assert seed.sections_before(outlook) == {"review"}
    assert seed.section_of(seed.first_paragraph("2020年及 十三五 工作回顾")) == "review"
    assert seed.section_of(seed.first_paragraph("五年来，我们坚持改善民生、共享发展")) == "review"
    assert seed.section_of(outlook) == "outlook"
    assert seed.section_of(seed.first_paragraph("“十四五”时期主要目标任务")) == "outlook"


def test_2021_ends_in_the_plan_for_2021(seeds):
    seed = seeds["zhangjiajie-2021.txt"]
    requirements = seed.first_paragraph("今年工作的总体要求是")
    assert seed.sections_from(requirements) == {"plan"}
    assert seed.sentence_with("力争张石铁路开工建设").section == "outlook"
    assert seed.sentence_with("加强旅游服务监管，推进 铁腕治旅，以星级评定").section == "plan"


def test_2021_switches_to_plan_at_the_2021_heading(seeds):
    seed = seeds["zhangjiajie-2021.txt"]
    heading = seed.clean.text.index("2021年工作安排")
    assert {s.section for s in seed.sections.sentences if s.end > heading} == {"plan"}
    assert seed.sentence_with("今年是中国中国共产党成立 100周年").section == "plan"


# --- zhangjiajie-2023-part1.txt / part2.txt -----------------------------------------------------


def test_2023_part1_switches_from_review_to_plan_at_its_heading(seeds):
    seed = seeds["zhangjiajie-2023-part1.txt"]
    heading = seed.first_paragraph("二、2023年工作安排")
    assert seed.sections_before(heading) == {"review"}
    assert seed.sections_from(heading) == {"plan"}


def test_2023_part2_ends_in_unrelated_news_from_the_first_news_item_on(seeds):
    seed = seeds["zhangjiajie-2023-part2.txt"]
    first_item = seed.first_paragraph("本报讯")
    assert seed.sections_before(first_item - 1) == {"plan"}  # the paragraph before is its headline
    assert seed.sections_from(first_item - 1) == {"other"}
    assert seed.section_of(seed.first_paragraph("轻骑队新春来到卓家坪")) == "other"  # a later headline
    assert seed.section_of(seed.first_paragraph("三、全面加强政府自身建设")) == "plan"
    assert seed.sentence_with("奋力谱写中国式现代化的张家界新篇章").section == "plan"


def test_2023_part2_the_headline_of_the_first_news_item_is_other(seeds):
    seed = seeds["zhangjiajie-2023-part2.txt"]
    assert seed.sentence_with("崇尚道德模范 讲好模范故事").section == "other"


def test_news_items_are_other_and_a_short_headline_above_the_first_goes_with_them():
    # seeds/zhangjiajie-2023-part2.txt, with the report's last sentence ending in a full-width "！"
    cleaned = clean(
        "让我们更加紧密地团结在以习近平总书记为核心的党中央周围，奋力谱写中国式现代化的张家界新篇章！\n\n"
        "永定区推出健康驿站\n\n"
        "本报讯（通讯员 欧爱琼）近日，永定区推出健康驿站，供外来务工人员使用。\n\n"
        "健康驿站是从市城区凤湾路口富蓝特乐酒店转化而来。"
    )
    assert sectionize(cleaned, "plan").paragraph_sections == ("plan", "other", "other", "other")


def test_the_masthead_before_the_address_to_the_deputies_is_no_part_of_the_report():
    # gold/dev/texts/baotou-2013.txt: the speaker's line above 各位代表
    cleaned = clean("包头市人民政府市长 孙炜东\n\n各位代表:\n\n现在,我代表市人民政府,向大会报告工作,请予审议。\n\n"
                    "过去五年工作回顾\n\n五年来,全市生产总值年均增长15%。")
    sections = sectionize(cleaned, "review").paragraph_sections
    assert sections[0] == "other" and sections[-1] != "other"
    # invented: the title, the session and the speaker joined into the address's paragraph by the cleaner
    cleaned = clean("政府工作报告\n——2020年1月8日在某某市第五届人民代表大会第三次会议上\n市长 王某\n各位代表:\n\n"
                    "现在,我代表市人民政府向大会报告工作。\n\n一、2019年工作回顾\n\n过去一年,全市经济增长6%。")
    sections = sectionize(cleaned, "review").paragraph_sections
    assert sections[0] == "other" and set(sections[-2:]) == {"review"}


def _masthead_sentence(cleaned):
    sectioned = sectionize(cleaned, "review")
    return [(s.section, cleaned.text[s.start : s.end]) for s in sectioned.sentences]


def test_a_masthead_joined_to_the_reports_opening_is_cut_at_the_address():
    # gold/dev/texts/zhangfeng-2018.txt: a copied page's preview (cut short) and the masthead again, joined with
    # the report's first sentence into one long paragraph
    opening = ("（安徽省）2018年长丰县人民政府工作报告（全文）各位代表：IUn 现在，我代表县人民政府，向大会报告工作，"
               "请予审议，并请政协委员和其他列席人员提出（安徽省）2018年长丰县人民政府工作报告（全文）各位代表：IUn "
               "现在，我代表县人民政府，向大会报告工作，请予审议，并请政协委员和其他列席人员提出意见。")
    cleaned = clean("政府报告\n\n" + opening + "一年来，全县生产总值增长9%。" * 12)
    sentences = _masthead_sentence(cleaned)
    assert sentences[0] == ("other", "政府报告")
    assert sentences[1][0] == "other" and sentences[1][1].endswith("（全文）各位代表：")
    assert "安徽省" not in "".join(text for section, text in sentences[2:])
    assert sentences[2][0] == "review" and sentences[2][1].startswith("IUn 现在，我代表县人民政府")
    # invented: the session line and the speaker before the address, the report going on in the same paragraph
    cleaned = clean("——2020年1月8日在某某县第五届人民代表大会第三次会议上县长 王某各位代表：现在，我代表县人民政府向大会"
                    "报告工作。" + "过去一年，全县经济增长6%，新建道路12公里。" * 10)
    sentences = _masthead_sentence(cleaned)
    assert sentences[0][0] == "other" and sentences[0][1].endswith("县长 王某各位代表：")
    assert {section for section, _ in sentences[1:]} == {"review"}


def test_no_cut_when_a_sentence_ends_before_the_address():
    # invented: the report's own sentences, then 各位代表 inside a long paragraph: no masthead
    cleaned = clean("过去一年，全县经济增长6%。各位代表：新的一年，我们要加快发展。" + "全县新建道路12公里。" * 20)
    assert "other" not in {section for section, _ in _masthead_sentence(cleaned)}


def test_a_table_of_contents_before_the_address_keeps_its_headings():
    # gold/dev/texts/baoji-2023.txt: numbered headings listed above 各位代表 are the report's own
    cleaned = clean("九、着力建设更高水平平安宝鸡\n\n2023年宝鸡市政府工作报告\n\n各位代表:\n\n现在,我代表市人民政府报告工作。")
    assert sectionize(cleaned, "review").paragraph_sections[:2] == ("review", "other")
    # invented: no address to the deputies, no masthead
    cleaned = clean("某某市政府工作报告\n\n过去一年,全市经济增长6%。")
    assert "other" not in sectionize(cleaned, "review").paragraph_sections


def test_a_byline_alone_credits_the_page_and_starts_no_news_item():
    # gold/dev/texts/kaifeng-2022.txt: a news page quoting the report, its byline on a line of its own
    cleaned = clean(
        "2月21日上午,开封市第十五届人民代表大会第五次会议隆重开幕。\n\n"
        "全媒体记者 刘睿恒\n\n"
        "抓好重大交通项目建设,开工建设兰沈高速开封段。"
    )
    assert "other" not in sectionize(cleaned, "plan").paragraph_sections
    # made up: two reporters and a correspondent, in brackets
    cleaned = clean("加快建设新机场。\n\n（记者 王芳 通讯员 李明）\n\n推进高铁站建设。")
    assert "other" not in sectionize(cleaned, "plan").paragraph_sections
    # a byline that opens an item of its own still starts one
    cleaned = clean("加快建设新机场。\n\n记者 王芳 报道：市总工会近日开展慰问活动。")
    assert sectionize(cleaned, "plan").paragraph_sections[-1] == "other"


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("一、2023年工作回顾", "review"),
        ("二、2024年主要工作", "plan"),  # made up, as other cities number their parts
        ("第二部分：2024年工作安排", "plan"),
        ("（一）着力扩大有效需求", None),  # a numbered subsection is no heading of a part
    ],
)
def test_a_headings_number_is_no_part_of_it(heading, section):
    assert heading_section(heading) == section


def test_one_sentence_that_mentions_a_period_does_not_relabel_a_plan():
    # the example in the style of a plan section: only the heading decides
    cleaned = clean(
        "二、2025年主要工作\n\n"
        "今年是“十四五”规划收官之年，做好政府工作意义重大。全年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n\n"
        "（一）加快重大项目建设。力争张石铁路开工建设，推进桑龙高速建设。"
    )
    assert sectionize(cleaned).paragraph_sections == ("plan", "plan", "plan")


@pytest.mark.parametrize(
    ("paragraph", "section"),
    [
        ("今后五年，我们将全力推进高质量发展，加快建设现代化新张家界，奋力实现各项目标任务。", "outlook"),
        ("今年是“十四五”规划收官之年，做好政府工作意义重大，我们将全力推进高质量发展，奋力完成全年目标任务。", None),
        ("“十四五”时期经济社会发展的主要目标", "outlook"),  # a short heading: the words may stand anywhere
    ],
)
def test_a_long_paragraph_opens_a_section_only_by_its_first_words(paragraph, section):
    assert heading_section(paragraph) == section


# --- zhangjiajie-2024.txt: the glossary ---------------------------------------------------------


def test_2024_has_a_glossary_of_twenty_distinct_entries(seeds):
    seed = seeds["zhangjiajie-2024.txt"]
    entries = seed.sections.glossary_entries
    distinct = [(i, term) for i, term in entries if seed.clean.paragraphs[i].duplicate_of is None]
    terms = [term for _i, term in distinct]
    assert len(terms) == 20
    assert len(set(terms)) == 20
    assert terms[0] == "三高四新"
    assert terms[2] == "三送三解三优"
    assert terms[-1] == "C类地区"
    assert "三人、岩朝、教温、中天、定大等普通国省干线公路" in terms
    # the three entries printed a second time are duplicates of the first printing
    repeated = [term for i, term in entries if seed.clean.paragraphs[i].duplicate_of is not None]
    assert repeated == ["三高四新", "发展六仗", "三送三解三优"]


def test_2024_glossary_paragraphs_are_tagged_glossary_and_the_plan_comes_before(seeds):
    seed = seeds["zhangjiajie-2024.txt"]
    first_entry = seed.first_paragraph("1. 三高四新")
    assert seed.sections_before(first_entry) == {"plan"}
    assert seed.sections_from(first_entry) == {"glossary"}
    assert seed.section_of(seed.first_paragraph("名词解释")) == "glossary"
    for index, _term in seed.sections.glossary_entries:
        assert seed.section_of(index) == "glossary"


def test_two_numbered_definitions_start_a_glossary_without_a_heading():
    # seeds/zhangjiajie-2024.txt: the first printing of the glossary has no 名词解释 heading
    cleaned = clean(
        "永葆清廉本色。严格执行全面从严治党主体责任和“一岗双责”。\n\n"
        "4. 三品一标：指无公害农产品、绿色食品、有机农产品和农产品地理标志。\n\n"
        "6. 五共模式：指共商、共建、共管、共养、共享模式。"
    )
    sectioned = sectionize(cleaned, "plan")
    assert sectioned.paragraph_sections == ("plan", "glossary", "glossary")
    assert sectioned.glossary_entries == ((1, "三品一标"), (2, "五共模式"))


def test_a_numbered_list_without_definitions_is_not_a_glossary():
    cleaned = clean("1. 主要目标：地区生产总值增长 8% 以上。\n\n2. 重点任务：加快补齐工业短板。")
    sectioned = sectionize(cleaned, "plan")
    assert sectioned.paragraph_sections == ("plan", "plan")
    assert sectioned.glossary_entries == ()


# --- zhangjiajie-2025.txt ------------------------------------------------------------------------


def test_2025_switches_from_review_to_plan_at_the_2025_heading(seeds):
    seed = seeds["zhangjiajie-2025.txt"]
    heading = seed.first_paragraph("2025年工作安排")
    assert seed.sections_before(heading) == {"review"}
    assert seed.sections_from(heading) == {"plan"}
    assert seed.sentence_with("成功举办第二届张家界旅游发展大会").section == "review"
    assert seed.sentence_with("持续推进“铁腕治旅”，全面整治旅游市场乱象").section == "plan"


# --- Without a manifest ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["zhangjiajie-2021.txt", "zhangjiajie-2023-part2.txt", "zhangjiajie-2024.txt", "zhangjiajie-2025.txt"])
def test_seeds_that_open_with_a_heading_or_a_clear_plan_need_no_initial_section(seeds, name):
    seed = seeds[name]
    assert sectionize(seed.clean, None).paragraph_sections == seed.sections.paragraph_sections


def test_a_continued_page_that_opens_mid_review_is_guessed_review(seeds):
    # ◀◀（上接 1版）…: the page has plan verbs (推进, 深化) but reached figures (增长 197.3%, 27个)
    seed = seeds["zhangjiajie-2023-part1.txt"]
    assert sectionize(seed.clean, None).paragraph_sections == seed.sections.paragraph_sections


def test_guess_section_reads_done_things_as_review_and_intentions_as_plan():
    # seeds/zhangjiajie-2025.txt (review) and seeds/zhangjiajie-2024.txt (plan)
    assert guess_section("成功举办第二届张家界旅游发展大会。粮食总产64.5万吨。农业总产值增长3.5%。") == "review"
    assert guess_section("加快推进桑龙、炉慈、张官等高速公路建设进度，力争张石铁路开工建设。") == "plan"


# --- Sentences ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_sentences_stay_inside_their_paragraph_and_cover_it(seeds, name):
    seed = seeds[name]
    text = seed.clean.text
    sentences = seed.sections.sentences
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        paragraph = seed.clean.paragraphs[s.paragraph]
        assert paragraph.start <= s.start < s.end <= paragraph.end
        assert "\n" not in text[s.start : s.end]
        assert not text[s.start].isspace()
        assert s.section == seed.sections.paragraph_sections[s.paragraph]
        assert s.duplicate == (paragraph.duplicate_of is not None)
    for a, b in zip(sentences, sentences[1:]):
        assert a.end <= b.start
    for paragraph in seed.clean.paragraphs:
        own = [s for s in sentences if s.paragraph == paragraph.index]
        joined = "".join(text[s.start : s.end] for s in own)
        assert joined.replace(" ", "") == text[paragraph.start : paragraph.end].replace(" ", "")


def test_sentences_end_at_full_stops_and_closing_quotes_stay_with_them():
    # seeds/zhangjiajie-2025.txt
    cleaned = clean("突出问题整治有力实施。持续推进“铁腕治旅”。制定出台“1+4”方案，重拳整治虚假营销。")
    sectioned = sectionize(cleaned, "review")
    assert [cleaned.text[s.start : s.end] for s in sectioned.sentences] == [
        "突出问题整治有力实施。",
        "持续推进“铁腕治旅”。",
        "制定出台“1+4”方案，重拳整治虚假营销。",
    ]
    assert {s.section for s in sectioned.sentences} == {"review"}


def test_a_semicolon_splits_a_sentence_only_when_much_follows():
    # seeds/zhangjiajie-2021.txt
    short = clean("26 个省重大项目完成投资 70 亿元，完成目标任务的 150%；141 个市重点项目完成投资 286 亿元。")
    assert len(sectionize(short, "review").sentences) == 1
    long_tail = clean(
        "市本级 三集中三到位 改革基本完成，事项入驻率达 93%；一件事一次办 改革成效明显，办理环节、时限和跑动次数"
        "分别减少 72%、50%、73%；武陵源核心景区门票和环保车车票分离改革完成。"
    )
    sentences = sectionize(long_tail, "review").sentences
    assert long_tail.text[sentences[0].start : sentences[0].end] == "市本级 三集中三到位 改革基本完成，事项入驻率达 93%；"
    assert len(sentences) == 2


# --- Headings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph, section",
    [
        ("2024年工作回顾", "review"),  # zhangjiajie-2025.txt
        ("2020年及 十三五 工作回顾", "review"),  # zhangjiajie-2021.txt
        ("过去的一年，全市上下共同努力应对大战大考", "review"),  # zhangjiajie-2021.txt
        ("五年来，我们坚持转型升级、创新发展，发展基础更加坚实。", "review"),  # zhangjiajie-2021.txt
        ("“十四五”时期主要目标任务", "outlook"),  # zhangjiajie-2021.txt
        ("十四五 时期，全市要围绕 2035 年人均地区生产总值达到全省平均水平", "outlook"),  # zhangjiajie-2021.txt
        ("2025年工作安排", "plan"),  # zhangjiajie-2025.txt
        ("二、2023年工作安排", "plan"),  # zhangjiajie-2023-part1.txt
        ("2024年重点抓好以下工作：", "plan"),  # zhangjiajie-2024.txt
        ("今年工作的总体要求是：以习近平新时代中国特色社会主义思想为指导", "plan"),  # zhangjiajie-2021.txt
        ("## 三、全面加强政府自身建设", "plan"),  # zhangjiajie-2023-part2.txt
        ("名词解释", "glossary"),  # zhangjiajie-2024.txt
        ("（一）全力以赴稳增长，经济发展质效明显提升", None),  # zhangjiajie-2025.txt
        ("政府工作报告（摘要）", None),
        ("◀◀（上接 1 版）", None),  # zhangjiajie-2023-part1.txt
        ("1. 三高四新：“三高”指国家重要先进制造业高地", None),  # zhangjiajie-2024.txt
    ],
)
def test_heading_section(paragraph, section):
    assert heading_section(paragraph) == section


def test_a_long_paragraph_is_a_heading_only_by_its_opening_words():
    # zhangjiajie-2021.txt: 工作安排 deep inside a long paragraph does not open the plan
    paragraph = "大力发展文化事业和文化产业，社会文明程度得到新提高。发展公共文化事业，完善城乡公共文化服务体系，规划建设工作安排"
    assert len(paragraph) > 40
    assert heading_section(paragraph) is None


# --- The year a report was delivered ---------------------------------------------------------------


def test_the_year_comes_from_the_title_and_the_headings():
    from kg.documents import detect_year

    # made up: a title at the top; the same words further down cite last year's report
    assert detect_year("株洲市2024年政府工作报告\n\n过去一年，2023年政府工作报告确定的目标任务全面完成。") == 2024
    assert detect_year("一、2023年工作回顾\n……\n二、2024年工作安排") == 2024
    assert detect_year("过去一年，2023年政府工作报告确定的目标任务全面完成。") is None


def test_an_address_after_the_reports_own_sentences_makes_no_masthead():
    # invented: a short excerpt whose last paragraph addresses the deputies
    cleaned = clean("过去一年，全市经济增长6%。\n\n今年要加快建设。\n\n各位代表：")
    assert "other" not in sectionize(cleaned, "review").paragraph_sections


def test_a_page_before_the_address_is_masthead_where_the_next_paragraph_opens_the_report():
    # gold/dev/texts/honghu-2016.txt: a site's welcome line ends with ！, the report opens after the address
    cleaned = clean("欢迎进入洪湖市人民政府网站! | \n当前位置:首页 > 信息公开 > 工作报告\n2016年政府工作报告\n\n"
                    "洪湖市人民政府代理市长  沈先武\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作,请予审议。\n\n"
                    "在刚刚过去的2015年,全市经济平稳发展。")
    sections = sectionize(cleaned, "review").paragraph_sections
    assert sections[0] == "other" and sections[-1] != "other"
    # invented: a site's preface with sentences, the opening without 现在
    cleaned = clean("株洲古称建宁，湖南省辖地级市，一起看一下吧！\n\n市长 毛腾飞\n\n各位代表：\n\n我代表市人民政府向大会报告工作。\n\n"
                    "过去一年，全市经济增长6%。")
    sections = sectionize(cleaned, "review").paragraph_sections
    assert sections[0] == "other" and sections[-1] != "other"
    # invented: the report's own sentences before an address that opens no report stay the report's
    cleaned = clean("过去一年，全市经济增长6%。\n\n今年要加快建设。\n\n各位代表：\n\n新的一年，让我们携手奋进。")
    assert "other" not in sectionize(cleaned, "review").paragraph_sections


def _other_sentences(text: str) -> list[str]:
    cleaned = clean(text)
    return [cleaned.text[s.start : s.end] for s in sectionize(cleaned, "review").sentences if s.section == "other"]


def test_a_news_items_session_lines_are_no_part_of_the_report():
    # gold/dev/texts/xixia-2022.txt: the executive chairs listed, the quorum; the item's other sentences stay
    text = ("11月17日，西夏区第五届人民代表大会第一会议开幕。\n\n会议应到代表190人，实到160人，出席人数符合法定人数。\n\n"
            "担任本次会议执行主席的是赫天江、杨振如、裴建宁、李海峰。\n\n上午8时30分，西夏区人大常委会主任杨振如宣布大会开幕。"
            "全体起立，奏唱国歌。\n\n一年来，全区生产总值增长6%。")
    other = _other_sentences(text)
    assert len(other) == 4 and not any("生产总值" in s or "第一会议开幕" in s for s in other)
    # gold/dev/texts/huainan-2026.txt: a headline of who attended and who chaired, the presidium on the rostrum
    text = ("朱艾勇出席 张志强作《政府工作报告》 陈儒江主持 蔡宜骅张孝成时志远出\n\n"
            "大会执行主席朱艾勇、陈儒江、蔡宜骅在主席台前排就座。上午9时，陈儒江宣布淮南市第十七届人民代表大会第六次会议开幕。")
    other = _other_sentences(text)  # the cleaned text joins the short headline to the next line
    assert len(other) == 2 and "陈儒江主持" in other[0] and "宣布" in other[1]
    # invented: the presidium seated, in traditional script after a session's opening
    assert _other_sentences("1月21日上午，瓊海市第十四屆人民代表大會第六次會議開幕，大會主席團常務主席符宣朝等在主席台就坐。")


def test_a_reports_own_sentences_on_an_opening_are_no_session_line():
    # gold/dev/texts/wuhan-2020.txt: 宣布开幕 of an event, not of the session
    assert not _other_sentences("习近平总书记出席开幕式并宣布开幕，对军运会成功举办作出重要指示。")
    # invented: the report chairs and attends things of its own
    assert not _other_sentences("市政府主持召开全市经济工作会议，出席会议的有各县区负责同志。今年要加快建设。")
