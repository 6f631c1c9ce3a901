"""Projects: highways, railways, airports, roads, bridges, water and energy works, industrial parks
and plants, tourism and public facilities (head-noun grammar, ``patterns/projects.toml``)."""

from __future__ import annotations

from kg.extractors.base import Candidate, report_sentences
from kg.extractors.heads import HeadGrammar
from kg.lexicon import Lexicon
from kg.resources import load_toml


class ProjectExtractor:
    type = "Project"

    def __init__(self, lexicon: Lexicon, known_names=(), patterns: str = "projects.toml"):
        self.grammar = HeadGrammar(load_toml("patterns", patterns), self.type, lexicon, known_names)

    def __call__(self, doc) -> list[Candidate]:
        found = []
        for sentence, text in report_sentences(doc):
            found.extend(self.grammar.find(text, sentence.start, "projects"))
        return found
