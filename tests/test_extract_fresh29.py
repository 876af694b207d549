"""Rules written after the blind set data/dev/fresh29 was scored on arrival, each on real text from it
(mass arrests; periodic civilian casualty reports)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_leaders_activists_supporters_and_lawyers_are_people(nlp: Language) -> None:
    text = (  # arrests-06 (TBS News), arrests-03 (Eurasia Review carrying HRW)
        "Over 11,000 leaders and activists of the BNP have been arrested, the party alleged. 36 political activists "
        "and 19 lawyers were detained, the committee said."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(11000, "other:arrested"), (36, "other:detained"), (19, "other:detained")]


def test_a_figure_compared_with_another_time(nlp: Language) -> None:
    text = (  # casualtyreports-05 (Stabroek News carrying Reuters)
        "Last year, 2,505 civilians were killed in bombings and other attacks, compared with 2,773 in 2009, "
        "according to Health Ministry figures."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(2505, "killed", "Health Ministry"), (2773, "killed", "Health Ministry")]


def test_inverted_speakers_records_and_a_long_title(nlp: Language) -> None:
    text = (  # arrests-04 (Geo)
        "Over 9,096 PTI supporters and members have been arrested post the May 9 attack, show official documents "
        "from Islamabad, Punjab, Sindh, Khyber Pakhtunkhwa and Balochistan."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["official documents"]
    text = (  # arrests-06 (TBS News)
        "Police raids continued in districts, said BNP Senior Joint Secretary General Ruhul Kabir Rizvi in a "
        "virtual briefing yesterday.\n\n"
        "Two more JCD leaders also went missing after being picked up by policemen on Saturday, Rizvi said."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["Ruhul Kabir Rizvi"]


def test_figures_published_in_a_named_report_or_by_a_named_database(nlp: Language) -> None:
    text = (  # casualtyreports-04 (CCDF)
        "According to data published in the latest Civilian Impact Monitoring Report (CIMP), an estimated 670 "
        "incidents of armed violence resulted in 1,478 civilian casualties during a three month period."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["Civilian Impact Monitoring Report"]
    text = (  # casualtyreports-06 (s4c.news): a body whose name holds an event's word
        "According to statistics released by the Armed Conflict and Event Database (ACLED), civilian deaths rose. "
        "The actual number in 2018 was 173 total deaths."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["Armed Conflict and Event Database"]
