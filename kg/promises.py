"""Project promises and their fates.

A project named in the plan or outlook section of a report is a promise of that report. Its fate
comes from the later reports of the same city (the promise year excluded):

- ``delivered``: a later report states Completed or InOperation;
- ``stalled``: the last two or more later reports that name it state no progress;
- ``progressing``: a later report states Started or UnderConstruction;
- ``dropped``: later reports exist and none names it;
- ``open``: no later report yet, or too little said to judge.

A later report *states progress* when it gives a construction stage (Started or beyond) or a stage
beyond the one reached so far. A phase written with the name (二期工程) makes the promise one of that
phase: mentions of another phase say nothing about it, mentions without a phase count for all.

Fates depend on several reports, so the promises live in the entity graph, not in a report graph.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.lexicon import chinese_number
from kg.resources import load_toml
from kg.vocab import STATUSES

if TYPE_CHECKING:  # kg promises and kg recurring read FATES without the pipeline (tests/test_instant.py)
    from kg.documents import Document

#: The fates, in the order tables list them.
FATES = ("delivered", "progressing", "stalled", "dropped", "open")
PROMISE_SECTIONS = frozenset({"plan", "outlook"})
_RANK = {status: rank for rank, status in enumerate(STATUSES)}
_CONSTRUCTION = _RANK["Started"]
_DONE = _RANK["Completed"]
#: Reports in a row that name a promise without progress before it counts as stalled.
STALLED_AFTER = 2


@dataclass(frozen=True)
class Promise:
    entity: str             #: the project's IRI
    city: str               #: the city of the report that made the promise
    report: str             #: report id of the promise
    year: int               #: report year of the promise
    phase: str              #: the phase promised (二期), "" for the whole project
    status: str | None      #: the most advanced status the promise states (Planned, …)
    fate: str               #: one of FATES
    later: tuple[str, ...]  #: the later reports of the city that the fate was judged against
    named_in: tuple[str, ...]  #: those of them that name the promised project (or phase)


def fate(promised_rank: int, later_ranks: list[int | None]) -> str:
    """The fate of a promise stated at ``promised_rank`` (-1: no status) given, for each later
    report of the city in order, the most advanced rank it states (-1: named without a status,
    None: not named)."""
    if not later_ranks:
        return "open"
    named = [rank for rank in later_ranks if rank is not None]
    if not named:
        return "dropped"
    if max(named) >= _DONE:
        return "delivered"
    reached, without_progress = promised_rank, 0
    for rank in named:
        if rank >= _CONSTRUCTION or rank > reached:
            reached, without_progress = max(reached, rank), 0
        else:
            without_progress += 1
    if without_progress >= STALLED_AFTER:
        return "stalled"
    if max(named) >= _CONSTRUCTION:
        return "progressing"
    return "open"


@functools.cache
def _phase_pattern() -> re.Pattern:
    return re.compile(load_toml("patterns", "projects.toml")["context"]["phase"])


def phase_of(text: str, start: int = 0, end: int | None = None) -> str:
    """The phase the name at [start, end) of ``text`` is written with, inside it (城市三维景观二期工程),
    right after it (桃花源机场二期工程, 产业大道（二期）) or right before it (第一期国家储备林项目); normalised to its
    number (第二期, 二期 and 2期 → 2期), "" when none."""
    end = len(text) if end is None else end
    pattern = _phase_pattern()
    match = (
        pattern.search(text, start, end)
        or pattern.match(text, end)
        or (pattern.match(text, end + 1) if text[end : end + 1] in ("（", "(") else None)  # 产业大道（二期）
        or next((m for m in pattern.finditer(text, max(0, start - 5), start) if m.end() == start), None)
    )
    if not match:
        return ""
    numeral = match.group().lstrip("第")[:-1]
    return f"{chinese_number(numeral)}期"


@dataclass(frozen=True)
class Sighting:
    """What one report says about one project: the sections, the phase of each mention and its
    status rank."""

    report: str
    city: str
    year: int
    section: str
    phase: str
    rank: int  # -1: no status


def derive(sightings_by_entity: dict[str, list[Sighting]], reports: dict[str, tuple[str, int]]) -> list[Promise]:
    """The promises of every report and their fates. ``reports`` maps every report id to its
    (city, year): a later report that never names the project still counts."""
    by_city: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for report, (city, year) in reports.items():
        by_city[city].append((year, report))
    for city in by_city:
        by_city[city].sort()
    promises = []
    for entity, sightings in sorted(sightings_by_entity.items()):
        promised: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
        in_report: dict[str, list[Sighting]] = defaultdict(list)
        for s in sightings:
            in_report[s.report].append(s)
            if s.section in PROMISE_SECTIONS:
                promised[s.report, s.phase].append(s)
        for (report, phase), made in sorted(promised.items()):
            city, year = reports[report]
            rank = max(s.rank for s in made)
            later = [r for y, r in by_city[city] if y > year]
            ranks = [_rank_in(in_report.get(r, ()), phase) for r in later]
            promises.append(
                Promise(
                    entity=entity, city=city, report=report, year=year, phase=phase,
                    status=STATUSES[rank] if rank >= 0 else None,
                    fate=fate(rank, ranks), later=tuple(later),
                    named_in=tuple(r for r, k in zip(later, ranks) if k is not None),
                )
            )
    return sorted(promises, key=lambda p: (p.city, p.year, p.report, p.entity, p.phase))


def _rank_in(sightings: Iterable[Sighting], phase: str) -> int | None:
    """The highest status rank among one report's sightings of the project (or of its ``phase``)."""
    ranks = [s.rank for s in sightings if not phase or not s.phase or s.phase == phase]
    return max(ranks) if ranks else None


def mention_phase(document: Document, mention) -> str:
    """:func:`phase_of` the mention's span. A document the build holds without its text (see
    :class:`kg.dataset.FullDocuments`) has its project mentions' phases noted instead, by
    ``id(mention)``, only those that name one."""
    phases = getattr(document, "phases", None)
    if phases is not None:
        return phases.get(id(mention), "")
    return phase_of(document.text, mention.start, mention.end)


def sightings(documents: list[Document], of_mention: dict[int, object]) -> dict[str, list[Sighting]]:
    """The project mentions of a build, by entity IRI (``of_mention`` from :func:`kg.resolve.resolve`)."""
    out: dict[str, list[Sighting]] = defaultdict(list)
    for document in documents:
        for mention in document.mentions:
            if mention.candidate.type != "Project":
                continue
            entity = of_mention[id(mention)]
            status = mention.candidate.status
            out[entity.iri].append(
                Sighting(
                    report=document.report_id, city=document.city, year=document.year,
                    section=mention.sentence.section, phase=mention_phase(document, mention),
                    rank=_RANK.get(status, -1) if status else -1,
                )
            )
    return out


def promises_of(documents: list[Document], of_mention: dict[int, object]) -> list[Promise]:
    reports = {d.report_id: (d.city, d.year) for d in documents}
    return derive(sightings(documents, of_mention), reports)


# -- RDF -----------------------------------------------------------------------------------------


def promise_iri(base: str, promise: Promise) -> str:
    key = f"{promise.report} {promise.entity} {promise.phase}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return f"{base}promise/{promise.report}/{digest}"


def promise_quads(promises: list[Promise], base: str, graph: ox.NamedNode, city_iris: dict[str, str]) -> list[ox.Quad]:
    """A promise is a ``kg:Promise`` (a ``schema:PlanAction``): ``schema:object`` the project,
    ``schema:agent`` the city, ``prov:wasDerivedFrom`` the report that made it, ``kg:fate`` a
    concept of ``kg:PromiseFateScheme`` and ``kg:judgedAgainst`` each later report of the city."""
    from kg.rdf import KG as K, PROV as P, RDF as R, SCHEMA as S, XSD as X, report_iri  # terms made once

    out = []

    def add(s, p, o):
        out.append(ox.Quad(s, p, o, graph))

    reports: dict[str, ox.NamedNode] = {}

    def report(report_id: str) -> ox.NamedNode:
        node = reports.get(report_id)
        if node is None:
            node = reports[report_id] = ox.NamedNode(report_iri(base, report_id))
        return node

    for promise in promises:
        node = ox.NamedNode(promise_iri(base, promise))
        add(node, R.type, K.Promise)
        add(node, S.object, ox.NamedNode(promise.entity))
        add(node, P.wasDerivedFrom, report(promise.report))
        add(node, K.promiseYear, ox.Literal(str(promise.year), datatype=X.gYear))
        add(node, K.fate, K[promise.fate])
        if promise.city in city_iris:
            add(node, S.agent, ox.NamedNode(city_iris[promise.city]))
        if promise.phase:
            add(node, K.phase, ox.Literal(promise.phase, language="zh"))
        if promise.status:
            add(node, K.status, K[promise.status])
        for report_id in promise.later:
            add(node, K.judgedAgainst, report(report_id))
    return out
