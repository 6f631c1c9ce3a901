"""The glossary (名词解释): each entry defines a term; a defined programme gets its definition, the
quoted parts of a definition (“三送”指送政策、送温暖、送信心) become programmes that are part of it,
and a road abbreviation (教温指永定教育至温塘) becomes the road's two ends, which it connects
(``patterns/glossary.toml``)."""

from __future__ import annotations

import re

from kg.extractors.base import Candidate
from kg.extractors.programmes import ProgrammeExtractor
from kg.gazetteer import Gazetteer
from kg.resources import load_toml


class GlossaryExtractor:
    def __init__(self, programmes: ProgrammeExtractor, gazetteer: Gazetteer):
        self.programmes = programmes
        self.gazetteer = gazetteer
        config = load_toml("patterns", "glossary.toml")
        self.entry = re.compile(config["entry"], re.S)
        self.quoted_term = re.compile(config["quoted_term"])
        self.part = re.compile(config["part"])
        self.route = re.compile(config["route"])
        self.kinds_in_definition = config["kinds_in_definition"]
        self.counted_term = re.compile(config["counted_term"])
        self.slogan_item = re.compile(config["slogan_item"])

    def __call__(self, doc) -> list[Candidate]:
        found = []
        paragraphs = doc._.clean.paragraphs
        for index, _term in doc._.sections.glossary_entries:
            paragraph = paragraphs[index]
            if paragraph.duplicate_of is not None:
                continue
            text = doc._.clean.text[paragraph.start : paragraph.end]
            entry = self.entry.match(text)
            if entry:
                found.extend(self._entry(text, entry, paragraph.start))
                found.extend(self._routes(doc, text, entry, paragraph.start))
        return found

    def _entry(self, text: str, entry: re.Match, offset: int) -> list[Candidate]:
        term_start, term_end = entry.span("term")
        term = entry.group("term").strip()
        definition = entry.group("definition").strip()
        quoted = self.quoted_term.search(term)
        if quoted:  # 民营经济发展“六个一”
            term_start, term_end = term_start + quoted.start(1), term_start + quoted.end(1)
            term = quoted.group(1)
        cls = self.programmes.classify(term, "", "") or self._kind_from_definition(definition)
        if cls is None and self.counted_term.search(term):
            cls = "Slogan"  # 发展六仗: a term that counts its parts
        if cls is None:
            return []
        main = Candidate(offset + term_start, offset + term_end, "Programme", cls, term, "glossary.term")
        main.definition = definition.lstrip("指")
        found = [main]
        definition_offset = offset + entry.start("definition")
        for part in self.part.finditer(definition):
            name = part.group("part").strip()
            if name == term:  # 六个一指一榜一奖一中心、一册一办一平台: the items are the parts
                found.extend(self._slogan_items(part, definition_offset, main))
                continue
            part_cls = self.programmes.classify(name, "", "")
            if part_cls is None:
                continue
            candidate = Candidate(
                definition_offset + part.start("part"),
                definition_offset + part.end("part"),
                "Programme",
                part_cls,
                name,
                "glossary.part",
            )
            candidate.definition = part.group("items").strip()
            candidate.part_of = main
            found.append(candidate)
        return found

    def _slogan_items(self, part: re.Match, offset: int, main: Candidate) -> list[Candidate]:
        """The items of a definition that are numbered slogans themselves are parts of the term."""
        found = []
        for item in self.slogan_item.finditer(part.group("items")):
            name = item.group()
            if self.programmes.classify(name, "", "") != "Slogan":
                continue
            start = offset + part.start("items") + item.start()
            candidate = Candidate(start, start + len(name), "Programme", "Slogan", name, "glossary.part")
            candidate.part_of = main
            found.append(candidate)
        return found

    def _kind_from_definition(self, definition: str) -> str | None:
        tail = definition.rstrip("。")[-4:]
        return next((cls for word, cls in self.kinds_in_definition.items() if word in tail), None)

    def _routes(self, doc, text: str, entry: re.Match, offset: int) -> list[Candidate]:
        """教温指永定教育至温塘: the road named 教温 in the term, and the places at its two ends."""
        term_start, term_end = offset + entry.start("term"), offset + entry.end("term")
        roads = {
            doc._.clean.text[candidate.start : candidate.end]: candidate
            for candidate in doc._.kg_candidates or ()
            if candidate.type == "Project" and term_start <= candidate.start and candidate.end <= term_end
        }
        context = doc._.context.division_codes if doc._.context else ()
        definition_offset = offset + entry.start("definition")
        found = []
        for route in self.route.finditer(entry.group("definition")):
            road = roads.get(route.group("abbr"))
            if road is None:
                continue
            ends = [self._route_end(route, group, definition_offset, context) for group in ("origin", "destination")]
            if any(end is None for end in ends) or [end.label[0] for end in ends] != list(route.group("abbr")):
                continue
            start = definition_offset + route.start("abbr")
            mention = Candidate(start, start + 2, "Project", road.cls, road.label, "glossary.route", key=road.key)
            mention.connects = tuple(ends)
            found.extend([mention, *ends])
        return found

    def _route_end(self, route: re.Match, group: str, offset: int, context) -> Candidate | None:
        """One end of a road: the name after the division that prefixes it (慈利三合 → 三合),
        without a bracketed note (温塘（茅岩河） → 温塘)."""
        start, end = route.span(group)
        text = route.group(group)
        for length in range(min(len(text) - 2, 8), 1, -1):
            if self.gazetteer.disambiguate(self.gazetteer.lookup(text[:length]), context):
                start, text = start + length, text[length:]
                break
        return Candidate(offset + start, offset + end, "Place", "Place", text, "glossary.route")
