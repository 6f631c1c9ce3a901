"""Report documents: the manifest, city and year detection, and extraction of one document.

A report (one city, one year) may come as several files (a newspaper prints it over several
pages); each file is a document. Offsets are per document, into its decoded text.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pypinyin import lazy_pinyin

from kg.extractors.base import Candidate
from kg.gazetteer import load_gazetteer
from kg.nlp import DocumentContext, Relation, create_pipeline, run
from kg.reading import InputError, SourceText, read_source
from kg.sections import Sentence, SectionedText, sectionize
from kg.text import CleanText, clean

MANIFEST_NAMES = ("manifest.csv",)
_REVIEW_YEAR = re.compile(r"(20\d{2})\s*年(?:及[^\n]{0,8})?工作回顾")
_PLAN_YEAR = re.compile(r"(20\d{2})\s*年(?:工作安排|重点抓好|主要预期目标|工作的总体要求)")
_TODAY = re.compile(r"今年是(?:[^。]{0,30}?)(20\d{2})")


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


@dataclass
class Mention:
    """A mention in original-text offsets: ``document.text[start:end] == text``."""

    candidate: Candidate
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
    clean: CleanText
    sections: SectionedText
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def doc_id(self) -> str:
        return slug(self.source.path.stem)

    @property
    def report_id(self) -> str:
        return report_id(self.city, self.year)


def slug(name: str) -> str:
    """An ASCII identifier: pinyin for Chinese, lower case, hyphens."""
    words = lazy_pinyin(name)
    text = "-".join(w for w in (re.sub(r"[^0-9a-z]+", "-", w.lower()).strip("-") for w in words) if w)
    return re.sub(r"-{2,}", "-", text) or "x"


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


def read_manifest(path: Path) -> dict[str, DocumentMeta]:
    """``file → DocumentMeta`` from a manifest CSV; errors name the file and line."""
    metas: dict[str, DocumentMeta] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
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
            meta = read_manifest(manifest).get(file.name)
            if meta:
                return meta
    return DocumentMeta()


# -- detection --------------------------------------------------------------------------------


def detect_year(text: str) -> int | None:
    """The year a report was delivered, from its headings (2024年工作回顾 → 2025)."""
    votes: Counter[int] = Counter()
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


def context_for(city: str | None) -> DocumentContext:
    gazetteer = load_gazetteer()
    codes: list[str] = []
    if city:
        candidates = gazetteer.lookup(city)
        if candidates:
            division = sorted(candidates, key=lambda d: d.code)[0]
            codes = [division.code, *(d.code for d in gazetteer.ancestors(division))]
    return DocumentContext(city=city, division_codes=tuple(codes))


# -- extraction -------------------------------------------------------------------------------


def load_document(path: str | Path, meta: DocumentMeta | None = None, *, city: str | None = None,
                  year: int | None = None) -> Document:
    """Read, clean, section and extract one report file."""
    path = Path(path)
    source = read_source(path)
    meta = meta or manifest_for(path)
    cleaned = clean(source.text)
    city = city or meta.city or detect_city(cleaned.text)
    year = year or meta.year or detect_year(cleaned.text)
    if not city:
        raise InputError(f"{path}: cannot tell which city the report is about (give --city)")
    if not year:
        raise InputError(f"{path}: cannot tell the report's year (give --year)")
    sections = sectionize(cleaned, meta.initial_section)
    document = Document(source=source, meta=meta, city=city, year=year, clean=cleaned, sections=sections)
    context = context_for(city)
    doc = run(create_pipeline(), cleaned, sections, DocumentContext(city, year, context.division_codes))
    document.mentions = [_mention(document, span._.kg) for span in doc.spans["kg"]]
    document.relations = list(doc._.kg_relations)
    return document


def _mention(document: Document, candidate: Candidate) -> Mention:
    cleaned = document.clean
    start, end = cleaned.to_original(candidate.start, candidate.end)
    sentence = _sentence_of(document.sections.sentences, candidate.start)
    s_start, s_end = cleaned.to_original(sentence.start, sentence.end)
    return Mention(candidate, start, end, document.text[start:end], sentence, s_start, s_end)


def _sentence_of(sentences, position: int) -> Sentence:
    import bisect

    index = bisect.bisect_right([s.start for s in sentences], position) - 1
    return sentences[max(index, 0)]
