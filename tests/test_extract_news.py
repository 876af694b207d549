"""Extraction on sentences from real reports beyond the seeds (see data/dev for their sources)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import claims_of, extract_text


def test_wire_dateline_makes_the_agency_a_relay(nlp: Language) -> None:
    text = "BEIRUT, December 6, 2013 (AFP) - At least 16 people were killed in air raids, the Syrian Observatory for Human Rights said."
    (claim,) = claims_of(nlp, text)
    assert (claim.said_by, claim.via) == ("Syrian Observatory for Human Rights", ["AFP"])


def test_nested_relays_compose_outermost_first(nlp: Language) -> None:
    text = (
        "At least 65 people have been killed in strikes since Monday evening, the coastal enclave’s health ministry "
        "said on Wednesday, Trend reports citing TASS."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.said_by, claim.via) == ("health ministry", ["Trend", "TASS"])


def test_an_official_speaks_for_their_body_and_the_centre_refers_back(nlp: Language) -> None:
    text = (
        "The death toll has risen to 7,040, an official from the National Emergency Operations Centre said on Sunday. "
        "More than 14,000 other people were injured, the centre’s duty officer said."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"National Emergency Operations Centre"}


def test_reported_speech_carries_to_the_next_sentence_of_the_paragraph(nlp: Language) -> None:
    text = (
        "At least 20 civilians were killed in the shelling, local health authorities said. "
        "At least 59 other people suffered injuries.\n\n"
        "In a separate attack, 12 people were killed."
    )
    claims = {c.value: c for c in claims_of(nlp, text)}
    assert claims[59].said_by == "local health authorities"
    assert claims[12].said_by == "reporter"


def test_citing_clause_relays_to_the_cited_source(nlp: Language) -> None:
    text = (
        "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said the toll continues to "
        "mount, citing the World Health Organization as saying that flooding left 3,958 people dead."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "World Health Organization"
    assert claim.via == ["United Nations Office for the Coordination of Humanitarian Affairs"]


def test_title_case_dateline_is_not_a_speaker(nlp: Language) -> None:
    text = "Mexico City — As many as 45 bodies have been discovered in clandestine burial sites, officials said late on Monday."
    (claim,) = claims_of(nlp, text)
    assert (claim.value, claim.qualifier, claim.said_by) == (45, "upTo", "officials")


def test_attribution_after_a_closing_quote(nlp: Language) -> None:
    text = (
        "The ministry gave new figures on Wednesday.\n"
        '"As many as 65 people have been killed," the Al-Quds online daily reported quoting the ministry as saying.'
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.said_by, claim.via) == ("ministry", ["Al-Quds"])


@pytest.mark.parametrize(
    ("text", "said_by", "via"),
    [
        (
            "At least 12 people were killed, interior minister Ihor Klymenko said in a post on X.",
            "Ihor Klymenko",
            ["X"],
        ),
        (
            "Some 40 civilians were killed in the strike, local officials said, according to Reuters.",
            "local officials",
            ["Reuters"],
        ),
        ("Yermak said on his Telegram channel that 116 Ukrainians had been returned.", "Yermak", ["Telegram"]),
    ],
)
def test_platforms_and_outlets_relay_a_speaker(nlp: Language, text: str, said_by: str, via: list[str]) -> None:
    (claim,) = claims_of(nlp, text)
    assert (claim.said_by, claim.via) == (said_by, via)


@pytest.mark.parametrize(
    "text",
    [
        "(AP) — At least 12 people were killed in the blast, police said.",
        "Xinhua, October 27, 2015\n\nAt least 12 people were killed in the blast, police said.",
        "At least 12 people were killed in the blast, police said.\n\n(With inputs from PTI)",
        "By Reuters Staff\n\nAt least 12 people were killed in the blast, police said.",
        "At least 12 people were killed in the blast, police said.\n\n— AFP",
    ],
)
def test_wire_credits_make_the_agency_a_relay(nlp: Language, text: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "police" and len(claim.via) == 1
    assert claim.via[0] in ("AP", "Xinhua", "PTI", "Reuters", "AFP")


@pytest.mark.parametrize(
    ("text", "said_by", "via"),
    [
        (
            "At least 30 miners were trapped by an explosion in a coal mine in northeastern Colombia, "
            "the mayor of the town of Sardinata said Wednesday.",
            "mayor of the town of Sardinata",
            [],
        ),
        (
            "An explosion killed seven workers Monday at an underground coal mine, the mine owner and mine safety "
            "officials said.",
            "mine owner and mine safety officials",
            [],
        ),
        (
            "At the moment of the explosion 30 people were trapped, Rangel said on Radio Caracol.",
            "Rangel",
            ["Radio Caracol"],
        ),
    ],
)
def test_sources_in_fresh_wire_copy(nlp: Language, text: str, said_by: str, via: list[str]) -> None:
    claim = claims_of(nlp, text)[0]
    assert (claim.said_by, claim.via) == (said_by, via)


@pytest.mark.parametrize(
    ("text", "value", "said_by", "via"),
    [
        # A title in apposition to a name: the person speaks.
        (
            "The Ukrainian president’s chief of staff, Andriy Yermak, said 116 Ukrainians had been returned, while "
            "Russian news agencies cited Moscow’s defense ministry saying 63 Russian POWs had been freed.",
            116,
            "Andriy Yermak",
            [],
        ),
        # A contrastive "while" clause is a statement of its own, not relayed by the first speaker.
        (
            "The Ukrainian president’s chief of staff, Andriy Yermak, said 116 Ukrainians had been returned, while "
            "Russian news agencies cited Moscow’s defense ministry saying 63 Russian POWs had been freed.",
            63,
            "Moscow's defense ministry",
            ["Russian news agencies"],
        ),
        # Of two subjects the parser hangs on the verb, the one next to it.
        (
            "“We managed to return 116 of our people, defenders of Mariupol, partisans from Kherson, snipers from the "
            "Bakhmut (front), and other heroes of ours,” Yermak wrote on Telegram.",
            116,
            "Yermak",
            ["Telegram"],
        ),
        # A surname stands for the fullest form the speaker was given.
        (
            "A massive fire at a seven-storey building in Bangladesh's Dhaka killed at least 43 people and left 22 "
            "others injured, Health Minister Dr Samanta Lal Sen said on Friday.\n"
            '"Thirty-three people died at the Dhaka Medical College Hospital (DMCH) and 10 at (the nearby) Sheikh '
            'Hasina National Institute of Burn and Plastic Surgery," Sen said.',
            10,
            "Samanta Lal Sen",
            [],
        ),
    ],
)
def test_speakers_named_around_titles_and_clauses(
    nlp: Language, text: str, value: int, said_by: str, via: list[str]
) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert (claim.said_by, claim.via) == (said_by, via)


@pytest.mark.parametrize(
    ("text", "value", "said_by"),
    [
        # Conjoined source nouns before the verb, even where the parser hangs them elsewhere.
        (
            "As floodwaters receded in northern China's Shaanxi Province today, rescuers frantically searched for at "
            "least 266 missing people feared swept away by the torrential deluge, officials and press reports said.",
            266,
            "officials and press reports",
        ),
        # "an official" is someone new, not the officials named before.
        (
            "More than 300 towns and villages were affected in the province and 83,000 homes were damaged, according "
            "to officials.\nIn the province's Ningshan County, some 163 people were still missing today, with 4,300 "
            "reported homeless and 11 confirmed dead, an official said.",
            163,
            "official",
        ),
    ],
)
def test_joint_and_indefinite_sources(nlp: Language, text: str, value: int, said_by: str) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.said_by == said_by


@pytest.mark.parametrize(
    ("text", "value", "said_by", "via"),
    [
        (
            "Around 200 families from various parts of the country came to the city of Villavicencio, on Thursday "
            "December  17, to receive the skeletal remains of men and women who were buried for several years as "
            "“unknown people” in different cemeteries, according to a statement from the office of the High "
            "Commissioner for Peace.",
            200,
            "office of the High Commissioner for Peace",
            [],
        ),
        (
            "In the most recent report by the UN Office for the Coordination of Humanitarian Affairs (OCHA), nearly 50 "
            "thousand Syrians were displaced across Idlib and northern Aleppo.",
            50000,
            "UN Office for the Coordination of Humanitarian Affairs",
            [],
        ),
        (
            "A UNHCR official in the Iranian capital, Tehran, on Wednesday denied a claim by the government that more "
            "than 20,000 Afghan refugees had fled across the border from Afghanistan since the beginning of US-led air "
            "strikes on Sunday.",
            20000,
            "government",
            [],
        ),
        (
            "Nouri's comments follow Tuesday's report by IRNA, the official Iranian news agency, quoting the country's "
            'deputy health minister, Mohammad-Esmail Akbari, as saying that "since the beginning of the American '
            'attack on Afghanistan more than 20,000 Afghans have crossed the border into Sistan-Baluchestan", in '
            "southeastern Iran.",
            20000,
            "Mohammad-Esmail Akbari",
            ["IRNA"],
        ),
        # A body of figures a country's name possesses stays a source as written.
        (
            "Azerbaijan’s official records still name at least 3,980 people as missing.",
            3980,
            "Azerbaijan's official records",
            [],
        ),
    ],
)
def test_statements_and_reports_with_a_named_author(
    nlp: Language, text: str, value: int, said_by: str, via: list[str]
) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert (claim.said_by, claim.via) == (said_by, via)


def test_an_outlet_named_after_its_description_relays_the_speaker_throughout(nlp: Language) -> None:
    text = (
        "The group, which took over vast swathes of Iraq and Syria in 2014, had taken the inmates from the prison in "
        "the northern area of Badush and killed them near a waterway, according to the Mass Graves Department at the "
        "government-linked Foundation of Martyrs.\n"
        "“The process of opening the graves took more than two years and resulted in the removal of 605 bodies,” "
        "department chief Dhiaa Karim told a press conference in Baghdad on Sunday, held in participation with a "
        "representative from the state-linked Medical Legal Directorate (MLD), according to Iraq’s state news agency "
        "INA.\n"
        "According to Karim, 401 body parts and 204 full bodies were recovered, and were handed over to the MLD for "
        "identification as they were exposed to events like floods and changes in the climate.\n"
        "The state news agency said the bodies of 78 of the victims have been identified so far."
    )
    claims = {c.value: c for c in claims_of(nlp, text)}
    assert (claims[605].said_by, claims[605].via) == ("Dhiaa Karim", ["INA"])
    assert (claims[401].said_by, claims[401].via) == ("Dhiaa Karim", ["INA"])
    assert (claims[78].said_by, claims[78].via) == ("INA", [])


@pytest.mark.parametrize(
    ("text", "value", "said_by"),
    [
        # A participle's agent reports the counted noun it modifies.
        (
            "Most of the 401 people listed as missing by Rio's state government are presumed dead, as emergency "
            "workers and soldiers continue to dig through mud and debris looking for more bodies.",
            401,
            "Rio's state government",
        ),
        # Handing over figures is reporting them.
        (
            "However, Philippine National Police spokesperson Colonel Roderick Alba only provided details of the "
            "reported 29 deaths caused by Typhoon Rai, the 15th and the most destructive typhoon to hit the Southeast "
            "Asian country this year.",
            29,
            "Roderick Alba",
        ),
        # The author of a count or of a released statement.
        (
            "A separate count by the Social Affairs Ministry put the toll at 114,978 with about 24,000 missing.",
            24000,
            "Social Affairs Ministry",
        ),
        # An indefinite source named in the next sentence.
        (
            "The remains of 605 people believed to have been killed by ISIL (ISIS) have been exhumed from a mass grave "
            "near a prison in northern Iraq over the past two years, a government agency has said.\n"
            "The group, which took over vast swathes of Iraq and Syria in 2014, had taken the inmates from the prison "
            "in the northern area of Badush and killed them near a waterway, according to the Mass Graves Department "
            "at the government-linked Foundation of Martyrs.",
            605,
            "Mass Graves Department",
        ),
        # ... but "an official from" a named body is named already.
        (
            '"The death toll in Shaanxi Province continues to be 152 dead and 266 missing," an official from China\'s '
            "civil affairs ministry said.\n"
            "The ministry's flood control office yesterday announced that 205 people have been killed so far in "
            "floods that have wracked northern, central and southern China since late last week.",
            152,
            "China's civil affairs ministry",
        ),
    ],
)
def test_reporting_by_participles_handovers_and_later_names(nlp: Language, text: str, value: int, said_by: str) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.said_by == said_by


def test_a_released_statement_speaks_for_its_author(nlp: Language) -> None:
    text = (
        "A statement released by Indonesia's welfare ministry's disaster management centre said the number of "
        "people believed missing was now 37,063, compared to the last reported figure of 93,458."
    )
    sources = {a.source for a in extract_text(nlp, text).attributions}
    assert sources == {"Indonesia's welfare ministry's disaster management centre"}


def test_the_agent_of_a_passive_release_speaks(nlp: Language) -> None:
    text = (
        "New figures on the Indian Ocean Tsunami disaster death toll have been released by Indonesia's National "
        "Disaster Relief Coordination Agency. It confirms 126,473 dead and 93,943 missing in Indonesia, the worst hit "
        "nation by far."
    )
    claim = next(c for c in claims_of(nlp, text) if c.value == 93943)
    assert claim.said_by == "Indonesia's National Disaster Relief Coordination Agency"


def test_sources_cited_in_an_outlets_report_keep_the_relay(nlp: Language) -> None:
    text = (
        "The fire broke out around 9:50 pm on Thursday at a restaurant on the building's first floor and quickly "
        "spread to the upper floors that had more restaurants and a garment shop, according to fire service officials "
        "cited in a news agency PTI report.\n"
        "The officials said 75 people, including 42 in unconscious state, were taken out of the seven-storey "
        "building, adding that thirteen fire service units were mobilised."
    )
    claim = next(c for c in claims_of(nlp, text) if c.value == 75)
    assert (claim.said_by, claim.via) == ("fire service officials", ["PTI"])


def test_a_lead_relay_wraps_the_next_sentences_own_relay(nlp: Language) -> None:
    text = (
        "At least 65 people, including 16 minors, have been killed and 365 more wounded in Israeli strikes pounding "
        "the Gaza Strip since Monday evening, the coastal enclave’s health ministry said on Wednesday, Trend reports "
        "citing TASS.\n"
        '"As many as 65 people have been killed, including 16 underage children and five women, while another 365 '
        'have received wounds varying in severity in Israel’s bombardments," the Al-Quds online daily reported '
        "quoting the ministry as saying."
    )
    claim = next(c for c in claims_of(nlp, text) if c.value == 5)
    assert (claim.said_by, claim.via) == ("health ministry", ["Trend", "TASS", "Al-Quds"])


@pytest.mark.parametrize(
    ("text", "value", "said_by"),
    [
        (
            "Speaker Alen Simonyan said on Monday that some 430 Azerbaijani soldiers were killed in the attack.",
            430,
            "Alen Simonyan",
        ),
        (
            "Parliament Speaker Alen Simonyan said on Monday that some 430 Azerbaijani soldiers were killed.",
            430,
            "Alen Simonyan",
        ),
        (
            "Ombudsman Dmytro Lubinets said that 390 Ukrainian prisoners of war had been released from captivity.",
            390,
            "Dmytro Lubinets",
        ),
    ],
)
def test_an_office_before_a_name_is_not_part_of_it(nlp: Language, text: str, value: int, said_by: str) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.said_by == said_by


UNN_LEAD = (
    'Ombudsman Dmytro Lubinets announced the first return home of Ukrainian prisoners as part of the "1000 for 1000" '
    "format. In total, 390 people returned to their homeland, writes UNN with reference to the Office of the "
    "Ombudsman.\n\n"
    "The Coordination Headquarters for the Treatment of Prisoners of War provided the first details about the people "
    "who were released from Russian captivity."
)


def test_an_outlet_writing_with_reference_to_a_source(nlp: Language) -> None:
    claim = next(c for c in claims_of(nlp, UNN_LEAD, publisher="UNN") if c.value == 390)
    assert (claim.said_by, claim.via) == ("Office of the Ombudsman", ["UNN"])
    # A return home in a report of a prisoner exchange is a release, not a displacement.
    assert claim.counts == "released"


def test_the_publishers_own_lead_relays_the_whole_article(nlp: Language) -> None:
    text = (
        "Baku, April 14, AZERTAC\n\n"
        "At least 320 people were killed or wounded in recent attacks by the paramilitary Rapid Support Forces (RSF) "
        "on Sudan’s city of El Fasher and surrounding areas in North Darfur, a local resistance group announced early "
        "Sunday, Anadolu Agency reported.\n\n"
        "In a separate statement, the General Coordination for Displaced Persons and Refugees in Darfur, another "
        "grassroots group, said RSF artillery targeted the Abu Shouk camp during Maghrib prayer (dusk prayer) on "
        "Saturday evening, killing multiple displaced civilians.\n\n"
        "Earlier that day, heavy shelling on the same camp killed at least five civilians and injured several others, "
        "with no emergency response available due to the collapse of the health system."
    )
    claims = claims_of(nlp, text, publisher="AZERTAC")
    assert next(c for c in claims if c.value == 320).via == ["AZERTAC", "Anadolu Agency"]
    assert next(c for c in claims if c.value == 5).via == ["AZERTAC", "Anadolu Agency"]


def test_an_unnamed_person_and_he_said(nlp: Language) -> None:
    text = (
        "In AA-controlled Rathedaung township, a junta jet bombed Htun Ya Wai village just after 10 a.m., a person "
        "close to the AA told RFA.\n"
        "“13 dead … at least 20 injured, but the numbers could rise,” he said. “We are still confirming.”"
    )
    for claim in claims_of(nlp, text, publisher="Radio Free Asia"):
        assert (claim.said_by, claim.via) == ("person close to the AA", ["RFA"])


def test_a_joint_wire_credit_and_a_post_on_a_platform(nlp: Language) -> None:
    text = (
        "UNITED NATIONS, Aug 8 (NNN-Xinhua) — More than 150,000 Somalians have fled their homes since June due to "
        "flash and riverine flooding in the southern regions of this Horn of Africa nation, a UN spokesman said."
    )
    claim = claims_of(nlp, text, publisher="NNN")[0]
    assert claim.via == ["NNN", "Xinhua"]
    text = (
        "Davao de Oro's provincial government said in a Facebook post that 54 people had died in the landslide, "
        "raising its previous death toll of 37 earlier in the day as rescue workers found more bodies."
    )
    claim = next(c for c in claims_of(nlp, text) if c.value == 54)
    assert claim.via == ["Facebook"]


@pytest.mark.parametrize(
    ("text", "value", "said_by"),
    [
        (
            "China’s mines are the world’s most dangerous, with thousands of deaths reported every year caused by "
            "explosions, fires, cave-ins and flooding often blamed on lax safety rules and lack of required equipment.",
            1000,
            "reporter",
        ),
        (
            "The blast rocked Chenjiashan coal mine in Shaanxi province at 7:20 a.m. Sunday, when 293 workers were "
            "underground, the official Xinhua News Agency said.",
            293,
            "Xinhua News Agency",
        ),
        (
            "At least 320 people were killed or wounded in recent attacks by the paramilitary Rapid Support Forces "
            "(RSF) on Sudan’s city of El Fasher and surrounding areas in North Darfur, a local resistance group "
            "announced early Sunday.",
            320,
            "local resistance group",
        ),
    ],
)
def test_who_speaks(nlp: Language, text: str, value: int, said_by: str) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.said_by == said_by


def test_an_unnamed_spokesman_is_the_person_named_next(nlp: Language) -> None:
    text = (
        "UNITED NATIONS, Aug 8 (NNN-Xinhua) — More than 150,000 Somalians have fled their homes since June due to "
        "flash and riverine flooding in the southern regions of this Horn of Africa nation, a UN spokesman said.\n"
        "“In Somalia, the UN Refugee Agency (UNHCR) said today that more than 150,000 people have fled their homes "
        "since late June – including 23,000 in the last week alone – due to flooding in the southern parts of the "
        "country,” Farhan Haq, deputy spokesman for UN Secretary-General Antonio Guterres, told journalists at a "
        "virtual press briefing."
    )
    first = claims_of(nlp, text, publisher="NNN")[0]
    assert first.said_by == "Farhan Haq"
