"""RDF namespaces used by tallygraph (ours and the vocabularies we reuse)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "ID",
    "OA",
    "OWL",
    "PQ",
    "PQV",
    "PR",
    "PREFIXES",
    "PROV",
    "PS",
    "PSV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "TALLY",
    "WD",
    "WIKIBASE",
    "XSD",
    "P",
]

TALLY = Namespace("https://w3id.org/tallygraph/ontology#")
"""Our ontology's terms."""

ID = Namespace("https://w3id.org/tallygraph/id/")
"""Instance data: articles, figures, reports, agents, events (content-derived IRIs)."""

SCHEMA = Namespace("https://schema.org/")
"""schema.org."""

OA = Namespace("http://www.w3.org/ns/oa#")
"""W3C Web Annotation vocabulary (evidence spans)."""

WIKIBASE = Namespace("http://wikiba.se/ontology#")
"""Wikibase ontology (quantity bounds)."""

WD = Namespace("http://www.wikidata.org/entity/")
"""Wikidata entities."""

# Wikibase statement model (Wikidata's RDF export), used for figures exported as statements.
P = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PSV = Namespace("http://www.wikidata.org/prop/statement/value/")
PQ = Namespace("http://www.wikidata.org/prop/qualifier/")
PQV = Namespace("http://www.wikidata.org/prop/qualifier/value/")
PR = Namespace("http://www.wikidata.org/prop/reference/")

PREFIXES = {
    "tally": TALLY,
    "tg": ID,
    "schema": SCHEMA,
    "oa": OA,
    "wikibase": WIKIBASE,
    "wd": WD,
    "prov": PROV,
    "skos": SKOS,
    "rdfs": RDFS,
    "rdf": RDF,
    "xsd": XSD,
    "owl": OWL,
}
"""Prefixes bound on every graph we write."""
