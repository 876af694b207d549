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


def test_an_outlet_set_off_by_commas_reports(nlp: Language) -> None:
    text = (  # fresh189 boatfires-03 (thakoni on the Euroferry Olympia fire)
        "Rescue vessels took most to the island of Corfu where ambulances were waiting, according to Reuters, with "
        "nine missing and three trapped.\n\nCNN, meanwhile, are reporting that 11 people are missing.\n"
    )
    assert _claim(claims_of(nlp, text), "11 people").said_by == "CNN"


def test_a_quotation_in_single_marks_over_two_sentences(nlp: Language) -> None:
    text = (  # fresh189 boatfires-01 (UPI on the Scandinavian Star fire)
        "'We can confirm that 74 have been killed, but there seem many more still on board. We will only know the "
        "final toll after the fire is out,' said British Police Inspector Stephen Richas, who was assisting Swedish "
        "police at Lysekil.\n"
    )
    assert _claim(claims_of(nlp, text), "74 have been killed").said_by == "Stephen Richas"


def test_records_that_close_the_sentence_show(nlp: Language) -> None:
    text = (  # fresh188 shipattacks-08 (Report.az, Reuters, on the Tutor)
        "It was the third Houthi attack on a ship manned by Filipino seafarers since last year, with two Philippine "
        "sailors dying and 17 still held by militants, government data show.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two Philippine sailors").said_by == "government"
    assert _claim(claims, "17 still held").said_by == "government"


def test_one_of_a_group_named_speaks(nlp: Language) -> None:
    text = (  # fresh188 shipattacks-10 (defenceWeb on the Filitsa hijacking)
        "One of the pirates, Hassan, told Reuters by telephone from the coastal town of Haradheere that three of his "
        "colleagues were wounded while seizing the cargo ship late yesterday.\n"
    )
    assert _claim(claims_of(nlp, text), "three of his colleagues").said_by == "Hassan"


def test_an_owners_toll(nlp: Language) -> None:
    text = (  # fresh189 outbreaks2-01 (CGTN Africa on meningitis in Niger)
        "The government’s previous toll was 85 deaths and 908 cases, but the health ministry said cases were "
        "multiplying fast.\n"
    )
    assert _claim(claims_of(nlp, text), "85 deaths").said_by == "government"
    # an event's toll is no one's account
    assert _claim(claims_of(nlp, "The quake's toll was 85 deaths.\n"), "85 deaths").said_by == "reporter"


def test_where_sources_sit_names_them(nlp: Language) -> None:
    text = (  # fresh188 lpgblasts-03 (TBS News on the Gazipur cylinder blast)
        "One patient was admitted with 100% burns while three were hospitalised with 95% burns, and 16 were "
        "hospitalised with over 50% burns, according to sources at the hospital.\n"
    )
    assert _claim(claims_of(nlp, text), "16 were hospitalised").said_by == "sources at the hospital"
    text = (  # fresh188 shipattacks-02 (Zira Daily on the Eternity C)
        "The attack is so far known to have killed at least four sailors out of the 25 people on the vessel, with 15 "
        "still missing, sources at security companies involved in the rescue operation told the Reuters news "
        "agency.\n"
    )
    assert _claim(claims_of(nlp, text), "15 still missing").said_by == "sources at security companies"


def test_those_holding_another_are_not_held(nlp: Language) -> None:
    text = (  # fresh188 shipattacks-11 (Tuscaloosa News, AP, on the Maersk Alabama)
        "MOMBASA, Kenya | U.S. Navy snipers opened fire and killed three pirates holding an American captain at "
        "gunpoint in a lifeboat, delivering the skipper unharmed and ending a five-day high-seas hostage drama on "
        "Easter Sunday.\n"
    )
    assert _claim(claims_of(nlp, text), "three pirates").counts == "killed"
    text = (  # fresh109 roadtolls-10 (Irish road deaths over Christmas): what they receive befalls them
        "There were 18 serious collisions on Irish roads between 20 December and 29 December, gardaí said, resulting "
        "in eight fatalities and 20 people receiving serious and life-threatening injuries.\n"
    )
    assert _claim(claims_of(nlp, text), "20 people").counts == "injured"


def test_a_clause_of_time_after_the_closing_tag_is_the_reporters(nlp: Language) -> None:
    text = (  # fresh187 suicidebombings-10 (iLocal News, AP, on a funeral bombing in Lower Dir)
        "SHINA SAMAR BAGH, Pakistan (AP) — A suicide bomber attacked the funeral service Thursday of a Pakistani "
        "tribesman opposed to the Taliban, killing 25 people, police said, two days after Taliban gunmen killed four "
        "children from another district in conflict with the militant network.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "25 people").said_by == "police"
    assert _claim(claims, "four children").said_by == "reporter"


def test_a_toll_told_by_another_is_theirs(nlp: Language) -> None:
    text = (  # fresh57 militantclaims-10: the owner's toll, given by the military
        "The army's provisional toll on its side was nine troops dead and 11 wounded, according to the military.\n"
    )
    assert _claim(claims_of(nlp, text), "nine troops").said_by == "military"
    text = "Rajasthan’s toll stood at 16.\n"  # fresh8 floods-06: a place's toll is no one's account
    assert _claim(claims_of(nlp, text), "16").said_by == "reporter"
