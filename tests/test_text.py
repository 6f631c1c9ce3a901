"""kg.text.clean: OCR'd report text is cleaned for analysis (simplified characters, full-width
punctuation, line breaks and letter-spacing of print removed, markdown dropped, paragraphs printed
twice flagged) while an offset map keeps every cleaned span tied to the exact original text.

Sentences are copied verbatim from the seed files in ``seeds/``; each test names its seed.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import opencc
import pytest

from kg.resources import load_toml
from kg.text import CleanText, clean

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
PUNCTUATION: dict[str, str] = load_toml("patterns", "text.toml")["punctuation"]
T2S = opencc.OpenCC("t2s")


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def paragraphs(cleaned: CleanText) -> list[str]:
    return [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]


def paragraph_starting(cleaned: CleanText, prefix: str):
    """The first paragraph that starts with ``prefix``."""
    return next(p for p in cleaned.paragraphs if cleaned.text.startswith(prefix, p.start))


@pytest.fixture(scope="module")
def cleaned_seeds() -> dict[str, CleanText]:
    return {path.name: clean(path.read_text(encoding="utf-8")) for path in SEED_FILES}


# --- (a) The offset map -------------------------------------------------------------------------


def is_blank(ch: str) -> bool:
    return ch.isspace() or ch in "\u200b\ufeff"


def same_or_normalised(original: str, cleaned: str) -> bool:
    """``cleaned`` is ``original`` itself, or its simplified, width- or punctuation-normalised form."""
    return cleaned in {
        original,
        T2S.convert(original),
        unicodedata.normalize("NFKC", original),
        PUNCTUATION.get(original, original),
    }


@pytest.mark.parametrize("name", [p.name for p in SEED_FILES])
def test_the_offset_map_has_one_increasing_entry_per_cleaned_character(cleaned_seeds, name):
    cleaned = cleaned_seeds[name]
    offsets = list(cleaned.offsets)
    assert cleaned.original == seed(name)
    assert len(offsets) == len(cleaned.text) + 1
    assert offsets[-1] == len(cleaned.original)
    assert all(a < b for a, b in zip(offsets, offsets[1:])), "offsets must be strictly increasing"


@pytest.mark.parametrize("name", [p.name for p in SEED_FILES])
def test_random_cleaned_spans_map_back_to_the_original_text_behind_them(cleaned_seeds, name):
    cleaned = cleaned_seeds[name]
    original, text = cleaned.original, cleaned.text
    rng = random.Random(0)
    for _ in range(500):
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, min(len(text), start + 60) + 1)
        begin, stop = cleaned.to_original(start, end)
        assert 0 <= begin <= stop <= len(original)
        assert cleaned.surface(start, end) == original[begin:stop]
        if end > start:
            # the span's first and last characters are the first and last characters of the surface
            assert same_or_normalised(original[begin], text[start]) or is_blank(text[start])
            assert same_or_normalised(original[stop - 1], text[end - 1]) or is_blank(text[end - 1])
            # nothing but dropped layout lies between: the surface, cleaned again, is the span
            visible = "".join(ch for ch in text[start:end] if not is_blank(ch))
            assert "".join(ch for ch in clean(original[begin:stop]).text if not is_blank(ch)) == visible


@pytest.mark.parametrize("name", [p.name for p in SEED_FILES])
def test_every_cleaned_character_comes_from_the_same_or_a_normalised_original_character(cleaned_seeds, name):
    cleaned = cleaned_seeds[name]
    for i, ch in enumerate(cleaned.text):
        source = cleaned.original[cleaned.offsets[i]]
        if is_blank(ch):
            assert is_blank(source), (i, ch, source)  # spaces and paragraph breaks come from white space
        else:
            assert same_or_normalised(source, ch), (i, ch, source)


@pytest.mark.parametrize("name", [p.name for p in SEED_FILES])
def test_only_white_space_and_markdown_marks_are_dropped(cleaned_seeds, name):
    cleaned = cleaned_seeds[name]
    kept = set(cleaned.offsets[:-1])
    dropped = {ch for i, ch in enumerate(cleaned.original) if i not in kept}
    assert all(is_blank(ch) or ch in "*#_>" for ch in dropped), dropped


def test_half_width_punctuation_becomes_full_width_but_numbers_keep_their_separators():
    # seeds/zhangjiajie-2023-part2.txt writes half-width commas; numbers keep theirs
    cleaned = clean("稳妥推进碳达峰碳中和,积极开发林业碳汇,确保行政机关负责人出庭应诉率达到90%以上")
    assert cleaned.text == "稳妥推进碳达峰碳中和，积极开发林业碳汇，确保行政机关负责人出庭应诉率达到90%以上"
    assert clean("投资1,000万元，时间10:30，增长3.5%").text == "投资1,000万元，时间10:30，增长3.5%"
    assert clean("增长１７.２４％").text == "增长17.24%"


def test_windows_and_old_mac_line_ends_clean_to_the_same_text():
    for path in SEED_FILES:
        original = path.read_text(encoding="utf-8")
        expected = clean(original).text
        assert clean(original.replace("\n", "\r\n")).text == expected, path.name
        assert clean(original.replace("\n", "\r")).text == expected, path.name


def test_an_empty_or_blank_text_cleans_to_nothing():
    for original in ("", "  \n\n\u3000 "):
        cleaned = clean(original)
        assert cleaned.text == ""
        assert cleaned.offsets[-1] == len(original)


# --- (b) Letter-spacing and lost quotes ---------------------------------------------------------


def test_letter_spaced_runs_are_closed_up():
    # seeds/zhangjiajie-2023-part1.txt
    assert clean("始 终 以 改 革 创 新").text == "始终以改革创新"
    assert clean("政 收 入 。 深 化 工 程 领 域 招 投 标 改 革 ，").text == "政收入。深化工程领域招投标改革，"


def test_letter_spaced_runs_in_the_narrow_column_seed_are_closed_up(cleaned_seeds):
    text = cleaned_seeds["zhangjiajie-2023-part1.txt"].text
    assert "始终以改革创新破解发展难题、激发内生动力。" in text
    assert "始 终" not in text
    assert "财政收入。深化工程领域招投标改革，" in text


def test_a_lone_space_standing_for_lost_quotes_is_kept(cleaned_seeds):
    # seeds/zhangjiajie-2021.txt: the quotes around campaign names were lost in print
    assert clean("持续推进 铁腕治旅，").text == "持续推进 铁腕治旅，"
    text = cleaned_seeds["zhangjiajie-2021.txt"].text
    assert "持续推进 铁腕治旅，在全省率先推动旅游复苏" in text
    assert "（一） 六稳 六保 全面落实。" in text or "（一）六稳 六保 全面落实。" in text


def test_spaces_next_to_chinese_punctuation_after_numbers_and_runs_of_spaces_go():
    # a number keeps its unit (500 千伏 → 500千伏); a space before a number may stand for lost quotes
    assert clean("全年接待游客 4830 万人次 ， 实现旅游总收入   550 亿元").text == "全年接待游客 4830万人次，实现旅游总收入 550亿元"
    assert clean("张官高速、500 千伏输变电工程").text == "张官高速、500千伏输变电工程"


def test_a_space_next_to_a_half_width_bracket_goes_like_one_next_to_a_full_width_bracket():
    # seeds/zhangjiajie-2021.txt and seeds/zhangjiajie-2024.txt, first line
    assert clean("政府工作报告 （摘要）").text == "政府工作报告（摘要）"
    assert clean("政府工作报告 (摘要)").text == "政府工作报告（摘要）"


# --- (c) Line breaks of print ------------------------------------------------------------------


def test_a_word_broken_across_lines_in_the_narrow_column_file_is_joined(cleaned_seeds):
    # seeds/zhangjiajie-2023-part1.txt: "（三） 坚定不移推进改革创新，发\n\n展动能不断增强"
    cleaned = cleaned_seeds["zhangjiajie-2023-part1.txt"]
    heading = paragraph_starting(cleaned, "（三）")
    assert cleaned.text[heading.start : heading.end] == "（三）坚定不移推进改革创新，发展动能不断增强"
    start = cleaned.text.index("发展动能")
    assert cleaned.surface(start, start + 4) == "发\n\n展动能"


def test_narrow_column_lines_join_into_paragraphs(cleaned_seeds):
    # seeds/zhangjiajie-2023-part1.txt: "激发内生动力。重点领域改革扎实推\n进。推进资源配置市场化改革，实行\n…"
    text = cleaned_seeds["zhangjiajie-2023-part1.txt"].text
    assert "重点领域改革扎实推进。推进资源配置市场化改革，实行矿产、风电、特许经营权等资源公开出让，" in text


def test_a_short_heading_line_stays_a_paragraph_of_its_own(cleaned_seeds):
    # seeds/zhangjiajie-2025.txt
    assert "2025年工作安排" in paragraphs(cleaned_seeds["zhangjiajie-2025.txt"])
    assert "2024年工作回顾" in paragraphs(cleaned_seeds["zhangjiajie-2025.txt"])


_SHORT_LINES_AND_LONG_PARAGRAPHS = (  # an excerpt's masthead, its short lines keep the median line short
    "政府工作报告\n\n——2012年2月在某县第十七届人民代表大会\n\n第一次会议上\n\n县长 某某\n\n各位代表：\n\n"
    "现在，我代表县人民政府\n\n向大会报告工作，请予审议。\n\n{heading}\n\n{paragraph}\n\n二、今后五年的目标\n\n"
    + "全县上下团结一心，" * 8 + "奋力开创新局面。\n"
)


@pytest.mark.parametrize("heading, paragraph", [
    # gold/dev cangshan-2012: the heading ran into the paragraph below it (经济实力不断增强工业强县战略深入推进)
    ("一、凝心聚力促发展,经济实力不断增强", "工业强县战略深入推进。四年来,全县累计新上投资千万元以上的工业项目95个,建成投产59个。" * 2),
    # invented
    ("（一）坚持改革创新，发展活力持续增强", "重点领域改革扎实推进，营商环境持续优化，市场主体数量稳步增长，新登记企业明显增多。" * 2),
])
def test_a_numbered_heading_above_a_long_paragraph_stays_a_paragraph_in_a_short_median_text(heading, paragraph):
    text = clean(_SHORT_LINES_AND_LONG_PARAGRAPHS.format(heading=heading, paragraph=paragraph)).text
    assert heading.replace(",", "，") in text.split("\n")


def test_a_narrow_column_line_still_runs_into_a_long_line_below_it():
    # gold/dev zhangjiakou-2019: "…努力践行新发展理念,深化供给\n侧结构性改革,…" (no heading: the word goes on)
    lines = ["第十四届人民代表大会", "第四次会议上", "市长 某某", "各位代表：", "现在，我代表市人民政府", "向大会报告工作", "请予审议", "一、过去一年工作回顾",
             "民生、防风险各项工作,努力践行新发展理念,深化供给", "侧结构性改革," + "全市经济社会发展稳中有进，" * 6]
    assert "深化供给侧结构性改革" in clean("\n".join(lines)).text


def test_a_paragraph_broken_by_a_blank_line_in_wide_layout_is_joined(cleaned_seeds):
    # seeds/zhangjiajie-2023-part2.txt: "…持续抓好楚怡中职学校项目建设,全\n\n面改善中职学校办学条件。"
    assert "持续抓好楚怡中职学校项目建设，全面改善中职学校办学条件。" in cleaned_seeds["zhangjiajie-2023-part2.txt"].text


def test_a_heading_after_a_cut_off_bracket_stays_a_paragraph_of_its_own(cleaned_seeds):
    # seeds/zhangjiajie-2021.txt: "…规划建设长征国家文化公园(张\n\n2021年工作安排\n\n今年是…"
    assert "2021年工作安排" in paragraphs(cleaned_seeds["zhangjiajie-2021.txt"])


def test_a_paragraph_ending_in_a_half_width_exclamation_mark_ends_there():
    # seeds/zhangjiajie-2023-part2.txt: the report's last sentence, then a news headline
    ending = "让我们更加紧密地团结在以习近平总书记为核心的党中央周围,奋力谱写中国式现代化的张家界新篇章"
    headline = "第七届道德模范评选表彰活动组委会第二次会议暨评委会第二次会议要求 崇尚道德模范 讲好模范故事"
    full_width = clean(ending + "！\n\n" + headline)
    assert len(full_width.paragraphs) == 2
    half_width = clean(ending + "!\n\n## " + headline)
    assert len(half_width.paragraphs) == 2


# --- (d) Markdown ----------------------------------------------------------------------------------


def test_markdown_bold_and_heading_marks_are_removed(cleaned_seeds):
    # seeds/zhangjiajie-2023-part2.txt
    cleaned = clean("**推动绿色低碳发展。**稳妥推进碳达峰碳中和,积极开发林业碳汇")
    assert cleaned.text == "推动绿色低碳发展。稳妥推进碳达峰碳中和，积极开发林业碳汇"
    assert cleaned.surface(0, 9) == "推动绿色低碳发展。"
    # the surface of a span starts at its first kept character; markup inside the span is part of it
    assert cleaned.surface(0, len(cleaned.text)) == "推动绿色低碳发展。**稳妥推进碳达峰碳中和,积极开发林业碳汇"

    cleaned = cleaned_seeds["zhangjiajie-2023-part2.txt"]
    assert "*" not in cleaned.text and "#" not in cleaned.text
    assert "三、全面加强政府自身建设" in paragraphs(cleaned)
    assert "政府工作报告" in paragraphs(cleaned)
    assert "推动绿色低碳发展。稳妥推进碳达峰碳中和，积极开发林业碳汇，" in cleaned.text


# --- (e) Paragraphs printed twice --------------------------------------------------------------


def test_glossary_entries_printed_twice_are_flagged_as_duplicates(cleaned_seeds):
    # seeds/zhangjiajie-2024.txt: entries 1–3 of the glossary are printed again at the end
    cleaned = cleaned_seeds["zhangjiajie-2024.txt"]
    for prefix in ("1. 三高四新：", "2. 发展六仗：", "3. 三送三解三优："):
        first, again = [p for p in cleaned.paragraphs if cleaned.text.startswith(prefix, p.start)]
        assert first.duplicate_of is None
        assert again.duplicate_of == first.index
        assert first.index < again.index


def test_body_paragraphs_printed_twice_are_flagged_and_originals_are_not(cleaned_seeds):
    # seeds/zhangjiajie-2024.txt: 建设法治政府… and 着力创先争优… are printed twice (or three times)
    cleaned = cleaned_seeds["zhangjiajie-2024.txt"]
    for prefix in ("建设法治政府。深入贯彻习近平法治思想", "着力创先争优。坚定发展信心"):
        copies = [p for p in cleaned.paragraphs if cleaned.text.startswith(prefix, p.start)]
        assert len(copies) >= 2
        assert copies[0].duplicate_of is None
        assert all(p.duplicate_of == copies[0].index for p in copies[1:])


def test_seeds_without_repeated_paragraphs_have_no_duplicates(cleaned_seeds):
    for name in ("zhangjiajie-2021.txt", "zhangjiajie-2023-part1.txt", "zhangjiajie-2023-part2.txt", "zhangjiajie-2025.txt"):
        assert all(p.duplicate_of is None for p in cleaned_seeds[name].paragraphs), name


def test_short_paragraphs_alone_are_never_duplicates():
    cleaned = clean("名词解释\n\n名词解释\n\n（一）全力以赴稳增长\n\n（一）全力以赴稳增长")
    assert [p.duplicate_of for p in cleaned.paragraphs] == [None, None, None, None]


def test_a_short_heading_inside_a_run_of_repeated_paragraphs_is_repeated_too():
    # zhangjiajie-2021.txt: a long paragraph, then a heading too short to compare on its own
    plan = "围绕上述目标，重点做好以下十方面的工作，推动全市经济社会高质量发展。"
    heading = "（一）以建设 锦绣潇湘 全域旅"
    cleaned = clean("\n\n".join([plan, heading, plan, heading]))
    assert [p.duplicate_of for p in cleaned.paragraphs] == [None, None, 0, 1]


def test_a_paragraph_printed_twice_with_a_line_break_inside_is_flagged_in_full(cleaned_seeds):
    # seeds/zhangjiajie-2024.txt, lines 79–81
    cleaned = cleaned_seeds["zhangjiajie-2024.txt"]
    holding = [p for p in cleaned.paragraphs if "想尽一切办法推动工作落实" in cleaned.text[p.start : p.end]]
    assert len(holding) >= 2
    assert all(p.duplicate_of is not None for p in holding[1:])


# --- (f) Traditional characters ----------------------------------------------------------------


def test_traditional_text_is_simplified_and_offsets_point_into_the_traditional_original():
    original = "張家界市加快桑龍高速建設"
    cleaned = clean(original)
    assert cleaned.text == "张家界市加快桑龙高速建设"
    assert list(cleaned.offsets) == list(range(len(original) + 1))  # one character for one
    start = cleaned.text.index("桑龙高速")
    assert cleaned.to_original(start, start + 4) == (6, 10)
    assert cleaned.surface(start, start + 4) == "桑龍高速"
    assert cleaned.surface(0, 4) == "張家界市"


def test_a_traditional_seed_paragraph_cleans_like_its_simplified_original():
    # seeds/zhangjiajie-2021.txt, converted to traditional characters
    simplified = "强力推进项目攻坚，安慈高速慈利至石门段建成通车，张吉怀高铁加快建设，桑龙、炉慈、张官高速开工建设，"
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert traditional != simplified
    cleaned = clean(traditional)
    assert cleaned.text == simplified
    start = cleaned.text.index("张吉怀高铁")
    assert cleaned.surface(start, start + 5) == traditional[start : start + 5]


# --- (g) Idempotence ---------------------------------------------------------------------------



@pytest.mark.parametrize(
    "name",
    [
        "zhangjiajie-2021.txt",
        "zhangjiajie-2023-part1.txt",
        "zhangjiajie-2023-part2.txt",
        "zhangjiajie-2024.txt",
        "zhangjiajie-2025.txt",
    ],
)
def test_clean_is_idempotent_on_its_own_output(cleaned_seeds, name):
    once = cleaned_seeds[name].text
    assert clean(once).text == once


def test_markup_of_a_web_page_is_read_as_the_text_it_shows():
    # made up, as a report copied from a web page: tags dropped, entities read as their characters
    original = "<p>持续推进&ldquo;铁腕治旅&rdquo;，&nbsp;桑龙高速建成通车。</p>"
    cleaned = clean(original)
    assert cleaned.text == "持续推进“铁腕治旅”，桑龙高速建成通车。"
    start = cleaned.text.index("铁腕治旅")
    assert cleaned.surface(start, start + 4) == "铁腕治旅"
    assert cleaned.surface(start - 1, start) == "&ldquo;"
    # entities that stand for markup characters stay as written
    kept = clean("A&amp;B与&lt;b&gt;").text
    assert "&amp" in kept and "&lt" in kept and "<" not in kept


# --- Pages copied from the web (gold/dev/texts, gold/test/texts) ----------------------------------


@pytest.mark.parametrize(
    "original, expected",
    [
        # gold/dev/texts/maoming-2020.txt: pinyin printed after characters
        ("請予審議,并請政協(xié)各位委員", "请予审议，并请政协各位委员"),
        ("西安東(dong) 站站房正式開工", "西安东站站房正式开工"),
        # HTML comments, also cut off at their start, and a bracket left of a lost tag
        ("<!-- 注释 -->桑龙高速", "桑龙高速"),
        ("--注释-->张官高速建成", "张官高速建成"),
        (">七十二奇楼项目开工", "七十二奇楼项目开工"),
        # brackets that are text stay
        ("教温（二期）、华瀛LNG(一期)", "教温（二期）、华瀛LNG（一期）"),
    ],
)
def test_web_debris_is_dropped_and_offsets_stay_exact(original, expected):
    cleaned = clean(original)
    assert cleaned.text == expected
    for start in range(len(cleaned.text)):
        begin, stop = cleaned.to_original(start, start + 1)
        assert T2S.convert(original[begin:stop]).startswith(cleaned.text[start]) or not cleaned.text[start].strip() or cleaned.text[start] in "，（）"


@pytest.mark.parametrize(
    "original, expected",
    [
        # gold/dev chengcheng-2018, zhenglanqi-2019: a page that lost its quotation marks to doubled semicolons
        ("积极实施;;1133;;工程,县域经济", "积极实施“1133”工程，县域经济"),
        ("荣获;;国家卫生\n县城;;;;全国农民工返乡创业试点县;;等", "荣获“国家卫生县城”“全国农民工返乡创业试点县”等"),
        # one without a partner near enough stands for another mark (a lost dash before the date): punctuation
        ("政府工作报告 ;;2018年2月5日在澄城县第十八届人民代表大会第二次会议上各位代表:现在", "政府工作报告；；2018年2月5日在澄城县第十八届人民代表大会第二次会议上各位代表：现在"),
    ],
)
def test_doubled_semicolons_that_stand_for_lost_quotes_are_read_as_quotes(original, expected):
    cleaned = clean(original)
    assert cleaned.text == expected
    assert clean(cleaned.text).text == cleaned.text
    if "“" in expected:
        start = cleaned.text.index("“")
        assert cleaned.surface(start, start + 1) == ";;"


def test_a_number_broken_across_lines_is_joined_without_a_space():
    text = ("初步统计，2015年完成地区生产总值330.2亿元，是2010年的1\n"
            ".5倍，年均增长9.1%；实现一般公共预算收入18.7亿元，是2010年的2.6倍，年均增长2\n"
            "0.6%。五年累计完成全社会固定资产投资597.7亿元，年均增长27.7%。运行质量全面提\n")
    cleaned = clean(text).text
    assert "1.5倍" in cleaned and "增长20.6%" in cleaned


def test_the_characters_an_abbreviation_drops_are_dropped_from_a_run():
    # gold/dev yichang-2026 (a news item quoting the report)
    cleaned = clean("确保宜(昌)来(凤)高速通车运营;加快武(汉)重(庆)高速荆宜段,共建(武)汉荆(州)宜(昌)生命健康大走廊")
    assert "宜来高速" in cleaned.text and "武重高速荆宜段" in cleaned.text and "共建汉荆宜生命健康大走廊" in cleaned.text
    # made up: a parenthetical, alone or in a list, stays
    cleaned = clean("推进教温（二期）、三人（慈利段）、产业大道(二期)建设。")
    assert cleaned.text == "推进教温（二期）、三人（慈利段）、产业大道（二期）建设。"
    cleaned = clean("加快长(沙)株(洲)潭(湘潭)城际铁路建设。")
    assert cleaned.text == "加快长株潭城际铁路建设。"
