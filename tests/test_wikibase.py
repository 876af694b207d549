"""Figures back to Wikidata: QuickStatements and Wikibase RDF from a graph whose events are linked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD
from typer.testing import CliRunner

from tallygraph.cli import app
from tallygraph.export import read_dataset, write_dataset
from tallygraph.namespaces import ID, SCHEMA, TALLY, WD, WIKIBASE
from tallygraph.query import load_store
from tallygraph.wikibase import CIRCA, quickstatements, statements, wikibase_rdf

runner = CliRunner()
URL = "https://example.org/news/relay"
# Invented, test-only Q-ids (see tests/fixtures/wikidata/items.ttl): no Karabakh event has a verified one yet.
MASSACRE, WAR = "Q900000109", "Q900000108"


@pytest.fixture(scope="module")
def linked(known_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The known graph with its two events linked and one article given a URL, as a user's links would."""
    ds = read_dataset(known_graph)
    shared = ds.graph(ID["graph/shared"])
    shared.add((ID["event/khojaly-massacre"], SKOS.exactMatch, WD[MASSACRE]))
    shared.add((ID["event/first-nagorno-karabakh-war"], SKOS.exactMatch, WD[WAR]))
    for g in ds.graphs():
        for art in g.subjects(RDF.type, SCHEMA.NewsArticle):
            if (art, TALLY.fileName, Literal("relay.txt")) in g:
                g.add((art, SCHEMA.url, Literal(URL, datatype=XSD.anyURI)))
    out = tmp_path_factory.mktemp("linked") / "linked.trig"
    write_dataset(ds, out)
    return out


def _lines(linked: Path) -> list[list[str]]:
    stmts, _ = statements(load_store(linked))
    return [line.split("\t") for line in quickstatements(stmts).splitlines()]


def test_quickstatements_lines(linked: Path) -> None:
    lines = _lines(linked)
    by_value = {cols[2]: cols for cols in lines}
    killed = by_value["613"]  # relay.txt: exact, dated, with its URL as reference
    assert killed[:5] == [MASSACRE, "P1120", "613", "P585", "+2024-02-26T00:00:00Z/11"]
    assert killed[5:7] == ["S854", f'"{URL}"']
    assert killed[-1].startswith('/* tallygraph: "killed 613 Azerbaijani civilians" (Azerbaijani figures via')
    some = by_value["150[135,165]"]  # "Some 150": bounds and circa
    assert some[:2] == [MASSACRE, "P1446"] and some[5:7] == ["P1480", CIRCA]
    # Parts of the 613 ("106 women", "487 others"), figures without a reference, open bounds: not statements.
    assert not {"106", "63", "70", "487"} & set(by_value)
    for cols in lines:
        assert re.fullmatch(r"Q\d+", cols[0]) and re.fullmatch(r"P\d+", cols[1])
        assert re.fullmatch(r"\d+(\[\d+,\d+\])?", cols[2])


def test_skipped_figures_say_why(linked: Path) -> None:
    _, skipped = statements(load_store(linked))
    reasons = {r for _, r in skipped}
    assert "a part of a stated total, not the event's count" in reasons
    assert "no reference: the article has no URL and its publisher no Wikidata link" in reasons


def test_nearly_keeps_the_amount_inside_its_bounds(linked: Path, tmp_path: Path) -> None:
    ds = read_dataset(linked)
    for g in ds.graphs():
        for art in g.subjects(RDF.type, SCHEMA.NewsArticle):
            g.add((art, SCHEMA.url, Literal("https://example.org/news/any", datatype=XSD.anyURI)))
    path = tmp_path / "all-urls.trig"
    write_dataset(ds, path)
    by_value = {cols[2]: cols for cols in _lines(path)}
    nearly = by_value["4000[3600,4000]"]  # graph bounds 3600-3999; Wikibase needs lower <= amount <= upper
    assert nearly[:2] == [WAR, "P1446"] and nearly[5:7] == ["P1480", CIRCA]


def test_wikibase_rdf_pattern(linked: Path) -> None:
    stmts, _ = statements(load_store(linked))
    g = wikibase_rdf(stmts)
    p = "http://www.wikidata.org/prop/"
    st = next(o for o in g.objects(WD[MASSACRE], URIRef(f"{p}P1120")))
    assert (st, RDF.type, WIKIBASE.Statement) in g
    assert (st, URIRef(f"{p}statement/P1120"), Literal("+613", datatype=XSD.decimal)) in g
    value = next(g.objects(st, URIRef(f"{p}statement/value/P1120")))
    assert (value, WIKIBASE.quantityUnit, WD.Q199) in g
    assert (st, URIRef(f"{p}qualifier/P585"), Literal("2024-02-26T00:00:00Z", datatype=XSD.dateTime)) in g
    ref = next(g.objects(st, PROV.wasDerivedFrom))
    assert (ref, URIRef(f"{p}reference/P854"), URIRef(URL)) in g
    circa = [s for s in g.subjects(URIRef(f"{p}qualifier/P1480"), WD[CIRCA])]
    assert circa and all(next(g.objects(s, URIRef(f"{p}statement/value/P1446")), None) for s in circa)
    again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert len(again) == len(g)


def test_cli_export_as(linked: Path, tmp_path: Path) -> None:
    qs, ttl = tmp_path / "figures.qs", tmp_path / "figures.ttl"
    res = runner.invoke(app, ["export", str(linked), "-o", str(qs), "--as", "quickstatements"])
    assert res.exit_code == 0, res.output
    assert "statements written" in res.stderr and "a part of a stated total" in res.stderr
    assert qs.read_text(encoding="utf-8") == quickstatements(statements(load_store(linked))[0])
    res = runner.invoke(app, ["export", str(linked), "-o", str(ttl), "--as", "wikibase-rdf"])
    assert res.exit_code == 0 and Graph().parse(ttl, format="turtle")
    first = ttl.read_bytes()
    runner.invoke(app, ["export", str(linked), "-o", str(ttl), "--as", "wikibase-rdf"])
    assert ttl.read_bytes() == first
    res = runner.invoke(app, ["export", str(linked), "-o", str(ttl), "--as", "csv"])
    assert res.exit_code == 2
