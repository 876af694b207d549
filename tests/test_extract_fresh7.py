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


def test_a_quotation_over_two_sentences_is_the_speakers_even_when_the_next_one_opens(nlp: Language) -> None:
    # The parser ends the second sentence with the quotation mark that opens the third.
    text = (
        '"The bandits killed 11 people in Dantakuri. One person was killed and another injured in nearby Barza," '
        'Abbas said. "In all, we lost 12 people in the attacks which began around 5:00 pm (1600GMT) on Sunday," '
        "he said."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(11, "killed", "Abbas"), (1, "killed", "Abbas"), (1, "injured", "Abbas"), (12, "killed", "Abbas")]


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        (
            '"I can confirm the killing of four people in Tsayau but we are awaiting reports from the other '
            'areas," Gezawa said.',
            4,
            "killed",
        ),
        (
            '"They came around 12:30 am and took away six people and several of our livestock," local Haruna '
            "Ibrahim said.",
            6,
            "captured",
        ),
        (
            "MEXICO CITY (AP) – Investigators said Thursday they found 166 skulls in clandestine burial pits in "
            "the state of Veracruz, one of the largest mass graves ever discovered in Mexico.",
            166,
            "remains-found",
        ),
        (
            "In the meantime, the mayor of Tarhouna Mohammed Al-Kesher said the total of recovered bodies from mass "
            "graves since July 2020 had exceeded 340 ones.",
            340,
            "remains-found",
        ),
    ],
)
def test_what_is_counted(nlp: Language, text: str, value: int, counts: str) -> None:
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(value, counts)]


def test_ones_stands_for_the_people_counted_before_it(nlp: Language) -> None:
    text = (
        "So far, 80 mass graves have been found in Tarhouna, where 232 bodies – only 65 ones identified – have "
        "been recovered, according to the Authority, which added that the identification is made through DNA tests."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(232, "remains-found"), (65, "identified")]


def test_a_body_taken_away_is_no_captive(nlp: Language) -> None:
    text = (  # data/dev/fresh6, accidents-05
        "“Eight deaths were recorded, two women in their thirties, four men in their thirties, one child, one body "
        "taken away by the family,” according to a preliminary health ministry report obtained by AFP."
    )
    body = next(c for c in claims_of(nlp, text) if c.quote.startswith("one body"))
    assert body.counts == "killed"
