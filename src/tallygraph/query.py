"""Stored SPARQL queries: read their headers, load a graph file, run with bound parameters.

The embedded store is pyoxigraph (in memory). Queries see the union of all
named graphs as their default graph. Parameters are bound as RDF terms with
pyoxigraph's ``substitutions``, never spliced into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from tallygraph.errors import QueryError, QueryFileError
from tallygraph.namespaces import PREFIXES
from tallygraph.resources import queries_dir

__all__ = [
    "FORMATS",
    "Param",
    "StoredQuery",
    "bindings",
    "format_rows",
    "get_query",
    "list_queries",
    "load_store",
    "normalise_rows",
    "run_query",
    "run_stored",
]

PARAM_TYPES = ("iri", "literal", "string", "langString", "integer", "date")
_LANG = re.compile(r"^(.*)@([a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*)$", re.S)
FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class Param:
    """A declared query parameter."""

    name: str
    type: str = "literal"
    required: bool = False
    description: str = ""


@dataclass(frozen=True)
class StoredQuery:
    """A ``.rq`` file and its ``#+`` YAML header."""

    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    text: str = ""
    sets: dict[str, str] = field(default_factory=dict)
    """Columns made by GROUP_CONCAT, with their separator: SPARQL leaves the order of
    their members open, so the members are sorted to give the same row on every store."""

    @property
    def is_check(self) -> bool:
        """``*-violation`` queries return nothing on a good graph."""
        return self.name.endswith("-violation")


def parse_query_file(path: Path) -> StoredQuery:
    """Read a stored query; :class:`QueryFileError` if its header is missing or malformed."""
    text = path.read_text(encoding="utf-8")
    header = "\n".join(line[2:] for line in text.splitlines() if line.startswith("#+"))
    if not header.strip():
        raise QueryFileError(f"{path}: no '#+' header (title, description, params)")
    try:
        meta = yaml.safe_load(header) or {}
    except yaml.YAMLError as err:
        raise QueryFileError(f"{path}: header is not valid YAML ({err})") from None
    if not isinstance(meta, dict) or not meta.get("title") or not meta.get("description"):
        raise QueryFileError(f"{path}: header needs 'title' and 'description'")
    params = []
    for raw in meta.get("params") or []:
        if not isinstance(raw, dict) or "name" not in raw:
            raise QueryFileError(f"{path}: each param needs a 'name'")
        ptype = str(raw.get("type", "literal"))
        if ptype not in PARAM_TYPES:
            raise QueryFileError(f"{path}: param {raw['name']!r} has unknown type {ptype!r}")
        params.append(
            Param(
                str(raw["name"]),
                ptype,
                bool(raw.get("required", False)),
                str(raw.get("description", "")),
            )
        )
    sets = meta.get("sets") or {}
    if not isinstance(sets, dict) or not all(isinstance(v, str) and v for v in sets.values()):
        raise QueryFileError(f"{path}: 'sets' maps column names to their separator")
    return StoredQuery(
        name=path.stem,
        path=path,
        title=str(meta["title"]),
        description=" ".join(str(meta["description"]).split()),
        params=tuple(params),
        text=text,
        sets={str(k): str(v) for k, v in sets.items()},
    )


def list_queries(folder: Path | None = None) -> list[StoredQuery]:
    """Every stored query, sorted by name."""
    folder = folder or queries_dir()
    return [parse_query_file(p) for p in sorted(folder.glob("*.rq"))]


def get_query(name: str, folder: Path | None = None) -> StoredQuery:
    """A stored query by name (file stem), or by path to a ``.rq`` file."""
    path = Path(name)
    if path.suffix == ".rq" and path.is_file():
        return parse_query_file(path)
    folder = folder or queries_dir()
    candidate = folder / f"{name}.rq"
    if not candidate.is_file():
        known = ", ".join(q.name for q in list_queries(folder))
        raise QueryFileError(f"no stored query named {name!r} (known: {known})")
    return parse_query_file(candidate)


def load_store(paths: list[Path] | Path) -> ox.Store:
    """An in-memory pyoxigraph store holding the given graph files."""
    store = ox.Store()
    for path in [paths] if isinstance(paths, Path) else paths:
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise QueryError(f"{path}: unknown graph format (use .ttl, .trig, .nq, .nt or .jsonld)")
        if not path.is_file():
            raise QueryError(f"{path}: no such file")
        try:
            store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as err:
            raise QueryError(f"{path}: cannot be read as {fmt.name} ({err})") from None
    return store


def _expand(value: str) -> str:
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return f"{PREFIXES[prefix]}{local}"
    return value


def _term(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    try:
        if param.type == "iri":
            iri = _expand(value)
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", iri):
                raise ValueError("not an IRI")
            return ox.NamedNode(iri)
        if param.type == "integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        if param.type == "langString":
            tagged = _LANG.match(value)
            text, lang = (tagged.group(1), tagged.group(2)) if tagged else (value, "en")
            return ox.Literal(text, language=lang)
        if param.type == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError("not a YYYY-MM-DD date")
            return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        return ox.Literal(value)
    except ValueError as err:
        raise QueryError(f"parameter {param.name}={value!r}: {err}") from None


def bindings(query: StoredQuery, params: dict[str, str]) -> dict[ox.Variable, Any]:
    """Each given parameter as an RDF term of its declared type; unknown or missing ones are errors."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise QueryError(
            f"query {query.name} has no parameter {', '.join(unknown)} (it takes: {', '.join(declared) or 'none'})"
        )
    missing = [p.name for p in query.params if p.required and p.name not in params]
    if missing:
        raise QueryError(f"query {query.name} needs parameter {', '.join(missing)}")
    return {ox.Variable(name): _term(declared[name], value) for name, value in params.items()}


def _plain(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype else ""
        if dtype.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
            return int(term.value)
        if dtype.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def run_query(
    store: ox.Store, query: StoredQuery, params: dict[str, str] | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """Column names and rows (plain Python values) of a stored SELECT query."""
    subs = bindings(query, params or {})
    try:
        result = store.query(query.text, use_default_graph_as_union=True, substitutions=subs)
    except SyntaxError as err:
        raise QueryFileError(f"{query.path}: not valid SPARQL ({err})") from None
    if not isinstance(result, ox.QuerySolutions):
        raise QueryFileError(f"{query.path}: stored queries must be SELECT queries")
    columns = [v.value for v in result.variables]
    rows = [{c: _plain(sol[c]) for c in columns} for sol in result]
    return columns, normalise_rows(query, rows)


def normalise_rows(query: StoredQuery, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with the members of each GROUP_CONCAT column (``sets`` in the header) in sorted order."""
    for row in rows:
        for column, sep in query.sets.items():
            if isinstance(row.get(column), str) and row[column]:
                row[column] = sep.join(sorted(row[column].split(sep)))
    return rows


def run_stored(
    data: Path | list[Path], name: str, params: dict[str, str] | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """Load graph file(s) and run the named stored query."""
    return run_query(load_store(data), get_query(name), params)


def format_rows(columns: list[str], rows: list[dict[str, Any]], fmt: str) -> str:
    """Rows as ``csv``, ``json`` (a list of row objects) or a plain ``table``."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: "" if r[c] is None else r[c] for c in columns} for r in rows)
        return buf.getvalue()
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*["" if r[c] is None else str(r[c]) for c in columns])
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(table)
        return console.export_text()
    raise QueryError(f"unknown format {fmt!r} (use table, csv or json)")
