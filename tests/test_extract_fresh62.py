"""Rules written in the session that brought data/dev/fresh62 to fresh65, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_whoever_puts_the_toll_at_a_number_is_its_source(nlp: Language) -> None:
    text = (  # fresh27 anniversaries-06, VOA
        "Human rights groups put the death toll in the 2009 incident at 157 with hundreds more injured and raped. "
        "The military estimated a much lower death toll and said the victims were mostly killed in a stampede for "
        "the exits.\n"
    )
    claim = _claim(claims_of(nlp, text), "157")
    assert (claim.value, claim.counts, claim.said_by) == (157, "killed", "Human rights groups")


def test_a_year_before_a_speaker_is_not_a_count_of_speakers(nlp: Language) -> None:
    text = (  # fresh60 srilanka-01, freemalaysiatoday.com
        "About 19,000 people, including 5,000 security personnel, are still unaccounted for after the conflict, "
        "a 2013 government panel said in 2013.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "19,000").said_by == "2013 government panel"
    assert _claim(claims, "5,000").said_by == "2013 government panel"


def test_concern_voiced_about_a_killing_states_its_figures(nlp: Language) -> None:
    text = (  # fresh51 bandits-07, ndarason.com
        "Amnesty International has expressed “deep concern” about the killing of 10 people and the abduction of "
        "more than 160 – mostly women and children – from a remote village in Nigeria’s central Niger State.\n"
    )
    claims = claims_of(nlp, text)
    killed = _claim(claims, "10 people")
    assert (killed.value, killed.counts, killed.said_by) == (10, "killed", "Amnesty International")


def test_concern_covers_what_it_is_about_not_what_followed(nlp: Language) -> None:
    text = (  # fresh47 civilianharm-04, Xinhua
        "KABUL, Sept. 25 (Xinhua) -- The UN Assistance Mission in Afghanistan (UNAMA) on Tuesday expressed its "
        "concern about the rising number of civilian casualties from airstrikes this year, as nine civilians were "
        "killed in a latest air raid incident.\n"
    )
    assert _claim(claims_of(nlp, text), "nine civilians").said_by == "reporter"


def test_a_number_before_a_spaced_dash_is_counted(nlp: Language) -> None:
    text = (  # fresh59 iraq-04, Anadolu Agency; fresh40 roadtolls-12 (a count of accidents stays none)
        "Bozarni added that more than 2,500 Yazidi Kurds lost their lives at the hands of Daesh, while another "
        "6,000 – mostly women and children – were abducted.\n\n"
        "The total number of accidents in 2018 was 4,67,044 – a daily average of 1,280 accidents.\n"
    )
    claims = claims_of(nlp, text)
    abducted = _claim(claims, "6,000")
    assert (abducted.value, abducted.counts, abducted.said_by) == (6000, "captured", "Bozarni")
    assert not [c for c in claims if c.value in (467044, 1280)]


def test_a_described_group_is_the_named_body_its_description_fits(nlp: Language) -> None:
    text = (  # fresh64 sahel-01, newsofemirates.com (AFP copy)
        "Malian forces and suspected Russian fighters killed about 300 civilians in late March in the center of the "
        "conflict-torn Sahel nation, Human Rights Watch said on Tuesday.\n"
        "The United States, European Union, United Nations and Mali’s former colonial power France have all raised "
        "concerns about the possible killing of civilians in Moura.\n"
        "The study was based on interviews with 27 people, including witnesses from the Moura area, foreign "
        "diplomats and security analysts, the rights group said.\n"
    )
    assert _claim(claims_of(nlp, text), "27 people").said_by == "Human Rights Watch"


def test_a_number_that_is_what_befell_people_is_counted(nlp: Language) -> None:
    text = (  # fresh51 bandits-07, ndarason.com
        "Amnesty International has expressed “deep concern” about the killing of 10 people and the abduction of "
        "more than 160 – mostly women and children – from a remote village in Nigeria’s central Niger State.\n"
    )
    abducted = _claim(claims_of(nlp, text), "160")
    assert (abducted.quote, abducted.qualifier, abducted.counts, abducted.said_by) == (
        "the abduction of more than 160",
        "moreThan",
        "captured",
        "Amnesty International",
    )
