"""Events: conferences, festivals, sports events and exhibitions (``patterns/events.toml``).

The same festival held again is one event: ordinals (首届, 第二届) stay in the mention but not in
the canonical label."""

from __future__ import annotations

import re

from kg.extractors.base import Candidate, optional_pattern, report_sentences
from kg.extractors.heads import HeadGrammar
from kg.triggers import any_trigger, trigger_rules, triggered
from kg.gazetteer import load_gazetteer
from kg.lexicon import Lexicon
from kg.resources import load_toml


class EventExtractor:
    type = "Event"

    def __init__(self, lexicon: Lexicon, known_names=()):
        config = load_toml("patterns", "events.toml")
        self.grammar = HeadGrammar(config, self.type, lexicon, known_names)
        self.ordinal = re.compile(config["ordinal"])
        self.ordinal_before = re.compile(config["ordinal_before"])
        self.series = [(re.compile(s["pattern"]), re.compile(s["item"]), s["label"]) for s in config["series"]]
        # series whose event opens with the division written right before the match (耒阳“9·1”事件 → 耒阳9·1事件)
        self.series_division_before = {s["pattern"] for s in config["series"] if s.get("division_before")}
        self.series_bodies = config["series_bodies"]
        self.setting_endings = tuple(config.get("setting_endings", []))
        self.inner_ordinal = optional_pattern(config, "inner_ordinal")
        self.shared_scope = optional_pattern(config, "shared_scope")
        self.self_references = config.get("self_references", {})
        coordinators = "|".join(map(re.escape, config.get("own_scope_coordinators", [])))
        self.own_scope = []  # (pattern, scope → level, label template of a scope)
        for table in config.get("own_scope", []):
            scopes = "|".join(map(re.escape, sorted(table["scopes"], key=len, reverse=True)))
            element = f"(?:{scopes})"
            joined = f"(?:{coordinators}){'?' if table.get('glued') else ''}"  # glued: two scopes written together (省州)
            pattern = re.compile(f"(?P<scopes>{element}(?:{joined}{element})*)(?P<rest>{table['rest']})" if coordinators
                                 else f"(?P<scopes>{element})(?P<rest>{table['rest']})")
            # behind its trigger characters and words (kg/triggers.py: 工作会议, 党代会; most sentences hold none)
            self.own_scope.append((triggered(pattern), re.compile(element), table["scopes"], table["named"]))
        # the rules tried on whole sentences: only on a sentence that holds a character one of
        # their matches needs (kg/triggers.py)
        trigger_rules(self, "series")
        self._any_series = any_trigger(pattern for pattern, _item, _label in self.series)  # most sentences hold none
        references = "|".join(map(re.escape, sorted(self.self_references, key=len, reverse=True)))
        ordinal = f"(?:{config['self_reference_ordinal']})?" if config.get("self_reference_ordinal") else ""
        self.self_reference = (
            re.compile(f"(?P<ref>{references}){ordinal}(?={self.grammar.head_pattern.pattern})") if references else None
        )

    def __call__(self, doc) -> list[Candidate]:
        found = []
        own = load_gazetteer().own_divisions(doc._.context.division_codes if doc._.context else ())
        for sentence, text in report_sentences(doc):
            found.extend(self._series(text, sentence.start, own))
            found.extend(self._own_events(text, sentence.start, own))
            found.extend(self._own_scope(text, sentence.start, own))
            for candidate in self.grammar.find(text, sentence.start, "events"):
                ordinal = self.ordinal_before.search(text, 0, candidate.start - sentence.start)
                if ordinal:
                    candidate.start = sentence.start + ordinal.start()
                label = self.ordinal.sub("", candidate.label)
                if label.endswith(self.setting_endings):
                    continue  # 潮州市第十五届人民代表大会: the report's own setting, no event of it
                if len(label) > len(candidate.label) - len(label) and label not in self.grammar.exclude:
                    candidate.label = label
                    found.append(candidate)
                    found.extend(self._shared_scope(text, sentence.start, candidate))
        return found

    def _own_events(self, text: str, offset: int, own: dict) -> list[Candidate]:
        """办好我市旅游发展大会: the report's self-reference before a head names its own division."""
        found = []
        for match in self.self_reference.finditer(text) if self.self_reference else ():
            division = own.get(self.self_references[match.group("ref")])
            head = self.grammar.head_pattern.match(text, match.end())
            if division is None or head is None or head.group().endswith(self.setting_endings):
                continue
            name = (division.short_names[0] if division.short_names else division.name) + head.group()
            found.append(Candidate(offset + match.start(), offset + head.end(), self.type, self.grammar.heads[head.group()].cls, name, "events.head"))  # one rule with the head grammar: 我市 is the own division's name
        return found

    def _own_scope(self, text: str, offset: int, own: dict) -> list[Candidate]:
        """中央及省委、市委经济工作会议, 省、市第十二次党代会, 全市秋冬种现场会: one event per scope, named by
        the division of the report the scope stands for (or the division written before it)."""
        found = []
        names = None  # the names of the report's divisions by level: made at the first match (most sentences have none)
        gazetteer = None
        for pattern, element, scopes, named in self.own_scope:
            for match in pattern.finditer(text):
                if names is None:
                    names = {level: division.name for level, division in own.items()}
                    # 市 is the report's county-level city, else its prefecture city, else its municipality (北京市 of 石景山区)
                    names["city"] = next((names[level] for level in ("county", "prefecture", "province") if names.get(level, "").endswith("市")), None)
                elements = list(element.finditer(text, match.start("scopes"), match.end("scopes")))
                candidates = []
                for i, scope in enumerate(elements):
                    level, start = scopes[scope.group()], scope.start()
                    if not level:
                        name = scope.group()
                    else:
                        written = None
                        if i == 0:  # 东莞市第十四次党代会, 湖南省委…: the division written before the scope
                            gazetteer = gazetteer or load_gazetteer()
                            written = next((k for k in range(2, 7) if start >= k and any(
                                d.name == text[start - k : start] + scope.group()[0] for d in gazetteer.lookup(text[start - k : start] + scope.group()[0]))), None)
                        if written:
                            division, start = text[start - written : scope.start()] + scope.group()[0], start - written
                        elif names.get(level) and names[level].endswith((scope.group().lstrip("全")[0], scope.group())):  # 自治区
                            division = names[level]
                        else:
                            candidates = []
                            break  # 县委 in a report of a district: no division of the report's to name it by
                        name = named.format(division=division)
                    end = match.end() if i == len(elements) - 1 else scope.end()
                    candidates.append(Candidate(offset + start, offset + end, self.type, "Event", name + match.group("rest"), "events.own-scope"))
                found.extend(candidates)
        return found

    def _shared_scope(self, text: str, offset: int, candidate: Candidate) -> list[Candidate]:
        """湖南省第十一届、全国第十三届少数民族传统体育运动会: the ordinal after the scope goes from the
        label (全国少数民族传统体育运动会), and the scope before the 、 names a second event
        (湖南省少数民族传统体育运动会)."""
        inner = self.inner_ordinal.search(candidate.label) if self.inner_ordinal else None
        if inner is None or inner.start() < 2:
            return []
        rest = candidate.label[inner.end() :]
        candidate.label = candidate.label[: inner.start()] + rest
        before = self.shared_scope.search(text, 0, candidate.start - offset) if self.shared_scope else None
        if before is None:
            return []
        chunk = before.group("scope")
        gazetteer = load_gazetteer()
        for length in range(2, len(chunk) + 1):  # the shortest ending that names a scope: 湖南省, 全国
            scope = chunk[-length:]
            if scope in self.grammar.keep_leading or gazetteer.lookup(scope):
                start = offset + before.end("scope") - length
                return [Candidate(start, offset + before.end() - 1, self.type, candidate.cls, scope + rest, candidate.rule + ".shared-scope")]
        return []

    @staticmethod
    def _division_before(text: str, at: int) -> int:
        """Length of a division's name (full or short, 2 to 4 characters) that ends at ``at``, else 0."""
        gazetteer = load_gazetteer()
        return next((k for k in (4, 3, 2) if at >= k and gazetteer.lookup(text[at - k : at])), 0)

    def _series(self, text: str, offset: int, own: dict) -> list[Candidate]:
        """党的二十大, 二十届二中、三中全会, 省委十二届六次、七次全会: one event per element. The first
        element's mention starts with the term, the last one's ends with 全会."""
        found = []
        if self._any_series is not None and self._any_series.search(text) is None:
            return found
        for pattern, item, template in self.series:
            for match in pattern.finditer(text):
                fields = match.groupdict()
                body = fields.get("body")
                if body:
                    division = own.get(self.series_bodies[body])
                    if division is None:
                        continue  # a 市委 in a report that has no city of its own
                    fields["body"] = division.name + "委"
                items = list(item.finditer(text, match.start("items") if "items" in fields else match.start(), match.end()))
                before = self._division_before(text, match.start()) if pattern.pattern in self.series_division_before else 0
                for i, element in enumerate(items):
                    start = match.start() - before if i == 0 else element.start()
                    end = match.end() if i == len(items) - 1 else element.end()
                    label = text[start : match.start()] + template.format(**{**fields, "item": element.group()})
                    found.append(Candidate(offset + start, offset + end, self.type, "Event", label, "events.series"))
        return found

