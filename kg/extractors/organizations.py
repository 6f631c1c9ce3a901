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


class OrganizationGrammar(HeadGrammar):
    """The head grammar, with the governing words read on characters: the segmenter glues a verb
    to a body's name (请市政协, 代表上海市人民政府), and the name starts after it."""

    def __init__(self, config: dict, type_: str, lexicon: Lexicon, known_names=()):
        super().__init__(config, type_, lexicon, known_names)
        self.governing = tuple(sorted(config.get("governing", []), key=len, reverse=True))

    def _name_before(self, text: str, start: int, head_start: int) -> tuple[int, str, int | None]:
        name_start, name, listed = super()._name_before(text, start, head_start)
        while name:
            word = next((w for w in self.governing if name.startswith(w) and len(w) < len(name)), None)
            if word is None:
                break
            name_start, name = name_start + len(word), name[len(word) :]
        return name_start, name, listed


    def _list_elements(self, text: str, marker: int, head, offset: int, rule: str) -> list[Candidate]:
        """协鑫集团、正大集团等知名企业: an element with a head of its own is named by the list too,
        though its words alone (正大, "upright") are not proper."""
        found = super()._list_elements(text, marker, head, offset, rule)
        spans = {(c.start, c.end) for c in found}
        for start, end in self._list_spans(text, marker):
            name = text[start:end]
            own = self.head_at_end.search(name)
            if own and (offset + start, offset + end) not in spans and len(name) - len(own.group()) >= 2 and len(name) <= self.max_list_element:
                if self.heads[own.group()].cls == head.cls and not self._inside_blocked_word(text, start + own.start(), end):
                    found.append(self._candidate(start, end, name, self.heads[own.group()], offset, f"{rule}.list"))
        return found


class OrganizationExtractor:
    type = "Organization"

    def __init__(self, lexicon: Lexicon, known_names=()):
        config = load_toml("patterns", "organizations.toml")
        self.grammar = OrganizationGrammar(config, self.type, lexicon, known_names)
        self.local_prefixes = tuple(config["local_prefixes"])
        self.heads = tuple(sorted(self.grammar.heads, key=len, reverse=True))
        self.lexicon = lexicon
        self._named_by_context: dict[tuple[str, ...], tuple[dict[str, tuple[str, str]], Surfaces]] = {}
        self.not_followed_by = tuple(config["not_followed_by"])
        self.level_bodies = config["level_bodies"]
        self.not_in_session = re.compile(config["not_in_session"])
        division = config["division_bodies"]
        self.party_prefix = division["party_prefix"]
        self.division_endings = tuple(division["division_endings"])
        self.coordinators = tuple(division["coordinators"])
        self.division_suffixes = sorted(division["suffixes"].items(), key=lambda item: -len(item[0]))
        self.known_names = frozenset(known_names)
        company = config["company_in_project"]
        self.not_trade_names = frozenset(company["not_trade_names"]) | self.lexicon.generic
        self.company_name = re.compile(
            f"(?P<trade>[\u4e00-\u9fff]{{2,{company['max_trade_name_chars']}}}?)"
            f"(?P<industry>{'|'.join(sorted(company['industries'], key=len, reverse=True))})"
            + (f"(?!{'|'.join(map(re.escape, company['field_after']))})" if company.get("field_after") else "")
        )

    def __call__(self, doc) -> list[Candidate]:
        city = doc._.context.city or ""
        named, surfaces = self._named_for(doc._.context)
        found = []

        found.extend(self._division_bodies(doc))
        taken = {(c.start, c.end) for c in found}
        for sentence, text in report_sentences(doc):
            found.extend(self.grammar.find(text, sentence.start, "organizations"))
            # a body whose division the text names (长沙市委、市政府) is not the report's own
            own = self._local_bodies(text, sentence.start, city) + self._bodies_by_name(text, sentence.start, named, surfaces)
            found.extend(c for c in own if (c.start, c.end) not in taken)
        found.extend(self._companies_in_projects(doc))
        return found

    def _named_for(self, context) -> tuple[dict[str, tuple[str, str]], Surfaces]:
        """The named bodies of a report's context and their automaton, made once per context
        (the names depend on nothing else)."""
        key = context.division_codes if context else ()
        made = self._named_by_context.get(key)
        if made is None:
            if len(self._named_by_context) >= 16:
                self._named_by_context.clear()  # bounded: a corpus of many cities
            named = self._named_bodies(context)
            made = self._named_by_context[key] = (named, Surfaces(named))
        return made

    def _named_bodies(self, context) -> dict[str, str]:
        """Surface → label of the bodies a report names without a place: central bodies, and
        省委, 市人大 … for the levels of the report's own divisions."""
        own = load_gazetteer().own_divisions(context.division_codes if context else ())
        names = {level: division.name for level, division in own.items()}
        # 市 is a county-level city itself, else its prefecture, else a municipality (天津市 in a report of 河东区)
        names["city"] = next((names[level] for level in ("county", "prefecture", "province") if names.get(level, "").endswith("市")), None)
        # the levels of ethnic autonomy: an autonomous region (自治区党委), prefecture (州委) and a banner (旗委)
        names["region"] = names["province"] if names.get("province", "").endswith("自治区") else None
        names["zhou"] = names["prefecture"] if names.get("prefecture", "").endswith("州") else None
        names["banner"] = names["county"] if names.get("county", "").endswith("旗") else None
        names["own"] = next((names[level] for level in ("county", "prefecture", "province") if level in names), None)
        named = {surface: (name, "Enterprise") for surface, name in load_companies().items()}
        named |= {surface: (name, "GovernmentBody") for surface, name in load_national_bodies().items()}
        for surface, template in self.level_bodies.items():
            field = template[template.index("{") + 1 : template.index("}")]
            if names.get(field):
                named[surface] = (template.replace("{" + field + "}", names[field]), "GovernmentBody")
        return named

    def _bodies_by_name(self, text: str, offset: int, named: dict[str, tuple[str, str]], surfaces: Surfaces) -> list[Candidate]:
        lengths_at = surfaces.lengths_at(text)
        boundaries = self.lexicon.boundaries(text) if lengths_at else set()

        def match(start: int, end: int) -> Candidate | None:
            label, cls = named.get(text[start:end], (None, None))
            if label is None or start not in boundaries or text.startswith(self.not_followed_by, end):
                return None
            if self.not_in_session.match(text, end):
                return None  # 市十四届人大二次会议: the session, not the body
            if cls == "Enterprise":
                return self._nested(offset + start, offset + end, label, "organizations.named")  # 农夫山泉天然饮用水项目
            return Candidate(offset + start, offset + end, self.type, cls, label, "organizations.named")

        return longest_matches(lengths_at, match)

    def _division_bodies(self, doc) -> list[Candidate]:
        """长春市委 → 中共长春市委, 中共上海市委, 长春市委、市政府 → 长春市人民政府: a division's full
        name (a place found before) and a body of its level; a level body coordinated after it
        (the division's last character and a body) is the same division's."""
        text = doc._.clean.text
        found = []
        for place in doc._.kg_candidates or ():
            if place.type != "Place" or place.code is None or not text.endswith(self.division_endings, place.start, place.end):
                continue
            level, end = text[place.end - 1], place.end
            start = place.start - len(self.party_prefix) if text.startswith(self.party_prefix, place.start - len(self.party_prefix)) else place.start
            while True:
                suffix = self._division_suffix(text, end)
                if suffix is None:
                    break
                body_end = end + len(suffix[0])
                found.append(Candidate(start, body_end, self.type, "GovernmentBody", suffix[1].replace("{name}", place.label), "organizations.division"))
                coordinator = next((c for c in self.coordinators if text.startswith(c + level, body_end)), None)
                if coordinator is None:
                    break
                start = body_end + len(coordinator)
                end = start + 1
        return found

    def _division_suffix(self, text: str, end: int) -> tuple[str, str] | None:
        for suffix, template in self.division_suffixes:
            if text.startswith(suffix, end):
                after = end + len(suffix)
                if text.startswith(self.not_followed_by, after) or self.not_in_session.match(text, after):
                    return None
                return suffix, template
        return None

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
