"""Building the RDF dataset: one named graph per report, the entity graph and the ontology graph
(see ``docs/data-model.md``). No blank nodes; the dataset is written graph by graph as N-Quads,
each graph's lines sorted, so the same input always gives the same bytes and no step holds every
quad at once."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from pypinyin import Style, pinyin

from kg.documents import Document
from kg.lexicon import load_lexicon
from kg.promises import mention_phase, promise_quads, promises_of
from kg.resolve import Entity, EntityLink
from kg import vocab

# The ontology and shapes ship inside the package (kg/ontology links to the repository's ontology/).
ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontology"


class _Terms:
    """A namespace of :mod:`kg.vocab` whose terms are pyoxigraph nodes, each made once: rdflib's
    namespaces make and check a new ``URIRef`` at every use, a million times for 200 reports."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(str(self._namespace[name]))
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return getattr(self, name)


DCTERMS, ITSRDF, KG, NIF, PROV, QB, RDF, RDFS, SCHEMA, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, SKOS, XSD = (
    _Terms(getattr(vocab, name)) for name in (
        "DCTERMS", "ITSRDF", "KG", "NIF", "PROV", "QB", "RDF", "RDFS", "SCHEMA", "SDMX_ATTRIBUTE", "SDMX_DIMENSION",
        "SDMX_MEASURE", "SKOS", "XSD",
    )
)


class _TextTerms:
    """The terms of a :class:`_Terms` as N-Triples text (``<iri>``), each made once."""

    def __init__(self, terms: _Terms):
        self._terms = terms

    def __getattr__(self, name: str) -> str:
        text = str(getattr(self._terms, name))
        setattr(self, name, text)
        return text

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


class T:
    """The namespaces' terms as N-Triples text, for the lines of the report graphs."""

    DCTERMS, ITSRDF, KG, NIF, PROV, QB, RDF, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, SKOS, XSD = (
        _TextTerms(terms) for terms in (
            DCTERMS, ITSRDF, KG, NIF, PROV, QB, RDF, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, SKOS, XSD))


#: How N-Triples (and pyoxigraph's serialiser) write the characters of a literal that are not
#: written as they are: the quote, the backslash, the control characters and the two
#: noncharacters U+FFFE and U+FFFF (checked against pyoxigraph for every code point by the tests).
_LITERAL_ESCAPES = {
    **{code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)},
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\",
}


#: Whether a text holds a character of :data:`_LITERAL_ESCAPES`: one search in C, where
#: ``str.translate`` looks every character up in the table (17 µs for a sentence of 100 characters
#: against 1.4 µs; most literals have nothing to escape, the others a few characters: a document's
#: text its line ends).
_NEEDS_ESCAPE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_LITERAL_ESCAPES)) + "]")
_ESCAPE_OF = {chr(code): text for code, text in _LITERAL_ESCAPES.items()}


def _escape(match: re.Match) -> str:
    return _ESCAPE_OF[match.group()]


def _lit_text(value, datatype: str | None = None, language: str | None = None) -> str:
    """:func:`_lit` as N-Triples text: the same text ``str()`` of that literal gives (language
    tags in lower case; an ``xsd:string`` literal without its datatype). ``datatype`` as text."""
    text = str(value)
    if type(value) is not int and _NEEDS_ESCAPE.search(text):  # an int's digits need no escape
        text = _NEEDS_ESCAPE.sub(_escape, text)
    text = f'"{text}"'
    if language:
        return f"{text}@{language.lower()}"
    if datatype is not None and datatype != T.XSD.string:
        return f"{text}^^{datatype}"
    return text


def _n(term) -> ox.NamedNode:
    return term if isinstance(term, ox.NamedNode) else ox.NamedNode(str(term))


def _lit(value, datatype=None, language=None) -> ox.Literal:
    if language:
        return ox.Literal(str(value), language=language)
    if datatype is not None:
        return ox.Literal(str(value), datatype=_n(datatype))
    return ox.Literal(str(value))


@dataclass(frozen=True)
class GraphNames:
    base: str

    @property
    def ontology(self) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/ontology")

    @property
    def entities(self) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/entities")

    def report(self, report_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/report/{report_id}")


def report_iri(base: str, report_id: str) -> str:
    return f"{base}report/{report_id}"


def document_iri(base: str, document: Document) -> str:
    return f"{report_iri(base, document.report_id)}/{document.doc_id}"


@lru_cache(maxsize=1 << 16)  # the RDF and entities.csv both spell every entity's label
def pinyin_label(label: str) -> str:
    """桑龙高速 → Sānglóng Gāosù (words from the segmenter, syllables with tone marks)."""
    words = []
    for word in load_lexicon().segment(label):
        syllables = "".join(s[0] for s in pinyin(word, style=Style.TONE, errors="default"))
        words.append(syllables[:1].upper() + syllables[1:])
    return " ".join(w for w in words if w.strip())


def ontology_quads(names: GraphNames, ontology_dir: Path = ONTOLOGY_DIR) -> list[ox.Quad]:
    path = ontology_dir / "kg.ttl"
    with path.open("rb") as handle:
        return [ox.Quad(t.subject, t.predicate, t.object, names.ontology) for t in ox.parse(handle, format=ox.RdfFormat.TURTLE)]


def dataset_graphs(
    documents: list[Document],
    entities: list[Entity],
    of_mention: dict[int, Entity],
    links: list[EntityLink],
    base: str,
    city_entities: dict[str, Entity],
    source_root: Path | None = None,
) -> Iterator[list[ox.Quad]]:
    """The quads of each named graph, one graph at a time, in the order of the graphs' IRIs: a
    caller that writes each graph before asking for the next never holds the whole dataset."""
    names = GraphNames(base)
    by_report: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_report[document.report_id].append(document)
    city_iris = {city: entity.iri for city, entity in city_entities.items()}

    def report_graph(report_id: str) -> list[ox.Quad]:
        parts = by_report[report_id]
        iris = [[of_mention[id(m)].iri for m in d.mentions] for d in parts]
        return report_quads(names, report_id, parts, iris, city_iris.get(parts[0].city), source_root)

    makers = {
        names.entities.value: lambda: entity_graph_quads(names, documents, entities, of_mention, links, city_iris),
        names.ontology.value: lambda: ontology_quads(names),
    }
    for report_id in by_report:
        makers[names.report(report_id).value] = partial(report_graph, report_id)
    for iri in sorted(makers, key=graph_order):
        yield makers[iri]()


def graph_order(iri: str) -> bytes:
    """Where a named graph's lines go in the dataset file: in the order of the graphs' IRIs as
    N-Quads writes them."""
    return f"<{iri}>".encode()


def entity_graph_quads(names: GraphNames, documents, entities, of_mention, links, city_iris: dict[str, str]) -> list[ox.Quad]:
    """The entity graph: the entities, their links, the phases of projects and the promises."""
    return [quad for run in entity_graph_runs(names, documents, entities, of_mention, links, city_iris) for quad in run]


#: Promises made into quads at once by :func:`entity_graph_runs`.
PROMISE_RUN = 10_000


def entity_graph_runs(names: GraphNames, documents, entities, of_mention, links, city_iris: dict[str, str],
                      size: int | None = None) -> Iterator[list[ox.Quad]]:
    """The quads of :func:`entity_graph_quads` in lists of at most ``size`` quads (all in one
    list without it), each made when asked for: a caller that writes each list away before
    asking for the next holds a run of the entity graph, not the whole of it."""
    def quads() -> Iterator[ox.Quad]:
        yield from _entity_quad_stream(names, entities, links, names.base)
        yield from _phase_quads(names, documents, of_mention, names.base)
        promises = promises_of(documents, of_mention)
        for start in range(0, len(promises), PROMISE_RUN):
            yield from promise_quads(promises[start : start + PROMISE_RUN], names.base, names.entities, city_iris)

    stream = quads()
    while run := list(islice(stream, size)):
        yield run


def report_quads(names: GraphNames, report_id: str, parts: list[Document], iris: list[list[str]], city_iri: str | None,
                 source_root: Path | None) -> list[ox.Quad]:
    """A report's named graph. ``iris[i][j]`` is the IRI of the entity of ``parts[i].mentions[j]``
    and ``city_iri`` that of the report's city: with the documents, all the graph depends on, so
    that it can be made in another process and kept per report (:mod:`kg.dataset`)."""
    return list(ox.parse(report_lines(names, report_id, parts, iris, city_iri, source_root), format=ox.RdfFormat.N_QUADS))


def report_lines(names: GraphNames, report_id: str, parts: list[Document], iris: list[list[str]], city_iri: str | None,
                 source_root: Path | None) -> bytes:
    """:func:`report_quads` as :func:`nquads_lines` writes them. The lines are written as text
    here (:func:`_lit_text`), as pyoxigraph's serialiser writes them: a report graph is nine tenths
    of the dataset, and making a pyoxigraph term and quad of each costs three times as much."""
    graph = f"<{names.report(report_id).value}>"
    by_subject: dict[str, list[str]] = {}

    def add(s: str, p: str, o: str) -> None:
        line = f"{s} {p} {o} {graph} .\n"
        held = by_subject.get(s)
        if held is None:
            by_subject[s] = [line]
        else:
            held.append(line)

    sentences: set = set()
    _report_lines(add, sentences, names, report_id, parts, iris, city_iri, source_root)
    _indicator_lines(add, sentences, names, report_id, parts, city_iri)
    # In code point order, which is the order of their UTF-8 bytes, without repeats: subject by
    # subject (a line's subject ends with the first ">", a character no IRI holds, so two lines
    # of different subjects are in the order of their subjects), then each subject's few lines.
    # Sorting the subjects (a sixth of the lines) costs far less than sorting all the lines.
    return "".join([line for subject in sorted(by_subject) for line in sorted(set(by_subject[subject]))]).encode()


def nquads_lines(quads: list[ox.Quad]) -> bytes:
    """One graph's quads as N-Quads lines, without duplicates and sorted by their bytes."""
    return b"".join(sorted(set(ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True))))


def write_nquads(graphs: Iterable[list[ox.Quad]], handle: BinaryIO) -> int:
    """Write each graph's quads as N-Quads lines, without duplicates and sorted by their bytes
    (so the same input gives the same file); returns the number of quads."""
    count = 0
    for quads in graphs:
        lines = nquads_lines(quads)
        handle.write(lines)
        count += lines.count(b"\n")
    return count


def _add_sentence(add, doc: str, document, item, written: set | None = None) -> str:
    """The NIF sentence of a mention or an observation (its text, offsets and section), through
    the ``add`` of the graph being written (terms as N-Triples text; ``doc`` an IRI). With
    ``written``, the sentences written so far (of this graph): a sentence is written once, not
    once for each of its mentions (the lines are the same; a fifth of a report graph's lines)."""
    sentence = f"{doc}#sentence={item.sentence_start},{item.sentence_end}"
    term = f"<{sentence}>"
    if written is not None:
        seen = (id(document), item.sentence_start, item.sentence_end, item.sentence.section)
        if seen in written:
            return term
        written.add(seen)
    add(term, T.RDF.type, T.NIF.Sentence)
    add(term, T.NIF.referenceContext, f"<{doc}>")
    add(term, T.NIF.beginIndex, _lit_text(item.sentence_start, T.XSD.nonNegativeInteger))
    add(term, T.NIF.endIndex, _lit_text(item.sentence_end, T.XSD.nonNegativeInteger))
    add(term, T.NIF.anchorOf, _lit_text(document.text[item.sentence_start : item.sentence_end]))
    add(term, T.KG.section, T.KG[item.sentence.section])
    return term


def _add_phrase(add, node: str, doc: str, sentence: str, item) -> None:
    """``node`` (a term's text) as the NIF phrase of a mention or an observation: its span of ``doc``."""
    add(node, T.RDF.type, T.NIF.Phrase)
    add(node, T.NIF.referenceContext, f"<{doc}>")
    add(node, T.NIF.sentence, sentence)
    add(node, T.NIF.beginIndex, _lit_text(item.start, T.XSD.nonNegativeInteger))
    add(node, T.NIF.endIndex, _lit_text(item.end, T.XSD.nonNegativeInteger))
    add(node, T.NIF.anchorOf, _lit_text(item.text))


def _report_lines(add, sentences: set, names, report_id, parts, iris, city_iri, source_root) -> None:
    """The report graph's lines but for its figures, through ``add`` (see :func:`report_lines`)."""
    first = parts[0]
    report = f"<{report_iri(names.base, report_id)}>"
    add(report, T.RDF.type, T.KG.Report)
    add(report, T.DCTERMS.title, _lit_text(f"{first.city}{first.year}年政府工作报告", language="zh"))
    add(report, T.KG.reportYear, _lit_text(first.year, T.XSD.gYear))
    reviewed = sorted({y for d in parts for y in d.meta.reviewed_years}) or [first.year - 1]
    planned = sorted({y for d in parts for y in d.meta.planned_years}) or [first.year]
    for year in reviewed:
        add(report, T.KG.reviewsYear, _lit_text(year, T.XSD.gYear))
    for year in planned:
        add(report, T.KG.plansYear, _lit_text(year, T.XSD.gYear))
    if city_iri is not None:
        add(report, T.KG.city, f"<{city_iri}>")
    iris_of = {id(document): document_iris for document, document_iris in zip(parts, iris)}
    for document in sorted(parts, key=lambda d: (d.meta.part, d.doc_id)):
        doc_iri = document_iri(names.base, document)
        doc = f"<{doc_iri}>"
        add(report, T.DCTERMS.hasPart, doc)
        add(doc, T.RDF.type, T.KG.ReportDocument)
        add(doc, T.RDF.type, T.NIF.Context)
        add(doc, T.NIF.isString, _lit_text(document.text))
        add(doc, T.NIF.beginIndex, _lit_text(0, T.XSD.nonNegativeInteger))
        add(doc, T.NIF.endIndex, _lit_text(len(document.text), T.XSD.nonNegativeInteger))
        add(doc, T.DCTERMS.isPartOf, report)
        add(doc, T.DCTERMS.source, _lit_text(_source_name(document.source.path, source_root)))
        add(doc, T.KG.encoding, _lit_text(document.source.encoding))
        add(doc, T.KG.partNumber, _lit_text(document.meta.part, T.XSD.integer))
        shared = Counter((m.start, m.end) for m in document.mentions)
        for mention, entity_iri in zip(document.mentions, iris_of[id(document)]):
            sentence = _add_sentence(add, doc_iri, document, mention, sentences)
            node = f"{doc_iri}#char={mention.start},{mention.end}"
            if shared[mention.start, mention.end] > 1:
                # 久瑞生物 names a project and its company: one mention node per type on that string.
                node = f"{node}&type={mention.candidate.type.lower()}"
            node = f"<{node}>"
            add(node, T.RDF.type, T.KG.Mention)
            _add_phrase(add, node, doc_iri, sentence, mention)
            add(node, T.ITSRDF.taIdentRef, f"<{entity_iri}>")
            add(node, T.KG.report, report)
            add(node, T.KG.reportYear, _lit_text(document.year, T.XSD.gYear))
            add(node, T.KG.section, T.KG[mention.sentence.section])
            add(node, T.KG.extractedBy, _lit_text(mention.candidate.rule))
            if mention.candidate.status:
                add(node, T.KG.status, T.KG[mention.candidate.status])
            phase = _phase(document, mention)
            if phase:  # the status it states is the phase's (一期 finished, 二期 prepared)
                add(node, T.KG.namesPhase, f"<{phase_iri(entity_iri, phase)}>")


def _phase(document: Document, mention) -> str:
    """The phase of its project a mention names (二期 of 桃花源机场二期工程), "" for the whole."""
    if mention.candidate.type != "Project":
        return ""
    return mention_phase(document, mention)


def phase_iri(entity_iri: str, phase: str) -> str:
    return f"{entity_iri}/phase-{phase.removesuffix('期')}"


def _phase_quads(names: GraphNames, documents: list[Document], of_mention, base: str) -> list[ox.Quad]:
    """Each phase of a project reported on its own (kg:ProjectPhase): part of the project
    (kg:partOf, a dcterms:isPartOf), so that each phase keeps its own status and the project's never runs back."""
    reports: dict[tuple[str, str], set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for document in documents:
        for mention in document.mentions:
            phase = _phase(document, mention)
            if phase:
                entity = of_mention[id(mention)]
                reports[(entity.iri, phase)].add(document.report_id)
                labels[entity.iri] = entity.label
    out = []
    for (entity_iri, phase), report_ids in sorted(reports.items()):
        node = ox.NamedNode(phase_iri(entity_iri, phase))
        label = f"{labels[entity_iri]}（{phase}）"
        for p, o in [
            (RDF.type, _n(KG.ProjectPhase)),
            (SKOS.prefLabel, _lit(label, language="zh")),
            (RDFS.label, _lit(label, language="zh")),
            (KG.partOf, ox.NamedNode(entity_iri)),
            (KG.phase, _lit(phase, language="zh")),
            *((KG.mentionedIn, ox.NamedNode(report_iri(base, r))) for r in sorted(report_ids)),
        ]:
            out.append(ox.Quad(node, _n(p), o, names.entities))
    return out


def dataset_iri(base: str, city: str) -> str:
    from kg.documents import city_slug

    return f"{base}dataset/{city_slug(city)}"


def unit_iri(base: str, unit: str) -> str:
    from kg.documents import slug

    return f"{base}unit/{'percent' if unit == '%' else slug(unit)}"


def _decimal(value: float) -> str:
    """A fixed xsd:decimal lexical form (no exponent, no float noise)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _indicator_lines(add, sentences: set, names: GraphNames, report_id: str, parts: list[Document], city_iri: str | None) -> None:
    """The report's stated figures as RDF Data Cube observations (``kg:IndicatorObservation``) in
    the city's ``qb:DataSet``, each derived from the NIF phrase that states it (lines through
    ``add``, see :func:`report_lines`)."""
    first = parts[0]
    report = f"<{report_iri(names.base, report_id)}>"
    dataset = f"<{dataset_iri(names.base, first.city)}>"
    city = f"<{city_iri}>" if city_iri is not None else None
    if not any(d.observations for d in parts):
        return
    add(dataset, T.RDF.type, T.KG.IndicatorDataSet)
    add(dataset, T.RDF.type, T.QB.DataSet)
    add(dataset, T.QB.structure, T.KG.IndicatorStructure)
    add(dataset, T.DCTERMS.title, _lit_text(f"{first.city}政府工作报告中的指标", language="zh"))
    if city is not None:
        add(dataset, T.SDMX_DIMENSION.refArea, city)
    for document in parts:
        doc_iri = document_iri(names.base, document)
        seen: Counter = Counter()
        for item in document.observations:
            figure = item.figure
            seen[item.start, item.end] += 1
            sentence = _add_sentence(add, doc_iri, document, item, sentences)
            phrase = f"<{doc_iri}#char={item.start},{item.end}>"
            _add_phrase(add, phrase, doc_iri, sentence, item)
            node = f"{doc_iri}#figure={item.start},{item.end}"
            if seen[item.start, item.end] > 1:  # 旅游接待人次、旅游总收入分别增长40%: one span, two figures
                node = f"{node}&n={seen[item.start, item.end]}"
            node = f"<{node}>"
            add(node, T.RDF.type, T.KG.IndicatorObservation)
            add(node, T.RDF.type, T.QB.Observation)
            add(node, T.QB.dataSet, dataset)
            add(node, T.SDMX_DIMENSION.refPeriod, _lit_text(item.year, T.XSD.gYear))
            if city is not None:
                add(node, T.SDMX_DIMENSION.refArea, city)
            add(node, T.KG.indicatorLabel, _lit_text(figure.label, language="zh"))
            add(node, T.KG.observationKind, T.KG[figure.kind])
            add(node, T.KG.measureType, T.KG[figure.measure])
            add(node, T.SDMX_MEASURE.obsValue, _lit_text(_decimal(figure.value), T.XSD.decimal))
            add(node, T.KG.normalisedValue, _lit_text(_decimal(figure.normalised), T.XSD.decimal))
            unit = f"<{unit_iri(names.base, figure.unit)}>"
            add(node, T.SDMX_ATTRIBUTE.unitMeasure, unit)
            add(unit, T.RDF.type, T.SKOS.Concept)
            add(unit, T.SKOS.inScheme, T.KG.UnitScheme)
            add(unit, T.SKOS.prefLabel, _lit_text(figure.unit, language="zh"))
            if figure.code:
                add(node, T.KG.indicator, T.KG[f"indicator-{figure.code}"])
            if figure.qualifier:
                add(node, T.KG.qualifier, _lit_text(figure.qualifier, language="zh"))
            add(node, T.PROV.wasDerivedFrom, phrase)
            add(node, T.KG.report, report)
            add(node, T.KG.extractedBy, _lit_text(figure.rule))


def _source_name(path: Path, root: Path | None) -> str:
    path = path.resolve()
    if root is not None:
        try:
            return path.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def _entity_quads(names: GraphNames, entities: list[Entity], links: list[EntityLink], base: str) -> list[ox.Quad]:
    return list(_entity_quad_stream(names, entities, links, base))


def _entity_quad_stream(names: GraphNames, entities: list[Entity], links: list[EntityLink], base: str) -> Iterator[ox.Quad]:
    """The entities' quads and their links', entity by entity."""
    from kg.gazetteer import load_gazetteer

    graph = names.entities
    out: list[ox.Quad] = []

    def add(s, p, o):
        out.append(ox.Quad(s, _n(p), o, graph))

    gazetteer = load_gazetteer()
    for entity in entities:
        yield from out
        out.clear()
        node = ox.NamedNode(entity.iri)
        label = entity.label
        add(node, RDF.type, _n(KG[entity.cls]))
        add(node, SKOS.prefLabel, _lit(label, language="zh"))
        add(node, RDFS.label, _lit(label, language="zh"))
        add(node, SKOS.prefLabel, _lit(pinyin_label(label), language="zh-Latn-pinyin"))
        for alt in entity.alt_labels:
            add(node, SKOS.altLabel, _lit(alt, language="zh"))
        for report_id in sorted({d.report_id for d, _ in entity.mentions} | entity.extra_reports):
            add(node, KG.mentionedIn, ox.NamedNode(report_iri(base, report_id)))
        if entity.definition:
            add(node, SKOS.definition, _lit(entity.definition, language="zh"))
        if len(entity.surfaces) > 1:  # which rule brought which names together, for the record
            for rule, surfaces in sorted(entity.merges.items()):
                add(node, KG.mergeRule, _lit(f"{rule}: {' | '.join(sorted(surfaces))}"))
        if entity.code:
            add(node, KG.divisionCode, _lit(entity.code))
            division = gazetteer.by_code(entity.code)
            if division and division.lat is not None and division.lon is not None:
                add(node, SCHEMA.latitude, _lit(f"{division.lat:.6f}", XSD.decimal))
                add(node, SCHEMA.longitude, _lit(f"{division.lon:.6f}", XSD.decimal))
    yield from out
    for link in links:
        yield ox.Quad(ox.NamedNode(link.source.iri), _n(KG[link.predicate]), ox.NamedNode(link.target.iri), graph)

