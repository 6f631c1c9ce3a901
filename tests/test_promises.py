"""Project promises: the fate rules on hand-made report series, and the promises of the seed build."""

from __future__ import annotations

import json

import pytest

from kg.promises import FATES, Sighting, derive, fate, phase_of

NONE, PLANNED, PREP, STARTED, BUILDING, DONE, RUNNING = -1, 0, 1, 2, 3, 4, 5

CITY = "甲市"
REPORTS = {f"jia-{y}": (CITY, y) for y in (2021, 2022, 2023, 2024)}


def seen(year: int, section: str, rank: int = NONE, phase: str = "", city: str = CITY) -> Sighting:
    return Sighting(report=f"jia-{year}" if city == CITY else f"yi-{year}", city=city, year=year,
                    section=section, phase=phase, rank=rank)


def only(promises, year: int, phase: str = ""):
    chosen = [p for p in promises if p.year == year and p.phase == phase]
    assert len(chosen) == 1, promises
    return chosen[0]


@pytest.mark.parametrize(
    "promised, later, expected",
    [
        (PLANNED, [], "open"),                                  # no later report yet
        (PLANNED, [None, None], "dropped"),                     # later reports, never named again
        (PLANNED, [None, DONE], "delivered"),
        (BUILDING, [RUNNING], "delivered"),
        (PLANNED, [STARTED, None], "progressing"),               # started, then not named: last news
        (PLANNED, [BUILDING, BUILDING], "progressing"),          # building year after year is progress
        (PLANNED, [NONE, PLANNED], "stalled"),                  # named twice, nothing happened
        (PLANNED, [STARTED, NONE, NONE], "stalled"),             # started, then two reports of nothing
        (PLANNED, [NONE], "open"),                              # named once without progress: too early
        (PLANNED, [PREP, PREP], "open"),                        # prepared once, then no further
        (PLANNED, [PREP, PREP, PREP], "stalled"),
        (PLANNED, [NONE, NONE, DONE], "delivered"),             # completion beats a stall
    ],
)
def test_fate_rules(promised, later, expected):
    assert fate(promised, later) == expected


def test_a_promise_judged_only_against_later_reports_of_its_city():
    reports = {**REPORTS, "yi-2023": ("乙市", 2023)}
    sightings = {
        "p": [seen(2021, "plan", PLANNED), seen(2021, "review", DONE), seen(2023, "review", DONE, city="乙市")],
    }
    promise = only(derive(sightings, reports), 2021)
    # its own report's review and another city's report say nothing about the promise
    assert promise.fate == "dropped"
    assert promise.later == ("jia-2022", "jia-2023", "jia-2024")
    assert promise.named_in == ()


def test_a_project_promised_again_without_progress_stalls():
    sightings = {
        "airport": [
            seen(2021, "plan", PLANNED),
            seen(2022, "plan", PLANNED),     # promised again
            seen(2023, "review"),            # named, no stage
            seen(2024, "plan", PLANNED),
        ]
    }
    promises = derive(sightings, REPORTS)
    assert [p.year for p in promises] == [2021, 2022, 2024]
    assert only(promises, 2021).fate == "stalled"
    assert only(promises, 2021).named_in == ("jia-2022", "jia-2023", "jia-2024")
    assert only(promises, 2022).fate == "stalled"
    assert only(promises, 2024).fate == "open"        # the last report: nothing later yet


def test_phases_reported_separately():
    sightings = {
        "port": [
            seen(2021, "plan", PLANNED, phase="2期"),       # 二期 promised
            seen(2021, "review", DONE, phase="1期"),
            seen(2022, "review", RUNNING, phase="1期"),     # only the first phase runs
            seen(2023, "plan", PLANNED),                    # the whole project named again
            seen(2024, "review", STARTED, phase="2期"),
            seen(2024, "plan", PLANNED, phase="3期"),       # a third phase promised in the last report
        ]
    }
    promises = derive(sightings, REPORTS)
    second = only(promises, 2021, "2期")
    assert second.fate == "progressing"
    assert second.named_in == ("jia-2023", "jia-2024")  # 2022 named another phase only
    # the whole project, promised in 2023: only 2024 is later, and there the second phase started
    assert only(promises, 2023).fate == "progressing"
    assert only(promises, 2024, "3期").fate == "open"


def test_the_whole_project_counts_every_phase():
    sightings = {"port": [seen(2021, "outlook"), seen(2022, "review", RUNNING, phase="1期")]}
    assert only(derive(sightings, REPORTS), 2021).fate == "delivered"


def test_review_mentions_are_no_promises():
    sightings = {"road": [seen(2021, "review", STARTED), seen(2022, "review", DONE)]}
    assert derive(sightings, REPORTS) == []


@pytest.mark.parametrize(
    "sentence, name, phase",
    [
        ("实施城市三维景观二期工程", "城市三维景观二期工程", "2期"),   # inside the name
        ("开工建设桃花源机场二期工程。", "桃花源机场", "2期"),          # right after it
        ("完成第一期国家储备林项目建设", "国家储备林项目", "1期"),      # right before it
        ("推进移民搬迁3期工程", "移民搬迁", "3期"),
        ("桑龙高速建成通车，二期工程开工", "桑龙高速", ""),            # another clause's phase
        ("一期桑龙高速", "桑龙高速", "1期"),
        ("完成桑植产业大道（二期）路基工程", "桑植产业大道", "2期"),  # in brackets after it
        ("推进沅江大道(3期)建设", "沅江大道", "3期"),  # made up
    ],
)
def test_phase_of(sentence, name, phase):
    start = sentence.index(name)
    assert phase_of(sentence, start, start + len(name)) == phase


# -- the seed build ----------------------------------------------------------------------------


def test_promises_query_and_recurring_column(built):
    result = built.kg("query", "--name", "promises", "--format", "json")
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert bindings, "the seed plans promise projects"
    fates = {b["fateName"]["value"] for b in bindings}
    assert fates <= set(FATES)
    assert {"delivered", "progressing", "dropped"} <= fates
    years = {int(b["year"]["value"]) for b in bindings}
    assert max(years) == 2025 and all(b["fateName"]["value"] == "open" for b in bindings if b["year"]["value"] == "2025")

    items = json.loads(built.kg("recurring", "--type", "Project", "--format", "json").stdout)
    for item in items:
        assert {"id", "label", "type", "class", "years", "status", "fate", "promises"} <= set(item)
        assert item["fate"] in (*FATES, None)
        if item["promises"]:
            first = item["promises"][0]
            assert item["fate"] == first["fate"] and first["year"] in item["years"]
    assert any(item["fate"] for item in items)

    delivered = built.kg("query", "--name", "promises", "--param", "fate=kg:delivered", "--param", "city=张家界",
                         "--format", "json")
    rows = json.loads(delivered.stdout)["results"]["bindings"]
    assert rows and all(r["fateName"]["value"] == "delivered" and r["cityName"]["value"] == "张家界市" for r in rows)


# -- RDF ---------------------------------------------------------------------------------------


def _validate(extra_quads):
    import pyoxigraph as ox
    import pyshacl
    import rdflib

    from kg.promises import Promise, promise_quads
    from kg.rdf import ONTOLOGY_DIR

    base = "https://example.org/"
    graph = ox.NamedNode(f"{base}graph/entities")
    project, city = f"{base}entity/project/p", f"{base}entity/place/c"
    promise = Promise(entity=project, city="甲市", report="jia-2021", year=2021, phase="2期", status="Planned",
                      fate="stalled", later=("jia-2022", "jia-2023"), named_in=("jia-2022",))
    quads = promise_quads([promise], base, graph, {"甲市": city})
    data = rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    kg = "https://w3id.org/govreport-kg/ontology#"
    data.add((rdflib.URIRef(project), rdflib.RDF.type, rdflib.URIRef(kg + "Highway")))
    data.add((rdflib.URIRef(city), rdflib.RDF.type, rdflib.URIRef(kg + "Prefecture")))
    for report in ("jia-2021", "jia-2022", "jia-2023"):
        data.add((rdflib.URIRef(f"{base}report/{report}"), rdflib.RDF.type, rdflib.URIRef(kg + "Report")))
    for quad in quads:
        data.add((rdflib.URIRef(quad.subject.value), rdflib.URIRef(quad.predicate.value),
                  rdflib.URIRef(quad.object.value) if isinstance(quad.object, ox.NamedNode)
                  else rdflib.Literal(quad.object.value, lang=quad.object.language,
                                      datatype=None if quad.object.language else rdflib.URIRef(quad.object.datatype.value))))
    node = rdflib.URIRef(promise_quads([promise], base, graph, {})[0].subject.value)
    extra_quads(data, node, kg)
    shapes = rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    _conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    # the fixture's project, city and reports are stubs: only what is said about the promise counts
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    return (None, sh.focusNode, node) not in results, text


def test_promise_triples_pass_the_shapes():
    conforms, text = _validate(lambda data, node, kg: None)
    assert conforms, text


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data, node, kg: data.set((node, rdflib_ref(kg + "fate"), rdflib_ref(kg + "Planned"))),  # not a fate
        lambda data, node, kg: data.remove((node, rdflib_ref("https://schema.org/object"), None)),      # no project
        lambda data, node, kg: data.add((node, rdflib_ref(kg + "fate"), rdflib_ref(kg + "open"))),      # two fates
    ],
)
def test_spoilt_promises_fail_the_shapes(spoil):
    conforms, _text = _validate(spoil)
    assert not conforms


def rdflib_ref(iri: str):
    import rdflib

    return rdflib.URIRef(iri)
