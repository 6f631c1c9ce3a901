"""The extraction cache: each file's analysed :class:`~kg.documents.Document`, kept on disk so that
a rebuild or ``kg add`` only extracts the files it has not seen.

An entry is found by a key over everything the extraction reads: the file's bytes, its path (the
document records it), its manifest row, and the pipeline's version, a hash of the package's code
and resources (rules, patterns, gazetteers) and of the segmenter's and spaCy's versions. Change
any of them and the entry is not found, so a cached document is always the one a fresh extraction
would give, and resolution, IRIs and exports come out byte-identical.

Entries are pickles written by this program into the user's own ``.kg/cache``; a folder of
pickles from elsewhere must not be used as a cache. Writes are atomic (a temporary file renamed),
so concurrent builds and interrupted ones leave whole entries or none. ``KG_CACHE`` names another
folder; ``KG_CACHE=off`` turns the cache off. Delete the folder to reclaim its space.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.documents import Document, DocumentMeta

DEFAULT_CACHE = Path(".kg/cache")
#: The files beside the reports that a build reads (kg.documents.MANIFEST_NAMES and
#: kg.resolve.ALIAS_FILE, named here so that the up-to-date check needs neither module).
SIDE_FILES = ("manifest.csv", "aliases.csv")
CACHE_FORMAT = 1
OFF = "off"
# The libraries whose behaviour is part of what the extraction gives.
PIPELINE_DISTRIBUTIONS = ("spacy", "jieba", "rjieba", "opencc", "pypinyin")


#: The modules whose code decides a file's extraction: they and every ``kg`` module they import
#: (found in their source, imports inside functions included).
EXTRACTION_MODULES = ("kg.documents",)
#: The modules whose code decides a report's graph and its TriG and JSON-LD text (kg.dataset).
REPORT_GRAPH_MODULES = ("kg.dataset",)
#: Data the extraction does not read: the saved queries and the ontology beside them.
NOT_EXTRACTION_DATA = ("resources/queries",)
#: The libraries that serialise a report's graph besides the extraction's.
REPORT_GRAPH_DISTRIBUTIONS = ("pyoxigraph", "pypinyin")
PACKAGE = Path(__file__).resolve().parent
#: The store's record of the sources and graph keys it holds (written by kg.store).
SOURCES_FILE = "kg-sources.json"


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """What decides the extraction besides the input: a hash of the extraction's modules (see
    :data:`EXTRACTION_MODULES`), the package's data files (rules, patterns, gazetteers) and the
    segmenting libraries' versions. Editing the code after the extraction (resolution, RDF,
    exports, the API) keeps it, and the cached extractions with it."""
    return extraction_digest(PACKAGE)


@lru_cache(maxsize=1)
def report_graph_version() -> str:
    """What decides a report's named graph and its export text besides the extraction (whose
    keys are in the report graph's key): the modules of :data:`REPORT_GRAPH_MODULES` and the
    libraries that serialise it."""
    return report_graph_digest(PACKAGE)


@lru_cache(maxsize=1)
def package_version() -> str:
    """A hash of every file of the package and of the libraries' versions: a build whose sources
    and package are those of the last build gives the same exports (:class:`BuildRecord`)."""
    digest = hashlib.sha256(f"kg-package {CACHE_FORMAT} python {sys.version_info[:2]}\n".encode())
    _hash_files(digest, PACKAGE, _package_files(PACKAGE))
    _hash_versions(digest, (*PIPELINE_DISTRIBUTIONS, *REPORT_GRAPH_DISTRIBUTIONS))
    return digest.hexdigest()


def extraction_digest(package: Path) -> str:
    """:func:`pipeline_version` of the package in the folder ``package``."""
    digest = hashlib.sha256(f"kg-cache {CACHE_FORMAT} python {sys.version_info[:2]}\n".encode())
    data = [path for path in _package_files(package) if path.suffix != ".py"
            and not any(path.relative_to(package).as_posix().startswith(folder + "/") for folder in NOT_EXTRACTION_DATA)]
    _hash_files(digest, package, sorted({*module_files(EXTRACTION_MODULES, package), *data}))
    _hash_versions(digest, PIPELINE_DISTRIBUTIONS)
    return digest.hexdigest()


def report_graph_digest(package: Path) -> str:
    """:func:`report_graph_version` of the package in the folder ``package``."""
    digest = hashlib.sha256(f"kg-report-graph {CACHE_FORMAT} python {sys.version_info[:2]}\n".encode())
    _hash_files(digest, package, module_files(REPORT_GRAPH_MODULES, package))
    _hash_versions(digest, REPORT_GRAPH_DISTRIBUTIONS)
    return digest.hexdigest()


def _package_files(package: Path) -> list[Path]:
    return sorted(path for path in package.rglob("*") if path.is_file() and "__pycache__" not in path.parts)


def _hash_files(digest, package: Path, paths) -> None:
    for path in paths:
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def _hash_versions(digest, distributions) -> None:
    for name in distributions:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name}={version}\n".encode())


#: ``import a.b, c`` and ``from a import (b, c)`` at the start of a line (in a function too). Faster
#: than parsing the modules, and a match in a docstring only adds a file to the hash.
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)|import[ \t]+([^\n]*))", re.M)


def module_files(roots, package: Path = PACKAGE) -> list[Path]:
    """The source files of the modules ``roots`` (``kg.x`` names) and of every module of the
    package they import, directly or not (imports inside functions included; a package's
    ``__init__`` counts for each of its modules)."""
    name = package.name

    def source(module: str) -> Path | None:
        relative = Path(*module.split(".")[1:])
        candidates = [package / relative / "__init__.py"]
        if module != name:
            candidates.insert(0, package / relative.with_suffix(".py"))
        for candidate in candidates:
            if candidate.is_file():
                return candidate
        return None

    def names(text: str) -> list[str]:
        text = re.sub(r"\s+as\s+\w+", "", re.sub(r"#[^\n]*", "", text))  # comments and aliases out
        return [item for item in re.split(r"[(),\s\\]+", text) if item]

    seen: dict[str, Path] = {}
    todo = list(roots)
    while todo:
        module = todo.pop()
        if module in seen or (path := source(module)) is None:
            continue
        seen[module] = path
        parts = module.split(".")
        todo.extend(".".join(parts[:i]) for i in range(2, len(parts)))  # the packages it is in
        is_package = path.name == "__init__.py"
        for origin, imported, plain in _IMPORT.findall(path.read_text(encoding="utf-8")):
            if plain:
                todo.extend(item for item in names(plain) if item.split(".")[0] == name)
                continue
            if origin.startswith("."):  # relative: from the module's package
                level = len(origin) - len(origin.lstrip("."))
                anchor = parts if is_package else parts[:-1]
                anchor = anchor[: len(anchor) - (level - 1)]
                origin = ".".join([*anchor, *([origin.lstrip(".")] if origin.lstrip(".") else [])])
            if origin.split(".")[0] == name:
                todo.append(origin)
                todo.extend(f"{origin}.{item}" for item in names(imported))
    return sorted(set(seen.values()))


def write_entry(entry: Path, write) -> None:
    """Write a cache entry atomically (a temporary file renamed into place); ``write`` fills the stream."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=entry.parent, prefix=".tmp-", delete=False) as stream:
            write(stream)
        os.replace(stream.name, entry)
    except OSError:
        # A full disk or a read-only folder costs the next build time, not this build.
        try:
            os.unlink(stream.name)
        except (OSError, UnboundLocalError):
            pass


class ExtractionCache:
    """Documents by key in ``folder`` (``ab/abcdef….pickle``); ``folder=None`` caches nothing."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.hits = 0
        self.misses = 0

    @classmethod
    def default(cls) -> ExtractionCache:
        setting = os.environ.get("KG_CACHE")
        if setting == OFF:
            return cls(None)
        return cls(Path(setting) if setting else DEFAULT_CACHE)

    def key(self, path: Path, meta: DocumentMeta) -> str:
        digest = hashlib.sha256(pipeline_version().encode())
        # the file, not the spelling of its path: kg add names the recorded files relative to the
        # working folder, whatever the build that recorded them was given
        digest.update(str(path.resolve()).encode() + b"\0" + repr(meta).encode() + b"\0")
        digest.update(path.read_bytes())
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, path: Path, meta: DocumentMeta) -> tuple[str | None, Document | None]:
        """(key, cached document or None); the key is None when the cache is off or the file
        cannot be read (the extraction then reports why)."""
        if self.folder is None:
            return None, None
        try:
            key = self.key(path, meta)
        except OSError:
            return None, None
        document = self.load(key)
        if document is None:
            self.misses += 1  # a damaged entry is a miss too, and the fresh extraction replaces it
            return key, None
        self.hits += 1
        return key, document

    def has(self, key: str | None) -> bool:
        return self.folder is not None and key is not None and self._entry(key).is_file()

    def load(self, key: str) -> Document | None:
        """The document kept under ``key``; None when there is none or it is damaged."""
        try:
            with self._entry(key).open("rb") as stream:
                return pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None

    def put(self, key: str | None, document: Document) -> None:
        if self.folder is None or key is None:
            return
        write_entry(self._entry(key), lambda stream: pickle.dump(document, stream, protocol=pickle.HIGHEST_PROTOCOL))


class BuildRecord:
    """What the last build into ``out`` and ``store`` was made from, so that ``kg build`` of the
    same sources can tell that nothing changed and leave the exports and the store as they are.

    The fingerprint covers each file's path, manifest row and bytes, the alias files, the
    pipeline's version, the base IRI, the chosen exports and the files skipped. The exports and
    the store count as unchanged while every export file has the size and modification time it
    had and the store's record of its sources (``kg-sources.json``) the same bytes. The record
    is kept in the cache folder (``builds/``), one per pair of ``out`` and ``store``."""

    def __init__(self, cache: ExtractionCache, out: Path, store: Path):
        self.cache = cache
        self.out = Path(os.path.abspath(out))
        self.store = Path(os.path.abspath(store))
        pair = hashlib.sha256(f"{self.out}\0{self.store}".encode()).hexdigest()
        self.path = cache.folder / "builds" / f"{pair}.json" if cache.folder else None

    def fingerprint(self, paths: list[Path], base: str, exports, skipped: list[str], given: dict | None = None) -> str:
        digest = hashlib.sha256(f"{package_version()}\0{base}\0{','.join(exports)}\0".encode())
        digest.update(json.dumps(sorted(skipped), ensure_ascii=False).encode())
        # --city and --year given for a file change its report as much as its bytes do
        digest.update(json.dumps(sorted((str(p), sorted(g.items())) for p, g in (given or {}).items()), ensure_ascii=False).encode())
        for path in paths:
            digest.update(f"\0{path}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        for folder in sorted({path.resolve().parent for path in paths}):
            for name in SIDE_FILES:
                side = folder / name
                digest.update(f"\0{name}\0".encode() + (side.read_bytes() if side.is_file() else b"-"))
        return digest.hexdigest()

    def _state(self, files: list[str]) -> dict | None:
        try:
            state = {name: [(self.out / name).stat().st_size, (self.out / name).stat().st_mtime_ns] for name in files}
            state[SOURCES_FILE] = hashlib.sha256((self.store / SOURCES_FILE).read_bytes()).hexdigest()
        except OSError:
            return None
        return state

    def unchanged(self, fingerprint: str) -> dict | None:
        """The record of the last build (``summary``: its counts, ``files``: the exports) when it
        had this fingerprint and its exports and store are untouched; None otherwise."""
        if self.path is None:
            return None
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if saved.get("fingerprint") != fingerprint or self._state(saved["files"]) != saved["state"]:
            return None
        return saved

    def save(self, fingerprint: str, files: list[str], summary: dict) -> None:
        if self.path is None:
            return
        state = self._state(files)
        if state is None:
            return
        data = {"fingerprint": fingerprint, "files": files, "state": state, "summary": summary}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            pass  # the next build does the work again; this one is complete


__all__ = ["DEFAULT_CACHE", "BuildRecord", "ExtractionCache", "module_files", "package_version", "pipeline_version",
           "report_graph_version"]
