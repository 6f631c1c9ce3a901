"""The lexicon cuts with jieba-rs (rjieba) and gives the words of its jieba tokenizer."""

from __future__ import annotations

import random
import re

import pytest
from spacy import util

from conftest import ROOT, SEEDS
from kg.lexicon import load_lexicon
from kg.nlp import create_pipeline

TEXT_FOLDERS = [SEEDS, ROOT / "gold/dev/texts", ROOT / "gold/test/texts", ROOT / "gold/indicators/texts"]
_SENTENCE_END = re.compile(r"(?<=[。！？；\n])")


def _sentences() -> list[str]:
    sentences = []
    for folder in TEXT_FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            sentences.extend(s for s in _SENTENCE_END.split(path.read_text(encoding="utf-8")) if s.strip())
    return sentences


def _differing(sentences: list[str]) -> list[str]:
    lexicon = load_lexicon()
    return [s for s in sentences if lexicon.tokenizer.cut(s) != list(lexicon.reference_tokenizer.cut(s, HMM=True))]


def test_the_words_are_jiebas_on_a_sample_of_the_seeds_and_gold_texts():
    sentences = _sentences()
    assert len(sentences) > 2000
    sample = random.Random(13).sample(sentences, 600)
    assert _differing(sample) == []


@pytest.mark.slow
def test_the_words_are_jiebas_on_every_sentence_of_the_seeds_and_gold_texts():
    assert _differing(_sentences()) == []


@pytest.mark.parametrize(
    "text",
    [
        "2025年2月7日，张家界市政府印发了实施方案。",  # a seed sentence
        "项目于2025-04-15开工，采用Public-Private-Partnership模式。",
        "新建G-5京昆连接线，x_y-z，A+B-C，a-1.5，3.5.6%，1-2.5-3。",
    ],
)
def test_letters_and_digits_are_cut_at_hyphens_as_jieba_does(text):
    lexicon = load_lexicon()
    assert lexicon.tokenizer.cut(text) == list(lexicon.reference_tokenizer.cut(text))


def test_a_text_of_letters_and_digits_alone_is_cut_as_jieba_cuts_it():
    # Segmenter.cut looks for words to cut again only in a text with other characters
    lexicon = load_lexicon()
    texts = ["张家界抽水蓄能电站", "G5京昆高速", "2025", "PPP模式", "Ｇ３１９国道", "桑植龙鹤风电项目"]
    texts += [t for s in _sentences()[:400] for t in re.split(r"\W+", s) if t]
    assert all(t.isalnum() for t in texts)
    for text in texts:
        assert lexicon.tokenizer.cut(text) == list(lexicon.reference_tokenizer.cut(text)), text


def test_a_date_with_hyphens_is_cut_at_each_hyphen():
    assert load_lexicon().tokenizer.cut("2025-04-15") == ["2025", "-", "04", "-", "15"]


@pytest.mark.parametrize("text", ["要用好资金", "着力打好污染防治攻坚战", "在全省率先做实产教融合"])
def test_the_governing_verbs_are_cut_as_with_jiebas_total(text):
    # jieba counts a gazetteer name that is a dictionary word twice in its total; without that
    # total jieba-rs reads 要用 / 好 / 资金.
    lexicon = load_lexicon()
    assert lexicon.tokenizer.cut(text) == list(lexicon.reference_tokenizer.cut(text))


def test_random_strings_of_letters_digits_punctuation_and_names():
    lexicon = load_lexicon()
    alphabet = "aB3-._%+#&  -0.9x中国建设用好\r\n\t，。（）Ａ１－桑龙久瑞翠谷及在"
    rng = random.Random(7)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    assert [t for t in texts if lexicon.tokenizer.cut(t) != list(lexicon.reference_tokenizer.cut(t))] == []


@pytest.mark.parametrize(
    "text",
    [
        "加快张家界大峡谷玻璃桥 和桑植龙鹤风电项目建设。\n\n  二、 2025年  工作安排\r\n",
        "  开头的空格，结尾的空格  ",
        "Public-Private-Partnership\u3000（PPP） 模式",
    ],
)
def test_the_doc_is_the_one_spacy_makes_of_the_same_words(text):
    doc = create_pipeline().make_doc(text)
    words, spaces = util.get_words_and_spaces([w for w in load_lexicon().tokenizer.cut(text) if w], text)
    assert [t.text for t in doc] == words
    assert [bool(t.whitespace_) for t in doc] == spaces
    assert doc.text == text
