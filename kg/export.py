"""Writing the exports: RDF (TriG, Turtle, JSON-LD), GraphML, CSV tables and the HTML views.

Every file is written to a staging folder first, and the whole set takes the place of the previous
one in one atomic step (:class:`Staging`), so a build that dies at any moment leaves the previous
exports complete. Output is byte-identical for the same input.
"""

from __future__ import annotations

import bisect
import csv
import functools
import heapq
import io
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, combinations
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.store import (
    crash_point,
    fsync_dir,
    install_dir,
    real_target,
    recover_dir,
    staging_dir,
)
from kg.vocab import PREFIXES

if TYPE_CHECKING:  # the pipeline and networkx are not needed to tell that a build is up to date
    import networkx as nx

    from kg.documents import Document
    from kg.resolve import Entity, EntityLink


class Staging:
    """The exports of one build, written to a hidden folder next to ``out``.

    :meth:`commit` switches the whole set in at once: the staging folder receives hard links to
    the other files of ``out`` (anything that is not an export) and then takes the place of
    ``out`` in one atomic step (:func:`kg.store.install_dir`). A build killed at any moment
    leaves ``out`` holding all of the previous exports or all of the new ones.

    Where ``out`` cannot be switched as a folder (it holds sub-folders, or it is a mount point),
    the files are renamed into place one by one after a journal listing them is written; a build
    interrupted between two renames is finished by :func:`recover_exports` at the start of the
    next build.
    """

    def __init__(self, out: Path):
        self.out = real_target(Path(out))
        recover_exports(self.out)
        self.path = staging_dir(self.out)

    def file(self, name: str) -> Path:
        return self.path / name

    def commit(self) -> list[Path]:
        names = sorted(p.name for p in self.path.iterdir())
        crash_point("before-exports-switch")
        if self._switchable():
            self._carry_over(names)
            os.chmod(self.path, self.out.stat().st_mode & 0o7777 if self.out.exists() else _default_dir_mode())
            install_dir(self.path, self.out)
        else:
            self._replace_files(names)
        crash_point("after-exports-switch")
        return [self.out / name for name in names]

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def _switchable(self) -> bool:
        if not self.out.exists():
            return True
        if not self.out.is_dir() or os.path.ismount(self.out):
            return False
        return not any(p.is_dir() and not p.is_symlink() for p in self.out.iterdir())

    def _carry_over(self, names: list[str]) -> None:
        """Hard links (or copies) of what else is in ``out``, so that switching loses nothing."""
        if not self.out.exists():
            return
        ours = set(names)
        for entry in sorted(self.out.iterdir()):
            # an export this build did not write is not carried over either: no stale
            # kg.jsonld next to a new kg.trig
            if entry.name in ours or entry.name in EXPORT_FILES or entry.name == JOURNAL:
                continue
            target = self.path / entry.name
            try:
                os.link(entry, target, follow_symlinks=False)
            except OSError:
                if entry.is_symlink():
                    os.symlink(os.readlink(entry), target)
                else:
                    shutil.copy2(entry, target)

    def _replace_files(self, names: list[str]) -> None:
        """Journalled one-by-one replacement, for an ``out`` that cannot be switched whole."""
        self.out.mkdir(parents=True, exist_ok=True)
        inner = Path(tempfile.mkdtemp(prefix=".kg-export-", dir=self.out))
        for name in names:
            shutil.move(str(self.path / name), inner / name)
        fsync_dir(inner)
        journal = self.out / JOURNAL
        temporary = journal.with_name(journal.name + ".tmp")
        temporary.write_text(json.dumps({"staging": inner.name, "files": names}), encoding="utf-8")
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, journal)  # from here on, the next build rolls forward
        for number, name in enumerate(names):
            os.replace(inner / name, self.out / name)
            if number == 0:
                crash_point("between-file-renames")
        journal.unlink()
        for stale in sorted(EXPORT_FILES - set(names)):
            (self.out / stale).unlink(missing_ok=True)
        shutil.rmtree(inner, ignore_errors=True)
        self.discard()


#: The journal of an interrupted one-by-one replacement (see :class:`Staging`).
JOURNAL = ".kg-commit.json"


def recover_exports(out: Path) -> None:
    """Before a build: finish what an interrupted build left (see :class:`Staging`)."""
    out = Path(out)
    recover_dir(out)
    if not out.is_dir():
        return
    journal = out / JOURNAL
    if journal.exists():
        try:
            data = json.loads(journal.read_text(encoding="utf-8"))
            inner = out / data["staging"]
            files = [str(name) for name in data["files"]]
        except (OSError, ValueError, KeyError, TypeError):
            data = None  # written half: the renames had not started
        if data is not None:
            for name in files:
                if (inner / name).exists():
                    os.replace(inner / name, out / name)
        journal.unlink()
    for stale in [*out.glob(".kg-export-*"), *out.glob(JOURNAL + ".tmp")]:
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def _default_dir_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o777 & ~mask


#: What ``kg build --exports`` chooses from, and the files each choice writes.
EXPORTS: dict[str, tuple[str, ...]] = {
    "trig": ("kg.trig",),
    "ttl": ("kg.ttl",),
    "jsonld": ("kg.jsonld",),
    "graphml": ("kg.graphml",),
    "csv": ("entities.csv", "mentions.csv"),
    "graph": ("graph.html",),
    "timeline": ("timeline.html",),
}
#: Every file the command-line contract (docs/cli.md) lists. Corpora leave out JSON-LD, the largest
#: file by far (100 MB for 160 reports), with ``--exports trig,csv,graph,timeline``.
DEFAULT_EXPORTS = ("trig", "ttl", "jsonld", "graphml", "csv", "graph", "timeline")
EXPORT_FILES = frozenset(name for names in EXPORTS.values() for name in names)
#: What a build writes into ``out`` by default (``kg add`` with nothing new checks that they are all there).
DEFAULT_FILES = tuple(sorted(name for choice in DEFAULT_EXPORTS for name in EXPORTS[choice]))


def export_choice(text: str) -> tuple[str, ...]:
    """``"trig,csv"``, ``"default"``, ``"all"`` or ``"none"`` → the choices,
    in :data:`EXPORTS` order; ValueError names an unknown one."""
    chosen: set[str] = set()
    for item in (part.strip().lower() for part in text.split(",")):
        if item == "all":
            chosen.update(EXPORTS)
        elif item == "default":
            chosen.update(DEFAULT_EXPORTS)
        elif item in EXPORTS:
            chosen.add(item)
        elif item not in ("none", ""):
            raise ValueError(f"unknown export {item!r} (choose from {', '.join(EXPORTS)}, default, all, none)")
    return tuple(name for name in EXPORTS if name in chosen)


def write_rdf(nquads: Path, staging: Staging, exports=("trig", "ttl", "jsonld")) -> None:
    """The RDF exports, streamed from the build's N-Quads file (sorted per graph, see
    :func:`kg.rdf.write_nquads`): no export holds the dataset in memory. The Turtle file's triples
    are merged from the file's graphs (:func:`_merged_triples`; past :data:`MERGE_FAN_IN` graphs
    in rounds through files in the N-Quads file's folder, a scratch folder of the build)."""
    prefixes = dict(PREFIXES)
    for choice, name, form in (("trig", "kg.trig", ox.RdfFormat.TRIG), ("jsonld", "kg.jsonld", ox.RdfFormat.JSON_LD)):
        if choice in exports:
            with staging.file(name).open("wb") as handle:
                ox.serialize(ox.parse(path=nquads, format=ox.RdfFormat.N_QUADS), handle, form, prefixes=prefixes)
    if "ttl" in exports:
        # the triples, merged in order, go to the serialiser a block at a time
        blocks = (ox.parse(b"".join(block), format=ox.RdfFormat.N_TRIPLES) for block in _merged_triples(nquads, nquads.parent))
        with staging.file("kg.ttl").open("wb") as handle:
            ox.serialize(chain.from_iterable(blocks), handle, ox.RdfFormat.TURTLE, prefixes=prefixes)


#: The RDF exports whose text is the text of each named graph in turn (after TriG's prefixes, and
#: inside JSON-LD's list): :mod:`kg.dataset` writes them graph by graph, in the processes that make
#: the graphs, and keeps each report's text with its lines.
GRAPH_BY_GRAPH = {"trig": ("kg.trig", ox.RdfFormat.TRIG), "jsonld": ("kg.jsonld", ox.RdfFormat.JSON_LD)}


def graph_text(lines: bytes | list[ox.Quad], choice: str) -> bytes:
    """One named graph's part of the ``choice`` export (:data:`GRAPH_BY_GRAPH`), from its sorted
    N-Quads lines (or those lines parsed, to parse them once for both exports): the same bytes the
    whole dataset's serialisation has for that graph."""
    buffer = io.BytesIO()
    quads = ox.parse(lines, format=ox.RdfFormat.N_QUADS) if isinstance(lines, bytes) else lines
    ox.serialize(quads, buffer, GRAPH_BY_GRAPH[choice][1], prefixes=dict(PREFIXES))
    text = buffer.getvalue()
    if choice == "jsonld":
        return text[1:-1]  # the graph's object, without the brackets of the list
    return text[len(_trig_prefixes()):]


@functools.cache
def _trig_prefixes() -> bytes:
    """The ``@prefix`` lines that open a TriG file (every prefix of :data:`PREFIXES`, used or not)."""
    buffer = io.BytesIO()
    quad = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"), ox.NamedNode("urn:x:g"))
    ox.serialize([quad], buffer, ox.RdfFormat.TRIG, prefixes=dict(PREFIXES))
    lines = buffer.getvalue().splitlines(keepends=True)
    return b"".join(line for line in lines if line.startswith(b"@prefix "))


class GraphByGraph:
    """The exports of :data:`GRAPH_BY_GRAPH` chosen in ``exports``, written into ``staging`` one
    graph's text (:func:`graph_text`) at a time."""

    def __init__(self, staging: Staging, exports):
        self.choices = tuple(choice for choice in GRAPH_BY_GRAPH if choice in exports)
        self._handles = {choice: staging.file(GRAPH_BY_GRAPH[choice][0]).open("wb") for choice in self.choices}
        self._first = True

    def write(self, texts: dict[str, bytes]) -> None:
        for choice, handle in self._handles.items():
            if self._first:
                handle.write(_trig_prefixes() if choice == "trig" else b"[")
            elif choice == "jsonld":
                handle.write(b",")
            handle.write(texts[choice])
        self._first = False

    def write_file(self, nquads: Path) -> None:
        """:meth:`write` for a graph whose sorted N-Quads lines are the file ``nquads`` (a graph
        too large to hold: its text is serialised straight into the exports)."""
        for choice, handle in self._handles.items():
            if self._first:
                handle.write(_trig_prefixes() if choice == "trig" else b"[")
            elif choice == "jsonld":
                handle.write(b",")
            # the text graph_text gives: the serialisation without TriG's prefixes or JSON-LD's brackets
            head, tail = (len(_trig_prefixes()), 0) if choice == "trig" else (1, 1)
            trimmed = _Trimmed(handle, head, tail)
            ox.serialize(ox.parse(path=nquads, format=ox.RdfFormat.N_QUADS), trimmed, GRAPH_BY_GRAPH[choice][1],
                         prefixes=dict(PREFIXES))
        self._first = False

    def close(self) -> None:
        for choice, handle in self._handles.items():
            if choice == "jsonld":
                handle.write(b"]" if not self._first else b"[]")
            handle.close()


class _Trimmed:
    """A stream that passes on what is written to it but its first ``head`` and last ``tail`` bytes."""

    def __init__(self, out, head: int, tail: int):
        self._out, self._head, self._tail = out, head, tail
        self._held = b""

    def write(self, data: bytes) -> int:
        size = len(data)
        if self._head:
            skipped = min(self._head, len(data))
            data, self._head = data[skipped:], self._head - skipped
        data = self._held + bytes(data)
        cut = max(len(data) - self._tail, 0)
        self._out.write(data[:cut])
        self._held = data[cut:]
        return size

    def flush(self) -> None:
        pass


#: Graphs' lines merged at once by :func:`_merged_triples` (an open file each); more are merged in rounds.
MERGE_FAN_IN = 256
#: Bytes of a graph's lines read at once by each of the files being merged (the merge holds one
#: such block of each).
MERGE_READ = 1 << 17


def _graph_segments(nquads: Path) -> list[tuple[int, int, int]]:
    """(start, end, length of the graph's suffix `` <g> .\n``) of each named graph's lines in the
    dataset file ``nquads``, whose graphs are written one after the other (:mod:`kg.dataset`). A
    graph's last line is found with ``rfind`` of its suffix: an IRI holds no space or ``<`` and a
    literal no raw newline, so the suffix only ever ends a line of that graph."""
    segments = []
    start = offset = 0  # where the current graph starts; the file offset of ``chunk``
    suffix = None  # the current graph's suffix
    rest = b""
    with nquads.open("rb") as handle:
        while data := handle.read(1 << 22):
            data = rest + data
            cut = data.rfind(b"\n") + 1
            chunk, rest = data[:cut], data[cut:]
            position = 0
            while position < len(chunk):
                if suffix is None:
                    line_end = chunk.index(b"\n", position) + 1
                    suffix = chunk[chunk.rindex(b" <", position, line_end) : line_end]
                last = chunk.rfind(suffix, position)
                if last == -1:  # the graph ended with the last chunk
                    segments.append((start, offset + position, len(suffix)))
                    start, suffix = offset + position, None
                    continue
                position = last + len(suffix)
                if position < len(chunk):  # another graph follows in this chunk
                    segments.append((start, offset + position, len(suffix)))
                    start, suffix = offset + position, None
            offset += len(chunk)
    if suffix is not None:
        segments.append((start, offset, len(suffix)))
    return segments


def _segment_triples(nquads: Path, start: int, end: int, suffix: int) -> Iterator[list[bytes]]:
    """The lines of one graph of ``nquads`` as N-Triples lines (``suffix`` bytes of graph cut), a
    block of about :data:`MERGE_READ` bytes at a time."""
    with nquads.open("rb") as handle:
        handle.seek(start)
        left, rest = end - start, b""
        while left > 0:
            data = rest + handle.read(min(left, MERGE_READ))
            left = end - handle.tell()
            cut = data.rfind(b"\n") + 1
            rest = data[cut:]
            if cut:
                yield [line[: -suffix] + b" .\n" for line in data[:cut].splitlines(keepends=True)]


def _merged_triples(nquads: Path, scratch: Path) -> Iterator[list[bytes]]:
    """The triples of the dataset file ``nquads`` as N-Triples lines, sorted by their bytes and
    without repeats, in blocks. Each graph's N-Quads lines are sorted by their bytes, and so are its
    triples' lines: all the lines of a graph end with the same `` <g> .\n``, and a triple's text
    followed by a space compares with another as the triple's text does. So the graphs' lines are
    merged, not sorted; with more than :data:`MERGE_FAN_IN` graphs, in rounds through files of
    ``scratch``."""
    sources: list[Iterator[list[bytes]]] = [_segment_triples(nquads, *segment) for segment in _graph_segments(nquads)]
    rounds = 0
    while len(sources) > MERGE_FAN_IN:
        merged = []
        for number in range(0, len(sources), MERGE_FAN_IN):
            path = scratch / f"triples.merge-{rounds}-{number}"
            with path.open("wb") as handle:
                for block in _merge_blocks(sources[number : number + MERGE_FAN_IN]):
                    handle.writelines(block)
            merged.append(_file_blocks(path))
        sources, rounds = merged, rounds + 1
    yield from _merge_blocks(sources)


def _file_blocks(path: Path) -> Iterator[list[bytes]]:
    """The lines of ``path``, a block at a time; the file is removed once they are read."""
    with path.open("rb") as handle:
        while block := handle.readlines(MERGE_READ):
            yield block
    path.unlink()


def _merge_blocks(sources: list[Iterator[list[bytes]]]) -> Iterator[list[bytes]]:
    """The lines of ``sources`` (each sorted, without repeats, given in blocks) sorted and without
    repeats, in blocks: each block holds every line up to the smallest of the last lines of the
    sources' current blocks (so no line after it can come before it or repeat it), sorted at once."""
    # (block, where its unread lines begin, source): a block is read from, never copied, so the
    # work stays linear in the lines however many sources there are
    current = [(block, 0, source) for source in sources if (block := _next_block(source))]
    while current:
        bound = min(block[-1] for block, _, _ in current)
        out: list[bytes] = []
        left = []
        for block, start, source in current:
            cut = bisect.bisect_right(block, bound, start)
            out += block[start:cut]
            if cut < len(block):
                left.append((block, cut, source))
            elif block := _next_block(source):
                left.append((block, 0, source))
        current = left
        out.sort()  # a few sorted runs: Timsort merges them
        yield list(dict.fromkeys(out))


def _next_block(source: Iterator[list[bytes]]) -> list[bytes] | None:
    for block in source:
        if block:
            return block
    return None


def _sorted_unique(runs: Iterable[list[bytes]], scratch: Path, name: str = "triples") -> Iterator[bytes]:
    """The lines of all ``runs``, sorted by their bytes and without repeats; each run is sorted in
    memory and kept in a file of ``scratch`` (``{name}.run-N``), and the files are merged."""
    files = []
    for number, lines in enumerate(runs):
        path = scratch / f"{name}.run-{number}"
        path.write_bytes(b"".join(sorted(set(lines))))
        del lines  # before the next run is made
        files.append(path)
    handles = [path.open("rb") for path in files]
    try:
        previous = None
        for line in heapq.merge(*handles):
            if line != previous:
                yield line
                previous = line
    finally:
        for handle in handles:
            handle.close()


def entity_graph(entities: list[Entity], links: list[EntityLink], documents: list[Document], of_mention) -> nx.MultiDiGraph:
    """Entities as nodes; locatedIn/partOf/connects links and co-mentions (same sentence) as edges."""
    import networkx as nx

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
    for (a, b), weight in sorted(co_mentions(documents, of_mention).items()):
        graph.add_edge(a, b, key="coMentioned", kind="coMentioned", weight=weight)
    return graph


def co_mentions(documents: list[Document], of_mention) -> Counter[tuple[str, str]]:
    """The pairs of entities named in one sentence (IRIs in order) and in how many sentences."""
    together: Counter[tuple[str, str]] = Counter()
    for document in documents:
        by_sentence: dict[int, set[str]] = {}
        for mention in document.mentions:
            # keyed by the sentence's offset in the document (sentences of a long document are
            # numbered per chunk, their offsets are not)
            by_sentence.setdefault(mention.sentence_start, set()).add(of_mention[id(mention)].iri)
        for iris in by_sentence.values():
            for a, b in combinations(sorted(iris), 2):
                together[(a, b)] += 1
    return together


#: What networkx's GraphML writer (ElementTree, pretty-printed) writes before the keys.
_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
_NODE_KEYS = (("label", "string"), ("type", "string"), ("cls", "string"), ("years", "string"), ("mentions", "long"))
_EDGE_KEYS = (("kind", "string"), ("weight", "long"))


def write_entity_graphml(entities: list[Entity], links: list[EntityLink], documents: list[Document], of_mention,
                         staging: Staging) -> None:
    """``kg.graphml``: the bytes :func:`write_graphml` writes of :func:`entity_graph`, written
    node by node and edge by edge instead of made whole in networkx and ElementTree first (at
    1,000 reports 77,000 nodes and 380,000 edges: the largest thing the build held)."""
    from xml.etree.ElementTree import _escape_attrib, _escape_cdata

    iris = [entity.iri for entity in entities]
    if len(set(iris)) != len(iris):  # two entities of one IRI are one node of the graph: networkx merges them
        write_graphml(entity_graph(entities, links, documents, of_mention), staging)
        return
    together = sorted(co_mentions(documents, of_mention).items())
    by_source: dict[str, list[tuple[str, str, int]]] = {}
    for link in links:
        by_source.setdefault(link.source.iri, []).append((link.target.iri, link.predicate, 1))
    keys = []  # the keys in the order networkx makes them; written last one first
    if entities:
        keys += [(name, "node", kind) for name, kind in _NODE_KEYS]
    if links or together:
        keys += [(name, "edge", kind) for name, kind in _EDGE_KEYS]
    ids = {name + scope: f"d{i}" for i, (name, scope, _) in enumerate(keys)}
    with staging.file("kg.graphml").open("w", encoding="utf-8", newline="") as handle:
        write = handle.write
        write(_GRAPHML_HEAD)
        for i in reversed(range(len(keys))):
            name, scope, kind = keys[i]
            write(f'  <key id="d{i}" for="{scope}" attr.name="{name}" attr.type="{kind}" />\n')
        if not entities:
            write('  <graph edgedefault="directed" />\n</graphml>\n')
            return
        write('  <graph edgedefault="directed">\n')
        for entity in entities:
            values = (entity.label, entity.type, entity.cls, " ".join(map(str, entity.years)), len(entity.mentions))
            write(f'    <node id="{_escape_attrib(entity.iri)}">\n')
            for (name, _kind), value in zip(_NODE_KEYS, values):
                write(f'      <data key="{ids[name + "node"]}">{_escape_cdata(str(value))}</data>\n')
            write("    </node>\n")
        # networkx gives a node's edges target by target in the order each target was first
        # linked to it (the links, then the co-mentions), each target's in the order they were added
        edge = f'      <data key="{ids.get("kindedge")}">{{}}</data>\n      <data key="{ids.get("weightedge")}">{{}}</data>\n'
        at = 0
        for source in iris:
            targets: dict[str, list[tuple[str, int]]] = {}
            for target, predicate, weight in by_source.pop(source, ()):
                targets.setdefault(target, []).append((predicate, weight))
            while at < len(together) and together[at][0][0] == source:
                (_, target), weight = together[at]
                targets.setdefault(target, []).append(("coMentioned", weight))
                at += 1
            quoted = _escape_attrib(source)
            for target, edges in targets.items():
                for predicate, weight in edges:
                    write(f'    <edge source="{quoted}" target="{_escape_attrib(target)}" id="{_escape_attrib(predicate)}">\n')
                    write(edge.format(_escape_cdata(predicate), weight))
                    write("    </edge>\n")
        write("  </graph>\n</graphml>\n")


def write_graphml(graph: nx.MultiDiGraph, staging: Staging) -> None:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    staging.file("kg.graphml").write_bytes(buffer.getvalue())


def write_tables(entities: list[Entity], documents: list[Document], of_mention, staging: Staging, base: str,
                 whole: Callable[[Document], Document] | None = None) -> None:
    """entities.csv and mentions.csv. ``whole`` gives a document whole where ``documents`` are
    held without their texts (:meth:`kg.dataset.FullDocuments.full`): one at a time, for the
    sentences of its mentions."""
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
            text = (whole(document) if whole is not None else document).text
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
                        text[mention.sentence_start : mention.sentence_end],
                    ]
                )
