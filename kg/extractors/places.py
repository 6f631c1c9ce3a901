"""Places: administrative divisions from the gazetteer (full names and short forms, disambiguated
by the report's own province and city), named regions, rivers and scenic areas, and the towns,
villages, scenic areas, rivers and regions that only their last word reveals
(``patterns/places.toml``)."""

from __future__ import annotations

from kg.extractors.base import Candidate, report_sentences
from kg.extractors.heads import HeadGrammar
from kg.gazetteer import Gazetteer
from kg.lexicon import Lexicon
from kg.resources import load_toml


class PlaceExtractor:
    type = "Place"

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer):
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.surfaces: dict[str, list[tuple[str, str]]] = {}
        for surface, kind, key in gazetteer.surfaces():
            self.surfaces.setdefault(surface, []).append((kind, key))
        self.longest = max(map(len, self.surfaces), default=0)
        self.named = {place.name: place for place in gazetteer.named_places}
        self.morphology = HeadGrammar(load_toml("patterns", "places.toml"), self.type, lexicon, self.surfaces)

    def __call__(self, doc) -> list[Candidate]:
        context = doc._.context.division_codes
        found = []
        for sentence, text in report_sentences(doc):
            found.extend(self.find_known(text, sentence.start, context))
            found.extend(self.morphology.find(text, sentence.start, "places"))
        return found

    def find_known(self, text: str, offset: int, context: tuple[str, ...]) -> list[Candidate]:
        """Gazetteer names in ``text``, longest match first. A short form (慈利 for 慈利县) counts
        only where the segmenter puts word boundaries around it, so that 杂多 does not match
        inside 复杂多变."""
        found = []
        boundaries: set[int] | None = None
        i = 0
        while i < len(text):
            for length in range(min(self.longest, len(text) - i), 1, -1):
                surface = text[i : i + length]
                entries = self.surfaces.get(surface)
                if entries:
                    candidate = self._resolve(surface, entries, context, offset + i)
                    if candidate and candidate.attrs.get("code") and surface != candidate.label:
                        if boundaries is None:
                            boundaries = self._boundaries(text)
                        if i not in boundaries or i + length not in boundaries:
                            candidate = None
                    if candidate:
                        found.append(candidate)
                        i += length - 1
                        break
            i += 1
        return found

    def _boundaries(self, text: str) -> set[int]:
        positions, position = {0}, 0
        for word in self.lexicon.segment(text):
            position += len(word)
            positions.add(position)
        return positions

    def _resolve(self, surface: str, entries, context, start: int) -> Candidate | None:
        named = [key for kind, key in entries if kind == "named"]
        if named:
            place = self.named[named[0]]
            return Candidate(start, start + len(surface), self.type, place.cls, place.name, "places.gazetteer")
        divisions = [self.gazetteer.by_code(key) for kind, key in entries if kind == "division"]
        division = self.gazetteer.disambiguate([d for d in divisions if d], context)
        if division is None:
            return None
        return Candidate(
            start,
            start + len(surface),
            self.type,
            division.ontology_class,
            division.name,
            "places.gazetteer",
            key=division.code,
            attrs={"code": division.code},
        )
