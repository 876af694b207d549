"""Stored queries on a remote SPARQL store, and pushing graph files into one.

Parameters are bound, not spliced: each value is first made an RDF term
(pyoxigraph checks IRIs, escapes literals), and the terms are sent as a
trailing ``VALUES`` block, SPARQL 1.1's own way of passing bindings with a
query (the one rdflib's SPARQLStore uses for ``initBindings``). The query text
itself is never edited.

Stored queries read the union of all named graphs as their default graph, so
the store must be set up that way: ``oxigraph serve --union-default-graph``;
Apache Jena Fuseki with ``tdb2:unionDefaultGraph true``; Virtuoso queries all
graphs when no ``FROM`` is given.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from tallygraph.endpoint import Endpoint
from tallygraph.errors import QueryError
from tallygraph.query import FORMATS as GRAPH_FORMATS
from tallygraph.query import StoredQuery, bindings, normalise_rows

__all__ = ["PushResult", "push_file", "run_remote", "values_block", "values_clause"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {f"{_XSD}{t}" for t in ("integer", "nonNegativeInteger", "int", "long")}
_CHUNK = 20_000
"""Triples per SPARQL Update request."""


def values_block(variables: list[ox.Variable], rows: list[list[Any]]) -> str:
    """A trailing ``VALUES`` block: one row of RDF terms (pyoxigraph terms, written as N-Triples) per binding."""
    head = " ".join(str(v) for v in variables)
    body = " ".join("(" + " ".join(str(t) for t in row) + ")" for row in rows)
    return f"\nVALUES ({head}) {{ {body} }}\n"


def values_clause(subs: dict[ox.Variable, Any]) -> str:
    """A trailing ``VALUES`` block binding each variable to its RDF term ("" when there is none)."""
    if not subs:
        return ""
    names = sorted(subs, key=lambda v: v.value)
    return values_block(names, [[subs[v] for v in names]])


def _plain(cell: dict[str, str] | None) -> Any:
    """A SPARQL JSON results cell as the same plain value the embedded store gives."""
    if cell is None:
        return None
    kind, value = cell.get("type"), cell.get("value", "")
    if kind in ("literal", "typed-literal"):
        dtype = cell.get("datatype", "")
        if dtype in _INTEGER_TYPES:
            return int(value)
        if dtype == f"{_XSD}boolean":
            return value == "true"
        return value
    if kind == "bnode":
        return f"_:{value}"
    return value


def run_remote(
    endpoint: Endpoint, query: StoredQuery, params: dict[str, str] | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """Column names and rows of a stored SELECT query run on a remote store."""
    subs = bindings(query, params or {})
    data = endpoint.select(query.text + values_clause(subs))
    columns = [str(c) for c in data.get("head", {}).get("vars", [])]
    rows = [{c: _plain(b.get(c)) for c in columns} for b in data["results"]["bindings"]]
    return columns, normalise_rows(query, rows)


@dataclass(frozen=True)
class PushResult:
    """What a push sent."""

    graphs: int
    triples: int


def _read_quads(path: Path) -> dict[str | None, list[ox.Triple]]:
    fmt = GRAPH_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"{path}: unknown graph format (use .ttl, .trig, .nq, .nt or .jsonld)")
    if not path.is_file():
        raise QueryError(f"{path}: no such file")
    graphs: dict[str | None, list[ox.Triple]] = defaultdict(list)
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            if isinstance(quad.graph_name, ox.BlankNode):
                raise QueryError(f"{path}: a graph named by a blank node cannot be stored remotely")
            name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            graphs[name].append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except (SyntaxError, ValueError, OSError) as err:
        raise QueryError(f"{path}: cannot be read as {fmt.name} ({err})") from None
    return graphs


def _ntriples(triples: list[ox.Triple]) -> str:
    return "".join(f"{t} .\n" for t in sorted(triples, key=str))


def push_file(path: Path, endpoint: Endpoint, protocol: str = "update") -> PushResult:
    """Store every graph of a file on a remote store, replacing graphs of the same name only.

    ``protocol``: ``update`` (SPARQL 1.1 Update: ``DROP SILENT GRAPH`` then
    ``INSERT DATA``, one request per graph up to 20,000 triples) or ``gsp``
    (Graph Store Protocol: one ``PUT`` per graph). Graphs of other names already
    in the store are left as they are.
    """
    if protocol not in ("update", "gsp"):
        raise QueryError(f"unknown protocol {protocol!r} (use update or gsp)")
    graphs = _read_quads(path)
    total = 0
    for name in sorted(graphs, key=lambda g: g or ""):
        triples = graphs[name]
        total += len(triples)
        body = _ntriples(triples)
        if protocol == "gsp":
            endpoint.put_graph(name, body.encode("utf-8"))
            continue
        lines = body.splitlines(keepends=True)
        target = "DEFAULT" if name is None else f"GRAPH <{name}>"
        for k in range(0, max(len(lines), 1), _CHUNK):
            chunk = "".join(lines[k : k + _CHUNK])
            data = chunk if name is None else f"GRAPH <{name}> {{\n{chunk}}}"
            clear = f"DROP SILENT {target} ;\n" if k == 0 else ""
            endpoint.update(f"{clear}INSERT DATA {{\n{data}\n}}")
    return PushResult(len(graphs), total)
