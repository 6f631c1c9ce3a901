"""Command-line conventions (issue 15): help, exit codes, pipes, case, --debug, ports, checked
--year/--city; `kg show` look-ups; `kg query` graph formats and errors; saved-query parameters;
`kg viz` labels and years. All on the seed build (the `built` fixture)."""

from __future__ import annotations

import csv
import json
import os
import re
import socket
import subprocess
import sys
from collections import Counter

import pyoxigraph as ox
import pytest
from conftest import ROOT, SEEDS, run_kg

from kg.queries import _VALUES, saved_queries

COMMANDS = ["build", "extract", "recurring", "query", "queries", "show", "validate", "viz", "timeline", "add", "remove", "serve", "eval"]


def one_line_error(result, code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


# -- 1. conventions -------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_dash_h_is_help_everywhere(command):
    result = run_kg(*command, "-h")
    assert re.match(rf"Usage: (kg|python -m kg\.cli) {' '.join(command)}".rstrip(), result.stdout), result.stdout[:80]


def test_usage_errors_exit_2_and_runtime_errors_exit_1(built, tmp_path):
    one_line_error(built.kg("recurring", "--format", "yaml", check=False), 2)
    one_line_error(built.kg("query", "--no-such-option", check=False), 2)
    one_line_error(built.kg("query", check=False), 2)  # neither QUERY, -f nor --name
    one_line_error(built.kg("show", "火星基地", check=False), 1)
    one_line_error(run_kg("query", "--name", "reports", "--store", str(tmp_path / "none"), check=False), 1)
    one_line_error(run_kg("build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o"), "--store", str(tmp_path / "s"), check=False), 1)


def test_a_closed_pipe_ends_quietly(built):
    """`kg query … | head -1`: the reader goes away after one line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "query", "--name", "entities", "--wide", "--store", str(built.store)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout.readline().startswith(b"entity")
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(120) == 0 and stderr == ""


def test_type_is_case_insensitive(built):
    exact = built.kg("recurring", "--type", "Project", "--format", "json").stdout
    assert built.kg("recurring", "--type", "project", "--format", "json").stdout == exact
    assert built.kg("recurring", "--type", "PROJECT", "--format", "json").stdout == exact
    assert json.loads(exact) and {item["type"] for item in json.loads(exact)} == {"Project"}


def test_debug_after_the_command_shows_the_traceback(built):
    for args in (["--debug", "show", "火星基地"], ["show", "火星基地", "--debug"]):
        result = built.kg(*args, check=False)
        assert result.returncode != 0 and "Traceback" in result.stderr and "QueryError" in result.stderr


def test_a_busy_port_is_named(built):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = one_line_error(built.kg("serve", "--port", str(port), "--pages", str(built.out), check=False), 1)
    assert f"port {port}" in line and "busy" in line


@pytest.mark.parametrize("args", [
    ["extract", str(SEEDS / "zhangjiajie-2025.txt"), "--year", "1850"],
    ["extract", str(SEEDS / "zhangjiajie-2025.txt"), "--city", "火星市"],
    ["build", str(SEEDS / "zhangjiajie-2025.txt"), "--year", "1850"],
    ["build", str(SEEDS / "zhangjiajie-2025.txt"), "--city", "火星市"],
    ["add", str(SEEDS / "zhangjiajie-2025.txt"), "--city", "火星市"],
    ["viz", "--year", "1850"],
])
def test_impossible_years_and_unknown_cities_are_refused(built, args, tmp_path):
    line = one_line_error(run_kg(*args, "--store", str(tmp_path / "store"), check=False)
                          if args[0] != "extract" else run_kg(*args, check=False), 2)
    assert "--year" in line or "--city" in line
    assert not (tmp_path / "store").exists()


def test_year_and_city_describe_one_file_only(tmp_path):
    line = one_line_error(run_kg("build", str(SEEDS), "--year", "2021", "--out", str(tmp_path / "o"),
                                 "--store", str(tmp_path / "s"), check=False), 1)
    assert "one report file" in line and "manifest.csv" in line


# -- 3. kg show -----------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["张石铁路", "張石鐵路", "zhangshi tielu", "Zhāngshí Tiělù", "张石"])
def test_show_finds_by_traditional_pinyin_and_part(built, label):
    info = json.loads(built.kg("show", label, "--format", "json").stdout)
    assert info["label"] == "张石铁路"


def test_show_unquoted_pinyin_words(built):
    assert built.kg("show", "zhangshi", "tielu").stdout.startswith("张石铁路")


def test_show_lists_candidates_when_several_match(built):
    line = one_line_error(built.kg("show", "桑", check=False), 1)
    assert "did you mean" in line and "桑龙高速 (Project)" in line and "桑植县 (Place)" in line


def test_show_evidence_names_the_city_and_json_years_are_integers(built):
    info = json.loads(built.kg("show", "桑龙高速", "--format", "json").stdout)
    assert info["years"] == [2021, 2023, 2024, 2025]
    assert all(isinstance(item["year"], int) and item["city"] == "张家界市" for item in info["evidence"])
    assert info["cities"] == ["张家界市"]
    text = built.kg("show", "桑龙高速", "--wide").stdout
    assert re.search(r"^  2021 张家界市 review \[Started\]: ", text, re.M)


def test_show_wraps_to_the_terminal_or_prints_wide(built):
    narrow = run_kg("show", "张石铁路", "--store", str(built.store), env={"COLUMNS": "60"}).stdout
    wide = built.kg("show", "张石铁路", "--wide").stdout
    columns = lambda line: sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in line)
    assert max(columns(line) for line in narrow.splitlines() if line.startswith(("  ", "status"))) <= 60
    assert max(columns(line) for line in wide.splitlines()) > 60
    # wrapping cuts nothing: the same characters, only line breaks and indents added
    squeeze = lambda text: re.sub(r"\s+", "", text)
    assert squeeze(narrow) == squeeze(wide)
    assert wide.count("\n") < narrow.count("\n")


# -- 4. kg query ----------------------------------------------------------------------------

CONSTRUCT = 'CONSTRUCT { ?p skos:prefLabel ?l } WHERE { ?p a kg:Highway ; skos:prefLabel ?l }'


def test_construct_and_describe_in_every_rdf_format(built):
    turtle = built.kg("query", CONSTRUCT).stdout
    triples = {q.triple for q in ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)}
    assert triples
    for fmt, rdf_format in (("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES),
                            ("jsonld", ox.RdfFormat.JSON_LD), ("trig", ox.RdfFormat.TRIG)):
        out = built.kg("query", CONSTRUCT, "--format", fmt).stdout
        assert out.endswith("\n")
        parsed = {q.triple for q in ox.parse(out.encode(), format=rdf_format)}
        assert parsed == triples, fmt
    described = built.kg("query", "DESCRIBE ?p WHERE { ?p skos:prefLabel \"桑龙高速\"@zh }", "--format", "nt").stdout
    assert "桑龙高速" in described


@pytest.mark.parametrize("query, fmt", [(CONSTRUCT, "csv"), (CONSTRUCT, "tsv"), ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "ttl")])
def test_a_format_of_the_other_kind_is_refused(built, query, fmt):
    line = one_line_error(built.kg("query", query, "--format", fmt, check=False), 1)
    assert f"--format {fmt}" in line


@pytest.mark.parametrize("update", ['INSERT DATA { <urn:a> <urn:b> "c" }', "PREFIX x: <urn:x> DELETE WHERE { ?s ?p ?o }", "CLEAR ALL"])
def test_updates_are_refused(built, update):
    line = one_line_error(built.kg("query", update, check=False), 1)
    assert "read-only" in line and "expected" not in line
    assert built.kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv").stdout.split()[1] != "0"


def test_syntax_errors_are_short_with_their_position(built):
    prefix = one_line_error(built.kg("query", "SELECT ?x WHERE {\n  ?x foo:bar ?y }", check=False), 1)
    assert "error at 2:" in prefix and "unknown prefix foo:" in prefix and len(prefix) < 200
    keyword = one_line_error(built.kg("query", "SELEC ?x WHERE { ?x ?y ?z }", check=False), 1)
    assert "SELEC" in keyword and "1:1" in keyword
    filtr = one_line_error(built.kg("query", "SELECT ?x WHERE { ?x ?y ?z FILTR(?x) }", check=False), 1)
    assert "error at 1:" in filtr and "'\\u" not in filtr and len(filtr) < 200


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "tsv", "xml"])
def test_results_end_with_a_newline(built, fmt):
    out = built.kg("query", "--name", "reports", "--format", fmt).stdout
    assert out.endswith("\n") and not out.endswith("\n\n")


# -- 5. saved-query parameters -----------------------------------------------------------------


def test_every_parameter_is_declared_with_meaning_and_default():
    for query in saved_queries():
        declared = {p.name for p in query.parameters}
        for parameter in query.parameters:
            assert re.search(_VALUES.format(name=parameter.name), query.text), (query.name, parameter.name)
            assert parameter.meaning and parameter.default_text(), (query.name, parameter.name)
        # every VALUES line of the outermost parameters is declared (in_place's type list is not a parameter)
        values = set(re.findall(r"VALUES \?(\w+)", query.text)) - ({"typeIri"} if query.name == "in_place" else set())
        assert values == declared, query.name


def test_kg_queries_lists_parameters_and_defaults():
    listed = run_kg("queries").stdout
    assert re.search(r"--param label=…\s+the entity's Chinese label.*\(default: the most-mentioned project\)", listed)
    assert re.search(r"--param from=….*\(default: the report year before the latest\)", listed)
    assert re.search(r"--param minYears=….*\(default: 2\)", listed)


def test_defaults_come_from_the_graph(built):
    with open(built.out / "mentions.csv", encoding="utf-8", newline="") as handle:
        mentions = list(csv.DictReader(handle))
    with open(built.out / "entities.csv", encoding="utf-8", newline="") as handle:
        projects = {row["id"]: row["label"] for row in csv.DictReader(handle) if row["type"] == "Project"}
    counts = Counter(row["entity"] for row in mentions if row["entity"] in projects)
    top = min(counts, key=lambda e: (-counts[e], projects[e]))
    timeline = json.loads(built.kg("query", "--name", "timeline", "--format", "json").stdout)
    assert {b["prefLabel"]["value"] for b in timeline["results"]["bindings"]} == {projects[top]}
    changes = json.loads(built.kg("query", "--name", "changes", "--format", "json").stdout)
    assert {(b["fromYear"]["value"], b["toYear"]["value"]) for b in changes["results"]["bindings"]} == {("2024", "2025")}
    in_place = built.kg("query", "--name", "in_place", "--format", "csv").stdout
    assert "张家界市" in in_place  # the report city: its counties are directly in it


def test_param_sets_a_saved_query_and_unknown_ones_are_refused(built):
    out = built.kg("query", "--name", "timeline", "--param", "label=张石铁路", "--format", "json").stdout
    assert {b["prefLabel"]["value"] for b in json.loads(out)["results"]["bindings"]} == {"张石铁路"}
    line = one_line_error(built.kg("query", "--name", "timeline", "--param", "lable=张石铁路", check=False), 1)
    assert "lable" in line and "label" in line
    one_line_error(built.kg("query", "--name", "timeline", "--param", "label", check=False), 2)


def test_recurring_lists_years_and_statuses_in_order(built):
    data = json.loads(built.kg("query", "--name", "recurring", "--format", "json").stdout)
    for binding in data["results"]["bindings"]:
        years = binding["years"]["value"].split()
        assert years == sorted(years)
        statuses = binding["statuses"]["value"].split()
        assert statuses == sorted(statuses)


# -- 6. kg viz ------------------------------------------------------------------------------


def test_viz_focus_resolves_labels_like_show(built, tmp_path):
    out = tmp_path / "focus.html"
    assert built.kg("viz", "--focus", "桑龙", "--out", str(out)).returncode == 0 and out.stat().st_size > 0
    line = one_line_error(built.kg("viz", "--focus", "桑", "--out", str(tmp_path / "x.html"), check=False), 1)
    assert "did you mean" in line and "桑龙高速" in line
    one_line_error(built.kg("viz", "--focus", "火星基地", "--out", str(tmp_path / "y.html"), check=False), 1)
    assert not (tmp_path / "x.html").exists() and not (tmp_path / "y.html").exists()


def test_viz_year_without_matches_says_so(built, tmp_path):
    line = one_line_error(built.kg("viz", "--year", "1999", "--out", str(tmp_path / "g.html"), check=False), 1)
    assert "1999" in line and "2021, 2023, 2024, 2025" in line
    assert not (tmp_path / "g.html").exists()
