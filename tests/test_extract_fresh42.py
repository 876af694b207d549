"""Rules written in the session that brought data/dev/fresh42 to fresh45, each on real text."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.fullnames import full_person_name
from tallygraph.extract.segment import body_blocks, sentence_blocks

from .conftest import claims_of


def test_a_lead_opening_with_an_honorific_in_capitals_is_one_sentence(nlp: Language) -> None:
    text = (  # fresh40 roadtolls-06, kwaranews.com
        "MR. Boboye Oyeyemi, the Corps Marshal of the Federal Road Safety Corps (FRSC), said on Wednesday that there "
        "were minimal vehicle crashes during Christmas.\n\n"
        "Oyeyemi commended the corps’ level of commitment and motorists for complying with traffic rules and "
        "regulations.\n\n"
        "The patrol was carried out along 20 designated corridors of the highways.\n\n"
        "“While 998 people were rescued alive, 187 people lost their lives”, Oyeyemi was quoted as saying."
    )
    first = sentence_blocks(body_blocks(text))[0].text
    assert first.startswith("MR. Boboye Oyeyemi") and first.endswith("during Christmas.")
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(998, "other:rescued", "Boboye Oyeyemi"), (187, "killed", "Boboye Oyeyemi")]


def test_a_surname_the_tagger_took_for_an_organisation_gets_its_full_name(nlp: Language) -> None:
    text = (  # fresh32 communal-12, IRIN
        "Radio Ghana quoted the deputy commander of police, Reynolds Kwakye, as saying that from Sunday, there had "
        "been a rampage in the town with people burning houses and vehicles. Kwakye said on Monday that 18 people "
        "had died, including two lorry drivers, while 23 had been arrested."
    )
    got = {(c.value, c.said_by) for c in claims_of(nlp, text)}
    assert {(18, "Reynolds Kwakye"), (23, "Reynolds Kwakye")} <= got


def test_a_full_name_for_a_tagged_organisation_needs_a_role_in_its_sentence() -> None:
    titles = ["spokesman", "commander", "mr"]
    text = "Flights to Southern Israel resumed. Israel said 12 people were hurt."
    assert full_person_name("Israel", text, titles, roles=["spokesman", "commander"]) == "Israel"
    text = "A spokesman for the agency, Sutopo Purwo Nugroho, told reporters. Nugroho said 14 died."
    assert full_person_name("Nugroho", text, titles, roles=["spokesman"]) == "Sutopo Purwo Nugroho"
