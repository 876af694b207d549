"""Rules written in the session that brought data/dev/fresh62 to fresh65, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_whoever_puts_the_toll_at_a_number_is_its_source(nlp: Language) -> None:
    text = (  # fresh27 anniversaries-06, VOA
        "Human rights groups put the death toll in the 2009 incident at 157 with hundreds more injured and raped. "
        "The military estimated a much lower death toll and said the victims were mostly killed in a stampede for "
        "the exits.\n"
    )
    claim = _claim(claims_of(nlp, text), "157")
    assert (claim.value, claim.counts, claim.said_by) == (157, "killed", "Human rights groups")


def test_a_year_before_a_speaker_is_not_a_count_of_speakers(nlp: Language) -> None:
    text = (  # fresh60 srilanka-01, freemalaysiatoday.com
        "About 19,000 people, including 5,000 security personnel, are still unaccounted for after the conflict, "
        "a 2013 government panel said in 2013.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "19,000").said_by == "2013 government panel"
    assert _claim(claims, "5,000").said_by == "2013 government panel"


def test_concern_voiced_about_a_killing_states_its_figures(nlp: Language) -> None:
    text = (  # fresh51 bandits-07, ndarason.com
        "Amnesty International has expressed “deep concern” about the killing of 10 people and the abduction of "
        "more than 160 – mostly women and children – from a remote village in Nigeria’s central Niger State.\n"
    )
    claims = claims_of(nlp, text)
    killed = _claim(claims, "10 people")
    assert (killed.value, killed.counts, killed.said_by) == (10, "killed", "Amnesty International")


def test_concern_covers_what_it_is_about_not_what_followed(nlp: Language) -> None:
    text = (  # fresh47 civilianharm-04, Xinhua
        "KABUL, Sept. 25 (Xinhua) -- The UN Assistance Mission in Afghanistan (UNAMA) on Tuesday expressed its "
        "concern about the rising number of civilian casualties from airstrikes this year, as nine civilians were "
        "killed in a latest air raid incident.\n"
    )
    assert _claim(claims_of(nlp, text), "nine civilians").said_by == "reporter"


def test_a_number_before_a_spaced_dash_is_counted(nlp: Language) -> None:
    text = (  # fresh59 iraq-04, Anadolu Agency; fresh40 roadtolls-12 (a count of accidents stays none)
        "Bozarni added that more than 2,500 Yazidi Kurds lost their lives at the hands of Daesh, while another "
        "6,000 – mostly women and children – were abducted.\n\n"
        "The total number of accidents in 2018 was 4,67,044 – a daily average of 1,280 accidents.\n"
    )
    claims = claims_of(nlp, text)
    abducted = _claim(claims, "6,000")
    assert (abducted.value, abducted.counts, abducted.said_by) == (6000, "captured", "Bozarni")
    assert not [c for c in claims if c.value in (467044, 1280)]


def test_a_described_group_is_the_named_body_its_description_fits(nlp: Language) -> None:
    text = (  # fresh64 sahel-01, newsofemirates.com (AFP copy)
        "Malian forces and suspected Russian fighters killed about 300 civilians in late March in the center of the "
        "conflict-torn Sahel nation, Human Rights Watch said on Tuesday.\n"
        "The United States, European Union, United Nations and Mali’s former colonial power France have all raised "
        "concerns about the possible killing of civilians in Moura.\n"
        "The study was based on interviews with 27 people, including witnesses from the Moura area, foreign "
        "diplomats and security analysts, the rights group said.\n"
    )
    assert _claim(claims_of(nlp, text), "27 people").said_by == "Human Rights Watch"


def test_a_number_that_is_what_befell_people_is_counted(nlp: Language) -> None:
    text = (  # fresh51 bandits-07, ndarason.com
        "Amnesty International has expressed “deep concern” about the killing of 10 people and the abduction of "
        "more than 160 – mostly women and children – from a remote village in Nigeria’s central Niger State.\n"
    )
    abducted = _claim(claims_of(nlp, text), "160")
    assert (abducted.quote, abducted.qualifier, abducted.counts, abducted.said_by) == (
        "the abduction of more than 160",
        "moreThan",
        "captured",
        "Amnesty International",
    )


def test_a_verb_that_brings_the_toll_to_a_number_gives_a_toll(nlp: Language) -> None:
    text = (  # fresh33 peacekeepers-04; fresh65 kashmir-12, Daily The Patriot (DNA copy)
        "Three more UN peacekeepers have been found dead after an attack on a convoy in the Central African "
        "Republic, UN officials said Tuesday, bringing the death toll to four.\n\n"
        "ISLAMABAD, Oct. 09 (DNA): Pakistani officials said Indian shelling on Thursday killed two more civilians, "
        "taking the death toll to 12 over the past four days.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "four").value, _claim(claims, "four").counts) == (4, "killed")
    assert (_claim(claims, "to 12").value, _claim(claims, "to 12").counts) == (12, "killed")


def test_millions_displaced_with_the_hedge_read_as_a_preposition(nlp: Language) -> None:
    text = (  # fresh62 nigeria-02, punchng.com; nigeria-08, gulftoday.ae
        "Kaya village has been attacked before in the insurgency, which since 2009 has killed at least 20,000 in "
        "northeast Nigeria and displaced more than 2.6 million.\n\n"
        "The decade-long conflict has killed 35,000 people and displaced around two million from their homes in "
        "northeast Nigeria.\n\n"
        "CARDH counted 857 kidnappings over 2022, a decrease from the 1,009 it recorded in 2021\n"  # fresh62 haiti-06
    )
    claims = claims_of(nlp, text)
    more = _claim(claims, "2.6 million")
    assert (more.value, more.qualifier, more.counts) == (2_600_000, "moreThan", "displaced")
    around = _claim(claims, "two million")
    assert (around.value, around.qualifier, around.counts) == (2_000_000, "approximately", "displaced")
    assert not [c for c in claims if c.value == 2022]


def test_a_second_fate_with_its_own_number_is_not_shared(nlp: Language) -> None:
    text = (  # fresh64 sahel-11, walaw.press
        'According to a statement from the United Nations agency, "at least forty civilians were killed and over '
        "forty-two were injured when a large number of Jama'at Nusrat al-Islam wal Muslimeen (JNIM) fighters "
        "stormed a military base, residences, and camps for internally displaced persons in the Sahel region city "
        'of Djibo."\n'
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.qualifier, c.counts) for c in claims] == [
        (40, "atLeast", "killed"),
        (42, "moreThan", "injured"),
    ]


def test_thousands_set_off_by_an_apostrophe(nlp: Language) -> None:
    text = (  # fresh65 caucasus-02, UNPO
        "Chechen State Council Chairman Taus Dzhabrailov told reporters on 19 November that more than 200’000 "
        "people had been killed in Chechnya since 1994. Zakaev said that 35’000 children had been killed in "
        "Chechnya, with another 40’000 children seriously injured.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(200_000, "killed"), (35_000, "killed"), (40_000, "injured")]


def test_a_day_of_the_month_does_not_open_a_range(nlp: Language) -> None:
    text = (  # fresh62 haiti-05, bradenton.com
        "That toll has climbed from a precise 111,481 on Jan. 23 to 150,000 on Jan. 24, to 212,000 on Saturday, "
        "to 230,000 on Tuesday.\n"
    )
    claims = claims_of(nlp, text)
    assert 23 not in [c.value for c in claims]
    assert _claim(claims, "150,000").value == 150_000


def test_a_total_told_by_place_counts_each_part(nlp: Language) -> None:
    text = (  # fresh62 haiti-04, haitiantimes.com; fresh64 sahel-03, yeswecantv
        "Out of the 2,189 people known dead so far, 1,832 were in the South, 137 in the Nippes, 218 in the "
        "Grand-Anse and two in the Northwest departments.\n\n"
        "CISC said in its statement that the assilants also killed 11 people nearby the same day — six in Dinguiri "
        "village, two in Mene and three on the road between Ouahigouya and Barga.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [
        (2189, "killed"),
        (1832, "killed"),
        (137, "killed"),
        (218, "killed"),
        (2, "killed"),
        (11, "killed"),
        (6, "killed"),
        (2, "killed"),
        (3, "killed"),
    ]
    assert {c.said_by for c in claims[5:]} == {"CISC"}


def test_a_place_of_its_own_does_not_override_what_the_verb_says(nlp: Language) -> None:
    text = (  # fresh43 fishermen-06, CBS News; fresh16 landmines-01
        "MANILA, Philippines Low-flying search planes spotted three Filipino fishermen drifting at sea and flashing "
        "mirrors to signal for help, as authorities stepped up the search for 261 other fishermen missing more than a "
        "week after a typhoon killed hundreds in the southern Philippines.\n\n"
        "In May, a landmine killed seven children and wounded two more in the southern province of Ghazni.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "hundreds").counts == "killed"
    assert _claim(claims, "two").counts == "injured"


def test_a_dash_glued_to_a_number_is_parted_from_it(nlp: Language) -> None:
    text = (  # fresh63 philippines-12, Asian Journal
        "It said that a total of 394 people were injured —328 in Cotabato, eight in Davao del Sur, another eight "
        "in Lanao del Norte, nine in Bukidnon, 40 in South Cotabato, three in Sarangani.\n"
    )
    values = [c.value for c in claims_of(nlp, text) if c.counts == "injured"]
    assert values == [394, 328, 8, 8, 9, 40, 3]


def test_a_range_set_with_an_en_dash(nlp: Language) -> None:
    # fresh59 libya-10 writes "30-70 bodies"; typeset copy writes the same range with an en dash
    text = "Meanwhile, the grave in Kufra contained 30–70 bodies, Prutsch said, speaking from the capital Tripoli.\n"
    claim = _claim(claims_of(nlp, text), "30–70")
    assert (claim.qualifier, claim.low, claim.high, claim.said_by) == ("range", 30, 70, "Prutsch")


def test_a_dateline_with_its_credit_below_a_page_head_is_no_speaker(nlp: Language) -> None:
    text = (  # fresh63 philippines-07 (CNN Philippines, below the page's menus); mexico-06 (UrduPoint News)
        "NDRRMC: 164 dead, 171 missing due to Typhoon 'Vinta'\n\nenablePagination: false\nmaxItemsPerPage: 10\n\n"
        "Metro Manila (CNN Philippines, December 25) — The National Disaster Risk Reduction and Management Council "
        '(NDRRMC) on Monday revealed Typhoon "Vinta" (international name Tembin) left 164 dead and 171 missing in '
        "its wake.\n"
    )
    dead = _claim(claims_of(nlp, text), "left 164")
    assert dead.said_by == "National Disaster Risk Reduction and Management Council"
    text = (
        "MEXICO CITY (UrduPoint News / Sputnik - 28th April, 2023) The specialized prosecutor's office for "
        "disappearances of the Mexican state of Colima has discovered 10 secret graves containing 26 human bodies "
        "and skeletal remains in the community of Cerro de Ortega, the head of the office, Hector Javier Penia "
        "Meza, said on Friday.\n"
    )
    assert _claim(claims_of(nlp, text), "26").said_by != "MEXICO CITY"


def test_what_an_organisation_is_does_not_open_its_name(nlp: Language) -> None:
    text = (  # fresh63 philippines-01, EFE
        "Nonprofit Amnesty International said in a report released on Monday that no accountability had been fixed "
        "on government officials with over 27,000 people killed in the drug war - although the police have only "
        "acknowledged 6,600 deaths in anti-narcotics operations.\n"
    )
    assert _claim(claims_of(nlp, text), "27,000").said_by == "Amnesty International"


def test_a_name_runs_on_through_against(nlp: Language) -> None:
    text = (  # fresh64 sahel-03, yeswecantv
        "“Our teams have documented and registered 136 dead bodies in Karma, including 50 women and 21 children — "
        "some babies under 30 days old killed on their mothers’ backs,” the Collective against Impunity and "
        "Stigmatisation of Communities (CISC) said.\n"
    )
    claim = _claim(claims_of(nlp, text), "136")
    assert claim.said_by == "Collective against Impunity and Stigmatisation of Communities"


def test_an_update_named_by_its_owner_is_the_owners(nlp: Language) -> None:
    text = (  # fresh63 philippines-04, BusinessWorld
        "According to WestMinCom’s update as of 2:00 p.m. of Sunday, five were soldiers and one was a member of the "
        "Philippine Coast Guard (PCG) among the initial 18 reported casualties, including 12 churchgoers.\n"
    )
    assert _claim(claims_of(nlp, text), "18 reported").said_by == "WestMinCom"


def test_who_reported_this_information_sources_the_figures_before(nlp: Language) -> None:
    text = (  # fresh65 caucasus-06, humanrights.ge
        "As a result of Russian aggressive actions in Georgia, and based on current data, 215 people were killed and "
        "1,469 are wounded; 70 people are still missing. Givi Targamadze, the chairman of the Defense and Security "
        "Committee of the Georgian Parliament reported this information to the journalists after the Commission for "
        "the Search of Killed and Mission during the Conflict was especially established.\n\n"
        "Targamadze stated that 1,023 people out of 1,469 who were wounded have already been dismissed from "
        "hospitals and are not receiving outpatient medical treatment.\n"
    )
    claims = claims_of(nlp, text)
    assert {c.said_by for c in claims[:3]} == {"Givi Targamadze"}
    discharged = _claim(claims, "1,023")
    assert (discharged.status, discharged.said_by) == ("claim", "Givi Targamadze")


def test_that_is_according_to_sources_the_sentence_before(nlp: Language) -> None:
    text = (  # fresh61 somalia-10, VOA
        "The Somali National Army has killed more than 30 al-Shabab militants in an operation conducted on the "
        "outskirts of the town of Bulo-burde in the central region of Hiran.\n\n"
        "That’s according to a statement Saturday by Somalia’s Information Ministry, which says the operation was "
        "conducted overnight after the army received intelligence.\n"
    )
    assert _claim(claims_of(nlp, text), "30").said_by.endswith("Information Ministry")


def test_the_wire_on_a_line_with_where_it_filed_from(nlp: Language) -> None:
    text = (  # fresh63 philippines-03, Gulf Times (AFP copy)
        "Philippine National Police (PNP) carry a body bag, containing a member of the Special Action Force, to a "
        "van in Mamasapano town, Maguindanao province yesterday.\n\n"
        "AFP/Manila\n\n"
        "More than 40 Philippine police commandos were killed in an 11-hour firefight with rebels which erupted "
        "while they were chasing one of the region’s most wanted militants, police said yesterday.\n"
    )
    assert _claim(claims_of(nlp, text), "40").via == ["AFP"]
    text = (  # fresh65 kashmir-08, Gulf Times (Reuters copy)
        "Thousands held in Kashmir crackdown, reveals data\n"
        "September 12 2019 10:49 PM\n\n"
        "Reuters Srinagar/New Delhi\n\n"
        "The bulk of those arrested — more than 3,000 — were listed as “stone pelters and other miscreants”. On "
        "Sunday, 85 detainees were shifted to a prison in Agra, a police source said.\n"
    )
    assert _claim(claims_of(nlp, text), "85").via == ["Reuters"]


def test_a_dashless_dateline_below_the_page_date(nlp: Language) -> None:
    text = (  # fresh65 kashmir-03, Sakshi Post (IANS copy)
        " date 2025-04-22 Srinagar, April 22 (IANS) At least 16 tourists, including two foreigners, were killed and "
        "20 other tourists & locals injured in a terror attack in Pahalgam hill station in Jammu and Kashmir's "
        "Anantnag district on Tuesday, officials said.\n"
    )
    assert _claim(claims_of(nlp, text), "16").via == ["IANS"]


def test_a_body_an_outlet_quoted_speaks_through_it_later(nlp: Language) -> None:
    text = (  # fresh64 sahel-04, shiawaves.com
        "Burkina Faso’s military forces “summarily executed” 223 civilians, including at least 56 children, in two "
        "villages in February, Human Rights Watch (HRW) has said in a new report.\n"
        "The mass killings took place on February 25 in the northern villages of Nondin and Soro, Al Jazeera said, "
        "quoting the HRW’s report published on Thursday.\n"
        "The rights group said that soldiers killed at least 44 people, including 20 children, in Nondin, and 179 "
        "people, including 36 children, in nearby Soro.\n"
    )
    claim = _claim(claims_of(nlp, text), "44")
    assert (claim.said_by, claim.via) == ("Human Rights Watch", ["Al Jazeera"])


def test_a_person_named_next_with_another_post_is_someone_else(nlp: Language) -> None:
    text = (  # fresh65 kashmir-04, Sharjah24
        "Pakistan’s military claimed to have downed five Indian fighter jets, but India has not confirmed the "
        "losses. A senior Indian security official said three Indian jets crashed within Indian territory. One of "
        "the largest strikes reportedly hit a seminary near Bahawalpur, resulting in 13 deaths. Defence Minister "
        "Rajnath Singh said the strikes were a justified response to last month’s attack in Pahalgam, Kashmir, which "
        "killed 26 Hindu pilgrims.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "13 deaths").said_by != "Rajnath Singh"
    assert _claim(claims, "26").said_by == "Rajnath Singh"


def test_verbs_of_killing_in_other_words(nlp: Language) -> None:
    text = (  # fresh63 philippines-01 (EFE), philippines-12 (Asian Journal); fresh62 haiti-10 (RTE), nigeria-06
        "The call by the Amnesty International and Human Rights Watch comes days ahead of a key UN Human Rights "
        "Council vote to approve a resolution calling for a probe into the brutal three-year anti-drug campaign in "
        "which thousands of suspected drug dealers have been gunned down.\n\n"
        '"I saw on the scene between 50 and 54 people burned alive," Mr Almonor said.\n\n'
        "Davao del Sur police chief Colonel Alberto Lupaz said two residents of Digos City succumbed to cardiac "
        "arrest and hypertension over panic triggered by the earthquake.\n\n"
        "Two others were lynched at Fusa Village while trying to locate their missing cow.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("thousands", "50", "two residents", "Two others"):
        assert _claim(claims, quote).counts == "killed", quote


def test_those_who_remain_in_captivity_are_captured(nlp: Language) -> None:
    text = (  # fresh62 nigeria-03, ceoafrica.com; a lead's hedge in capitals, philippines-04 (BusinessWorld)
        "While about 57 of the girls managed to escape, more than 200 have remained in captivity.\n\n"
        "AT LEAST 18, including soldiers, were killed and about 80 were wounded on Sunday morning, after two bombs "
        "exploded at Jolo Cathedral in the predominantly Muslim island and capital of Jolo, about a week after the "
        "plebiscite on the Bangsamoro Organic Law.\n"
    )
    claims = claims_of(nlp, text)
    held = _claim(claims, "200")
    assert (held.value, held.qualifier, held.counts) == (200, "moreThan", "captured")
    dead = _claim(claims, "18")
    assert (dead.value, dead.qualifier, dead.counts) == (18, "atLeast", "killed")


def test_an_initial_toll_nobody_owns_is_no_source(nlp: Language) -> None:
    text = (  # fresh51 bandits-10
        '"Unidentified armed individuals burst into a cattle market in Namoungou village in the region of Fada '
        "N'Gourma and attacked the population,\" Sanou said in a statement.\n\n"
        '"According to an initial toll, around 20 people have been killed and numerous others wounded."\n'
    )
    assert _claim(claims_of(nlp, text), "20").said_by == "Sanou"


def test_an_acronym_after_its_description_read_as_a_verb_names_the_speaker(nlp: Language) -> None:
    text = (  # fresh43 fishermen-09, somalitimes.co.uk (Anadolu Agency copy)
        "By Anadolu Agency\n\n"
        "At least 39 people are missing after a Chinese vessel capsized in the Indian Ocean on Tuesday, Chinese state "
        "media reported.\n\n"
        "The missing persons include 17 Chinese crew members, 17 Indonesians, and five Filipinos, Chinese public "
        "broadcaster CGTN reported on Wednesday.\n"
    )
    claim = _claim(claims_of(nlp, text), "17 Indonesians")
    assert (claim.said_by, claim.via) == ("CGTN", ["Anadolu Agency"])


def test_the_agencys_report_is_the_agency_named_before(nlp: Language) -> None:
    text = (  # fresh63 philippines-08, SunStar (PNA copy)
        "MANILA – The death toll from the combined effects of tropical cyclones Nika (international name Toraji), "
        "Ofel (Usagi) and Pepito (Man-yi) has climbed to 12, the National Disaster Risk Reduction and Management "
        "Council (NDRRMC) said Thursday.\n\n"
        "Five out of the 12 reported deaths, including three in Central Luzon and two in the Cordillera "
        "Administrative Region, have been confirmed, the agency's latest situation report showed.\n"
    )
    claim = _claim(claims_of(nlp, text), "12 reported deaths")
    assert claim.said_by == "National Disaster Risk Reduction and Management Council"


def test_names_as_sources_write_them(nlp: Language) -> None:
    text = (  # fresh65 caucasus-09 (Africanews), caucasus-11 (Pravda.ru); fresh64 sahel-06 (itmild)
        "The Novaya Gazeta article also claimed that three people had been killed, and suggested others could have "
        "been handed to their families with the expectation that the family would perform an honour killing.\n\n"
        "Fourteen other bodies were also found on one of the evacuation stairs, Baza Telegram channel said.\n\n"
        "About 30 other troops or fighters, either “dead or seriously injured,” were airlifted to Kidal, a key "
        "northern city, the Strategic Framework for the Defense of the People of Azawad (CSP-DPA) alliance said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "three").said_by == "Novaya Gazeta"
    assert (_claim(claims, "Fourteen").said_by, _claim(claims, "Fourteen").via) == ("Baza", ["Telegram"])
    assert _claim(claims, "30").said_by == "Strategic Framework for the Defense of the People of Azawad"
