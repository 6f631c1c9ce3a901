"""A learned span tagger (issue 12): a linear-chain CRF over the characters of a sentence, trained on
the gold standard, whose features are the rules' data (gazetteers, head words), never their outputs.

Tags are BIO over the entity types (``B-Project``, ``I-Place``, …, ``O``). Per character the
features are the character and its neighbours, bigrams, the segmenter's word around it (its
position B/M/E/S, its jieba tag), the gazetteer and head-word hits it lies in, the nearest head
word to its right, and digits, numerals, quotes and brackets.

Training spans come from the entity-level gold: every label and variant of a gold row is found in
the report's cleaned text (:func:`project_spans`, longest first, no overlaps). The model is
trained by ``scripts/train_spans.py``, which also cross-validates it against the rules.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick_rs

from kg.resources import load_toml, load_word_list

#: Entity types the tagger knows, in the mentions' priority (a surface that names two types in
#: the gold is projected as the first).
TYPES = ("Project", "Programme", "Event", "Organization", "Place")
OUTSIDE = "O"

#: Pattern files whose ``head`` tables (at any depth) give each type's head words.
_HEAD_FILES = {"Project": "projects.toml", "Programme": "programmes.toml", "Place": "places.toml",
               "Organization": "organizations.toml", "Event": "events.toml"}

_HAN_NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿")
_OPENING = frozenset("“‘「『《〈【（(\"")
_CLOSING = frozenset("”’」』》〉】）)")
_QUOTES = frozenset("“”‘’「」『』\"")
_PUNCT = frozenset("，。、；：！？…—·,.;:!?")


def _heads_in(table, found: list[dict]) -> None:
    if isinstance(table, dict):
        for key, value in table.items():
            if key == "head" and isinstance(value, list):
                found.extend(group for group in value if isinstance(group, dict) and "surfaces" in group)
            else:
                _heads_in(value, found)


@functools.cache
def head_words(specific: bool = False) -> dict[str, dict[str, str]]:
    """type → {head surface: class}, from the pattern files' head tables (first table wins);
    ``specific``: without the generic heads, which name something only after a proper name or in a
    list (项目, 企业)."""
    heads: dict[str, dict[str, str]] = {}
    for type_, filename in _HEAD_FILES.items():
        groups: list[dict] = []
        _heads_in(load_toml("patterns", filename), groups)
        table = heads.setdefault(type_, {})
        for group in groups:
            if specific and (group.get("generic") or group.get("list_only")):
                continue
            for surface in group["surfaces"]:
                table.setdefault(surface, group.get("class", type_))
    return heads


class _Lookup:
    """A leftmost-longest automaton over a word list: the hits in a text, as (start, end, word)."""

    def __init__(self, words: Iterable[str]):
        self.words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
        self._automaton = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if self.words else None

    def hits(self, text: str) -> list[tuple[int, int, str]]:
        if self._automaton is None:
            return []
        return [(start, end, self.words[i]) for i, start, end in self._automaton.find_matches_as_indexes(text)]


@functools.cache
def _lookups() -> dict[str, _Lookup]:
    """The gazetteers and head-word lists, by feature name."""
    from kg.gazetteer import DIVISION, load_companies, load_gazetteer, load_national_bodies

    surfaces = load_gazetteer().surfaces()
    lookups = {
        "div": _Lookup(s for s, kind, _ in surfaces if kind == DIVISION),
        "named": _Lookup(s for s, kind, _ in surfaces if kind != DIVISION),
        "company": _Lookup(load_companies()),
        "body": _Lookup(load_national_bodies()),
        "natprog": _Lookup(load_word_list("gazetteer", "national_programmes.txt")),
    }
    for type_, table in head_words().items():
        lookups["h" + type_] = _Lookup(table)
    for type_, table in head_words(specific=True).items():
        lookups["s" + type_] = _Lookup(table)  # triggers only (LearnedSpans), no features
    return lookups


@functools.lru_cache(maxsize=1 << 14)
def _char_kind(char: str) -> str:
    if char.isdigit():
        return "D"
    if char in _HAN_NUMERALS:
        return "N"
    if char in _QUOTES:
        return "Q"
    if char in _OPENING:
        return "("
    if char in _CLOSING:
        return ")"
    if char in _PUNCT:
        return "P"
    if char.isspace():
        return "S"
    if char.isascii() and char.isalpha():
        return "L"
    if "\u4e00" <= char <= "\u9fff":
        return "H"
    return "X"


def _bucket(distance: int) -> str:
    if distance <= 2:
        return str(distance)
    if distance <= 4:
        return "3-4"
    if distance <= 8:
        return "5-8"
    return "9+"


def sentence_features(text: str, words: Sequence[tuple[int, str, str]]) -> list[list[str]]:
    """The features of every character of a sentence's ``text``; ``words`` are the segmenter's
    words inside it as (offset in ``text``, word, jieba tag or "")."""
    n = len(text)
    padded = "\x02\x02" + text + "\x03\x03"
    kinds = [_char_kind(c) for c in padded]
    features: list[list[str]] = []
    for i in range(n):
        c = padded[i + 2]
        features.append([
            "c=" + c, "c-1=" + padded[i + 1], "c+1=" + padded[i + 3], "c-2=" + padded[i], "c+2=" + padded[i + 4],
            "b-1=" + padded[i + 1 : i + 3], "b+1=" + padded[i + 2 : i + 4], "b-2=" + padded[i : i + 2], "b+2=" + padded[i + 3 : i + 5],
            "t0=" + padded[i + 1 : i + 4], "k=" + kinds[i + 2], "k3=" + kinds[i + 1] + kinds[i + 2] + kinds[i + 3],
        ])
    words = list(words)
    for index, (offset, word, tag) in enumerate(words):
        length = len(word)
        before = words[index - 1][1] if index else "\x02"
        after = words[index + 1][1] if index + 1 < len(words) else "\x03"
        long_word = "w=" + word if length >= 2 else None
        for j in range(length):
            i = offset + j
            if i >= n:
                break
            position = "S" if length == 1 else "B" if j == 0 else "E" if j == length - 1 else "M"
            row = features[i]
            row += ["wp=" + position, "t=" + tag, "wpt=" + position + tag]
            if position in "BS":
                row.append("w-1=" + before)
            if position in "ES":
                row.append("w+1=" + after)
            if long_word:
                row.append(long_word)
    lookups = _lookups()
    for name, lookup in lookups.items():
        if name[0] == "s":
            continue
        for start, end, _word in lookup.hits(text):
            for i in range(start, end):
                position = "S" if end - start == 1 else "B" if i == start else "E" if i == end - 1 else "M"
                features[i].append(f"{name}={position}")
        if name[0] == "h":
            # the nearest head of this type that starts at or after each character
            nearest = None
            starts = sorted(start for start, _end, _word in lookup.hits(text))
            k = len(starts) - 1
            for i in range(n - 1, -1, -1):
                while k >= 0 and starts[k] >= i:
                    nearest = starts[k]
                    k -= 1
                if nearest is not None and nearest > i and nearest - i <= 16:
                    features[i].append(f"n{name}={_bucket(nearest - i)}")
    quoted = False
    for i, c in enumerate(text):
        if c in "“「『":
            quoted = True
        elif c in "”」』":
            quoted = False
        elif quoted:
            features[i].append("inq")
    if features:
        features[0].append("BOS")
        features[-1].append("EOS")
    return features


def tags_for(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags of a sentence of ``length`` characters with ``spans`` (offsets in the sentence)."""
    tags = [OUTSIDE] * length
    for start, end, type_ in spans:
        tags[start] = "B-" + type_
        for i in range(start + 1, end):
            tags[i] = "I-" + type_
    return tags


def spans_of(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """The spans (start, end, type) of a BIO tag sequence (an I- without its B- starts a span)."""
    spans = []
    start, type_ = None, None
    for i, tag in enumerate([*tags, OUTSIDE]):
        if tag == OUTSIDE or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != type_):
            if start is not None:
                spans.append((start, i, type_))
                start, type_ = None, None
            if tag != OUTSIDE:
                start, type_ = i, tag[2:]
    return spans


def project_spans(text: str, names: Iterable[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Every occurrence of the ``(name, type)`` pairs in ``text`` as (start, end, type): longest
    names first, then by the order of :data:`TYPES`; a span overlapping one taken is dropped."""
    rank = {t: i for i, t in enumerate(TYPES)}
    ordered = sorted({(n, t) for n, t in names if n}, key=lambda nt: (-len(nt[0]), rank.get(nt[1], 99), nt[0]))
    taken = bytearray(len(text))
    spans = []
    for name, type_ in ordered:
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            spans.append((start, end, type_))
    return sorted(spans)


def sentence_words(lexicon, text: str) -> list[tuple[int, str, str]]:
    """The segmenter's words of a sentence as the extractors read them (``Lexicon.segment``), each
    as (offset, word, jieba tag or "")."""
    words, position = [], 0
    for word in lexicon.segment(text):
        start = text.find(word, position)
        if start < 0:
            continue
        words.append((start, word, lexicon.tag(word) or ""))
        position = start + len(word)
    return words


# -- the model ---------------------------------------------------------------------------------

#: Training parameters: L-BFGS with L1 and L2 (deterministic: no random order, fixed iterations).
TRAINING = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.minfreq": 2, "feature.possible_transitions": True}


def train(sequences: Iterable[tuple[list[list[str]], list[str]]], model_path: str, params: dict | None = None) -> None:
    """Train a CRF on (features, tags) sequences and write it to ``model_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({**TRAINING, **(params or {})})
    for features, tags in sequences:
        trainer.append(features, tags)
    trainer.train(model_path)


@dataclass
class TaggedSentence:
    """The tagger's best spans of one sentence and the marginals that score any other span."""

    tags: list[str]
    tagger: object  # pycrfsuite.Tagger, set to this sentence

    def spans(self) -> list[tuple[int, int, str]]:
        return spans_of(self.tags)


class SpanTagger:
    """A trained model: best spans, and the probability of any span."""

    def __init__(self, model_path: str):
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self.labels = frozenset(self.tagger.labels())

    def tag(self, features: list[list[str]]) -> list[str]:
        self.tagger.set(features)
        return self.tagger.tag()

    def marginal(self, tag: str, position: int) -> float:
        """After :meth:`tag`: the probability of ``tag`` at ``position``."""
        return self.tagger.marginal(tag, position) if tag in self.labels else 0.0

    def span_probability(self, start: int, end: int, type_: str, length: int) -> float:
        """After :meth:`tag`: the probability that [start, end) is one span of ``type_``, bounded
        by its weakest position (B at the start, I inside, no I right after)."""
        p = self.marginal("B-" + type_, start)
        inside = "I-" + type_
        for i in range(start + 1, end):
            p = min(p, self.marginal(inside, i))
        if end < length:
            p = min(p, 1.0 - self.marginal(inside, end))
        return p

    def type_coverage(self, start: int, end: int, type_: str) -> float:
        """After :meth:`tag`: the mean probability over the span that a character is in a span of ``type_``."""
        total = sum(self.marginal("B-" + type_, i) + self.marginal("I-" + type_, i) for i in range(start, end))
        return total / max(1, end - start)


@functools.cache
def not_followed_by() -> dict[str, tuple[str, ...]]:
    """type → the words after which a name of that type is no mention (the top-level
    ``not_followed_by`` of its pattern file: 政协 in 政协委员, 人大 in 人大代表), which the tagger's additions obey
    as the rules' candidates do."""
    return {type_: tuple(load_toml("patterns", filename).get("not_followed_by", ())) for type_, filename in _HEAD_FILES.items()}


def _nested(candidate, others) -> bool:
    """Whether ``candidate`` lies inside a longer one (久瑞生物 in 久瑞生物新厂房) or shares its span with one of
    another type (久瑞生物 as a company and as the project in a list of projects): the tagger is flat, its
    training spans are the longest and of one type, so it gives such a name no probability of its own and
    is no judge of it."""
    return any(o is not candidate and o.start <= candidate.start and candidate.end <= o.end
               and (o.end - o.start > candidate.end - candidate.start or o.type != candidate.type) for o in others)


def span_class(type_: str, text: str) -> str:
    """The class of a span the tagger adds: the class of the longest head word of its type that it
    ends with (the pattern files' head tables), else the type itself."""
    heads = head_words().get(type_, {})
    for length in range(min(len(text), max(map(len, heads), default=0)), 0, -1):
        cls = heads.get(text[-length:])
        if cls:
            return cls
    return type_


class LearnedSpans:
    """The pipeline component (``kg_spans``): in the report sentences that hold a trigger (a head
    word of a type it works on, or a gazetteer name of such a type), the CRF adds the spans it tags
    with probability ≥ ``add[type]`` that no candidate overlaps and no word of the type's
    ``not_followed_by`` follows (:func:`not_followed_by`), and drops the candidates of a type
    in ``veto`` whose span it gives a probability < ``veto[type]`` (unless they lie inside a longer
    candidate: :func:`_nested`). Added candidates get the rule
    ``learned.crf`` and a class from their head (:func:`span_class`)."""

    RULE = "learned.crf"

    def __init__(self, model_path, add: dict[str, float], veto: dict[str, float], triggers: Sequence[str],
                 window: Sequence[int] = ()):
        self.model_path = str(model_path)
        self.window = tuple(window)  # (before, after): tag only this many characters around each trigger
        self.add = dict(add)
        self.veto = dict(veto)
        self.trigger_names = tuple(triggers)
        self._tagger: SpanTagger | None = None

    @property
    def tagger(self) -> SpanTagger:
        if self._tagger is None:
            self._tagger = SpanTagger(self.model_path)
        return self._tagger

    @functools.cached_property
    def _trigger(self):
        words = [w for name in self.trigger_names for w in _lookups()[name].words]
        return ahocorasick_rs.AhoCorasick(words) if words else None

    def _windows(self, hits, length: int) -> list[tuple[int, int]]:
        """The stretches of a sentence to tag: all of it, or the configured window around each
        trigger, overlapping windows merged."""
        if not self.window:
            return [(0, length)]
        before, after = self.window
        windows: list[list[int]] = []
        for _i, hit_start, hit_end in sorted(hits, key=lambda h: h[1]):
            low, high = max(0, hit_start - before), min(length, hit_end + after)
            if windows and low <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], high)
            else:
                windows.append([low, high])
        return [(low, high) for low, high in windows]

    def __call__(self, doc, candidates: list) -> None:
        import bisect

        from kg.extractors.base import Candidate, report_sentences
        from kg.lexicon import load_lexicon

        if not (self.add or self.veto) or self._trigger is None:
            return
        lexicon = load_lexicon()
        ordered = sorted(range(len(candidates)), key=lambda i: candidates[i].start)
        starts = [candidates[i].start for i in ordered]
        vetoed: set[int] = set()
        added = []
        for sentence, sentence_text in report_sentences(doc):
            hits = self._trigger.find_matches_as_indexes(sentence_text)
            if not hits:
                continue
            sentence_words_ = sentence_words(lexicon, sentence_text)
            in_sentence = [ordered[k] for k in range(bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end))
                           if candidates[ordered[k]].end <= sentence.end]
            for low, high in self._windows(hits, len(sentence_text)):
                start, text = sentence.start + low, sentence_text[low:high]
                words = [(o - low, w, t) for o, w, t in sentence_words_ if o >= low and o + len(w) <= high]
                inside = [i for i in in_sentence if candidates[i].start >= start and candidates[i].end <= start + len(text)]
                tags = self.tagger.tag(sentence_features(text, words))
                n = len(text)
                for i in inside:
                    c = candidates[i]
                    if c.type in self.veto and not _nested(c, [candidates[j] for j in inside]) \
                            and self.tagger.span_probability(c.start - start, c.end - start, c.type, n) < self.veto[c.type]:
                        vetoed.add(i)
                for s, e, type_ in spans_of(tags):
                    if type_ not in self.add or text.startswith(not_followed_by()[type_], e) or any(candidates[i].start < start + e and start + s < candidates[i].end for i in in_sentence):
                        continue
                    if self.tagger.span_probability(s, e, type_, n) >= self.add[type_]:
                        name = text[s:e]
                        added.append(Candidate(start + s, start + e, type_, span_class(type_, name), name, self.RULE))
        if vetoed:
            candidates[:] = [c for i, c in enumerate(candidates) if i not in vetoed]
        candidates.extend(added)


__all__ = ["LearnedSpans", "OUTSIDE", "SpanTagger", "TYPES", "head_words", "project_spans", "sentence_features", "sentence_words", "span_class", "spans_of", "tags_for", "train"]
