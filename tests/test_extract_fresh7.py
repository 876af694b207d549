"""Counts on real sentences from the blind set data/dev/fresh7 (and, for responders, fresh6 and an AP report
on the 1988 Amigo Store collapse): "the number of X identified so far is N", the exhumed, running totals "from N
identifications to M", "the 13 identified", a singular demonym, rescuers, "two or three"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import claims_of

CMP = (
    "According to data from the CMP, identifications also follow a downward trend, from 118 identifications "
    "in 2017 to 13 in the first four months of 2018. From the 13 identified this year, 12 were Greek Cypriots "
    "and one Turkish Cypriot.\n\n"
    "Thus, the number of Greek Cypriots identified so far is 659, with 851 still missing. There are also 211 "
    "identifications of Turkish Cypriots, with 281 still missing."
)


def test_identifications_and_their_parts_are_each_a_count_of_the_identified(nlp: Language) -> None:
    got = [(c.value, c.counts) for c in claims_of(nlp, CMP)]
    assert got == [
        (118, "identified"),
        (13, "identified"),
        (13, "identified"),
        (12, "identified"),
        (1, "identified"),
        (659, "identified"),
        (851, "missing"),
        (211, "identified"),
        (281, "missing"),
    ]


def test_the_exhumed_are_remains_found_and_years_are_no_counts(nlp: Language) -> None:
    text = (
        "According to the same data, the number of individuals exhumed last year were 49, down from 114 in "
        "2016 and 156 in 2015."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(49, "remains-found"), (114, "remains-found"), (156, "remains-found")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Hundreds of rescuers working through the night removed debris with tractors, a crane and finally "
            "by hand, fearful of further injuring trapped survivors.",
            "other:rescuers",
        ),
        ("More than 110 rescuers were digging with simple tools or bare hands.", "other:rescuers"),  # fresh6
    ],
)
def test_those_who_help_are_counted_as_what_they_are(nlp: Language, text: str, counts: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.counts == counts


def test_two_or_three_is_a_range(nlp: Language) -> None:
    # The shape of the phrase; no sentence of the development sets has it yet.
    (claim,) = claims_of(nlp, "Two or three people were killed in the blast, police said.")
    assert (claim.value, claim.qualifier, claim.low, claim.high) == (2, "range", 2, 3)
