"""Rules from the session that added fresh174 to fresh177 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_closing_tag_speaks_for_the_sentence_of_figures_before(nlp: Language) -> None:
    text = (  # fresh125 manipur-03 (Reuters on Manipur's violence)
        "GUWAHATI, India (Reuters) -At least three people were killed and 12, including seven security personnel, "
        "seriously injured in India’s restive northeastern state of Manipur in the last two days as sporadic violence "
        "continued in the region, officials said.\n"
        "Three people were killed and five injured when gunmen in camouflage fatigues opened fire in the Lilong area "
        "of Thoubal district on Monday. Separately, at least seven security personnel were critically injured in an "
        "ambush by foreign mercenaries on Tuesday, officials said.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Three people", "five injured", "at least seven security personnel"):
        assert _claim(claims, quote).said_by == "officials"
        assert _claim(claims, quote).via == ["Reuters"]
    text = (  # fresh123 cattleraids-01 (dpa on cattle raids in Jonglei)
        "Juba, Apr. 2, (dpa/GNA) – At least 24 people were killed in armed attacks by cattle thieves on two villages "
        "in South Sudan on Monday, according to the authorities.\n"
        "Also on Monday, another Murle group attacked the village of Ajara in the same state at gunpoint, according "
        "to Olung Peter Owite, an area administrator in Jonglei.\n"
        "Eleven people were killed in the attack, and a further nine were injured. The attackers also abducted 14 "
        "children and stole dozens of cows and goats, Owite said.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Eleven people", "nine"):
        assert _claim(claims, quote).said_by == "Olung Peter Owite"


def test_the_lead_stays_the_reporters_summary(nlp: Language) -> None:
    text = (  # fresh45 schoolattacks-01 (the Peshawar school attack)
        "At least 141 people were killed and 121 injured Tuesday when Taliban gunmen attacked a military-run school "
        "in Peshawar, Pakistan. 132 of the dead were children, Pakistan military spokesman Asim Bajwa said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "At least 141 people").said_by == "reporter"
    assert _claim(claims, "132 of the dead").said_by == "Asim Bajwa"


def test_a_word_told_to_an_outlet_speaks_for_its_own_sentence(nlp: Language) -> None:
    text = (  # fresh81 gulf-10 (the Eternity C attack)
        "The ship was attacked on Monday.\n"
        "Four members of the 25-member crew – three Filipinos and one Russian – were killed in the Houthi attacks. "
        "Eleven people were still missing, six of whom are believed to have been kidnapped by the Houthis, maritime "
        "security sources told Reuters.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Four members").said_by == "reporter"
    assert _claim(claims, "Eleven people").said_by == "maritime security sources"


def test_a_figure_the_news_is_dated_by_is_not_spoken_for(nlp: Language) -> None:
    text = (  # fresh34 lightning-08 (lightning in Rwanda)
        "No fewer than 16 people were left dead at a Seventh Day Adventist church in Rwanda as lightning struck the "
        "church leaving about 140 Worshippers wounded.\n"
        "According to a report published by Thisday, a newspaper in Nigeria, the local mayor Habitegeko Francois "
        "confirmed that most of the victims died instantly. The weather accident in the mountainous region near the "
        "border with Burundi took place around midday on Saturday while parishioners of the town of Gihemvu were at a "
        "church service.\n"
        "This came barely 24 hours after another lightning struck a group of 18 students, killing one. Three of the "
        "students remain in hospital while the rest have been able to return home, reports say.\n"
    )
    claims = claims_of(nlp, text)
    assert next(c for c in claims if c.quote == "one").said_by == "reporter"
    assert _claim(claims, "18 students").said_by == "reporter"
    assert _claim(claims, "Three of the students").said_by == "reports"


def test_those_who_set_themselves_on_fire_are_counted_so(nlp: Language) -> None:
    text = (  # fresh176 selfimmolations-07 (Dakar, 2013)
        "DAKAR, Senegal (AP) — Three students set themselves on fire on the campus of Senegal's largest university "
        "on Friday to protest changes in the way credits are being counted in the college's geography department, "
        "witnesses said.\n"
    )
    assert _claim(claims_of(nlp, text), "Three students").counts == "other:self-immolated"
    text = (  # fresh176 selfimmolations-01 (Tibet, 2012)
        "More than 50 Tibetans have self-immolated to protest China's rule of the Himalayan region, and most of them "
        "have died, according to tallies by Tibetan rights groups.\n"
    )
    assert _claim(claims_of(nlp, text), "More than 50 Tibetans").counts == "other:self-immolated"


def test_those_mauled_are_hurt_and_defectors_are_counted_so(nlp: Language) -> None:
    text = (  # fresh174 elephants-03 (a leopard in West Bengal)
        "A leopard that mauled 11 people in a fierce showdown with Indian villagers has died of knife wounds after "
        "being captured.\n"
    )
    assert _claim(claims_of(nlp, text), "11 people").counts == "injured"
    text = (  # fresh175 desertions-11 (North Korean border guards, 2011)
        "AFP reports that on November 20, eight North Korean border guards defected by fleeing across the Chinese "
        "border, and that two were killed in the process.\n"
    )
    assert _claim(claims_of(nlp, text), "eight North Korean border guards").counts == "other:defected"


def test_a_freed_object_the_parser_read_as_a_clause_is_released(nlp: Language) -> None:
    text = (  # fresh175 prisonerswaps-09 (India and Pakistan, 2014)
        "Lahore, Pakistan - India freed 37 Pakistani fishermen held for almost 16 months and handed them over to "
        "authorities in their home country Friday, officials said, days after a prisoner release by Islamabad.\n"
    )
    claim = _claim(claims_of(nlp, text), "37 Pakistani fishermen")
    assert claim.counts == "released"
    assert claim.said_by == "officials"


def test_a_closing_speaker_with_a_hyphenated_name_covers_both_clauses(nlp: Language) -> None:
    text = (  # fresh176 selfimmolations-02 (Kasserine, 2018)
        "Six members of the security forces were injured, and nine protesters were detained, interior ministry "
        "spokesperson Sofiane al-Zaq said Tuesday.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Six members").said_by == "Sofiane al-Zaq"
    assert _claim(claims, "nine protesters").said_by == "Sofiane al-Zaq"


def test_according_to_a_name_the_parser_made_the_subject(nlp: Language) -> None:
    text = (  # fresh175 desertions-09 (Ukrainian troops, 2014)
        "According to the Rostov Region’s border guard spokesman Vasily Malaev, a total of 438 soldiers, including "
        "164 Ukrainian border guards, have been allowed into Russia on Sunday night.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "438 soldiers").said_by == "Vasily Malaev"
    assert _claim(claims, "164 Ukrainian border guards").said_by == "Vasily Malaev"


def test_datelines_with_two_places_or_a_region_and_date_credit_the_wire(nlp: Language) -> None:
    text = (  # fresh177 channelcrossings-12 (Wimereux, 2024)
        "WIMEREUX, France/DOVER, England (Reuters) -Five migrants, including a child, died in an attempt to cross "
        "the English Channel from France to Britain in an overcrowded small boat on Tuesday, hours after Britain "
        "passed a bill to deport asylum seekers to Rwanda in a move to deter the dangerous journeys.\n"
    )
    assert _claim(claims_of(nlp, text), "Five migrants").via == ["Reuters"]
    text = (  # fresh176 erosion-09 (Ketu South, 2025)
        "Tokor (V/R), Feb. 28, GNA – A total of 519 people from 101 households in three communities of the Ketu "
        "South Municipality have been displaced by devastating tidal waves, the National Disaster Management "
        "Organization (NADMO) has confirmed.\n"
    )
    claim = _claim(claims_of(nlp, text), "519 people")
    assert claim.said_by == "NADMO"
    assert claim.via == ["GNA"]
