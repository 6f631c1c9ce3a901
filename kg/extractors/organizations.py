"""Organisations: government bodies and enterprises (``patterns/organizations.toml``).

Reports name their own city's bodies without the city (市商务局); the label gets the city name so
that the same body in different reports is one node and 市商务局 of two cities are two."""

from __future__ import annotations

from kg.extractors.base import Candidate, chunk_start, report_sentences
from kg.extractors.heads import HeadGrammar
from kg.lexicon import Lexicon
from kg.resources import load_toml


class OrganizationExtractor:
    type = "Organization"

    def __init__(self, lexicon: Lexicon, known_names=()):
        config = load_toml("patterns", "organizations.toml")
        self.grammar = HeadGrammar(config, self.type, lexicon, known_names)
        self.local_prefixes = tuple(config["local_prefixes"])
        self.heads = tuple(sorted(self.grammar.heads, key=len, reverse=True))

    def __call__(self, doc) -> list[Candidate]:
        city = doc._.context.city or ""
        found = []
        for sentence, text in report_sentences(doc):
            found.extend(self.grammar.find(text, sentence.start, "organizations"))
            found.extend(self._local_bodies(text, sentence.start, city))
        return found

    def _local_bodies(self, text: str, offset: int, city: str) -> list[Candidate]:
        """市总工会, 市商务局: a level prefix, a few characters and a government head."""
        found = []
        for match in self.grammar.head_pattern.finditer(text):
            head = self.grammar.heads[match.group()]
            if head.cls != "GovernmentBody":
                continue
            start = chunk_start(text, match.start())
            phrase = text[start : match.end()]
            for i, ch in enumerate(phrase[: -len(head.surface)]):
                if ch in self.local_prefixes and (i == 0 or phrase[i - 1] in "、和及与"):
                    name = phrase[i:]
                    if 2 <= len(name) <= 10:
                        label = (city[:-1] if city.endswith(ch) else city) + name if city else name
                        found.append(
                            Candidate(
                                start=offset + start + i,
                                end=offset + match.end(),
                                type=self.type,
                                cls=head.cls,
                                label=label,
                                rule="organizations.local",
                            )
                        )
                    break
        return found
