"""SHACL shapes: good graphs conform; each invalid fixture raises the violation it names."""

from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, URIRef

from tallygraph.build import SHARED_GRAPH
from tallygraph.export import read_dataset
from tallygraph.namespaces import PREFIXES
from tallygraph.validate import shapes_graph, validate_dataset, validate_graph

from .conftest import FIXTURES

INVALID = sorted((FIXTURES / "shapes" / "invalid").glob("*.ru"))
PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def test_fixture_list_is_not_empty() -> None:
    assert len(INVALID) >= 12


def test_shapes_graph_is_itself_valid_shacl() -> None:
    conforms, _, text = pyshacl.validate(shapes_graph(), shacl_graph=None, meta_shacl=True, advanced=True)
    assert conforms, text


def test_seed_and_known_graphs_conform(seed_graph: Path, known_graph: Path) -> None:
    assert validate_dataset(read_dataset(seed_graph)) == []
    assert validate_dataset(read_dataset(known_graph)) == []


def _relay_graph(known_graph: Path) -> Graph:
    """relay.txt's article graph with the shared graph (agents, events) it refers to."""
    ds = read_dataset(known_graph)
    plain = Graph()
    for g in ds.graphs():
        if g.identifier == SHARED_GRAPH or any(str(o) == "relay.txt" for o in g.objects()):
            for t in g:
                plain.add(t)
    assert any(str(o) == "relay.txt" for o in plain.objects()), "relay.txt graph missing"
    return plain


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_raises_its_violation(path: Path, known_graph: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expect = re.search(r"^# expect: (\S+)", text, re.M)
    focus = re.search(r"^# focus: (.+)$", text, re.M)
    assert expect and focus, "each invalid fixture names its violation and focus node"
    g = _relay_graph(known_graph)
    before = len(g)
    g.update(PROLOGUE + text)
    assert len(g) != before or "DELETE" in text
    focus_nodes = {str(r[0]) for r in g.query(PROLOGUE + focus.group(1))}
    assert focus_nodes, "the focus query finds the changed node"
    found = {(v.component, v.node) for v in validate_graph(g)}
    short = {_short(n) for n in focus_nodes}
    assert any(c == expect.group(1) and n in short for c, n in found), found


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)):
            return f"{prefix}:{iri[len(str(ns)) :]}"
    return f"<{URIRef(iri)}>"
