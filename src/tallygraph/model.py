"""Plain data classes for articles, figure claims and attributions (no rdflib here)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = [
    "QUALIFIERS",
    "REPORTER",
    "Article",
    "ArticleClaims",
    "Attribution",
    "Characterisation",
    "Claim",
    "EventInfo",
    "bounds_from_wording",
]

REPORTER = "reporter"
"""The ``said_by`` value for a figure stated in the outlet's own voice."""

QUALIFIERS = (
    "exact",
    "atLeast",
    "moreThan",
    "approximately",
    "nearly",
    "upTo",
    "lessThan",
    "range",
)


@dataclass(frozen=True)
class Article:
    """One loaded article: its text exactly as read and the metadata known about it."""

    file: str
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    source_format: str = "txt"

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the UTF-8 text (the article's identity)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class EventInfo:
    """What a claims file says about one event slug."""

    label: str
    kind: str | None = None
    place: str | None = None
    year: str | None = None
    wikidata: str | None = None


@dataclass
class Claim:
    """A figure as a claim: value, bounds its wording implies, what, about what, by whom."""

    quote: str
    value: int
    qualifier: str = "exact"
    counts: str = "other:unknown"
    population: str = ""
    event: str = "unknown-event"
    said_by: str = REPORTER
    via: list[str] = field(default_factory=list)
    low: int | None = None
    high: int | None = None
    part_of: str | None = None
    start: int | None = None
    end: int | None = None
    hedge: str | None = None
    status: str = "claim"


@dataclass
class Characterisation:
    """A characterising word ("genocide", "liberated") as someone's claim, with its quote."""

    quote: str
    term: str
    target: str
    said_by: str = REPORTER
    via: list[str] = field(default_factory=list)
    start: int | None = None
    end: int | None = None


@dataclass
class Attribution:
    """Who reports, cites or quotes whom, with the cue words."""

    reporter: str
    source: str
    cue: str


@dataclass
class ArticleClaims:
    """Everything a claims file holds for one article."""

    file: str
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    sha256: str | None = None
    claims: list[Claim] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    characterisations: list[Characterisation] = field(default_factory=list)
    events: dict[str, EventInfo] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)
    generated_by: str | None = None


STRICT_UPPER = ("fewer than", "less than", "under")
"""Hedges whose upper bound excludes the number ("fewer than 10" -> at most 9)."""


def bounds_from_wording(qualifier: str, value: int, hedge: str | None = None) -> tuple[int | None, int | None]:
    """The inclusive bounds a hedge implies, as the gold format writes them.

    Open sides are ``None``; "exact" and "approximately" carry no explicit bounds
    in a claims file (the graph computes an interval for "approximately").

    >>> bounds_from_wording("moreThan", 4000)
    (4001, None)
    >>> bounds_from_wording("nearly", 4000)
    (None, 3999)
    """
    if qualifier == "atLeast":
        return value, None
    if qualifier == "moreThan":
        return value + 1, None
    if qualifier == "nearly":
        return None, value - 1
    if qualifier == "upTo":
        return None, (value - 1 if hedge in STRICT_UPPER else value)
    if qualifier == "lessThan":
        return None, value - 1
    return None, None
