"""Rules from the session that added fresh194 to fresh201 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_quotation_over_paragraphs_belongs_to_the_tag_that_closes_it(nlp: Language) -> None:
    text = (  # fresh62 nigeria-06 (Ripples Nigeria on Amnesty International's 2021 count)
        "She said Amnesty investigation revealed that at least 78 people were killed and 160 others abducted by "
        "bandits between July 3 and August 5, in Kaduna State.\n\n"
        "“At least 34 people have been killed in Plateau State, including seven herders who were attacked on July 1 "
        "at Dogon Gaba. Two others were lynched at Fusa Village while trying to locate their missing cow.\n\n"
        "“Villagers from farming communities informed Amnesty International that innocent people and communities "
        "that know nothing about the attacks are sometimes targeted for reprisal.\n\n"
        "“A retaliatory attack on July 31 and August 1, 2021, led to the killing of at least 17 people and the "
        "displacement of hundreds in farming communities in Bassa and Riyom LGAs, Plateau State,” Ojigho added.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("At least 34 people", "Two others", "at least 17 people"):
        assert _claim(claims, quote).said_by == "Ojigho"
    # a paragraph that opens a quotation and closes it names nobody after it: the speaker before goes on
    text = (
        "Kindiki said the floods had hit 38 counties.\n\n“A total of 41,526 households have been displaced.”\n\n"
        "“We are doing all we can,” the governor said.\n"
    )
    assert _claim(claims_of(nlp, text), "41,526 households").said_by == "Kindiki"


def test_a_speaker_by_the_name_he_is_given(nlp: Language) -> None:
    text = (  # fresh152 schoolbuses-08 (CBC on the 2011 Zhengning school bus crash)
        "Two adults — the driver of the minibus and a teacher at the kindergarten — also died in the accident, said "
        "an emergency official surnamed Fan.\n"
    )
    assert _claim(claims_of(nlp, text), "Two adults").said_by == "Fan"
    text = (  # after fresh165 evictions-10 (RFA on the 2012 Hainan land clash): "Another villager surnamed Liu said"
        "Another villager surnamed Liu said three or four hundred police came to the village.\n"
    )
    assert _claim(claims_of(nlp, text), "three or four hundred").said_by == "Liu"


def test_he_opening_the_paragraph_after_a_named_visitor(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-12 (JK News on the 2025 Dharali flash flood)
        "Rescue teams recovered a body by Wednesday evening.\n\n"
        "Uttarakhand Chief Minister Pushkar Singh Dhami visited Dharali to assess the situation and oversee ongoing "
        "rescue operations.\n\n"
        "He confirmed that 190 people had been rescued from the affected region so far.\n"
    )
    assert _claim(claims_of(nlp, text), "190 people").said_by == "Pushkar Singh Dhami"


def test_a_body_named_after_the_place_it_is_in(nlp: Language) -> None:
    text = (  # fresh62 haiti-01 (on the UN's 2024 Haiti toll)
        'Another non-governmental organization in Haiti, the Group for Peace and Development (CPD), said that "more '
        'than a hundred people" were murdered in the Haitian capital on the orders of the leader of one of the '
        "criminal gangs that has controlled a large part of the territory for several years.\n"
    )
    assert _claim(claims_of(nlp, text), "more than a hundred people").said_by == "Group for Peace and Development"
    # a place described after it is no name: "The ministry in Gaza, the territory run by Hamas, said"
    text = "The ministry in Gaza, the territory run by Hamas, said 24 people were killed.\n"
    assert _claim(claims_of(nlp, text), "24 people").said_by == "ministry in Gaza"


def test_citing_a_delegation(nlp: Language) -> None:
    text = (  # fresh31 dams-06 (on the 2024 Arbaat dam collapse)
        "The UN office, citing a government delegation, noted that the number of casualties could be higher, as "
        "scores of people are reported missing or displaced.\n"
    )
    claim = _claim(claims_of(nlp, text), "scores of people")
    assert (claim.said_by, claim.via) == ("government delegation", ["UN office"])


def test_they_after_the_group_the_sentence_before_tells_of(nlp: Language) -> None:
    text = (  # fresh45 schoolattacks-06 (on the 2023 Mpondwe school attack)
        "Army spokesman Felix Kulayigye placed the death toll at 37. Eight people were injured and six others "
        "kidnapped, he said.\n\n"
        "Police earlier blamed the Allied Democratic Forces (ADF), a Ugandan group based in eastern DRC that has "
        "pledged allegiance to the ISIL (ISIS) group, for the attack. They said earlier that 25 bodies were recovered "
        "and eight victims, who remained in critical conditions, were transferred to Bwera Hospital.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "25 bodies").said_by == "Police"
    assert _claim(claims, "Eight people").said_by == "Felix Kulayigye"


def test_police_ranks_in_short_form_before_a_name(nlp: Language) -> None:
    text = (  # fresh167 childlabour-04 (Peace FM on a 2015 Ghana rescue operation)
        "The Director General in-charge of the Criminal Investigation Department (CID), COP Bright Oduro, said "
        "during the seven-hour operation, 24 children, aged between five and 16 years, were rescued while 16 "
        "suspected traffickers were arrested.\n"
    )
    assert _claim(claims_of(nlp, text), "24 children").said_by == "Bright Oduro"
    text = (  # fresh155 cranes-11 (Nation on the 2023 Kilimani crane collapse)
        "Kilimani OCPD Andrew Mbogo confirmed the incident. Nine of them lost their lives.\n"
    )
    assert _claim(claims_of(nlp, text), "Nine of them").said_by == "Andrew Mbogo"
