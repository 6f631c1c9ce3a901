"""What the extractors know about words: jieba's dictionary tags and frequencies, plus the
project's own word classes (``kg/resources/patterns/words.toml``).

Names in reports are mostly out of the dictionary (桑龙, 久瑞, 翠谷); ordinary words are in it with
a frequency and a part-of-speech tag. That difference is what tells a name from a phrase.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field

from kg.resources import load_toml

_CJK_RUN = re.compile(r"[\u3400-\u9fff]")
_SEGMENTS_KEPT = 200_000
_DIGITS = {ch: value for value, ch in enumerate("零一二三四五六七八九")} | {"两": 2}


def chinese_number(numeral: str) -> int:
    """三十 → 30, 十八 → 18, 一百二十 → 120, 12 → 12 (numerals below a thousand)."""
    if numeral.isdigit():
        return int(numeral)
    total, digit = 0, 0
    for ch in numeral:
        if ch in "十百":
            total += (digit or 1) * (10 if ch == "十" else 100)
            digit = 0
        else:
            digit = _DIGITS[ch]
    return total + digit


@functools.cache
def _jieba():
    """The jieba module, its start-up chatter silenced."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return jieba


@functools.cache
def _dictionary_tags() -> dict[str, str]:
    """The part-of-speech tags of jieba's own dictionary (read once, never changed)."""
    _jieba()
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


@dataclass
class Lexicon:
    break_tags: frozenset[str]
    inner_conjunctions: frozenset[str]
    strip_tags: frozenset[str]
    proper_tags: frozenset[str]
    abbreviation_tags: frozenset[str]
    common_frequency: int
    rare_frequency: int
    leading: frozenset[str]
    generic: frozenset[str]
    quantity_prefix: re.Pattern
    function_chars: frozenset[str]
    hard_breaks: frozenset[str]
    # The extractors segment the same phrases of a sentence many times over.
    _segmented: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """Gazetteer surfaces: words of the segmenter, tagged as place names."""
        from kg.gazetteer import load_gazetteer

        return frozenset(surface for surface, _kind, _key in load_gazetteer().surfaces())

    @functools.cached_property
    def tokenizer(self):
        """A jieba tokenizer of this lexicon's own: jieba's dictionary with the gazetteer's names
        and the governing verbs. jieba's global dictionary is left alone, so that every user of
        the lexicon (the spaCy pipeline, the extractors, resolution) segments alike whatever was
        loaded first."""
        tokenizer = _jieba().Tokenizer()
        tokenizer.initialize()
        for name in sorted(self.names):
            tokenizer.add_word(name, tag="ns")
        # Governing verbs must stay whole words, or the HMM glues their last character to the name
        # after them (用好荷花国际机场 → 用 / 好荷花).
        for word in sorted(self.leading | self.hard_breaks):
            if len(word) > 1:
                tokenizer.suggest_freq(word, tune=True)
        return tokenizer

    def load(self) -> None:
        """Read jieba's dictionary and tags now rather than in the first document."""
        _dictionary_tags()
        self.tokenizer  # a cached property: reading it builds it

    def tag(self, word: str) -> str | None:
        if word in self.names:
            return "ns"
        return _dictionary_tags().get(word)

    def frequency(self, word: str) -> int:
        return self.tokenizer.FREQ.get(word) or 0

    def is_common(self, word: str) -> bool:
        """An ordinary dictionary word (not a proper name)."""
        if word in self.generic:
            return True
        tag = self.tag(word)
        if tag in self.proper_tags:
            return False
        return self.frequency(word) >= self.common_frequency

    def is_proper(self, word: str) -> bool:
        """A word that makes a name specific: a proper-name tag, out of the dictionary, or digits."""
        if word in self.generic or not word.strip():
            return False
        tag = self.tag(word)
        if tag in self.abbreviation_tags and len(word) > 1 and self.frequency(word) >= self.common_frequency:
            return False  # 中小企业, 研发: frequent abbreviations are ordinary words
        if tag in self.proper_tags:
            return True
        if any(ch.isascii() and ch.isalnum() for ch in word):
            return True
        return bool(_CJK_RUN.search(word)) and self.frequency(word) < self.rare_frequency and tag not in self.strip_tags

    def is_hard_break(self, word: str) -> bool:
        """A verb that ends a phrase (推进), also inside a compound (积极参与, 严格执行)."""
        if word in self.hard_breaks:
            return True
        prefix = word[:-2]
        return len(word) > 2 and word[-2:] in self.hard_breaks and (prefix in self.leading or prefix in self.generic)

    def breaks_name(self, word: str) -> bool:
        return self.tag(word) in self.break_tags and word not in self.inner_conjunctions

    def strippable(self, word: str) -> bool:
        """A word that may start a phrase but not a name."""
        if word in self.leading or self.tag(word) in self.strip_tags or self.quantity_prefix.fullmatch(word):
            return True
        # 积极争取, 全力推进: compounds of governing words that the dictionary does not list
        return len(word) == 4 and word[:2] in self.leading and word[2:] in self.leading

    def segment(self, text: str) -> list[str]:
        """Words of ``text``. jieba's HMM glues function characters to unknown names (及桑鹤);
        they are split off again. Remembered until :meth:`forget_segments`."""
        words = self._segmented.get(text)
        if words is None:
            if len(self._segmented) >= _SEGMENTS_KEPT:
                self._segmented.clear()
            words = self._segmented[text] = tuple(self._cut(text))
        return list(words)

    def forget_segments(self) -> None:
        """Drop the remembered segmentations (after each document, so that memory stays bounded)."""
        self._segmented.clear()

    def remember_segments(self, text: str, tokens: list[str]) -> None:
        """Take jieba's ``tokens`` of ``text`` (cut elsewhere, by the spaCy tokenizer) as its words."""
        self._segmented[text] = tuple(self._split_glued(tokens))

    def _cut(self, text: str) -> list[str]:
        return self._split_glued(self.tokenizer.cut(text, HMM=True))

    def _split_glued(self, tokens) -> list[str]:
        words: list[str] = []
        for word in tokens:
            if len(word) > 1 and not self.frequency(word):
                head = word[0] if word[0] in self.function_chars else ""
                tail = word[-1] if word[-1] in self.function_chars and len(word) > 2 else ""
                core = word[len(head) : len(word) - len(tail)]
                words.extend(w for w in (head, core, tail) if w)
            elif word:
                words.append(word)
        return words

    def boundaries(self, text: str) -> set[int]:
        """Offsets where a word of ``text`` starts or ends (a short form 杂多 must not match inside
        复杂多变)."""
        positions, position = {0, len(text)}, 0
        for word in self.segment(text):
            position += len(word)
            positions.add(position)
        return positions


@functools.cache
def load_lexicon() -> Lexicon:
    config = load_toml("patterns", "words.toml")
    return Lexicon(
        break_tags=frozenset(config["break_tags"]),
        inner_conjunctions=frozenset(config["inner_conjunctions"]),
        strip_tags=frozenset(config["strip_tags"]),
        proper_tags=frozenset(config["proper_tags"]),
        abbreviation_tags=frozenset(config.get("abbreviation_tags", [])),
        common_frequency=config["common_word_frequency"],
        rare_frequency=config["rare_word_frequency"],
        leading=frozenset(config["leading"]),
        generic=frozenset(config["generic"]),
        quantity_prefix=re.compile(config["quantity_prefix"]),
        function_chars=frozenset(config["function_chars"]),
        hard_breaks=frozenset(config["hard_breaks"]),
    )
