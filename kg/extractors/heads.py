"""Head-noun grammar: names that end in a word saying what kind of thing they are.

Chinese names of works, bodies and events are right-headed: 桑龙 + 高速, 张家界市 + 特殊教育学校,
市 + 商务局, 国际康旅产业 + 大会. The grammar finds a head, walks left to where the name starts
(a delimiter, a function word, or a verb governing the name), and checks that what is left is
specific enough to be a name. Coordinations share one head: ``桑龙、炉慈、张官高速`` and
``三人、岩朝等普通国省干线公路`` name several things.

One engine serves projects, organisations, events and place morphology; each family brings its
own head table (``kg/resources/patterns/*.toml``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Iterable

import ahocorasick_rs

from kg.extractors.base import DELIMITERS, Candidate, chunk_start
from kg.lexicon import Lexicon

_PARENTHETICAL = re.compile(r"（[^（）]{1,12}）$")
_QUANTITY_END = re.compile(r"[\d一二两三四五六七八九十百千万]+[条个座批项家所栋台]$")


@dataclass(frozen=True)
class Head:
    surface: str
    cls: str
    suffix: str  # what a shared-head name ends in (桑龙 → 桑龙高速)
    canonical: str  # the head as written in canonical labels (高速公路 → 高速)
    generic: bool  # 项目, 工程: only a proper name makes the phrase a name
    require: str  # "proper" or "specific": how specific the words before the head must be
    list_only: bool  # 企业: names only the elements of a list before 等 (湖南理意、齐汇新材料等重点企业)
    verb_before: tuple[str, ...] = ()  # 计划明年开建: words after which this head is a verb, not a head
    word_final: bool = False  # 创智城, 齐昌楼: a head of one morpheme counts only where a word of the sentence ends with it
    verb_field: bool = False  # 开发开放攻坚战, 治水大会战: a field of verbs alone (what is fought for) names it


class HeadGrammar:
    def __init__(self, config: dict, type_: str, lexicon: Lexicon, known_names: Iterable[str] = ()):
        self.type = type_
        self.lexicon = lexicon
        self.known_names = frozenset(known_names)
        canonical_heads = config.get("canonical_heads", {})
        self.heads: dict[str, Head] = {}
        for group in config["head"]:
            # a group's heads may be written only after one of its prefixes (普湾站综合交通枢纽: a hub after a station)
            prefixes = group.get("prefixes", [""])
            for surface in (prefix + kind for kind in group["surfaces"] for prefix in prefixes):
                self.heads.setdefault(
                    surface,
                    Head(
                        surface=surface,
                        cls=group["class"],
                        suffix=surface if group.get("suffix") == "{head}" else group.get("suffix", ""),
                        canonical=canonical_heads.get(surface, surface),
                        generic=group.get("generic", False),
                        require=group.get("require", config.get("require", "proper")),
                        list_only=group.get("list_only", False),
                        verb_before=tuple(group.get("verb_before", ())),
                        word_final=group.get("word_final", False),
                        verb_field=group.get("verb_field", False),
                    ),
                )
        surfaces = sorted(self.heads, key=lambda s: (-len(s), s))
        self.head_surfaces = tuple(surfaces)  # what the automata find (self.heads may grow: _word_head)
        blocked = config.get("not_followed_by", [])
        lookahead = f"(?!{'|'.join(map(re.escape, blocked))})" if blocked else ""
        self.head_pattern = re.compile(f"(?:{'|'.join(map(re.escape, surfaces))}){lookahead}")
        # The same heads in an automaton, for find (see _heads_in)
        self._head_automaton = ahocorasick_rs.AhoCorasick(surfaces) if surfaces else None
        self._leftmost_heads = (
            ahocorasick_rs.AhoCorasick(surfaces, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if surfaces else None
        )
        self._blocked_after = tuple(blocked)
        self.head_at_end = re.compile(f"(?:{'|'.join(map(re.escape, surfaces))})$")
        qualifiers = config.get("qualifiers", [])
        self.qualifier = re.compile("|".join(f"(?:{q})" for q in qualifiers)) if qualifiers else None
        self.max_name = config.get("max_name_chars", 16)
        self.max_list_element = config.get("max_list_element_chars", 10)
        self.min_name = config.get("min_name_chars", 1)
        self.list_words = tuple(config.get("list_markers", ["等"]))
        self.exclude = frozenset(config.get("exclude", []))
        self.blocked_words = tuple(config.get("blocked_words", []))
        self._blocked: dict[str, list[tuple[str, int]]] = {}
        # Whether a place name alone makes a name (张家界大道: yes; 张家界改革: no).
        self.place_names_alone = config.get("place_names_alone", True)
        # Conjunctions that may stand inside a name (零部件及配件产业园); organisations: none.
        self.inner_conjunctions = frozenset(config.get("inner_conjunctions", lexicon.inner_conjunctions))
        # Names of programmes contain verbs (扩大内需战略): strip only the listed governing words.
        self.strip_listed_only = config.get("strip") == "leading-list"
        # Names of this family may end in a verb before the head (产业链培育行动, 企业支持政策).
        self.verb_before_head = config.get("verb_before_head", False)
        # ... and a field and such a verb alone make a name (工业振兴三年行动): the verb's tags (jieba).
        self.object_verb_tags = frozenset(config.get("object_verb_tags", []))
        self.object_verb_max_frequency = config.get("object_verb_max_frequency", 0)
        # Heads of these classes make a list element before 等 a name though it is only a verb of what is done
        # (“利剑护蕾”、打击电信网络诈骗、禁毒等专项行动: a campaign named by its activity, round 15 rule 27).
        self.activity_list_classes = frozenset(config.get("activity_list_classes", []))
        # Scope words that begin names of this family (全国导游大赛, 全国人口普查).
        self.keep_leading = frozenset(config.get("keep_leading", []))
        self.name_verb_tags = frozenset(config.get("name_verb_tags", []))
        self.governing_words = frozenset(config.get("governing", []))
        # Whether a head right before another one is part of the name (高铁东站: works' names); heads
        # that stay heads there (a zone before a work built in it).
        self.head_in_name = config.get("head_in_name", False)
        # Whether the words between 等 and a generic head are always the kind of the list (等京津转移项目).
        self.kind_after_list = config.get("kind_after_list", False)
        # ... and, for a head that is not generic, when a count (this pattern) follows 等 (欧亚汇集等4个商业综合体: the
        # count says that the elements are works of the kind; without it, 等 may close a list of kinds).
        counted = config.get("counted_kind_after_list")
        self.counted_kind_after_list = re.compile(counted) if counted else None
        self.heads_before_heads = tuple(config.get("heads_before_heads", []))
        # Whether a verb after modifiers and before a proper word starts the name (高标准建设|上合示范区).
        self.verb_starts_name = config.get("verb_starts_name", False)
        # An inner conjunction joins two themes of one name only (生态保护和高质量发展先行区): a proper word after it starts a name
        # of its own (城市发展轴和澧水生态经济带).
        self.conjunction_joins_themes = config.get("conjunction_joins_themes", False)
        # The tags of the verbs that make a field of their own before a head with verb_field (开发开放攻坚战: jieba).
        self.verb_field_tags = frozenset(config.get("verb_field_tags", ["v", "vn"]))
        # Names that another rule names on those words (programmes: the national names, 脱贫攻坚战 → 脱贫攻坚).
        self.verb_field_names_of_their_own: frozenset[str] = frozenset()

    # -- public ------------------------------------------------------------------------------

    def find(self, text: str, offset: int, rule: str) -> list[Candidate]:
        """Candidates in ``text`` (a sentence whose first character is at ``offset``)."""
        found: list[Candidate] = []
        qualified_until = -1
        for head_start, head_end in self._heads_in(text):
            if head_start < qualified_until:
                continue
            head = self.heads[text[head_start:head_end]]
            if self._inside_blocked_word(text, head_start, head_end):
                continue
            if head.verb_before and text.startswith(head.verb_before, head_end):
                continue  # 计划明年开建: the verb "plan", no programme's head
            if head.word_final:
                word_start = self._word_ending_at(text, head_start, head_end)
                if word_start is None:
                    continue  # 城市: the morpheme inside a word
                if word_start < head_start:
                    # 岳阳纺织厂, 殡仪馆: a known word that ends in the morpheme is the head (a kind of facility)
                    head = self._word_head(text[word_start:head_end], head)
                    head_start = word_start
            if self.head_in_name and self._before_another_head(text, head_end):
                continue
            qualifier = self.qualifier.match(text, head_end) if self.qualifier else None
            if qualifier and qualifier.end() > head_end:
                qualified_until = qualifier.end()
            start = chunk_start(text, head_start)
            name_start, name, listed = self._name_before(text, start, head_start)
            if listed is None and self.kind_after_list and (head.generic or self.counted_kind_after_list):
                listed = self._list_marker_before(text, start, head_start)
                if listed is not None and not head.generic and not self._counted_after(text, listed, head_start):
                    listed = None  # a specific head needs a count after 等 (欧亚汇集等4个商业综合体)
                if listed is not None:
                    name = ""  # 乐通金属材料等京津转移项目: after 等 the words say the kind of the works listed
            if listed is not None:
                found.extend(self._list_elements(text, listed, head, offset, rule))
            if head.list_only:
                continue
            if name and self._acceptable(name, head):
                candidate = self._candidate(name_start, head_end, name + head.canonical, head, offset, f"{rule}.head")
                if qualifier and qualifier.end() > head_end:
                    candidate.qualifier = qualifier.group()
                found.append(candidate)
                if head.suffix:
                    found.extend(self._shared_head(text, name_start, head, offset, rule))
            elif not name and listed is None and head.suffix and not text.endswith("、", 0, head_start):
                # 打好蓝天、碧水、净土三大保卫战: the elements share the head; not a head right after 、,
                # which opens a clause of its own (发展重创新、改革重突破)
                found.extend(self._shared_head(text, head_start, head, offset, rule))
        return found

    def _heads_in(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the heads in ``text``, as ``head_pattern.finditer`` gives them: left to
        right, at each position the longest head that no ``not_followed_by`` word follows, the
        search going on after it. One pass of a leftmost-longest automaton (the regex's choice when
        no blocked word follows a head it finds); else :meth:`_heads_in_with_blocked`."""
        if self._leftmost_heads is None:
            return []
        matches = self._leftmost_heads.find_matches_as_indexes(text)
        if not matches:
            return []  # most grammars in most sentences
        found = [(start, end) for _index, start, end in matches]
        if self._blocked_after and any(text.startswith(self._blocked_after, end) for _start, end in found):
            return self._heads_in_with_blocked(text)
        return found

    def _heads_in_with_blocked(self, text: str) -> list[tuple[int, int]]:
        """:meth:`_heads_in` when a blocked word follows a head: every head at every position
        (overlapping), the longest unblocked one taken at each position."""
        matches = self._head_automaton.find_matches_as_indexes(text, overlapping=True)
        if not matches:
            return []
        ends_at: dict[int, list[int]] = {}
        for _index, start, end in matches:
            ends_at.setdefault(start, []).append(end)
        found, position = [], 0
        for start in sorted(ends_at):
            if start < position:
                continue
            for end in sorted(ends_at[start], reverse=True):
                if not (self._blocked_after and text.startswith(self._blocked_after, end)):
                    found.append((start, end))
                    position = end
                    break
        return found

    def _word_ending_at(self, text: str, start: int, end: int) -> int | None:
        """For a head of one morpheme at ``start:end``: None when no word of ``text`` ends at ``end``
        (城市), else where the head starts: at ``start`` when the word is the head alone, a proper name or a
        word no dictionary knows that holds it (齐昌楼, 魁星楼: the name is inside the word), at the word's
        start when it is a known noun of two characters or more and the morpheme (纺织厂, 殡仪馆, 烂尾楼); None
        for another known word (出厂, 牌楼)."""
        position = 0
        for word in self.lexicon.segment(text):
            position += len(word)
            if position == end:
                word_start = position - len(word)
                tag = self.lexicon.tag(word)
                if word_start >= start or tag in self.lexicon.proper_tags or (tag is None and not self.lexicon.frequency(word)):
                    return start
                # 出厂, 牌楼: one character and the morpheme make a word of its own (an act, a kind of arch), no
                # compound of a kind and the morpheme
                return word_start if start - word_start >= 2 and (tag or "").startswith("n") else None
            if position > end:
                return None
        return None

    def _word_head(self, word: str, morpheme: Head) -> Head:
        """The head a known word ending in a morpheme head is (纺织厂 of 厂), kept with the other heads."""
        head = self.heads.get(word)
        if head is None:
            suffix = word if morpheme.suffix == morpheme.surface else morpheme.suffix
            head = self.heads[word] = dataclasses.replace(morpheme, surface=word, canonical=word, suffix=suffix)
        return head

    def _inside_blocked_word(self, text: str, start: int, end: int) -> bool:
        """Whether a blocked word covers the head at ``start:end``: one that holds the head at
        some offset and is written there."""
        return any(
            start >= offset and text.startswith(word, start - offset)
            for word, offset in self._blocked_around(text[start:end])
        )

    def _blocked_around(self, head: str) -> list[tuple[str, int]]:
        """(blocked word, offset of ``head`` in it) for every place the head stands in one."""
        if head not in self._blocked:
            self._blocked[head] = [
                (word, offset)
                for word in self.blocked_words
                for offset in range(len(word) - len(head) + 1)
                if word.startswith(head, offset)
            ]
        return self._blocked[head]

    def _inside_known_name(self, name: str, start: int, end: int) -> bool:
        """Whether the characters ``name[start:end]`` stand inside a known place's name written there (港 in 香港)."""
        return any(
            name[a:b] in self.known_names
            for a in range(max(0, start - 4), start + 1)
            for b in range(max(end, a + 2), min(len(name), a + 8) + 1)
            if b - a > end - start
        )

    def _before_another_head(self, text: str, end: int) -> bool:
        """高铁东站, 春城路延长线, 机场高速: a head right before another specific head is part of the
        name of what the last one heads (a generic head after it, 水库工程, leaves it the head)."""
        following = self.head_pattern.match(text, end)
        return (
            following is not None
            and not text.endswith(self.heads_before_heads, 0, end)  # 翠谷产业园路网工程: a zone is named too
            and not self.heads[following.group()].generic
            and not self._inside_blocked_word(text, end, following.end())  # 高速公路路基工程: 路基 is no road
        )

    # -- names ---------------------------------------------------------------------------------

    def _tokens(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        tokens, position = [], start
        for word in self.lexicon.segment(text[start:end]):
            tokens.append((position, position + len(word), word))
            position += len(word)
        return tokens

    def _name_before(self, text: str, start: int, head_start: int) -> tuple[int, str, int | None]:
        """(name start, name, position of a list marker 等 or None) for the words before a head."""
        tokens = self._tokens(text, start, head_start)
        listed = None
        for i, (tok_start, _tok_end, word) in enumerate(tokens):
            if word in self.list_words and self._only_modifiers(tokens[i + 1 :]):
                listed = tok_start
                tokens = []
                break
        all_tokens = tokens
        tokens = self._after_last_break(text, start, tokens)
        cut = len(all_tokens) - len(tokens)  # 打好|投资…: a governing word the break cut stands before the rest
        if self.name_verb_tags and cut > 0 and all_tokens[cut - 1][2] in self.lexicon.leading:
            tokens = self._strip_leading(tokens, dropped=True)
        else:
            tokens = self._strip_leading(tokens)
        tokens = self._after_kind(tokens)
        if self.verb_starts_name:
            tokens = self._after_governing_verb(tokens)
        if not tokens:
            return head_start, "", listed
        name_start = tokens[0][0]
        name = text[name_start:head_start]
        quantity = self.lexicon.quantity_prefix.match(name)
        if quantity and self._inside_proper_word(tokens, name_start + quantity.end()):
            quantity = None  # 台水集散中心保税仓: 台 is no classifier inside the place's name 台水 (ns)
        if quantity:
            name_start += quantity.end()
            rest = self._strip_leading([t for t in tokens if t[0] >= name_start])  # 3次就毕节: 就 after the count
            name_start = rest[0][0] if rest and rest[0][0] > name_start else name_start
            name = text[name_start:head_start]
        return name_start, name, listed

    def _inside_proper_word(self, tokens: list[tuple[int, int, str]], position: int) -> bool:
        """Whether ``position`` falls inside a proper word: tagged as a name or out of the dictionary, a name the
        segmenter made (a quantity read on characters must not end there: 台 of 台水)."""
        return any(
            tok_start < position < tok_end and len(word) > 1 and self.lexicon.is_proper(word)
            for tok_start, tok_end, word in tokens
        )

    def _after_last_break(self, text: str, start: int, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The tokens after the last word a name cannot span (an inner 及/和 only counts when a
        complete name with a head stands before it: 宜冲桥水库及桑鹤高速)."""
        cut = 0
        for i, (tok_start, _tok_end, word) in enumerate(tokens):
            if self.verb_before_head and i == len(tokens) - 1 and i >= 2 and self.lexicon.is_hard_break(word):
                break  # 优势产业链培育行动: a verb before the kind names the action, after its object
            conjunction = word in self.lexicon.inner_conjunctions
            if (
                (self.lexicon.breaks_name(word) and not conjunction)
                or self.lexicon.is_hard_break(word)
                or (conjunction and (word not in self.inner_conjunctions or self.head_at_end.search(text[start:tok_start])))
                or (conjunction and self.conjunction_joins_themes and any(self.lexicon.is_proper(w) or w in self.known_names for _s, _e, w in tokens[i + 1 :]))
            ):
                cut = i + 1
        return tokens[cut:]

    def _after_governing_verb(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """高标准高质量建设上合: modifiers, a governing verb, then the name (上合), which has a proper word
        and none before the verb; the name starts after the verb."""
        def named(word: str) -> bool:
            return self.lexicon.is_proper(word) or word in self.known_names

        for i in range(len(tokens) - 2, 0, -1):
            if self.lexicon.strippable(tokens[i][2]):
                if any(named(w) for _s, _e, w in tokens[i + 1 :]) and not any(named(w) for _s, _e, w in tokens[:i]):
                    return tokens[i + 1 :]
                break
        return tokens

    def _strip_leading(self, tokens: list[tuple[int, int, str]], dropped: bool = False) -> list[tuple[int, int, str]]:
        strippable = self.lexicon.leading.__contains__ if self.strip_listed_only else self.lexicon.strippable
        while (
            tokens
            and strippable(tokens[0][2])
            and tokens[0][2] not in self.known_names
            and tokens[0][2] not in self.keep_leading
            and not (dropped and self._name_verb_after(tokens))
        ):
            tokens, dropped = tokens[1:], True
        return tokens

    def _name_verb_after(self, tokens: list[tuple[int, int, str]]) -> bool:
        """打好|投资|消费增长攻坚战: after a governing word, a second one before a plain verb of the name (unquoted.name_verb_tags)
        is the name's own verb or its noun."""
        return (bool(self.name_verb_tags) and len(tokens) > 2 and self.lexicon.tag(tokens[1][2]) in self.name_verb_tags
                and tokens[1][2] not in self.lexicon.leading and tokens[1][2] not in self.governing_words)

    def _list_marker_before(self, text: str, start: int, head_start: int) -> int | None:
        """Where the list marker (等) stands in the words before a head, when one does."""
        markers = [tok_start for tok_start, _end, word in self._tokens(text, start, head_start) if word in self.list_words]
        if not markers:
            return None
        kind = text[markers[-1] + 1 : head_start]
        if any(word in self.lexicon.inner_conjunctions for word in self.lexicon.segment(kind)) or self.head_pattern.search(kind):
            return None  # 等修复工程和云冈石窟…加固工程: another work stands between the list and this head
        return markers[-1]

    def _counted_after(self, text: str, marker: int, head_start: int) -> bool:
        """Whether a count opens the words between the list marker at ``marker`` and the head (等4个商业综合体)."""
        return bool(self.counted_kind_after_list and self.counted_kind_after_list.match(text, marker + 1, head_start))

    def _after_kind(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """水利工程娄里水库: a kind of work (a generic head) and then a name with a proper word in it is an
        apposition; the name starts after the kind."""
        for i in range(len(tokens) - 2, -1, -1):
            at_end = self.head_at_end.search(tokens[i][2])
            head = self.heads[at_end.group()] if at_end else None
            if head is not None and head.generic:
                rest = tokens[i + 1 :]
                if any(self.lexicon.is_proper(w) or w in self.known_names for _s, _e, w in rest):
                    return rest
                break
        return tokens

    def _only_modifiers(self, tokens: list[tuple[int, int, str]]) -> bool:
        """Between 等 and the head only quantities and generic modifiers (等一批重大产业项目, 等4个)."""
        quantity = self.lexicon.quantity_prefix.match("".join(word for _s, _e, word in tokens))
        if quantity:
            tokens = [t for t in tokens if t[0] >= tokens[0][0] + quantity.end()]
        return all(
            word in self.lexicon.generic or self.lexicon.strippable(word) or self.lexicon.quantity_prefix.fullmatch(word)
            for _s, _e, word in tokens
        )

    def _acceptable(self, name: str, head: Head, listed: bool = False) -> bool:
        if not (self.min_name <= len(name) <= self.max_name) or name in self.exclude:
            return False
        if any(ch in DELIMITERS for ch in name):
            return False
        if head.generic and any(
            not (listed and self.heads[m.group()].word_final) and not self._inside_known_name(name, m.start(), m.end())
            for m in self.head_pattern.finditer(name)
        ):
            # 炉慈高速公路路基工程, 楚怡中职学校项目: the work is the inner name; a list element keeps a head of one
            # morpheme (四牌楼、魁星楼等修复工程: the list names it, whatever the morpheme says); a head inside a place's
            # name is none (港 in 香港嘉鸿多功能手套加工)
            return False
        if _QUANTITY_END.search(name):
            return False  # 农夫山泉项目2条生产线: a count of things, not a name
        words = self.lexicon.segment(name)
        if all((w in self.lexicon.generic or self.lexicon.strippable(w)) and w not in self.keep_leading for w in words) and not self._object_verb(words) and not (listed and self._activity(words, head)) and not self._verb_field(name, words, head):
            return False
        if not self.place_names_alone and all(w in self.known_names or w in self.lexicon.generic for w in words):
            return False  # 张家界改革: a place and a kind is no programme's name
        if listed:
            return True
        if head.require != "proper" and not head.generic:
            # 荷花国际机场: any non-generic word names a transport work; a head with a pattern of
            # its own (十八条措施) is checked by its family
            return True
        return any(self.lexicon.is_proper(w) or w in self.known_names for w in words)

    def _verb_field(self, name: str, words: list[str], head: Head) -> bool:
        """开发开放攻坚战, 跨越赶超攻坚战, 治水大会战: before a war metaphor, verbs of what is fought for name the
        campaign; not a governing word (the lexicon's leading words) nor an adverb of manner (迅速)."""
        whole = name + head.surface  # 脱贫|攻坚战: a name of another rule's that runs into the head (脱贫攻坚) is that rule's
        return head.verb_field and len(name) >= 2 and all(
            w not in self.lexicon.leading and self.lexicon.tag(w) in self.verb_field_tags for w in words
        ) and not any(whole[:k] in self.verb_field_names_of_their_own for k in range(len(name), len(whole) + 1))

    def _activity(self, words: list[str], head: Head) -> bool:
        """禁毒 in …、禁毒等专项行动: a list element that is a verb of what is done, no governing or generic word,
        names the action when the shared head is one of ``activity_list_classes``."""
        return head.cls in self.activity_list_classes and all(
            self.lexicon.tag(w) == "v" and w not in self.lexicon.leading and w not in self.lexicon.generic for w in words
        )

    def _object_verb(self, words: list[str]) -> bool:
        """工业振兴三年行动, 企业倍增计划: a field and a verb of what it is to do name the action (families whose
        names may end in a verb before the head), though both words are common; not a governing verb (企业推进)."""
        return (
            self.verb_before_head
            and len(words) >= 2
            and self.lexicon.tag(words[-1]) in self.object_verb_tags
            and words[-1] not in self.lexicon.leading
            and self.lexicon.frequency(words[-1]) <= self.object_verb_max_frequency
            and all(w in self.lexicon.generic for w in words[:-1])
        )

    def _candidate(self, start: int, end: int, label: str, head: Head, offset: int, rule: str) -> Candidate:
        candidate = Candidate(
            start=offset + start,
            end=offset + end,
            type=self.type,
            cls=head.cls,
            label=label,
            rule=rule,
        )
        candidate.head = head.surface
        return candidate

    # -- coordination --------------------------------------------------------------------------

    def _element_before(self, text: str, end: int) -> tuple[int, int] | None:
        """The list element that ends at ``end`` (just before a 、), as (start, end)."""
        element_end = end
        parenthetical = _PARENTHETICAL.search(text[:element_end])
        if parenthetical:
            element_end = parenthetical.start()
        start = chunk_start(text, element_end)
        tokens = self._tokens(text, start, element_end)
        tokens = self._strip_leading(self._after_last_break(text, start, tokens))
        if not tokens:
            return None
        return tokens[0][0], element_end

    def _shared_head(self, text: str, name_start: int, head: Head, offset: int, rule: str) -> list[Candidate]:
        """桑龙、炉慈、张官高速: the bare names before a headed one share its head."""
        found = []
        position = name_start
        while position > 0 and text[position - 1] == "、":
            element = self._element_before(text, position - 1)
            if element is None:
                break
            start, end = element
            name = text[start:end]
            if self.head_pattern.search(name) or not self._acceptable(name, head) or len(name) > 8:
                break
            found.append(self._candidate(start, end, name + head.suffix, head, offset, f"{rule}.coordination"))
            position = start
        return found

    def _list_elements(self, text: str, marker: int, head: Head, offset: int, rule: str) -> list[Candidate]:
        """三人、岩朝、教温等普通国省干线公路: every element before 等 is one of the head's kind."""
        found = []
        for start, end in self._list_spans(text, marker):
            name = text[start:end]
            if (not self._holds_head(name) or self._bare_specific_head(name)) and 2 <= len(name) <= self.max_list_element and self._acceptable(name, head, listed=True):
                found.append(self._candidate(start, end, name + head.suffix, head, offset, f"{rule}.list"))
        return found

    def _holds_head(self, name: str) -> bool:
        """Whether a head stands in ``name`` outside the blocked words (赣榆港区: 港 is inside 港区). A head of one
        morpheme (word_final) does not count: the list names the element as it stands (四牌楼、魁星楼等修复工程)."""
        return any(
            not self._inside_blocked_word(name, m.start(), m.end()) and not self.heads[m.group()].word_final
            for m in self.head_pattern.finditer(name)
        )

    def _bare_specific_head(self, name: str) -> bool:
        """赣榆港区、徐圩新区、开发区等专用铁路线: an element that is only a head that needs a name (开发区)
        names nothing of its own kind; it is the report's own one, and takes the shared head."""
        head = self.heads.get(name)
        return head is not None and head.require == "specific" and not head.generic

    def _list_spans(self, text: str, marker: int):
        """The (start, end) of each 、-separated element before the list's 等 at `marker`, right to left."""
        position = marker + 1  # pretend a 、 stands where 等 is
        while True:
            element = self._element_before(text, position - 1)
            if element is None:
                return
            yield element
            position = chunk_start(text, element[0])
            if position == 0 or text[position - 1] != "、":
                return
