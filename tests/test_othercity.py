"""The README tour, command for command, on reports of another city than the seeds: three Maoming
(茂名市) reports in tests/data/othercity (sources in its README). Nothing in kg may assume
Zhangjiajie: saved queries take their defaults from the graph, `kg show` finds this city's
entities, the summary and the evidence name this city."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_kg

OTHERCITY = ROOT / "tests" / "data" / "othercity"


@pytest.fixture(scope="module")
def tour(tmp_path_factory):
    """`kg build` of the first two reports; the third is added by `kg add` in the tour."""
    work = tmp_path_factory.mktemp("othercity")
    corpus = work / "reports"
    corpus.mkdir()
    for name in ("maoming-2017.txt", "maoming-2018.txt", "manifest.csv", "README.md"):
        shutil.copy(OTHERCITY / name, corpus / name)
    store, out = work / "store", work / "exports"
    built = run_kg("build", str(corpus), "--out", str(out), "--store", str(store))
    added = run_kg("add", str(OTHERCITY / "maoming-2024.txt"), "--out", str(out), "--store", str(store))
    return {"store": str(store), "out": out, "build": built, "add": added, "corpus": corpus}


def kg(tour, *args, check=True):
    return run_kg(*args, "--store", tour["store"], check=check)


def test_build_and_add_name_this_city_and_skip_the_readme(tour):
    assert "reports: 2 (maoming-2017, maoming-2018)" in tour["build"].stdout
    assert "README" not in tour["build"].stderr  # a corpus folder's README is no report
    assert "added: " in tour["add"].stdout and "maoming-2024" in tour["add"].stdout
    assert "reports: 3 (maoming-2017, maoming-2018, maoming-2024)" in tour["add"].stdout
    reports = json.loads(kg(tour, "query", "--name", "reports", "--format", "json").stdout)
    assert {b["city"]["value"] for b in reports["results"]["bindings"]} == {"茂名市"}


def test_recurring_and_show(tour):
    places = json.loads(kg(tour, "recurring", "--type", "place", "--format", "json").stdout)
    assert "茂名市" in {p["label"] for p in places}
    kg(tour, "recurring", "--type", "Project")  # the tour's command; these excerpts share no project
    shown = kg(tour, "show", "包茂高速").stdout
    assert "Highway" in shown and "2017 茂名市 review [Completed]: 包茂高速茂名段建成通车" in shown
    # the 2018 report is in traditional characters: found by its simplified and traditional names
    assert "环氧乙烷" in kg(tour, "show", "環氧乙烷").stdout


@pytest.mark.parametrize("name", ["timeline", "evidence", "in_place", "changes", "entities", "reports", "places"])
def test_saved_queries_answer_about_this_city(tour, name):
    data = json.loads(kg(tour, "query", "--name", name, "--format", "json").stdout)
    assert data["results"]["bindings"], name


def test_changes_default_to_the_latest_two_report_years(tour):
    data = json.loads(kg(tour, "query", "--name", "changes", "--format", "json").stdout)
    years = {(b["fromYear"]["value"], b["toYear"]["value"]) for b in data["results"]["bindings"]}
    assert years == {("2018", "2024")}


def test_the_other_tour_commands(tour, tmp_path):
    listed = run_kg("queries").stdout
    assert "--param label=" in listed
    highways = kg(tour, "query", 'SELECT ?label WHERE { ?p a kg:Highway ; skos:prefLabel ?label FILTER(LANG(?label)="zh") }').stdout
    assert {"汕湛高速", "云茂高速"} <= set(highways.split()) and highways.endswith("\n")
    table = run_kg("extract", str(OTHERCITY / "maoming-2024.txt"), "--format", "table").stdout
    assert table.startswith(f"{OTHERCITY / 'maoming-2024.txt'}: 茂名市 2024")
    assert "conforms" in kg(tour, "validate").stdout
    for page in ("graph.html", "timeline.html"):
        assert (tour["out"] / page).stat().st_size > 0


def test_serve_starts_on_this_graph(tour):
    server = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--port", "0", "--store", tour["store"], "--pages", str(tour["out"])],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = server.stdout.readline()
        assert first.startswith("SPARQL endpoint: http://127.0.0.1:") and "/sparql" in first
    finally:
        server.terminate()
        server.wait(30)


def test_a_report_without_a_year_needs_year_and_keeps_it(tmp_path: Path):
    lone = tmp_path / "maoming-2017.txt"  # no manifest beside it: its text states no year
    shutil.copy(OTHERCITY / "maoming-2017.txt", lone)
    store, out = tmp_path / "store", tmp_path / "exports"
    refused = run_kg("build", str(lone), "--out", str(out), "--store", str(store), check=False)
    assert refused.returncode == 1 and "give --year" in refused.stderr and not store.exists()
    built = run_kg("build", str(lone), "--year", "2017", "--city", "茂名", "--out", str(out), "--store", str(store))
    assert "reports: 1 (maoming-2017)" in built.stdout
    # a later kg add builds again from the recorded files: the given year and city are kept
    added = run_kg("add", str(OTHERCITY / "maoming-2018.txt"), "--out", str(out), "--store", str(store))
    assert "reports: 2 (maoming-2017, maoming-2018)" in added.stdout
