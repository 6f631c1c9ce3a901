"""`kg push` into a real Virtuoso (Debian's virtuoso-opensource-7, installed by scripts/test.sh),
started on loopback with a database of its own in a temporary folder."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import run_kg

VIRTUOSO = shutil.which("virtuoso-t")
INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if not VIRTUOSO or not INI.is_file():
        if os.environ.get("KG_REQUIRE_VIRTUOSO"):
            pytest.fail("virtuoso-t is missing (scripts/test.sh installs virtuoso-opensource-7)")
        pytest.skip("Virtuoso is not installed (bash scripts/test.sh installs it)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    # Debian's configuration with the database in the temporary folder and both ports on loopback.
    lines = []
    for line in INI.read_text(encoding="utf-8").splitlines():
        line = line.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
        if line.replace(" ", "").startswith("ServerPort=1111"):
            line = f"ServerPort = 127.0.0.1:{sql_port}"
        elif line.replace(" ", "").startswith("ServerPort=8890"):
            line = f"ServerPort = 127.0.0.1:{http_port}"
        lines.append(line)
    (folder / "virtuoso.ini").write_text("\n".join(lines) + "\n", encoding="utf-8")
    process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                LOCAL.open(f"{base}/sparql?query=ASK%7B%7D", timeout=5).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"Virtuoso did not start (exit {process.poll()}); see {folder}/virtuoso.log")
                time.sleep(1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def remote_json(endpoint: str, query: str) -> list[dict[str, str]]:
    url = endpoint + "?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with LOCAL.open(request, timeout=120) as response:
        bindings = json.loads(response.read())["results"]["bindings"]
    return [{k: v["value"] for k, v in b.items()} for b in bindings]


def local_json(store: Path, query: str) -> list[dict[str, str]]:
    from kg.queries import run_query
    from kg.store import open_store

    results = run_query(open_store(store), query)
    names = [v.value for v in results.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in results]


@pytest.mark.slow
def test_push_the_seed_graph_into_virtuoso(built, virtuoso):
    endpoint = f"{virtuoso}/sparql"
    result = run_kg("push", "--endpoint", endpoint, "--graph-store", f"{virtuoso}/sparql-graph-crud-auth",
                    "--user", "dba", "--password-env", "KG_TEST_PASSWORD", "--store", str(built.store),
                    env={"KG_TEST_PASSWORD": "dba"})
    assert result.stdout.startswith("pushed 6 graphs,")
    counts = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/govreport-kg/')) } GROUP BY ?g ORDER BY ?g"
    here = local_json(built.store, counts)
    assert len(here) == 6
    assert remote_json(endpoint, counts) == here
    # One saved query gives the same answer on both stores.
    from kg.queries import saved_query

    reports = saved_query("reports").text
    assert remote_json(endpoint, reports) == local_json(built.store, reports)
    # Pushing again replaces the graphs: the counts do not double.
    run_kg("push", "--endpoint", endpoint, "--graph-store", f"{virtuoso}/sparql-graph-crud-auth",
           "--user", "dba", "--password-env", "KG_TEST_PASSWORD", "--store", str(built.store),
           env={"KG_TEST_PASSWORD": "dba"})
    assert remote_json(endpoint, counts) == here


@pytest.mark.slow
def test_push_in_pieces(built, virtuoso):
    """Graphs larger than a piece are sent as one PUT and then POSTs; the counts still match."""
    from kg.push import push

    pushed = push(built.store, f"{virtuoso}/sparql", graph_store=f"{virtuoso}/sparql-graph-crud-auth",
                  user="dba", password="dba", chunk=1000)
    assert all(p.triples == p.remote for p in pushed) and max(p.triples for p in pushed) > 1000


@pytest.mark.slow
def test_push_with_a_wrong_password_is_a_one_line_error(built, virtuoso):
    result = run_kg("push", "--endpoint", f"{virtuoso}/sparql", "--graph-store", f"{virtuoso}/sparql-graph-crud-auth",
                    "--user", "dba", "--password-env", "KG_TEST_PASSWORD", "--store", str(built.store),
                    env={"KG_TEST_PASSWORD": "wrong"}, check=False)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "HTTP 401" in result.stderr


def test_push_to_nothing_is_a_one_line_error(built):
    port = free_port()
    result = run_kg("push", "--endpoint", f"http://127.0.0.1:{port}/sparql", "--store", str(built.store), check=False)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "cannot reach the server" in result.stderr
    missing = run_kg("push", "--endpoint", "http://127.0.0.1:9/sparql", "--user", "u", "--password-env", "KG_NO_SUCH_VARIABLE",
                     "--store", str(built.store), check=False)
    assert missing.returncode == 2 and "no such environment variable" in missing.stderr


class _RefusingServer(http.server.BaseHTTPRequestHandler):
    """Asks for Basic credentials and refuses every password, noting each request's method."""

    seen: list[str] = []

    def _refuse(self):
        self.seen.append(self.command)
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="kg"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_PUT = do_POST = _refuse

    def log_message(self, *args):
        pass


def test_a_refused_password_is_found_before_any_graph_is_sent(built):
    """A server that refuses a large body may close the connection before answering, so the
    password is tried on an empty request first, and no PUT goes out with it."""
    from kg.push import PushError, push

    server = http.server.HTTPServer(("127.0.0.1", 0), _RefusingServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/store"
        with pytest.raises(PushError, match=r"^GET .*HTTP 401 .*refuses these credentials$"):
            push(built.store, url, user="u", password="wrong")
    finally:
        server.shutdown()
    assert _RefusingServer.seen == ["GET", "GET"]
