"""Organisations: government bodies and enterprises (``patterns/organizations.toml``).

Reports name their own city's bodies without the city (市商务局); the label gets the city name so
that the same body in different reports is one node and 市商务局 of two cities are two. Bodies
named by level alone (省委, 市人大, 政协) get the full name of the report's own province, city or
county; central bodies (国务院, 水利部, 国务院安委会) come from ``gazetteer/national_bodies.tsv`` and
well-known enterprises (携程, 希尔顿) from ``gazetteer/companies.tsv``. A project named after its
company (久瑞生物新厂房, 华新水泥厂) names the company too: a trade name and an industry word."""

from __future__ import annotations

import re

from kg.extractors.base import Candidate, Surfaces, chunk_start, longest_matches, report_sentences
from kg.extractors.heads import HeadGrammar
from kg.gazetteer import load_companies, load_gazetteer, load_national_bodies
from kg.lexicon import Lexicon
from kg.resources import load_toml


class OrganizationExtractor:
    type = "Organization"

    def __init__(self, lexicon: Lexicon, known_names=()):
        config = load_toml("patterns", "organizations.toml")
        self.grammar = HeadGrammar(config, self.type, lexicon, known_names)
        self.local_prefixes = tuple(config["local_prefixes"])
        self.heads = tuple(sorted(self.grammar.heads, key=len, reverse=True))
        self.lexicon = lexicon
        self.not_followed_by = tuple(config["not_followed_by"])
        self.level_bodies = config["level_bodies"]
        self.session_before = tuple(config["session_before"])
        self.session_after = re.compile(config["session_after"])
        self.committee_prefix = config["own_full_names"]["committee_prefix"]
        self.known_names = frozenset(known_names)
        company = config["company_in_project"]
        self.not_trade_names = frozenset(company["not_trade_names"]) | self.lexicon.generic
        self.company_name = re.compile(
            f"(?P<trade>[\u4e00-\u9fff]{{2,{company['max_trade_name_chars']}}}?)"
            f"(?P<industry>{'|'.join(sorted(company['industries'], key=len, reverse=True))})"
        )

    def __call__(self, doc) -> list[Candidate]:
        city = doc._.context.city or ""
        named = self._named_bodies(doc._.context)
        surfaces = Surfaces(named)
        found = []
        for sentence, text in report_sentences(doc):
            found.extend(self.grammar.find(text, sentence.start, "organizations"))
            found.extend(self._local_bodies(text, sentence.start, city))
            found.extend(self._bodies_by_name(text, sentence.start, named, surfaces))
        found.extend(self._companies_in_projects(doc))
        return found

    def _named_bodies(self, context) -> dict[str, str]:
        """Surface → label of the bodies a report names without a place: central bodies, and
        省委, 市人大 … for the levels of the report's own divisions."""
        own = load_gazetteer().own_divisions(context.division_codes if context else ())
        names = {level: division.name for level, division in own.items()}
        names["own"] = next((names[level] for level in ("county", "prefecture", "province") if level in names), None)
        named = {surface: (name, "Enterprise") for surface, name in load_companies().items()}
        named |= {surface: (name, "GovernmentBody") for surface, name in load_national_bodies().items()}
        for surface, template in self.level_bodies.items():
            field = template[template.index("{") + 1 : template.index("}")]
            if names.get(field):
                named[surface] = (template.replace("{" + field + "}", names[field]), "GovernmentBody")
        return named | self._full_names(named)

    def _full_names(self, named: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
        """The own bodies by their full names (中共无锡市委, 无锡市人民政府), and a Party committee
        by its division's name and 委 (无锡市委)."""
        full = {}
        for surface, (label, cls) in named.items():
            if surface in self.level_bodies and label != surface:
                full[label] = (label, cls)
                if label.startswith(self.committee_prefix):
                    full[label[len(self.committee_prefix) :]] = (label, cls)
        return full

    def _in_session(self, text: str, start: int, end: int) -> bool:
        """市十三届人大七次会议: the body's name inside the name of one of its sessions."""
        return text.endswith(self.session_before, 0, start) or bool(self.session_after.match(text, end))

    def _bodies_by_name(self, text: str, offset: int, named: dict[str, tuple[str, str]], surfaces: Surfaces) -> list[Candidate]:
        lengths_at = surfaces.lengths_at(text)
        boundaries = self.lexicon.boundaries(text) if lengths_at else set()

        def match(start: int, end: int) -> Candidate | None:
            label, cls = named.get(text[start:end], (None, None))
            if label is None or start not in boundaries or text.startswith(self.not_followed_by, end):
                return None
            if self._in_session(text, start, end):
                return None
            if cls == "Enterprise":
                return self._nested(offset + start, offset + end, label, "organizations.named")  # 农夫山泉天然饮用水项目
            return Candidate(offset + start, offset + end, self.type, cls, label, "organizations.named")

        return longest_matches(lengths_at, match)

    def _companies_in_projects(self, doc) -> list[Candidate]:
        """张家界汇齐新材料生产项目 → 汇齐新材料, 久瑞生物 (a project in a list) → 久瑞生物: the
        projects found so far (the project extractor runs first) that start with a trade name and
        an industry word. The trade name is no place and no descriptive word (湘西北生物, 绿色建材)."""
        candidates = doc._.kg_candidates or ()
        places = [c for c in candidates if c.type == "Place"]
        text = doc._.clean.text  # the Doc's text; spaCy rebuilds doc.text on every access
        found = []
        for project in candidates:
            if project.type != "Project":
                continue
            name = text[project.start : project.end]
            # A place before the company is where it is, not part of it (张家界汇齐新材料生产项目).
            start = max((p.end - project.start for p in places if p.start == project.start and p.end < project.end), default=0)
            company = self.company_name.match(name, start)
            if not company:
                continue
            trade_start, trade_end = project.start + company.start(), project.start + company.end("trade")
            if any(p.start < trade_end and trade_start < p.end for p in places):
                continue
            words = self.lexicon.segment(company.group("trade"))
            if any(w in self.not_trade_names or w in self.known_names or self.lexicon.strippable(w) for w in words):
                continue
            head = project.head
            if head and name.endswith(head) and company.end() > len(name) - len(head) and not all(map(self.lexicon.is_proper, words)):
                continue  # 岳麓山大学科技城: 科技 begins the head 科技城, and 大学 is no trade name (华新水泥厂 has one)
            found.append(self._nested(project.start + company.start(), project.start + company.end(), company.group(), "organizations.company-in-project"))
        return found

    def _nested(self, start: int, end: int, label: str, rule: str) -> Candidate:
        """An enterprise that may stand inside a project's name (settle_overlaps keeps both)."""
        candidate = Candidate(start, end, self.type, "Enterprise", label, rule)
        candidate.nested = True
        return candidate

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
