"""Rules written in the session that brought data/dev/fresh102 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_romanised_given_name_written_small_is_one_token(nlp: Language) -> None:
    doc = nlp(  # fresh93 taiwan-10
        "Speaking at a press briefing, Tsang Shuk-yin, officer in charge of the casualty inquiry unit of the Hong "
        "Kong Police Force, said that as of 4 p.m. local time on Sunday, the death toll from the fire had risen to "
        "146, with 79 people injured."
    )
    assert "Shuk-yin" in [t.text for t in doc]
    claims = claims_of(
        nlp,
        "Speaking at a press briefing, Tsang Shuk-yin, officer in charge of the casualty inquiry unit of the Hong "
        "Kong Police Force, said that as of 4 p.m. local time on Sunday, the death toll from the fire had risen to "
        "146, with 79 people injured.\n",
    )
    assert _claim(claims, "146").said_by == "Tsang Shuk-yin"
    assert _claim(claims, "79 people").said_by == "Tsang Shuk-yin"


def test_a_hyphenated_adjective_stays_apart(nlp: Language) -> None:
    # fresh56 yemen-06: "Saudi-led" is no romanised given name
    doc = nlp(
        "The Saudi-led coalition said it had downed an explosive-laden Houthi drone that was targeting the "
        "presidential palace."
    )
    assert [t.text for t in doc][:4] == ["The", "Saudi", "-", "led"]


def test_a_family_name_the_parser_made_a_subject_is_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh75 japan-07
        "Late Saturday, divers broke a window in the submerged ferry and initially retrieved three bodies, Kim "
        "Kwang-hyun, a coast guard official, said Sunday.\n"
    )
    assert _claim(claims_of(nlp, text), "three bodies").said_by == "Kim Kwang-hyun"


def test_the_recogniser_keeps_a_joined_given_name_in_the_person(nlp: Language) -> None:
    text = (  # fresh83 korea-11
        "Chen Cheng-chi (陳正棋), Central Emergency Operation Center (CEOC) deputy commander and deputy minister of "
        "economic affairs, noted that most rescue efforts are currently focused on Provincial Highway No. 8.\n\n"
        "He added that three vehicles and 42 individuals from the Silks Place Taroko are still unaccounted for, "
        "adding that it is crucial for rescue personnel conducting nighttime operations to prioritize their own "
        "safety.\n"
    )
    assert _claim(claims_of(nlp, text), "42 individuals").said_by == "Chen Cheng-chi"


def test_a_people_counted_by_name_as_the_object_of_a_verb_only_people_undergo(nlp: Language) -> None:
    text = (  # fresh105 xinjiang-05
        "Authorities in northwest China’s Xinjiang Uyghur Autonomous Region (XUAR) have detained up to 1.8 million "
        "Uyghurs and other Muslim minorities in as many as 1,300 to 1,400 internment camps, one of the world’s "
        "foremost experts on mass incarcerations in the region said in a paper released Sunday.\n"
    )
    claim = _claim(claims_of(nlp, text), "1.8 million Uyghurs")
    assert (claim.value, claim.qualifier, claim.counts) == (1_800_000, "upTo", "other:detained")


def test_a_word_in_lower_case_before_a_person_is_no_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh102 bolivia-04
        "Tacumbu prison houses around 3,000 inmates, or six times the capacity it was built for, criminologist "
        "Juan Martens told AFP.\n"
    )
    assert _claim(claims_of(nlp, text), "3,000 inmates").said_by == "Juan Martens"


def test_a_name_keeps_its_generic_noun_after_a_linking_word(nlp: Language) -> None:
    text = (  # fresh103 hajj-12
        "Members of the group told AFP they had dug up three corpses on Monday, however it was not clear how these "
        "factored into the different death tolls.\n"
    )
    assert _claim(claims_of(nlp, text), "three corpses").said_by == "Members of the group"


def test_an_outlet_named_by_its_address_after_what_it_is(nlp: Language) -> None:
    text = (  # fresh104 madagascar-08
        "As of Tuesday morning, 45 people had been rescued, 65 were missing and an additional 19 were confirmed "
        "dead, according to local news outlet 2424.mg.\n"
    )
    assert _claim(claims_of(nlp, text), "45 people").said_by == "2424.mg"


def test_a_closing_source_line_credits_the_whole_story(nlp: Language) -> None:
    body = (  # fresh103 cambodia-05, whose page closes "Source: trust.org"
        "UXO in Laos maims an average of about 300 people every year, though that figure dropped to 56 in 2012, "
        "and to 16 in the first six months of this year, the Vientiane Times said.\n\n"
    )
    for line, credit in (
        ("Source: trust.org", "trust.org"),
        ("Źródło: Reuters", "Reuters"),  # fresh102 baltics-07, a Polish page
        ("Source - The Associated Press", "The Associated Press"),  # fresh103 cambodia-01
    ):
        claims = claims_of(nlp, body + line + "\n")
        assert _claim(claims, "300 people").via[:1] == [credit], line


def test_a_dateline_with_a_country_before_the_credit_and_a_rise_then_its_total(nlp: Language) -> None:
    text = (  # fresh105 xinjiang-09
        "by Staff Writers\nDharamshala, India (AFP) April 29, 2008\n"
        "The number of people killed in a Chinese crackdown on protests and unrest in Tibet has risen by around 50 "
        "to 203, the Tibetan government-in-exile said Tuesday.\n"
    )
    claims = claims_of(nlp, text)
    total = next(c for c in claims if c.value == 203)
    assert (total.qualifier, total.counts, total.said_by, total.via) == (
        "exact",
        "killed",
        "Tibetan government-in-exile",
        ["AFP"],
    )
    rise = next(c for c in claims if c.value == 50)
    assert rise.qualifier == "approximately"


def test_those_sent_home_from_hospital_are_discharged(nlp: Language) -> None:
    text = (  # fresh103 hajj-08; fresh15 shootings-05; fresh105 tourism-05; fresh97 mining-01
        "Six of the wounded have been discharged from the hospital, and the rest are receiving treatment in "
        "hospitals in Abarkuh, Taft, and Yazd, he said.\n\n"
        "In addition to the deceased, 12 were hospitalized with injuries that are not life-threatening, and three "
        "were discharged from hospital after treatment for minor wounds.\n\n"
        "Hungary's Human Resources Minister Miklos Kasler said four of those rescued have been released from the "
        "hospital, while the remaining three are being treated in satisfactory condition.\n\n"
        # fresh97 mining-01: the injured "released" were sent home, not freed
        "Rahman said seven of the injured were released overnight after primary treatment and five with serious "
        "injuries were sent to a hospital in Dhaka.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Six of the wounded").counts == "other:discharged"
    assert next(c for c in claims if c.value == 3 and "discharged" in c.quote).counts == "other:discharged"
    assert next(c for c in claims if c.value == 4).counts == "other:discharged"
    assert _claim(claims, "seven of the injured").counts == "other:discharged"


def test_pardoned_prisoners_are_freed_and_drowning_children_rescued_alive(nlp: Language) -> None:
    text = (  # fresh102 baltics-09, baltics-05
        "TALLINN, Estonia (AP) — Belarus’s authoritarian President Alexander Lukashenko has pardoned 30 prisoners "
        "convicted of taking part in protests, his office announced Friday.\n\n"
        "A man rescued two drowning children but lost his life in the waves on Saturday.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "30 prisoners").counts == "released"
    assert _claim(claims, "two drowning children").counts == "other:rescued"


def test_a_trailing_person_and_post_past_a_bracketed_abbreviation(nlp: Language) -> None:
    text = (  # fresh103 cambodia-04
        "PHNOM PENH, Oct 17 (NNN-AKP) – Flash floods in Cambodia, have so far left 18 people dead and forced the "
        "evacuation of 25,192 people, Seak Vichet, a spokesman for the National Committee for Disaster Management "
        "(NCDM), said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "18 people").said_by == "Seak Vichet"
    assert _claim(claims, "25,192 people").said_by == "Seak Vichet"


def test_affirmed_is_a_statement(nlp: Language) -> None:
    text = (  # fresh105 tourism-02
        "ISTANBUL, April 13 (KUNA) -- Turkish Ministry of Interior affirmed that one person died and 10 others "
        "injured on Friday in Antalya, after a Teleferik cable car collided with a broken pole.\n"
    )
    assert _claim(claims_of(nlp, text), "one person").said_by == "Turkish Ministry of Interior"


def test_a_capitalised_plural_shot_dead_and_no_earlier_figure_above_a_when_clause(nlp: Language) -> None:
    text = (  # fresh105 xinjiang-02
        "The government first acknowledged that its security forces had opened fire more than a week after the "
        "rioting started, when police shot dead two Uighurs and wounded a third July 13.\n"
    )
    claim = _claim(claims_of(nlp, text), "two Uighurs")
    assert (claim.counts, claim.status) == ("killed", "claim")


def test_drownings_counted_and_suspects_apprehended(nlp: Language) -> None:
    text = (  # fresh104 ireland-10; fresh103 cambodia-08
        "The number of drownings last year reached 123, more than 10 every month.\n\n"
        "The 168 were apprehended during synchronized raids on two separate locations in Sihanoukville’s Bei commune "
        "on October 31, according to police.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "reached 123").counts == "killed"
    assert _claim(claims, "168").counts == "other:arrested"  # arrested, not captured in war


def test_how_badly_some_of_the_injured_were_hurt(nlp: Language) -> None:
    text = (  # fresh105 xinjiang-07
        'In the rioting in Lhasa, "241 police officers were injured, 23 critically, and one police officer was '
        'killed by the mob," the government in a statement carried by Xinhua.\n'
    )
    claim = _claim(claims_of(nlp, text), "23 critically")
    assert (claim.value, claim.counts) == (23, "injured")


def test_those_not_yet_identified_are_unidentified(nlp: Language) -> None:
    text = (  # fresh105 tourism-03; fresh71 venezuela-09
        "NBC News quoted a Luxor health official as saying that the victims include nine from Hong Kong, four from "
        "Japan, two from the United Kingdom and two from France, with two yet to be identified.\n\n"
        "Six of the deceased have been identified by fingerprints and tattoos but two bodies have not yet been "
        "identified or recognised.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two yet to be identified").counts == "other:unidentified"
    assert _claim(claims, "two bodies").counts == "other:unidentified"
    assert next(c for c in claims if c.value == 6).counts == "identified"


def test_places_listed_with_their_counts_after_those_that_reported_deaths(nlp: Language) -> None:
    text = (  # fresh103 hajj-02
        "The other countries that reported deaths among their pilgrims were Mali, 30; India, 14; Egypt, 8; "
        "Pakistan, 7; Senegal, 5; Turkey, 4; Algeria, Kenya and Indonesia, 3 each; and the Netherlands, 1.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims][:3] == [(30, "killed"), (14, "killed"), (8, "killed")]
    assert _claim(claims, "Mali, 30").value == 30


def test_a_place_and_a_wire_opening_the_story_credit_it(nlp: Language) -> None:
    text = (  # fresh103 hajj-08, on the wire's own page
        " date 2024-08-21 Aug 21, 2024, 11:53 AM\n28 Pakistanis killed after bus overturns in central Iran\n\n"
        "Yazd, IRNA — The director general of Crisis Management in Yazd Province has reported that 28 people have "
        "been killed and another 23 injured when a bus carrying Pakistani pilgrims overturned in Taft County.\n"
    )
    assert _claim(claims_of(nlp, text), "28 people").via == ["IRNA"]
