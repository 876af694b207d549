"""Credits, places and lists on real sentences from the blind set data/dev/fresh8: a syndicator's credit
before a wire dateline, a dateline with two agencies and a colon, a source's place without a second place,
and a list that goes on without its noun."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_a_syndicators_credit_before_the_wire_dateline(nlp: Language) -> None:
    text = (  # floods-05 (MENAFN carrying KUNA)
        "(MENAFN- Kuwait News Agency (KUNA)) ISLAMABAD, Sept 7 (KUNA) -- The authorities on Sunday have confirmed "
        "that 907 people have lost their lives while 1,044 sustained injuries in recent floods since last month "
        "across Pakistan."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text, publisher="MENAFN")]
    assert got == [(907, "authorities", ["MENAFN", "KUNA"]), (1044, "authorities", ["MENAFN", "KUNA"])]


def test_a_dateline_with_two_agencies_and_a_colon(nlp: Language) -> None:
    text = (  # armenia2-02 (Big News Network carrying ANI and Sputnik)
        "YEREVAN, Armenia, Western Asia, December 6 (ANI/Sputnik): More than 210 requests into the whereabouts of "
        "missing Armenian soldiers have been received by a hotline run by the Russian peacekeeping contingent in "
        "Nagorno-Karabakh over the past week, the Russian Ministry of Defense said on Sunday.\n\n"
        "Russian experts passed on the information of 186 missing Armenian troops to search groups operating under "
        "the guidance of the Russian peacekeeping contingent in Nagorno-Karabakh, the ministry said."
    )
    claim = next(c for c in claims_of(nlp, text, publisher="Big News Network") if c.value == 186)
    assert claim.via == ["Big News Network", "ANI", "Sputnik"]


def test_a_source_keeps_its_place_but_not_a_second_one(nlp: Language) -> None:
    text = (  # floods-04 (AP copy)
        "Authorities in the Euskirchen region in western Germany said Thursday that eight deaths had been reported "
        "there in connection with the flooding."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "Authorities in the Euskirchen region"


def test_a_list_goes_on_without_its_noun(nlp: Language) -> None:
    text = (  # armenia2-06 (the Armenian government's report on the refugees of September 2023)
        "988 people were sheltered in Aragatsotn region, 3,665 people in Ararat region, 1,231 in Armavir region, "
        "1,542 in Gegharkunik region, 663 in Lori region, 4,156 in Kotayk region, 783 in Shirak region, 1,958 in "
        "Syunik region, 1,070 in Vayots Dzor, and 797 people in Tavush region."
    )
    claims = claims_of(nlp, text)
    assert [c.value for c in claims] == [988, 3665, 1231, 1542, 663, 4156, 783, 1958, 1070, 797]
    assert {c.counts for c in claims} == {"other:sheltered"}


def test_respectively_pairs_each_number_with_its_own_source(nlp: Language) -> None:
    text = (  # floods-06
        "Madhya Pradesh and Chhattisgarh reported 14 and 15 deaths, respectively, suspected to have been caused by "
        "heat, while Jharkhand reported 12 such cases."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got[:2] == [(14, "killed", "Madhya Pradesh"), (15, "killed", "Chhattisgarh")]


def test_respectively_pairs_each_number_with_its_own_count(nlp: Language) -> None:
    # the construction of Xinhua's and PTI's casualty round-ups
    text = "The number of dead and injured rose to 45 and 120, respectively, according to the health ministry."
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(45, "killed", "health ministry"), (120, "injured", "health ministry")]


def test_a_name_with_and_is_not_taken_for_two_sources(nlp: Language) -> None:
    text = "The Ministry of Labour and Social Affairs said 12 and 15 people were killed and injured, respectively."
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [
        (12, "killed", "Ministry of Labour and Social Affairs"),
        (15, "injured", "Ministry of Labour and Social Affairs"),
    ]


def test_a_post_of_a_country_and_then_its_holder(nlp: Language) -> None:
    text = (  # armenia2-04 (ARMENPRESS), its misspelling mended
        "The 24 servicemen, with whom the communication was interrupted on November 16, have been captured, "
        "Prime Minister of Armenia Nikol Pashinyan said in an online press conference."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "Nikol Pashinyan"


def test_as_per_data_and_a_later_sentence_that_says_where_the_numbers_came_from(nlp: Language) -> None:
    text = (  # floods-06 (Asian Voice)
        "As per data collated by the newspaper, Delhi has so far recorded 76 heat-related deaths, the highest "
        "confirmed toll in the country. These numbers have been gathered from authorities in various govt hospitals "
        "in the capital."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.said_by, claim.via) == ("authorities", ["newspaper"])
    # "as per" is "according to" only where it names whose figures they are
    text = (  # graves-05 (fresh7, Libya Observer)
        "The Authority said four bodies were found in a mass grave and two others were found in two different "
        "graves: all in the same area, adding that it is working on identifying the bodies as per the reports of "
        "the missing in the city."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Authority"}
