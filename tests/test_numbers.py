"""Numbers and hedges, on real sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tallygraph.extract.numbers import find_numbers, parse_number
from tallygraph.model import bounds_from_wording


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["4,000"], 4000),
        (["twelve"], 12),
        (["two", "million"], 2_000_000),
        (["2.5", "million"], 2_500_000),
        (["seven"], 7),
    ],
)
def test_parse_number(words: list[str], value: int) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier", "hedge"),
    [
        (
            "In September, at least 286 people were killed on both sides.",
            286,
            "atLeast",
            "at least",
        ),
        (
            "The six-week war in 2020 claimed the lives of more than 6,500 troops from both sides.",
            6500,
            "moreThan",
            "more than",
        ),
        ("Over 4,000 Azerbaijani citizens became missing.", 4000, "moreThan", "over"),
        ("The fate of nearly 4,000 Azerbaijanis is still unknown.", 4000, "nearly", "nearly"),
        (
            "Moscow deployed about 2,000 Russian peacekeepers to oversee the fragile truce.",
            2000,
            "approximately",
            "about",
        ),
        (
            "Remains of some 309 bodies were discovered during road works.",
            309,
            "approximately",
            "some",
        ),
        (
            "The remains belong to at least five individuals, with two likely being minors.",
            2,
            "approximately",
            "likely",
        ),
        ("Up to 40 people may have died, officials said.", 40, "upTo", "up to"),
    ],
)
def test_hedges(nlp: Language, sentence: str, value: int, qualifier: str, hedge: str) -> None:
    sent = next(nlp(sentence).sents)
    found = [m for m in find_numbers(sent) if m.value == value]
    assert found, [m.value for m in find_numbers(sent)]
    assert (found[-1].qualifier, found[-1].hedge) == (qualifier, hedge)


def test_vague_quantities_follow_acled(nlp: Language) -> None:
    sent = next(nlp("Dozens of civilians were wounded and hundreds of people fled.").sents)
    got = [(m.value, m.qualifier, m.hedge) for m in find_numbers(sent)]
    assert got == [(12, "approximately", "dozens"), (100, "approximately", "hundreds")]


@pytest.mark.parametrize(
    ("qualifier", "value", "bounds"),
    [
        ("exact", 5, (None, None)),
        ("atLeast", 5, (5, None)),
        ("moreThan", 4000, (4001, None)),
        ("nearly", 120000, (None, 119999)),
        ("upTo", 40, (None, 40)),
        ("lessThan", 10, (None, 9)),
    ],
)
def test_bounds_in_claims_files_follow_the_gold_format(
    qualifier: str, value: int, bounds: tuple[int | None, int | None]
) -> None:
    assert bounds_from_wording(qualifier, value) == bounds
