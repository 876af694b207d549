"""Write and read graphs: Turtle, TriG, N-Quads, JSON-LD (by file extension), byte-stable."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from tallygraph.errors import InputError
from tallygraph.namespaces import PREFIXES

__all__ = ["FORMATS", "read_dataset", "serialize", "write_dataset"]

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld", ".nt": "nt"}
"""File extension -> rdflib format name."""


def _format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown graph format {path.suffix!r} (use {', '.join(FORMATS)})")
    return fmt


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _bound(triples: Graph) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for triple in triples:
        g.add(triple)
    return g


def _trig(ds: Dataset) -> str:
    """TriG with the named graphs in IRI order (rdflib's own order is not stable)."""
    head = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    parts = ["\n".join(head), ""]
    graphs = sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))
    for g in graphs:
        body = _bound(g).serialize(format="turtle")
        lines = [ln for ln in body.splitlines() if not ln.startswith("@prefix")]
        while lines and not lines[0].strip():
            lines.pop(0)
        if g.identifier == ds.default_graph.identifier:
            parts.append("\n".join(lines))
        else:
            # No re-indentation: lines inside multi-line literals are article text.
            inner = "\n".join(lines).rstrip()
            parts.append(f"<{g.identifier}> {{\n{inner}\n}}\n")
    return "\n".join(parts)


def _sorted_json(value: object) -> object:
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in value.items()}
    return value


def serialize(ds: Dataset, fmt: str) -> str:
    """The dataset as text, the same bytes for the same graph.

    Turtle and N-Triples hold the union of all graphs; TriG and N-Quads keep
    one named graph per article.
    """
    if fmt in ("turtle", "nt"):
        text = _union(ds).serialize(format=fmt)
    elif fmt == "trig":
        text = _trig(ds)
    elif fmt == "json-ld":
        data = json.loads(ds.serialize(format="json-ld"))
        text = json.dumps(_sorted_json(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    else:
        text = ds.serialize(format=fmt)
    if fmt in ("nquads", "nt"):
        lines = sorted({line for line in text.splitlines() if line.strip()})
        text = "\n".join(lines) + "\n"
    return text


def write_dataset(ds: Dataset, path: str | Path) -> None:
    """Write a dataset in the format its file extension names."""
    path = Path(path)
    text = serialize(ds, _format(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def read_dataset(path: str | Path) -> Dataset:
    """Read a graph file (any format above) into a dataset; Turtle goes to the default graph."""
    path = Path(path)
    fmt = _format(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    ds = Dataset(default_union=True)
    try:
        if fmt in ("turtle", "nt"):
            ds.default_graph.parse(path, format=fmt)
        else:
            ds.parse(path, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise InputError(str(path), f"cannot be read as {fmt}: {first}") from None
    return ds
