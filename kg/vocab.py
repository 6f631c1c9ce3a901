"""Namespaces and the terms of the kg ontology (``ontology/kg.ttl``).

Standard vocabularies come first: SKOS for labels and the status scheme, PROV-O and Dublin Core for
provenance, NIF 2.0 for text anchors (documents, sentences, mentions), schema.org for places and
organisations. ``KG`` only holds what those do not have.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

ONTOLOGY_IRI = "https://w3id.org/govreport-kg/ontology"
KG = Namespace(ONTOLOGY_IRI + "#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
QB = Namespace("http://purl.org/linked-data/cube#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")

#: Default base for instance IRIs (entities, reports, documents, graphs); configurable.
DEFAULT_BASE = "https://w3id.org/govreport-kg/"

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "qb": str(QB),
    "sdmx-dimension": str(SDMX_DIMENSION),
    "sdmx-measure": str(SDMX_MEASURE),
    "sdmx-attribute": str(SDMX_ATTRIBUTE),
}

#: The five top-level entity types of the contract and their ontology classes.
ENTITY_TYPES = ("Project", "Place", "Programme", "Organization", "Event")

#: Project status concepts (``kg:ProjectStatusScheme``), ordered from least to most advanced.
STATUSES = ("Planned", "Preparatory", "Started", "UnderConstruction", "Completed", "InOperation")

#: Section concepts (``kg:SectionScheme``).
SECTIONS = ("review", "plan", "outlook", "glossary", "other")

__all__ = [
    "DCTERMS", "DEFAULT_BASE", "ENTITY_TYPES", "ITSRDF", "KG", "NIF", "ONTOLOGY_IRI", "OWL",
    "PREFIXES", "PROV", "QB", "RDF", "RDFS", "SCHEMA", "SDMX_ATTRIBUTE", "SDMX_DIMENSION", "SDMX_MEASURE",
    "SECTIONS", "SH", "SKOS", "STATUSES", "XSD",
]
