"""The saved-query library on the seed graph: every saved query's ANSWER is checked against what the
exports (mentions.csv, entities.csv) or `kg recurring` say, computed independently here; the same
queries run through `kg query --endpoint` against `kg serve` give the same bindings; `kg query`
output formats and errors."""

from __future__ import annotations

import csv
import json
import os
import threading
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from itertools import combinations
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT, run_kg

from kg import api
from kg.queries import apply_params, format_results, saved_queries, saved_query
from kg.store import open_store

SANGLONG = "桑龙高速"
COMPLETED = ("Completed", "InOperation")

#: Every saved query has answer tests below; a new .rq file without one fails `test_every_saved_query_is_tested`.
TESTED = {"changes", "entities", "evidence", "in_place", "places", "programmes", "promises", "recurring", "reports", "timeline",
          "together", "targets_vs_results", "phases"}  # the last two in tests/test_indicators.py, tests/test_phases.py

#: Columns that GROUP_CONCAT fills: their order is not defined by SPARQL, so compare them as sets.
CONCATENATED = {"years", "statuses", "sections", "reviews", "plans", "parentLabel", "judgedAgainst"}

NO_PROXY_ENV = {"no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost",
                "http_proxy": "", "HTTP_PROXY": "", "all_proxy": "", "ALL_PROXY": ""}


# -- helpers ---------------------------------------------------------------------------------


def run_saved(built, name: str, **params) -> list[dict[str, str]]:
    """The saved query on the built store, as the W3C JSON results `kg query --format json` prints,
    reduced to {variable: value}."""
    text = saved_query(name).text
    if params:
        text = apply_params(text, {key: str(value) for key, value in params.items()})
    data = json.loads(format_results(api.query(text, built.store), "json"))
    return [{key: value["value"] for key, value in binding.items()} for binding in data["results"]["bindings"]]


@pytest.fixture(scope="module")
def mentions(built) -> list[dict[str, str]]:
    with open(built.out / "mentions.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def entities(built) -> list[dict[str, str]]:
    with open(built.out / "entities.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def projects(recurring_json) -> dict[str, dict]:
    """`kg recurring --min-years 1 --format json`, projects only, by IRI."""
    return {item["id"]: item for item in recurring_json if item["type"] == "Project"}


def entity_id(entities, label: str) -> str:
    found = [row["id"] for row in entities if row["label"] == label]
    assert len(found) == 1, (label, found)
    return found[0]


def test_every_saved_query_is_tested():
    names = {query.name for query in saved_queries()}
    assert names == TESTED
    for query in saved_queries():
        assert query.description and not query.description.startswith("PREFIX"), query.name
        assert "PREFIX kg:" in query.text, query.name


def test_kg_queries_lists_every_saved_query_with_its_description(built):
    listed = built.kg("queries").stdout
    for query in saved_queries():
        line = next(line for line in listed.splitlines() if line.split()[0] == query.name)
        assert query.description in line


# -- timeline --------------------------------------------------------------------------------


def test_timeline_of_sanglong(built, mentions, projects, entities):
    rows = run_saved(built, "timeline")
    iri = entity_id(entities, SANGLONG)
    assert {row["entity"] for row in rows} == {iri}
    assert [row["year"] for row in rows] == ["2021", "2023", "2024", "2025"]
    by_year = {row["year"]: row for row in rows}
    assert by_year["2021"]["status"] == "Started"
    # statuses agree with `kg recurring`, counts with mentions.csv
    assert {y: r["status"] for y, r in by_year.items() if r.get("status")} == projects[iri]["status"]
    counted = Counter(row["year"] for row in mentions if row["entity"] == iri)
    assert {y: int(r["mentions"]) for y, r in by_year.items()} == dict(counted)
    assert set(by_year["2021"]["sections"].split()) == {row["section"] for row in mentions if row["entity"] == iri and row["year"] == "2021"}


@pytest.mark.parametrize("label", ["张官高速", "张石铁路", "500千伏变电站", "炉慈高速"])
def test_timeline_matches_recurring_and_mentions(built, label, mentions, projects, entities):
    rows = run_saved(built, "timeline", label=label)
    iri = entity_id(entities, label)
    report_years = sorted({row["year"] for row in mentions})
    assert [row["year"] for row in rows] == report_years  # every report year, also without mentions
    counted = Counter(row["year"] for row in mentions if row["entity"] == iri)
    assert {row["year"]: int(row["mentions"]) for row in rows} == {y: counted.get(y, 0) for y in report_years}
    assert {row["year"]: row["status"] for row in rows if row.get("status")} == projects[iri]["status"]
    assert all("status" not in row for row in rows if row["mentions"] == "0")


def test_timeline_by_alternative_label(built):
    assert run_saved(built, "timeline", label="桑龙") == run_saved(built, "timeline")


# -- changes ---------------------------------------------------------------------------------


def expected_changes(projects: dict[str, dict], old: int, new: int) -> dict[str, str]:
    out = {}
    for iri, item in projects.items():
        years, status = set(item["years"]), item["status"]
        if status.get(str(new)) in COMPLETED and status.get(str(old)) not in COMPLETED:
            out[iri] = "completed"
        elif new in years and old not in years:
            out[iri] = "new"
        elif old in years and new not in years:
            out[iri] = "dropped"
    return out


@pytest.mark.parametrize("old,new", [(2024, 2025), (2023, 2024), (2021, 2025)])
def test_changes_between_report_years(built, projects, old, new):
    rows = run_saved(built, "changes", **({"from": old, "to": new} if (old, new) != (2024, 2025) else {}))
    got = {row["entity"]: row["change"] for row in rows}
    assert len(got) == len(rows)  # one row per project
    assert got == expected_changes(projects, old, new)
    assert {row["fromYear"] for row in rows} == {str(old)} and {row["toYear"] for row in rows} == {str(new)}
    for row in rows:
        if row["change"] == "completed":
            assert row["toStatus"] in COMPLETED


def test_changes_2024_2025_examples(built):
    rows = {row["label"]: row for row in run_saved(built, "changes")}
    assert rows["张官高速"]["change"] == "dropped"            # mentioned 2021–2024, not in 2025
    assert rows["500千伏变电站"]["change"] == "completed"     # Planned in 2024, in operation in 2025
    assert rows["500千伏变电站"]["fromStatus"] == "Planned" and rows["500千伏变电站"]["toStatus"] == "InOperation"
    assert rows["慈利创业西路"]["change"] == "new"
    assert "桑龙高速" not in rows                              # in both years, not completed
    assert {row["change"] for row in rows.values()} == {"new", "dropped", "completed"}


# -- in_place --------------------------------------------------------------------------------


def located_in(built) -> dict[str, set[str]]:
    """One-step kg:locatedIn edges (child → parents), read without property paths."""
    results = api.query("SELECT ?a ?b WHERE { ?a kg:locatedIn ?b }", built.store)
    edges: dict[str, set[str]] = defaultdict(set)
    for row in results:
        edges[row["a"]].add(row["b"])
    return edges


def inside(edges: dict[str, set[str]], area: str) -> dict[str, int]:
    """Every node with a kg:locatedIn path to ``area`` and the length of its shortest path."""
    children: dict[str, set[str]] = defaultdict(set)
    for child, parents in edges.items():
        for parent in parents:
            children[parent].add(child)
    depth, frontier, step = {}, {area}, 0
    while frontier:
        step += 1
        frontier = {c for node in frontier for c in children[node] if c not in depth and c != area}
        for node in frontier:
            depth[node] = step
    return depth


@pytest.mark.parametrize("place", ["慈利县", "张家界市", "湖南省"])
def test_in_place_follows_located_in_transitively(built, entities, place):
    rows = run_saved(built, "in_place", place=place)
    expected = inside(located_in(built), entity_id(entities, place))
    assert {row["entity"]: int(row["depth"]) for row in rows} == expected
    labels = {row["id"]: row["label"] for row in entities}
    for row in rows:
        assert row["label"] == labels[row["entity"]]


def test_in_place_cili(built, entities):
    rows = {row["label"]: row for row in run_saved(built, "in_place")}
    assert rows["慈利创业西路"]["class"] == "Road" and rows["慈利创业西路"]["type"] == "Project"
    assert rows["慈利创业西路"]["parentLabel"] == "慈利县" and rows["慈利创业西路"]["depth"] == "1"
    # the places inside a prefecture come with what lies inside them
    city = {row["label"]: row for row in run_saved(built, "in_place", place="张家界市")}
    assert city["慈利县"]["type"] == "Place" and city["慈利县"]["depth"] == "1"
    assert city["慈利创业西路"]["depth"] == "2" and city["慈利创业西路"]["parentLabel"] == "慈利县"
    assert set(rows) < set(city)


# -- together --------------------------------------------------------------------------------


def sentence_key(row: dict[str, str]) -> tuple[str, int]:
    """(document, where the sentence starts), found in the input file: two identical sentences in
    one document are different sentences."""
    text = _document_text(row["document"])
    start, sentence = int(row["start"]), row["sentence"]
    at = text.find(sentence)
    while at >= 0:
        if at <= start and int(row["end"]) <= at + len(sentence):
            return row["document"], at
        at = text.find(sentence, at + 1)
    raise AssertionError(f"sentence of {row['text']} not found around {start} in {row['document']}")


_TEXTS: dict[str, str] = {}


def _document_text(document: str) -> str:
    if document not in _TEXTS:
        path = ROOT / "seeds" / (document.rsplit("/", 1)[-1] + ".txt")
        _TEXTS[document] = path.read_bytes().decode("utf-8-sig")
    return _TEXTS[document]


def co_mentions(mentions) -> Counter:
    in_sentence: dict[tuple, set[str]] = defaultdict(set)
    for row in mentions:
        in_sentence[sentence_key(row)].add(row["entity"])
    pairs: Counter = Counter()
    for found in in_sentence.values():
        pairs.update(combinations(sorted(found), 2))
    return pairs


def test_together_counts_match_mentions_csv(built, mentions):
    pairs = co_mentions(mentions)
    rows = run_saved(built, "together")
    got = {(row["a"], row["b"]): int(row["sentences"]) for row in rows}
    assert got == {pair: n for pair, n in pairs.items() if n >= 2}
    counts = [int(row["sentences"]) for row in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] == max(pairs.values())
    assert {rows[0]["aLabel"], rows[0]["bLabel"]} == {"慈利县", "桑植县"}
    assert all(row["firstYear"] <= row["lastYear"] for row in rows)
    everything = run_saved(built, "together", minSentences=1)
    assert len(everything) == len(pairs)


# -- reports, evidence, programmes, places, recurring, entities -------------------------------


def test_reports(built):
    rows = run_saved(built, "reports")
    assert [row["year"] for row in rows] == ["2021", "2023", "2024", "2025"]
    assert {row["year"]: int(row["documents"]) for row in rows} == {"2021": 1, "2023": 2, "2024": 1, "2025": 1}
    assert all(row["city"] == "张家界市" and row["year"] in row["title"] for row in rows)
    by_year = {row["year"]: row for row in rows}
    assert set(by_year["2021"]["reviews"].split()) == {"2016", "2017", "2018", "2019", "2020"}
    assert by_year["2025"]["reviews"] == "2024" and by_year["2025"]["plans"] == "2025"


@pytest.mark.parametrize("label", [SANGLONG, "张石铁路", "铁腕治旅", "慈利县"])
def test_evidence_sentences_contain_the_entity(built, entities, mentions, label):
    iri = entity_id(entities, label)
    row = next(r for r in entities if r["id"] == iri)
    names = {label, *filter(None, row["alt_labels"].split("|"))}
    rows = run_saved(built, "evidence", **({} if label == SANGLONG else {"label": label}))
    assert len(rows) == sum(1 for m in mentions if m["entity"] == iri) > 0
    squeeze = lambda text: "".join(text.split())
    for item in rows:
        assert squeeze(item["surface"]) in {squeeze(n) for n in names} | {squeeze(m["text"]) for m in mentions if m["entity"] == iri}
        assert squeeze(item["surface"]) in squeeze(item["sentence"])
        assert item["section"] in {"review", "plan", "outlook", "glossary", "other"}
    assert [item["year"] for item in rows] == sorted(item["year"] for item in rows)


def test_evidence_of_sanglong(built):
    rows = run_saved(built, "evidence")
    assert (rows[0]["year"], rows[0].get("status")) == ("2021", "Started")
    assert {r["year"] for r in rows} == {"2021", "2023", "2024", "2025"}
    assert run_saved(built, "evidence", label="桑龙") == rows  # an alternative label finds it too


def test_programmes(built, entities):
    rows = run_saved(built, "programmes")
    by_label = defaultdict(list)
    for row in rows:
        by_label[row["label"]].append(row)
    assert by_label["三送三解三优"][0]["class"] == "Campaign"
    assert by_label["铁腕治旅"][0]["class"] == "Campaign"
    part = by_label["三优"][0]
    assert part["partOfLabel"] == "三送三解三优" and part["definition"]
    assert {row["programme"] for row in rows} == {e["id"] for e in entities if e["type"] == "Programme"}
    defined = {e["id"] for e in entities if e["type"] == "Programme" and e["definition"]}
    assert {row["programme"] for row in rows if row.get("definition")} == defined


def test_places_and_their_hierarchy(built, entities):
    rows = run_saved(built, "places")
    parent = {row["label"]: row.get("parentLabel") for row in rows}
    chain, node = [], "慈利县"
    while node:
        chain.append(node)
        node = parent.get(node)
    assert chain == ["慈利县", "张家界市", "湖南省"]
    codes = {row["label"]: row.get("code") for row in rows}
    assert codes["慈利县"] == "430821000000" and codes["张家界市"] == "430800000000"
    assert {row["place"] for row in rows} == {e["id"] for e in entities if e["type"] == "Place"}
    assert next(row for row in rows if row["label"] == "慈利县")["class"] == "County"


def test_recurring_matches_mentions_csv(built, mentions):
    years: dict[str, set[str]] = defaultdict(set)
    for row in mentions:
        years[row["entity"]].add(row["year"])
    rows = run_saved(built, "recurring")
    assert {row["entity"]: set(row["years"].split()) for row in rows} == {e: y for e, y in years.items() if len(y) >= 2}
    sanglong = next(row for row in rows if row["label"] == SANGLONG)
    assert sanglong["type"] == "Project" and sanglong["class"] == "Highway" and sanglong["yearCount"] == "4"
    only_projects = run_saved(built, "recurring", typeIri="kg:Project", minYears=3)
    assert {row["label"] for row in only_projects} >= {SANGLONG, "张官高速", "张石铁路"}
    assert all(row["type"] == "Project" and int(row["yearCount"]) >= 3 for row in only_projects)


@pytest.mark.parametrize("kind", ["Project", "Place", "Programme", "Organization", "Event"])
def test_entities_of_a_type(built, entities, mentions, kind):
    rows = run_saved(built, "entities", typeIri=f"kg:{kind}")
    assert {row["entity"] for row in rows} == {e["id"] for e in entities if e["type"] == kind}
    years: dict[str, set[str]] = defaultdict(set)
    for row in mentions:
        years[row["entity"]].add(row["year"])
    counts = Counter(row["entity"] for row in mentions)
    for row in rows:
        seen = sorted(years[row["entity"]])
        assert int(row["yearCount"]) == len(seen) and int(row["mentions"]) == counts[row["entity"]]
        if seen:
            assert (row["firstYear"], row["lastYear"]) == (seen[0], seen[-1])


def test_entities_of_a_subclass(built):
    rows = run_saved(built, "entities", typeIri="kg:Highway")
    assert SANGLONG in {row["label"] for row in rows}
    assert {row["class"] for row in rows} == {"Highway"}
    assert next(row for row in rows if row["label"] == SANGLONG)["pinyin"] == "Sānglóng Gāosù"


# -- kg query: formats and errors --------------------------------------------------------------


def test_kg_query_name_json_is_w3c_results(built):
    data = json.loads(built.kg("query", "--name", "timeline", "--format", "json").stdout)
    assert data["head"]["vars"][:3] == ["entity", "prefLabel", "year"]
    assert [b["year"]["value"] for b in data["results"]["bindings"]] == ["2021", "2023", "2024", "2025"]


def test_kg_query_param_csv_and_table(built):
    out = built.kg("query", "--name", "in_place", "--param", "place=张家界市", "--format", "csv").stdout
    rows = list(csv.DictReader(out.splitlines()))
    assert "慈利创业西路" in {row["label"] for row in rows}
    table = built.kg("query", "--name", "reports").stdout
    assert table.splitlines()[0].split()[:4] == ["report", "title", "city", "year"] and "(4 rows)" in table


def test_kg_query_construct_gives_turtle_or_json_ld(built):
    query = 'CONSTRUCT { ?p skos:prefLabel ?l } WHERE { ?p a kg:Highway ; skos:prefLabel ?l }'
    turtle = built.kg("query", query).stdout
    triples = list(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE))
    jsonld = built.kg("query", query, "--format", "json").stdout
    assert set(ox.parse(jsonld.encode(), format=ox.RdfFormat.JSON_LD)) == set(triples)
    assert any(t.object == ox.Literal(SANGLONG, language="zh") for t in triples)


def test_malformed_sparql_is_a_one_line_error_with_its_position(built):
    result = built.kg("query", "SELECT ?x WHERE {\n  ?x ?y\n}", check=False)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "malformed SPARQL" in lines[0] and "error at 3:" in lines[0]
    assert "Traceback" not in result.stderr


# -- remote stores: the same saved queries through `kg query --endpoint` -----------------------


@pytest.fixture(scope="module")
def endpoint(built):
    from kg.server import make_server

    server = make_server(built.store, port=0, timeout=60, pages_dir=built.out, log=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.url + "sparql"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def normalise(data: dict) -> list[tuple]:
    rows = []
    for binding in data["results"]["bindings"]:
        row = []
        for var in data["head"]["vars"]:
            term = binding.get(var)
            if term is None:
                row.append((var, None))
                continue
            value = term["value"]
            if var in CONCATENATED:
                value = " ".join(sorted(value.split()))
            row.append((var, term["type"], value, term.get("datatype"), term.get("xml:lang")))
        rows.append(tuple(row))
    return sorted(rows, key=repr)


REMOTE_CASES = [(q.name, ()) for q in saved_queries()] + [
    ("timeline", ("label=张石铁路",)),
    ("changes", ("from=2021", "to=2025")),
    ("in_place", ("place=湖南省",)),
]


def test_saved_queries_give_the_same_bindings_on_a_remote_endpoint(built, endpoint):
    def remote(case):
        name, params = case
        args = ["query", "--name", name, "--format", "json", "--endpoint", endpoint]
        for param in params:
            args += ["--param", param]
        return run_kg(*args, env=NO_PROXY_ENV)

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 2)) as pool:
        results = list(pool.map(remote, REMOTE_CASES))
    for (name, params), result in zip(REMOTE_CASES, results):
        over_http = json.loads(result.stdout)
        # defaults computed from the graph: over HTTP from the endpoint, here from the store
        embedded_text = saved_query(name).prepared(dict(p.split("=", 1) for p in params), store=open_store(built.store))
        embedded = json.loads(format_results(api.query(embedded_text, built.store), "json"))
        assert over_http["head"] == embedded["head"], name
        assert normalise(over_http) == normalise(embedded), (name, params)
        assert len(over_http["results"]["bindings"]) > 0, (name, params)


def test_remote_table_and_errors(built, endpoint):
    table = run_kg("query", "--name", "reports", "--endpoint", endpoint, env=NO_PROXY_ENV).stdout
    assert "(4 rows)" in table and "张家界市2023年政府工作报告" in table
    bad = run_kg("query", "SELECT ?x WHERE { ?x ?y }", "--endpoint", endpoint, check=False, env=NO_PROXY_ENV)
    assert bad.returncode != 0 and "HTTP 400" in bad.stderr and "1:" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_saved_queries_run_unchanged_as_plain_sparql(built, tmp_path: Path):
    """Saved queries are plain SPARQL: written to a file, `kg query -f` runs them as they are."""
    for query in saved_queries():
        path = tmp_path / f"{query.name}.rq"
        path.write_text(query.text, encoding="utf-8")
    result = built.kg("query", "-f", str(tmp_path / "timeline.rq"), "--format", "json")
    assert json.loads(result.stdout)["results"]["bindings"]
