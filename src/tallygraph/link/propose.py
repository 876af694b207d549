"""``tallygraph link``: propose Wikidata items for the nodes the reviewed mapping leaves unlinked.

For every agent, place and event without ``skos:exactMatch``, look up
candidates (online through the endpoint, or from the cache only), rank them
(:mod:`tallygraph.link.rank`), and write

- a proposals file (YAML) for review: every candidate with its score and reasons;
- the graph with the automatic links, each in the named graph
  ``tg:graph/links-auto``, which names the run that made them (endpoint,
  threshold), so that they can be told from reviewed links and dropped at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from tallygraph.build import SHARED_GRAPH
from tallygraph.errors import EndpointError
from tallygraph.link.candidates import Candidate, Lookup
from tallygraph.link.mapping import node_kind
from tallygraph.link.rank import AUTO_THRESHOLD, Decision, decide, score
from tallygraph.namespaces import ID, SCHEMA, TALLY, WD

__all__ = ["AUTO_GRAPH", "Entity", "LinkRun", "entities", "propose", "write_proposals"]

AUTO_GRAPH = ID["graph/links-auto"]
"""Named graph of the links ``tallygraph link`` made without review."""

_FUNCTION_WORDS = {
    "the", "this", "that", "these", "those", "there", "their", "they", "then", "when", "with", "from", "after",
    "before", "during", "while", "also", "according", "about", "since", "some", "more", "most", "over", "under",
    "into", "what", "which", "where", "who", "whose", "have", "were", "will", "would", "could", "should",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "press", "read",
}  # fmt: skip


@dataclass
class Entity:
    """A node of ours that has no link yet."""

    node: URIRef
    label: str
    kind: str
    """person, outlet, organisation, platform, place or event."""
    context: set[str] = field(default_factory=set)
    decision: Decision | None = None
    candidates: list[Candidate] | None = None


def _agent_kind(ds: Dataset, node: URIRef) -> str:
    types = set(ds.objects(node, RDF.type))
    if SCHEMA.Person in types:
        return "person"
    if TALLY.NewsOutlet in types:
        return "outlet"
    if TALLY.Platform in types:
        return "platform"
    return "organisation"


def _context_words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"\b[A-Z][\w'-]{3,}", text)}
    return {w.removesuffix("'s") for w in words} - _FUNCTION_WORDS


def entities(ds: Dataset) -> list[Entity]:
    """Unlinked agents, places and events, each with the capitalised words of the articles that mention it."""
    found: dict[URIRef, Entity] = {}
    for node in sorted({s for s in ds.subjects(RDFS.label, None) if isinstance(s, URIRef)}):
        kind = node_kind(ds, node)
        if kind is None or (node, SKOS.exactMatch, None) in ds:
            continue
        label = str(next(iter(sorted(ds.objects(node, RDFS.label)))))
        found[node] = Entity(node, label, _agent_kind(ds, node) if kind == "agent" else kind)
    for g in ds.graphs():
        if g.identifier in (SHARED_GRAPH, AUTO_GRAPH):
            continue
        mentioned = {o for o in g.objects() if isinstance(o, URIRef)}
        mentioned |= {p for e in list(mentioned) for p in ds.objects(e, SCHEMA.location)}
        here = [found[n] for n in mentioned if n in found]
        if not here:
            continue
        words = set().union(*(_context_words(str(t)) for t in g.objects(None, SCHEMA.text)))
        for e in here:
            e.context |= words - _context_words(e.label)
    return [found[n] for n in sorted(found)]


@dataclass
class LinkRun:
    """What a run did: per entity its decision, and counts of requests."""

    endpoint: str
    online: bool
    threshold: float
    entities: list[Entity]
    sent: int = 0
    cached: int = 0
    error: str | None = None
    """Why the run went on from the cache only, when the endpoint failed midway."""

    def count(self, status: str) -> int:
        return sum(1 for e in self.entities if e.decision and e.decision.status == status)


def propose(ds: Dataset, lookup: Lookup, threshold: float = AUTO_THRESHOLD) -> LinkRun:
    """Rank candidates for every unlinked node, and add the automatic links to ``ds`` (graph ``links-auto``)."""
    run = LinkRun(lookup.url, lookup.endpoint is not None, threshold, entities(ds))
    auto = ds.graph(AUTO_GRAPH)
    for e in run.entities:
        try:
            found = lookup.candidates(e.label)
        except EndpointError as err:
            # Keep what was found; the rest is answered from the cache only.
            run.error, lookup.endpoint = str(err), None
            found = lookup.candidates(e.label)
        if found is not None:
            found = [score(c, e.kind, e.context) for c in found]
        e.candidates, e.decision = found, decide(found, threshold)
        if e.decision.status == "auto" and e.decision.best is not None:
            auto.add((e.node, SKOS.exactMatch, WD[e.decision.best.qid]))
    run.sent, run.cached = lookup.sent, lookup.cached
    if len(auto):
        activity = ID[f"activity/link-{re.sub(r'[^a-z0-9]+', '-', run.endpoint.lower()).strip('-')}"]
        shared = ds.graph(SHARED_GRAPH)
        shared.add((activity, RDF.type, PROV.Activity))
        shared.add((activity, RDF.type, TALLY.LinkRun))
        shared.add((activity, RDFS.label, Literal(f"tallygraph link: links made without review from {run.endpoint}")))
        shared.add((activity, PROV.used, URIRef(run.endpoint)))
        shared.add((activity, TALLY.confidenceThreshold, Literal(f"{threshold:.2f}", datatype=XSD.decimal)))
        shared.add((AUTO_GRAPH, PROV.wasGeneratedBy, activity))
    return run


def _candidate(c: Candidate) -> dict[str, Any]:
    return {
        "qid": c.qid,
        "label": c.label,
        "description": c.description,
        "classes": c.classes,
        "score": c.score,
        "reasons": c.reasons,
    }


def write_proposals(run: LinkRun, path: Path) -> None:
    """The proposals file: one entry per unlinked node, candidates best first, for a person to review."""
    entries = []
    for e in run.entities:
        status = e.decision.status if e.decision else "offline"
        ranked = sorted(e.candidates or [], key=lambda c: (-c.score, int(c.qid[1:])))
        entries.append(
            {
                "node": str(e.node),
                "label": e.label,
                "kind": e.kind,
                "decision": status,
                "candidates": [_candidate(c) for c in ranked],
            }
        )
    doc = {
        "format": 1,
        "endpoint": run.endpoint,
        "online": run.online,
        "threshold": run.threshold,
        "entities": entries,
    }
    header = (
        "# Wikidata link proposals from `tallygraph link`. decision: auto = linked without review\n"
        "# (graph tg:graph/links-auto); review = check the candidates; none = no candidate;\n"
        "# offline = not looked up (run with --online). To accept a candidate, add it with its\n"
        "# source to data/wikidata/links.yaml.\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
