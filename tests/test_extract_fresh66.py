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
