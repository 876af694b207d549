"""Rules from the session that added fresh198 to fresh201 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_speaker_described_by_a_relative_clause_before_the_verb(nlp: Language) -> None:
    text = (  # tune conflict-05 (Reuters on Saudi-led air strikes on Sanaa)
        "Air strikes launched against Sanaa by the Saudi-led coalition fighting rebel Houthis have killed around 20 "
        "people, the deputy foreign minister for the Houthi administration, which holds much of northern Yemen, said "
        "on Twitter.\n"
    )
    claim = _claim(claims_of(nlp, text), "killed around 20 people")
    assert claim.said_by == "deputy foreign minister for the Houthi administration"
    assert claim.via == ["Twitter"]
    # the clause is no speaker of its own: what it describes was named before it
    text = "The fire killed 12 people, the mayor, who visited the site, said.\n"
    assert _claim(claims_of(nlp, text), "killed 12 people").said_by == "mayor"


def test_a_name_the_parser_made_a_conjunct_of_the_place_before_it(nlp: Language) -> None:
    text = (  # fresh73 nepal-05 (Xinhua on the 2012 Dhading landslide)
        "Thirty-five bodies have been recovered from three passenger buses buried in a landslide in Jyaple Khola of "
        "Dhading district in central Nepal, Nawaraj Adhikari, spokesperson for District Police Range Kathmandu, told "
        "Xinhua.\n"
    )
    claim = _claim(claims_of(nlp, text), "Thirty-five bodies")
    assert (claim.said_by, claim.via) == ("Nawaraj Adhikari", ["Xinhua"])


def test_one_hospital_can_report(nlp: Language) -> None:
    text = (  # fresh195 busbombings-12 (eTurboNews on the 2011 Makati bus bombing)
        "Mayor Junjun Binay said that the explosion was so powerful that it punched a hole in a nearby concrete fence. "
        "He said the damage indicated that it was caused by a bomb.\n\n"
        "He said one hospital reported two people dead and 18 wounded.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("two people", "18 wounded"):
        claim = _claim(claims, quote)
        assert (claim.said_by, claim.via) == ("hospital", ["Junjun Binay"])
    # but one hospital that treats people is a place, and no speaker
    assert _claim(claims_of(nlp, "One hospital was treating 40 people.\n"), "40 people").said_by == "reporter"


def test_a_body_described_then_named_in_an_aside(nlp: Language) -> None:
    text = (  # fresh86 spain-03 (AP on the 2022 Melilla crossing)
        "The human rights watchdog, known as AMDH, said at least 27 people, mostly from Sudan, South Sudan and Chad, "
        "died in the attempt.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 27 people").said_by == "AMDH"
    text = (  # fresh94 greece-01 (AP on the 2023 Pylos shipwreck)
        "The United Nations migration agency, known as the International Organization for Migration, estimated that "
        "the ship was carrying between 700 and 750 people, including at least 40 children, based on interviews with "
        "survivors.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 40 children").said_by == "International Organization for Migration"
    text = (  # after fresh57 congo-03 (the UN on the 2022 Plaine Savo attack)
        "The UN peacekeeping mission in the DRC, known as MONUSCO, reported that 40 civilians were killed.\n"
    )
    assert _claim(claims_of(nlp, text), "40 civilians").said_by == "MONUSCO"
    # a body already named keeps its name; people known by a name are no body
    text = "The Pakistani Taliban, known as the Tehreek-e-Taliban Pakistan (TTP), said 12 soldiers were killed.\n"
    assert _claim(claims_of(nlp, text), "12 soldiers").said_by == "Pakistani Taliban"
    text = "The men, known as the Bali Nine, said 14 people were killed.\n"
    assert _claim(claims_of(nlp, text), "14 people").said_by == "men"
