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
