"""Rules written after the blind set data/dev/fresh19 was scored on arrival, each on real text from it
(air and drone strikes; attacks by armed groups on villages)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_a_speakers_own_findings_are_no_relay(nlp: Language) -> None:
    text = (  # airstrikes-04 (RFE/RL)
        "The UN Assistance Mission in Afghanistan (UNAMA) says as many as 23 civilians were killed in an air strike "
        "in the country's south this week, according to its preliminary findings."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(23, "UN Assistance Mission in Afghanistan", [])]
