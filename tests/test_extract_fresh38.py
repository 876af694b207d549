"""Rules written in the session that brought data/dev/fresh38 to fresh41, each on real text."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claims_of


def test_an_outlet_reporting_on_its_own_page_relays_nobody(nlp: Language) -> None:
    text = (  # fresh24 aviation-04, on arynews.tv
        "KARACHI: The death toll from the crash of a Pakistan International Airlines (PIA) aircraft, PK-8303, with "
        "more than 90 passengers on board and eight crew members has risen to 35, ARY News reported on Friday.\n\n"
        "Six injured persons are currently receiving treatment in Jinnah and two in Civil Hospital’s Burns Ward.\n\n"
        "Sindh health minister Dr Azra Pechuho said that three passengers have been rescued alive."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text, publisher="ARY News")]
    assert got[:2] == [(90, "ARY News", []), (8, "ARY News", [])]
    assert (6, "reporter", []) in got
    assert (3, "Azra Pechuho", []) in got
    # on another outlet's page the same lead relays the whole article
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text, publisher="Dawn")]
    assert (6, "reporter", ["Dawn", "ARY News"]) in got


def test_credits_that_relay_a_whole_article() -> None:
    story = "At least 200 civilians have been killed in two months of fighting, cease-fire monitors said Thursday."
    # fresh38 ceasefire-02: the agency alone on a line above the date
    assert byline_agency(
        f"In Sri Lanka, Broken Truce Called a 'Crisis'\n\nThe Associated Press\n\nAugust 28, 2006\n\n{story}"
    ) == ("Associated Press")
    # fresh39 refugeecamps-10: a republished story
    assert byline_agency(f"Originally published in Anglican Communion News Service\n{story}") == (
        "Anglican Communion News Service"
    )
    # fresh40 roadtolls-09: the headline and the outlet it came from
    text = f"Source: Zimbabwe holiday carnage claims 77 lives, leaves 411 injured – Zimbabwe News Now\n\n{story}"
    assert byline_agency(text) == "Zimbabwe News Now"
    # fresh38 drones-10, fresh35 tribunals-04: a closing "Source" or "Via" line without its colon names an outlet
    assert byline_agency(f"{story}\n\nSource Addis Standard") == "Addis Standard"
    assert byline_agency(f"{story}\n\nVia Religion News Service.") == "Religion News Service"
    assert byline_agency(f"{story}\n\nSource Ministry of Health") is None


def test_a_joint_dateline_credit_with_an_agency_in_lower_case(nlp: Language) -> None:
    text = (  # fresh39 refugeecamps-12, on gna.org.gh
        "Dhaka, July 28, (dpa/GNA) – More than 5,000 Rohingya Muslims have been relocated to safety after their "
        "flimsy shelters at refugee camps in south-eastern Bangladesh were damaged by persistent rain, the UN Refugee "
        "Agency said on Wednesday."
    )
    claim = claims_of(nlp, text, publisher="GNA")[0]
    assert (claim.value, claim.said_by, claim.via) == (5000, "UN Refugee Agency", ["GNA", "dpa"])


def test_a_closing_speaker_before_has_said(nlp: Language) -> None:
    text = (  # fresh40 roadtolls-07: the parser hangs the authority on "festivities"
        "At least 25 people were killed in multiple road traffic accidents reported across Kenya on Tuesday as "
        "travel increased ahead of the Christmas festivities, the National Transport and Safety Authority (NTSA) "
        "has said."
    )
    claim = claims_of(nlp, text)[0]
    assert (claim.value, claim.said_by) == (25, "National Transport and Safety Authority")


def test_a_source_speaking_of_the_figures_just_given(nlp: Language) -> None:
    text = (  # fresh40 roadtolls-07
        "Pedestrians and passengers were the most affected, accounting for eight deaths each. Motorcyclists recorded "
        "five fatalities, while pillion passengers accounted for three deaths. One driver was also killed.\n"
        "NTSA said the figures highlight the heightened risk faced by road users during the festive travel period."
    )
    assert {(c.value, c.said_by) for c in claims_of(nlp, text)} >= {(5, "NTSA"), (3, "NTSA"), (1, "NTSA")}
    # figures someone was credited with stay theirs, and so do those before them
    text = (
        "Ten people died in the crash, police said. Two others were injured. Four more died in hospital, "
        "a doctor said.\nThe ministry said the figures show the danger of the road."
    )
    got = [(c.value, c.said_by) for c in claims_of(nlp, text)]
    assert (10, "police") in got and (4, "doctor") in got


def test_a_rank_abbreviated_before_a_name_ends_no_sentence(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-09
        "The footage shows insurgents streaming into homes that were later bombed, said Col. Greg Julian, the chief "
        "U.S. military spokesman in Afghanistan. He said ground troops observed some 300 villagers flee in advance "
        "of the fighting."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(300, "Greg Julian")]


def test_a_persons_title_after_a_comma_is_no_second_speaker(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-05
        '"When we consolidated the reports at 6:00 am today we realised there were only 40 dead, 31 injured and 15 '
        'missing," Naguib Sinarimbo, spokesman and civil defense chief for the southern region told AFP.'
    )
    for claim in claims_of(nlp, text):
        assert (claim.said_by, claim.via) == ("Naguib Sinarimbo", ["AFP"])


def test_a_writers_closing_byline_signs_no_statement(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-10: "we" is the rights commission quoted, the byline is the writer's
        "Six other people were killed in the protests on Wednesday.\n\n"
        '"The killings must stop and we will go to court," the commission said.\n\n'
        "By Fred Odanga Azelwa."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(6, "reporter")]


def test_a_statement_on_a_platform_and_degrees_of_injuries(nlp: Language) -> None:
    text = (  # fresh38 drones-02
        "“[T]he team discovered that following the two airstrikes about 88 people died while no fewer than 68 people "
        "sustaining various degrees of injuries,” Nigeria’s National Emergency Management Agency (NEMA) said in a "
        "Facebook statement."
    )
    got = [(c.value, c.counts, c.said_by, c.via) for c in claims_of(nlp, text)]
    agency = "Nigeria's National Emergency Management Agency"
    assert got == [(88, "killed", agency, ["Facebook"]), (68, "injured", agency, ["Facebook"])]


def test_captives_counted_as_they_are_freed(nlp: Language) -> None:
    text = (  # fresh41 abductions-02 and -03
        "A group of 53 hostages, including 20 women and 9 children, who were abducted in central Nigeria, have been "
        "released, while there is still no information on 42 people who were abducted last Wednesday from a school "
        "in Kagara in the same region.\n\n"
        "Nigerian police have confirmed the release of 14 university students and staff who were kidnapped last "
        "month in Kaduna state."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(53, "released"), (20, "released"), (9, "released"), (42, "captured"), (14, "released")]
    text = (  # fresh11 protests-03: a release demanded has not happened
        "“Shots were used against a crowd of people demanding the release of two detained students,” wrote the AAPP."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(2, "other:detained")]


def test_trekkers_mountaineers_and_riders_are_people(nlp: Language) -> None:
    text = (  # fresh40 climbers-03, -07, -02; roadtolls-07
        "A group of 16 trekkers went missing in Chamba. Three mountaineers have gone missing, Quito firemen said. "
        "Bodies of five trekkers were recovered on Sunday. Motorcyclists recorded five fatalities, while 12 cyclists "
        "were injured."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(16, "missing"), (3, "missing"), (5, "remains-found"), (5, "killed"), (12, "injured")]


def test_a_toll_that_rose_on_a_weekday(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-08: the tagger runs "64 Sunday" into one date
        "The Britain-based Syrian Observatory for Human Rights said the death toll rose to 64 Sunday, including at "
        "least 31 children."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got[0] == (64, "killed")


def test_a_named_spokesman_told_an_agency_and_then_added(nlp: Language) -> None:
    text = (  # fresh38 ceasefire-09
        "Sudan's People's Liberation Army (SPLA) spokesman, Lul Ruai Koang told Xinhua by phone in Juba that rebel "
        "forces attacked government positions on Saturday.\n\n"
        '"Opposition forces attacked a cattle camp in Maban County leaving 16 civilians dead, 22 others wounded and '
        'livestock stolen," Koang said.\n\n'
        '"Among the dead were three Ethiopian nationals that were doing business with the locals," Koang added.'
    )
    for claim in claims_of(nlp, text):
        assert (claim.said_by, claim.via) == ("Lul Ruai Koang", ["Xinhua"])


def test_a_time_stamp_in_a_dateline_credits_nobody(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-05
        "MANILA, Philippines (Updated, 1:33 p.m.) — The Philippines sharply revised the death toll from Severe "
        'Tropical Storm "Paeng" downward on Saturday, saying only 45 people had been killed.'
    )
    assert byline_agency(text) is None
    assert all(not c.via for c in claims_of(nlp, text))


def test_a_statement_of_the_body_that_spoke_and_the_countrys_ministry(nlp: Language) -> None:
    text = (  # fresh40 climbers-09
        "Fourteen Russian mountaineers who were stuck on Mt. Elbrus due to bad weather conditions were rescued alive, "
        "the country’s Ministry of Emergency Situations announced on Friday.\n"
        "Search and rescue teams were dispatched to the location, according to a statement.\n"
        '"During the search and rescue operation on Mount Elbrus, 14 people were rescued,” it said.'
    )
    for claim in claims_of(nlp, text):
        assert claim.said_by == "Ministry of Emergency Situations"


def test_what_a_camera_shows_is_nobodys_statement(nlp: Language) -> None:
    text = (  # fresh38 ceasefire-11, drones-03, ceasefire-01
        "But according to photos seen by The Irrawaddy, at least two children were killed.\n"
        "Mali’s Defence Ministry said the strike killed about 30 militants, according to surveillance images.\n"
        "Video posted online by activists showed 12 bodies in a street."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(2, "reporter", []), (30, "Mali's Defence Ministry", []), (12, "reporter", [])]


def test_a_source_cut_off_by_the_page_names_nobody(nlp: Language) -> None:
    text = (  # fresh39 evacuations-06: the excerpt ends mid-sentence
        "Israeli strikes on Gaza since then have killed around 8,800 Palestinians, including 3,542 children, "
        "according to the"
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(8800, "reporter"), (3542, "reporter")]


def test_another_on_its_own_counts_one_more(nlp: Language) -> None:
    text = (  # fresh40 climbers-01
        "Two of the climbers died immediately from trauma sustained in the fall. Another died later, while a fourth "
        "person suffered ankle and knee injuries, according to the Chelan County Sheriff's office.\n"
        "A grave was found near the village, while another was found on the road."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(2, "killed"), (1, "killed")]


def test_one_quoted_by_an_outlet_speaks_through_it(nlp: Language) -> None:
    text = (  # fresh40 climbers-11
        "Nine people died on the mountain and one died in hospital after being rescued, Mehdi Valipour, head of "
        "emergency operations at Iran’s Red Crescent, was quoted as saying by state broadcaster IRIB."
    )
    for claim in claims_of(nlp, text):
        assert (claim.said_by, claim.via) == ("Mehdi Valipour", ["IRIB"])
    text = "Nine people died on the mountain, the official was quoted by the ISNA news agency as saying."
    claim = claims_of(nlp, text)[0]
    assert (claim.said_by, claim.via) == ("official", ["ISNA"])


def test_a_corrected_toll_and_the_figure_it_replaced(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-06
        "The governor corrected the death toll in the province to 17, down from 29 previously reported."
    )
    got = [(c.value, c.counts, c.status) for c in claims_of(nlp, text)]
    assert got == [(17, "killed", "claim"), (29, "killed", "superseded")]


def test_a_link_in_another_script_run_into_the_first_word(nlp: Language) -> None:
    text = (  # fresh38 ceasefire-01 (Naharnet)
        "إقرأ هذا الخبر بالعربيةNearly 60 people were reported killed in violence across Syria on Monday despite a "
        "hard-won ceasefire, a watchdog said.\n"
        "The Syrian Observatory for Human Rights said on Tuesday a total 54 civilians and five soldiers were killed."
    )
    first = claims_of(nlp, text)[0]
    assert (first.quote, first.qualifier, first.said_by, first.via) == (
        "Nearly 60 people",
        "nearly",
        "Syrian Observatory for Human Rights",
        [],
    )


def test_a_story_passed_on_from_another_outlet(nlp: Language) -> None:
    text = (  # fresh38 ceasefire-03, on GHN's page
        "The death rate in eastern Ukraine has increased in the last month. A new report says almost 1,000 people "
        "have been killed in the past eight weeks, reports GHN based on DW.\n\n"
        "This includes the 298 people killed when the Malaysian airliner was shot down."
    )
    for claim in claims_of(nlp, text, publisher="GHN"):
        assert (claim.said_by, claim.via) == ("reporter", ["GHN", "DW"])


def test_a_name_the_story_quotes_signs_nothing(nlp: Language) -> None:
    text = (  # fresh40 roadtolls-01: "Mr Foss" closes the page, but the story quoted him
        "Twelve people have been killed on the roads over the Christmas holiday period.\n\n"
        '"We must all take care - 12 deaths is still 12 too many," Mr Foss said.\n\n'
        "Mr Foss"
    )
    first = claims_of(nlp, text)[0]
    assert (first.value, first.said_by) == (12, "reporter")


def test_officials_counted_when_something_befell_them(nlp: Language) -> None:
    text = (  # fresh38 drones-09, fresh39 refugeecamps-08
        "A drone attack by resistance groups in Myawaddy town on Sunday night killed five officials and injured 16 "
        "others. The 16 officials injured during the incident included both men and women.\n"
        "Two officials said the attack was repelled."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(5, "killed"), (16, "injured"), (16, "injured")]


def test_a_family_of_four_among_those_counted(nlp: Language) -> None:
    text = (  # fresh39 refugeecamps-11
        "Eleven people died in Naniarchar including a family of four, district administrator Mamunur Rashid told AFP."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(11, "killed", "Mamunur Rashid"), (4, "killed", "Mamunur Rashid")]
