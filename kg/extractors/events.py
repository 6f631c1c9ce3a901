"""Events: conferences, festivals, sports events and exhibitions (``patterns/events.toml``).

The same festival held again is one event: ordinals (首届, 第二届) stay in the mention but not in
the canonical label."""

from __future__ import annotations

import re

from kg.extractors.base import Candidate, report_sentences
from kg.extractors.heads import HeadGrammar
from kg.lexicon import Lexicon
from kg.resources import load_toml


class EventExtractor:
    type = "Event"

    def __init__(self, lexicon: Lexicon, known_names=()):
        config = load_toml("patterns", "events.toml")
        self.grammar = HeadGrammar(config, self.type, lexicon, known_names)
        self.ordinal = re.compile(config["ordinal"])
        self.ordinal_before = re.compile(config["ordinal_before"])

    def __call__(self, doc) -> list[Candidate]:
        found = []
        for sentence, text in report_sentences(doc):
            for candidate in self.grammar.find(text, sentence.start, "events"):
                ordinal = self.ordinal_before.search(text, 0, candidate.start - sentence.start)
                if ordinal:
                    candidate.start = sentence.start + ordinal.start()
                label = self.ordinal.sub("", candidate.label)
                if len(label) > len(candidate.label) - len(label) and label not in self.grammar.exclude:
                    candidate.label = label
                    found.append(candidate)
        return found
