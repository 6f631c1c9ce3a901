"""Programmes: campaigns, reforms, strategies, institutional systems, slogans and policies
(``patterns/programmes.toml``).

Most programme names are quoted (“铁腕治旅”); whether a quoted phrase is a programme follows from
its form (numbered slogans such as 三送三解三优, names ending in 制 or 改革) or its context (a verb
such as 推进 before it, a kind such as 行动 after it). OCR often replaces the quotation marks by
spaces (持续推进 铁腕治旅，): a phrase set off by a space is read like a quoted one. Systems like
河长制 and names ending in their kind (就业优先战略) are found without quotes too.
"""

from __future__ import annotations

import re

from kg.extractors.base import Candidate, report_sentences
from kg.extractors.heads import HeadGrammar
from kg.lexicon import Lexicon
from kg.resources import load_toml

_QUOTED = re.compile(r"“([^“”\n]{1,30})”|‘([^‘’\n]{1,30})’|\"([^\"\n]{1,30})\"")
_SPACED = re.compile(r"[^\s，。、；：！？（）“”‘’《》]+")
_NAME_CHARS = re.compile(r"^[\u3400-\u9fffA-Za-z0-9+、·]+$")
_CJK = re.compile(r"[\u3400-\u9fff]")


class ProgrammeExtractor:
    type = "Programme"

    def __init__(self, lexicon: Lexicon, known_names=()):
        config = load_toml("patterns", "programmes.toml")
        self.numbered = re.compile(config["numbered"])
        self.not_numbered = [re.compile(p) for p in config["not_numbered"]]
        self.following = sorted(config["following"].items(), key=lambda kv: -len(kv[0]))
        self.endings = sorted(config["ending"].items(), key=lambda kv: -len(kv[0]))
        self.kind_words = frozenset(config["following"]) | frozenset(config["ending"])
        self.verbs = tuple(config["preceding"]["verbs"])
        self.honours = tuple(config["preceding"]["honours"])
        quoted = config["quoted"]
        self.min_chars, self.max_chars = quoted["min_chars"], quoted["max_chars"]
        self.reject_endings = tuple(quoted["reject_endings"])
        self.reject_following = tuple(quoted["reject_following"])
        unquoted = config["unquoted"]
        self.systems = re.compile(unquoted["systems"])
        self.grammar = HeadGrammar(unquoted, self.type, lexicon, known_names)

    def __call__(self, doc) -> list[Candidate]:
        found = []
        for sentence, text in report_sentences(doc):
            found.extend(self.find(text, sentence.start))
        return found

    def find(self, text: str, offset: int) -> list[Candidate]:
        found = []
        for match in _QUOTED.finditer(text):
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            found.extend(self._phrase(text, match.start(group), match.end(group), offset, "programmes.quoted"))
        for match in _SPACED.finditer(text):
            start, end = match.span()
            spaced_before = start > 0 and text[start - 1] == " "
            spaced_after = end < len(text) and text[end] == " "
            if spaced_before or spaced_after:
                found.extend(self._phrase(text, start, end, offset, "programmes.spaced", need_kind=not spaced_before))
        for match in self.systems.finditer(text):
            found.append(self._candidate(text, match.start(), match.end(), offset, "InstitutionalSystem", "programmes.system"))
        found.extend(self.grammar.find(text, offset, "programmes"))
        return found

    def classify(self, name: str, before: str, after: str, need_kind: bool = False) -> str | None:
        """The programme class of a set-off phrase, or None when it is not a programme.
        ``need_kind``: only a kind word after the phrase (…改革) can make it one."""
        if not (self.min_chars <= len(name) <= self.max_chars) or not _NAME_CHARS.match(name):
            return None
        if name in self.kind_words:
            return None  # “机制”, “专项行动”: a kind of programme, not one
        if not _CJK.search(name) or before[-1:].isdigit():
            return None  # 4830 万人次: a quantity, not a name
        if before.endswith(self.honours) or after.startswith(self.reject_following):
            return None
        numbered = bool(self.numbered.match(name)) and not any(p.search(name) for p in self.not_numbered)
        if need_kind and not numbered:
            kind = next((cls for word, cls in self.following if after.startswith(word)), None)
            return kind if kind and kind != "Slogan" else None
        if name.endswith(self.reject_endings) and not numbered:
            return None
        following = next((cls for word, cls in self.following if after.startswith(word)), None)
        ending = next((cls for word, cls in self.endings if name.endswith(word) and len(name) > len(word)), None)
        if following and not (following == "Slogan" and not numbered):
            return following
        if ending:
            return ending
        if numbered:
            return "Slogan"
        if before.endswith(self.verbs) and not name.isascii():
            return "Campaign"
        return None

    def _phrase(self, text: str, start: int, end: int, offset: int, rule: str, need_kind: bool = False) -> list[Candidate]:
        name = text[start:end].strip()
        before = text[max(0, start - 8) : start].rstrip(" “‘\"")
        after = text[end : end + 6].lstrip(" ”’\"")
        cls = self.classify(name, before, after, need_kind)
        if cls is None:
            return []
        return [self._candidate(text, start, end, offset, cls, rule)]

    def _candidate(self, text: str, start: int, end: int, offset: int, cls: str, rule: str) -> Candidate:
        return Candidate(offset + start, offset + end, self.type, cls, text[start:end], rule)
