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


# Rules written after fresh226 to fresh229 arrived, on their sentences (they are development sets now).


def test_people_named_for_what_they_do_to_animals_are_people(nlp: Language) -> None:
    text = (  # fresh229 poachers-02 (The Daily Star, on a "gunfight" in the Sundarbans, 2015)
        "Six alleged tiger poachers were killed in a “gunfight” with police in the Sundarbans yesterday afternoon.\n"
    )
    assert _claim(claims_of(nlp, text), "Six alleged tiger poachers").counts == "killed"
    text = (  # fresh43 wildlife-02: the animals' deaths still count no people
        "According to Namibia Press Agency, Minister of Environment Dammika Patabendi addressed parliament, revealing "
        "that 1,466 elephant deaths occurred between 2015 and 2019, with an additional 2,011 fatalities recorded from "
        "2020 to 2024.\n"
    )
    assert all(c.value != 1466 for c in claims_of(nlp, text))


def test_those_who_lost_their_lives_are_people(nlp: Language) -> None:
    text = (  # fresh229 smugglers-12 (IranWire, on Baluch fuel carriers, 2024)
        "At least 27 Baluch fuel carriers have lost their lives over the past 11 days, an activist news website "
        "reported.\n"
    )
    claim = _claim(claims_of(nlp, text), "27 Baluch fuel carriers")
    assert (claim.value, claim.counts) == (27, "killed")


def test_a_list_of_places_a_colon_opens_after_a_first_item_that_says_what_it_counts(nlp: Language) -> None:
    text = (  # fresh226 yellowfever-09 (Finance Colombia, on yellow fever in Colombia, 2025)
        "Health authorities are urgently calling on everyone in Colombia to get vaccinated against yellow fever "
        "starting at nine months of age, including individuals over 59 years old.\n\n"
        "Confirmed cases are distributed across nine departments: Tolima (59 cases), Putumayo (7), Nariño (2), "
        "Caquetá (2), Huila (1), Vaupés (1), Cauca (1), Meta (1), and Caldas (1).\n"
    )
    claims = claims_of(nlp, text)
    # a fever names a disease: its cases are people who fell ill
    assert _claim(claims, "59 cases").counts == "other:cases"
    assert [c.value for c in claims] == [59, 7, 2, 2, 1, 1, 1, 1, 1]
    assert _claim(claims, "Putumayo (7)").counts == "other:cases"


def test_a_second_verb_of_speech_speaks_with_the_nearest_subject_of_the_first(nlp: Language) -> None:
    text = (  # fresh227 hepatitis-02 (UNHCR, on hepatitis E in South Sudan's refugee camps, 2013)
        "JUBA, South Sudan, February 15 (UNHCR) The UN refugee agency on Friday said that an outbreak of hepatitis E "
        "has affected more than 6,000 people in South Sudan refugee camps since July and added that 111 of them had "
        "died.\n"
    )
    assert _claim(claims_of(nlp, text), "111 of them").said_by == "UN refugee agency"


def test_a_post_before_a_name_with_a_particle_is_no_part_of_it(nlp: Language) -> None:
    text = (  # fresh229 poachers-03 (The Standard, on a shootout in Mt Elgon National Park, 2018)
        "County Commander Samson ole Kine told The Standard the poachers, believed to be from Uganda, had sneaked "
        "into the park and intended to kill elephants and remove their tusks.\n\n"
        "“KWS officers were on patrol inside the park when they spotted the poachers. A fierce shoot-out ensued and "
        "three of the poachers were gunned down while two others escaped. AK-47 rifles were recovered,” said Mr "
        "Kine.\n"
    )
    assert _claim(claims_of(nlp, text), "three of the poachers").said_by == "Samson ole Kine"
