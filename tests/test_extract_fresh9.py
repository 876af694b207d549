"""What is counted and who speaks, on real sentences from the blind set data/dev/fresh9 (migrant boats and
ferries capsizing; earthquakes, a tower collapse, an eruption, a mine disaster, a plant explosion)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_those_a_vessel_carried_are_on_board(nlp: Language) -> None:
    text = (  # shipwrecks-05 (AP copy), shipwrecks-01 (News.Az)
        "The Geneva-based agency said reports indicated a second boat with 247 people on board that made a similar "
        "journey capsized a day later, with only 21 survivors.\n\n"
        "In a statement issued on Monday, the International Organization for Migration (IOM) said the vessel, which "
        "was carrying 55 people, overturned north of the coastal city of Zuwara on February 6."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(247, "other:on-board"), (21, "other:survivors"), (55, "other:on-board")]


def test_there_were_people_on_board(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "There were 34 people on board at the time.")  # shipwrecks-04
    assert claim.counts == "other:on-board"


def test_the_living_pulled_from_rubble_are_not_remains(nlp: Language) -> None:
    text = (  # quakes-02 (Business Recorder carrying AFP)
        "The Red Cross said 20 bodies have been recovered while 50 injured people were pulled out of the rubble. "
        '"More corpses have been recovered. We now have 20 dead and 50 survivors.'
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(20, "remains-found"), (50, "injured"), (20, "killed"), (50, "other:survivors")]


def test_survivors_whose_own_verb_says_what_befell_them(nlp: Language) -> None:
    # the survivor noun gives way to its verb
    (claim,) = claims_of(nlp, "Three survivors later died in hospital, the Red Cross said.")
    assert claim.counts == "killed"
