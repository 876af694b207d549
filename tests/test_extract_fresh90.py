"""Rules written in the session that brought data/dev/fresh90 to fresh93, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_list_or_statement_made_or_released_by_a_body_is_that_body_s(nlp: Language) -> None:
    text = (  # fresh31 dams-04; fresh72 egypt-07
        "Some 250 people remained missing, according to a list released by Vale.\n\n"
        "The death toll of Friday’s train crash has reached 49 deceased civilians. 132 of the injured are still "
        "receiving medical care while 46 others have been discharged, according to a statement made by the Health "
        "Ministry on Saturday.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "250 people").said_by == "Vale"
    assert _claim(claims, "132 of the injured").said_by == "Health Ministry"
    assert _claim(claims, "46 others").said_by == "Health Ministry"


def test_a_statement_posted_to_a_body_s_page_is_the_body_s(nlp: Language) -> None:
    text = (  # fresh12 collapses-04
        "Two of the 35 miners underground at the time managed to escape, according to a statement posted to the "
        "Chongqing press office’s official Weibo social media page.\n"
    )
    assert _claim(claims_of(nlp, text), "Two of the 35 miners").said_by == "Chongqing press office"


def test_estimates_from_sources_are_the_sources(nlp: Language) -> None:
    text = (  # fresh48 sexualviolence-09
        "More than 3,000 Yazidis were killed, and over 6,800 were abducted during that time, according to "
        "estimates from multiple sources, including the United Nations and Yazidi advocacy organizations.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "3,000 Yazidis").said_by == "multiple sources"
    assert _claim(claims, "6,800").said_by == "multiple sources"


def test_according_to_it_is_the_body_named_before(nlp: Language) -> None:
    text = (  # fresh76 russia-05
        "Press service of the Red Crescent Society of Kyrgyzstan reported.\n\n"
        "According to it, 55 people were accommodated in families, 260 — in organized temporary camps.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "55 people").said_by == "Press service of the Red Crescent Society of Kyrgyzstan"


def test_the_agency_in_capitals_is_the_body_that_spoke_before(nlp: Language) -> None:
    text = (  # fresh76 russia-12
        "In total, about 3 thousand people were detained, the Ministry of Internal Affairs said in a statement.\n\n"
        "The Agency also reported that more than 50 citizens and 39 law enforcement officers were injured during "
        "the August 9 protests in Belarus, but there were no fatalities.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "50 citizens").said_by == "Ministry of Internal Affairs"
    assert _claim(claims, "39 law enforcement officers").said_by == "Ministry of Internal Affairs"


def test_a_translation_passes_on_the_speaker_s_words(nlp: Language) -> None:
    text = (  # fresh64 sahel-05; fresh87 france-01
        "JNIM said civilians had not been attacked and it had only targeted militia members affiliated with the "
        "army, killing nearly 300 people, according to a translation by Site Intelligence Group cited by Reuters."
        "\n\n"
        '"This person was checked by police with two other persons living in the area of Brussels," Molins said, '
        "according to the translation by broadcaster France 24.\n"
    )
    claims = claims_of(nlp, text)
    jnim = _claim(claims, "nearly 300 people")
    assert (jnim.said_by, jnim.via) == ("JNIM", ["Site Intelligence Group"])
    assert _claim(claims, "two other persons").said_by == "Molins"


def test_a_name_the_parser_ran_into_the_figures_before_it_still_closes_the_sentence(nlp: Language) -> None:
    text = (  # fresh46 tsunamis-09
        "The confirmed death toll from the cyclone reached 3,113 by Monday, while 3,322 are injured and 1,063 "
        "missing, Lieutenant-Colonel Main Ullah Chowdhury told reporters in Dhaka.\n"
    )
    claims = claims_of(nlp, text)
    speakers = {_claim(claims, q).said_by for q in ("3,113", "3,322 are injured", "1,063 missing")}
    assert len(speakers) == 1 and "Chowdhury" in speakers.pop()
    assert _claim(claims, "1,063 missing").counts == "missing"


def test_presumed_dead_is_no_speaker_and_still_missing_counts_the_missing(nlp: Language) -> None:
    text = (  # fresh42 identifications-01
        "The official death toll remains at 5,303 - including 1,790 Thais and 1,354 foreigners who have been "
        "identified - with another 3,396 still missing, most of them presumed dead.\n"
    )
    claims = claims_of(nlp, text)
    missing = _claim(claims, "3,396")
    assert (missing.counts, missing.said_by) == ("missing", "reporter")
    assert _claim(claims, "5,303").said_by == "reporter"
