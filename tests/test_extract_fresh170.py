"""Rules from the session that added fresh170 to fresh173 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_closing_speech_verb_hung_on_the_clause_before_covers_the_sentence(nlp: Language) -> None:
    text = (  # fresh126 weddings-04 (the Hudson River wedding boat)
        "July 27 (Reuters) - Two people were missing on Saturday after a boat with a wedding party aboard struck a "
        "barge on the Hudson River near New York City, and four others were taken to a hospital with injuries, "
        "local authorities and CNN said.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Two people", "four others"):
        assert _claim(claims, quote).said_by == "local authorities and CNN"
        assert _claim(claims, quote).via == ["Reuters"]
    text = (  # fresh91 easteurope-04 (the Prague university shooting)
        "PRAGUE -- A gunman killed 14 people and wounded dozens of others at a university in downtown Prague, "
        "Czech Interior Minister Vit Rakusan and police chief Martin Vondrasek told reporters on December 21, "
        "describing the event as a “profound” tragedy that “will have many consequences.”\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "14 people").said_by != "reporter"
    assert _claim(claims, "dozens of others").said_by != "reporter"


def test_a_conjunct_that_says_what_follows_covers_only_that(nlp: Language) -> None:
    text = "At least 40 have been confirmed dead, and officials said they fear the number will rise.\n"
    # fresh150 powerplants-04
    assert _claim(claims_of(nlp, text), "At least 40").said_by == "reporter"


def test_a_body_by_its_initials_counts(nlp: Language) -> None:
    text = (  # fresh52 coups-02 (Myanmar's coup protests)
        "The Democratic Voice of Burma reported that as of 5 p.m. in Myanmar, there had been 19 confirmed deaths in "
        "nine cities, with another 10 deaths unconfirmed. The independent media company broadcasts on satellite and "
        "digital terrestrial television, as well as online.\n\n"
        "DVB counted five deaths in Yangon and two in Mandalay, the largest and second-largest cities.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five deaths").said_by == "Democratic Voice of Burma"
    assert _claim(claims, "two in Mandalay").said_by == "Democratic Voice of Burma"


def test_a_quotation_opening_after_a_sentence_is_not_that_sentence(nlp: Language) -> None:
    text = (  # fresh102 baltics-07 (the Zofiowka mine quake), shortened
        "The quake struck the Borynia-Zofiowka-Jastrzebie coal mine in southern Poland on Saturday morning, trapping "
        "seven people almost a kilometre underground. Two of them have been found dead and two others rescued. "
        "\"Rescue teams ... are progressing at a pace of several metres per hour. We're narrowing the area where "
        "miners are located,\" JSW's chief executive, Daniel Ozon, told a news conference.\n"
    )
    claims = claims_of(nlp, text)
    assert [c.said_by for c in claims if c.quote in ("Two", "two others")] == ["reporter", "reporter"]


def test_a_clause_joined_by_but_is_not_a_closing_tag(nlp: Language) -> None:
    text = (  # fresh28 piracy-04 (the Malaysian tanker hijacking)
        "All eight hijackers fled in rescue boats Thursday evening, but the captain of the hijacked tanker only "
        "informed the authorities after mid-night, some five hours later as he was threatened by the pirates not to "
        "reveal their escape plan, according to Malaysian Navy chief Abdul Aziz Jaafar.\n"
    )
    claim = _claim(claims_of(nlp, text), "eight hijackers")
    assert claim.said_by == "Abdul Aziz Jaafar"
    assert claim.via == []


def test_two_capitals_are_a_place_not_a_body_s_initials(nlp: Language) -> None:
    text = (  # fresh8 floods-06 (heat deaths in India)
        "Health ministry said UP recorded the maximum 35 such deaths, followed by Delhi (21). Rajasthan and Odisha "
        "recorded 17 deaths each.\n"
    )
    assert _claim(claims_of(nlp, text), "35 such deaths").said_by == "Health ministry"
