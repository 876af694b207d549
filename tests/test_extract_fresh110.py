"""Rules written in the session that brought data/dev/fresh110 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_sentence_going_on_about_those_just_counted_names_their_source(nlp: Language) -> None:
    text = (  # fresh101 collapse-12 (Prilly building collapse)
        "The men’s families had been informed and were receiving psychological support, the police statement said.\n"
        "Four of those who survived were seriously injured. They and two people who were moderately injured had "
        "been taken to nearby hospitals, police said.\n"
    )
    assert _claim(claims_of(nlp, text), "Four").said_by == "police"


def test_the_rest_of_those_counted_with_their_source_after_them(nlp: Language) -> None:
    text = (  # fresh100 maritime-07 (Oryong 501 sinking, Yonhap)
        "The trawler was carrying 60 crew members, including the Russian inspector and 11 South Koreans. Thirteen "
        "others are from the Philippines with the remaining 35 from Indonesia, according to the ministry.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "60 crew members").said_by == "ministry"
    assert _claim(claims, "11 South Koreans").said_by == "ministry"


def test_others_who_report_on_their_own_do_not_source_the_sentence_before(nlp: Language) -> None:
    text = (  # fresh81 seasia-01 (Typhoon Yagi): the other regions speak of their own casualties
        "Yen Bai Province has experienced fatal landslides, resulting in 37 deaths and three people missing. Other "
        "regions, including Quang Ninh, Haiphong, and Hanoi, have also reported casualties.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "37 deaths").said_by == "reporter"
    assert _claim(claims, "three people").said_by == "reporter"


def test_a_speaker_who_announced_this_gives_the_figures_before(nlp: Language) -> None:
    text = (  # fresh107 fireworks-01 (Tultepec market explosions)
        "The death toll from the explosions that destroyed the Tultepec fireworks market in central Mexico rose to "
        "at least 36 dead and 72 wounded. The Mexican state prosecutor, Alejandro Gomez, announced this, pointing "
        "out that so far only two of the victims - a man and a 10-year-old girl - have been identified.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "36 dead").said_by == "Alejandro Gomez"
    assert _claim(claims, "72 wounded").said_by == "Alejandro Gomez"


def test_a_document_that_names_its_author_speaks_in_a_with_clause(nlp: Language) -> None:
    text = (  # fresh106 munitions-04 (Bata barracks explosions, TRT World)
        "The health ministry said that its health workers are treating the injured at the site of the tragedy.\n\n"
        "There were some discrepancies with the death toll, with TGVE reporting 20 dead, a Health Ministry tweet "
        "saying 17 were killed and the president's statement mentioning 15.\n"
    )
    claims = claims_of(nlp, text)
    tweeted = _claim(claims, "17 were killed")
    assert (tweeted.said_by, tweeted.via) == ("Health Ministry", ["Twitter"])
    assert _claim(claims, "20 dead").said_by == "TGVE"


def test_a_relative_that_is_not_what_the_sentence_before_told(nlp: Language) -> None:
    text = (  # fresh96 ecuador-11 (Latacunga prison riot, AP)
        "More than 500 inmates then began rioting, with some apparently setting mattresses on fire. The fire spread "
        "through the cellblocks, spewing clouds of smoke that asphyxiated inmates, Canal 13 television reported.\n"
    )
    assert _claim(claims_of(nlp, text), "More than 500 inmates").said_by == "reporter"
