"""Tests of kg.views on a small synthetic store that follows docs/data-model.md.

Browser tests (``@pytest.mark.browser``) drive Debian's /usr/bin/chromium with Python playwright;
they are skipped with a reason when either is missing.
"""

from __future__ import annotations

import html as html_mod
import re
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.views import (
    EdgeInfo,
    NodeInfo,
    ViewModel,
    build_network,
    load_view_model,
    network_html,
    select,
    timeline_svg,
    write_network_html,
    write_timeline_html,
    write_timeline_svg,
)
from kg.views.network import (
    DEFAULT_MAX_NODES,
    DEFAULT_TYPES,
    comention_threshold,
    compute_layout,
    home_places,
    importance_ranks,
)


def _load_browser_helper():
    """tests/browser.py, whether or not tests/ is a package and whatever the import mode."""
    import importlib.util
    import sys

    name = "kg_tests_browser"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("browser.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


br = _load_browser_helper()

B = "https://w3id.org/govreport-kg/"
KG = "https://w3id.org/govreport-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
XSD = "http://www.w3.org/2001/XMLSchema#"

SCRIPT_LABEL = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'

P1 = B + "entity/project/sang-long-gao-su-3fa2c1"
P2 = B + "entity/project/he-hua-ji-chang-0a11b2"
P3 = B + "entity/project/evil-7c7c7c"
P4 = B + "entity/project/scenic-road-1d2e3f"
PROG = B + "entity/programme/quan-yu-lv-you-5e5e5e"
ORG = B + "entity/organization/shi-zheng-fu-111111"
EVT = B + "entity/event/lv-fa-da-hui-222222"
ZJJ = B + "entity/place/zhang-jia-jie-shi-333333"
CILI = B + "entity/place/ci-li-xian-444444"

STATUSES = ("Planned", "Preparatory", "Started", "UnderConstruction", "Completed", "InOperation")

ENTITIES = [  # iri, class, zh label, pinyin label or None
    (P1, "Highway", "桑龙高速", "Sānglóng Gāosù"),
    (P2, "Airport", "荷花机场改扩建", "Héhuā Jīchǎng Gǎikuòjiàn"),
    (P3, "TourismProject", SCRIPT_LABEL, None),
    (P4, "ScenicRoad", "天门山旅游公路", None),   # class known only to the ontology graph
    (PROG, "Strategy", "全域旅游", "Quányù Lǚyóu"),
    (ORG, "GovernmentBody", "张家界市人民政府", None),
    (EVT, "Event", "旅游发展大会", None),
    (ZJJ, "Prefecture", "张家界市", "Zhāngjiājiè Shì"),
    (CILI, "County", "慈利县", "Cílì Xiàn"),
]

# report year -> sentences: (text, [(entity, surface, status or None)])
REPORTS = {
    2021: [
        ("张家界市经济平稳。", [(ZJJ, "张家界市", None)]),
        ("加快桑龙高速建设，推进荷花机场改扩建前期工作。",
         [(P1, "桑龙高速", "Started"), (P2, "荷花机场改扩建", "Preparatory")]),
        ("桑龙高速全线在建，全域旅游深入实施。",
         [(P1, "桑龙高速", "UnderConstruction"), (PROG, "全域旅游", None)]),
    ],
    2023: [
        ("桑龙高速建成通车，荷花机场改扩建加快推进。",
         [(P1, "桑龙高速", "Completed"), (P2, "荷花机场改扩建", "UnderConstruction")]),
        (f"{SCRIPT_LABEL}项目开工{IMG}，桑龙高速运营良好。",
         [(P3, SCRIPT_LABEL, "Started"), (P1, "桑龙高速", "InOperation")]),
        ("张家界市人民政府成功举办旅游发展大会，天门山旅游公路谋划实施。",
         [(ORG, "张家界市人民政府", None), (EVT, "旅游发展大会", None),
          (P4, "天门山旅游公路", "Planned")]),
    ],
}


def nn(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def lit(value, lang: str | None = None, dtype: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    if dtype:
        return ox.Literal(str(value), datatype=nn(dtype))
    return ox.Literal(value)


def build_store(*, with_ontology: bool = True) -> ox.Store:
    store = ox.Store()
    ent_g = nn(B + "graph/entities")

    def add(s, p, o, g):
        store.add(ox.Quad(nn(s), nn(p), o, g))

    if with_ontology:
        onto = nn(B + "graph/ontology")
        tree = {
            "TransportProject": "Project", "Highway": "TransportProject",
            "Airport": "TransportProject", "Road": "TransportProject", "ScenicRoad": "Road",
            "TourismProject": "Project", "Strategy": "Programme",
            "AdministrativeArea": "Place", "Prefecture": "AdministrativeArea",
            "County": "AdministrativeArea", "GovernmentBody": "Organization",
        }
        for c, p in tree.items():
            add(KG + c, RDFS + "subClassOf", nn(KG + p), onto)
        for i, s in enumerate(STATUSES):
            add(KG + s, KG + "statusRank", lit(i, dtype=XSD + "integer"), onto)

    for iri, cls, zh, py in ENTITIES:
        add(iri, RDF_TYPE, nn(KG + cls), ent_g)
        add(iri, SKOS + "prefLabel", lit(zh, "zh"), ent_g)
        add(iri, RDFS + "label", lit(zh, "zh"), ent_g)
        if py:
            add(iri, SKOS + "prefLabel", lit(py, "zh-Latn-pinyin"), ent_g)
    add(P1, KG + "locatedIn", nn(ZJJ), ent_g)
    add(P1, KG + "connects", nn(CILI), ent_g)
    add(P2, KG + "locatedIn", nn(ZJJ), ent_g)
    add(P3, KG + "partOf", nn(PROG), ent_g)
    add(CILI, KG + "locatedIn", nn(ZJJ), ent_g)

    for year, sentences in REPORTS.items():
        rid = f"zhangjiajie-{year}"
        report = B + f"report/{rid}"
        g = nn(B + f"graph/report/{rid}")
        doc = f"{report}/doc/{rid}-part1"
        text = "".join(s for s, _ in sentences)
        add(report, RDF_TYPE, nn(KG + "Report"), g)
        add(report, DCT + "title", lit(f"张家界市{year}年政府工作报告", "zh"), g)
        add(report, KG + "reportYear", lit(year, dtype=XSD + "gYear"), g)
        add(report, DCT + "hasPart", nn(doc), g)
        add(doc, RDF_TYPE, nn(KG + "ReportDocument"), g)
        add(doc, NIF + "isString", lit(text), g)
        offset = 0
        for i, (sentence, mentions) in enumerate(sentences):
            sent = f"{doc}/sentence/{i}"
            add(sent, RDF_TYPE, nn(NIF + "Sentence"), g)
            add(sent, NIF + "referenceContext", nn(doc), g)
            add(sent, NIF + "beginIndex", lit(offset, dtype=XSD + "nonNegativeInteger"), g)
            add(sent, NIF + "endIndex",
                lit(offset + len(sentence), dtype=XSD + "nonNegativeInteger"), g)
            add(sent, NIF + "anchorOf", lit(sentence), g)
            add(sent, KG + "section", nn(KG + "review"), g)
            for ent, surface, status in mentions:
                b = offset + sentence.index(surface)
                e = b + len(surface)
                m = f"{doc}#char={b},{e}"
                add(m, RDF_TYPE, nn(KG + "Mention"), g)
                add(m, NIF + "referenceContext", nn(doc), g)
                add(m, NIF + "sentence", nn(sent), g)
                add(m, NIF + "beginIndex", lit(b, dtype=XSD + "nonNegativeInteger"), g)
                add(m, NIF + "endIndex", lit(e, dtype=XSD + "nonNegativeInteger"), g)
                add(m, NIF + "anchorOf", lit(surface), g)
                add(m, ITS + "taIdentRef", nn(ent), g)
                add(m, KG + "report", nn(report), g)
                add(m, KG + "reportYear", lit(year, dtype=XSD + "gYear"), g)
                add(m, KG + "section", nn(KG + "review"), g)
                if status:
                    add(m, KG + "status", nn(KG + status), g)
                add(m, KG + "extractedBy", lit("test"), g)
            offset += len(sentence)
    return store


@pytest.fixture(scope="module")
def model() -> ViewModel:
    return load_view_model(build_store())


def edge(model: ViewModel, a: str, b: str, kind: str) -> EdgeInfo:
    s, t = (a, b) if kind != "coMentioned" else tuple(sorted((a, b)))
    hits = [e for e in model.edges if (e.source, e.target, e.kind) == (s, t, kind)]
    assert len(hits) == 1, (a, b, kind, hits)
    return hits[0]


# ------------------------------------------------------------------------------------------
# model


def test_nodes_types_and_classes(model):
    by = {n.id: n for n in model.nodes}
    assert [n.id for n in model.nodes] == sorted(by)
    assert set(by) == {e[0] for e in ENTITIES}
    assert (by[P1].type, by[P1].cls) == ("Project", "Highway")
    assert (by[P4].type, by[P4].cls) == ("Project", "ScenicRoad")  # via the ontology graph
    assert (by[PROG].type, by[ZJJ].type, by[ORG].type, by[EVT].type) == (
        "Programme", "Place", "Organization", "Event")
    assert by[P1].label == "桑龙高速" and by[P1].pinyin == "Sānglóng Gāosù"
    assert by[P3].label == SCRIPT_LABEL
    assert by[ORG].pinyin  # computed with pypinyin when the store has none
    assert isinstance(by[P1], NodeInfo)


def test_fallback_class_tree_without_ontology():
    m = load_view_model(build_store(with_ontology=False))
    by = {n.id: n for n in m.nodes}
    assert (by[P1].type, by[P1].cls) == ("Project", "Highway")
    assert (by[CILI].type, by[CILI].cls) == ("Place", "County")
    assert P4 not in by  # kg:ScenicRoad is not in docs/data-model.md
    assert by[P1].status_by_year == {2021: "UnderConstruction", 2023: "InOperation"}


def test_years_status_evidence(model):
    by = {n.id: n for n in model.nodes}
    assert by[P1].years == (2021, 2023)
    assert by[P1].status_by_year == {2021: "UnderConstruction", 2023: "InOperation"}
    assert by[P2].years == (2021, 2023)
    assert by[P2].status_by_year == {2021: "Preparatory", 2023: "UnderConstruction"}
    assert by[PROG].years == (2021,) and by[PROG].status_by_year == {}
    assert by[ZJJ].years == (2021,)
    assert by[CILI].years == () and by[CILI].evidence is None
    assert by[P4].status_by_year == {2023: "Planned"}
    # evidence: the sentence of the latest mention (the one that sets the latest status)
    assert IMG in by[P1].evidence and by[P1].evidence_report == "张家界市2023年政府工作报告"
    assert by[P2].evidence == "桑龙高速建成通车，荷花机场改扩建加快推进。"
    assert by[PROG].evidence_report == "张家界市2021年政府工作报告"
    assert by[P1].evidence_by_year[2021][0] == "桑龙高速全线在建，全域旅游深入实施。"


def test_edges(model):
    assert edge(model, P1, ZJJ, "locatedIn").weight == 1
    assert edge(model, P1, CILI, "connects").weight == 1
    assert edge(model, P3, PROG, "partOf").weight == 1
    pair = edge(model, P1, P2, "coMentioned")
    assert pair.weight == 2 and pair.weight_by_year == {2021: 1, 2023: 1}
    assert edge(model, P1, PROG, "coMentioned").weight == 1
    assert edge(model, P1, P3, "coMentioned").weight_by_year == {2023: 1}
    assert edge(model, ORG, EVT, "coMentioned").weight == 1
    assert not [e for e in model.edges if e.kind == "coMentioned" and ZJJ in (e.source, e.target)]
    keys = [(e.source, e.target, e.kind) for e in model.edges]
    assert len(keys) == len(set(keys))
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], ("locatedIn", "partOf", "connects",
                                                             "coMentioned").index(k[2])))
    assert model.years == (2021, 2023)


def test_model_is_deterministic():
    assert load_view_model(build_store()) == load_view_model(build_store())


def test_custom_base():
    store = build_store()
    assert load_view_model(store, base="https://example.org/other/").nodes == []


def test_report_summaries_are_kept_and_reused(tmp_path, monkeypatch):
    """With graph keys and a cache folder, each report graph's summary is made once, read back
    while its key stays the same, made again when its key changes or its entry is damaged, and
    the model is the same each time."""
    import kg.views.model as view_model

    store = build_store()
    graphs = sorted(g.value for g in store.named_graphs() if "/graph/report/" in g.value)
    keys = {g: "key-" + g for g in graphs}
    expected = load_view_model(build_store())
    made: list[str] = []
    summarise = view_model.summarise_report
    monkeypatch.setattr(view_model, "summarise_report",
                        lambda st, graph, prefix: made.append(graph) or summarise(st, graph, prefix))
    assert load_view_model(store, graph_keys=keys, cache_folder=tmp_path) == expected
    assert made == graphs and len(list((tmp_path / "views").rglob("*.summary"))) == len(graphs)
    made.clear()
    assert load_view_model(store, graph_keys=keys, cache_folder=tmp_path) == expected
    assert made == []
    keys[graphs[0]] = "another key"
    assert load_view_model(store, graph_keys=keys, cache_folder=tmp_path) == expected
    assert made == [graphs[0]]
    made.clear()
    for entry in (tmp_path / "views").rglob("*.summary"):
        entry.write_bytes(b"not a pickle")
    assert load_view_model(store, graph_keys=keys, cache_folder=tmp_path) == expected
    assert made == graphs
    made.clear()
    assert load_view_model(store, graph_keys=keys, cache_folder=tmp_path) == expected
    assert made == []
    # without keys (a store made by hand), nothing is kept
    assert load_view_model(store, cache_folder=tmp_path / "none") == expected
    assert not (tmp_path / "none").exists()


def test_a_summary_kept_from_a_graphs_lines_is_the_one_made_from_the_store(tmp_path, monkeypatch):
    """What the build's workers keep (a report graph's lines summarised from their quads, without
    a store) is what the views stage would make from the whole store, and is read instead; a summary kept
    already is not made again."""
    import kg.views.model as view_model
    from kg.views.model import ReportSummaries

    store = build_store()
    prefix = B + "graph/report/"
    graphs = sorted(g.value for g in store.named_graphs() if g.value.startswith(prefix))
    assert len(graphs) >= 2
    keys = {g: "key-" + g for g in graphs}
    expected = load_view_model(build_store())
    summaries = ReportSummaries(tmp_path)
    for graph in graphs:
        lines = ox.serialize(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)), format=ox.RdfFormat.N_QUADS)
        summaries.keep(graph, prefix, keys[graph], lines)
        assert summaries.get(store, graph, prefix, keys[graph]) == view_model.summarise_report(store, graph, prefix)
    made: list[str] = []
    summarise = view_model.summarise_report
    monkeypatch.setattr(view_model, "summarise_report",
                        lambda st, graph, prefix: made.append(graph) or summarise(st, graph, prefix))
    summaries.keep(graphs[0], prefix, keys[graphs[0]], b"")  # kept already: not made again from no lines
    assert load_view_model(store, graph_keys=keys, cache_folder=tmp_path) == expected
    assert made == []


def test_a_summary_made_from_quads_is_the_querys():
    """:func:`summarise_quads` gives the solutions of the summary query: several values of one
    property (every combination), a phase's status left out, a mention's year from its report,
    a mention without a report, sentence or year, a sentence without text, two titles (Chinese
    and English), and another graph's quads ignored."""
    from kg.views.model import summarise_quads, summarise_report

    nn, lit = ox.NamedNode, ox.Literal
    rid = "x-city-2024"
    report, g, other = nn(B + f"report/{rid}"), nn(B + f"graph/report/{rid}"), nn(B + "graph/report/y")
    year = lambda y: lit(str(y), datatype=nn(XSD + "gYear"))  # noqa: E731
    quads = [
        ox.Quad(report, nn(DCT + "title"), lit("City report", language="en"), g),
        ox.Quad(report, nn(DCT + "title"), lit("市政府工作报告", language="zh"), g),
        ox.Quad(report, nn(KG + "reportYear"), year(2024), g),
    ]
    sentences = [nn(f"{report.value}/sentence/{i}") for i in range(3)]
    quads += [ox.Quad(sentences[0], nn(NIF + "anchorOf"), lit("第0句"), g),
              ox.Quad(sentences[0], nn(NIF + "anchorOf"), lit("第0句又"), g)]  # two texts; sentence 1 has none
    mentions = [nn(f"{report.value}#char={i},{i + 1}") for i in range(5)]
    for i, m in enumerate(mentions):
        quads.append(ox.Quad(m, nn(ITS + "taIdentRef"), nn(P1 if i % 2 else P2), g))
        quads.append(ox.Quad(m, nn(NIF + "beginIndex"), lit(str(i), datatype=nn(XSD + "integer")), g))
    quads += [
        ox.Quad(mentions[0], nn(ITS + "taIdentRef"), nn(P1), g),  # two entities
        ox.Quad(mentions[0], nn(KG + "report"), report, g),  # its year from the report
        ox.Quad(mentions[0], nn(NIF + "sentence"), sentences[0], g),
        ox.Quad(mentions[0], nn(KG + "status"), nn(KG + "Started"), g),
        ox.Quad(mentions[0], nn(KG + "status"), nn(KG + "Completed"), g),  # two statuses
        ox.Quad(mentions[1], nn(KG + "reportYear"), year(2023), g),  # no report
        ox.Quad(mentions[1], nn(KG + "reportYear"), year(2022), g),
        ox.Quad(mentions[1], nn(NIF + "sentence"), sentences[1], g),
        ox.Quad(mentions[1], nn(NIF + "sentence"), sentences[0], g),
        ox.Quad(mentions[2], nn(KG + "report"), report, g),
        ox.Quad(mentions[2], nn(NIF + "sentence"), sentences[0], g),
        ox.Quad(mentions[2], nn(KG + "status"), nn(KG + "Completed"), g),
        ox.Quad(mentions[2], nn(KG + "namesPhase"), nn(KG + "phase"), g),  # a phase's status
        ox.Quad(mentions[3], nn(NIF + "sentence"), sentences[2], g),  # no year at all: left out
        ox.Quad(mentions[4], nn(KG + "reportYear"), year(2024), g),
        ox.Quad(mentions[4], nn(NIF + "sentence"), sentences[0], g),
        ox.Quad(mentions[4], nn(KG + "report"), report, other),  # another graph's
        ox.Quad(mentions[4], nn(KG + "status"), nn(KG + "Stopped"), other),
    ]
    store = ox.Store()
    store.extend(quads)
    prefix = B + "graph/report/"
    expected = summarise_report(store, g.value, prefix)
    assert expected.evidence and expected.pairs
    assert summarise_quads(quads, g.value, prefix) == expected
    assert summarise_quads(reversed(quads), g.value, prefix) == expected


def two_reports_store(reports) -> ox.Store:
    """A store of two entities and one report graph per ``(id, year, titles, mentions)``, where
    ``mentions`` are ``(entity, status)`` named in one sentence each (P2 beside each)."""
    store = ox.Store()
    nn = ox.NamedNode
    ent_g = nn(B + "graph/entities")
    for iri, cls, zh in ((P1, "Highway", "桑龙高速"), (P2, "Airport", "荷花机场")):
        store.add(ox.Quad(nn(iri), nn(RDF_TYPE), nn(KG + cls), ent_g))
        store.add(ox.Quad(nn(iri), nn(SKOS + "prefLabel"), ox.Literal(zh, language="zh"), ent_g))
    for rid, year, titles, mentions in reports:
        report, g = nn(B + f"report/{rid}"), nn(B + f"graph/report/{rid}")
        for title, lang in titles:
            store.add(ox.Quad(report, nn(DCT + "title"), ox.Literal(title, language=lang), g))
        for i, (ent, status) in enumerate(mentions):
            sent = nn(f"{report.value}/sentence/{i}")
            store.add(ox.Quad(sent, nn(NIF + "anchorOf"), ox.Literal(f"{rid} 第{i}句"), g))
            for j, named in enumerate((ent, P2)):
                m = nn(f"{report.value}#char={10 * i + j},{10 * i + j + 1}")
                store.add(ox.Quad(m, nn(ITS + "taIdentRef"), nn(named), g))
                store.add(ox.Quad(m, nn(NIF + "sentence"), sent, g))
                store.add(ox.Quad(m, nn(NIF + "beginIndex"), ox.Literal(str(10 * i + j), datatype=nn(XSD + "integer")), g))
                store.add(ox.Quad(m, nn(KG + "report"), report, g))
                store.add(ox.Quad(m, nn(KG + "reportYear"), ox.Literal(str(year), datatype=nn(XSD + "gYear")), g))
                if status and named == ent:
                    store.add(ox.Quad(m, nn(KG + "status"), nn(KG + status), g))
    return store


def test_evidence_across_reports_of_one_year():
    """Two reports of one year: the most advanced status wins whichever report states it; of
    equal statuses (or none), a report with a Chinese title comes before one without, then the
    reports' IRIs, then reading order; co-mentions add up over the reports."""
    county = ("a-county-2023", 2023, [("County report", "en")], [(P1, "Completed"), (P1, "Started")])
    city = ("b-city-2023", 2023, [("City report", "en"), ("市政府工作报告", "zh")], [(P1, "Started")])
    by = {n.id: n for n in load_view_model(two_reports_store([county, city])).nodes}
    assert by[P1].status_by_year == {2023: "Completed"}
    assert by[P1].evidence_by_year[2023] == ("a-county-2023 第0句", "County report")
    # equal statuses: the report with a Chinese title, though its IRI sorts later
    county = ("a-county-2023", 2023, [("County report", "en")], [(P1, "Started")])
    model = load_view_model(two_reports_store([county, city]))
    by = {n.id: n for n in model.nodes}
    assert by[P1].status_by_year == {2023: "Started"}
    assert by[P1].evidence_by_year[2023] == ("b-city-2023 第0句", "市政府工作报告")
    assert by[P2].status_by_year == {} and by[P2].evidence == "b-city-2023 第0句"
    assert edge(model, P1, P2, "coMentioned").weight_by_year == {2023: 2}
    # no title anywhere: the first report by IRI, its first sentence; the report's name stands in
    first = ("a-county-2023", 2023, [], [(P1, None), (P1, None)])
    second = ("b-city-2023", 2023, [], [(P1, None)])
    by = {n.id: n for n in load_view_model(two_reports_store([second, first])).nodes}
    assert by[P1].evidence_by_year[2023] == ("a-county-2023 第0句", "a-county-2023")


# ------------------------------------------------------------------------------------------
# selection, network


def test_select_filters(model):
    sub = select(model, year=2021)
    assert {n.id for n in sub.nodes} == {P1, P2, PROG, ZJJ}
    co = {(e.source, e.target): e.weight for e in sub.edges if e.kind == "coMentioned"}
    assert co == {tuple(sorted((P1, P2))): 1, tuple(sorted((P1, PROG))): 1}
    assert {e.kind for e in sub.edges} == {"coMentioned", "locatedIn"}

    sub = select(model, types=["Project"])
    assert {n.type for n in sub.nodes} == {"Project"} and len(sub.nodes) == 4
    assert all(e.source in {n.id for n in sub.nodes} for e in sub.edges)
    assert select(model, types="place").nodes == select(model, types=["Place"]).nodes
    with pytest.raises(ValueError):
        select(model, types=["Bogus"])

    sub = select(model, focus="全域旅游")
    ids = {n.id for n in sub.nodes}
    assert PROG in ids and P1 in ids and P3 in ids   # 1 hop
    assert P2 in ids and ZJJ in ids                  # small: widened to 2 hops
    assert EVT not in ids
    assert select(model, focus=PROG).nodes == sub.nodes
    with pytest.raises(KeyError):
        select(model, focus="不存在")


def test_max_nodes_keeps_most_important(model):
    sub = select(model, max_nodes=3)
    # the types take turns: the first project (P1: 2 years, then degree), place (ZJJ: hub of
    # three locatedIn) and programme
    assert [n.id for n in sub.nodes] == sorted([P1, ZJJ, PROG])
    assert all({e.source, e.target} <= {P1, ZJJ, PROG} for e in sub.edges)
    # a type with fewer nodes than its share leaves the rest to the others
    assert {n.id for n in select(model, max_nodes=7).nodes} == \
        {n.id for n in model.nodes} - {P3, P4}
    assert select(model, max_nodes=3) == sub
    assert len(select(model, max_nodes=100).nodes) == len(model.nodes)
    f = select(model, focus=EVT, max_nodes=1)
    assert [n.id for n in f.nodes] == [EVT]


def test_build_network_returns_pyvis(model):
    from pyvis.network import Network

    net = build_network(model)
    assert isinstance(net, Network)
    assert net.num_nodes() == len(model.nodes) and net.num_edges() == len(model.edges)
    node = net.get_node(P1)
    assert node["label"] == "桑龙高速" and "Sānglóng" in node["title"]
    assert "&lt;img" in net.get_node(P3)["title"] and "<script>" not in net.get_node(P3)["title"]
    assert net.options["physics"]["enabled"] is False
    sizes = {n["id"]: n["size"] for n in net.nodes}
    assert sizes[P1] > sizes[PROG] > sizes[CILI]
    assert {n["group"] for n in net.nodes} == {"Project", "Place", "Programme", "Organization",
                                                "Event"}
    colours = {g: o["color"]["background"] for g, o in net.options["groups"].items()}
    assert len(set(colours.values())) == 5  # one colour per type, shown in the legend
    kinds = {e["kgKind"]: e for e in net.edges}
    assert kinds["locatedIn"]["dashes"] and kinds["locatedIn"]["arrows"] == "to"
    assert "dashes" not in kinds["coMentioned"] and net.options["edges"]["dashes"] is False
    assert len({kinds[k].get("color", "default") for k in kinds}) == 4
    widths = {(e["from"], e["to"]): e["width"] for e in net.edges if e["kgKind"] == "coMentioned"}
    assert widths[tuple(sorted((P1, P2)))] > widths[tuple(sorted((P1, PROG)))]
    assert build_network(model, year=2023, types=["Project"]).num_nodes() == 4
    html = net.generate_html()
    assert html == net.to_html() and "<html" in html
    assert 'srcdoc="' in net._repr_html_()


def test_layout_is_deterministic_and_spread(model):
    a, b = compute_layout(model), compute_layout(model)
    assert a == b and set(a) == {n.id for n in model.nodes}
    assert len(set(a.values())) == len(a)
    assert all(isinstance(v, int) for xy in a.values() for v in xy)


def test_layout_puts_unlinked_nodes_around_not_in_a_grid():
    """Nodes without any edge ring the linked ones (on every side, at many distances), instead
    of filling rows below them; the whole picture is about as high as it is wide."""
    import math

    model = synthetic_model(400)
    linked = {x for e in model.edges for x in (e.source, e.target)}
    extra = [NodeInfo(id=f"{B}entity/x/lone-{i:03d}", label=f"孤{i}", type="Programme",
                      cls="Thing", pinyin="", years=(2020,), status_by_year={}, evidence=None,
                      evidence_report=None) for i in range(150)]
    model = ViewModel(nodes=model.nodes + extra, edges=model.edges)
    pos = compute_layout(model)
    lone = [pos[n.id] for n in model.nodes if n.id not in linked]
    inner = [pos[v] for v in linked]
    cx = sum(x for x, _ in inner) / len(inner)
    cy = sum(y for _, y in inner) / len(inner)
    sides = {(x > cx, y > cy) for x, y in lone}
    assert sides == {(True, True), (True, False), (False, True), (False, False)}
    assert len({y for _, y in lone}) > 0.9 * len(lone)  # no rows of equal height
    assert len({round(math.atan2(y - cy, x - cx), 1) for x, y in lone}) > 40
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    assert 0.7 < (max(xs) - min(xs)) / (max(ys) - min(ys)) < 1.4


def test_labels_groups_and_comention_threshold(model):
    ranks = importance_ranks(model)
    assert sorted(ranks.values()) == list(range(len(model.nodes)))
    # P1: two years, three typed links, four co-mentions: the most important
    assert ranks[P1] == 0 and ranks[ZJJ] < ranks[EVT]
    homes = home_places(model)
    assert homes[P1] == ZJJ and homes[P2] == ZJJ          # locatedIn
    assert homes[ZJJ] == ZJJ and homes[CILI] == CILI      # a place is its own group
    assert P3 not in homes and ORG not in homes           # no place linked or named with them
    weights = sorted((e.weight for e in model.edges if e.kind == "coMentioned"), reverse=True)
    threshold = comention_threshold(model)
    assert sum(w >= threshold for w in weights) <= len(model.nodes)
    assert comention_threshold(select(model, types=["Project"])) >= 1


def test_max_nodes_default_counts_what_is_left_out():
    model = synthetic_model(DEFAULT_MAX_NODES + 300)
    net = build_network(model)
    assert net.num_nodes() == DEFAULT_MAX_NODES
    omitted = net.kg_meta["omitted"]
    assert sum(omitted.values()) == 300
    assert set(omitted) <= {n.type for n in model.nodes}
    assert build_network(model, max_nodes=None).num_nodes() == len(model.nodes)
    # a left-out node is counted at the place it belongs to, when that place is drawn
    assert sum(n["kgOmitted"] for n in net.nodes) <= 300
    assert net.kg_meta["default_types"] == list(DEFAULT_TYPES)


class _Refs(HTMLParser):
    """Collects every attribute that makes a browser fetch something."""

    URL_ATTRS = {"src", "href", "srcset", "action", "formaction", "poster", "data",
                 "background", "xlink:href", "manifest", "ping"}

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k in self.URL_ATTRS and v is not None:
                self.refs.append((tag, k, v))


def assert_offline(page: str) -> None:
    parser = _Refs()
    parser.feed(page)
    assert parser.refs == [], parser.refs
    assert "link" not in parser.tags and "iframe" not in parser.tags
    assert not re.search(r"(?i)url\(\s*['\"]?\s*(https?:|//)", page)
    assert not re.search(r"(?i)@import", page)
    assert not re.search(r"(?i)<(script|link|img|iframe)[^>]*\s(src|href)\s*=", page)
    assert "sourceMappingURL" not in page
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "googleapis", "bootstrap", "tom-select"):
        assert cdn not in page.lower(), cdn


def assert_escaped(page: str) -> None:
    assert SCRIPT_LABEL not in page and "<img" not in page.lower()
    assert "window.__pwned=1</script>" not in page


def test_network_html_offline_escaped_deterministic(model, tmp_path):
    p1 = write_network_html(model, tmp_path / "a.html")
    p2 = write_network_html(load_view_model(build_store()), tmp_path / "b.html")
    assert p1.read_bytes() == p2.read_bytes()
    page = p1.read_text(encoding="utf-8")
    assert_offline(page)
    assert_escaped(page)
    assert "Content-Security-Policy" in page
    assert "\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e" in page
    assert "桑龙高速" in page  # readable UTF-8, not \u-escaped Chinese
    parser = _Refs()
    parser.feed(page)
    assert parser.tags.count("script") == 3  # data, vis, app
    focused = network_html(model, focus=SCRIPT_LABEL)  # hostile label in the page title too
    assert_offline(focused)
    assert_escaped(focused)
    assert "<title>政府工作报告知识图谱 · &lt;script&gt;" in focused
    frag = network_html(model, fragment=True, element_id="kg-frag")
    assert_offline(frag)
    assert "<html" not in frag and 'id="kg-frag"' in frag and "#kg-frag " in frag


def test_timeline_html_and_svg(model, tmp_path):
    p1 = write_timeline_html(model, tmp_path / "t1.html")
    p2 = write_timeline_html(load_view_model(build_store()), tmp_path / "t2.html")
    assert p1.read_bytes() == p2.read_bytes()
    page = p1.read_text(encoding="utf-8")
    assert_offline(page)
    assert_escaped(page)
    assert html_mod.escape(SCRIPT_LABEL) in page
    rows = re.findall(r'<tr data-order="\d+" data-name="[^"]*" data-first="(\d+)" '
                      r'data-count="(\d+)" data-id="([^"]+)"', page)
    assert [r[2] for r in rows] == [P2, P1, P3, P4]  # projects only; by first year, pinyin
    assert {r[2]: int(r[1]) for r in rows}[P1] == 2
    assert 'data-status="InOperation"' in page and 'data-status="Preparatory"' in page
    with_prog = write_timeline_html(model, tmp_path / "t3.html", include_programmes=True)
    assert PROG in with_prog.read_text(encoding="utf-8")
    assert 'data-status="mentioned"' in with_prog.read_text(encoding="utf-8")

    s1 = write_timeline_svg(model, tmp_path / "t.svg")
    assert s1.read_bytes() == write_timeline_svg(model, tmp_path / "u.svg").read_bytes()
    svg = s1.read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and svg == timeline_svg(model)
    assert SCRIPT_LABEL not in svg and "<img" not in svg and "<script" not in svg
    import xml.etree.ElementTree as ET

    root = ET.fromstring(svg.encode("utf-8"))
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert SCRIPT_LABEL in texts and "桑龙高速" in texts and "2023" in texts
    titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
    assert any(t and IMG in t for t in titles)


# ------------------------------------------------------------------------------------------
# browser

_reason = br.unavailable_reason()
needs_browser = pytest.mark.skipif(_reason is not None, reason=f"browser tests: {_reason}")



def _hover_all(page, frame=None) -> list[str]:
    target = frame or page
    tips = []
    for _id, (x, y) in sorted(br.node_screen_positions(page, frame).items()):
        page.mouse.move(x, y)
        target.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
        tips.append(target.inner_text(".vis-tooltip"))
        page.mouse.move(2, 2)
        page.wait_for_timeout(30)
    return tips


def _default_view(model: ViewModel) -> tuple[set[str], list[EdgeInfo]]:
    """What the page shows when it opens: the default types and the typed links between them."""
    shown = {n.id for n in model.nodes if n.type in DEFAULT_TYPES}
    return shown, [e for e in model.edges if e.kind != "coMentioned"
                   and e.source in shown and e.target in shown]


def _count(page, what: str = "Node") -> int:
    return page.evaluate(f"window.kgView.drawn{what}Count()")


@pytest.mark.browser
@needs_browser
def test_browser_network(model, tmp_path, chromium):
    path = write_network_html(model, tmp_path / "net.html")
    shown, links = _default_view(model)
    with br.open_page(path, browser_=chromium) as (page, log):
        br.wait_for_network(page)
        assert page.evaluate("window.kgView.nodes.length") == len(model.nodes)
        # defaults: projects, places, programmes and their typed links; no co-mentions
        assert _count(page) == len(shown) < len(model.nodes)
        assert _count(page, "Edge") == len(links) > 0
        assert not page.is_checked('.kg-filter-type[value="Organization"]')
        assert page.is_checked('.kg-filter-type[value="Programme"]')
        assert not page.is_checked('.kg-filter-kind[value="coMentioned"]')
        assert page.is_checked('.kg-filter-kind[value="locatedIn"]')
        # co-mentions on: those of at least the default number of sentences, then all
        threshold = comention_threshold(model)
        assert page.input_value(".kg-comin") == str(threshold)
        co = [e for e in model.edges if e.kind == "coMentioned"
              and e.source in shown and e.target in shown]
        page.check('.kg-filter-kind[value="coMentioned"]')
        assert _count(page, "Edge") == len(links) + sum(e.weight >= threshold for e in co)
        page.fill(".kg-comin", "1")
        page.dispatch_event(".kg-comin", "change")
        assert _count(page, "Edge") == len(links) + len(co)
        page.fill(".kg-comin", "2")
        page.dispatch_event(".kg-comin", "change")
        assert _count(page, "Edge") == len(links) + sum(e.weight >= 2 for e in co) < \
            len(links) + len(co)
        page.uncheck('.kg-filter-kind[value="coMentioned"]')
        assert _count(page, "Edge") == len(links)
        # the other types are one click away
        page.check('.kg-filter-type[value="Organization"]')
        page.check('.kg-filter-type[value="Event"]')
        assert _count(page) == len(model.nodes)
        # type filter (the legend checkbox), client-side on the DataSet
        page.uncheck('.kg-filter-type[value="Project"]')
        n_projects = sum(n.type == "Project" for n in model.nodes)
        assert _count(page) == len(model.nodes) - n_projects
        page.check('.kg-filter-type[value="Project"]')
        assert _count(page) == len(model.nodes)
        # year filter
        page.select_option(".kg-year", "2021")
        n_2021 = len(select(model, year=2021).nodes)
        assert _count(page) == n_2021
        page.select_option(".kg-year", "")
        # search, including the hostile label
        assert page.evaluate("window.kgView.search('sanglong')") == [P1]
        assert page.evaluate(f"window.kgView.search({SCRIPT_LABEL!r})") == [P3]
        page.click(".kg-reset-btn")
        assert _count(page) == len(shown) and _count(page, "Edge") == len(links)
        page.evaluate("window.kgView.setType('Organization', true)")
        page.evaluate("window.kgView.setType('Event', true)")
        # tooltips: every node, built as text
        tips = _hover_all(page)
        assert any(SCRIPT_LABEL in t for t in tips) and any(IMG in t for t in tips)
        assert page.evaluate(
            "document.querySelectorAll('.vis-tooltip img, .vis-tooltip script').length") == 0
        # focus on a node from the page
        page.evaluate(f"window.kgView.focus([{PROG!r}], 1)")
        assert _count(page) == 2  # PROG and P3 (partOf); P1 only by a hidden co-mention
        page.evaluate("window.kgView.setCoMentions(true, 1)")
        page.evaluate(f"window.kgView.focus([{PROG!r}], 1)")
        assert _count(page) == 3  # PROG, P1, P3
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert log.console_errors == [] and log.page_errors == []
        assert log.external == [] and log.blocked == []


@pytest.mark.browser
@needs_browser
def test_browser_iframe_fragment_notebook(model, tmp_path, chromium):
    write_network_html(model, tmp_path / "net.html")
    (tmp_path / "outer.html").write_text(
        '<!DOCTYPE html><meta charset="utf-8"><title>outer</title>'
        '<iframe id="f" src="net.html" style="width:900px;height:600px"></iframe>',
        encoding="utf-8")
    with br.open_page(tmp_path / "outer.html", browser_=chromium) as (page, log):
        frame = page.frame_locator("#f")
        frame.locator(".kg-canvas canvas").wait_for()
        inner = page.frames[1]
        br.wait_for_network(page, inner)
        assert inner.evaluate("window.kgView.drawnNodeCount()") == len(_default_view(model)[0])
        assert inner.evaluate("document.querySelector('.kg-canvas').clientHeight") > 300
        assert log.console_errors == [] and log.page_errors == [] and log.external == []

    frag = network_html(model, fragment=True, element_id="kg-frag", height="500px", year=2023)
    host = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>host</title></head><body>'
            f'<h1>Host page</h1>{frag}</body></html>')
    (tmp_path / "host.html").write_text(host, encoding="utf-8")
    with br.open_page(tmp_path / "host.html", browser_=chromium) as (page, log):
        br.wait_for_network(page)
        assert page.evaluate("window.kgNetworks['kg-frag'].drawnNodeCount()") == \
            len(_default_view(select(model, year=2023))[0])
        _hover_all(page)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert log.console_errors == [] and log.page_errors == [] and log.external == []

    # notebook display: <iframe srcdoc> (sandboxed), rendered in a blank page
    net = build_network(model)
    net.add_node("extra", label="<b>added in a notebook</b>", title="<i>plain</i>")
    net.add_edge("extra", P1)
    with br.open_page(html=net._repr_html_(), browser_=chromium) as (page, log):
        page.wait_for_timeout(100)
        inner = [f for f in page.frames if f != page.main_frame][0]
        br.wait_for_network(page, inner)
        shown, links = _default_view(model)
        assert inner.evaluate("window.kgView.drawnNodeCount()") == len(shown) + 1
        assert inner.evaluate("window.kgView.drawnEdgeCount()") == len(links) + 1
        assert len(_hover_all(page, inner)) == len(shown) + 1
        assert log.console_errors == [] and log.page_errors == [] and log.external == []


def _click_node(page, node_id: str) -> None:
    x, y = page.evaluate("""id => {
        const net = window.kgView.network, box = net.body.container.getBoundingClientRect();
        const d = net.canvasToDOM(net.getPosition(id));
        return [box.left + d.x, box.top + d.y];
    }""", node_id)
    page.mouse.click(x, y)


@pytest.mark.browser
@needs_browser
def test_browser_groups_collapse_and_expand(model, tmp_path, chromium):
    path = write_network_html(model, tmp_path / "net.html")
    shown, _ = _default_view(model)
    with br.open_page(path, browser_=chromium) as (page, log):
        br.wait_for_network(page)
        # by place: 张家界市 with the two projects located in it; 慈利县 alone stays a node
        page.select_option(".kg-group-by", "place")
        group = "kg-group:place:" + ZJJ
        assert page.evaluate("window.kgView.groups()") == [group]
        assert _count(page) == len(shown) - 3 + 1
        page.wait_for_timeout(50)
        assert group in page.evaluate("window.kgView.drawnLabels()")
        _click_node(page, group)  # a click opens the group
        assert page.evaluate("window.kgView.groups()") == [] and _count(page) == len(shown)
        page.click(".kg-collapse-btn")
        page.evaluate("id => window.kgView.network.selectNodes([id])", group)
        page.click(".kg-focus-btn")  # focus needs entities: a selected group hides nothing
        assert page.evaluate("window.kgView.groups()") == [group]
        assert _count(page) == len(shown) - 3 + 1
        page.click(".kg-collapse-btn")
        assert page.evaluate("window.kgView.groups()") == [group]
        page.click(".kg-expand-btn")
        assert _count(page) == len(shown)
        # by type: one node per type of two or more nodes; filters keep the grouping
        page.select_option(".kg-group-by", "type")
        assert page.evaluate("window.kgView.groups()") == ["kg-group:type:Place",
                                                           "kg-group:type:Project"]
        assert _count(page) == 3  # projects, places, the one programme
        page.uncheck('.kg-filter-type[value="Place"]')
        assert page.evaluate("window.kgView.groups()") == ["kg-group:type:Project"]
        assert _count(page) == 2
        page.click(".kg-reset-btn")
        assert page.evaluate("window.kgView.groups()") == [] and _count(page) == len(shown)
        assert log.console_errors == [] and log.page_errors == [] and log.external == []


@pytest.mark.browser
@needs_browser
def test_browser_labels_follow_zoom(tmp_path, chromium):
    """Zoomed out, labels are drawn for the most important nodes only (none overlapping);
    zoomed in, every node on screen has its label."""
    model = synthetic_model(400)
    path = write_network_html(model, tmp_path / "big.html", types=["Project", "Place"])
    ranks = importance_ranks(select(model, types=["Project", "Place"]))
    with br.open_page(path, browser_=chromium) as (page, log):
        br.wait_for_network(page)
        page.evaluate("window.kgView.network.fit({animation: false})")
        page.wait_for_timeout(50)
        drawn = page.evaluate("window.kgView.drawnLabels()")
        nodes = _count(page)
        assert 0 < len(drawn) < nodes * 0.7
        assert min(ranks, key=ranks.get) in drawn
        others = [r for v, r in ranks.items() if v not in drawn]
        assert sum(ranks[v] for v in drawn) / len(drawn) < sum(others) / len(others)
        boxes = page.evaluate("window.kgView.drawnLabelBoxes()")  # [left, top, right, bottom]
        assert len(boxes) == len(drawn)
        assert not any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                       for i, a in enumerate(boxes) for b in boxes[i + 1:])
        page.evaluate("""() => { const net = window.kgView.network;
            net.moveTo({position: net.getPosition(net.body.nodeIndices[0]), scale: 3,
                        animation: false}); }""")
        page.wait_for_timeout(50)
        on_screen = page.evaluate("""() => { const net = window.kgView.network;
            const box = net.body.container.getBoundingClientRect();
            return net.body.nodeIndices.filter(id => { const d = net.canvasToDOM(net.getPosition(id));
                return d.x > 0 && d.y > 0 && d.x < box.width && d.y < box.height; }); }""")
        drawn = set(page.evaluate("window.kgView.drawnLabels()"))
        assert on_screen and set(on_screen) <= drawn
        assert log.console_errors == [] and log.page_errors == [] and log.external == []


@pytest.mark.browser
@needs_browser
def test_browser_timeline(model, tmp_path, chromium):
    path = write_timeline_html(model, tmp_path / "tl.html", include_programmes=True)
    with br.open_page(path, browser_=chromium) as (page, log):
        ids = lambda: page.eval_on_selector_all(  # noqa: E731
            "tbody tr", "rs => rs.map(r => r.getAttribute('data-id'))")
        first = ids()
        assert len(first) == 5
        by_count = first  # the default order: most report years first
        assert set(by_count[:2]) == {P1, P2}  # the two with 2 years each
        page.click('button[data-sort="name"]')
        by_name = ids()
        assert by_name != by_count and sorted(by_name) == sorted(first)
        page.click('button[data-sort="name"]')
        assert ids() == list(reversed(by_name))
        for cell in page.query_selector_all("td.kg-tl-cell[title], th[title]"):
            cell.hover()
        titles = page.eval_on_selector_all("[title]", "es => es.map(e => e.title)")
        assert any(IMG in t for t in titles) and any(SCRIPT_LABEL in t for t in titles)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('table img, table script').length") == 0
        assert log.console_errors == [] and log.page_errors == [] and log.external == []


def synthetic_model(n: int = 2000, seed: int = 1) -> ViewModel:
    """A random-ish but deterministic model of ``n`` nodes (~3 edges per node)."""
    import random

    rnd = random.Random(seed)
    types = ["Project"] * 5 + ["Place"] * 2 + ["Programme", "Organization", "Event"]
    nodes = []
    for i in range(n):
        years = tuple(sorted(rnd.sample(range(2015, 2026), rnd.randint(1, 5))))
        nodes.append(NodeInfo(
            id=f"{B}entity/x/{i:05d}", label=f"项目{i}号", type=rnd.choice(types), cls="Thing",
            pinyin=f"xiàngmù {i} hào", years=years,
            status_by_year={y: rnd.choice(STATUSES) for y in years},
            evidence=f"第{i}句。", evidence_report="报告"))
    ids = [nd.id for nd in nodes]
    edges = set()
    for i in range(n):
        for _ in range(3):
            j = min(n - 1, max(0, int(rnd.gauss(i, 40))))
            if j != i:
                a, b = sorted((ids[i], ids[j]))
                edges.add((a, b, rnd.choice(["coMentioned", "coMentioned", "locatedIn"])))
    return ViewModel(nodes=nodes, edges=[
        EdgeInfo(a, b, k, 1 if k != "coMentioned" else rnd.randint(1, 6),
                 {2020: 1} if k == "coMentioned" else {}) for a, b, k in sorted(edges)])


@pytest.mark.browser
@needs_browser
def test_browser_2000_nodes_interactive(tmp_path, chromium, capsys):
    model = synthetic_model(2000)
    path = write_network_html(model, tmp_path / "big.html", max_nodes=None)
    with br.open_page(path, browser_=chromium) as (page, log):
        br.wait_for_network(page)
        drawn_ms = page.evaluate("window.kgView.firstDrawn")  # ms since navigation start
        assert page.evaluate("window.kgView.drawnNodeCount()") == \
            sum(nd.type in DEFAULT_TYPES for nd in model.nodes)
        page.uncheck('.kg-filter-type[value="Place"]')
        assert page.evaluate("window.kgView.drawnNodeCount()") == \
            sum(nd.type in DEFAULT_TYPES and nd.type != "Place" for nd in model.nodes)
        assert log.console_errors == [] and log.page_errors == [] and log.external == []
    assert drawn_ms > 0  # the timing itself is a benchmark: benchmarks/views_interactive.py


def test_page_keeps_the_heaviest_comentions():
    from itertools import combinations

    from kg.views.network import COMENTIONS_PER_NODE

    nodes = [NodeInfo(id=f"{B}entity/x/{i:02d}", label=f"规划{i}", type="Programme", cls="Thing",
                      pinyin="", years=(2020,), status_by_year={}, evidence=None,
                      evidence_report=None) for i in range(10)]
    edges = [EdgeInfo(a.id, b.id, "coMentioned", 1 + (i % 7), {2020: 1 + (i % 7)})
             for i, (a, b) in enumerate(combinations(nodes, 2))]
    net = build_network(ViewModel(nodes=nodes, edges=edges))
    kept = sorted((e["kgWeight"] for e in net.edges), reverse=True)
    assert len(kept) == COMENTIONS_PER_NODE * len(nodes) < len(edges)
    assert kept == sorted((e.weight for e in edges), reverse=True)[:len(kept)]
