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


def test_people_lost_are_dead(nlp: Language) -> None:
    text = (  # fresh171 rangers-02 (Virunga, 2018)
        "“We have sadly lost six rangers,” park spokesman Joel Malembe told AFP, adding that the team was ambushed "
        "while driving between the sectors of Lulimba and Ishasha, near the border with Uganda.\n"
    )
    claim = _claim(claims_of(nlp, text), "six rangers")
    assert (claim.counts, claim.said_by) == ("killed", "Joel Malembe")
    text = (
        "The NFP lost four councillors, the EFF two and the ACDP one.\n"  # fresh173 assassinations-06 (KwaZulu-Natal)
    )
    assert _claim(claims_of(nlp, text), "four councillors").counts == "killed"


def test_cases_go_on_month_by_month(nlp: Language) -> None:
    text = (  # fresh173 medicines-01 (Indonesia's syrups, 2022)
        "Thirty-four more children have died from acute kidney failure in Indonesia, according to figures announced "
        "by its health minister on Friday, a day after government officials ordered pharmacies to stop selling five "
        "medicinal syrups they say may be linked to the deaths.\n\n"
        "Health Minister Budi Gunadi Sadikin said the actual number of illnesses could be five times higher.\n\n"
        "“We have identified 241 (cases) in 22 provinces, with 133 fatalities,” Budi told reporters in Jakarta. On "
        "Wednesday, government officials announced a death toll of 99.\n\n"
        "The first two cases were reported in January, but the number has risen sharply since August. The health "
        "ministry recorded two cases in March, six in May, three in June, nine in July, 37 in August and 81 in "
        "September.\n"
    )
    claims = claims_of(nlp, text)
    for quote, value in (("six in May", 6), ("37", 37), ("81", 81)):
        claim = _claim(claims, quote)
        assert (claim.value, claim.counts, claim.said_by) == (value, "other:cases", "health ministry")


def test_something_said_is_not_a_speaker(nlp: Language) -> None:
    text = (  # fresh170 divers-01 (the Conception dive-boat fire)
        "Four of the bodies were recovered Monday and have yet to be identified, something Santa Barbara Sheriff Bill "
        "Brown — who also acts as the coroner — said will take some time.\n"
    )
    claim = _claim(claims_of(nlp, text), "Four of the bodies")
    assert (claim.counts, claim.said_by) == ("remains-found", "reporter")


def test_what_befell_a_thing_does_not_count_the_people(nlp: Language) -> None:
    text = (  # fresh171 sandmining-12 (Arusha, 2022)
        "AN abandoned sand quarry pit caved in on five people on Wednesday at Mlima CCM in Muriet ward, Arusha "
        "Region, leaving three of them dead.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five people").counts != "displaced"
    assert _claim(claims, "three of them").counts == "killed"


def test_hospital_treatment_required_is_an_injury(nlp: Language) -> None:
    text = (  # fresh172 hooligans-07 (Vancouver, 2011)
        "VANCOUVER, British Columbia (AP) - Almost 150 people required hospital treatment and close to 100 were "
        "arrested after rioters swept through downtown Vancouver following a Canucks loss to the Boston Bruins in "
        "the decisive Game 7 of the Stanley Cup final.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Almost 150 people").counts == "injured"
    assert _claim(claims, "close to 100").counts == "other:arrested"


def test_a_label_from_an_irregular_verb_is_spelled_right(nlp: Language) -> None:
    text = (  # fresh172 hooligans-06 (Zografou)
        "The clash occurred on the sidelines of a women’ volleyball match between local team Ilysiakos and "
        "Olympiakos, when 200 Olympiakos supporters wearing hoods concealing their faces marched to a nearby branch "
        "of a Panathinaikos supporters association where they were met with 100 Panathinaikos fans.\n"
    )
    assert all(c.counts != "other:weared" for c in claims_of(nlp, text))
