"""Rules from the sets of the session that added fresh138 to fresh141 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_quotation_opened_inside_a_sentence_belongs_to_the_speaker_named_after_it_closes(nlp: Language) -> None:
    text = (  # fresh109 hostages-09 (Ouagadougou, AFP)
        "“The attacks on the Splendid Hotel and the Cappuccino are over. But an assault is ongoing at the Hotel "
        "Ybi” next to the Cappuccino, Interior Minister Simon Compaore told AFP.\n\n"
        "A total of “126 people, including at least 33 wounded, have been freed. Three jihadists — an Arab and two "
        "black Africans — have been killed,” Compaore added.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "126 people").said_by == "Simon Compaore"
    assert _claim(claims, "at least 33 wounded").said_by == "Simon Compaore"


def test_a_figure_before_the_quotation_opens_is_not_the_quoted_speakers(nlp: Language) -> None:
    text = (  # the same sentence, its figure given before the quotation mark
        "Interior Minister Simon Compaore spoke to AFP on Friday.\n\n"
        "Some 126 people were freed, and “three jihadists have been killed. The siege is over,” Compaore added.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "126 people").said_by == "reporter"
    assert _claim(claims, "three jihadists").said_by == "Simon Compaore"


def test_a_second_verb_of_speech_joined_to_what_the_first_said_has_the_first_ones_speaker(nlp: Language) -> None:
    text = (  # fresh84 southafrica-07 (KwaZulu-Natal floods)
        "At least 443 people have died in floods in South Africa’s KwaZulu-Natal province, according to an "
        "official.\n\n"
        "Sihle Zikalala, the province’s premier, said on Sunday that the dead included two emergency workers and "
        "added that a further 63 people remain unaccounted for.\n"
    )
    claim = _claim(claims_of(nlp, text), "63 people")
    assert (claim.said_by, claim.via) == ("Sihle Zikalala", [])


def test_a_clause_hung_on_the_number_word_says_what_is_counted(nlp: Language) -> None:
    text = (  # fresh84 southafrica-07 (KwaZulu-Natal floods)
        "At least 443 people have died in floods in South Africa’s KwaZulu-Natal province, according to an "
        "official, as rescuers searched for dozens of people still missing in the southeastern coastal region.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "At least 443 people").counts == "killed"
    assert (_claim(claims, "dozens of people").counts, _claim(claims, "dozens of people").value) == ("missing", 12)


def test_a_part_the_dead_include_is_counted_as_dead(nlp: Language) -> None:
    text = (  # fresh84 southafrica-07 (KwaZulu-Natal floods), its second paragraph alone
        "Sihle Zikalala, the province’s premier, said on Sunday that the dead included two emergency workers and "
        "added that a further 63 people remain unaccounted for.\n"
    )
    assert _claim(claims_of(nlp, text), "two emergency workers").counts == "killed"


def test_those_searched_for_are_missing_and_those_found_are_not(nlp: Language) -> None:
    text = (  # fresh119 sandstorms-05 (Mongolia, CGTN) and fresh83 centralasia-10 (Kostyenko mine)
        "Also received information about 548 missing persons. Already 467 people have been found, currently "
        "rescuers are searching for 81 people.\n\n"
        "“At the Kostyenko mine as of 4 pm (1000 GMT) the bodies of 32 people have been found. The search for 14 "
        "miners is continuing,” the emergency situations ministry said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "81 people").counts == "missing"
    assert _claim(claims, "467 people").counts == "other:found"
    assert _claim(claims, "14 miners").counts == "missing"


def test_those_not_found_are_missing(nlp: Language) -> None:
    text = (  # fresh100 maritime-03 (Costa Concordia)
        "A top coast guard official, Marco Brusco, said on state TV that 25 passengers and four crew members have "
        "not been found, according to the Associated Press.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(25, "missing"), (4, "missing")]
