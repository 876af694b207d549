"""The bounds a figure's wording implies, as the graph states them (Wikibase lower/upper bound)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from tallygraph.lexicon import lexicon
from tallygraph.model import Claim

__all__ = ["BuildOptions", "graph_bounds"]


@dataclass(frozen=True)
class BuildOptions:
    """How bounds are computed for hedged numbers (documented, configurable)."""

    approx_tolerance: float = 0.1
    """"about N": the interval N × (1 ± tolerance), rounded outwards."""
    nearly_tolerance: float = 0.1
    """"nearly N": lower bound N × (1 − tolerance), upper bound N − 1."""


def graph_bounds(claim: Claim, options: BuildOptions) -> tuple[int, int | None]:
    """Inclusive ``(lower, upper)`` bounds the wording implies; ``upper`` None = open.

    >>> graph_bounds(Claim("q", 4000, "nearly"), BuildOptions())
    (3600, 3999)
    >>> graph_bounds(Claim("q", 150, "approximately"), BuildOptions())
    (135, 165)
    """
    v, q = claim.value, claim.qualifier
    if claim.hedge and claim.hedge in lexicon()["vague"] and claim.hedge.endswith("s"):
        return v, v * 10 - 1  # "hundreds" (coded 100): 100 to 999
    if q == "exact":
        return v, v
    if q == "atLeast":
        return (claim.low if claim.low is not None else v), None
    if q == "moreThan":
        return v + 1, None
    if q == "nearly":
        high = v - 1
        return min(math.floor(v * (1 - options.nearly_tolerance)), high), high
    if q == "approximately":
        return math.floor(v * (1 - options.approx_tolerance)), math.ceil(v * (1 + options.approx_tolerance))
    if q == "upTo":
        return 0, (claim.high if claim.high is not None else v)
    if q == "lessThan":
        return 0, v - 1
    low = claim.low if claim.low is not None else v
    return low, (claim.high if claim.high is not None else v)
