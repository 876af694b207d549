"""Rules written in the session that brought data/dev/fresh98 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_hyphenated_given_name_after_a_long_post_is_the_whole_name(nlp: Language) -> None:
    text = (  # fresh93 taiwan-03
        "The train carried 496 people, including four TRA personnel, Deputy Minister of Transportation and "
        "Communications Wang Kwo-tsai (王國材) told a news conference last night.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "496 people").said_by == "Wang Kwo-tsai"
    assert _claim(claims, "four TRA personnel").said_by == "Wang Kwo-tsai"


def test_a_hyphenated_given_name_after_a_title_is_kept(nlp: Language) -> None:
    text = (  # fresh83 centralasia-01
        "Thousands of people were detained after the protests, which President Qasym-Zhomart Toqaev said were "
        'caused by "20,000 terrorists" from abroad, a claim for which the authorities have provided no evidence.\n'
    )
    assert _claim(claims_of(nlp, text), "20,000 terrorists").said_by == "Qasym-Zhomart Toqaev"


def test_a_hyphenated_given_name_the_recogniser_took_for_a_body_is_kept(nlp: Language) -> None:
    text = "At least 12 people died, Qasym-Zhomart Toqaev said.\n"
    assert _claim(claims_of(nlp, text), "At least 12 people").said_by == "Qasym-Zhomart Toqaev"


def test_a_body_named_right_after_what_it_is_speaks_by_its_name(nlp: Language) -> None:
    text = (  # fresh50 wartolls-02
        "The March dead included 298 children, 291 women, 1,486 rebel fighters and army defectors and 1,464 regime "
        "soldiers, said the opposition Syrian Observatory for Human Rights, which has a network of sources across "
        "Syria. The 588 other dead were unidentified but documented by individual photos and video, the observatory "
        "said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "298 children").said_by == "Syrian Observatory for Human Rights"
    assert _claim(claims, "588 other dead").said_by == "Syrian Observatory for Human Rights"


def test_an_inverted_closing_said_covers_a_list_the_parser_split_from_it(nlp: Language) -> None:
    text = (  # fresh50 wartolls-02
        "The March dead included 298 children, 291 women, 1,486 rebel fighters and army defectors and 1,464 regime "
        "soldiers, said the opposition Syrian Observatory for Human Rights, which has a network of sources across "
        "Syria.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "1,464 regime soldiers").said_by == "Syrian Observatory for Human Rights"


def test_said_in_a_tweet_passes_through_twitter(nlp: Language) -> None:
    text = (  # fresh96 ecuador-01
        'The SNAI prison authority said in a tweet that the death of "more than 100" prisoners had been confirmed, '
        "with 52 more wounded.\n"
    )
    figure = _claim(claims_of(nlp, text), "52 more wounded")
    assert figure.said_by == "SNAI prison authority"
    assert figure.via == ["Twitter"]


def test_a_series_of_tweets_passes_through_twitter(nlp: Language) -> None:
    text = (  # fresh71 venezuela-10
        "Through a series of tweets posted on his official account at around 11:00 PM local time, Saab said that 68 "
        "people had been killed in the fire.\n"
    )
    assert _claim(claims_of(nlp, text), "68 people").via == ["Twitter"]


def test_a_tweet_answered_is_no_channel(nlp: Language) -> None:
    text = "The minister said in response to a tweet by the opposition that 14 people had died.\n"
    assert _claim(claims_of(nlp, text), "14 people").via == []


def test_according_to_a_telegram_post_from_a_person(nlp: Language) -> None:
    text = (  # fresh37 hospitals-10
        "Seven of the injured were children at the hospital, according to a Telegram post from Kyiv Mayor Vitali "
        "Klitschko, who added that one of the adults killed there was a doctor.\n"
    )
    figure = _claim(claims_of(nlp, text), "Seven of the injured")
    assert figure.said_by == "Vitali Klitschko"
    assert figure.via == ["Telegram"]


def test_a_dashless_dateline_with_the_place_s_state_credits_the_wire(nlp: Language) -> None:
    text = (  # fresh76 india-04
        " date 2024-07-02 Hathras (UP), Jul 2 (PTI) A stampede at a religious congregation here killed 116 people on "
        "Tuesday as devotees suffocated to their deaths and bodies piled atop each other.\n"
    )
    assert _claim(claims_of(nlp, text), "116 people").via == ["PTI"]


def test_a_dateline_s_brackets_with_a_stray_bar_credit_the_wire(nlp: Language) -> None:
    text = (  # fresh66 cameroon-03
        " date 2018-09-18 YAOUNDE, Sept. 18 ( Xinhua | ) — Thirty suspected armed separatist fighters were killed in "
        "Njikwa, a locality in the Northwest, after government forces raided a base.\n\n"
        "According to the army, two soldiers sustained minor injuries during the operation.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Thirty suspected").via == ["Xinhua"]
    assert _claim(claims, "two soldiers").via == ["Xinhua"]


def test_bodies_brought_to_a_hospital_are_the_dead(nlp: Language) -> None:
    text = "Twenty-seven bodies were brought to a hospital in neighbouring Etah district.\n"  # fresh76 india-04
    assert _claim(claims_of(nlp, text), "Twenty-seven bodies").counts == "killed"


def test_people_brought_to_a_hospital_are_in_care(nlp: Language) -> None:
    text = "Twenty people were brought to a hospital in Etah.\n"
    assert _claim(claims_of(nlp, text), "Twenty people").counts == "other:hospitalised"


def test_a_body_that_gives_no_toll_is_no_source(nlp: Language) -> None:
    text = (  # fresh50 wartolls-02
        "The Syrian regime of President Bashar Assad provides no death tolls for the civil war. The conflict has "
        "often seen daily death tolls top 150 as regime shelling and aerial bombardments increase.\n"
    )
    assert _claim(claims_of(nlp, text), "top 150").said_by == "reporter"


def test_a_hyphenated_post_before_a_name_is_left_out(nlp: Language) -> None:
    text = (  # fresh40 roadtolls-04
        "Department of Probation Director-General Witthawal Sunthornkachit said 7,141 were charged with "
        "drink-driving, 765 under the influence of drugs and 19 people with reckless driving.\n\n"
        "Besides that, he said, a total of 13 people were ordered to wear an electronic monitoring device.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "19 people").said_by == "Witthawal Sunthornkachit"
    assert _claim(claims, "13 people").said_by == "Witthawal Sunthornkachit"


def test_a_paper_named_post_is_no_social_media_post(nlp: Language) -> None:
    text = (  # fresh51 riots-06
        "Authorities were searching for scores of inmates, including terrorists, who escaped a crowded Indonesian "
        "prison as reported by Huffington Post.\n"
    )
    figure = _claim(claims_of(nlp, text), "scores of inmates")
    assert "Huffington Post" in [figure.said_by, *figure.via]
    assert "Huffington" not in [figure.said_by, *figure.via]


def test_a_tweet_from_an_agency_carries_the_claim_of_the_group(nlp: Language) -> None:
    text = (  # fresh57 militantclaims-02
        "In a tweet from the IS-affiliated Amaq news agency, Boko Haram claimed it killed five soldiers from the "
        "regional coalition fighting the jihadists.\n"
    )
    figure = _claim(claims_of(nlp, text), "five soldiers")
    assert figure.said_by == "Boko Haram"
    assert "Twitter" in figure.via


def test_victims_with_nothing_else_said_of_them_are_the_dead(nlp: Language) -> None:
    text = (  # fresh77 peru-10
        "Of the 27 victims, six are from the same region of Arequipa, 15 are from Puno, four from Cusco, one from "
        "Junín and one from Lima.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "27 victims").counts == "killed"


def test_victims_of_a_harm_that_need_not_kill_are_no_dead(nlp: Language) -> None:
    text = "The group counted 300 victims of sexual violence in the province.\n"
    assert _claim(claims_of(nlp, text), "300 victims").counts != "killed"


def test_bodies_kept_or_registered_are_the_dead(nlp: Language) -> None:
    text = (  # fresh97 mining-01, fresh95 malaysia-06
        "Doctor Atiqur Rahman, at a hospital in the nearby town of Narsingdi, confirmed registering 47 bodies at the "
        "morgue and said another 15 injured were rushed in for treatment Saturday night.\n\n"
        "He said one body had been recovered from the bus, with 32 more bodies remaining inside the vehicle.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "47 bodies").counts == "killed"
    assert _claim(claims, "32 more bodies").counts == "killed"
    assert _claim(claims, "one body").counts == "remains-found"


def test_the_bodies_of_people_brought_to_a_hospital_are_the_dead(nlp: Language) -> None:
    text = (  # fresh57 militantclaims-06
        "Abdul Karimi gave a higher casualty toll for the military, saying bodies of 13 soldiers and nine wounded in "
        "the attack were brought to his hospital.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "13 soldiers").counts == "killed"
    assert _claim(claims, "nine wounded").counts == "injured"


def test_a_service_called_by_its_number_speaks(nlp: Language) -> None:
    text = (  # fresh101 collapse-05
        "Rescue 1122, in a statement, said eight people had died in the incident, including four men, three women "
        "and a child.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "eight people").said_by == "Rescue 1122"
    assert _claim(claims, "four men").said_by == "Rescue 1122"


def test_he_said_after_a_quote_is_the_person_the_sentence_names(nlp: Language) -> None:
    text = (  # fresh98 chechnya-07
        "An Orthodox priest at the church, Father Pavel Kaliken, described what happened: “There were fifty or "
        "sixty people inside the church, including children and pregnant women,” he said. “We had finished the mass "
        "and were beginning to leave the church. A bearded man ran towards the church shouting ‘Allahu Akbar’ and "
        "killed four people. He was carrying a rifle and a knife.”\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "fifty or sixty people").said_by == "Pavel Kaliken"
    assert _claim(claims, "four people").said_by == "Pavel Kaliken"


def test_said_an_outlet_citing_a_minister(nlp: Language) -> None:
    text = (  # fresh99 tanzania-08
        "RESCUE workers in Zambia were still searching on Monday for at least 25 informal miners buried alive three "
        "days ago by a mudslide at an open-pit copper mine, said Reuters citing the country’s mines minister Paul "
        "Kabuswe.\n"
    )
    figure = _claim(claims_of(nlp, text), "25 informal miners")
    assert figure.said_by == "Paul Kabuswe"
    assert figure.via == ["Reuters"]


def test_a_report_saying_is_its_issuer_s(nlp: Language) -> None:
    text = (  # fresh98 chechnya-12
        "On July 24, Memorial issued a report saying that the 13 men were detained by Chechen police from December "
        "through February and that no information about their fate was given to relatives.\n"
    )
    assert _claim(claims_of(nlp, text), "13 men").said_by == "Memorial"


def test_a_dateline_on_its_own_line_below_the_byline_credits_the_wire(nlp: Language) -> None:
    text = (  # fresh98 portugal-02
        "Portugal forest fires death toll rises to 43\n by Staff Writers\n Lisbon (AFP) Oct 19, 2017\n\n\n"
        "The death toll from forest fires, which ravaged swathes of land in central Portugal in recent days, has "
        "risen to 43 after the discovery of another corpse, authorities said Thursday.\n"
    )
    assert _claim(claims_of(nlp, text), "has risen to 43").via == ["AFP"]


def test_a_wire_first_in_a_dateline_s_brackets_with_the_pages_that_carry_it(nlp: Language) -> None:
    text = (  # fresh98 portugal-08
        "Lisbon, (APP - UrduPoint / Pakistan Point News - 31st Aug, 2024) At least four crew members died and one "
        "was missing after a firefighting helicopter crashed Friday in the Douro River in northern Portugal, "
        "authorities said.\n"
    )
    assert _claim(claims_of(nlp, text), "four crew members").via == ["APP"]


def test_the_country_of_a_place_is_no_second_subject(nlp: Language) -> None:
    text = (  # fresh98 portugal-09
        "URGENT UPDATE: In a tragic incident, police in Lisbon, Portugal confirmed that 11 of the 16 fatalities from "
        "a funicular railway derailment were foreigners.\n"
    )
    assert _claim(claims_of(nlp, text), "16 fatalities").said_by.startswith("police")


def test_a_ranked_person_of_a_body_is_the_person(nlp: Language) -> None:
    text = (  # fresh101 collapse-09
        "At least nine people fell through a section of the highest bleachers at the Fonte Nova stadium in the "
        "coastal city of Salvador, and eight were killed, said Major Edmilson Tavares of the city's federal police.\n"
    )
    assert _claim(claims_of(nlp, text), "eight were killed").said_by == "Edmilson Tavares"


def test_inmates_who_escaped_are_counted_as_escaped(nlp: Language) -> None:
    text = (  # fresh101 prisons-04, prisons-05
        "It has now been revealed that five prisoners escaped the Welikada prison during the violent clash seen on "
        "Friday (November 9).\n\n"
        "Haitian authorities have announced that more than 400 inmates have escaped and 25 people are dead in a prison "
        "break, making it the country's largest and deadliest in a decade.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five prisoners").counts == "other:escaped"
    assert _claim(claims, "400 inmates").counts == "other:escaped"
    assert _claim(claims, "25 people").counts == "killed"


def test_fatal_injuries_are_deaths(nlp: Language) -> None:
    text = (  # fresh99 tanzania-09
        "“Nine passengers from the Public Service Vehicle sustained fatal injuries while five passengers sustained "
        "serious injuries all are admitted at Levy Mwanawasa,” he said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Nine passengers").counts == "killed"
    assert _claim(claims, "five passengers").counts == "injured"


def test_the_one_told_is_no_speaker_of_a_saying_the_parser_gave_them(nlp: Language) -> None:
    text = (  # fresh99 tanzania-09
        "Police spokesperson Rae Hamoonga has confirmed the death toll to Kalemba saying of the dead, seven males and "
        "four females.\n"
    )
    assert _claim(claims_of(nlp, text), "seven males").said_by == "Rae Hamoonga"


def test_a_surname_the_recogniser_took_for_a_date_speaks(nlp: Language) -> None:
    text = (  # fresh101 prisons-10
        "The militants killed six policemen during the attack on Monday night in the town of Dera Ismail Khan, said "
        "the town's commissioner, Mushtaq Jadoon.\n\n"
        'The militants broke open the cells and freed 253 prisoners, including 25 "dangerous terrorists", said '
        "Jadoon.\n"
    )
    assert _claim(claims_of(nlp, text), "253 prisoners").said_by in ("Jadoon", "Mushtaq Jadoon")


def test_a_weekday_is_still_no_speaker(nlp: Language) -> None:
    assert _claim(claims_of(nlp, "On Friday 12 people died.\n"), "12 people").said_by == "reporter"


def test_inmates_at_large_or_on_the_run_escaped(nlp: Language) -> None:
    text = (  # fresh101 prisons-01, prisons-04
        "SAO PAULO — Police say 99 inmates are at large following a prison riot that left nine dead and 14 injured in "
        "central Brazil.\n\n"
        "However, Prison officials had earlier reported that only around three prisoners had escaped and only one "
        "convict was on the run.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "99 inmates").counts == "other:escaped"
    assert _claim(claims, "one convict").counts == "other:escaped"


def test_people_at_a_place_are_present(nlp: Language) -> None:
    text = (  # fresh101 collapse-09
        "About 60,000 people were at the stadium for the game, and many didn't realize that the section of "
        "bleachers had given way as they invaded the field in celebration.\n"
    )
    assert _claim(claims_of(nlp, text), "60,000 people").counts == "other:present"


def test_people_on_a_bus_are_aboard(nlp: Language) -> None:
    text = "He said more than 80 people were on the ferry when it sank.\n"  # fresh37 drownings-09
    assert _claim(claims_of(nlp, text), "80 people").counts == "other:aboard"


def test_a_reuters_staff_credit_closing_the_story_relays_it(nlp: Language) -> None:
    text = (  # fresh100 maritime-05
        "Sea rescue services from the Canadian city of Halifax found and recovered 10 bodies from a Spanish fishing "
        "trawler that sank in rough sea off the eastern coast of Canada, the services said late on Tuesday, though 11 "
        "of the crew are still missing.\n\n"
        "The Villa de Pitanxo was registered in Nores Marin, a fishing company based in Pontevedra, Galicia.\n\n"
        "(Reuters - Reporting by Inti Landauro, Emma Pinedo and Nathan Allen; Editing by Alex Richardson and Frank "
        "Jack Daniel)\n"
    )
    assert _claim(claims_of(nlp, text), "10 bodies").via == ["Reuters"]


def test_the_associated_press_closing_the_story_relays_it(nlp: Language) -> None:
    text = (  # fresh100 maritime-10
        "The U.S. Coast Guard has suspended its search for four people missing after the fishing charter boat they "
        "were on was found partially submerged near the southeast Alaska community of Sitka. A fifth person was "
        "found dead Sunday.\n"
        "The Associated Press\n"
    )
    assert _claim(claims_of(nlp, text), "four people").via == ["The Associated Press"]


def test_a_dateline_with_a_stray_bracket_and_a_service_s_own_joint_credit(nlp: Language) -> None:
    text = (  # fresh101 collapse-12
        "LAUSANNE Switzerland), July 13 (NNN-AGENCIES) — Three people were killed and eight injured on Friday when "
        "scaffolding collapsed off a 19-storey building under construction in the western Swiss city of Lausanne, "
        "police said.\n"
    )
    assert _claim(claims_of(nlp, text), "Three people").via == ["NNN-AGENCIES"]


def test_people_who_escaped_the_violence_fled_it(nlp: Language) -> None:
    text = (  # fresh49 returns-04
        "The vast majority of the two million people who have escaped the violence have taken shelter either in "
        "schools and other public buildings.\n"
    )
    assert _claim(claims_of(nlp, text), "two million people").counts == "displaced"


def test_flood_victims_are_not_the_dead(nlp: Language) -> None:
    text = (  # fresh49 returns-08
        "Authorities have set up 189 health centers and 1,640 toilets for more than 300,000 flood victims living in "
        "326 state-run relief camps, he said.\n"
    )
    assert _claim(claims_of(nlp, text), "300,000 flood victims").counts != "killed"


def test_people_in_need_are_not_present_anywhere(nlp: Language) -> None:
    text = (  # fresh16 heatwaves-06
        "The WFP has meanwhile highlighted the poor response by international donors to appeals for assistance in "
        "countries such as Malawi and Zambia, where 1,2-million people are in need of food aid. — Sapa-DPA\n"
    )
    assert _claim(claims_of(nlp, text), "1,2-million people").counts != "other:present"
