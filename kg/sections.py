"""Finding the sections of a report and splitting it into sentences.

Each paragraph of the cleaned text is tagged ``review`` (工作回顾), ``plan`` (工作安排),
``outlook`` (five-year goals), ``glossary`` (名词解释) or ``other`` (newspaper items printed next to
the report). Headings and cue words are data: ``kg/resources/patterns/sections.toml``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from kg.resources import load_toml
from kg.text import CleanText, Paragraph

SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|[；;](?=.{60,})|$", re.S)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the cleaned text: ``text[start:end]``."""

    index: int
    start: int
    end: int
    paragraph: int
    section: str
    duplicate: bool = False


@dataclass(frozen=True)
class SectionedText:
    paragraph_sections: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    glossary_entries: tuple[tuple[int, str], ...]  # (paragraph index, term)


@functools.cache
def _rules() -> dict:
    config = load_toml("patterns", "sections.toml")
    return {
        "heading_max": config["heading_max_chars"],
        "lead": config["lead_chars"],
        "number": re.compile(config["heading_number"]),
        "headings": [
            (section, re.compile(pattern)) for section, patterns in config["headings"].items() for pattern in patterns
        ],
        "other": [re.compile(pattern) for pattern in config["other"]["starts"]],
        "credit": re.compile(config["other"]["credit"]),
        "entry": re.compile(config["glossary"]["entry"]),
        "entries_to_start": config["glossary"]["entries_to_start"],
        "cues": {section: [re.compile(p) for p in cues] for section, cues in config["cues"].items()},
        "five_year_plan": re.compile(config["five_year_plan"]),
        "address": re.compile(config["masthead"]["address"]),
        "opening": re.compile(config["masthead"]["opening"]) if config["masthead"].get("opening") else None,
        "masthead_max": config["masthead"]["max_paragraphs"],
        "masthead_chars": config["masthead"]["max_chars"],
        "session": re.compile(config["session"]["line"]) if config.get("session", {}).get("line") else None,
    }


def heading_section(paragraph: str) -> str | None:
    """The section a heading paragraph opens, or None when it is not a heading."""
    rules = _rules()
    stripped = rules["number"].sub("", paragraph.strip(" ◆▶◀#*"))
    short = len(stripped) <= rules["heading_max"]
    lead = stripped[: rules["lead"]]
    # a heading run into its first sentence by a copied page (一、2020年工作和”十三五”发展回顾 2020年是…)
    headline = re.split(r"\s+", stripped, maxsplit=1)[0] if not short else ""
    headline = headline if len(headline) <= rules["heading_max"] and headline[-1:] not in "。！？；，" else ""
    for section, pattern in rules["headings"]:
        # a short paragraph is a heading wherever the words stand in it; a long one only when it
        # opens with them (今后五年，…), not when a sentence mentions them (今年是“十四五”规划收官之年)
        if (short and pattern.search(stripped)) or (headline and pattern.search(headline)):
            return section
    for section, pattern in rules["headings"]:
        if pattern.match(lead):
            return section
    return None


def guess_section(text: str) -> str:
    """review or plan, from cue words, for text that comes before any heading."""
    cues = _rules()["cues"]
    review = sum(len(p.findall(text)) for p in cues["review"])
    plan = sum(len(p.findall(text)) for p in cues["plan"])
    return "review" if review > plan else "plan"


def tag_paragraphs(
    clean: CleanText, initial: str | None = None
) -> tuple[list[str], list[tuple[int, str]], tuple[int, int] | None]:
    """The section of every paragraph, the glossary entries (paragraph index, term) and where the report
    starts inside a paragraph that opens with the masthead (:func:`masthead_cut`)."""
    rules = _rules()
    texts = [clean.text[p.start : p.end] for p in clean.paragraphs]
    current = initial
    if current is None:
        opening = "".join(texts[:8])
        current = heading_section(texts[0]) if texts else None
        current = current or guess_section(opening)
    sections: list[str] = []
    entries: list[tuple[int, str]] = []
    reviewed_plans: set[str] = set()  # the five-year plans a review heading looks back on
    for index, text in enumerate(texts):
        stripped = text.strip()
        heading = heading_section(stripped) if stripped else None
        if heading == "review" and len(stripped) <= rules["heading_max"]:
            reviewed_plans = set(rules["five_year_plan"].findall(stripped))
        elif heading == "outlook" and current == "review":
            # “十二五”时期是我市…极不平凡的五年 under 一、“十二五”时期经济社会发展回顾: a paragraph that
            # opens with the period its review heading looks back on goes on with the review
            if reviewed_plans & set(rules["five_year_plan"].findall(stripped[: rules["lead"]])):
                heading = None
        entry = rules["entry"].match(stripped)
        if heading and not (current == "glossary" and entry):
            current = heading
        elif any(p.match(stripped) for p in rules["other"]) and not rules["credit"].fullmatch(stripped):
            headline = texts[index - 1].strip() if index else ""
            if current != "other" and len(headline) <= 2 * rules["heading_max"] and headline[-1:] not in "。！？":
                sections[-1] = "other"  # the news headline above the item
            current = "other"
        elif entry and current != "other" and _starts_glossary(texts, index, rules):
            current = "glossary"
        if current == "glossary" and entry:
            entries.append((index, entry.group("term").strip()))
        sections.append(current)
    cut = masthead_cut(texts, rules)
    _mark_masthead(texts, sections, rules, cut)
    return sections, entries, cut


_SENTENCE_ENDS = re.compile("[。！？]")


def _mark_masthead(texts: list[str], sections: list[str], rules: dict, cut: tuple[int, int] | None) -> None:
    """The title, date, session and speaker before 各位代表 (and a copied page's menu) are "other";
    numbered headings there (a table of contents) keep their section. ``cut``: the address stands in a
    paragraph that also opens the report (:func:`masthead_cut`); the paragraphs before it are masthead."""
    address = cut[0] if cut else _address(texts, rules)
    if address is None or (cut is None and len(texts[address]) > rules["masthead_chars"]):
        return
    if cut is None and _sentence_before(texts, address, rules) and not _report_opens(texts, address, rules):
        return  # a report's own sentences before it: 各位代表 there closes the report, no masthead stands before it
    # a cut paragraph keeps its section: only its opening, up to the cut, is masthead (split_sentences)
    for index in range(address if cut else address + 1):
        if not rules["number"].match(texts[index].strip()):
            sections[index] = "other"


def masthead_cut(texts: list[str], rules: dict | None = None) -> tuple[int, int] | None:
    """(paragraph, offset) where the report starts inside a paragraph that opens with the masthead: a copied page
    whose lines were joined (…在江陵县第六届人民代表大会第六次会议上 江陵县人民政府县长 李静 各位代表：现在，我代表…).
    Only when that paragraph is too long to be all masthead, no sentence ends before its address and none before it;
    a page's preview before the masthead (…各位代表：现在，我代表县人民政府向大 …各位代表：) is cut off with it."""
    rules = rules or _rules()
    address = _address(texts, rules)
    if address is None or len(texts[address]) <= rules["masthead_chars"]:
        return None
    text = texts[address]
    first_end = _SENTENCE_ENDS.search(text)
    opening = text[: first_end.start()] if first_end else text
    matches = list(rules["address"].finditer(opening))
    if not matches:
        return None  # a sentence ends before the address: the report's own text
    if _sentence_before(texts, address, rules):
        return None
    # a page's preview (masthead, 各位代表：现在，我代表…cut short) and the masthead again: the report starts
    # after the last address of that first, unfinished sentence
    return address, matches[-1].end()


def _address(texts: list[str], rules: dict) -> int | None:
    """The paragraph of the address 各位代表 among the first ones, if any."""
    return next((i for i, t in enumerate(texts[: rules["masthead_max"]]) if rules["address"].search(t)), None)


def _report_opens(texts: list[str], address: int, rules: dict) -> bool:
    """Whether the paragraph after the address opens the report (现在，我代表市人民政府向大会报告工作)."""
    return rules["opening"] is not None and address + 1 < len(texts) and rules["opening"].match(texts[address + 1]) is not None


def _sentence_before(texts: list[str], address: int, rules: dict) -> bool:
    """Whether a paragraph before the address, other than a numbered heading, ends a sentence."""
    return any(_SENTENCE_ENDS.search(texts[i]) for i in range(address) if not rules["number"].match(texts[i].strip()))


def _starts_glossary(texts: list[str], index: int, rules: dict) -> bool:
    following = texts[index : index + 8]
    matched = [t for t in following if rules["entry"].match(t.strip())]
    return len(matched) >= rules["entries_to_start"] and any("指" in t for t in matched)


def split_sentences(clean: CleanText, sections: list[str], cut: tuple[int, int] | None = None) -> list[Sentence]:
    """The sentences of each paragraph, with its section; ``cut`` (paragraph, offset): the paragraph's opening up
    to the offset is the masthead, a sentence of its own in "other"."""
    sentences: list[Sentence] = []
    for index, (paragraph, section) in enumerate(zip(clean.paragraphs, sections)):
        if cut is not None and cut[0] == index:
            split = paragraph.start + cut[1]
            sentences.append(
                Sentence(index=len(sentences), start=paragraph.start, end=split, paragraph=paragraph.index,
                         section="other", duplicate=paragraph.duplicate_of is not None)
            )
            paragraph = replace(paragraph, start=split)
        sentences.extend(_paragraph_sentences(clean.text, paragraph, section, len(sentences)))
    return _mark_session_lines(clean.text, sentences)


def _mark_session_lines(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A news item's sentences on how the session opened (the presidium on the rostrum, the quorum, the chair declaring it
    open: sections.toml [session]) are "other", as the masthead's session line is. One search of the whole text."""
    pattern = _rules()["session"]
    if pattern is None or not sentences:
        return sentences
    ends = [s.end for s in sentences]
    for match in pattern.finditer(text):
        index = bisect.bisect_right(ends, match.start())
        if index < len(sentences) and sentences[index].start <= match.start() and sentences[index].section != "other":
            sentences[index] = replace(sentences[index], section="other")
    return sentences


def _paragraph_sentences(text: str, paragraph: Paragraph, section: str, first_index: int) -> list[Sentence]:
    out: list[Sentence] = []
    position = paragraph.start
    chunk = text[paragraph.start : paragraph.end]
    for match in SENTENCE_END.finditer(chunk):
        end = paragraph.start + match.end()
        start = position
        while start < end and text[start] == " ":
            start += 1
        if end > start:
            out.append(
                Sentence(
                    index=first_index + len(out),
                    start=start,
                    end=end,
                    paragraph=paragraph.index,
                    section=section,
                    duplicate=paragraph.duplicate_of is not None,
                )
            )
        position = end
        if match.end() == len(chunk):
            break
    return out


def sectionize(clean: CleanText, initial: str | None = None) -> SectionedText:
    sections, entries, cut = tag_paragraphs(clean, initial)
    return SectionedText(
        paragraph_sections=tuple(sections),
        sentences=tuple(split_sentences(clean, sections, cut)),
        glossary_entries=tuple(entries),
    )
