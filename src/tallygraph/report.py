"""A plain-text summary of a graph: conflicting counts and attribution chains."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from tallygraph.query import get_query, load_store, run_query

__all__ = ["chains_from_rows", "summary"]


def chains_from_rows(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Figure IRI -> agent names in chain order, from ``attribution-chains`` rows."""
    hops: dict[str, dict[int, str]] = defaultdict(dict)
    for r in rows:
        hops[r["figure"]][int(r["position"])] = r["agentLabel"]
    return {fig: [names[k] for k in sorted(names)] for fig, names in hops.items()}


def _fmt_bounds(low: Any, high: Any) -> str:
    return f"[{low}, {'∞' if high is None else high}]"


def summary(path: Path) -> str:
    """Conflicts, approximate agreements and distinct attribution chains, as text."""
    store = load_store(path)
    out: list[str] = []
    _, conflicts = run_query(store, get_query("conflicting-counts"))
    for status in ("conflict", "approximate agreement"):
        rows = [r for r in conflicts if r["status"] == status]
        out.append(f"{status.capitalize()}s between figures: {len(rows)}")
        for r in rows:
            sides = [
                f"{r['value' + x]} {r['qualifier' + x]} {_fmt_bounds(r['low' + x], r['high' + x])} "
                f"per {r['source' + x]} ({r['article' + x]})"
                for x in ("A", "B")
            ]
            out.append(f"  {r['eventLabel']} / {r['measureName']}: {sides[0]}  vs  {sides[1]}")
        out.append("")
    _, chain_rows = run_query(store, get_query("attribution-chains"))
    chains = chains_from_rows(chain_rows)
    counted: dict[tuple[str, ...], int] = defaultdict(int)
    for names in chains.values():
        if len(names) > 1:
            counted[tuple(names)] += 1
    out.append(f"Attribution chains (article -> relays -> original source): {len(counted)} distinct")
    for names, n in sorted(counted.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        out.append(f"  {' -> '.join(names)}   ({n} figure{'s' if n != 1 else ''})")
    _, parts = run_query(store, get_query("parts-vs-total"))
    out.append("")
    out.append(f"Totals whose parts do not fit: {len(parts)}")
    for r in parts:
        out.append(f"  {r['totalQuote']!r} ({r['article']}): parts {r['partValues']} > upper bound {r['totalHigh']}")
    return "\n".join(out)
