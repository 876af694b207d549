"""Rules from the session that added fresh186 to fresh189 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_closing_verb_read_as_a_participle_of_the_speaker(nlp: Language) -> None:
    text = (  # fresh54 colombia-10 (Breaking Latest News on killings of social leaders in Colombia)
        "At least 77 human rights defenders and social leaders were assassinated in the first half of 2023 in "
        "Colombia, the acting deputy director of Human Rights Watch (HRW) for the Americas, Juan Pappier, reported "
        "on Thursday.\n"
    )
    assert _claim(claims_of(nlp, text), "77 human rights defenders").said_by == "Juan Pappier"
    # a participle that describes a count is still no statement
    text = "At least 77 people were killed in the first half of 2023 in Colombia, with 30 people reported missing.\n"
    assert all(c.said_by == "reporter" for c in claims_of(nlp, text))


def test_a_statement_from_a_company_speaks_for_it(nlp: Language) -> None:
    text = (  # fresh149 cruiseships-08 (TravelMole on the Star Princess fire)
        "One fatality in cruise ship blaze\n\nOne passenger died of a heart attack when a fire broke out in the early "
        "hours of yesterday morning on board Star Princess in the Caribbean.\n\n"
        "The ship was carrying 2,690 passengers including 66 UK-booked passengers, none of whom was injured as a "
        "result of the fire, a statement from the US cruise line said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "2,690 passengers").said_by == "US cruise line"
    assert _claim(claims, "66 UK-booked").said_by == "US cruise line"


def test_a_few_already_named_speak(nlp: Language) -> None:
    text = (  # fresh83 korea-11 (Focus Taiwan on the 2024 Hualien earthquake)
        "However, the hotel reported earlier that three of its employees walked to the hotel from nearby Jiuqudong "
        "and confirmed that the other 47 employees were safe.\n\n"
        "In addition, the three employees said that over 20 tourists are still trapped near Jiuqudong, but are also "
        "safe and waiting to be rescued.\n"
    )
    assert _claim(claims_of(nlp, text), "over 20 tourists").said_by == "employees"


def test_a_speaker_told_an_outlet_seeking_anonymity(nlp: Language) -> None:
    text = (  # fresh140 garmentfactories-02 (Bangladesh Chronicle on the Ashulia unrest)
        "Thousands of workers returned to their workplace on Thursday morning and no untoward incident took place, "
        "a commercial officer of a garment factory told The Daily Star seeking anonymity.\n"
    )
    claim = _claim(claims_of(nlp, text), "Thousands of workers")
    assert (claim.said_by, claim.via) == ("commercial officer of a garment factory", ["Daily Star"])


def test_locals_speak(nlp: Language) -> None:
    text = (  # fresh56 myanmar-09 (Prothom Alo on a junta raid in Sagaing)
        "Myanmar junta troops killed at least 10 people and torched hundreds of houses during a raid on a village as "
        "fighting rages in a hotspot of opposition to the coup, locals and media reports said.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 10 people").said_by == "locals and media reports"


def test_reports_named_after_a_passive_are_the_source(nlp: Language) -> None:
    text = (  # fresh158 hailstorms-10 (The Swift News on the Kalangala storm)
        "At least four people were confirmed dead in the morning hours, according to local reports. The powerful "
        "winds razed dozens of homes and destroyed crop gardens across the region.\n"
    )
    assert _claim(claims_of(nlp, text), "four people").said_by == "local reports"
    # reports named beside a speaker are still the speaker's
    text = "Police said at least four people were confirmed dead, according to reports.\n"
    assert _claim(claims_of(nlp, text), "four people").said_by == "Police"


def test_a_statement_by_the_group_named_before(nlp: Language) -> None:
    text = (  # fresh115 healthcare-06 (The Republic, AP, on the MSF staff killed in Tigray)
        "NAIROBI, Kenya — The medical charity Doctors Without Borders says it is “horrified by the brutal murder” of "
        "three colleagues in Ethiopia’s Tigray region, the latest attack on humanitarian workers helping civilians in "
        "the deadly conflict there.\n\n"
        "A statement by the aid group, also known by its French acronym MSF, says two Ethiopian colleagues and one "
        "from Spain were found dead on Friday, a day after colleagues lost contact with them while they were "
        "traveling.\n"
    )
    assert _claim(claims_of(nlp, text), "two Ethiopian colleagues").said_by == "Doctors Without Borders"
