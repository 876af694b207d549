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


def test_a_resident_named_in_apposition_is_not_replaced_by_the_next_speaker(nlp: Language) -> None:
    text = (  # massacres-01 (Daily Post)
        "“They then proceeded to neighboring Gidan Kaka village and shot dead nine persons there. And the remaining "
        "four persons killed were from Nassarawa Gödel village who went to offer help to those under attack at "
        "Gidan Haliliu,” a resident, Tukur Gödel, told Daily Trust\n\n"
        "The spokesman of the state police command, Muhammad Shehu, however, said only five persons were killed "
        "and that calm had returned."
    )
    got = [(c.value, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(9, "Tukur Gödel"), (4, "Tukur Gödel"), (5, "Muhammad Shehu")]
