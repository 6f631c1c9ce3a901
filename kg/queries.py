"""SPARQL: saved queries, running queries on the embedded store or a remote endpoint, and the W3C
result formats.

Saved queries are ``kg/resources/queries/*.rq``. Their first comment line is the description; a
query's parameters are its ``VALUES ?name { example }`` lines, which ``params`` replace, so every
saved query is plain SPARQL that any endpoint runs as is. Each parameter is declared in the header::

    # @param ?label {top-project} the entity's Chinese label, preferred or alternative
    # @param ?minYears least number of distinct report years

A name in braces is a default computed from the graph (:data:`STORE_DEFAULTS`), so that a saved
query run by name answers about whatever city the graph holds; without one, the default is the
``VALUES`` line as written.
"""

from __future__ import annotations

import html
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
_PARAM = re.compile(r"^#\s*@param\s+\?(\w+)\s+(?:\{([\w-]+)\}\s+)?(.+?)\s*$", re.M)
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*\n|(?i:PREFIX)\s+[\w.-]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*")
_FORM = re.compile(r"[A-Za-z]+")
QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
TABLE_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG}

_REPORT_YEARS = "SELECT DISTINCT ?v WHERE { ?r a kg:Report ; kg:reportYear ?v } ORDER BY DESC(?v) LIMIT 2"
#: Defaults a saved query's header can name in braces: (what it means, SPARQL whose first rows give
#: the value, which row). Computed on the graph the query runs on.
STORE_DEFAULTS: dict[str, tuple[str, str, int]] = {
    "latest-year": ("the latest report year", _REPORT_YEARS, 0),
    "previous-year": ("the report year before the latest", _REPORT_YEARS, 1),
    "top-project": (
        "the most-mentioned project",
        """SELECT ?v WHERE {
             { SELECT ?e (COUNT(?m) AS ?n) WHERE {
                 ?c rdfs:subClassOf* kg:Project . ?e a ?c . ?m itsrdf:taIdentRef ?e } GROUP BY ?e }
             ?e skos:prefLabel ?v FILTER(LANG(?v) = "zh")
           } ORDER BY DESC(?n) ?v LIMIT 1""",
        0,
    ),
    "report-city": (
        "the city of the latest report",
        """SELECT ?v WHERE { ?r a kg:Report ; kg:reportYear ?y ; kg:city ?c . ?c skos:prefLabel ?v
             FILTER(LANG(?v) = "zh") } ORDER BY DESC(?y) ?v LIMIT 1""",
        0,
    ),
}


class QueryError(ValueError):
    """A bad query, an unknown saved query or a failing endpoint; the message is one line."""


@dataclass(frozen=True)
class Parameter:
    name: str
    meaning: str
    default: str  # the STORE_DEFAULTS key, or the VALUES content as written

    @property
    def computed(self) -> bool:
        return self.default in STORE_DEFAULTS

    def default_text(self) -> str:
        return STORE_DEFAULTS[self.default][0] if self.computed else self.default


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    text: str

    @property
    def parameters(self) -> list[Parameter]:
        out = []
        for name, key, meaning in _PARAM.findall(self.text):
            values = re.search(_VALUES.format(name=name), self.text)
            written = values.group(0).split("{", 1)[1].rstrip("}").strip() if values else ""
            out.append(Parameter(name, meaning, key or written))
        return out

    def prepared(self, params: dict[str, str] | None = None, store: ox.Store | None = None,
                 endpoint: str | None = None) -> str:
        """The query with ``params`` set and every other computed default taken from ``store``
        (or from ``endpoint``), ready to run."""
        params = {key.lstrip("?"): value for key, value in (params or {}).items()}
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            names = ", ".join(declared) or "none"
            raise QueryError(f"saved query {self.name!r} has no parameter {unknown[0]!r} (its parameters: {names})")
        text = apply_params(self.text, params)
        computed = {}
        for parameter in declared.values():
            if parameter.name not in params and parameter.computed:
                value = _store_default(parameter.default, store, endpoint)
                if value is None:
                    raise QueryError(f"saved query {self.name!r}: the graph has no {parameter.default_text()} (give --param {parameter.name}=…)")
                computed[parameter.name] = value
        return _apply_terms(text, computed)


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
    return _apply_terms(query, {name: _term(value) for name, value in params.items()})


def _apply_terms(query: str, terms: dict[str, str]) -> str:
    for name, term in terms.items():
        pattern = re.compile(_VALUES.format(name=re.escape(name)))
        if not pattern.search(query):
            raise QueryError(f"the query has no parameter ?{name}")
        query = pattern.sub(lambda _m: f"VALUES ?{name} {{ {term} }}", query, count=1)
    return query


def _store_default(key: str, store: ox.Store | None, endpoint: str | None) -> str | None:
    """A computed default as a SPARQL term (``2025``, ``"桑龙高速"@zh``), or None when the graph has
    nothing to give."""
    _meaning, sparql, index = STORE_DEFAULTS[key]
    if endpoint:
        data = json.loads(remote_query(endpoint, _with_prefixes(sparql), "json"))
        values = [b["v"] for b in data["results"]["bindings"] if "v" in b]
        if len(values) <= index:
            return None
        value = values[index]
        if value.get("datatype", "").endswith("#integer"):
            return value["value"]
        return json.dumps(value["value"], ensure_ascii=False) + (f"@{value['xml:lang']}" if value.get("xml:lang") else "")
    if store is None:
        raise QueryError(f"the default of a parameter needs the graph ({key})")
    found = [row["v"] for row in store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)]
    if len(found) <= index:
        return None
    term = found[index]
    if isinstance(term, ox.Literal) and term.datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"):
        return term.value
    return str(term)


def _with_prefixes(sparql: str) -> str:
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items()) + sparql


def query_form(sparql: str) -> str:
    """The query's first keyword after its prologue, upper-cased (``SELECT``, ``INSERT``, …)."""
    start = _PROLOGUE.match(sparql).end()
    word = _FORM.match(sparql, start)
    return word.group(0).upper() if word else ""


def _term(value: str) -> str:
    value = value.strip()
    if re.fullmatch(r"-?\d+(\.\d+)?", value) or value.startswith(("<", '"', "kg:")):
        return value
    return json.dumps(value, ensure_ascii=False) + "@zh"


def run_query(store: ox.Store, query: str):
    """Run SPARQL on the store (the default graph is the union of all graphs)."""
    form = query_form(query)
    if form in UPDATE_FORMS:
        raise QueryError(f"{form} is SPARQL Update: the store is read-only here (kg build, kg add and kg remove change the graph)")
    try:
        return store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {syntax_message(str(error), query)}") from None
    except (OSError, ValueError) as error:
        raise QueryError(f"query failed: {error}".replace("\n", " ")) from None


def syntax_message(message: str, query: str) -> str:
    """Oxigraph's parser message made short: the position, the words before it, and what was
    expected, without the lists of Unicode ranges (``expected one of OPTIONAL, ['A'..='Z' …]``)."""
    message = " ".join(message.split())
    form = query_form(query)
    if form not in QUERY_FORMS:
        return f"error at 1:1: {form or 'nothing'} is no query form (expected SELECT, CONSTRUCT, DESCRIBE or ASK)"
    where = re.match(r"error at (\d+):(\d+)", message)
    if not where:
        return message[:200]
    line, column = int(where.group(1)), int(where.group(2))
    lines = query.splitlines() or [""]
    before = (lines[line - 1] if line <= len(lines) else "")[: column - 1].split()
    head = f"error at {line}:{column}" + (f" after {before[-1][-30:]!r}" if before else "")
    if "Prefix not found" in message:
        declared = {m.lower() for m in re.findall(r"(?i)PREFIX\s+([\w-]*):", query)}
        used = re.findall(r"(?<![\w<?$\"'/#:.-])([A-Za-z][\w-]*):(?=[\w])", query)
        unknown = next((u for u in used if u not in PREFIXES and u.lower() not in declared), None)
        name = f"{unknown}:" if unknown else "a prefix"
        return f"{head}: unknown prefix {name} (declare it: PREFIX {name} <…>; kg:, skos:, rdfs: and the others of kg/vocab.py need none)"
    expected = message.split("expected", 1)[1] if "expected" in message else ""
    words = [w.strip() for w in re.sub(r"\[[^\]]*\]", "", expected.removeprefix(" one of")).split(",")]
    words = [w for w in words if w and w[0] not in "'\\"]
    if not words:
        return head
    more = f" or {len(words) - 5} more" if len(words) > 5 else ""
    return f"{head}: expected {', '.join(words[:5])}{more}"


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


class QueryResult:
    """A query's answer, read once and kept, so that it can be iterated any number of times.

    SELECT: iterating gives one dict per row (``.rows``), values as Python values (IRIs and
    strings as ``str``, integers as ``int``, decimals as ``float``, unbound as ``None``).
    CONSTRUCT/DESCRIBE: iterating gives ``pyoxigraph.Triple`` (``.triples``). ASK: ``bool(result)``.
    ``to_df()`` gives a pandas DataFrame (when pandas is installed); Jupyter shows a table."""

    def __init__(self, results):
        self.kind = "graph" if isinstance(results, ox.QueryTriples) else "ask" if isinstance(results, ox.QueryBoolean) else "select"
        self.boolean = bool(results) if self.kind == "ask" else None
        self.triples: list[ox.Triple] = sorted(results, key=str) if self.kind == "graph" else []
        # The W3C JSON results are lossless: every other table format is serialised from them.
        self._json = results.serialize(format=ox.QueryResultsFormat.JSON) if self.kind == "select" else b""
        self.variables: list[str] = [v.value for v in results.variables] if self.kind == "select" else []
        self.rows: list[dict] = (
            [{v: python_value(solution[v]) for v in self.variables} for solution in self._solutions()]
            if self.kind == "select" else [{"subject": t.subject.value, "predicate": t.predicate.value, "object": python_value(t.object)} for t in self.triples]
        )

    def _solutions(self):
        return ox.parse_query_results(self._json, ox.QueryResultsFormat.JSON)

    def __iter__(self):
        return iter(self.triples if self.kind == "graph" else self.rows)

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)

    def __bool__(self) -> bool:
        return self.boolean if self.kind == "ask" else len(self) > 0

    def __repr__(self) -> str:
        if self.kind == "ask":
            return f"<QueryResult ASK {self.boolean}>"
        return f"<QueryResult {self.kind}: {len(self)} {'triples' if self.kind == 'graph' else 'rows'}>"

    def to_df(self):
        """The rows as a pandas DataFrame (``pip install pandas``)."""
        try:
            import pandas
        except ImportError:
            raise QueryError("to_df() needs pandas (pip install pandas); .rows gives the same as dicts") from None
        columns = ["subject", "predicate", "object"] if self.kind == "graph" else self.variables
        return pandas.DataFrame(self.rows, columns=columns)

    def _repr_html_(self) -> str:
        if self.kind == "ask":
            return f"<p>{self.boolean}</p>"
        columns = ["subject", "predicate", "object"] if self.kind == "graph" else self.variables
        cell = lambda v: "" if v is None else html.escape(str(v))
        head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
        body = "".join("<tr>" + "".join(f"<td>{cell(r[c])}</td>" for c in columns) + "</tr>" for r in self.rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table><p>{len(self)} rows</p>"

    def format(self, fmt: str, wide: bool = False) -> str:
        """The answer as ``kg query --format fmt`` prints it (always ending with a newline);
        ``wide``: table cells are not shortened."""
        fmt = check_format(fmt, self.kind == "graph")
        if self.kind == "graph":
            buffer = io.BytesIO()
            ox.serialize(self.triples, buffer, GRAPH_FORMATS[fmt], prefixes=PREFIXES)
            return _with_newline(buffer.getvalue().decode("utf-8"))
        if self.kind == "ask":
            if fmt == "table":
                return "true\n" if self.boolean else "false\n"
            return _with_newline(_ask_results(self.boolean, fmt))
        if fmt == "table":
            body = [[term_text(solution[v]) for v in self.variables] for solution in self._solutions()]
            return render_table(self.variables, body, None if wide else 80) + "\n"
        formats = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                   "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
        return _with_newline(self._solutions().serialize(format=formats[fmt]).decode("utf-8"))


def check_format(fmt: str, graph: bool) -> str:
    """The output format for a graph (CONSTRUCT, DESCRIBE) or a table (SELECT, ASK): ``table``
    means the default, and ``json`` of a graph means JSON-LD; a format of the other kind is
    refused."""
    fmt = fmt.lower()
    if graph:
        fmt = {"table": "ttl", "json": "jsonld"}.get(fmt, fmt)
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"--format {fmt}: CONSTRUCT and DESCRIBE give a graph, not a table: use --format {', '.join(GRAPH_FORMATS)}")
    elif fmt not in TABLE_FORMATS:
        raise QueryError(f"--format {fmt}: SELECT and ASK give a table, not a graph: use --format {', '.join(TABLE_FORMATS)}")
    return fmt


def _ask_results(value: bool, fmt: str) -> str:
    formats = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
               "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
    data = json.dumps({"head": {}, "boolean": value}).encode()
    try:
        return ox.parse_query_results(data, ox.QueryResultsFormat.JSON).serialize(format=formats[fmt]).decode("utf-8")
    except (ValueError, OSError):  # CSV and TSV have no boolean results: the word itself
        return "true" if value else "false"


def _with_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def python_value(term):
    """An RDF term as a Python value: numbers as int/float, booleans as bool, the rest as str."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.rsplit("#", 1)[-1]
        try:
            if kind in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger", "gYear"):
                return int(term.value)
            if kind in ("decimal", "double", "float"):
                return float(term.value)
        except ValueError:
            return term.value
        if kind == "boolean":
            return term.value == "true"
    return term.value


def format_results(results, fmt: str) -> str:
    """SELECT/ASK results as table, csv, tsv, json or xml (W3C formats); graphs as ttl, nt, jsonld
    or trig. Takes pyoxigraph results or a :class:`QueryResult`."""
    if not isinstance(results, QueryResult):
        results = QueryResult(results)
    return results.format(fmt)


def render_table(headers: list[str], body: list[list[str]], clip_at: int | None = 80) -> str:
    """An aligned text table; CJK characters count double so columns line up in a terminal.
    Cells longer than ``clip_at`` characters end in "…" (``None``: never)."""
    def width(text: str) -> int:
        return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)

    def clip(text: str) -> str:
        text = text.replace("\n", " ")
        return text if clip_at is None or len(text) <= clip_at else text[: clip_at - 1] + "…"

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
        "ttl": "text/turtle",
        "nt": "application/n-triples",
        "jsonld": "application/ld+json",
        "trig": "application/trig",
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
