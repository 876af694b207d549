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
