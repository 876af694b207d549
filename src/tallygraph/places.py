"""Which names are places: countries (Babel's territory names) and their subdivisions (pycountry's ISO 3166-2).

The recogniser knows "Hanoi" but not "Maharashtra", "Pahang" or "New South Wales"; these lists know them.
Names are compared without diacritics and case: "Cao Bang" is "Cao Bằng", "Izmir" is "İzmir".
"""

from __future__ import annotations

import unicodedata
from functools import cache

import pycountry
from babel import Locale

from tallygraph.lexicon import lexicon

__all__ = ["is_country", "is_state_abbreviation", "is_subdivision"]

# Subdivisions whose names are also everyday words or given names: "Centre", "Northern", "Most", "Victoria".
_AMBIGUOUS = frozenset({
    "centre", "center", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "coast", "littoral", "plateau", "lakes", "unity", "most", "victoria", "georgia", "nelson", "washington",
    "colon", "lima", "paris", "amazonas", "bolivar", "sucre",
})  # fmt: skip


def _folded(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return " ".join("".join(c for c in name if not unicodedata.combining(c)).casefold().replace("-", " ").split())


@cache
def _countries() -> frozenset[str]:
    return frozenset(_folded(name) for code, name in Locale("en").territories.items() if code.isalpha())


@cache
def _subdivisions() -> frozenset[str]:
    return frozenset(_folded(s.name) for s in pycountry.subdivisions) - _AMBIGUOUS


def is_country(name: str) -> bool:
    """ "Azerbaijan", "the Philippines": a country's name."""
    folded = _folded(name)
    return folded in _countries() or folded.removeprefix("the ") in _countries()


def is_subdivision(name: str) -> bool:
    """ "Maharashtra", "KwaZulu-Natal", "Cao Bang": a province, state or region of a country (not a country)."""
    folded = _folded(name)
    return folded in _subdivisions() and not is_country(name)


def is_state_abbreviation(name: str) -> bool:
    """ "WIS.", "Calif.": a US state as a dateline abbreviates it."""
    return name.strip().casefold() in {a.casefold() for a in lexicon()["state_abbreviations"]}
