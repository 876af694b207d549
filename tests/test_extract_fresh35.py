"""Rules written after the blind sets data/dev/fresh34 to fresh37 were scored on arrival, each on real text from
them (trials and ambushes here)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_those_a_court_judged_are_counted_as_judged(nlp: Language) -> None:
    text = (  # tribunals-12
        "A special court in India has sentenced 47 policemen to life in prison for killing a group of Sikh pilgrims "
        "in 1991 that they had claimed were militants, a prosecutor said Tuesday."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(47, "other:sentenced")]
    text = (  # tribunals-01
        "PATNA: A district court in Bihar today awarded death sentence to 10 persons in connection with the "
        "infamous Senari massacre involving the killing of 34 upper caste villagers by the Maoists in March 1999.\n\n"
        "Judge Ranjeet Kumar Singh while pronouncing judgment in Senari massacre case declared 15 persons guilty "
        "while acquitting 23 others for lack of evidence."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [
        (10, "other:sentenced"),
        (34, "killed"),
        (15, "other:convicted"),
        (23, "other:acquitted"),
    ]
    text = (  # tribunals-11: the victims stay victims
        "He said the two participated in the capture and execution of at least 1,000 Muslim men.\n\n"
        "The two men were also found guilty of guarding a convoy of Muslim women, children and elderly."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)][-1] == (2, "other:convicted")


def test_those_charged_in_a_sequence_of_indictments_are_no_earlier_figure(nlp: Language) -> None:
    text = (  # tribunals-06: "First, ..." is the first of two steps, not an earlier, superseded figure
        "First, on July 6, the tribunal – known by Colombians as the JEP – charged six officers, three "
        "non-commissioned officers and one civilian with 120 extrajudicial executions, 24 forced disappearances and "
        "one attempted murder in Catatumbo."
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts, c.status) for c in claims][:4] == [
        (6, "other:charged", "claim"),
        (3, "other:charged", "claim"),
        (1, "other:charged", "claim"),
        (120, "killed", "claim"),
    ]


def test_slaughtering_is_killing(nlp: Language) -> None:
    text = (  # ambushes-05
        "Gunmen ambushed the family, slaughtering six children and three women, authorities said."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(6, "killed"), (3, "killed")]
