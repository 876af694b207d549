"""Rules written after the blind set data/dev/fresh27 was scored on arrival, each on real text from it
(anniversaries of massacres and disasters; executions and death sentences)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_a_verb_of_speech_says_nothing_of_what_befell_those_counted(nlp: Language) -> None:
    text = (  # executions-01 (HNGN)
        "Amnesty International said Iraq executed at least 169 people but executions in chaotic Syria and Egypt "
        "could not be confirmed, according to the report."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(169, "killed")]


def test_executions_are_counted_and_carrying_out_is_no_carrying(nlp: Language) -> None:
    text = "Texas carried out 538 executions, the Death Penalty Information Center said."  # executions-05 (Pew)
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(538, "killed")]
    text = "The vessel, which was carrying 55 people, overturned."
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(55, "other:aboard")]


def test_the_new_report_is_the_report_of_the_last_body(nlp: Language) -> None:
    text = (  # executions-01 (HNGN)
        "Amnesty International published its annual report on Thursday.\n\n"
        "The new report said the 778 judicial executions in 22 countries the group was able to count last year "
        "do not include China."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(778, "Amnesty International")]


def test_the_ngo_in_capitals_is_the_ngo_named_before(nlp: Language) -> None:
    text = (  # executions-02 (i24news)
        "Iran executed more than 500 people in 2022, the NGO Iran Human Rights (IHR) said on Monday.\n\n"
        "At least 504 people have been executed in Iran since the beginning of 2022, the NGO, which is seeking to "
        "confirm other cases, told AFP."
    )
    got = [(c.value, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(500, "Iran Human Rights"), (504, "Iran Human Rights")]
