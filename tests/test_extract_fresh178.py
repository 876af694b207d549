"""Rules from the session that added fresh178 to fresh181 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_quotation_after_a_colon_is_all_the_speakers(nlp: Language) -> None:
    text = (  # fresh35 ambushes-07 (Al Jazeera on an ambush in central Mali)
        "Another military officer and an official in the nearby town of Diabaly, who also spoke on condition of "
        "anonymity, confirmed his account, according to AFP.\n\n"
        "Later on Monday, army spokesman Colonel Diarran Kone told Reuters news agency: “Twenty-four Mali army "
        "personnel died, eight survivors have been found.”\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Twenty-four Mali army personnel", "eight survivors"):
        assert _claim(claims, quote).said_by == "Diarran Kone"
        assert _claim(claims, quote).via == ["Reuters"]


def test_a_verb_of_report_with_no_speaker_leaves_according_to_the_whole_clause(nlp: Language) -> None:
    text = (  # fresh81 seasia-01 (typhoon Yagi in Vietnam)
        "HCMC – Heavy rainfall brought by typhoon Yagi has caused widespread flooding and severe landslides in "
        "Vietnam’s northern upland, with 152 people reported dead and 140 others missing as of 9 a.m. today, "
        "September 11, according to the Vietnam Disaster and Dyke Management Authority.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("152 people", "140 others"):
        assert _claim(claims, quote).said_by == "Vietnam Disaster and Dyke Management Authority"
    text = (  # a speaker of its own still stands beside it (fresh6, Gaza)
        "Israeli raids on Thursday killed at least 10 Palestinians, Palestinian sources said, while six died in an "
        "aerial attack Friday night, according to a top source at the Health Ministry in Gaza.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at least 10 Palestinians").said_by == "Palestinian sources"


def test_according_to_what_someone_said(nlp: Language) -> None:
    text = (  # fresh42 identifications-04 (mass graves in Raqqa)
        "14 mass graves were so far discovered in the city, distributed in the public squares of the city and the "
        "suburbs, where the Panorama and Euphrates cemeteries are the largest because more than 1,500 bodies were "
        "exhumed from them, according to what Yasser al-Khamis, the head of the Initial Response Team said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "more than 1,500 bodies").said_by == "Yasser al-Khamis"


def test_figures_released_are_not_people_released(nlp: Language) -> None:
    text = (  # fresh9 shipwrecks-04 (crossings to the Canary Islands)
        "Since the beginning of the year, a total of 11,522 migrants have managed to cross the notoriously dangerous "
        "Atlantic route to Spain’s Canary Islands, a number slightly higher than the same period last year, "
        "Interior Ministry figures released September 15 show.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "11,522 migrants").counts != "released"
    text = "Houthi rebels released 20 hostages on Sunday, the ministry said.\n"  # what is freed still is
    assert _claim(claims_of(nlp, text), "20 hostages").counts == "released"


def test_a_closing_body_named_with_its_description(nlp: Language) -> None:
    text = (  # fresh83 centralasia-10 (a coal mine fire in Kazakhstan)
        "London: At least 32 people have died and as many as 14 are missing after a coal mine fire in Kazakhstan, "
        "ArcelorMittal Temirtau, the local unit of the Luxembourg-based steelmaker, said on Saturday.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("At least 32 people", "as many as 14"):
        assert _claim(claims, quote).said_by == "ArcelorMittal Temirtau"
    text = (  # the parser's other reading: the name an apposition of the fire, the title of the name
        "At least 32 people have died and 14 are missing after a coal mine fire, ArcelorMittal Temirtau, the local "
        "unit of the steelmaker, said on Saturday.\n"
    )
    assert _claim(claims_of(nlp, text), "14 are missing").said_by == "ArcelorMittal Temirtau"
    text = (  # a fire's place is no speaker (fresh40 style: "police in Hooper, Utah, said")
        "Two people died in a house fire in Hooper, Utah, police said.\n"
    )
    assert _claim(claims_of(nlp, text), "Two people").said_by == "police"


def test_state_tv_keeps_its_qualifier(nlp: Language) -> None:
    text = (  # fresh181 carbombs-02 (AP on the Chabahar bombing)
        "TEHRAN, Iran (AP) — A suicide car bomber struck a police headquarters in the Iranian port city of Chabahar on "
        "Thursday, killing at least two policemen and wounding 42 people, state TV reported.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two policemen").said_by == "state TV"
    text = "At least 12 people were killed, state IRNA news agency reported.\n"  # a name after it still loses it
    assert _claim(claims_of(nlp, text), "12 people").said_by == "IRNA"


def test_speakers_described_before_the_closing_verb(nlp: Language) -> None:
    text = (  # fresh181 hikers-04 (Mail & Guardian on a Kilimanjaro rockslide)
        "Three American mountain climbers were killed and another seriously injured along with four porters in a "
        "rockslide on Tanzania’s Mount Kilimanjaro, an official and tour operators at Africa’s highest peak said on "
        "Thursday.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Three American mountain climbers", "four porters"):
        assert _claim(claims, quote).said_by == "official and tour operators"


def test_an_age_after_a_name_counts_no_one(nlp: Language) -> None:
    text = (  # fresh178 selfies-12 (a boat capsized during a group selfie on Laguna Lake)
        "The fatalities were Rolino Pareño, aged 43, Weldie Pareño, 42, Neymaret Mendoza, Frederick Orteza, 39, "
        "Malou Gimena, 39, Marilou Barbo Papa, 44, Sean Wilfred Orteza, nine,  and Jannah Pareño, two.\n"
    )
    assert claims_of(nlp, text) == []
    text = (  # a country's count in a list is still a count (fresh103 hajj-02)
        "The other countries that reported deaths among their pilgrims were Mali, 30; India, 14; Egypt, 8.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Mali, 30").value == 30
    assert _claim(claims, "India, 14").value == 14


def test_thousands_written_with_k(nlp: Language) -> None:
    assert _claim(claims_of(nlp, "Over 26K people were displaced by the floods.\n"), "26K").value == 26_000
    assert _claim(claims_of(nlp, "About 1.5k people fled the fighting.\n"), "1.5k").value == 1_500


def test_bites_counted_are_people_bitten(nlp: Language) -> None:
    text = (  # fresh174 snakebites-01 (snakebites in Zimbabwe)
        "5 332 cases of snakebites were recorded with 41 deaths during the year, while 3 195 snake bites were "
        "reported and 39 deaths in 2014.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "5 332").counts == "other:bitten"
    assert _claim(claims, "3 195").counts == "other:bitten"
    assert _claim(claims, "41 deaths").counts == "killed"
    text = (  # fresh178 dogattacks-08 (AP on rabies in Bali): whatever animal bit them
        "The Indonesian government says it’s overwhelmed, with more than 30,000 dog bites reported in just the first "
        "half of this year across Bali.\n"
    )
    assert _claim(claims_of(nlp, text), "30,000").counts == "other:bitten"
    text = "The fire killed 12 elephant calves and three dogs.\n"  # animals are still no people
    assert claims_of(nlp, text) == []


def test_the_person_named_after_two_posts(nlp: Language) -> None:
    text = (  # fresh179 cholera-12 (Nigeria's cholera update)
        "NCDC Deputy Director of Surveillance and National Incident Manager, Dr Muntari Hassan, said 54 deaths and "
        "1,579 suspected cases had been documented since the beginning of the year.\n"
    )
    assert _claim(claims_of(nlp, text), "54 deaths").said_by == "Muntari Hassan"


def test_according_to_details_names_no_one(nlp: Language) -> None:
    text = (  # fresh179 dengue-04 (ARY News on dengue in Rawalpindi)
        "According to details, two patients diagnosed with the dangerous virus succumbed to the disease in "
        "Rawalpindi’s Holy Family hospital along with one more death reported in the Dhok Khabba area of the city.\n"
    )
    assert _claim(claims_of(nlp, text), "two patients").said_by == "reporter"
    text = (  # details someone released are theirs (fresh73 nepal-11)
        "According to details released by the Civil Aviation Authority of Nepal (CAAN), 53 of the passengers, as well "
        "as the four flight staff on board, were Nepali.\n"
    )
    assert _claim(claims_of(nlp, text), "53 of the passengers").said_by == "Civil Aviation Authority of Nepal"
