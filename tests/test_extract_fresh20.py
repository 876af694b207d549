"""Rules written after the blind set data/dev/fresh20 was scored on arrival, each on real text from it
(landslides and avalanches; trafficking, kidnapping and forced-labour rescues)."""

from __future__ import annotations

from spacy.language import Language

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
