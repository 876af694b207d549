"""Speakers on real sentences from the blind sets data/dev/fresh5 and fresh6: an "according to" that closes a
clause of its own, a source named with where it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import claims_of


def test_according_to_at_the_end_covers_the_clause_it_closes(nlp: Language) -> None:
    text = (
        "Five people were killed Saturday morning in an Israeli airstrike on Rafah, Palestinian sources said, "
        "while six died in an aerial attack Friday night, according to a top source at the Health Ministry in Gaza."
    )
    by_value = {c.value: c for c in claims_of(nlp, text)}
    assert (by_value[5].said_by, by_value[5].via) == ("Palestinian sources", [])
    assert (by_value[6].said_by, by_value[6].via) == ("Health Ministry in Gaza", [])


def test_according_to_after_a_plain_statement_covers_it_all(nlp: Language) -> None:
    text = "Five people were killed in an airstrike on Rafah on Saturday, according to the Health Ministry."
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "Health Ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to investigators at the site, a total of 38 skeletal remains have been recovered so far.",
            "investigators at the site",
        ),
        (
            "Local officials in the South Darfur state said that about 200 armed men attacked the village and "
            "killed 12 people.",
            "Local officials in the South Darfur state",
        ),
        (
            "More than 2,500 people were killed or injured, the United Nations Integrated Office in Haiti (BINUH) "
            "said.",
            "United Nations Integrated Office in Haiti",
        ),
    ],
)
def test_a_source_is_named_with_where_it_is(nlp: Language, text: str, source: str) -> None:
    assert claims_of(nlp, text)[-1].said_by == source
