"""The build's dataset file: every named graph as sorted N-Quads lines, graph by graph in the
order of the graphs' IRIs (:func:`kg.rdf.graph_order`), as :func:`kg.rdf.write_nquads` writes it.

The report graphs, nine tenths of the quads, are made in worker processes while this process makes
the entity graph, and each is kept in the cache folder (``reports/``) under a key over all it is
made of: the extraction keys of the report's files (their bytes, paths, manifest rows and the
pipeline's version), the files' names as the graph records them, the base IRI, the report's
city's IRI and the IRI of every mention's entity under this build's resolution. A rebuild or
``kg add`` takes an unchanged report's lines from there only when every IRI it uses is still the
same; a report one of whose entities changed IRI is made again.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import multiprocessing
import os
import pickle
import shutil
import tempfile
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

import pyoxigraph as ox

from kg.cache import ExtractionCache, report_graph_version, write_entry
from kg.documents import Document
from kg.export import GraphByGraph, _sorted_unique, graph_text
from kg.rdf import (
    GraphNames,
    _source_name,
    entity_graph_runs,
    graph_order,
    nquads_lines,
    ontology_quads,
    report_lines,
)
from kg.promises import phase_of
from kg.resolve import Entity, EntityLink

if TYPE_CHECKING:
    from kg.store import StoreLoader

#: The cache folder's sub-folder of report graphs (``reports/ab/abcdef….nq``).
REPORTS_FOLDER = "reports"
REPORT_FORMAT = 1
#: Report graphs asked of each worker ahead of the one being written: enough to keep the workers
#: busy while this process makes the entity graph (written first; about a second at 200 reports)
#: and writes, few enough that the texts waiting stay small (about 2.6 MB a report with TriG
#: and JSON-LD).
AHEAD_PER_WORKER = 8


@dataclass
class ReportJob:
    """What one report's named graph is made of (see :func:`kg.rdf.report_quads`)."""

    report_id: str
    parts: list[Document]
    iris: list[list[str]]
    city_iri: str | None
    key: str | None  # None: not cached (the cache is off, or a file was not from the cache)


def report_jobs(documents: list[Document], of_mention: dict[int, Entity], city_entities: dict[str, Entity], base: str,
                source_root: Path | None, extraction_keys: dict[int, str | None]) -> list[ReportJob]:
    """One job per report, with its cache key (``extraction_keys`` by ``id(document)``)."""
    by_report: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_report[document.report_id].append(document)
    jobs = []
    for report_id, parts in by_report.items():
        iris = [[of_mention[id(m)].iri for m in d.mentions] for d in parts]
        city = city_entities.get(parts[0].city)
        city_iri = city.iri if city is not None else None
        keys = [extraction_keys.get(id(d)) for d in parts]
        key = None
        if all(keys):
            digest = hashlib.sha256(f"kg-report {REPORT_FORMAT}\0{report_graph_version()}\0{base}\0{report_id}\0{city_iri}\0".encode())
            for document, extraction_key, document_iris in zip(parts, keys, iris):
                digest.update(f"{extraction_key}\0{_source_name(document.source.path, source_root)}\0".encode())
                digest.update("\n".join(document_iris).encode() + b"\0")
            key = digest.hexdigest()
        jobs.append(ReportJob(report_id, parts, iris, city_iri, key))
    return jobs


class ReportCache:
    """Report graphs' N-Quads lines (``.nq``) and their parts of the graph-by-graph exports
    (``.trig``, ``.jsonld``, see :func:`kg.export.graph_text`) by key under the cache folder;
    writes are atomic."""

    def __init__(self, cache: ExtractionCache, texts: tuple[str, ...] = ()):
        self.folder = cache.folder / REPORTS_FOLDER if cache.folder else None
        self.kinds = ("nq", *texts)
        self.hits = 0

    def _entry(self, key: str, kind: str) -> Path:
        return self.folder / key[:2] / f"{key}.{kind}"

    def has(self, key: str | None) -> bool:
        return self.folder is not None and key is not None and all(self._entry(key, kind).is_file() for kind in self.kinds)

    def get(self, key: str | None) -> dict[str, bytes] | None:
        if self.folder is None or key is None:
            return None
        try:
            texts = {kind: self._entry(key, kind).read_bytes() for kind in self.kinds}
        except OSError:
            return None
        self.hits += 1
        return texts

    def lines_file(self, key: str | None) -> Path | None:
        """Where the N-Quads lines of ``key`` are kept (None: nowhere, or not there)."""
        if self.folder is None or key is None or not (entry := self._entry(key, "nq")).is_file():
            return None
        return entry

    def put_file(self, key: str | None, path: Path) -> None:
        """Keep the N-Quads lines of the file ``path`` under ``key``."""
        if self.folder is None or key is None:
            return

        def copy(stream) -> None:
            with path.open("rb") as source:
                shutil.copyfileobj(source, stream, CHUNK_BYTES)

        write_entry(self._entry(key, "nq"), copy)

    def put(self, key: str | None, texts: dict[str, bytes]) -> None:
        if self.folder is None or key is None:
            return
        for kind, text in texts.items():
            write_entry(self._entry(key, kind), lambda stream, text=text: stream.write(text))


class FullDocuments:
    """The build's documents whole, out of its memory. Resolution, the entity graph and the tables
    read a document's mentions, relations and metadata, and of its text only the phases its
    project mentions name and the sentences of mentions.csv; the text, the cleaned text and its
    offsets, the sentences and the figures are for its report graph. :meth:`keep` returns the
    document without them (``text`` None, the phases noted by ``id(mention)``) and notes where it
    is whole: the extraction cache's entry, or a scratch file of the build (the cache is off, or
    the entry could not be written); :meth:`full` reads it again there, in the process that makes
    its report graph or writes mentions.csv, one document at a time.

    Held at 1,000 reports (the generated corpus): 307 KB a document whole, 198 KB without the
    report graph's parts, 130 KB with its offsets and names shared, 84 KB without its text.
    """

    def __init__(self, cache: ExtractionCache):
        self.cache = cache
        self._where: dict[int, str | tuple[int, int]] = {}  # by id(document): cache key, or (offset, length)
        self._spill = None  # an unnamed file (gone when closed), written unbuffered and read by position
        # One object for each value the documents' mentions hold (offsets, labels, rules, sections):
        # unpickled or sent back by a worker, every document has copies of its own.
        self._values: dict = {}

    def keep(self, document: Document, key: str | None) -> Document:
        if self.cache.has(key):
            self._where[id(document)] = key
        else:
            if self._spill is None:
                self._spill = tempfile.TemporaryFile(prefix="kg-documents-", buffering=0)
            data = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
            offset = self._spill.seek(0, os.SEEK_END)
            self._spill.write(data)
            self._where[id(document)] = (offset, len(data))
        _slim(document)
        self._share(document)
        return document

    def kept(self, slim: SlimDocument, key: str) -> Document:
        """What :meth:`keep` returns, for a document an extraction worker wrote to the cache under
        ``key`` and sent back without what only its report graph needs (:func:`slim_document`):
        this process unpickles a quarter of the bytes and pickles none."""
        document = slim.document
        document.phases = {id(m): phase for m, phase in zip(document.mentions, slim.phases) if phase}
        self._where[id(document)] = key
        self._share(document)
        return document

    def _share(self, document: Document) -> None:
        """Equal offsets and strings of ``document`` made the objects other documents hold: ints
        above 256 and strings are objects of their own in each document (28 and 60+ bytes),
        six offsets and two names a mention. The offsets are bounded by the longest text; the
        names a corpus uses grow far slower than its reports (the same places, programmes and
        projects in year after year)."""
        one = self._values.setdefault
        setter = object.__setattr__  # sentences are frozen
        candidates = {}
        sentences = {}
        for mention in document.mentions:
            candidates[id(mention.candidate)] = mention.candidate
            sentences[id(mention.sentence)] = mention.sentence
            mention.start, mention.end = one(mention.start, mention.start), one(mention.end, mention.end)
            mention.sentence_start = one(mention.sentence_start, mention.sentence_start)
            mention.sentence_end = one(mention.sentence_end, mention.sentence_end)
            mention.text = one(mention.text, mention.text)
        for relation in document.relations:
            for candidate in (relation.source, relation.target):
                candidates[id(candidate)] = candidate
            setter(relation, "predicate", one(relation.predicate, relation.predicate))
            setter(relation, "rule", one(relation.rule, relation.rule))
        for candidate in candidates.values():
            for name in _CANDIDATE_VALUES:
                value = getattr(candidate, name)
                if value is not None:
                    setattr(candidate, name, one(value, value))
        for sentence in sentences.values():
            for name in _SENTENCE_VALUES:
                setter(sentence, name, one(getattr(sentence, name), getattr(sentence, name)))

    def full(self, document: Document) -> Document:
        where = self._where.get(id(document))
        if where is None:  # held whole
            return document
        if isinstance(where, str):
            whole = self.cache.load(where)
            if whole is None:  # the entry went away since: extracted again, as a fresh build would
                from kg.documents import load_document

                whole = load_document(document.source.path, document.meta)
        else:
            offset, length = where
            data = bytearray()
            while len(data) < length:
                data += os.pread(self._spill.fileno(), length - len(data), offset + len(data))
            whole = pickle.loads(data)
        if len(whole.mentions) != len(document.mentions):
            raise RuntimeError(f"{document.source.path}: its document read again is not the one the build resolved")
        return whole


def _slim(document: Document) -> None:
    """``document`` without its text, cleaned text, sections and figures (see :class:`FullDocuments`)."""
    # the phases its project mentions name, the one thing read of the text but for the
    # sentences of mentions.csv (which reads the document whole again, one at a time)
    document.phases = {id(m): phase for m in document.mentions
                       if m.candidate.type == "Project" and (phase := phase_of(document.text, m.start, m.end))}
    document.source = dataclasses.replace(document.source, text=None)
    document.clean = None
    document.sections = None
    document.observations = []


class SlimDocument(NamedTuple):
    """A document as an extraction worker sends it back once it is whole in the cache: without
    what only its report graph needs, its phases by the mentions' places (ids do not survive a
    pickle), and the length of its text (for the progress bar)."""

    document: Document
    phases: list[str | None]
    length: int


def slim_document(document: Document) -> SlimDocument:
    """``document`` for :meth:`FullDocuments.kept` (in the worker that extracted it)."""
    length = len(document.source.text)
    _slim(document)
    phases = [document.phases.get(id(m)) for m in document.mentions]
    del document.phases
    return SlimDocument(document, phases, length)


_CANDIDATE_VALUES = ("start", "end", "type", "cls", "label", "rule", "key", "status", "code", "head", "qualifier", "definition")
_SENTENCE_VALUES = ("index", "start", "end", "paragraph", "section")


# The jobs of the build under way, set before the workers are forked: a worker is given an index,
# not the documents (pickling them to the workers would cost this process more than it saves).
_JOBS: list[ReportJob] = []
_SETTINGS: dict = {}


def _make_report(index: int) -> dict[str, bytes]:
    # The cyclic garbage collector off while a report is made: its documents unpickled, its lines
    # grouped and its quads parsed are a few hundred thousand objects that all live until the
    # report is done, and the collector's passes over them cost a third of the parse (0.7 of 2.2
    # CPU s for the 160 reports of 200 files). What they hold is freed by reference counts.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _report_texts(index)
    finally:
        if enabled:
            gc.enable()


def _report_texts(index: int) -> dict[str, bytes]:
    job = _JOBS[index]
    names = GraphNames(_SETTINGS["base"])
    full = _SETTINGS["full_documents"]
    parts = [full.full(d) for d in job.parts] if full is not None else job.parts
    lines = report_lines(names, job.report_id, parts, job.iris, job.city_iri, _SETTINGS["source_root"])
    del parts
    summaries = _SETTINGS["summaries"]
    choices = _SETTINGS["texts"]
    quads = _parsed(lines) if summaries is not None or len(choices) > 1 else None  # parsed once
    texts = _texts(lines, choices, quads)
    _SETTINGS["cache"].put(job.key, texts)
    if summaries is not None:
        # the views' summary of the report, made here (on a worker's core with several jobs) from the
        # quads parsed for TriG and JSON-LD, rather than by querying the store in the views stage
        summaries.keep(names.report(job.report_id).value, names.base + "graph/report/", job.key, quads)
    return texts


def _parsed(lines: bytes) -> list[ox.Quad]:
    return list(ox.parse(lines, format=ox.RdfFormat.N_QUADS))


def _texts(lines: bytes, choices: tuple[str, ...], quads: list[ox.Quad] | None = None) -> dict[str, bytes]:
    if quads is None and len(choices) > 1:
        quads = _parsed(lines)  # parsed once for both
    return {"nq": lines, **{choice: graph_text(quads if quads is not None else lines, choice) for choice in choices}}


def fork_pool(workers: int) -> ProcessPoolExecutor | None:
    """Worker processes that start as copies of this one (the build's documents and entities
    included), or None where processes cannot be forked."""
    if workers < 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


def write_dataset(
    handle: BinaryIO,
    documents: list[Document],
    entities: list[Entity],
    of_mention: dict[int, Entity],
    links: list[EntityLink],
    base: str,
    city_entities: dict[str, Entity],
    *,
    source_root: Path | None,
    cache: ExtractionCache,
    extraction_keys: dict[int, str | None],
    workers: int = 1,
    changes: StoreChanges | None = None,
    exports: GraphByGraph | None = None,
    store: StoreLoader | None = None,
    scratch: Path | None = None,
    view_summaries: bool = False,
    full_documents: FullDocuments | None = None,
) -> tuple[int, dict[str, str | None]]:
    """Write the dataset to ``handle``; returns the number of quads and each graph's key (by the
    graph's IRI; None for a report graph that is not cached). With ``workers`` > 1 the report
    graphs not in the cache are made by that many forked processes; the bytes written are the
    same either way.

    ``changes`` is told each graph (see :class:`StoreChanges`); ``exports`` receives each graph's
    text in the exports it writes; ``store`` loads each graph's lines into the new store.

    The entity graph is made in runs sorted on disk in ``scratch`` (a folder of the caller's; a
    temporary one without it), so that its size does not set the build's memory.

    With ``view_summaries``, each report graph made (by the workers, or by this process with one
    job) is also kept summarised for the views in the cache folder
    (:meth:`kg.views.model.ReportSummaries.keep`).

    ``full_documents`` gives each report's documents whole where ``documents`` are held without
    what only the report graphs need (:class:`FullDocuments`)."""
    names = GraphNames(base)
    texts = exports.choices if exports is not None else ()
    reports = ReportCache(cache, texts)
    jobs = report_jobs(documents, of_mention, city_entities, base, source_root, extraction_keys)
    cached = {i for i, job in enumerate(jobs) if reports.has(job.key)}  # read when written: they are most of the dataset
    city_iris = {city: entity.iri for city, entity in city_entities.items()}
    order: list[tuple[bytes, Callable[[], bytes | Path] | int]] = [
        (graph_order(names.entities.value),
         lambda: _entity_graph_file(folder, names, documents, entities, of_mention, links, city_iris)),
        (graph_order(names.ontology.value), lambda: nquads_lines(ontology_quads(names))),
        *((graph_order(names.report(job.report_id).value), i) for i, job in enumerate(jobs)),
    ]
    order.sort(key=lambda item: item[0])
    todo = [graph for _, graph in order if not callable(graph) and graph not in cached]  # in the order they are written
    _JOBS[:] = jobs
    processes = min(workers, len(todo))
    summaries = None
    if view_summaries and cache.folder is not None:
        from kg.views.model import ReportSummaries  # before the fork

        summaries = ReportSummaries(cache.folder)
    _SETTINGS.update(base=base, source_root=source_root, cache=reports, texts=texts, summaries=summaries,
                     full_documents=full_documents)
    pool = fork_pool(processes) if processes > 1 else None
    pending: deque[int] = deque(todo)
    futures: dict[int, Future] = {}

    def ask_ahead() -> None:
        while pool is not None and pending and len(futures) < AHEAD_PER_WORKER * processes:
            index = pending.popleft()
            futures[index] = pool.submit(_make_report, index)

    count = 0
    keys: dict[str, str | None] = {}
    temporary = tempfile.TemporaryDirectory(prefix="kg-dataset-") if scratch is None else None
    folder = Path(temporary.name) if temporary is not None else scratch
    try:
        ask_ahead()  # the workers start on the reports while this process makes the entity graph
        for iri, graph in order:
            iri = iri.decode()[1:-1]
            if callable(graph) and isinstance(made := graph(), Path):
                keys[iri], written = _write_graph_file(made, handle, reports, exports, store)
                if changes is not None:
                    changes.graph_file(iri, keys[iri], made)
                made.unlink()
                count += written
                continue
            if callable(graph):
                made = _texts(made, texts)
                keys[iri] = hashlib.sha256(made["nq"]).hexdigest()  # the ontology graph: by its content
                # kept for the next build into this store, which compares its graph with this one
                reports.put(keys[iri], {"nq": made["nq"]})
            else:
                keys[iri] = jobs[graph].key
                if graph in cached and (made := reports.get(jobs[graph].key)) is not None:
                    pass
                elif graph in futures:
                    made = futures.pop(graph).result()
                    ask_ahead()
                else:  # one process, or an entry that went away since it was seen
                    if graph in pending:
                        pending.remove(graph)
                    made = _make_report(graph)
            lines = made["nq"]
            handle.write(lines)
            if exports is not None:
                exports.write(made)
            if changes is not None:
                changes.graph(iri, keys[iri], lines)
            if store is not None:
                store.add(lines)
            count += lines.count(b"\n")
        if changes is not None:
            for iri in sorted(set(changes.stored) - set(keys)):
                changes.graph(iri, None, b"")
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if temporary is not None:
            temporary.cleanup()
        _JOBS.clear()
        _SETTINGS.clear()
    return count, keys


#: The lines of the entity graph sorted in memory at once (a run; the runs are merged from disk).
ENTITY_RUN = 100_000
#: Bytes of a graph file read at once when it is written on.
CHUNK_BYTES = 1 << 23


def _entity_graph_file(scratch: Path, names: GraphNames, documents, entities, of_mention, links, city_iris) -> Path:
    """The entity graph's N-Quads lines, sorted and without repeats, in a file of ``scratch``:
    made :data:`ENTITY_RUN` quads at a time, each run sorted and kept on disk, the runs merged."""
    runs = (ox.serialize(run, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
            for run in entity_graph_runs(names, documents, entities, of_mention, links, city_iris, ENTITY_RUN))
    path = scratch / "entities.nq"
    with path.open("wb") as handle:
        handle.writelines(_sorted_unique(runs, scratch, "entities"))
    for run in scratch.glob("entities.run-*"):
        run.unlink()
    return path


def _chunks(path: Path) -> Iterator[bytes]:
    """The lines of ``path``, about :data:`CHUNK_BYTES` at a time."""
    with path.open("rb") as handle:
        while chunk := b"".join(handle.readlines(CHUNK_BYTES)):
            yield chunk


def _write_graph_file(path: Path, handle: BinaryIO, reports: ReportCache, exports: GraphByGraph | None,
                      store: StoreLoader | None) -> tuple[str, int]:
    """Write on a graph whose lines are the file ``path``, a chunk at a time, as
    :func:`write_dataset` writes the others; its key (a hash of its lines) and its lines' count."""
    digest = hashlib.sha256()
    count = 0
    for chunk in _chunks(path):
        handle.write(chunk)
        digest.update(chunk)
        count += chunk.count(b"\n")
        if store is not None:
            store.add(chunk)
    key = digest.hexdigest()
    reports.put_file(key, path)  # for the next build into this store, which compares its graph with this one
    if exports is not None:
        exports.write_file(path)
    return key, count


class StoreChanges:
    """What turns the store being replaced, whose graphs had the keys ``stored``, into the new one
    (see :meth:`kg.store.StoreStaging.update`): the lines to add (``added.nq`` in ``folder``) and
    to remove (``removed.nq``) for each graph whose key changed, found by comparing its lines
    with the lines it had (from the cache, where the build that made them kept them), and the
    graphs to drop whole where those are not in the cache (the new lines are all added)."""

    def __init__(self, folder: Path, stored: dict[str, str | None], cache: ExtractionCache):
        self.stored = stored
        self.added = folder / "added.nq"
        self.removed = folder / "removed.nq"
        self.dropped: list[str] = []
        self.size = 0  # bytes of the lines to add and to remove
        self._lines = ReportCache(cache)
        self._added = self.added.open("wb")
        self._removed = self.removed.open("wb")

    def graph(self, iri: str, key: str | None, lines: bytes) -> None:
        old_key = self.stored.get(iri)
        if key is not None and old_key == key:
            return
        if not lines:  # a graph the new dataset does not have (kg remove): its name goes too
            self.dropped.append(iri)
            return
        old = (self._lines.get(old_key) or {}).get("nq") if old_key is not None else b""
        if old is None:
            self.dropped.append(iri)
            added, removed = lines, b""
        else:
            old_lines, new_lines = set(old.splitlines(keepends=True)), set(lines.splitlines(keepends=True))
            added = b"".join(sorted(new_lines - old_lines))
            removed = b"".join(sorted(old_lines - new_lines))
        self._added.write(added)
        self._removed.write(removed)
        self.size += len(added) + len(removed)

    def graph_file(self, iri: str, key: str | None, path: Path) -> None:
        """:meth:`graph` for a graph whose sorted lines are the file ``path``: compared with its
        old lines (sorted too) a line at a time, so that neither is held in memory."""
        old_key = self.stored.get(iri)
        if key is not None and old_key == key:
            return
        old = self._lines.lines_file(old_key) if old_key is not None else None
        with path.open("rb") as new_lines:
            if old is None:
                if old_key is not None:
                    self.dropped.append(iri)
                for chunk in iter(lambda: new_lines.read(CHUNK_BYTES), b""):
                    self._added.write(chunk)
                    self.size += len(chunk)
                return
            with old.open("rb") as old_lines:
                for line, side in _sorted_difference(old_lines, new_lines):
                    (self._added if side else self._removed).write(line)
                    self.size += len(line)

    def close(self) -> None:
        self._added.close()
        self._removed.close()


def _sorted_difference(old: Iterable[bytes], new: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    """The lines of one of two sorted sequences of unique lines and not of the other: (line, True)
    for a line only ``new`` has, (line, False) for one only ``old`` has, in order."""
    old, new = iter(old), iter(new)
    a, b = next(old, None), next(new, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a < b):
            yield a, False
            a = next(old, None)
        elif a is None or b < a:
            yield b, True
            b = next(new, None)
        else:
            a, b = next(old, None), next(new, None)


__all__ = ["FullDocuments", "ReportCache", "ReportJob", "SlimDocument", "StoreChanges", "fork_pool", "report_jobs",
           "slim_document", "write_dataset"]
