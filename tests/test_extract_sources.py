"""Who said a figure, on real sentences from the fresh dev set (data/dev/fresh): names the article
completes elsewhere, reports that speak for their authors, and page furniture around the lead."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tallygraph.extract.fullnames import fuller_name
from tallygraph.extract.segment import body_blocks

from .conftest import claims_of


def test_another_before_a_number_is_not_a_count_of_one(nlp: Language) -> None:
    text = "UNOCHA said another 516 people including 203 men and 213 women from the district were reported missing."
    values = sorted(c.value for c in claims_of(nlp, text))
    assert values == [203, 213, 516]


def test_a_named_owner_is_kept_and_completes_the_earlier_description(nlp: Language) -> None:
    text = (
        "MANILA (Reuters) -- The number of people killed by a landslide in the southern Philippines has risen to 54, "
        "the provincial government said on Sunday, as rescue workers dug more bodies from the mud.\n"
        "Davao de Oro's provincial government said in a Facebook post that 54 people had died in the landslide, "
        "raising its previous death toll of 37 earlier in the day as rescue workers found more bodies."
    )
    claims = claims_of(nlp, text)
    assert {c.said_by for c in claims} == {"Davao de Oro's provincial government"}


def test_fuller_name_needs_exactly_one_completion() -> None:
    names = {"Davao de Oro's provincial government", "Herat Provincial Hospital", "Edward Macapili"}
    assert fuller_name("provincial government", names) == "Davao de Oro's provincial government"
    assert fuller_name("hospital", names) == "Herat Provincial Hospital"
    assert fuller_name("hospital", {*names, "Al-Aqsa Hospital"}) == "hospital"  # two hospitals: no guess
    assert fuller_name("Reuters", names) == "Reuters"  # a name is not a description
    assert fuller_name("government", {"government officials"}) == "government"
    assert fuller_name("health ministry", {"Ministry of Health", "Gaza"}) == "Ministry of Health"  # another order
    assert fuller_name("health ministry", {"Ministry of Health", "Health Ministry of Gaza"}) == "health ministry"


def test_the_report_speaks_for_the_organisation_that_gave_it(nlp: Language) -> None:
    text = (
        "A spokesman for the ministry, Janan Saiq, said that nearly 20,000 homes were destroyed in 20 villages.\n\n"
        "However, the UN Office for the Coordination of Humanitarian Affairs (OCHA) gave a different tally for the "
        "dead and injured.\n\n"
        "“To date, 1,023 people are reported to have been killed and 1,663 people injured across eleven villages of "
        "Zindajan district, Herat province,” the report stated.\n\n"
        "The report noted a total figure of vulnerable families as: 1,320 families in Zindajan, 150 families in "
        "Injil, 95 families in Gulran."
    )
    claims = claims_of(nlp, text)
    owners = {c.value: c.said_by for c in claims}
    ocha = "UN Office for the Coordination of Humanitarian Affairs"
    assert owners == {1023: ocha, 1663: ocha, 1320: ocha, 150: ocha, 95: ocha}


def test_a_time_stamp_line_is_not_the_lead() -> None:
    text = (
        "30 August 2022 16:50 (UTC+04:00)\n"
        "Armenia returns presumed remains of 138 Azerbaijanis missing in first Karabakh war\n\n"
        "Armenia has handed over the presumed remains of 138 Azerbaijanis, Azernews reports.\n"
    )
    assert body_blocks(text)[0].text.startswith("Armenia has handed over")


def test_the_publishers_cited_lead_reaches_past_a_time_stamp(nlp: Language) -> None:
    text = (
        "30 August 2022 16:50 (UTC+04:00)\n\n"
        "Armenia has handed over the presumed remains of 138 Azerbaijanis, who went missing during the first "
        "Karabakh war (1988-1994), Azernews reports, citing Ismayil Axundov, Secretary of the State Commission on "
        "POWs, Missing Persons and Hostages.\n\n"
        "Some 183 remains of unknown individuals, who died during the first Karabakh war, were exhumed from 191 "
        "unknown graves in 21 cemeteries."
    )
    claim = next(c for c in claims_of(nlp, text, publisher="Azernews") if c.value == 183)
    assert (claim.said_by, claim.via) == ("Ismayil Axundov", ["Azernews"])


def test_a_hard_wrapped_line_is_not_a_heading() -> None:
    text = (
        "He further disclosed that the ministry received 1,400 reports of missing individuals trapped under the "
        "rubble,\nincluding 720 children.\n"
    )
    assert [b.text for b in body_blocks(text)] == [text.strip()]


def test_datelines_with_a_plain_hyphen_or_a_colon_are_not_speakers(nlp: Language) -> None:
    text = (
        "ISLAMABAD - At least 1,294 persons have been confirmed dead and 1,366 injured so far in Pakistan's "
        "worst-ever floods in 80 years, the Federal Flood Commission (FFC) said in a report on Thursday."
    )
    claims = claims_of(nlp, text)
    assert {(c.said_by, tuple(c.via)) for c in claims} == {("Federal Flood Commission", ())}
    assert body_blocks("Manila: Philippine authorities announced today that the toll has risen to 60.")[
        0
    ].text.startswith("Philippine")


def test_earlier_media_reports_are_a_source_of_their_own(nlp: Language) -> None:
    text = (
        "ISLAMABAD - At least 1,294 persons have been confirmed dead, the Federal Flood Commission (FFC) said.\n"
        "Earlier media reports suggested that over 1,600 people were killed and more than 5,000 injured due to "
        "the floods."
    )
    claim = next(c for c in claims_of(nlp, text) if c.value == 1600)
    assert claim.said_by == "Earlier media reports"


def test_told_media_names_no_outlet_and_minimum_is_a_lower_bound(nlp: Language) -> None:
    text = (
        "Pakistan's federal minister for information Qamaruz Zaman Kaira told media that minimum 12 million people "
        "had been affected."
    )
    claim = claims_of(nlp, text)[0]
    assert (claim.said_by, claim.via, claim.qualifier) == ("Qamaruz Zaman Kaira", [], "atLeast")


def test_a_doctors_network_is_a_source_not_an_outlet(nlp: Language) -> None:
    text = (
        "At least 24 civilians were killed when the Rapid Support Forces attacked a vehicle carrying displaced "
        "families in Sudan’s North Kordofan, according to the Sudan Doctors Network on Saturday."
    )
    claim = claims_of(nlp, text, publisher="Shafaq News")[0]
    assert (claim.said_by, claim.via) == ("Sudan Doctors Network", [])


def test_people_named_by_their_fate(nlp: Language) -> None:
    text = (
        "Myanmar authorities said more than a week ago that some 400 Rohingya, mostly insurgents, had died in "
        "clashes with troops. At least seven fishermen were killed in the Arabian Sea."
    )
    assert sorted((c.value, c.counts) for c in claims_of(nlp, text)) == [(7, "killed"), (400, "killed")]


def test_a_closing_wire_credit_relays_the_article(nlp: Language) -> None:
    text = (
        "State administration official JM Virkar told the IANS that seven fishermen had died and 14 locals were "
        "injured in the Ratnagiri district.\n"
        "Power supply was also hit as hundreds of electric poles were uprooted or blown away.\n"
        "State officials have assessed preliminary estimates of damage at 2 billion rupees (43 million dollars). (dpa)"
    )
    claims = claims_of(nlp, text)
    assert sorted((c.value, c.said_by, tuple(c.via)) for c in claims) == [
        (7, "JM Virkar", ("dpa", "IANS")),
        (14, "JM Virkar", ("dpa", "IANS")),
    ]  # and the hundreds of poles are not people


def test_as_reported_by_and_a_statement_inside_a_report(nlp: Language) -> None:
    text = (
        "Additionally, 13,162 people have sustained various injuries, as reported by Ashraf Al-Qudra, the "
        "spokesperson of the Ministry of Health in Gaza.\nHe also pointed out that the Israeli occupation committed "
        "37 massacres against Gaza families, resulting in the tragic loss of 352 lives and leaving 669 individuals "
        "with various injuries, Al Mamlaka TV reported."
    )
    got = {c.value: (c.said_by, c.via, c.counts) for c in claims_of(nlp, text)}
    assert got[13162] == ("Ashraf Al-Qudra", [], "injured")
    assert got[352] == ("Ashraf Al-Qudra", ["Al Mamlaka TV"], "killed")
    assert got[669] == ("Ashraf Al-Qudra", ["Al Mamlaka TV"], "injured")


def test_reports_of_missing_people_count_the_people(nlp: Language) -> None:
    text = (
        "He further disclosed that the ministry received 1,400 reports of missing individuals trapped under the "
        "rubble, including 720 children."
    )
    assert sorted((c.value, c.counts) for c in claims_of(nlp, text)) == [(720, "missing"), (1400, "missing")]


def test_a_new_paragraph_does_not_claim_the_quote_before_it(nlp: Language) -> None:
    text = (
        "On Sunday, the UN high commissioner for refugees, Filippo Grandi, warned after visiting the Moldovan border "
        "that the situation would only get worse.\n\n"
        "“This will be a more complex situation,” he said, after having tweeted on Sunday: “More than 1.5 million "
        "refugees from Ukraine have crossed into neighbouring countries in 10 days.”\n\n"
        "Officials said many of the refugees who had arrived in other countries had friends and places to go to."
    )
    claim = claims_of(nlp, text)[0]
    assert claim.said_by == "Filippo Grandi"


def test_a_part_introduced_by_including(nlp: Language) -> None:
    text = (
        "A total of about 1.06 million Ukrainians have fled to Poland since the start of the Russian invasion on "
        "24 February, including 142,300 on Sunday, the Polish border guard said on Monday."
    )
    part = next(c for c in claims_of(nlp, text) if c.value == 142300)
    assert (part.counts, part.said_by, part.part_of) == (
        "displaced",
        "Polish border guard",
        "about 1.06 million Ukrainians",
    )


def test_a_relative_clause_about_a_number_has_no_speaker(nlp: Language) -> None:
    text = (
        "Nazeli Baghdasaryan, spokesperson for Armenian Prime Minister Nikol Pashinyan, indicated that the number of "
        "refugees who entered the country last week had reached 100,417, out of a population – in Nagorno-Karabakh – "
        "that is estimated to reach 120,000 people."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Nazeli Baghdasaryan"}


def test_a_count_the_parser_hung_on_a_modifier(nlp: Language) -> None:
    text = (
        "The head of the institute, Mujo Hadziomerovic, said that 12,469 bone remains were recovered during "
        "excavations of mass graves."
    )
    claim = claims_of(nlp, text)[0]
    assert (claim.value, claim.counts, claim.said_by) == (12469, "remains-found", "Mujo Hadziomerovic")


def test_quoting_a_person_before_the_outlet(nlp: Language) -> None:
    text = (
        "Quoting Rafaelito Alejandro, deputy administrator of the Philippines Office of Civil Defence, Al Jazeera "
        "reported that he confirmed the new death toll on Wednesday, a steep increase on the 26 people reported "
        "killed earlier."
    )
    claim = claims_of(nlp, text)[0]
    assert (claim.said_by, claim.via) == ("Rafaelito Alejandro", ["Al Jazeera"])


def test_the_same_source_and_citing_a_reason(nlp: Language) -> None:
    text = (
        "At least 24 civilians were killed when the Rapid Support Forces attacked a vehicle, according to the Sudan "
        "Doctors Network on Saturday.\n\n"
        "The wounded were taken to hospitals in Al-Rahad, the Network said, citing worsening humanitarian "
        "conditions in the area.\n\n"
        "Earlier this month, an attack on Al-Kuweik Military Hospital in South Kordofan killed at least 22 people, "
        "including medical staff, according to the same source."
    )
    claim = next(c for c in claims_of(nlp, text) if c.value == 22)
    assert (claim.said_by, claim.via) == ("Sudan Doctors Network", [])


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        (
            "Sudan has been gripped by civil war since April 2023, killing tens of thousands of people and "
            "displacing millions.",
            1000000,
            "displaced",
        ),
        ("The UN says the war left more than 14 million people forced from their homes.", 14000000, "displaced"),
        (
            "Thousands more have been affected across the border in the Syrian provinces of Aleppo, Idlib, Hama "
            "and Latakia.",
            1000,
            "other:affected",
        ),
    ],
)
def test_counts_that_stand_alone_or_are_forced_out(nlp: Language, text: str, value: int, counts: str) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.counts == counts


def test_what_befell_them_and_what_befell_a_part(nlp: Language) -> None:
    text = (
        "A total of 11 missing persons were identified through the framework of the Committee on Missing Persons "
        "(CMP) this year.\n\n"
        "There are a total of 2,002 missing persons, of whom 1,051 have been identified to date."
    )
    got = {c.value: c.counts for c in claims_of(nlp, text)}
    assert got == {11: "identified", 2002: "missing", 1051: "identified"}


def test_channels_a_tweet_social_media_and_the_publishers_own_dateline(nlp: Language) -> None:
    text = (
        "Artak Beglaryan, a former Armenian separatist official, said “the last groups” of Nagorno-Karabakh "
        "residents were heading toward Armenia on Saturday.\n\n"
        "“There are at most a few hundred people left, most of whom are civil servants,” he wrote on social media."
    )
    assert claims_of(nlp, text)[0].via == ["social media"]
    text = (
        "TEHRAN (Tasnim) - The UN refugee agency said the number of Rohingya Muslim refugees that have fled recent "
        "violence in Myanmar has spiked to about 370,000."
    )
    claim = claims_of(nlp, text, publisher="Tasnim News Agency")[0]
    assert (claim.said_by, claim.via) == ("UN refugee agency", ["Tasnim"])


def test_families_who_lost_their_homes_are_displaced(nlp: Language) -> None:
    text = "Thousands of families who lost their homes were accommodated in temporary shelters in government buildings."
    assert claims_of(nlp, text)[0].counts == "displaced"


def test_a_dash_quotative_and_a_cited_office_that_relays_nobody(nlp: Language) -> None:
    text = (
        "Ombudsman Dmytro Lubinets announced the first return home of Ukrainian prisoners. In total, 390 people "
        "returned to their homeland, writes UNN with reference to the Office of the Ombudsman.\n\n"
        "Ukraine is taking back some of its citizens as a result of agreements in Turkey to return 1,000 of its "
        "citizens by each side - said Lubinets."
    )
    claim = next(c for c in claims_of(nlp, text, publisher="UNN") if c.value == 1000)
    assert (claim.said_by, claim.via) == ("Dmytro Lubinets", ["UNN"])


def test_parts_named_by_a_pronoun_and_people_who_fled(nlp: Language) -> None:
    text = "Those killed included eight children, two of them infants, as well as several women."
    part = next(c for c in claims_of(nlp, text) if c.value == 2)
    assert part.counts == "killed" and part.part_of is not None and "eight children" in part.part_of
    text = (
        "The Bangladeshi prime minister is visiting a struggling refugee camp that has absorbed some of the "
        "hundreds of thousands who fled recent violence in Myanmar."
    )
    claim = claims_of(nlp, text)[0]
    assert (claim.value, claim.counts) == (100000, "displaced")


def test_a_persons_office_and_parts_of_a_figure_named_before(nlp: Language) -> None:
    text = (
        "A total of 11 missing persons were identified through the framework of the Committee on Missing Persons "
        "(CMP) this year, representative of the office of the Greek Cypriot member Leonidas Pantelides said on "
        "Thursday.\n"
        "Of those 11, he said, nine are Greek Cypriots and two are Turkish Cypriots."
    )
    got = {c.value: (c.counts, c.said_by) for c in claims_of(nlp, text)}
    assert got[11] == ("identified", "Leonidas Pantelides")
    assert got[9] == got[2] == ("identified", "Leonidas Pantelides")


def test_the_headline_repeated_with_its_outlet_is_not_the_lead_but_a_lead_that_begins_like_it_is() -> None:
    title = "Serbia Repatriates 24 War Victims’ Bodies to Kosovo"  # data/dev/fresh7, graves-01 (Balkan Insight)
    text = (
        "Serbia Repatriates 24 War Victims’ Bodies to Kosovo (Balkan Insight)\n15 Sep 14\n"
        "The remains of the ethnic Albanians who were killed during the late 1990s war and buried in a mass grave "
        "near the Serbian town of Raska were sent back to Kosovo for identification.\n"
    )
    assert body_blocks(text, title)[0].text.startswith("The remains")
    lead = "Gunmen kill 16 villagers in Nigeria's Katsina state, officials said on Tuesday.\n"
    assert body_blocks(lead, "Gunmen kill 16 villagers in Nigeria")[0].text == lead.strip()
