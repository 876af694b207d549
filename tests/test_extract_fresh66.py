"""Rules written in the session that brought data/dev/fresh66 to fresh69, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_what_a_denier_confirms_instead_is_its_own_claim(nlp: Language) -> None:
    text = (  # fresh59 libya-08, ansamed
        "Six illegal immigrants were killed and at least 24 others injured at the Mabani detention centre in "
        "Tripoli when armed guards opened fire following a riot and an attempted escape, the IOM said.  However, "
        'the Libyan Interior Minister denied the six deaths, confirming that only one person was killed "accidentally '
        'while leaving the centre".\n'
    )
    claims = claims_of(nlp, text)
    denied = _claim(claims, "denied the six deaths")
    assert (denied.status, denied.said_by) == ("denied", "IOM")
    one = _claim(claims, "one person")
    assert (one.value, one.status, one.said_by) == (1, "claim", "Libyan Interior Minister")


def test_what_a_denier_says_instead_is_not_denied(nlp: Language) -> None:
    text = (  # fresh61 somalia-07, The East African
        "Kenyan Defence Forces (KDF) denied Al-Shabaab’s claim of 57 military deaths, saying “scores” of Al-Shabaab "
        "fighters had been killed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "57 military deaths").status == "denied"
    scores = _claim(claims, "scores")
    assert (scores.status, scores.said_by) == ("claim", "Kenyan Defence Forces")


def test_adding_under_a_statement_keeps_the_speaker_of_the_statement(nlp: Language) -> None:
    text = (  # fresh17 clashes-06, Xinhua
        "An official from the local administration of the district said the death toll rose after 16 more people "
        "died in armed clashes during the last 24 hours, adding that over 170 others were also injured.\n"
    )
    injured = _claim(claims_of(nlp, text), "170 others")
    assert (injured.counts, injured.said_by) == ("injured", "official")


def test_a_war_monitor_and_local_media_are_not_the_country_named_next(nlp: Language) -> None:
    text = (  # fresh69 turkey-03, dunyanews.tv (AFP)
        "Beirut (AFP) – Turkish air strikes killed eight civilians in Syria's Kurdish-held northeast Monday, a war "
        "monitor and local media said, as Ankara launched operations in Iraq and Syria following deadly attacks on "
        "its soldiers.\nOn Saturday, Turkey announced a new wave of air strikes in retaliation for two separate "
        "attacks on its bases in northern Iraq that killed 12 soldiers, which Ankara blamed on Kurdish militants.\n"
    )
    assert _claim(claims_of(nlp, text), "eight civilians").said_by == "war monitor and local media"


def test_a_demonym_that_leads_a_named_force_is_no_part_of_its_name(nlp: Language) -> None:
    text = (  # fresh69 turkey-04, devdiscourse.com
        "In a series of tragic incidents in northern Syria, Turkish-backed forces have reportedly killed at least "
        "14 civilians and wounded 29, says the Kurdish-led Syrian Democratic Forces (SDF).\n"
    )
    assert _claim(claims_of(nlp, text), "14 civilians").said_by == "Syrian Democratic Forces"


def test_a_body_led_by_another_keeps_its_name(nlp: Language) -> None:
    text = (  # fresh29 casualtyreports-04
        "Nearly 1,500 civilian casualties were reported in Yemen in the period between August to October this "
        "year, according to the UNHCR-led Protection Cluster in Yemen.\n"
    )
    assert _claim(claims_of(nlp, text), "1,500").said_by == "UNHCR-led Protection Cluster in Yemen"


def test_an_ngo_named_with_its_abbreviation(nlp: Language) -> None:
    text = (  # fresh68 iran-01
        "At least 92 people have been killed nationwide in Iran’s crackdown on two weeks of protests that erupted "
        "following the death of Mahsa Amini who had been arrested by the morality police, the Norway-based Iran "
        "Human Rights (IHR) NGO said on Sunday.\n"
    )
    assert _claim(claims_of(nlp, text), "92 people").said_by == "Iran Human Rights"


def test_figures_based_on_a_report_are_its_authors(nlp: Language) -> None:
    text = (  # fresh68 indonesia-01, voi.id
        "The details of the death toll based on Antara's report recorded 44 people in three government hospitals, "
        "namely Kanjuruhan Hospital as many as 21 people, Bhayangkara Hasta Brata Batu Hospital as many as two "
        "people, and Dr. Saiful Anwar Hospital Malang as many as 20 people.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "44 people").said_by == "Antara"
    assert _claim(claims, "21 people").said_by == "Antara"


def test_a_ministry_named_in_lower_case_before_the_verb(nlp: Language) -> None:
    text = (  # fresh66 southsudan-10, eastafrikadaily
        "The death toll from fighting in South Sudan’s capital Juba has climbed to 272 people, including 33 "
        "civilians, a source at the country’s ministry of health told Reuters on Sunday.\n"
    )
    claim = _claim(claims_of(nlp, text), "272 people")
    assert (claim.said_by, claim.via) == ("ministry of health", ["Reuters"])


def test_a_mission_named_by_its_abbreviation_after_where_it_is(nlp: Language) -> None:
    text = (  # fresh69 car-11
        'A church was burned, forcing "thousands" of people to flee, the United Nations\' peacekeeping mission in '
        "the CAR (MINUSCA) said.\n"
    )
    claim = _claim(claims_of(nlp, text), "thousands")
    assert (claim.counts, claim.said_by) == ("displaced", "MINUSCA")


def test_cases_of_disappearance_count_the_missing(nlp: Language) -> None:
    text = (  # fresh67 pakistan-10, Aaj TV
        "The report indicates that KP reported 3,485 cases of enforced disappearance.\n"
        "Originally there were 36 cases of enforced disappearances in the county.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "3,485").value, _claim(claims, "3,485").counts) == (3485, "missing")
    assert _claim(claims, "36 cases").counts == "missing"
