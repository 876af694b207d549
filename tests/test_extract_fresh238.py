"""Rules from the session that added fresh238 onwards, written on older sets (fresh234 to fresh237 among them, scored
on their arrival the session before) before the new sets arrived, each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of

_DELHI = (  # fresh237 chikungunya-01 (Lanka Truth, on chikungunya and dengue in Delhi, 2016)
    "Delhi gripped with worst outbreak of chikungunya virus\n\n"
    "According reports chikungunya and dengue are taking the toll on Delhi and a few other cities across India, with "
    "at least ten deaths due to the vector-borne disease reported in the last two days. While the number of "
    "chikungunya cases has risen to over 1,000, dengue cases have shot up to 1,158 in the Indian capital with nearly "
    "390 of them being recorded in the first ten days of September.\n\n"
    "According to India’s National Vector Borne Disease Control Programme (NVBDCP), around 12,255 cases of "
    "chikungunya have been reported across the country till 31 August. Karnataka alone has recorded 8,941 cases, "
    "Maharashtra 839 and Andhra Pradesh 492.\n"
)


def test_the_number_of_cases_is_a_count_of_the_ill_not_of_the_dead(nlp: Language) -> None:
    claim = _claim(claims_of(nlp, _DELHI), "the number of chikungunya cases")
    assert (claim.value, claim.counts, claim.qualifier) == (1000, "other:cases", "moreThan")


def test_the_number_of_cases_alone_in_an_article_on_a_disease(nlp: Language) -> None:
    text = "Cholera in the capital\n\nThe number of cholera cases has risen to 1,000 in the capital.\n"
    claim = _claim(claims_of(nlp, text), "1,000")
    assert claim.counts == "other:cases"


def test_places_after_what_a_place_recorded_with_the_verb_left_out(nlp: Language) -> None:
    claims = claims_of(nlp, _DELHI)
    for quote, value in (("Maharashtra 839", 839), ("Andhra Pradesh 492", 492)):
        claim = _claim(claims, quote)
        assert (claim.value, claim.counts) == (value, "other:cases")
        assert claim.said_by == "India's National Vector Borne Disease Control Programme"


def test_a_small_count_after_a_place_is_no_label_in_such_a_list(nlp: Language) -> None:
    text = "Floods in Pakistan\n\nSindh recorded 43 deaths, Punjab 21, and Balochistan 7, officials said.\n"
    claims = claims_of(nlp, text)
    for quote, value in (("Punjab 21", 21), ("Balochistan 7", 7)):
        claim = _claim(claims, quote)
        assert (claim.value, claim.counts, claim.said_by) == (value, "killed", "officials")


def test_a_list_of_places_needs_a_place_that_recorded_first(nlp: Language) -> None:
    text = "Police recorded 43 deaths, John Smith 21 and others.\n"  # (the counter-case: a name and a number)
    assert [c.value for c in claims_of(nlp, text)] == [43]


def test_those_infected_are_counted_as_infected(nlp: Language) -> None:
    text = (  # fresh237 chikungunya-09 (lobbystas.gr, on West Nile virus in Greece, 2018)
        "At least 27 people have already died in Greece from the West Nile fever, while a total of 234 people have "
        "been infected, Hellenic Center for Disease Control and Prevention (HCDCP) said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "27 people").counts == "killed"
    assert _claim(claims, "234 people").counts == "other:infected"


def test_the_number_of_cases_is_not_carried_into_another_clause_or_noun(nlp: Language) -> None:
    text = (  # fresh202 mpox-03 (on mpox in South Africa, 2024), and fresh204 meningitis-07 (on diphtheria in Yemen)
        "The number of laboratory-confirmed mpox cases in SA has climbed to 16 since the outbreak of the disease in May "
        "and the death toll has risen to three.\n\n"
        "A total of 1,725 suspected cases of diphtheria have recorded in 20 Yemeni provinces.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "the death toll has risen to three").counts == "killed"
    assert 20 not in [c.value for c in claims]
