"""RDF namespaces used by tallygraph (ours and the vocabularies we reuse)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "ID",
    "OA",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "TALLY",
    "WD",
    "WIKIBASE",
    "XSD",
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
