"""Rules written after the blind set data/dev/fresh18 was scored on arrival, each on real text from it
(mine and quarry disasters; fires in buildings)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claims_of


def test_a_subject_the_parser_split_in_two(nlp: Language) -> None:
    text = (  # mines-05 (The Straits Times carrying Reuters)
        "Rescue workers had recovered 104 bodies when the search was suspended on Sunday (Nov 22)  night, state "
        "newspaper the Global New Light of Myanmar reported on Monday (Nov 23) ."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(104, "Global New Light of Myanmar")]


def test_what_a_relative_clause_says_of_those_counted(nlp: Language) -> None:
    text = (  # fires-04 (Los Angeles Times)
        "Wellington City Council spokesman Richard MacLean said officials were helping about 50 people who had "
        "escaped the fire and were now at an emergency center the council had set up at a local track."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(50, "other:escaped")]


def test_the_last_words_credit_the_agency() -> None:
    text = (  # mines-03 (Pravda.Ru)
        "An explosion tore through a coal mine in northeast China, leaving at least 40 dead, state media reported.\n"
        "China's coal mines are the world's deadliest. Fires, floods and explosions are reported almost daily and "
        "thousands of miners are killed every year despite repeated attempts by the government to improve its "
        "record, reports the AP. I.L.\n"
    )
    assert byline_agency(text) == "AP"
