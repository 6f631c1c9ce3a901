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
- Time limit: queries run in a small pool of worker processes, each with the store opened
  read-only. A query that runs longer than ``timeout`` seconds is answered with ``503`` and its
  worker process is killed and replaced, so a runaway query is really stopped and expensive queries
  cannot pile up; when every worker stays busy for ``timeout`` seconds the answer is ``503`` too.
- CORS: every answer carries ``Access-Control-Allow-Origin: *`` and ``OPTIONS`` answers the
  preflight, so a browser client on another origin can query the endpoint.
- Pages: ``/`` (index), ``/graph`` and ``/timeline`` (the exported views, or generated from the
  store when the files are missing), ``/entity`` (all entities) and ``/entity/<label>`` or
  ``/entity?label=…`` (one entity, from :func:`kg.api.show`), ``/queries/<name>.rq`` (a saved
  query's text).

It binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import html
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.queries import QueryError, run_query, saved_queries
from kg.store import DEFAULT_STORE, StoreError, open_store
from kg.vocab import ENTITY_TYPES, PREFIXES

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 30.0
DEFAULT_WORKERS = 2
MAX_QUERY_BYTES = 1 << 20

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


# -- worker processes -------------------------------------------------------------------------


def _worker_main(store_path: str, connection) -> None:
    """A worker process: open the store read-only, then answer requests until told to stop."""
    try:
        store = open_store(Path(store_path))
    except (StoreError, OSError) as error:
        connection.send(("error", str(error)))
        return
    connection.send(("ready", None))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            response = answer(store, request)
        except Exception as error:  # noqa: BLE001 - a worker answers whatever happens
            response = text_response(500, f"query failed: {type(error).__name__}: {error}".replace("\n", " "))
        try:
            connection.send(response)
        except (OSError, ValueError):
            return


#: How a worker process starts: it imports ``kg.server`` (and through it ``kg.queries``,
#: ``kg.store``, ``kg.vocab``) without running ``kg/__init__.py``, which imports the whole
#: extraction pipeline; so a worker is ready in a fraction of a second instead of seconds.
_BOOTSTRAP = (
    "import sys, types\n"
    "package = types.ModuleType('kg'); package.__path__ = [sys.argv[1]]; sys.modules['kg'] = package\n"
    "from kg.server import _worker_entry\n"
    "_worker_entry(sys.argv[2:])\n"
)


def _worker_entry(argv: list[str]) -> None:
    """The worker process's main (see ``_BOOTSTRAP``): ``argv`` is the socket's file descriptor
    and the store's folder."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    fd, store_path = int(argv[0]), argv[1]
    connection = Connection(fd)
    try:
        _worker_main(store_path, connection)
    finally:
        connection.close()


class _Worker:
    """One worker process, a fresh interpreter (not started through multiprocessing, so that it
    never re-imports the caller's ``__main__`` and no server thread is forked), talking over a
    socket pair."""

    def __init__(self, store_path: Path):
        parent, child = socket.socketpair()
        package_dir = str(Path(__file__).resolve().parent)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _BOOTSTRAP, package_dir, str(child.fileno()), str(store_path)],
                pass_fds=(child.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                close_fds=True,
            )
        finally:
            child.close()
        self.connection = Connection(parent.detach())

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
        self.connection.close()


class QueryPool:
    """Worker processes that run queries with a time limit; a worker whose query runs over the
    limit is killed and replaced."""

    def __init__(self, store_path: Path, size: int = DEFAULT_WORKERS, start_timeout: float = 120.0):
        self.store_path = Path(store_path)
        self.size = max(1, int(size))
        self.start_timeout = start_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        workers = [self._spawn() for _ in range(self.size)]
        for worker in workers:
            problem = worker.wait_ready(start_timeout)
            if problem:
                self.close()
                raise StoreError(problem)
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.store_path)
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
            threading.Thread(target=self._respawn, daemon=True, name="kg-sparql-respawn").start()

    def _respawn(self) -> None:
        worker = self._spawn()
        problem = worker.wait_ready(self.start_timeout)
        if problem or self._closed:
            self._discard(worker)
            if problem:
                print(f"kg serve: {problem}", file=sys.stderr)
            return
        self._idle.put(worker)

    @property
    def idle(self) -> int:
        return self._idle.qsize()

    def run(self, request: QueryRequest, timeout: float) -> Response:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return text_response(
                503,
                f"the server is busy: all {self.size} query workers stayed busy for {timeout:g} s; try again later",
                {"Retry-After": str(max(1, round(timeout)))},
            )
        try:
            worker.connection.send(request)
            if worker.connection.poll(max(0.0, deadline - time.monotonic())):
                response = worker.connection.recv()
                self._idle.put(worker)
                return response
        except Exception as error:  # noqa: BLE001 - a broken worker is replaced, whatever broke it
            self._replace(worker)
            return text_response(500, f"the query worker failed ({type(error).__name__}: {error}); try again".replace("\n", " "))
        self._replace(worker)
        return text_response(
            503,
            f"query stopped: it ran longer than the time limit of {timeout:g} s",
            {"Retry-After": str(max(1, round(timeout)))},
        )

    def close(self) -> None:
        self._closed = True
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

    def __init__(self, address, store_path: Path, timeout: float, pages_dir: Path | None, workers: int, log: bool):
        self.store_path = Path(store_path)
        self.query_timeout = float(timeout)
        self.pages_dir = Path(pages_dir) if pages_dir else None
        self.log = log
        self.store = open_store(self.store_path)
        self._pages: dict[str, bytes] = {}
        self._pages_lock = threading.Lock()
        self.pool: QueryPool | None = None
        super().__init__(address, SparqlHandler)
        try:
            self.pool = QueryPool(self.store_path, size=workers)
        except BaseException:
            self.socket.close()
            raise

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
        with self._pages_lock:
            if name not in self._pages:
                from kg.views.model import load_view_model

                model = load_view_model(self.store)
                if name == "graph.html":
                    from kg.views.network import network_html

                    text = network_html(model)
                else:
                    from kg.views.timeline import timeline_html

                    text = timeline_html(model)
                self._pages[name] = text.encode("utf-8")
            return self._pages[name]


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql/1.0"

    # -- plumbing ---------------------------------------------------------------------------

    def log_message(self, format, *args):
        if self.server.log:
            super().log_message(format, *args)

    def _send(self, response: Response, head_only: bool = False) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "Content-Type, Content-Length, Retry-After")
        for key, value in response.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if not head_only:
            self.wfile.write(response.body)

    def _body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is None:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                self.close_connection = True
                return None
            return b""
        try:
            size = int(length)
        except ValueError:
            size = -1
        if size < 0 or size > MAX_QUERY_BYTES:
            self.close_connection = True  # the unread body would be taken for the next request
            return None
        return self.rfile.read(size)

    def _path(self) -> tuple[str, dict[str, list[str]]]:
        parts = urllib.parse.urlsplit(self.path)
        return parts.path, urllib.parse.parse_qs(parts.query, keep_blank_values=True)

    # -- methods ----------------------------------------------------------------------------

    def do_OPTIONS(self):
        self._body()
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
        self._body()
        self._send(text_response(405, f"method {self.command} is not allowed: this endpoint is read-only", {"Allow": "GET, POST, HEAD, OPTIONS"}))

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _dispatch(self, method: str, head_only: bool = False) -> None:
        path, params = self._path()
        if method == "GET" and self.headers.get("Content-Length"):
            self._body()  # a GET with a body: read it, so that the connection stays usable
        try:
            if path in ("/sparql", "/sparql/"):
                response = self._sparql(method, params)
            elif method == "POST":
                self._body()
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
            body = self._body()
            if body is None:
                return text_response(413, f"the request body is missing a length or longer than {MAX_QUERY_BYTES} bytes")
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
        body = ox.serialize(service_description(endpoint), format=offer[1], prefixes=_SD_PREFIXES if offer[1] != ox.RdfFormat.N_TRIPLES else None)
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


def service_description(endpoint: str) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of the endpoint."""
    node = ox.NamedNode(endpoint)
    sd = lambda local: ox.NamedNode(_SD + local)
    triples = [
        ox.Triple(node, ox.NamedNode(PREFIXES["rdf"] + "type"), sd("Service")),
        ox.Triple(node, sd("endpoint"), node),
        ox.Triple(node, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(node, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(node, sd("feature"), sd("BasicFederatedQuery")),
        ox.Triple(node, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
    ]
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
) -> SparqlServer:
    """The server, bound and with its query workers started, but not serving yet: call
    ``serve_forever()`` (e.g. in a thread), then ``shutdown()`` and ``server_close()``. ``port=0``
    picks a free port (see ``server.url``)."""
    if timeout <= 0:
        raise ValueError("the time limit must be positive")
    return SparqlServer((host, int(port)), Path(store_path), timeout, Path(pages_dir) if pages_dir else None, workers, log)


def serve(
    store_path: str | Path = DEFAULT_STORE,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    pages_dir: str | Path | None = Path("exports"),
    workers: int = DEFAULT_WORKERS,
) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = make_server(store_path, host, port, timeout, pages_dir, workers)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"kg serve: listening on {host}: anyone who can reach this address can query the graph", file=sys.stderr)
    print(f"SPARQL endpoint: {server.url}sparql (read-only, time limit {timeout:g} s); pages: {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


__all__ = ["QueryPool", "QueryRequest", "Response", "SparqlServer", "answer", "looks_like_update", "make_server", "negotiate", "serve"]
