"""Who said a figure and what it counts, on real sentences from the blind sets data/dev/fresh2 and
data/dev/fresh3: speakers behind titles and participles, an outlet's own tally, and wire credits."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import claims_of


def test_a_participle_of_speech_speaks_with_its_heads_subject(nlp: Language) -> None:
    text = (
        "The number was also confirmed by Siranush Sahakyan, the Armenian prisoners of war's representative at "
        "the ECtHR.\n\n"
        '"Our fact-gathering was able to substantiate at least 80 additional cases of being captured," she notes, '
        'adding, "Unfortunately, there were cases of about 40 people who, after being captured, were killed or '
        'shot to death."'
    )
    forty = next(c for c in claims_of(nlp, text) if c.value == 40)
    assert (forty.said_by, forty.counts) == ("Siranush Sahakyan", "killed")


def test_a_person_behind_a_title_the_parser_read_as_an_organisation(nlp: Language) -> None:
    text = (
        "Artsakh's Human Rights Defender Gegham Stepanyan on Wednesday said that as a result of Azerbaijan's "
        "large-scale attack on Artsakh on Tuesday, 200 people were killed and over 400 people were injured, "
        "among them children."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Gegham Stepanyan"}


def test_a_wire_credit_glued_to_its_date_an_inner_dateline_and_the_outlets_own_tally(nlp: Language) -> None:
    text = (
        "AFP24 May 2025 | 10:40\n\n"
        "GAZA CITY - Gaza's civil defence agency said Israeli strikes killed at least six people on Saturday "
        "across the Palestinian territory.\n\n"
        "Hamas's October 2023 attack on Israel that triggered the war resulted in the deaths of 1,218 people, "
        "mostly civilians, according to an AFP tally based on official figures."
    )
    claims = {c.value: c for c in claims_of(nlp, text)}
    assert (claims[6].said_by, claims[6].via) == ("Gaza's civil defence agency", ["AFP"])
    assert (claims[1218].said_by, claims[1218].via) == ("AFP", [])


def test_a_speaker_in_a_relative_clause_says_what_befell_a_part(nlp: Language) -> None:
    text = (
        "Militants also took 251 hostages, 57 of whom remain in Gaza, including 34 the Israeli military says are dead."
    )
    part = next(c for c in claims_of(nlp, text) if c.value == 34)
    assert (part.counts, part.said_by) == ("killed", "Israeli military")


def test_information_provided_by_an_office_and_that_office_named_again(nlp: Language) -> None:
    text = (
        "19 civilians – one little girl, seven women and 11 men – were killed in Azerbaijan's aggression against "
        "Nagorno-Karabakh (Artsakh) between September 27 and October 4, according to information provided by the "
        "office of the Human Rights Ombudsman of Artsakh.\n\n"
        "The Ombudsman's office said in an analysis that about 80 people were wounded in the reporting period, "
        "of which 60 sustained serious injuries."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"office of the Human Rights Ombudsman of Artsakh"}


def test_a_speaker_the_parser_left_without_a_subject_and_the_outlet_that_reported_them(nlp: Language) -> None:
    text = (
        "ICRC Armenia Communications and Prevention Manager Zara Amatuni, citing information that has been "
        "submitted by the families of those missing, said that around 700 people are missing from the first "
        "Artsakh War in the 1990s, and around 300 are missing from the second Artsakh War and the subsequent "
        "hostilities between 2020 and 2023, Armenpress reported."
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.said_by, c.via) for c in claims] == [
        (700, "Zara Amatuni", ["Armenpress"]),
        (300, "Zara Amatuni", ["Armenpress"]),
    ]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "counts"),
    [
        ("Azerbaijan's defence ministry said the country had lost 50 troops.", 50, "exact", "killed"),
        ("Putin said some 2,000 Artsakh civilians had sought shelter at the Russian base.", 2000, "approximately",
         "displaced"),
        ("Some 380,000 have taken refuge in government shelters or hotels, authorities said.", 380000,
         "approximately", "displaced"),
        ("He spoke of the forced disappearance of another 32 persons.", 32, "exact", "missing"),
        ("In exchange, Armenia handed over 15 people to Azerbaijan.", 15, "exact", "released"),
        ("Hamas released 24 hostages on Friday, officials said.", 24, "exact", "released"),
        ("The number of injured people among the civilian population exceeds 400 people.", 400, "moreThan",
         "injured"),
        ("A senior official said the number of Armenian captives in Baku is 55.", 55, "exact", "captured"),
    ],
)  # fmt: skip
def test_what_befell_people_from_the_verb_that_governs_them(
    nlp: Language, text: str, value: int, qualifier: str, counts: str | None
) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.qualifier == qualifier
    if counts is not None:
        assert claim.counts == counts


def test_an_inverted_outlet_after_a_citing_clause_that_names_no_source(nlp: Language) -> None:
    text = (
        "East Nusa Tenggara Governor Viktor Laiskodat warned that the death toll may further increase, citing the "
        "information he received from the field that over 100 people have been killed, reported Kyodo News."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.said_by, claim.via) == ("Viktor Laiskodat", ["Kyodo News"])


def test_a_quotation_over_two_sentences_belongs_to_the_speaker_after_it(nlp: Language) -> None:
    text = (
        "“The number of injured people among the civilian population exceeds 400 people, of whom 13 are children. "
        "There are 10 confirmed civilian deaths at the moment, among whom five are children,” Stepanyan explained "
        "in a social media post on Wednesday."
    )
    claims = claims_of(nlp, text)
    assert [c.value for c in claims] == [400, 13, 10, 5]
    assert {(c.said_by, tuple(c.via)) for c in claims} == {("Stepanyan", ("social media",))}


def test_a_quotation_closed_before_the_next_sentence_keeps_its_own_speaker(nlp: Language) -> None:
    text = "“We recovered 12 bodies,” the mayor said. Another 30 people were injured, police said."
    claims = {c.value: c for c in claims_of(nlp, text)}
    assert claims[12].said_by == "mayor" and claims[30].said_by == "police"


def test_prisoners_in_a_sentence_about_their_release_are_released(nlp: Language) -> None:
    text = "Russia and Ukraine swapped prisoners on Friday, with 95 Ukrainian POWs back home, officials said."
    claim = next(c for c in claims_of(nlp, text) if c.value == 95)
    assert claim.counts == "released"


def test_others_after_a_number_of_things_are_things(nlp: Language) -> None:
    text = (
        "More than 1,200 homes were destroyed, and 21,000 others were heavily damaged, they said. "
        "Five people died and 20 others were hurt."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(5, "killed"), (20, "injured")]


def test_in_someones_words_and_presumed_that_name_a_source_but_presumed_dead_does_not(nlp: Language) -> None:
    text = (
        "The explosion also left 290 Karabakh Armenians wounded.\n\n"
        "In Stepanian's words, 168 people were taken to hospitals in Armenia earlier in the day.\n\n"
        "Sea-Watch presumed that the lost boat was carrying 85 people.\n\n"
        "Most of the 401 people listed as missing by Rio's state government are presumed dead."
    )
    claims = {c.value: c for c in claims_of(nlp, text)}
    assert claims[168].said_by == "Stepanian"
    assert claims[85].said_by == "Sea-Watch"
    assert claims[401].said_by == "Rio's state government"
