"""Trigger characters of a regular expression: a set of characters one of which stands in every
text the expression matches in. A rule from the pattern files is tried on a sentence only when
the sentence holds one of them (one scan of a character class, done in C), instead of the rule's
pattern being tried at every position of every sentence.

The triggers are read from the parsed pattern itself (``re._parser``), so they follow the data:
a literal is its own trigger, a class its characters, an alternation the union of its branches,
a sequence its most selective part; a part that may be absent (``?``, ``*``, ``{0,n}``), a
negated class, ``.`` or a negative lookaround gives no trigger. A positive lookaround's
characters stand in the searched text too, so they count. Case-insensitive patterns have none."""

from __future__ import annotations

import re

import ahocorasick_rs

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# A class part counted as this many characters when choosing the most selective part of a
# sequence (digits, spaces: many characters, and frequent ones).
_CATEGORY_SIZE = {_c.CATEGORY_DIGIT: 100, _c.CATEGORY_SPACE: 100}
_CATEGORY_CLASS = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}
_REPEATS = tuple(op for op in (getattr(_c, "MAX_REPEAT", None), getattr(_c, "MIN_REPEAT", None),
                               getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None)


class _Set:
    """Characters (code points), ranges and categories: what a character class may hold."""

    __slots__ = ("chars", "ranges", "categories")

    def __init__(self, chars=(), ranges=(), categories=()):
        self.chars = frozenset(chars)
        self.ranges = frozenset(ranges)
        self.categories = frozenset(categories)

    def size(self) -> int:
        return len(self.chars) + sum(high - low + 1 for low, high in self.ranges) + sum(_CATEGORY_SIZE[c] for c in self.categories)

    def __or__(self, other: _Set) -> _Set:
        return _Set(self.chars | other.chars, self.ranges | other.ranges, self.categories | other.categories)

    def within(self, other: _Set) -> bool:
        return self.chars <= other.chars and self.ranges <= other.ranges and self.categories <= other.categories

    def pattern(self) -> str:
        parts = [re.escape(chr(c)) for c in sorted(self.chars)]
        parts += [f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in sorted(self.ranges)]
        parts += [_CATEGORY_CLASS[c] for c in sorted(self.categories, key=str)]
        return "[" + "".join(parts) + "]"


def _in(items) -> _Set | None:
    chars, ranges, categories = set(), set(), set()
    for op, av in items:
        if op == _c.LITERAL:
            chars.add(av)
        elif op == _c.RANGE:
            ranges.add(av)
        elif op == _c.CATEGORY and av in _CATEGORY_CLASS:
            categories.add(av)
        else:  # a negation, \w, \S, …: (almost) any character
            return None
    return _Set(chars, ranges, categories)


def _options(op, av) -> list[_Set]:
    """The character sets of which any one holds a character of every match of ``op``."""
    if op == _c.LITERAL:
        return [_Set((av,))]
    if op == _c.IN:
        found = _in(av)
        return [found] if found is not None else []
    if op == _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return [] if add_flags & re.IGNORECASE else _sequence(sub)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else []
    if op == getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op == _c.ASSERT:  # a positive lookaround reads the searched text too
        _direction, sub = av
        return _sequence(sub)
    if op == _c.BRANCH:
        _none, branches = av
        union: _Set | None = None
        for branch in branches:
            options = _sequence(branch)
            if not options:
                return []
            # a branch whose option is already in the union adds nothing to it
            chosen = next((o for o in options if union is not None and o.within(union)), None)
            chosen = chosen or min(options, key=_Set.size)
            union = chosen if union is None else union | chosen
        return [union] if union is not None else []
    return []  # ., a negative lookaround, an anchor, a back reference: no trigger


def _sequence(items) -> list[_Set]:
    return [option for op, av in items for option in _options(op, av)]


def trigger_class(pattern: re.Pattern) -> re.Pattern | None:
    """A character class of which every text ``pattern`` matches in holds a character (None if
    the pattern has no such set, or may match the empty string)."""
    if pattern.flags & re.IGNORECASE:
        return None
    options = _sequence(_p.parse(pattern.pattern, pattern.flags))
    if not options:
        return None
    return re.compile(min(options, key=_Set.size).pattern())


def _word_options(items) -> list[frozenset[str]]:
    """Sets of words (two characters or more) of which any one set has a word in every text the
    sequence ``items`` matches in: a run of literals is a word; a group, a repeat that must occur,
    an atomic group and a positive lookaround give their content's sets; an alternation gives the
    union of its branches' best sets (none when a branch has none)."""
    options: list[frozenset[str]] = []
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 2:
            options.append(frozenset({"".join(map(chr, run))}))
        run.clear()

    for op, av in items:
        if op == _c.LITERAL:
            run.append(av)
            continue
        flush()  # anything else breaks a run of literals
        if op == _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                options.extend(_word_options(sub))
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                options.extend(_word_options(sub))
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            options.extend(_word_options(av))
        elif op == _c.ASSERT:  # a positive lookaround reads the searched text too
            options.extend(_word_options(av[1]))
        elif op == _c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                best = _best_words(_word_options(branch))
                if best is None:
                    break
                union |= best
            else:
                options.append(frozenset(union))
    flush()
    return options


def _best_words(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set: the longest shortest word, then the fewest words."""
    return max(options, key=lambda words: (min(map(len, words)), -len(words), sorted(words))) if options else None


def trigger_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Words (two characters or more) of which every text ``pattern`` matches in holds one (None
    if the pattern has no such set, or is case-insensitive)."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _best_words(_word_options(_p.parse(pattern.pattern, pattern.flags)))


class Triggered:
    """A compiled pattern tried on a whole text only when the text holds one of its trigger
    characters; and, when the regex engine cannot scan for where a match may start by itself,
    tried only at the positions of the characters a match starts with (``start``). It answers
    ``finditer``, ``search``, ``match`` and ``fullmatch`` as the pattern does (a call with bounds
    goes straight to the pattern: a scan of the whole text would cost more than it saves) and
    passes every other attribute through. A text that holds the trigger characters but none of
    the pattern's trigger words (:func:`trigger_words`, when it has some) is skipped too."""

    __slots__ = ("pattern_object", "trigger", "start", "words", "word_set")

    def __init__(self, pattern: re.Pattern, trigger: re.Pattern | None, start: re.Pattern | None = None,
                 words: frozenset[str] | None = None):
        self.pattern_object = pattern
        self.trigger = trigger
        self.start = start
        # the trigger words (trigger_words), checked once the trigger characters are found: a rule
        # whose characters are common (建, 开) but whose words are rare (开工建设) is then skipped
        self.words = ahocorasick_rs.AhoCorasick(sorted(words)) if words else None
        self.word_set = frozenset(words) if words else None

    def __getattr__(self, name):
        if name.startswith("__") or name in Triggered.__slots__:  # copying, pickling: not the pattern's
            raise AttributeError(name)
        return getattr(self.pattern_object, name)

    def _absent(self, text: str) -> bool:
        return (self.trigger is not None and self.trigger.search(text) is None) or (
            self.words is not None and not self.words.find_matches_as_indexes(text))

    def finditer(self, text: str, *bounds):
        if bounds:
            return self.pattern_object.finditer(text, *bounds)
        trigger = self.trigger  # _absent, inline: finditer runs some 25 times per sentence
        if trigger is not None and trigger.search(text) is None:
            return iter(())
        if self.words is not None and not self.words.find_matches_as_indexes(text):
            return iter(())
        if self.start is None:
            return self.pattern_object.finditer(text)
        return self._from_starts(text)

    def _from_starts(self, text: str):
        """``finditer`` of a pattern that never matches the empty string: the pattern tried at each
        position holding a character a match may start with, the scan going on after a match."""
        search, match = self.start.search, self.pattern_object.match
        position = 0
        while True:
            candidate = search(text, position)
            if candidate is None:
                return
            at = candidate.start()
            found = match(text, at)
            if found is None:
                position = at + 1
            else:
                yield found
                position = found.end()

    def search(self, text: str, *bounds):
        if not bounds and self._absent(text):
            return None
        return self.pattern_object.search(text, *bounds)

    def match(self, text: str, *bounds):
        if not bounds and self._absent(text):
            return None
        return self.pattern_object.match(text, *bounds)

    def fullmatch(self, text: str, *bounds):
        if not bounds and self._absent(text):
            return None
        return self.pattern_object.fullmatch(text, *bounds)


def triggered(pattern: re.Pattern | None) -> Triggered | re.Pattern | None:
    """``pattern`` behind its trigger characters and its start scan (see :class:`Triggered`); the
    pattern itself when it has neither."""
    if pattern is None or isinstance(pattern, Triggered):
        return pattern
    trigger, start = trigger_class(pattern), _start_scan(pattern)
    return pattern if trigger is None and start is None else Triggered(pattern, trigger, start, trigger_words(pattern))


def any_trigger(patterns) -> re.Pattern | None:
    """One character class, the union of the trigger classes of ``patterns``: a text that holds
    none of its characters is one where no pattern matches (one search where each pattern would
    make its own). None when one of the patterns has no trigger class (it may match anywhere)."""
    parts = []
    for pattern in patterns:
        trigger = pattern.trigger if isinstance(pattern, Triggered) else trigger_class(pattern)
        if trigger is None:
            return None
        parts.append(trigger.pattern[1:-1])  # a class of trigger_class: "[...]"
    return re.compile("[" + "".join(parts) + "]") if parts else None


def any_trigger_words(patterns):
    """One automaton of the union of the trigger words (:func:`trigger_words`) of ``patterns``,
    each a :class:`Triggered` with such words: a text that holds none of them is one where no
    pattern's ``finditer`` (without bounds) finds a match, since each would find none of its own
    words and stop there. None when one of the patterns has no trigger words."""
    words: set[str] = set()
    for pattern in patterns:
        if not isinstance(pattern, Triggered) or pattern.words is None:
            return None
        words |= pattern.word_set
    return ahocorasick_rs.AhoCorasick(sorted(words)) if words else None


def trigger_rules(owner, *names: str) -> None:
    """Put the patterns ``owner`` keeps under ``names`` behind their trigger characters: each
    name an attribute holding a pattern (or None), or a list of tuples whose first item is one."""
    for name in names:
        value = getattr(owner, name)
        if isinstance(value, list):
            setattr(owner, name, [(triggered(first), *rest) for first, *rest in value])
        else:
            setattr(owner, name, triggered(value))


def _first(items) -> tuple[set, set, set, bool] | None:
    """(characters, ranges, categories, may be empty) of what a match of ``items`` may start
    with; None when that cannot be told (a negated class, ``.``, a back reference)."""
    chars: set = set()
    ranges: set = set()
    categories: set = set()
    for op, av in items:
        if op == _c.LITERAL:
            chars.add(av)
            return chars, ranges, categories, False
        if op == _c.IN:
            found = _in(av)
            if found is None:
                return None
            chars |= found.chars
            ranges |= found.ranges
            categories |= found.categories
            return chars, ranges, categories, False
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # consumes nothing
        if op == _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                return None
            inner = [_first(sub)]
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            inner = [_first(av)]
        elif op in _REPEATS:
            low, _high, sub = av
            found = _first(sub)
            inner = [None if found is None else (*found[:3], found[3] or low == 0)]
        elif op == _c.BRANCH:
            inner = [_first(branch) for branch in av[1]]
        else:
            return None
        if any(found is None for found in inner):
            return None
        empty = False
        for found in inner:
            chars |= found[0]
            ranges |= found[1]
            categories |= found[2]
            empty = empty or found[3]
        if not empty:
            return chars, ranges, categories, False
    return chars, ranges, categories, True


def start_class(pattern: re.Pattern) -> re.Pattern | None:
    """A character class holding the first character of every match of ``pattern`` (None if the
    pattern may match the empty string, or its first characters cannot be told)."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _first(_p.parse(pattern.pattern, pattern.flags))
    if found is None or found[3]:
        return None
    return re.compile(_Set(*found[:3]).pattern())


#: A start class of at most this many characters is worth a scan of its own: larger ones stand
#: at too many positions (digits counted as ten characters, spaces as too many).
_START_SCAN_MAX = 32
_START_CATEGORY_SIZE = {_c.CATEGORY_DIGIT: 10, _c.CATEGORY_SPACE: _START_SCAN_MAX + 1}


def _engine_scans(items) -> bool:
    """Whether the regex engine finds where a match may start by itself: the pattern (past its
    groups) begins with a literal, a class, or an alternation whose branches all begin with a
    literal (what ``re._compiler`` turns into a prefix or a character set to scan for)."""
    while items and items[0][0] == _c.SUBPATTERN:
        items = items[0][1][3]
    if not items:
        return False
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    return op == _c.BRANCH and all(branch and branch[0][0] == _c.LITERAL for branch in av[1])


def _start_scan(pattern: re.Pattern) -> re.Pattern | None:
    """The class to scan for where ``pattern`` may match (see :class:`Triggered`): only when the
    engine cannot scan by itself and the class is small."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = _p.parse(pattern.pattern, pattern.flags)
    if _engine_scans(list(parsed)):
        return None
    found = _first(parsed)
    if found is None or found[3]:
        return None
    chars, ranges, categories, _empty = found
    size = len(chars) + sum(high - low + 1 for low, high in ranges) + sum(_START_CATEGORY_SIZE[c] for c in categories)
    return re.compile(_Set(chars, ranges, categories).pattern()) if size <= _START_SCAN_MAX else None


class WordAlternation:
    """``re.compile`` of an alternation of words, longest first (at each position the longest word
    that stands there): ``finditer`` by a leftmost-longest automaton, each hit made the pattern's
    match at its start (the same match, as the longest word there is the one the pattern takes);
    every other attribute is the pattern's."""

    __slots__ = ("pattern_object", "_automaton")

    def __init__(self, words) -> None:
        words = sorted(set(words), key=lambda word: (-len(word), word))
        self.pattern_object = re.compile("|".join(map(re.escape, words)))
        # an empty word matches everywhere: only the pattern does that as the pattern does
        self._automaton = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) \
            if words and "" not in words else None

    def __getattr__(self, name):
        if name.startswith("__") or name in WordAlternation.__slots__:
            raise AttributeError(name)
        return getattr(self.pattern_object, name)

    def finditer(self, text: str, *bounds):
        if bounds or self._automaton is None:
            return self.pattern_object.finditer(text, *bounds)
        match = self.pattern_object.match
        return (match(text, start) for _index, start, _end in self._automaton.find_matches_as_indexes(text))
