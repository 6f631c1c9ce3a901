"""Namespaces and the terms of the kg ontology (``ontology/kg.ttl``).

Standard vocabularies come first: SKOS for labels and the status scheme, PROV-O and Dublin Core for
provenance, NIF 2.0 for text anchors (documents, sentences, mentions), schema.org for places and
organisations. ``KG`` only holds what those do not have.
"""

from __future__ import annotations

ONTOLOGY_IRI = "https://w3id.org/govreport-kg/ontology"

#: Default base for instance IRIs (entities, reports, documents, graphs); configurable.
DEFAULT_BASE = "https://w3id.org/govreport-kg/"

# Plain strings, so that the commands that only read the store need not import rdflib.
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI + "#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "qb": "http://purl.org/linked-data/cube#",
    "sdmx-dimension": "http://purl.org/linked-data/sdmx/2009/dimension#",
    "sdmx-measure": "http://purl.org/linked-data/sdmx/2009/measure#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
}
_SHACL = "http://www.w3.org/ns/shacl#"

#: The five top-level entity types of the contract and their ontology classes.
ENTITY_TYPES = ("Project", "Place", "Programme", "Organization", "Event")

#: Project status concepts (``kg:ProjectStatusScheme``), ordered from least to most advanced.
STATUSES = ("Planned", "Preparatory", "Started", "UnderConstruction", "Completed", "InOperation")

#: Section concepts (``kg:SectionScheme``).
SECTIONS = ("review", "plan", "outlook", "glossary", "other")



def __getattr__(name: str):
    """The rdflib namespaces (``KG.Highway`` is a ``URIRef``), made on first use: importing rdflib
    costs a quarter of a second that ``kg query`` or ``kg show`` should not pay."""
    if name not in _RDFLIB_OWN and name not in _OWN:
        # also asked for __path__ and the like by the import system: no rdflib import for those
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import rdflib.namespace

    if name in _RDFLIB_OWN:
        namespace = getattr(rdflib.namespace, name)
    else:
        namespace = rdflib.namespace.Namespace(_OWN[name])
    globals()[name] = namespace
    return namespace


_RDFLIB_OWN = ("DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD")
_OWN = {
    "KG": PREFIXES["kg"], "NIF": PREFIXES["nif"], "ITSRDF": PREFIXES["itsrdf"], "SCHEMA": PREFIXES["schema"], "SH": _SHACL,
    "QB": PREFIXES["qb"], "SDMX_DIMENSION": PREFIXES["sdmx-dimension"], "SDMX_MEASURE": PREFIXES["sdmx-measure"],
    "SDMX_ATTRIBUTE": PREFIXES["sdmx-attribute"],
}


__all__ = [
    "DCTERMS", "DEFAULT_BASE", "ENTITY_TYPES", "ITSRDF", "KG", "NIF", "ONTOLOGY_IRI", "OWL",
    "PREFIXES", "PROV", "QB", "RDF", "RDFS", "SCHEMA", "SDMX_ATTRIBUTE", "SDMX_DIMENSION", "SDMX_MEASURE",
    "SECTIONS", "SH", "SKOS", "STATUSES", "XSD",
]
