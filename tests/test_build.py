"""Claims -> RDF: bounds, content IRIs, named graphs, shared agents, chains, curation, stable bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from tallygraph import api
from tallygraph.build import SHARED_GRAPH, BuildOptions, Provenance, agent_iri, build_dataset, graph_bounds
from tallygraph.claims_io import load_claims
from tallygraph.export import read_dataset
from tallygraph.load import load_many
from tallygraph.model import ArticleClaims, Claim
from tallygraph.namespaces import SCHEMA, TALLY

from .conftest import KNOWN_ARTICLES, KNOWN_CLAIMS


@pytest.mark.parametrize(
    ("qualifier", "value", "expected"),
    [
        ("exact", 613, (613, 613)),
        ("atLeast", 3980, (3980, None)),
        ("moreThan", 4000, (4001, None)),
        ("nearly", 4000, (3600, 3999)),
        ("approximately", 2000, (1800, 2200)),
        ("upTo", 40, (0, 40)),
        ("lessThan", 10, (0, 9)),
    ],
)
def test_bounds_follow_the_wording(qualifier: str, value: int, expected: tuple[int, int | None]) -> None:
    assert graph_bounds(Claim("q", value, qualifier), BuildOptions()) == expected


def test_tolerance_is_configurable() -> None:
    assert graph_bounds(Claim("q", 2000, "approximately"), BuildOptions(approx_tolerance=0.25)) == (
        1500,
        2500,
    )


def test_one_graph_per_article_and_shared_upstream_agents(seed_graph: Path) -> None:
    ds = read_dataset(seed_graph)
    graphs = [g for g in ds.graphs() if len(g) and g.identifier != SHARED_GRAPH]
    assert len(graphs) == 5
    aa = agent_iri("Anadolu Agency")
    holding = [g for g in graphs if (None, PROV.wasAttributedTo, aa) in g]
    assert len(holding) >= 2, "Anadolu Agency must be one node used by the chains of several articles"
    # Described once, in the shared graph: every query over the union sees one name.
    described = [g.identifier for g in ds.graphs() if (aa, RDFS.label, None) in g]
    assert described == [SHARED_GRAPH]
    assert {str(o) for o in ds.objects(aa, RDFS.label)} == {"Anadolu Agency"}


def test_iris_derive_from_content(tmp_path: Path) -> None:
    articles, _ = load_many([KNOWN_ARTICLES])
    claims = {c.file: c for c in load_claims(KNOWN_CLAIMS)}
    prov = {a.file: Provenance("curation", "test", "1") for a in articles}
    one, _ = build_dataset([(a, claims[a.file]) for a in articles], prov)
    two, _ = build_dataset([(a, claims[a.file]) for a in reversed(articles)], prov)
    figs = lambda ds: sorted(str(s) for s in ds.subjects(RDF.type, TALLY.CountClaim))  # noqa: E731
    assert figs(one) == figs(two) and len(figs(one)) == sum(len(c.claims) for c in claims.values())


def test_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    for ext in ("trig", "ttl", "nq", "jsonld"):
        a, b = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
        api.build([KNOWN_ARTICLES], a, claims_file=KNOWN_CLAIMS)
        api.build([KNOWN_ARTICLES], b, claims_file=KNOWN_CLAIMS)
        assert a.read_bytes() == b.read_bytes(), ext


def test_chain_runs_from_article_through_relays_to_the_source(known_graph: Path) -> None:
    ds = read_dataset(known_graph)
    fig = next(
        f
        for f in ds.subjects(RDF.type, TALLY.CountClaim)
        if (f, TALLY.value, Literal(613)) in ds and (f, PROV.hadPrimarySource, None) in ds
    )
    first = ds.value(fig, PROV.wasQuotedFrom)
    names = []
    node = first
    while node is not None:
        names.append(str(ds.value(ds.value(node, PROV.wasAttributedTo), RDFS.label)))
        node = ds.value(node, PROV.wasQuotedFrom)
    assert names == ["Anadolu Agency", "Azerbaijani figures"]
    assert ds.value(fig, PROV.hadPrimarySource) is not None
    article = ds.value(fig, TALLY.reportedIn)
    assert str(ds.value(ds.value(article, SCHEMA.publisher), RDFS.label)) == "Mi'raj News Agency (MINA)"


def test_curated_claims_are_used_and_recorded_as_curation(tmp_path: Path) -> None:
    claims = load_claims(KNOWN_CLAIMS)
    only = [c for c in claims if c.file == "official-records.txt"]
    only[0].claims = only[0].claims[:1]  # the person kept one figure
    curated = tmp_path / "curated.yaml"
    from tallygraph.claims_io import write_claims

    write_claims(only, curated)
    result = api.build(
        [KNOWN_ARTICLES / "official-records.txt", KNOWN_ARTICLES / "relay-copy.txt"],
        None,
        claims_file=curated,
    )
    ds = result.dataset
    kinds = {
        str(o).rsplit("#", 1)[1] for o in ds.objects(None, RDF.type) if str(o).endswith(("#Curation", "#ExtractionRun"))
    }
    assert kinds == {"Curation", "ExtractionRun"}
    per_file: dict[str, int] = {}
    for fig in ds.subjects(RDF.type, TALLY.CountClaim):
        name = str(ds.value(ds.value(fig, TALLY.reportedIn), TALLY.fileName))
        per_file[name] = per_file.get(name, 0) + 1
    assert per_file["official-records.txt"] == 1  # the curated file's one figure, not the four extraction finds
    assert per_file["relay-copy.txt"] >= 2  # extracted


def test_claims_for_another_text_are_refused(tmp_path: Path) -> None:
    claims = load_claims(KNOWN_CLAIMS)
    claims[0].sha256 = "f" * 64
    from tallygraph.claims_io import write_claims

    path = tmp_path / "c.yaml"
    write_claims(claims[:1], path)
    result = api.build([KNOWN_ARTICLES / "official-records.txt"], None, claims_file=path)
    assert [e.problem for e in result.errors] == [
        "the claims file was made from a different text of this article (sha256 differs)"
    ]


def test_quote_not_in_text_skips_that_article_only() -> None:
    articles, _ = load_many([KNOWN_ARTICLES])
    pairs = [
        (
            a,
            ArticleClaims(file=a.file, claims=[Claim("no such words", 3, counts="killed", event="e")]),
        )
        for a in articles[:1]
    ]
    pairs += [(a, ArticleClaims(file=a.file)) for a in articles[1:]]
    ds, errors = build_dataset(pairs, {a.file: Provenance("curation", "t", "1") for a in articles})
    assert len(errors) == 1 and "quote not found" in str(errors[0])
    assert len([g for g in ds.graphs() if len(g) and g.identifier != SHARED_GRAPH]) == len(articles) - 1


def test_text_sharing_articles_are_linked(known_graph: Path) -> None:
    ds = read_dataset(known_graph)
    pairs = {
        (str(ds.value(s, TALLY.fileName)), str(ds.value(o, TALLY.fileName)))
        for s, o in ds.subject_objects(TALLY.sharesTextWith)
        if ds.value(o, TALLY.fileName)
    }
    assert ("relay.txt", "relay-copy.txt") in pairs and ("relay-copy.txt", "relay.txt") in pairs


def test_event_labels_never_carry_characterisations(seed_graph: Path) -> None:
    ds = read_dataset(seed_graph)
    labels = [str(o) for o in ds.objects(None, RDFS.label) if (None, TALLY.about, None) in ds]
    events = {str(ds.value(e, RDFS.label)) for e in ds.objects(None, TALLY.about)}
    assert labels and events
    for word in ("genocide", "liberated", "occupied", "terrorist"):
        assert not any(word in e.lower() for e in events), events
    assert URIRef("https://w3id.org/tallygraph/id/event/khojaly-massacre") in set(ds.objects(None, TALLY.about))
