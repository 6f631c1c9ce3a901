"""Writing the exports: RDF (TriG, Turtle, JSON-LD), GraphML, CSV tables and the HTML views.

Every file is written to a staging folder first and moved into place with an atomic rename, so a
build that dies leaves the previous exports complete. Output is byte-identical for the same input.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.documents import Document
from kg.resolve import Entity, EntityLink
from kg.vocab import PREFIXES


class Staging:
    """A folder next to ``out`` whose files replace those of ``out`` on :meth:`commit`."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=".kg-export-", dir=self.out))

    def file(self, name: str) -> Path:
        return self.path / name

    def commit(self) -> list[Path]:
        written = []
        for file in sorted(self.path.iterdir()):
            target = self.out / file.name
            os.replace(file, target)
            written.append(target)
        self.discard()
        return written

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def write_rdf(quads: list[ox.Quad], staging: Staging) -> None:
    prefixes = {k: v for k, v in PREFIXES.items()}
    with staging.file("kg.trig").open("wb") as handle:
        ox.serialize(quads, handle, ox.RdfFormat.TRIG, prefixes=prefixes)
    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    with staging.file("kg.ttl").open("wb") as handle:
        ox.serialize(triples, handle, ox.RdfFormat.TURTLE, prefixes=prefixes)
    with staging.file("kg.jsonld").open("wb") as handle:
        ox.serialize(quads, handle, ox.RdfFormat.JSON_LD, prefixes=prefixes)


def entity_graph(entities: list[Entity], links: list[EntityLink], documents: list[Document], of_mention) -> nx.MultiDiGraph:
    """Entities as nodes; locatedIn/partOf/connects links and co-mentions (same sentence) as edges."""
    graph = nx.MultiDiGraph()
    for entity in entities:
        graph.add_node(
            entity.iri,
            label=entity.label,
            type=entity.type,
            cls=entity.cls,
            years=" ".join(map(str, entity.years)),
            mentions=len(entity.mentions),
        )
    for link in links:
        graph.add_edge(link.source.iri, link.target.iri, key=link.predicate, kind=link.predicate, weight=1)
    together: Counter[tuple[str, str]] = Counter()
    for document in documents:
        by_sentence: dict[int, set[str]] = {}
        for mention in document.mentions:
            by_sentence.setdefault(mention.sentence.start, set()).add(of_mention[id(mention)].iri)
        for iris in by_sentence.values():
            for a, b in combinations(sorted(iris), 2):
                together[(a, b)] += 1
    for (a, b), weight in sorted(together.items()):
        graph.add_edge(a, b, key="coMentioned", kind="coMentioned", weight=weight)
    return graph


def write_graphml(graph: nx.MultiDiGraph, staging: Staging) -> None:
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    staging.file("kg.graphml").write_bytes(buffer.getvalue())


def write_tables(entities: list[Entity], documents: list[Document], of_mention, staging: Staging, base: str) -> None:
    from kg.rdf import document_iri, pinyin_label

    with staging.file("entities.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "label", "type", "class", "pinyin", "alt_labels", "years", "mentions", "division_code", "definition"])
        for entity in entities:
            writer.writerow(
                [
                    entity.iri,
                    entity.label,
                    entity.type,
                    entity.cls,
                    pinyin_label(entity.label),
                    "|".join(entity.alt_labels),
                    " ".join(map(str, entity.years)),
                    len(entity.mentions),
                    entity.code or "",
                    entity.definition or "",
                ]
            )
    with staging.file("mentions.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            ["entity", "label", "type", "class", "report", "year", "document", "start", "end", "text", "section", "status", "rule", "sentence"]
        )
        for document in sorted(documents, key=lambda d: (d.report_id, d.meta.part, d.doc_id)):
            for mention in document.mentions:
                entity = of_mention[id(mention)]
                writer.writerow(
                    [
                        entity.iri,
                        entity.label,
                        entity.type,
                        entity.cls,
                        document.report_id,
                        document.year,
                        document_iri(base, document),
                        mention.start,
                        mention.end,
                        mention.text,
                        mention.sentence.section,
                        mention.candidate.status or "",
                        mention.candidate.rule,
                        document.text[mention.sentence_start : mention.sentence_end],
                    ]
                )
