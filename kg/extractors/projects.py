"""Projects: highways, railways, airports, roads, bridges, water and energy works, industrial parks
and plants, tourism and public facilities (head-noun grammar, ``patterns/projects.toml``).

The shared head grammar (``kg.extractors.heads``) finds a head and walks left to where the name
starts. Projects add, all driven by data in ``projects.toml``:

- a left boundary tried on characters as well as on jieba's words: jieba reads 打通常张高速 as
  打/通常/张, but the listed verb 打通 ends on a character inside 通常, so the name is 常张高速;
- list elements after a 、 keep their first word (九天峰峦旅游, 九十九尖风电项目): only the first
  element of a list stands after a governing verb;
- the report's own level before a facility names that facility (建成市图书馆 → 张家界市图书馆);
- kinds and collectives are no names: designations (国家级…), a stop-list of kind words (病险水库,
  截污工程, 新能源项目), a count of things after or before the phrase (学校16所, 4座…水库),
  numbered or campaign-like 工程 (135工程, 千村美丽示范建设工程, 县中对口帮扶工程);
- context: a phrase whose words are ordinary (月亮湾西路, 旅游商品产业园) is a name when it
  stands in one 、-list with names the grammar accepts on their own;
- what closes a list (``[collectives]``, ``[context]``): a collective noun of works after 等 or after
  以…为代表的 (…九院十街、溪布街等文化和旅游消费集聚区), a designation won (七十二奇楼入选…集聚区), a
  count equal to the list's length before a shared headed phrase (沙堤、金岩、利福塔 3 所芙蓉学校);
- a quoted name before a head (“仙境张家界”英文网站), a middle dot inside a name (中建·敦谊小学), a
  company before a building cue (亿胜新材料主体完工), and a zone at the start of a work's name, which
  is named too (翠谷产业园 in 翠谷产业园路网工程).
"""

from __future__ import annotations

import dataclasses
import functools
from itertools import accumulate
import re

import ahocorasick_rs

from kg.extractors.base import CLOSE_QUOTES, DELIMITERS, OPEN_QUOTES, Candidate, chunk_start, optional_pattern, report_sentences
from kg.extractors.heads import Head, HeadGrammar
from kg.triggers import trigger_rules
from kg.gazetteer import load_companies, load_gazetteer
from kg.lexicon import Lexicon, chinese_number
from kg.resources import load_toml

_SIBLING_GAP = re.compile(r"^(?:（[^（）]{1,12}）)?\s*[、和及与]\s*$")


_PHASE_END = re.compile(r"第?[一二三四五六七八九十\d]+期$")
_INNER_BRACKET = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）](?=[\u4e00-\u9fff])")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
_TYPESET_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9])")


class ProjectGrammar(HeadGrammar):
    """The head grammar with the project rules above. ``lenient`` accepts any specific phrase
    before a head (the extractor keeps such phrases only in a list with accepted names)."""

    def __init__(self, config: dict, type_: str, lexicon: Lexicon, known_names=(), lenient: bool = False):
        super().__init__(config, type_, lexicon, known_names)
        for surface, head in list(self.heads.items()):
            changes = {}
            if head.suffix == "{head}":
                changes["suffix"] = head.canonical
            if lenient and not head.generic:
                changes["require"] = "specific"
            if changes:
                self.heads[surface] = dataclasses.replace(head, **changes)
        rules = config.get("rules", {})
        if rules.get("division_heads_blocked"):
            # 弘扬张家港精神, 泉港区: a head that ends a division's name (张家港, 防城港, 泉港区) is a morpheme of
            # that name where it is written, no head; a head after the name still is (连云港港).
            self.blocked_words += tuple(sorted({
                surface for surface, kind, _key in load_gazetteer().surfaces()
                if kind == "division" and surface.endswith(self.head_surfaces) and surface not in self.heads
            }))
        self.complements = tuple(rules.get("complements", []))
        # 新机场高速: a road or highway named by the airport it leads to (the report city's own one)
        self.node_route_classes = frozenset(rules.get("node_route_classes", []))
        self.node_classes = frozenset(rules.get("route_origin_classes", []))
        self.node_prefixes = tuple(rules.get("node_prefixes", []))
        self.governing = sorted(set(lexicon.leading) | set(lexicon.hard_breaks) | set(rules.get("governing", [])), key=len, reverse=True)
        # the same words for membership (a set) and for str.endswith (tuples: one call tests them all)
        self._governing_set = frozenset(self.governing)
        self.glued_first_tags = frozenset(rules.get("glued_first_tags", []))
        self.glued_adverb_tags = frozenset(rules.get("glued_adverb_tags", []))
        self.glued_adverb_before_tags = frozenset(rules.get("glued_adverb_before_tags", []))
        self.clause_openers = "".join(rules.get("clause_openers", []))
        self._clause_first = False
        self._governing_tuple = tuple(self.governing)
        self._long_governing = tuple(word for word in self.governing if len(word) > 1)
        # The governing words by their first character, longest first (only those can start at a
        # position), and the longest known name (no longer one starts there).
        self._governing_from: dict[str, list[str]] = {}
        for word in self.governing:
            self._governing_from.setdefault(word[:1], []).append(word)
        self._longest_known = max(map(len, self.known_names), default=0)
        self.industry_words = frozenset(rules.get("industry_words", []))
        self.kind_words = frozenset(rules.get("kind_words", [])) | self.industry_words
        self.designation = optional_pattern(rules, "designation")
        self.campaign_start = optional_pattern(rules, "campaign_start")
        self.campaign_words = tuple(rules.get("campaign_words", []))
        self.upgrade_words = tuple(rules.get("upgrade_words", []))
        self.place_named_heads = frozenset(rules.get("place_named_heads", []))
        self.place_named_tags = frozenset(rules.get("place_named_tags", []))
        self.upgrade_place_tags = frozenset(rules.get("upgrade_place_tags", []))
        self.own_levels = frozenset(rules.get("own_levels", []))
        # 县, 区 are no leading words (市 is): alone before the head they are the report's own level too (，县高新区).
        self.own_level_alone = rules.get("own_level_alone", False)
        self.own_level_heads = frozenset(rules.get("own_level_heads", []))
        self.own_level_zones = frozenset(rules.get("own_level_zones", []))
        self.own_level_heads |= self.own_level_zones
        self.own_zone_locates = optional_pattern(rules, "own_zone_locates")
        self.not_a_name = optional_pattern(rules, "not_a_name")
        self.zone_endings = tuple(rules.get("zone_endings", []))
        zones = [*self.zone_endings, *rules.get("zones_before_names", [])]
        self._zone_before_place = (
            re.compile(f"^[\u4e00-\u9fff]{{2,6}}?(?:{'|'.join(map(re.escape, zones))})") if rules.get("zone_before_place") and zones else None
        )
        self.zone_located_classes = frozenset(rules.get("zone_located_classes", []))
        self.zone_verb_governs = rules.get("zone_verb_governs", False)
        self.capacity_units = frozenset(rules.get("capacity_units", []))
        self.clause_verbs = tuple(rules.get("clause_verbs", []))
        self.road_words = tuple(rules.get("road_words", []))
        self.road_name_endings = tuple(rules.get("road_name_endings", []))
        self.superlative = optional_pattern(rules, "superlative")
        self.ordinal_before_head = optional_pattern(rules, "ordinal_before_head")
        self.area_heads = tuple(rules.get("area_heads", []))
        # a head that starts with one of them too (站综合交通枢纽: a hub named after its station)
        self.proper_end_heads = tuple(rules.get("proper_end_heads", []))
        self.kind_before_name = rules.get("kind_before_name", False)
        self.list_owner_words = tuple(rules.get("list_owner_words", []))
        # words between 等 and the head that say a list's elements are no works: firms that own them, trades or products
        self.list_not_works = self.list_owner_words + tuple(rules.get("list_trade_words", []))
        self.bracketed_phase = optional_pattern(rules, "bracketed_phase")
        self.own_positions: set[int] = set()
        # what the walks left from a head found in the current sentence (see _name_before); one
        # dictionary for the strict and the lenient grammar, emptied for each sentence
        self.shared: dict[tuple, tuple] = {}
        self.lenient = lenient
        self._element_after_comma = False
        self.specific_words = frozenset(rules.get("specific_words", []))
        self.joined_place_endings = tuple(config.get("joined_place_endings", []))
        self.name_dashes = tuple(rules.get("name_dashes", []))
        self._dashes = re.compile(f"[{''.join(self.name_dashes)}]") if self.name_dashes else None
        self.unknown_name_tags = frozenset(rules.get("unknown_name_tags", []))
        self.glued_place_before = frozenset(rules.get("glued_place_before_tags", []))
        self.glued_place_morpheme = frozenset(rules.get("glued_place_morpheme_tags", []))
        # Tags of proper names a governing word read on characters must not cut (向家坝: nr).
        self.proper_name_tags = frozenset(rules.get("proper_name_tags", []))
        joined = f"(?:{'|'.join(self.joined_place_endings)})[与及]"
        self._joined_place_inside = re.compile(joined) if self.joined_place_endings else None
        self._joined_place = re.compile("^.*" + joined) if self.joined_place_endings else None
        self.place_kind_generic = rules.get("place_kind_generic", False)
        self.list_needs_proper = rules.get("list_needs_proper", False)
        self.companies = frozenset(load_companies())  # surfaces of well-known enterprises
        self._after_comma = False
        predicate = rules.get("predicate_tags", {})
        self.predicate_adverbs = frozenset(predicate.get("adverb", []))
        self.predicate_verbs = frozenset(predicate.get("verb", []))
        self.complement_verbs = frozenset(rules.get("complement_verb_tags", []))
        before_place = rules.get("verb_before_place_tags", {})
        self.verbs_before_place = frozenset(before_place.get("verb", []))
        self.places_after_verb = frozenset(before_place.get("place", []))
        # A phase between 等 and the head (等三江源二期工程): the phrase is one phased work, not the kind of the list.
        phase = config.get("context", {}).get("phase") if rules.get("phased_kind_not_list") else None
        self.list_phase = re.compile(phase) if phase else None
        # A verb of one character right before the head's word governs the head as its object (多措并举抓项目, 闯新路).
        self.head_object_verb_tags = frozenset(rules.get("head_object_verb_tags", []))
        self.head_object_subject_tags = frozenset(rules.get("head_object_subject_tags", []))
        # ... and a generic head after one rare word that ends in a common verb (精心策划项目: a predicate glued by the segmenter)
        self.head_object_glued = rules.get("head_object_glued", False)
        # “洪湖岸边”文旅新城 between 、: an element may open with a quoted name of up to this many characters
        self.quoted_elements = rules.get("quoted_elements", False)
        self.quoted_element_chars = rules.get("quoted_element_chars", 10)
        # 渤中 19-6凝析气田 between 、: a typeset space before a number or a Latin letter ends no element
        self.typeset_spaces = rules.get("typeset_spaces", False)
        # 三是秦岭博物馆…, 九是市中心医院…: a clause that opens with an enumerator (一是, 二是…) has its words after it.
        self.enumerator = optional_pattern(rules, "enumerator")
        # 6.6兆瓦, 5.5万吨: the decimal point between two digits ends no phrase (a delimiter elsewhere).
        self.decimal_point = rules.get("decimal_point", "")
        # 现代农业, 污水处理: a rare dictionary compound of common words is no proper word (0: off)
        self.compound_part_chars = rules.get("common_compound_part_chars", 0)
        self.function_named_classes = frozenset(rules.get("function_named_classes", []))

    def _tokens(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """邦/嘎, 佑/本: single characters jieba could not read as words (a morpheme among them) are the
        characters of an unknown name, read as one word (邦嘎隧道, 金河佑本动物疫苗生产基地). The
        same words are asked for again (the walk left from a head and its region start, the strict
        and the lenient grammar): they are kept with the sentence's shared results (never changed
        by those who ask)."""
        key = ("tokens", text, start, end)
        tokens = self.shared.get(key)
        if tokens is None:
            tokens = self.shared[key] = self._glued_tokens(text, start, end)
        return tokens

    def _glued_tokens(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        tokens = self._split_glued_marker(super()._tokens(text, start, end))
        if not self.unknown_name_tags:
            return tokens
        glued, run = [], []

        def flush():
            if len(run) >= 2 and any(self.lexicon.tag(w) in self.unknown_name_tags for _s, _e, w in run):
                glued.append((run[0][0], run[-1][1], "".join(w for _s, _e, w in run)))
            else:
                glued.extend(run)
            run.clear()

        for token in tokens:
            word = token[2]
            if (len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in self.lexicon.function_chars
                    and word not in self.lexicon.leading and not self.lexicon.is_hard_break(word)):
                run.append(token)
            else:
                flush()
                glued.append(token)
        flush()
        return self._glued_place_morpheme(glued)

    def _glued_place_morpheme(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """日月/湖高端商务区: a place's morpheme of one character (湖: ns) after a word the segmenter took for a time
        (日月: t) is the end of one name with it (日月湖), not a place of one character after a time."""
        if not self.glued_place_before or len(tokens) < 2:
            return tokens
        out: list[tuple[int, int, str]] = []
        for token in tokens:
            if (out and len(token[2]) == 1 and out[-1][1] == token[0] and self.lexicon.tag(token[2]) in self.glued_place_morpheme
                    and self.lexicon.tag(out[-1][2]) in self.glued_place_before):
                previous = out.pop()
                token = (previous[0], token[1], previous[2] + token[2])
            out.append(token)
        return out

    def _split_glued_marker(self, tokens):
        """世界光影城等项目: jieba's HMM glues the list marker to the character before it (城等), a word
        of no dictionary's; the marker is split off, so the name ends before it and the list is read."""
        split = []
        for tok_start, tok_end, word in tokens:
            marker = next((m for m in self.list_words if len(word) > len(m) and word.endswith(m)), None) if word.endswith(self.list_words) else None
            if marker and self.lexicon.tag(word) is None:
                split.append((tok_start, tok_end - len(marker), word[: -len(marker)]))
                split.append((tok_end - len(marker), tok_end, marker))
            else:
                split.append((tok_start, tok_end, word))
        return split

    def _after_last_break(self, text: str, start: int, tokens):
        """联合湘潭市共同建设长株潭城际铁路: an adverb and the verb it modifies are the clause's
        predicate; the name starts after them (长株潭城际铁路)."""
        if self.enumerator is not None and tokens:
            enumerator = self.enumerator.match(text, start)
            if enumerator is not None:
                # 三是/秦岭博物馆 (the segmenter glues the enumerator) or 一/是: the words after it, a word it
                # cuts keeps its part after it
                end = enumerator.end()
                tokens = [(max(s, end), e, w[max(0, end - s) :]) for s, e, w in tokens if e > end]
        tokens = super()._after_last_break(text, start, tokens)
        cut = 0
        for i in range(len(tokens) - 1):
            if i < len(tokens) - 2 and self.lexicon.tag(tokens[i][2]) in self.predicate_adverbs and self.lexicon.tag(tokens[i + 1][2]) in self.predicate_verbs:
                cut = i + 2
            elif self._verb_with_result(tokens, i):
                cut = i + 2 if len(tokens[i][2]) == 1 else i + 1  # 守好/密云, 走/好/密云
            elif i > 0 and self._verb_before_place(tokens, i):
                cut = i + 1  # 稳妥/处置/京/港澳, 迈进/市
        return tokens[cut:]

    def _verb_before_place(self, tokens, i: int) -> bool:
        """稳妥/处置/京/港澳/高速, 阔步/迈进/市/文化艺术中心: a verb of two characters or more (tagged v) after another
        word and right before a place (ns, two characters or more) or the report's own level is the clause's predicate,
        no part of the name. The first word of the phrase is left alone: 、联想/武汉/产业基地 (a company the lexicon
        takes for a verb) reads as 、支援/浦东/机场 does."""
        word, after = tokens[i][2], tokens[i + 1][2]
        if not self.verbs_before_place or len(word) < 2 or self.lexicon.tag(word) not in self.verbs_before_place:
            return False
        if after in self.own_levels:
            return word + after not in self.heads  # 商贸集聚/区: the verb and the level are a head (集聚区)
        place = ""
        for _s, _e, w in tokens[i + 1 :]:  # 京/港澳: the place's words (not 位置/云/服务平台: 云 alone)
            if self.lexicon.tag(w) not in self.places_after_verb:
                break
            place += w
        return len(place) > 1

    def _verb_with_result(self, tokens, i: int) -> bool:
        """守好/密云 (one word the lexicon does not know, or tags v) or 走/好: a verb of one character and its result
        (好) are the clause's predicate, no part of a name (争当守好密云水库 → 密云水库; not 美好, 完好: adjectives)."""
        if not self.complement_verbs:
            return False
        word = tokens[i][2]
        if len(word) == 2 and word.endswith(self.complements):
            return self.lexicon.tag(word[0]) in self.complement_verbs and self.lexicon.tag(word) in (None, *self.complement_verbs)
        return len(word) == 1 and tokens[i + 1][2] in self.complements and self.lexicon.tag(word) in self.complement_verbs

    def find(self, text: str, offset: int, rule: str) -> list[Candidate]:
        self.own_positions: set[int] = set()
        if not self.lenient:
            self.shared.clear()  # the strict grammar reads a sentence first (ProjectExtractor.find)
        found = super().find(text, offset, rule)
        for candidate in found:
            if candidate.head and candidate.head.startswith(self.proper_end_heads):
                # 哈大高铁普湾站, 南宁枢纽五象站: a station after the line or the hub it is on is named by its place
                name = text[candidate.start - offset : candidate.end - offset - len(candidate.head)]
                inner = [m for m in self.head_pattern.finditer(name) if not self._inside_blocked_word(name, m.start(), m.end())]
                if inner and len(name) - inner[-1].end() >= self.min_name:
                    candidate.start += inner[-1].end()
                    candidate.label = candidate.label[inner[-1].end() :]
            elif self.kind_before_name and candidate.head in self.heads:
                self._after_own_kind(text, offset, candidate)
        if self.area_heads:
            # 赣榆港区、徐圩新区等专用铁路线, 徐圩港区30万吨级航道: an area that starts a longer work's name is no
            # work of its own there, nor one right before a work's name (南宁枢纽五象站: the hub the station is in);
            # 岳阳港城陵矶港区: nor is the area of a work named before it
            found = [
                c for c in found
                if c.head not in self.area_heads
                or not (
                    any(d is not c and d.head not in self.area_heads and (d.start == c.start and d.end >= c.end or d.start == c.end) for d in found)
                    or self._same_kind_inside(text[c.start - offset : c.end - offset - len(c.head)], c.head)
                )
            ]
        if self.own_level_zones and self.own_zone_locates:
            # 市高新区锂电池等…项目: the report's own zone right before more words of a list element locates it
            found = [
                c for c in found
                if not (c.head in self.own_level_zones and c.start - offset in self.own_positions
                        and self.own_zone_locates.match(text, c.end - offset))
            ]
        return found

    def _after_own_kind(self, text: str, offset: int, candidate: Candidate) -> None:
        """首条旅游公路黄莽公路 → 黄莽公路: common words and the same head (or one that ends in it) before a name are the
        kind the work is of, said before its name (an apposition), no part of it."""
        name = text[candidate.start - offset : candidate.end - offset - len(candidate.head)]
        head = self.heads[candidate.head]
        if head.generic:
            return  # 项目, 工程: no kind of its own
        inner = [
            m for m in self.head_pattern.finditer(name)
            if (self.heads[m.group()].canonical == head.canonical or m.group().endswith(candidate.head))
            and not self._inside_blocked_word(name, m.start(), m.end())
        ]
        if not inner or len(name) - inner[-1].end() < self.min_name:
            return
        kind = self.lexicon.segment(name[: inner[-1].start()]) if inner[-1].start() else []
        if any(self.lexicon.is_proper(w) or w in self.known_names or not self.lexicon.is_common(w) for w in kind):
            return  # 岳阳港城陵矶港区, 京港澳高速…: a name before the inner head
        candidate.start += inner[-1].end()
        candidate.label = candidate.label[inner[-1].end() :]

    def _list_marker_before(self, text: str, start: int, head_start: int) -> int | None:
        """黑土滩治理、…、生态畜牧业基础设施建设等三江源二期工程: a phase after 等 says the words name one work (kinds
        have no phases), and the elements are its parts, no works of the kind."""
        marker = super()._list_marker_before(text, start, head_start)
        if marker is not None and self.list_phase is not None and self.list_phase.search(text, marker + 1, head_start):
            return None
        return marker

    def _zone_located(self, text: str, head_start: int) -> bool:
        """Whether the head at ``head_start`` is of a class a zone before its name only locates (a road)."""
        head = self.head_pattern.match(text, head_start)
        return bool(head) and self.heads[head.group()].cls in self.zone_located_classes

    def _same_kind_inside(self, name: str, head: str) -> bool:
        """岳阳港城陵矶港区: a head of the same kind (canonical) as ``head`` stands in ``name`` (湛江铁路枢纽: no)."""
        canonical = self.heads[head].canonical
        return any(
            self.heads[m.group()].canonical == canonical and not self._inside_blocked_word(name, m.start(), m.end())
            for m in self.head_pattern.finditer(name)
        )

    def _holds_head(self, name: str) -> bool:
        """赣榆港区: an area's head (area_heads) at the end of a list element leaves it a bare name, which
        takes the head the list shares."""
        for area in self.area_heads:
            if name.endswith(area) and len(name) > len(area):
                return super()._holds_head(name[: -len(area)])
        return super()._holds_head(name)

    def _heads_in(self, text: str) -> list[tuple[int, int]]:
        key = ("heads", text)  # the same heads for the strict and the lenient grammar
        found = self.shared.get(key)
        if found is None:
            found = self.shared[key] = super()._heads_in(text)
        return found

    def _heads_in_with_blocked(self, text: str) -> list[tuple[int, int]]:
        self.shared[("blocked", text)] = True  # a head stands in the text, though blocked words may leave none
        return super()._heads_in_with_blocked(text)

    def no_head_in(self, text: str) -> bool:
        """Whether the sentence ``text``, read by :meth:`find`, holds none of the heads at all (its
        automaton found no match, and no blocked word emptied a list of heads it found)."""
        return self.shared.get(("heads", text)) == [] and ("blocked", text) not in self.shared

    # -- where a name starts -------------------------------------------------------------------

    def _name_before(self, text: str, start: int, head_start: int) -> tuple[int, str, int | None]:
        # The strict and the lenient grammar walk left from the same heads the same way: the
        # first to do it leaves the result, and the state it sets, to the other (same sentence).
        key = ("name", text, start, head_start)
        shared = self.shared.get(key)
        if shared is None:
            result = self._walk_to_name(text, start, head_start)
            own_position = result[0] if self._own_level is not None else None
            self.shared[key] = (result, self._element_after_comma, self._own_level, own_position)
            return result
        result, self._element_after_comma, self._own_level, own_position = shared
        if own_position is not None:
            self.own_positions.add(own_position)
        return result

    def _walk_to_name(self, text: str, start: int, head_start: int) -> tuple[int, str, int | None]:
        if self.decimal_point and start >= 2 and text[start - 1] == self.decimal_point and text[start - 2].isdigit() and text[start : start + 1].isdigit():
            # 建成6.6兆瓦分布式光伏项目: the point of a decimal number ends no phrase
            return self._walk_to_name(text, chunk_start(text, start - 1), head_start)
        phase = None
        if self.bracketed_phase:
            phase = next((m for m in self.bracketed_phase.finditer(text, max(start - 12, 0), head_start) if m.end() == head_start), None)
        if phase and phase.start() > 0 and (start == head_start or phase.start() > start):
            # 中节能（一期）光伏项目: a phase in brackets between the name and its head is the stage built
            return self._walk_to_name(text, chunk_start(text, phase.start()), phase.start())
        self._after_comma = self._element_after_comma = start > 0 and text[start - 1] == "、"
        try:
            name_start, name, listed = super()._name_before(text, start, head_start)
        finally:
            self._after_comma = False
        self._own_level = None
        if listed is not None:
            return name_start, name, listed
        if self.own_level_alone and name in self.own_levels:
            # ，县高新区: the level alone before the head is the report's own, as 市 (a leading word, stripped) is
            name_start, name = head_start, ""
        region_start = self._region_start(text, start, head_start)
        char_start = self._char_boundary(text, region_start, head_start)
        if name and char_start > name_start:
            name_start, name = char_start, text[char_start:head_start]  # 充分发挥, 市中心城区: listed words
        elif name and char_start < name_start and self._inside_word(text, region_start, head_start, char_start):
            name_start, name = char_start, text[char_start:head_start]
        elif not name and char_start < head_start and self._inside_word(text, region_start, head_start, char_start):
            name_start, name = char_start, text[char_start:head_start]
        superlative = self.superlative.match(name) if self.superlative and name else None
        if superlative and superlative.end() < len(name) - 1:
            name_start, name = name_start + superlative.end(), name[superlative.end() :]  # 全球最大…基地: a rank
        name_start, name = self._across_dash(text, start, name_start, name)
        zone = self._zone_before_place.match(name) if self._zone_before_place and name else None
        verb = None
        if zone and self.zone_verb_governs:
            verb = next((w for w in self._governing_from.get(name[zone.end() : zone.end() + 1], ()) if name.startswith(w, zone.end())), None)
        if verb and len(verb) > 1:
            # 榆树园区新建污水处理厂: the zone is where, and the verb after it governs what is built there
            cut = zone.end() + len(verb)
            name_start, name = name_start + cut, name[cut:]
        elif zone and len(name) - zone.end() >= self.min_name and (
            self._known_starts_at(text, name_start + zone.end(), head_start) or self._zone_located(text, head_start)
        ):
            # 在临桂新区桂林大剧院开幕: a zone before a name that starts with a place says where the work is; before
            # a road or a public facility, wherever it is (榕江新城滨江大道 → 滨江大道, 潮白河工业区幸福学校 → 幸福学校)
            name_start, name = name_start + zone.end(), name[zone.end() :]
        joined = self._joined_place.search(name) if self._joined_place and name else None
        if joined and len(name) - joined.end() >= self.min_name:
            name_start, name = name_start + joined.end(), name[joined.end() :]  # 长安镇与滨海湾开发区: two places
        # 建成市图书馆: the report's own level (市) right before a facility names that facility
        before = text[max(start, name_start - 1) : name_start]
        # (not the last character of a word: 市区揭阳大道 has no level 区)
        if before in self.own_levels and self._governed(text, start, name_start - 1) and not self._inside_word(text, start, head_start, name_start - 1):
            self._own_level = before
            name_start, name = name_start - 1, before + name
            self.own_positions.add(name_start)
        return name_start, name, listed

    def _across_dash(self, text: str, start: int, name_start: int, name: str) -> tuple[int, str]:
        """滨海—中关村科技园: a dash between a proper word and a name joins the two into one name; a chain of
        them joins every place it names (巴林—奈曼—阜新500千伏输变电工程)."""
        if not (name and self.name_dashes and name_start == start > 0 and text[name_start - 1] in self.name_dashes):
            return name_start, name
        joined = name_start
        while joined > 0 and text[joined - 1] in self.name_dashes:
            before = text[chunk_start(text, joined - 1) : joined - 1]
            words = self.lexicon.segment(before) if before else []
            if not words or not (self.lexicon.is_proper(words[-1]) or words[-1] in self.known_names) or len(words[-1]) < 2:
                break
            joined = joined - 1 - len(words[-1])
        return joined, text[joined : name_start + len(name)]

    def _dash_joined(self, name: str) -> str | None:
        """What follows the last dash of a name that :meth:`_across_dash` joined, or None."""
        if not self.name_dashes:
            return None
        dashes = self._dashes
        if dashes.search(name) is None:
            return None  # most names: nothing to split
        *places, last = dashes.split(name)
        if not last:
            return None
        for place in places:
            words = self.lexicon.segment(place) if place else []
            if not (len(words) == 1 and len(place) >= 2 and (self.lexicon.is_proper(place) or place in self.known_names)):
                return None
        return last

    def _region_start(self, text: str, start: int, head_start: int) -> int:
        tokens = self._after_last_break(text, start, self._tokens(text, start, head_start))
        return tokens[0][0] if tokens else head_start

    def _char_boundary(self, text: str, position: int, head_start: int) -> int:
        """Skip governing words (打通, 加快) and quantities read on characters, not on words; not a governing
        word that starts a longer word the segmenter tags as a proper name (向家坝: 向 is no verb there), unless that
        word is itself one that may start a phrase (全面推广, tagged nz)."""
        proper_at = {
            tok_start: tok_end
            for tok_start, tok_end, word in self._tokens(text, position, head_start)
            if len(word) > 1 and self.lexicon.tag(word) in self.proper_name_tags and not self.lexicon.strippable(word)
        }
        while position < head_start:
            if self._known_starts_at(text, position, head_start):
                return position
            for word in self._governing_from.get(text[position], ()):
                if position + len(word) < proper_at.get(position, 0):
                    return position  # 推动向家坝灌区建设: the proper word starts the name
                if text.startswith(word, position) and position + len(word) < head_start:
                    position += len(word)
                    if text.startswith(self.complements, position) and position + 1 < head_start:
                        position += 1  # 规划建设好新机场: the verb's result (好) governs with it
                    break
            else:
                quantity = self.lexicon.quantity_prefix.match(text[position:head_start])
                if quantity and self._inside_proper_word(self._tokens(text, position, head_start), position + quantity.end()):
                    return position  # 台水集散中心保税仓: 台 is no classifier inside the name 台水
                if quantity and quantity.end():
                    position += quantity.end()
                    continue
                return position
        return position

    def _known_starts_at(self, text: str, position: int, end: int) -> bool:
        """Whether a known name of two characters or more starts at ``position`` and ends by ``end``."""
        last = min(end, position + self._longest_known)
        return any(text[position:e] in self.known_names for e in range(position + 2, last + 1))

    def _inside_word(self, text: str, start: int, end: int, position: int) -> bool:
        """Whether jieba's words put ``position`` inside a word (通常 in 打/通常/张)."""
        for tok_start, tok_end, _word in self._tokens(text, start, end):
            if tok_start < position < tok_end:
                return True
        return False

    def _governed(self, text: str, start: int, position: int) -> bool:
        """Whether the text before ``position`` ends a phrase: a delimiter or a governing word."""
        if position <= start or text[position - 1] in DELIMITERS:
            return True
        return text.endswith(self._governing_tuple, start, position)

    def _strip_leading(self, tokens):
        if self._after_comma and tokens:
            # a list element after 、 keeps its first word unless it is a listed governing word
            while tokens and tokens[0][2] in self.lexicon.leading and tokens[0][2] not in self.known_names:
                tokens = tokens[1:]
            return tokens
        if self._glued_first_character(tokens) or (self._clause_first and self._glued_first_adverb(tokens)):
            return tokens
        return super()._strip_leading(tokens)

    def _glued_first_adverb(self, tokens) -> bool:
        """立新/制药, 不/溶性/硫磺: an adverb (no governing word) right before a noun, opening the first element of a list that
        opens its clause, is the first word of a trade name or product the segmenter read as an adverb (立新制药 a firm,
        不溶性硫磺 a product): no verb follows it for it to modify."""
        if len(tokens) < 2 or not self.glued_adverb_tags:
            return False
        first, second = tokens[0][2], tokens[1][2]
        return (
            self.lexicon.tag(first) in self.glued_adverb_tags and first not in self.lexicon.leading and first not in self._governing_set
            and self.lexicon.tag(second) in self.glued_adverb_before_tags
        )

    def _glued_first_character(self, tokens) -> bool:
        """泛/家居/产业城, 扎/铝/二期: a verb of one character that the dictionary does not list as governing, before a word of
        no proper tag, is the first character of an unknown trade name the segmenter split off, no verb governing it."""
        if len(tokens) < 2 or not self.glued_first_tags:
            return False
        first, second = tokens[0][2], tokens[1][2]
        return (
            len(first) == 1 and self.lexicon.tag(first) in self.glued_first_tags and first not in self.lexicon.leading
            and first not in self._governing_set and not self.lexicon.is_proper(second) and second not in self.known_names
        )

    def _element_before(self, text: str, end: int):
        key = ("element", text, end)
        shared = self.shared.get(key)
        if shared is not None:
            result, self._element_after_comma = shared
            return result
        element_end = end
        start = chunk_start(text, element_end)
        quoted = self._quoted_element_start(text, start) if self.quoted_elements else None
        if quoted is None and self.typeset_spaces:
            quoted = self._spaced_element_start(text, start)
        self._after_comma = self._element_after_comma = start > 0 and text[start - 1] == "、"
        # the first element of a list that opens its clause: no verb governs it (立新制药…、黄河新材料…等项目)
        self._clause_first = text.startswith("、", end) and (start == 0 or text[start - 1] in self.clause_openers)
        try:
            result = super()._element_before(text, end)
        finally:
            self._after_comma = self._clause_first = False
        if quoted is not None and result is not None:
            result = (quoted, result[1])  # “洪湖岸边”文旅新城, 新华·“蓉欧+”东盟国际物流中心: one element with its quoted name
        self.shared[key] = (result, self._element_after_comma)
        return result

    def _spaced_element_start(self, text: str, start: int) -> int | None:
        """渤中 19-6凝析气田: the typesetter's space between a Chinese character and a number or a Latin letter is no end of
        a list element after a 、 (the element starts at the words before the space)."""
        if start < 3 or text[start - 1] != " " or not (text[start].isascii() and text[start].isalnum()) or not "\u4e00" <= text[start - 2] <= "\u9fff":
            return None
        joined = chunk_start(text, start - 1)
        return joined if 0 < joined < start - 1 and text[joined - 1] == "、" else None

    def _quoted_element_start(self, text: str, start: int) -> int | None:
        """Where an element that opens with a quoted name starts (the open quote, or the word joined to it by a middle
        dot), when that is right after a 、: the quotes are no end of the element, so the list reads on before it."""
        if start < 3 or text[start - 1] not in CLOSE_QUOTES:
            return None
        opened = max(text.rfind(q, max(0, start - 2 - self.quoted_element_chars), start - 1) for q in OPEN_QUOTES)
        if opened < 1 or any(ch in DELIMITERS for ch in text[opened + 1 : start - 1]):
            return None
        if text[opened - 1] == "·" and opened >= 2:
            joined = chunk_start(text, opened - 1)
            if joined < opened - 1 and joined > 0 and text[joined - 1] == "、":
                return joined
            return None
        return opened if text[opened - 1] in "、，。；：" else None

    # -- what a name is not --------------------------------------------------------------------

    def _acceptable(self, name: str, head: Head, listed: bool = False) -> bool:
        if self.decimal_point and self.decimal_point in name:
            name = _DECIMAL.sub("", name)  # 6.6兆瓦…: a number's point is no delimiter inside the name
        if self.typeset_spaces and " " in name:
            name = _TYPESET_SPACE.sub("", name)  # 渤中 19-6凝析气田: the typesetter's space is no delimiter inside the name
        joined = self._dash_joined(name)
        if joined is not None:
            name = joined  # 滨海—中关村科技园: the name after the dash says whether the whole is one
        if self.place_named_heads and head.surface in self.place_named_heads and not listed and not any(
            self.lexicon.tag(w) in self.place_named_tags or w in self.known_names or w in self.companies for w in self.lexicon.segment(name)
        ):
            return False  # 船舶机械产业集群, 精细化工产业集群: a cluster of a trade no place or company names is a kind
        own_level = getattr(self, "_own_level", None)
        if own_level and name.startswith(own_level) and not listed:
            self._own_level = None
            if head.surface not in self.own_level_heads:
                return False
            rest = name[len(own_level) :]
            return not rest or (
                not (self.designation and self.designation.search(rest))
                and all(not self.lexicon.strippable(w) for w in self.lexicon.segment(rest))
            )
        if self._route_to_node(name, head):
            return True
        if len(name) < self.min_name:
            return False  # 、沿江产业园、: a single character before a head names nothing, in a list too (no 江产业园)
        if not (
            super()._acceptable(name, head, listed)
            or self._specific_by_word(name, head)
            or self._specific_list_element(name, head)
            or self._named_by_company(name, head)
            or self._unknown_run(name, head)
            or self._ordinal_named(name, head)
        ):
            return False
        if self.not_a_name and self.not_a_name.search(name):
            return False  # 每条道路, 四好农村路, 一册一办一平台, 12345热线: no name
        if name in self.area_heads:
            return False  # 启动港区航道疏浚工程: the area named by its kind alone is the one just spoken of, no name
        if head.surface.startswith(self.proper_end_heads) and not listed:
            last = self.lexicon.segment(name)[-1]
            if len(last) < 2 or not (self.lexicon.is_proper(last) or last in self.known_names):
                return False  # 红十字救护站, 丝路驿站: a station of a service, named by what it serves
        if self._joined_place_inside is not None and self._joined_place_inside.search(name):
            return False  # 沙田镇与东莞港: a place joined to another, no work's name
        if any(verb in name + head.surface for verb in self.clause_verbs):
            return False  # 才府玻璃全面达产…, 新港即将开港: a clause (its verb may end in the head)
        if self.head_object_verb_tags and self._object_of_verb(name, head):
            return False  # 多措并举抓项目, 西部大开发中闯新路: the head is the object of the verb before it
        if self.head_object_glued and head.generic and self._glued_predicate(name):
            return False  # 精心策划项目, 紧紧抓住项目: a predicate the segmenter read as one rare word
        if self.designation and self.designation.search(name):
            return False  # 索溪峪国家级旅游度假区, 省级中小企业特色产业集群: designations
        words = self.lexicon.segment(name)
        element = self._element_after_comma
        if not self._ordinal_named(name, head) and all(
            (w in self.kind_words or w in self.lexicon.generic or w in self.lexicon.leading or (self.lexicon.strippable(w) and not element)
             or (w in self._governing_set and len(w) > 1))
            and w not in self.specific_words
            for w in words
        ):
            return False  # 病险水库, 截污工程, 新能源项目: kinds
        if head.generic and self.place_kind_generic and not listed and any(w in self.known_names for w in words) and all(
            w in self.known_names or w in self.kind_words or w in self.lexicon.leading or w in self.lexicon.generic
            for w in words
        ):
            return False  # 大湾区标志性项目: a class of works in a place
        if head.generic:
            if re.fullmatch(r"[\d\s]+", "".join(w for w in words if w not in self.lexicon.generic)):
                return False  # 135工程: a numbered slogan
            if self.campaign_start and self.campaign_start.match(name):
                return False  # 千村美丽示范建设工程: a campaign
            if any(word in name for word in self.campaign_words):
                return False  # 县中对口帮扶工程
            if any(word in name for word in self.upgrade_words) and not any(self.lexicon.tag(w) in self.upgrade_place_tags or w in self.known_names for w in words):
                return False  # 商贸业品牌提升工程, 水产业提质增效工程: an upgrading no place names (not 犍为文庙文旅融合提升项目)
        return True

    def compound_kind(self, text: str, offset: int, candidate: Candidate) -> bool:
        """现代农业基地, 乡镇污水处理工程: a phrase that only a rare dictionary compound of common words makes specific
        names a kind (not a platform's function, nor the part of a name after a bracket: 青岛(莱西)现代农业产业园)."""
        if not self.compound_part_chars or candidate.rule != "projects.head" or not candidate.head:
            return False
        head = self.heads.get(candidate.head)
        if head is None or not (head.generic or head.require == "proper") or head.cls in self.function_named_classes:
            return False
        start, end = candidate.start - offset, candidate.end - offset - len(candidate.head)
        if start in self.own_positions or (start > 0 and text[start - 1] in ")）"):
            return False  # 市公共卫生医学中心: the report's own level names its facility (_acceptable)
        return start < end and self._named_by_compounds_only(text[start:end])

    def _named_by_compounds_only(self, name: str) -> bool:
        """现代农业 (现代+农业), 污水处理 (污水+处理): every word of ``name`` that would make it specific is a dictionary
        word of no proper tag, rare only as a listed compound of two common words; no known name is among them."""
        lexicon = self.lexicon
        proper = [w for w in lexicon.segment(name) if w in self.known_names or lexicon.is_proper(w)]
        return bool(proper) and all(self._common_compound(w) for w in proper)

    def _common_compound(self, word: str) -> bool:
        lexicon, size = self.lexicon, self.compound_part_chars
        tag = lexicon.tag(word)
        if tag is None or tag in lexicon.proper_tags or word in self.known_names or len(word) < 2 * size:
            return False
        return any(
            lexicon.tag(word[:k]) not in (None, *lexicon.proper_tags) and lexicon.is_common(word[:k])
            and lexicon.tag(word[k:]) not in (None, *lexicon.proper_tags) and lexicon.is_common(word[k:])
            for k in range(size, len(word) - size + 1)
        )

    def _unknown_run(self, name: str, head: Head) -> bool:
        """麓/景/路: a run of single characters with a morpheme among them (unknown_name_tags) is one unknown name, as
        the walk to the name reads it (_glued_tokens); it names a work as a proper word does."""
        if head.generic or not self.unknown_name_tags or len(name) < 2:
            return False
        return any(
            len(word) >= 2 and word not in self.lexicon.generic and self.lexicon.is_proper(word) and all(len(w) == 1 for w in self.lexicon.segment(word))
            for _start, _end, word in self._glued_tokens(name, 0, len(name))
        )

    def _object_of_verb(self, name: str, head: Head) -> bool:
        """Whether the word before the one that holds the head is a verb of one character (抓/项目, 闯/新路), not
        right after a noun (不锈钢板/带/生产线: a product the segmenter split)."""
        position, words = 0, []
        for word in self.lexicon.segment(name + head.surface):
            if position + len(word) > len(name):
                break
            position += len(word)
            words.append(word)
        else:
            return False
        if not words or len(words[-1]) != 1 or self.lexicon.tag(words[-1]) not in self.head_object_verb_tags:
            return False
        return len(words) == 1 or self.lexicon.tag(words[-2]) not in self.head_object_subject_tags

    def _glued_predicate(self, name: str) -> bool:
        """精心策划, 紧紧抓住, 四比六促: the name is one word of no proper tag, specific only by being rare, that ends in a
        common verb (its last two characters or its last one: 策划, 抓住, 促); not a governing word (做实: stripped
        elsewhere)."""
        if len(name) < 3 or self.lexicon.segment(name) != [name] or self.lexicon.tag(name) in self.lexicon.proper_tags:
            return False
        if any(ch.isascii() for ch in name):
            return False
        for size in (2, 1):
            tail = name[-size:]
            if self.lexicon.tag(tail) in self.head_object_verb_tags and self.lexicon.is_common(tail) and tail not in self.lexicon.leading:
                return True
        return False

    def _route_to_node(self, name: str, head: Head) -> bool:
        """新机场高速, 机场快速路: a route named by the city's airport or station alone is the one road to it."""
        if head.cls not in self.node_route_classes:
            return False
        for prefix in self.node_prefixes:
            if name.startswith(prefix) and len(name) > len(prefix):
                name = name[len(prefix) :]
                break
        node = self.heads.get(name)
        return node is not None and node.cls in self.node_classes

    def _only_modifiers(self, tokens: list[tuple[int, int, str]]) -> bool:
        """等6个330千伏变电站: a capacity between 等 and the head describes the works like a count."""
        capacity = {i for i, t in enumerate(tokens) if t[2] in self.capacity_units}
        capacity |= {i - 1 for i in capacity if i > 0 and tokens[i - 1][2].replace(".", "").isdigit()}
        kept = [t for i, t in enumerate(tokens) if i not in capacity]
        return super()._only_modifiers(kept) if len(kept) < len(tokens) else super()._only_modifiers(tokens)

    def _shared_head(self, text: str, name_start: int, head: Head, offset: int, rule: str) -> list[Candidate]:
        """上合示范区、胶东国际机场: an element that already names a zone takes no work's head (and the
        elements before it are no part of the coordination either)."""
        found = []
        for candidate in super()._shared_head(text, name_start, head, offset, rule):
            if text[candidate.start - offset : candidate.end - offset].endswith(self.zone_endings):
                break
            if self.lexicon.segment(text[candidate.start - offset : candidate.end - offset])[-1] in self.kind_words:
                break  # 湘桂线电气化改造、洛湛铁路扩能改造工程: the work done on a line, no line of the shared head
            found.append(candidate)
        return found

    def _list_elements(self, text: str, marker: int, head: Head, offset: int, rule: str) -> list[Candidate]:
        """防洪排涝、垃圾站、公厕等项目: a list of bare kinds names nothing; a list with one
        proper name in it (张家界千古情、九天峰峦旅游等项目) names every element."""
        head_at = text.find(head.surface, marker + 1)
        if head_at > marker and any(w in text[marker + 1 : head_at] for w in self.list_not_works):
            # 珍宝岛药业、乌苏里江制药等老牌企业裂变项目: the firms that own the works; 不锈钢、玩具微电机等特色产业集群: trades
            return []
        found = super()._list_elements(text, marker, head, offset, rule)
        # 京津合作示范区、…等承接平台: an element that ends in a zone's word names the zone, no work of the head
        if not head.suffix and not head.generic:  # (a shared head such as 专用铁路线 makes each zone's own work)
            found = [c for c in found if not text[c.start - offset : c.end - offset].endswith(self.zone_endings)]
        if not self.list_needs_proper or head.suffix or not found:
            return found
        start = min(c.start for c in found) - offset
        while start > 0 and text[start - 1] == "、":
            start = chunk_start(text, start - 1)
        elements = [e for e in re.split(r"[、（）]", text[start:marker]) if e]
        proper = any(
            self.lexicon.is_proper(w) or w in self.known_names for e in elements for w in self.lexicon.segment(e)
        )
        return [self._without_phase(c) for c in found] if proper else []

    def _without_phase(self, candidate: Candidate) -> Candidate:
        """中环五期、华耀光电一期等项目: the phase of a listed work is the stage built, no part of its label."""
        phase = _PHASE_END.search(candidate.label)
        if phase and phase.start() >= 2:
            candidate.label = candidate.label[: phase.start()]
        return candidate

    def _specific_list_element(self, name: str, head: Head) -> bool:
        """开明路 after a 、: in a list no verb governs the element, so its first word stays."""
        if not (self.lenient and self._element_after_comma and head.require == "specific" and not head.generic):
            return False
        words = self.lexicon.segment(name)
        return any(w not in self.lexicon.generic and w not in self.lexicon.leading for w in words)

    def _named_by_company(self, name: str, head: Head) -> bool:
        """东方希望集团现代化生猪养殖项目: a well-known company (``gazetteer/companies.tsv``) names its
        own work, whatever words follow it."""
        # a company that starts the name: one of its shorter prefixes (not a scan of every company)
        return head.generic and any(name[:length] in self.companies for length in range(len(name)))

    def _ordinal_named(self, name: str, head: Head) -> bool:
        """城区第一净水厂, 第二热力站: an ordinal right before a facility's head numbers one facility of the city; a kind
        has no ordinal (not a generic head: 第二批项目)."""
        return bool(self.ordinal_before_head) and not head.generic and self.ordinal_before_head.search(name) is not None

    def _specific_by_word(self, name: str, head: Head) -> bool:
        """铁路物流园: a word the shared lexicon calls generic but that names the park's kind."""
        if head.generic or not self.specific_words:
            return False
        words = self.lexicon.segment(name)
        return any(w in self.specific_words for w in words) and all(
            w in self.specific_words or not self.lexicon.strippable(w) for w in words
        )


class ProjectExtractor:
    type = "Project"

    def __init__(self, lexicon: Lexicon, known_names=(), patterns: str = "projects.toml"):
        config = load_toml("patterns", patterns)
        self.grammar = ProjectGrammar(config, self.type, lexicon, known_names)
        self.lenient = ProjectGrammar(config, self.type, lexicon, known_names, lenient=True)
        self.lenient.shared = self.grammar.shared
        rules = config.get("rules", {})
        # A town or village written in full before a work with a name of its own is the work's locator (round 16 rule 29).
        self.town_locator = optional_pattern(rules, "town_locator")
        self.town_locator_not = tuple(rules.get("town_locator_not", []))
        # The hall a session of the congress meets in (会议在长荣大剧院隆重开幕) is the news item's frame, no work (round 17 rule 39).
        self.session_venue = optional_pattern(rules, "session_venue")
        self.count_after = optional_pattern(rules, "count_after")
        self.count_before = optional_pattern(rules, "count_before")
        self.measured_after = optional_pattern(rules, "measured_after")
        self.service_words = tuple(rules.get("service_words", []))
        self.designation_verbs = tuple(rules.get("designation_verbs", []))
        self.designation_scopes = tuple(rules.get("designation_scopes", []))
        self.title_after = optional_pattern(rules, "title_after")
        self.role_scopes = tuple(rules.get("role_scopes", []))
        self.dateline_after = optional_pattern(rules, "dateline_after")
        self.regional_role = optional_pattern(rules, "regional_role")
        self.regional_role_heads = frozenset(rules.get("regional_role_heads", []))
        self.kind_before = optional_pattern(rules, "kind_before")
        self.list_kind_before = optional_pattern(rules, "list_kind_before")
        self.quantified_before = optional_pattern(rules, "quantified_before")
        self.container_heads = tuple(rules.get("container_heads", []))
        self.own_bare_head_min = rules.get("own_bare_head_min_chars", 0)
        self.own_bare_head_cues = optional_pattern(rules, "own_bare_head_cues")
        # 2.4万平方米新政务服务中心启用, 新汽车客运总站全面竣工: 新 (a word of its own) before a kind of facility that a
        # completion cue follows names the new facility, one work (new_facility_word, new_facility_cues)
        self.new_facility_word = rules.get("new_facility_word", "")
        self.new_facility_cues = optional_pattern(rules, "new_facility_cues")
        self.new_facility_span = rules.get("new_facility_span", 0)
        # 九是市中心医院完成了全面搬迁, 、市九中完成搬迁: the own level before a facility that moves (round 17 rule 34.4)
        self.own_level_moved = optional_pattern(rules, "own_level_moved")
        self.own_level_moved_words = tuple(rules.get("own_level_moved_words", []))
        self.own_level_moved_class = rules.get("own_level_moved_class", "Project")
        # 有色冶金产业园新入驻项目8个, 现代制造产业园30万平方米标房全部入驻: a park that takes in tenants is one park
        self.park_tenant_words = tuple(rules.get("park_tenant_words", []))
        self.park_tenant_span = rules.get("park_tenant_span", 0)
        self.park_tenant_first_not_tags = frozenset(rules.get("park_tenant_first_not_tags", []))
        self.listed_direction_name = rules.get("listed_direction_name")
        self._sibling_patterns: dict[str, re.Pattern] = {}  # head → its _directional_siblings pattern, compiled once
        self.own_bare_heads = [
            (surface, head) for surface, head in self.grammar.heads.items()
            if not head.generic and len(surface) >= self.own_bare_head_min
        ]
        superlative = self.grammar.superlative.pattern if self.grammar.superlative else None
        self._superlative_end = re.compile(f"(?:{superlative.lstrip('^')})的?$") if superlative else None
        self._own_bare_surfaces = frozenset(surface for surface, _head in self.own_bare_heads)
        # the heads of own_bare_heads that stand in a text, in one pass (not a test of each head)
        self._own_bare_automaton = (
            ahocorasick_rs.AhoCorasick([surface for surface, _head in self.own_bare_heads]) if self.own_bare_heads else None
        )
        self.self_references = tuple(rules.get("self_references", []))
        self.extension = optional_pattern(rules, "extension")
        self.route_joiners = tuple(rules.get("route_joiners", []))
        self.road_exit = optional_pattern(rules, "road_exit")
        self.road_exit_classes = frozenset(rules.get("road_exit_classes", []))
        self.road_direction = optional_pattern(rules, "road_direction")
        self.road_direction_classes = frozenset(rules.get("road_direction_classes", []))
        self.route_classes = frozenset(rules.get("route_classes", []))
        self.collectives = config.get("collectives", {})
        context = config.get("context", {})
        # a kind with a head, a short name of nouns and a building cue: the name is the work (context.appositive_cue)
        self.appositive_cue = optional_pattern(context, "appositive_cue")
        self.appositive_chars = tuple(context.get("appositive_chars", (2, 4)))
        self.appositive_tags = frozenset(context.get("appositive_tags", []))
        self.representative = optional_pattern(context, "representative")
        self.shared_kind = optional_pattern(context, "shared_kind")
        self.counted_collective = optional_pattern(context, "counted_collective")
        self.crossing_kinds = frozenset(context.get("crossing_kinds", []))
        self.counted_list = optional_pattern(context, "counted_list")
        counted_heads = sorted(context.get("counted_list_heads", []), key=len, reverse=True)
        self.counted_list_head = re.compile("|".join(map(re.escape, counted_heads))) if counted_heads else None
        self.counted_list_class = context.get("counted_list_class", "Project")
        self.counted_list_between = context.get("counted_list_between", 6)
        self.counted_list_size = optional_pattern(context, "counted_list_size")
        self.counted_list_places = context.get("counted_list_places", False)
        self.designated = optional_pattern(context, "designated")
        self.max_element = context.get("max_element_chars", 10)
        self.max_company_element = context.get("max_company_element_chars", 0)
        self.company_grade = optional_pattern(context, "company_grade")
        self.capacity_owner = optional_pattern(context, "capacity_owner")
        self.capacity_sibling = optional_pattern(context, "capacity_sibling")
        self.abbreviated_heads = tuple(context.get("abbreviated_heads", []))
        self.common_named_classes = frozenset(context.get("common_named_classes", []))
        self.route_listed_followers = tuple(context.get("route_listed_followers", []))
        self.abbreviated_name_tags = tuple(context.get("abbreviated_name_tags", []))
        self.activity_end_tags = frozenset(context.get("activity_end_tags", []))
        # 衡阳幼师高专建设等项目: the activity a list element ends in is done on the work, no part of its name
        self.element_activity_endings = tuple(context.get("element_activity_endings", []))
        # 和市示范性综合实践基地、…等项目: the own level, a word of its own, before an element of a collective list
        self.own_level_elements = context.get("own_level_elements", False)
        self.phase = optional_pattern(context, "phase")
        self.phased_heads = tuple(context.get("phased_heads", []))
        self.phased_head_kept_after = frozenset(context.get("phased_head_kept_after_tags", []))
        self.phased_cue = optional_pattern(context, "phased_cue")
        # a list right before the cue, with an optional phase between (上河堡一期竣工投运)
        self.cued_list = (
            re.compile(f"(?:{context['phase']})?(?={context['phased_cue']})") if context.get("cued_list") and self.phase else None
        )
        self.building_cues = tuple(sorted(context.get("building_cues", []), key=len, reverse=True))
        self.building_cues_before = tuple(context.get("building_cues_before", []))
        self.invested_before = optional_pattern(context, "invested_before")
        self.own_parts_after = tuple(context.get("own_parts_after", []))
        self.works_after = optional_pattern(context, "works_after")
        self.layout_count = optional_pattern(context, "layout_count")
        self.cut_cue = optional_pattern(context, "cut_cue")
        self.cut_cue_completions = context.get("cut_cue_completions", {})
        self.layout_heads = tuple(context.get("layout_heads", []))
        self.own_zone = optional_pattern(context, "own_zone")
        self.own_zone_class = context.get("own_zone_class", "IndustrialProject")
        self.own_short_suffix = optional_pattern(context, "own_short_suffix")
        # 广州南站地区, 广州南站地下空间: a station or an airport before a word of its area or its underground is named there,
        # though 地 after a head elsewhere ends no name (体育场地: not_followed_by)
        self.work_locates = optional_pattern(context, "work_locates")
        company = load_toml("patterns", "organizations.toml")["company_in_project"]
        self.not_trade_names = set(company.get("not_trade_names", []))
        self.common_trade_tags = tuple(context.get("common_trade_tags", []))
        cues = context.get("company_works", [])
        self.company_work = re.compile(
            f"(?P<trade>[\u4e00-\u9fff]{{2,{company['max_trade_name_chars']}}}?|{context.get('latin_trade_name') or '(?!)'})"
            f"(?:{'|'.join(sorted(company['industries'] + context.get('company_work_industries', []), key=len, reverse=True))})"
            # a phase between the company and the cue is the stage built (中环光伏四期建成投产 → 中环光伏)
            f"(?=(?:{context.get('phase') or '(?!)'})?(?:{'|'.join(cues)}))"
        ) if cues else None
        self.place_endings = tuple(context.get("place_endings", []))
        self.kind_acronym = optional_pattern(context, "kind_acronym")
        quoted = context.get("quoted_before_head")
        self.quoted_before_head = re.compile(quoted + f"(?={self.grammar.head_pattern.pattern})") if quoted else None
        self.quoted_company = optional_pattern(context, "quoted_company")
        self.quoted_numbered = optional_pattern(context, "quoted_numbered")
        self.quoted_place_work = context.get("quoted_place_work", False)
        self.quoted_tail_generic = context.get("quoted_tail_generic", False)
        self.quoted_digital = optional_pattern(context, "quoted_digital")
        self.digital_class = context.get("digital_class", "DigitalProject")
        self.quoted_function = optional_pattern(context, "quoted_function")
        self.quoted_function_tags = frozenset(context.get("quoted_function_tags", []))
        self._own_names: tuple[str, ...] = ()  # set by find()
        self._own_names_of: dict[str, str] | None = {}  # the divisions _own_names was made of (never None's)
        if self.collectives:
            nouns = "|".join(map(re.escape, sorted(self.collectives, key=len, reverse=True)))
            between = context.get("max_between", 10)
            amounts = "、(?=[\\d一二三四五六七八九十])"  # 50亿元、100亿元以上: a 、 between amounts
            self.collective_after_list = re.compile(f"等(?P<between>(?:[^，。；：、等]|{amounts}){{0,{between}}}?)(?P<noun>{nouns})")
            self.collective_noun = re.compile(f"(?P<between>(?:[^，。；：、]|{amounts}){{0,{between}}}?)(?P<noun>{nouns})")
        routes = config.get("routes", {})
        self.road_code = optional_pattern(routes, "road")
        self.metro_line = optional_pattern(routes, "metro")
        self.road_class = routes.get("road_class", "Road")
        self.rail_code = optional_pattern(routes, "rail_code")
        road_heads = "|".join(
            re.escape(surface) for surface, head in sorted(self.grammar.heads.items(), key=lambda item: -len(item[0]))
            if head.cls in self.road_direction_classes and not head.generic
        )
        self.road_forms = [
            (
                re.compile(form["road"].replace("{road_heads}", road_heads).replace("{direction}", rules.get("road_direction", "(?!)"))),
                tuple(form["name_chars"]),
                form.get("listed", False),
                form.get("generic_name", False),
            )
            for form in rules.get("road_forms", [])
        ]
        self.metro_class = routes.get("metro_class", "Railway")
        self.numbered_line = optional_pattern(routes, "numbered_line")
        self.metro_default_prefix = routes.get("metro_default_prefix", "地铁")
        # the rules tried on whole sentences: only on a sentence that holds a character one of
        # their matches needs (kg/triggers.py)
        trigger_rules(self, "road_code", "rail_code", "metro_line", "company_work", "counted_list", "phase", "capacity_owner",
                      "representative", "designated", "road_forms", "cued_list")

    def __call__(self, doc) -> list[Candidate]:
        context = getattr(doc._, "context", None)
        own = _own_divisions(context)
        found = []
        text_end = len(doc._.clean.text.rstrip())  # where the report's last words stop
        for sentence, text in report_sentences(doc):
            # the report's last words may stop inside a list's cue (an excerpt cut at its length): read it whole
            cut = self._cut_cue_completion(text) if sentence.end >= text_end else ""
            stop = sentence.start + len(text.rstrip())
            if cut:
                found.extend(c for c in self.find(text.rstrip() + cut, sentence.start, own) if c.end <= stop)
            else:
                found.extend(self.find(text, sentence.start, own))
        if self.session_venue and found:
            venues = [m.span("venue") for m in self.session_venue.finditer(doc._.clean.text)]
            # every mention of the hall goes with it (长荣大剧院气氛庄重热烈: the same news item)
            halls = {c.label for c in found if any(start <= c.start and c.end <= end for start, end in venues)}
            found = [c for c in found if c.label not in halls]
        return found

    def _cut_cue_completion(self, text: str) -> str:
        """陶瓷建材产业加速发展。…科勒卫浴等项 (the report's last words): what the cut cue of a list lacks (目), or ''."""
        match = self.cut_cue.search(text.rstrip()) if self.cut_cue else None
        if match is None:
            return ""
        return self.cut_cue_completions.get(match.group()[-1], self.cut_cue_completions.get("", ""))

    def find(self, text: str, offset: int, own: dict[str, str] | None = None) -> list[Candidate]:
        # the report's own divisions by full and short name (沂源县, 沂源), for quoted works named after them
        if own is not self._own_names_of:  # the same divisions for every sentence of a report
            self._own_names_of = own
            self._own_names = tuple({form for name in (own or {}).values() for form in (name, name[:-1]) if len(form) >= 2})
        strict = [c for c in self.grammar.find(text, offset, "projects") if self._keep(text, offset, c) and not self.grammar.compound_kind(text, offset, c)]
        loose = [c for c in self.lenient.find(text, offset, "projects") if self._keep(text, offset, c)]
        spans = {(c.start, c.end) for c in strict}
        accepted = list(strict)
        # 桑植龙鹤、九十九尖风电项目: a proper element sharing a head vouches for the others
        for c in loose:
            if (c.start, c.end) not in spans and c.rule.endswith((".coordination", ".list")) and self._proper(text, offset, c):
                accepted.append(c)
                spans.add((c.start, c.end))
        pending = [c for c in loose if (c.start, c.end) not in spans]
        changed = True
        while changed and pending:
            changed = False
            for candidate in list(pending):
                if any(self._siblings(text, offset, candidate, other) for other in accepted):
                    candidate.rule += ".context"  # a loose headed phrase vouched for by what is around it
                    accepted.append(candidate)
                    pending.remove(candidate)
                    changed = True
        cued = False
        for candidate in pending:
            # 旅游技师学院申报筹建: a building cue right after a headed phrase says it is one work
            if text.startswith(self.building_cues, candidate.end - offset) and not _overlaps(candidate, accepted):
                candidate.rule += ".context"
                candidate.built = True  # a school being set up is a work, not the institution acting
                accepted.append(candidate)
            elif self._before_superlative(text[: candidate.start - offset]).endswith(self.building_cues_before) and not _overlaps(candidate, accepted):
                candidate.rule += ".context"  # 建成了神光山山顶广场: a work is what gets built
                accepted.append(candidate)
            elif self.invested_before and self.invested_before.search(text, 0, candidate.start - offset) and not _overlaps(candidate, accepted):
                candidate.rule += ".context"  # 投资74亿元的苇子峪抽水蓄能电站项目: a sum of its own makes it one work
                accepted.append(candidate)
            elif self.phase and self.phase.match(text, candidate.end - offset) and not _overlaps(candidate, accepted):
                candidate.rule += ".context"  # 锦绣新城二期: kinds have no phases, so the phrase is one work
                accepted.append(candidate)
            elif self.own_parts_after and text.startswith(self.own_parts_after, candidate.end - offset) and not _overlaps(candidate, accepted):
                candidate.rule += ".context"  # 城区第二污水处理厂配套管网: a kind has no attached works of its own
                accepted.append(candidate)
                cued = True
            elif self.works_after and self.works_after.match(text, candidate.end - offset) and not _overlaps(candidate, accepted):
                candidate.rule += ".context"  # 生态循环设施产业园等41个项目: the example named for a list of works is one work
                accepted.append(candidate)
        # 新型建材产业园、现代制造产业园…“一区五园”建设: the parks of a zone's layout counted in the sentence are works
        if self.layout_count and pending and self.layout_count.search(text):
            for candidate in [c for c in pending if all(c is not a for a in accepted)]:
                if (candidate.head or "").endswith(self.layout_heads) and not _overlaps(candidate, accepted):
                    candidate.rule += ".context"
                    accepted.append(candidate)
        # 猫儿嘴污水处理厂和城区第二污水处理厂配套管网: a sibling of a phrase a cue vouched for is vouched for too
        for candidate in [c for c in pending if all(c is not a for a in accepted)] if cued else ():
            if any(self._siblings(text, offset, candidate, other) for other in accepted) and not _overlaps(candidate, accepted):
                candidate.rule += ".context"
                accepted.append(candidate)
        _add_unoverlapped(accepted, self._directional_siblings(text, offset, accepted))
        _add_unoverlapped(accepted, self._common_named_roads(text, offset, accepted))
        _add_unoverlapped(accepted, self._own_bare_heads(text, offset, accepted, own or {}))
        _add_unoverlapped(accepted, self._own_zones(text, offset, own or {}))
        _add_unoverlapped(accepted, self._new_facilities(text, offset))
        _add_unoverlapped(accepted, self._appositive_works(text, offset, accepted))
        _add_unoverlapped(accepted, self._own_moved(text, offset, own or {}))
        _add_unoverlapped(accepted, self._parks_with_tenants(text, offset))
        for candidate in (
            self._collective_lists(text, offset) + self._counted_lists(text, offset) + self._quoted_works(text, offset) + self._quoted_digital(text, offset)
            + self._company_works(text, offset) + self._phased_works(text, offset) + self._roads_by_form(text, offset)
            + self._capacity_owned(text, offset) + self._abbreviated(text, offset) + self._works_locating(text, offset)
        ):
            same = next((c for c in accepted if (c.start, c.end) == (candidate.start, candidate.end)), None)
            if same is not None and candidate.rule == "projects.phased":
                same.label = candidate.label  # 移民搬迁一期工程: the phase is no part of the label
            elif not _overlaps(candidate, accepted):
                tail = getattr(self, "_quoted_tails", {}).get((candidate.start, candidate.end)) if candidate.rule == "projects.quoted" else None
                if tail is not None:  # “齐鲁号”欧亚班列: the kind and head after the quote belong to the quoted work
                    accepted = [c for c in accepted if not (candidate.end < c.start and c.end <= tail)]
                accepted.append(candidate)
        _add_unoverlapped(accepted, self._cued_list_works(text, offset, accepted))
        for route in self._coded_routes(text, offset):
            # a code names its route, also inside a phrase that only a list or a bare 工程 made a
            # work (国道G205线绕城改建, 11号线北段二期); a headed name keeps it (S5沪嘉高速公路)
            around = [c for c in accepted if c.start < route.end and route.start < c.end]
            if all(c.cls == "Project" and c.start <= route.start and route.end <= c.end for c in around):
                accepted = [c for c in accepted if c not in around] + [route]
        if not accepted:
            return accepted  # most sentences: every step below only reads or changes what was accepted
        accepted = [self._bracketed(text, offset, self._route(text, offset, self._joined_by_middle_dot(text, offset, self._named_road(c)))) for c in accepted]
        accepted += [c for c in self._routes_sharing_head(text, offset, accepted) if not _overlaps(c, accepted)]
        for route in self._routes_after_head(text, offset, accepted):
            accepted = [c for c in accepted if not (route.start <= c.start and c.end <= route.end)] + [route]
        extended = {}
        for candidate in map(lambda c: self._road_extent(text, offset, c), accepted):
            extended.setdefault((candidate.start, candidate.end, candidate.label), candidate)  # 株洲南互通 read twice
        accepted = list(extended.values())
        accepted = self._shared_kinds(text, offset, accepted)
        # …集并中心 cut to 中心: a bare head or a common word is a kind, no name
        accepted = [c for c in accepted if c.label not in self.grammar.heads and not (len(c.label) <= 2 and self.grammar.lexicon.is_common(c.label))]
        # 连云港处于…: a known place whose name ends like a work's head (连云 + 港) is the place
        accepted = [c for c in accepted if not (c.rule.startswith("projects.head") and c.label in self.grammar.known_names)]
        accepted = [self._without_extension(c) for c in accepted if not self._own_class_of_works(c.label)]
        accepted = [self._town_located(c) for c in accepted]
        self._mark_containers(accepted)
        own_level = {offset + p for p in self.grammar.own_positions | self.lenient.own_positions}
        # a code's label is as written (市域铁路S2线: 市域 is city-wide, not the city's own)
        accepted = [self._city_metro_line(text, offset, c, own or {}) for c in accepted]
        accepted = [self._label_own_level(text, offset, c, own or {}) if c.start in own_level and c.rule != "projects.route-code" else c for c in accepted]
        return self._own_level_siblings(text, offset, accepted, own_level, own or {})

    def _town_located(self, candidate: Candidate) -> Candidate:
        """玉龙坝镇九龙潭万亩田园综合体 → 九龙潭万亩田园综合体: a town or village written in full before a work that has a
        name of its own (a proper word before the head) is its locator, a Place mention; the label leaves it out and the
        surface keeps it (round 16 rule 29). A town that names the work itself, right before the head (菊花村公交枢纽,
        富山新市镇高铁站), stays; so does a city whose name ends like a town (景德镇: a known division)."""
        if self.town_locator is None or not candidate.rule.startswith("projects.head"):
            return candidate
        match = self.town_locator.match(candidate.label)
        if match is None:
            return candidate
        town, rest = match.group("town"), candidate.label[match.end("town") :]
        if town.endswith(self.town_locator_not) or any(town + s in self.grammar.known_names for s in ("", "市", "县", "区")):
            return candidate
        lexicon = self.grammar.lexicon
        ends = set(accumulate(map(len, lexicon.segment(candidate.label))))
        if len(town) not in ends or any(lexicon.strippable(w) for w in lexicon.segment(town)):
            return candidate  # 新平戛洒至镇|沅者东高速: 镇 starts a word (镇沅), no town ends there
        head = candidate.head if candidate.head and rest.endswith(candidate.head) else ""
        name = rest[: len(rest) - len(head)] if head else rest
        if len(name) < 2 or not any(lexicon.is_proper(w) for w in lexicon.segment(name)):
            return candidate
        candidate.label = rest
        return candidate

    def _own_level_siblings(self, text: str, offset: int, accepted: list[Candidate], own_level: set[int],
                            own: dict[str, str]) -> list[Candidate]:
        """The report's own level before the first of coordinated facilities locates the others too:
        市新闻传媒中心、职工活动中心 and 市公共卫生医学中心及传染病医院 in a report of 邯郸市 name
        邯郸市职工活动中心 and 邯郸市传染病医院 — a sibling with no proper word of its own."""
        lexicon = self.grammar.lexicon
        located = None  # the city's name the previous sibling was labelled with
        previous = None
        for candidate in sorted(accepted, key=lambda c: c.start):
            level = text[candidate.start - offset : candidate.start - offset + 1]
            if candidate.start in own_level and level in own and candidate.label.startswith(own[level]):
                located, previous = own[level], candidate
                continue
            # a bare facility labelled the city's own (客运中心 → 邯郸客运中心) is read as written
            surface = text[candidate.start - offset : candidate.end - offset] if candidate.rule == "projects.own-facility" else candidate.label
            if (located and previous is not None and candidate.type == "Project" and not candidate.nested
                    and _SIBLING_GAP.match(text[previous.end - offset : candidate.start - offset])
                    and not surface.startswith(located)
                    and not any(lexicon.is_proper(w) or lexicon.tag(w) == "ns" for w in lexicon.segment(surface))):
                candidate.label = located + surface
                previous = candidate
                continue
            located, previous = None, None
        return accepted

    def _city_metro_line(self, text: str, offset: int, candidate: Candidate, own: dict[str, str]) -> Candidate:
        """地铁1号线 is a line of one city's metro: 昆明地铁4、5号线 and, in a report of 南昌, 推进3、4号线
        are 昆明地铁4号线 … and 南昌地铁3号线; a city written before the line names it (广州地铁7号线 in
        a report of 佛山)."""
        line = self.numbered_line.fullmatch(candidate.label) if self.numbered_line else None
        if line is None or candidate.cls != self.metro_class:
            return candidate
        before = text[max(0, candidate.start - offset - 4) : candidate.start - offset]
        words = self.grammar.lexicon.segment(before) if before else []
        city = own.get("市", "")
        written = words[-1] if words and self.grammar.lexicon.tag(words[-1]) == "ns" else ""
        name = written or re.sub(r"(市|地区|自治州|州|盟)$", "", city)
        if name:
            candidate.label = f"{name}{line.group('prefix') or self.metro_default_prefix}{line.group('number')}号线"
        return candidate

    def _own_class_of_works(self, label: str) -> bool:
        """本市贷款道路: the report's own city and common words name a class of works."""
        if not label.startswith(self.self_references):
            return False
        rest = label[2:]
        return not any(self.grammar.lexicon.is_proper(w) for w in self.grammar.lexicon.segment(rest))

    def _without_extension(self, candidate: Candidate) -> Candidate:
        """嘉闵高架南北延伸项目 → 嘉闵高架: the direction of an extension is no part of the name."""
        cut = self.extension.search(candidate.label) if self.extension else None
        if cut and cut.start() >= 3:
            candidate.label = candidate.label[: cut.start()]
        return candidate

    def _common_named_roads(self, text: str, offset: int, accepted: list[Candidate]) -> list[Candidate]:
        """滨江大道、发展大道、: a road named by one common word (发展) right after a named road with the same
        head, in a 、-list, is a road too: streets are named by common words."""
        found: list[Candidate] = []
        for candidate in accepted if self.common_named_classes else ():
            head = getattr(candidate, "head", None)
            if not head or candidate.cls not in self.common_named_classes or not candidate.rule.endswith(".head"):
                continue
            start = candidate.end - offset + 1  # after the 、
            name, end = text[start : start + 2], start + 2 + len(head)
            if text[start - 1 : start] != "、" or not _HAN_RUN.fullmatch(name) or not text.startswith(head, start + 2) \
                    or text[end : end + 1] not in ("", "、", "，", "。", "；"):
                continue
            lexicon = self.grammar.lexicon
            if lexicon.segment(name) != [name] or name in self.grammar.kind_words or name in self.grammar.known_names or name in lexicon.generic:
                continue
            road = Candidate(offset + start, offset + end, self.type, candidate.cls, name + head, "projects.head.context")
            road.head = head
            found.append(road)
        return found

    @functools.cached_property
    def _any_sibling(self) -> re.Pattern:
        """The patterns of :meth:`_directional_siblings` in one, every specific head an alternative:
        it matches in every text where one of them does (each pattern is 1 ms to compile)."""
        heads = sorted((h for h, head in self.grammar.heads.items() if not head.generic), key=lambda h: (-len(h), h))
        return self._sibling_pattern("|".join(map(re.escape, heads)))

    def _sibling_pattern(self, heads: str) -> re.Pattern:
        """A direction and a kind before one of ``heads`` (an alternation), inside a 、-list."""
        return re.compile(f"(?<=[、和及与])(?:{self.listed_direction_name})(?:{heads})(?=[、和及与，。；等建]|$)")

    def _directional_siblings(self, text: str, offset: int, accepted: list[Candidate]) -> list[Candidate]:
        """东湖新城、…、西部生态新城、北部产业新城: a direction and a kind before the head of a named
        sibling (in a 、-list) name one work of that head."""
        if not self.listed_direction_name:
            return []
        heads = {getattr(c, "head", None) for c in accepted} - {None}
        if not heads or self._any_sibling.search(text) is None:
            return []  # no head's pattern matches (most sentences): none compiled, none run
        found: list[Candidate] = []
        for head in heads:
            if head not in self.grammar.heads or self.grammar.heads[head].generic:
                continue  # (a known word read as a head, 纺织厂, is kept by the grammar that read it)
            pattern = self._sibling_patterns.get(head)
            if pattern is None:
                pattern = self._sibling_patterns[head] = self._sibling_pattern(re.escape(head))
            for match in pattern.finditer(text):
                candidate = Candidate(offset + match.start(), offset + match.end(), self.type, self.grammar.heads[head].cls,
                                      match.group(), "projects.head.context")
                siblings = accepted + found
                if any(getattr(other, "head", None) == head and self._siblings(text, offset, candidate, other) for other in siblings) or any(
                    getattr(other, "head", None) == head and self._siblings(text, offset, other, candidate) for other in siblings
                ):
                    candidate.head = head
                    found.append(candidate)
        return found

    def _own_bare_heads(self, text: str, offset: int, accepted: list[Candidate], own: dict[str, str]) -> list[Candidate]:
        """抽水蓄能电站 listed between named works: the report city's own station."""
        city = own.get("市")
        if not city or not self.own_bare_head_min or self._own_bare_automaton is None:
            return []
        if self.grammar.no_head_in(text):
            return []  # the heads here are heads of the grammar, which found none in the sentence
        present = sorted({index for index, _start, _end in self._own_bare_automaton.find_matches_as_indexes(text, overlapping=True)})
        found = []
        for surface, head in (self.own_bare_heads[index] for index in present):  # those in the text, in their order
            for match in re.finditer(re.escape(surface), text):
                start, end = offset + match.start(), offset + match.end()
                before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
                opens_clause = (match.start() == 0 or before in DELIMITERS) and bool(
                    self.own_bare_head_cues and self.own_bare_head_cues.match(text, match.end())
                )  # 保税物流中心投入运营: a facility opened or approved
                if before not in ("、", "和", "及", "与") and after not in ("、", "和", "及", "与") and not opens_clause:
                    continue  # 新建一批抽水蓄能电站: a kind, not one of a list of works
                if match.start() > 0 and before not in DELIMITERS and before not in ("和", "及", "与") and not (
                    text.endswith(self.grammar._long_governing, 0, match.start())
                ):
                    continue  # 推进城市轨道交通、滨河路: a word before the head makes the element a kind, no bare facility
                element = Candidate(start, end, self.type, head.cls, surface, "projects.own-facility")
                if opens_clause or any(self._siblings(text, offset, element, other) for other in accepted if other.cls != "Project") or self._list_built(text, match.end()):
                    element.label = re.sub(r"(市|地区|自治州|州|盟)$", "", city) + head.canonical
                    found.append(element)
        return found

    def _new_facilities(self, text: str, offset: int) -> list[Candidate]:
        """2.4万平方米新政务服务中心启用, 新汽车客运总站全面竣工: 新, a word of its own, a few words before a head the
        grammar found, and a completion cue right after the head: the new facility is one work, labelled as written
        (新政务服务中心). Only the heads already found in the sentence are read; 新建, 创新, 更新 are other words."""
        if self.new_facility_cues is None or not self.new_facility_word or self.new_facility_word not in text:
            return []
        if not self.new_facility_cues.search(text):
            return []  # most sentences with 新 complete nothing: the heads are not read
        found = []
        for head_start, head_end in self.grammar._heads_in(text):
            if not self.new_facility_cues.match(text, head_end):
                continue
            new = text.rfind(self.new_facility_word, max(0, head_start - self.new_facility_span), head_start + 1)
            kind = text[new + len(self.new_facility_word) : head_end]
            if new < 0 or not kind or not all("\u4e00" <= ch <= "\u9fff" for ch in kind):
                continue
            words = self.grammar.lexicon.segment(text[max(0, new - 2) : head_end])
            ends = list(accumulate(len(w) for w in words))
            at = new - max(0, new - 2)  # where 新 stands in the window
            if at not in (0, *ends) or at + len(self.new_facility_word) not in ends:
                continue  # 新 is part of a word (新建, 创新)
            head = self.grammar.heads.get(text[head_start:head_end])
            if head is None or any(c.start <= offset + new < c.end for c in found):
                continue
            found.append(Candidate(offset + new, offset + head_end, self.type, head.cls, text[new:head_end], "projects.new-facility"))
        return found

    def _appositive_works(self, text: str, offset: int, accepted: list[Candidate]) -> list[Candidate]:
        """大型商业综合体天河城投入运营, 安置房项目宏图家园主体建成: a kind that ends in a head, no name of its own, right
        before a short name of nouns without a head and a building cue: the name is the work the kind describes (an
        apposition), labelled as written. Adverbs, verbs and times before the cue (陆续, 集中, 当年) are no names."""
        if self.appositive_cue is None or not self.appositive_cue.search(text):
            return []
        lexicon, found = self.grammar.lexicon, []
        named_ends = {c.end - offset for c in accepted if c.type == "Project"}
        for _head_start, head_end in self.grammar._heads_in(text):
            if head_end in named_ends:
                continue  # 张石铁路项目: the phrase before is a name, no kind
            for length in range(self.appositive_chars[0], self.appositive_chars[1] + 1):
                name = text[head_end : head_end + length]
                if not self.appositive_cue.match(text, head_end + length) or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                    continue
                words = lexicon.segment(name)
                if (
                    self.grammar.head_pattern.search(name)
                    or any(lexicon.tag(w) not in self.appositive_tags or w in lexicon.generic or w in self.grammar.kind_words for w in words)
                    or (self.grammar.not_a_name and self.grammar.not_a_name.search(name))
                ):
                    continue
                found.append(Candidate(offset + head_end, offset + head_end + length, self.type, "Project", name, "projects.appositive"))
                break
        return found

    def _own_moved(self, text: str, offset: int, own: dict[str, str]) -> list[Candidate]:
        """九是市中心医院完成了全面搬迁, 、市九中完成搬迁, ，市十七中迁建: the report's own level, a word of its own, before
        a hospital or a school (N中 is its N-th middle school) right before its move is the own facility that moves, one
        work (round 17 rule 34.4), labelled with the own division (商洛市中心医院). Read only where a move is written."""
        if self.own_level_moved is None or not own or not any(w in text for w in self.own_level_moved_words):
            return []
        found = []
        for m in self.own_level_moved.finditer(text):
            division = own.get(m.group("level"))
            if division:
                found.append(Candidate(offset + m.start(), offset + m.end(), self.type, self.own_level_moved_class,
                                       division + m.group("name"), "projects.own-moved"))
        return found

    def _parks_with_tenants(self, text: str, offset: int) -> list[Candidate]:
        """有色冶金产业园新入驻项目8个, 、现代制造产业园30万平方米标房全部入驻: a park named by its trade that takes in
        tenants in its own clause is one park, not the kind (a kind has no tenants); the name is the words from the
        last delimiter or 、 to the head, its first word no verb, pronoun or function word (推动产业园…, 各类产业园…).
        Only the park heads the grammar already found are read, in sentences that hold a tenant word."""
        if not self.park_tenant_words or not any(w in text for w in self.park_tenant_words):
            return []
        found = []
        lexicon = self.grammar.lexicon
        for head_start, head_end in self.grammar._heads_in(text):
            if text[head_start:head_end] not in self.container_heads:
                continue
            clause = text[head_end : head_end + self.park_tenant_span]
            stop = next((i for i, ch in enumerate(clause) if ch in DELIMITERS), len(clause))
            if not any(w in clause[:stop] for w in self.park_tenant_words):
                continue
            start = head_start
            while start > 0 and text[start - 1] not in DELIMITERS and head_start - start < 8:
                start -= 1
            name = text[start:head_start]
            if not 2 <= len(name) <= 7 or (start > 0 and text[start - 1] not in DELIMITERS):
                continue
            if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                continue
            words = lexicon.segment(name)
            if lexicon.tag(words[0]) in self.park_tenant_first_not_tags:
                continue
            head = self.grammar.heads.get(text[head_start:head_end])
            found.append(Candidate(offset + start, offset + head_end, self.type, head.cls if head else "Project",
                                   name + text[head_start:head_end], "projects.park-tenants"))
        return found

    def _own_zones(self, text: str, offset: int, own: dict[str, str]) -> list[Candidate]:
        """开发区完成征地面积8700多亩, 科技城建设开启新程: a bare zone kind opening its clause is the report's own zone,
        labelled with the own division's short name (own_zone)."""
        if self.own_zone is None or not own or self.own_short_suffix is None:
            return []
        short = self.own_short_suffix.sub("", next(iter(own.values())))  # the nearest division first: 监利县 → 监利
        if len(short) < 2:
            return []
        return [
            Candidate(offset + m.start("kind"), offset + m.end("kind"), self.type, self.own_zone_class, short + m.group("kind"), "projects.own-zone")
            for m in self.own_zone.finditer(text)
        ]

    def _before_superlative(self, before: str) -> str:
        """建成全球最大口蹄疫苗智能制造基地: the text before a rank that stands between the verb and the name."""
        rank = self._superlative_end.search(before) if self._superlative_end else None
        return before[: rank.start()] if rank else before

    def _list_built(self, text: str, end: int) -> bool:
        """市民广场、民营三甲医院动工建设: the list a bare facility opens is what gets built (the
        facility is then the city's own), read up to the building cue after the last element."""
        following = end
        while following < len(text) and text[following] == "、":
            next_break = following + 1
            while next_break < len(text) and text[next_break] not in DELIMITERS:
                next_break += 1
            if text[following + 1 : next_break].endswith(self.building_cues):
                return True
            following = next_break
        return False

    def _named_road(self, candidate: Candidate) -> Candidate:
        """城南一路道路: a road's name before a word for roads in general is the road."""
        grammar = self.grammar
        for word in grammar.road_words:
            name = candidate.label[: -len(word)]
            if candidate.label.endswith(word) and len(name) >= 3 and name.endswith(grammar.road_name_endings):
                candidate.end -= len(word)
                candidate.label = name
        return candidate

    def _joined_by_middle_dot(self, text: str, offset: int, candidate: Candidate) -> Candidate:
        """中建·敦谊小学: a word joined to a name by a middle dot (a brand, a donor) is part of it."""
        start = candidate.start - offset
        if start < 3 or text[start - 1] != "·":
            return candidate
        lexicon = self.grammar.lexicon
        words = lexicon.segment(text[chunk_start(text, start - 1) : start - 1])
        if not words or len(words[-1]) < 2 or lexicon.strippable(words[-1]) or words[-1] in lexicon.generic:
            return candidate
        joined = words[-1] + "·"
        candidate.start -= len(joined)
        candidate.label = joined + candidate.label
        return candidate

    def _route(self, text: str, offset: int, candidate: Candidate) -> Candidate:
        """株洲至醴陵城际铁路: the start of a route before 至 is part of the line's name."""
        start = candidate.start - offset
        if candidate.cls not in self.route_classes or start < 3 or not text.endswith(self.route_joiners, 0, start):
            return candidate
        joiner = start - 1
        origin_start = self.grammar._char_boundary(text, chunk_start(text, joiner), joiner)
        origin = text[origin_start:joiner]
        code = self.road_code.match(origin) if self.road_code else None
        code = code.group() if code and 0 < code.end() < len(origin) else ""  # S5线拉萨至泽当快速通道: the road's code
        origin = origin[len(code) :]
        if not self._route_origin(origin):
            return candidate  # 延伸至高速: no place before 至
        candidate.start = offset + origin_start
        candidate.label = code + origin + text[joiner] + candidate.label
        return candidate

    def _route_origin(self, origin: str) -> bool:
        """Whether ``origin`` (the words before 至) names where a route starts: a place, or a named
        station or airport (吴圩机场至隆安)."""
        node = self.grammar.head_at_end.search(origin) if self.grammar.head_at_end else None
        place = origin[: node.start()] if node and self.grammar.heads[node.group()].cls in self.grammar.node_classes else origin
        return 2 <= len(place) <= 6 and all(self._names_something(w) for w in self.grammar.lexicon.segment(place))

    def _bracketed(self, text: str, offset: int, candidate: Candidate) -> Candidate:
        """中国外运(上合)智慧物流园: a short qualifier in brackets inside a name, after its first part, keeps
        the name whole (the phrase after the bracket alone is a kind)."""
        start = candidate.start - offset
        bracket = next((m for m in _INNER_BRACKET.finditer(text, max(0, start - 6), start + 1) if m.end() == start), None) if start else None
        if candidate.label != text[start : candidate.end - offset] or not bracket:
            return candidate
        first_start = self.grammar._char_boundary(text, chunk_start(text, bracket.start()), bracket.start())
        first = text[first_start : bracket.start()]
        if not 2 <= len(first) <= 8 or not any(self._names_something(w) for w in self.grammar.lexicon.segment(first)):
            return candidate
        candidate.start = offset + first_start
        candidate.label = first + "(" + bracket.group()[1:-1] + ")" + candidate.label  # labels write brackets half-width
        return candidate

    def _routes_sharing_head(self, text: str, offset: int, accepted: list[Candidate]) -> list[Candidate]:
        """转龙至红土地、晋宁至峨山二级公路: routes listed before a headed route share its head (转龙至红土地二级公路)."""
        found = []
        for candidate in accepted:
            head = self.grammar.heads.get(candidate.head or "")
            if head is None or not head.suffix or candidate.cls not in self.route_classes or not candidate.rule.endswith(".head"):
                continue
            position = candidate.start - offset
            while position > 0 and text[position - 1] == "、":
                start = chunk_start(text, position - 1)
                for word in self.grammar.lexicon.segment(text[start : position - 1]):
                    if not (self.grammar.lexicon.strippable(word) or self.grammar.lexicon.is_hard_break(word)):
                        break
                    start += len(word)  # 推进长沙至赣州、株洲至醴陵城际铁路: the verb governs the list
                element = text[start : position - 1]
                ends = re.split("|".join(map(re.escape, self.route_joiners)), element)
                if len(ends) != 2 or not all(2 <= len(e) <= 6 and not self._ordinary(e) for e in ends):
                    break
                if not any(all(self._names_something(w) for w in self.grammar.lexicon.segment(e)) for e in ends):
                    break  # one end at least is a known or proper place (转龙至红土地: 红土地 is also "red soil")
                route = Candidate(offset + start, offset + position - 1, self.type, candidate.cls, element + head.suffix, "projects.coordination")
                route.head = candidate.head
                found.append(route)
                position = start
        return found

    def _routes_after_head(self, text: str, offset: int, accepted: list[Candidate]) -> list[Candidate]:
        """东川至格勒高速公路、呈贡高铁站至宜良则计划…: a route of two ends listed right after a headed route
        is one of the list, named by its ends only (its start may be a station, 呈贡高铁站 is no work of its own)."""
        found = []
        for candidate in accepted:
            if candidate.cls not in self.route_classes or not candidate.rule.endswith(".head") or not any(j in candidate.label for j in self.route_joiners):
                continue
            position = candidate.end - offset
            if not text.startswith("、", position):
                continue
            start = position + 1
            joiner = next((text.find(j, start, start + 9) for j in self.route_joiners if 0 < text.find(j, start, start + 9)), -1)
            if joiner < 0 or any(ch in DELIMITERS for ch in text[start:joiner]):
                continue
            if not self._route_origin(text[start:joiner]):
                continue
            end = joiner + 1
            for word in self.grammar.lexicon.segment(text[end : end + 8]):
                if not self._names_something(word) or end + len(word) > joiner + 7:
                    break
                end += len(word)
            if end - joiner - 1 < 2 or self.grammar.head_at_end.search(text[joiner + 1 : end]) \
                    or text[end : end + 1] not in ("", *DELIMITERS, *self.route_listed_followers):
                continue  # the end of the route is a place, and nothing but a clause word follows it
            found.append(Candidate(offset + start, offset + end, self.type, candidate.cls, text[start:end], "projects.route-listed"))
        return found

    def _road_extent(self, text: str, offset: int, candidate: Candidate) -> Candidate:
        """沈海高速鳌头出口, 工业大道南: an exit named by its place, or a direction before a break,
        after a road's name belongs to the name."""
        end = candidate.end - offset
        if candidate.label != text[candidate.start - offset : end]:
            return candidate  # a label made from a shared head or a list keeps its own form
        exit_ = self.road_exit.match(text, end) if self.road_exit and candidate.cls in self.road_exit_classes else None
        if exit_ and all(self._names_something(w) for w in self.grammar.lexicon.segment(exit_.group("at"))):
            candidate.end += exit_.end() - end
            candidate.label += exit_.group()
        elif self.road_direction and candidate.cls in self.road_direction_classes and self.road_direction.match(text, end):
            candidate.end += 1
            candidate.label += text[end]
        return candidate

    def _shared_kinds(self, text: str, offset: int, accepted: list[Candidate]) -> list[Candidate]:
        """长江西路、虹梅南路-金海路等越江工程: the kind after 等 is no work of its own; each named work of
        the list takes it as the work done on it (长江西路越江工程)."""
        if not self.shared_kind:
            return accepted
        lexicon = self.grammar.lexicon
        for match in self.shared_kind.finditer(text):
            kind = match.group("kind")
            crossing = kind in self.crossing_kinds
            if not crossing and any(self._names_something(w) for w in lexicon.segment(kind)):
                continue  # 等张家界工程: the closing names a work of its own
            kind_start, kind_end = offset + match.start("kind"), offset + match.end()
            accepted = [c for c in accepted if not (c.start == kind_start and c.end == kind_end)]
            if not crossing:
                continue  # 等交通工程: the works are the elements themselves
            elements = {(offset + s, offset + e) for s, e in self._list_before(text, match.start())}
            for candidate in accepted:
                if (candidate.start, candidate.end) in elements and candidate.label == text[candidate.start - offset : candidate.end - offset]:
                    candidate.label += match.group("kind") + match.group("head")
        return accepted

    def _roads_by_form(self, text: str, offset: int) -> list[Candidate]:
        """中环线, 工业大道南 in a list of roads, 文峰一路沥青罩面: roads of ordinary words that their form
        names (``rules.road_forms``), with the name before the form from where its phrase starts."""
        found = []
        lexicon = self.grammar.lexicon
        for pattern, (low, high), listed_only, generic_name in self.road_forms:
            for match in pattern.finditer(text):
                if high == 0:
                    if match.start() == 0 or text[match.start() - 1] in DELIMITERS or _starts_a_word(lexicon, text[: match.end()], match.start()):
                        found.append(Candidate(offset + match.start(), offset + match.end(), "Project", self.road_class, match.group(), "projects.road"))
                    continue
                start = self.grammar._char_boundary(text, chunk_start(text, match.start()), match.start())
                name = text[start : match.start()]
                if not low <= len(name) <= high:
                    continue
                if listed_only and not (start > 0 and text[start - 1] == "、" or text.startswith("、", match.end())):
                    continue
                words = lexicon.segment(name)
                if any(w in self.grammar.kind_words or w in lexicon.leading or (not generic_name and w in lexicon.generic) for w in words):
                    continue  # 城区主干道改造, 主干道路南: a kind of road
                found.append(Candidate(offset + start, offset + match.end(), "Project", self.road_class, name + match.group(), "projects.road"))
        return found

    def _mark_containers(self, candidates: list[Candidate]) -> None:
        """翠谷产业园 at the start of 翠谷产业园路网工程: the zone is named too (a nested mention)."""
        for inner in candidates:
            if inner.label.endswith(self.container_heads) and any(
                outer.start == inner.start and outer.end > inner.end for outer in candidates
            ):
                inner.nested = True

    # -- lists named by what closes them -------------------------------------------------------

    def _collective_lists(self, text: str, offset: int) -> list[Candidate]:
        """大庸古城、七十二奇楼、九院十街等文化和旅游消费集聚区; 以梓山漫居、五号山谷为代表的一批高端民宿:
        a list closed by a collective noun of works names each element as a work of its class; so
        does one name before the designation it won (七十二奇楼入选国家级夜间文化和旅游消费集聚区)."""
        if not self.collectives:
            return []
        closings = [(m.start(), 0, 2, m) for m in self.collective_after_list.finditer(text)]
        for pattern, one_is_enough in ((self.representative, False), (self.designated, True)):
            for m in pattern.finditer(text) if pattern else ():
                noun = self.collective_noun.match(text, m.end())
                if noun and one_is_enough:
                    closings.append((m.start(), 0, 1, noun))
                elif noun:
                    closings.append((m.end("list"), m.start("list"), 2, noun))
        found = []
        for marker, lower, least, closing in closings:
            between = self.grammar.lexicon.segment(closing.group("between"))
            if any(self._names_something(w) for w in between if not re.fullmatch(r"[\d.、]+", w) and not self._kind_acronym(w)):
                continue  # 等张家界集聚区: the closing names a thing of its own (an amount names nothing)
            if any(w in closing.group("between") for w in self.grammar.list_owner_words):
                continue  # 等老牌企业裂变项目: the elements are the firms that own the works
            listed = self._list_before(text, marker, lower)
            elements = [(s, e) for s, e in listed if self._element_like(text[s:e], self.max_element) or self._company_led(text[s:e])]
            elements = [(s, e) for s, e in elements if not self._an_activity(text[s:e])]
            # 海上风电、独山能源等20个…项目: a kind among the elements names no work, but it is one of the list
            kinds = sum(
                1 for s, e in listed
                if 2 <= e - s <= self.max_element and (s, e) not in elements
                and not any(self._names_something(w) for w in self.grammar.lexicon.segment(text[s:e]))
            )
            # 中沄通达储能柜组装、盘珂实业跨境冷链产业园等优势项目: a long element the head rule names is one of the list too
            kinds += sum(
                1 for s, e in listed
                if (s, e) not in elements and self.max_element < e - s <= self.max_company_element
                and self.grammar.head_at_end.search(text[s:e])
            )
            if len(elements) + kinds >= least > len(elements) and elements and any(self._proper_or_headed(text[s:e]) for s, e in elements):
                pass
            elif len(elements) == 1 == least - 1 and self.counted_collective and self.counted_collective.match(closing.group("between")):
                if not any(self._names_something(w) for w in self.grammar.lexicon.segment(text[elements[0][0] : elements[0][1]])):
                    continue  # 城区等多个项目: one element stands for the works only by a proper name
            elif len(elements) < least or not any(self._proper_or_headed(text[s:e]) for s, e in elements):
                continue
            for start, end in elements:
                name = text[start:end]
                activity = next((w for w in self.element_activity_endings if name.endswith(w) and len(name) > len(w) + 1), None)
                if activity:
                    end, name = end - len(activity), name[: -len(activity)]  # 衡阳幼师高专建设等项目: the work is built
                head = self.grammar.head_at_end.search(name)
                if activity and head and not any(self._names_something(w) for w in self.grammar.lexicon.segment(name[: head.start()])):
                    continue  # 农村公路建设: the kind of work built, no work
                if head and (head.start() == 0 or (head.group() in self._own_bare_surfaces and self._ordinary(name[: head.start()]))):
                    continue  # 抽水蓄能电站, 城市轨道交通 in a list of works: a kind alone names none of them
                if self.grammar.not_a_name and self.grammar.not_a_name.search(
                    self._without_grade(name, self.grammar.lexicon.segment(name)[0]) if self._company_led(name) else name
                ):
                    continue  # 茅岩河段扩建: a section of the route before it, 32宗市政工程: a count
                if name.endswith(self.place_endings):
                    continue  # 南塘河历史文化街区入选…: a historic block is a place, no work
                cls = self.grammar.heads[head.group()].cls if head else self.collectives[closing.group("noun")]
                if start > 0 and text[start - 1] in self.grammar.own_levels and (
                    name.startswith(self.container_heads) or (self.own_level_elements and self._level_alone(text, start - 1, end))
                ):
                    # 市高新区锂电池: the report city's own zone; 和市示范性综合实践基地、…等项目, 四是市生活垃圾发电厂、…: the
                    # own level, a word of its own, before an element names the report's own work
                    start, name = start - 1, text[start - 1 : end]
                    self.grammar.own_positions.add(start)
                found.append(Candidate(offset + start, offset + end, "Project", cls, name, "projects.collective"))
        return found

    def _level_alone(self, text: str, level: int, end: int) -> bool:
        """Whether the segmenter reads the own level at ``level`` as a word of its own (和/市/示范性, 四是/市/生活垃圾…; not
        城市/补短板, 市区)."""
        position = max(0, level - 3)
        for word in self.grammar.lexicon.segment(text[position:end]):
            if position == level:
                return len(word) == 1
            position += len(word)
            if position > level:
                return False
        return False

    def _coded_routes(self, text: str, offset: int) -> list[Candidate]:
        """G207, 县道X014甘罗线, 104国道: roads by their code; 11号线, 地铁3、4、6号线: metro lines by
        their number, each number of a list one line."""
        found = []
        for match in self.road_code.finditer(text) if self.road_code else ():
            found.append(Candidate(offset + match.start(), offset + match.end(), "Project", self.road_class, match.group(), "projects.route-code"))
        for match in self.rail_code.finditer(text) if self.rail_code else ():
            found.append(Candidate(offset + match.start(), offset + match.end(), "Project", self.metro_class, match.group(), "projects.route-code"))
        for match in self.metro_line.finditer(text) if self.metro_line else ():
            prefix = match.group("prefix") or ""
            position = match.start("numbers")
            for number in match.group("numbers").split("、"):
                start = match.start() if position == match.start("numbers") else position
                end = match.end() if position + len(number) == match.end("numbers") else position + len(number)
                found.append(Candidate(offset + start, offset + end, "Project", self.metro_class, f"{prefix}{number}号线", "projects.route-code"))
                position += len(number) + 1
        return found

    def _counted_lists(self, text: str, offset: int) -> list[Candidate]:
        """沙堤、金岩、利福塔 3 所芙蓉学校: a count that matches the list's length, then a headed phrase
        that every element shares (沙堤芙蓉学校, 金岩芙蓉学校, 利福塔芙蓉学校)."""
        if not self.counted_list:
            return []
        found = []
        for match in self.counted_list.finditer(text):
            head, cls = self._shared_head(text, match.end()), None
            shared_end = match.end()
            while head is None and shared_end < min(len(text), match.end() + self.counted_list_between) and text[shared_end] not in DELIMITERS:
                shared_end += 1
                head = self._shared_head(text, shared_end)
            if head is None:
                continue
            if head.group() in self.grammar.heads:
                if self.grammar.heads[head.group()].generic:
                    continue
                cls = self.grammar.heads[head.group()].cls
            elements = self._list_before(text, match.start())
            count = match.group("count")
            if len(elements) < 2 or len(elements) != chinese_number(count):
                continue
            last_start, last_end = elements[-1]
            whole = chunk_start(text, last_end)
            if whole < last_start and text[last_start - 1] in "和及与" and self._element_like(text[whole:last_end]):
                elements[-1] = (whole, last_end)  # 新能源和智能网联汽车: the count says 和 joins inside one element
            shared = text[match.end() : head.start()]
            words = self.grammar.lexicon.segment(shared)
            if cls is None and not any(self._names_something(w) for w in words):
                shared = ""  # 四个国家新基地: the words before a counted-list head describe, they name nothing
            if any(w in self.grammar.kind_words or self.grammar.lexicon.strippable(w) for w in words):
                shared = ""  # 3座中型病险水库: the words before the head say the kind, not the name
            if self.counted_list_size and self.counted_list_size.search(shared):
                shared = ""  # 三个千万吨以上现代化矿井: a size describes every element
            cls = cls or self.counted_list_class
            # a work's own head after the count (not a shared kind such as 基地) makes each place before it
            # the name of one work of that kind (祁阳、冷水滩、零陵3个千吨级码头 → 祁阳千吨级码头)
            places = self.counted_list_places and head.group() in self.grammar.heads
            for start, end in elements:
                name = text[start:end]
                if self._element_like(name, places=places, industries=True):
                    candidate = Candidate(offset + start, offset + end, "Project", cls, name + shared + head.group(), "projects.counted")
                    candidate.borrows_span = True
                    found.append(candidate)
        return found

    def _shared_head(self, text: str, position: int):
        head = self.grammar.head_pattern.match(text, position)
        if head is None and self.counted_list_head is not None:
            head = self.counted_list_head.match(text, position)
        return head

    def _quoted_works(self, text: str, offset: int) -> list[Candidate]:
        """“仙境张家界”英文网站, “仙境户外”赛事小程序: a quoted name before a head names a work."""
        if not self.quoted_before_head:
            return []
        lexicon, found = self.grammar.lexicon, []
        self._quoted_tails = {}
        for match in self.quoted_before_head.finditer(text):
            head = self.grammar.head_pattern.match(text, match.end())
            name, kind = match.group("name"), match.group("kind")
            if self.grammar.heads[head.group()].generic or (self.grammar.not_a_name and self.grammar.not_a_name.search(name)):
                continue  # “五个一百”人才工程, “一县一特”…: programmes
            if self.quoted_numbered and self.quoted_numbered.match(name):
                continue  # “十四五”首批港口型…, “千字号”产业集群: a period or a numbered slogan
            if self.grammar._inside_blocked_word(text, head.start(), head.end()):
                continue  # “两海两绿”路径: 路 is the start of 路径, no road
            if any(w in self.grammar.known_names and w not in self.grammar.kind_words for w in lexicon.segment(kind)):
                continue  # the characters between say the kind, they name nothing
            if len(lexicon.segment(name)) == 1 and lexicon.is_common(name):
                continue  # 清理“僵尸”信息平台: a quoted ordinary word is emphasis
            if kind and not _starts_a_word(lexicon, kind + head.group(), len(kind)) and len(lexicon.segment(kind + head.group())) > 1:
                continue  # “三六八九”工作思路: 路 is the end of the word 思路, no road (but 标准厂房 is one word, a kind of 厂房)
            start, label = match.start("name"), name + kind + head.group()
            company = self.quoted_company.search(text, 0, match.start()) if self.quoted_company else None
            if company and company.group("company") in self.grammar.companies:
                start, label = company.start("company"), company.group("company") + "·" + label  # “中建”“敦谊”小学
            candidate = Candidate(offset + start, offset + match.end("name"), "Project", self.grammar.heads[head.group()].cls, label, "projects.quoted")
            self._quoted_tails[(candidate.start, candidate.end)] = offset + head.end()
            found.append(candidate)
        return found

    def _works_locating(self, text: str, offset: int) -> list[Candidate]:
        """在广州南站地区建设…, 广州南站地下空间基本完工: a station or an airport right before a word of its area is a work
        named there (round 9: a station that locates an area), read by the head grammar's own walk to the name; only in a
        sentence where the grammar saw a head blocked by what follows it."""
        if self.work_locates is None or ("blocked", text) not in self.grammar.shared:
            return []
        grammar, found = self.grammar, []
        for match in self.work_locates.finditer(text):
            head_end = match.end()
            at_end = grammar.head_at_end.search(text, 0, head_end)
            if at_end is None:
                continue
            head = grammar.heads[at_end.group()]
            name_start, name, listed = grammar._name_before(text, chunk_start(text, at_end.start()), at_end.start())
            if listed is None and name and grammar._acceptable(name, head):
                found.append(grammar._candidate(name_start, head_end, name + head.canonical, head, offset, "projects.head"))
        return found

    def _quoted_digital(self, text: str, offset: int) -> list[Candidate]:
        """“农业托管智慧链”入选…典型案例: a quoted name of a digital platform or chain of services is a work."""
        if not self.quoted_digital or ("“" not in text and '"' not in text):
            return []
        found, lexicon = [], self.grammar.lexicon
        for match in self.quoted_digital.finditer(text):
            name = match.group("name")
            if len(name) < 4 or (self.quoted_numbered and self.quoted_numbered.match(name)):
                continue  # “四链”, “五网”: numbered slogans
            words = lexicon.segment(name)
            if lexicon.tag(words[0]) == "v":
                continue  # “上云上平台”: a way of working, a programme
            found.append(Candidate(offset + match.start("name"), offset + match.end("name"), "Project", self.digital_class, name, "projects.quoted"))
        for match in self.quoted_function.finditer(text) if self.quoted_function else ():
            # “三位一体”事中事后监管系统: what the platform does, after the quotes, names it with the quoted words
            if lexicon.tag(lexicon.segment(match.group("kind"))[-1]) not in self.quoted_function_tags:
                continue  # “一带一路”国际合作新平台: a role; “租管家”信息平台: a kind of platform
            label = match.group("name") + match.group("kind") + match.group("head")
            candidate = Candidate(offset + match.start("name"), offset + match.end(), "Project", self.digital_class, label, "projects.quoted")
            if not _overlaps(candidate, found):
                found.append(candidate)
        return found

    def _company_works(self, text: str, offset: int) -> list[Candidate]:
        """亿胜新材料主体完工: a company whose building is completed or started names its plant."""
        found = []
        for match in self.company_work.finditer(text) if self.company_work else ():
            start = self.grammar._char_boundary(text, chunk_start(text, match.start()), match.end())
            trade = text[start : match.end("trade")]
            words = self.grammar.lexicon.segment(trade)
            if start != match.start() or not words or not (all(self.grammar.lexicon.is_proper(w) for w in words) or self._common_word_trade(text, match.start(), words)):
                continue  # 推动生物主体完工: no trade name
            begin = match.start()
            if len(words) > 1 and words[0] in self.grammar.known_names and len("".join(words[1:])) >= 2 and not any(w in self.grammar.known_names for w in words[1:]):
                begin += len(words[0])  # 信都红星新能源车量产下线: the county the plant is in, then the company
            elif any(w in self.grammar.known_names for w in words):
                continue  # 张家界科技: a place and an industry
            candidate = Candidate(offset + begin, offset + match.end(), "Project", "IndustrialProject", text[begin : match.end()], "projects.company-work")
            found.append(candidate)
        return found

    def _abbreviated(self, text: str, offset: int) -> list[Candidate]:
        """做大铁山园、信息产业园、英才园规模: in a 、-list where an element ends in a full head (产业园), a proper
        word with only that head's last character (铁山园, 英才园) is a work of that head's class."""
        found = []
        if not self.abbreviated_heads:
            return found
        grammar = self.grammar
        if not any(char in text for char in self.abbreviated_heads):
            return found
        for clause in re.finditer(r"[^，。；：！？,;:!?\n]+", text):
            if "、" not in clause.group() or not any(char in clause.group() for char in self.abbreviated_heads):
                continue
            parts, position = [], clause.start()
            for part in clause.group().split("、"):
                parts.append((position, part))
                position += len(part) + 1
            if len(parts) < 2:
                continue
            for index, (start, part) in enumerate(parts):
                last = index == len(parts) - 1
                if index == 0:  # 做大铁山园: the name ends the first element, after its governing words
                    begin = len(part) - 3
                    ends = {0}
                    for word in grammar.lexicon.segment(part):
                        ends.add(max(ends) + len(word))
                    if begin < 0 or (begin not in ends and grammar._char_boundary(part, 0, begin) != begin):
                        continue
                elif last or len(part) == 3:  # 英才园规模: the name starts the last element
                    begin = 0
                else:
                    continue
                name = part[begin : begin + 3]
                char, proper = name[-1:], name[:2]
                if char not in self.abbreviated_heads or len(name) != 3 or grammar.lexicon.segment(proper) != [proper] or not (
                    proper in grammar.known_names or grammar.lexicon.tag(proper) in self.abbreviated_name_tags
                ):
                    continue  # 街旁绿地、小游园、口袋公园: a word jieba does not know is no name here
                full = [
                    head for _s, other in parts if other != part
                    for head in [grammar.head_at_end.search(other) if other.endswith(char) else None]
                    if head and len(head.group()) > 1 and head.group().endswith(char)
                ]
                if not full:
                    continue
                cls = grammar.heads[full[0].group()].cls
                found.append(Candidate(offset + start + begin, offset + start + begin + 3, "Project", cls, name, "projects.abbreviated"))
        return found

    def _capacity_owned(self, text: str, offset: int) -> list[Candidate]:
        """年产10万辆新能源汽车的合众项目投产、天际项目完成厂房建设: a yearly capacity before 的 and a short
        name with a generic head sizes one plant, named by its owner; the names that follow it in a list
        with the same head are plants of the same sentence."""
        found = []
        for match in self.capacity_owner.finditer(text) if self.capacity_owner else ():
            spans, position = [(match.start("name"), match.end("name"), match.group("head"))], match.end()
            while self.capacity_sibling:
                sibling = self.capacity_sibling.match(text, position)
                if not sibling or sibling.group("head") != match.group("head"):
                    break
                spans.append((sibling.start("name"), sibling.end("name"), sibling.group("head")))
                position = sibling.end()
            for start, end, head in spans:
                name = text[start:end]
                words = self.grammar.lexicon.segment(name)
                if not self._element_like(name) or any(w in self.grammar.known_names for w in words) or self._an_activity(name):
                    continue  # 的新能源项目, 的张家界项目: a kind or a place, no owner
                if any(self.grammar.lexicon.tag(w) in self.activity_end_tags for w in words):
                    continue  # 的扩能项目: a verb, no owner
                found.append(Candidate(offset + start, offset + end + len(head), "Project", "IndustrialProject", name + head, "projects.capacity-owner"))
        return found

    def _common_word_trade(self, text: str, start: int, words: list[str]) -> bool:
        """华人运通新能源汽车量产下线: two words jieba knows as common nouns, neither generic nor a kind, make a
        trade name when they open the clause (the maker is its subject); 全市新能源汽车 and 首款新能源汽车 do not."""
        lexicon, grammar = self.grammar.lexicon, self.grammar
        if not self.common_trade_tags or (start > 0 and text[start - 1] not in DELIMITERS):
            return False
        return len(words) == 2 and all(
            len(w) >= 2 and lexicon.tag(w) in self.common_trade_tags and w not in lexicon.generic and not lexicon.strippable(w)
            and w not in grammar.kind_words and w not in grammar.known_names and w not in self.not_trade_names
            and w not in grammar.list_owner_words
            for w in words
        )

    def _phased_works(self, text: str, offset: int) -> list[Candidate]:
        """城市三维景观二期工程, 第一期国家储备林项目: a phase before the head or before the name."""
        found = []
        for phase in self.phase.finditer(text) if self.phase and self.phased_heads else ():
            head = next((h for h in self.phased_heads if text.startswith(h, phase.end())), None)
            if head:  # 城市三维景观 + 二期 + 工程
                start = self.grammar._char_boundary(text, chunk_start(text, phase.start()), phase.start())
                if self.grammar.list_phase is not None:
                    # 黑土滩治理、…等三江源二期工程: the work is named after the list's 等
                    start = max([start] + [e for _s, e, w in self.grammar._tokens(text, start, phase.start()) if w in self.grammar.list_words])
                name, end = text[start : phase.start()], phase.end() + len(head)
            elif self.phased_cue and self.phased_cue.match(text, phase.end()):  # 上河堡 + 一期 + 竣工投运
                head = ""
                start = self.grammar._char_boundary(text, chunk_start(text, phase.start()), phase.start())
                name, end = text[start : phase.start()], phase.start()
                if not self._proper_or_headed(name):
                    continue  # 主体一期完工: a work needs a name
            elif self.grammar._governed(text, 0, phase.start()):  # 第一期 + 国家储备林 + 项目
                ends = [(text.find(h, phase.end(), phase.end() + 15), h) for h in self.phased_heads]
                position, head = min(((p, h) for p, h in ends if p > phase.end()), default=(-1, None))
                if head is None or any(ch in DELIMITERS for ch in text[phase.end() : position]):
                    continue
                start, name, end = phase.end(), text[phase.end() : position], position + len(head)
            else:
                continue
            if self._phased_name(name, places=bool(head)):
                label = name if head and self._names_a_work(name) else name + head
                found.append(Candidate(offset + start, offset + end, "Project", "Project", label, "projects.phased"))
        return found

    def _names_a_work(self, name: str) -> bool:
        """红沿河核电 (二期工程), 常青新能源 (一期项目): a name with a proper word that ends in a thing names the work by
        itself, and the 工程 / 项目 after the phase is no part of its label; an action (泗溪河治理), a field without a
        proper word (城市三维景观) or a region alone (三江源) needs it (round 14 rule 23)."""
        if not self.phased_head_kept_after:
            return False
        lexicon = self.grammar.lexicon
        words = lexicon.segment(name)
        if not words or name in self.grammar.known_names:
            return False
        last = words[-1]
        if lexicon.tag(last) in self.phased_head_kept_after or (len(last) > 2 and lexicon.tag(last[-2:]) in self.phased_head_kept_after):
            return False  # 泗溪河治理, 呼伦湖流域生态综合治理 (综合治理: l, ending in the verb 治理): an action
        return any(lexicon.is_proper(w) or w in self.grammar.known_names for w in words)

    def _cued_list_works(self, text: str, offset: int, accepted: list[Candidate]) -> list[Candidate]:
        """砂之船·奥莱、上河堡一期竣工投运: a 、-list right before a building or completion verb (a phase may stand
        between) in which one element is a work found on its own: the other elements with a proper word are works
        too, since the verb builds each of them."""
        found = []
        if not (self.cued_list and self.phased_cue):
            return found
        works = {(c.start - offset, c.end - offset) for c in accepted if c.type == "Project"}
        for cue in self.cued_list.finditer(text):
            elements = self._list_before(text, cue.start())
            marker = next((m for m in self.grammar.list_words if elements and text.endswith(m, 0, elements[-1][0])), None)
            if marker:  # 铜铁海、…、半岛计划等一批A级景区建成营业: the list before 等 is what the verb builds
                elements = self._list_before(text, elements[-1][0] - len(marker))
            if len(elements) < 2 or not any(element in works for element in elements):
                continue
            for start, end in elements:
                if text.endswith(self.grammar.list_words, 0, start):
                    continue  # 半岛计划等一批A级景区建成: the words after 等 are the kind the list is of, no element
                name = text[start:end]
                if (start, end) in works or not self._element_like(name) or self.grammar.head_at_end.search(name):
                    continue  # a headed element the grammar did not take is a kind (公立三甲医院, 城市道路)
                if not any(self._names_something(w) for w in self.grammar.lexicon.segment(name)):
                    continue
                if self.grammar.not_a_name and self.grammar.not_a_name.search(name):
                    continue
                found.append(Candidate(offset + start, offset + end, "Project", "Project", name, "projects.cued-list"))
        return found

    def _phased_name(self, name: str, places: bool = False) -> bool:
        """``places``: a place alone may name a phased work with its head (三江源二期工程: the works of a region)."""
        grammar = self.grammar
        if grammar.head_at_end.search(name):
            return False  # 荷花国际机场二期工程: the grammar names the work by its own head (not 老港…中心)
        if grammar.designation and grammar.designation.search(name):
            return False
        if (grammar.campaign_start and grammar.campaign_start.match(name)) or any(w in name for w in grammar.campaign_words):
            return False
        return self._element_like(name, longest=14, places=places)

    def _list_before(self, text: str, end: int, lower: int = 0) -> list[tuple[int, int]]:
        """The 、-separated elements of the list that ends at ``end`` (and starts at ``lower`` or
        later), first to last; the first loses the verb that governs the list (盘活, 打造)."""
        elements, position = [], end
        while True:
            element = self.grammar._element_before(text, position)
            if element is None:
                break
            before = chunk_start(text, element[0], lower)
            if before == lower or text[before - 1] != "、":
                start = self.grammar._char_boundary(text, max(element[0], lower), element[1])
                if start < element[1]:
                    elements.append((start, element[1]))
                break
            elements.append(element)
            position = before - 1
        return elements[::-1]

    def _element_like(self, name: str, longest: int = 10, places: bool = False, industries: bool = False) -> bool:
        """``places``: a place may name the element (祁阳、冷水滩、零陵3个千吨级码头: a work's head follows);
        ``industries``: so may an industry (生物医药、光电子两个国家新基地: a count vouches for each)."""
        lexicon = self.grammar.lexicon
        if not 2 <= len(name) <= longest or (name in self.grammar.known_names and not places) or any(ch in DELIMITERS for ch in name):
            return False  # 张家界、吉首等: places belong to the place extractor
        words = lexicon.segment(name)
        return not all(
            w in lexicon.generic or lexicon.strippable(w) or (w in self.grammar.kind_words and not (industries and w in self.grammar.industry_words))
            for w in words
        )

    def _an_activity(self, name: str) -> bool:
        """住宿保障: common words ending in a verb, with no proper word, are an activity, no work."""
        words = self.grammar.lexicon.segment(name)
        return bool(self.activity_end_tags) and self.grammar.lexicon.tag(words[-1]) in self.activity_end_tags and not any(
            self._names_something(w) for w in words
        ) and not self.grammar.head_at_end.search(name)

    def _company_led(self, name: str) -> bool:
        """比亚迪新能源汽车动力电池及零部件: a long element that starts with a trade name (a proper word or
        a known company) is that company's work, its product named after it."""
        if not self.max_company_element or not self._element_like(name, self.max_company_element):
            return False
        grammar = self.grammar
        first = grammar.lexicon.segment(name)[0]
        led = (self._names_something(first) and first not in grammar.known_names) or any(name[:n] in grammar.companies for n in range(2, min(len(name), 8) + 1))
        if led and grammar.not_a_name and grammar.not_a_name.search(self._without_grade(name, first)):
            return False  # a count or a clause (a size class right after the trade name is the plant's: 大唐百万级新能源打捆外送)
        return led

    def _without_grade(self, name: str, first: str) -> str:
        """大唐百万级新能源打捆外送 → 大唐新能源打捆外送: a grade right after the trade name sizes the company's plant."""
        if self.company_grade and name.startswith(first):
            grade = self.company_grade.match(name, len(first))
            if grade and grade.end() < len(name):
                return name[: len(first)] + name[grade.end() :]
        return name

    def _proper_or_headed(self, name: str) -> bool:
        return bool(self.grammar.head_at_end.search(name)) or any(self._names_something(w) for w in self.grammar.lexicon.segment(name))

    def _ordinary(self, phrase: str) -> bool:
        """A phrase of generic and governing words only (推进项目), which names no place."""
        lexicon = self.grammar.lexicon
        return all(w in lexicon.generic or lexicon.strippable(w) for w in lexicon.segment(phrase))

    def _kind_acronym(self, word: str) -> bool:
        """IT, AI, 5G between 等 and the collective: a Latin abbreviation of an industry describes the works."""
        return bool(self.kind_acronym and self.kind_acronym.fullmatch(word.strip()))

    def _names_something(self, word: str) -> bool:
        return self.grammar.lexicon.is_proper(word) or word in self.grammar.known_names

    def _proper(self, text: str, offset: int, candidate: Candidate) -> bool:
        lexicon, known = self.grammar.lexicon, self.grammar.known_names
        words = lexicon.segment(text[candidate.start - offset : candidate.end - offset])
        return any(lexicon.is_proper(w) or w in known for w in words)

    def _known_inside(self, text: str, offset: int, candidate: Candidate) -> bool:
        """A word of the candidate is a known name (a division, a gazetteer place), not only a word the
        dictionary tags proper or does not know (小微, 新兴产业)."""
        known = self.grammar.known_names
        return any(w in known for w in self.grammar.lexicon.segment(text[candidate.start - offset : candidate.end - offset]))

    def _keep(self, text: str, offset: int, candidate: Candidate) -> bool:
        start, end = candidate.start - offset, candidate.end - offset
        if start > 0 and text[start - 1] in OPEN_QUOTES and end < len(text) and text[end] in CLOSE_QUOTES and not (
            self.quoted_place_work and candidate.label.startswith(self._own_names)
        ):
            return False  # “四好农村路”: a quoted slogan is a programme's name; not “沂源生物医药产业基地”, the county's own work
        if self.quoted_tail_generic and start > 1 and text[start - 1] in CLOSE_QUOTES and (head := self.grammar.heads.get(candidate.head or "")) and head.generic:
            return False  # 实施“新农人”回村工程: the words after a quoted slogan and before 工程 are the tail of a programme's name
        before = text[max(0, start - 4) : start]
        if before.endswith(self.service_words) or candidate.label.startswith(self.service_words):
            return False  # 直达香港高铁: a service, not a line
        if self.dateline_after and self.dateline_after.match(text, end):
            return False  # 中新网连云港2月24日电: a dateline
        if self._a_title(text, start, candidate):
            return False  # 创建…国家康复器具产业园, 建设全国…生产基地: a title or a role, not a work
        if getattr(candidate, "head", None) in self.regional_role_heads and self.regional_role and self.regional_role.match(candidate.label):
            return False  # 武陵山片区旅游特色商品集散中心: a region's hub is a role the city plays
        if self.kind_before and self.kind_before.search(text, 0, start) and not self._proper(text, offset, candidate):
            return False  # 成为国际门户枢纽机场, 开建一批公交枢纽站: a role or a kind, no name
        if self.quantified_before and self.quantified_before.search(text, 0, start) and not self._known_inside(text, offset, candidate):
            return False  # 改造提升一批小微产业园: a collective count governs a kind; only a known place's name keeps a work
        if self.list_kind_before and self.list_kind_before.search(text, 0, start):
            return False  # 甬江实验室B区二期等科创强基项目: the kind of the works listed before 等
        return self._not_a_count(text, offset, candidate)

    def _a_title(self, text: str, start: int, candidate: Candidate) -> bool:
        """A phrase of national scope that 创建 governs in its clause, or right after 全国: a title or a role."""
        if text[:start].endswith(self.role_scopes):
            return True
        if self.title_after and self.title_after.search(text, 0, start):
            return True  # 被评为云南省特色小镇, 入选全国首批卓越级智能工厂: the title won
        if not candidate.label.startswith(self.designation_scopes):
            return False
        clause = re.split(r"[，。；：,;:]", text[:start])[-1]
        return any(verb in clause for verb in self.designation_verbs)

    def _not_a_count(self, text: str, offset: int, candidate: Candidate) -> bool:
        """学校16所, 4座中型病险水库: a count of things of one kind, not a name."""
        start, end = candidate.start - offset, candidate.end - offset
        if self.count_after and self.count_after.match(text, end):
            return False
        if self.count_before and self.count_before.search(text[max(0, start - 6) : start]):
            return False
        if self.measured_after and self.measured_after.match(text, end) and not self._known_inside(text, offset, candidate):
            return False  # 实施黑土地保护工程10万亩: an amount of works of a kind
        return True

    @staticmethod
    def _siblings(text: str, offset: int, a: Candidate, b: Candidate) -> bool:
        first, second = (a, b) if a.start < b.start else (b, a)
        if first.end > second.start:
            return False
        return bool(_SIBLING_GAP.match(text[first.end - offset : second.start - offset]))

    @staticmethod
    def _label_own_level(text: str, offset: int, candidate: Candidate, own: dict[str, str]) -> Candidate:
        """市图书馆 in a report of 张家界市 is 张家界市图书馆."""
        level = text[candidate.start - offset : candidate.start - offset + 1]
        if level in own and candidate.label.startswith(level):
            candidate.label = own[level] + candidate.label[1:]
        return candidate


def _starts_a_word(lexicon, phrase: str, position: int) -> bool:
    """Whether the segmenter starts a word at ``position`` of ``phrase``."""
    boundary = 0
    for word in lexicon.segment(phrase):
        if boundary >= position:
            return boundary == position
        boundary += len(word)
    return boundary == position


def _overlaps(candidate: Candidate, others: list[Candidate]) -> bool:
    return any(other.start < candidate.end and candidate.start < other.end for other in others)


def _add_unoverlapped(accepted: list[Candidate], candidates) -> None:
    """Append each candidate, in order, that overlaps none accepted so far (the finders may read ``accepted`` lazily)."""
    for candidate in candidates:
        if not _overlaps(candidate, accepted):
            accepted.append(candidate)


def _own_divisions(context) -> dict[str, str]:
    """Level character → name of the report's own divisions: {"市": "张家界市", "省": "湖南省"}."""
    own: dict[str, str] = {}
    for division in load_gazetteer().own_divisions(getattr(context, "division_codes", None) or ()).values():
        own.setdefault(division.name[-1], division.name)  # nearest first: 浏阳市, not 长沙市
    return own