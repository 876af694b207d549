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
