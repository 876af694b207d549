"""The reviewed Wikidata mapping: only verified entries, exact names, compatible kinds."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from tallygraph.errors import LinkFileError
from tallygraph.link.mapping import apply_links, load_mapping
from tallygraph.namespaces import ID, SCHEMA, TALLY, WD
from tallygraph.query import load_store


def test_bundled_mapping_is_reviewed() -> None:
    mapping = load_mapping()
    assert {("Azerbaijan", "Q227"), ("Armenia", "Q399"), ("Baku", "Q9248")} <= {(x.label, x.qid) for x in mapping.links}
    assert all(link.verified for link in mapping.links)
    # A same-name trap the review found: Q680662 is the Austrian agency, never the Azeri-Press "APA".
    assert not any(link.qid == "Q680662" for link in mapping.links)
    assert mapping.find("APA", "agent") is None


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "links.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_unverified_entry_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "links:\n  - {label: Khojaly, kind: place, qid: Q1234}\n")
    with pytest.raises(LinkFileError, match=r"entry 1 \(Khojaly\): 'verified' must list"):
        load_mapping(path)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("links:\n  - {label: X, kind: place, qid: 'wd:Q1', verified: [a]}\n", "'qid' must look like Q123"),
        ("links:\n  - {label: X, kind: town, qid: Q1, verified: [a]}\n", "'kind' must be one of"),
        ("links: [\n", "not valid YAML"),
        ("format: 1\n", "top-level 'links' list"),
        (
            "links:\n  - {label: Derna, kind: place, qid: Q1, verified: [a]}\n"
            "  - {label: Darnah, aliases: [derna], kind: place, qid: Q2, verified: [b]}\n",
            "given to both Q1 and Q2",
        ),
    ],
)
def test_malformed_mapping_names_file_and_problem(tmp_path: Path, body: str, problem: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(LinkFileError) as err:
        load_mapping(path)
    assert str(err.value).startswith(str(path)) and problem in str(err.value)


def _node(g: Graph, slug: str, label: str, *types: URIRef) -> URIRef:
    node = ID[slug]
    for t in types:
        g.add((node, RDF.type, t))
    g.add((node, RDFS.label, Literal(label)))
    return node


def test_links_need_the_exact_name_and_a_compatible_kind() -> None:
    g = Graph()
    state = _node(g, "agent/azerbaijan", "Azerbaijan", PROV.Agent, SCHEMA.Organization)
    officials = _node(g, "agent/azerbaijani-authorities", "Azerbaijani authorities", PROV.Agent, TALLY.CollectiveSource)
    baku_agent = _node(g, "agent/baku", "Baku", PROV.Agent, SCHEMA.Organization)
    baku = _node(g, "place/baku", "Baku", SCHEMA.Place)
    ap = _node(g, "agent/the-associated-press", "the Associated Press", PROV.Agent, TALLY.NewsOutlet)
    made = {(node, link.qid) for node, link in apply_links(g, load_mapping())}
    assert made == {(state, "Q227"), (baku, "Q9248"), (ap, "Q40469")}
    assert (baku_agent, SKOS.exactMatch, None) not in g  # a place entry does not name an agent
    assert (officials, SKOS.exactMatch, None) not in g  # a collective is not the state
    assert (state, SKOS.exactMatch, WD.Q227) in g


def test_build_links_seed_entities(seed_graph: Path) -> None:
    store = load_store(seed_graph)
    q = "SELECT ?l ?o WHERE { ?s <http://www.w3.org/2004/02/skos/core#exactMatch> ?o ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    links = {(r["l"].value, r["o"].value) for r in store.query(q, use_default_graph_as_union=True)}
    assert ("Azerbaijan", str(WD.Q227)) in links and ("Moscow", str(WD.Q649)) in links
