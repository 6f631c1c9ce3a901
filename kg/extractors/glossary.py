"""The glossary (名词解释): each entry defines a term; a defined programme gets its definition, and
the quoted parts of a definition (“三送”指送政策、送温暖、送信心) become programmes that are part of it."""

from __future__ import annotations

import re

from kg.extractors.base import Candidate
from kg.extractors.programmes import ProgrammeExtractor

_ENTRY = re.compile(r"^\s*\d{1,2}[.．、]\s*(?P<term>[^：]{1,40})：\s*(?P<definition>.+)$", re.S)
_QUOTED_TERM = re.compile(r"“([^“”]{1,12})”")
_PART = re.compile(r"(?:^|[，；])“?(?P<part>[^“”，；。]{2,8}?)”?指(?P<items>[^“”。；]+)")
_KIND_IN_DEFINITION = {"活动": "Campaign", "行动": "Campaign", "工程": "Campaign", "模式": "InstitutionalSystem",
                       "制度": "InstitutionalSystem", "机制": "InstitutionalSystem", "改革": "Reform"}


class GlossaryExtractor:
    def __init__(self, programmes: ProgrammeExtractor):
        self.programmes = programmes

    def __call__(self, doc) -> list[Candidate]:
        found = []
        paragraphs = doc._.clean.paragraphs
        for index, _term in doc._.sections.glossary_entries:
            paragraph = paragraphs[index]
            if paragraph.duplicate_of is not None:
                continue
            text = doc._.clean.text[paragraph.start : paragraph.end]
            entry = _ENTRY.match(text)
            if entry:
                found.extend(self._entry(text, entry, paragraph.start))
        return found

    def _entry(self, text: str, entry: re.Match, offset: int) -> list[Candidate]:
        term_start, term_end = entry.span("term")
        term = entry.group("term").strip()
        definition = entry.group("definition").strip()
        quoted = _QUOTED_TERM.search(term)
        if quoted:  # 民营经济发展“六个一”
            term_start, term_end = term_start + quoted.start(1), term_start + quoted.end(1)
            term = quoted.group(1)
        cls = self.programmes.classify(term, "", "") or self._kind_from_definition(definition)
        if cls is None:
            return []
        main = Candidate(offset + term_start, offset + term_end, "Programme", cls, term, "glossary.term")
        main.attrs["definition"] = definition.lstrip("指")
        found = [main]
        definition_offset = offset + entry.start("definition")
        for part in _PART.finditer(definition):
            name = part.group("part").strip()
            part_cls = self.programmes.classify(name, "", "")
            if name == term or part_cls is None:
                continue
            candidate = Candidate(
                definition_offset + part.start("part"),
                definition_offset + part.end("part"),
                "Programme",
                part_cls,
                name,
                "glossary.part",
            )
            candidate.attrs["definition"] = part.group("items").strip()
            candidate.attrs["part_of"] = main
            found.append(candidate)
        return found

    @staticmethod
    def _kind_from_definition(definition: str) -> str | None:
        tail = definition.rstrip("。")[-4:]
        return next((cls for word, cls in _KIND_IN_DEFINITION.items() if word in tail), None)
