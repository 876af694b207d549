"""Rules written after the blind set data/dev/fresh15 was scored on arrival, each on real text from it
(aid workers, journalists, paramedics and peacekeepers; shootings and stabbings)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.fullnames import full_person_name
from tallygraph.extract.naming import clean_name

from .conftest import claims_of


def test_a_dateline_country_in_brackets_is_no_wire_credit(nlp: Language) -> None:
    text = (  # shootings-04 (tribune-intl)
        "FLORIDA (United States) – A heavily armed assailant opened fire in a packed Orlando nightclub early "
        "Sunday and killed 50 people in the worst shooting massacre in U.S. history."
    )
    assert [(c.value, c.via) for c in claims_of(nlp, text)] == [(50, [])]
    text = "MAIDUGURI, Nigeria (Reuters) - At least seven worshippers were killed in an attack, police said."
    assert [(c.value, c.via) for c in claims_of(nlp, text)] == [(7, ["Reuters"])]  # shootings-03


def test_a_surname_speaker_takes_the_full_name_given_later(nlp: Language) -> None:
    text = (  # shootings-04
        "Mayor Dyer confirmed to a press conference that there were 50 killed and 53 hospitalised in the shooting."
        "\n\n“Tonight our community witnessed a horrific crime… that will have a lasting effect on our community,” "
        "a solemn Mayor Buddy Dyer said."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Buddy Dyer"}


def test_full_person_name_stops_at_a_sentence_end() -> None:
    titles = ["mayor", "gov", "chief"]
    # fresh5 asia-01 (Reuters): "Guizhou." ends a sentence, it is no given name
    text = "he told the state-owned TV station for the neighbouring province of Guizhou. Gu said four were buried."
    assert full_person_name("Gu", text, titles) == "Gu"
    # fresh14 prisons-06 (Newser): a title with a full stop is dropped
    assert full_person_name("Rodriguez", "Nuevo Leon Gov. Jaime Rodriguez said 49 died.", titles) == "Jaime Rodriguez"


def test_an_abbreviation_spelled_out_across_to(nlp: Language) -> None:
    text = (  # aidworkers-02 (IOL)
        "The Committee to Protect Journalists (CPJ) is investigating all reports of journalists and media workers "
        "killed, injured or missing in the Israel-Gaza war.\n\nAccording to the CPJ figures, 79 journalists and "
        "media workers were confirmed dead: 72 Palestinian, four Israelis and three Lebanese."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Committee to Protect Journalists"}


def test_thousands_set_off_by_a_space_and_whose_investigations(nlp: Language) -> None:
    text = (  # aidworkers-02 (IOL): South African copy writes "23 000"
        "The Committee to Protect Journalists (CPJ) is investigating all reports of journalists and media workers "
        "killed.\n\nAs of this week, the CPJ’s preliminary investigations showed at least 79 journalists and media "
        "workers were among the more than 23 000 killed since the war began on October 7, with more than 22 000 "
        "Palestinian deaths in Gaza and the West Bank and 1 200 in Israel."
    )
    got = [(c.value, c.low, c.said_by) for c in claims_of(nlp, text)]
    assert got == [
        (79, 79, "Committee to Protect Journalists"),
        (23000, 23001, "Committee to Protect Journalists"),
        (22000, 22001, "Committee to Protect Journalists"),
        (1200, None, "Committee to Protect Journalists"),
    ]
    # the same with a non-breaking and a narrow no-break space
    got = [c.value for c in claims_of(nlp, "More than 23\u00a0000 people were killed and 1\u202f200 were injured.")]
    assert got == [23000, 1200]


def test_an_absolute_clause_and_a_ministry_named_by_its_portfolio(nlp: Language) -> None:
    text = (  # shootings-02 (UrduPoint, AFP copy)
        "Eight students and a security guard were killed during a school shooting in Belgrade Wednesday, officials "
        "said, police accusing a detained 13-year-old suspect of plotting the attack for a month and drawing up a "
        "kill list.\n\n"
        '"Eight children and a security guard were killed, while six children and one schoolteacher were wounded," '
        "the interior ministry said."
    )
    got = [(c.value, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(8, "officials"), (8, "interior ministry"), (6, "interior ministry")]


def test_a_name_known_by_a_short_form_and_an_account_from_a_database(nlp: Language) -> None:
    full = "UN Office for the Coordination of Humanitarian Affairs"
    assert clean_name("the UN Office for the Coordination of Humanitarian Affairs known as OCHA") == full
    text = (  # aidworkers-01 (The New Indian Express, AP copy)
        "The 280 aid workers from 33 countries killed in 2023 was more than double the previous year’s figure of "
        "118, the UN Office for the Coordination of Humanitarian Affairs known as OCHA said in a report on World "
        "Humanitarian Day.\n\n"
        "OCHA said this year “may be on track for an even deadlier outcome,” with 172 aid workers killed as of Aug. "
        "7, according to a provisional account from the Aid Worker Security Database."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert (280, full, []) in got
    assert (172, "Aid Worker Security Database", [full]) in got


def test_a_spokesperson_for_an_unnamed_office(nlp: Language) -> None:
    text = (  # shootings-01 (Reuters copy)
        "A spokesperson for a regional public affairs office said 26 deaths had been confirmed — 23 children, two "
        "teachers and one police officer."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"regional public affairs office"}
