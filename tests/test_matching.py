"""Dictionary matching: the Aho-Corasick automaton and the longest-match scan over its hits."""

from __future__ import annotations

from kg.extractors.base import Candidate, Surfaces, longest_matches, merged_lengths


def test_the_automaton_lists_every_surface_at_its_start_longest_first():
    surfaces = Surfaces(["长江", "长江经济带", "经济", "带", "发展"])
    assert surfaces.lengths_at("推动长江经济带发展") == {2: [5, 2], 4: [2], 7: [2]}


def test_one_character_surfaces_and_an_empty_dictionary_find_nothing():
    assert Surfaces(["带", "江"]).lengths_at("长江经济带") == {}
    assert Surfaces([]).lengths_at("长江经济带") == {}


def test_lengths_of_two_dictionaries_are_merged_longest_first():
    assert merged_lengths({0: [5, 2]}, {0: [3, 2], 4: [2]}) == {0: [5, 3, 2], 4: [2]}


def _candidate(start: int, end: int) -> Candidate:
    return Candidate(start, end, "Place", "Place", str(end - start), "test")


def test_the_longest_accepted_span_wins_and_spans_do_not_overlap():
    text = "长江经济带发展"
    lengths_at = Surfaces(["长江", "长江经济带", "经济", "带发", "发展"]).lengths_at(text)
    found = longest_matches(lengths_at, lambda start, end: _candidate(start, end))
    assert [(c.start, c.end) for c in found] == [(0, 5), (5, 7)]


def test_a_rejected_long_span_gives_way_to_a_shorter_one_at_the_same_start():
    lengths_at = Surfaces(["长江", "长江经济带", "经济"]).lengths_at("长江经济带")
    found = longest_matches(lengths_at, lambda start, end: None if end - start == 5 else _candidate(start, end))
    assert [(c.start, c.end) for c in found] == [(0, 2), (2, 4)]


def test_a_head_inside_a_blocked_word_is_no_head():
    from kg.extractors.projects import ProjectExtractor
    from kg.lexicon import load_lexicon

    grammar = ProjectExtractor(load_lexicon(), load_lexicon().names).grammar
    text = "建设国家森林公园和城市公园"
    first, second = text.index("公园"), text.rindex("公园")
    assert grammar._inside_blocked_word(text, first, first + 2)  # 国家森林公园
    assert not grammar._inside_blocked_word(text, second, second + 2)
    assert grammar._inside_blocked_word("思路", 1, 2) and not grammar._inside_blocked_word("路", 0, 1)
