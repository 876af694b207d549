"""The reviewed Wikidata mapping: label, aliases, kind, Q-id and where each Q-id was verified.

A link is written as ``skos:exactMatch`` from our node to the ``wd:`` item. Not
``owl:sameAs``: our agents, places and events are nodes in a graph of
*attributed claims*, and ``owl:sameAs`` would make every statement Wikidata
holds about the item (its labels, its classifications, its own disputed
figures) a statement about our node, and ours about Wikidata's item.
``skos:exactMatch`` says the two denote the same thing without merging what is
said about them.

Matching is exact on a normalised name (case, typographic apostrophes,
spacing, a leading "the"): a reviewed link must never reach a namesake by
fuzzy matching. Entries carry a ``kind`` and only apply to nodes of a
compatible kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from tallygraph.errors import LinkFileError
from tallygraph.namespaces import SCHEMA, TALLY, WD
from tallygraph.resources import links_path

__all__ = ["KINDS", "Link", "Mapping", "apply_links", "load_mapping", "node_kind", "normal_key"]

KINDS = ("country", "place", "organisation", "outlet", "person", "platform", "event")
_QID = re.compile(r"^Q[1-9]\d*$")


def normal_key(name: str) -> str:
    """The form two names must share to match: lower case, plain apostrophes, single spaces, no leading "the"."""
    name = re.sub(r"\s+", " ", name.replace("’", "'").replace("‘", "'")).strip().lower()
    return re.sub(r"^the ", "", name)


@dataclass(frozen=True)
class Link:
    """One reviewed entry."""

    label: str
    qid: str
    kind: str
    aliases: tuple[str, ...]
    verified: tuple[str, ...]
    """Where the Q-id was checked: stored pages, files, or the project owner's word."""

    @property
    def item(self) -> URIRef:
        return WD[self.qid]

    def names(self) -> set[str]:
        return {normal_key(n) for n in (self.label, *self.aliases)}


def node_kind(g: Graph, node: URIRef) -> str | None:
    """What a node of ours is, for matching: ``agent``, ``place`` or ``event`` (None: not linkable)."""
    types = set(g.objects(node, RDF.type))
    if TALLY.Event in types:
        return "event"
    if SCHEMA.Place in types:
        return "place"
    if PROV.Agent in types and TALLY.CollectiveSource not in types:
        return "agent"
    return None


_APPLIES = {
    "event": {"event"},
    "place": {"place"},
    "country": {"place", "agent"},
    "organisation": {"agent"},
    "outlet": {"agent"},
    "person": {"agent"},
    "platform": {"agent"},
}


@dataclass(frozen=True)
class Mapping:
    """All reviewed links, found by name and node kind."""

    links: tuple[Link, ...]
    path: Path

    def find(self, name: str, kind: str) -> Link | None:
        key = normal_key(name)
        hits = [link for link in self.links if key in link.names() and kind in _APPLIES[link.kind]]
        return hits[0] if len(hits) == 1 else None

    def by_qid(self, qid: str) -> Link | None:
        return next((link for link in self.links if link.qid == qid), None)


def _entry(path: Path, k: int, raw: Any) -> Link:
    where = f"{path}: entry {k + 1}"
    if not isinstance(raw, dict):
        raise LinkFileError(f"{where}: not a mapping of label, kind, qid, verified")
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        raise LinkFileError(f"{where}: needs a 'label'")
    where = f"{path}: entry {k + 1} ({label})"
    qid = str(raw.get("qid") or "")
    if not _QID.match(qid):
        raise LinkFileError(f"{where}: 'qid' must look like Q123, not {qid!r}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise LinkFileError(f"{where}: 'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
    verified = raw.get("verified")
    if not isinstance(verified, list) or not verified or not all(isinstance(v, str) and v.strip() for v in verified):
        raise LinkFileError(f"{where}: 'verified' must list where the Q-id was checked; unverified links are refused")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise LinkFileError(f"{where}: 'aliases' must be a list of names")
    return Link(label.strip(), qid, kind, tuple(aliases), tuple(v.strip() for v in verified))


def load_mapping(path: Path | None = None) -> Mapping:
    """Read and check the reviewed mapping (default: the one bundled in ``data/wikidata``)."""
    path = path or links_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise LinkFileError(f"{path}: cannot be read ({err.__class__.__name__})") from None
    except yaml.YAMLError as err:
        raise LinkFileError(f"{path}: not valid YAML ({str(err).splitlines()[0]})") from None
    if not isinstance(data, dict) or not isinstance(data.get("links"), list):
        raise LinkFileError(f"{path}: needs a top-level 'links' list")
    links = tuple(_entry(path, k, raw) for k, raw in enumerate(data["links"]))
    seen: dict[tuple[str, str], str] = {}
    for link in links:
        for name in link.names():
            for kind in _APPLIES[link.kind]:
                other = seen.setdefault((name, kind), link.qid)
                if other != link.qid:
                    raise LinkFileError(f"{path}: the name {name!r} is given to both {other} and {link.qid}")
    return Mapping(links, path)


def apply_links(g: Graph, mapping: Mapping) -> list[tuple[URIRef, Link]]:
    """Add ``skos:exactMatch`` from every matching node in ``g`` to its reviewed item; the links made."""
    made: list[tuple[URIRef, Link]] = []
    for node in sorted({s for s in g.subjects(RDFS.label, None) if isinstance(s, URIRef)}):
        kind = node_kind(g, node)
        if kind is None:
            continue
        for label in sorted(str(x) for x in g.objects(node, RDFS.label)):
            link = mapping.find(label, kind)
            if link is not None:
                g.add((node, SKOS.exactMatch, link.item))
                made.append((node, link))
                break
    return made
