"""The spaCy pipeline: ``spacy.blank("zh")`` with the lexicon's segmenter (jieba's words, cut by
jieba-rs), a dictionary built from the gazetteers and head-noun tables, and one registered
component per extractor family.

Extractors write :class:`~kg.extractors.base.Candidate` records to ``doc._.kg_candidates``;
``kg_status`` gives projects their status and ``kg_retype`` alone changes a candidate's type; the
``kg_mentions`` component settles overlaps, aligns tokens with every mention boundary and writes
the mentions as spans to ``doc.spans["kg"]`` (``span.label_`` is the type, ``span._.kg`` the
candidate); ``kg_relations`` derives locatedIn, connects and partOf links into
``doc._.kg_relations``. The component list and its order are configuration
(``kg/resources/pipeline.toml``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

import numpy
import spacy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extractors.base import Candidate, report_sentences
from kg.extractors.events import EventExtractor
from kg.extractors.glossary import GlossaryExtractor
from kg.extractors.indicators import IndicatorExtractor
from kg.extractors.learned import LearnedSpans
from kg.extractors.organizations import OrganizationExtractor
from kg.extractors.places import PlaceExtractor
from kg.extractors.programmes import ProgrammeExtractor
from kg.extractors.projects import ProjectExtractor
from kg.extractors.retyping import Retyper
from kg.extractors.status import StatusTagger
from kg.gazetteer import load_gazetteer
from kg.lexicon import load_lexicon
from kg.resources import load_toml


@dataclass(frozen=True)
class DocumentContext:
    """What the pipeline knows about a document before reading it."""

    city: str | None = None
    year: int | None = None
    division_codes: tuple[str, ...] = ()  # the city and its province, for place disambiguation


@dataclass(frozen=True, slots=True)
class Relation:
    source: Candidate
    predicate: str  # locatedIn | connects | partOf
    target: Candidate
    rule: str


for _name in ("clean", "sections", "context"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name in ("kg_candidates", "kg_relations", "kg_indicators"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _span_candidate(span: Span) -> Candidate | None:
    return span.doc.user_data.get(("kg", span.start_char, span.end_char, span.label_))


# Keyed by span and label, not by span alone as a plain extension value would be: a company and
# its project can share one span (久瑞生物 in a list of projects).
if not Span.has_extension("kg"):
    Span.set_extension("kg", getter=_span_candidate)


def _candidates(doc: Doc) -> list[Candidate]:
    if doc._.kg_candidates is None:
        doc._.kg_candidates = []
    return doc._.kg_candidates


def _known_names() -> frozenset[str]:
    return load_lexicon().names


class _Extract:
    """A pipeline component that runs one extractor and appends its candidates."""

    def __init__(self, extractor):
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        _candidates(doc).extend(self.extractor(doc))
        return doc


@Language.factory("kg_sentences")
def make_sentences(nlp: Language, name: str):
    def set_sentence_starts(doc: Doc) -> Doc:
        # One array write: setting token.is_sent_start one by one re-checks the whole Doc each time.
        # Offsets from an array: iterating the Doc makes a Token object per token.
        if not len(doc):
            return doc
        offsets = doc.to_array(IDX).astype("int64")
        starts = numpy.fromiter((sentence.start for sentence in doc._.sections.sentences), dtype="int64")
        flags = numpy.where(numpy.isin(offsets, starts), 1, -1).astype("int64")
        flags[0] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
        return doc

    return set_sentence_starts


@Language.factory("kg_places")
def make_places(nlp: Language, name: str):
    return _Extract(PlaceExtractor(load_lexicon(), load_gazetteer()))


@Language.factory("kg_projects", default_config={"patterns": "projects.toml"})
def make_projects(nlp: Language, name: str, patterns: str):
    return _Extract(ProjectExtractor(load_lexicon(), _known_names(), patterns))


@Language.factory("kg_programmes")
def make_programmes(nlp: Language, name: str):
    return _Extract(ProgrammeExtractor(load_lexicon(), _known_names()))


@Language.factory("kg_glossary")
def make_glossary(nlp: Language, name: str):
    return _Extract(GlossaryExtractor(ProgrammeExtractor(load_lexicon(), _known_names()), load_gazetteer()))


@Language.factory("kg_organizations")
def make_organizations(nlp: Language, name: str):
    return _Extract(OrganizationExtractor(load_lexicon(), _known_names()))


@Language.factory("kg_events")
def make_events(nlp: Language, name: str):
    return _Extract(EventExtractor(load_lexicon(), _known_names()))


@Language.factory("kg_indicators")
def make_indicators(nlp: Language, name: str):
    """Stated figures go to ``doc._.kg_indicators``: they are observations, not entity mentions."""
    extractor = IndicatorExtractor()

    def find_figures(doc: Doc) -> Doc:
        doc._.kg_indicators = extractor(doc)
        return doc

    return find_figures


@Language.factory("kg_status")
def make_status(nlp: Language, name: str):
    tagger = StatusTagger()

    def tag_status(doc: Doc) -> Doc:
        tagger(doc, _candidates(doc))
        return doc

    return tag_status


@Language.factory("kg_retype", default_config={"patterns": "retyping.toml"})
def make_retype(nlp: Language, name: str, patterns: str):
    """After the extractors and the status tagger: the one component that changes a candidate's type."""
    retyper = Retyper(patterns)

    def retype(doc: Doc) -> Doc:
        retyper(doc, _candidates(doc))
        return doc

    return retype


@Language.factory("kg_spans", default_config={"enabled": False, "model": "spans.crfsuite", "add": {}, "veto": {}, "triggers": [], "window": []})
def make_spans(nlp: Language, name: str, enabled: bool, model: str, add: dict, veto: dict, triggers: list[str], window: list[int]):
    """The learned span tagger (kg/extractors/learned.py): adds the spans the rules missed and drops
    candidates it finds improbable, for the types and thresholds configured; after retyping, before
    the mentions are settled."""
    from importlib import resources

    tagger = LearnedSpans(resources.files("kg.resources").joinpath("models", model), add, veto, triggers, window) if enabled else None

    def learned_spans(doc: Doc) -> Doc:
        if tagger is not None:
            tagger(doc, _candidates(doc))
        return doc

    learned_spans.tagger = tagger
    return learned_spans


@Language.factory("kg_mentions", default_config={"priority": ["Project", "Programme", "Event", "Organization", "Place"]})
def make_mentions(nlp: Language, name: str, priority: list[str]):
    rank = {type_: i for i, type_ in enumerate(priority)}

    def settle_mentions(doc: Doc) -> Doc:
        mark_company_origins(_candidates(doc), doc._.clean.text, doc._.context)
        chosen = settle_overlaps(_candidates(doc), rank)
        _align_tokens(doc, chosen)
        spans = []
        for candidate in chosen:
            span = doc.char_span(candidate.start, candidate.end, label=candidate.type)
            doc.user_data[("kg", candidate.start, candidate.end, candidate.type)] = candidate
            spans.append(span)
        doc.spans["kg"] = spans
        doc.user_data[_MENTION_KEYS] = [("kg", c.start, c.end, c.type) for c in chosen]
        return doc

    return settle_mentions


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str):
    def derive_relations(doc: Doc) -> Doc:
        doc._.kg_relations = derive(doc, mention_candidates(doc))
        return doc

    return derive_relations


#: Where kg_mentions keeps the user_data keys of its spans' candidates, in the spans' order.
_MENTION_KEYS = ("kg", "mentions")


def mention_candidates(doc: Doc) -> list[Candidate]:
    """``span._.kg`` of every span of ``doc.spans["kg"]``, in order, read from the keys the
    mentions component kept (making each Span and reading its extension costs more)."""
    keys = doc.user_data.get(_MENTION_KEYS)
    if keys is None:
        return [span._.kg for span in doc.spans.get("kg", [])]
    return [doc.user_data.get(key) for key in keys]


@functools.lru_cache(maxsize=1)
def _kept_in_events() -> frozenset[str]:
    """Classes of places that stay mentions inside an event's name (places.toml, rules.kept_in_events)."""
    return frozenset(load_toml("patterns", "places.toml")["rules"].get("kept_in_events", []))


@functools.lru_cache(maxsize=1)
def _strength_slogan() -> re.Pattern:
    """A strength slogan's verb and the kind it strengthens (富县 in 产业富县: places.toml, rules.strength_slogan)."""
    return re.compile(load_toml("patterns", "places.toml")["rules"]["strength_slogan"])


@functools.lru_cache(maxsize=1)
def _company_classes() -> frozenset[str]:
    """Classes of organisations whose names hold no mention of a division (places.toml, rules.company_classes)."""
    return frozenset(load_toml("patterns", "places.toml")["rules"].get("company_classes", []))


@functools.lru_cache(maxsize=1)
def _own_body_endings() -> tuple[str, ...]:
    """Endings of a division's own government, committee, congress or conference (places.toml, rules.own_body_endings)."""
    return tuple(load_toml("patterns", "places.toml")["rules"].get("own_body_endings", []))


@functools.lru_cache(maxsize=1)
def _origin_rules() -> tuple[frozenset[str], tuple[str, ...]]:
    """The rules of list elements whose first division may be a company's origin, and the route joiners (places.toml)."""
    rules = load_toml("patterns", "places.toml")["rules"]
    return frozenset(rules.get("origin_in_work_rules", [])), tuple(rules.get("section_joiners", []))


@functools.lru_cache(maxsize=1)
def _foreign_origin_classes() -> frozenset[str]:
    """Classes of places that open a work's name only as its company's origin (places.toml, rules.foreign_origin_classes)."""
    return frozenset(load_toml("patterns", "places.toml")["rules"].get("foreign_origin_classes", []))


def mark_company_origins(candidates: list[Candidate], text: str, context) -> None:
    """河北邳彤绞股蓝开发、甘肃西庆石油助剂等招商项目 in a report of 平利: a division outside the report's own city at the
    start of an element of a list of invested works, before the rest of the name, is where the investing company comes
    from, part of its name, not where the work lies (annotation round 9, rule 9; round 11, rule 13): ``names_body``, no
    mention. A division of the report's own city is where the work lies (内丘建滔醋酸 in a report of 邢台), but not the
    prefecture or province above the report's own division (吕梁杭氧 in a report of 交城); a region such as 湘西北
    locates the work (湘西北生物多样性保护修复等项目); a route (湖北来凤至慈利: a joiner in the element) and a division
    followed by another place stay."""
    rules, joiners = _origin_rules()
    if not rules:
        return
    # 日本电产产业园一期投产 in a report of 大连: a foreign country (or city) opening a work's name, whatever rule found the
    # work, is where its company comes from; a work of the report lies in China, so never named after it and lying there.
    foreign = _foreign_origin_classes()
    any_work = {c.start: c for c in candidates if c.type == "Project"} if foreign else {}
    for place in candidates:
        work = any_work.get(place.start) if place.type == "Place" and place.cls in foreign and not place.abbreviation else None
        if work is not None and place.end < work.end and not any(j in text[place.end : work.end] for j in joiners):
            place.names_body = True
    works = {c.start: c for c in candidates if c.type == "Project" and c.rule in rules}
    if not works:
        return
    codes = getattr(context, "division_codes", None) or ()
    own = [code[:4] for code in codes if not code.endswith("0" * 10)] or [code[:2] for code in codes]
    if not own:
        return
    place_starts = {c.start for c in candidates if c.type == "Place"}
    for place in candidates:
        work = works.get(place.start) if place.type == "Place" and place.code else None
        if work is None or place.end >= work.end or place.end in place_starts or any(j in text[place.end : work.end] for j in joiners):
            continue
        if place.code in codes[1:] or not any(place.code.startswith(prefix) for prefix in own):
            place.names_body = True


def _names_no_place(organization: Candidate) -> bool:
    """A company (华北 in 中车华北) or a division's own government body (保定 in 保定市人民政府) holds no mention of a
    division in its name (annotation rounds 11 and 14)."""
    return organization.cls in _company_classes() or organization.label.endswith(_own_body_endings())


def settle_overlaps(candidates: list[Candidate], rank: dict[str, int]) -> list[Candidate]:
    """One candidate per span; crossing candidates give way to longer, higher-priority ones.
    A place inside a longer name stays (慈利 in 慈利创业西路): it is a mention too, and it is
    where the locatedIn link comes from. Inside a longer place it stays only when its extractor
    marked it ``nested`` (长江 in 长江经济带); so does a company marked ``nested`` inside its project
    (久瑞生物 in 久瑞生物新厂房), and a zone inside the name of a work built in it (翠谷产业园 in
    翠谷产业园路网工程)."""
    by_span: dict[tuple[int, int, bool], Candidate] = {}
    # 沙堤、金岩 3 所芙蓉学校: a project that borrows a place's span (沙堤芙蓉学校) leaves the place its mention,
    # unless the place is only a guess by its shape (同煤塔山 by 山 in 同煤塔山、同忻…三个矿井).
    # So does an element of a list that shares the list's head (隆安 in 吴圩机场至隆安、沙井至吴圩等高速公路 → 隆安高速):
    # its label is longer than its span.
    borrowed = {
        (c.start, c.end)
        for c in candidates
        if (c.type == "Project" and (c.borrows_span or len(c.label) > c.end - c.start))
        or (c.type == "Place" and c.rule.endswith(".coordination"))
    }
    for candidate in sorted(candidates, key=lambda c: (rank.get(c.type, 99), c.sort_key(), c.rule)):
        if candidate.names_body:
            continue  # 梨树县 in 梨树县第十八届人民代表大会: it named the body for the organisations, no mention (rule 22)
        # A company keeps its own span even where it is the whole project's name (久瑞生物 in a list of projects).
        companion = (candidate.type == "Organization" and candidate.nested) or (
            candidate.type == "Place" and (candidate.start, candidate.end) in borrowed and not candidate.guessed
            and not candidate.rule.endswith(".coordination")
        )
        if candidate.type == "Place" and candidate.rule.endswith(".coordination"):
            companion = "element"  # 玛多冬格措纳湖(国家级湿地公园): the element keeps its span beside the place it is named after
        by_span.setdefault((candidate.start, candidate.end, companion), candidate)
    ordered = sorted(by_span.values(), key=lambda c: (-c.length, rank.get(c.type, 99), c.start, c.label))
    chosen: list[Candidate] = []
    # The chosen by their start: only those that start less than the longest chosen length before
    # a candidate can overlap it (the candidates come longest first).
    starts: list[int] = []
    by_start: list[Candidate] = []
    longest = 0
    for candidate in ordered:
        conflict = False
        low = bisect.bisect_right(starts, candidate.start - longest)
        high = bisect.bisect_left(starts, candidate.end, low)
        for other in by_start[low:high]:
            if candidate.end <= other.start or candidate.start >= other.end:
                continue
            nested = other.start <= candidate.start and candidate.end <= other.end
            if nested and candidate.type == "Place" and candidate.abbreviation and other.type == "Project":
                conflict = True  # 港澳 in 港澳影视制作基地: abbreviations inside a work's name are no mention
                break
            if nested and candidate.type == "Place" and other.type == "Event" and candidate.cls not in _kept_in_events():
                conflict = True  # 中非 in 中非合作论坛, 福州 in 中国福州橄榄节: a division inside an event's name is no mention
                break
            if nested and candidate.type == "Place" and other.type == "Organization" and _names_no_place(other) and candidate.cls not in _kept_in_events():
                conflict = True  # 华北 in 中航华北, 保定市 in 保定市人民政府: no mention (_names_no_place)
                break
            if (nested and candidate.type == "Place" and other.type == "Programme" and candidate.code
                    and candidate.end == other.end and candidate.start > other.start
                    and len(candidate.label) == 2 == candidate.end - candidate.start
                    and _strength_slogan().search(candidate.label)):
                conflict = True  # 产业富县, 工业强县: a slogan's verb and the kind it strengthens, no county 富县
                break
            if nested and candidate.type == "Place" and (other.type != "Place" or candidate.nested):
                continue
            if nested and candidate.type == "Place" and other.type == "Place" and (
                other.rule.endswith(".coordination")
                or (candidate.rule.endswith(".coordination") and (candidate.start, candidate.end) == (other.start, other.end))
            ):
                continue  # 冬格措纳湖 in 玛多冬格措纳湖(国家级湿地公园), an element sharing a head: the water it is named after
            if nested and candidate.type == "Organization" and candidate.nested and other.type == "Project":
                continue  # 久瑞生物 in 久瑞生物新厂房: the company is named too
            if nested and other.type == "Organization" and other.nested and candidate.type == "Project":
                continue  # the same, when the company's span was chosen first
            if nested and candidate.nested and other.type == candidate.type:
                continue  # 翠谷产业园 in 翠谷产业园路网工程, 个转企 in “个转企、小升规”支持政策: named too
            conflict = True
            break
        if not conflict:
            chosen.append(candidate)
            at = bisect.bisect_right(starts, candidate.start)
            starts.insert(at, candidate.start)
            by_start.insert(at, candidate)
            longest = max(longest, candidate.length)
    return sorted(chosen, key=Candidate.sort_key)


def _align_tokens(doc: Doc, candidates: list[Candidate]) -> None:
    """Split tokens so that every mention starts and ends on a token boundary."""
    boundaries = numpy.array(sorted({c.start for c in candidates} | {c.end for c in candidates}), dtype="int64")
    splits = []
    if len(boundaries) and len(doc):
        # Offsets from arrays: only the tokens to split are made into Token objects.
        starts = doc.to_array(IDX).astype("int64")
        ends = starts + doc.to_array(LENGTH).astype("int64")
        tokens = numpy.searchsorted(starts, boundaries, side="right") - 1
        inside = (tokens >= 0) & (boundaries > starts[tokens]) & (boundaries < ends[tokens])
        cuts_in: dict[int, list[int]] = {}
        for i, boundary in zip(tokens[inside].tolist(), boundaries[inside].tolist()):
            cuts_in.setdefault(i, []).append(boundary)
        for i, cuts in cuts_in.items():
            token = doc[i]
            offsets = [0, *(boundary - token.idx for boundary in cuts), len(token.text)]
            splits.append((token, [token.text[lo:hi] for lo, hi in zip(offsets, offsets[1:])]))
    if not splits:
        return
    with doc.retokenize() as retokenizer:
        for token, pieces in splits:
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))


def derive(doc: Doc, mentions: list[Candidate]) -> list[Relation]:
    """Links stated by the shape of a name: a place at the start of a name (慈利创业西路 →
    慈利县) or written right after a division (慈利县零溪村), the places of a section qualifier
    (安慈高速慈利至石门段 connects 慈利 and 石门), the ends of a road in the glossary (教温指永定教育至温塘)
    and glossary parts."""
    relations = []
    places = [m for m in mentions if m.type == "Place"]
    divisions_ending_at = {place.end: place for place in places if place.code}
    places_starting_at: dict[int, list[Candidate]] = {}  # in the order of places
    for place in places:
        places_starting_at.setdefault(place.start, []).append(place)
    for mention in mentions:
        for place in places_starting_at.get(mention.start, ()):
            if place is mention:
                continue
            if place.end < mention.end and place.cls != "Waterbody":
                # a river at the start of a name is what it is named after, not where it lies
                # (湘江新区, 长江经济带)
                relations.append(Relation(mention, "locatedIn", place, "name-prefix"))
        division = divisions_ending_at.get(mention.start)
        if mention.type == "Place" and division is not None and _lies_in(mention, division):
            relations.append(Relation(mention, "locatedIn", division, "division-prefix"))
        for place in mention.connects:
            if place in mentions:
                relations.append(Relation(mention, "connects", place, "glossary-route"))
        qualifier = mention.qualifier
        if qualifier and "至" in qualifier:
            for place in places:
                if mention.end <= place.start and place.end <= mention.end + len(qualifier):
                    relations.append(Relation(mention, "connects", place, "section-qualifier"))
        part_of = mention.part_of
        if part_of is not None and part_of in mentions:
            relations.append(Relation(mention, "partOf", part_of, "glossary"))
    return relations


def _lies_in(place: Candidate, division: Candidate) -> bool:
    """慈利县零溪村, 桑植人溪河: a place written right after a division lies in it, unless it is a
    division that does not (湖南张家界 is fine, 张家界湖南 is a list)."""
    if not place.code:
        return True
    gazetteer = load_gazetteer()
    outer, inner = gazetteer.by_code(division.code), gazetteer.by_code(place.code)
    return outer is not None and inner is not None and outer != inner and gazetteer.contains(outer, inner)


#: Where the Doc keeps the segmenter's words until :func:`_remember_sentence_words` takes them.
_WORDS = ("kg", "words")


class LexiconTokenizer:
    """The Doc of spaCy's jieba tokenizer, with the lexicon's segmenter: each word found from
    where the last one ended, and a space right after a word kept as its trailing space (spaCy's
    ``get_words_and_spaces``, which copies the rest of the text for every word)."""

    def __init__(self, vocab, segmenter) -> None:
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str) -> Doc:
        cut = self.segmenter.cut(text)
        words, spaces = _words_and_spaces(text, cut) or _words_and_spaces_by_search(text, cut)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[_WORDS] = cut
        return doc


def _words_and_spaces_by_search(text: str, cut: list[str]) -> tuple[list[str], list[bool]]:
    """The Doc's words and trailing spaces: each word of ``cut`` searched from where the last one
    ended; what lies between (whitespace) is a word of its own, but for one space right after a
    word, which is the word's trailing space."""
    words: list[str] = []
    spaces: list[bool] = []
    position, length = 0, len(text)
    for word in cut:
        if not word or word.isspace():
            continue
        start = text.index(word, position)
        if start > position:
            words.append(text[position:start])
            spaces.append(False)
        words.append(word)
        position = start + len(word)
        space = position < length and text[position] == " "
        spaces.append(space)
        position += space
    if position < length:
        words.append(text[position:])
        spaces.append(False)
    return words, spaces


def _words_and_spaces(text: str, cut: list[str]) -> tuple[list[str], list[bool]] | None:
    """What :func:`_words_and_spaces_by_search` gives, without searching, when the words of
    ``cut`` make up ``text`` (as jieba's do): a word then stands where the words before it end,
    and no earlier place can hold it, as only whitespace lies between (None otherwise: a word
    after a gap that itself begins with whitespace)."""
    if "".join(cut) != text:
        return None
    words: list[str] = []
    spaces: list[bool] = []
    add_word, add_space = words.append, spaces.append
    position = offset = 0
    length = len(text)
    for word in cut:
        if not word or word.isspace():
            offset += len(word)
            continue
        if offset > position:
            if word[0].isspace():
                return None
            add_word(text[position:offset])
            add_space(False)
        add_word(word)
        position = offset = offset + len(word)
        if position < length and text[position] == " ":
            add_space(True)
            position += 1
        else:
            add_space(False)
    if position < length:
        add_word(text[position:])
        add_space(False)
    return words, spaces


def create_pipeline(overrides: dict[str, dict] | None = None) -> Language:
    """The kg pipeline, built from ``kg/resources/pipeline.toml`` (once per process); ``overrides``
    update the configuration of components by factory name, e.g. ``{"kg_spans": {"enabled": True}}``,
    and give a pipeline of its own."""
    return _pipeline(overrides) if overrides else _default_pipeline()


@functools.cache
def _default_pipeline() -> Language:
    return _pipeline({})


def _pipeline(overrides: dict[str, dict]) -> Language:
    config = load_toml("pipeline.toml")
    lexicon = load_lexicon()
    lexicon.load()  # first, so that jieba's start-up chatter is silenced
    # Made with spaCy's character segmenter and then given the lexicon's segmenter: spaCy's own
    # jieba set-up would load jieba's global dictionary as well (70 MB more, never used).
    nlp = spacy.blank("zh")
    nlp.tokenizer = LexiconTokenizer(nlp.vocab, lexicon.tokenizer)
    for component in config["components"]:
        settings = {**component.get("config", {}), **overrides.get(component["factory"], {})}
        nlp.add_pipe(component["factory"], name=component.get("name"), config=settings)
    return nlp


#: What jieba segments as one run; it cuts every other character alone (whitespace aside).
_JIEBA_RUN = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")


def _remember_sentence_words(doc: Doc) -> None:
    """The extractors segment whole sentences: give the lexicon the segmenter's words of the Doc
    (kept by :class:`LexiconTokenizer`) instead of cutting each sentence again. jieba cuts every
    run of Han characters, letters and digits on its own, and each whitespace character is a word
    of its own, so the words of a sentence that begins and ends between runs are the document's
    words inside it."""
    words = doc.user_data.pop(_WORDS, None)
    if words is None:
        return  # a Doc made otherwise: the lexicon cuts the sentences itself
    text = doc._.clean.text
    starts = list(itertools.accumulate(map(len, words), initial=0))
    if starts[-1] != len(text):
        return
    lexicon = load_lexicon()
    for sentence, sentence_text in report_sentences(doc):
        start, end = sentence.start, sentence.end
        if start >= end or "\r" in sentence_text or _joins_run(text, start) or _joins_run(text, end):
            continue
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, first)
        if first < len(starts) and starts[first] == start and last < len(starts) and starts[last] == end:
            lexicon.remember_segments(sentence_text, words[first:last])


def _joins_run(text: str, position: int) -> bool:
    """Whether ``position`` falls inside a run that jieba cuts as a whole."""
    return 0 < position < len(text) and bool(_JIEBA_RUN.match(text[position - 1]) and _JIEBA_RUN.match(text[position]))


def run(nlp: Language, clean, sections, context: DocumentContext) -> Doc:
    doc = nlp.make_doc(clean.text)
    doc._.clean = clean
    doc._.sections = sections
    doc._.context = context
    doc._.kg_candidates = []
    _remember_sentence_words(doc)
    try:
        return nlp(doc)
    finally:
        load_lexicon().forget_segments()


__all__ = ["DocumentContext", "Relation", "create_pipeline", "mention_candidates", "run", "settle_overlaps"]
