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


class Triggered:
    """A compiled pattern tried on a whole text only when the text holds one of its trigger
    characters. It answers ``finditer``, ``search``, ``match`` and ``fullmatch`` as the pattern
    does (a call with bounds goes straight to the pattern: its scan would cost more than the
    search it saves) and passes every other attribute through."""

    __slots__ = ("pattern_object", "trigger")

    def __init__(self, pattern: re.Pattern, trigger: re.Pattern):
        self.pattern_object = pattern
        self.trigger = trigger

    def __getattr__(self, name):
        if name.startswith("__") or name in Triggered.__slots__:  # copying, pickling: not the pattern's
            raise AttributeError(name)
        return getattr(self.pattern_object, name)

    def finditer(self, text: str, *bounds):
        if not bounds and self.trigger.search(text) is None:
            return iter(())
        return self.pattern_object.finditer(text, *bounds)

    def search(self, text: str, *bounds):
        if not bounds and self.trigger.search(text) is None:
            return None
        return self.pattern_object.search(text, *bounds)

    def match(self, text: str, *bounds):
        if not bounds and self.trigger.search(text) is None:
            return None
        return self.pattern_object.match(text, *bounds)

    def fullmatch(self, text: str, *bounds):
        if not bounds and self.trigger.search(text) is None:
            return None
        return self.pattern_object.fullmatch(text, *bounds)


def triggered(pattern: re.Pattern | None) -> Triggered | re.Pattern | None:
    """``pattern`` behind its trigger characters (see :class:`Triggered`); the pattern itself when
    it has none."""
    if pattern is None or isinstance(pattern, Triggered):
        return pattern
    trigger = trigger_class(pattern)
    return pattern if trigger is None else Triggered(pattern, trigger)


def trigger_rules(owner, *names: str) -> None:
    """Put the patterns ``owner`` keeps under ``names`` behind their trigger characters: each
    name an attribute holding a pattern (or None), or a list of tuples whose first item is one."""
    for name in names:
        value = getattr(owner, name)
        if isinstance(value, list):
            setattr(owner, name, [(triggered(first), *rest) for first, *rest in value])
        else:
            setattr(owner, name, triggered(value))
