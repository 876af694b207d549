"""Rules written in the session that brought data/dev/fresh94 to fresh97, each on real text."""

from __future__ import annotations

from spacy.language import Language

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


def test_a_platform_is_no_channel_for_what_the_speaker_says_later(nlp: Language) -> None:
    text = (  # fresh53 hurricanes-02
        "Mexico Security Secretary Rosa Icela Rodríguez said in a recorded video message posted to the platform X "
        "that the cause of death for the 39 victims was suffocation.\n\n"
        "Rodríguez said the number of missing rose to 10.\n"
    )
    figure = _claim(claims_of(nlp, text), "the number of missing rose to 10")
    assert figure.said_by == "Rosa Icela Rodríguez"
    assert figure.via == []
