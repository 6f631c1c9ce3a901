"""What every extractor shares: the candidate record and the sentences to read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.sections import Sentence

#: Characters a name never crosses.
DELIMITERS = frozenset("，。、；：！？（）“”‘’《》〈〉【】「」『』…—·,.;:!?()[]\"' \n\t")
OPEN_QUOTES = "“‘「『\""
CLOSE_QUOTES = "”’」』\""

#: Sections whose text is part of the report (``other`` is unrelated newspaper content).
REPORT_SECTIONS = frozenset({"review", "plan", "outlook", "glossary"})


@dataclass
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
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start

    def sort_key(self) -> tuple:
        return (self.start, -self.length, self.type, self.label)


def report_sentences(doc) -> Iterator[tuple[Sentence, str]]:
    """(sentence, its text) for every sentence that belongs to the report and is not a duplicate."""
    text = doc._.clean.text  # the Doc's text; spaCy rebuilds doc.text on every access
    for sentence in doc._.sections.sentences:
        if sentence.duplicate or sentence.section not in REPORT_SECTIONS:
            continue
        yield sentence, text[sentence.start : sentence.end]


def longest_matches(text: str, longest: int, match: Callable[[int, int], Candidate | None]) -> list[Candidate]:
    """Left to right, the longest span (at least two characters) at each position that
    ``match(start, end)`` turns into a candidate; the spans found do not overlap."""
    found = []
    i = 0
    while i < len(text):
        for length in range(min(longest, len(text) - i), 1, -1):
            candidate = match(i, i + length)
            if candidate is not None:
                found.append(candidate)
                i += length - 1
                break
        i += 1
    return found


def chunk_start(text: str, position: int, lower: int = 0) -> int:
    """Start of the run of non-delimiter characters that ends at ``position``."""
    i = position
    while i > lower and text[i - 1] not in DELIMITERS:
        i -= 1
    return i


def list_length_before(text: str, position: int) -> int:
    """How many 、-separated elements end at ``position`` (spaces before it skipped): 3 in
    ``A、B、C 三个…``, 0 when no element stands there."""
    while position > 0 and text[position - 1] == " ":
        position -= 1
    count = 0
    while position > 0:
        start = chunk_start(text, position)
        if start == position:
            break
        count += 1
        if start == 0 or text[start - 1] != "、":
            break
        position = start - 1
    return count
