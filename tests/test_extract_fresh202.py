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
