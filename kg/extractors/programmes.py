"""Programmes: campaigns, reforms, strategies, institutional systems, slogans and policies
(``patterns/programmes.toml``, ``gazetteer/national_programmes.txt``).

Four ways a programme is named in a report:

* **Set off** by quotation marks (“铁腕治旅”) or, where OCR lost the marks, by spaces
  (持续推进 铁腕治旅，). A set-off phrase is a programme unless its form or context says it is
  something else: an honour (获评“…示范区”), a thing (“…城市”, “四上”企业), emphasis (“零突破”,
  “非农化”), an ordinary dictionary word (“热点”, “流量”), a period (“十四五”) or a count.
  A quoted enumeration (“一主两副、一轴两带”) is one slogan; when its parts are numbered slogans
  with verbs of their own (增强“四个意识、坚定四个自信、做到两个维护”) each part is one.
* **Headed** names that end in their kind: 乡村振兴战略, 殡葬改革, 国土绿化行动, 公平竞争审查制度,
  安全生产十五条硬措施 (head-noun grammar, ``heads.py``); shared heads name every element
  (医药卫生体制、DIP支付方式改革 → 医药卫生体制改革, DIP支付方式改革).
* **Patterns** of the name itself: systems (河长制), law-popularisation periods (八五普法), slogans
  of a place (健康张家界) and of strength (质量强市, governed by a verb such as 坚持, 推进).
* **National programmes** known by name (扫黑除恶, 脱贫攻坚, 枫桥经验): a list of real national
  policy names, the same in every report.

OCR spaces inside words (疾控体系改  革) are closed up before the last three are looked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extractors.base import OPEN_QUOTES, Candidate, counted_list_before, list_elements_before, optional_pattern, report_sentences
from kg.extractors.heads import HeadGrammar
from kg.gazetteer import load_gazetteer
from kg.triggers import WordAlternation, any_trigger, any_trigger_words, trigger_rules
from kg.lexicon import Lexicon, chinese_number
from kg.resources import load_toml, load_word_list

_QUOTED = re.compile(r"“([^“”\n]{1,40})”|‘([^‘’\n]{1,40})’|\"([^\"\n]{1,40})\"")
# A quoted span of a line or a banner (“牢记嘱托 勇担使命 砥砺奋进…”标语): spaces inside it part its words, they set
# no phrase off as lost quotes do.
_INNER_QUOTED = re.compile(r"‘([^‘’“”\n]{1,40})’")
_QUOTE_SPAN = re.compile(r"“[^“”\n]{1,80}”|‘[^‘’\n]{1,80}’")
_TITLE_OPENS = ("《", "〈")
_TITLE = re.compile(r"《([^《》\n]{2,60})》")
_SPACED = re.compile(r"[^\s，。、；：！？（）“”‘’《》]+")
# A spaced enumeration whose quotes were lost: 坚决落实 坚定信心、同舟共济、科学防治 总要求
_SPACED_LIST = re.compile(r"(?<= )[^\s\d，。、；：！？（）“”‘’《》][^\s，。、；：！？（）“”‘’《》]*(?:、[^\s，。、；：！？（）“”‘’《》]+)+(?=[ ，。；：]|$)")
_NAME_CHARS = re.compile(r"^[\u3400-\u9fffA-Za-z0-9+、，·%]+$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CLOSING_QUOTES = ("”", "’", '"')
_CLAUSE_MARKS = "，,；;。：:！!"
_CJK_ONLY = re.compile(r"[\u3400-\u9fff]+")
_SPACE = re.compile(r"\s+")
_INNER_SPACE = re.compile(r"(?<=\S) +(?=\S)")
_ALNUM = re.compile(r"[A-Za-z0-9.%]")
_SET_OFF_SERIES_NEXT = re.compile(r"[”’\"]?\s*、?\s*[“‘\"][^“”‘’\"\n]{1,20}[”’\"]")
_SET_OFF_SERIES_END = re.compile(r"(?:[“‘\"][^“”‘’\"\n]{1,20}[”’\"]\s*、?\s*)+$")
_PARTS = re.compile(r"[、，]")
_ELEMENTS = re.compile(r"[、，,+＋]")
_CODE = re.compile(r"[0-9A-Za-z+]{3,}(?=[\u4e00-\u9fff])")
_CODE_ALONE = re.compile(r"[0-9A-Za-z+]{3,}")
_COUNT_BEFORE = re.compile(r"\d+[个项批]$")  # a count in figures right before a name (177个|行政村…)


class ProgrammeExtractor:
    type = "Programme"

    def __init__(self, lexicon: Lexicon, known_names=()):
        config = load_toml("patterns", "programmes.toml")
        self.lexicon = lexicon
        self.known_names = frozenset(known_names)
        self.numbered = re.compile(config["numbered"])
        # any of them, in one search (each is a pattern without groups of its own)
        self._not_numbered_any = re.compile("|".join(f"(?:{p})" for p in config["not_numbered"])) if config["not_numbered"] else None
        self.sum_of_list = re.compile(config["sum_of_list"])
        self.title_kinds = tuple(config.get("title_kinds", []))
        self.title_max = config.get("title_max_chars", 0)
        self.following = sorted(config["following"].items(), key=lambda kv: -len(kv[0]))
        self.endings = sorted(config["ending"].items(), key=lambda kv: -len(kv[0]))
        # their words as tuples, for str.startswith / endswith: one call says whether any stands there (most phrases: none)
        self._following_words = tuple(word for word, _cls in self.following)
        self._ending_words = tuple(word for word, _cls in self.endings)
        self.kind_words = frozenset(config["following"]) | frozenset(config["ending"])
        self.verbs = tuple(config["preceding"]["verbs"])
        self.honours = tuple(config["preceding"]["honours"])
        self.honours_before = re.compile(f"(?:{'|'.join(config['preceding']['honours_in_clause'])})[^，。；、：]{{0,10}}$")
        # 荣获A示范县、B先进县、“X”…: one verb of honour governs a list of designations (、 or quotes back to back); a name
        # right before a designation at the end of such a list is the designation's (honour_list_ends: how one ends)
        ends = "|".join(config["preceding"].get("honour_list_ends", []))
        # (the last element may close the text looked at: the opening quote of the name after it is stripped; 以及 joins the
        # last ones: 荣获“国家卫生县城”…“全国基层中医药先进县”，以及“陕西省环保模范县”…等多项荣誉, chengcheng-2018, dev)
        element = f"[^，。；、：]{{0,30}}?(?:{ends})[”’\"]?(?:、|，?以及|(?=[“‘\"]|$))" if ends else "(?!)"
        self.honours_listed_before = re.compile(f"(?:{'|'.join(config['preceding']['honours_in_clause'])})(?:{element})*[^，。；、：]{{0,10}}$")
        results = config["preceding"].get("results_in_clause", [])
        window = config["preceding"].get("results_window", 10)
        self.results_before = re.compile(f"(?:{'|'.join(results)})[^，。；、：“”]{{0,{window}}}$") if results else None
        honoured = config["preceding"].get("honoured_after", [])
        honoured_window = config["preceding"].get("honoured_after_window", 4)
        self.honoured_after = re.compile(f"^[^，。；、：,;:“”\"被\\s]{{0,{honoured_window}}}?(?:{'|'.join(honoured)})") if honoured else None
        self.honoured_case = tuple(config["preceding"].get("honoured_case", []))
        quoted = config["quoted"]
        self.min_chars, self.max_chars = quoted["min_chars"], quoted["max_chars"]
        self.max_list_chars = quoted["max_list_chars"]
        products = quoted.get("products", [])  # a farm or factory product names a brand or a variety, no programme
        self.reject_endings = tuple(quoted["reject_endings"] + products)
        self.numbered_reject_endings = tuple(quoted.get("numbered_reject_endings", []))
        self.numbered_results = optional_pattern(quoted, "numbered_results")
        self.manner = optional_pattern(quoted, "manner")
        self.fused_after = optional_pattern(quoted, "fused_after")
        self.zone_named_after = optional_pattern(quoted, "zone_named_after")
        self.division_set = optional_pattern(quoted, "division_set")
        # A quality of development alone (“高质量跨越式发展”) is an idea, no programme (round 16 rule 31.3).
        self.development_quality = optional_pattern(quoted, "development_quality")
        self.reject_following = tuple(quoted["reject_following"])
        self.problem_following = tuple(quoted.get("problem_following", []))  # “中梗阻”问题: a problem, no programme
        self.series_words = tuple(quoted.get("series_words", []))
        self.kind_after_thing = re.compile(quoted["kind_after_thing"])
        self.reject_starts = tuple(quoted["reject_starts"])
        self.quantity = re.compile(quoted["quantity"])
        self.service_reach = optional_pattern(quoted, "service_reach")
        self.service_built = tuple(quoted.get("service_reach_built", []))
        self.articles = optional_pattern(quoted, "articles")
        self.articles_field = optional_pattern(quoted, "articles_field")  # 稳经济“37条” → 稳经济37条
        self.field_counts = optional_pattern(quoted, "field_counts")  # 污染防治“八大战役” → 污染防治八大战役
        self.place_model = quoted.get("place_model", "")  # “大安模式”: a model named after a place
        self.common_tags = frozenset(quoted["common_tags"])
        self.directional_complements = frozenset(quoted.get("directional_complements", []))
        self.common_frequency = quoted["common_frequency"]
        self.joined_following = tuple(quoted["joined_following"])
        self.code_strength_after = optional_pattern(quoted, "code_strength_after")
        self.min_bare_chars = quoted["min_bare_chars"]
        self.quotation_before = tuple(quoted["quotation_before"])
        self.quotation_min_chars = quoted["quotation_min_chars"]
        self.byline_before = tuple(quoted.get("byline_before", []))
        self.idiom_tags = frozenset(quoted.get("idiom_tags", []))
        self.proper_word_tags = frozenset(quoted.get("proper_word_tags", []))
        self.proper_word_frequency = quoted.get("proper_word_frequency", 0)
        self.idiom_frequency = quoted.get("idiom_frequency", 10**9)
        self.counted_before = optional_pattern(quoted, "counted_before")
        self.thing_end_tags = frozenset(quoted.get("thing_end_tags", []))
        self.verb_tags = frozenset(quoted.get("verb_tags", []))
        self.thing_end_frequency = quoted.get("thing_end_frequency", 0)
        self.programme_nouns = frozenset(quoted.get("programme_nouns", []))
        self.byline_after = tuple(quoted.get("byline_after", []))
        self.repeated_elements = quoted.get("repeated_elements", False)
        self.dated_incident = optional_pattern(quoted, "dated_incident")
        self.change_from = (re.compile(quoted["change_from_before"]), re.compile(quoted["change_from_after"])) if quoted.get("change_from_before") else None
        self.change_to = optional_pattern(quoted, "change_to_before")
        self.change_pair = optional_pattern(quoted, "change_pair")
        self.byline_role_ends = quoted.get("byline_role_ends", False)
        self.byline_roles_glued = tuple(quoted.get("byline_roles_glued", []))  # 通讯员连帆涛 袁成龙
        self.byline_dated_after = optional_pattern(quoted, "byline_dated_after")
        self.menu_min_words = quoted.get("menu_min_words", 0)
        self.spaced_list_reject = tuple(quoted.get("spaced_list_reject", []))
        self.thing_after = re.compile(quoted["thing_after"] + (f"|^(?:(?![和与及])[\u4e00-\u9fff]){{0,4}}?(?:{'|'.join(products)})" if products else ""))
        self.numeric_kind = re.compile(quoted["numeric_kind"])
        self.list_line_after = optional_pattern(quoted, "list_line_after")
        self.numbered_spirit = tuple(quoted.get("numbered_spirit", []))
        self.governed_code = optional_pattern(quoted, "governed_code")
        self.code_verbs = tuple(quoted.get("code_verbs", []))
        self.formula = re.compile(quoted["formula"])
        self.formula_counts_after = optional_pattern(quoted, "formula_counts_after")  # “4+8”产业链: industries counted
        self.word_formula = optional_pattern(quoted, "word_formula")
        self.split_known_parts = quoted["split_known_parts"]
        self.counted_kind_part = optional_pattern(quoted, "counted_kind_part")
        self.work_before = tuple(config["works"]["before"])
        held = config["quoted"].get("event_verbs_before", [])
        self.event_before = re.compile(f"(?:{'|'.join(held)})[^，。；、,;：:“”\"]{{0,6}}$") if held else None
        self.work_after = tuple(config["works"]["after"])
        self.work_after_adverbs = tuple(config["works"].get("after_adverbs", []))
        self.zone_after = re.compile(config["works"]["zone_after"]) if config["works"].get("zone_after") else None
        listed_works = config["works"].get("listed_works_after")
        self.listed_works_after = re.compile(listed_works) if listed_works else None
        # the heads of works (projects.toml): a sibling in the list that ends in one says the list is of works
        work_heads = [h for group in load_toml("patterns", "projects.toml")["head"] if not group.get("generic") for h in group["surfaces"]]
        self.work_head = re.compile("|".join(map(re.escape, sorted(work_heads, key=len, reverse=True)))) if work_heads else None
        unquoted = config["unquoted"]
        provinces = "".join(load_toml("patterns", "places.toml")["regional"]["abbreviations"])
        self.patterns = [
            (re.compile(p["regex"].replace("{province_abbreviations}", provinces)), p["class"], p.get("joined_domains", False))
            for p in unquoted["pattern"]
        ]
        # the siblings listed after a pattern's match (工业20条、服务业20条等), by pattern
        self.pattern_siblings = {i: re.compile(p["sibling"]) for i, p in enumerate(unquoted["pattern"]) if p.get("sibling")}
        # the patterns whose name a known place right before it opens (洪湖革命老区振兴), by pattern
        self.pattern_place_before = {i for i, p in enumerate(unquoted["pattern"]) if p.get("place_before")}
        self.pattern_place_issuer = {i for i, p in enumerate(unquoted["pattern"]) if p.get("place_issuer")}
        self.grammar = HeadGrammar(unquoted, self.type, lexicon, known_names)
        self.head_rules = {
            surface: group for group in unquoted["head"] for surface in group["surfaces"]
        }
        self.head_surfaces = sorted(self.head_rules, key=len, reverse=True)
        self._head_surface_tuple = tuple(self.head_surfaces)  # for one str.endswith of them all
        self.system_sibling = optional_pattern(unquoted, "system_sibling")
        self.split_before = re.compile(unquoted["split_before"])
        self.split_and = re.compile(unquoted["split_and"])
        self.place_prefix = re.compile(unquoted["place_prefix"])
        self.place_suffixes = frozenset(unquoted["place_suffixes"])
        self.place_alone_names_none = unquoted.get("place_alone_names_none", False)  # 我州改革: no reform
        self.governing = frozenset(unquoted["governing"])
        self.named_in_slogans = frozenset(config.get("named_in_slogans", {}).get("rules", []))
        self.slogan_clause_marks = tuple(config.get("named_in_slogans", {}).get("clause_marks", []))
        self.honour_designation = optional_pattern(unquoted, "honour_designation")
        designation_verbs = config["quoted"].get("designation_verbs", [])
        self.designation_before = re.compile(f"(?:{'|'.join(designation_verbs)})(?:{element})*[^，。；、：]{{0,10}}$") if designation_verbs else None
        self.descriptive_name = optional_pattern(unquoted, "descriptive_name")
        # plans (规划, 纲要, 总规) are planning documents, no programmes (gold/conventions-round13.md, rule 20)
        self.plan_kinds = tuple(sorted(config.get("plans", {}).get("kinds", []), key=len, reverse=True))
        pair = config.get("pair", {})
        self.pair_kinds = tuple(sorted(pair.get("kinds", []), key=len, reverse=True))
        self.pair_chars = (pair.get("min_chars", 2), pair.get("max_chars", 3))
        self.province_abbreviations = tuple(load_toml("patterns", "places.toml")["regional"]["abbreviations"])
        self._pairs: dict[tuple, tuple[re.Pattern, frozenset]] = {}
        self.subject_of = tuple(unquoted["lost_quote_subject_of"])
        self.list_kinds = frozenset(unquoted["list_kinds"])
        self.max_programme = unquoted["max_programme_chars"]
        self.split_and_heads = frozenset(unquoted["split_and_heads"])
        self.split_and_long = frozenset(unquoted["split_and_long"])
        self.split_and_min_part = unquoted["split_and_min_part"]
        self.level_prefix = re.compile(unquoted["level_prefix"])
        self.body_prefix = re.compile(unquoted["body_prefix"])
        self.numbered_prefix = re.compile(unquoted["numbered_prefix"])
        self.name_starts = tuple(unquoted["name_starts"])
        self.clause_name_starts = unquoted.get("clause_name_starts", False)
        self.scope_words = frozenset(unquoted.get("scope_words", []))
        self.ranked_heads = frozenset(unquoted.get("ranked_heads", []))
        self.ranked_by_body = optional_pattern(unquoted, "ranked_by_body")
        self.ranked_place_tags = frozenset(unquoted.get("ranked_place_tags", []))
        places = config["place_slogans"]
        # 美丽幸福清徐, 幸福美好新武威: qualities in a row, a 新 (new) before the place; 建设新南开: the 新 alone after a
        # verb of building
        # one look-behind per word: they differ in length (建设, 现代化)
        renewed_alone = f"|(?:{'|'.join(f'(?<={w})' for w in places['renewed_after'])}){places['renewed']}" if places.get("renewed_after") else ""
        # 和谐现代化新市中: the place holds no 现代化, so that the slogan after it (新市中) is read (round 17 rule 38.2)
        not_holding = f"(?!{'|'.join(places['place_not_holding'])})" if places.get("place_not_holding") else ""
        # 共富共美现代化新慈溪: 现代化 between the qualities and the 新 is no part of the label (round 17 rule 38.2)
        between = f"(?P<between>{'|'.join(places.get('renewed_between', []))})?" if places.get("renewed_between") else ""
        self.place_degree = tuple(places.get("degree_before", []))  # 更为和谐现代化新市中: a description, the slogan is 新市中
        renewed = f"(?:{between}{places['renewed']})?" if places.get("renewed") else ""
        self.place_slogan = re.compile(
            f"(?:(?:{'|'.join(places['qualifiers'])})+{renewed}{renewed_alone})(?P<place>(?:{not_holding}[\u4e00-\u9fff]){{2,8}}?)(?={'|'.join(places['followed_by'])})"
        )
        self.short_name_of = tuple(places.get("short_name_of", []))
        self.own_short_suffix = places.get("own_short_suffix")
        strong = config["strength_slogans"]
        self.strong = re.compile(strong["regex"])
        self.strong_verbs = tuple(strong["verbs"])
        self.strong_quotes = tuple(strong.get("field_opens", []))  # “生态立县、…”: a field opens after the quote, not before it
        self.strong_opens = ("、", "和", *self.strong_quotes, *self.strong_verbs)  # what may stand before a field
        self.strong_not_after = tuple(strong["not_after"])
        self.strong_max_field = strong.get("max_field_chars", 4)
        self.strong_element = optional_pattern(strong, "element")
        self.strong_kind_after = tuple(strong.get("kind_after", []))
        self.strong_field_verb_tags = frozenset(strong.get("field_verb_tags", []))
        counted = config.get("counted_kinds", {})
        self.counted_kind = re.compile(counted["regex"]) if counted else None
        self.counted_classes = counted.get("classes", {})
        self.counted_max = counted.get("max_element_chars", 8)
        self.counted_min = counted.get("min_element_chars", 3)
        self.strong_kind_endings = tuple(strong.get("kind_after_endings", []))
        self.strong_subject = optional_pattern(strong, "subject")
        self.strong_heading = re.compile(strong.get("heading", "(?!)"))
        self.strong_subject_not = frozenset(strong.get("subject_field_not", []))
        national = load_word_list("gazetteer", "national_programmes.txt")
        marks = config["national"].get("optional_marks", [])  # 人民至上生命至上: the slogan without its 、
        national = [*national, *{re.sub("|".join(map(re.escape, marks)), "", n) for n in national if marks and any(m in n for m in marks)}]
        self.national = WordAlternation(national)  # longest first
        self.national_names = frozenset(national)
        measured = config["national"].get("measured_by")
        self.national_measured = re.compile(measured) if measured else None
        self.national_policy_words = frozenset(config["national"].get("policy_words", []))
        self.industry_list_after = optional_pattern(config["national"], "industry_list_after")
        self.industry_list_before = optional_pattern(config["national"], "industry_list_before")
        self.industry_list_end = optional_pattern(config["national"], "industry_list_end")
        # 脱贫攻坚战: a national name before a war metaphor is the national rule's (labelled 脱贫攻坚), no verb field
        self.grammar.verb_field_names_of_their_own = self.national_names
        # provincial programmes (gazetteer/regional_programmes.tsv), read in one scan with the national names
        self.regional = {}
        for line in load_word_list("gazetteer", "regional_programmes.tsv"):
            province, name = line.split("\t")
            self.regional.setdefault(province, []).append(name)
        self._national_for = {}
        self.national_kinds = sorted(config["national"]["kinds"].items(), key=lambda kv: -len(kv[0]))
        self.national_class = config["national"]["default_class"]
        self.national_not_before = tuple(config["national"]["not_before"])
        self.national_not_before_chars = config["national"].get("not_before_chars", 8)
        # national names that are also the kind of another one written right before them (主题教育)
        self.national_kind_names = frozenset(config["national"].get("kind_names", []))
        counted_numbered = config["quoted"].get("counted_numbered")
        self.counted_numbered = re.compile(counted_numbered) if counted_numbered else None
        self.national_governing_tags = frozenset(config["national"].get("governing_tags", []))
        self.leading_idiom_tags = frozenset(config["unquoted"].get("leading_idiom_tags", []))
        self.noun_modifiers = frozenset(config["unquoted"].get("noun_modifiers", []))
        self.idiom_object_tags = frozenset(config["unquoted"].get("idiom_object_tags", []))
        self.governed_chain_tags = frozenset(config["unquoted"].get("governed_chain_tags", []))
        self.name_verb_tags = frozenset(config["unquoted"].get("name_verb_tags", []))
        counted = config["unquoted"].get("count_before_name")
        self.count_before_name = re.compile(counted) if counted else None
        self.counted_units = frozenset(config["unquoted"].get("counted_units", []))
        self.thing_before = tuple(config["preceding"].get("thing_before", []))
        # 围绕一个率先、两个进位奋斗目标: an unquoted enumeration of numbered slogans between a verb that takes a programme
        # and a kind word reads as a quoted one (the print dropped the quotes)
        element = config["quoted"].get("unquoted_numbered_element")
        self.unquoted_numbered = re.compile(
            "(?:" + "|".join(map(re.escape, self.verbs)) + f")(?P<name>{element}(?:、{element})+)"
            + "(?=(?:" + "|".join(map(re.escape, config["quoted"].get("unquoted_numbered_between", []))) + ")?(?:"
            + "|".join(re.escape(w) for w, _c in self.following) + "))"
        ) if element else None
        # the rules tried on whole sentences: only on a sentence that holds a character one of
        # their matches needs (kg/triggers.py)
        trigger_rules(self, "patterns", "strong", "counted_kind", "place_slogan")
        self._any_pattern = any_trigger(pattern for pattern, _cls, _joined in self.patterns)  # most sentences hold none
        # ... and the words of theirs (一体化, 攻坚战, 号文件): their characters (一, 大, 中) are in most sentences, the words in few
        self._any_pattern_word = any_trigger_words(pattern for pattern, _cls, _joined in self.patterns)

    def __call__(self, doc) -> list[Candidate]:
        found = []
        codes = doc._.context.division_codes if doc._.context else ()
        pair = self._pair_pattern(codes)
        national = self._national_names_for(codes)
        own = self._own_place_names(codes)
        for sentence, text in report_sentences(doc):
            found.extend(self.find(text, sentence.start, national, own))
            if pair is not None:
                found.extend(self._pairs_in(text, sentence.start, *pair))
        return self._without_repeated_elements(found) if self.repeated_elements else found

    def _own_place_names(self, codes) -> frozenset[str]:
        """The report's own division by its full and short names (和县, 市中区, 市中): a place slogan may name it where
        the lexicon does not know it as a place (美好和县, 现代化新市中)."""
        division = load_gazetteer().by_code(codes[0]) if codes else None
        if division is None:
            return frozenset()
        short = re.sub(self.own_short_suffix, "", division.name) if self.own_short_suffix else division.name
        return frozenset(n for n in (division.name, *division.short_names, short) if len(n) >= 2)

    def _national_names_for(self, codes) -> "WordAlternation":
        """The national names and those of the report's own province (农村产业革命 in a report of 贵州): one
        alternation, so one scan of each sentence as before."""
        names = tuple(name for province in sorted({code[:2] for code in codes}) for name in self.regional.get(province, ()))
        if not names:
            return self.national
        if names not in self._national_for:
            if len(self._national_for) >= 16:
                self._national_for.clear()  # bounded: a corpus of many provinces
            self._national_for[names] = WordAlternation((*self.national_names, *names))
        return self._national_for[names]

    def _pair_pattern(self, codes) -> tuple[re.Pattern, frozenset] | None:
        """商虞一体化 in a report of 商丘市: one-character short names of places around the report's own joined
        before the kind of an integration (``[pair]``); None when the report has no division."""
        if not self.pair_kinds or not codes:
            return None
        key = tuple(codes)
        if key not in self._pairs:
            if len(self._pairs) >= 16:
                self._pairs.clear()  # bounded: a corpus of many cities
            gazetteer = load_gazetteer()
            own = [d for d in (gazetteer.by_code(code) for code in codes) if d is not None]
            ends = lambda d: {c for name in (d.short_names or (d.name,)) for c in (name[0], name[-1])}  # noqa: E731
            own_chars = set().union(*(ends(d) for d in own)) if own else set()
            provinces = {d.code[:2] for d in own}
            near = set(self.province_abbreviations) | own_chars
            for division in gazetteer.divisions:
                if division.code[:2] in provinces:
                    near |= ends(division)
            near_class = "".join(sorted(c for c in near if "\u4e00" <= c <= "\u9fff"))
            own_class = "".join(sorted(c for c in own_chars if "\u4e00" <= c <= "\u9fff"))
            kinds = "|".join(map(re.escape, self.pair_kinds))
            low, high = self.pair_chars
            pattern = re.compile(f"(?=(?P<pair>[{near_class}]{{{low},{high}}})(?P<kind>{kinds}))" if near_class else "(?!)")
            # 长春公主岭同城化, 内江自贡同城化: two whole short names of the province's divisions, one the report's own
            whole = lambda d: {name for name in (*(d.short_names or ()), d.name) if len(name) >= 2}  # noqa: E731
            own_names = set().union(*(whole(d) for d in own)) if own else set()
            near_names = set(own_names)
            for division in gazetteer.divisions:
                if division.code[:2] in provinces:
                    near_names |= whole(division)
            names = "|".join(map(re.escape, sorted(near_names, key=len, reverse=True)))
            named = re.compile(f"(?P<first>{names})(?P<second>{names})(?P<kind>{kinds})") if names and own_names else None
            self._pairs[key] = (pattern, frozenset(own_chars), named, frozenset(own_names))
        return self._pairs[key]

    def _pairs_in(self, text: str, offset: int, pattern: re.Pattern, own: frozenset, named=None, own_names=frozenset()) -> list[Candidate]:
        """The integrations of places by their one-character short names in one sentence (programmes.pair), or by
        two whole short names (长春公主岭同城化)."""
        found, end = [], 0
        boundaries = None
        if named is not None and any(kind in text for kind in self.pair_kinds):
            for match in named.finditer(text):
                if match.group("first") == match.group("second") or not own_names & {match.group("first"), match.group("second")}:
                    continue
                boundaries = boundaries if boundaries is not None else self.lexicon.boundaries(text)
                if match.start() not in boundaries:
                    continue  # the first name starts a word, not inside one
                found.append(Candidate(offset + match.start(), offset + match.end(), self.type, "Strategy", match.group(), "programmes.pair"))
        spans = [(c.start - offset, c.end - offset) for c in found]
        for match in pattern.finditer(text):
            start = match.start()
            if start < end or not own & set(match.group("pair")) or any(a <= start < b for a, b in spans):
                continue
            boundaries = boundaries if boundaries is not None else self.lexicon.boundaries(text)
            if start not in boundaries or self.lexicon.strippable(text[start]):
                continue  # 推进商虞一体化 starts at 商, not inside a word; 和昌九一体 at 昌, not at the conjunction
            pair = match.group("pair")
            if any(load_gazetteer().lookup(pair[i : i + 2]) for i in range(len(pair) - 1)):
                continue  # 宁波舟山港一体化: 舟山 is a short name of its own, no pair of one-character names
            end = match.end("kind")
            found.append(Candidate(offset + start, offset + end, self.type, "Strategy", text[start:end], "programmes.pair"))
        return found

    def _without_repeated_elements(self, found: list[Candidate]) -> list[Candidate]:
        """实施“双十、双百、双千”工程，即培育“双十”外贸龙头企业: an element of a quoted enumeration or formula
        the report names, quoted again alone and without a kind word of its own, is that part of the
        programme, no programme of its own."""
        elements = {}
        for c in found:
            if c.type == self.type and c.rule.startswith("programmes.quoted"):
                parts = [p for p in _ELEMENTS.split(c.label) if p]
                if len(parts) > 1:
                    for part in parts:
                        elements.setdefault(part, c.label)
        return [c for c in found if not (c.type == self.type and c.rule == "programmes.quoted" and c.cls == "Slogan"
                                         and not c.nested and c.label in elements and elements[c.label] != c.label)]

    # -- one sentence ---------------------------------------------------------------------------

    def find(self, text: str, offset: int, national=None, own: frozenset[str] = frozenset()) -> list[Candidate]:
        found = []
        for match in _QUOTED.finditer(text):
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            found.extend(self._set_off(text, match.start(group), match.end(group), offset, "programmes.quoted"))
            for inner in _INNER_QUOTED.finditer(text, match.start(group), match.end(group)) if group == 1 else ():
                # 省委“打造‘三大高地’、实施‘五大战略’”工作部署: a name quoted inside a quotation is read in its place
                found.extend(self._set_off(text, inner.start(1), inner.end(1), offset, "programmes.quoted"))
        spaced = " " in text  # what follows needs a space that sets a phrase off (most sentences have none)
        quoted_spans = [m.span() for m in _QUOTE_SPAN.finditer(text)] if spaced else []
        for match in _SPACED_LIST.finditer(text) if spaced else ():
            if any(a < match.start() < b for a, b in quoted_spans):
                continue  # “两不 愁三保障”: a space inside the quotes sets nothing off
            if any(ch in match.group() for ch in self.spaced_list_reject):
                continue  # 面对错综复杂的 经济形势、持续演变的新冠疫情: a line break in a clause, no lost quotes
            if _lost_quote_before(text, match.start()) and not self._byline_or_menu(text, match.start(), match.end()):
                # 市人民政府市长 虞爱华各位代表、各位委员: the speaker's line run into the address, no lost quotes
                found.extend(self._set_off(text, match.start(), match.end(), offset, "programmes.spaced"))
        for match in _SPACED.finditer(text) if spaced else ():
            start, end = match.span()
            if any(a < start < b for a, b in quoted_spans):
                continue  # 悬挂的“牢记嘱托 勇担使命 砥砺奋进…”标语: the banner's words, no lost quotes
            if (start > 0 and text[start - 1] == "、") or (end < len(text) and text[end] == "、"):
                continue  # part of an enumeration (above)
            spaced_before = _lost_quote_before(text, start)
            spaced_after = end + 1 < len(text) and text[end] == " " and not text[end + 1].isascii()
            if not (spaced_before or spaced_after):
                continue  # no space sets it off (most runs): nothing below applies
            if self._byline_or_menu(text, start, end):
                continue  # （记者 储灿林 摄）, 首页 新闻中心 政务公开: no lost quotes
            if spaced_before and spaced_after:
                found.extend(self._set_off(text, start, end, offset, "programmes.spaced"))
            elif spaced_before:  # 持续推进 铁腕治旅，: only a governing verb makes it a name
                found.extend(self._set_off(text, start, end, offset, "programmes.spaced", bare=False))
            elif spaced_after and self._lost_quote_subject(text, start, end):
                found.extend(self._set_off(text, start, end, offset, "programmes.spaced"))
            elif spaced_after:  # …治旅 改革: only a kind word after it
                found.extend(self._set_off(text, start, end, offset, "programmes.spaced", need_kind=True))
        for match in self.unquoted_numbered.finditer(text) if self.unquoted_numbered else ():
            if all(self.numbered.match(p) and not (self._not_numbered_any and self._not_numbered_any.search(p)) for p in match.group("name").split("、")):
                found.extend(self._set_off(text, match.start("name"), match.end("name"), offset, "programmes.numbered-list"))
        for match in _TITLE.finditer(text):  # 《若干意见》: a policy document by its title
            label = re.sub(r"[“”‘’\"\s]", "", match.group(1))
            if self.title_kinds and label.endswith(self.title_kinds) and len(label) <= self.title_max:
                found.append(Candidate(offset + match.start(1), offset + match.end(1), self.type, "Policy", label, "programmes.title"))
        set_off = [(c.start, c.end) for c in found if not c.rule.endswith(".code")]  # 促进旅游复苏 310行动计划
        nested = {(c.start, c.end) for c in found if c.nested}
        slogans = [(c.start, c.end) for c in found if c.rule.endswith("quoted") and any(p in c.label for p in self.slogan_clause_marks)]
        squeezed, positions = _squeeze(text)
        for candidate in self._running(squeezed, national, own):
            candidate.start = offset + positions[candidate.start]
            candidate.end = offset + positions[candidate.end - 1] + 1
            if any(candidate.start <= a and b <= candidate.end and (a, b) != (candidate.start, candidate.end) for a, b in set_off):
                continue  # “三集中三到位”改革: the quoted name, not the name with its kind
            if any(a < candidate.start < b < candidate.end for a, b in set_off):
                continue  # 我为群众办实事 专项行动: a name does not start inside a set-off one
            if candidate.rule.startswith("programmes.head") and any(
                c.end + 1 == candidate.start and text[c.end - offset : c.end - offset + 1] in _CLOSING_QUOTES for c in found
            ):
                continue  # “双促双旺”促消费行动, “12345”总体发展战略: the quoted name's programme, the words after it say what it does
            if (candidate.start, candidate.end) in nested:
                continue  # already named, as a part of the set-off list it is in
            if candidate.rule in self.named_in_slogans and any(
                a <= candidate.start and candidate.end <= b and (a, b) != (candidate.start, candidate.end) for a, b in slogans
            ):
                candidate.nested = True  # “…、建设美丽莆田，创建…”: the place's slogan is named in the city's slogan too
            found.append(candidate)
        kept, spans = [], {(c.start, c.end) for c in found}
        for candidate in found:
            elements = self._summed_list(text, offset, candidate)
            if elements is None:
                kept.append(candidate)
            else:  # 拥江发展、…、强基固本等“六大行动”: the count sums up the list; a programme's kind makes each element one
                counted = self._counted_elements(text, offset, candidate, elements) or self._shared_count(text, offset, candidate, elements, found)
                kept.extend(c for c in counted if (c.start, c.end) not in spans)
        # 编制国土空间总体规划, 《“十四五”制造业高质量发展规划》: a plan is a planning document, no programme
        return [c for c in kept if not (self.plan_kinds and c.label.endswith(self.plan_kinds))]

    def _summed_list(self, text: str, offset: int, candidate: Candidate) -> list[tuple[int, int]] | None:
        """四个增长极 after four named zones: the elements of the list the count sums up (None when it
        sums up none: a slogan)."""
        count = self.sum_of_list.search(text, candidate.start - offset, candidate.end - offset)
        if count is None:
            return None
        position = count.start()
        while position > 0 and text[position - 1] in OPEN_QUOTES:
            position -= 1  # 市场主体、县域经济、基础设施“三大突破”: the quote opens after the list
        elements = list_elements_before(text, position)
        if elements and all(self.lexicon.strippable(w) for w in self.lexicon.segment(text[slice(*elements[-1])])):
            return None  # 坚定“四个自信”、做到“两个维护”: a verb governs the count, which ends no list
        return elements if len(elements) >= 2 and len(elements) == chinese_number(count.group("count")) else None

    def _counted_elements(self, text: str, offset: int, candidate: Candidate, elements) -> list[Candidate]:
        """The elements of a counted list whose count ends in a programme's kind (六大行动): each a
        programme of that kind, the governing words before the first cut."""
        head = self.grammar.head_at_end.search(candidate.label)
        if head is None or text[elements[-1][1] : candidate.start - offset].lstrip("”’」』\"")[:1] != "等":
            return []  # 旅行社、…、追客赶客六大专项整治行动: without 等 the elements are what the campaigns act on
        found = []
        for start, end in elements:
            first, start = start, self.lexicon.name_start(text, start, end)
            words = self.lexicon.segment(text[first:end])
            position = first
            for i, word in enumerate(words):  # 以重点区块开发: the modifier before a noun stays in the name
                if position >= start:
                    break
                if self._modifies_noun(words[i:]):
                    start = position
                    break
                position += len(word)
            label = text[start:end]
            if self.grammar.min_name <= len(label) <= self.grammar.max_list_element and label not in self.grammar.exclude:
                found.append(Candidate(offset + start, offset + end, self.type, self.grammar.heads[head.group()].cls,
                                       label, "programmes.head.list"))
        return found

    def _shared_count(self, text: str, offset: int, candidate: Candidate, elements, found: list[Candidate]) -> list[Candidate]:
        """蓝天、碧水、净土三大保卫战, 蓝天、碧水、净土“三大行动”: a count and a programme's kind right after a list of names
        (no 等) give each element the kind, where the quotes set the count off as the set's name, or where the elements
        before the last took the kind already (programmes.coordination): the last one, glued to the count, takes it too."""
        head = self.grammar.head_at_end.search(candidate.label)
        if head is None or text[elements[-1][1] : candidate.start - offset].strip(" “‘\"") != "":
            return []
        shared = {c.end for c in found if c.rule.endswith(".coordination") and c.label.endswith(head.group())}
        if not (candidate.rule == "programmes.quoted" or all(offset + b in shared for _a, b in elements[:-1])):
            return []  # 旅行社、…、追客赶客六大专项整治行动: unquoted, and the list not shared: what the campaigns act on
        result = []
        for start, end in elements:
            if offset + end in shared:
                continue  # 蓝天保卫战: named already, its governing words cut
            start = self.lexicon.name_start(text, start, end)  # the governing words before the first cut
            element = text[start:end]
            if not (2 <= len(element) <= self.grammar.max_list_element) or element in self.grammar.exclude or not _CJK_ONLY.fullmatch(element):
                return []
            result.append(Candidate(offset + start, offset + end, self.type, self.grammar.heads[head.group()].cls,
                                    element + head.group(), "programmes.coordination"))
        return result

    def _running(self, text: str, national=None, own: frozenset[str] = frozenset()) -> list[Candidate]:
        """Names in running text (no quotes): patterns, headed names, national programmes."""
        found = []
        patterns = self.patterns if (
            (self._any_pattern is None or self._any_pattern.search(text))
            and (self._any_pattern_word is None or self._any_pattern_word.find_matches_as_indexes(text))
        ) else ()
        for index, (pattern, cls, joined_domains) in enumerate(patterns):
            for match in pattern.finditer(text):
                group = next((g for g in ("name", "listed") if g in pattern.groupindex and match.group(g) is not None), 0)
                start, end = match.span(group)
                # 河湖长制: a one-character domain before another shares its head when it makes a
                # known system of its own (河长制), so the name is both
                while (joined_domains and start > 0 and text[start - 1] != text[start]  # 产业链链长制: one domain
                       and text[start - 1] + text[start + 1 : end] in self.national_names):
                    start -= 1
                if index in self.pattern_place_before:  # 紧盯洪湖革命老区振兴: the place whose revival it is
                    start -= next((k for k in (4, 3, 2) if start >= k and self._known_place(text[start - k : start])), 0)
                if index in self.pattern_place_issuer:  # 宁波稳经济一揽子政策: the place that issued it is no part of the name
                    start += next((k for k in (4, 3, 2) if end - start - k >= 6 and self._known_place(text[start : start + k])), 0)
                found.append(Candidate(start, end, self.type, cls, text[start:end], "programmes.pattern"))
                sibling = self.pattern_siblings.get(index)
                while sibling and (following := sibling.match(text[end:])):  # 、服务业20条等
                    start, end = end + following.start("name"), end + following.end("name")
                    found.append(Candidate(start, end, self.type, cls, text[start:end], "programmes.pattern.sibling"))
        for system in [c for c in found if c.cls == "InstitutionalSystem"] if self.system_sibling else []:
            sibling = self.system_sibling.match(text[system.end :])
            if sibling:  # 举债终身问责制和债务问题倒查机制
                start, end = system.end + sibling.start("name"), system.end + sibling.end("name")
                found.append(Candidate(start, end, self.type, "InstitutionalSystem", text[start:end], "programmes.pattern.sibling"))
        headed = [c for candidate in self.grammar.find(text, 0, "programmes") for c in self._headed(text, candidate)]
        listed = {(c.start, c.end) for c in headed if c.rule.endswith(".list")}
        found.extend(c for c in headed if c.rule.endswith(".list") or (c.start, c.end) not in listed)
        position = 0
        while match := self.place_slogan.search(text, position):
            place = match.group("place")  # 和谐中山: the short name of a known 中山市 too
            described = self.place_degree and match.groupdict().get("between") and text[: match.start()].endswith(self.place_degree)
            if (place in self.known_names or place in own or any(place + suffix in self.known_names for suffix in self.short_name_of)) and not described and not self._honour_name(text, match.start(), match.end()):
                label = match.group()
                if match.groupdict().get("between"):
                    label = text[match.start() : match.start("between")] + text[match.end("between") : match.end()]
                found.append(Candidate(match.start(), match.end(), self.type, "Strategy", label, "programmes.place"))
                position = match.end()
            else:  # 创新活力之城美丽幸福慈溪: no place in 之城美丽幸福慈溪, the next quality may open the slogan
                position = match.start() + 1
        for match in self.strong_subject.finditer(text) if self.strong_subject else ():
            # 产业强区奏响新乐章, (二)工业强市融链提速: a strength slogan that opens its clause is its subject, whatever
            # predicate follows; the field is the whole clause before it (a heading's number off), no verb in it
            clause = self.strong_heading.sub("", re.split(r"[，。；：,;:\n]", text[: match.start()])[-1]).strip()
            field = len(clause)
            first = self.lexicon.segment(clause)[0] if _CJK_ONLY.fullmatch(clause) else ""
            if 2 <= field <= self.strong_max_field and clause == text[match.start() - field : match.start()] and not self._has_verb(clause) \
                    and first and self.lexicon.tag(first) not in self.strong_subject_not and first not in self.governing \
                    and self._whole_word(text, match.start() - field, match.end()):  # not 围绕|强县, 紧盯|陕西强县, 9项强县
                start = match.start() - field
                found.append(Candidate(start, match.end(), self.type, "Strategy", text[start : match.end()], "programmes.strength"))
        for match in self.strong.finditer(text):
            clause = re.split(r"[，。；：]", text[: match.start()])[-1]
            if any(v in clause for v in self.strong_not_after):
                continue
            # 工业强市建设加快推进: its building names it where no verb governs it
            built = match.group().endswith(self.strong_kind_endings) and text.startswith(self.strong_kind_after, match.end())
            if not built and not any(v in clause for v in self.strong_verbs):
                continue
            if match.group().startswith("以"):  # 以工促农: the whole slogan is in the match
                if clause.endswith(("、", "和", *self.strong_verbs)):
                    found.append(Candidate(match.start(), match.end(), self.type, "Strategy", match.group(), "programmes.strength"))
                continue
            width = next((w for w in range(self.strong_max_field, 1, -1)  # 推进质量强市: the name starts after the verb
                          if w <= len(clause) and clause[: len(clause) - w].endswith(self.strong_opens)
                          and not any(q in clause[len(clause) - w :] for q in self.strong_quotes)
                          and not self._has_verb(clause[len(clause) - w :])), None)  # not 坚持|对标提质旅游强市
            if (width is None and built and 2 <= len(clause) <= self.strong_max_field
                    and not any(v in clause for v in self.strong_verbs) and not self._has_verb(clause)):
                width = len(clause)  # 工业强市建设加快推进: the field opens the clause
            if width is not None:
                start = match.start() - width
                found.append(Candidate(start, match.end(), self.type, "Strategy", text[start : match.end()], "programmes.strength"))
        found.extend(self._counted_kinds(text))
        previous_end = -1
        for match in (national or self.national).finditer(text):
            start, end = match.span()
            if len(match.group()) <= 3 and not self._whole_word(text, start, end):
                continue
            if previous_end >= 0 and not text[previous_end:start].strip(" ”’\"") and match.group() in self.national_kind_names:
                continue  # 不忘初心、牢记使命 主题教育: the campaign's kind after its name
            previous_end = end
            after = text[end : end + self.national_not_before_chars]
            if self.national_measured and match.group() in self.national_policy_words and self.national_measured.match(text, end):
                continue  # 完成易地扶贫搬迁1646户6680人: what is done, measured by a count, no programme named
            if after.startswith(self.reject_following) or any(w in _CLAUSE_END.split(after, 1)[0] for w in self.national_not_before):
                continue  # “绿水青山就是金山银山”实践创新基地: an honour
            if (self.industry_list_after and self.industry_list_after.match(text, end, end + 60)) or (
                    self.industry_list_before and self.industry_list_end
                    and self.industry_list_before.search(text, max(0, start - 14), start) and self.industry_list_end.match(text, end, end + 40)):
                continue  # 军民融合、服装纺织…等千亿级产业集群: an industry in a list of sectors
            if self.honour_designation and self.honour_designation.match(text[end : end + 12]) and self.honours_listed_before.search(text[max(0, start - 160) : start].rstrip(" “‘\"")):
                continue  # 荣膺“一带一路”建设案例城市: the programme names the honour a city wins
            kind = next((word for word, _c in self.national_kinds if after.startswith(word)), "")
            if not kind and _whole_clause(text, start, end):
                continue  # ，不忘初心、牢记使命，重点做了…: a slogan said as a clause, not a programme named
            cls = next((c for word, c in self.national_kinds if (match.group() + kind).endswith(word)), self.national_class)
            candidate = Candidate(start, end + len(kind), self.type, cls, match.group(), "programmes.national")
            found.append(candidate)
            position, parts = start, match.group().split("、") if "、" in match.group() else []
            for i, part in enumerate(parts):
                if part in self.national_names:  # 藏粮于地、藏粮于技(战略): each a national strategy named as well
                    length = len(part) + (len(kind) if i == len(parts) - 1 else 0)  # the last one with the kind after it
                    found.append(Candidate(position, position + length, self.type, cls, part, "programmes.national", nested=True))
                position += len(part) + 1
        national = {(c.start, c.end, c.label) for c in found if c.rule == "programmes.national"}
        # 乡村振兴战略: where a headed name is a national one on the same words, the national rule names it
        return [c for c in found if c.rule != "programmes.head" or (c.start, c.end, c.label) not in national]

    def _has_verb(self, field: str) -> bool:
        # the field's last word may be a verb's noun (制造立市); a verb before it governs the rest (对标提质|旅游)
        return any(self.lexicon.tag(w) in self.strong_field_verb_tags or self.lexicon.strippable(w) for w in self.lexicon.segment(field)[:-1])

    def _counted_kinds(self, text: str) -> list[Candidate]:
        """工业强市、生态立市、城乡统筹、项目带动四大战略: each element of the list the count sums up."""
        found = []
        for match in self.counted_kind.finditer(text) if self.counted_kind else ():
            cls = self.counted_classes[match.group("kind")]
            for start, end in counted_list_before(text, match.start(), chinese_number(match.group("count"))):
                words = self.lexicon.segment(text[start:end])
                while len(words) > 1 and self.lexicon.strippable(words[0]):
                    start += len(words.pop(0))
                # 以数字化改革持续深化经济创新: the name starts after the last governing verb before its last word
                position, cut = start, None
                for word in words[:-1]:
                    position += len(word)
                    if word in self.lexicon.leading or word in self.governing or self.lexicon.is_hard_break(word):
                        cut = position
                start = cut if cut is not None else start
                label = text[start:end]
                if self.counted_min <= len(label) <= self.counted_max and label not in self.grammar.exclude:
                    found.append(Candidate(start, end, self.type, cls, label, "programmes.counted"))
        return found

    def _honour_name(self, text: str, start: int, end: int) -> bool:
        """入选全国村庄清洁行动先进县: the name at [start, end) names a designation that a verb of honour in its clause
        governs (the words after it read across the print's line breaks)."""
        if not self.honour_designation:
            return False
        after = _SPACE.sub("", text[end : end + 16])
        return bool(self.honour_designation.match(after) and self.honours_listed_before.search(text[max(0, start - 160) : start]))

    def _whole_word(self, text: str, start: int, end: int) -> bool:
        lo, hi = max(0, start - 4), min(len(text), end + 4)
        bounds = {b + lo for b in self.lexicon.boundaries(text[lo:hi])}
        return start in bounds and end in bounds

    def _headed(self, text: str, candidate: Candidate) -> list[Candidate]:
        """A headed name, checked against its head's rule; 碳汇资源、排污权、用水权等交易机制改革
        names one reform for every element before 等, 财权事权和行政执法体制改革 two."""
        head = next((h for h in self.head_surfaces if candidate.label.endswith(h)), "") if candidate.label.endswith(self._head_surface_tuple) else ""
        if candidate.rule.endswith(".list"):
            marker = text.find("等", candidate.end)
            if not head and marker >= 0:
                # 三级书记遍访、千名干部下基层等专项行动: a campaign's head after 等 makes every element a campaign of its
                # own, one named by its activity too (“利剑护蕾”、打击电信网络诈骗、整治养老诈骗等专项行动: round 15 rule 27)
                head = next((h for h in self.head_surfaces if text.startswith(h, marker + 1)
                             and self.head_rules[h].get("class") == "Campaign"), "")
            between = text[marker + 1 : text.find(head, marker)] if marker >= 0 and head else None
            if between is None or (between and between not in self.list_kinds):
                return []  # 国资国企、行政审批等重点领域改革: areas of reform, not reforms
            if candidate.label.endswith(head) or between:
                candidate.label = text[candidate.start : candidate.end] + between + head
        rule = self.head_rules.get(head, {})
        # a coordinated element's span ends before the head it shares (蓝天 in 蓝天、碧水保卫战)
        name_end = candidate.end - len(head) if text.endswith(head, candidate.start, candidate.end) else candidate.end
        start = self._strip(text, candidate.start, name_end) if self.governing else candidate.start
        if start is None:
            return []
        if start != candidate.start:  # 强化就业优先政策 → 就业优先政策
            candidate.label = candidate.label[start - candidate.start :]
            candidate.start = start
        modifier = next((m for m in self.noun_modifiers if text.endswith(m, 0, candidate.start)), None)
        if modifier and self._modifies_noun([modifier, *self.lexicon.segment(text[candidate.start : name_end])]):
            candidate.start -= len(modifier)  # 制定13条重点产业链提升三年行动计划: the grammar dropped the modifier
            candidate.label = modifier + candidate.label
        if rule.get("strip_bodies"):
            body = self.body_prefix.match(candidate.label)
            if body:  # 国务院安委会安全生产十五条硬措施: the body that issued it is not in the name
                candidate.label = candidate.label[body.end() :]
                candidate.start += body.end()
        if rule.get("issued_by"):  # 省外办出台21条措施: who issued it and the verb are no part of the name
            words, position, cut = self.lexicon.segment(candidate.label), 0, 0
            for word in words[:-1]:
                position += len(word)
                if word in rule["issued_by"]:
                    cut = position
            if cut:
                candidate.label = candidate.label[cut:]
                candidate.start += cut
        known = self._governed_national(candidate.label)
        if known:  # 突出供给侧结构性改革: a verb governs the national programme
            candidate.start += len(candidate.label) - len(known)
            candidate.label = known
        before = text[: candidate.start]
        extension = self.numbered_prefix.search(before)
        if not extension:
            word = next((w for w in self.name_starts + tuple(rule.get("name_starts", ())) if before.endswith(w)), None)
            lead = before[: len(before) - len(word)] if word else ""
            if word and (lead.endswith(_TITLE_OPENS) or (self.clause_name_starts and lead.rstrip(" ")[-1:] in _CLAUSE_MARKS)):
                extension = re.search(re.escape(word) + "$", before)  # 《推动工业高质量发展十条政策措施》: a title starts with it
            elif word and self.lexicon.segment(lead[-4:])[-1:] and (self.lexicon.segment(lead[-4:])[-1] in self.lexicon.leading or self.lexicon.is_hard_break(self.lexicon.segment(lead[-4:])[-1])):
                extension = re.search(re.escape(word) + "$", before)
        if extension:  # 五大领域综合行政执法改革, 实施新增规模以上工业企业行动, 出台市领导联系…制度
            candidate.label = before[extension.start() :] + candidate.label
            candidate.start = extension.start()
        level = self.level_prefix.match(candidate.label) if rule.get("strip_levels") else None
        if level and len(candidate.label) - level.end() - len(head) >= rule.get("min_name", 1):
            candidate.label = candidate.label[level.end() :]  # 中央和省生态环境保护督察: who inspects is not the system
            candidate.start += level.end()
        name = candidate.label[: len(candidate.label) - len(head)] if candidate.label.endswith(head) else candidate.label
        joined = name.rfind("和")
        if joined > 0 and self.strong_element and self.strong_element.match(name[:joined]):
            # 科教兴县和项目带动战略: a strength slogan before 和 is one of its own, the headed name starts after it
            candidate.start += joined + 1
            candidate.label = candidate.label[joined + 1 :]
            name = name[joined + 1 :]
        count = re.search(rule["count_begins"], name) if rule.get("count_begins") else None
        if count and count.start() > 0:  # 全面建设小康社会三大攻坚战: the count names the set, the words before are context
            candidate.start += count.start()
            candidate.label = candidate.label[count.start() :]
            name = name[count.start() :]
        scope = re.match(rule["scope_before"], name) if rule.get("scope_before") else None
        if scope and len(name) - scope.end() >= max(rule.get("min_name", 1), 2):
            # 事业单位和国有企业公务用车改革 → 公务用车改革: whom the reform covers is its scope, not its name (round 16 rule 31.5)
            candidate.start += scope.end()
            candidate.label = candidate.label[scope.end() :]
            name = name[scope.end() :]
        if len(name) < rule.get("min_name", 1):
            return []
        if self.descriptive_name and self.descriptive_name.match(name):
            return []  # 首创性改革: what sort of reform, no reform named
        if (rule.get("coordinated_after") and text.endswith(head, candidate.start, candidate.end)
                and text.startswith(tuple(rule["coordinated_after"]), candidate.end) and not re.search(rule["coordinated_keeps"], name)):
            return []  # 聚力改革创新, 我州改革发展稳定: reform and innovation in general (not 管理体制改革创新)
        if self._honour_name(text, candidate.start, candidate.end):
            return []  # 入选…改革成果案例, 被列为…改革试点县: an honour's name
        if rule.get("verb") and not any(self.lexicon.tag(w) == "v" for w in self.lexicon.segment(name)):
            return []
        if rule.get("require") and not re.search(rule["require"], name):
            return []
        if rule.get("not_in_definition") and re.search(rule["not_in_definition"], text[text.rfind("\n", 0, candidate.start) + 1 : candidate.start]):
            return []  # 五千工程：指千万亩农田产能提升工程: a glossary's definition explains its term
        if len(name) > rule.get("max_name", len(name)) or (rule.get("reject") and re.search(rule["reject"], name)):
            return []
        if name.endswith("等") and rule.get("class") == "Campaign":  # 百名专家进企业、千名干部进村组等专项行动
            return self._listed(text, candidate, candidate.start + len(name) - 1, "")
        if name in self.list_kinds and candidate.start > 0 and text[candidate.start - 1] == "等":
            return self._listed(text, candidate, candidate.start - 1, "")  # 建房、禁捕退捕等专项整治行动
        if name in self.list_kinds or name in self.kind_words or name.endswith(("和", "及", "与")):
            return []
        if self.scope_words and all(w in self.scope_words for w in self.lexicon.segment(name)):
            return []  # 国家区域重大战略: a class of strategies
        words = self.lexicon.segment(name)
        scope = len(words)  # where the scope words that end the name begin (one pass from the end)
        while scope > 0 and words[scope - 1] in self.scope_words:
            scope -= 1
        if 0 < scope < len(words) and head in self.ranked_heads:  # 京津冀协同发展重大国家战略: the strategy named before its rank
            kept = "".join(words[:scope])
            if len(kept) < rule.get("min_name", 1) or (self.ranked_by_body and self.ranked_by_body.match(kept)):
                return []  # 中央、省委重大战略: whose strategies, a class of them
            if all(self.lexicon.strippable(w) for w in words[:scope]):
                return []  # 作为承接重大国家战略的关键载体: verbs, no name before the rank
            if scope == 1 and self.lexicon.tag(kept) in self.ranked_place_tags:
                return [candidate]  # 深入落实黄河重大国家战略: a place alone is no strategy, the rank stays in its name
            return [Candidate(candidate.start, candidate.start + len(kept), self.type, candidate.cls, kept, candidate.rule + ".apposition")]
        split = self.split_before.search(name)
        if split:
            tail = name[split.end() :]
            if all(w in self.lexicon.generic for w in self.lexicon.segment(tail)):
                return []  # 行政审批、政务服务等领域改革: areas, not reforms
            return self._listed(text, candidate, candidate.start + split.start(), tail + head)
        conjunction = (
            self.split_and.search(name)
            or (head in self.split_and_heads and re.search("[和及]", name))
            or (head in self.split_and_long and re.search(f"(?<=.{{{self.split_and_min_part}}})和(?=.{{{self.split_and_min_part}}})", name))
        )
        if conjunction:
            first = self._strip(text, candidate.start, candidate.start + conjunction.start())
            second = candidate.start + conjunction.end()
            out = [Candidate(second, candidate.end, self.type, candidate.cls, text[second : candidate.end], candidate.rule)]
            if first is not None and candidate.start + conjunction.start() - first >= rule.get("min_name", 1):
                out.append(Candidate(first, candidate.start + conjunction.start(), self.type, candidate.cls,
                                     text[first : candidate.start + conjunction.start()] + head, candidate.rule + ".coordination"))
            out = [c for c in (self._unplaced(c) if rule.get("unplace") else c for c in out) if c is not None]
        else:
            out = [c for c in [self._unplaced(candidate) if rule.get("unplace") else candidate] if c is not None]
            if rule.get("label_without_head") and re.match(rule["label_without_head"], name) and candidate.label.endswith(head):
                # 工业强县战略 → 工业强县: a strength slogan is labelled without the head, the surface with it a variant
                # (round 16 rule 31.1)
                candidate.label = candidate.label[: len(candidate.label) - len(head)]
        return [c for c in out if len(c.label) - len(head) <= self.max_programme]

    def _governed_national(self, label: str) -> str | None:
        """The national programme at the end of ``label`` when only verbs and adverbs stand before it."""
        if not self.national_governing_tags:
            return None
        for length in range(len(label) - 1, 1, -1):
            known = label[-length:]
            if known in self.national_names:
                words = self.lexicon.segment(label[:-length])
                if words and all(self.lexicon.tag(w) in self.national_governing_tags for w in words):
                    return known
                return None
        return None

    def _listed(self, text: str, candidate: Candidate, end: int, tail: str) -> list[Candidate]:
        out, position = [], end
        while True:
            start = position
            while start > 0 and text[start - 1] not in "、，。；：“”（） ":
                start -= 1
            element_start = self._strip(text, start, position)
            if element_start is None or position - element_start > 10:
                break
            label = text[element_start:position] + tail
            out.append(Candidate(element_start, position, self.type, candidate.cls, label, candidate.rule + ".list"))
            if start == 0 or text[start - 1] != "、":
                break
            position = start - 1
        return out

    def _strip(self, text: str, start: int, end: int) -> int | None:
        """Where a name starts once the governing words before it are dropped (深化碳汇资源)."""
        counts = list(self.count_before_name.finditer(text, start, end)) if self.count_before_name else []
        if counts:  # 入列全省20个扩权赋能强县改革: the count numbers a list, the name follows it
            start = counts[-1].end()
        words = self.lexicon.segment(text[start:end])
        counted = counts or (self.counted_units and _COUNT_BEFORE.search(text, max(0, start - 8), start))
        if counted and len(words) > 2 and words[0] in self.counted_units:  # 177个行政村|农村集体产权制度改革: what is counted
            start += len(words[0])
            words = words[1:]
        governing = [i for i, w in enumerate(words[:-1]) if w in self.governing or w in self.lexicon.leading]
        if (self.name_verb_tags and len(words) > 2 and (words[0] in self.governing or words[0] in self.lexicon.leading)
                and governing == [0] and self.lexicon.tag(words[1]) in self.name_verb_tags
                and any(text[max(0, start - k) : start] in self.governing or text[max(0, start - k) : start] in self.lexicon.leading for k in (2, 3, 4))):
            # 开展|清理|拖欠企业账款专项行动: after a governing verb (dropped by the head grammar), a second one before a
            # plain verb of the name is the name's own verb, not a second governing one (the grammar's _name_verb_after)
            return start
        if self.governed_chain_tags and governing and governing[-1] > 0 and all(
            self.lexicon.tag(w) in self.governed_chain_tags for w in words[: governing[-1]]
        ):  # 坚定扛起忠实践行八八战略: verbs before a governing one govern with it
            start += sum(len(w) for w in words[: governing[-1] + 1])
            words = words[governing[-1] + 1 :]
        while words and not self._modifies_noun(words) and (
            words[0] in self.lexicon.leading or words[0] in self.governing or self.lexicon.is_hard_break(words[0])
            or (len(words) > 1 and self.lexicon.tag(words[0]) in self.leading_idiom_tags  # 紧紧抓住国家战略
                and not self._idiom_object(words))
        ):
            start += len(words.pop(0))
        return start if start < end else None

    def _modifies_noun(self, words: list[str]) -> bool:
        """重点|产业链|提升…: a modifier before a specific noun opens the name (key chains), unlike 重点|推进 (chiefly)."""
        return (len(words) > 2 and words[0] in self.noun_modifiers and self.lexicon.tag(words[1]).startswith("n")
                and words[1] not in self.lexicon.generic and words[1] not in self.lexicon.leading)

    def _idiom_object(self, words: list[str]) -> bool:
        """大气污染|防治|六大行动: a dictionary idiom before a plain verb of the name (no governing word) is the verb's
        object, a field the name acts on, not an idiom that governs it; a verb of one character governs with the idiom
        (坚定不移抓改革)."""
        return (self.idiom_object_tags and len(words) > 1 and self.lexicon.tag(words[1]) in self.idiom_object_tags
                and len(words[1]) > 1 and words[1] not in self.lexicon.leading and words[1] not in self.governing)

    def _unplaced(self, candidate: Candidate) -> Candidate | None:
        """市中心城区环卫一体化改革 → 环卫一体化改革: where a reform is made is not part of its name."""
        match = self.place_prefix.match(candidate.label)
        words = self.lexicon.segment(candidate.label)
        drop = 0
        if match:
            drop = match.end()
        elif len(words) > 2 and words[0] in self.known_names and words[1] in self.place_suffixes:
            drop = len(words[0]) + len(words[1])
        elif len(words) > 1 and words[0] in self.known_names and words[0].endswith(tuple(self.place_suffixes)) and not words[0].endswith("景区"):
            drop = len(words[0])  # 武陵源区人口小县机构改革
        if drop and candidate.head and candidate.label[drop:] == candidate.head and self.place_alone_names_none:
            return None  # 我州改革发展稳定, 《珠江三角洲地区改革发展规划纲要》: a place alone before the head names no reform
        if drop and len(candidate.label) - drop >= 4:
            candidate.start += drop
            candidate.label = candidate.label[drop:]
        return candidate

    # -- set-off phrases ----------------------------------------------------------------------

    def classify(self, name: str, before: str, after: str, need_kind: bool = False, set_off: bool = False, in_series: bool = False, things: bool = False, common: bool = False, series_before: str = "", part: bool = False, clause_before: str | None = None) -> str | None:
        """The programme class of a phrase, or None when it is not a programme.
        ``need_kind``: only a kind word after the phrase (…改革) can make it one.
        ``set_off``: the phrase stands in quotes (or spaces for lost quotes), which names it unless
        its form says otherwise. ``common``: an ordinary dictionary word may be one (a clause of a
        coined list, 网联 in “智改、数转、网联”). ``part``: an element of a set-off list
        (“绿色发展、科学赶超、生态惠民”), which may be a quality of development.
        """
        if not (self.min_chars <= len(name) <= self.max_chars) or not _NAME_CHARS.match(name):
            return None
        if name in self.kind_words:
            return None  # “机制”, “专项行动”: a kind of programme, not one
        if not _CJK.search(name):
            return "Slogan" if set_off and self.formula.match(name) else None  # 3+2+N; 4830 万人次
        if set_off and self.service_reach and self.service_reach.match(name) and not before.endswith(self.service_built):
            return "Policy"  # “一刻钟便民生活圈”, “1小时生活圈”: a circle of services named by its reach in time, no quantity
        if self.dated_incident and self.dated_incident.match(name) and not self.kind_after(after.removeprefix("等")):
            return None  # “市区4·18”等突发疫情: an incident named by where and when
        if set_off and self.articles and self.articles.match(name) and not before[-1:].isdigit():
            return "Policy"  # 落实国家“33条”: a set of measures known by its count
        if before[-1:].isdigit() or self.quantity.match(name):
            return None  # 150件省市重点民生实事: a quantity, not a name
        if self.counted_before and self.counted_before.search(before) and not self.numbered.match(name):
            return None  # 十二项“三年行动计划”: counted, the phrase is a kind
        if self.thing_after.match(after):
            return None
        if len(name) >= self.quotation_min_chars and after.startswith(self.quotation_before):
            return None
        if self.thing_before and before.endswith(self.thing_before):
            return None  # 台风“威马逊”: the name of a thing the noun before it says
        direct_kind = next((cls for word, cls in self.following if after.startswith(word)), None) if after.startswith(self._following_words) else None
        governed = [before] + ([series_before] if series_before else [])  # 获得“…”“…”“中国城市品牌”: the verb governs the whole series
        listed_honour = clause_before is not None and bool(self.honours_listed_before.search(clause_before))  # 荣获A示范县、B“领跑县”
        if (listed_honour or any(b.endswith(self.honours) or self.honours_before.search(b) or (self.results_before and self.results_before.search(b)) for b in governed)) and direct_kind in (None, "Slogan"):
            # 获评“国家生态文明建设示范区”, 入选省文旅消费“新生代·新场景”; but in 获评全省“万人助万企”活动优秀省辖市
            # the honour is the campaign's, which its kind word names
            return None
        if set_off and self.designation_before and self.honour_designation and self.honour_designation.match(after) and self.designation_before.search(before if clause_before is None else clause_before) and not self.kind_after(after):
            return None  # 创建“清三河”达标县: the name of the designation won, no programme
        if self.honoured_after and self.honoured_after.match(after) and not self.kind_after(after) and not any(w in after for w in self.honoured_case):
            return None  # “泗阳鲜桃”创成国家地理标志产品: a brand that wins a designation (not “铁腕治旅”被…评为)
        if after.removeprefix("等").startswith(self.reject_following) and not self.kind_after_thing.match(after) and not (
                after.startswith(self.numbered_spirit) and self.numbered.match(name) and not (self._not_numbered_any and self._not_numbered_any.search(name))):
            return None  # but “五个一百”人才工程: the thing word belongs to the programme's kind; “三干”作风: a numbered style
        period = bool(self._not_numbered_any and self._not_numbered_any.search(name))  # “十四五”: a period (asked twice below)
        numbered = bool(self.numbered.match(name)) and not period
        if not numbered and self.problem_following and after.startswith(self.problem_following):
            return None  # 解决“中梗阻”问题: the problem the quote names (but “四风”问题: numbered bad practices)
        if numbered and self.lexicon.segment(name) == [name] and self.lexicon.tag(name) in self.idiom_tags and direct_kind in (None, "Slogan"):
            return None  # 优存量与引增量“两手抓”: an idiom of how, not a slogan (but “三落实”专项行动: its kind names it)
        unlisted = after.removeprefix("等")
        following = next((cls for word, cls in self.following if unlisted.startswith(word)), None) if unlisted.startswith(self._following_words) else None
        if need_kind and not numbered:
            return following if following and following != "Slogan" else None
        if set_off and self.word_formula and self.word_formula.match(name) and not following:
            return "Slogan"  # 广深研发+江门转化: a formula of words
        if not numbered and name.startswith(self.reject_starts) and not (following and following != "Slogan"):
            return None  # but “零关税”清单: the kind names a policy
        if self._place_model(name):
            return "Slogan"  # 完善提升“大安模式”: a model named after a place (round 18 rule 40)
        if not numbered and not common and name.endswith(self.reject_endings) and not (following and following != "Slogan"):
            return None  # but “六大产业集群”三年行动计划: a programme's kind after the things names the programme
        if not part and self.development_quality and self.development_quality.fullmatch(name) and not (following and following != "Slogan"):
            return None  # 紧贴“高质量跨越式发展”要求: a quality of development, an idea; but a kind after it names a programme
        if numbered and name.endswith(self.numbered_reject_endings) and not (following and following != "Slogan"):
            return None  # “两会时间”: a numbered word before a period is a moment, no slogan
        if numbered and self.numbered_results and self.numbered_results.match(name) and not (following and following != "Slogan"):
            return None  # 实现“双破百”, 投资总量“双提升”: two figures that both rise or pass a mark, a result, no slogan
        if set_off and self.zone_named_after and self.zone_named_after.match(after) and not self.kind_after(after):
            return None  # “两山理论”实践创新基地: the zone's name, no programme
        if self.division_set and self.division_set.match(name) and not (following and following != "Slogan"):
            return None  # “三区三州”, “两州一县”: the divisions a region is made of, a Place
        if not numbered and self.fused_after and self.fused_after.match(after) and not (following and following != "Slogan"):
            return None  # “农文旅体”融合发展, “种养加销”一体化: the sectors or links fused, no programme
        if self.manner and self.manner.match(name) and not self.kind_after(unlisted):
            return None  # “一对一”联系帮扶, “线接线”转运: a manner of working, no slogan
        if period and not after.startswith(self.joined_following):
            return None  # “十四五”, “七五”: periods
        ending = next((cls for word, cls in self.endings if name.endswith(word) and len(name) > len(word)), None) if name.endswith(self._ending_words) else None
        if following and not (following == "Slogan" and not numbered):
            return following
        if ending:
            return ending
        if numbered:
            return "Slogan"
        if not common and self._ordinary_word(name):
            return None  # “热点”, “流量”, “绿色通道”: a word, not a name
        if not common and self._verb_and_direction(name):
            return None  # 开展“走出去”: a movement, no programme's name (but “走出去”战略 above: its kind names it)
        if before.endswith(self.verbs) and not name.isascii():
            return "Campaign"
        if things and not in_series and self._quoted_thing(name):
            return None  # “南大门”, “连心桥”, “大品牌”, “高铁时代”: a nickname, a thing or a figure
        if set_off and (len(name) >= self.min_bare_chars or in_series):
            return "Slogan"
        return None

    def _quoted_thing(self, name: str) -> bool:
        """A known proper word (南大门, 金三角) or nouns without a verb that end in a common noun
        (大品牌, 高铁时代): no slogan, which says what to do."""
        if not _CJK_ONLY.fullmatch(name):
            return False  # “中心+社区”: a formula
        words = self.lexicon.segment(name)
        if len(words) == 1:
            if self.lexicon.tag(name) in self.idiom_tags and self.lexicon.frequency(name) >= self.idiom_frequency:
                return True  # “奋发进取”: a set phrase of the dictionary, no coined slogan
            return self.lexicon.tag(name) in self.proper_word_tags and self.lexicon.frequency(name) >= self.proper_word_frequency
        last = words[-1]
        return (
            self.lexicon.tag(last) in self.thing_end_tags
            and self.lexicon.frequency(last) >= self.thing_end_frequency
            and last not in self.programme_nouns
            and not any(self.lexicon.tag(w) in self.verb_tags for w in words)
        )

    def _verb_and_direction(self, name: str) -> bool:
        """走|出去: one one-character verb and the complement of its direction, a movement said in quotes."""
        if not self.directional_complements:
            return False
        words = self.lexicon.segment(name)
        return len(words) == 2 and len(words[0]) == 1 and self.lexicon.tag(words[0]) == "v" and words[1] in self.directional_complements

    def _place_model(self, name: str) -> bool:
        """“大安模式”: a model named after a known place."""
        return bool(self.place_model) and name.endswith(self.place_model) and self._known_place(name[: -len(self.place_model)])

    def _known_place(self, name: str) -> bool:
        """A known place name, or the short name of a known city (洪湖: 洪湖市)."""
        return name in self.known_names or any(name + suffix in self.known_names for suffix in self.short_name_of)

    def _ordinary_word(self, name: str) -> bool:
        words = self.lexicon.segment(name)
        if len(words) != 1:
            return False
        return self.lexicon.tag(name) in self.common_tags and self.lexicon.frequency(name) >= self.common_frequency

    def _set_off(self, text: str, start: int, end: int, offset: int, rule: str, need_kind: bool = False, bare: bool = True) -> list[Candidate]:
        raw = text[start:end]
        name = _SPACE.sub("", raw)
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        before = text[max(0, start - 16) : start].rstrip(" “‘\"")
        after = _after_series(text, end)
        code = _CODE.match(name)
        if code and code.end() < len(name) and name == raw:  # 11567总体思路: the print glued the kind to the code
            after, name = name[code.end() :] + after, code.group()
            end = start + len(name)
        if self._changed_state(text, start, end):
            return []  # 从“景点旅游”向“全域旅游”: the states of a change
        parts = [p for p in _PARTS.split(name)]
        zone = bool(self.zone_after and self.zone_after.match(after))  # 建成“两山”实践创新先行区
        listed = self.listed_works_after.match(text, end) if self.listed_works_after else None
        # “三场一村”、太子城冰雪小镇…等重点项目: a named work among its siblings (not “两重”、“两新”、…资金等项目)
        listed_work = bool(listed and self.work_head and re.search(f"(?:{self.work_head.pattern})[、和及等]", listed.group()))
        adverb = next((a for a in self.work_after_adverbs if after.startswith(a)), "")
        work_after = after.startswith(self.work_after) or (adverb and after[len(adverb) :].startswith(self.work_after))
        if bare and (_before_series(text, start).endswith(self.work_before) or work_after or listed_work) and not self.kind_after(after) and not zone:
            # 建成运行“五个超市”, 抓好“湘易办”建管用: a work that is built or used
            return [Candidate(offset + start, offset + end, "Project", "Project", name, rule + ".work")]
        if bare and rule == "programmes.quoted" and self.event_before and self.event_before.search(_before_series(text, start)) and not self.kind_after(after) and len(parts) == 1 and _CJK.search(name):
            # 举办“美好生活消费季”等促消费活动: what is held is an event, what is carried out a programme
            if (after and not after.startswith("等") and not re.match(r"[，。；、,;：:！!？?）)]", after)) or any(_SPACE.sub("", name).endswith(w) for w, _c in self.endings):
                return []  # 举办第三届“丝路之光”文化旅游节, 举办“中国体育彩票”2022 全国新年登高健身大会: a word of the event's longer name; 举办“…发放活动”: an activity held
            return [Candidate(offset + start, offset + end, "Event", "Event", name, rule + ".event")]
        if not _CJK.search(name):
            kind = self.numeric_kind.match(after)
            if not kind and self.governed_code and self.governed_code.fullmatch(name) and before.endswith(self.code_verbs):
                # 强力推进“3454”巩固提升防返贫, 锚定“45797”工作任务: a code of figures the city carries out or aims at
                return [Candidate(offset + start, offset + end, self.type, "Slogan", name, rule + ".code")]
            if not kind or not _CODE_ALONE.fullmatch(name):
                if self.formula_counts_after and self.formula_counts_after.match(after):
                    return []  # 绘制“4+8”产业链图谱: the formula counts industries or parks, no slogan
                return [Candidate(offset + start, offset + end, self.type, "Slogan", name, rule)] if self.formula.match(name) else []
            # “1+4”化债方案, 135 工程: a code names a programme together with its kind
            label = name + _SPACE.sub("", kind.group())
            cls = next((c for word, c in self.endings + self.following if label.endswith(word)), "Policy")
            return [Candidate(offset + start, offset + end, self.type, cls, label, rule + ".code")]
        if len(parts) == 1:
            chained = before.endswith(("”", "’", "”、")) or bool(re.match(r"\s*[”’\"]\s*、?\s*[“‘]", text[end:]))
            in_series = chained and bool(self.kind_after(after.removeprefix("等")))
            things = bare and not chained and not self.kind_after(after)  # “美丽房屋”“美丽庭院”创建, “金芙蓉”跃升行动
            series_before = _before_series(text, start) if chained else ""
            cls = self.classify(name, before, after, need_kind, set_off=bare, in_series=in_series, things=things, series_before=series_before,
                                clause_before=text[max(0, start - 160) : start].rstrip(" “‘\""))  # 荣获A县、B县、“X”…先进县
            if cls is None:
                return []
            label = name
            joined = next((w for w in self.joined_following if after.startswith(w)), None)
            if joined and self.numbered.match(name):
                label = name + joined  # “八五”普法 → 八五普法
            strength = self.code_strength_after.match(after) if self.code_strength_after and not joined else None
            if strength and self.numbered.match(name):
                label = name + strength.group()  # “五八”强首府战略 → 五八强首府
            known = self.national.match(name + after)
            if known and len(known.group()) > len(name):
                label = known.group()  # “四好”农村路: the quotes cut a national programme's name
            articles = cls == "Policy" and name.endswith("条") and self.articles and self.articles.match(name)
            place_model = self._place_model(name)
            if self.articles_field and (articles or (self.field_counts and self.field_counts.match(name) and cls != "Project")):
                window = _SPACE.sub("", text[max(0, start - 24) : start]).rstrip("“‘\"")
                if place_model and start <= 24:
                    window = "。" + window  # 军民融合“宝鸡模式”被…报道: the field may open the sentence
                field = self.articles_field.search(window)
                listed = field and window[: field.start("field")].endswith("、") and not window[: field.start("field")].endswith(("”、", "’、"))
                verb = field and not articles and all(self.lexicon.tag(w) == "v" for w in self.lexicon.segment(field.group("field")))
                if field and not listed and not verb and not self._known_place(field.group("field")):  # 城市品质、人民生活品质“三大提升”: a count of the list; 完成“四大任务”, 完善提升“大安模式”: verbs
                    label = field.group("field") + name  # 落实经济稳健发展“16条” → 经济稳健发展16条
            count = self.counted_numbered.search(before) if self.counted_numbered else None
            if count and cls != "Project" and re.match(r"[一二两三四五六七八九十]", name):
                label = count.group() + label  # 三个“一号工程”: the count of a numbered name is part of it
            return [Candidate(offset + start, offset + end, self.type, cls, label, rule)]
        return self._enumeration(text, start, end, parts, before, after, offset, rule, need_kind or not bare)

    def _changed_state(self, text: str, start: int, end: int) -> bool:
        """从“A”向“B”: A and B are where a change starts and ends."""
        before = text[max(0, start - 30) : start].rstrip(" “‘\"")
        if self.change_from and self.change_from[0].search(before) and self.change_from[1].match(text[end : end + 8]):
            return True
        if self.change_to and self.change_to.search(before):
            return True
        if self.change_pair:  # “总体粗放”到“集约集聚”的稳步过渡: the two states a transition links
            low = max(0, start - 30)
            return any(m.start() < start and end < m.end() for m in self.change_pair.finditer(text, low, end + 40))
        return False

    def _byline_or_menu(self, text: str, start: int, end: int) -> bool:
        """A name in a byline (记者 储灿林 摄), or one word of a page's menu: a line of words set off by
        spaces with no punctuation in it."""
        if text[:start].rstrip().endswith(self.byline_before) or text[end:].lstrip().startswith(self.byline_after):
            return True
        if self.byline_role_ends and text[start:end].endswith(self.byline_before):
            return True  # 吉刻APP记者 王小野: the reporter's outlet and role
        if self.byline_roles_glued:
            before = re.search(r"(\S+)[ \u3000]+$", text[:start])  # the spaced word right before, on its line
            after = re.match(r"[ \u3000]+(\S+)", text[end:])
            if any(w.startswith(self.byline_roles_glued) and len(w) > 2 for w in (text[start:end], before and before.group(1), after and after.group(1)) if w):
                return True  # 通讯员连帆涛 袁成龙 曾志明 记者祝敏报道: the reporters' names, their role glued to one
        if self.byline_dated_after and self.byline_dated_after.match(text[end:].lstrip()):
            return True  # 本帖最后由 文曲星 于 2020-1-8 编辑: who edited a post, and when
        if not self.menu_min_words:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        return not re.search(r"[，。；：！？、,;:!?]", line) and len(line.split()) >= self.menu_min_words

    def _lost_quote_subject(self, text: str, start: int, end: int) -> bool:
        """…经验，屋场会 成为…: a short phrase opening a clause, its closing quote lost before a verb
        of naming or rating (the opening quote left no space after the punctuation)."""
        opens_clause = start == 0 or text[start - 1] in _CLAUSE_MARKS
        return opens_clause and 2 <= end - start < self.quotation_min_chars and bool(_CJK_ONLY.fullmatch(text[start:end])) \
            and text.startswith(self.subject_of, end + 1)

    def kind_after(self, after: str) -> str | None:
        """A kind word right after a phrase or after a short modifier (“个转企、小升规”支持政策)."""
        head = re.split(r"[，。；、：\s“”]", after, maxsplit=1)[0][:4]
        return next((word for word, _cls in self.following if word in head), None)

    def _enumeration(self, text, start, end, parts, before, after, offset, rule, need_kind) -> list[Candidate]:
        """“一主两副、一轴两带” is one slogan; “四个意识、坚定四个自信、做到两个维护” three, and so are
        national programmes listed in one pair of quotes (“个转企、小升规、规改股、股上市”)."""
        if len("".join(parts)) > self.max_list_chars or not all(parts) or need_kind or self.thing_after.match(after):
            return []  # “十五景、三宴、三剧”等文旅品牌: brands
        known_parts = []
        if self.split_known_parts and all(self.national.fullmatch(p) for p in parts):
            position = start
            for part in parts:
                at = text.find(part, position, end)
                if at < 0:
                    return []
                known_parts.append(Candidate(offset + at, offset + at + len(part), self.type, self.national_class, part, rule + ".part"))
                position = at + len(part)
            if not self.kind_after(after):
                return known_parts
            for part in known_parts:  # “个转企、小升规”支持政策: one policy, which names each programme too
                part.nested = True
        if self.counted_kind_part and len(parts) > 1 and all(self.counted_kind_part.match(p) for p in parts):
            # 深入实施“三大战略、八大行动”: each part counts a set of programmes of its kind
            out, position = [], start
            for part in parts:
                at = text.find(part, position, end)
                if at < 0:
                    return []
                kind = self.counted_kind_part.match(part).group("kind")
                cls = next((c for word, c in self.following if word == kind), "Campaign")
                out.append(Candidate(offset + at, offset + at + len(part), self.type, cls, part, rule + ".part"))
                position = at + len(part)
            return out
        if self.strong_element and all(self.strong_element.match(p) for p in parts):
            # 走“工业立市、产业强市”之路, “强科技、强工业、强县域”行动: one strategy per element, a kind after the list or not
            out, position = [], start
            for part in parts:
                at = text.find(part, position, end)
                if at < 0:
                    return []
                out.append(Candidate(offset + at, offset + at + len(part), self.type, "Strategy", part, rule + ".part"))
                position = at + len(part)
            return out
        stripped = [self._strip_verbs(p) for p in parts]
        if any(s != p for s, p in zip(stripped[1:], parts[1:])) and all(self.numbered.match(s) for s in stripped):
            out, position = [], start
            for part, name in zip(parts, stripped):
                at = text.find(part[0], position, end)
                while at >= 0 and _SPACE.sub("", text[at : at + len(part) + 4]).find(part) != 0:
                    at = text.find(part[0], at + 1, end)
                if at < 0:
                    break
                name_at = at + (len(part) - len(name))
                out.append(Candidate(offset + name_at, offset + name_at + len(name), self.type, "Slogan", name, rule + ".part"))
                position = name_at + len(name)
            return out
        series = next((w for w in self.series_words if after.startswith(w)), "")  # “抓项目、促发展”系列专项行动
        direct_kind = next((cls for word, cls in self.following if after[len(series):].startswith(word)), None)
        if rule.endswith("quoted") and direct_kind not in (None, "Slogan") and not any(self.quantity.match(p) for p in parts):
            # 开展“走出去、请进来”活动: the kind right after the list names it, whatever words it lists
            name = "、".join(parts) if "，" not in _SPACE.sub("", text[start:end]) else _SPACE.sub("", text[start:end])
            return [Candidate(offset + start, offset + end, self.type, direct_kind, name, rule), *known_parts]
        if rule.endswith("quoted") and self.list_line_after and self.list_line_after.match(after) and not any(self.quantity.match(p) for p in parts):
            # 坚持“打基础、利长远、高质量、重造福”发展思路: the line of work the list states, whatever words it lists
            name = "、".join(parts) if "，" not in _SPACE.sub("", text[start:end]) else _SPACE.sub("", text[start:end])
            return [Candidate(offset + start, offset + end, self.type, "Slogan", name, rule), *known_parts]
        # “屋顶、立面、色彩、高度”: ordinary words; but a quoted list whose parts are most of them coined, words
        # the dictionary does not know (“智改、数转、网联”), abbreviates clauses, each a part of the series
        coined = rule.endswith("quoted") and 2 * sum(self.lexicon.frequency(p) == 0 for p in parts) > len(parts)
        for part in parts:
            if self.classify(part, "", "", set_off=True, in_series=coined, common=coined, part=True) is None and not self.numbered.match(part):
                return []
        if self.classify(parts[0], before, after, set_off=True, in_series=coined, common=coined, part=True) is None and not self.numbered.match(parts[0]):
            return []
        name = "、".join(parts) if "，" not in _SPACE.sub("", text[start:end]) else _SPACE.sub("", text[start:end])
        return [Candidate(offset + start, offset + end, self.type, "Slogan", name, rule), *known_parts]

    def _strip_verbs(self, part: str) -> str:
        words = self.lexicon.segment(part)
        while len(words) > 1 and not self.lexicon.quantity_prefix.match(words[0]) and (
            words[0] in self.lexicon.leading or self.lexicon.tag(words[0]) in ("a", "v", "ad", "d")
        ):
            words = words[1:]
        return "".join(words)


_CLAUSE_END = re.compile(r"[，。；！？,;!?]")


def _whole_clause(text: str, start: int, end: int) -> bool:
    """The phrase at [start, end) is a clause of its own, after clause punctuation (not after a
    sentence start: the print breaks lines inside clauses, 大力推动\n\n消费品以旧换新。)."""
    return start > 0 and text[start - 1] in _CLAUSE_MARKS and (end == len(text) or text[end] in _CLAUSE_MARKS)


def _lost_quote_before(text: str, start: int) -> bool:
    """A space before ``start`` that stands for a lost opening quote: a Chinese character before
    it (not a number: 2021's print sets numbers off by spaces too)."""
    return start >= 2 and text[start - 1] == " " and bool(_CJK.match(text[start - 2]))


def _after_series(text: str, end: int) -> str:
    """The text after a set-off phrase and the set-off phrases listed with it
    (“利剑”“绿盾”“夏季攻势”等专项行动 → 等专项行动)."""
    position = end
    series = _SET_OFF_SERIES_NEXT
    while True:
        match = series.match(text, position)
        if not match:
            break
        position = match.end()
    return text[position : position + 12].lstrip(" ”’\"")  # 12: “神武峡”国际生态文化旅游线路


def _before_series(text: str, start: int) -> str:
    """The text before a set-off phrase and the set-off phrases listed before it
    (不断升级“一机游”“一屏管” → 不断升级)."""
    before = text[max(0, start - 40) : start].rstrip(" “‘\"")
    if "”" not in before and "’" not in before and '"' not in before:
        return before  # no set-off phrase ends in it (most texts)
    return _SET_OFF_SERIES_END.sub("", before)


def _squeeze(text: str) -> tuple[str, Sequence[int]]:
    """``text`` without OCR spaces between Chinese characters, and where each character was."""
    if " " not in text:
        return text, range(len(text))  # nothing to squeeze (most sentences)
    positions, out = [], []
    last = 0
    for match in _INNER_SPACE.finditer(text):
        if _ALNUM.match(text[match.start() - 1]) and _ALNUM.match(text[match.end()]):
            continue  # 5.9 亿: numbers and Latin words keep their spaces
        positions.extend(range(last, match.start()))
        out.append(text[last : match.start()])
        last = match.end()
    positions.extend(range(last, len(text)))
    out.append(text[last:])
    return "".join(out), positions
