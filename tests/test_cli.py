"""End to end: the kg command line on the seed corpus, as ../shared/CONTRACT.md describes it."""

from __future__ import annotations

import csv
import json

import pyoxigraph as ox
import pytest
import rdflib

from conftest import SEED_FILES, SEEDS, run_kg

pytestmark = pytest.mark.e2e

RECURRING_PROJECTS = {
    "桑龙高速": [2021, 2023, 2024, 2025],
    "炉慈高速": [2021, 2023, 2024, 2025],
    "张官高速": [2021, 2023, 2024],
    "张石铁路": [2021, 2023, 2024],
    "荷花国际机场": [2021, 2023, 2024],
}


def test_build_prints_a_summary(built):
    assert "reports: 4" in built.stdout
    for line in ("entities:", "mentions:", "triples:", "recurring projects:"):
        assert line in built.stdout
    assert "桑龙高速 (Highway): 2021, 2023, 2024, 2025" in built.stdout


def test_build_writes_every_export(built):
    names = {p.name for p in built.out.iterdir()}
    assert names == {"kg.trig", "kg.ttl", "kg.jsonld", "kg.graphml", "entities.csv", "mentions.csv", "graph.html", "timeline.html"}


def test_recurring_projects_have_the_right_years(built):
    items = json.loads(built.kg("recurring", "--type", "Project", "--format", "json").stdout)
    by_label = {item["label"]: item for item in items}
    for label, years in RECURRING_PROJECTS.items():
        assert by_label[label]["years"] == years, label
        assert by_label[label]["type"] == "Project"
    assert by_label["桑龙高速"]["class"] == "Highway"
    assert by_label["张石铁路"]["class"] == "Railway"
    assert by_label["荷花国际机场"]["class"] == "Airport"
    assert by_label["桑龙高速"]["status"]["2021"] == "Started"
    assert by_label["桑龙高速"]["status"]["2025"] == "UnderConstruction"
    assert all(len(item["years"]) >= 2 for item in items)


def test_saved_recurring_query_agrees_with_kg_recurring(built):
    saved = json.loads(built.kg("query", "--name", "recurring", "--param", "typeIri=kg:Project", "--format", "json").stdout)
    from_query = {
        (b["label"]["value"], tuple(sorted(int(y) for y in b["years"]["value"].split())))
        for b in saved["results"]["bindings"]
    }
    items = json.loads(built.kg("recurring", "--type", "Project", "--format", "json").stdout)
    assert from_query == {(i["label"], tuple(i["years"])) for i in items}
    assert saved["head"]["vars"][:2] == ["entity", "label"]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_every_mention_points_at_its_text(path):
    result = json.loads(run_kg("extract", str(path), "--format", "json").stdout)
    text = path.read_text(encoding="utf-8")
    mentions = [m for e in result["entities"] for m in e["mentions"]]
    assert mentions
    for mention in mentions:
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert mention["section"] in {"review", "plan", "outlook", "glossary", "other"}
    assert result["document"]["chars"] == len(text)
    for entity in result["entities"]:
        assert entity["type"] in {"Project", "Place", "Programme", "Organization", "Event"}


def test_mentions_csv_offsets_point_into_the_seed_files(built):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEED_FILES}
    with (built.out / "mentions.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        stem = row["document"].rsplit("/", 1)[1]
        assert texts[stem][int(row["start"]) : int(row["end"])] == row["text"]


def test_extract_reads_a_traditional_gb18030_copy(tmp_path):
    import opencc

    original = (SEEDS / "zhangjiajie-2021.txt").read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(original)
    copy = tmp_path / "traditional.txt"
    copy.write_bytes(traditional.encode("gb18030"))
    result = json.loads(run_kg("extract", str(copy), "--city", "张家界市", "--year", "2021").stdout)
    labels = {e["label"] for e in result["entities"]}
    assert {"桑龙高速", "炉慈高速", "张官高速", "铁腕治旅"} <= labels
    assert result["document"]["year"] == 2021
    for entity in result["entities"]:
        for mention in entity["mentions"]:
            assert traditional[mention["start"] : mention["end"]] == mention["text"]


def test_validate_reports_no_violations(built):
    result = built.kg("validate")
    assert result.returncode == 0
    assert "conforms" in result.stdout


@pytest.mark.parametrize("name,fmt", [("kg.trig", "trig"), ("kg.ttl", "turtle"), ("kg.jsonld", "json-ld")])
def test_rdf_exports_parse_with_rdflib_and_pyoxigraph(built, name, fmt):
    path = built.out / name
    data = rdflib.Dataset() if fmt != "turtle" else rdflib.Graph()
    data.parse(path, format=fmt)
    assert len(data) > 0 or sum(1 for _ in data.quads()) > 0
    oxformat = {"trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    with path.open("rb") as handle:
        quads = list(ox.parse(handle, format=oxformat))
    assert len(quads) > 10_000


def test_trig_has_one_named_graph_per_report_plus_entities_and_ontology(built):
    with (built.out / "kg.trig").open("rb") as handle:
        graphs = {q.graph_name.value for q in ox.parse(handle, format=ox.RdfFormat.TRIG)}
    suffixes = sorted(g.split("govreport-kg/", 1)[1] for g in graphs)
    assert suffixes == [
        "graph/entities",
        "graph/ontology",
        "graph/report/zhangjiajie-2021",
        "graph/report/zhangjiajie-2023",
        "graph/report/zhangjiajie-2024",
        "graph/report/zhangjiajie-2025",
    ]


def test_graphml_parses(built):
    import networkx as nx

    graph = nx.read_graphml(built.out / "kg.graphml")
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"桑龙高速", "张石铁路", "荷花国际机场"} <= labels


def test_two_builds_are_byte_identical(built, tmp_path):
    out, store = tmp_path / "exports", tmp_path / "store"
    run_kg("build", "--out", str(out), "--store", str(store), "--exports", "all", env={"PYTHONHASHSEED": "12345"})
    for first in sorted(built.out.iterdir()):
        assert (out / first.name).read_bytes() == first.read_bytes(), first.name


def test_query_formats(built):
    table = built.kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").stdout
    assert "n" in table.splitlines()[0]
    as_json = json.loads(built.kg("query", "SELECT ?r WHERE { ?r a kg:Report } ORDER BY ?r", "--format", "json").stdout)
    assert len(as_json["results"]["bindings"]) == 4
    as_csv = built.kg("query", "SELECT ?r WHERE { ?r a kg:Report } ORDER BY ?r", "--format", "csv").stdout
    assert as_csv.splitlines()[0].strip() == "r" and len(as_csv.splitlines()) == 5
    construct = built.kg("query", "CONSTRUCT { ?r a kg:Report } WHERE { ?r a kg:Report }").stdout
    assert len(list(ox.parse(construct.encode(), format=ox.RdfFormat.TURTLE))) == 4


def test_malformed_sparql_is_a_one_line_error(built):
    result = built.kg("query", "SELECT ?x WHERE { ?x ?y }", check=False)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "malformed SPARQL" in result.stderr and "1:" in result.stderr


def test_unknown_saved_query_and_label_are_one_line_errors(built):
    for args in (("query", "--name", "nope"), ("show", "没有这个实体")):
        result = built.kg(*args, check=False)
        assert result.returncode != 0
        assert result.stderr.strip().count("\n") == 0, result.stderr


def test_saved_queries_are_listed_and_run(built):
    listing = run_kg("queries").stdout
    names = [line.split()[0] for line in listing.splitlines()]
    assert {"recurring", "reports", "evidence", "places", "programmes"} <= set(names)
    reports = json.loads(built.kg("query", "--name", "reports", "--format", "json").stdout)
    years = sorted(b["year"]["value"] for b in reports["results"]["bindings"])
    assert years == ["2021", "2023", "2024", "2025"]
    documents = {b["year"]["value"]: b["documents"]["value"] for b in reports["results"]["bindings"]}
    assert documents["2023"] == "2"


def test_show_gives_labels_years_and_evidence(built):
    info = json.loads(built.kg("show", "张石铁路", "--format", "json").stdout)
    assert info["class"] == "Railway"
    assert info["years"] == [2021, 2023, 2024]
    assert info["pinyin"].startswith("Zhāng")
    assert all("张" in e["sentence"] for e in info["evidence"])


def test_place_hierarchy_from_the_gazetteer(built):
    places = json.loads(built.kg("query", "--name", "places", "--format", "json").stdout)
    parent = {b["label"]["value"]: b.get("parentLabel", {}).get("value") for b in places["results"]["bindings"]}
    assert parent["慈利县"] == "张家界市"
    assert parent["张家界市"] == "湖南省"


def test_bad_input_is_a_one_line_error_and_keeps_the_store(built, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    before = {p.name: p.read_bytes() for p in built.out.iterdir()}
    for bad in (empty, pdf):
        result = run_kg("build", str(bad), "--out", str(built.out), "--store", str(built.store), check=False)
        assert result.returncode != 0
        assert result.stderr.strip().count("\n") == 0, result.stderr
        assert bad.name in result.stderr
    assert {p.name: p.read_bytes() for p in built.out.iterdir()} == before
    assert built.kg("recurring", "--format", "json").returncode == 0


@pytest.mark.parametrize("name,year", [("zhangjiajie-2021.txt", 2021), ("zhangjiajie-2025.txt", 2025)])
def test_city_and_year_are_detected_without_a_manifest(tmp_path, name, year):
    copy = tmp_path / "report.txt"
    copy.write_bytes((SEEDS / name).read_bytes())
    document = json.loads(run_kg("extract", str(copy)).stdout)["document"]
    assert (document["city"], document["year"]) == ("张家界市", year)


def _network_data(path):
    import re

    page = path.read_text(encoding="utf-8")
    assert not re.search(r"(?i)<(script|link|img|iframe)[^>]*\s(src|href)\s*=\s*[\"']?https?:", page)
    match = re.search(r'class="kg-data"[^>]*>(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_viz_focus_year_type_and_max_nodes(built, tmp_path):
    full = _network_data(built.out / "graph.html")
    focus = tmp_path / "focus.html"
    built.kg("viz", "--focus", "桑龙高速", "--out", str(focus))
    focused = _network_data(focus)
    labels = {n["label"] for n in focused["nodes"]}
    assert "桑龙高速" in labels and len(focused["nodes"]) < len(full["nodes"])
    one_year = tmp_path / "2021.html"
    built.kg("viz", "--year", "2021", "--out", str(one_year))
    assert all(2021 in n["kgYears"] for n in _network_data(one_year)["nodes"])
    projects = tmp_path / "projects.html"
    built.kg("viz", "--type", "Project", "--max-nodes", "20", "--out", str(projects))
    data = _network_data(projects)
    assert len(data["nodes"]) == 20 and {n["kgType"] for n in data["nodes"]} == {"Project"}
    assert "桑龙高速" in {n["label"] for n in data["nodes"]}  # the most important are kept


def test_viz_default_page_size_counts_what_is_left_out(built, tmp_path):
    full = _network_data(built.out / "graph.html")  # the seeds fit the default of 1,500
    assert full["omitted"] == {} and full["filters"]["max_nodes"] == 1500
    small = tmp_path / "small.html"
    built.kg("viz", "--max-nodes", "100", "--out", str(small))
    data = _network_data(small)
    assert len(data["nodes"]) == 100
    assert sum(data["omitted"].values()) == len(full["nodes"]) - 100
    assert {n["kgType"] for n in data["nodes"]} == {"Project", "Place", "Programme",
                                                     "Organization", "Event"}


def test_timeline_html_and_svg(built, tmp_path):
    import xml.etree.ElementTree as ET

    html_path, svg_path = tmp_path / "timeline.html", tmp_path / "timeline.svg"
    built.kg("timeline", "--out", str(html_path), "--svg", str(svg_path))
    assert "桑龙高速" in html_path.read_text(encoding="utf-8")
    root = ET.parse(svg_path).getroot()
    assert root.tag.endswith("svg")
    assert "桑龙高速" in "".join(root.itertext())
