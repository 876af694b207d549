"""Rules from the session that added fresh226 onwards, written on older sets before those arrived, each on a real
sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_who_disclosed_these_figures_gave_the_ones_just_before(nlp: Language) -> None:
    text = (  # fresh176 erosion-09 (GNA, on tidal waves in the Ketu South Municipality, 2025)
        "Other affected communities include Salakope, with 31 households and 172 residents displaced; and Amutinu, "
        "where 49 households were partially affected, impacting 318 people.\n\n"
        "Mr. Pascal Agbagba, the Volta Regional Director of Operations at NADMO, disclosed these figures during a "
        "crisis meeting attended at the Ketu South Municipal Assembly at Tokor on Friday, February 28, 2025.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "172 residents").said_by == "Pascal Agbagba"
    assert _claim(claims, "318 people").said_by == "Pascal Agbagba"


def test_who_revealed_this_development_gave_the_figures_just_before(nlp: Language) -> None:
    text = (  # fresh189 outbreaks2-02 (gharticles.com, on meningitis in Ghana's Upper West region, 2024)
        "A recent outbreak of Cerebrospinal Meningitis (CSM) in the Upper West region has led to the deaths of four "
        "individuals, with a total of 18 reported cases since January 2024.\n\n"
        "Dr. Collins Boateng Danquah, the Deputy Upper West Regional Director of Public Health, revealed this "
        "concerning development during a recent interview.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "four individuals").said_by == "Collins Boateng Danquah"
    assert _claim(claims, "18 reported cases").said_by == "Collins Boateng Danquah"


def test_a_post_in_capitals_before_the_name_is_the_persons(nlp: Language) -> None:
    text = (  # fresh190 fevers-01 (This Day, on Lassa fever in Ondo State, 2020)
        "Akure — Ondo State Government yesterday confirmed that the state this year recorded 84 cases of Lassa fever "
        "while 16 people have been killed by the disease so far this year.\n\n"
        "The state Epidemiologist, Dr. Steven Fagbemi, disclosed this figure while briefing the state Governor, "
        "Oluwarotimi Akeredolu, and Local Government Area chairmen from Ondo North and Central senatorial districts "
        "at the governor's office in Akure, the state capital.\n\n"
        "Fagbemi said 16 of the patients had died as their cases had reached advanced stage before they were brought "
        "to hospitals.\n\n"
        "The epidemiologist added that 47 patients currently on admission were responding to treatment, while 21 "
        "persons had already been treated and discharged.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "47 patients").said_by == "Steven Fagbemi"
    assert _claim(claims, "16 of the patients").said_by == "Steven Fagbemi"


def test_a_joint_credit_splits_at_its_slash_when_an_agency_has_a_space(nlp: Language) -> None:
    text = (  # fresh148 parliaments-05 (crimewatch.gaeatimes.com, on an attack on the Chechen parliament, 2010)
        "Grozny, Oct 19 (IANS/RIA Novosti) Three people were killed and 17 injured Tuesday morning when militants "
        "attacked the parliament of Russia’s republic of Chechnya, authorities said.\n"
    )
    claim = _claim(claims_of(nlp, text), "Three people")
    assert (claim.said_by, claim.via) == ("authorities", ["IANS", "RIA Novosti"])


def test_an_agency_in_lower_case_after_its_description_is_named(nlp: Language) -> None:
    text = (  # fresh217 hospitalfires-10 (upday, on a fire at a hospital in Hamburg)
        "The fire department said three adult patients were killed and more than 50 people injured, the German news "
        "agency dpa reported.\n"
    )
    claim = _claim(claims_of(nlp, text), "three adult patients")
    assert (claim.said_by, claim.via) == ("fire department", ["dpa"])
