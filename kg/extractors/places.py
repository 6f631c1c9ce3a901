"""Places.

* **Gazetteer names**: administrative divisions (full names and short forms, disambiguated by the
  report's own province and city), countries, named regions, rivers and scenic areas, and the
  towns of the report's own city (三合 for 三合镇, 金岩 for 金岩土家族乡). Short forms count only
  where the segmenter sees a word, so that 杂多 does not match inside 复杂多变.
* **Morphology**: towns, villages, scenic areas, rivers and regions that only their last word
  reveals (零溪村, 人溪河, 天门山国际旅游文化先导区), a name before a rating (大峡谷5A级景区 ->
  大峡谷), regions named by a province abbreviation and a direction (湘西北), and bracketed names
  (中国（湖南）自由贸易试验区).
* **Context**: a village or river written after its division (慈利县零溪村, 桑植人溪河) starts
  after the division, which is a mention of its own; a place at the start of another place's name
  (澧水 in 澧水生态经济带, 中国 in 中国（湖南）自由贸易试验区) is a mention too, but not a water or mountain at the start of a
  fixed region of the gazetteer (长江 in 长江经济带, 珠江 in 珠江三角洲: rule 24); the elements of an enumeration next to a known place that
  end like a landform (天门山、崇山、熊壁岩) are places.

Rules and word lists: ``patterns/places.toml``; data: ``kg/resources/gazetteer/``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

import ahocorasick_rs

from kg.extractors.base import (
    CLOSE_QUOTES,
    DELIMITERS,
    OPEN_QUOTES,
    Candidate,
    Surfaces,
    counted_list_before,
    longest_matches,
    merged_lengths,
    optional_pattern,
    report_sentences,
)
from kg.extractors.heads import HeadGrammar
from kg.triggers import trigger_rules
from kg.gazetteer import Gazetteer, Town
from kg.lexicon import Lexicon, chinese_number
from kg.resources import load_toml

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")
_HYPHEN = re.compile(r"[-－—–]")
#: The runs of Chinese characters an enumeration is read in; 等 after an element closes the list.
_LISTED_ATOM = re.compile(r"[\u4e00-\u9fff]+?(?=等[\u4e00-\u9fff]|[^\u4e00-\u9fff]|$)|(?<=等)[\u4e00-\u9fff]+")
#: A town's short form followed by one of these is the first part of another name (零溪 in 零溪村).
_NAME_CONTINUES = ("村", "镇", "乡", "社区", "街道", "河", "湖", "江", "山")
#: A number right before a position (103|项城市道路).
_NUMBER_END = re.compile(r"[\d一二两三四五六七八九十百千万]$")
#: What stands right before a later title of a list of honours: the list's 、 or a title's opening quote (、“, ”“).
_TITLE_OPENINGS = "、“\"‘「"
#: The marks that end a clause.
_CLAUSE_MARKS = "，。；：,;:！？!?"


def _clause_start(text: str, start: int) -> int:
    """Where the clause that holds ``start`` begins (after ，。；： and the like)."""
    return max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1


def _clause_end(text: str, end: int) -> int:
    """Where the clause that goes on at ``end`` ends (before ，。；： and the like)."""
    found = [i for i in (text.find(mark, end) for mark in _CLAUSE_MARKS) if i >= 0]
    return min(found) if found else len(text)


def kept_index(clean, position: int) -> int | None:
    """The index in the cleaned text of the original character at ``position`` (None: the
    cleaner dropped it); the offsets rise, so a binary search finds it."""
    offsets = clean.offsets
    i = bisect.bisect_right(offsets, position, 0, len(offsets) - 1) - 1
    return i if i >= 0 and offsets[i] == position else None


class PlaceExtractor:
    type = "Place"

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer):
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.surfaces: dict[str, list[tuple[str, str]]] = {}
        for surface, kind, key in gazetteer.surfaces():
            self.surfaces.setdefault(surface, []).append((kind, key))
        self.longest = max(map(len, self.surfaces), default=0)
        self.automaton = Surfaces(self.surfaces)
        self._town_automata: dict[int, tuple[dict[str, Town], Surfaces]] = {}
        self._own_short: dict[tuple[str, ...], tuple[dict, Surfaces | None]] = {}
        self.named = {place.name: place for place in gazetteer.named_places}
        config = load_toml("patterns", "places.toml")
        self.morphology = HeadGrammar(config, self.type, lexicon, self.surfaces)
        self.areas = HeadGrammar(config["areas"], self.type, lexicon, self.surfaces)
        self.designations = HeadGrammar(config["designations"], self.type, lexicon, self.surfaces)
        self.features = HeadGrammar(config["features"], self.type, lexicon, self.surfaces)
        # The heads of the four grammars in one automaton: a sentence that holds none of them (most) is
        # not read by each in turn (a grammar that finds no head in a text finds nothing there).
        shape_heads = sorted({s for g in (self.morphology, self.areas, self.designations, self.features) for s in g.head_surfaces})
        self._shape_heads = ahocorasick_rs.AhoCorasick(shape_heads) if shape_heads else None
        self.feature_context = {s: tuple(g.get("followed_by", ())) for g in config["features"]["head"] for s in g["surfaces"]}
        self.feature_by_work = frozenset(s for g in config["features"]["head"] if g.get("followed_by_work") for s in g["surfaces"])
        road_heads = set(config["rules"].get("road_heads", []))
        work_heads = sorted({h for g in load_toml("patterns", "projects.toml")["head"] for h in g["surfaces"]} - road_heads, key=len, reverse=True)
        window = config["features"].get("work_window", 4)
        self.work_heads = tuple(work_heads)
        self.work_after = re.compile(f"[\u4e00-\u9fff]{{0,{window}}}?(?P<head>{'|'.join(map(re.escape, work_heads))})") if work_heads else None
        self.locality_work_heads = frozenset(config["features"].get("locality_work_heads", ()))
        self.locality_feature_classes = frozenset(config["features"].get("locality_feature_classes", ()))
        self.designation_heads = sorted(
            (s for group in config["designations"]["head"] for s in group["surfaces"]), key=len, reverse=True
        )
        rules = config["rules"]
        self.home_country = frozenset(rules["home_country"])
        self.home_country_ideology = tuple(rules.get("home_country_ideology", []))
        self.home_country_alone = optional_pattern(rules, "home_country_alone")
        self.page_title = optional_pattern(rules, "page_title")
        self.page_menu = optional_pattern(rules, "page_menu")
        self.honour_before = optional_pattern(rules, "honour_before")
        self.honour_list_before = optional_pattern(rules, "honour_list_before")
        self.honour_list_verb = re.compile(rules.get("honour_list_verb", "(?!)"))
        self.honour_after = optional_pattern(rules, "honour_after")
        self.media_after = optional_pattern(rules, "media_after")
        self.ideology_after = optional_pattern(rules, "ideology_after")
        self.anniversary_before = tuple(rules.get("anniversary_before", []))
        self.org_kind_after = optional_pattern(rules, "org_kind_after")
        self.own_body_after = optional_pattern(rules, "own_body_after")
        self.extent_after = optional_pattern(rules, "extent_after")
        self.extent_in_work = optional_pattern(rules, "extent_in_work")
        self.word_end_classes = frozenset(rules.get("word_end_classes", []))
        self.own_stoplisted = rules.get("own_short_forms", False)
        self.head_locatives = tuple(rules.get("head_locatives", []))
        self.water_parts = tuple(rules.get("water_parts", []))
        self.town_short_continues = optional_pattern(rules, "town_short_continues")
        self.town_short_region = optional_pattern(rules, "town_short_region")
        self.area_subject_verbs = tuple(rules.get("area_subject_verbs", []))
        self.division_body = optional_pattern(rules, "division_body")
        self.element_joiners = rules.get("element_joiners", "、")
        self.bare_region = optional_pattern(rules, "bare_region")
        self.counted_provinces = optional_pattern(rules, "counted_provinces")
        self.strategy_region = optional_pattern(rules, "strategy_region")
        self.located_after_division = frozenset(rules["located_after_division"])
        self.kind_endings = tuple(rules["kind_endings"])
        self.kind_chars = frozenset(rules.get("kind_chars", ""))
        self.designation_level = optional_pattern(rules, "designation_level")
        self.boundary_below = rules["boundary_below"]
        self.division_boundary_below = rules.get("division_boundary_below", 0)
        self.mountain_followers = tuple(rules["mountain_followers"])
        self.country_not_followed_by = tuple(rules["country_not_followed_by"])
        self.feature_heads = tuple(rules.get("feature_heads", []))
        self.person_titles = tuple(rules.get("person_titles", []))
        self.street_endings = tuple(rules.get("street_endings", []))
        self.counted_stem = optional_pattern(rules, "counted_stem")
        self.area_by_work = optional_pattern(rules, "area_by_work")
        self.area_in_work = optional_pattern(rules, "area_in_work")
        self.listed_work_endings = tuple(rules.get("listed_work_endings", []))
        self.operator_chars = rules.get("operator_chars", "")
        self.own_extent = frozenset(rules.get("own_extent", []))
        self.zone_spanning_classes = frozenset(rules.get("zone_spanning_classes", []))
        self.person_name_chars = rules.get("person_name_chars", 3)
        self.not_person_starts = tuple(rules.get("not_person_starts", []))
        self.feature_not_followed_by = tuple(rules.get("feature_not_followed_by", []))
        self.road_heads = tuple(rules.get("road_heads", []))
        self.section_joiners = tuple(rules.get("section_joiners", []))
        self.section_end = rules.get("section_end", "")
        self.anchored_short_forms = bool(rules.get("anchored_short_forms", False))
        self.partner_after = optional_pattern(rules, "partner_after")
        self.partner_before = tuple(rules.get("partner_before", []))
        self.route_end_followers = optional_pattern(rules, "route_end_followers")
        self.section_route_before = optional_pattern(rules, "section_route_before")
        self.section_classes = frozenset(rules.get("section_classes", ["Town"]))
        self.named_after_classes = frozenset(rules.get("named_after_classes", []))
        self.quoted_short_form_classes = frozenset(rules.get("quoted_short_form_classes", []))
        self.avenue_heads = tuple(rules.get("avenue_heads", []))
        self.avenue_classes = frozenset(rules.get("avenue_classes", []))
        self.crossing_heads = tuple(rules.get("crossing_heads", []))
        self.glued_work_heads = tuple(rules.get("glued_work_heads", []))
        self.epithets = frozenset(rules.get("epithets", []))
        self.feature_min_name = config["features"].get("feature_min_name_chars", 1)
        self.mountain_one_word = tuple(config["features"].get("mountain_one_word", ()))
        self.body_heads = tuple(rules.get("body_heads", []))
        self.body_heads_not_before = tuple(rules.get("body_heads_not_before", []))
        self.measure_words = rules.get("measure_words", "")
        self.titled_heads = tuple(rules.get("titled_heads", []))
        self.awarded_heads = tuple(rules.get("awarded_heads", []))
        self.awarded_before = optional_pattern(rules, "awarded_before")
        self.designated_site = optional_pattern(rules, "designated_site")
        self.quoted_division_set = optional_pattern(rules, "quoted_division_set")
        self.surrounding_region = optional_pattern(rules, "surrounding_region")
        self.named_after_division = frozenset(rules.get("named_after_division", []))
        self.title_words = tuple(rules.get("title_words", []))
        self.place_tags = frozenset(rules.get("place_tags", []))
        regional = config["regional"]
        abbreviations = "".join(regional["abbreviations"])
        directions = "|".join(sorted(regional["directions"], key=len, reverse=True))
        self.regional = re.compile(f"[{abbreviations}](?:{directions})")
        self.regional_exclude = frozenset(regional["exclude"])
        self.regional_extent = tuple(regional.get("extent", []))
        self.full_name_inside_word = bool(rules.get("full_name_inside_word", False))
        abbreviated = config.get("abbreviated", {})
        self.abbreviated_tags = frozenset(abbreviated.get("tags", []))
        self.abbreviation_places = dict(abbreviated.get("places", {}))
        # two of those characters side by side: without them a sentence has no run to read (a fast path)
        characters = "".join(map(re.escape, self.abbreviation_places))
        self.abbreviation_pair = re.compile(f"[{characters}]{{2}}") if characters else None
        self.abbreviated_max = abbreviated.get("max_chars", 2)
        self.abbreviated_joined_max = abbreviated.get("joined_max_chars", self.abbreviated_max)
        self.abbreviated_joined_tags = frozenset(abbreviated.get("joined_tags", abbreviated.get("tags", [])))
        self.untagged_pair_before = tuple(abbreviated.get("untagged_pair_before_tags", []))
        self.untagged_pair_after = tuple(abbreviated.get("untagged_pair_after_tags", []))
        visited = abbreviated.get("visited", {})
        self.visited_abbreviation = optional_pattern(visited, "regex")
        self.visited_word = optional_pattern(visited, "word")
        self.visited_word_tags = frozenset(visited.get("word_tags", []))
        self.visited_not_words = frozenset(visited.get("not_words", []))
        counted = config.get("counted_regions", {})
        self.counted_regions = re.compile(counted["regex"]) if counted else None
        self.counted_chars = (counted.get("min_chars", 3), counted.get("max_chars", 16))
        listed = config["listed"]
        self.listed_endings: dict[str, str] = listed["endings"]
        self.listed_chars = (listed["min_chars"], listed["max_chars"])
        self.patterns = [(re.compile(p["regex"]), p["class"]) for p in config.get("pattern", [])]
        area_heads = sorted((s for group in config["areas"]["head"] for s in group["surfaces"]), key=len, reverse=True)
        self.quoted_area = (
            re.compile(rules["quoted_area"] + f"(?P<head>{'|'.join(map(re.escape, area_heads))})") if rules.get("quoted_area") else None
        )
        self.abbreviation = optional_pattern(rules, "abbreviation_dropped")
        self._towns: dict[tuple[str, ...], dict[str, Town]] = {}
        self._county_town_names: dict[str, list[str]] = {}
        self.town_parent_classes = frozenset(rules.get("town_parent_classes", []))
        self.town_short_after_county = bool(rules.get("town_short_after_county", False))
        self.far_town_followers = tuple(rules.get("town_short_over_far_division", []))
        self.foreign_city_after = optional_pattern(rules, "foreign_city_after")
        self.foreign_city_named = optional_pattern(rules, "foreign_city_named")
        self.foreign_city_class = rules.get("foreign_city_class", "AdministrativeArea")
        self.foreign_city_listed = bool(rules.get("foreign_city_listed", False))
        self.water_new_towns = tuple(rules.get("water_new_towns", []))
        self.water_direction_chars = rules.get("water_direction_chars", "")
        self._county_town_shorts: dict[str, list[tuple[str, str]]] = {}
        # the rules tried on whole sentences: only on a sentence that holds a character one of
        # their matches needs (kg/triggers.py)
        self.route_stops = optional_pattern(rules, "route_stops")
        self.route_stop_dashes = re.compile(rules.get("route_stop_dashes", "—+"))
        self.route_stop_regions = tuple(rules.get("route_stop_regions", []))
        trigger_rules(self, "patterns", "home_country_alone", "page_title", "page_menu", "bare_region",
                      "visited_abbreviation", "visited_word", "counted_regions", "route_stops", "strategy_region")

    # -- the document ----------------------------------------------------------------------------

    def __call__(self, doc) -> list[Candidate]:
        context = doc._.context.division_codes
        towns = self.town_surfaces(context)
        found = []
        spans = []
        for sentence, text in report_sentences(doc):
            found.extend(self.find(text, sentence.start, context, towns))
            spans.append((sentence.start, sentence.end))
        found.extend(self.abbreviated(doc._.clean, spans, context))
        return found

    def abbreviated(self, clean, spans: list[tuple[int, int]], context) -> list[Candidate]:
        """宜(昌)来(凤)高速, (武)汉荆(州)宜(昌): the cleaner drops the characters a news item's
        abbreviation leaves out, printed in brackets; a kept character and the dropped ones that
        make a division's name (来凤 → 来凤县) are a mention of it, on the kept character."""
        if self.abbreviation is None:
            return []
        original, found = clean.original, []
        matches = list(self.abbreviation.finditer(original))
        if not matches:
            return found  # most reports: no map of the kept characters needed
        for match in matches:
            if any(kept_index(clean, p) is not None for p in range(match.start(), match.end())):
                continue  # not dropped: a parenthetical of the report (教温（二期）)
            dropped = match.group(1)
            for position, surface in ((match.start() - 1, None), (match.end(), None)):
                i = kept_index(clean, position)
                if i is None or not _HAN.fullmatch(clean.text[i]):
                    continue
                surface = clean.text[i] + dropped if position < match.start() else dropped + clean.text[i]
                division = self.gazetteer.disambiguate(
                    [d for kind, key in self.surfaces.get(surface, ()) if kind == "division" for d in [self.gazetteer.by_code(key)] if d],
                    context,
                )
                if division is None or not any(start <= i < end for start, end in spans):
                    continue
                candidate = Candidate(i, i + 1, self.type, division.ontology_class, division.name, "places.abbreviation",
                                      key=division.code, code=division.code)
                candidate.nested = True  # it stays inside the name it abbreviates (宜荆荆恩都市圈)
                found.append(candidate)
                break
        return found

    def find(self, text: str, offset: int, context: tuple[str, ...] = (), towns: dict[str, Town] | None = None) -> list[Candidate]:
        """Every place candidate in ``text`` (a sentence starting at ``offset``)."""
        towns = towns or {}
        boundaries = self.lexicon.boundaries(text)
        known = self.find_known(text, offset, context, towns, boundaries)
        known += self._towns_after_division(text, offset, known, boundaries)
        known += self._foreign_cities(text, offset, known, boundaries)
        known += self._listed_divisions(text, offset, context, known, boundaries)
        known += self._listed_towns(text, offset, context, known, boundaries)
        known += self._route_end_towns(text, offset, context, known)
        shaped = self._shaped(text, offset, context, towns, known)
        for candidate in shaped:
            candidate.guessed = True
        for candidate in known + shaped:
            surface = text[candidate.start - offset : candidate.end - offset]
            # two abbreviation characters written as one word (京津); a division's short form (宁德, 新津) names the
            # division a work lies in: no abbreviation. The abbreviated places found below are flagged where they are made.
            candidate.abbreviation = not candidate.code and len(surface) >= 2 and all(ch in self.abbreviation_places for ch in surface)
        shaped += self._regional(text, offset, boundaries)
        abbreviated = self._abbreviated_places(text, offset, context)
        for candidate in abbreviated:
            candidate.abbreviation = True  # 京港澳高速: one-character abbreviations inside a work's name are no mention (round 9)
        shaped += abbreviated
        shaped += self._visited_abbreviations(text, offset, context, boundaries)
        shaped += self._bare_regions(text, offset)
        shaped += self._strategy_regions(text, offset)
        shaped += self._designated_sites(text, offset, known + shaped, boundaries)
        found = known + shaped
        found = self._route_stops(text, offset, found, context)
        found += self._counted_regions(text, offset, found)
        found += self._listed(text, offset, found)
        self._mark_prefixes(text, offset, context, towns, found, boundaries)
        found = [
            c for c in found
            if not (c.cls == "Country" and c.label in self.home_country and not c.nested)
        ] + self._home_country_alone(text, offset, context)
        if self.page_title is not None or self.page_menu is not None:
            titles = [(offset + m.start(), offset + m.end()) for p in (self.page_title, self.page_menu) if p is not None for m in p.finditer(text)]
            if titles:
                found = [c for c in found if not any(a <= c.start and c.end <= b for a, b in titles)]
        return found

    def _route_stops(self, text: str, offset: int, found: list[Candidate], context=()) -> list[Candidate]:
        """“九洞天—金蟾大山”旅游黄金线路, “总溪河片区—化作枪杆岩—董地”风情小镇景区: a quoted series of names joined by dashes
        before the kind of a route or a scenic area names its stops, each a place; one that starts with a known division
        is the stop it locates (化作枪杆岩 → 枪杆岩). The kind after the quotes is the work's, no place (rules.route_stops)."""
        if self.route_stops is None or self.route_stop_dashes.search(text) is None:
            return found
        added: list[Candidate] = []
        kinds: list[tuple[int, int]] = []
        for match in self.route_stops.finditer(text):
            kinds.append((offset + match.end("series") + 1, offset + match.end()))
            position = match.start("series")
            for element in self.route_stop_dashes.split(match.group("series")):
                start, end = position, position + len(element)
                position = end + len(self.route_stop_dashes.match(text, end).group()) if end < match.end("series") else end
                if not 2 <= end - start <= 8 or not _HAN.fullmatch(element):
                    continue
                if any(c.start == offset + start and c.end == offset + end for c in found):
                    continue  # a known place already
                lead = max((c.end - offset for c in found if c.start == offset + start and c.end - offset <= end - 2 and (c.code or c.cls == "Town")), default=start)
                if lead == start:  # 化作枪杆岩: a town of the report's own county by its short form, also an ordinary word (化作)
                    town, short = next(((t, short) for t in (self.gazetteer.towns_in(context[0]) if context else ())
                                        for short in t.short_names if element.startswith(short) and len(element) - len(short) >= 2),
                                       (None, ""))
                    if town is not None:
                        lead = start + len(short)
                        added.append(Candidate(offset + start, offset + lead, self.type, "Town", town.name, "places.town"))
                label = text[lead:end]
                cls = "Region" if label.endswith(self.route_stop_regions) else "ScenicArea"
                added.append(Candidate(offset + lead, offset + end, self.type, cls, label, "places.route_stops"))
        if not kinds:
            return found
        kept = [c for c in found if not any(a <= c.start and c.end <= b for a, b in kinds)]  # 风情小镇景区: the work's kind
        return kept + added

    def _home_country_alone(self, text: str, offset: int, context) -> list[Candidate]:
        """新中国成立75周年, 中国改革开放40周年: the report's own country standing alone (home_country_alone)."""
        found = []
        if self.home_country_alone is None:
            return found
        country = None
        for match in self.home_country_alone.finditer(text):
            # the country's name, read only where the rule matches (in few sentences)
            country = country or next((name for name in sorted(self.home_country, key=len) if name in self.surfaces), None)
            if country is None:
                return found
            known = self._resolve(country, self.surfaces[country], context, offset + match.start())
            if known is None:
                continue
            known.start, known.end = offset + match.start(), offset + match.end()
            known.rule = "places.home_country"
            found.append(known)
        return found

    def town_surfaces(self, context: tuple[str, ...]) -> dict[str, Town]:
        """Surfaces of the towns of the report's city (its most specific context division): full
        names and short forms that are not also the name of a division or a named place, nor an
        ordinary word (建设 for 建设街道)."""
        if not context:
            return {}
        if context not in self._towns:
            surfaces: dict[str, Town] = {}
            province = context[-1][:2]
            for town in self.gazetteer.towns_in(context[0]):
                for surface in (town.name, *town.short_names):
                    if surface in self.gazetteer.stoplist:
                        continue
                    if surface in self.surfaces and not (
                        self.far_town_followers and surface != town.name
                        and all(kind == "division" and not key.startswith(province) for kind, key in self.surfaces[surface])
                    ):
                        continue  # the name of a division or a named place; a town's short form that only names a division
                        # of another province (罗城 for 罗城镇 in a report of 犍为; the county 罗城 is in 广西) stays the town's
                    if surface != town.name and self.lexicon.is_common(surface):
                        continue  # 建设 for 建设街道, 胜利 for 胜利镇: an ordinary word, only the full name counts
                    if surface != town.name and surface.endswith(self.road_heads):
                        continue  # 武当路 for 武当路街道: the road the street office is named after
                    if surface in surfaces and surfaces[surface] != town:
                        surfaces[surface] = None  # two towns of the city share it: not a name to trust
                    else:
                        surfaces.setdefault(surface, town)
            self._towns[context] = {s: t for s, t in surfaces.items() if t is not None}
        return self._towns[context]

    # -- gazetteer names -------------------------------------------------------------------------

    def find_known(self, text: str, offset: int, context: tuple[str, ...] = (), towns: dict[str, Town] | None = None,
                   boundaries: set[int] | None = None) -> list[Candidate]:
        """Gazetteer names in ``text``, longest match first."""
        towns = towns or {}
        if boundaries is None:
            boundaries = self.lexicon.boundaries(text)
        lengths_at = self.automaton.lengths_at(text)
        if towns:
            lengths_at = merged_lengths(lengths_at, self._town_automaton(towns).lengths_at(text))
        own, own_automaton = self.own_short_forms(context)
        if own_automaton is not None:
            lengths_at = merged_lengths(lengths_at, own_automaton.lengths_at(text))

        def match(start: int, end: int) -> Candidate | None:
            surface = text[start:end]
            candidate = self._known(surface, context, towns, offset + start) or self._own_short_form(surface, own, offset + start)
            far_town = candidate is not None and candidate.rule == "places.town" and surface in self.surfaces
            if (candidate is None or far_town) and self.anchored_short_forms and surface in self.surfaces and self._anchored(text, start, context, towns):
                # 河北安国, 南宁至大新: a county's short form outside the report's province after its own province or
                # prefecture, or at the far end of a route from a known place (rules.anchored_short_forms); 广西罗城 is the
                # county, not the town 罗城 of the report's own county (town_short_over_far_division)
                division = self._resolve(surface, self.surfaces[surface], context, offset + start, anchored=True)
                if division is not None and (not division.code or not self._anchor_fits(text, start, division, context, towns)):
                    division = None
                candidate = division or (candidate if far_town else None)
            if candidate is not None and surface in self.epithets and surface != candidate.label:
                return None  # 天府花溪谷, 天府旅游名镇: the province's epithet, not the short form of 天府新区
            if far_town and candidate is not None and candidate.rule == "places.town" and not text.startswith(self.far_town_followers, end):
                return None  # 玉龙机场, 红山文化: a name another province's county shares, read as the town only before 古镇
            if candidate is None:
                return None
            if (self._needs_boundaries(candidate, surface) or surface in own) and (start not in boundaries or end not in boundaries):
                if not (candidate.cls in self.section_classes and self._section_end(text, start, end)) and not (
                    start in boundaries and candidate.cls in self.avenue_classes and text.startswith(self.crossing_heads, end)
                ) and not (
                    candidate.code and start in boundaries and surface != candidate.label and self._glued_work(text, end, boundaries)
                ):  # 石首长江大桥: the segmenter's word 长江大桥 hides the river the bridge crosses; 天津港: the city's port
                    return None
            if candidate.code and surface == candidate.label and self._starts_inside_word(text, start, boundaries):
                return None  # 滨海城市带: 海城市 starts inside the word 滨海
            if surface in own and self._own_common_after_noun(text, start, surface, boundaries):
                return None  # 大研古城 in a report of 古城区: the common word heads another name
            if candidate.cls == "Town" and surface != candidate.label and text.startswith(_NAME_CONTINUES, end):
                return None
            if (candidate.cls == "Town" and surface != candidate.label and self.town_short_continues is not None
                    and self.town_short_continues.match(text, end)):
                return None  # 洪都新城, 徐圩港区: an area or a work named after the town
            if candidate.cls == "Town" and surface != candidate.label and self.town_short_region is not None:
                region = self.town_short_region.match(text, end)
                if region is not None:  # 徐圩新区: the region named after the town, no mention of the town
                    return Candidate(candidate.start, candidate.end + len(region.group()), self.type, "Region",
                                     surface + region.group(), "places.area.head")
            if candidate.cls == "Waterbody" and self.extent_after is not None:
                extent = self.extent_after.match(text, end)
                if extent is not None and self.extent_in_work is not None and self.extent_in_work.match(text, end):
                    extent = None  # 呼伦湖流域生态综合治理工程: the basin inside a work's name is the water (round 17 rule 32)
                if extent is not None:  # 湘江流域, 黄河源: the river's basin or source region, no mention of the river
                    return Candidate(candidate.start, candidate.end + len(extent.group()), self.type, "Region",
                                     candidate.label + extent.group(), "places.area.head")
            if candidate.cls == "Country" and text.startswith(self.country_not_followed_by, end):
                return None
            if (candidate.cls == "Town" and surface != candidate.label and surface.endswith(self.street_endings)
                    and start > 0 and _HAN.match(text, start - 1)):
                return None  # 鼓楼东街: a street's name, not 东街街道
            if self._in_person_name(text, start, end):
                return None  # 市长贺海东: a person's name after a title
            if candidate.code and self.anniversary_before and text.endswith(self.anniversary_before, 0, start):
                return None  # 60周年大庆: the celebration after an anniversary, no 大庆市
            if ((candidate.code or (candidate.cls in ("Country", "Region") and start > 0 and text[start - 1] in _TITLE_OPENINGS + "《"))
                    and self.honour_before is not None and self.honour_before.search(text, 0, start)):
                # 荣获天津市依法行政先进单位: the level of an honour's title; a country or region only as a quoted title's first word
                # (入选《亚洲减贫报告》; not 入选华南国家植物园体系, the garden named after the region)
                return None
            if (candidate.code and self.honour_list_before is not None and text[start - 1 : start] in _TITLE_OPENINGS
                    and start > 0
                    and self.honour_list_before.search(text, _clause_start(text, start), start)
                    and not self.honour_list_verb.search(text, end, _clause_end(text, end))):
                return None  # 获评国家级村级实践交流基地、广西休闲农业与乡村旅游示范点, 获评“…”“江西省卫生县”: a later title, its level
            if self.honour_after is not None and self.honour_after.match(text, end):
                return None  # 云南省特色小镇, 天府旅游名县, 江苏好人: the name of an honour
            if (candidate.code or candidate.cls == "Country") and self._names_organization(text, end):
                return None  # 山东润养医疗器械有限公司, 美国保赔协会: a company's or an association's name
            if (candidate.code or candidate.cls == "Country") and self.ideology_after is not None and self.ideology_after.match(text, end):
                return None  # 弘扬张家港精神, 新时代贵州精神: the name of a spirit, no mention of the division (round 11 rule 13)
            if self.media_after is not None and self.media_after.match(text, end):
                return None  # 春城新闻, 湖北广电: a newspaper's or broadcaster's name in a source or credit line
            if candidate.code and self.own_body_after is not None and self.own_body_after.match(text, end):
                candidate.names_body = True  # 梨树县第十八届人民代表大会, 贵州省委: the body's name, no mention (rule 22)
            if candidate.code and self.division_body is not None and self.division_body.match(text, end):
                return None  # 中委广东石化: a company named after the division
            if candidate.cls in self.named_after_classes and text.startswith(self.road_heads, end) and not self._along_avenue(candidate, text, end):
                return None  # 长江西路: a road named after the river
            if (candidate.cls in self.named_after_classes or (candidate.cls == "Town" and surface != candidate.label)) and self._body_head_at(text, end):
                return None  # 乌苏里江制药, 珍宝岛药业: a company or a lab named after the place
            if candidate.code and text.startswith(self.road_heads, end) and not self._in_own_city(candidate.code, context):
                return None  # 广州路 in a report of 南昌: a street named after a city elsewhere
            if surface[0] in self.measure_words and _NUMBER_END.search(text, 0, start):
                return None  # 103项城市道路: a count's measure word, not 项城市
            if candidate.code and surface != candidate.label and self._names_feature(text, end, context, towns):
                return None  # 岳麓山: a mountain named like a district is not the district
            if (not candidate.code and surface != candidate.label and candidate.cls not in self.quoted_short_form_classes
                    and _quoted(text, start, end, partly=True)):
                return None  # a named place's short form in a slogan (a water's is its mention: “洞庭清波” → 洞庭湖)
            return candidate

        return longest_matches(lengths_at, match)

    def _towns_after_division(self, text: str, offset: int, known: list[Candidate], boundaries: set[int] | None = None) -> list[Candidate]:
        """来凤县大河镇、漫水乡: a county written out brings its towns into scope, also outside the
        report's city and also where their names are ordinary words (大河): a town's full name right
        after the county, or after a 、 that follows one of its towns."""
        found = []
        taken = {(c.start, c.end) for c in known}
        for county in known:
            if not county.code or county.cls not in self.town_parent_classes:
                continue
            names = self._county_towns(county.code)
            position = county.end - offset
            first = True
            while True:
                name = next((n for n in names if text.startswith(n, position)), None)
                if name is None:
                    if first and self.town_short_after_county and boundaries is not None:
                        short = self._county_town_short(county.code, text, position, boundaries)
                        if short is not None and (offset + position, offset + position + len(short[0])) not in taken:
                            # 石屏宝秀, 镇沅者东高速公路: a town's short form right after its county (rules.town_short_after_county)
                            found.append(Candidate(offset + position, offset + position + len(short[0]), self.type, "Town", short[1], "places.town"))
                    break
                first = False
                if (offset + position, offset + position + len(name)) not in taken:
                    found.append(Candidate(offset + position, offset + position + len(name), self.type, "Town", name, "places.town"))
                position += len(name)
                if not text.startswith("、", position):
                    break
                position += 1
        return found

    def _foreign_cities(self, text: str, offset: int, known: list[Candidate], boundaries: set[int]) -> list[Candidate]:
        """泰国曼谷、菲律宾达沃、柬埔寨金边, 俄罗斯迈科普市: a city right after its country, named by a word the dictionary tags
        as a place or by a name and 市 of their own (not 超市, 城市: 市 a word of its own), and each element of the same list
        of country and one word where one such city is read, by this rule or from the gazetteer's cities (foreign_cities.tsv)
        (rules.foreign_city_after, places.foreign_city)."""
        if self.foreign_city_after is None:
            return []
        countries = [c for c in known if c.cls == "Country" and c.label not in self.home_country]
        if not countries:
            return []
        taken = {c.start for c in known}
        known_cities = {c.start for c in known if c.cls == self.foreign_city_class}
        sure: list[Candidate] = []
        listed: list[Candidate] = []
        gazetteer_city = False  # 泰国曼谷 read from the gazetteer's cities: sure all the same
        for country in countries:
            end = country.end - offset
            gazetteer_city = gazetteer_city or offset + end in known_cities
            if offset + end in taken or end not in boundaries:
                continue
            city = self.foreign_city_named.match(text, end) if self.foreign_city_named is not None else None
            if city is not None and city.end() - 1 in boundaries and city.end() in boundaries:
                sure.append(Candidate(offset + end, offset + city.end(), self.type, self.foreign_city_class, city.group(), "places.foreign_city"))
                continue
            words = self.lexicon.segment(text[end : end + 8])
            word = words[0] if words else ""
            if not 2 <= len(word) <= 4 or not _HAN.fullmatch(word) or not self.foreign_city_after.match(text, end + len(word)):
                continue
            candidate = Candidate(offset + end, offset + end + len(word), self.type, self.foreign_city_class, word, "places.foreign_city")
            (sure if self.lexicon.tag(word) in self.place_tags else listed).append(candidate)
        return sure + (listed if (sure or gazetteer_city) and self.foreign_city_listed else [])

    def _county_town_short(self, code: str, text: str, position: int, boundaries: set[int]) -> tuple[str, str] | None:
        """A town's short form of the county ``code`` at ``position``, one word of the segmenter below the dictionary's
        common frequency and no other place's name, and no more of a name after it (宝秀 in 石屏宝秀, not 大河 nor 宝秀村)."""
        if code not in self._county_town_shorts:
            shorts: dict[str, str | None] = {}
            for town in self.gazetteer.towns_in(code):
                for surface in town.short_names:
                    if surface != town.name:
                        shorts[surface] = town.name if shorts.get(surface, town.name) == town.name else None
            self._county_town_shorts[code] = sorted(((s, t) for s, t in shorts.items() if t), key=lambda st: len(st[0]), reverse=True)
        if position not in boundaries:
            return None
        for surface, name in self._county_town_shorts[code]:
            end = position + len(surface)
            if (text.startswith(surface, position) and end in boundaries and not text.startswith(_NAME_CONTINUES, end)
                    and surface not in self.surfaces and surface not in self.gazetteer.stoplist
                    and self.lexicon.frequency(surface) < self.lexicon.common_frequency):  # 大河: a frequent word, even tagged a place
                return surface, name
        return None

    def _county_towns(self, code: str) -> list[str]:
        """The full names of a county's towns, longest first."""
        if code not in self._county_town_names:
            self._county_town_names[code] = sorted((t.name for t in self.gazetteer.towns_in(code)), key=len, reverse=True)
        return self._county_town_names[code]

    def _listed_towns(self, text: str, offset: int, context, known: list[Candidate], boundaries: set[int]) -> list[Candidate]:
        """虎门、长安进入500亿元俱乐部: a town's short form that is also an ordinary word or another division's
        (长安, the stoplist) names the town of the report's city when it stands in a list (、) next to one of
        the city's towns, as a division's does next to a division (_listed_divisions)."""
        if not context:
            return []
        found, taken = [], {(c.start - offset, c.end - offset) for c in known}
        by_short: dict[str, list[Town]] = {}
        for candidate in known:
            if candidate.cls != "Town" or candidate.rule != "places.town":
                continue
            if not by_short:
                by_short = self.gazetteer.towns_by_short_name(context[0])
            spans = [span for side in _list_neighbours(text, candidate.start - offset, candidate.end - offset) for span in side]
            for s_, e_ in spans:
                surface = text[max(0, s_) : e_]
                towns = by_short.get(surface, [])
                if s_ < 0 or len(towns) != 1 or (s_, e_) in taken or s_ not in boundaries or e_ not in boundaries:
                    continue
                found.append(Candidate(offset + s_, offset + e_, self.type, "Town", towns[0].name, "places.listed.town"))
                taken.add((s_, e_))
                break
        return found

    def _route_end_towns(self, text: str, offset: int, context, known: list[Candidate]) -> list[Candidate]:
        """金湖至马坝段 in a report of 金湖, 拉萨至泽当快速通道: at the far end of a route from a known division or town, a town's
        short form of the report's province that names one town there only, the route's end closing after it
        (rules.route_end_followers), is that town, though it lies in another county (the report's own towns are found
        anyway); not an ordinary word, nor a division's name (anchored_short_forms reads those)."""
        if not context or self.route_end_followers is None or not self.section_joiners:
            return []
        ends = {c.end - offset for c in known if c.code or c.cls == "Town"}
        taken = {c.start - offset for c in known}
        found = []
        for joiner in self.section_joiners:
            at = text.find(joiner)
            while at > 0:
                start = at + len(joiner)
                if at in ends and start not in taken:
                    by_short = self.gazetteer.towns_by_short_name(context[-1])
                    for length in (4, 3, 2):
                        surface = text[start : start + length]
                        towns = by_short.get(surface, [])
                        if (len(towns) == 1 and len(surface) == length and surface not in self.surfaces
                                and surface not in self.gazetteer.stoplist and not self.lexicon.is_common(surface)
                                and self.route_end_followers.match(text, start + length)):
                            found.append(Candidate(offset + start, offset + start + length, self.type, "Town", towns[0].name,
                                                   "places.town"))
                            break
                at = text.find(joiner, start)
        return found

    def _listed_divisions(self, text: str, offset: int, context, known: list[Candidate], boundaries: set[int]) -> list[Candidate]:
        """处置呈贡、安宁突发疫情: a short form that is also an ordinary word (安宁, the stoplist) names
        the division when it stands in a list (、) next to a division of the same city, also where both
        start an element of a list of works (内丘建滔醋酸、沙河闽都紧固件; 樟树盐化工和高安建陶基地)."""
        found = []
        for candidate in known:
            if not candidate.code:
                continue
            sides = _list_neighbours(text, candidate.start - offset, candidate.end - offset)
            sides += _element_neighbours(text, candidate.start - offset, candidate.end - offset, self.element_joiners)
            for spans in sides:
                for s_, e_ in spans:
                    surface = text[max(0, s_) : e_]
                    if s_ < 0 or surface not in self.gazetteer.stoplist or s_ not in boundaries or e_ not in boundaries:
                        continue
                    same_city = [d for d in self.gazetteer.lookup(surface, include_stoplisted=True) if d.code[:4] == candidate.code[:4]]
                    division = self.gazetteer.disambiguate(same_city, context)
                    if division is None or division.code == candidate.code:
                        continue
                    found.append(Candidate(offset + s_, offset + e_, self.type, division.ontology_class, division.name,
                                           "places.listed.division", key=division.code, code=division.code))
                    break
        return found

    @staticmethod
    def _in_own_city(code: str, context) -> bool:
        """Whether a division lies in the report's own city (its prefecture's code prefix)."""
        return any(code[:4] == own[:4] for own in context or () if not own.endswith("0" * 10))

    def _town_automaton(self, towns: dict[str, Town]) -> Surfaces:
        """The automaton of a city's towns, made once per towns table."""
        made = self._town_automata.get(id(towns))
        if made is None or made[0] is not towns:
            made = self._town_automata[id(towns)] = (towns, Surfaces(towns))
        return made[1]

    def _in_person_name(self, text: str, start: int, end: int) -> bool:
        """海东 in 市长贺海东: a title, then a person's name of two or three characters around the match."""
        for lead in range(0, self.person_name_chars - 1):
            name_start = start - lead
            if (
                name_start >= 0
                and text[:name_start].endswith(self.person_titles)
                and not text.startswith(self.not_person_starts, name_start)
                and (
                    end - name_start <= self.person_name_chars
                    # 贺海东市长: lines run together, the match runs on into the next title
                    or any(text.startswith(self.person_titles, name_end) for name_end in range(name_start + 2, name_start + self.person_name_chars + 1))
                )
            ):
                return True
        return False

    def _names_organization(self, text: str, end: int) -> bool:
        """山东|润养医疗器械有限公司, 美国|保赔协会: a trade name and a legal or organisational kind follow (rules.org_kind_after),
        the words between no verb (慈利县|成立旅游协会: the county founds one)."""
        match = self.org_kind_after.match(text, end) if self.org_kind_after is not None else None
        if match is None:
            return False
        between = text[end : match.end() - len(match.group("kind"))]
        return not any(self.lexicon.tag(word) == "v" for word in self.lexicon.segment(between)) if between else True

    def _section_end(self, text: str, start: int, end: int) -> bool:
        """杨家厂 in 杨家厂至孟家溪段, 孟家溪 before 段: an end of a route section."""
        if not self.section_joiners or not self.section_end:
            return False
        if text.startswith(self.section_joiners, end):
            closing = text.find(self.section_end, end, end + 8)
            return closing > 0 and not any(ch in DELIMITERS for ch in text[end:closing])
        if not text.startswith(self.section_end, end):
            return False
        if self.section_route_before and self.section_route_before.search(text, 0, start):
            return True  # 国道539线揭东段: the route's section in the division
        return text[start - 1 : start] in self.section_joiners

    def _names_feature(self, text: str, end: int, context, towns) -> bool:
        """Whether a natural feature's head follows ``end`` (岳麓|山), and not another place's name that
        begins with the head's character (慈利|江垭: a town of 慈利)."""
        if not text.startswith(self.feature_heads, end) or text.startswith(self.feature_not_followed_by, end + 1):
            return False
        return not any(self._known(text[end : end + length], context, towns, 0) for length in range(2, 5))

    def own_short_forms(self, context: tuple[str, ...]) -> tuple[dict, Surfaces | None]:
        """The stoplisted short forms (融安, 久治: substrings across words) of the divisions of the report's own city,
        each naming one of them only and rare in the dictionary (安宁, 樟树 stay words): in its own report a short form the
        segmenter reads as a word of its own names the division (這一年，融安取得了…), as a town's short form does
        (rules.own_short_forms)."""
        if not self.own_stoplisted or not context:
            return {}, None
        if context not in self._own_short:
            own = [code[:4] for code in context if not code.endswith("0" * 10)]
            found: dict = {}
            for surface in self.gazetteer.stoplist if own else ():
                divisions = [d for d in self.gazetteer.lookup(surface, include_stoplisted=True) if d.code[:4] in own and d.name != surface]
                if len(divisions) == 1 and surface not in self.surfaces and (
                    self.lexicon.frequency(surface) < self.lexicon.common_frequency or divisions[0].code == context[0]
                ):
                    # the report's own division by its short form, also a common word (打造了紫金速度 in a report of 紫金县)
                    found[surface] = divisions[0]
            # the report's own division by its full name where that name is stoplisted (和县: 市和县 in other reports), read
            # where the segmenter reads it as a word (现代化美好和县建设; not 市政府和县委)
            division = self.gazetteer.by_code(context[0]) if own else None
            if division is not None and division.name in self.gazetteer.stoplist and division.name not in self.surfaces:
                found[division.name] = division
            self._own_short[context] = (found, Surfaces(found) if found else None)
        return self._own_short[context]

    def _own_common_after_noun(self, text: str, start: int, surface: str, boundaries: set[int]) -> bool:
        """The report's own division by a short form that is a common word (紫金, 古城) names it only where no noun of
        the segmenter comes right before it (打造了紫金速度, 和谐中山, 到白沙调研; not 大研古城: the word heads another
        name)."""
        if self.lexicon.frequency(surface) < self.lexicon.common_frequency or not start:
            return False
        before = max((b for b in boundaries if b < start), default=0)
        tag = self.lexicon.tag(text[before:start]) or ""
        return tag.startswith("n")

    def _own_short_form(self, surface: str, own: dict, start: int) -> Candidate | None:
        division = own.get(surface)
        if division is None:
            return None
        return Candidate(start, start + len(surface), self.type, division.ontology_class, division.name, "places.gazetteer",
                         key=division.code, code=division.code)

    def _body_head_at(self, text: str, end: int) -> bool:
        """乌苏里江|制药, 黄河|新材料基础油加氢: a company's or a lab's head at ``end``, no zone or town of the trade after it
        (官桥|新材料小镇; rules.body_heads, body_heads_not_before)."""
        head = next((h for h in self.body_heads if text.startswith(h, end)), None)
        return head is not None and not text.startswith(self.body_heads_not_before, end + len(head))

    def _starts_inside_word(self, text: str, start: int, boundaries: set[int]) -> bool:
        """Whether ``start`` lies inside a frequent word of the segmenter that begins before it (滨海 in 滨海|城市带 before
        海城市; rules.full_name_inside_word)."""
        if not self.full_name_inside_word or start in boundaries or not start:
            return False
        before = max((b for b in boundaries if b < start), default=0)
        after = min((b for b in boundaries if b > start), default=len(text))
        word = text[before:after]
        return self.lexicon.frequency(word) >= self.lexicon.common_frequency

    def _glued_work(self, text: str, end: int, boundaries: set[int]) -> bool:
        """天津港, 大连港: a work's head of one word with a division's short form before it, the segmenter reading the
        two as one word (rules.glued_work_heads): the work is named after the division and lies in it (round 16 rule 29.1)."""
        return any(text.startswith(head, end) and end + len(head) in boundaries for head in self.glued_work_heads)

    def _needs_boundaries(self, candidate: Candidate, surface: str) -> bool:
        if candidate.code or candidate.cls == "Town":
            # short forms of divisions and towns; a division's full name of one character and its kind (康县 in 健康县)
            return surface != candidate.label or len(surface) < self.division_boundary_below
        return len(surface) < self.boundary_below  # 朝鲜 is not in 朝鲜族, 中东 not in 中东部

    def _known(self, surface: str, context, towns: dict[str, Town], start: int) -> Candidate | None:
        entries = self.surfaces.get(surface)
        if entries:
            candidate = self._resolve(surface, entries, context, start)
            if candidate is not None or surface not in towns:
                return candidate
        town = towns.get(surface)  # also 罗城古镇 in a report of 犍为: a town's short form no division nearer names
        if town is not None:
            return Candidate(start, start + len(surface), self.type, "Town", town.name, "places.town")
        return None

    def _resolve(self, surface: str, entries, context, start: int, anchored: bool = False) -> Candidate | None:
        named = [key for kind, key in entries if kind == "named"]
        if named:
            place = self.named[named[0]]
            return Candidate(start, start + len(surface), self.type, place.cls, place.name, "places.gazetteer")
        divisions = [self.gazetteer.by_code(key) for kind, key in entries if kind == "division"]
        division = self.gazetteer.disambiguate([d for d in divisions if d], context)
        if division is None:
            division = _plain_short_form(surface, [d for d in divisions if d])
        if division is None or not (anchored or self._short_form_fits(surface, division, context)):
            return None
        return Candidate(
            start,
            start + len(surface),
            self.type,
            division.ontology_class,
            division.name,
            "places.gazetteer",
            key=division.code,
            code=division.code,
        )

    def _anchored(self, text: str, start: int, context, towns) -> bool:
        """Whether a known division or town ends right before ``start``, or before a route's joiner there; or a partner's words
        may follow (青浦霍山对口合作, 与金山联合打造: checked in _anchor_fits)."""
        if self.partner_after is not None and (text[:start].endswith(self.partner_before)
                                               or self.partner_after.search(text, start + 2, start + 2 * self.longest + 2)):
            return True  # a partner's words after 与, or cooperation words within two names
        at = start - 1 if text[:start].endswith(self.section_joiners) else start
        return self._known_ending_at(text, at, context, towns) is not None

    def _partner(self, text: str, start: int, end: int, context, towns) -> bool:
        """青浦霍山对口合作, 与金山联合打造: a county named as the report's partner, after 与 or before a division of the report's
        own city, the words of cooperation following (rules.partner_after)."""
        if self.partner_after is None:
            return False
        if self.partner_after.match(text, end):
            return text[:start].endswith(self.partner_before)
        for length in range(min(self.longest, len(text) - end), 1, -1):
            own = self._known(text[end : end + length], context, towns, 0)
            if own is not None and own.code and self._in_own_city(own.code, context):
                return self.partner_after.match(text, end + length) is not None
        return False

    def _known_ending_at(self, text: str, at: int, context, towns) -> Candidate | None:
        for length in range(min(self.longest, at), 1, -1):
            known = self._known(text[at - length : at], context, towns, 0)
            if known is not None and (known.code or known.cls == "Town"):
                return known
        return None

    def _anchor_fits(self, text: str, start: int, candidate: Candidate, context, towns) -> bool:
        """A route's end (南宁至大新, 龙岩至龙川铁路) or a county after a division that holds it (河北安国), not a county
        after another place (湖南安国: no such county there)."""
        if self._partner(text, start, candidate.end - candidate.start + start, context, towns):
            return True
        if text[:start].endswith(self.section_joiners):
            # the route's end closes there (龙川|铁路, 大新|等), not a longer name that starts like the county (大竹卡)
            return self.route_end_followers is not None and self.route_end_followers.match(text, candidate.end - candidate.start + start) is not None
        before = self._known_ending_at(text, start, context, towns)
        outer = self.gazetteer.by_code(before.code) if before is not None and before.code else None
        inner = self.gazetteer.by_code(candidate.code)
        return outer is not None and inner is not None and outer != inner and self.gazetteer.contains(outer, inner)

    def _short_form_fits(self, surface: str, division, context) -> bool:
        """A county's short form counts only in a report of its own province: a report names a
        far-away county in full, and two characters such as 新星 (新星市) or 建安 (建安区) are far
        more often ordinary words."""
        if surface == division.name or division.level != "county" or not context:
            return True
        province = next((code for code in context if code.endswith("0" * 10)), None)
        return province is None or division.code[:2] == province[:2]

    def _after_subject_verb(self, text: str, offset: int, candidate: Candidate, context, towns) -> Candidate:
        """深圳建设中国特色社会主义先行示范区 -> 中国特色社会主义先行示范区: a division's name, then a verb of building
        (area_subject_verbs), open the zone's name found by its head: the subject and its verb, no part of the name."""
        if not self.area_subject_verbs:
            return candidate
        start, end = candidate.start - offset, candidate.end - offset
        name = text[start:end]
        for verb in self.area_subject_verbs:
            at = name.find(verb, 2)
            if at > 0 and len(name) - at - len(verb) >= 4 and self._division_at(text, start, start + at + 1, context, towns) == at:
                cut = at + len(verb)
                return dataclasses.replace(candidate, start=candidate.start + cut, label=candidate.label[cut:] if candidate.label == name else name[cut:])
        return candidate

    def _division_at(self, text: str, start: int, end: int, context, towns) -> int:
        """Length of the longest division or town name at ``start`` that ends before ``end``."""
        for length in range(min(self.longest, end - start - 1), 1, -1):
            surface = text[start : start + length]
            candidate = self._known(surface, context, towns, 0)
            if candidate is not None and (candidate.code or candidate.cls == "Town"):
                return length
        return 0

    def _one_character_water(self, text: str, offset: int, candidate: Candidate) -> bool:
        """，荆江大道…, ；汀江大桥…: a water named by one character and its head, opening a clause or a list element right
        before a crossing's or an avenue's head."""
        start, end = candidate.start - offset, candidate.end - offset
        if (candidate.cls in self.avenue_classes and self.water_new_towns and text.startswith(self.water_new_towns, end)
                and candidate.label[:1] not in self.water_direction_chars):
            return True  # 瑶湖新城, 榕江新城: the new town named after the water; not 东湖新城 (east)
        return (candidate.cls in self.avenue_classes and text.startswith(self.crossing_heads, end)
                and (start == 0 or text[start - 1] in DELIMITERS))

    def _one_word_mountain(self, text: str, offset: int, candidate: Candidate) -> bool:
        """洋山保税港区, 秦岭博物馆: a mountain named by one character and its head, read by the segmenter as one proper word
        (not 中山, a known division's name, nor a common word), right before a work's head (round 17 rule 32)."""
        if candidate.head not in self.mountain_one_word or len(candidate.label) != 2 or candidate.label in self.surfaces:
            return False
        start, end = candidate.start - offset, candidate.end - offset
        return {start, end} <= self.lexicon.boundaries(text) and self.lexicon.tag(candidate.label) is None

    def _along_avenue(self, candidate: Candidate, text: str, end: int) -> bool:
        """荆江大道, 渤海大道: a water right before an avenue's head is the water the avenue runs along (round 15
        rule 24), where before a street's (长江西路) it only names the street."""
        return candidate.cls in self.avenue_classes and text.startswith(self.avenue_heads, end)

    # -- names by their last word ----------------------------------------------------------------

    def _shaped(self, text: str, offset: int, context, towns, known: list[Candidate]) -> list[Candidate]:
        found = []
        heads = self.shape_heads_in(text)
        # _hyphenated reads the text with its hyphens made 、: a text with one is read whatever the heads
        for candidate in self._hyphenated(text, offset) if heads or _HYPHEN.search(text) else ():
            candidate = self._after_division(text, offset, self._from_known_place(text, offset, candidate), context, towns)
            if candidate is not None and self._plausible(text, offset, candidate):
                found.append(candidate)
        for candidate in self.areas.find(text, offset, "places.area") if heads else ():
            if self.area_in_work is not None and self.area_in_work.match(text, candidate.end - offset):
                continue  # 北赵店片区改造: the work's name, no region (rules.area_in_work)
            candidate = self._after_subject_verb(text, offset, candidate, context, towns)
            if self._plausible(text, offset, candidate):
                found.append(candidate)
        for match in self.quoted_division_set.finditer(text) if self.quoted_division_set else ():
            # “三区三州”, “两州一县”: the divisions a region is made of (rules.quoted_division_set)
            found.append(Candidate(offset + match.start("name"), offset + match.end("name"), self.type, "Region",
                                   match.group("name"), "places.division_set"))
        for match in self.surrounding_region.finditer(text) if self.surrounding_region else ():
            name = match.group("name")
            if name in self.surfaces or all(ch in self.abbreviation_places for ch in name):
                # 环杭州湾产业带, 环京津地区: the belt around a known place is one region, no mention of the place (rules.surrounding_region)
                found = [c for c in found if not (c.start == offset + match.start() + 1 and c.end <= offset + match.end())]
                found.append(Candidate(offset + match.start(), offset + match.end(), self.type, "Region", match.group(),
                                       "places.area.head"))
        for match in self.quoted_area.finditer(text) if self.quoted_area else ():
            if self.counted_stem and self.counted_stem.match(match.group("name")):
                continue  # 新时代“两个健康”先行区: a counted slogan's name (a programme), not a place's
            found.append(Candidate(offset + match.start(), offset + match.end(), self.type, "Region",
                                   match.group("name") + match.group("head"), "places.area.head"))
        for candidate in self.features.find(text, offset, "places.feature") if heads else ():
            following = self.feature_context.get(candidate.head, ())
            if candidate.rule != "places.feature.head" or _quoted(text, candidate.start - offset, candidate.end - offset):
                continue
            if following and text.startswith(following, candidate.end - offset):
                found.append(candidate)  # 神光山山顶广场: the part of a mountain says the mountain
                continue
            if (len(candidate.label) - len(candidate.head) < self.feature_min_name and not self._one_character_water(text, offset, candidate)
                    and not self._one_word_mountain(text, offset, candidate)):
                continue  # 荆江大道 opening a clause: a river of one character before a crossing; else two at least
            if candidate.head in self.feature_by_work:
                work = self.work_after.match(text, candidate.end - offset) if self.work_after else None
                if self._along_avenue(candidate, text, candidate.end - offset):
                    pass  # 青衣江大道: the avenue along the river
                elif not work or text.startswith(self.road_heads, candidate.end - offset):
                    continue  # 湘江路跨线桥: the road is named after the river, the work after the road
                if candidate.label.endswith(self.morphology.blocked_words):
                    continue  # 慈利县农村公路, 越江工程: an ordinary word before the work
                if candidate.head in self.mountain_one_word and (text.startswith(self.mountain_followers, candidate.end - offset)
                                                                 or candidate.end - offset not in self.lexicon.boundaries(text)
                                                                 or self.lexicon.segment(candidate.label)[0] in self.lexicon.generic):
                    continue  # 大夫山森林公园: the visited mountain's own place; 农夫山泉, 北部山区: 山 inside a word; 铁路|金山支线: a kind first
                candidate = self._after_division(text, offset, candidate, context, towns)
                if candidate is None or any(c.start <= candidate.start and candidate.end <= c.end for c in known + found):
                    continue  # 茅溪河大桥: the name by its head alone already
                if self._plausible(text, offset, candidate, before_work=True):
                    found.append(candidate)  # 成子河公路大桥: the work named after the river; 马栏山视频文创产业园
                continue
            if not following and self._plausible(text, offset, candidate):
                found.append(candidate)
        for candidate in self.designations.find(text, offset, "places") if heads else ():  # places.head, the rating cut
            rating = next(h for h in self.designation_heads if candidate.label.endswith(h))
            candidate.label = candidate.label[: -len(rating)]
            candidate.end -= len(rating)
            if not _ASCII_ALNUM.search(candidate.label):
                found.append(candidate)
        for pattern, cls in self.patterns:
            for match in pattern.finditer(text):
                label = match.group().replace("（", "(").replace("）", ")")
                found.append(Candidate(offset + match.start(), offset + match.end(), self.type, cls, label, "places.pattern"))
        return found

    def shape_heads_in(self, text: str) -> bool:
        """Whether ``text`` holds a head of the morphology, areas, designations or features grammar (else none of
        them finds anything in it)."""
        return self._shape_heads is None or bool(self._shape_heads.find_matches_as_indexes(text))

    def _hyphenated(self, text: str, offset: int) -> list[Candidate]:
        """Names by their last word; 张家界武陵源-天门山景区 is two names that share the head
        (张家界武陵源景区 and 天门山景区)."""
        listed = _HYPHEN.sub("、", text)
        found = self.morphology.find(listed, offset, "places")
        longest: dict[int, Candidate] = {}
        for candidate in found:
            if candidate.length > longest.get(candidate.start, candidate).length or candidate.start not in longest:
                longest[candidate.start] = candidate
        for candidate in list(longest.values()):
            start = candidate.start - offset
            if start == 0 or not _HYPHEN.fullmatch(text[start - 1]):
                continue
            element = self.morphology._element_before(listed, start - 1)
            head = self.morphology.head_at_end.search(candidate.label)
            if element is None or head is None or element[1] - element[0] < 2:
                continue
            name = text[element[0] : element[1]]
            found.append(Candidate(offset + element[0], offset + element[1], self.type, candidate.cls,
                                   name + head.group(), candidate.rule))
        return found

    def _from_known_place(self, text: str, offset: int, candidate: Candidate) -> Candidate:
        """红嘴鸥翱翔湛江湾 → 湛江湾: a known place right before the head, after a verb, starts the name."""
        start, end = candidate.start - offset, candidate.end - offset
        head = self.morphology.head_at_end.search(text[start:end])
        if head is None or candidate.label != text[start:end]:
            return candidate
        name_end = start + head.start()
        for known_start in range(start + 1, name_end - 1):
            if text[known_start:name_end] in self.surfaces:
                before = self.lexicon.segment(text[start:known_start])
                if before and (self.lexicon.strippable(before[-1]) or self.lexicon.breaks_name(before[-1])):
                    candidate.start, candidate.label = offset + known_start, text[known_start:end]
                break
        return candidate

    def _plausible(self, text: str, offset: int, candidate: Candidate, before_work: bool = False) -> bool:
        """Not a rating (5A级景区), a kind (山岳型景区) or a word in a quoted slogan (“和美湘村”)."""
        start, end = candidate.start - offset, candidate.end - offset
        name = text[start:end]
        if _ASCII_ALNUM.search(name) or any(ch in self.operator_chars for ch in name):
            return False  # “广深总部+江门基地”: a formula of a model, no name
        # the longer head: 国家级湿地公园 (a protected area with its level, areas) over 湿地公园 (morphology)
        heads = [h for h in (self.morphology.head_at_end.search(name), self.areas.head_at_end.search(name)) if h]
        head = min(heads, key=lambda h: h.start()) if heads else None
        stem = name[: head.start()] if head else name
        if stem.endswith(self.kind_endings):
            return False
        if len(name) >= 3 and self.kind_chars.issuperset(name):
            return False  # 山水林田湖: the kinds of an ecosystem, no lake (rules.kind_chars)
        if self.counted_stem and self.counted_stem.search(stem):
            return False  # 胶州三大主城片区: a count of the places listed before
        if (head and len(head.group()) == 1 and candidate.cls in self.word_end_classes and end not in self.lexicon.boundaries(text)
                and not text.startswith(self.head_locatives, end)
                and not (candidate.cls == "Waterbody" and text.startswith(self.water_parts, end))):
            return False  # 做美村庄: the head's character begins a word of its own (村庄), no name ends there; 零溪村内 is named
        if candidate.rule.endswith(".list") and name.endswith(self.listed_work_endings):
            return False  # 成语一条街、大名古城等景区: a street in a list of sights is a work
        if self.area_by_work and self.areas.head_at_end.search(name) and self.area_by_work.search(stem):
            return False  # 广州南站接壤片区: an area located by a work next to it, no region
        if head and stem.startswith(head.group()):
            return False  # 4个村整村搬迁: the head's own word, then an adverb (整村), no village
        if self.designation_level and self.designation_level.search(stem):
            return False  # 省级农业产业强镇: a title a town wins
        if text[:start].rstrip().endswith(self.person_titles):
            return False  # 代市长 朱克江: a person after a title
        if candidate.cls in self.locality_feature_classes and self._before_locality_work(text, end):
            return False  # 凤凰山站, 三女河机场, 郭家河煤矿: named after the locality, no mountain or water it lies on
        if self.epithets and (name.startswith(tuple(self.epithets)) or text[:start].endswith(tuple(self.epithets))):
            return False  # 天府旅游名镇: a title named by the province's epithet (rules.epithets)
        if head and head.group() in self.awarded_heads and self.awarded_before and self.awarded_before.search(text, 0, start):
            return False  # 获批中央财政支持普惠金融发展示范区: the title a city wins, no zone
        if head and head.group() in self.titled_heads and not self._names_a_zone(stem):
            return False  # 民族团结进步示范区, 国家中医药综合改革示范区: a title, not a zone
        kind = self.areas.head_pattern.match(name)
        if kind and kind.end() < len(name) and not (head and name[kind.end() : len(name) - len(head.group())] in self.surfaces):
            # “襄十随神”城市群高品质发展示范区: a name does not start with a region's kind; the kind, a known place and
            # the head name a part of the zone (自贸区青岛片区)
            return False
        if head and head.group() == "山" and _HAN.match(text, end) and not text.startswith(self.mountain_followers, end) and not before_work:
            return False
        if any(self._named(name[i:]) for i in range(1, len(name) - 1)):
            return False  # 福元路湘江: the known river, not a river named 福元路湘
        if head and any(self._known_after_words(text, start, start + i, name[i:]) for i in range(1, len(name) - len(head.group()))):
            return False  # 充分肯定湛江, 中共湛江: a known division written as a word ends in a head's character, no river
        return not _quoted(text, start, end)

    def _before_locality_work(self, text: str, end: int) -> bool:
        """Whether a station's, an airport's or a coal mine's head follows right at ``end`` (features.locality_work_heads)."""
        work = self.work_after.match(text, end) if self.work_after is not None else None
        return work is not None and work.start("head") == end and work.group("head") in self.locality_work_heads

    def _known_after_words(self, text: str, start: int, known_start: int, surface: str) -> bool:
        """A known place written as a word after words of their own (肯定|湛江, 中共|湛江), not after one
        character of the name (艾|溪湖: 艾溪湖, no 溪湖区)."""
        if surface not in self.surfaces or known_start not in self.lexicon.boundaries(text):
            return False
        before = self.lexicon.segment(text[start:known_start])[-1]
        return len(before) > 1 or self.lexicon.strippable(before) or self.lexicon.breaks_name(before)

    def _names_a_zone(self, stem: str) -> bool:
        """广佛同城化合作, 太湖外向型农业: a place's name in the words and no word of an awarded title."""
        words = self.lexicon.segment(stem)
        titled = [i for i, w in enumerate(words) if w in self.title_words]
        if titled:
            # 珠三角国家自主创新示范区: a region's name before the title word names the zone that spans it
            before = "".join(words[: titled[0]])
            return any(kind == "named" and self.named[key].cls in self.zone_spanning_classes for kind, key in self.surfaces.get(before, ()))
        # a place's tag, a gazetteer name, or a name the dictionary does not know (广佛), first in the name: a zone
        # is named by its place first (广佛同城化合作示范区), a goal by its quality (绿色低碳发展示范区: 低碳 is unknown)
        first = words[0] if words else ""
        return self.lexicon.tag(first) in self.place_tags or first in self.surfaces or (self.lexicon.tag(first) is None and self.lexicon.is_proper(first))

    def _named(self, surface: str) -> bool:
        return any(kind == "named" for kind, _key in self.surfaces.get(surface, ()))

    def _after_division(self, text: str, offset: int, candidate: Candidate, context, towns) -> Candidate | None:
        """慈利县零溪村 -> 零溪村 (慈利县 is found as a division of its own); 武陵源中湖 is no lake."""
        if candidate.cls not in self.located_after_division:
            return candidate
        start, end = candidate.start - offset, candidate.end - offset
        head = self.morphology.head_at_end.search(text[start:end])
        name_end = end - (len(head.group()) if head else 0)
        length = self._division_at(text, start, name_end + 1, context, towns)
        if not length or (name_end == start + length and head and head.group() in self.named_after_division):
            return candidate  # 湛江湾, 崖州湾: a bay named after the division, by its head alone
        if name_end - (start + length) < 2:
            return None
        candidate.start += length
        candidate.label = text[start + length : name_end] + (head.group() if head else "")
        return candidate

    def _abbreviated_places(self, text: str, offset: int, context) -> list[Candidate]:
        """与日韩隔海相望 → 日本, 韩国: one-character abbreviations written together as one place word, or as
        one-character words side by side (日|韩)."""
        if self.abbreviation_pair is None or not self.abbreviation_pair.search(text):
            return []
        words, position = [], 0
        for word in self.lexicon.segment(text):
            words.append((position, position + len(word), word))
            position += len(word)
        runs: list[list[tuple[int, int, str]]] = []
        previous = ""
        for i, (start, end, word) in enumerate(words):
            after_name, previous = previous in self.surfaces or self.lexicon.tag(previous) in self.place_tags, word
            if after_name and not (runs and runs[-1]):
                runs.append([])  # 城陵矶新港: characters right after a place's name go on naming it (a port), no pair
                continue
            if len(word) >= 2:
                ok = all(ch in self.abbreviation_places for ch in word) and (
                    self.lexicon.tag(word) in self.abbreviated_tags or self._untagged_pair(words, i))
                joined = all(ch in self.abbreviation_places for ch in word) and self.lexicon.tag(word) in self.abbreviated_joined_tags
                if joined and runs and runs[-1] and all(len(w) == 1 for _s, _e, w in runs[-1]) and self.lexicon.tag(runs[-1][-1][2]) in self.abbreviated_joined_tags:
                    runs[-1].append((start, end, word))  # 沪|苏浙: a character and a pair, abbreviations both, are one run
                else:
                    runs.append([(start, end, word)] if ok and word not in self.surfaces else [])
                runs.append([])
            elif word in self.abbreviation_places and runs and runs[-1] and len(runs[-1][-1][2]) == 1:
                runs[-1].append((start, end, word))
            else:
                runs.append([(start, end, word)] if word in self.abbreviation_places else [])
        found = []
        for run in runs:
            if not run:
                continue
            start, end = run[0][0], run[-1][1]
            chars = text[start:end]
            longest = self.abbreviated_joined_max if len(run) > 1 and chars not in self.surfaces else self.abbreviated_max
            if not 2 <= len(chars) <= longest or len(set(chars)) < len(chars) or _quoted(text, start, end, partly=True):
                continue
            for i, ch in enumerate(chars):
                full = self.abbreviation_places[ch]
                if full not in self.surfaces:
                    continue
                known = self._resolve(full, self.surfaces[full], context, offset + start + i)
                if known is not None:
                    known.end = known.start + 1
                    known.rule = "places.abbreviated"
                    found.append(known)
        return found

    def _untagged_pair(self, words: list[tuple[int, int, str]], i: int) -> bool:
        """京冀企业, 与京冀联合: two one-character abbreviations the dictionary does not know as a word stand for the places
        where a noun follows them or a preposition stands before them (abbreviated.untagged_pair_*_tags); not before a verb
        (苏陕帮扶, 京蒙扶贫协作: a cooperation's name, round 13 rule 18) nor before a third abbreviation (鄂豫陕渝)."""
        word = words[i][2]
        if len(word) != 2 or self.lexicon.tag(word) is not None:
            return False
        following = words[i + 1][2] if i + 1 < len(words) else ""
        if following[:1] in self.abbreviation_places:
            return False
        before = self.lexicon.tag(words[i - 1][2]) or "" if i else ""
        after = self.lexicon.tag(following) or ""
        return bool((self.untagged_pair_after and after.startswith(self.untagged_pair_after))
                    or (self.untagged_pair_before and before.startswith(self.untagged_pair_before)))

    def _designated_sites(self, text: str, offset: int, found: list[Candidate], boundaries: set[int]) -> list[Candidate]:
        """蔡伦竹海成功创建为国家4A级旅游景区, 四明山获评国家森林公园: the name opening a clause before a verb of winning a site's
        designation is the site (rules.designated_site), on the segmenter's word boundaries, with a proper word in it; not a
        name ending in a head of works (罗城古镇: a built attraction) nor one a known place's name overlaps."""
        new: list[Candidate] = []
        if self.designated_site is None:
            return new
        spans = [(c.start - offset, c.end - offset) for c in found]
        for match in self.designated_site.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if start not in boundaries or end not in boundaries or name.endswith(self.work_heads):
                continue
            if any(s < end and start < e for s, e in spans):
                continue
            words = self.lexicon.segment(name)
            if self.lexicon.strippable(words[0]) or not any(self.lexicon.is_proper(w) or self.lexicon.tag(w) in self.place_tags for w in words):
                continue
            new.append(Candidate(offset + start, offset + end, self.type, "ScenicArea", name, "places.designated_site"))
        return new

    def _bare_regions(self, text: str, offset: int) -> list[Candidate]:
        """高于西部 → 西部地区, 服务中西部 → 中西部地区: a broad region written without 地区 (bare_region); 东北三省 → 东北地区,
        西北五省区 as written: the region by the count of its provinces (counted_provinces)."""
        found = self._regions_without_suffix(self.bare_region, text, offset, "places.bare_region")
        for match in self.counted_provinces.finditer(text) if self.counted_provinces else ():
            place = self.named.get(match.group("name") + "地区")
            if place is not None:
                label = match.group() if match.group("more") else place.name
                found.append(Candidate(offset + match.start(), offset + match.end(), self.type, place.cls, label, "places.bare_region"))
        return found

    def _strategy_regions(self, text: str, offset: int) -> list[Candidate]:
        """西部大开发 → 西部地区, 东北全面振兴 → 东北地区: a broad region at the head of a national strategy's name
        (strategy_region)."""
        return self._regions_without_suffix(self.strategy_region, text, offset, "places.strategy_region")

    def _regions_without_suffix(self, pattern: re.Pattern | None, text: str, offset: int, rule: str) -> list[Candidate]:
        """The named region ``name`` + 地区 wherever ``pattern``'s group ``name`` matches."""
        found = []
        if pattern is None:
            return found
        for match in pattern.finditer(text):
            place = self.named.get(match.group("name") + "地区")
            if place is not None and self.honour_before is not None and self.honour_before.search(text, 0, match.start("name")):
                continue  # 入选“西部大开发20年…典型案例”: the region inside an honour's name (round 17 rule 37.3)
            if place is not None:
                found.append(Candidate(offset + match.start("name"), offset + match.end("name"), self.type, place.cls, place.name, rule))
        return found

    def _visited_abbreviations(self, text: str, offset: int, context, boundaries: set[int] = frozenset()) -> list[Candidate]:
        """来陕考察 → 陕西省, 供港进澳 → 香港, 澳门: one character standing for its place after a verb of going
        or supplying (abbreviated.visited); 进京应对, 援鄂各项任务: after a verb of going or aiding, the two one word of the
        segmenter (abbreviated.visited.word)."""
        found = []
        if self.visited_abbreviation is None:
            return found
        matches = list(self.visited_abbreviation.finditer(text))
        if self.visited_word is not None:
            seen = {m.start("char") for m in matches}
            for match in self.visited_word.finditer(text):
                at = match.start("char")
                if (at in seen or match.group("char") not in self.abbreviation_places or match.start() not in boundaries
                        or match.end() not in boundaries or at in boundaries or match.group() in self.visited_not_words):
                    continue
                tag = self.lexicon.tag(match.group())
                if tag is None or tag in self.visited_word_tags:
                    matches.append(match)
        for match in matches:
            full = self.abbreviation_places.get(match.group("char"))
            if full is None or full not in self.surfaces:
                continue
            known = self._resolve(full, self.surfaces[full], context, offset + match.start("char"))
            if known is not None:
                known.end = known.start + 1
                known.rule = "places.abbreviated"
                known.abbreviation = True
                found.append(known)
        return found

    def _regional(self, text: str, offset: int, boundaries: set[int]) -> list[Candidate]:
        found = []
        for match in self.regional.finditer(text):
            surface = match.group()
            if surface in self.regional_exclude:
                continue
            if len(surface) < 3 and (match.start() not in boundaries or match.end() not in boundaries):
                continue
            end = match.end()
            extent = next((e for e in self.regional_extent if text.startswith(e, end)), "")
            found.append(Candidate(offset + match.start(), offset + end + len(extent), self.type, "Region", surface + extent, "places.regional"))
        return found

    # -- context -----------------------------------------------------------------------------------

    def _counted_regions(self, text: str, offset: int, found: list[Candidate]) -> list[Candidate]:
        """水乡经济区、大学创新城、银瓶创新区等“三大增长极”: each element a region."""
        new: list[Candidate] = []
        if self.counted_regions is None:
            return new
        spans = {(c.start - offset, c.end - offset) for c in found}
        for match in self.counted_regions.finditer(text):
            for start, end in counted_list_before(text, match.start(), chinese_number(match.group("count"))):
                start = self.lexicon.name_start(text, start, end)
                low, high = self.counted_chars
                if low <= end - start <= high and (start, end) not in spans:
                    new.append(Candidate(offset + start, offset + end, self.type, "Region", text[start:end], "places.counted"))
        return new

    def _listed(self, text: str, offset: int, found: list[Candidate]) -> list[Candidate]:
        """七星山（含堡子界）、天门山、崇山、熊壁岩: enumerated next to a known place, ending like a landform."""
        # 齐济河、牧马河等河流综合治理: 等 closes the list, the last element ends before it
        if not found:
            return []  # no known place for an element to be listed next to
        atoms = [(m.start(), m.end()) for m in _LISTED_ATOM.finditer(text)]
        ends = {c.end - offset for c in found}
        places = {(c.start - offset, c.end - offset) for c in found}
        known = [end in ends for _start, end in atoms]
        if not any(known):
            return []  # an element is listed only next to a known one, directly or through others
        listed = [self._listed_element(text, start, end) for start, end in atoms]
        new: list[Candidate] = []
        changed = True
        while changed:
            changed = False
            for i, element in enumerate(listed):
                if known[i] or element is None:
                    continue
                neighbours = []
                if i > 0 and _enumerated(text[atoms[i - 1][1] : atoms[i][0]]):
                    neighbours.append(i - 1)
                if i + 1 < len(atoms) and _enumerated(text[atoms[i][1] : atoms[i + 1][0]]):
                    neighbours.append(i + 1)
                if any(known[j] for j in neighbours):
                    start, end, cls = element
                    if (start, end) not in places:
                        new.append(Candidate(offset + start, offset + end, self.type, cls, text[start:end], "places.listed"))
                    known[i] = changed = True
        return new

    def _listed_element(self, text: str, start: int, end: int) -> tuple[int, int, str] | None:
        """The name at the end of an atom (含堡子界 -> 堡子界) with the class its last character says."""
        cls = self.listed_endings.get(text[end - 1]) if end > start else None
        if cls is None:
            return None
        position = start
        words = self.lexicon.segment(text[start:end])
        for word in words[:-1]:
            position += len(word)
            if self.lexicon.strippable(word) or self.lexicon.breaks_name(word) or self.lexicon.is_hard_break(word):
                start = position  # the name starts after the last word that governs or joins it
        position = start
        low, high = self.listed_chars
        if not low <= end - position <= high:
            return None
        name_words = self.lexicon.segment(text[position:end])
        if all(w in self.lexicon.generic for w in name_words) or text[position:end] in self.morphology.exclude:
            return None
        return position, end, cls

    def _mark_prefixes(self, text: str, offset: int, context, towns, found: list[Candidate], boundaries: set[int]) -> None:
        """澧水 in 澧水生态经济带, 中国 in 中国（湖南）自由贸易试验区: a known place at the start of another
        place's name is a mention too (``nested``: it stays beside the longer name); not a water or mountain opening a
        fixed region of the gazetteer (长江经济带, 珠江三角洲: the region is named after it, rule 24)."""
        spans = {(c.start, c.end): c for c in found}
        for candidate in list(found):
            if candidate.code or candidate.cls == "Country":
                continue
            start, end = candidate.start - offset, candidate.end - offset
            whole_word = candidate.rule == "places.gazetteer"  # 长江经济带 is one word to the segmenter
            for length in range(min(self.longest, end - start - 1), 1, -1):
                if not whole_word and start + length not in boundaries and text[start + length] not in DELIMITERS:
                    continue
                prefix = self._known(text[start : start + length], context, towns, offset + start)
                if prefix is None or prefix.cls == "Town" or (prefix.cls == candidate.cls and not (
                        candidate.rule == "places.area.head" and prefix.label.endswith(tuple(self.own_extent)))):
                    continue  # a river's basin opening a zone's name is a mention (黄河流域 in 黄河流域生态保护和高质量发展先行区)
                if (prefix.cls == "County" and prefix.label != text[start : start + length] and self.town_short_region is not None
                        and self.town_short_region.fullmatch(text, start + length, end)):
                    continue  # 临桂新区: a new district named after the county's short form, no mention of the county
                if text[start + length : end] in self.own_extent:
                    continue  # 黄河流域: the river's own basin, no second mention of the river
                if whole_word and candidate.cls == "Region" and prefix.cls in self.named_after_classes:
                    continue  # 长江经济带, 珠江三角洲: a fixed region named after a water gives no row of it (rules 24, 47)
                if prefix.label in self.home_country and text.startswith(self.home_country_ideology, start + length):
                    continue  # 中国特色社会主义先行示范区: the country names the ideology, no mention
                if prefix.code and prefix.label != text[start : start + length] and self._names_feature(text, start + length, context, towns):
                    continue  # 岳麓山景区: the mountain is named like the district, it is not in its name
                existing = spans.get((prefix.start, prefix.end))
                if existing is None:
                    found.append(prefix)
                    spans[(prefix.start, prefix.end)] = existing = prefix
                existing.nested = True
                break


def _quoted(text: str, start: int, end: int, partly: bool = False) -> bool:
    """Whether ``text[start:end]`` lies inside quotation marks (with ``partly``: and is not all
    that is quoted)."""
    before = max(text.rfind(q, 0, start) for q in OPEN_QUOTES if q not in CLOSE_QUOTES)
    closed = max(text.rfind(q, 0, start) for q in CLOSE_QUOTES if q not in OPEN_QUOTES)
    if before < 0 or before < closed:
        return False
    following = [p for p in (text.find(q, end) for q in CLOSE_QUOTES if q not in OPEN_QUOTES) if p >= 0]
    if not following:
        return False
    return not partly or before + 1 != start or min(following) != end


def _enumerated(separator: str) -> bool:
    """A separator between two elements of an enumeration: 、 with brackets around it at most."""
    return "、" in separator and all(ch in "、（）()" for ch in separator) or separator in ("（", "(")


def _list_neighbours(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """The spans of two or three characters next to ``text[start:end]`` across a list's 、: after it,
    then before it (one list per side that has a 、)."""
    sides = []
    if text[end : end + 1] == "、":
        sides.append([(end + 1, end + 1 + n) for n in (2, 3)])
    if start > 0 and text[start - 1] == "、":
        sides.append([(start - 1 - n, start - 1) for n in (2, 3)])
    return sides


def _element_neighbours(text: str, start: int, end: int, joiners: str, reach: int = 16) -> list[list[tuple[int, int]]]:
    """The spans of two or three characters that start the list elements next to the one ``text[start:end]``
    starts (内丘建滔醋酸、沙河闽都紧固件: 沙河 beside 内丘): the next element after the first joiner, the element before
    when a joiner stands right before ``start``; no delimiter other than a joiner in between."""
    if start > 0 and text[start - 1] not in joiners and text[start - 1] not in DELIMITERS:
        return []  # the name does not start an element
    sides = []
    for i in range(end, min(len(text), end + reach)):
        if text[i] in joiners:
            if i + 1 < len(text) and text[i + 1] not in DELIMITERS:
                sides.append([(i + 1, i + 1 + n) for n in (2, 3)])
            break
        if text[i] in DELIMITERS:
            break
    if start > 0 and text[start - 1] in joiners:
        for i in range(start - 2, max(-1, start - 2 - reach), -1):
            if i < 0 or text[i] in DELIMITERS:
                if start - 1 - (i + 1) > 3:
                    sides.append([(i + 1, i + 1 + n) for n in (2, 3)])
                break
    return sides


def _plain_short_form(surface: str, divisions) -> object | None:
    """Among divisions at prefecture level or above that a short form could mean, the only one whose name is the
    short form and one character of level (海南 → 海南省, not 海南藏族自治州, whose short form drops a longer tail);
    None when there are several (吉林: 吉林省 and 吉林市) or none."""
    plain = [
        d for d in divisions
        if d.level in ("province", "prefecture") and len(d.name) == len(surface) + 1 and d.name.startswith(surface)
    ]
    return plain[0] if len(plain) == 1 else None
