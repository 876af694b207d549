"""Rules written after the blind set data/dev/fresh24 was scored on arrival, each on real text from it
(plane and helicopter crashes; industrial explosions)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claims_of


def test_a_courtesy_credit_names_the_broadcaster() -> None:
    text = (  # blasts-04 (Eagle News)
        "Thousands mourn victims of Tianjin warehouse blasts\n\n"
        "(Courtesy China Central Television news) — Thousands of officials, firefighters, policemen and locals "
        "mourned the victims of the massive Tianjin warehouse blasts at the accident site on Tuesday.\n"
    )
    assert byline_agency(text) == "China Central Television"


def test_part_of_a_toll_and_the_official_who_spoke_before(nlp: Language) -> None:
    text = (  # blasts-04 (Eagle News)
        "The death toll of the blasts has climbed to 114 including 39 firefighters, a municipal publicity official "
        "told a press conference on Monday.\n\n"
        "A total of 698 injured people have been sent to hospitals, including 20 in critical condition and 37 under "
        "intensive care, according to the official."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got[:2] == [(114, "killed", "municipal publicity official"), (39, "killed", "municipal publicity official")]
    assert {c.said_by for c in claims_of(nlp, text)[2:]} == {"municipal publicity official"}


def test_a_closing_verb_the_tagger_took_for_a_noun(nlp: Language) -> None:
    text = (  # blasts-03 (UPI)
        "MUSCAT, Oman -- At least 28 people have been killed and 800 injured in a huge explosion at the port of "
        "Bandar Abbas in southern Iran, state media report."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(28, "state media"), (800, "state media")]
