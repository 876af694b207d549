"""Rules from the session that added fresh242 onwards, written on older sets (fresh238 to fresh241 among them, scored
on their arrival the session before) before the new sets arrived, each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_bodies_a_hospital_received_are_the_dead(nlp: Language) -> None:
    text = (  # fresh240 morgues-02 (Hindustan Times, on the Odisha train crash, 2023)
        "“AIIMS had received a total of 162 bodies in two phases, of which 133 bodies have been handed over to their "
        "relatives and family members after DNA sample matching,” Parida said.\n"
    )
    claim = _claim(claims_of(nlp, text), "162 bodies")
    assert (claim.value, claim.counts, claim.said_by) == (162, "killed", "Parida")


def test_bodies_that_arrived_at_a_hospital_are_the_dead(nlp: Language) -> None:
    text = (  # fresh187 suicidebombings-12 (on twin blasts in Iraq)
        "Shortly after the explosion, at least 30 bodies arrived at the main hospital in Musayyib, which lies along "
        "the primary route between Baghdad and Karbala.\n"
    )
    claim = _claim(claims_of(nlp, text), "30 bodies")
    assert (claim.value, claim.qualifier, claim.counts) == (30, "atLeast", "killed")


def test_bodies_found_are_still_remains(nlp: Language) -> None:
    text = "Rescuers have so far recovered five bodies from the rubble, police said.\n"  # (the counter-case)
    assert _claim(claims_of(nlp, text), "five bodies").counts == "remains-found"


def test_places_with_their_cases_in_brackets(nlp: Language) -> None:
    text = (  # fresh239 marburg-08 (Playa Community, on hantavirus in Panama)
        "Over the last five years, the transmission of the virus has been documented in Los Santos, Herrera, "
        "Veraguas, and Cocle. In 2018, cases were reported in Los Santos (99), Herrera (two), Cocle (one) and "
        "Veraguas (one ).\n"
    )
    claims = claims_of(nlp, text)
    for quote, value in (("Los Santos (99)", 99), ("Herrera (two)", 2), ("Cocle (one)", 1)):
        claim = _claim(claims, quote)
        assert (claim.value, claim.counts) == (value, "other:cases")


def test_places_named_with_a_place_noun_a_list_includes(nlp: Language) -> None:
    text = (  # fresh238 leptospirosis-03 (Tampa Dispatch, on leptospirosis in the Philippines, 2022)
        "Regions reporting the most cases include the Metro Manila region (735), the Western Visayas (402) and the "
        "Cagayan valley region (344).\n"
    )
    claims = claims_of(nlp, text)
    for quote, value in (("Manila region (735)", 735), ("Western Visayas (402)", 402), ("valley region (344)", 344)):
        assert (_claim(claims, quote).value, _claim(claims, quote).counts) == (value, "other:cases")


def test_names_with_their_ages_in_brackets_are_no_list_of_places(nlp: Language) -> None:
    text = (  # (the counter-case, as fresh118 pollution-01 names the dead)
        "Eleven people were killed. The dead include Sourav (35), Varsha (35), Aryan (10) and Chulu (16).\n"
    )
    assert [c.value for c in claims_of(nlp, text)] == [11]


def test_cases_compared_with_an_earlier_count(nlp: Language) -> None:
    text = (  # fresh238 leptospirosis-05 (EWN, on leptospirosis in Puerto Rico after Hurricane Maria, 2017)
        "Puerto Rico sees rise in leptospirosis after Hurricane Maria\n\n"
        "The 76 cases, up from 74 last week, also include one patient with confirmed leptospirosis who is currently "
        "hospitalised.\n"
    )
    claims = claims_of(nlp, text)
    earlier = next(c for c in claims if c.value == 74)
    assert (earlier.counts, earlier.status) == ("other:cases", "superseded")
    assert _claim(claims, "76 cases").status == "claim"


def test_an_abbreviated_rank_before_a_surname_named_before(nlp: Language) -> None:
    text = (  # fresh239 holidaytolls-10 (The Herald, Harare, on road deaths over the festive season, 2020)
        "National police spokesperson Assistant Commissioner Paul Nyathi said the statistics have shown that drivers "
        "needed to continue being alert, observant and safety conscious.\n\n"
        "Asst Comm Nyathi said police managed to arrest 169 wanted persons in their festive season operations.\n"
    )
    claim = _claim(claims_of(nlp, text), "169")
    assert (claim.counts, claim.said_by) == ("other:arrested", "Paul Nyathi")
