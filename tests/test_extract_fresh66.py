"""Rules written in the session that brought data/dev/fresh66 to fresh69, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_what_a_denier_confirms_instead_is_its_own_claim(nlp: Language) -> None:
    text = (  # fresh59 libya-08, ansamed
        "Six illegal immigrants were killed and at least 24 others injured at the Mabani detention centre in "
        "Tripoli when armed guards opened fire following a riot and an attempted escape, the IOM said.  However, "
        'the Libyan Interior Minister denied the six deaths, confirming that only one person was killed "accidentally '
        'while leaving the centre".\n'
    )
    claims = claims_of(nlp, text)
    denied = _claim(claims, "denied the six deaths")
    assert (denied.status, denied.said_by) == ("denied", "IOM")
    one = _claim(claims, "one person")
    assert (one.value, one.status, one.said_by) == (1, "claim", "Libyan Interior Minister")


def test_what_a_denier_says_instead_is_not_denied(nlp: Language) -> None:
    text = (  # fresh61 somalia-07, The East African
        "Kenyan Defence Forces (KDF) denied Al-Shabaab’s claim of 57 military deaths, saying “scores” of Al-Shabaab "
        "fighters had been killed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "57 military deaths").status == "denied"
    scores = _claim(claims, "scores")
    assert (scores.status, scores.said_by) == ("claim", "Kenyan Defence Forces")


def test_adding_under_a_statement_keeps_the_speaker_of_the_statement(nlp: Language) -> None:
    text = (  # fresh17 clashes-06, Xinhua
        "An official from the local administration of the district said the death toll rose after 16 more people "
        "died in armed clashes during the last 24 hours, adding that over 170 others were also injured.\n"
    )
    injured = _claim(claims_of(nlp, text), "170 others")
    assert (injured.counts, injured.said_by) == ("injured", "official")


def test_a_war_monitor_and_local_media_are_not_the_country_named_next(nlp: Language) -> None:
    text = (  # fresh69 turkey-03, dunyanews.tv (AFP)
        "Beirut (AFP) – Turkish air strikes killed eight civilians in Syria's Kurdish-held northeast Monday, a war "
        "monitor and local media said, as Ankara launched operations in Iraq and Syria following deadly attacks on "
        "its soldiers.\nOn Saturday, Turkey announced a new wave of air strikes in retaliation for two separate "
        "attacks on its bases in northern Iraq that killed 12 soldiers, which Ankara blamed on Kurdish militants.\n"
    )
    assert _claim(claims_of(nlp, text), "eight civilians").said_by == "war monitor and local media"


def test_a_demonym_that_leads_a_named_force_is_no_part_of_its_name(nlp: Language) -> None:
    text = (  # fresh69 turkey-04, devdiscourse.com
        "In a series of tragic incidents in northern Syria, Turkish-backed forces have reportedly killed at least "
        "14 civilians and wounded 29, says the Kurdish-led Syrian Democratic Forces (SDF).\n"
    )
    assert _claim(claims_of(nlp, text), "14 civilians").said_by == "Syrian Democratic Forces"


def test_a_body_led_by_another_keeps_its_name(nlp: Language) -> None:
    text = (  # fresh29 casualtyreports-04
        "Nearly 1,500 civilian casualties were reported in Yemen in the period between August to October this "
        "year, according to the UNHCR-led Protection Cluster in Yemen.\n"
    )
    assert _claim(claims_of(nlp, text), "1,500").said_by == "UNHCR-led Protection Cluster in Yemen"


def test_an_ngo_named_with_its_abbreviation(nlp: Language) -> None:
    text = (  # fresh68 iran-01
        "At least 92 people have been killed nationwide in Iran’s crackdown on two weeks of protests that erupted "
        "following the death of Mahsa Amini who had been arrested by the morality police, the Norway-based Iran "
        "Human Rights (IHR) NGO said on Sunday.\n"
    )
    assert _claim(claims_of(nlp, text), "92 people").said_by == "Iran Human Rights"


def test_figures_based_on_a_report_are_its_authors(nlp: Language) -> None:
    text = (  # fresh68 indonesia-01, voi.id
        "The details of the death toll based on Antara's report recorded 44 people in three government hospitals, "
        "namely Kanjuruhan Hospital as many as 21 people, Bhayangkara Hasta Brata Batu Hospital as many as two "
        "people, and Dr. Saiful Anwar Hospital Malang as many as 20 people.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "44 people").said_by == "Antara"
    assert _claim(claims, "21 people").said_by == "Antara"


def test_a_ministry_named_in_lower_case_before_the_verb(nlp: Language) -> None:
    text = (  # fresh66 southsudan-10, eastafrikadaily
        "The death toll from fighting in South Sudan’s capital Juba has climbed to 272 people, including 33 "
        "civilians, a source at the country’s ministry of health told Reuters on Sunday.\n"
    )
    claim = _claim(claims_of(nlp, text), "272 people")
    assert (claim.said_by, claim.via) == ("ministry of health", ["Reuters"])


def test_a_mission_named_by_its_abbreviation_after_where_it_is(nlp: Language) -> None:
    text = (  # fresh69 car-11
        'A church was burned, forcing "thousands" of people to flee, the United Nations\' peacekeeping mission in '
        "the CAR (MINUSCA) said.\n"
    )
    claim = _claim(claims_of(nlp, text), "thousands")
    assert (claim.counts, claim.said_by) == ("displaced", "MINUSCA")


def test_cases_of_disappearance_count_the_missing(nlp: Language) -> None:
    text = (  # fresh67 pakistan-10, Aaj TV
        "The report indicates that KP reported 3,485 cases of enforced disappearance.\n"
        "Originally there were 36 cases of enforced disappearances in the county.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "3,485").value, _claim(claims, "3,485").counts) == (3485, "missing")
    assert _claim(claims, "36 cases").counts == "missing"


def test_whoever_confirms_the_casualties_to_an_outlet_sources_the_lead(nlp: Language) -> None:
    text = (  # fresh67 pakistan-11, kashmirdotcom (Dawn.com)
        "At least 52 people were killed — including a police officer — and around 50 were injured in what "
        "officials believe was a suicide blast near a Rabiul Awwal procession in Balochistan’s Mastung district on "
        "Friday. District Health Officer (DHO) Abdul Rasheed Shahi confirmed the casualties to Dawn.com while City "
        "Station House Officer (SHO) Muhammad Javed Lehri said the blast was suicide.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "52 people").said_by == "Abdul Rasheed Shahi"
    assert _claim(claims, "around 50").said_by == "Abdul Rasheed Shahi"


def test_this_was_reported_by_sources_the_sentence_before(nlp: Language) -> None:
    text = (  # fresh67 bangladesh-11, unn.ua
        "At least 20 people have been killed and more than 5.2 million affected by floods in Bangladesh caused by "
        "incessant monsoon rains and overflowing rivers. This was reported by officials on Sunday, Reuters writes, "
        "UNN reports.\n"
    )
    claim = _claim(claims_of(nlp, text), "20 people")
    assert (claim.said_by, claim.via) == ("officials", ["UNN", "Reuters"])


def test_whoever_revises_the_toll_gives_it(nlp: Language) -> None:
    text = (  # fresh68 iran-08, China Daily (Xinhua)
        "In a live interview with the Islamic Republic of Iran News Network (IRINN) on Wednesday, Iranian Health "
        "Minister Bahram Einollahi revised the death toll from 103 to 95.\n"
    )
    claims = claims_of(nlp, text)
    old, new = _claim(claims, "from 103"), _claim(claims, "to 95")
    assert (old.value, old.status, old.said_by) == (103, "superseded", "Bahram Einollahi")
    assert (new.value, new.status, new.said_by) == (95, "claim", "Bahram Einollahi")


def test_what_raised_a_toll_is_no_source_of_it(nlp: Language) -> None:
    text = "The discovery of more bodies in the rubble raised the death toll to 50 on Sunday.\n"
    assert _claim(claims_of(nlp, text), "50").said_by == "reporter"


def test_a_ministry_claiming_instead_a_number_of_deaths(nlp: Language) -> None:
    text = (  # fresh69 turkey-04, devdiscourse.com
        "Nonetheless, Turkey's defence ministry did not acknowledge civilian fatalities, claiming instead 27 Kurdish "
        "militants' deaths.\n"
    )
    claim = _claim(claims_of(nlp, text), "27")
    assert (claim.value, claim.counts, claim.status, claim.said_by) == (
        27,
        "killed",
        "claim",
        "Turkey's defence ministry",
    )


def test_a_ministry_is_not_its_spokesman(nlp: Language) -> None:
    text = (  # fresh9 quakes-01
        '"There are no people left to recover from under the rubble in any village, and all necessary aid is '
        'currently being distributed," an interior ministry official in charge of disaster management, Hossein '
        "Ghadami, told state television on Sunday.\n\nThe interior ministry has revised down the death toll from "
        "250 and the number of injured from 2,000.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "from 250").said_by == "interior ministry"
    assert _claim(claims, "from 2,000").said_by == "interior ministry"


def test_a_place_and_its_wire_alone_on_a_line(nlp: Language) -> None:
    text = (  # fresh68 indonesia-03, france24.com
        "Three Indonesian soldiers killed in fresh Papua violence\n\n\nJakarta (AFP)\n\nThree Indonesian soldiers "
        "were killed in a gun battle with armed separatist rebels in restive Papua province, the military said "
        "Thursday.\n"
    )
    claim = _claim(claims_of(nlp, text), "Three Indonesian soldiers")
    assert (claim.said_by, claim.via) == ("military", ["AFP"])


def test_a_dateline_in_capitals_beyond_ascii_and_its_agency(nlp: Language) -> None:
    text = (  # fresh69 turkey-07, hurriyetdailynews.com
        "Eight soldiers, 46 PKK militants killed in clashes\n\nŞEMDİNLİ - Doğan News Agency\n"
        "It said six soldiers and two village guards were killed in the clashes, the Turkish General Staff said in "
        "a statement.\n"
    )
    claim = _claim(claims_of(nlp, text), "six soldiers")
    assert (claim.said_by, claim.via) == ("Turkish General Staff", ["Doğan News Agency"])


def test_a_city_in_capitals_in_brackets_is_no_wire(nlp: Language) -> None:
    text = (  # fresh69 car-08, sudantribune.com
        "December 17, 2013 (BANGUI) – The United Nations High Commissioner for Refugees (UNHCR) has said violence "
        "in the beleaguered Central Africa Republic(CAR) capital, Bangui, has displaced as many as 210,000 in the "
        "last two weeks.\n"
    )
    assert _claim(claims_of(nlp, text), "210,000").via == []


def test_an_outlet_in_capitals_in_brackets_is_still_its_credit(nlp: Language) -> None:
    text = (  # fresh25 chemical-05, esta.krd
        "SULAIMANI (ESTA) — The Kurdistan Region on Tuesday commemorated Saddam Hussein’s poison gas attack on "
        "Halabja which killed thousands of people, mostly women and children.\nGovernor of Halabja Azad Tofiq told "
        "Esta Media Network that people in the province would gather at the graveyard.\n"
    )
    assert _claim(claims_of(nlp, text), "thousands of people").via == ["ESTA"]


def test_the_platform_a_statement_was_posted_on_is_no_speaker(nlp: Language) -> None:
    text = (  # fresh66 southsudan-11, CBS News
        "Doctors without Borders, known by its French initials, MSF, released a statement on X condemning the "
        "attack on its hospital, which is said to be the only source of medical care for 40,000 residents, "
        "including many people displaced by flooding.\n"
    )
    assert _claim(claims_of(nlp, text), "40,000").said_by != "X"


def test_a_place_the_tagger_took_for_a_person_records_nothing(nlp: Language) -> None:
    text = (  # fresh65 kashmir-09
        "The four districts of South Kashmir Kulgam, Anantnag, Pulwama and Shopian jointly recorded the highest "
        "number of civilian killings with 85, while North Kashmir districts of Baramulla, Kupwara and Bandipora "
        "recorded 24 civilian killings.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "24 civilian killings").said_by == "reporter"
    assert _claim(claims, "85").said_by == "reporter"


def test_a_number_read_as_a_modifier_of_the_words_before_its_noun(nlp: Language) -> None:
    text = (  # fresh66 cameroon-03 (Xinhua)
        "YAOUNDE, Sept. 18 ( Xinhua | ) — Thirty suspected armed separatist fighters were killed in Njikwa, a "
        "locality in the Northwest, one of the two strife-torn English-speaking regions of Cameroon.\n"
    )
    claim = _claim(claims_of(nlp, text), "Thirty")
    assert (claim.value, claim.counts) == (30, "killed")


def test_a_tally_put_at_a_number(nlp: Language) -> None:
    text = (  # fresh64 sahel-09, theglobepost.com; fresh68 iran-12, The National; indonesia-11
        "Civil society groups put the tally at more than 1,000.\n"
        "Amnesty International has put the number executed at some 5,000, saying in a 2018 report that the real "
        "number could be higher.\n"
        "Estimates by human rights groups had put the figure at around 200,000.\n"
    )
    claims = claims_of(nlp, text)
    tally = _claim(claims, "1,000")
    assert (tally.value, tally.qualifier, tally.counts, tally.said_by) == (
        1000,
        "moreThan",
        "killed",
        "Civil society groups",
    )
    executed = _claim(claims, "5,000")
    assert (executed.counts, executed.said_by) == ("killed", "Amnesty International")
    assert _claim(claims, "200,000").qualifier == "approximately"


def test_a_number_of_things_put_at_a_number_is_no_count_of_people(nlp: Language) -> None:
    text = "The ministry put the number of houses destroyed at 20,000.\n"
    assert claims_of(nlp, text) == []


def test_a_toll_revised_from_one_number_to_another_before_it_is_named(nlp: Language) -> None:
    text = (  # fresh68 iran-08, China Daily (Xinhua)
        "TEHRAN -- Iran's Interior Minister Ahmad Vahidi on Thursday revised from 95 to 84 the death toll from two "
        "explosions near the burial site of Iran's slain general Qassem Soleimani.\n"
    )
    claims = claims_of(nlp, text)
    old, new = _claim(claims, "from 95"), next(c for c in claims if c.value == 84)
    assert (old.value, old.status, old.counts, old.said_by) == (95, "superseded", "killed", "Ahmad Vahidi")
    assert (new.value, new.status, new.counts, new.said_by) == (84, "claim", "killed", "Ahmad Vahidi")


def test_candidates_are_people(nlp: Language) -> None:
    text = (  # fresh67 pakistan-02, Business Standard (PTI)
        "Nine persons, including eight policemen, and one civilian candidate were killed in the attack that also "
        "left 21 others, including 12 policemen, injured.\n"
    )
    claim = _claim(claims_of(nlp, text), "one civilian candidate")
    assert (claim.value, claim.counts) == (1, "killed")


def test_a_post_run_into_a_name_is_the_named_person(nlp: Language) -> None:
    text = (  # fresh65 kashmir-01; fresh64 centralamerica-01, AP
        "“A woman was killed and at least seven other villagers were wounded when Indian forces fired shells from "
        "across the Line of Control (Loc),” said local government official Masood-ur-Rehman according to AFP.\n\n"
        "Forensic team member Edgar Telon del Cid told AP that 50 bodies had been exhumed so far.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "seven other villagers").said_by == "Masood-ur-Rehman"
    assert _claim(claims, "50 bodies").said_by == "Edgar Telon del Cid"


def test_an_office_of_a_named_person_is_not_the_person(nlp: Language) -> None:
    text = (  # fresh10 hostages-04
        "Among the 13 released Israelis were six women and seven children and teenagers, according to the office of "
        "Prime Minister Benjamin Netanyahu.\n"
    )
    assert _claim(claims_of(nlp, text), "six women").said_by == "office of Prime Minister Benjamin Netanyahu"
