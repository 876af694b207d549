"""Rules from the session that added fresh190 to fresh193 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.names import same_name

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_tag_after_an_opening_quotation_speaks_for_it(nlp: Language) -> None:
    text = (  # fresh187 suicidebombings-05 (NDTV on the 2015 Burj al-Barajneh bombings)
        "\"I'd just arrived at the shops when the blast went off. I carried four bodies with my own hands, three "
        'women and a man, a friend of mine," one man who gave his name as Zein al-Abideen Khaddam told local '
        "television.\n"
    )
    claims = claims_of(nlp, text)
    four = _claim(claims, "carried four bodies")
    assert (four.said_by, four.counts) == ("Zein al-Abideen Khaddam", "remains-found")  # carried by hand: not aboard
    assert _claim(claims, "three women").said_by == "Zein al-Abideen Khaddam"


def test_one_man_who_tells_is_no_count(nlp: Language) -> None:
    text = (  # fresh187 suicidebombings-05, the tag alone
        '"I carried four bodies with my own hands," one man told local television.\n'
    )
    claim = _claim(claims_of(nlp, text), "four bodies")
    assert (claim.said_by, claim.via) == ("man", ["local television"])
    # "one man was killed" is still a count
    text = "One man was killed and two others were injured when the roof collapsed.\n"
    assert _claim(claims_of(nlp, text), "One man").counts == "killed"


def test_a_participle_describing_the_speaker_read_as_the_main_verb(nlp: Language) -> None:
    text = (  # fresh47 wounded-04 (Taipei Times on the 2004 Yunnan earthquake)
        "An official from the China Seismological Bureau interviewed at the site said about 120,000 people had been "
        "affected by the quake, but gave no details.\n"
    )
    assert _claim(claims_of(nlp, text), "120,000 people").said_by == "China Seismological Bureau"


def test_she_after_a_described_spokesperson_and_a_quotation(nlp: Language) -> None:
    text = (  # fresh167 acid-02 (STV on the 2017 Mangle nightclub attack)
        'An LFB spokesperson said: "The only information that we have is that it was an unknown corrosive '
        'substance thrown within the nightclub.\n\n"It was identified by a PH paper test as a strong acidic '
        'substance."\n\nTwelve people had symptoms thought to have been caused to a corrosive substance, she added.\n'
    )
    assert _claim(claims_of(nlp, text), "Twelve people").said_by == "LFB spokesperson"


def test_an_outlet_described_by_its_country(nlp: Language) -> None:
    text = (  # fresh126 weddings-05 (UPI on the 2008 Deh Bala wedding strike)
        "Local authorities said the 6:30 a.m. bombing in the Deh Bala district, a remote area in eastern Afghanistan "
        "near the Pakistan border, claimed the lives of men, women and children, CNN reported. Another 10 people "
        "were injured, the U.S. network reported.\n"
    )
    assert _claim(claims_of(nlp, text), "10 people").said_by == "CNN"
    # "the rights network" is no outlet
    text = "Reuters reported the raid on Monday. At least 10 people were detained, the rights network said.\n"
    assert _claim(claims_of(nlp, text), "At least 10 people").said_by == "rights network"


def test_all_told_is_no_speaker(nlp: Language) -> None:
    text = (  # fresh149 cruiseships-09 (Arab News on the MS Zaandam)
        "Holland America Line, the operator, said in a statement it \u201ccan confirm that four older guests have "
        "passed away.\u201d\n\nAll told, there are 1,243 guests and 586 crew on board, as well as four doctors and "
        "four nurses, the statement said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "1,243 guests").said_by == "Holland America Line"
    assert _claim(claims, "586 crew").said_by == "Holland America Line"


def test_a_speaker_after_the_dash_that_closes_an_aside(nlp: Language) -> None:
    text = (  # fresh11 protests-06 (Arab News on the 2021 anti-coup rallies in Sudan)
        "At least five of the seven killed were shot -- two in the chest, two in the head, and another in the back "
        "-- the Central Committee of Sudan Doctors said, raising the overall death toll to 110 from protest-related "
        "violence since October.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "At least five").said_by == "Central Committee of Sudan Doctors"
    assert _claim(claims, "death toll to 110").said_by == "Central Committee of Sudan Doctors"


def test_initials_stand_only_for_a_name_in_one_word() -> None:
    assert same_name("AP", "Associated Press", strict=True)
    assert same_name("NDMA", "National Disaster Management Authority", strict=True)
    assert not same_name("state media", "spokesman for the ministry", strict=True)
    assert same_name("state media", "spokesman for the ministry")  # the lenient form the scores use
