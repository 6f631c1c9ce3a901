"""Property-based tests (hypothesis) of reading, cleaning, sectioning and extraction.

Inputs are sentences of the seed reports with OCR-style damage (spaces and line breaks inserted,
letter-spacing, markdown, traditional characters, half-width punctuation, stray control
characters, arbitrary Unicode) and arbitrary text or bytes. The properties: nothing raises, every
span maps back to the input (``input[start:end]`` is the text), cleaning is idempotent where its
rules say it should be, sentences stay inside their paragraphs, and reading bytes either gives
text or a one-line :class:`InputError`.

Every test is derandomized (the same examples on every run, no example database), and together
they run more than 10,000 examples (``test_enough_examples_ran`` checks the count).
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from functools import cache
from itertools import pairwise
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import kg.documents
import kg.nlp
import kg.sections
import kg.text
from kg.reading import InputError, decode_bytes

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SECTIONS = {"review", "plan", "outlook", "glossary", "other"}

#: Examples each test runs; the sum is checked by test_enough_examples_ran.
EXAMPLES = {
    "test_clean_never_raises_and_maps_every_character_back": 2500,
    "test_clean_maps_damaged_sentences_back": 2000,
    "test_clean_is_idempotent_on_traditional_and_markdown_damage": 1200,
    "test_clean_is_idempotent_under_layout_damage": 2000,
    "test_sectionize_keeps_sentences_inside_paragraphs": 1500,
    "test_decode_bytes_gives_text_or_an_input_error": 2000,
    "test_decode_bytes_reads_every_supported_encoding_back": 800,
    "test_chunks_cover_the_text": 600,
    "test_extraction_never_raises_and_offsets_point_into_the_text": 2000,
}
RAN: Counter[str] = Counter()


def examples(name: str, **extra):
    return settings(
        max_examples=EXAMPLES[name],
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
        **extra,
    )


# -- inputs ------------------------------------------------------------------------------------


@cache
def seed_sentences() -> list[str]:
    """Sentences of the seed reports (cleaned, 6 to 160 characters)."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = kg.text.clean(path.read_text(encoding="utf-8")).text
        for line in text.split("\n"):
            out.extend(s for s in re.split(r"(?<=[。；！？])", line) if 6 <= len(s.strip()) <= 160)
    return sorted(set(out))


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


HALF_WIDTH = str.maketrans({"，": ",", "。": ".", "；": ";", "：": ":", "！": "!", "？": "?", "（": "(", "）": ")", "“": '"', "”": '"'})
CONTROLS = ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\ufeff", "\u200b", "\u00a0", "\u3000", "\r", "\t", "\u2028", "\x85"]

LAYOUT_DAMAGE = ("space", "newline", "letter_spacing", "markdown_heading", "delete", "repeat")
MILD_DAMAGE = ("traditional", "markdown_bold")
WILD_DAMAGE = ("half_width", "control", "unicode")


@st.composite
def damaged(draw, kinds=LAYOUT_DAMAGE + MILD_DAMAGE + WILD_DAMAGE, max_damage: int = 4, joins=("\n", "", " ", "\n\n")) -> str:
    """A seed sentence (or two, joined by one of ``joins``) with OCR-style damage."""
    text = draw(st.sampled_from(seed_sentences()))
    if draw(st.booleans()):
        text += draw(st.sampled_from(joins)) + draw(st.sampled_from(seed_sentences()))
    for kind in draw(st.lists(st.sampled_from(kinds), max_size=max_damage)):
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(1, 8)))
        if kind == "space":
            text = text[:i] + draw(st.sampled_from([" ", "  ", "\u3000", "\t"])) + text[i:]
        elif kind == "newline":
            text = text[:i] + draw(st.sampled_from(["\n", "\r\n", "\n\n", "\n  "])) + text[i:]
        elif kind == "letter_spacing":
            text = text[:i] + draw(st.sampled_from([" ", "\u3000"])).join(text[i:j]) + text[j:]
        elif kind == "markdown_bold":
            text = text[:i] + "**" + text[i:j] + "**" + text[j:]
        elif kind == "markdown_heading":
            text = draw(st.sampled_from(["# ", "## ", "**"])) + text
        elif kind == "traditional":
            text = _s2t().convert(text)
        elif kind == "half_width":
            text = text[:i] + text[i:j].translate(HALF_WIDTH) + text[j:]
        elif kind == "control":
            text = text[:i] + draw(st.sampled_from(CONTROLS)) + text[i:]
        elif kind == "unicode":
            text = text[:i] + draw(st.text(max_size=4)) + text[i:]
        elif kind == "delete":
            text = text[:i] + text[j:]
        elif kind == "repeat":
            text = text + "\n" + text
    return text


def check_clean(original: str) -> kg.text.CleanText:
    """The map of a CleanText: one increasing original offset per cleaned character."""
    cleaned = kg.text.clean(original)
    assert cleaned.original == original
    offsets = list(cleaned.offsets)
    assert len(offsets) == len(cleaned.text) + 1
    assert offsets[-1] == len(original)
    assert all(0 <= a < b for a, b in pairwise(offsets)), "offsets increase and stay inside"
    for i, ch in enumerate(cleaned.text):
        source = original[offsets[i]]
        # a kept character is the input character, a layout character standing for a line break
        # or a run of spaces, or a normalised form (simplified, half-width digit, CJK comma)
        # of a character that is not a space
        assert ch == source or ch in " \n" or not (ch.isspace() or source.isspace()), (ch, source)
    return cleaned


# -- cleaning -----------------------------------------------------------------------------------


@examples("test_clean_never_raises_and_maps_every_character_back")
@given(st.one_of(st.text(), st.text(alphabet=st.characters(codec="utf-8")), st.text(alphabet="张家界 高速\n\r\t，。**#（一）1.-")))
def test_clean_never_raises_and_maps_every_character_back(text):
    RAN["test_clean_never_raises_and_maps_every_character_back"] += 1
    cleaned = check_clean(text)
    for start in range(0, len(cleaned.text), 3):
        end = min(len(cleaned.text), start + 5)
        begin, stop = cleaned.to_original(start, end)
        assert text[begin:stop] == cleaned.surface(start, end)
        assert 0 <= begin <= stop <= len(text)


@examples("test_clean_maps_damaged_sentences_back")
@given(damaged(), st.data())
def test_clean_maps_damaged_sentences_back(text, data):
    RAN["test_clean_maps_damaged_sentences_back"] += 1
    cleaned = check_clean(text)
    assume(cleaned.text)
    start = data.draw(st.integers(0, len(cleaned.text) - 1))
    end = data.draw(st.integers(start + 1, len(cleaned.text)))
    begin, stop = cleaned.to_original(start, end)
    surface = cleaned.surface(start, end)
    assert surface == text[begin:stop]
    assert (begin, stop) == (cleaned.offsets[start], cleaned.offsets[end - 1] + 1)
    # the surface holds the cleaned characters' sources, in order, plus what cleaning dropped
    assert len(surface) >= end - start


@examples("test_clean_is_idempotent_on_traditional_and_markdown_damage")
@given(damaged(kinds=MILD_DAMAGE, max_damage=3, joins=("",)))
def test_clean_is_idempotent_on_traditional_and_markdown_damage(text):
    RAN["test_clean_is_idempotent_on_traditional_and_markdown_damage"] += 1
    once = kg.text.clean(text).text
    assert kg.text.clean(once).text == once


@examples("test_clean_is_idempotent_under_layout_damage")
@given(damaged(kinds=LAYOUT_DAMAGE + MILD_DAMAGE + ("half_width",)))
def test_clean_is_idempotent_under_layout_damage(text):
    RAN["test_clean_is_idempotent_under_layout_damage"] += 1
    once = kg.text.clean(text).text
    assert kg.text.clean(once).text == once


# -- sections -----------------------------------------------------------------------------------


@examples("test_sectionize_keeps_sentences_inside_paragraphs")
@given(
    st.one_of(damaged(), st.lists(damaged(), min_size=2, max_size=5).map("\n".join), st.text()),
    st.sampled_from([None, "review", "plan", "outlook", "glossary", "other"]),
)
def test_sectionize_keeps_sentences_inside_paragraphs(text, initial):
    RAN["test_sectionize_keeps_sentences_inside_paragraphs"] += 1
    cleaned = kg.text.clean(text)
    result = kg.sections.sectionize(cleaned, initial)
    assert len(result.paragraph_sections) == len(cleaned.paragraphs)
    assert set(result.paragraph_sections) <= SECTIONS
    previous_end = 0
    for number, sentence in enumerate(result.sentences):
        assert sentence.index == number
        paragraph = cleaned.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert sentence.start >= previous_end, "sentences do not overlap"
        assert sentence.section == result.paragraph_sections[sentence.paragraph]
        assert sentence.duplicate == (paragraph.duplicate_of is not None)
        previous_end = sentence.end
    for index, term in result.glossary_entries:
        assert 0 <= index < len(cleaned.paragraphs) and term


# -- reading bytes ------------------------------------------------------------------------------

BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, b"\x00", b"%PDF-1.4", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04"]


@examples("test_decode_bytes_gives_text_or_an_input_error")
@given(
    st.one_of(
        st.binary(max_size=400),
        st.tuples(st.sampled_from(BOMS), st.binary(max_size=200)).map(b"".join),
        st.tuples(damaged(), st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-16-be", "utf-32", "latin-1"]), st.binary(max_size=6)).map(
            lambda t: t[0].encode(t[1], errors="replace") + t[2]
        ),
    )
)
def test_decode_bytes_gives_text_or_an_input_error(data):
    RAN["test_decode_bytes_gives_text_or_an_input_error"] += 1
    try:
        text, encoding = decode_bytes(data, "sample.txt")
    except InputError as error:
        message = str(error)
        assert message.startswith("sample.txt: ") and "\n" not in message
    else:
        assert isinstance(text, str) and isinstance(encoding, str)
        assert not text.startswith("\ufeff")


@examples("test_decode_bytes_reads_every_supported_encoding_back")
@given(
    damaged(kinds=MILD_DAMAGE + ("space", "newline")),
    st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"]),
)
def test_decode_bytes_reads_every_supported_encoding_back(text, encoding):
    RAN["test_decode_bytes_reads_every_supported_encoding_back"] += 1
    text = text.replace("\ufeff", "")
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)  # GBK has no code for a few characters of the traditional conversion
    if encoding in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if encoding == "utf-16-le" else codecs.BOM_UTF16_BE) + data
    decoded, _name = decode_bytes(data, "sample.txt")
    assert decoded == text


# -- long documents in pieces -------------------------------------------------------------------


@examples("test_chunks_cover_the_text")
@given(st.one_of(st.text(max_size=3000), st.lists(damaged(), max_size=30).map("\n".join)), st.integers(1, 400))
def test_chunks_cover_the_text(text, size):
    RAN["test_chunks_cover_the_text"] += 1
    spans = kg.documents.chunk_spans(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in pairwise(spans))
    assert all(start < end for start, end in spans) or text == ""
    assert all(end - start <= 2 * size for start, end in spans[:-1])


# -- extraction ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pipeline():
    return kg.nlp.create_pipeline(), kg.documents.context_for("张家界市")


@examples("test_extraction_never_raises_and_offsets_point_into_the_text")
@given(damaged(), st.sampled_from(["review", "plan", "outlook", "glossary"]))
def test_extraction_never_raises_and_offsets_point_into_the_text(pipeline, text, section):
    RAN["test_extraction_never_raises_and_offsets_point_into_the_text"] += 1
    nlp, context = pipeline
    cleaned = kg.text.clean(text)
    sections = kg.sections.sectionize(cleaned, section)
    doc = kg.nlp.run(nlp, cleaned, sections, context)
    starts = [s.start for s in sections.sentences]
    for span in doc.spans["kg"]:
        candidate = span._.kg
        assert 0 <= candidate.start < candidate.end <= len(cleaned.text)
        assert candidate.type in {"Project", "Place", "Programme", "Organization", "Event"}
        assert candidate.label
        mention = kg.documents._mention(text, cleaned, sections.sentences, starts, candidate)
        assert text[mention.start : mention.end] == mention.text
        assert mention.text.strip()
        assert mention.sentence_start <= mention.start < mention.end <= mention.sentence_end
    for relation in doc._.kg_relations:
        assert relation.predicate in {"locatedIn", "connects", "partOf"}


# -- the count ------------------------------------------------------------------------------------


def test_enough_examples_ran():
    """At least 10,000 generated examples in all (when the whole module runs)."""
    if set(RAN) != set(EXAMPLES):
        pytest.skip("only part of the property tests ran")
    assert sum(EXAMPLES.values()) >= 10_000
    assert sum(RAN.values()) >= 10_000, dict(RAN)
