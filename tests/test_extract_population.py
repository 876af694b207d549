"""How many live in a place is a population, not a toll: phrases from the dev sets' articles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import claims_of

POPULATIONS = [
    ("Goma, a city of some two million people, fell to the M23 rebels.", 2_000_000),  # fresh57 congo-10
    ("Some 80,000 people lived in Nyanzale town before the attack.", 80_000),  # fresh57 congo-04
    ("The Taliban now rule Afghanistan’s 38 million people.", 38_000_000),
    ("The camp has a population of 100,000.", 100_000),
    ("Madagascar’s 22 million population depends on farming.", 22_000_000),
    ("It is a country of four million.", 4_000_000),
    ("The island is home to 23,000 people.", 23_000),
]


@pytest.mark.parametrize(("text", "value"), POPULATIONS)
def test_a_population(nlp: Language, text: str, value: int) -> None:
    claims = claims_of(nlp, text + "\n")
    assert [(c.value, c.counts) for c in claims] == [(value, "other:population")]


def test_what_befell_a_places_people_or_who_they_are_is_no_population(nlp: Language) -> None:
    text = (
        "Gaza’s 2.3 million people have been displaced, the UN said.\n\n"
        "The patrol was passing through the Zam Zam camp, home to around 200,000 displaced people.\n\n"
        "At least 12 people were killed in the town of Bor.\n"
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [
        (2_300_000, "displaced"),
        (200_000, "displaced"),
        (12, "killed"),
    ]
