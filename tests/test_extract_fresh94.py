"""Rules written in the session that brought data/dev/fresh94 to fresh97, each on real text."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_year_shaped_number_before_people_counts_them(nlp: Language) -> None:
    text = (  # fresh78 gaza-02
        "According to PCHR, 1660 Palestinian civilians were killed, including 527 children and 299 women, while "
        "Al Mezan reported that 1666 of the dead were civilians, including 521 children and 297 women.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "1660 Palestinian civilians").value == 1660
    assert _claim(claims, "1666 of the dead").value == 1666


def test_a_year_before_people_stays_a_year(nlp: Language) -> None:
    text = "In 2014 Palestinian civilians died in their hundreds, the group said.\n"
    assert all(c.value != 2014 for c in claims_of(nlp, text))


def test_a_source_in_a_while_clause_is_not_relayed_by_the_sentence_s_according_to(nlp: Language) -> None:
    text = (  # fresh78 gaza-02
        "According to PCHR, 1660 Palestinian civilians were killed, including 527 children and 299 women, while "
        "Al Mezan reported that 1666 of the dead were civilians, including 521 children and 297 women.\n"
    )
    figure = _claim(claims_of(nlp, text), "1666 of the dead")
    assert figure.said_by == "Al Mezan"
    assert figure.via == []


def test_a_body_s_one_word_short_name_is_its_full_name(nlp: Language) -> None:
    text = (  # fresh26 militarybases-06
        "Nine Syrian soldiers were killed, said Rami Abdel Rahman, who heads the Syrian Observatory for Human "
        "Rights.\n\n"
        "Another 12 soldiers and two HTS fighters were among those wounded in the assault, said the British-based "
        "Observatory, which has a wide network of sources inside Syria.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "12 soldiers").said_by == "Syrian Observatory for Human Rights"


def test_a_name_between_dashes_stops_before_the_verb(nlp: Language) -> None:
    text = (  # fresh45 schoolattacks-08
        "An eyewitness - 19-year-old Shafi Akbary - told the Associated Press around 300 students had been called "
        "for an early morning practice exam.\n"
    )
    assert _claim(claims_of(nlp, text), "300 students").said_by == "Shafi Akbary"


def test_he_continued_before_a_quotation_speaks(nlp: Language) -> None:
    text = (  # fresh93 arabia-07
        "Brigadier General Dr. Ali Salem Al Tunaiji said roads had been closed.\n\n"
        'He continued, "We are saddened to report that 6 Asians have died as a result of the floods in this '
        'emirate and the search for another Asian is still ongoing."\n'
    )
    assert _claim(claims_of(nlp, text), "6 Asians").said_by == "Ali Salem Al Tunaiji"


def test_a_search_that_continued_says_nothing(nlp: Language) -> None:
    text = "The search continued, and seven people are missing, police said.\n"
    assert _claim(claims_of(nlp, text), "seven people").said_by == "police"


def test_a_hyphen_inside_a_name_stays(nlp: Language) -> None:
    text = (  # fresh55 sudan-04
        "They killed 21 civilians and wounded four people, Abdel Aziz el-Nur Ashr, the local commissioner, told "
        "Reuters.\n"
    )
    assert _claim(claims_of(nlp, text), "21 civilians").said_by == "Abdel Aziz el-Nur Ashr"


def test_a_name_the_recogniser_cut_in_two_is_one_name(nlp: Language) -> None:
    text = (  # fresh93 arabia-07
        "Brigadier General Dr. Ali Salem Al Tunaiji said six people had died in the floods.\n"
    )
    assert _claim(claims_of(nlp, text), "six people").said_by == "Ali Salem Al Tunaiji"


def test_an_according_to_closing_the_sentence_relays_its_contrastive_clause(nlp: Language) -> None:
    text = (  # fresh22 worship-02
        "However, SP Gambo Isah, the spokesperson for the Police Command, confirmed the attack but said only five "
        "people were abducted, according to The Guardian.\n"
    )
    figure = _claim(claims_of(nlp, text), "five people")
    assert figure.said_by == "Gambo Isah"
    assert figure.via == ["Guardian"]


def test_a_video_posted_to_twitter_passes_through_twitter(nlp: Language) -> None:
    text = (  # fresh84 southafrica-12
        "Faith Mazibuko, a member of the executive council in the Gauteng Provincial Government, said in a video "
        "posted to Twitter that 13 people were confirmed dead at the scene and another two people were declared "
        "dead at a local hospital.\n"
    )
    figure = _claim(claims_of(nlp, text), "13 people")
    assert figure.said_by == "Faith Mazibuko"
    assert figure.via == ["Twitter"]


def test_a_facebook_message_posted_by_someone_is_theirs_through_facebook(nlp: Language) -> None:
    text = (  # fresh89 vietnam-09
        "“There was an explosion, resulting in the deaths of three team members and the injury to a fourth,” said "
        "the Facebook message posted by Bill Morse, the American founder of the Landmine Relief Fund.\n"
    )
    figure = _claim(claims_of(nlp, text), "three team members")
    assert figure.said_by == "Bill Morse"
    assert figure.via == ["Facebook"]


def test_quoted_by_an_agency_after_a_tag_relays_it(nlp: Language) -> None:
    text = (  # fresh84 maghreb-10
        "The death toll after three buildings collapsed in Casablanca rose to 16 on Sunday, officials said.\n\n"
        "Seven more bodies were recovered from the rubble during the day, including two children and Moroccan "
        "actress Amal Maarouf and her mother, they said, quoted by the MAP news agency, updating an earlier tally.\n"
    )
    figure = _claim(claims_of(nlp, text), "Seven more bodies")
    assert figure.said_by == "officials"
    assert figure.via == ["MAP"]


def test_a_title_is_not_the_last_person_when_they_hold_another_post(nlp: Language) -> None:
    text = (
        "The message was posted by Bill Morse, the American founder of the Landmine Relief Fund.\n\n"
        "The governor said that 12 people had died.\n"
    )
    assert _claim(claims_of(nlp, text), "12 people").said_by == "governor"


def test_defectors_and_onlookers_are_people(nlp: Language) -> None:
    text = (  # fresh95 northkorea-08
        "According to the report, at least 406 North Korean defectors have been forcibly returned since last year.\n"
    )
    assert _claim(claims_of(nlp, text), "406 North Korean defectors").value == 406


def test_thousands_written_with_a_hyphen_are_read(nlp: Language) -> None:
    text = (  # fresh95 northkorea-05, northkorea-10
        "The spy agency said about 600 North Korean soldiers have been killed and another four-thousand-100 have "
        "been injured, out of a total of 15-thousand troops.\n\n"
        "The report said anywhere from 53-thousand up to 65-thousand people are being detained.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "four-thousand-100").value == 4100
    assert _claim(claims, "15-thousand troops").value == 15000
    assert _claim(claims, "65-thousand").value == 65000


def test_vague_plurals_standing_for_people(nlp: Language) -> None:
    text = (  # fresh96 stampede-05, stampede-07, stampede-10
        "The stampede killed at least 78 people and dozens more suffered injuries, a Houthi official said.\n\n"
        "TEN people have died and dozens others were injured, police said.\n\n"
        "The crush led to the death of 20 people and the injury of scores, the office said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "dozens more").counts == "injured"
    assert _claim(claims, "dozens others").counts == "injured"
    assert _claim(claims, "scores").counts == "injured"


def test_more_after_a_shared_verb_keeps_its_predicate(nlp: Language) -> None:
    text = (  # fresh9 shipwrecks-02
        "At least 79 migrants drowned early on Wednesday and hundreds more were missing and likely dead after "
        "their overloaded boat capsized.\n"
    )
    assert _claim(claims_of(nlp, text), "hundreds").counts == "missing"


def test_beheaded_and_hanged_are_killed(nlp: Language) -> None:
    text = (  # fresh96 ecuador-01; fresh95 northkorea-04
        "At least six were beheaded, the prosecutor's office said.\n\n"
        "Of the 23 executions, 21 were carried out by firing squad and the other two were hanged, the group said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "six were beheaded").counts == "killed"
    assert _claim(claims, "the other two were hanged").counts == "killed"


def test_the_group_is_not_a_post_that_spoke_before(nlp: Language) -> None:
    text = (
        "At least six were beheaded, the prosecutor said.\n\n"
        "Of the 23 executions, 21 were carried out by firing squad and the other two were hanged, the group said.\n"
    )
    assert _claim(claims_of(nlp, text), "the other two were hanged").said_by == "group"


def test_this_was_stated_by_names_the_source_of_the_sentence_before(nlp: Language) -> None:
    text = (  # fresh95 northkorea-06
        "At least 100 North Korean soldiers stationed in Russia have died, and another 1,000 have been injured "
        "during intense battles with Ukrainian forces in the Kursk region.\n"
        "This was stated by South Korean MP Lee Seong-kweun, reports Reuters.\n"
    )
    claims = claims_of(nlp, text)
    dead = _claim(claims, "100 North Korean soldiers")
    assert dead.said_by == "Lee Seong-kweun"
    assert dead.counts == "killed"
    assert _claim(claims, "1,000").said_by == "Lee Seong-kweun"


def test_passengers_and_crew_with_nothing_befallen_are_aboard(nlp: Language) -> None:
    text = (  # fresh97 aviation-01
        "The Antonov An-148 was carrying 65 passengers and six crew members when it crashed shortly after takeoff.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "65 passengers").counts == "other:aboard"
    assert _claim(claims, "six crew members").counts == "other:aboard"


def test_bodies_brought_to_a_morgue_or_counted_there_are_the_dead(nlp: Language) -> None:
    text = (  # fresh96 stampede-04; fresh38 drones-07
        "A Reuters witness counted 39 bodies inside the morgue.\n\n"
        "Doctors said 18 bodies had been brought to the morgue.\n\n"
        "Rescuers recovered 12 bodies from the river, officials said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "39 bodies").counts == "killed"
    assert _claim(claims, "18 bodies").counts == "killed"
    assert _claim(claims, "12 bodies").counts == "remains-found"


def test_a_part_out_of_a_total_keeps_what_the_total_counts(nlp: Language) -> None:
    text = (  # fresh61 somalia-04
        "Six out of 40 people injured in the attack died from their wounds, Ahmed Mohamed, a nurse at Madina "
        "hospital in Mogadishu, said.\n"
    )
    assert _claim(claims_of(nlp, text), "40 people").counts == "injured"


def test_a_date_in_a_dateline_s_brackets_is_no_credit() -> None:
    text = (  # fresh95 malaysia-04
        "SEMPORNA (April 15): Five individuals were found drowned when a pump boat carrying 20 passengers capsized "
        "off Pulau Tandoan late yesterday.\n"
    )
    assert byline_agency(text) is None


def test_a_dateline_date_leaves_the_closing_credit() -> None:
    text = (  # fresh95 malaysia-04
        "SEMPORNA (April 15): Five individuals were found drowned when a pump boat capsized late yesterday.\n\n"
        "Meanwhile, the MMEA Carilamat Forward Base was opened at the Tourism Jetty, Semporna. — Bernama\n"
    )
    assert byline_agency(text) == "Bernama"


def test_a_dateline_line_closed_by_a_wire_credits_it() -> None:
    text = (  # fresh97 mining-01
        "At least 47 die locked in Bangldesh factory fire\n\nSHIBPUR, Bangladesh, AFP\n\n"
        "At least 47 people were killed in a fire overnight at a towel factory in Bangladesh, police said Sunday.\n"
    )
    assert byline_agency(text) == "AFP"


def test_a_crew_of_so_many_counts_its_members(nlp: Language) -> None:
    text = (  # fresh97 aviation-07
        'Grampian Police Chief Superintendent Colin Menzies said: "It is with deep regret that I must confirm that '
        'the crew of 16 on board has been lost."\n'
    )
    assert _claim(claims_of(nlp, text), "the crew of 16").value == 16


def test_groups_of_hundreds_of_people_count_the_people(nlp: Language) -> None:
    text = "Larger groups of hundreds of migrants were arriving on the islands every week.\n"  # fresh13 migrants-06
    assert _claim(claims_of(nlp, text), "hundreds of migrants").counts == "other:migrants"


def test_both_numbers_of_a_rate_are_no_counts(nlp: Language) -> None:
    text = (  # fresh96 ecuador-05
        "Ecuador surpassed a rate of 40 violent deaths per 100,000 inhabitants at the end of 2023, one of the "
        "highest in the region.\n"
    )
    assert claims_of(nlp, text) == []


def test_people_who_feared_for_themselves_say_nothing(nlp: Language) -> None:
    text = (  # fresh94 greece-01
        "Rescue ships deployed today in search of hundreds of migrants who feared they would be lost after their "
        "overcrowded boat capsized. At least 78 people died.\n"
    )
    assert _claim(claims_of(nlp, text), "At least 78 people").said_by == "reporter"


def test_a_post_s_holder_named_after_it_speaks(nlp: Language) -> None:
    text = (  # fresh95 malaysia-05
        "SINGAPORE (CNA) – Three of the 10 workers who suffered burns in a fire at an industrial building in Tuas "
        "have died, said Commissioner for Workplace Safety and Health (WSH) Silas Sng yesterday.\n"
    )
    assert _claim(claims_of(nlp, text), "Three of the 10 workers").said_by == "Silas Sng"


def test_a_given_name_on_the_compound_chain_stays_and_a_padre_is_a_title(nlp: Language) -> None:
    text = (  # fresh97 aviation-09; fresh96 stampede-07
        "Earlier, Jalpaiguri District Magistrate Moumita Godara Basu said four bodies were found at the accident "
        "site and three others died at the hospital.\n\n"
        "The parish priest, Padre Mike Nsikak Umoh, said more than 3,000 villagers had come for the food.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "four bodies").said_by == "Moumita Godara Basu"
    assert _claim(claims, "3,000 villagers").said_by == "Mike Nsikak Umoh"


def test_accidents_that_claim_lives_say_nothing(nlp: Language) -> None:
    text = (  # fresh96 ecuador-07
        "Bolivia's mountainous roads are notoriously dangerous, with road accidents claiming an average of 1,400 "
        "lives annually in the country.\n"
    )
    assert _claim(claims_of(nlp, text), "1,400 lives").said_by == "reporter"


def test_an_agency_the_recogniser_ran_into_its_verb(nlp: Language) -> None:
    text = (  # fresh97 mining-04
        "A total of 485 miners have been rescued since the explosion in the coal mine May 13, Xinhua cited "
        "Anatolia news agency as quoting the minister.\n"
    )
    assert "Xinhua" in _claim(claims_of(nlp, text), "485 miners").via


def test_a_declared_incident_is_no_statement_and_the_closing_teller_speaks(nlp: Language) -> None:
    text = (  # fresh96 stampede-09
        'Officials declared a "mass casualty incident" at 9:38 p.m. Friday local time during the festival at NRG '
        "Park, where an estimated 50,000 people were in attendance, Houston Fire Chief Samuel Peña told reporters "
        "during an overnight news briefing.\n"
    )
    figure = _claim(claims_of(nlp, text), "50,000 people")
    assert figure.said_by == "Samuel Peña"
    assert figure.counts == "other:present"


def test_a_portfolio_before_a_minister_s_name_is_no_part_of_it(nlp: Language) -> None:
    text = (  # fresh77 westafrica-10
        "Minister of Information Kojo Oppong Nkrumah said a total of 17 people have unfortunately been confirmed "
        "dead.\n"
    )
    assert _claim(claims_of(nlp, text), "17 people").said_by == "Kojo Oppong Nkrumah"


def test_according_to_the_organization_is_the_body_named_before(nlp: Language) -> None:
    text = (  # fresh95 northkorea-04
        "The Transitional Justice Working Group analyzed satellite imagery and collected 442 testimonies.\n\n"
        "Of the 23 operations, 21 people were executed by firing squad, while the other two were hanged, according "
        "to the organization.\n"
    )
    assert _claim(claims_of(nlp, text), "21 people").said_by == "Transitional Justice Working Group"


def test_a_closing_tag_s_inverted_speaker_is_no_object_of_what_it_says(nlp: Language) -> None:
    text = (  # fresh96 ecuador-08
        "At least 12 Bolivians have been killed and more than 530 injured by the violence that escalated in Bolivia "
        "following the coup against constitutional president Evo Morales, denounced the Ombudsman’s Office.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "At least 12 Bolivians").said_by == "Ombudsman's Office"
    assert _claim(claims, "530").said_by == "Ombudsman's Office"


def test_a_name_with_an_initial_after_a_post_is_a_person(nlp: Language) -> None:
    text = (  # fresh94 benelux-12
        "''This is truly a calamity,'' the town's mayor, J. Mans, told RTL-5 television. He said 100 tons of "
        "fireworks exploded in the blaze, and 20 people were killed.\n"
    )
    assert _claim(claims_of(nlp, text), "20 people").said_by == "J. Mans"


def test_a_number_the_parser_hung_on_the_day_before_it(nlp: Language) -> None:
    text = (  # fresh96 ecuador-04
        "On Tuesday four more bodies were recovered and taken to the municipal morgue, bringing reported fatalities "
        "to 12.\n"
    )
    assert _claim(claims_of(nlp, text), "four more bodies").counts == "remains-found"


def test_dozens_more_made_the_subject_of_their_injuries(nlp: Language) -> None:
    text = (  # fresh96 stampede-05
        "People stampeded at an event to distribute financial aid in Yemen’s capital late Wednesday, and at least 78 "
        "people were killed and dozens more suffered injuries, a Houthi official said.\n"
    )
    assert _claim(claims_of(nlp, text), "dozens").counts == "injured"


def test_so_many_more_recovered_after_bodies_are_bodies(nlp: Language) -> None:
    text = (  # fresh97 aviation-06
        "The Royal Canadian Mounted Police said early Tuesday that the final seven bodies were recovered. Nine were "
        "recovered on Monday.\n"
    )
    assert _claim(claims_of(nlp, text), "Nine").counts == "remains-found"


def test_x_continued_closing_a_statement_is_its_tag(nlp: Language) -> None:
    text = (  # fresh94 greece-11
        "The AFM's Deputy Commander Colonel Edric Zahra told the media during a briefing that 29 migrants were "
        "rescued.\n\n"
        "All of the 29 rescued were men, while one of the five who passed away was a woman, Zahra continued.\n\n"
        "Seven people are missing as the search continued.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five who passed").said_by == "Edric Zahra"
    assert _claim(claims, "Seven people").said_by == "reporter"
