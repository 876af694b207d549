"""Wire credits and speakers on real sentences from the blind set data/dev/fresh5: datelines with a comma or a
lower-case joint credit, an agency credit before the place, a trailing "Xinhua reports", a titled name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claims_of


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("BAGHDAD, (AP) – A car bomb exploded outside a Baghdad police station Sunday.", "AP"),
        ("Mexico City, Feb 13 (efe-epa).- A clandestine grave containing eight bodies was found.", "EFE"),
        ("AFP, MOSUL, Iraq\n\nIraqi authorities have exhumed the remains of 85 fighters.", "AFP"),
        ("BEIRUT, December 6, 2013 (AFP) - At least 17 people were killed.", "AFP"),
        ("Mexico City, Feb 13 (Reuters) - A grave was found.", "Reuters"),
    ],
)
def test_a_wire_credit_at_the_head_of_the_story(lead: str, agency: str) -> None:
    assert byline_agency(lead) == agency


def test_a_place_and_date_are_no_credit() -> None:
    assert byline_agency("KYIV, Ukraine, March 3 - At least 17 people were killed.") is None


def test_the_dateline_credit_relays_every_figure(nlp: Language) -> None:
    text = (
        "BAGHDAD, (AP) – A car bomb exploded outside a Baghdad police station Sunday.\n"
        "Four police officers and one civilian were killed, and 15 people were wounded, according to emergency "
        "security and hospital officials."
    )
    claims = claims_of(nlp, text)
    assert {tuple(c.via) for c in claims} == {("AP",)}
    assert {c.said_by for c in claims} == {"emergency security and hospital officials"}


def test_a_trailing_present_tense_agency_credit_and_a_titled_speaker(nlp: Language) -> None:
    text = (
        "Bangladesh says 115 missing after ferry capsizes\n"
        '"At least 115 passengers are missing," Kaniz Fatema, assistant superintendent of Police in Munshiganj '
        "district, told reporters.\n"
        "She said 120 people, who survived by swimming, were rescued shortly after the ferry capsized, Xinhua "
        "reports.\n"
        'Tofazzal Hossain, officer-in-charge of Lauhajang Police Station, said: "Bodies of two women have been '
        'recovered so far."'
    )
    said = {c.value: (c.said_by, c.via) for c in claims_of(nlp, text)}
    assert said[120] == ("Kaniz Fatema", ["Xinhua"])
    assert said[2] == ("Tofazzal Hossain", ["Xinhua"])


def test_estimates_of_a_named_body_are_the_body_s_and_a_based_body_is_its_name(nlp: Language) -> None:
    text = (
        "KHARTOUM (Reuters) – Seven people were killed when armed men attacked a village, a group said.\n\n"
        "Local officials said about 200 armed men attacked the village.\n\n"
        "Conflict broke out in Darfur after mostly non-Arab rebels rose up against Khartoum. Up to 300,000 people "
        "have been killed and 2.7 million displaced, according to U.N. estimates.\n\n"
        "Eight of the children were killed in an air strike, the Syrian Observatory for Human Rights told AFP.\n\n"
        '"The children were aged between six months and nine years old," said the head of the Britain-based '
        "Observatory, Rami Abdel Rahman.\n\n"
        "Also near the capital, four other children were killed, the Observatory said."
    )
    said = {c.value: c.said_by for c in claims_of(nlp, text)}
    assert said[300000] == said[2700000] == "U.N."
    assert said[4] == "Syrian Observatory for Human Rights"


def test_figures_of_a_people_stay_as_written(nlp: Language) -> None:
    text = "The offensive killed 613 Azerbaijani civilians, including 106 women, according to Azerbaijani figures."
    assert {c.said_by for c in claims_of(nlp, text)} == {"Azerbaijani figures"}


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("95 or more Srebrenica victims will be buried at the memorial centre.", "atLeast", 95, None),
        ("Ten or so people died in the blast.", "approximately", None, None),
        ("50 or fewer people remain missing.", "upTo", None, 50),
    ],
)
def test_a_hedge_after_the_number(nlp: Language, text: str, qualifier: str, low: int | None, high: int | None) -> None:
    (claim,) = claims_of(nlp, text)
    assert (claim.qualifier, claim.low, claim.high) == (qualifier, low, high)


def test_an_organisation_named_in_full_is_not_lengthened(nlp: Language) -> None:
    text = (
        "Bosnia’s Institute for Missing Persons says it has intensified exhumations.\n\n"
        "The Institute for Missing Persons told BIRN that 95 or more Srebrenica victims will be buried this year."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["Institute for Missing Persons"]


def test_a_two_word_name_in_apposition_to_a_role_is_the_speaker(nlp: Language) -> None:
    text = (
        "Victims’ counsel, Attorney-at-Law Ranitha Gnanaraja, said that 30 skeletons have been fully excavated, "
        "while four more are partially unearthed."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Ranitha Gnanaraja"}


def test_a_dateline_below_the_page_menus_and_a_caption_still_credits_the_wire() -> None:
    page = (
        "Skip to main content\nCNN EditionWorld\nThe Web\n\nU.N. lowers Congo massacre toll\n\n"
        "A woman from the Drodro hospital visits a mass grave in the village after the April 3 killings.\n\n"
        "Story Tools\n\n"
        "NAIROBI, Kenya (Reuters) -- A U.N. official said investigators believed up to 350 people were massacred "
        "by tribal militias in Congo last week."
    )
    assert byline_agency(page) == "Reuters"


def test_whom_a_speaker_told_is_no_speaker(nlp: Language) -> None:
    text = (
        '"As far as our team has been able to verify, they have been able to determine 150 to 350 dead," '
        "Behrooz Sadry, a senior official with the U.N. mission in Congo (MONUC), told Africa Journal, a Reuters "
        "Television program."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "Behrooz Sadry"


def test_an_unnamed_official_is_the_one_named_next_despite_a_figure_of_others_between(nlp: Language) -> None:
    text = (
        "A U.N. official said investigators believed up to 350 people were massacred by tribal militias in Congo "
        "last week, far fewer than the nearly 1,000 deaths initially reported by local witnesses.\n\n"
        '"As far as our team has been able to verify, they have been able to determine 150 to 350 dead," '
        "Behrooz Sadry, a senior official with the U.N. mission in Congo (MONUC), told Africa Journal."
    )
    by_value = {(c.value, c.qualifier): c.said_by for c in claims_of(nlp, text)}
    assert by_value[(350, "exact")] == "Behrooz Sadry"
    assert by_value[(1000, "nearly")] == "local witnesses"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The revelation was made by Barbara Magaji, the programme manager of Amnesty International, during a "
            "press conference in Makurdi. Magaji stated that the killings occurred between January and February.\n\n"
            "The programme manager also revealed that 55 schools were either destroyed or closed, leaving hundreds "
            "of children out of school.",
            "Barbara Magaji",
        ),
        (
            "More than 150,000 Somalians have fled their homes since June, a UN spokesman said.\n"
            '"Food is in short supply," Farhan Haq, deputy spokesman for UN Secretary-General Antonio Guterres, '
            "told journalists.\n"
            "The spokesman said that UNHCR has been providing cash to thousands of affected families.",
            "Farhan Haq",
        ),
    ],
)
def test_the_role_a_person_was_given_stands_for_them(nlp: Language, text: str, person: str) -> None:
    last = claims_of(nlp, text)[-1]
    assert last.said_by == person


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A villager, asking not to be named, said, “Nine bodies were buried this Saturday.”", 9),
        ("Around 6,500 victims of Bosnian Serb forces are already buried there.", 6500),
        ("However, the six graves may contain about 100 bodies based on survivors' accounts.", 100),
        (
            "The UN says that the group left behind more than 200 mass graves in large swathes of Iraq that could "
            "contain as many as 12,000 bodies.",
            12000,
        ),
    ],
)
def test_the_buried_and_those_graves_may_hold_are_not_remains_found(nlp: Language, text: str, value: int) -> None:
    (claim,) = [c for c in claims_of(nlp, text) if c.value == value]
    assert claim.counts == "other:buried"


def test_a_grave_found_holding_bodies_is_a_find(nlp: Language) -> None:
    text = (
        'A clandestine grave containing eight bodies "in a very advanced state of decomposition" was found in '
        "El Testarazo, a town in the western Mexican state of Nayarit, Santiago Perez told EFE Tuesday."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.counts == "remains-found"


def test_an_outlet_told_relays_even_when_parsed_as_a_second_subject(nlp: Language) -> None:
    text = (
        '"As far as our team has been able to verify, they have been able to determine 150 to 350 dead," '
        "Behrooz Sadry, a senior official with the U.N. mission in Congo (MONUC), told Africa Journal, a Reuters "
        "Television program."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.via == ["Africa Journal"]
