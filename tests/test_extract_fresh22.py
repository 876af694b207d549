"""Rules written after the blind set data/dev/fresh22 was scored on arrival, each on real text from it
(gang and cartel violence; attacks on places of worship)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_a_report_verb_the_tagger_took_for_a_noun(nlp: Language) -> None:
    text = (  # worship-06 (NIAT Khovar)
        "At least 27 people were killed and 35 others wounded after a suicide bombing ripped through a Shiite mosque "
        "in the western part of Kabul, capital of Afghanistan, Xinhua reports citing local police."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(27, "local police", ["Xinhua"]), (35, "local police", ["Xinhua"])]


def test_no_sentence_starts_after_a_bracket_inside_a_sentence(nlp: Language) -> None:
    text = (  # worship-03 (Millennium Post carrying Xinhua)
        "At least six persons were killed and 31 others were injured in a suicide bombing near a Coptic church in "
        "Egypt's Alexandria city which followed an explosion inside the Mar Girgis (St. George's) Church in Tanta "
        "city that left at least 22 persons dead, Xinhua news agency cited the Ministry of Health."
    )
    assert len(list(nlp(text).sents)) == 1
    got = {(c.said_by, tuple(c.via)) for c in claims_of(nlp, text)}
    assert got == {("Ministry of Health", ("Xinhua",))}
