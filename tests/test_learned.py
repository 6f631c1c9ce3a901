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


def test_a_span_added_takes_the_class_of_its_head():
    assert learned.span_class("Project", "凤栖高速公路") == "Highway"
    assert learned.span_class("Organization", "凤栖县教育局") == "GovernmentBody"
    assert learned.span_class("Event", "凤栖樱花") == "Event"  # no head: the type


def _doc(text: str):
    from types import SimpleNamespace

    from kg.sections import Sentence

    sentences = (Sentence(0, 0, len(text), 0, "plan"),)
    return SimpleNamespace(_=SimpleNamespace(sections=SimpleNamespace(sentences=sentences), clean=SimpleNamespace(text=text)),
                           user_data={})


def test_the_component_adds_a_span_the_rules_missed_and_vetoes_an_improbable_one(tmp_path):
    pytest.importorskip("pycrfsuite")
    from kg.extractors.base import Candidate

    model = tmp_path / "tiny.crfsuite"
    learned.train(_corpus(), str(model), {"feature.minfreq": 1, "max_iterations": 50})
    component = learned.LearnedSpans(model, add={"Project": 0.5}, veto={"Project": 0.5}, triggers=["hProject"])
    # invented: the rules found nothing in it; the tagger adds the highway, with its head's class
    text = "加快建设龙山高速公路"
    candidates: list[Candidate] = []
    component(_doc(text), candidates)
    assert [(c.start, c.end, c.type, c.cls, c.label, c.rule) for c in candidates] == [
        (4, 10, "Project", "Highway", "龙山高速公路", "learned.crf")]
    # invented: a rule's project on the verb (加快建设) is dropped, and the highway added in its place
    candidates = [Candidate(0, 4, "Project", "Project", "加快建设", "projects.test")]
    component(_doc(text), candidates)
    assert [(c.label, c.rule) for c in candidates] == [("龙山高速公路", "learned.crf")]
    # a sentence without a trigger is not tagged
    candidates = [Candidate(0, 4, "Project", "Project", "加快建设", "projects.test")]
    component(_doc("加快建设龙山"), candidates)
    assert [c.label for c in candidates] == ["加快建设"]
