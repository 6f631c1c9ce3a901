"""``kg push``: the store's named graphs into an existing SPARQL server, through the SPARQL 1.1 Graph
Store HTTP Protocol (Virtuoso, Fuseki, QLever, GraphDB, …; see docs/scaling.md).

Each named graph is replaced (``PUT ?graph=IRI``), sent in pieces of at most ``chunk`` triples
(the first piece replaces the graph, the others are added with ``POST``), so that memory stays
bounded however large the graph. Afterwards the endpoint is asked how many triples each graph
holds, and a difference is an error.
"""

from __future__ import annotations

import io
import urllib.parse
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from kg.queries import QueryError
from kg.store import open_store

CHUNK = 50_000
# N-Triples is Turtle too, and every server reads Turtle.
TURTLE = "text/turtle; charset=utf-8"
COUNT_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } VALUES ?g { %s } } GROUP BY ?g"


class PushError(QueryError):
    """The server refused or could not be reached; the message is one line."""


@dataclass
class Pushed:
    graph: str
    triples: int
    remote: int


def session(url: str, user: str | None, password: str | None):
    """An HTTP session for ``url``, authenticated the way the server asks (Virtuoso: Digest,
    Fuseki: Basic). A challenge is fetched first with an empty request and answered with a second
    one, so that the large bodies go out with credentials already accepted (a server that refuses
    a body closes the connection before reading it, which the client sees as a broken pipe, not
    as the server's status). Their bodies are not read: a Graph Store URL without ``?graph`` may
    answer with the whole dataset. No proxy for this machine."""
    import requests
    from requests.auth import HTTPBasicAuth, HTTPDigestAuth

    http = requests.Session()
    if (urllib.parse.urlsplit(url).hostname or "") in ("127.0.0.1", "localhost", "::1"):
        http.trust_env = False
    if user is None:
        return http
    try:
        with http.get(url, timeout=60, stream=True) as first:
            challenge = first.headers.get("WWW-Authenticate", "")
    except requests.RequestException as error:
        raise PushError(f"{url}: cannot reach the server ({error.__class__.__name__})") from None
    if challenge.lower().startswith("digest"):
        http.auth = HTTPDigestAuth(user, password or "")
    else:
        http.auth = HTTPBasicAuth(user, password or "")
    # Answers the challenge (later requests reuse its nonce) and finds a refused password here, as
    # an HTTP status: refused during a large body, it would only show as a broken connection.
    try:
        with http.get(url, timeout=60, stream=True) as answer:
            status, reason = answer.status_code, answer.reason
    except requests.RequestException as error:
        raise PushError(f"{url}: cannot reach the server ({error.__class__.__name__})") from None
    if status in (401, 403):
        raise PushError(f"GET {url}: HTTP {status} {reason}: the server refuses these credentials")
    return http


def _send(http, method: str, url: str, body: bytes, timeout: float) -> None:
    import requests

    try:
        response = http.request(method, url, data=body, headers={"Content-Type": TURTLE}, timeout=timeout)
    except requests.RequestException as error:
        raise PushError(f"{method} {url}: cannot reach the server ({error.__class__.__name__})") from None
    if response.status_code >= 400:
        detail = " ".join(response.text[:300].split())
        raise PushError(f"{method} {url}: HTTP {response.status_code} {response.reason}" + (f": {detail}" if detail else ""))


def _pieces(triples, chunk: int):
    iterator = iter(triples)
    while piece := list(islice(iterator, chunk)):
        buffer = io.BytesIO()
        ox.serialize(piece, buffer, ox.RdfFormat.N_TRIPLES)
        yield buffer.getvalue()


def remote_counts(http, endpoint: str, graphs: list[str], timeout: float) -> dict[str, int]:
    import requests

    values = " ".join(f"<{g}>" for g in graphs)
    try:
        response = http.get(endpoint, params={"query": COUNT_QUERY % values}, timeout=timeout,
                            headers={"Accept": "application/sparql-results+json"})
        response.raise_for_status()
        bindings = response.json()["results"]["bindings"]
    except (requests.RequestException, ValueError, KeyError) as error:
        raise PushError(f"{endpoint}: cannot count the pushed triples ({error.__class__.__name__})") from None
    return {b["g"]["value"]: int(b["n"]["value"]) for b in bindings}


def push(
    store: str | Path | ox.Store,
    endpoint: str,
    graph_store: str | None = None,
    user: str | None = None,
    password: str | None = None,
    chunk: int = CHUNK,
    timeout: float = 300.0,
) -> list[Pushed]:
    """Replace each named graph of ``store`` on the server; ``graph_store`` is its Graph Store
    Protocol URL (default: ``endpoint``, as Fuseki's dataset URL serves both)."""
    db = store if isinstance(store, ox.Store) else open_store(Path(store))
    target = graph_store or endpoint
    http = session(target, user, password)
    graphs = sorted(g.value for g in db.named_graphs() if isinstance(g, ox.NamedNode))
    if not graphs:
        raise PushError("the store has no named graphs to push")
    sent: dict[str, int] = {}
    for graph in graphs:
        node = ox.NamedNode(graph)
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in db.quads_for_pattern(None, None, None, node))
        url = target + ("&" if "?" in target else "?") + urllib.parse.urlencode({"graph": graph})
        count = 0
        for number, body in enumerate(_pieces(triples, chunk)):
            _send(http, "PUT" if number == 0 else "POST", url, body, timeout)
            count += body.count(b"\n")
        sent[graph] = count
    counted = remote_counts(session(endpoint, None, None) if graph_store else http, endpoint, graphs, timeout)
    result = [Pushed(graph, sent[graph], counted.get(graph, 0)) for graph in graphs]
    wrong = [p for p in result if p.triples != p.remote]
    if wrong:
        first = wrong[0]
        raise PushError(f"{len(wrong)} graph(s) differ after the push: {first.graph} has {first.remote} triples on the server, {first.triples} here")
    return result


__all__ = ["PushError", "Pushed", "push"]
