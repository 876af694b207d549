"""Rules written in the session that brought data/dev/fresh90 to fresh93, each on real text."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency, relay_chain
from tallygraph.extract.naming import clean_name

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_list_or_statement_made_or_released_by_a_body_is_that_body_s(nlp: Language) -> None:
    text = (  # fresh31 dams-04; fresh72 egypt-07
        "Some 250 people remained missing, according to a list released by Vale.\n\n"
        "The death toll of Friday’s train crash has reached 49 deceased civilians. 132 of the injured are still "
        "receiving medical care while 46 others have been discharged, according to a statement made by the Health "
        "Ministry on Saturday.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "250 people").said_by == "Vale"
    assert _claim(claims, "132 of the injured").said_by == "Health Ministry"
    assert _claim(claims, "46 others").said_by == "Health Ministry"


def test_a_statement_posted_to_a_body_s_page_is_the_body_s(nlp: Language) -> None:
    text = (  # fresh12 collapses-04
        "Two of the 35 miners underground at the time managed to escape, according to a statement posted to the "
        "Chongqing press office’s official Weibo social media page.\n"
    )
    assert _claim(claims_of(nlp, text), "Two of the 35 miners").said_by == "Chongqing press office"


def test_estimates_from_sources_are_the_sources(nlp: Language) -> None:
    text = (  # fresh48 sexualviolence-09
        "More than 3,000 Yazidis were killed, and over 6,800 were abducted during that time, according to "
        "estimates from multiple sources, including the United Nations and Yazidi advocacy organizations.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "3,000 Yazidis").said_by == "multiple sources"
    assert _claim(claims, "6,800").said_by == "multiple sources"


def test_according_to_it_is_the_body_named_before(nlp: Language) -> None:
    text = (  # fresh76 russia-05
        "Press service of the Red Crescent Society of Kyrgyzstan reported.\n\n"
        "According to it, 55 people were accommodated in families, 260 — in organized temporary camps.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "55 people").said_by == "Press service of the Red Crescent Society of Kyrgyzstan"


def test_the_agency_in_capitals_is_the_body_that_spoke_before(nlp: Language) -> None:
    text = (  # fresh76 russia-12
        "In total, about 3 thousand people were detained, the Ministry of Internal Affairs said in a statement.\n\n"
        "The Agency also reported that more than 50 citizens and 39 law enforcement officers were injured during "
        "the August 9 protests in Belarus, but there were no fatalities.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "50 citizens").said_by == "Ministry of Internal Affairs"
    assert _claim(claims, "39 law enforcement officers").said_by == "Ministry of Internal Affairs"


def test_a_translation_passes_on_the_speaker_s_words(nlp: Language) -> None:
    text = (  # fresh64 sahel-05; fresh87 france-01
        "JNIM said civilians had not been attacked and it had only targeted militia members affiliated with the "
        "army, killing nearly 300 people, according to a translation by Site Intelligence Group cited by Reuters."
        "\n\n"
        '"This person was checked by police with two other persons living in the area of Brussels," Molins said, '
        "according to the translation by broadcaster France 24.\n"
    )
    claims = claims_of(nlp, text)
    jnim = _claim(claims, "nearly 300 people")
    assert (jnim.said_by, jnim.via) == ("JNIM", ["Site Intelligence Group"])
    assert _claim(claims, "two other persons").said_by == "Molins"


def test_a_name_the_parser_ran_into_the_figures_before_it_still_closes_the_sentence(nlp: Language) -> None:
    text = (  # fresh46 tsunamis-09
        "The confirmed death toll from the cyclone reached 3,113 by Monday, while 3,322 are injured and 1,063 "
        "missing, Lieutenant-Colonel Main Ullah Chowdhury told reporters in Dhaka.\n"
    )
    claims = claims_of(nlp, text)
    speakers = {_claim(claims, q).said_by for q in ("3,113", "3,322 are injured", "1,063 missing")}
    assert len(speakers) == 1 and "Chowdhury" in speakers.pop()
    assert _claim(claims, "1,063 missing").counts == "missing"


def test_presumed_dead_is_no_speaker_and_still_missing_counts_the_missing(nlp: Language) -> None:
    text = (  # fresh42 identifications-01
        "The official death toll remains at 5,303 - including 1,790 Thais and 1,354 foreigners who have been "
        "identified - with another 3,396 still missing, most of them presumed dead.\n"
    )
    claims = claims_of(nlp, text)
    missing = _claim(claims, "3,396")
    assert (missing.counts, missing.said_by) == ("missing", "reporter")
    assert _claim(claims, "5,303").said_by == "reporter"


def test_a_post_named_later_is_its_one_holder_where_the_text_says_what_the_post_is_of(nlp: Language) -> None:
    text = (  # fresh58 syria-09; fresh60 afghanistan-12
        "The head of Syria’s commission for missing persons said Monday that more than 300,000 people may have "
        "disappeared during decades of Assad family rule.\n\n"
        "Mohammed Reda Jalkhi, head of the commission created in May, said the body's mandate ranged from 1970.\n\n"
        "Afghan commandos released 34 people from a prison run by the Taliban, Herat governor confirmed.\n\n"
        "Sayed Abdul Wahid Qatali, the governor of Herat, said the operation went on for hours.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "300,000").said_by == "Mohammed Reda Jalkhi"
    assert _claim(claims, "34 people").said_by == "Sayed Abdul Wahid Qatali"


def test_a_holder_of_the_same_post_elsewhere_is_not_named_for_it(nlp: Language) -> None:
    text = (  # fresh78 israel-09, shortened
        "Twelve Thais had been released, Thailand’s prime minister said on Friday.\n\n"
        "The talks went on for many hours and nobody could say when they would end.\n\n"
        "Prime Minister Benjamin Netanyahu said the war would go on after the truce.\n"
    )
    assert _claim(claims_of(nlp, text), "Twelve Thais").said_by == "Thailand's prime minister"


def test_the_source_is_the_one_who_spoke_before(nlp: Language) -> None:
    text = (  # fresh91 siberia-04
        'The "Dalniy Vostok" fishing trawler sank in the Sea of Okhotsk, killing 54 people, a representative of '
        "the Kamchatka division of the Russian Emergencies Ministry told RIA Novosti on Thursday, according to "
        "Sputnik.\n"
        '"The bodies of 54 dead crew members were lifted on board passing ships at the site of the trawler '
        'accident along with 63 survivors," the source said.\n'
        "The fate of the remaining 15 people from the trawler is unknown, according to the source.\n"
    )
    claims = claims_of(nlp, text)
    speaker = "representative of the Kamchatka division of the Russian Emergencies Ministry"
    for quote in ("killing 54 people", "63 survivors", "15 people"):
        assert _claim(claims, quote).said_by == speaker


def test_numbers_with_a_state_of_their_own(nlp: Language) -> None:
    text = (  # fresh93 taiwan-01, arabia-03, taiwan-11; fresh90 germany-09
        "The temblor resulted in at least 13 fatalities and 1,145 people injured with six still missing, "
        "according to the CEOC.\n\n"
        "Twenty-seven of the missing Jordanians are in Saudi hospitals, with 15 in critical condition.\n\n"
        "The fire killed at least 75 people with 300 still listed as missing.\n\n"
        "A police spokesman in the nearby city of Flensburg said two of the stabbed people died after the attack. "
        "Three were severely injured and four others suffered minor injuries.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "six still missing").counts, _claim(claims, "six still missing").said_by) == (
        "missing",
        "CEOC",
    )
    assert _claim(claims, "15 in critical condition").counts == "injured"
    assert _claim(claims, "300 still listed as missing").counts == "missing"
    assert _claim(claims, "Three were severely injured").counts == "injured"


def test_others_beside_a_toll_are_no_part_of_it(nlp: Language) -> None:
    claims = claims_of(nlp, "The storm killed 12 people in the province, with 40 injured.\n")
    assert _claim(claims, "40 injured").part_of is None


def test_the_size_of_a_group_counts_its_people(nlp: Language) -> None:
    text = (  # fresh90 germany-03, nordic-08
        "The victims were part of a 17-person ski touring group from the Netherlands.\n\n"
        "More than half of the passengers were Swedish, while most of the remainder, including the 189-strong "
        "crew, were from Estonia. The two-hour search was called off.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "17-person").value == 17
    assert _claim(claims, "189-strong crew").value == 189
    assert not any(c.value == 2 for c in claims)  # "two-hour" is how long


def test_who_speaks_for_a_body_and_whom_it_cites(nlp: Language) -> None:
    text = (  # fresh91 siberia-06, fresh92 angola-05, chad-04
        "A total of 17 people were injured in wildfires, the Russian emergencies ministry’s press service told TASS."
        "\n\n"
        "In Luanda Province, media report that 11 people died, while 13 people are missing.\n\n"
        "At least 615 people were injured, out of which 299 remained hospitalized, the health ministry wrote on "
        "Twitter, citing the vice-presidency.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "17 people").said_by == "Russian emergencies ministry's press service"
    assert _claim(claims, "11 people").said_by == "media"
    assert _claim(claims, "13 people").said_by == "media"
    cited = _claim(claims, "615 people")
    assert cited.said_by == "vice-presidency" and "health ministry" in cited.via


def test_credit_lines_of_wires(nlp: Language) -> None:
    # fresh90 germany-05, fresh92 chad-11, fresh91 easteurope-08, fresh93 taiwan-12
    joint = byline_agency(
        "Five Japanese among 11 injured as landslide derails train in Swiss Alps\n\nKyodo, AP\n\nFive ..."
    )
    assert joint is not None and relay_chain(None, joint) == ["Kyodo", "AP"]
    bylined = "Republic of Congo says 23 dead\nBy ASSOCIATED PRESS Published: October 5, 2016\nBRAZZAVILLE ..."
    assert byline_agency(bylined) == "Associated Press"
    carried = (
        " date 2024-09-28 Stay up to date with notifications from The Independent\n\nPoland's death toll from floods "
        "rises to 9\n\nPolish police say the death toll has risen to nine\n\nVia AP news wire\nSaturday 28 September "
        "2024 13:52\nPoland Floods\nThe death toll ..."
    )
    assert byline_agency(carried) == "AP"
    barred = "Police: 400 unaccounted for\n\nPETER ENAV | August 10, 2009 11:49 PM EST | AP\n\nCompare other versions"
    assert byline_agency(barred) == "AP"
    closing = "Nearly 116,000 refugees have arrived.\nThe statement predicted more arrivals in Sudan. - BERNAMA-XINHUA"
    credit = byline_agency(closing)
    assert credit is not None and relay_chain(None, credit) == ["Bernama", "Xinhua"]
    # "(UPDATED)" in a dateline's brackets is no wire
    assert byline_agency("Up to 14 missing\n\nBONDO, Switzerland (UPDATED) – As many as 14 people are missing") is None


def test_what_a_body_is_then_its_name(nlp: Language) -> None:
    assert clean_name("largest Shi'ite Muslim opposition party Wefaq") == "Wefaq"  # fresh93 arabia-11
    assert clean_name("Islamist group Boko Haram") == "Boko Haram"
    assert clean_name("new WHO report") == "WHO"  # fresh37 hospitals-04
    assert clean_name("Ministry of Road Transport and Highways report") == "Ministry of Road Transport and Highways"
    assert clean_name("earlier media reports") == "earlier media reports"  # a source as written
    assert clean_name("the Armed Group Monitoring Project") == "Armed Group Monitoring Project"
    text = (  # fresh93 arabia-12
        "Qatari World Cup organisers, the Supreme Committee for Delivery & Legacy, said that there have been three "
        "work-related fatalities and 37 non-work-related deaths among workers at World Cup 2022 sites.\n"
    )
    assert _claim(claims_of(nlp, text), "37").said_by == "Supreme Committee for Delivery & Legacy"


def test_a_dateline_s_place_is_no_speaker_and_a_statement_predicts(nlp: Language) -> None:
    text = (  # fresh92 chad-11, chad-09
        "BRAZZAVILLE, Republic of Congo — Republic of Congo's justice minister says the number of people killed in "
        "recent attacks by former members of a militia group is now at 23.\n\n"
        "Nearly 116,000 Sudanese refugees have arrived in eastern Chad, the UNHCR said in a statement on Sunday. "
        "The statement predicted that 250,000 refugees could be expected to arrive by the end of 2023.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "now at 23").said_by == "Congo's justice minister"
    assert _claim(claims, "250,000").said_by == "UNHCR"


def test_what_befell_them_in_words_around_the_count(nlp: Language) -> None:
    text = (  # fresh90 germany-09, nordic-03; fresh91 easteurope-05; fresh92 angola-09
        "A knife-wielding man has fatally stabbed two people and injured seven others on a train in northern "
        "Germany.\n\n"
        "Three people are dead and several others are injured, including four in critical condition, after a "
        "shooting Sunday at a mall.\n\n"
        "“Ten people were declared dead, and seven persons are in a critical condition,” the minister said.\n\n"
        "According to the Spanish NGO Caminando Fronteras, nearly 10,500 migrants have died or gone missing at sea "
        "so far in 2024.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two people").counts == "killed"
    assert _claim(claims, "seven others").counts == "injured"
    four = _claim(claims, "four")
    assert (four.counts, four.part_of) == ("injured", None)
    assert _claim(claims, "seven persons").counts == "injured"
    migrants = _claim(claims, "10,500 migrants")
    assert (migrants.counts, migrants.said_by) == ("other:dead-or-missing", "Caminando Fronteras")


def test_an_outlet_passes_on_what_the_speaker_closing_the_sentence_said(nlp: Language) -> None:
    text = (  # fresh90 germany-10
        '"Last night, we experienced an attack by at least one Islamist terrorist," Nehammer told reporters.\n'
        "The Austrian news agency APA reported that seven people were in life-threatening condition Tuesday after "
        "the attack, Vienna's hospital service said. 17 individuals were treated in hospitals in total.\n"
    )
    seven = _claim(claims_of(nlp, text), "seven people")
    assert (seven.said_by, seven.via, seven.counts) == ("Vienna's hospital service", ["APA"], "injured")


def test_a_chief_or_minister_named_later(nlp: Language) -> None:
    text = (  # fresh91 easteurope-08, easteurope-03
        "The death toll in Poland from recent floods has risen to nine, after two more bodies were found, the "
        "national police chief said Saturday.\n\n"
        "One person is still missing, police chief Marek Boron told a government crisis meeting.\n\n"
        "A train crashed into a regional bus near the town of Nove Zamky. The Interior Minister confirmed six "
        "deaths.\n\n"
        "Interior Minister Matus Sutaj Estok said the train driver had survived.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "risen to nine").said_by == "Marek Boron"
    assert _claim(claims, "six deaths").said_by == "Matus Sutaj Estok"


def test_those_in_care_stay_in_care_when_one_is_in_serious_condition(nlp: Language) -> None:
    text = (  # fresh86 italy-02
        "Fortunately, many also survived, 80 people in all, 59 of which have already been transferred to the asylum "
        "seekers center while another 21 are currently hospitalized in the Crotone civil hospital, only one of "
        "which is in serious condition.\n"
    )
    assert _claim(claims_of(nlp, text), "21 are currently hospitalized").counts == "other:hospitalised"


def test_security_forces_are_not_a_joint_statement_s_bodies(nlp: Language) -> None:
    text = (  # fresh93 arabia-10
        "AMMAN (REUTERS) – Jordanian security forces said they killed four “terrorist outlaws” after flushing them "
        "out of a castle where they had holed up after a shootout that killed 10 people, including a Canadian "
        "tourist.\n\n"
        "Seven Jordanian security officers, a Canadian tourist and two Jordanian civilians were shot dead, according "
        "to a joint statement by the Public Security Department and the Jordanian armed forces.\n"
    )
    claims = claims_of(nlp, text)
    ten = _claim(claims, "10 people")
    assert (ten.said_by, ten.via) == ("Jordanian security forces", ["Reuters"])


def test_an_inverted_body_by_its_name_and_a_ministry_by_its_own_words(nlp: Language) -> None:
    text = (  # fresh86 italy-11; the ministries made up around it
        "In the two trains, one passenger and the other commercial, 346 passengers and 20 crew members were "
        'traveling, explained the railway company "Hellenic Train".\n\n'
        "Five people died in the crash, said the ministry.\n\n"
        "Six people were hurt, said the interior ministry in a statement.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "346 passengers").said_by == "Hellenic Train"
    assert _claim(claims, "Five people").said_by == "ministry"
    assert _claim(claims, "Six people").said_by == "interior ministry"


def test_a_count_before_an_age_and_peoples_in_the_plural(nlp: Language) -> None:
    text = (  # fresh90 nordic-03
        "The identities of those killed have not been released, but authorities said they are two 17-year-old "
        "Danes, one male and one female, and a 47-year-old Russian man living in Denmark.\n\n"
        "The four critically injured are two Danes, a 40-year-old woman and a 19-year-old woman, and two Swedes.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two 17-year-old Danes").value == 2
    assert _claim(claims, "two Danes").counts == "injured"
    assert not any(c.value in (17, 47, 40, 19) for c in claims)  # ages


def test_a_press_release_speaks_for_its_issuer_and_a_trailing_based_on_names_the_source(nlp: Language) -> None:
    text = (  # fresh80 pacific-05
        "Four Dead, 1,442 Missing In Wake Of Cyclone\n\n"
        "Thursday, 16 February 2023, 11:30 am\nPress Release: New Zealand Police\n\n"
        "Four people have now also been confirmed as deceased following the cyclone.\n"
    )
    assert _claim(claims_of(nlp, text), "Four people").said_by == "New Zealand Police"
    text = (  # fresh79 usa-09
        "The current Hurricane Ian death toll in Florida falls between about 95 and 101, based on information "
        "provided by the state Medical Examiners Commission, county sheriffs and the Division of Emergency "
        "Management.\n\n"
        "The graves may contain 100 bodies, based on survivors' accounts, officials said.\n"
    )
    claims = claims_of(nlp, text)
    toll = _claim(claims, "between about 95 and 101")
    assert (toll.value, toll.qualifier) == (95, "range") and "Medical Examiners Commission" in toll.said_by
    assert _claim(claims, "100 bodies").said_by == "officials"


def test_a_list_a_speaker_opens_with_a_colon_is_theirs(nlp: Language) -> None:
    text = (  # fresh79 usa-08
        "Beshear provided the current county breakdown of deaths as of Monday afternoon, though one death did not "
        "have an assigned county:\n\n"
        "  • Graves County - 21\n  • Hopkins - 17\n  • Warren - 15\n\n"
        "About 110 people were working in the candle factory.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Graves County - 21", "Hopkins - 17", "Warren - 15"):
        assert _claim(claims, quote).said_by == "Beshear"
    assert _claim(claims, "110 people").said_by == "reporter"
