"""Rules written after the blind set data/dev/fresh10 was scored on arrival, each on a real sentence from it
(kidnappings, hostage and prisoner exchanges; a wildfire, an avalanche, a cold wave, a stampede)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_a_place_and_a_title_before_a_name_are_not_the_name(nlp: Language) -> None:
    text = (  # hostages-01 (EdexLive carrying AP)
        "However, Kaduna Gov Uba Sani told local media that only 137 young people had been abducted."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.said_by, claim.via) == ("Uba Sani", ["local media"])


def test_prisoners_exchanged_are_released_though_once_captured(nlp: Language) -> None:
    text = (  # hostages-05 (Daijiworld carrying IANS)
        "Moscow/Kiev, Jun 1 (IANS): Russia and Ukraine have each exchanged 75 prisoners who were captured during "
        "their ongoing war, the Russian Defence Ministry said."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.value, claim.counts, claim.said_by) == (75, "released", "Russian Defence Ministry")
