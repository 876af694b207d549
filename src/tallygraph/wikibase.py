"""Figures back to Wikidata: QuickStatements and Wikibase-style RDF, for a person to review and submit.

A figure becomes a statement on the Wikidata item of its event:

- property: the Wikidata property the ontology maps its measure to
  (``skos:exactMatch wd:P…``: P1120 number of deaths, P1339 number of
  injured, P1446 number of missing); measures without one are not exported;
- value: the stated number, with its bounds when both are finite. Wikibase
  needs lower ≤ amount ≤ upper, so "nearly 4,000" (3,600-3,999 in our graph)
  is written 4000[3600,4000]. A bound that is open ("at least 5") cannot be
  written as a Wikibase quantity, so such figures are listed as skipped;
- qualifiers: P585 point in time (the article's date, with its precision);
  P1480 sourcing circumstances = circa (Q5727902) for "about" and "nearly";
- references: P248 stated in (the publisher's Wikidata item) and P854
  reference URL (the article), at least one of them.

Only asserted figures are exported: denied, superseded and projected ones, and
parts of a stated total ("including 106 women"), are not counts of the event.
Who said the figure and through whom goes into the edit summary
(QuickStatements) and an ``rdfs:comment`` (RDF), since a Wikidata reference
cannot carry a chain.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from tallygraph.namespaces import ID, PQ, PQV, PR, PS, PSV, TALLY, WD, WIKIBASE, P
from tallygraph.query import parse_query_file, run_query
from tallygraph.resources import ontology_path, queries_dir

__all__ = ["CIRCA", "Statement", "quickstatements", "statements", "wikibase_rdf", "write"]

CIRCA = "Q5727902"
"""Wikidata item "circa", a value of P1480 sourcing circumstances."""

_UNIT_ONE = WD.Q199
"""The unit "1" of dimensionless quantities (counts)."""
_APPROXIMATE = {str(TALLY.Approximately), str(TALLY.Nearly)}
_PRECISION = {10: 11, 7: 10, 4: 9}
"""Length of an ISO date -> Wikibase time precision (day, month, year)."""


@dataclass(frozen=True)
class Statement:
    """One figure as a Wikidata statement (or the reason it cannot be one)."""

    figure: str
    item: str
    prop: str
    amount: int
    lower: int | None
    upper: int | None
    date: str | None
    circa: bool
    stated_in: str | None
    url: str | None
    summary: str


def _qid(iri: str | None) -> str | None:
    if iri and re.fullmatch(r"http://www\.wikidata\.org/entity/Q[1-9]\d*", iri):
        return iri.rsplit("/", 1)[1]
    return None


def _properties() -> dict[str, str]:
    """Measure IRI -> Wikidata property id, from the ontology's ``skos:exactMatch``."""
    g = Graph().parse(ontology_path(), format="turtle")
    out = {}
    for measure, target in g.subject_objects(SKOS.exactMatch):
        match = re.fullmatch(r"http://www\.wikidata\.org/entity/(P[1-9]\d*)", str(target))
        if match:
            out[str(measure)] = match.group(1)
    return out


def _short(iri: str) -> str:
    return re.sub(r"^.*[#/]", "", iri)


def _skip_reason(row: dict[str, Any], props: dict[str, str]) -> str | None:
    if row["status"] != str(TALLY.Asserted):
        return f"status {_short(row['status'])}: not a count of the event"
    if row["partOf"]:
        return "a part of a stated total, not the event's count"
    if row["measure"] not in props:
        return f"no Wikidata property for {_short(row['measure'])}"
    if not _qid(row["eventItem"]):
        return f"its event '{row['eventLabel']}' has no Wikidata link"
    if row["high"] is None:
        return "open upper bound ('at least', 'more than'): a Wikibase quantity needs both bounds or none"
    if not _qid(row["publisherItem"]) and not row["url"]:
        return "no reference: the article has no URL and its publisher no Wikidata link"
    return None


def statements(store: Any) -> tuple[list[Statement], list[tuple[str, str]]]:
    """Statements for every exportable figure in a pyoxigraph store, and (figure, reason) for the others."""
    props = _properties()
    query = parse_query_file(queries_dir() / "export" / "wikidata-statements.rq")
    rows = run_query(store, query)[1]
    done: list[Statement] = []
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()
    for row in rows:
        if row["figure"] in seen:
            continue
        seen.add(row["figure"])
        reason = _skip_reason(row, props)
        if reason:
            skipped.append((row["figure"], reason))
            continue
        value, low, high = int(row["value"]), int(row["low"]), int(row["high"])
        exact = row["qualifier"] == str(TALLY.Exact) and low == high == value
        source = row["sourceLabel"] or "the outlet itself"
        via = f" via {row['publisherLabel']}" if row["publisherLabel"] and row["sourceLabel"] else ""
        done.append(
            Statement(
                figure=row["figure"],
                item=_qid(row["eventItem"]) or "",
                prop=props[row["measure"]],
                amount=value,
                lower=None if exact else min(low, value),
                upper=None if exact else max(high, value),
                date=str(row["date"]) if row["date"] else None,
                circa=row["qualifier"] in _APPROXIMATE,
                stated_in=_qid(row["publisherItem"]),
                url=row["url"],
                summary=f'"{row["quote"]}" ({source}{via}; {row["article"]})',
            )
        )
    return done, skipped


def _qs_time(date: str) -> str:
    parts = [*date.split("-"), "00", "00"][:3]
    return f"+{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z/{_PRECISION.get(len(date), 9)}"


def _qs_amount(s: Statement) -> str:
    if s.lower is None or s.upper is None:
        return str(s.amount)
    return f"{s.amount}[{s.lower},{s.upper}]"


def _qs_string(text: str) -> str:
    return '"' + text.replace('"', "'").replace("\t", " ").replace("\n", " ") + '"'


def quickstatements(stmts: list[Statement]) -> str:
    """QuickStatements (version 1 syntax, tab-separated), one line per statement."""
    lines = []
    for s in stmts:
        cols = [s.item, s.prop, _qs_amount(s)]
        if s.date:
            cols += ["P585", _qs_time(s.date)]
        if s.circa:
            cols += ["P1480", CIRCA]
        if s.stated_in:
            cols += ["S248", s.stated_in]
        if s.url:
            cols += ["S854", _qs_string(s.url)]
        comment = s.summary.replace("*/", "* /")
        lines.append("\t".join(cols) + f"\t/* tallygraph: {comment} */")
    return "".join(line + "\n" for line in lines)


def _node(kind: str, *parts: object) -> URIRef:
    return ID[f"wikibase/{kind}/{hashlib.sha256(repr(parts).encode()).hexdigest()[:16]}"]


def _time_literal(date: str) -> tuple[Literal, int]:
    parts = [*date.split("-"), "01", "01"][:3]
    return Literal(f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z", datatype=XSD.dateTime), _PRECISION.get(len(date), 9)


def wikibase_rdf(stmts: list[Statement]) -> Graph:
    """The statements in the Wikibase RDF model (statement, value and reference nodes)."""
    g = Graph()
    for prefix, ns in (("wd", WD), ("p", P), ("ps", PS), ("psv", PSV), ("pq", PQ), ("pqv", PQV), ("pr", PR)):
        g.bind(prefix, ns)
    g.bind("wikibase", WIKIBASE)
    g.bind("prov", PROV)
    g.bind("tg", ID)
    for s in stmts:
        item = WD[s.item]
        st = _node("statement", s.figure, s.prop)
        g.add((item, P[s.prop], st))
        g.add((st, RDF.type, WIKIBASE.Statement))
        g.add((st, WIKIBASE.rank, WIKIBASE.NormalRank))
        g.add((st, PS[s.prop], Literal(f"+{s.amount}", datatype=XSD.decimal)))
        value = _node("value", s.amount, s.lower, s.upper)
        g.add((st, PSV[s.prop], value))
        g.add((value, RDF.type, WIKIBASE.QuantityValue))
        g.add((value, WIKIBASE.quantityAmount, Literal(f"+{s.amount}", datatype=XSD.decimal)))
        if s.lower is not None and s.upper is not None:
            g.add((value, WIKIBASE.quantityLowerBound, Literal(f"+{s.lower}", datatype=XSD.decimal)))
            g.add((value, WIKIBASE.quantityUpperBound, Literal(f"+{s.upper}", datatype=XSD.decimal)))
        g.add((value, WIKIBASE.quantityUnit, _UNIT_ONE))
        if s.date:
            time, precision = _time_literal(s.date)
            g.add((st, PQ.P585, time))
            tv = _node("time", s.date)
            g.add((st, PQV.P585, tv))
            g.add((tv, RDF.type, WIKIBASE.TimeValue))
            g.add((tv, WIKIBASE.timeValue, time))
            g.add((tv, WIKIBASE.timePrecision, Literal(precision, datatype=XSD.integer)))
        if s.circa:
            g.add((st, PQ.P1480, WD[CIRCA]))
        ref = _node("reference", s.stated_in, s.url)
        g.add((st, PROV.wasDerivedFrom, ref))
        g.add((ref, RDF.type, WIKIBASE.Reference))
        if s.stated_in:
            g.add((ref, PR.P248, WD[s.stated_in]))
        if s.url:
            g.add((ref, PR.P854, URIRef(s.url)))
        g.add((st, RDFS.comment, Literal(f"tallygraph: {s.summary}")))
        g.add((st, RDFS.seeAlso, URIRef(s.figure)))
    return g


def write(stmts: list[Statement], path: Path, fmt: str) -> None:
    """Write ``quickstatements`` text or ``wikibase-rdf`` Turtle."""
    if fmt == "quickstatements":
        path.write_text(quickstatements(stmts), encoding="utf-8")
    else:
        path.write_text(wikibase_rdf(stmts).serialize(format="turtle"), encoding="utf-8")
