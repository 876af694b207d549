"""Stored queries: headers, and answers on graphs where the answer is known."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from tallygraph.errors import QueryError
from tallygraph.query import get_query, list_queries, load_store, run_query
from tallygraph.report import chains_from_rows

QUERIES = list_queries()


def test_every_stored_query_is_listed() -> None:
    names = {q.name for q in QUERIES}
    assert {"conflicting-counts", "attribution-chains", "parts-vs-total", "corroboration"} <= names
    assert any(q.is_check for q in QUERIES)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_header_and_body(query) -> None:  # type: ignore[no-untyped-def]
    assert query.path.read_text(encoding="utf-8").startswith("#+ title:")
    assert query.title and len(query.description) > 40
    ox.Store().query(query.text)  # parses as SPARQL
    for p in query.params:
        assert re.search(rf"\?{p.name}\b", query.text), f"declared param {p.name} not used"


def _rows(graph: Path, name: str, **params: str) -> list[dict]:
    return run_query(load_store(graph), get_query(name), params)[1]


def test_conflicting_counts_on_known_graph(known_graph: Path) -> None:
    rows = _rows(known_graph, "conflicting-counts")
    got = sorted((r["status"], r["valueA"], r["qualifierA"], r["valueB"], r["qualifierB"]) for r in rows)
    pairs = {tuple(sorted([(a, qa), (b, qb)])): s for s, a, qa, b, qb in got}
    assert len(rows) == 3, got
    assert pairs[((4000, "MoreThan"), (4000, "Nearly"))] == "conflict"
    assert pairs[((3980, "AtLeast"), (4000, "MoreThan"))] == "approximate agreement"
    assert pairs[((3980, "AtLeast"), (4000, "Nearly"))] == "approximate agreement"
    assert all(r["eventLabel"] == "First Nagorno-Karabakh War" for r in rows)


def test_conflicting_counts_parameter_is_bound(known_graph: Path) -> None:
    event = "tg:event/khojaly-massacre"
    assert _rows(known_graph, "conflicting-counts", event=event) == []
    assert (
        len(
            _rows(
                known_graph,
                "conflicting-counts",
                event="tg:event/first-nagorno-karabakh-war",
                measure="tally:Missing",
            )
        )
        == 3
    )


def test_attribution_chain_of_a_relayed_figure(known_graph: Path) -> None:
    chains = chains_from_rows(_rows(known_graph, "attribution-chains"))
    assert ["Mi'raj News Agency (MINA)", "Anadolu Agency", "Azerbaijani figures"] in chains.values()
    assert ["(publisher not stated)", "Azerbaijan's official records"] in chains.values()
    one = next(f for f, c in chains.items() if c[-1] == "Azerbaijani figures")
    rows = _rows(known_graph, "attribution-chains", figure=one)
    assert [(r["position"], r["role"]) for r in rows] == [
        (0, "publisher"),
        (1, "relay"),
        (2, "original source"),
    ]


def test_parts_vs_total_finds_the_bad_breakdown(known_graph: Path) -> None:
    rows = _rows(known_graph, "parts-vs-total")
    assert [(r["totalValue"], r["partsLowSum"], r["partCount"]) for r in rows] == [(613, 106 + 63 + 70 + 487, 4)]


def test_corroboration_counts_text_sharing_articles_once(known_graph: Path) -> None:
    rows = _rows(known_graph, "corroboration")
    by = {(r["article"], r["value"], r["measureName"]): r for r in rows}
    ombudsman_150 = by[("ombudsman.md", 150, "Missing")]
    assert (ombudsman_150["supportingFigures"], ombudsman_150["independentSources"]) == (3, 2)
    killed = by[("relay-copy.txt", 613, "Killed")]
    assert (killed["supportingFigures"], killed["independentSources"]) == (2, 1)


@pytest.mark.parametrize("query", [q for q in QUERIES if q.is_check], ids=lambda q: q.name)
def test_checks_are_empty_on_good_graphs(query, known_graph: Path, seed_graph: Path) -> None:  # type: ignore[no-untyped-def]
    assert _rows(known_graph, query.name) == []
    assert _rows(seed_graph, query.name) == []


def test_checks_find_broken_graphs(known_graph: Path, tmp_path: Path) -> None:
    store = load_store(known_graph)
    store.update(
        """PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX tally: <https://w3id.org/tallygraph/ontology#>
        INSERT { GRAPH <urn:bad> { ?last prov:wasQuotedFrom ?first . ?agent rdfs:label "Anadolu" . ?fig tally:reportedIn <urn:other> } }
        WHERE { GRAPH ?g { ?fig prov:wasQuotedFrom ?first . ?first prov:wasQuotedFrom ?last . ?last prov:wasAttributedTo ?x .
                ?first prov:wasAttributedTo ?agent }
                GRAPH ?shared { ?agent rdfs:label "Anadolu Agency" } }"""
    )
    for name in ("chain-cycle-violation", "agent-label-violation", "figure-article-violation"):
        assert run_query(store, get_query(name))[1], name


def test_unknown_and_bad_parameters_are_refused(known_graph: Path) -> None:
    store = load_store(known_graph)
    with pytest.raises(QueryError, match="has no parameter"):
        run_query(store, get_query("conflicting-counts"), {"evnt": "x"})
    with pytest.raises(QueryError, match="not an IRI"):
        run_query(store, get_query("conflicting-counts"), {"event": "not an iri"})


def test_seeds_surface_the_missing_persons_cluster(seed_graph: Path) -> None:
    rows = _rows(seed_graph, "conflicting-counts", measure="tally:Missing")
    figures = {(r["valueA"], r["qualifierA"]) for r in rows} | {(r["valueB"], r["qualifierB"]) for r in rows}
    assert {(4000, "Exact"), (4000, "MoreThan"), (3980, "AtLeast"), (4000, "Nearly")} <= figures
    statuses = {frozenset([(r["valueA"], r["qualifierA"]), (r["valueB"], r["qualifierB"])]): r["status"] for r in rows}
    assert statuses[frozenset([(4000, "MoreThan"), (4000, "Nearly")])] == "conflict"
    assert statuses[frozenset([(3980, "AtLeast"), (4000, "Nearly")])] == "approximate agreement"


def test_seeds_show_the_mina_chain(seed_graph: Path) -> None:
    chains = chains_from_rows(_rows(seed_graph, "attribution-chains"))
    assert ["Mi'raj News Agency (MINA)", "Anadolu Agency", "Azerbaijani figures"] in chains.values()


def test_characterisations_show_who_calls_what(seed_graph: Path) -> None:
    rows = _rows(seed_graph, "characterisations", term="genocide")
    by_source = {(r["source"], r["article"][:3]) for r in rows}
    assert ("Sabina Aliyeva", "003") in by_source
    assert ("Azerbaijan's Foreign Ministry", "004") in by_source
    assert all(r["term"] == "genocide" for r in rows)
