"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store, plus the graph, timeline and
entity pages (``kg serve``). Standard library only (``http.server``).

- ``/sparql``: ``GET ?query=``, ``POST`` ``application/x-www-form-urlencoded`` (``query=``) and
  ``POST`` ``application/sparql-query``; ``default-graph-uri`` / ``named-graph-uri`` are honoured.
  Without them the default graph is the union of all named graphs, as in ``kg query``. Results are
  negotiated on ``Accept`` (or a ``format=`` parameter): SELECT/ASK as SPARQL JSON (default), XML,
  CSV or TSV; CONSTRUCT/DESCRIBE as Turtle (default), N-Triples, JSON-LD, TriG or RDF/XML; ``406``
  when none of them is acceptable. ``GET /sparql`` without a query gives a query form (HTML) or the
  SPARQL service description (Turtle and the other graph formats).
- Read-only: SPARQL Update (``update=``, ``application/sparql-update`` or an update sent as a
  query) is refused with ``403``; the store is opened read-only anyway.
- Time and memory limits: queries run in a small pool of worker processes, each with the store
  opened read-only and its address space capped. A query that runs longer than ``timeout``
  seconds, or needs more memory than the cap, is answered with ``503`` and its worker process is
  killed and replaced, so a runaway query is really stopped and expensive queries cannot pile up;
  when every worker stays busy for ``timeout`` seconds the answer is ``503`` too. A fast-lane
  worker answers short queries while the others are busy. Workers die with the server.
- New builds: before each query the server checks which store folder is at the store's path
  (a build switches in a new one) and the worker reopens it when it changed, so every query sees
  one build, and never an older one than a query before it; the pages follow.
- Federation (``SERVICE``) is refused with ``400`` before anything runs, unless the service is
  under an ``allow_service`` prefix (:mod:`kg.federation`).
- Connections: a client that stalls gets ``408`` or is disconnected after ``read_timeout``
  seconds; a long listen queue; chunked bodies; a malformed ``Host`` header is ``400``.
- CORS: ``Access-Control-Allow-Origin: *`` by default (read-only, no credentials, no federation),
  or only the origins given; ``OPTIONS`` answers the preflight.
- Pages: ``/`` (index), ``/graph`` and ``/timeline`` (the exported views, or generated from the
  store when the files are missing), ``/entity`` (all entities) and ``/entity/<label>`` or
  ``/entity?label=…`` (one entity, from :func:`kg.api.show`), ``/queries/<name>.rq`` (a saved
  query's text).

See docs/security.md for what is promised and what was tried.
It binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import ctypes
import html
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.federation import refusal as federation_refusal
from kg.queries import QueryError, run_query, saved_queries
from kg.store import DEFAULT_STORE, StoreError, open_store
from kg.vocab import ENTITY_TYPES, PREFIXES

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 30.0
DEFAULT_WORKERS = 2
#: Address space of one query worker, in MB; a worker at rest uses about 200 MB of it (most of it
#: reserved, not resident), so a query has the rest.
DEFAULT_MEMORY_LIMIT_MB = 1024
#: How long a query may run in the fast lane (see :class:`QueryPool`).
FAST_LANE_SECONDS = 2.0
#: How long the server waits for a client to send the next part of a request.
DEFAULT_READ_TIMEOUT = 20.0
#: Connections the kernel queues before the server accepts them.
LISTEN_BACKLOG = 1024
MAX_QUERY_BYTES = 1 << 20
#: A Host header: a DNS name or IPv4 address, or an IPv6 address in brackets, and a port.
_HOST = re.compile(r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")
#: A CORS origin: scheme, host and optional port, nothing else.
_ORIGIN = re.compile(r"https?://(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")

#: (media type, format, content type sent) for SELECT and ASK results, in order of preference.
RESULT_FORMATS = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON, "application/sparql-results+json; charset=utf-8"),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML, "application/sparql-results+xml; charset=utf-8"),
    ("text/csv", ox.QueryResultsFormat.CSV, "text/csv; charset=utf-8"),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV, "text/tab-separated-values; charset=utf-8"),
    # aliases, after the proper types so that wildcards pick those
    ("application/json", ox.QueryResultsFormat.JSON, "application/sparql-results+json; charset=utf-8"),
    ("application/xml", ox.QueryResultsFormat.XML, "application/sparql-results+xml; charset=utf-8"),
    ("text/xml", ox.QueryResultsFormat.XML, "application/sparql-results+xml; charset=utf-8"),
]
#: The same for CONSTRUCT and DESCRIBE graphs.
GRAPH_FORMATS = [
    ("text/turtle", ox.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES, "application/n-triples; charset=utf-8"),
    ("application/ld+json", ox.RdfFormat.JSON_LD, "application/ld+json; charset=utf-8"),
    ("application/trig", ox.RdfFormat.TRIG, "application/trig; charset=utf-8"),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML, "application/rdf+xml; charset=utf-8"),
    # aliases
    ("application/x-turtle", ox.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
    ("text/plain", ox.RdfFormat.N_TRIPLES, "application/n-triples; charset=utf-8"),
    ("application/json", ox.RdfFormat.JSON_LD, "application/ld+json; charset=utf-8"),
    ("application/xml", ox.RdfFormat.RDF_XML, "application/rdf+xml; charset=utf-8"),
    ("text/xml", ox.RdfFormat.RDF_XML, "application/rdf+xml; charset=utf-8"),
]
#: ``format=`` shortcuts (an explicit choice that overrides ``Accept``).
FORMAT_PARAMETER = {
    "json": "application/sparql-results+json, application/ld+json;q=0.9",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml, application/rdf+xml;q=0.9",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "n-triples": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "trig": "application/trig",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
}

_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)
_UPDATE_KEYWORD = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


# -- answering a query (runs in a worker process) ---------------------------------------------


@dataclass(frozen=True)
class QueryRequest:
    query: str
    accept: str = ""
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    #: The store generation the server saw when the query came (see :func:`store_generation`).
    generation: tuple[int, int, int] | None = None


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"), headers or {})


def looks_like_update(text: str) -> bool:
    """Whether ``text`` is SPARQL Update rather than a query (its first keyword after the
    prologue)."""
    start = _PROLOGUE.match(text).end()
    return bool(_UPDATE_KEYWORD.match(text, start))


def negotiate(accept: str, offers: list[tuple]) -> tuple | None:
    """The offer (``(media type, …)``) that ``accept`` prefers, or ``None`` when nothing offered is
    acceptable. An empty ``Accept`` takes the first offer; ties go to the earlier offer."""
    ranges = []
    for item in (accept or "").split(","):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if not media:
            continue
        if "/" not in media:
            media = "*/*" if media == "*" else media + "/*"
        q = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    if not ranges:
        return offers[0] if offers else None
    best, best_q = None, 0.0
    for offer in offers:
        kind = offer[0].partition("/")[0]
        found, specificity = None, -1
        for media, q in ranges:
            r_kind, _, r_sub = media.partition("/")
            if media == offer[0]:
                spec = 2
            elif r_kind == kind and r_sub == "*":
                spec = 1
            elif media == "*/*":
                spec = 0
            else:
                continue
            if spec > specificity:
                found, specificity = q, spec
        if found is not None and found > best_q:
            best, best_q = offer, found
    return best


def _run(store: ox.Store, request: QueryRequest):
    if not request.default_graphs and not request.named_graphs:
        return run_query(store, request.query)
    try:
        default = [ox.NamedNode(iri) for iri in request.default_graphs] or None
        named = [ox.NamedNode(iri) for iri in request.named_graphs] or None
    except ValueError as error:
        raise QueryError(f"bad graph IRI: {error}") from None
    try:
        return store.query(
            request.query,
            default_graph=default,
            named_graphs=named,
            use_default_graph_as_union=default is None,
            prefixes=PREFIXES,
        )
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {error}".replace("\n", " ")) from None
    except (OSError, ValueError) as error:
        raise QueryError(f"query failed: {error}".replace("\n", " ")) from None


def _names(offers) -> str:
    return ", ".join(dict.fromkeys(o[2].split(";")[0] for o in offers))


def answer(store: ox.Store, request: QueryRequest) -> Response:
    """Run one query and serialise its results as the request's ``Accept`` asks."""
    if looks_like_update(request.query):
        return _update_refused()
    try:
        results = _run(store, request)
    except QueryError as error:
        return text_response(400, str(error))
    if isinstance(results, ox.QueryTriples):
        offer = negotiate(request.accept, GRAPH_FORMATS)
        if offer is None:
            return text_response(406, f"not acceptable: {request.accept!r}; a graph is available as {_names(GRAPH_FORMATS)}")
        try:
            triples = sorted(results, key=str)
            body = ox.serialize(triples, format=offer[1], prefixes=None if offer[1] == ox.RdfFormat.N_TRIPLES else PREFIXES)
        except (OSError, ValueError, RuntimeError) as error:
            return text_response(500, f"query failed: {error}".replace("\n", " "))
        return Response(200, offer[2], body or b"")
    offer = negotiate(request.accept, RESULT_FORMATS)
    if offer is None:
        return text_response(406, f"not acceptable: {request.accept!r}; results are available as {_names(RESULT_FORMATS)}")
    try:
        body = results.serialize(format=offer[1])
    except (OSError, ValueError, RuntimeError) as error:
        return text_response(500, f"query failed: {error}".replace("\n", " "))
    return Response(200, offer[2], body or b"")


def _update_refused() -> Response:
    return text_response(
        403,
        "SPARQL Update is not allowed: this endpoint is read-only (rebuild the graph with `kg build`)",
        {"Allow": "GET, POST, OPTIONS"},
    )


# -- store generations ------------------------------------------------------------------------


def store_generation(path: Path) -> tuple[int, int, int] | None:
    """Which store is at ``path`` now: a build switches in a new folder (:mod:`kg.store`), so the
    folder's identity (device, inode, change time) changes with every build; ``None`` when there
    is no store."""
    for folder in (path, path.with_name(f".{path.name}.old")):
        try:
            stat = os.stat(folder)
        except OSError:
            continue
        return (stat.st_dev, stat.st_ino, stat.st_ctime_ns)
    return None


def open_generation(path: Path) -> tuple[ox.Store, tuple[int, int, int] | None]:
    """The store at ``path`` (read-only) and its generation, checked on both sides of the opening so
    that a build switching folders meanwhile cannot pair one folder's data with another's name."""
    for _ in range(10):
        before = store_generation(path)
        store = open_store(path)
        if store_generation(path) == before:
            return store, before
    return store, store_generation(path)


# -- worker processes -------------------------------------------------------------------------


def _worker_main(store_path: str, connection, memory_limit: int) -> None:
    """A worker process: open the store read-only, then answer requests until told to stop. Before
    each query it reopens the store when the request names a newer generation, so a query never
    mixes two builds and never runs on a store older than the one the server has seen."""
    path = Path(store_path)
    try:
        store, generation = open_generation(path)
    except (StoreError, OSError) as error:
        connection.send(("error", str(error)))
        return
    if memory_limit:
        at_rest = _address_space()
        if memory_limit < at_rest + _QUERY_MEMORY_FLOOR:
            need = (at_rest + _QUERY_MEMORY_FLOOR + (1 << 20) - 1) >> 20
            connection.send(("error", f"a memory limit of {memory_limit >> 20} MB is too low: a query worker uses {at_rest >> 20} MB of address space at rest; give at least {need} MB"))
            return
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    connection.send(("ready", None))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        healthy = True
        try:
            if request.generation != generation:
                store = None  # close the old build before opening the new one
                store, generation = open_generation(path)
            response = answer(store, request)
        except MemoryError:
            healthy = False
            response = _out_of_memory(memory_limit)
        except Exception as error:  # noqa: BLE001 - a worker answers whatever happens
            response = text_response(500, f"query failed: {type(error).__name__}: {error}".replace("\n", " "))
        try:
            connection.send((response, healthy))
        except (OSError, ValueError):
            return
        if not healthy:
            return


#: Room a query needs above a worker at rest, at the very least.
_QUERY_MEMORY_FLOOR = 64 << 20


def _address_space() -> int:
    """This process's address space (``VmSize``), in bytes; 0 where ``/proc`` is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _out_of_memory(memory_limit: int) -> Response:
    return text_response(503, f"query stopped: it needed more than the memory limit of {memory_limit >> 20} MB per query worker")


#: How a worker process starts: it imports ``kg.server`` (and through it ``kg.queries``,
#: ``kg.store``, ``kg.vocab``) without running ``kg/__init__.py``, which imports the whole
#: extraction pipeline; so a worker is ready in a fraction of a second instead of seconds.
_BOOTSTRAP = (
    "import sys, types\n"
    "package = types.ModuleType('kg'); package.__path__ = [sys.argv[1]]; sys.modules['kg'] = package\n"
    "from kg.server import _worker_entry\n"
    "_worker_entry(sys.argv[2:])\n"
)

_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when the server process dies, even by SIGKILL (Linux)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)  # the server died before the request to follow it took effect


def _worker_entry(argv: list[str]) -> None:
    """The worker process's main (see ``_BOOTSTRAP``): ``argv`` is the socket's file descriptor,
    the store's folder, the memory limit in bytes (0: none) and the server's process id."""
    fd, store_path, memory_limit, parent = int(argv[0]), argv[1], int(argv[2]), int(argv[3])
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    connection = Connection(fd)
    try:
        _worker_main(store_path, connection, memory_limit)
    finally:
        connection.close()


class _Worker:
    """One worker process, a fresh interpreter (not started through multiprocessing, so that it
    never re-imports the caller's ``__main__`` and no server thread is forked), talking over a
    socket pair. ``lane`` is ``"main"`` or ``"fast"`` (see :class:`QueryPool`)."""

    def __init__(self, store_path: Path, lane: str, memory_limit: int):
        self.lane = lane
        parent, child = socket.socketpair()
        package_dir = str(Path(__file__).resolve().parent)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _BOOTSTRAP, package_dir, str(child.fileno()), str(store_path), str(memory_limit), str(os.getpid())],
                pass_fds=(child.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                close_fds=True,
                # a query over the memory limit: one line, not a trace; few malloc arenas, whose
                # 64 MB reservations would otherwise count against the address-space limit
                env={**os.environ, "RUST_BACKTRACE": "0", "MALLOC_ARENA_MAX": "2"},
            )
        finally:
            child.close()
        self.connection = Connection(parent.detach())
        self._closing = threading.Lock()
        self._closed = False

    def wait_ready(self, timeout: float) -> str | None:
        """``None`` once the worker is ready, else why not."""
        try:
            if not self.connection.poll(timeout):
                return f"the query worker did not start within {timeout:g} s"
            kind, detail = self.connection.recv()
        except (EOFError, OSError) as error:
            return f"the query worker died while starting ({error or 'exit status ' + str(self.process.poll())})"
        return None if kind == "ready" else detail

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        # A request thread replacing this worker and the shutdown may both get here: the socket is
        # closed once, or the second close would close whatever file took its number meanwhile
        # (a store file of the next server: EBADF there).
        with self._closing:
            if self._closed:
                return
            self._closed = True
        try:
            self.connection.close()
        except OSError:
            pass


class QueryPool:
    """Worker processes that run queries with a time limit and a memory limit; a worker whose query
    runs over either is killed and replaced.

    ``size`` workers form the main lane. One more worker, the fast lane, takes a query only when
    every main worker is busy, and only for ``fast_timeout`` seconds: a cheap query is answered
    at once while long queries hold the main lane; a query that needs longer there is stopped and
    waits for a main worker instead. All workers are started from one long-lived thread, so the
    kernel's "kill me when my parent dies" (bound to the starting thread) lasts as long as the
    pool."""

    def __init__(
        self,
        store_path: Path,
        size: int = DEFAULT_WORKERS,
        start_timeout: float = 120.0,
        memory_limit: int = DEFAULT_MEMORY_LIMIT_MB << 20,
        fast_timeout: float = FAST_LANE_SECONDS,
    ):
        self.store_path = Path(store_path)
        self.size = max(1, int(size))
        self.start_timeout = start_timeout
        self.memory_limit = int(memory_limit)
        self.fast_timeout = fast_timeout
        self._idle: dict[str, list[_Worker]] = {"main": [], "fast": []}
        self._ready = threading.Condition()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starter = ThreadPoolExecutor(1, thread_name_prefix="kg-sparql-workers")
        workers = [self._spawn(lane) for lane in ["main"] * self.size + ["fast"]]
        for worker in workers:
            problem = worker.wait_ready(start_timeout)
            if problem:
                self.close()
                raise StoreError(problem)
            self._release(worker)

    def _spawn(self, lane: str) -> _Worker:
        worker = self._starter.submit(_Worker, self.store_path, lane, self.memory_limit).result()
        with self._lock:
            self._all.add(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()

    def _replace(self, worker: _Worker) -> None:
        self._discard(worker)
        if not self._closed:
            threading.Thread(target=self._respawn, args=(worker.lane,), daemon=True, name="kg-sparql-respawn").start()

    def _respawn(self, lane: str) -> None:
        try:
            worker = self._spawn(lane)
        except RuntimeError:  # the pool closed meanwhile
            return
        problem = worker.wait_ready(self.start_timeout)
        if problem or self._closed:
            self._discard(worker)
            if problem:
                print(f"kg serve: {problem}", file=sys.stderr)
            return
        self._release(worker)

    def _release(self, worker: _Worker) -> None:
        with self._ready:
            self._idle[worker.lane].append(worker)
            self._ready.notify_all()

    def _acquire(self, deadline: float, fast_lane: bool) -> _Worker | None:
        """An idle main worker, else (when ``fast_lane``) the idle fast-lane worker; waits until
        ``deadline`` for one."""
        with self._ready:
            while True:
                if self._idle["main"]:
                    return self._idle["main"].pop()
                if fast_lane and self._idle["fast"]:
                    return self._idle["fast"].pop()
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed:
                    return None
                self._ready.wait(remaining)

    @property
    def idle(self) -> int:
        with self._ready:
            return len(self._idle["main"])

    def run(self, request: QueryRequest, timeout: float) -> Response:
        request = replace(request, generation=store_generation(self.store_path))
        deadline = time.monotonic() + timeout
        fast_lane = True
        while True:
            worker = self._acquire(deadline, fast_lane)
            if worker is None:
                return text_response(
                    503,
                    f"the server is busy: all {self.size} query workers stayed busy for {timeout:g} s; try again later",
                    {"Retry-After": str(max(1, round(timeout)))},
                )
            limit = deadline - time.monotonic()
            if worker.lane == "fast":
                fast_lane = False
                limit = min(limit, self.fast_timeout)
            try:
                worker.connection.send(request)
                if worker.connection.poll(max(0.0, limit)):
                    response, healthy = worker.connection.recv()
                    if healthy:
                        self._release(worker)
                    else:
                        self._replace(worker)
                    return response
            except (EOFError, OSError):
                return self._died(worker)
            except Exception as error:  # noqa: BLE001 - a broken worker is replaced, whatever broke it
                self._replace(worker)
                return text_response(500, f"the query worker failed ({type(error).__name__}: {error}); try again".replace("\n", " "))
            self._replace(worker)
            if worker.lane == "main" or time.monotonic() >= deadline:
                return text_response(
                    503,
                    f"query stopped: it ran longer than the time limit of {timeout:g} s",
                    {"Retry-After": str(max(1, round(timeout)))},
                )

    def _died(self, worker: _Worker) -> Response:
        """The answer when a worker died during a query: with a memory limit, allocation failure
        aborts the query engine, so that is the likely cause."""
        try:
            status = worker.process.wait(5)
        except subprocess.TimeoutExpired:
            status = None
        self._replace(worker)
        if self.memory_limit and status in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS, 1, 134):
            return _out_of_memory(self.memory_limit)
        return text_response(503, f"query stopped: its worker process died (exit status {status}); try again")

    def close(self) -> None:
        self._closed = True
        with self._ready:
            self._ready.notify_all()
        self._starter.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


# -- HTTP -------------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; ``server_close`` also stops the query workers."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(
        self,
        address,
        store_path: Path,
        timeout: float,
        pages_dir: Path | None,
        workers: int,
        log: bool,
        memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
        allow_service: tuple[str, ...] = (),
        cors: tuple[str, ...] | None = None,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
    ):
        self.store_path = Path(store_path)
        self.query_timeout = float(timeout)
        self.pages_dir = Path(pages_dir) if pages_dir else None
        self.log = log
        self.allow_service = tuple(allow_service)
        self.cors = cors_origins(cors, self.allow_service)
        self.read_timeout = float(read_timeout)
        self._store_lock = threading.Lock()
        self._store, self._generation = open_generation(self.store_path)
        self._pages: dict[str, bytes] = {}
        self._pages_lock = threading.Lock()
        self.pool: QueryPool | None = None
        super().__init__(address, SparqlHandler)
        try:
            self.pool = QueryPool(self.store_path, size=workers, memory_limit=max(0, int(memory_limit_mb)) << 20)
        except BaseException:
            self.socket.close()
            raise

    @property
    def store(self) -> ox.Store:
        """The store for the pages: the newest build, reopened when a build has switched in a new
        folder since the last page (the generated views are made again from it)."""
        with self._store_lock:
            generation = store_generation(self.store_path)
            if generation != self._generation:
                self._store, self._generation = open_generation(self.store_path)
                with self._pages_lock:
                    self._pages.clear()
            return self._store

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()

    def view_page(self, name: str) -> bytes:
        """``graph.html`` or ``timeline.html``: the exported file, or generated from the store."""
        if self.pages_dir is not None:
            path = self.pages_dir / name
            if path.is_file():
                return path.read_bytes()
        store = self.store
        with self._pages_lock:
            if name not in self._pages:
                from kg.views.model import load_view_model

                model = load_view_model(store)
                if name == "graph.html":
                    from kg.views.network import network_html

                    text = network_html(model)
                else:
                    from kg.views.timeline import timeline_html

                    text = timeline_html(model)
                self._pages[name] = text.encode("utf-8")
            return self._pages[name]


class BadBody(Exception):
    """A request body that cannot be read: the status and the one-line reason."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def cors_origins(cors: tuple[str, ...] | None, allow_service: tuple[str, ...]) -> tuple[str, ...]:
    """The origins whose pages may read the answers. By default every origin (``*``), which is
    safe while the endpoint only serves the graph: read-only, no cookies or credentials, no
    federation; with ``--allow-service``, no origin unless named, and never ``*``, since pages
    from anywhere could then make the server call the allowed services for them."""
    if cors is None:
        return () if allow_service else ("*",)
    origins = tuple(dict.fromkeys(o.strip().rstrip("/") for o in cors if o.strip() and o.strip().lower() != "none"))
    for origin in origins:
        if origin != "*" and not _ORIGIN.fullmatch(origin):
            raise ValueError(f"--cors {origin!r}: expected an origin such as https://example.org or http://localhost:3000, '*' or 'none'")
    if "*" in origins and allow_service:
        raise ValueError("--cors '*' cannot go with --allow-service: name the origins that may use the federated endpoint")
    return origins


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql/1.0"

    # -- plumbing ---------------------------------------------------------------------------

    def setup(self):
        self.timeout = self.server.read_timeout  # an idle or stalled client frees its thread
        super().setup()

    def handle(self):
        try:
            super().handle()
        except (TimeoutError, ConnectionError):
            self.close_connection = True

    def log_message(self, format, *args):
        if self.server.log:
            super().log_message(format, *args)

    def _send(self, response: Response, head_only: bool = False) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for key, value in self._cors_headers().items():
            self.send_header(key, value)
        for key, value in response.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if not head_only:
            self.wfile.write(response.body)

    def _cors_headers(self) -> dict[str, str]:
        """``Access-Control-Allow-Origin``: ``*`` when the server allows every origin, else the
        request's ``Origin`` when it is one of those allowed. Credentials are never allowed."""
        allowed = self.server.cors
        if not allowed:
            return {}
        if "*" in allowed:
            origin = "*"
        else:
            origin = self.headers.get("Origin", "")
            if origin not in allowed:
                return {"Vary": "Origin"}
        headers = {"Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": "Content-Type, Content-Length, Retry-After"}
        if origin != "*":
            headers["Vary"] = "Origin"
        return headers

    def _body(self) -> bytes:
        """The request body, read whole (at most ``MAX_QUERY_BYTES``), with ``Content-Length`` or
        chunked; :class:`BadBody` when it cannot be read, and the connection is then closed,
        since the rest of the body would be taken for the next request."""
        chunked = "chunked" in self.headers.get("Transfer-Encoding", "").lower()
        length = self.headers.get("Content-Length")
        try:
            if chunked:
                return self._chunked_body()
            if length is None:
                return b""
            try:
                size = int(length)
            except ValueError:
                raise BadBody(400, f"bad Content-Length {length!r}") from None
            if size < 0:
                raise BadBody(400, f"bad Content-Length {length!r}")
            if size > MAX_QUERY_BYTES:
                raise BadBody(413, f"the request body is longer than {MAX_QUERY_BYTES} bytes")
            body = self.rfile.read(size)
            if len(body) < size:
                raise BadBody(400, "the request body ended before its Content-Length")
            return body
        except BadBody:
            self.close_connection = True
            raise
        except TimeoutError:
            self.close_connection = True
            raise BadBody(408, f"the request body did not arrive within {self.server.read_timeout:g} s") from None

    def _chunked_body(self) -> bytes:
        parts, total = [], 0
        while True:
            line = self.rfile.readline(1026)
            size_text = line.split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise BadBody(400, "malformed chunked body") from None
            if size < 0:
                raise BadBody(400, "malformed chunked body")
            total += size
            if total > MAX_QUERY_BYTES:
                raise BadBody(413, f"the request body is longer than {MAX_QUERY_BYTES} bytes")
            if size == 0:
                break
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.readline(3).strip():
                raise BadBody(400, "malformed chunked body")
            parts.append(chunk)
        for _ in range(100):  # trailer fields, up to the empty line
            if not self.rfile.readline(65537).strip():
                return b"".join(parts)
        raise BadBody(400, "malformed chunked body")

    def _skip_body(self) -> None:
        try:
            self._body()
        except BadBody:
            pass

    def _bad_host(self) -> Response | None:
        """A ``400`` unless the ``Host`` header is a host name or address with an optional port
        (it is written into the service description)."""
        host = self.headers.get("Host")
        if host is None or _HOST.fullmatch(host):
            return None
        self.close_connection = True
        return text_response(400, "bad Host header: expected a host name or address and an optional port")

    def _path(self) -> tuple[str, dict[str, list[str]]]:
        parts = urllib.parse.urlsplit(self.path)
        return parts.path, urllib.parse.parse_qs(parts.query, keep_blank_values=True)

    # -- methods ----------------------------------------------------------------------------

    def do_OPTIONS(self):
        self._skip_body()
        bad = self._bad_host()
        if bad:
            self._send(bad)
            return
        requested = self.headers.get("Access-Control-Request-Headers")
        headers = {
            "Access-Control-Allow-Methods": "GET, POST, HEAD, OPTIONS",
            "Access-Control-Allow-Headers": requested or "Accept, Content-Type",
            "Access-Control-Max-Age": "86400",
            "Allow": "GET, POST, HEAD, OPTIONS",
        }
        self._send(Response(204, "text/plain; charset=utf-8", b"", headers))

    def do_HEAD(self):
        self._dispatch("GET", head_only=True)

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def _refuse_method(self):
        self._skip_body()
        self._send(self._bad_host() or text_response(405, f"method {self.command} is not allowed: this endpoint is read-only", {"Allow": "GET, POST, HEAD, OPTIONS"}))

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _dispatch(self, method: str, head_only: bool = False) -> None:
        path, params = self._path()
        if method == "GET" and (self.headers.get("Content-Length") or self.headers.get("Transfer-Encoding")):
            self._skip_body()  # a GET with a body: read it, so that the connection stays usable
        try:
            bad = self._bad_host()
            if bad:
                if method == "POST":
                    self._skip_body()
                response = bad
            elif path in ("/sparql", "/sparql/"):
                response = self._sparql(method, params)
            elif method == "POST":
                self._skip_body()
                response = text_response(405, f"POST is only accepted at /sparql, not {path}", {"Allow": "GET, HEAD"})
            elif path in ("/", "/index.html"):
                response = self._html(200, index_page(self.server))
            elif path in ("/graph", "/graph.html", "/timeline", "/timeline.html"):
                name = "graph.html" if path.startswith("/graph") else "timeline.html"
                response = Response(200, "text/html; charset=utf-8", self.server.view_page(name))
            elif path in ("/entity", "/entity/") and not params.get("label"):
                response = self._html(200, entities_page(self.server.store))
            elif path in ("/entity", "/entity/") or path.startswith("/entity/"):
                label = params["label"][0] if params.get("label") else urllib.parse.unquote(path[len("/entity/"):])
                response = self._entity(label)
            elif path.startswith("/queries/"):
                response = self._saved(path[len("/queries/"):])
            else:
                response = self._html(404, page("Not found", f"<p>Nothing at {html.escape(path)}. <a href=\"/\">Start page</a></p>"))
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as error:  # noqa: BLE001 - answer 500 rather than drop the connection
            response = text_response(500, f"internal error: {type(error).__name__}: {error}".replace("\n", " "))
        try:
            self._send(response, head_only=head_only)
        except (BrokenPipeError, ConnectionResetError):
            pass

    @staticmethod
    def _html(status: int, text: str) -> Response:
        return Response(status, "text/html; charset=utf-8", text.encode("utf-8"))

    # -- /sparql ----------------------------------------------------------------------------

    def _sparql(self, method: str, params: dict[str, list[str]]) -> Response:
        accept = self.headers.get("Accept", "")
        if method == "POST":
            try:
                body = self._body()
            except BadBody as error:
                return text_response(error.status, error.message)
            content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if content_type == "application/sparql-update":
                return _update_refused()
            if content_type == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            elif content_type == "application/sparql-query":
                try:
                    params.setdefault("query", []).append(body.decode("utf-8"))
                except UnicodeDecodeError:
                    return text_response(400, "the query is not UTF-8")
            else:
                return text_response(
                    415,
                    f"unsupported Content-Type {content_type!r}: POST application/x-www-form-urlencoded (query=…) or application/sparql-query",
                )
        if "update" in params:
            return _update_refused()
        queries = params.get("query", [])
        if len(queries) > 1:
            return text_response(400, "give exactly one query parameter")
        if not queries:
            return self._service_description(accept)
        query = queries[0]
        if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
            return text_response(413, f"the query is longer than {MAX_QUERY_BYTES} bytes")
        if params.get("format"):
            chosen = params["format"][0].strip()
            accept = FORMAT_PARAMETER.get(chosen.lower(), chosen)
        if looks_like_update(query):
            return _update_refused()
        refused = federation_refusal(query, self.server.allow_service, PREFIXES)
        if refused:
            return text_response(400, refused)
        request = QueryRequest(
            query=query,
            accept=accept,
            default_graphs=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", [])),
        )
        response = self.server.pool.run(request, self.server.query_timeout)
        response.headers.setdefault("Vary", "Accept")
        return response

    def _service_description(self, accept: str) -> Response:
        offers = [("text/html", None, "text/html; charset=utf-8"), *GRAPH_FORMATS]
        offer = negotiate(accept, offers)
        if offer is None:
            return text_response(406, f"not acceptable: {accept!r}")
        if offer[1] is None:
            return self._html(200, sparql_form_page())
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        endpoint = f"http://{host}/sparql"
        body = ox.serialize(service_description(endpoint, federated=bool(self.server.allow_service)), format=offer[1], prefixes=_SD_PREFIXES if offer[1] != ox.RdfFormat.N_TRIPLES else None)
        return Response(200, offer[2], body, {"Vary": "Accept"})

    # -- pages ------------------------------------------------------------------------------

    def _entity(self, label: str) -> Response:
        from kg import api

        label = label.strip()
        if not label:
            return self._html(400, page("Entity", "<p>Give a label: <code>/entity/桑龙高速</code> or <code>/entity?label=…</code></p>"))
        try:
            info = api.show(label, self.server.store)
        except QueryError as error:
            return self._html(404, page("Not found", f"<p>{html.escape(str(error))}. <a href=\"/entity\">All entities</a></p>"))
        return self._html(200, entity_page(info))

    def _saved(self, name: str) -> Response:
        name = urllib.parse.unquote(name)
        name = name.removesuffix(".rq")
        for saved in saved_queries():
            if saved.name == name:
                return Response(200, "application/sparql-query; charset=utf-8", saved.text.encode("utf-8"))
        return text_response(404, f"no saved query named {name!r}")


# -- service description ----------------------------------------------------------------------

_SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS_NS = "http://www.w3.org/ns/formats/"
_SD_PREFIXES = {"sd": _SD, "formats": _FORMATS_NS}


def service_description(endpoint: str, federated: bool = False) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of the endpoint; ``BasicFederatedQuery`` only when some
    services may be called."""
    node = ox.NamedNode(endpoint)
    sd = lambda local: ox.NamedNode(_SD + local)
    triples = [
        ox.Triple(node, ox.NamedNode(PREFIXES["rdf"] + "type"), sd("Service")),
        ox.Triple(node, sd("endpoint"), node),
        ox.Triple(node, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(node, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(node, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
    ]
    if federated:
        triples.append(ox.Triple(node, sd("feature"), sd("BasicFederatedQuery")))
    for local in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "TriG", "RDF_XML"):
        triples.append(ox.Triple(node, sd("resultFormat"), ox.NamedNode(_FORMATS_NS + local)))
    return sorted(triples, key=str)


# -- HTML -------------------------------------------------------------------------------------

_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
a{color:#1f5fa8}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
code,textarea{font-family:ui-monospace,Menlo,Consolas,monospace}textarea{width:100%;min-height:14em}mark{background:#ffe08a}
.muted{color:#666}nav a{margin-right:1em}
"""


def page(title: str, body: str) -> str:
    """A small HTML page; ``title`` is escaped here, ``body`` must already be escaped."""
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        "<nav><a href=\"/\">kg</a><a href=\"/sparql\">SPARQL</a><a href=\"/graph\">graph</a>"
        "<a href=\"/timeline\">timeline</a><a href=\"/entity\">entities</a></nav>"
        f"<h1>{html.escape(title)}</h1>\n{body}\n</body></html>\n"
    )


def _entity_link(label: str) -> str:
    return f"<a href=\"/entity/{html.escape(urllib.parse.quote(label, safe=''))}\">{html.escape(label)}</a>"


def index_page(server: SparqlServer) -> str:
    rows = []
    for saved in saved_queries():
        run = "/sparql?" + urllib.parse.urlencode({"query": saved.text})
        rows.append(
            f"<tr><td><code>{html.escape(saved.name)}</code></td><td>{html.escape(saved.description)}</td>"
            f"<td><a href=\"{html.escape(run + '&format=json')}\">JSON</a> "
            f"<a href=\"{html.escape(run + '&format=csv')}\">CSV</a> "
            f"<a href=\"/queries/{html.escape(urllib.parse.quote(saved.name))}.rq\">.rq</a></td></tr>"
        )
    endpoint = html.escape(server.url + "sparql")
    body = f"""
<p>A read-only SPARQL 1.1 endpoint over the knowledge graph of government work reports.</p>
<ul>
<li><a href="/sparql">/sparql</a>: the endpoint (<code>{endpoint}</code>): GET or POST, results as
SPARQL JSON, XML, CSV or TSV, graphs as Turtle, N-Triples, JSON-LD or TriG. Updates are refused;
queries stop after {server.query_timeout:g} s.</li>
<li><a href="/graph">/graph</a>: the network of entities</li>
<li><a href="/timeline">/timeline</a>: projects × report years, coloured by status</li>
<li><a href="/entity">/entity</a>: every entity, and one page per entity (<a href="/entity/{html.escape(urllib.parse.quote('桑龙高速'))}">桑龙高速</a>)</li>
</ul>
<h2>Saved queries</h2>
<table><tr><th>name</th><th>what it answers</th><th>run</th></tr>
{''.join(rows)}
</table>
"""
    return page("kg SPARQL endpoint", body)


def sparql_form_page() -> str:
    example = "SELECT ?label ?class WHERE {\n  ?p a ?c ; skos:prefLabel ?label .\n  ?c rdfs:subClassOf* kg:TransportProject .\n  FILTER(LANG(?label) = \"zh\")\n  BIND(STRAFTER(STR(?c), \"#\") AS ?class)\n}\nORDER BY ?label"
    options = "".join(f"<option>{name}</option>" for name in ("json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld", "trig"))
    prefixes = ", ".join(sorted(PREFIXES))
    body = f"""
<form method="get" action="/sparql">
<textarea name="query">{html.escape(example)}</textarea>
<p>format <select name="format">{options}</select> <button type="submit">Run</button></p>
</form>
<p class="muted">Prefixes declared by default: {html.escape(prefixes)}. The default graph is the union of
all named graphs. Read-only; SPARQL Update is refused.</p>
"""
    return page("SPARQL", body)


def entities_page(store: ox.Store) -> str:
    results = run_query(
        store,
        """SELECT ?label ?class ?type WHERE {
             VALUES ?typeIri { kg:Project kg:Place kg:Programme kg:Organization kg:Event }
             ?e a ?c ; skos:prefLabel ?label . FILTER(LANG(?label) = "zh")
             ?c rdfs:subClassOf* ?typeIri .
             BIND(STRAFTER(STR(?c), "#") AS ?class) BIND(STRAFTER(STR(?typeIri), "#") AS ?type)
           } ORDER BY ?type ?label""",
    )
    by_type: dict[str, list[tuple[str, str]]] = {t: [] for t in ENTITY_TYPES}
    for row in results:
        by_type.setdefault(row["type"].value, []).append((row["label"].value, row["class"].value))
    parts = []
    for kind, items in by_type.items():
        if not items:
            continue
        links = " · ".join(f"{_entity_link(label)} <span class=\"muted\">{html.escape(cls)}</span>" for label, cls in items)
        parts.append(f"<h2>{html.escape(kind)} ({len(items)})</h2><p>{links}</p>")
    return page("Entities", "\n".join(parts))


def _highlight(sentence: str, surface: str) -> str:
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return html.escape(sentence)
    end = at + len(surface)
    return f"{html.escape(sentence[:at])}<mark>{html.escape(surface)}</mark>{html.escape(sentence[end:])}"


def entity_page(info: dict) -> str:
    """One entity (the dict :func:`kg.api.show` returns); everything from the graph is escaped."""
    esc = html.escape
    facts = [
        ("id", f"<code>{esc(info['id'])}</code>"),
        ("pinyin", esc(info.get("pinyin") or "")),
        ("class", esc(info.get("class") or "")),
    ]
    if info.get("alt_labels"):
        facts.append(("also", "、".join(esc(label) for label in info["alt_labels"])))
    for link in info.get("links", []):
        facts.append((link["p"], _entity_link(link["label"])))
    if info.get("definition"):
        facts.append(("definition", esc(info["definition"])))
    facts.append(("years", esc(" ".join(map(str, info.get("years", []))))))
    if info.get("status"):
        facts.append(("status", esc(", ".join(f"{y} {s}" for y, s in info["status"].items()))))
    table = "".join(f"<tr><th>{esc(key)}</th><td>{value}</td></tr>" for key, value in facts)
    evidence = "".join(
        f"<tr><td>{esc(str(item.get('year', '')))}</td><td>{esc(item.get('section') or '')}</td>"
        f"<td>{esc(item.get('status') or '')}</td><td>{_highlight(item.get('sentence') or '', item.get('text') or '')}</td></tr>"
        for item in info.get("evidence", [])
    )
    body = (
        f"<table>{table}</table>\n<h2>Evidence</h2>\n"
        f"<table><tr><th>year</th><th>section</th><th>status</th><th>sentence</th></tr>{evidence}</table>"
    )
    return page(info.get("label") or "", body)


# -- entry points -----------------------------------------------------------------------------


def make_server(
    store_path: str | Path = DEFAULT_STORE,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    pages_dir: str | Path | None = Path("exports"),
    workers: int = DEFAULT_WORKERS,
    log: bool = True,
    memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
    allow_service: tuple[str, ...] = (),
    cors: tuple[str, ...] | None = None,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
) -> SparqlServer:
    """The server, bound and with its query workers started, but not serving yet: call
    ``serve_forever()`` (e.g. in a thread), then ``shutdown()`` and ``server_close()``. ``port=0``
    picks a free port (see ``server.url``). ``memory_limit_mb=0`` lifts the memory limit;
    ``allow_service`` lists the IRI prefixes of the services a query may call (none: federation
    is off); ``cors`` the origins allowed to read answers (``None``: see :func:`cors_origins`)."""
    if timeout <= 0:
        raise ValueError("the time limit must be positive")
    if read_timeout <= 0:
        raise ValueError("the read timeout must be positive")
    for prefix in allow_service:
        if not re.match(r"https?://[^/?#\s]+/", prefix):
            raise ValueError(f"--allow-service {prefix!r}: expected an http(s) URL prefix with a host and a path, such as https://query.wikidata.org/")
    return SparqlServer(
        (host, int(port)), Path(store_path), timeout, Path(pages_dir) if pages_dir else None, workers, log,
        memory_limit_mb=memory_limit_mb, allow_service=tuple(allow_service), cors=cors, read_timeout=read_timeout,
    )


class _Stop(BaseException):
    """Raised by the signal handlers of :func:`serve` to leave ``serve_forever``."""


def _stop(signum, frame):
    raise _Stop(signum)


def serve(
    store_path: str | Path = DEFAULT_STORE,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    pages_dir: str | Path | None = Path("exports"),
    workers: int = DEFAULT_WORKERS,
    memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
    allow_service: tuple[str, ...] = (),
    cors: tuple[str, ...] | None = None,
) -> None:
    """Serve until interrupted (Ctrl-C) or stopped (SIGTERM, SIGHUP); the query workers stop with
    the server (and die with it even when it is killed, see :func:`_die_with_parent`)."""
    server = make_server(store_path, host, port, timeout, pages_dir, workers, memory_limit_mb=memory_limit_mb, allow_service=allow_service, cors=cors)
    # SIGINT too: a shell starts a background job with SIGINT ignored, and Python then leaves it so;
    # a server sent SIGINT (kill -INT, a supervisor) should still stop.
    previous = {signum: signal.signal(signum, _stop) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        if host not in ("127.0.0.1", "localhost", "::1"):
            print(f"kg serve: listening on {host}: anyone who can reach this address can query the graph", file=sys.stderr)
        federation = f"; SERVICE allowed under {', '.join(allow_service)}" if allow_service else ""
        print(f"SPARQL endpoint: {server.url}sparql (read-only, time limit {timeout:g} s{federation}); pages: {server.url}", flush=True)
        server.serve_forever()
    except (KeyboardInterrupt, _Stop):
        pass
    finally:
        server.server_close()
        for signum, handler in previous.items():
            signal.signal(signum, handler)


__all__ = ["QueryPool", "QueryRequest", "Response", "SparqlServer", "answer", "looks_like_update", "make_server", "negotiate", "serve"]
