"""The Python API. The command line (``kg/cli.py``) is a thin layer over these functions, and a
notebook can call them directly::

    import kg
    summary = kg.build(["seeds"])
    kg.recurring(type="Project")
    kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import inspect
import json
import multiprocessing
import os
import shutil
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.queries import QueryError, QueryResult, apply_params, rows, run_query, saved_query, term_text
from kg.reading import InputError, path_problem
from kg.store import (
    DEFAULT_STORE,
    SOURCES_FORMAT,
    StoreError,
    StoreStaging,
    open_store,
    read_sources,
    staging_dir,
    stored_graphs,
    writer_lock,
)
from kg.vocab import DEFAULT_BASE, ENTITY_TYPES, STATUSES

if TYPE_CHECKING:
    from kg.cache import ExtractionCache
    from collections.abc import Callable

    from kg.dataset import FullDocuments, SlimDocument
    from kg.documents import Document
    from kg.progress import Progress
    from kg.export import Staging

# The extraction pipeline (spaCy, jieba) and the writers are imported inside the functions that
# build: the commands that only read the store answer in a fraction of a second without them.

TEXT_SUFFIXES = (".txt", ".text", ".md")
DEFAULT_SOURCES = ("seeds",)
DEFAULT_OUT = Path("exports")


@dataclass
class BuildSummary:
    reports: list[str]
    documents: int
    entities_by_type: dict[str, int]
    mentions: int
    triples: int
    recurring_projects: list[dict]  # as recurring(type="Project"), without fates and phases
    errors: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # kg add: the files that were not in the graph
    removed: list[str] = field(default_factory=list)  # kg remove: the files taken out
    stages: dict[str, float] = field(default_factory=dict)  # wall seconds per stage, in order
    peak_mb: dict[str, int] = field(default_factory=dict)  # peak RSS by the end of each stage
    replaced: list[str] = field(default_factory=list)  # kg add: recorded files whose content changed

    def text(self) -> str:
        lines = [
            f"reports: {len(self.reports)} ({', '.join(self.reports)}) from {self.documents} file{'' if self.documents == 1 else 's'}",
            "entities: "
            + ", ".join(f"{t} {self.entities_by_type.get(t, 0)}" for t in ENTITY_TYPES)
            + f" (total {sum(self.entities_by_type.values())})",
            f"mentions: {self.mentions}",
            f"triples: {self.triples}",
            f"recurring projects: {len(self.recurring_projects)}",
        ]
        for item in self.recurring_projects[:12]:
            lines.append(f"  {item['label']} ({item['class']}): {', '.join(map(str, item['years']))}")
        if len(self.recurring_projects) > 12:
            lines.append(f"  … {len(self.recurring_projects) - 12} more: kg recurring --type Project")
        return "\n".join(lines)


# -- sources ---------------------------------------------------------------------------------


def collect_sources(sources, notices: list[str] | None = None) -> tuple[list[Path], list[str]]:
    """Report files from files and folders (folders: *.txt, *.text, *.md, not recursive).

    The second list holds one-line messages about what is not read: missing paths, special files
    (named pipes, devices, sockets: reading them could block or never end), symbolic link loops,
    empty folders, and, in one line per folder, the entries of a folder that are not report texts
    (a PDF, a sub-folder, a pipe); the manifest, the alias file and hidden files are not
    mentioned. With ``notices``, those folder lines go there instead: they stop nothing."""
    from kg.cache import SIDE_FILES  # the manifest and the aliases, without the pipeline's imports

    files, errors = [], []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found, skipped = [], []
            for entry in sorted(path.iterdir()):
                if entry.name.startswith(".") or entry.name in SIDE_FILES or _is_readme(entry):
                    continue
                problem = path_problem(entry)
                if problem is None and entry.suffix.lower() in TEXT_SUFFIXES:
                    found.append(entry)
                else:
                    skipped.append(f"{entry.name} ({problem.kind if problem else 'not *.txt, *.text or *.md'})")
            if not found:
                errors.append(f"{path}: no report files (*.txt) in this folder")
            if skipped:
                entries = f"{len(skipped)} entr{'y' if len(skipped) == 1 else 'ies'}"
                line = f"{path}: {entries} not read (in a folder, kg reads the *.txt, *.text and *.md files): {', '.join(skipped)}"
                (errors if notices is None else notices).append(line)
            files.extend(found)
        else:
            problem = path_problem(path)
            if problem:
                errors.append(f"{path}: {problem.message}")
            else:
                files.append(path)
    unique = sorted({p.resolve(): p for p in files}.items())
    return [p for _, p in unique], errors


def _is_readme(path: Path) -> bool:
    """A corpus folder's README (README.md, readme.txt) describes the reports; it is not one."""
    return path.stem.lower() == "readme"


def _load(args) -> Document | str:
    from kg.documents import load_document

    path, meta = args
    try:
        return load_document(path, meta)
    except InputError as error:
        return str(error)


def _load_slim(args) -> SlimDocument | Document | str:
    """:func:`_load` in an extraction worker, which writes the document to the cache itself (with
    the bytes it pickles anyway) and sends it back slim (:func:`kg.dataset.slim_document`); whole
    when the entry could not be written."""
    from kg.cache import ExtractionCache
    from kg.dataset import slim_document
    from kg.documents import Document

    path, meta, key, folder = args
    result = _load((path, meta))
    if key is None or not isinstance(result, Document):
        return result
    cache = ExtractionCache(folder)
    cache.put(key, result)
    return slim_document(result) if cache.has(key) else result


def analyze_files(
    paths: list[Path], jobs: int = 1, *, progress: Progress | None = None, cache: ExtractionCache | None = None,
    dask: str | None = None, given: dict[Path, dict] | None = None, keys_of: dict[int, str | None] | None = None,
    keep: Callable[[Document, str | None], Document] | None = None, held: FullDocuments | None = None,
) -> tuple[list[Document], dict[Path, str]]:
    """Extract every file; a bad file becomes a one-line error (by path) instead of stopping the
    others. Files found in the extraction cache (:mod:`kg.cache`) are not extracted again; the
    others go to ``jobs`` processes, or to the Dask scheduler at ``dask``. ``given`` maps resolved
    paths to the city and year the user gave (``--city``, ``--year``), which beat the manifest and
    detection. ``keys_of``, when given, receives each document's extraction cache key by
    ``id(document)`` (None when the cache is off). ``keep``, when given, is called with each
    document and its key as soon as it is extracted or read from the cache (and cached), and what
    it returns is what the build holds (see :class:`kg.dataset.FullDocuments`). With ``held``
    (whose :meth:`~kg.dataset.FullDocuments.keep` is ``keep``), the cache on and worker processes
    of this machine, each worker writes the cache entry of what it extracts and sends the document
    back slim (:meth:`~kg.dataset.FullDocuments.kept`): this process, which takes the results
    while both cores extract, no longer unpickles whole documents and pickles them again."""
    from kg.cache import ExtractionCache
    from kg.documents import Document, manifest_for

    if held is not None:
        from kg.dataset import SlimDocument

    cache = cache or ExtractionCache.default()
    given = given or {}
    work = [(path, replace(manifest_for(path), **given.get(path.resolve(), {}))) for path in paths]
    keys: list[str | None] = []
    results: list[Document | str | None] = []
    with _no_collection():  # unpickling makes millions of objects that all live on: collecting them is wasted
        for path, meta in work:
            key, cached = cache.get(path, meta)
            keys.append(key)
            if cached is not None and progress:
                progress.advance(len(cached.source.text))
            if cached is not None and keep is not None:
                cached = keep(cached, key)
            results.append(cached)
    todo = [i for i, result in enumerate(results) if result is None]

    def finish(i: int, result: SlimDocument | Document | str) -> None:
        if held is not None and isinstance(result, SlimDocument):  # in the cache already
            if progress:
                progress.advance(result.length)
            results[i] = held.kept(result, keys[i])
            return
        if progress:
            progress.advance(len(result.source.text) if isinstance(result, Document) else 0)
        if isinstance(result, Document):
            cache.put(keys[i], result)
            if keep is not None:
                result = keep(result, keys[i])
        results[i] = result

    if dask or (jobs > 1 and len(todo) > 1):
        # the largest files first, so that the workers finish together instead of one of them
        # extracting a large file while the other has nothing left to do
        todo.sort(key=lambda i: -_size(work[i][0]))
        with _executor(jobs, len(todo), dask) as pool:
            if held is not None and not dask and cache.folder is not None:
                pending = pool.map(_load_slim, [(*work[i], keys[i], cache.folder) for i in todo])
            else:
                pending = pool.map(_load, [work[i] for i in todo])
            for i, result in zip(todo, pending):
                finish(i, result)
    else:
        for i in todo:
            finish(i, _load(work[i]))
    documents = [r for r in results if isinstance(r, Document)]
    if keys_of is not None:
        keys_of.update((id(r), key) for r, key in zip(results, keys) if isinstance(r, Document))
    errors = {path: r for (path, _), r in zip(work, results) if isinstance(r, str)}
    return documents, errors


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # the extraction says why
        return 0


@contextlib.contextmanager
def _no_collection():
    """The cyclic garbage collector off for a while (when it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _frozen_heap():
    """The objects made so far (the build's documents, which live until its end) left out of the
    cyclic garbage collector's passes, which otherwise walk them again and again (a fifth of
    resolution's time at 200 reports), and of the pages forked workers copy when it touches them."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _executor(jobs: int, files: int, dask: str | None):
    """Worker processes on this machine, or a Dask cluster's workers (``pip install 'kg[dask]'``)."""
    if not dask:
        return ProcessPoolExecutor(max_workers=max(1, min(jobs, files)))
    from kg.distributed import dask_executor

    return dask_executor(dask)


def analyze(paths: list[Path], jobs: int = 1, *, progress: Progress | None = None) -> tuple[list[Document], list[str]]:
    """Extract every file; bad files become one-line errors instead of stopping the others."""
    documents, errors = analyze_files(paths, jobs, progress=progress)
    return documents, list(errors.values())


# -- build -----------------------------------------------------------------------------------


def _single_writer(function):
    """Run ``function`` holding the store's writer lock (see :func:`kg.store.writer_lock`). The
    wrapped function takes ``wait=False`` too: then a store another process is writing raises
    :class:`kg.store.StoreBusy` instead of waiting."""
    signature = inspect.signature(function)

    @functools.wraps(function)
    def locked(*args, wait: bool = True, **kwargs):
        store = signature.bind(*args, **kwargs).arguments.get("store", DEFAULT_STORE)
        with writer_lock(Path(store), wait=wait, on_wait=functools.partial(_waiting, store)):
            return function(*args, **kwargs)

    return locked


def _waiting(store, holder: int | None) -> None:
    who = f"PID {holder}" if holder else "another process"
    print(f"kg: waiting for {who} to finish writing the store at {store}", file=sys.stderr, flush=True)



@_single_writer
def build(
    sources=DEFAULT_SOURCES,
    out: str | Path = DEFAULT_OUT,
    store: str | Path = DEFAULT_STORE,
    jobs: int = 1,
    base: str | None = None,
    city: str | None = None,
    year: int | None = None,
    *,
    quiet: bool = False,
    exports=None,
    dask: str | None = None,
) -> BuildSummary:
    """Build the graph of ``sources`` (a path, or a list of paths): write the exports to ``out``
    and load the store. ``city`` and ``year`` describe a single report file whose text does not
    say them (a corpus has a ``manifest.csv`` instead; see docs/queries.md).

    ``exports`` names the files to write (:data:`kg.export.EXPORTS`; default
    :data:`kg.export.DEFAULT_EXPORTS`); ``dask`` is the address of a Dask scheduler that extracts
    the files instead of local processes; ``quiet`` shows no progress.

    Bad files are skipped and listed in ``summary.errors``; when no file can be read, nothing is
    written and :class:`InputError` is raised. The exports and the store are each replaced in one
    atomic step, so an interrupted build leaves the previous ones whole."""
    base = base or os.environ.get("KG_BASE") or DEFAULT_BASE
    paths, errors = collect_sources(_as_list(sources))
    return _build(
        paths, errors, Path(out), Path(store), jobs, base,
        given=_given(paths, city, year), quiet=quiet, exports=exports, dask=dask,
    )


@_single_writer
def add(
    sources,
    out: str | Path = DEFAULT_OUT,
    store: str | Path = DEFAULT_STORE,
    jobs: int = 1,
    base: str | None = None,
    city: str | None = None,
    year: int | None = None,
    *,
    quiet: bool = False,
) -> BuildSummary:
    """Add report files to the graph in ``store``: build again from the files the store records
    plus ``sources`` (``city`` and ``year`` as in :func:`build`). Entity IRIs depend only on names, so the other reports' named graphs and
    the IRIs already in the graph do not change. Every file must read; otherwise nothing changes
    and :class:`InputError` names the file.

    Files whose bytes the store already has change nothing at all (the summary is read back from
    the store); a recorded file whose content changed, or a new file for a report and part the
    store has from another file, replaces that report (``summary.replaced``)."""
    record = read_sources(Path(store))
    base = base or record.get("base") or DEFAULT_BASE
    recorded = _recorded_paths(record, Path(store))
    notices: list[str] = []
    new, errors = collect_sources(_as_list(sources), notices)
    if errors:
        raise InputError(errors[0] if len(errors) == 1 else "; ".join(errors))
    if not new:
        raise InputError("nothing to add")
    if _already_built(new, record, Path(out)):
        summary = _stored_summary(Path(store), record, Path(out))
        summary.errors = notices
        return summary
    digest_of = {Path(entry["path"]).resolve(): entry.get("sha256") for entry in record["sources"]}
    fresh = [p for p in new if p.resolve() not in digest_of]
    changed = [p for p in new if p.resolve() in digest_of and digest_of[p.resolve()] != file_digest(p)]
    given = _recorded_given(record) | _given(new, city, year)
    superseded = _superseded(record, fresh, jobs, given)
    kept = [p for p in recorded if p not in superseded]
    summary = _build(_unique([*kept, *new]), [], Path(out), Path(store), jobs, base, strict=True, given=given, quiet=quiet)
    summary.errors = notices
    summary.added = [str(p) for p in fresh]
    summary.replaced = sorted({*map(str, superseded), *map(str, changed)})
    return summary


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes (as recorded in the store's ``kg-sources.json``)."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return ""


def _unique(paths: list[Path]) -> list[Path]:
    """``paths`` without a second mention of one file (``seeds/a.txt`` and ``./seeds/a.txt``)."""
    seen, out = set(), []
    for path in paths:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            out.append(path)
    return out


def _already_built(new: list[Path], record: dict, out: Path) -> bool:
    """Whether every file to add has exactly the bytes of a file the store was built from (and the
    exports are all in ``out``): then a rebuild would give the same graph, so nothing is done."""
    from kg.export import DEFAULT_FILES

    digests = {entry.get("sha256") for entry in record["sources"]} - {None, ""}
    return all(file_digest(p) in digests for p in new) and all((out / name).is_file() for name in DEFAULT_FILES)


def _manifest_for(path: Path):
    from kg.documents import manifest_for

    return manifest_for(path)


def _superseded(record: dict, fresh: list[Path], jobs: int, given: dict[Path, dict]) -> set[Path]:
    """The recorded files that files new to the store replace: same report and part (a corrected
    copy of a report kept in another folder replaces the report instead of doubling it). The
    extraction goes into the cache, so the build after it does not extract these files again."""
    if not fresh:
        return set()
    # with the city and year the user gave, or the report (and the cache entry) would differ
    documents, _failed = analyze_files(fresh, jobs, given=given)  # a file that fails is reported by the build
    incoming = {(d.report_id, d.meta.part) for d in documents}
    return {
        Path(entry["path"])
        for entry in record["sources"]
        if (entry["report"], _manifest_for(Path(entry["path"])).part) in incoming
    }


def _stored_summary(store: Path, record: dict, out: Path) -> BuildSummary:
    """The summary of the graph in ``store`` as its build printed it, read back from the store."""
    from kg.export import EXPORT_FILES

    db = open_store(store)
    by_type = {}
    for type_ in ENTITY_TYPES:
        results = run_query(
            db,
            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?c } ?c rdfs:subClassOf* kg:%s FILTER(STRENDS(STR(?g), 'graph/entities')) "
            # a project's phases are parts of it, not entities the build counted
            "FILTER NOT EXISTS { GRAPH ?g { ?e a kg:ProjectPhase } } }" % type_,
        )
        count = int(next(iter(results))["n"].value)
        if count:
            by_type[type_] = count
    mentions = int(next(iter(run_query(db, "SELECT (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?m a kg:Mention } }")))["n"].value)
    return BuildSummary(
        reports=sorted({entry["report"] for entry in record["sources"]}),
        documents=len(record["sources"]),
        entities_by_type=by_type,
        mentions=mentions,
        triples=len(db),
        recurring_projects=recurring(db, type="Project", min_years=2, details=False),
        files=[out / name for name in sorted(EXPORT_FILES) if (out / name).is_file()],
    )


@_single_writer
def remove(
    report: str,
    out: str | Path = DEFAULT_OUT,
    store: str | Path = DEFAULT_STORE,
    jobs: int = 1,
    base: str | None = None,
) -> BuildSummary:
    """Remove a report (``zhangjiajie-2023``: all its files) or one recorded file from the graph
    in ``store``: build again from the other recorded files."""
    record = read_sources(Path(store))
    base = base or record.get("base") or DEFAULT_BASE
    entries = record["sources"]
    as_path = Path(report).resolve()
    gone = [e for e in entries if e["report"] == report or Path(e["path"]).resolve() == as_path]
    if not gone:
        reports = sorted({e["report"] for e in entries})
        raise InputError(f"no report {report!r} in the store at {store} (it has: {', '.join(reports) or 'none'})")
    kept = [e for e in entries if e not in gone]
    if not kept:
        raise InputError(f"removing {report} would leave the graph empty; build from other sources instead (kg build)")
    paths = _recorded_paths({"sources": kept}, Path(store))
    summary = _build(paths, [], Path(out), Path(store), jobs, base, strict=True, given=_recorded_given({"sources": kept}))
    summary.removed = sorted({e["path"] for e in gone})
    return summary


def _as_list(sources) -> list:
    """A path given alone (``kg.build("reports")``) is one source, not a sequence of characters."""
    return [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)


def _given(paths: list[Path], city: str | None, year: int | None) -> dict[Path, dict]:
    """The city and year the user gave for one report file, checked."""
    check_year(year)
    fields = {k: v for k, v in (("city", check_city(city)), ("year", year)) if v is not None}
    if not fields:
        return {}
    if len(paths) != 1:
        raise InputError(
            f"--city and --year describe one report file, not {len(paths)}: for several, put a manifest.csv beside them"
            " (docs/queries.md, 'Corpora')"
        )
    return {paths[0].resolve(): fields}


def _recorded_given(record: dict) -> dict[Path, dict]:
    """What ``--city``/``--year`` gave for the recorded files, so that later builds keep it."""
    return {
        Path(e["path"]).resolve(): {k: e[k] for k in ("city", "year") if k in e}
        for e in record["sources"] if "city" in e or "year" in e
    }


#: Work reports exist since the first people's congresses; a report is delivered early in its year.
FIRST_REPORT_YEAR = 1954


def check_year(year: int | None) -> None:
    import datetime

    last = datetime.date.today().year + 1
    if year is not None and not FIRST_REPORT_YEAR <= year <= last:
        raise InputError(f"--year {year}: a report year is between {FIRST_REPORT_YEAR} and {last}")


def check_city(city: str | None) -> str | None:
    """The full name of a real division (province, prefecture or county) of the gazetteer that
    ``city`` names (茂名 → 茂名市); :class:`InputError` when there is none."""
    from kg.gazetteer import load_gazetteer

    if city is None:
        return None
    found = load_gazetteer().lookup(city.strip())
    if found:
        return found[0].name
    from kg.documents import context_for  # only here: it loads the pipeline, which a --city the gazetteer knows never needs
    if context_for(city.strip()).division_codes:
        return city.strip()  # as a manifest's city: a full name stoplisted in running text (和县), a renamed county (沾化县)
    raise InputError(f"--city {city}: not a Chinese province, city or county (kg's gazetteer of divisions has no such name)")


def _recorded_paths(record: dict, store: Path) -> list[Path]:
    paths = [Path(entry["path"]) for entry in record["sources"]]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise InputError(
            f"{missing[0]}: the store at {store} was built from this file, but it is gone"
            " (run kg build with the sources you want)"
        )
    return paths


def _source_record(documents: list[Document], base: str, given: dict[Path, dict]) -> dict:
    """What :func:`kg.store.read_sources` gives back: the files of the build and their reports."""
    cwd = Path.cwd().resolve()

    def name(path: Path) -> str:
        resolved = path.resolve()
        try:
            return resolved.relative_to(cwd).as_posix()
        except ValueError:
            return str(resolved)

    sources = sorted({(name(d.source.path), d.report_id, d.source.sha256, tuple(given.get(d.source.path.resolve(), {}).items()))
                      for d in documents})
    return {
        "format": SOURCES_FORMAT,
        "base": base,
        "sources": [{"path": p, "report": r, "sha256": digest, **dict(g)} for p, r, digest, g in sources],
    }


def _build(
    paths: list[Path], errors: list[str], out: Path, store: Path, jobs: int, base: str, strict: bool = False,
    given: dict[Path, dict] | None = None,
    *, quiet: bool = False, exports=None, dask: str | None = None,
) -> BuildSummary:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder (give another --out)")
    if store.exists() and not store.is_dir():
        raise StoreError(f"{store}: exists and is not a store folder (give another --store)")
    from kg.cache import BuildRecord, ExtractionCache
    from kg.export import DEFAULT_EXPORTS
    from kg.progress import Progress, Stages

    exports = DEFAULT_EXPORTS if exports is None else tuple(exports)
    stages = Stages()
    cache = ExtractionCache.default()
    record = BuildRecord(cache, out, store)
    try:
        fingerprint = record.fingerprint(paths, base, exports, errors, given) if cache.folder else None
    except OSError:
        fingerprint = None  # a file that cannot be read: the extraction says why
    saved = record.unchanged(fingerprint) if fingerprint else None
    if saved is not None:  # nothing changed since the last build into out and store
        stages.done("unchanged")
        return BuildSummary(**saved["summary"], recurring_projects=recurring(store, type="Project", min_years=2, details=False),
                            files=[out / name for name in saved["files"]], stages=stages.seconds, peak_mb=stages.peak_mb)
    from kg.lexicon import load_lexicon

    # With a second core, the lexicon's vocabulary (jieba's dictionary with the gazetteer's names,
    # and its tags: one to two CPU seconds when the cache holds no snapshot of it yet) is made in
    # another process while this one imports the pipeline's modules; this one reads its snapshot.
    making_vocabulary = load_lexicon().vocabulary_aside() if jobs > 1 else None
    from kg.dataset import FullDocuments, StoreChanges, write_dataset
    from kg.export import GRAPH_BY_GRAPH, GraphByGraph, Staging, write_entity_graphml, write_rdf, write_tables
    from kg.resolve import aliases_for, resolve
    from kg.store import StoreLoader

    aliases = aliases_for(paths)  # read first: a bad alias file stops the build before the work
    # The segmenter (jieba's dictionary in jieba-rs, about half a second) loaded before the
    # extraction's workers are forked: they start with it instead of each loading it, and
    # resolution, which segments names in this process, no longer loads it while the other
    # core waits (with one job the first document would load it a moment later anyway).
    if making_vocabulary is not None:
        making_vocabulary.join()
    load_lexicon().load()
    keys_of: dict[int, str | None] = {}
    # The build holds each document without what only its report graph needs; the report graph
    # reads the whole document again (from the cache, or from a scratch file of this build).
    full_documents = FullDocuments(cache)
    with Progress(len(paths), "extracting", quiet=quiet) as progress:
        documents, failed = analyze_files(paths, jobs, progress=progress, cache=cache, dask=dask, given=given,
                                          keys_of=keys_of, keep=full_documents.keep, held=full_documents)
    stages.done("extract")
    if strict and failed:
        messages = list(failed.values())
        raise InputError(messages[0] if len(messages) == 1 else "; ".join(messages))
    errors = [*errors, *failed.values()]
    if not documents:
        raise InputError(errors[0] if len(errors) == 1 else f"nothing to build: {'; '.join(errors) or 'no input'}")
    from kg.documents import check_report_ids  # here: an unchanged build imports no pipeline

    check_report_ids(documents)
    documents.sort(key=lambda d: (d.report_id, d.meta.part, d.doc_id))
    with _frozen_heap():
        entities, of_mention, links, cities = resolve(documents, base, aliases)
    stages.done("resolve")
    staging = Staging(out)
    new_store = StoreStaging(store)
    # The dataset goes to disk graph by graph; the store and the RDF exports stream it from there.
    scratch = staging_dir(staging.out)  # a dead build's is removed as its staging folder is
    nquads = scratch / "dataset.nq"
    background = None
    loader = None
    # The graphs the store being replaced holds as they are now: an add or a rebuild that changes
    # a few reports copies that store and replaces those graphs (and the entity graph) only.
    stored = stored_graphs(store, base)
    # TriG and JSON-LD are written graph by graph with the dataset (from the cache for the reports
    # that did not change); Turtle sorts the triples of all the graphs together, from the dataset file.
    exports_left = tuple(choice for choice in exports if choice not in GRAPH_BY_GRAPH)

    def other_exports(dataset_written=lambda: True) -> None:
        if "graphml" in exports:
            write_entity_graphml(entities, links, documents, of_mention, staging)
        if "csv" in exports:
            write_tables(entities, documents, of_mention, staging, base, whole=full_documents.full)
        if dataset_written():
            write_rdf(nquads, staging, exports_left)

    gc.freeze()  # the documents and entities, as during resolution (see _frozen_heap)
    try:
        # With a second process, it writes the other exports from the start: GraphML and the
        # tables at once, Turtle when the dataset file is complete. It is forked before the store
        # loader's thread starts.
        background, dataset_written = _background(jobs, other_exports)
        by_graph = GraphByGraph(staging, exports)
        changes = StoreChanges(scratch, stored, cache) if stored else None
        if changes is None:  # a new store: loaded as the dataset is written, on a second core if there is one
            loader = StoreLoader(new_store, background=jobs > 1)
        with nquads.open("wb") as handle:
            quad_count, graph_keys = write_dataset(
                handle, documents, entities, of_mention, links, base, cities,
                source_root=Path.cwd(), cache=cache, extraction_keys=keys_of, workers=jobs,
                changes=changes, exports=by_graph, store=loader, scratch=scratch,
                view_summaries="graph" in exports or "timeline" in exports, full_documents=full_documents,
            )
        dataset_written(True)
        by_graph.close()
        if changes is not None:
            changes.close()
        stages.done("rdf")
        new_store_sources = {**_source_record(documents, base, given or {}), "graphs": graph_keys}
        if loader is not None:
            db = loader.finish(new_store_sources)  # compacted in its thread with jobs > 1, while the views read it
        else:
            if changes.size <= UPDATE_SHARE * nquads.stat().st_size:
                new_store.update(changes, new_store_sources)
            else:
                new_store.write(nquads, new_store_sources)
            db = new_store.open()
        stages.done("store")
        if background is None:
            other_exports()
            stages.done("exports")
        # each report's part of the views is kept in the cache under its graph's key
        write_views(db, staging, base, exports, graph_keys=graph_keys, cache_folder=cache.folder)
        stages.done("views")
        # the summary's recurring projects, read while the second process may still be writing
        projects = recurring(db, type="Project", min_years=2, details=False)
        del db
        stages.done("summary")
        if loader is not None:
            loader.close()  # the wait for the store's compaction
            loader = None
            stages.done("store")
        if background is not None:
            background.result()
            stages.done("exports")  # the wait for the second process
        # Each switch is atomic; between the two, the new store stands with the old exports.
        new_store.commit()
        files = staging.commit()
    except BaseException:
        if loader is not None:
            loader.abort()
        if background is not None:
            dataset_written(False)
        staging.discard()
        new_store.discard()
        raise
    finally:
        gc.unfreeze()
        if background is not None and not background.done():
            background.cancel()
            _wait_quietly(background)  # before its scratch files go
        shutil.rmtree(scratch, ignore_errors=True)
    counts = {
        "reports": sorted({d.report_id for d in documents}),
        "documents": len(documents),
        "entities_by_type": dict(Counter(e.type for e in entities)),
        "mentions": sum(len(d.mentions) for d in documents),
        "triples": quad_count,
        "errors": errors,
    }
    if fingerprint:
        record.save(fingerprint, [p.name for p in files], counts)
    return BuildSummary(**counts, recurring_projects=projects, files=files, stages=stages.seconds, peak_mb=stages.peak_mb)


#: A new store is made from the store it replaces when the graphs that changed are at most this
#: share of the dataset's bytes; past it, loading the whole dataset costs less than removing them.
UPDATE_SHARE = 0.5


def _background(jobs: int, work):
    """``work(dataset_written)`` started in a second process (a copy of this one, so ``work`` may
    be any function), when ``jobs`` > 1: its future, and the function this process calls with
    True when the dataset file is complete, or False when the build fails. In the second process,
    ``dataset_written()`` waits for that and returns it. (None, a no-op) with one job."""
    from kg.dataset import fork_pool

    pool = fork_pool(1) if jobs > 1 else None
    if pool is None:
        return None, lambda written=True: None
    receive, send = multiprocessing.Pipe(duplex=False)
    _BACKGROUND.update(work=work, receive=receive, send=send)
    try:
        future = pool.submit(_run_background)  # the process is forked here, with the work in it
    finally:
        _BACKGROUND.clear()
        pool.shutdown(wait=False)  # the process ends when its one task is done
        receive.close()

    def dataset_written(written: bool = True) -> None:
        if not send.closed:
            try:
                send.send(written)
            except OSError:  # the second process has ended (it failed: its future says why)
                pass
            send.close()

    return future, dataset_written


_BACKGROUND: dict = {}


def _wait_quietly(future) -> None:
    try:
        future.result()
    except BaseException:  # the build is failing already; that error is the one to report
        pass


def _run_background() -> None:
    receive = _BACKGROUND["receive"]
    _BACKGROUND["send"].close()  # this process's copy: the pipe ends when the build's end closes

    def dataset_written() -> bool:
        try:
            return bool(receive.recv())
        except EOFError:  # the build ended without a word: it failed
            return False

    _BACKGROUND["work"](dataset_written)


def write_views(store: ox.Store, staging: Staging, base: str, exports=("graph", "timeline"), *,
                graph_keys: dict[str, str | None] | None = None, cache_folder: Path | None = None) -> None:
    if "graph" not in exports and "timeline" not in exports:
        return
    from kg.views.model import load_view_model
    from kg.views.network import write_network_html
    from kg.views.timeline import write_timeline_html

    model = load_view_model(store, base, graph_keys=graph_keys, cache_folder=cache_folder)
    if "graph" in exports:
        write_network_html(model, staging.file("graph.html"))
    if "timeline" in exports:
        write_timeline_html(model, staging.file("timeline.html"))


# -- extract ---------------------------------------------------------------------------------


def extract(path: str | Path, city: str | None = None, year: int | None = None) -> dict:
    """One document's entities and mentions, without touching the store (contract JSON)."""
    from kg.documents import load_document, manifest_for
    from kg.resolve import aliases_for, entity_iri, resolution_key

    check_year(year)
    document = load_document(Path(path), manifest_for(Path(path)), city=check_city(city), year=year)
    aliases = aliases_for([path])
    base = os.environ.get("KG_BASE") or DEFAULT_BASE
    entities: dict[str, dict] = {}
    for mention in document.mentions:
        candidate = mention.candidate
        resolved = resolution_key(mention, document.city, aliases)
        entry = entities.get(resolved.key)
        if entry is None:
            entry = entities[resolved.key] = {
                "id": entity_iri(base, candidate.type, resolved.key, resolved.name),
                "label": candidate.label,
                "type": candidate.type,
                "class": candidate.cls,
                "mentions": [],
            }
        item = {
            "text": mention.text,
            "start": mention.start,
            "end": mention.end,
            "section": mention.sentence.section,
            "sentence": document.text[mention.sentence_start : mention.sentence_end],
            "rule": candidate.rule,
        }
        if candidate.status:
            item["status"] = candidate.status
        entry["mentions"].append(item)
    return {
        "document": {
            "path": str(path),
            "city": document.city,
            "year": document.year,
            "chars": len(document.text),
            "encoding": document.source.encoding,
        },
        "entities": sorted(entities.values(), key=lambda e: (e["type"], e["label"], e["id"])),
    }


# -- reading the store -----------------------------------------------------------------------

_RANK = {status: i for i, status in enumerate(STATUSES)}


def recurring(store: str | Path | ox.Store = DEFAULT_STORE, type: str = "all", min_years: int = 2, *,
              details: bool = True) -> list[dict]:
    """Entities mentioned in at least ``min_years`` report years, with the status each year states
    (runs the saved query ``recurring``); with ``details``, also each one's promises' fates and
    its phases (two more queries, which a build's summary does without)."""
    if type != "all" and type not in ENTITY_TYPES:
        raise QueryError(f"unknown type {type!r} (one of {', '.join(ENTITY_TYPES)}, all)")
    params = {"minYears": str(int(min_years))}
    if type != "all":
        params["typeIri"] = f"kg:{type}"
    results = run_query(_store(store), apply_params(saved_query("recurring").text, params))
    _variables, table = rows(results)
    out = []
    for row in table:
        out.append(
            {
                "id": term_text(row["entity"]),
                "label": term_text(row["label"]),
                "type": term_text(row["type"]),
                "class": term_text(row["class"]),
                "years": sorted(int(y) for y in term_text(row["years"]).split()),
                "status": year_status(term_text(row["statuses"])),
            }
        )
    out.sort(key=lambda e: (e["type"], -len(e["years"]), e["label"], e["id"]))
    if details:
        _add_fates(out, promises(store))
        _add_phases(out, store)
    return out


def _add_phases(items: list[dict], store) -> None:
    """``phases`` of each project reported phase by phase (saved query ``phases``): each with its
    years and the status of each year, which the project's own ``status`` leaves out."""
    results = run_query(_store(store), saved_query("phases").text)
    _variables, table = rows(results)
    by_entity: dict[str, list[dict]] = {}
    for row in table:
        by_entity.setdefault(term_text(row["entity"]), []).append({
            "id": term_text(row["part"]),
            "label": term_text(row["label"]),
            "phase": term_text(row["phase"]),
            "years": sorted(int(y) for y in term_text(row["years"]).split()),
            "status": year_status(term_text(row["statuses"])),
        })
    for item in items:
        item["phases"] = sorted(by_entity.get(item["id"], []), key=lambda p: (p["phase"], p["id"]))


def promises(store: str | Path | ox.Store = DEFAULT_STORE, city: str | None = None, fate: str | None = None) -> list[dict]:
    """Project promises (named in a plan or outlook section) with their fates (saved query
    ``promises``; the rules are in :mod:`kg.promises`)."""
    params = {}
    if city:
        params["city"] = json.dumps(city, ensure_ascii=False)
    if fate:
        from kg.promises import FATES  # only here: kg recurring calls this without the RDF modules

        if fate not in FATES:
            raise QueryError(f"unknown fate {fate!r} (one of {', '.join(FATES)})")
        params["fate"] = f"kg:{fate}"
    results = run_query(_store(store), apply_params(saved_query("promises").text, params))
    _variables, table = rows(results)
    return [
        {
            "id": term_text(row["entity"]),
            "label": term_text(row["label"]),
            "class": term_text(row["class"]),
            "city": term_text(row["cityName"]),
            "report": term_text(row["report"]),
            "year": int(term_text(row["year"])),
            "phase": term_text(row["phase"]),
            "status": term_text(row["status"]) or None,
            "fate": term_text(row["fateName"]),
            "judged_against": sorted(term_text(row["judgedAgainst"]).split()),
        }
        for row in table
    ]


def _add_fates(items: list[dict], made: list[dict]) -> None:
    """``promises`` (year, report, phase, fate of each promise) and ``fate`` (that of the earliest
    promise, judged against the most reports; None when never promised) for each entity."""
    by_entity: dict[str, list[dict]] = {}
    for promise in made:
        by_entity.setdefault(promise["id"], []).append(
            {k: promise[k] for k in ("year", "report", "phase", "fate")}
        )
    for item in items:
        own = sorted(by_entity.get(item["id"], []), key=lambda p: (p["year"], p["report"], p["phase"]))
        item["promises"] = own
        item["fate"] = own[0]["fate"] if own else None


def year_status(statuses: str) -> dict[str, str]:
    """``"2021=Started@review 2021=Planned@plan"`` → ``{"2021": "Started"}``: per year, what the
    review says beats what the plan says, and the most advanced status wins."""
    best: dict[str, tuple[int, int, str]] = {}
    for item in statuses.split():
        year, _, rest = item.partition("=")
        status, _, section = rest.partition("@")
        if status not in _RANK:
            continue
        rank = (1 if section == "review" else 0, _RANK[status], status)
        if year not in best or rank > best[year]:
            best[year] = rank
    return {year: best[year][2] for year in sorted(best)}


def dossier(
    city: str, out: str | Path | None = None, store: str | Path | ox.Store = DEFAULT_STORE, figures: list[dict] | None = None
) -> Path:
    """Write the city dossier (``kg/views/dossier.py``) of ``city`` to ``out`` (default
    ``dossier-<city>.html``) and return its path. ``figures`` replaces the indicator observations
    of :func:`indicators` when given."""
    from kg.documents import city_slug
    from kg.views.dossier import load_dossier, write_dossier_html

    loaded = load_dossier(_store(store), city, figures)
    path = Path(out) if out else Path(f"dossier-{city_slug(loaded.city)}.html")
    if path.is_dir():
        raise InputError(f"{path}: is a folder (give a file name with --out)")
    return write_dossier_html(loaded, path)


def query(
    sparql: str | None = None,
    store: str | Path | ox.Store = DEFAULT_STORE,
    *,
    name: str | None = None,
    params: dict | None = None,
) -> QueryResult:
    """Run SPARQL on the embedded store, or the saved query ``name`` (see ``kg queries``) with
    ``params`` (``{"label": "桑龙高速"}``; the others take their defaults, computed from the store).

    The result can be iterated any number of times: SELECT rows as dicts (``.rows``),
    CONSTRUCT/DESCRIBE triples (``.triples``); ``.to_df()`` with pandas; Jupyter shows a table."""
    if (sparql is None) == (name is None):
        raise QueryError("give either a SPARQL query or name= of a saved query")
    db = _store(store)
    if name is not None:
        sparql = saved_query(name).prepared({k: str(v) for k, v in (params or {}).items()}, store=db)
    elif params:
        sparql = apply_params(sparql, {k: str(v) for k, v in params.items()})
    return QueryResult(run_query(db, sparql))


class AmbiguousLabel(QueryError):
    """Several entities answer to a label; ``candidates`` lists them, most mentioned first."""

    def __init__(self, label: str, candidates: list[dict]):
        self.candidates = candidates
        shown = ", ".join(f"{c['label']} ({c['type']})" for c in candidates[:8])
        more = f" and {len(candidates) - 8} more" if len(candidates) > 8 else ""
        super().__init__(f"{label!r} matches {len(candidates)} entities; did you mean {shown}{more}? (give the full label or the IRI)")


def _entity_index(db: ox.Store) -> list[dict]:
    """Every entity with its Chinese labels (preferred first), pinyin, type and mention count."""
    results = db.query(
        """SELECT ?e ?type (SAMPLE(?p) AS ?pinyin) (COUNT(DISTINCT ?m) AS ?n)
                  (GROUP_CONCAT(DISTINCT ?pref; separator="\u001f") AS ?prefs)
                  (GROUP_CONCAT(DISTINCT ?alt; separator="\u001f") AS ?alts) WHERE {
             VALUES ?typeIri { kg:Project kg:Place kg:Programme kg:Organization kg:Event }
             ?c rdfs:subClassOf* ?typeIri . ?e a ?c .
             ?e skos:prefLabel ?pref FILTER(LANG(?pref) = "zh")
             OPTIONAL { ?e skos:altLabel ?alt }
             OPTIONAL { ?e skos:prefLabel ?p FILTER(LANGMATCHES(LANG(?p), "zh-Latn-pinyin")) }
             OPTIONAL { ?m itsrdf:taIdentRef ?e }
             BIND(STRAFTER(STR(?typeIri), "#") AS ?type)
           } GROUP BY ?e ?type""",
        use_default_graph_as_union=True,
        prefixes=_prefixes(),
    )
    index = []
    for row in results:
        prefs = term_text(row["prefs"]).split("\u001f")
        alts = [a for a in term_text(row["alts"]).split("\u001f") if a]
        index.append({
            "id": row["e"].value, "label": sorted(prefs)[0], "type": term_text(row["type"]),
            "pinyin": term_text(row["pinyin"]), "mentions": int(term_text(row["n"]) or 0),
            "names": sorted({*prefs, *alts}),
        })
    index.sort(key=lambda e: (-e["mentions"], e["label"], e["id"]))
    return index


def _latin_key(text: str) -> str:
    """``Zhāngshí Tiělù`` and ``zhangshi tielu`` → ``zhangshitielu``."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.replace("ü", "v").replace("Ü", "v"))
    return "".join(ch for ch in plain.lower() if "a" <= ch <= "z" or ch == "v")


def find_entities(label: str, store: str | Path | ox.Store = DEFAULT_STORE) -> list[dict]:
    """The entities ``label`` names, best first: by IRI; else by a Chinese label (preferred or
    alternative, traditional characters read as simplified); else by pinyin (tones and spaces
    optional); else by a part of a label or of its pinyin. Each is ``{"id", "label", "type",
    "pinyin", "mentions", "names"}``; an empty list when nothing matches."""
    wanted = label.strip()
    if not wanted:
        return []
    index = _entity_index(_store(store))
    by_id = [e for e in index if e["id"] == wanted]
    if by_id:
        return by_id
    exact = [e for e in index if wanted in e["names"]]
    if exact:  # the common case, answered without OpenCC or pypinyin (kg show stays instant)
        return exact
    from kg.text import to_simplified

    chinese = {wanted, to_simplified(wanted)}
    exact = [e for e in index if chinese & set(e["names"])]
    if exact:
        return exact
    key = _latin_key(wanted)
    if key and _is_latin(wanted):
        from pypinyin import lazy_pinyin

        def keys(entity):
            return {_latin_key(entity["pinyin"]), *("".join(lazy_pinyin(n)) for n in entity["names"])}

        by_pinyin = [e for e in index if key in keys(e)]
        if by_pinyin:
            return by_pinyin
        return [e for e in index if len(key) >= 3 and any(key in k for k in keys(e))]
    return [e for e in index if any(c in n for c in chinese for n in e["names"])]


def resolve_entity(label: str, store: str | Path | ox.Store = DEFAULT_STORE) -> dict:
    """The one entity ``label`` names (see :func:`find_entities`); :class:`AmbiguousLabel` when
    several do, :class:`QueryError` with the nearest labels when none does."""
    import difflib

    found = find_entities(label, store)
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousLabel(label, found)
    names = sorted({n for e in _entity_index(_store(store)) for n in e["names"]})
    close = difflib.get_close_matches(label, names, n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else " (kg query --name entities lists them)"
    raise QueryError(f"no entity labelled {label!r}{hint}")


def show(label: str, store: str | Path | ox.Store = DEFAULT_STORE) -> dict:
    """One entity by label (see :func:`find_entities`: traditional characters, pinyin and a part
    of the name work too): labels, class, places, years, statuses and evidence sentences with
    their report's city. Years are integers."""
    db = _store(store)
    entity = ox.NamedNode(resolve_entity(label, db)["id"])

    def values(sparql: str) -> list[dict]:
        sparql = sparql.replace("WHERE {", f"WHERE {{ VALUES ?e {{ {entity} }}", 1)
        results = db.query(sparql, use_default_graph_as_union=True, prefixes=_prefixes())
        return [{v.value: term_text(s[v]) for v in results.variables} for s in results]

    labels = values("SELECT ?l ?kind WHERE { { ?e skos:prefLabel ?l BIND('pref' AS ?kind) } UNION { ?e skos:altLabel ?l BIND('alt' AS ?kind) } } ORDER BY ?kind ?l")
    cls = values("SELECT ?c WHERE { ?e a ?c }")
    links = values(
        "SELECT ?p ?label WHERE { ?e ?pi ?o . VALUES ?pi { kg:locatedIn kg:partOf kg:connects } ?o skos:prefLabel ?label FILTER(LANG(?label)='zh') BIND(STRAFTER(STR(?pi),'#') AS ?p) } ORDER BY ?p ?label"
    )
    evidence = values(
        """SELECT ?year ?city ?section ?status ?text ?sentence WHERE {
             ?m itsrdf:taIdentRef ?e ; kg:reportYear ?year ; kg:section ?s ; nif:anchorOf ?text ; nif:sentence ?sn ;
                nif:referenceContext ?doc .
             ?sn nif:anchorOf ?sentence .
             OPTIONAL { ?report dcterms:hasPart ?doc ; kg:city ?cityNode .
                        ?cityNode skos:prefLabel ?city FILTER(LANG(?city) = "zh") }
             OPTIONAL { ?m kg:status ?st } BIND(STRAFTER(STR(?s),'#') AS ?section) BIND(STRAFTER(STR(?st),'#') AS ?status)
           } ORDER BY ?year ?city ?m"""
    )
    for item in evidence:
        item["year"] = int(item["year"])
    definition = values("SELECT ?d WHERE { ?e skos:definition ?d }")
    statuses = " ".join(f"{e['year']}={e['status']}@{e['section']}" for e in evidence if e["status"])
    return {
        "id": entity.value,
        "label": next((l["l"] for l in labels if l["kind"] == "pref" and not _is_latin(l["l"])), label),
        "pinyin": next((l["l"] for l in labels if l["kind"] == "pref" and _is_latin(l["l"])), ""),
        "alt_labels": [l["l"] for l in labels if l["kind"] == "alt"],
        "class": cls[0]["c"].rsplit("#", 1)[-1] if cls else "",
        "links": links,
        "years": sorted({e["year"] for e in evidence}),
        "cities": sorted({e["city"] for e in evidence if e["city"]}),
        "status": {int(year): status for year, status in year_status(statuses).items()},
        "definition": definition[0]["d"] if definition else None,
        "evidence": evidence,
    }


_INDICATORS_QUERY = """
SELECT DISTINCT ?label ?code ?city ?report ?doc ?year ?kind ?measure ?value ?normalised ?unit ?qualifier ?sentence ?start ?end
WHERE {
  ?obs a kg:IndicatorObservation ; kg:indicatorLabel ?label ; sdmx-dimension:refPeriod ?year ;
       kg:observationKind ?k ; kg:measureType ?m ; sdmx-measure:obsValue ?value ; kg:normalisedValue ?normalised ;
       sdmx-attribute:unitMeasure ?u ; kg:report ?report ; prov:wasDerivedFrom ?phrase .
  ?u skos:prefLabel ?unit .
  ?phrase nif:beginIndex ?start ; nif:endIndex ?end ; nif:sentence ?s ; nif:referenceContext ?doc .
  ?s nif:anchorOf ?sentence .
  ?report kg:city ?c . ?c skos:prefLabel ?city FILTER(LANG(?city) = "zh")
  OPTIONAL { ?obs kg:indicator ?ind . ?ind skos:notation ?code }
  OPTIONAL { ?obs kg:qualifier ?qualifier }
  BIND(STRAFTER(STR(?k), "#") AS ?kind) BIND(STRAFTER(STR(?m), "#") AS ?measure)
}"""

INDICATOR_KINDS = ("target", "actual")


def indicators(store: str | Path | ox.Store = DEFAULT_STORE, city: str | None = None, indicator: str | None = None,
               kind: str | None = None) -> list[dict]:
    """The figures the reports state (contract: ``kg indicators --format json``): one dict per
    observation with ``indicator`` (standard code or None), ``label`` (as written), ``city``,
    ``report``, ``document``, ``year`` (the year the figure is about), ``kind`` (target/actual),
    ``measure`` (growth/average_growth/level/share), ``value`` (a fall is negative), ``normalised`` (in the base
    unit: 万 → 10⁴, 亿 → 10⁸), ``unit`` (as written), ``qualifier`` (以上, 左右, … or None),
    ``sentence``, ``start`` and ``end`` (offsets into the document's original text).

    ``city`` matches the city's name with or without its suffix (张家界 or 张家界市); an unknown
    ``indicator`` code or ``kind`` raises :class:`QueryError`."""
    from kg.extractors.indicators import load_indicators

    if kind is not None and kind not in INDICATOR_KINDS:
        raise QueryError(f"unknown kind {kind!r} (one of {', '.join(INDICATOR_KINDS)})")
    codes = load_indicators().labels
    if indicator is not None and indicator not in codes:
        raise QueryError(f"unknown indicator code {indicator!r} (one of {', '.join(sorted(codes))})")
    results = _store(store).query(_INDICATORS_QUERY, use_default_graph_as_union=True, prefixes=_prefixes())
    out = []
    for row in results:
        item = {
            "indicator": row["code"].value if row["code"] is not None else None,
            "label": row["label"].value,
            "city": row["city"].value,
            "report": row["report"].value.rsplit("/report/", 1)[-1],
            "document": row["doc"].value.rsplit("/", 1)[-1],
            "year": int(row["year"].value),
            "kind": row["kind"].value,
            "measure": row["measure"].value,
            "value": float(row["value"].value),
            "normalised": float(row["normalised"].value),
            "unit": row["unit"].value,
            "qualifier": row["qualifier"].value if row["qualifier"] is not None else None,
            "sentence": row["sentence"].value,
            "start": int(row["start"].value),
            "end": int(row["end"].value),
        }
        if city is not None and city not in (item["city"], _city_core(item["city"])):
            continue
        if indicator is not None and item["indicator"] != indicator:
            continue
        if kind is not None and item["kind"] != kind:
            continue
        out.append(item)
    out.sort(key=lambda i: (i["city"], i["report"], i["document"], i["start"], i["end"]))
    return out


def _city_core(name: str) -> str:
    import re

    return re.sub(r"(市|地区|自治州|州|盟|县|区)$", "", name) or name


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x2e80 for ch in text)


def _prefixes() -> dict[str, str]:
    from kg.vocab import PREFIXES

    return PREFIXES


def rdflib_dataset(store: str | Path | ox.Store = DEFAULT_STORE):
    """The store's content as an rdflib ``Dataset``, for code that wants rdflib's API."""
    import io

    import rdflib

    buffer = io.BytesIO()
    _store(store).dump(buffer, ox.RdfFormat.N_QUADS)
    data = rdflib.Dataset()
    data.parse(data=buffer.getvalue().decode("utf-8"), format="nquads")
    return data


def validate(store: str | Path | ox.Store = DEFAULT_STORE) -> tuple[bool, str]:
    """SHACL validation of the store against ``ontology/shapes.ttl``: (conforms, report)."""
    import pyshacl
    import rdflib

    from kg.rdf import ONTOLOGY_DIR

    data = rdflib_dataset(store)
    shapes = rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    # The ontology is in the store (graph/ontology), so the class hierarchy is part of the data.
    conforms, _graph, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), text


def _store(store) -> ox.Store:
    return store if isinstance(store, ox.Store) else open_store(Path(store))


__all__ = [
    "AmbiguousLabel", "BuildSummary", "QueryResult", "add", "build", "dossier", "extract", "find_entities", "indicators",
    "promises", "query", "rdflib_dataset", "recurring", "remove", "show", "validate",
]
