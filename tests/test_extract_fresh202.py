"""Rules from the session that added fresh202 to fresh205 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_post_with_its_acronym_then_a_name_nobody_recognised(nlp: Language) -> None:
    text = (  # fresh148 farmerherder-11 (on a shootout over grazing in Datia)
        "Datia Superintendent of Police (SP) Pradeep Sharma said five people died.\n"
    )
    assert _claim(claims_of(nlp, text), "five people").said_by == "Pradeep Sharma"


def test_he_said_after_citing_is_the_speaker_who_cited(nlp: Language) -> None:
    text = (  # fresh148 farmerherder-11
        "Citing the initial investigation, Datia Superintendent of Police (SP) Pradeep Sharma said there was an "
        "altercation between one Prakash Dangi and Preetam Pal over the grazing of domestic animals three days ago."
        "\n\nMembers of the two communities once again faced off on Wednesday morning and engaged in a shootout, "
        "which left five dead and eight grievously injured, he said.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("left five dead", "eight grievously injured"):
        claim = _claim(claims, quote)
        assert (claim.said_by, claim.via) == ("Pradeep Sharma", [])
    # what the citing sentence itself says is still the cited source's, through the speaker
    text = "Citing the initial investigation, police chief Pradeep Sharma said five were hurt.\n"
    claim = _claim(claims_of(nlp, text), "five were hurt")
    assert (claim.said_by, claim.via) == ("initial investigation", ["Pradeep Sharma"])


def test_according_to_an_outlet_quoting_a_body(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-09 (Sapa-AFP on the 2002 Karmadon glacier collapse)
        "According to ITAR-TASS, quoting the emergencies ministry, nine bodies have been recovered since the search "
        "began, and 17 inhabitants of the village of Nizhny Karmadon are considered dead, taking the official death "
        "toll to 26 people.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("nine bodies", "17 inhabitants", "26 people"):
        claim = _claim(claims, quote)
        assert (claim.said_by, claim.via) == ("emergencies ministry", ["ITAR-TASS"])
    # a citing clause that closes the sentence still covers only itself
    text = "According to the governor, nine bodies have been recovered, citing the emergencies ministry.\n"
    assert _claim(claims_of(nlp, text), "nine bodies").said_by == "governor"


def test_a_post_then_a_name_the_recogniser_took_for_a_place(nlp: Language) -> None:
    text = (  # fresh156 carehomes-02 (on the 2009 orphanage fire in the Philippines)
        "The executive director of the orphanage, Precy Ledaslia, said 27 people were killed in the blaze, one of "
        "the worst to hit the nation in recent years.\n"
    )
    assert _claim(claims_of(nlp, text), "27 people").said_by == "Precy Ledaslia"


def test_an_official_manifest_is_no_person(nlp: Language) -> None:
    text = (  # fresh189 boatfires-11 (The Jakarta Post on a ferry fire off Riau)
        "According to the official manifest at Tanjung Ledong harbor, the ferry was only carrying 61 passengers, in "
        "addition to cargo that included three motorcycles and 300 sacks of rice. By contrast, the captain claimed "
        "there were some 80 people on board.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "carrying 61 passengers").said_by == "official manifest"
    assert _claim(claims, "some 80 people").said_by == "captain"


def test_a_body_described_then_called_by_its_name(nlp: Language) -> None:
    text = (  # fresh140 garmentfactories-12 (on the 2016 Aswad Composite Mills fire)
        "The superintendent of police, Abdul Baten, on Tuesday night also told reporters that the death figure could "
        "rise to nine. A labour group called Garments Workers’ Solidarity Forum, however on Wednesday, put the figure "
        "at 11.\n"
    )
    assert _claim(claims_of(nlp, text), "put the figure at 11").said_by == "Garments Workers' Solidarity Forum"
    # "called on" is a verb, not a name
    text = "The group called on the government to act after 30 people died.\n"
    assert _claim(claims_of(nlp, text), "30 people").said_by == "reporter"


def test_those_who_fell_ill_are_the_ill(nlp: Language) -> None:
    text = (  # fresh202 foodpoisoning-01 (BBC on the 2013 Bihar midday meal poisoning)
        "In all, 47 primary school children fell ill after consuming the meal of rice and soybeans on Tuesday.\n"
    )
    assert _claim(claims_of(nlp, text), "47 primary school children").counts == "other:ill"
    text = (  # fresh202 foodpoisoning-05 (Kashmir Life on a wedding feast in Kupwara)
        "SRINAGAR: On Thursday a marriage function turned into mourning after 60 people including bride and groom "
        "fell sick within hours after they had their Wazwaan feast at Mirnag (Haihama) in Kupwara.\n"
    )
    assert _claim(claims_of(nlp, text), "60 people").counts == "other:ill"
    # (who fell elsewhere fell: "Three workers attempting to help also fell into the well")
    text = "Three workers attempting to help also fell into the well.\n"
    assert _claim(claims_of(nlp, text), "Three workers").counts != "other:ill"


def test_those_in_hospital_in_a_poisoning_are_in_care(nlp: Language) -> None:
    text = (  # fresh202 foodpoisoning-10 (RT on a 2007 summer camp in the Novgorod region)
        "All 119 people have been hospitalised. 42 people are sick, 24 of whom are in a serious condition and 18 are "
        "in satisfactory condition with a tentative diagnosis of food poisoning. 77 people remain in hospital for "
        "medical examination.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "77 people").counts == "other:hospitalised"
    text = (  # fresh202 foodpoisoning-05
        "He said they all had food poisoning and had diarrhoea. 60 persons are under treatment in Kupwara hospital "
        "and all are stable.\n"
    )
    assert _claim(claims_of(nlp, text), "60 persons").counts == "other:hospitalised"
    # with no illness named, those in hospital may be the injured: no label from the place alone
    text = "A bus overturned on the highway. 12 people remain in hospital.\n"
    assert _claim(claims_of(nlp, text), "12 people").counts != "other:hospitalised"


def test_a_clause_of_its_own_after_a_toll_says_what_its_count_is(nlp: Language) -> None:
    text = (  # fresh202 foodpoisoning-07 (The Observer on a funeral poisoning in Jinja), in a plainer form
        "Three people have been confirmed dead after the poisoning and 100 others are in hospital.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Three people").counts == "killed"
    assert _claim(claims, "100 others").counts == "other:hospitalised"
    text = "Two people were killed and 60 people were at the stadium.\n"
    assert _claim(claims_of(nlp, text), "60 people").counts == "other:present"
    # a list that breaks the count down still counts as it does
    text = "The blast killed 12 people, including five women and seven children.\n"
    assert _claim(claims_of(nlp, text), "seven children").counts == "killed"
