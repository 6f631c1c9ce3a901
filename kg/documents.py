"""Report documents: the manifest, city and year detection, and extraction of one document.

A report (one city, one year) may come as several files (a newspaper prints it over several
pages); each file is a document. Offsets are per document, into its decoded text.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pypinyin import lazy_pinyin

from kg.extractors.base import Candidate
from kg.extractors.indicators import Figure, figure_kind, figure_year
from kg.gazetteer import load_gazetteer
from kg.nlp import DocumentContext, Relation, create_pipeline, mention_candidates, run
from kg.reading import InputError, SourceText, chinese_share, read_source
from kg.sections import SectionedText, Sentence, sectionize
from kg.text import CleanText, clean

MANIFEST_NAMES = ("manifest.csv",)
_WHITESPACE = re.compile(r"\s")  # str.isspace
_REVIEW_YEAR = re.compile(r"(20\d{2})\s*年(?:及[^\n]{0,8})?工作回顾")
_PLAN_YEAR = re.compile(r"(20\d{2})\s*年(?:工作安排|重点抓好|主要预期目标|工作的总体要求)")
_TODAY = re.compile(r"今年是(?:[^。]{0,30}?)(20\d{2})")
# A title line at the top names the year it was delivered (张家界市2025年政府工作报告); in a sentence
# the same words cite last year's report (2024年政府工作报告确定的目标任务).
_TITLE_YEAR = re.compile(r"^[^，。\n]{0,12}?(20\d{2})\s*年[^，。\n]{0,12}?政府工作报告\s*$")


@dataclass(frozen=True)
class DocumentMeta:
    """What is known about a file before reading it (from the manifest or the command line)."""

    city: str | None = None
    province: str | None = None
    year: int | None = None
    part: int = 1
    reviewed_years: tuple[int, ...] = ()
    planned_years: tuple[int, ...] = ()
    initial_section: str | None = None
    original_name: str | None = None
    quirks: str | None = None
    report_id: str | None = None  # the manifest's ``id``: for two divisions whose names give one id


@dataclass(slots=True)
class Mention:
    """A mention in original-text offsets: ``document.text[start:end] == text``."""

    candidate: Candidate
    start: int
    end: int
    text: str
    sentence: Sentence
    sentence_start: int
    sentence_end: int


@dataclass(slots=True)
class Observation:
    """A stated figure in original-text offsets: ``document.text[start:end] == text``; ``year``
    is the year it is about."""

    figure: Figure
    year: int
    start: int
    end: int
    text: str
    sentence: Sentence
    sentence_start: int
    sentence_end: int


@dataclass
class Document:
    source: SourceText
    meta: DocumentMeta
    city: str
    year: int
    clean: CleanText | None  # None for a long document analysed in pieces
    sections: SectionedText | None
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def doc_id(self) -> str:
        return slug(self.source.path.stem)

    @property
    def report_id(self) -> str:
        return self.meta.report_id or report_id(self.city, self.year)


# Both are asked for every mention's document and report when the RDF and the tables are
# written (hundreds of thousands of calls at 200 reports), and pinyin is slow: memoised.
@lru_cache(maxsize=1 << 14)
def slug(name: str) -> str:
    """An ASCII identifier: pinyin for Chinese, lower case, hyphens."""
    words = lazy_pinyin(name)
    text = "-".join(w for w in (re.sub(r"[^0-9a-z]+", "-", w.lower()).strip("-") for w in words) if w)
    return re.sub(r"-{2,}", "-", text) or "x"


@lru_cache(maxsize=1 << 12)
def city_slug(city: str) -> str:
    core = re.sub(r"(市|地区|自治州|州|盟|县|区)$", "", city) or city
    return "".join(lazy_pinyin(core)).lower()


def report_id(city: str, year: int) -> str:
    return f"{city_slug(city)}-{year}"


# -- manifest ---------------------------------------------------------------------------------


def _years(value: str) -> tuple[int, ...]:
    value = (value or "").strip()
    if not value:
        return ()
    if "-" in value:
        first, last = value.split("-", 1)
        return tuple(range(int(first), int(last) + 1))
    return tuple(int(v) for v in re.split(r"[ ,;]+", value) if v)


_REPORT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _given_id(value: str | None) -> str | None:
    value = (value or "").strip()
    if value and not _REPORT_ID.fullmatch(value):
        raise ValueError(f"id {value!r} is not lower-case letters, digits and hyphens")
    return value or None


def check_report_ids(documents) -> None:
    """Refuse two divisions whose reports get one id (伊春市 and 宜春市 are both ``yichun``): their
    reports would become one report node. The manifest's ``id`` column tells them apart."""
    seen: dict[str, tuple] = {}
    for document in documents:
        place = (document.city, document.meta.province)
        first = seen.setdefault(document.report_id, (*place, document.source.path.name))
        if first[:2] != place:
            raise InputError(
                f"{document.source.path.name} ({document.city}, {document.meta.province or 'no province'}) and {first[2]} "
                f"({first[0]}, {first[1] or 'no province'}) both make report id {document.report_id}: "
                "give one of them an id in the manifest's id column")


def read_manifest(path: Path) -> dict[str, DocumentMeta]:
    """``file → DocumentMeta`` from a manifest CSV; errors name the file and line."""
    metas: dict[str, DocumentMeta] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                if None in row:  # csv puts cells past the header under None: an unquoted comma
                    raise InputError(f"{path}:{line}: bad manifest row (more cells than the header; quote a cell holding a comma)")
                try:
                    metas[row["file"]] = DocumentMeta(
                        city=row.get("city") or None,
                        province=row.get("province") or None,
                        year=int(row["report_year"]) if row.get("report_year") else None,
                        part=int(row.get("part") or 1),
                        reviewed_years=_years(row.get("reviewed_years", "")),
                        planned_years=_years(row.get("planned_years", "")),
                        initial_section=row.get("initial_section") or None,
                        original_name=row.get("original_name") or None,
                        quirks=row.get("quirks") or None,
                        report_id=_given_id(row.get("id")),
                    )
                except (KeyError, ValueError) as error:
                    raise InputError(f"{path}:{line}: bad manifest row ({error})") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read manifest ({error.strerror or error})") from None
    return metas


def manifest_for(file: Path) -> DocumentMeta:
    for name in MANIFEST_NAMES:
        manifest = file.parent / name
        if manifest.is_file():
            stat = manifest.stat()
            meta = _read_manifest_once(manifest.resolve(), stat.st_mtime_ns, stat.st_size).get(file.name)
            if meta:
                return meta
    return DocumentMeta()


@lru_cache(maxsize=16)
def _read_manifest_once(path: Path, mtime_ns: int, size: int) -> dict[str, DocumentMeta]:
    """A manifest read once for all the files beside it (a corpus of N files asked it N times:
    N² rows), again when it changes (its time or size)."""
    return read_manifest(path)


# -- detection --------------------------------------------------------------------------------


def detect_year(text: str) -> int | None:
    """The year a report was delivered, from its title and headings (2024年工作回顾 → 2025)."""
    votes: Counter[int] = Counter()
    title = _TITLE_YEAR.match(text.lstrip().split("\n", 1)[0])
    if title:
        votes[int(title.group(1))] += 3
    for match in _PLAN_YEAR.finditer(text):
        votes[int(match.group(1))] += 2
    for match in _REVIEW_YEAR.finditer(text):
        votes[int(match.group(1)) + 1] += 2
    for match in _TODAY.finditer(text):
        votes[int(match.group(1))] += 1
    if not votes:
        return None
    return max(votes, key=lambda year: (votes[year], year))


def detect_city(text: str) -> str | None:
    """The prefecture or county the report is about: the division named most often."""
    gazetteer = load_gazetteer()
    counts: Counter[str] = Counter()
    for surface, kind, key in gazetteer.surfaces():
        if kind != "division" or len(surface) < 2:
            continue
        division = gazetteer.by_code(key)
        if division is None or division.level == "province":
            continue
        n = text.count(surface)
        if n and len(gazetteer.lookup(surface)) == 1:
            counts[division.name] += n * (2 if division.level == "prefecture" else 1)
    if not counts:
        return None
    return max(counts, key=lambda name: (counts[name], name))


#: The levels a county-level division loses when it is made a district under the same name (撤县设区, 撤市设区).
RENAMED_LEVELS = ("县", "市")


def context_for(city: str | None, province: str | None = None) -> DocumentContext:
    """The report's division and its ancestors. Where several divisions share the name (朝阳区 of 北京 and of
    长春, the 城区 of several cities), the manifest's ``province`` picks the one inside it."""
    gazetteer = load_gazetteer()
    codes: list[str] = []
    if city:
        candidates = _in_province(gazetteer, gazetteer.lookup(city), province)
        if not candidates:
            # the manifest's city is a division's full name, also where that name is stoplisted in running text (和县,
            # 古城区), where it names one division only (not 城区: several cities have one)
            stoplisted = _in_province(gazetteer, gazetteer.lookup(city, include_stoplisted=True), province)
            candidates = stoplisted if len(stoplisted) == 1 else []
        if not candidates and len(city) > 2 and city.endswith(RENAMED_LEVELS):
            # a county or city since made a district under the same name (沾化县 → 沾化区, 普兰店市 → 普兰店区, 辽中县 → 辽中区):
            # the one division whose short name is the name without its level
            renamed = [d for d in _in_province(gazetteer, gazetteer.lookup(city[:-1], include_stoplisted=True), province)
                       if d.name == city[:-1] + "区"]
            candidates = renamed if len(renamed) == 1 else []
        if candidates:
            division = sorted(candidates, key=lambda d: d.code)[0]
            codes = [division.code, *(d.code for d in gazetteer.ancestors(division))]
    return DocumentContext(city=city, division_codes=tuple(codes))


def _in_province(gazetteer, divisions: list, province: str | None) -> list:
    """The divisions inside the province named ``province`` (all of them when it names none or no province is given)."""
    if not province or len(divisions) < 2:
        return divisions
    inside = [d for d in divisions if any(a.level == "province" and province in (a.name, *a.short_names)
                                          for a in gazetteer.ancestors(d))]
    return inside or divisions


# -- is it a report? -------------------------------------------------------------------------

#: Words a government work report uses on every page. A text with (almost) none of them is not a
#: report, whatever city and year it names, and nothing is extracted from it.
REPORT_WORDS = (
    "推进", "建设", "发展", "项目", "改革", "加快", "实施", "完成", "提升", "深化", "落实", "开工",
    "竣工", "投资", "亿元", "同比", "增长", "产业", "经济", "民生", "保障", "治理", "创新", "全面",
    "持续", "打造", "高质量", "工作", "政府", "全市", "重点", "体系", "机制", "实现",
)
#: A text must hold at least this share of Chinese characters (see kg.reading.chinese_share).
MIN_CHINESE_SHARE = 0.3
#: ... and at least this many report words per 1,000 characters (the seeds have 34 to 61).
MIN_REPORT_WORDS_PER_1000 = 8


def not_a_report(text: str) -> str | None:
    """Why the cleaned ``text`` is not a government work report, or None when it reads like one.

    The rule: mostly Chinese (at least 30% Chinese characters), and at least
    ``min(6, 2 + n // 200)`` distinct :data:`REPORT_WORDS` (n = non-space characters) with at least
    8 occurrences per 1,000 characters. The seed reports have 28 to 34 distinct words and 34 to
    61 per 1,000 characters; a novel or a travel essay that names a city has none or one."""
    n = len(_WHITESPACE.sub("", text))
    if n == 0:
        return "no text"
    share = chinese_share(text)
    if share < MIN_CHINESE_SHARE:
        return f"not Chinese text ({share:.0%} Chinese characters)"
    counts = [text.count(word) for word in REPORT_WORDS]
    distinct = sum(1 for count in counts if count)
    if distinct < min(6, 2 + n // 200) or sum(counts) * 1000 < MIN_REPORT_WORDS_PER_1000 * n:
        return (
            f"does not read like a government work report (it has {distinct} of the {len(REPORT_WORDS)}"
            " words such reports use on every page, like 推进, 建设, 项目)"
        )
    return None


# -- extraction -------------------------------------------------------------------------------

#: Long documents are analysed in pieces of about this many characters, cut where a line ends a
#: sentence (always a paragraph break), so that memory stays bounded whatever the file's size.
CHUNK_CHARS = 200_000


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[(start, end), ...]`` covering ``text``: one span when it is short, else pieces of about
    ``size`` characters cut at a line that ends a sentence (else at any line break, else after
    a sentence, else anywhere)."""
    size = max(1, int(size))
    if len(text) <= size + size // 2:
        return [(0, len(text))]
    settings = _text_settings()
    terminal, closing = re.escape(settings["terminal"]), re.escape(settings["closing"])
    line_end = re.compile(rf"[{terminal}][{closing} \t\u3000]*\r?\n")
    sentence_end = re.compile(rf"[{terminal}][{closing}]*")
    spans, start = [], 0
    while len(text) - start > size + size // 2:
        lower, upper = start + size, min(len(text), start + size + size // 2)
        match = line_end.search(text, lower, upper)
        if match:
            cut = match.end()
        elif (newline := text.find("\n", lower, upper)) >= 0:
            cut = newline + 1
        elif match := sentence_end.search(text, lower, upper):
            cut = match.end()
        else:
            cut = lower
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def _text_settings() -> dict:
    from kg.text import _settings

    return _settings()


def load_document(path: str | Path, meta: DocumentMeta | None = None, *, city: str | None = None,
                  year: int | None = None, chunk_chars: int | None = None) -> Document:
    """Read, clean, section and extract one report file.

    A file longer than ``chunk_chars`` (default :data:`CHUNK_CHARS`) is analysed piece by piece
    (:func:`chunk_spans`); mentions still point into the whole decoded text. The report check,
    city and year come from the first piece."""
    path = Path(path)
    source = read_source(path)
    meta = meta or manifest_for(path)
    spans = chunk_spans(source.text, chunk_chars or CHUNK_CHARS)
    first = clean(source.text[: spans[0][1]]) if len(spans) > 1 else clean(source.text)
    reason = not_a_report(first.text)
    if reason:
        raise InputError(f"{path}: not a government work report: {reason}")
    city = city or meta.city or detect_city(first.text)
    year = year or meta.year or detect_year(first.text)
    if not city:
        raise InputError(f"{path}: cannot tell which city the report is about (give --city)")
    if not year:
        raise InputError(f"{path}: cannot tell the report's year (give --year)")
    context = context_for(city, meta.province)
    context = DocumentContext(city, year, context.division_codes)
    if len(spans) == 1:
        sections = sectionize(first, meta.initial_section)
        document = Document(source=source, meta=meta, city=city, year=year, clean=first, sections=sections)
        doc = run(create_pipeline(), first, sections, context)
        starts = [s.start for s in sections.sentences]
        document.mentions = [_mention(source.text, first, sections.sentences, starts, candidate) for candidate in mention_candidates(doc)]
        document.relations = list(doc._.kg_relations)
        document.observations = [_observation(document, first, sections.sentences, starts, f) for f in doc._.kg_indicators or ()]
        return document
    document = Document(source=source, meta=meta, city=city, year=year, clean=None, sections=None)
    _extract_chunks(document, spans, first, context)
    return document


def _extract_chunks(document: Document, spans: list[tuple[int, int]], first: CleanText, context: DocumentContext) -> None:
    """Clean, section and extract a long document piece by piece (see :func:`load_document`).

    A paragraph printed earlier in another piece counts as a duplicate, as it would in one piece.
    Sentences get document-wide numbers and cleaned offsets (the pieces' cleaned texts joined by
    line breaks); mentions get offsets into the whole original text."""
    text = document.text
    nlp = create_pipeline()
    seen: dict[bytes, int] = {}
    section = document.meta.initial_section
    clean_base = sentence_base = paragraph_base = 0
    for number, (start, end) in enumerate(spans):
        cleaned = first if number == 0 else clean(text[start:end])
        new_text = _mark_repeats(cleaned, seen, paragraph_base)
        sections = sectionize(cleaned, section)
        if sections.paragraph_sections:
            section = sections.paragraph_sections[-1]
        if new_text:
            doc = run(nlp, cleaned, sections, context)
            starts = [s.start for s in sections.sentences]
            shifted: dict[int, Sentence] = {}

            def globally(sentence: Sentence, cb=clean_base, sb=sentence_base, pb=paragraph_base, shifted=shifted) -> Sentence:
                if sentence.index not in shifted:
                    shifted[sentence.index] = dataclasses.replace(
                        sentence, index=sentence.index + sb, start=sentence.start + cb, end=sentence.end + cb,
                        paragraph=sentence.paragraph + pb,
                    )
                return shifted[sentence.index]

            for candidate in mention_candidates(doc):
                document.mentions.append(_mention(text, cleaned, sections.sentences, starts, candidate, start, globally))
            document.relations.extend(doc._.kg_relations)
            for figure in doc._.kg_indicators or ():
                document.observations.append(_observation(document, cleaned, sections.sentences, starts, figure, start, globally))
            del doc
        clean_base += len(cleaned.text) + 1
        sentence_base += len(sections.sentences)
        paragraph_base += len(cleaned.paragraphs)
        first = None  # let the first piece go


def _mark_repeats(cleaned: CleanText, seen: dict[bytes, int], base: int) -> bool:
    """Mark the paragraphs of one piece that repeat a paragraph of an earlier piece (by their
    text without spaces); ``duplicate_of`` becomes a document-wide paragraph number.

    Returns whether the piece holds anything not seen before: a piece made only of repeats and
    of short lines (headings) that earlier pieces already had is not analysed again."""
    minimum = _text_settings()["duplicate_min_chars"]
    marked, new_text = [], False
    for paragraph in cleaned.paragraphs:
        if paragraph.duplicate_of is not None:
            marked.append(dataclasses.replace(paragraph, duplicate_of=paragraph.duplicate_of + base))
            continue
        key = re.sub(r"\s+", "", cleaned.text[paragraph.start : paragraph.end])
        if not key:
            marked.append(paragraph)
            continue
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
        earlier = seen.get(digest)
        if earlier is not None and earlier < base and len(key) >= minimum:
            marked.append(dataclasses.replace(paragraph, duplicate_of=earlier))
            continue
        if earlier is None or earlier >= base:
            new_text = True  # new, or a short line of this piece (short lines are never duplicates)
        seen.setdefault(digest, base + paragraph.index)
        marked.append(paragraph)
    cleaned.paragraphs = marked
    return new_text


def _mention(text: str, cleaned: CleanText, sentences, starts: list[int], candidate: Candidate, shift: int = 0,
             globally=None) -> Mention:
    """A candidate (cleaned offsets of its piece) as a mention in offsets of the whole text."""
    start, end, sentence, s_start, s_end = _located(cleaned, sentences, starts, candidate.start, candidate.end, shift, globally)
    return Mention(candidate, start, end, text[start:end], sentence, s_start, s_end)


def _located(cleaned: CleanText, sentences, starts: list[int], start: int, end: int, shift: int, globally):
    """A span of cleaned text (offsets of its piece) in offsets of the whole text, with its
    sentence: ``(start, end, sentence, sentence_start, sentence_end)``."""
    sentence = sentences[max(bisect.bisect_right(starts, start) - 1, 0)]
    start, end = cleaned.to_original(start, end)
    s_start, s_end = cleaned.to_original(sentence.start, sentence.end)
    if globally is not None:
        sentence = globally(sentence)
    return start + shift, end + shift, sentence, s_start + shift, s_end + shift


def _observation(document: Document, cleaned: CleanText, sentences, starts: list[int], figure: Figure, shift: int = 0,
                 globally=None) -> Observation:
    """A figure (cleaned offsets of its piece) as an observation in offsets of the whole text."""
    start, end, sentence, s_start, s_end = _located(cleaned, sentences, starts, figure.start, figure.end, shift, globally)
    year = figure_year(figure.year_ref, document.year, document.meta.reviewed_years, document.meta.planned_years)
    kind = figure_kind(figure, year, document.year, document.meta.planned_years)
    figure = figure if kind == figure.kind else dataclasses.replace(figure, kind=kind)
    return Observation(figure, year, start, end, document.text[start:end], sentence, s_start, s_end)
