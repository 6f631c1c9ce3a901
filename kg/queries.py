"""SPARQL: saved queries, running queries on the embedded store or a remote endpoint, and the W3C
result formats.

Saved queries are ``kg/resources/queries/*.rq``. Their first comment line is the description; a
query's parameters are its ``VALUES ?name { default }`` lines, which ``params`` replace, so every
saved query is plain SPARQL that any endpoint runs as is.
"""

from __future__ import annotations

import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.reading import path_problem
from kg.vocab import PREFIXES

_VALUES = r"VALUES\s+\?{name}\s*\{{[^}}]*\}}"


class QueryError(ValueError):
    """A bad query, an unknown saved query or a failing endpoint; the message is one line."""


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    text: str


def saved_queries() -> list[SavedQuery]:
    folder = resources.files("kg.resources").joinpath("queries")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            out.append(SavedQuery(entry.name[:-3], first.lstrip("# ").strip(), text))
    return out


def saved_query(name: str) -> SavedQuery:
    for query in saved_queries():
        if query.name == name:
            return query
    names = ", ".join(q.name for q in saved_queries())
    raise QueryError(f"no saved query named {name!r} (saved queries: {names})")


def apply_params(query: str, params: dict[str, str]) -> str:
    """Replace ``VALUES ?name { … }`` by the given values (SPARQL terms, e.g. ``3``, ``"x"@zh``,
    ``kg:Project``; a bare word that is not a number becomes a ``@zh`` string)."""
    for name, value in params.items():
        pattern = re.compile(_VALUES.format(name=re.escape(name)))
        if not pattern.search(query):
            raise QueryError(f"the query has no parameter ?{name}")
        query = pattern.sub(lambda _m: f"VALUES ?{name} {{ {_term(value)} }}", query, count=1)
    return query


def _term(value: str) -> str:
    value = value.strip()
    if re.fullmatch(r"-?\d+(\.\d+)?", value) or value.startswith(("<", '"', "kg:")):
        return value
    return json.dumps(value, ensure_ascii=False) + "@zh"


def run_query(store: ox.Store, query: str):
    """Run SPARQL on the store (the default graph is the union of all graphs)."""
    try:
        return store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {error}".replace("\n", " ")) from None
    except (OSError, ValueError) as error:
        raise QueryError(f"query failed: {error}".replace("\n", " ")) from None


def rows(results) -> tuple[list[str], list[dict[str, ox.NamedNode | ox.Literal | None]]]:
    """(variables, rows) of SELECT results."""
    variables = [v.value for v in results.variables]
    out = []
    for solution in results:
        out.append({v: solution[v] for v in variables})
    return variables, out


def term_text(term) -> str:
    if term is None:
        return ""
    return term.value


def format_results(results, fmt: str) -> str:
    """SELECT/ASK results as table, csv, tsv or json (W3C formats); graphs as Turtle or JSON-LD."""
    if isinstance(results, ox.QueryTriples):
        buffer = io.BytesIO()
        rdf_format = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.TURTLE
        ox.serialize(sorted(results, key=str), buffer, rdf_format, prefixes=PREFIXES)
        return buffer.getvalue().decode("utf-8")
    if fmt in ("json", "csv", "tsv", "xml"):
        formats = {
            "json": ox.QueryResultsFormat.JSON,
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
            "xml": ox.QueryResultsFormat.XML,
        }
        return results.serialize(format=formats[fmt]).decode("utf-8")
    if isinstance(results, ox.QueryBoolean):
        return "true" if bool(results) else "false"
    variables, table = rows(results)
    return render_table(variables, [[term_text(row[v]) for v in variables] for row in table])


def render_table(headers: list[str], body: list[list[str]]) -> str:
    """An aligned text table; CJK characters count double so columns line up in a terminal."""
    def width(text: str) -> int:
        return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)

    def clip(text: str) -> str:
        text = text.replace("\n", " ")
        return text if len(text) <= 80 else text[:79] + "…"

    body = [[clip(cell) for cell in row] for row in body]
    widths = [max([width(h), *(width(r[i]) for r in body)]) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()
    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(r) for r in body)
    out.append(f"({len(body)} rows)")
    return "\n".join(out)


def remote_query(endpoint: str, query: str, fmt: str = "json", timeout: float = 60) -> str:
    """Run a query on a SPARQL 1.1 Protocol endpoint and return the response text."""
    accept = {
        "json": "application/sparql-results+json, application/ld+json;q=0.9",
        "csv": "text/csv",
        "tsv": "text/tab-separated-values",
        "xml": "application/sparql-results+xml",
        "table": "application/sparql-results+json, text/turtle;q=0.9",
    }[fmt]
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(
        endpoint, data=data, headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read().decode("utf-8")
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip().splitlines()[:1]
        raise QueryError(f"{endpoint}: HTTP {error.code} {detail[0] if detail else error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        raise QueryError(f"{endpoint}: {getattr(error, 'reason', error)}") from None
    if fmt == "table" and "json" in content_type and '"head"' in body:
        parsed = json.loads(body)
        variables = parsed["head"].get("vars", [])
        table = [[b.get(v, {}).get("value", "") for v in variables] for b in parsed["results"]["bindings"]]
        return render_table(variables, table)
    return body


def read_query_file(path: str | Path) -> str:
    problem = path_problem(path)
    if problem:  # a named pipe would block the read (and a folder cannot be read)
        raise QueryError(f"{path}: cannot read query ({problem.message})")
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read query ({error})") from None
