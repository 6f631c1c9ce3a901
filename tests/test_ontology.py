"""The OWL ontology (ontology/kg.ttl) and SHACL shapes (ontology/shapes.ttl).

The shapes are run the way the pipeline runs them:
``pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.vocab import ENTITY_TYPES, KG, NIF, SECTIONS, STATUSES

ROOT = Path(__file__).parents[1]
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
DATA_MODEL = ROOT / "docs" / "data-model.md"

SH = Namespace("http://www.w3.org/ns/shacl#")
# A plain Namespace: rdflib's XSD warns when pytest probes module attributes.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
KGSH = Namespace("https://w3id.org/govreport-kg/shapes#")
B = Namespace("https://w3id.org/govreport-kg/")

DECLARATION_TYPES = {
    OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
    SKOS.Concept, SKOS.ConceptScheme,
    # the Data Cube structure of the indicator data sets and its components
    URIRef("http://purl.org/linked-data/cube#DataStructureDefinition"),
    URIRef("http://purl.org/linked-data/cube#ComponentSpecification"),
}
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=lambda p: p.name)
def test_parses_with_rdflib(path: Path) -> None:
    assert len(Graph().parse(path, format="turtle")) > 0


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=lambda p: p.name)
def test_parses_with_pyoxigraph(path: Path) -> None:
    quads = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    assert quads
    assert len(quads) == len(Graph().parse(path, format="turtle"))


def test_ontology_has_no_blank_nodes(ontology: Graph) -> None:
    # kg.ttl is copied into <B graph/ontology>; the data model allows no blank nodes anywhere.
    assert not [t for t in ontology if any(isinstance(x, BNode) for x in t)]


# --------------------------------------------------------------------------- ontology


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef("https://w3id.org/govreport-kg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) == Literal("0.1.0")
    dct = Namespace("http://purl.org/dc/terms/")
    for prop in (dct.title, dct.description, dct.license):
        assert ontology.value(onto, prop) is not None, prop


def _kg_terms(g: Graph) -> set[URIRef]:
    return {
        x for t in g for x in t
        if isinstance(x, URIRef) and str(x).startswith(str(KG))
    }


def test_every_kg_term_is_declared(ontology: Graph) -> None:
    undeclared = {
        t for t in _kg_terms(ontology)
        if not set(ontology.objects(t, RDF.type)) & DECLARATION_TYPES
    }
    assert not undeclared


def test_kg_classes_and_properties_have_bilingual_labels_and_comments(ontology: Graph) -> None:
    terms = [t for t in _kg_terms(ontology) if set(ontology.objects(t, RDF.type)) & TERM_TYPES]
    assert len(terms) > 40
    problems = []
    for term in sorted(terms):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            for lang in ("zh", "en"):
                if lang not in langs:
                    problems.append(f"{term} lacks {prop.n3(ontology.namespace_manager)}@{lang}")
    assert not problems, "\n".join(problems)


def test_every_term_named_in_data_model_is_declared(ontology: Graph) -> None:
    names = set(re.findall(r"\bkg:([A-Za-z]+)", DATA_MODEL.read_text(encoding="utf-8")))
    assert {"Report", "Mention", "Highway", "ProjectStatusScheme", "review"} <= names
    missing = sorted(
        n for n in names
        if not set(ontology.objects(KG[n], RDF.type)) & DECLARATION_TYPES
    )
    assert not missing


def test_vocab_terms_are_declared(ontology: Graph) -> None:
    for name in ENTITY_TYPES:
        assert (KG[name], RDF.type, OWL.Class) in ontology
    for name in STATUSES:
        assert (KG[name], SKOS.inScheme, KG.ProjectStatusScheme) in ontology
    for name in SECTIONS:
        assert (KG[name], SKOS.inScheme, KG.SectionScheme) in ontology


def test_top_level_classes_pairwise_disjoint(ontology: Graph) -> None:
    for i, a in enumerate(ENTITY_TYPES):
        for b in ENTITY_TYPES[i + 1:]:
            assert (KG[a], OWL.disjointWith, KG[b]) in ontology or (
                KG[b], OWL.disjointWith, KG[a]) in ontology, (a, b)


def _zh(g: Graph, term: URIRef) -> str:
    return str(next(o for o in g.objects(term, SKOS.prefLabel) if o.language == "zh"))


def test_status_concepts_ranked_in_vocab_order(ontology: Graph) -> None:
    ranks = [ontology.value(KG[name], KG.statusRank) for name in STATUSES]
    assert [r.toPython() for r in ranks] == list(range(6))
    assert all(r.datatype == XSD.integer for r in ranks)
    assert [_zh(ontology, KG[name]) for name in STATUSES] == [
        "规划", "前期工作", "开工", "在建", "建成", "运营"]
    for name in STATUSES:
        assert "en" in {o.language for o in ontology.objects(KG[name], SKOS.prefLabel)}
        assert "en" in {o.language for o in ontology.objects(KG[name], SKOS.definition)}
    completed = str(ontology.value(KG.Completed, SKOS.definition))
    assert all(verb in completed for verb in ("建成", "通车", "投产", "竣工", "投入使用"))


def test_no_named_individual_typing(ontology: Graph) -> None:
    # pyshacl deep-clones owl:NamedIndividual nodes from ont_graph; with the SKOS
    # hasTopConcept/inScheme cycle that costs ~10 s per validation.
    assert not list(ontology.subjects(RDF.type, OWL.NamedIndividual))


def test_section_labels(ontology: Graph) -> None:
    zh = {name: _zh(ontology, KG[name]) for name in SECTIONS}
    assert zh == {
        "review": "工作回顾", "plan": "工作安排", "outlook": "远景目标/五年规划",
        "glossary": "名词解释", "other": "与报告无关的内容",
    }


def test_located_in_is_not_transitive(ontology: Graph) -> None:
    assert (KG.locatedIn, RDF.type, OWL.TransitiveProperty) not in ontology
    assert any("kg:locatedIn+" in str(c) for c in ontology.objects(KG.locatedIn, RDFS.comment))
    assert (KG.partOf, RDFS.subPropertyOf, URIRef("http://purl.org/dc/terms/isPartOf")) in ontology


# --------------------------------------------------------------------------- SHACL

TEXT = "过去一年，桑龙高速开工建设。"
SENTENCE = (0, 14)
MENTION = (5, 9)

VALID = """
@base <https://w3id.org/govreport-kg/> .
@prefix kg:      <https://w3id.org/govreport-kg/ontology#> .
@prefix nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf:  <http://www.w3.org/2005/11/its/rdf#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

<report/zhangjiajie-2023> a kg:Report ;
    dcterms:title "张家界市2023年政府工作报告"@zh ;
    kg:reportYear "2023"^^xsd:gYear ;
    kg:reviewsYear "2022"^^xsd:gYear ; kg:plansYear "2023"^^xsd:gYear ;
    kg:city <entity/place/zhang-jia-jie-shi-430800> ;
    dcterms:hasPart <report/zhangjiajie-2023/doc/zhangjiajie-2023-part1> .

<report/zhangjiajie-2023/doc/zhangjiajie-2023-part1> a kg:ReportDocument, nif:Context ;
    nif:isString "过去一年，桑龙高速开工建设。" ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "14"^^xsd:nonNegativeInteger ;
    dcterms:isPartOf <report/zhangjiajie-2023> ;
    dcterms:source "seeds/zhangjiajie-2023-part1.txt" ;
    kg:encoding "utf-8" ; kg:partNumber 1 .

<report/zhangjiajie-2023/doc/zhangjiajie-2023-part1/sentence/0> a nif:Sentence ;
    nif:referenceContext <report/zhangjiajie-2023/doc/zhangjiajie-2023-part1> ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "14"^^xsd:nonNegativeInteger ;
    nif:anchorOf "过去一年，桑龙高速开工建设。" ;
    kg:section kg:review .

<report/zhangjiajie-2023/doc/zhangjiajie-2023-part1#char=5,9> a kg:Mention, nif:Phrase ;
    nif:referenceContext <report/zhangjiajie-2023/doc/zhangjiajie-2023-part1> ;
    nif:sentence <report/zhangjiajie-2023/doc/zhangjiajie-2023-part1/sentence/0> ;
    nif:beginIndex "5"^^xsd:nonNegativeInteger ; nif:endIndex "9"^^xsd:nonNegativeInteger ;
    nif:anchorOf "桑龙高速" ;
    itsrdf:taIdentRef <entity/project/sang-long-gao-su-3fa2c1> ;
    kg:report <report/zhangjiajie-2023> ; kg:reportYear "2023"^^xsd:gYear ;
    kg:section kg:review ;
    kg:status kg:Started ;
    kg:extractedBy "projects.coordination" .

<entity/project/sang-long-gao-su-3fa2c1> a kg:Highway ;
    skos:prefLabel "桑龙高速"@zh , "Sānglóng Gāosù"@zh-Latn-pinyin ;
    rdfs:label "桑龙高速"@zh ;
    skos:altLabel "桑龙高速公路"@zh , "桑龙"@zh ;
    kg:mentionedIn <report/zhangjiajie-2023> ;
    kg:locatedIn <entity/place/zhang-jia-jie-shi-430800> ;
    kg:connects <entity/place/zhang-jia-jie-shi-430800> .

<entity/place/zhang-jia-jie-shi-430800> a kg:Prefecture ;
    skos:prefLabel "张家界市"@zh , "Zhāngjiājiè Shì"@zh-Latn-pinyin ;
    rdfs:label "张家界市"@zh ;
    kg:divisionCode "430800000000" ;
    kg:mentionedIn <report/zhangjiajie-2023> .
"""

DOC = B["report/zhangjiajie-2023/doc/zhangjiajie-2023-part1"]
MENTION_IRI = URIRef(f"{DOC}#char=5,9")
HIGHWAY = B["entity/project/sang-long-gao-su-3fa2c1"]
PREFECTURE = B["entity/place/zhang-jia-jie-shi-430800"]


def valid_data() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def run(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, Graph, str]:
    conforms, results, text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
        allow_warnings=False,
    )
    # pyshacl reports a broken shape (e.g. invalid SPARQL) as non-conformance, not as an error
    assert isinstance(results, Graph), text
    return conforms, results, text


def violations(results: Graph) -> list[dict]:
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        out.append({
            "focus": results.value(r, SH.focusNode),
            "value": results.value(r, SH.value),
            "path": results.value(r, SH.resultPath),
            "component": results.value(r, SH.sourceConstraintComponent),
            "constraint": results.value(r, SH.sourceConstraint),
            "message": str(results.value(r, SH.resultMessage)),
        })
    return out


def test_fixture_offsets_are_python_offsets() -> None:
    assert TEXT[slice(*SENTENCE)] == TEXT
    assert TEXT[slice(*MENTION)] == "桑龙高速"


def test_valid_graph_conforms(shapes: Graph, ontology: Graph) -> None:
    conforms, _, text = run(valid_data(), shapes, ontology)
    assert conforms, text


# pyshacl's Dataset handling calls the deprecated Dataset.default_context thousands of times
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_named_graph_layout_validates_as_union(shapes: Graph, ontology: Graph) -> None:
    # The data model spreads a build over named graphs (ontology, entities, one per report)
    # with links across them; pyshacl validates a Dataset as the union of its graphs.
    ds = Dataset()
    onto_graph = ds.graph(B["graph/ontology"])
    for triple in ontology:
        onto_graph.add(triple)
    entities = ds.graph(B["graph/entities"])
    report = ds.graph(B["graph/report/zhangjiajie-2023"])
    for s, p, o in valid_data():
        (entities if str(s).startswith(str(B["entity/"])) else report).add((s, p, o))
    conforms, _, text = validate(ds, shacl_graph=shapes, inference="rdfs")
    assert conforms, text
    report.remove((MENTION_IRI, KG.section, None))
    conforms, _, _ = validate(ds, shacl_graph=shapes, inference="rdfs")
    assert not conforms


def test_mention_with_inverted_offsets_fails(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.set((MENTION_IRI, NIF.beginIndex, Literal(9, datatype=XSD.nonNegativeInteger)))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(
        v["value"] == MENTION_IRI and v["constraint"] == KGSH.OffsetOrder
        for v in violations(results)
    ), text


def test_entity_without_zh_preflabel_fails(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.remove((HIGHWAY, SKOS.prefLabel, Literal("桑龙高速", lang="zh")))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    vs = violations(results)
    assert vs and all(v["focus"] == HIGHWAY for v in vs), text
    assert any(v["component"] == SH.SPARQLConstraintComponent for v in vs), text


def test_two_zh_preflabels_fail(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.add((HIGHWAY, SKOS.prefLabel, Literal("桑龙高速公路", lang="zh")))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(v["component"] == SH.UniqueLangConstraintComponent for v in violations(results)), text


def test_status_outside_scheme_fails(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.set((MENTION_IRI, KG.status, KG.review))  # a concept, but of the section scheme
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(
        v["focus"] == MENTION_IRI and v["path"] == KG.status
        and v["component"] == SH.InConstraintComponent
        for v in violations(results)
    ), text


def test_anchor_not_matching_text_fails(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.set((MENTION_IRI, NIF.anchorOf, Literal("桑龙")))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(v["constraint"] == KGSH.AnchorMatchesText for v in violations(results)), text


def test_mention_without_section_fails(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.remove((MENTION_IRI, KG.section, None))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(
        v["path"] == KG.section and v["component"] == SH.MinCountConstraintComponent
        for v in violations(results)
    ), text


def test_bad_division_code_fails(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.set((PREFECTURE, KG.divisionCode, Literal("430800")))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(v["component"] == SH.PatternConstraintComponent for v in violations(results)), text


def test_located_in_a_project_fails(shapes: Graph, ontology: Graph) -> None:
    # Under RDFS inference the range makes the highway a kg:Place too; the disjointness
    # shape reports it.
    data = valid_data()
    data.add((PREFECTURE, KG.locatedIn, HIGHWAY))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(v["focus"] == HIGHWAY for v in violations(results)), text


def test_part_of_a_place_fails(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.add((HIGHWAY, KG.partOf, PREFECTURE))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(
        v["path"] == KG.partOf and v["component"] == SH.OrConstraintComponent
        for v in violations(results)
    ), text


def test_entity_without_mention_fails(shapes: Graph, ontology: Graph) -> None:
    data = valid_data()
    data.remove((PREFECTURE, KG.mentionedIn, None))
    conforms, results, text = run(data, shapes, ontology)
    assert not conforms
    assert any(
        v["focus"] == PREFECTURE and v["path"] == KG.mentionedIn for v in violations(results)
    ), text
