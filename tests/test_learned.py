"""The learned span tagger (kg/extractors/learned.py, issue 12): gold spans projected onto text,
the features of a sentence, and a CRF trained on a tiny corpus (deterministic, byte for byte)."""

from __future__ import annotations

import pytest

from kg.extractors import learned


def test_gold_names_are_projected_longest_first_without_overlaps():
    text = "加快张家界大道建设，张家界市旅游发展，张家界大道通车。"
    spans = learned.project_spans(text, [("张家界", "Place"), ("张家界大道", "Project"), ("张家界市", "Place")])
    assert [(text[s:e], t) for s, e, t in spans] == [
        ("张家界大道", "Project"), ("张家界市", "Place"), ("张家界大道", "Project")]


def test_a_name_of_two_types_is_projected_as_the_first_type():
    text = "推进河长制"
    spans = learned.project_spans(text, [("河长制", "Place"), ("河长制", "Programme")])
    assert spans == [(2, 5, "Programme")]


def test_tags_and_spans_are_inverse():
    spans = [(0, 2, "Place"), (2, 6, "Project"), (8, 9, "Programme")]
    tags = learned.tags_for(10, spans)
    assert tags[:3] == ["B-Place", "I-Place", "B-Project"]
    assert learned.spans_of(tags) == spans


def test_head_words_come_from_the_pattern_files():
    heads = learned.head_words()
    assert heads["Project"]["高速公路"] == "Highway"
    assert "战略" in heads["Programme"]
    assert "镇" in heads["Place"]


def test_features_of_a_dev_sentence():
    # baoji-2019 (dev): a division in a quoted name, a newspaper in title marks
    text = "军民融合“宝鸡模式”被《人民日报》专题报道"
    words = [(0, "军民", "n"), (2, "融合", "v"), (4, "“", ""), (5, "宝鸡", "ns"), (7, "模式", "n")]
    features = learned.sentence_features(text, words)
    assert len(features) == len(text)
    bao = features[5]
    assert {"c=宝", "c+1=鸡", "wp=B", "t=ns", "div=B", "inq"} <= set(bao)
    assert "k=Q" in features[4] and "BOS" in features[0] and "EOS" in features[-1]


def test_features_of_an_invented_sentence_see_a_head_to_the_right():
    text = "加快建设青龙河特大桥和凤栖高速公路"
    features = learned.sentence_features(text, [])
    assert "hProject=B" in features[text.index("高速公路")]
    # 凤 stands two characters before the head 高速公路
    assert "nhProject=2" in features[text.index("凤")]


def _corpus():
    sentences = [
        ("加快建设凤栖高速公路", [(4, 10, "Project")]),
        ("推进青龙高速公路建设", [(2, 8, "Project")]),
        ("深入实施乡村振兴战略", [(4, 10, "Programme")]),
        ("张家界市旅游发展良好", [(0, 4, "Place")]),
        ("开工建设石门高速公路", [(4, 10, "Project")]),
        ("全面落实河长制", [(4, 7, "Programme")]),
    ] * 3
    return [(learned.sentence_features(text, []), learned.tags_for(len(text), spans)) for text, spans in sentences]


def test_training_is_reproducible_and_tagging_deterministic(tmp_path):
    pytest.importorskip("pycrfsuite")
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    learned.train(_corpus(), str(first), {"feature.minfreq": 1, "max_iterations": 50})
    learned.train(_corpus(), str(second), {"feature.minfreq": 1, "max_iterations": 50})
    assert first.read_bytes() == second.read_bytes()
    tagger = learned.SpanTagger(str(first))
    text = "加快建设龙山高速公路"  # invented: a name the corpus never saw before a head it saw
    features = learned.sentence_features(text, [])
    tags = tagger.tag(features)
    assert tags == tagger.tag(features)
    assert (4, 10, "Project") in learned.spans_of(tags)
    assert tagger.span_probability(4, 10, "Project", len(text)) > 0.5
    assert tagger.span_probability(0, 2, "Project", len(text)) < 0.5
