"""Rules written after the blind set data/dev/fresh31 was scored on arrival, each on real text from it
(dam bursts; bus and truck crashes)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_a_title_and_name_after_a_comma_speak_for_the_clause_before(nlp: Language) -> None:
    text = (  # buses-12 (AP copy)
        "The dead included three women and two children and the group's Libyan driver, the service's director "
        "Ibrahim Abu al-Hassan told The Associated Press."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [
        (3, "Ibrahim Abu al-Hassan", ["Associated Press"]),
        (2, "Ibrahim Abu al-Hassan", ["Associated Press"]),
    ]


def test_a_closing_speaker_named_with_its_abbreviation(nlp: Language) -> None:
    text = (  # dams-12 (The Hills Times)
        "So far, 2,011 people have been rescued, while the calamity that occurred on Wednesday affected 22,034 "
        "people, the Sikkim State Disaster Management Authority (SSDMA) said in its latest bulletin."
    )
    got = {c.said_by for c in claims_of(nlp, text)}
    assert got == {"Sikkim State Disaster Management Authority"}
