"""Rules written after the blind set data/dev/fresh20 was scored on arrival, each on real text from it
(landslides and avalanches; trafficking, kidnapping and forced-labour rescues)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency
from tallygraph.extract.naming import clean_name

from .conftest import claims_of


def test_an_outlet_described_then_named(nlp: Language) -> None:
    text = (  # landslides-04 (growglobal24)
        "It was confirmed that nine people are dead, 81 others are missing, while 23 people have been found safe, "
        "according to the Indonesian outlet Pos Kota."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Pos Kota"}


def test_what_an_outlet_is_is_not_its_name() -> None:
    assert clean_name("state broadcaster CCTV") == "CCTV"  # landslides-02 (a Reuters copy)
    assert clean_name("the Indonesian outlet Pos Kota") == "Pos Kota"
    assert clean_name("Xinhua news agency") == "Xinhua"


def test_the_office_of_a_post_is_a_name(nlp: Language) -> None:
    text = (  # trafficking-03 (The Epoch Times)
        "Various services and resources were also provided and offered to 13 possible victims of human "
        "trafficking, the sheriff’s office reported."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(13, "sheriff's office")]
    assert clean_name("the coastal enclave's health ministry") == "health ministry"


def test_wire_credits_without_a_dash_or_in_a_page_title() -> None:
    # trafficking-01 (NZ Herald carrying AP), landslides-06 (dainikdisha carrying Inditop.com)
    assert byline_agency("LONDON (AP) British police rescued 17 men, women and children, authorities said.") == "AP"
    assert byline_agency("Srinagar, Feb 9 (Inditop.com) Rescue operations were over by Tuesday.") == "Inditop.com"
    # landslides-02 (a Reuters copy): the page title ends in the agency
    title = "Six dead, scores missing hours after landslide buries Chinese village | Reuters\n\nBy Christian Shepherd"
    assert byline_agency(title) == "Reuters"
    # a caption's credit is the photograph's, not the story's (fresh9 quakes-03)
    caption = "Indonesia: Death toll reaches 22\n\nThe natural disaster has forced 1,700 people to flee.\n\n" * 2
    assert byline_agency(caption + "Mount Semeru volcano eruption | AFP\n") is None
    # no dateline: a name and its initials open a sentence
    assert byline_agency("Human Rights Watch (HRW) Researchers found 40 bodies.") is None


def test_agency_credits_above_the_story() -> None:
    # airstrikes-01 (Business Standard carrying AFP), fresh9 quakes-03 (Free Press Journal carrying IANS)
    assert (
        byline_agency("Business Standard\n\nAir strike in northeast Syria kills 11 civilians\n\nAFP Beirut\n") == "AFP"
    )
    assert byline_agency("Death toll reaches 22\n\nIANSUpdated: Tuesday, December 07, 2021, 09:14 AM IST\n") == "IANS"


def test_fractures_and_burns_are_injuries(nlp: Language) -> None:
    text = "Of the 17 injured soldiers, six have sustained multiple fractures."  # landslides-06 (Inditop.com)
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(17, "injured"), (6, "injured")]
