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


def test_one_source_who_speaks_is_a_speaker_not_a_count(nlp: Language) -> None:
    text = (  # militarybases-04 (AFP)
        'But one military source told AFP earlier: "So far we have lost 31 soldiers, including three officers."'
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(31, "military source", ["AFP"]), (3, "military source", ["AFP"])]
    text = (  # hostages-06 (AFP), massacres-04 (WION carrying The Guardian)
        'One resident told AFP on Sunday that the women had gone to gather leaves. "We buried 50 to 60 bodies in '
        'single graves," The Guardian quoted one resident as saying.'
    )
    assert [c.value for c in claims_of(nlp, text)] == [50]


def test_survivors_are_not_the_one_survivor_before(nlp: Language) -> None:
    text = (  # mines-01 (AP)
        "Tito said one survivor told him the blast occurred when dynamite ignited inside the tunnel. He said "
        "survivors also told him 50 other miners remained trapped."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["survivors"]
