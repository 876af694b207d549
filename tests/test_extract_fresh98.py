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
