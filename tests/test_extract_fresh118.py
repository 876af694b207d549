"""Rules written in the session that brought data/dev/fresh118 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_those_who_believe_a_figure_give_it(nlp: Language) -> None:
    text = (  # fresh6 accidents-04 (mine collapse in Heilongjiang)
        "Rescuers believed that four more miners were trapped in the same tunnel section where the two survivors "
        "were found, which is a ventilation lane 320 meters underground.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "four more miners").said_by == "Rescuers"
    assert _claim(claims, "two survivors").said_by == "Rescuers"


def test_experts_who_believe_they_can_find_bodies_give_the_figure(nlp: Language) -> None:
    text = (  # fresh80 southerncone-09 (searching for Stroessner's victims in Paraguay)
        "Experts believe they can find more than 200 bodies in the region of Caazapa (in southern Paraguay) alone. "
        "This is based on accounts from witnesses.\n"
    )
    assert _claim(claims_of(nlp, text), "200 bodies").said_by == "Experts"


def test_we_suspect_in_a_quotation_is_the_speaker_of_the_quotation(nlp: Language) -> None:
    text = (  # fresh99 tanzania-03 (MV Bukoba), with the speaker the article names for the quotation
        "\u201cWe suspect the ship was overcrowded with more than 800 passengers onboard,\u201d said Ali Ramadhan.\n"
    )
    assert _claim(claims_of(nlp, text), "800 passengers").said_by == "Ali Ramadhan"


def test_it_is_believed_names_no_one(nlp: Language) -> None:
    text = (  # fresh104 ireland-04 (Carrickmines fire)
        "It is believed that all 10 bodies were found in the same building close to a sports club on the "
        "Glenamuck Road.\n"
    )
    assert _claim(claims_of(nlp, text), "10 bodies").said_by == "reporter"


def test_a_belief_does_not_cover_the_clause_of_time_around_it(nlp: Language) -> None:
    text = (  # fresh59 iraq-06 (Speicher massacre graves)
        "Officials believe that Isis is behind the massacre, after the group published photos and video "
        "recordings showing the execution of hundreds of military recruits, mostly from Shia groups.\n"
    )
    assert _claim(claims_of(nlp, text), "hundreds").said_by == "reporter"


def test_an_age_written_with_a_space_before_old_is_no_count(nlp: Language) -> None:
    text = (  # fresh64 centralamerica-05 (El Salvador war grave)
        "The forensic team believes the find includes the remains of five children, one of them a three day-old "
        "infant, killed when soldiers tossed a hand grenade inside a nearby cave where people were hiding.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five children").said_by == "forensic team"
    assert [c.value for c in claims] == [5]


def test_a_belief_does_not_speak_for_the_next_sentence(nlp: Language) -> None:
    text = (  # fresh108 elections-03 (Kenya's election violence)
        "Mr Odinga believes he was robbed of victory in both the 2007 and 2013 elections through manipulation "
        "during the tallying process. Unrest after the 2007 vote resulted in 1,200 deaths.\n"
    )
    assert _claim(claims_of(nlp, text), "1,200 deaths").said_by == "reporter"


def test_a_believed_figure_does_not_speak_for_the_next_sentence(nlp: Language) -> None:
    text = (  # fresh72 algeria-07 (Algeria's disappeared)
        "However, lawyers believe 22,000 vanished at the hands of Algeria\u2019s various security forces after "
        "violence erupted. In 1992 the military cancelled elections which the Islamic Salvation Front (FIS) was "
        "expected to win, and armed Islamists launched a war which has left 100,000 dead.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "22,000").said_by == "lawyers"
    assert _claim(claims, "100,000").said_by == "reporter"


def test_a_belief_told_by_a_speaker_is_the_speakers_account(nlp: Language) -> None:
    text = (  # fresh90 germany-10 (Vienna attack)
        "Nehammer said officials believe that there was more than one attacker, adding that 1,000 security "
        "personnel were deployed for the manhunt while assistance was offered by neighboring countries.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "one attacker").said_by == "Nehammer"
    assert _claim(claims, "1,000").said_by == "Nehammer"
