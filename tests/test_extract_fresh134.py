"""Rules from the sets of the session that added fresh134 to fresh137 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_few_activists_closing_the_sentence_speak_and_are_not_counted(nlp: Language) -> None:
    text = (  # fresh125 ghanatogo-06 (Reuters, northern Togo)
        "LOME (Reuters) -Armed men killed at least 12 civilians in overnight raids on villages in northern Togo, "
        "where Islamist militants have staged several recent attacks, two local activists and a medical source "
        "said on Friday.\n"
    )
    claims = claims_of(nlp, text)
    assert [c.value for c in claims] == [12]
    assert claims[0].said_by == "local activists and a medical source"


def test_a_post_with_its_remit_in_brackets_names_its_holder(nlp: Language) -> None:
    text = (  # fresh125 manipur-08 (Sairang bridge collapse)
        "Mizoram IGP (Law and Order) Lalbiakthanga Khiangte said that 23 people were believed to be killed in the "
        "bridge collapse.\n\n"
        "He said that 26 workers were present when the bridge over Kurung river at zero point in Sairang, Mizoram "
        "collapsed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "23 people").said_by == "Lalbiakthanga Khiangte"
    assert _claim(claims, "26 workers").said_by == "Lalbiakthanga Khiangte"


def test_a_courtesy_title_is_no_part_of_a_name_even_with_a_rank_in_brackets(nlp: Language) -> None:
    text = (  # fresh137 electrocutions-10 (Port Harcourt)
        "When contacted, Police Public Relations Officer in the state, Mrs Rita Inoma-Abbey (DSP), said it is not "
        "true that between 50 and 100 persons died in the incident.\n"
    )
    assert _claim(claims_of(nlp, text), "between 50 and 100").said_by == "Rita Inoma-Abbey"


def test_the_place_the_text_is_about_is_no_part_of_a_name(nlp: Language) -> None:
    text = (  # fresh137 electrocutions-10 (Port Harcourt)
        "Several other persons were wounded in the incident, although the police authorities in the state insisted "
        "that only 10 persons were confirmed dead while 12 others sustained varying degree of burns.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "10 persons").said_by == "police authorities"
    assert _claim(claims, "12 others").said_by == "police authorities"


def test_bodies_named_for_a_cause_or_a_country_keep_their_whole_name(nlp: Language) -> None:
    text = (  # fresh134 markets-05 (Azaz, AFP) and markets-03 (Muna Garage)
        'The group Syrian Observatory for Human Rights said that "eight people were killed and 23 others wounded" '
        'when "a car bomb exploded in the middle of a popular market".\n\n'
        "News Agency of Nigeria, however, reported that the attack had been carried out by two male suicide "
        "bombers, giving a toll of 12 dead and 48 wounded.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "eight people").said_by == "Syrian Observatory for Human Rights"
    assert _claim(claims, "12 dead").said_by == "News Agency of Nigeria"


def test_a_place_named_before_the_speaker_is_not_the_speaker(nlp: Language) -> None:
    text = (  # fresh134 markets-12 (Bayt el-Faqih, CBS News)
        "In the capital, Saana, the rebel-run Al Masirah TV reported a higher casualty figure, saying at least 20 "
        "people died and 10 were wounded.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "at least 20").said_by, _claim(claims, "at least 20").via) == ("Al Masirah TV", [])
    assert _claim(claims, "10 were wounded").said_by == "Al Masirah TV"


def test_a_minister_of_another_portfolio_is_another_person(nlp: Language) -> None:
    text = (  # fresh135 hotels-04 (Kartalkaya, BNO News)
        "Health Minister Kemal Memişoğlu confirmed on Tuesday afternoon that the death toll had risen to 66, making "
        "it one of the country’s worst fires in recent years. By Tuesday night, the interior minister confirmed the "
        "death toll had risen to 76.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "risen to 66").said_by == "Kemal Memişoğlu"
    assert _claim(claims, "risen to 76").said_by == "interior minister"


def test_a_byline_of_contributors_credits_their_agency(nlp: Language) -> None:
    text = (  # fresh134 nightclubs-11 (Jet Set roof collapse, Express & Star)
        "Death toll in Dominican club roof collapse hits at least 184\n\n"
        "By contributor Martin Adames Alcantara and Danica Coto, Associated Press\n\n"
        "Published\n\n"
        "The number of people killed by a collapsing roof at a nightclub in the Dominican Republic has risen to "
        "184.\n"
    )
    assert _claim(claims_of(nlp, text), "risen to 184").via == ["Associated Press"]


def test_those_among_a_figure_just_given_count_what_it_counts(nlp: Language) -> None:
    text = (  # fresh136 tunnels-06 (Kaprun, AP)
        "Authorities said Sunday they had identified 155 of the victims with near certainty. Among them were 52 "
        "Austrians, 42 Germans, 10 Japanese, eight Americans, two Slovenes and a Croat.\n"
    )
    claims = claims_of(nlp, text)
    for part in ("52 Austrians", "42 Germans", "eight Americans"):
        assert _claim(claims, part).counts == "identified"
        assert _claim(claims, part).part_of == _claim(claims, "155 of the victims").quote


def test_a_part_of_a_number_of_them_without_the(nlp: Language) -> None:
    text = (  # fresh136 tunnels-11 (Zhuhai, Shine)
        "Two of 14 workers who had been trapped in a flooded highway tunnel for five days in southern Chinese city "
        "of Zhuhai were found dead, the city government said on Monday.\n"
    )
    claim = _claim(claims_of(nlp, text), "Two of 14")
    assert (claim.value, claim.counts, claim.said_by) == (2, "killed", "city government")


def test_tradesmen_are_people(nlp: Language) -> None:
    text = (  # fresh137 electrocutions-04 (Daily Observer, Bangladesh)
        "CHANDPUR: Two carpenters have been electrocuted in Shahrasti Upazila of the district on Saturday.\n"
    )
    assert _claim(claims_of(nlp, text), "Two carpenters").counts == "killed"


def test_a_body_named_with_its_acronym_before_its_chief_closes_the_sentence(nlp: Language) -> None:
    text = (  # fresh115 healthcare-03 (El Fasher)
        "El Fasher: A drone attack on the only functional hospital in the western Sudanese city of El Fasher has "
        "killed about 70 people and injured 19, World Health Organization (WHO) chief Tedros Adhanom Ghebreyesus "
        "said on Sunday.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "about 70 people").said_by == "Tedros Adhanom Ghebreyesus"
    assert _claim(claims, "19").said_by == "Tedros Adhanom Ghebreyesus"


def test_he_said_a_few_sentences_after_the_person_was_named(nlp: Language) -> None:
    text = (  # fresh137 dormitories-05 (Malay Mail, Kuala Lumpur tahfiz fire): the name is not the lead's
        "KUALA LUMPUR, Sept 17 — The students of the Darul Quran Ittifaqiyah Tahfiz Centre in Jalan Keramat Ujung "
        "here are expected to resume classes latest by October at a new building located not far from their "
        "temporary building, which suffered a fire tragedy on Thursday.\n\n"
        "Its principal, Mohd Zahid Mahmood said the new building was undergoing renovation.\n\n"
        "“We will bring in furniture and other items needed. The building will also be inspected by the Fire and "
        "Rescue Department (JBPM) to obtain a certificate of fitness.\n\n"
        "“When all these processes are completed, the students will resume their studies there,” he told reporters "
        "here today.\n\n"
        "He said the centre was now left with 18 students, between the ages of 13 to 17, who survived the tragedy "
        "in which 21 students and two teachers perished at 5.15am on Thursday.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "21 students").said_by == "Mohd Zahid Mahmood"
    assert _claim(claims, "two teachers").said_by == "Mohd Zahid Mahmood"


def test_the_speaker_the_parser_gave_a_participle_between_commas(nlp: Language) -> None:
    text = (  # fresh108 gasleaks-07 (Murree guesthouse)
        "DIG Kharal, addressing a press conference, said that nine persons, including the chief engineer of the "
        "guesthouse, have been arrested on the charge of manslaughter.\n"
    )
    assert _claim(claims_of(nlp, text), "nine persons").said_by == "Kharal"


def test_two_charities_speak(nlp: Language) -> None:
    text = (  # fresh86 spain-07 (Canary Islands)
        "More than 30 migrants may have drowned after their boat sank in the Atlantic Ocean off the Canary Islands, "
        "two charities have said.\n"
    )
    claims = claims_of(nlp, text)
    assert [c.value for c in claims] == [30]
    assert claims[0].said_by == "charities"


def test_of_them_a_part_of_the_figure_just_given(nlp: Language) -> None:
    text = (  # fresh65 kashmir-05 (Manipur, Scroll)
        "Over 24,000 people have been displaced and are currently in shelter camps across the state, according to "
        "officials. Of them, 12,000 are in Imphal while the rest, mostly Meiteis, are in various camps in the "
        "state’s hill areas.\n"
    )
    claim = _claim(claims_of(nlp, text), "12,000")
    assert (claim.value, claim.counts, claim.said_by) == (12000, "displaced", "officials")


def test_of_the_fourteen_injured_twelve_were(nlp: Language) -> None:
    text = "Of the 14 injured, 12 were German and two were Chinese.\n"  # fresh105 tourism-12 (Tianjin)
    claim = _claim(claims_of(nlp, text), "12 were")
    assert (claim.value, claim.counts) == (12, "injured")
