"""Fast paths of the extraction's hot loops give what the plain code they replace gives.

Each test keeps the plain version (the code before the fast path) as its reference and compares
it with the fast one on the texts of the repository and on made-up strings."""

from __future__ import annotations

import random
import re
from pathlib import Path

import opencc
import pytest

from kg.text import _settings, _t2s, to_simplified

ROOT = Path(__file__).resolve().parents[1]
TEXT_FOLDERS = ("seeds", "gold/dev/texts", "gold/indicators/texts", "tests/data/othercity")


def repository_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for folder in TEXT_FOLDERS for path in sorted((ROOT / folder).glob("*.txt"))]


def made_up_texts(count: int = 400) -> list[str]:
    """Random strings of Chinese (simplified and traditional), letters, digits, markup and every
    kind of line break."""
    rng = random.Random(13)
    pieces = ["张家界", "桑龙高速", "會議", "項目", "東站", "臺灣", "裏", "著", "**", "__", "# ", "> ", "<!--注释-->",
              "&ldquo;", "<p>", "(huì)", "宜(昌)来(凤)", "安 全 风 险", "2025-04-15", " ", "\u3000", "\n", "\r\n",
              "\r", "\u2028", "\x0c", "\x85", "，", "。", "A", "7.5%", "（二期）", ">七十二奇楼", ";;"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def traditional(texts: list[str]) -> list[str]:
    converters = [opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    return [converter.convert(text) for text in texts for converter in converters]


def to_simplified_line_by_line(text: str) -> str:
    """The plain conversion: line by line, character by character where a line's length changes."""
    converter = _t2s()
    out = []
    for line in text.splitlines(keepends=True):
        converted = converter.convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in line)
        out.append(converted)
    return "".join(out)


def test_converting_the_whole_text_gives_what_converting_line_by_line_gives():
    texts = repository_texts()
    texts += traditional(texts[:6]) + made_up_texts()
    assert len(texts) > 400
    for text in texts:
        assert to_simplified(text) == to_simplified_line_by_line(text)


def test_a_text_whose_conversion_changes_a_line_length_is_converted_line_by_line():
    # 'ǚ' style: a line whose phrase conversion would change its length falls back to characters
    text = "第一行\n" + "".join(chr(c) for c in range(0x2F00, 0x2F10)) + "\n會議"
    assert to_simplified(text) == to_simplified_line_by_line(text)
    assert len(to_simplified(text)) == len(text)


def markup_matches_one_by_one(line: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in _settings()["markup"] for m in pattern.finditer(line)]


@pytest.mark.parametrize("line", [
    "**张家界**", "## 一、过去五年工作回顾", "  > 引用", "<!--注释-->张官高速", "--注释-->张官高速", ">七十二奇楼项目",
    "會(huì)議", "宜(昌)来(凤)高速", "教温（二期）", "加快推进桑龙高速建设", "a>b", "",
])
def test_the_combined_markup_check_finds_a_line_exactly_when_one_pattern_does(line):
    assert bool(_settings()["any_markup"].search(line)) == bool(markup_matches_one_by_one(line))


def test_the_combined_markup_check_agrees_on_every_line_of_the_texts():
    lines = [line for text in repository_texts() + made_up_texts() for line in text.splitlines()]
    hits = 0
    for line in lines:
        expected = bool(markup_matches_one_by_one(line))
        assert bool(_settings()["any_markup"].search(line)) == expected, line
        hits += expected
    assert 0 < hits < len(lines)


def settle_overlaps_pairwise(candidates, rank):
    """The plain settling: each candidate checked against every one chosen before it."""
    from kg.extractors.base import Candidate
    from kg.nlp import _company_classes, _kept_in_events

    by_span = {}
    borrowed = {
        (c.start, c.end)
        for c in candidates
        if (c.type == "Project" and (c.borrows_span or len(c.label) > c.end - c.start))
        or (c.type == "Place" and c.rule.endswith(".coordination"))
    }
    for candidate in sorted(candidates, key=lambda c: (rank.get(c.type, 99), c.sort_key(), c.rule)):
        companion = (candidate.type == "Organization" and candidate.nested) or (
            candidate.type == "Place" and (candidate.start, candidate.end) in borrowed and not candidate.guessed
            and not candidate.rule.endswith(".coordination")
        )
        if candidate.type == "Place" and candidate.rule.endswith(".coordination"):
            companion = "element"  # 玛多冬格措纳湖(国家级湿地公园): the element keeps its span beside the place it is named after
        by_span.setdefault((candidate.start, candidate.end, companion), candidate)
    ordered = sorted(by_span.values(), key=lambda c: (-c.length, rank.get(c.type, 99), c.start, c.label))
    chosen = []
    for candidate in ordered:
        conflict = False
        for other in chosen:
            if candidate.end <= other.start or candidate.start >= other.end:
                continue
            nested = other.start <= candidate.start and candidate.end <= other.end
            if nested and candidate.type == "Place" and candidate.abbreviation and other.type == "Project":
                conflict = True
                break
            if nested and candidate.type == "Place" and other.type == "Event" and candidate.cls not in _kept_in_events():
                conflict = True
                break
            if nested and candidate.type == "Place" and other.type == "Organization" and other.cls in _company_classes() and candidate.cls not in _kept_in_events():
                conflict = True
                break
            if nested and candidate.type == "Place" and (other.type != "Place" or candidate.nested):
                continue
            if nested and candidate.type == "Place" and other.type == "Place" and (
                other.rule.endswith(".coordination")
                or (candidate.rule.endswith(".coordination") and (candidate.start, candidate.end) == (other.start, other.end))
            ):
                continue
            if nested and candidate.type == "Organization" and candidate.nested and other.type == "Project":
                continue
            if nested and other.type == "Organization" and other.nested and candidate.type == "Project":
                continue
            if nested and candidate.nested and other.type == candidate.type:
                continue
            conflict = True
            break
        if not conflict:
            chosen.append(candidate)
    return sorted(chosen, key=Candidate.sort_key)


def random_candidates(rng: random.Random, count: int):
    from kg.extractors.base import Candidate

    types = ["Project", "Programme", "Event", "Organization", "Place"]
    found = []
    for _ in range(count):
        start = rng.randint(0, 80)
        end = start + rng.choice([0, 1, 2, 2, 3, 4, 5, 8, 12, 20])
        candidate = Candidate(start, end, rng.choice(types), "X", f"L{rng.randint(0, 3)}", rng.choice(["r0", "r1", "r2", "r.coordination"]))
        candidate.nested = rng.random() < 0.3
        candidate.borrows_span = rng.random() < 0.2
        candidate.guessed = rng.random() < 0.3
        candidate.abbreviation = rng.random() < 0.3
        found.append(candidate)
    return found


def test_settling_overlaps_by_start_gives_what_checking_every_pair_gives():
    from kg.nlp import settle_overlaps

    rank = {type_: i for i, type_ in enumerate(["Project", "Programme", "Event", "Organization", "Place"])}
    rng = random.Random(12)
    for _ in range(2000):
        candidates = random_candidates(rng, rng.randint(0, 40))
        assert [id(c) for c in settle_overlaps(candidates, rank)] == [id(c) for c in settle_overlaps_pairwise(candidates, rank)]


def test_settling_overlaps_keeps_a_place_inside_a_name_and_drops_a_crossing_candidate():
    from kg.extractors.base import Candidate
    from kg.nlp import settle_overlaps

    rank = {"Project": 0, "Place": 4}
    road = Candidate(0, 6, "Project", "Road", "慈利创业西路", "projects.head")
    place = Candidate(0, 2, "Place", "County", "慈利", "places.known")
    crossing = Candidate(4, 8, "Project", "Road", "西路工程", "projects.head")
    assert settle_overlaps([crossing, place, road], rank) == [road, place]


def test_the_vocabulary_snapshot_reads_back_as_the_vocabulary_it_was_made_from(tmp_path, monkeypatch):
    import dataclasses

    from kg.lexicon import load_lexicon

    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    made = dataclasses.replace(load_lexicon())  # a fresh Lexicon: nothing cached on it yet
    fresh = made.vocabulary
    snapshots = list((tmp_path / "vocabulary").glob("*.marshal"))
    assert len(snapshots) == 1
    read = dataclasses.replace(load_lexicon()).vocabulary
    assert read is not fresh
    assert read.frequencies == {word: f for word, f in fresh.frequencies.items() if f}
    assert (read.total, read.added, read.dictionary_total, read.tags) == (fresh.total, fresh.added, fresh.dictionary_total, fresh.tags)
    assert len(read.added) > 1000 and read.tags["高速"]


def test_a_damaged_vocabulary_snapshot_is_made_again(tmp_path, monkeypatch):
    import dataclasses

    from kg.lexicon import load_lexicon

    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    dataclasses.replace(load_lexicon()).vocabulary
    snapshot = next((tmp_path / "vocabulary").glob("*.marshal"))
    snapshot.write_bytes(snapshot.read_bytes()[:1000])
    vocabulary = dataclasses.replace(load_lexicon()).vocabulary
    assert vocabulary.total == load_lexicon().vocabulary.total
    assert snapshot.stat().st_size > 1_000_000


def test_no_vocabulary_snapshot_is_written_when_the_cache_is_off(tmp_path, monkeypatch):
    import dataclasses

    from kg.lexicon import load_lexicon

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KG_CACHE", "off")
    assert dataclasses.replace(load_lexicon()).vocabulary.total > 0
    assert not any(tmp_path.rglob("*.marshal"))


def test_the_vocabulary_made_aside_is_the_one_made_here(tmp_path, monkeypatch):
    import dataclasses

    from kg.lexicon import load_lexicon

    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    lexicon = dataclasses.replace(load_lexicon())
    process = lexicon.vocabulary_aside()
    assert process is not None
    process.join()
    assert process.exitcode == 0
    assert "vocabulary" not in lexicon.__dict__  # made in the other process, kept in its snapshot
    assert len(list((tmp_path / "vocabulary").glob("*.marshal"))) == 1
    assert lexicon.vocabulary_aside() is None  # kept: read, not made again
    read = lexicon.vocabulary
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KG_CACHE", "off")
    made = dataclasses.replace(load_lexicon()).vocabulary  # made here, from jieba's dictionary
    assert read.frequencies == {word: f for word, f in made.frequencies.items() if f}
    assert (read.total, read.added, read.dictionary_total, read.tags) == (made.total, made.added, made.dictionary_total, made.tags)
    assert lexicon.vocabulary_aside() is None  # read already


def test_no_vocabulary_is_made_aside_when_the_cache_is_off(tmp_path, monkeypatch):
    import dataclasses

    from kg.lexicon import load_lexicon

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KG_CACHE", "off")
    assert dataclasses.replace(load_lexicon()).vocabulary_aside() is None


def lengths_at_by_probing(surfaces: set[str], text: str) -> dict[int, list[int]]:
    """The plain answer: every span of two characters or more looked up, longest first."""
    found = {}
    for start in range(len(text)):
        lengths = [end - start for end in range(len(text), start + 1, -1) if text[start:end] in surfaces]
        if lengths:
            found[start] = lengths
    return found


def test_the_automaton_lists_every_surface_at_every_start_longest_first():
    from kg.extractors.base import Surfaces

    surfaces = {"张家界", "张家界市", "家界", "界市", "武陵源", "武陵源区", "天门山", "天门", "门山", "市", "区"}
    automaton = Surfaces(surfaces)
    rng = random.Random(1)
    alphabet = "张家界市武陵源区天门山和、"
    texts = ["张家界市武陵源区天门山", "天门山和张家界", ""] + ["".join(rng.choice(alphabet) for _ in range(30)) for _ in range(300)]
    for text in texts:
        assert automaton.lengths_at(text) == lengths_at_by_probing({s for s in surfaces if len(s) > 1}, text)
    assert automaton.lengths_at("张家界市")[0] == [4, 3]


def repair_with_lists(original: str, settings: dict):
    """The plain pass of the repairs: kept characters copied into a list, one by one."""
    import bisect
    import itertools
    from array import array

    from kg import text as t

    simplified = to_simplified_line_by_line(original)
    n = len(original)
    keep = bytearray(b"\x01") * n
    replace, widths = {}, {}
    punctuation = settings["punctuation"]
    lines = t._lines(simplified)
    for start, end in lines:
        t._read_html(simplified, start, end, keep, replace, widths, settings)
        t._strip_markup(simplified, start, end, keep, settings)
        t._collapse_letter_spacing(simplified, start, end, keep, settings)
        t._collapse_spaces(simplified, start, end, keep, punctuation)
    t._read_lost_quotes(simplified, keep, replace, widths, settings)  # every text (the fast path: only where the mark is)
    t._join_lines(simplified, lines, keep, replace, settings)
    offsets = array("l", itertools.compress(range(n), keep))
    chars = list(itertools.compress(simplified, keep))
    for i in range(n):  # every character normalised (the fast path visits only those that may change)
        if not keep[i]:
            continue
        chars[bisect.bisect_left(offsets, i)] = replace.get(i) or t._normalize_char(
            simplified[i], simplified[i - 1] if i else "", simplified[i + 1] if i + 1 < n else "", punctuation
        )
    offsets.append(n)
    return "".join(chars), offsets, widths


def clean_with_lists(original: str):
    from array import array

    from kg import text as t

    settings = _settings()
    text, offsets, ends = original, None, {}
    for _ in range(settings["max_passes"]):
        repaired, pass_offsets, widths = repair_with_lists(text, settings)
        for i, width in widths.items():
            first, last = (offsets[i], offsets[i + width - 1]) if offsets is not None else (i, i + width - 1)
            ends[first] = ends.get(last, last + 1)
        if offsets is not None:
            pass_offsets = array("l", (offsets[i] for i in pass_offsets))
        offsets = pass_offsets
        if repaired == text:
            break
        text = repaired
    return text, offsets, ends, t._paragraphs(text, settings["duplicate_min_chars"])


def test_cleaning_with_arrays_gives_what_cleaning_with_lists_gives():
    from kg.text import clean

    texts = repository_texts()
    texts += traditional(texts[:3]) + made_up_texts()
    texts += ["１２３％ ａｂ，:  \u3000x&ldquo;y&rdquo;", "會議\r\n**重點**  ，  ", "", " ", "\n\n", "安 全 风 险 防 控"]
    for text in texts:
        cleaned = clean(text)
        assert (cleaned.text, cleaned.offsets, cleaned.ends, cleaned.paragraphs) == clean_with_lists(text)


def head_grammars():
    from kg.nlp import create_pipeline

    grammars = []
    for _name, component in create_pipeline().pipeline:
        extractor = getattr(component, "extractor", None)
        for value in vars(extractor).values() if extractor is not None else ():
            if hasattr(value, "_heads_in"):
                grammars.append(value)
            for inner in vars(value).values() if hasattr(value, "__dict__") else ():
                if hasattr(inner, "_heads_in"):
                    grammars.append(inner)
    return grammars


def test_the_head_automaton_finds_the_heads_the_head_pattern_finds():
    grammars = head_grammars()
    assert len(grammars) >= 6
    sentences = [line for text in repository_texts() for line in text.splitlines() if line.strip()]
    rng = random.Random(7)
    for grammar in grammars:
        heads = sorted(grammar.heads)
        blocked = list(grammar._blocked_after) or ["发展"]
        made_up = ["".join(rng.choice(heads + blocked + ["桑龙", "、", "和", "张家界", "A"]) for _ in range(12)) for _ in range(300)]
        for text in sentences + made_up:
            expected = [m.span() for m in grammar.head_pattern.finditer(text)]
            assert grammar._heads_in(text) == expected, text
            assert grammar._heads_in_with_blocked(text) == expected, text  # every head, the blocked ones passed over


def test_a_sentence_without_heads_holds_none_of_the_own_bare_heads():
    from kg.nlp import create_pipeline

    extractor = dict(create_pipeline().pipeline)["kg_projects"].extractor
    sentences = [line for text in repository_texts() for line in text.splitlines() if line.strip()]
    rng = random.Random(11)
    surfaces = [surface for surface, _head in extractor.own_bare_heads]
    blocked = list(extractor.grammar._blocked_after) or ["发展"]
    made_up = ["".join(rng.choice(surfaces + blocked + ["桑龙", "、", "电", "站", "张家界"]) for _ in range(6)) for _ in range(500)]
    skipped = 0
    for text in sentences + made_up + ["抽水蓄能电站", "抽水蓄能"]:
        extractor.find(text, 0, {"市": "张家界市"})
        if extractor.grammar.no_head_in(text):
            skipped += 1
            assert not extractor._own_bare_automaton.find_matches_as_indexes(text, overlapping=True), text
    assert skipped > 100


def test_a_head_followed_by_a_blocked_word_gives_way_to_a_shorter_head():
    from kg.extractors.heads import HeadGrammar
    from kg.lexicon import load_lexicon

    config = {"head": [{"class": "Road", "surfaces": ["路", "公路", "高速公路"]}], "not_followed_by": ["网"]}
    grammar = HeadGrammar(config, "Project", load_lexicon())
    for text in ["修建高速公路网和桑龙公路", "公路网", "路路通", "高速公路公路", ""]:
        assert grammar._heads_in(text) == [m.span() for m in grammar.head_pattern.finditer(text)]
    assert grammar._heads_in("高速公路网") == []
    assert grammar._heads_in("高速公路网和公路") == [(6, 8)]  # the slow path: a blocked word follows the longest head


@pytest.mark.parametrize("by", ["trigger characters", "loose search"])
def test_every_line_where_a_markup_pattern_matches_is_marked(by):
    from kg.text import _lines, _lines_with_markup

    settings = _settings()
    assert settings["markup_trigger"] is not None
    if by == "loose search":
        settings = {**settings, "markup_trigger": None}
    texts = repository_texts() + made_up_texts() + ["  # 标题\n正文**重点**\r\n  > 引用\n--注释\r-->张官高速"]
    marked_lines = 0
    for text in texts:
        lines = _lines(text)
        marked = _lines_with_markup(text, lines, settings)
        for number, (start, end) in enumerate(lines):
            if markup_matches_one_by_one(text[start:end]):
                assert number in marked, text[start:end]
                marked_lines += 1
    assert marked_lines > 100


def test_markup_anchored_inside_a_pattern_checks_every_line():
    from kg.text import _loose_markup

    assert _loose_markup(["\\*\\*", "^#+\\s*"]).pattern == "(?:\\*\\*)|(?:#+\\s*)"
    assert _loose_markup(["a|^b"]) is None
    assert _loose_markup(["x$"]) is None
    assert _loose_markup(["[^a]b"]) is not None


def test_control_characters_are_counted_as_the_character_loop_counts_them():
    from kg.reading import _CONTROL_CHARACTER

    text = "".join(chr(i) for i in range(0, 0x3100)) + "张家界\x00\x1f\x7f\n\r\t\f\v"
    loop = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    assert len(text) - len(_CONTROL_CHARACTER.sub("", text)) == loop == 29


def test_a_line_shows_its_kept_characters():
    import itertools

    from kg.text import _visible

    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice("张家界 **，\n") for _ in range(20))
        keep = bytearray(rng.choice([1, 1, 0]) for _ in range(20))
        start, end = sorted(rng.sample(range(21), 2))
        assert _visible(text, start, end, keep) == "".join(itertools.compress(text[start:end], keep[start:end]))


def test_the_mentions_candidates_are_those_of_the_spans():
    from conftest import SEEDS
    from kg.documents import clean, context_for, sectionize
    from kg.nlp import DocumentContext, create_pipeline, mention_candidates, run

    text = (SEEDS / "zhangjiajie-2025.txt").read_text(encoding="utf-8")[:6000]
    cleaned = clean(text)
    doc = run(create_pipeline(), cleaned, sectionize(cleaned, None), DocumentContext("张家界市", 2025, context_for("张家界市").division_codes))
    from_spans = [span._.kg for span in doc.spans["kg"]]
    assert len(from_spans) > 20 and all(c is not None for c in from_spans)
    assert [id(c) for c in mention_candidates(doc)] == [id(c) for c in from_spans]


def test_the_docs_words_without_searching_are_those_found_by_searching():
    from kg.lexicon import load_lexicon
    from kg.nlp import _words_and_spaces, _words_and_spaces_by_search

    segmenter = load_lexicon().tokenizer
    texts = repository_texts() + made_up_texts()
    texts += ["张家界  市\n\n 桑龙高速 ", " ", "", "a b  c\u3000d\t\te "]
    fast_paths = 0
    for text in texts:
        cut = segmenter.cut(text)
        fast = _words_and_spaces(text, cut)
        fast_paths += fast is not None
        assert (fast or _words_and_spaces_by_search(text, cut)) == _words_and_spaces_by_search(text, cut)
    assert fast_paths == len(texts)
    # made-up cuts: words that begin with whitespace, empty words, cuts that do not make up the text
    rng = random.Random(5)
    pieces = ["张", "家界", " ", "  ", "\n", " a", "\u3000", "b ", "", "c\u3000d"]
    for _ in range(3000):
        cut = [rng.choice(pieces) for _ in range(rng.randint(0, 8))]
        text = "".join(cut)
        if rng.random() < 0.1:
            text += " x"
        try:
            expected = _words_and_spaces_by_search(text, cut)
        except ValueError:
            continue  # a word the text does not hold
        assert (_words_and_spaces(text, cut) or expected) == expected, (text, cut)


# -- rules behind their trigger characters (kg/triggers.py) --------------------------


def extractor_patterns():
    """Every compiled pattern the pipeline's extractors keep (as attributes, first in the tuples of
    a list, or in the grammars they hold), with its name."""
    import re

    from kg.triggers import Triggered
    from kg.nlp import create_pipeline

    found = []

    def collect(name, value, depth):
        if isinstance(value, Triggered):
            value = value.pattern_object
        if isinstance(value, re.Pattern):
            found.append((name, value))
        elif isinstance(value, (list, tuple)) and depth < 3:
            for i, item in enumerate(value):
                collect(f"{name}[{i}]", item, depth + 1)
        elif type(value).__module__.startswith("kg.extractors") and hasattr(value, "__dict__") and depth < 3:
            for attribute, item in vars(value).items():
                collect(f"{name}.{attribute}", item, depth + 1)

    for name, component in create_pipeline()._components:
        for attribute, value in vars(component).items() if hasattr(component, "__dict__") else ():
            collect(f"{name}.{attribute}", value, 0)
    from kg.extractors.indicators import IndicatorExtractor

    collect("indicators", IndicatorExtractor(), 0)  # its component is a closure
    unique = {}
    for name, pattern in found:
        unique.setdefault((pattern.pattern, pattern.flags), (name, pattern))
    return list(unique.values())


def test_a_rule_behind_its_triggers_finds_what_the_rule_finds_on_every_sentence():
    from kg.triggers import Triggered, triggered

    patterns = extractor_patterns()
    assert len(patterns) > 100
    assert sum(isinstance(triggered(p), Triggered) for _n, p in patterns) > 30
    rng = random.Random(11)
    lines = [line for text in repository_texts() for line in text.splitlines() if line.strip()]
    lines += ["".join(rng.choice(lines)[rng.randint(0, 5):][:rng.randint(0, 30)] for _ in range(3)) for _ in range(500)]
    skipped = 0
    for name, pattern in patterns:
        fast = triggered(pattern)
        for line in lines:
            assert [m.span() for m in fast.finditer(line)] == [m.span() for m in pattern.finditer(line)], (name, line)
            for method in ("search", "match", "fullmatch"):
                expected, got = getattr(pattern, method)(line), getattr(fast, method)(line)
                assert (got and got.span()) == (expected and expected.span()), (name, method, line)
            if isinstance(fast, Triggered) and not fast.trigger.search(line):
                skipped += 1
    assert skipped > 10_000  # the triggers do skip sentences
    assert sum(isinstance(triggered(p), Triggered) and triggered(p).start is not None for _n, p in patterns) > 10


def random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A random regular expression over a small alphabet, with the constructs the trigger analysis
    reads: literals, classes, categories, repeats, groups, alternations and lookarounds."""
    atoms = ["甲", "乙", "丙", "a", "1", "[甲乙]", "[^甲]", r"\d", r"\s", r"\w", ".", "[a-c]", r"[\d乙]", "(?i:a)"]
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if depth < 2 and roll < 0.15:
            inner = "|".join(random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3)))
            parts.append(rng.choice(["(?:{})", "({})", "(?={})", "(?<!甲)(?:{})", "(?!{})", "(?>{})"]).format(inner))
        elif depth < 2 and roll < 0.2:
            parts.append(f"(?<={rng.choice(['甲', '乙丙', '[a1]'])})")
        else:
            parts.append(rng.choice(atoms) + rng.choice(["", "", "?", "*", "+", "{0,2}", "{1,2}", "{2}", "+?"]))
    return "".join(parts)


def random_cases(seed: int):
    """3,000 random patterns, each with 20 random texts of the same small alphabet."""
    import re

    rng = random.Random(seed)
    alphabet = "甲乙丙丁ab c12"
    for _ in range(3000):
        pattern = re.compile(random_pattern(rng))
        yield pattern, ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(20)]


def test_every_text_a_random_pattern_matches_in_holds_one_of_its_triggers():
    from kg.triggers import trigger_class

    checked = 0
    for pattern, texts in random_cases(5):
        trigger = trigger_class(pattern)
        for text in texts:
            if trigger is not None and pattern.search(text):
                assert trigger.search(text), (pattern.pattern, text, trigger.pattern)
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize(("source", "trigger"), [
    ("桑龙高速", "[桑]"),  # a literal sequence: one of its characters is enough
    ("(?:高速|国道)", "[国高]"),
    (r"[GS]\d{3}", "[GS]"),
    (r"(?<=推进)\d+", "[推]"),  # a positive lookbehind reads the searched text too
    (r"\d+(?:万|亿)?", r"[\d]"),
    ("(?:甲乙|丙甲)", "[甲]"),  # the second branch reuses the first one's trigger
])
def test_the_triggers_of_a_pattern(source, trigger):
    import re

    from kg.triggers import trigger_class

    assert trigger_class(re.compile(source)).pattern == trigger


@pytest.mark.parametrize("source", ["", "a?", "(?!甲)乙?", ".+", "[^甲]", r"\w+", "(?i)ab", "甲?|乙", r"(a?)\1", "$"])
def test_a_pattern_that_may_match_without_a_known_character_has_no_trigger(source):
    import re

    from kg.triggers import trigger_class, triggered

    pattern = re.compile(source)
    assert trigger_class(pattern) is None
    assert triggered(pattern) is pattern


def test_every_match_of_a_random_pattern_starts_with_a_character_of_its_start_class():
    from kg.triggers import Triggered, start_class

    checked = 0
    for pattern, texts in random_cases(8):
        first = start_class(pattern)
        for text in texts if first is not None else ():
            expected = [m.span() for m in pattern.finditer(text)]
            for start, _end in expected:
                assert first.match(text, start), (pattern.pattern, text, first.pattern)
            assert [m.span() for m in Triggered(pattern, None, first).finditer(text)] == expected, (pattern.pattern, text)
            checked += len(expected)
    assert checked > 1000


@pytest.mark.parametrize(("source", "start"), [
    (r"(?:约|近)?\d+万", r"[约近\d]"),  # an optional word before a number
    (r"(?<![\d.])\d+(?:个|项)", r"[\d]"),  # a lookbehind consumes nothing
    ("(?:第)?[一二]期", "[一二第]"),
])
def test_the_start_class_of_a_pattern(source, start):
    import re

    from kg.triggers import start_class

    assert start_class(re.compile(source)).pattern == start


@pytest.mark.parametrize("source", ["a?", "(?:甲)*", "[^甲]乙", ".乙", r"\w甲", "(?=甲)?"])
def test_a_pattern_that_may_start_anywhere_has_no_start_class(source):
    import re

    from kg.triggers import start_class

    assert start_class(re.compile(source)) is None


def test_the_kept_index_by_binary_search_is_that_of_the_map_of_every_kept_character():
    from kg.extractors.places import kept_index
    from kg.text import clean

    texts = repository_texts()[:8] + made_up_texts(200) + ["宜(昌)来(凤)高速，(武)汉荆(州)宜(昌)", "教温（二期）"]
    checked = 0
    for text in texts:
        cleaned = clean(text)
        kept = {position: i for i, position in enumerate(cleaned.offsets[:-1])}
        for position in range(-1, len(text) + 2):
            assert kept_index(cleaned, position) == kept.get(position), (text, position)
            checked += 1
    assert checked > 10_000


def test_a_company_that_starts_a_name_is_found_by_its_prefixes_as_by_a_scan_of_every_company():
    from kg.extractors.projects import ProjectExtractor
    from kg.lexicon import load_lexicon

    extractor = ProjectExtractor(load_lexicon())
    grammar = extractor.grammar
    generic = next(head for head in grammar.heads.values() if head.generic)
    companies = sorted(grammar.companies)
    assert companies
    names = [c + "现代化生猪养殖" for c in companies[:50]] + companies[:50] + ["张家界", "", "东方"]
    names += [line[:12] for text in repository_texts()[:4] for line in text.splitlines() if line.strip()]
    for name in names:
        expected = any(name.startswith(c) and len(name) > len(c) for c in grammar.companies)
        assert grammar._named_by_company(name, generic) == expected, name
    assert any(grammar._named_by_company(name, generic) for name in names)


def test_an_alternation_of_words_by_the_automaton_finds_what_the_pattern_finds():
    import re

    from kg.resources import load_word_list
    from kg.triggers import WordAlternation

    national = load_word_list("gazetteer", "national_programmes.txt")
    made_up = ["路", "公路", "高速公路", "公路网", "网", "高速"]
    rng = random.Random(3)
    lines = [line for text in repository_texts() for line in text.splitlines() if line.strip()]
    for words in (national, made_up):
        fast = WordAlternation(words)
        plain = re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))
        texts = lines + ["".join(rng.choice(sorted(words) + ["和", "、", "A"]) for _ in range(10)) for _ in range(500)]
        found = 0
        for text in texts:
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == expected, text
            found += len(expected)
        assert found > 20  # lines holding two heads or more
        assert fast.match("高速公路网") is None or fast.match("高速公路网").span() == plain.match("高速公路网").span()


def test_an_alternation_with_an_empty_word_is_left_to_the_pattern():
    from kg.triggers import WordAlternation

    words = WordAlternation(["", "公路"])
    assert [m.span() for m in words.finditer("修公路")] == [(0, 0), (1, 3), (3, 3)]


def chinese_share_by_regex(text: str) -> float:
    """The plain count: whitespace removed, then the Chinese characters removed."""
    from kg.reading import _CHINESE_CHARACTER, _WHITESPACE

    sample = _WHITESPACE.sub("", text[:20000])
    if not sample:
        return 0.0
    return (len(sample) - len(_CHINESE_CHARACTER.sub("", sample))) / len(sample)


def test_the_chinese_share_over_code_points_is_the_share_counted_by_regexes():
    from kg.reading import chinese_share

    every_space = "".join(chr(c) for c in range(0x3100) if chr(c).isspace())
    texts = repository_texts() + traditional(repository_texts()[:2]) + made_up_texts() + [
        "", " \u3000\n", every_space + "张家界", "abc“”‘’…—\uff01\u303f\u3000\ud800", "x" * 25_000 + "中",
        "".join(chr(c) for c in range(0x2f00, 0x3100)) + "\U00020000\ufeff",
    ]
    for text in texts:
        assert chinese_share(text) == chinese_share_by_regex(text), text[:40]


def test_a_sentence_without_a_shape_head_is_one_where_the_place_grammars_find_nothing():
    """PlaceExtractor._shaped reads a sentence with its four head grammars only where one automaton of all their
    heads finds one (shape_heads_in): elsewhere each finds nothing (every line of the repository's texts and
    made-up strings), and _hyphenated too where no hyphen stands."""
    from kg.extractors.places import _HYPHEN
    from kg.nlp import create_pipeline

    places = create_pipeline().get_pipe("kg_places")
    places = getattr(places, "extractor", places)
    grammars = ((places.morphology, "places"), (places.areas, "places.area"), (places.designations, "places"),
                (places.features, "places.feature"))
    lines = [line for text in repository_texts() for line in text.splitlines() if line.strip()] + made_up_texts(500)
    skipped = 0
    for line in lines:
        if places.shape_heads_in(line):
            continue
        skipped += 1
        assert all(grammar.find(line, 0, rule) == [] for grammar, rule in grammars), line
        assert _HYPHEN.search(line) or places._hyphenated(line, 0) == [], line
    assert skipped > len(lines) // 4


def test_the_line_steps_skip_only_lines_they_leave_as_they_are():
    """kg.text._line_steps calls html's step only where the text holds a < or an &, and the letter
    spacing and the spaces only on a line with a space: the same kept characters, replacements and
    widths as every step on every line."""
    import kg.text as text_module

    settings = text_module._settings()
    texts = repository_texts() + traditional(repository_texts()[:2]) + made_up_texts() + [
        "", "张家界\n桑龙高速", "安 全 风 险\n<p>项目</p>", "&ldquo;桑龙&rdquo; 高速", "a\u3000b\n\u3000\n 7.5 %",
    ]
    for text in texts:
        simplified = text_module.to_simplified(text)
        lines = text_module._lines(simplified)
        every = (bytearray(b"\x01") * len(simplified), {}, {})
        marked = text_module._lines_with_markup(simplified, lines, settings)
        for number, (start, end) in enumerate(lines):
            text_module._read_html(simplified, start, end, *every, settings)
            if marked is None or number in marked:
                text_module._strip_markup(simplified, start, end, every[0], settings)
            text_module._collapse_letter_spacing(simplified, start, end, every[0], settings)
            text_module._collapse_spaces(simplified, start, end, every[0], settings["punctuation"])
        skipping = (bytearray(b"\x01") * len(simplified), {}, {})
        text_module._line_steps(simplified, lines, *skipping, settings)
        assert skipping == every, text[:40]


def test_the_towns_of_a_division_from_the_index_are_those_of_a_scan_of_every_row():
    from kg.gazetteer import Town, load_gazetteer

    gazetteer = load_gazetteer()

    def scanned(code):
        outer, found = gazetteer.by_code(code), []
        for county_code, names in gazetteer._town_rows.items():
            parent = gazetteer._nearest(county_code)
            if outer is None or parent is None or not gazetteer.contains(outer, parent):
                continue
            for name in names.split(","):
                shorts = (gazetteer.town_short_name(name), gazetteer.town_without_ethnic_group(name))
                found.append(Town(name, parent.code, tuple(s for s in shorts if s and s not in gazetteer.stoplist)))
        return tuple(found)

    codes = [d.code for d in gazetteer.divisions if d.level in ("province", "prefecture")]
    codes += [d.code for d in gazetteer.divisions if d.level == "county"][::40] + ["999999999999"]
    for code in codes:
        assert gazetteer.towns_in(code) == scanned(code)


def test_derived_name_prefixes_by_start_are_those_of_every_pair():
    from kg.extractors.base import Candidate
    from kg.nlp import derive

    rng = random.Random(13)
    for _ in range(300):
        mentions = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randint(0, 20)
            mentions.append(Candidate(start, start + rng.randint(1, 6), rng.choice(["Place", "Project"]),
                                      rng.choice(["County", "Waterbody", "Town", "Highway"]), "x", "r"))
        relations = [(r.source, r.predicate, r.target) for r in derive(None, mentions) if r.predicate == "locatedIn"]
        prefixes = [(m, p) for m in mentions for p in mentions if p.type == "Place" and p is not m
                    and p.start == m.start and p.end < m.end and p.cls != "Waterbody"]
        assert [(s, o) for s, _p, o in relations] == prefixes


def test_offsets_as_c_ints_are_those_of_the_python_ints():
    import numpy
    from array import array

    from kg.text import _int_array

    rng = numpy.random.default_rng(13)
    for size in (0, 1, 7, 1000, 40000):
        values = numpy.flatnonzero(rng.random(size) > 0.1)
        assert _int_array(values) == array("i", values.tolist())
        assert _int_array(values.astype("int32")) == array("i", values.tolist())


def test_an_indicator_code_by_the_automaton_is_that_of_a_find_of_every_variant():
    from kg.extractors.indicators import load_indicators

    indicators = load_indicators()

    def plainly(label):
        upper = label.upper()
        for variant, code in indicators._upper_variants:
            position = upper.find(variant)
            if position >= 0:
                before = upper[:position]
                if before.endswith(indicators.modifiers):
                    return None
                if indicators.share_of in before and upper.rstrip("的").endswith(indicators.share_words):
                    return None
                return code
        return None

    rng = random.Random(13)
    variants = [variant for variant, _code in indicators.variants]
    words = [*variants, *indicators.modifiers, indicators.share_of, *indicators.share_words, "的", "gdp", "全市", "增长"]
    labels = ["".join(rng.choice(words) for _ in range(rng.randint(0, 4))) for _ in range(3000)]
    labels += [line[i : i + n] for text in repository_texts()[:10] for line in text.splitlines()[:200]
               for i, n in ((0, 12), (3, 20), (5, 30))]
    for label in labels:
        assert indicators.code(label) == plainly(label)


def test_every_text_a_random_pattern_matches_in_holds_one_of_its_trigger_words():
    from kg.triggers import trigger_words

    import re

    rng = random.Random(7)
    pieces = ["甲乙", "乙丙丁", "(?:甲乙|丙丁)", "(?:甲乙|丙)", "[甲乙]", "(?=乙丙)", "(?<=丁甲)", "(?!甲乙)", "(?:甲乙)?",
              "(?:丙丁)+", "(?:乙甲){0,2}", "甲", "a", r"\d", ".", "(?i:ab)", "(?>丙甲)", "(甲丁)"]
    cases = list(random_cases(7))
    for _ in range(3000):
        pattern = re.compile("".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))))
        cases.append((pattern, ["".join(rng.choice("甲乙丙丁a1") for _ in range(rng.randint(0, 10))) for _ in range(30)]))
    checked = 0
    for pattern, texts in cases:
        words = trigger_words(pattern)
        for text in texts:
            if words is not None and pattern.search(text):
                assert any(word in text for word in words), (pattern.pattern, text, words)
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize(("source", "words"), [
    ("桑龙高速", {"桑龙高速"}),
    ("(?:高速|国道)公路", {"公路"}),  # as selective as 高速 or 国道, and one word
    ("[东西]路(?=改造|拓宽)", {"改造", "拓宽"}),  # a positive lookahead reads the searched text too
    ("(?<=推进)\\d+", {"推进"}),
    ("[一二]大(?:攻坚战|保卫战)", {"攻坚战", "保卫战"}),
    ("(?:入选|获评)(?:国家级)?", {"入选", "获评"}),  # an optional part gives nothing
])
def test_the_trigger_words_of_a_pattern(source, words):
    import re

    from kg.triggers import trigger_words

    assert trigger_words(re.compile(source)) == words


@pytest.mark.parametrize("source", ["a", "[甲乙]丙", "(?!甲乙)丙", "甲乙?", "(?:甲乙)?丙", "(?i)ab", "甲乙|丙", r"\d+"])
def test_a_pattern_without_a_word_every_match_needs_has_no_trigger_words(source):
    import re

    from kg.triggers import trigger_words

    assert trigger_words(re.compile(source)) is None


def test_the_remembered_word_tests_answer_as_the_tests_themselves():
    import dataclasses

    from kg.lexicon import Lexicon, load_lexicon

    lexicon = dataclasses.replace(load_lexicon())  # a fresh copy: nothing remembered yet
    words = {word for text in repository_texts() for line in text.splitlines() for word in lexicon.segment(line)}
    words |= {"", " ", "在全省", "积极争取", "◆", "严格执行", "推进", "及", "桑龙"}
    assert len(words) > 5000
    tests = [Lexicon.is_proper, Lexicon.is_hard_break, Lexicon.breaks_name, Lexicon.strippable]
    for _round in range(2):  # asked, then answered from memory
        for test in tests:
            for word in words:
                assert test(lexicon, word) is test.__wrapped__(lexicon, word), (test.__name__, word)
    assert all(lexicon._said[test.__name__] for test in tests)
    assert not dataclasses.replace(lexicon)._said  # a copy remembers nothing of its own


def test_the_directional_siblings_pattern_of_all_heads_matches_where_one_head_pattern_does():
    import re

    from kg.extractors.projects import ProjectExtractor
    from kg.lexicon import load_lexicon
    from kg.nlp import _known_names

    extractor = ProjectExtractor(load_lexicon(), _known_names())
    heads = [h for h, head in extractor.grammar.heads.items() if not head.generic]
    sentences = [s for text in repository_texts() for line in text.splitlines() for s in re.split("(?<=。)", line) if s]
    sentences += ["东湖新城、西部生态新城、北部产业新城建设", "和南部科技新城", "、东部物流园区等", "北部新城"]
    matched = 0
    for sentence in sentences:
        if extractor._any_sibling.search(sentence) is None:
            for head in (h for h in heads if h in sentence):
                pattern = re.compile(f"(?<=[、和及与])(?:{extractor.listed_direction_name}){re.escape(head)}(?=[、和及与，。；等建]|$)")
                assert pattern.search(sentence) is None, (head, sentence)
        matched += extractor._any_sibling.search(sentence) is not None
    assert matched >= 3


def test_squeezing_a_text_without_spaces_gives_what_the_loop_gives():
    from kg.extractors.programmes import _ALNUM, _INNER_SPACE, _squeeze

    def plain(text):
        positions, out, last = [], [], 0
        for match in _INNER_SPACE.finditer(text):
            if _ALNUM.match(text[match.start() - 1]) and _ALNUM.match(text[match.end()]):
                continue
            positions.extend(range(last, match.start()))
            out.append(text[last : match.start()])
            last = match.end()
        positions.extend(range(last, len(text)))
        out.append(text[last:])
        return "".join(out), positions

    lines = [line for text in repository_texts() for line in text.splitlines()] + made_up_texts() + ["", " ", "疾控体系改  革"]
    assert sum(" " not in line for line in lines) > 1000
    for line in lines:
        squeezed, positions = _squeeze(line)
        assert (squeezed, list(positions)) == plain(line), line


def test_the_own_bare_heads_in_a_text_by_the_automaton_are_those_a_test_of_each_head_finds():
    from kg.extractors.projects import ProjectExtractor
    from kg.lexicon import load_lexicon
    from kg.nlp import _known_names

    extractor = ProjectExtractor(load_lexicon(), _known_names())
    lines = [line for text in repository_texts() for line in text.splitlines()] + made_up_texts()
    found = 0
    for line in lines:
        present = sorted({i for i, _s, _e in extractor._own_bare_automaton.find_matches_as_indexes(line, overlapping=True)})
        assert present == [i for i, (surface, _head) in enumerate(extractor.own_bare_heads) if surface in line], line
        found += len(present) > 1
    assert found > 20  # lines holding two heads or more


def test_a_text_without_a_character_of_the_union_of_triggers_is_matched_by_none_of_the_patterns():
    from kg.triggers import any_trigger, triggered

    cases = list(random_cases(29))
    rng = random.Random(29)
    checked = skipped = 0
    for _ in range(1500):
        group = [pattern for pattern, _texts in rng.sample(cases, rng.randint(1, 5))]
        union = any_trigger([triggered(p) if rng.random() < 0.5 else p for p in group])
        if union is None:
            continue
        for _pattern, texts in rng.sample(cases, 3):
            for text in texts:
                checked += 1
                if union.search(text) is None:
                    skipped += 1
                    assert not any(p.search(text) for p in group), ([p.pattern for p in group], text)
    assert checked > 1000 and skipped > 100
    lines = [line for text in repository_texts() for line in text.splitlines()]
    from kg.nlp import create_pipeline

    components = dict(create_pipeline().pipeline)
    for groups in ([p for p, *_ in components["kg_programmes"].extractor.patterns], [p for p, *_ in components["kg_events"].extractor.series]):
        union = any_trigger(groups)
        assert union is not None
        for line in lines:
            if union.search(line) is None:
                assert not any(p.search(line) for p in groups), line


def test_a_text_without_a_word_of_the_union_of_trigger_words_is_matched_by_none_of_the_patterns():
    from kg.triggers import any_trigger_words, triggered

    cases = [(triggered(pattern), texts) for pattern, texts in random_cases(31)]
    cases = [(pattern, texts) for pattern, texts in cases if getattr(pattern, "words", None) is not None]
    rng = random.Random(31)
    checked = skipped = 0
    for _ in range(1500):
        group = [pattern for pattern, _texts in rng.sample(cases, rng.randint(1, 4))]
        union = any_trigger_words(group)
        assert union is not None
        for _pattern, texts in rng.sample(cases, 3) + [(None, [t for _p, ts in rng.sample(cases, 2) for t in ts])]:
            for text in texts:
                checked += 1
                if not union.find_matches_as_indexes(text):
                    skipped += 1
                    assert not any(list(p.finditer(text)) or p.pattern_object.search(text) for p in group), text
    assert checked > 1000 and skipped > 100
    assert any_trigger_words([triggered(__import__("re").compile("a+"))]) is None  # a pattern without trigger words
    from kg.nlp import create_pipeline

    patterns = [p for p, *_ in dict(create_pipeline().pipeline)["kg_programmes"].extractor.patterns]
    union = any_trigger_words(patterns)
    assert union is not None
    lines = [line for text in repository_texts() for line in text.splitlines()] + made_up_texts()
    for line in lines:
        if not union.find_matches_as_indexes(line):
            assert not any(p.pattern_object.search(line) for p in patterns), line


def short_strings_of_the_texts(rng: random.Random, count: int = 20000) -> list[str]:
    """Pieces of 1–12 characters of the repository's texts (as quoted names are), and of numerals."""
    texts = [t for t in repository_texts() if t]
    pieces = []
    for _ in range(count):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        pieces.append(text[start : start + rng.randint(1, 12)])
    digits = "一二两三四五六七八九十百千零〇点年月日届次个项全省市国街节会普经人农连倍成两会双"
    pieces += ["".join(rng.choice(digits) for _ in range(rng.randint(1, 6))) for _ in range(count // 2)]
    return pieces + ["十四五", "十三五", "两会", "双十一", "三山两湖", "五月", "一些", "三个全省", "七经普"]


def test_the_combined_not_numbered_search_agrees_with_each_pattern():
    from kg.extractors.programmes import ProgrammeExtractor
    from kg.lexicon import load_lexicon
    from kg.resources import load_toml

    extractor = ProgrammeExtractor(load_lexicon())
    each_pattern = [re.compile(p) for p in load_toml("patterns", "programmes.toml")["not_numbered"]]
    rng = random.Random(17)
    strings = short_strings_of_the_texts(rng)
    periods = 0
    for name in strings:
        one_by_one = any(p.search(name) for p in each_pattern)
        periods += one_by_one
        assert bool(extractor._not_numbered_any.search(name)) == one_by_one, name
    assert periods > 100


def test_a_text_without_a_numerals_first_character_has_nothing_to_rewrite():
    from kg.extractors.numerals import _STARTS, Numerals

    numerals = Numerals(["元", "亿元", "个", "%", "万人", "公里", "个百分点"])
    rng = random.Random(17)
    texts = [line for text in repository_texts() for line in text.splitlines()] + short_strings_of_the_texts(rng)
    skipped = 0
    for text in texts:
        if not _STARTS.search(text):
            skipped += 1
            assert numerals.pattern.search(text) is None, text
    assert skipped > 1000
