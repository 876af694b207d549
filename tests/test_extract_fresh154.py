"""Rules from the sets of the session that added fresh154 to fresh157 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_four_word_name_after_a_title_is_the_person_who_speaks(nlp: Language) -> None:
    text = (  # fresh121 senegambia-01 (a migrant boat off Saint-Louis)
        "A previous death toll established on Thursday by Interior Minister Antoine Felix Abdoulaye Diome, during a "
        "visit to Saint-Louis the same day, had been eight dead and four injured.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "eight dead").said_by == "Antoine Felix Abdoulaye Diome"
    assert _claim(claims, "four injured").said_by == "Antoine Felix Abdoulaye Diome"


def test_a_hedged_ratio_counts_no_one(nlp: Language) -> None:
    text = (  # fresh50 wartolls-10 (a study of the Gaza death toll in The Lancet)
        "That toll represented 2.9 percent of Gaza's pre-war population \"or approximately one in 35 "
        'inhabitants," the study said.\n'
    )
    assert claims_of(nlp, text) == []


def test_a_body_s_name_the_recogniser_ran_on_is_no_fuller_name_for_it(nlp: Language) -> None:
    text = (  # fresh50 wartolls-10
        "The analysis used data from three different lists, the first provided by the Gaza health ministry of the "
        "bodies identified in hospitals or morgues.\n\n"
        "On Jan. 9, Gaza's health ministry said that 46,006 people had died over the full 15 months of war.\n"
    )
    assert _claim(claims_of(nlp, text), "46,006 people").said_by == "Gaza's health ministry"
