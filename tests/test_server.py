"""`kg serve` end to end over HTTP on 127.0.0.1: the SPARQL 1.1 Protocol (GET, both POST forms),
content negotiation, CORS, refused updates, errors, the time limit, the pages, and SPARQLWrapper as
a standard client. Servers listen on an ephemeral port of 127.0.0.1 and are always shut down."""

from __future__ import annotations

import csv
import html
import inspect
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from kg.queries import run_query, saved_query
from kg.server import entity_page, looks_like_update, make_server, negotiate, serve
from kg.store import open_store

SANGLONG = "桑龙高速"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
YEARS = "SELECT DISTINCT ?year WHERE { ?r a kg:Report ; kg:reportYear ?year } ORDER BY ?year"
HIGHWAYS = "CONSTRUCT { ?p skos:prefLabel ?l ; a kg:Highway } WHERE { ?p a kg:Highway ; skos:prefLabel ?l }"
#: A cross product of all triples: never finishes on the seed graph (~14 000³ solutions).
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
#: No proxy, ever: every request goes straight to 127.0.0.1.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def start(built, **options):
    server = make_server(built.store, port=0, log=False, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def stop(server, thread):
    server.shutdown()
    server.server_close()
    thread.join(10)


@pytest.fixture(scope="module")
def server(built):
    server, thread = start(built, timeout=30, pages_dir=built.out)
    try:
        yield server
    finally:
        stop(server, thread)


@pytest.fixture(scope="module")
def hasty(built, tmp_path_factory):
    """A server with a tiny time limit, one worker and no exported pages."""
    server, thread = start(built, timeout=0.5, workers=1, pages_dir=tmp_path_factory.mktemp("no-pages"))
    try:
        yield server
    finally:
        stop(server, thread)


@pytest.fixture(scope="module")
def embedded(built):
    return open_store(built.store)


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0]


def request(server, path, *, data=None, headers=None, method=None) -> Answer:
    assert server.server_address[0] == "127.0.0.1"
    req = urllib.request.Request(server.url.rstrip("/") + path, data=data, headers=headers or {}, method=method)
    try:
        with OPENER.open(req, timeout=60) as response:
            return Answer(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.headers, error.read())


def get_query(server, query, accept=None, **params) -> Answer:
    url = "/sparql?" + urllib.parse.urlencode({"query": query, **params})
    return request(server, url, headers={"Accept": accept} if accept else {})


def count(embedded) -> int:
    return int(next(iter(run_query(embedded, COUNT)))["n"].value)


def json_values(answer: Answer) -> list[dict[str, str]]:
    data = json.loads(answer.body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# -- the protocol ------------------------------------------------------------------------------


def test_binds_to_loopback_by_default(server):
    assert server.server_address[0] == "127.0.0.1"
    for function in (make_server, serve):
        assert inspect.signature(function).parameters["host"].default == "127.0.0.1"


def test_get_json_by_default(server, embedded):
    answer = get_query(server, COUNT)
    assert answer.status == 200 and answer.type == "application/sparql-results+json"
    assert json_values(answer) == [{"n": str(count(embedded))}]


def test_post_urlencoded_and_post_sparql_query(server):
    form = request(server, "/sparql", data=urllib.parse.urlencode({"query": YEARS}).encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"})
    direct = request(server, "/sparql", data=YEARS.encode("utf-8"),
                     headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    for answer in (form, direct):
        assert answer.status == 200 and answer.type == "application/sparql-results+json"
        assert [row["year"] for row in json_values(answer)] == ["2021", "2023", "2024", "2025"]


def test_result_formats_are_negotiated(server):
    json_answer = get_query(server, YEARS, "application/sparql-results+json")
    assert [r["year"] for r in json_values(json_answer)] == ["2021", "2023", "2024", "2025"]

    xml_answer = get_query(server, YEARS, "application/sparql-results+xml")
    assert xml_answer.type == "application/sparql-results+xml"
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(xml_answer.body)
    assert [e.text for e in root.findall(".//r:binding[@name='year']/r:literal", ns)] == ["2021", "2023", "2024", "2025"]

    csv_answer = get_query(server, YEARS, "text/csv")
    assert csv_answer.type == "text/csv"
    assert list(csv.DictReader(io.StringIO(csv_answer.text))) == [{"year": y} for y in ("2021", "2023", "2024", "2025")]

    tsv_answer = get_query(server, YEARS, "text/tab-separated-values")
    assert tsv_answer.type == "text/tab-separated-values"
    lines = tsv_answer.text.splitlines()
    assert lines[0] == "?year" and len(lines) == 5 and lines[1].startswith('"2021"^^')

    # q-values and wildcards; the format= parameter overrides Accept
    assert get_query(server, YEARS, "text/csv;q=0.5, application/sparql-results+xml").type == "application/sparql-results+xml"
    assert get_query(server, YEARS, "text/*").type == "text/csv"
    assert get_query(server, YEARS, "*/*").type == "application/sparql-results+json"
    assert get_query(server, YEARS, "application/sparql-results+json", format="tsv").type == "text/tab-separated-values"


def test_ask(server):
    answer = get_query(server, "ASK { ?p skos:prefLabel \"桑龙高速\"@zh }")
    assert answer.status == 200 and json.loads(answer.body) == {"head": {}, "boolean": True}
    xml_answer = get_query(server, "ASK { ?p skos:prefLabel \"没有\"@zh }", "application/sparql-results+xml")
    assert ET.fromstring(xml_answer.body).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "false"


@pytest.mark.parametrize("media,rdf_format", [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/trig", ox.RdfFormat.TRIG),
])
def test_graph_formats_are_negotiated(server, embedded, media, rdf_format):
    expected = set(run_query(embedded, HIGHWAYS))
    answer = get_query(server, HIGHWAYS, media)
    assert answer.status == 200 and answer.type == media
    parsed = {q.triple for q in ox.parse(answer.body, format=rdf_format)}
    assert parsed == expected and len(expected) > 10


def test_construct_and_describe_default_to_turtle(server):
    answer = get_query(server, HIGHWAYS)
    assert answer.type == "text/turtle" and "@prefix kg:" in answer.text
    describe = get_query(server, "DESCRIBE ?p WHERE { ?p skos:prefLabel \"桑龙高速\"@zh }")
    triples = list(ox.parse(describe.body, format=ox.RdfFormat.TURTLE))
    assert ox.Literal(SANGLONG, language="zh") in {t.object for t in triples}


def test_not_acceptable(server):
    assert get_query(server, YEARS, "image/png").status == 406
    answer = get_query(server, HIGHWAYS, "text/csv")  # a graph has no CSV form
    assert answer.status == 406 and "text/turtle" in answer.text


def test_cors(server):
    answer = request(server, "/sparql?" + urllib.parse.urlencode({"query": YEARS}), headers={"Origin": "http://example.org"})
    assert answer.headers["Access-Control-Allow-Origin"] == "*"
    preflight = request(server, "/sparql", method="OPTIONS", headers={
        "Origin": "http://example.org",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    })
    assert preflight.status == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    assert request(server, "/sparql", data=b"x", headers={"Content-Type": "application/sparql-update"}).headers["Access-Control-Allow-Origin"] == "*"


def test_updates_are_refused(server, embedded):
    before = count(embedded)
    update = 'PREFIX ex: <http://example.org/> INSERT DATA { ex:a ex:b "c" }'
    answers = [
        request(server, "/sparql", data=update.encode(), headers={"Content-Type": "application/sparql-update"}),
        request(server, "/sparql", data=urllib.parse.urlencode({"update": update}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"}),
        get_query(server, update),  # an update sent as a query
        get_query(server, "# comment\nDROP ALL"),
    ]
    for answer in answers:
        assert answer.status == 403
        assert "read-only" in answer.text and len(answer.text.strip().splitlines()) == 1
    assert request(server, "/sparql", method="PUT", data=b"").status == 405
    assert request(server, "/sparql", method="DELETE").status == 405
    assert count(embedded) == before
    assert json.loads(get_query(server, "ASK { <http://example.org/a> ?p ?o }").body)["boolean"] is False


def test_malformed_query_is_400_with_position(server):
    answer = get_query(server, "SELECT ?x WHERE {\n  ?x ?y\n}")
    assert answer.status == 400
    lines = answer.text.strip().splitlines()
    assert len(lines) == 1 and "malformed SPARQL" in lines[0] and "error at 3:" in lines[0]
    assert request(server, "/sparql", data=b"query=x", headers={"Content-Type": "text/plain"}).status == 415
    two = "/sparql?" + urllib.parse.urlencode([("query", YEARS), ("query", YEARS)])
    assert request(server, two).status == 400


def test_dataset_parameters(server, embedded):
    entities_graph = "https://w3id.org/govreport-kg/graph/entities"
    expected = int(next(iter(embedded.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{entities_graph}> {{ ?s ?p ?o }} }}")))["n"].value)
    answer = get_query(server, COUNT, **{"default-graph-uri": entities_graph})
    assert json_values(answer) == [{"n": str(expected)}]
    assert expected < count(embedded)


def test_service_description(server):
    answer = request(server, "/sparql", headers={"Accept": "text/turtle"})
    assert answer.status == 200 and answer.type == "text/turtle"
    triples = list(ox.parse(answer.body, format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert ox.NamedNode(sd + "UnionDefaultGraph") in {t.object for t in triples}
    form = request(server, "/sparql", headers={"Accept": "text/html"})
    assert form.type == "text/html" and "<form" in form.text


# -- the time limit ----------------------------------------------------------------------------


def test_time_limit_stops_a_long_query(hasty, embedded):
    started = time.monotonic()
    answer = get_query(hasty, ENDLESS)
    elapsed = time.monotonic() - started
    assert answer.status == 503 and "time limit" in answer.text and "0.5 s" in answer.text
    assert elapsed < 5
    assert answer.headers["Access-Control-Allow-Origin"] == "*"
    # the worker that ran it was killed and replaced: nothing piles up, and the endpoint answers again
    deadline = time.monotonic() + 30
    while hasty.pool.idle < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert hasty.pool.idle == 1 and len(hasty.pool._all) == 2  # the main worker and the fast lane
    assert json_values(get_query(hasty, COUNT)) == [{"n": str(count(embedded))}]


# -- pages -------------------------------------------------------------------------------------


def test_index_page(server):
    answer = request(server, "/")
    assert answer.status == 200 and answer.type == "text/html"
    for link in ('href="/sparql"', 'href="/graph"', 'href="/timeline"', 'href="/entity"'):
        assert link in answer.text
    assert "timeline" in answer.text and "changes" in answer.text  # the saved queries
    assert request(server, "/queries/timeline.rq").text == saved_query("timeline").text


def test_graph_and_timeline_pages(server, built):
    for path, name in (("/graph", "graph.html"), ("/timeline", "timeline.html")):
        answer = request(server, path)
        assert answer.status == 200 and answer.type == "text/html"
        assert answer.body == (built.out / name).read_bytes()


def test_pages_generated_when_not_exported(hasty):
    answer = request(hasty, "/timeline")
    assert answer.status == 200 and answer.type == "text/html"
    assert "<html" in answer.text.lower() and SANGLONG in answer.text


def test_entity_page(server):
    path = "/entity/" + urllib.parse.quote(SANGLONG)
    answer = request(server, path)
    assert answer.status == 200 and answer.type == "text/html"
    assert f"<title>{SANGLONG}</title>" in answer.text
    assert "Highway" in answer.text and "2021 Started" in answer.text and "<mark>桑龙</mark>" in answer.text
    assert request(server, "/entity?" + urllib.parse.urlencode({"label": SANGLONG})).body == answer.body
    index = request(server, "/entity")
    assert index.status == 200 and f'href="/entity/{urllib.parse.quote(SANGLONG)}"' in index.text


def test_entity_page_escapes_everything(server):
    nasty = "<script>alert(1)</script>"
    answer = request(server, "/entity/" + urllib.parse.quote(nasty))
    assert answer.status == 404
    assert "<script>alert" not in answer.text and html.escape(nasty) in answer.text
    info = {
        "id": "https://example.org/<x>", "label": "<b>bold</b>", "pinyin": "\"q\"", "class": "Road",
        "alt_labels": ["<i>"], "links": [{"p": "locatedIn", "label": "<img src=x onerror=alert(1)>"}],
        "years": [2021], "status": {"2021": "Started"}, "definition": "a & b",
        "evidence": [{"year": "2021", "section": "review", "status": "", "text": "<b>", "sentence": "x<b>y</script>"}],
    }
    page = entity_page(info)
    for raw in ("<b>bold", "<i>", "<img", "</script>y", "<x>"):
        assert raw not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "a &amp; b" in page
    assert "<mark>&lt;b&gt;</mark>" in page


def test_unknown_path_and_post_elsewhere(server):
    assert request(server, "/nothing").status == 404
    assert request(server, "/graph", data=b"x", headers={"Content-Type": "text/plain"}).status == 405


# -- a standard client -------------------------------------------------------------------------


@pytest.fixture
def no_proxy(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def test_sparqlwrapper_as_client(server, no_proxy):
    from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery(saved_query("reports").text)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["year"]["value"] for r in rows] == ["2021", "2023", "2024", "2025"]
    assert {r["year"]["value"]: r["documents"]["value"] for r in rows}["2023"] == "2"

    client.setMethod(POST)
    client.setQuery(saved_query("timeline").text)
    rows = client.query().convert()["results"]["bindings"]
    assert rows[0]["status"]["value"] == "Started"

    client.setReturnFormat(CSV)
    client.setQuery(YEARS)
    assert client.query().convert().decode("utf-8").split() == ["year", "2021", "2023", "2024", "2025"]

    client.setReturnFormat(TURTLE)
    client.setQuery(HIGHWAYS)
    triples = list(ox.parse(client.query().convert(), format=ox.RdfFormat.TURTLE))
    assert ox.Literal(SANGLONG, language="zh") in {t.object for t in triples}


def test_sparqlwrapper_update_is_refused(server, no_proxy):
    from SPARQLWrapper import POST, SPARQLWrapper

    client = SPARQLWrapper(server.url + "sparql")
    client.setMethod(POST)
    client.setQuery('INSERT DATA { <http://example.org/a> <http://example.org/b> "c" }')
    with pytest.raises(urllib.error.HTTPError) as raised:
        client.query()
    assert raised.value.code == 403


# -- units -------------------------------------------------------------------------------------


def test_negotiate():
    offers = [("application/sparql-results+json",), ("application/sparql-results+xml",), ("text/csv",)]
    assert negotiate("", offers) == offers[0]
    assert negotiate("text/csv, */*;q=0.1", offers) == offers[2]
    assert negotiate("application/*;q=0.5, text/csv;q=0.4", offers) == offers[0]
    assert negotiate("text/csv;q=0, text/*", offers) is None
    assert negotiate("image/png", offers) is None
    assert negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", offers) == offers[0]


def test_looks_like_update():
    assert looks_like_update("PREFIX a: <http://a/>\n# c\nINSERT DATA { a:x a:y a:z }")
    assert looks_like_update("  base <http://a/> delete where { ?s ?p ?o }")
    assert looks_like_update("CLEAR DEFAULT") and looks_like_update("LOAD <http://a/>")
    assert not looks_like_update("SELECT * WHERE { ?s <http://a/insert> ?o }")
    assert not looks_like_update("# INSERT\nASK {}")
    assert not looks_like_update(saved_query("changes").text)


# -- the command line ------------------------------------------------------------------------------


def test_kg_serve_command(built):
    """`kg serve --port 0` prints its URL, answers on 127.0.0.1 and stops on SIGINT (skipped until
    the command exists in kg/cli.py)."""
    import signal
    import subprocess
    import sys

    from conftest import ROOT, run_kg

    if run_kg("serve", "--help", check=False).returncode != 0:
        pytest.skip("kg serve is not in kg/cli.py yet")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(built.store), "--port", "0", "--pages", str(built.out)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        line = _read_line(process, timeout=60)
        url = line.split("SPARQL endpoint: ", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql")
        with OPENER.open(url + "?" + urllib.parse.urlencode({"query": YEARS}), timeout=30) as response:
            years = [b["year"]["value"] for b in json.loads(response.read())["results"]["bindings"]]
        assert years == ["2021", "2023", "2024", "2025"]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) in (0, -signal.SIGINT, 130)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def _read_line(process, timeout: float) -> str:
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    assert found and found[0], "kg serve printed nothing"
    return found[0]
