"""The lexicon owns the one segmenter that the pipeline, the extractors and resolution share."""

from __future__ import annotations

import json
import subprocess
import sys

from kg.lexicon import load_lexicon
from kg.nlp import create_pipeline

# Labels whose key came out different before and after the pipeline was made, while the pipeline
# added the gazetteer's names to jieba's global dictionary.
LABELS = [
    ("Project", "Road", "慈利创业西路"),
    ("Project", "EnergyProject", "桑植龙鹤风电项目"),
    ("Project", "Project", "武陵源景区提质升级工程"),
    ("Project", "Railway", "张家界西站"),
]

_KEYS = """
import json, sys
from kg.resolve import label_key
labels = json.loads(sys.argv[1])
def keys():
    return [label_key(type_, cls, label, "张家界市").key for type_, cls, label in labels]
before = keys()
from kg.nlp import create_pipeline
create_pipeline()
print(json.dumps([before, keys()], ensure_ascii=False))
"""


def test_resolution_keys_do_not_depend_on_whether_the_pipeline_was_made():
    # A fresh process: this one has made the pipeline long ago.
    result = subprocess.run([sys.executable, "-c", _KEYS, json.dumps(LABELS)], capture_output=True, text=True, check=True)
    before, after = json.loads(result.stdout)
    assert before == after
    assert after[0] == "Project:慈利创业西路"  # the road is named by the whole name, not by 慈利


def test_jiebas_global_dictionary_is_left_alone():
    import jieba

    create_pipeline()
    assert load_lexicon().frequency("张家界大峡谷") > 0
    assert "张家界大峡谷" not in jieba.dt.FREQ
    assert jieba.lcut("张家界大峡谷玻璃桥") == ["张家界", "大峡谷", "玻璃", "桥"]


def test_the_pipeline_tokenises_with_the_lexicons_words():
    text = "加快张家界大峡谷玻璃桥和桑植龙鹤风电项目建设。"
    tokens = [token.text for token in create_pipeline().make_doc(text)]
    assert tokens == list(load_lexicon().tokenizer.cut(text))
    assert "张家界大峡谷" in tokens


def test_a_segmentation_is_remembered_until_the_document_is_done():
    lexicon = load_lexicon()
    lexicon.forget_segments()
    words = lexicon.segment("桑植龙鹤风电项目")
    words.append("改动")  # a caller's list is its own
    assert lexicon.segment("桑植龙鹤风电项目") == list(lexicon._cut("桑植龙鹤风电项目"))
    lexicon.forget_segments()
    assert not lexicon._segmented


def test_the_sentences_take_the_docs_words_and_they_are_jiebas_own():
    from conftest import SEEDS
    from kg.extractors.base import report_sentences
    from kg.nlp import _remember_sentence_words
    from kg.sections import sectionize
    from kg.text import clean

    lexicon = load_lexicon()
    cleaned = clean((SEEDS / "zhangjiajie-2021.txt").read_text(encoding="utf-8"))
    doc = create_pipeline().make_doc(cleaned.text)
    doc._.clean, doc._.sections = cleaned, sectionize(cleaned)
    lexicon.forget_segments()
    _remember_sentence_words(doc)
    sentences = [text for _sentence, text in report_sentences(doc)]
    remembered = [text for text in sentences if text in lexicon._segmented]
    assert len(remembered) > 0.8 * len(sentences)
    for text in remembered:
        assert list(lexicon._segmented[text]) == lexicon._cut(text), text
    lexicon.forget_segments()


def test_a_sentence_edge_inside_a_run_of_letters_or_digits_is_not_between_words():
    from kg.nlp import _joins_run

    text = "增长8.5%。新建G5513"
    assert _joins_run(text, text.index(".") + 1)  # 8.5 is one run
    assert not _joins_run(text, text.index("。") + 1)
    assert not _joins_run(text, 0) and not _joins_run(text, len(text))


def test_the_preposition_yi_is_split_off_a_glued_word():
    # yongxing-2020, zijin-2020 (dev): jieba's HMM reads 以三大 and 以融湾 as words
    from kg.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.segment("以三大战略")[:2] == ["以", "三大"]
    assert lexicon.segment("以融湾为纲")[:2] == ["以", "融湾"]
    assert "以为" in lexicon.segment("我以为如此") or lexicon.segment("我以为如此")[1] == "以为"  # a dictionary word stays
