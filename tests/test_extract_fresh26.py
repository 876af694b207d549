"""Rules written after the blind set data/dev/fresh26 was scored on arrival, each on real text from it
(insurgent attacks on bases and convoys; insurgencies)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_a_speaker_is_not_named_back_over_a_comma(nlp: Language) -> None:
    text = (  # militarybases-03 (Crux Africa carrying AFP)
        "At least 17 soldiers and four civilians were killed Sunday in an attack in a border zone between Mali, "
        "Burkina Faso, and Niger, Mali’s army said."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Mali's army"}


def test_a_participle_of_speech_opening_the_sentence(nlp: Language) -> None:
    text = (  # insurgency-01 (Greater Kashmir)
        "Stating that 19 militants were killed in nine different encounters in Kashmir this year so far, "
        "Inspector General of Police Kashmir Zone, Vijay Kumar on Monday appealed the militants to surrender."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(19, "Vijay Kumar")]
