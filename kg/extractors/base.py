"""What every extractor shares: the candidate record and the sentences to read."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import ahocorasick_rs

from kg.sections import Sentence

#: Characters a name never crosses.
DELIMITERS = frozenset("，。、；：！？（）“”‘’《》〈〉【】「」『』…—·,.;:!?()[]\"' \n\t")
OPEN_QUOTES = "“‘「『\""
CLOSE_QUOTES = "”’」』\""

#: Sections whose text is part of the report (``other`` is unrelated newspaper content).
REPORT_SECTIONS = frozenset({"review", "plan", "outlook", "glossary"})


@dataclass(slots=True)
class Candidate:
    """An entity mention found by an extractor, in cleaned-text offsets."""

    start: int
    end: int
    type: str  # Project | Place | Programme | Organization | Event
    cls: str  # most specific ontology class
    label: str  # canonical simplified-Chinese name
    rule: str  # the extractor rule that found it, e.g. "projects.coordination"
    key: str | None = None  # resolution key when it is not the label (a division code)
    status: str | None = None
    # What an extractor knows beyond the span, for the components after it:
    code: str | None = None  # a division's code (places.gazetteer): lets the division contain places
    head: str | None = None  # the head noun the name was found by, as written (高速公路 in 炉慈高速公路)
    qualifier: str | None = None  # the phase or section after the name (慈利至石门段, 扩建工程)
    definition: str | None = None  # what a glossary entry says the term means
    part_of: Candidate | None = None  # the glossary term this one is a part of
    connects: tuple[Candidate, ...] = ()  # the places a road connects (a glossary route's two ends)
    # Named inside a longer mention and kept as a mention of its own (长江 in 长江经济带, 久瑞生物 in
    # 久瑞生物新厂房, 翠谷产业园 in 翠谷产业园路网工程); such a project takes no status of its own.
    nested: bool = False
    # A project whose span is a place's (沙堤 of 沙堤、金岩 3 所芙蓉学校): the place keeps its mention.
    borrows_span: bool = False
    # A name guessed by its shape (a last word: 同煤塔山 by 山), not a division, town or named place: a project
    # that borrows its span (同煤塔山、同忻…三个矿井) takes the span, the guess leaves no mention.
    guessed: bool = False
    # A place written by one-character abbreviations (港澳, 川南, 京津): inside the name of a work (港澳影视制作基地,
    # 川南减震技改搬迁) it is no mention (annotation round 9).
    abbreviation: bool = False
    # A school or hospital being set up (旅游技师学院申报筹建): a work, never the institution acting.
    built: bool = False
    # A division that only names a body: its own congress or Party committee (梨树县第十八届人民代表大会, 贵州省委; the
    # organisations read it to name the body; annotation round 14, rule 22), or the company that invests in a listed
    # work (河北 in 河北邳彤绞股蓝开发 in a report of 平利; round 11, rule 13): no mention of the place.
    names_body: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start

    def sort_key(self) -> tuple:
        return (self.start, -self.length, self.type, self.label)


#: Where report_sentences keeps a Doc's list, with the sections and text it was made from.
_REPORT_SENTENCES = ("kg", "report_sentences")


def report_sentences(doc) -> Iterator[tuple[Sentence, str]]:
    """(sentence, its text) for every sentence that belongs to the report and is not a duplicate.
    Made once per Doc (every extractor reads them) and kept in its ``user_data``."""
    sections, clean = doc._.sections, doc._.clean
    kept = doc.user_data.get(_REPORT_SENTENCES)
    if kept is None or kept[0] is not sections or kept[1] is not clean:
        text = clean.text  # the Doc's text; spaCy rebuilds doc.text on every access
        sentences = [
            (sentence, text[sentence.start : sentence.end])
            for sentence in sections.sentences
            if not sentence.duplicate and sentence.section in REPORT_SECTIONS
        ]
        kept = doc.user_data[_REPORT_SENTENCES] = (sections, clean, sentences)
    return iter(kept[2])


class Surfaces:
    """The surfaces of a dictionary (two characters or more) in an Aho-Corasick automaton: where
    they occur in a text is found in one pass, not by a probe per span length and position
    (``ahocorasick_rs``: its matches come as one list, about ten times faster than iterating
    pyahocorasick's, no longer a dependency)."""

    def __init__(self, surfaces: Iterable[str]):
        self._surfaces = sorted({surface for surface in surfaces if len(surface) > 1})
        self._automaton = ahocorasick_rs.AhoCorasick(self._surfaces) if self._surfaces else None

    def __len__(self) -> int:
        return len(self._surfaces)

    def lengths_at(self, text: str) -> dict[int, list[int]]:
        """Start → lengths of the surfaces that occur there, longest first."""
        found: dict[int, list[int]] = {}
        if self._automaton is None:
            return found
        for _index, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            lengths = found.get(start)
            if lengths is None:
                found[start] = [end - start]
            else:
                lengths.append(end - start)
        for lengths in found.values():
            if len(lengths) > 1:
                lengths.sort(reverse=True)
        return found


def merged_lengths(*found: dict[int, list[int]]) -> dict[int, list[int]]:
    """The union of several :meth:`Surfaces.lengths_at` answers, longest first."""
    merged: dict[int, set[int]] = {}
    for lengths_at in found:
        for start, lengths in lengths_at.items():
            merged.setdefault(start, set()).update(lengths)
    return {start: sorted(lengths, reverse=True) for start, lengths in merged.items()}


def longest_matches(lengths_at: dict[int, list[int]], match: Callable[[int, int], Candidate | None]) -> list[Candidate]:
    """Left to right, the longest span at each position that ``match(start, end)`` turns into a
    candidate, of the spans ``lengths_at`` lists (the dictionary's surfaces in the text); the spans
    found do not overlap."""
    found = []
    end = 0
    for start in sorted(lengths_at):
        if start < end:
            continue
        for length in lengths_at[start]:
            candidate = match(start, start + length)
            if candidate is not None:
                found.append(candidate)
                end = start + length
                break
    return found


def optional_pattern(table: dict, key: str) -> re.Pattern | None:
    """``table[key]`` compiled, or None where the pattern data leave it out or empty (a rule switched off)."""
    return re.compile(table[key]) if table.get(key) else None


def chunk_start(text: str, position: int, lower: int = 0) -> int:
    """Start of the run of non-delimiter characters that ends at ``position``."""
    i = position
    while i > lower and text[i - 1] not in DELIMITERS:
        i -= 1
    return i


def list_length_before(text: str, position: int) -> int:
    """How many 、-separated elements end at ``position`` (spaces before it skipped): 3 in
    ``A、B、C 三个…``, 0 when no element stands there."""
    return len(list_elements_before(text, position))


def counted_list_before(text: str, position: int, count: int | None) -> list[tuple[int, int]]:
    """The elements of the list ending at ``position`` (:func:`list_elements_before`) that a count
    right after it sums up: two or more, and ``count`` of them; none otherwise."""
    elements = list_elements_before(text, position)
    return elements if 2 <= len(elements) == count else []


def list_elements_before(text: str, position: int) -> list[tuple[int, int]]:
    """(start, end) of the 、-separated elements that end at ``position``, first to last; a list
    closed by 等 ends before it, and a quoted element is the text inside its quotes (A、“B”、C等)."""
    while position > 0 and text[position - 1] == " ":
        position -= 1
    if position > 0 and text[position - 1] == "等":
        position -= 1
    elements: list[tuple[int, int]] = []
    while position > 0:
        start, end = chunk_start(text, position), position
        if start == position and text[position - 1] in CLOSE_QUOTES:
            start = max(text.rfind(q, 0, position - 1) for q in OPEN_QUOTES)
            if start < 0 or any(d in text[start + 1 : position - 1] for d in "、，。；"):
                break
            elements.append((start + 1, position - 1))
        elif start == position:
            break
        else:
            while start > 0 and text[start - 1] in CLOSE_QUOTES:  # “创”的意识: a quoted word inside an element
                opened = max(text.rfind(q, 0, start - 1) for q in OPEN_QUOTES)
                if opened < 0 or any(d in text[opened + 1 : start - 1] for d in "、，。；"):
                    break
                start = chunk_start(text, opened)
            elements.append((start, end))
        if start == 0 or text[start - 1] != "、":
            break
        position = start - 1
    return elements[::-1]
