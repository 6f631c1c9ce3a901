"""What the extractors know about words: jieba's dictionary tags and frequencies, plus the
project's own word classes (``kg/resources/patterns/words.toml``).

Names in reports are mostly out of the dictionary (桑龙, 久瑞, 翠谷); ordinary words are in it with
a frequency and a part-of-speech tag. That difference is what tells a name from a phrase.
"""

from __future__ import annotations

import collections
import functools
import logging
import re
import unicodedata
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


#: Where jieba's HMM cuts a run of letters and digits: at anything but a decimal point or a
#: trailing percent sign (2025-04-15 → 2025 / - / 04 / - / 15).
_LETTERS_AND_DIGITS = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_HAN = re.compile(r"[\u4E00-\u9FD5]")
#: A word that no text is cut into: jieba-rs only looks words up inside runs of Han characters,
#: letters, digits and +#&._%- (see :class:`Segmenter`).
_TOTAL_PAD = "\x00"


@dataclass(frozen=True)
class Vocabulary:
    """What the segmenter and the word tests read of the reference tokenizer: the words'
    frequencies (a word not in ``frequencies`` has none), its total, every word added to jieba's
    dictionary with its frequency there (0 if it was not there) and its tag, the total before the
    words were added; and the tags of jieba's dictionary."""

    frequencies: dict[str, int]
    total: int
    added: dict[str, tuple[int, str | None]]
    dictionary_total: int
    tags: dict[str, str]


#: Bump when what a vocabulary snapshot holds changes.
_SNAPSHOT_FORMAT = 1


def _snapshot_key(names: frozenset[str], kept_whole: frozenset[str]) -> str:
    """What a snapshot of the vocabulary depends on: jieba's dictionary (its version), the words
    added to it, and the Python that wrote the file (marshal's format)."""
    import hashlib
    import sys
    from importlib import metadata

    from pathlib import Path

    digest = hashlib.sha256(f"vocabulary {_SNAPSHOT_FORMAT} python {sys.version_info[:2]} jieba {metadata.version('jieba')}\n".encode())
    digest.update(Path(__file__).read_bytes())  # how the vocabulary is made
    for words in (names, kept_whole):
        digest.update("\n".join(sorted(words)).encode() + b"\0")
    return digest.hexdigest()


def _snapshot_path(key: str):
    """Where the snapshot for ``key`` is kept: in the extraction cache's folder (``KG_CACHE``;
    none when it is off)."""
    from kg.cache import ExtractionCache

    folder = ExtractionCache.default().folder
    return None if folder is None else folder / "vocabulary" / f"{key}.marshal"


class Segmenter:
    """The words of jieba's ``reference`` tokenizer, cut by jieba-rs (``rjieba``), about 30×
    faster: the same dictionary, given the words added to the reference with the same
    frequencies.

    Two differences of jieba-rs are undone. jieba adds a word's frequency to its total again when
    the word is added a second time (a gazetteer name that is a dictionary word), where jieba-rs
    replaces it; the best path through a sentence depends on the total, so jieba-rs is given the
    difference as the frequency of a word no text contains. And jieba-rs keeps 2025-04-15 or
    Public-Private-Partnership as one word where jieba cuts at each hyphen: such a word is cut
    again as jieba does."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        # rjieba's module-level segmenter: importing rjieba loads its dictionary into it anyway
        # (a second one would take 25 MB more), and nothing else in kg uses rjieba. Adding the
        # same words again, with the same frequencies, changes nothing.
        import rjieba

        self.frequencies = vocabulary.frequencies
        self._engine = rjieba
        engine_total = vocabulary.dictionary_total
        for word, (dictionary_frequency, tag) in vocabulary.added.items():
            frequency = self.frequencies.get(word, 0)
            self._engine.add_word(word, frequency, tag)
            engine_total += frequency - dictionary_frequency
        if vocabulary.total > engine_total:
            self._engine.add_word(_TOTAL_PAD, vocabulary.total - engine_total, None)

    def cut(self, text: str, cut_all: bool = False, HMM: bool = True) -> list[str]:  # noqa: N803 (jieba's names)
        words = self._engine.cut(text, HMM)
        # the words are pieces of the text: in a text of letters and digits alone (most names cut) none is cut again
        return words if text.isalnum() else self._cut_at_hyphens(words)

    def _cut_at_hyphens(self, words: list[str]) -> list[str]:
        # each distinct word tested once (a report's text repeats most of its words)
        pieces: dict[str, list[str]] = {}
        for word in set(words):
            if (
                len(word) > 1
                and not word.isalnum()
                and not self.frequencies.get(word)
                and not _HAN.search(word)
                and not _LETTERS_AND_DIGITS.fullmatch(word)
            ):
                pieces[word] = [piece for piece in _LETTERS_AND_DIGITS.split(word) if piece]
        if not pieces:
            return words
        out: list[str] = []
        for word in words:
            cut = pieces.get(word)
            if cut is None:
                out.append(word)
            else:
                out.extend(cut)
        return out


@functools.cache
def _dictionary_tags() -> dict[str, str]:
    """The part-of-speech tags of jieba's own dictionary (read once, never changed)."""
    _jieba()
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


_WORDS_KEPT = 200_000


def _remembered(test):
    """A word test of :class:`Lexicon` whose answers are kept: it depends on the word alone (and
    the lexicon's word classes, which do not change), and the head grammars ask it of the same
    words over and over."""
    name = test.__name__

    @functools.wraps(test)
    def remembered(self, word: str) -> bool:
        said = self._said[name]
        answer = said.get(word)
        if answer is None:
            if len(said) >= _WORDS_KEPT:
                said.clear()
            answer = said[word] = test(self, word)
        return answer

    return remembered


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
    break_categories: frozenset[str] = frozenset()
    # The extractors segment the same phrases of a sentence many times over.
    _segmented: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    # What the word tests marked @_remembered said of each word (a copy of the lexicon starts afresh)
    _said: dict[str, dict[str, bool]] = field(default_factory=lambda: collections.defaultdict(dict), init=False,
                                              repr=False, compare=False)

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """Gazetteer surfaces: words of the segmenter, tagged as place names."""
        from kg.gazetteer import load_gazetteer

        return frozenset(surface for surface, _kind, _key in load_gazetteer().surfaces())

    @functools.cached_property
    def _reference(self):
        """A jieba tokenizer of this lexicon's own: jieba's dictionary with the gazetteer's names
        and the governing verbs. jieba's global dictionary is left alone, so that every user of
        the lexicon (the spaCy pipeline, the extractors, resolution) segments alike whatever was
        loaded first. With the words added to it and its total before."""
        tokenizer = _jieba().Tokenizer()
        tokenizer.initialize()
        dictionary_total = tokenizer.total
        added: dict[str, tuple[int, str | None]] = {}
        for name in sorted(self.names):
            added.setdefault(name, (tokenizer.FREQ.get(name) or 0, "ns"))
            tokenizer.add_word(name, tag="ns")
        # Governing verbs must stay whole words, or the HMM glues their last character to the name
        # after them (用好荷花国际机场 → 用 / 好荷花).
        for word in sorted(self.leading | self.hard_breaks):
            if len(word) > 1:
                added.setdefault(word, (tokenizer.FREQ.get(word) or 0, None))
                tokenizer.suggest_freq(word, tune=True)
        return tokenizer, added, dictionary_total

    @property
    def reference_tokenizer(self):
        """The jieba tokenizer (the words' frequencies; what :attr:`tokenizer` is checked against)."""
        return self._reference[0]

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        """The reference tokenizer's frequencies and jieba's tags. Reading jieba's dictionary,
        adding the names and reading its tag table takes a second; the result is kept in a file
        (a marshal snapshot in the cache folder, keyed by jieba's version and the added words)
        that a later start reads in a fifth of that, without importing jieba."""
        path = self._snapshot_path()
        if path is not None:
            try:
                data = path.read_bytes()
            except OSError:
                pass
            else:
                import marshal

                try:
                    return Vocabulary(*marshal.loads(data))
                except (EOFError, ValueError, TypeError):
                    pass  # a damaged snapshot is made again
        tokenizer, added, dictionary_total = self._reference
        vocabulary = Vocabulary(tokenizer.FREQ, tokenizer.total, added, dictionary_total, _dictionary_tags())
        if path is not None:
            import marshal

            from kg.cache import write_entry

            # words of frequency 0 (jieba keeps every prefix of a word) read as absent anyway
            frequencies = {word: frequency for word, frequency in vocabulary.frequencies.items() if frequency}
            data = marshal.dumps((frequencies, vocabulary.total, vocabulary.added, vocabulary.dictionary_total, vocabulary.tags))
            write_entry(path, lambda stream: stream.write(data))
        return vocabulary

    def _snapshot_path(self):
        """Where the snapshot of :attr:`vocabulary` is kept (None with the cache off)."""
        kept_whole = frozenset(word for word in self.leading | self.hard_breaks if len(word) > 1)
        return _snapshot_path(_snapshot_key(self.names, kept_whole))

    def vocabulary_aside(self):
        """A process, started now, that makes :attr:`vocabulary` and keeps its snapshot, when it is
        not kept yet (None when it is, when the cache is off, when this process read it already,
        or where processes cannot be forked): a build with two jobs or more makes it there while
        it imports the pipeline's modules, then joins the process and reads the snapshot (a fifth
        of the work)."""
        import multiprocessing

        if "vocabulary" in self.__dict__ or "fork" not in multiprocessing.get_all_start_methods():
            return None
        path = self._snapshot_path()
        if path is None or path.exists():
            return None
        process = multiprocessing.get_context("fork").Process(target=_keep_vocabulary, args=(self,), daemon=True)
        process.start()
        return process

    @functools.cached_property
    def tokenizer(self) -> Segmenter:
        """The segmenter of the pipeline, the extractors and resolution: the reference
        tokenizer's words, cut by jieba-rs."""
        return Segmenter(self.vocabulary)

    def load(self) -> None:
        """Read jieba's dictionary and tags now rather than in the first document."""
        self.vocabulary  # a cached property: reading it builds it
        self.tokenizer

    def tag(self, word: str) -> str | None:
        if word in self.names:
            return "ns"
        return self._tags.get(word)

    @functools.cached_property
    def _tags(self) -> dict[str, str]:
        return self.vocabulary.tags

    def frequency(self, word: str) -> int:
        return self._frequencies.get(word) or 0

    @functools.cached_property
    def _frequencies(self) -> dict[str, int]:
        return self.vocabulary.frequencies

    def is_common(self, word: str) -> bool:
        """An ordinary dictionary word (not a proper name)."""
        if word in self.generic:
            return True
        tag = self.tag(word)
        if tag in self.proper_tags:
            return False
        return self.frequency(word) >= self.common_frequency

    @_remembered
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

    @_remembered
    def is_hard_break(self, word: str) -> bool:
        """A verb that ends a phrase (推进), also inside a compound (积极参与, 严格执行)."""
        if word in self.hard_breaks:
            return True
        prefix = word[:-2]
        return len(word) > 2 and word[-2:] in self.hard_breaks and (prefix in self.leading or prefix in self.generic)

    @_remembered
    def breaks_name(self, word: str) -> bool:
        if self.tag(word) in self.break_tags and word not in self.inner_conjunctions:
            return True
        if word and all(unicodedata.category(ch) in self.break_categories for ch in word):
            return True  # ◆泉港石化工业园区: a bullet or other layout symbol is page debris, no part of a name
        # a governing compound kept whole (在全省: 在 + 全省, both leading words) breaks a name as
        # its first word would (云龙示范区在全省两型建设示范片区: the zone ends before 在)
        head, rest = word[:1], word[1:]
        return len(word) > 1 and head in self.leading and rest in self.leading and self.tag(head) in self.break_tags

    def name_start(self, text: str, start: int, end: int) -> int:
        """``start`` moved past the words of ``text[start:end]`` that may start a phrase but not a
        name (推进|数字化改革), its last word kept."""
        words = self.segment(text[start:end])
        for word in words[:-1]:
            if not self.strippable(word):
                break
            start += len(word)
        return start

    @_remembered
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
        return self._split_glued(self.tokenizer.cut(text))

    def _split_glued(self, tokens) -> list[str]:
        words: list[str] = []
        frequencies = self._frequencies
        glue = self.function_chars
        for word in tokens:
            # only a word that begins or ends in a function character can be split (the frequency,
            # a look-up in a large table, is read only then)
            if len(word) > 1 and (word[0] in glue or (word[-1] in glue and len(word) > 2)) and not frequencies.get(word):
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


def _keep_vocabulary(lexicon: Lexicon) -> None:
    """In the process :meth:`Lexicon.vocabulary_aside` starts: the vocabulary made, and its
    snapshot written."""
    lexicon.vocabulary


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
        break_categories=frozenset(config.get("break_categories", [])),
    )
