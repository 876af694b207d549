"""Rules from the session that added fresh182 to fresh185 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_speaker_after_said_described_by_a_participle(nlp: Language) -> None:
    text = (  # fresh30 volcanoes-09 (Ahram Online on the Nyiragongo eruption)
        "Nine people were nonetheless killed in accidents during the evacuations, said General Constant Ndima, "
        'appointed governor early this month when the province was placed under a "state of siege" to combat '
        "violence by armed groups.\n"
    )
    assert _claim(claims_of(nlp, text), "Nine people").said_by == "Constant Ndima"


def test_a_clause_on_what_the_subject_hands_over_it_said_is(nlp: Language) -> None:
    text = (  # fresh175 prisonerswaps-10 (The Nation on the 2008 Hezbollah-Israel exchange)
        "NAQURA  - Hezbollah on Wednesday handed over black coffins it said contained the remains of two Israeli "
        "soldiers seized two years ago, in a prisoner swap greeted with triumph in Lebanon but anguish in Israel.\n"
    )
    assert _claim(claims_of(nlp, text), "two Israeli soldiers").said_by == "Hezbollah"


def test_a_wire_the_tagger_took_for_a_verb_still_reports(nlp: Language) -> None:
    text = (  # fresh90 germany-04 (Trend on an avalanche in Styria)
        "The victims were part of a group of 12 people skiing in deep, ungroomed snow, so-called ski touring, when "
        "the avalanche struck Monday afternoon at the foot of a mountain in the Rantenbach valley of Austria's "
        "Styria province, dpa reported.\n"
    )
    assert _claim(claims_of(nlp, text), "12 people").said_by == "dpa"


def test_one_outlet_speaks(nlp: Language) -> None:
    text = (  # fresh73 thailand-11 (The Sydney Morning Herald on the 2004 tsunami)
        "One Australian media outlet reported two Australians were missing on the Thai resort island of Phuket. BBC "
        "News reported six Australians were missing, including the two on Phuket.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two Australians").said_by == "One Australian media outlet"
    assert _claim(claims, "six Australians").said_by == "BBC News"
    # a count of people is still no speaker: "one person reported missing"
    text = "Rescuers said one person reported missing was found alive on Sunday.\n"
    assert all(c.said_by != "one person" for c in claims_of(nlp, text))


def test_a_datelines_place_is_no_author_of_investigations(nlp: Language) -> None:
    text = (  # fresh182 levelcrossings-06 (News24 on the Blackheath level crossing collision)
        "'Driver may have ignored boom'\n\n2010-08-25 10:57\n\n"
        "Cape Town - Preliminary investigations into an accident that killed nine schoolchildren in Blackheath, just "
        "outside Cape Town on Wednesday morning indicate that the driver of the minibus they were travelling in "
        "tried to cross the train tracks while the boom was down, say police.\n"
    )
    claim = _claim(claims_of(nlp, text), "killed nine schoolchildren")
    assert (claim.said_by, claim.via) == ("police", [])


def test_according_to_what_was_counted_names_no_source(nlp: Language) -> None:
    text = (  # fresh183 lakecapsizes-03 (PIX11 on the El Almirante sinking at Guatape)
        "Earlier, Margarita Moncada, the head of the disaster response agency in Antioquia state, had said that "
        "according to a preliminary nine people had been killed and around 28 were missing.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("nine people", "around 28"):
        assert _claim(claims, quote).said_by == "Margarita Moncada"
    # a few who can speak still do
    text = "According to three witnesses, the police fired on the crowd, killing five.\n"
    assert _claim(claims_of(nlp, text), "five").said_by == "witnesses"


def test_these_details_are_the_breakdown_just_given(nlp: Language) -> None:
    text = (  # fresh185 missilestrikes-06 (the rockets on Kabul of 21 November 2020)
        "Arian said five rockets landed in PD2, leaving one person dead and 10 wounded.\n\n"
        "PD11 was hit by four rockets, which resulted in the death of three people. Twelve others were wounded.\n\n"
        "In PD16, one rocket exploded, killing one person and wounding four others.\n\n"
        "PD10, where the bulk of the foreign embassies and government ministries are located, was the hardest hit. "
        "Seven rockets landed in this area. Initial reports indicate at least three people were killed in PD10 and "
        "three others wounded.\n\n"
        "Three rockets also landed in PD15 but no casualties were reported while one rocket landed in PD9, wounding "
        "two people.\n\n"
        "Arian said these details were only preliminary results and that the figures might change.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("three people", "Twelve others", "four others", "at least three people", "two people"):
        assert _claim(claims, quote).said_by == "Arian"
