"""Rules from the session that added fresh178 to fresh181 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_quotation_after_a_colon_is_all_the_speakers(nlp: Language) -> None:
    text = (  # fresh35 ambushes-07 (Al Jazeera on an ambush in central Mali)
        "Another military officer and an official in the nearby town of Diabaly, who also spoke on condition of "
        "anonymity, confirmed his account, according to AFP.\n\n"
        "Later on Monday, army spokesman Colonel Diarran Kone told Reuters news agency: “Twenty-four Mali army "
        "personnel died, eight survivors have been found.”\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Twenty-four Mali army personnel", "eight survivors"):
        assert _claim(claims, quote).said_by == "Diarran Kone"
        assert _claim(claims, quote).via == ["Reuters"]


def test_a_verb_of_report_with_no_speaker_leaves_according_to_the_whole_clause(nlp: Language) -> None:
    text = (  # fresh81 seasia-01 (typhoon Yagi in Vietnam)
        "HCMC – Heavy rainfall brought by typhoon Yagi has caused widespread flooding and severe landslides in "
        "Vietnam’s northern upland, with 152 people reported dead and 140 others missing as of 9 a.m. today, "
        "September 11, according to the Vietnam Disaster and Dyke Management Authority.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("152 people", "140 others"):
        assert _claim(claims, quote).said_by == "Vietnam Disaster and Dyke Management Authority"
    text = (  # a speaker of its own still stands beside it (fresh6, Gaza)
        "Israeli raids on Thursday killed at least 10 Palestinians, Palestinian sources said, while six died in an "
        "aerial attack Friday night, according to a top source at the Health Ministry in Gaza.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at least 10 Palestinians").said_by == "Palestinian sources"


def test_according_to_what_someone_said(nlp: Language) -> None:
    text = (  # fresh42 identifications-04 (mass graves in Raqqa)
        "14 mass graves were so far discovered in the city, distributed in the public squares of the city and the "
        "suburbs, where the Panorama and Euphrates cemeteries are the largest because more than 1,500 bodies were "
        "exhumed from them, according to what Yasser al-Khamis, the head of the Initial Response Team said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "more than 1,500 bodies").said_by == "Yasser al-Khamis"


def test_figures_released_are_not_people_released(nlp: Language) -> None:
    text = (  # fresh9 shipwrecks-04 (crossings to the Canary Islands)
        "Since the beginning of the year, a total of 11,522 migrants have managed to cross the notoriously dangerous "
        "Atlantic route to Spain’s Canary Islands, a number slightly higher than the same period last year, "
        "Interior Ministry figures released September 15 show.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "11,522 migrants").counts != "released"
    text = "Houthi rebels released 20 hostages on Sunday, the ministry said.\n"  # what is freed still is
    assert _claim(claims_of(nlp, text), "20 hostages").counts == "released"


def test_a_closing_body_named_with_its_description(nlp: Language) -> None:
    text = (  # fresh83 centralasia-10 (a coal mine fire in Kazakhstan)
        "London: At least 32 people have died and as many as 14 are missing after a coal mine fire in Kazakhstan, "
        "ArcelorMittal Temirtau, the local unit of the Luxembourg-based steelmaker, said on Saturday.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("At least 32 people", "as many as 14"):
        assert _claim(claims, quote).said_by == "ArcelorMittal Temirtau"
    text = (  # the parser's other reading: the name an apposition of the fire, the title of the name
        "At least 32 people have died and 14 are missing after a coal mine fire, ArcelorMittal Temirtau, the local "
        "unit of the steelmaker, said on Saturday.\n"
    )
    assert _claim(claims_of(nlp, text), "14 are missing").said_by == "ArcelorMittal Temirtau"
    text = (  # a fire's place is no speaker (fresh40 style: "police in Hooper, Utah, said")
        "Two people died in a house fire in Hooper, Utah, police said.\n"
    )
    assert _claim(claims_of(nlp, text), "Two people").said_by == "police"
