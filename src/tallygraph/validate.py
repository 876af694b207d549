"""Check graphs against the SHACL shapes and report violations in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from tallygraph.namespaces import PREFIXES
from tallygraph.resources import shapes_path

__all__ = ["Violation", "format_violations", "shapes_graph", "validate_dataset", "validate_graph"]


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: which graph, which node, which path, what is wrong."""

    graph: str
    node: str
    path: str
    message: str
    value: str = ""
    component: str = ""


@cache
def shapes_graph() -> Graph:
    """The project's shapes (parsed once)."""
    g = Graph()
    g.parse(shapes_path(), format="turtle")
    return g


def _short(node: Node | None, g: Graph) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        for prefix, ns in PREFIXES.items():
            if str(node).startswith(str(ns)):
                return f"{prefix}:{str(node)[len(str(ns)) :]}"
        return f"<{node}>"
    if hasattr(node, "n3"):
        text = node.n3(g.namespace_manager)
        return text if len(text) < 80 else text[:77] + "..."
    return str(node)


def _path_text(report: Graph, path: Node | None) -> str:
    if path is None:
        return ""
    items = list(report.items(path)) if (path, None, None) in report else []
    if items:
        return " / ".join(_short(i, report) for i in items)
    return _short(path, report)


_CHECKS_NODE = URIRef("https://w3id.org/tallygraph/shapes#all")


def validate_graph(data: Graph, graph_of: dict[Node, str] | None = None) -> list[Violation]:
    """Violations of one data graph (empty when it conforms).

    :param graph_of: which named graph each subject comes from, to say where a violation is.
    """
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph(), advanced=True, allow_warnings=False, inference="none"
    )
    if conforms:
        return []
    out = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        value = report.value(result, SH.value)
        if focus == _CHECKS_NODE:  # a whole-graph SPARQL check: the offending node is the value
            focus, value = value, None
        out.append(
            Violation(
                graph=(graph_of or {}).get(focus, "") if focus is not None else "",
                node=_short(focus, data),
                path=_path_text(report, report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or "constraint violated"),
                value=_short(value, data),
                component=str(report.value(result, SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1],
            )
        )
    return sorted(set(out))


def validate_dataset(ds: Dataset) -> list[Violation]:
    """Validate all graphs of a dataset in one run; each violation names the graph of its node.

    Named graphs never share a figure, article or report, so validating their
    union checks each article graph together with the shared agents and events
    it references, and pySHACL prepares each SPARQL check once, not per article.
    """
    union = Graph()
    graph_of: dict[Node, str] = {}
    for g in sorted(ds.graphs(), key=lambda x: str(x.identifier)):
        name = "" if g.identifier == ds.default_graph.identifier else _short(g.identifier, ds)
        for triple in g:
            union.add(triple)
            graph_of.setdefault(triple[0], name)
    for prefix, ns in PREFIXES.items():
        union.bind(prefix, ns, override=True, replace=True)
    return validate_graph(union, graph_of)


def format_violations(violations: list[Violation]) -> str:
    """Plain-words report: one line per violation."""
    lines = []
    for v in violations:
        where = f"[{v.graph}] " if v.graph else ""
        path = f" {v.path}" if v.path else ""
        value = f" (value {v.value})" if v.value else ""
        lines.append(f"{where}{v.node}{path}: {v.message}{value}")
    return "\n".join(lines)
