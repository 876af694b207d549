"""Rules written in the session that brought data/dev/fresh114 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_closing_speaker_with_an_abbreviated_rank_covers_the_sentence(nlp: Language) -> None:
    text = (  # fresh109 roadtolls-12 (Idul Fitri exodus, Jakarta Globe): "Brig." split by the tokenizer
        "The accidents claimed 105 lives and injured up to 138 people, National Police spokesman Brig. Gen. "
        "Rikwanto said on Friday (23/06).\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "claimed 105 lives").said_by == "Rikwanto"
    assert _claim(claims, "138 people").said_by == "Rikwanto"


def test_according_to_a_post_whose_holder_is_named_between_commas(nlp: Language) -> None:
    text = (  # fresh110 cuba-05 (migrant bus crash in Guatemala)
        "The vehicle had an accident very close to the shelter, after almost 14 hours of travel to cover nearly 700 "
        "kilometers. According to the deputy director of Migration, María Isabel Saravia, the accident left 28 "
        "injured.\n"
    )
    assert _claim(claims_of(nlp, text), "28").said_by == "María Isabel Saravia"


def test_according_to_a_post_before_a_list_of_places_stays_the_post(nlp: Language) -> None:
    text = (  # fresh62 nigeria-04 (Plateau attacks): a place list after the post is no holder's name
        "According to the chairman, Bokkos, Mushu, Maiyanga and Ruwi were attacked, and 113 people were killed.\n"
    )
    assert _claim(claims_of(nlp, text), "113 people").said_by == "chairman"


def test_an_unnamed_post_goes_to_its_holder_named_with_an_initial(nlp: Language) -> None:
    text = (  # fresh94 benelux-12 (Enschede fireworks disaster)
        "''This is truly a calamity,'' the town's mayor, J. Mans, told RTL-5 television. He said 100 tons of "
        "fireworks exploded in the blaze.\n\n"
        "''Our information is that 20 people are dead, but I fear that there will be more,'' he told the NOS public "
        "television channel. ''I'm afraid that there are more people buried under the rubble,'' he said.\n\n"
        "Nearly 2,000 people live near the warehouse, according to the mayor.\n"
    )
    assert _claim(claims_of(nlp, text), "Nearly 2,000 people").said_by == "J. Mans"


def test_what_someone_shared_on_social_media_is_theirs(nlp: Language) -> None:
    text = (  # fresh112 pacific-05 (Port Vila earthquake)
        "Katie Greenwood, the Fiji-based head of the Red Cross in the Pacific, shared on social media that over 200 "
        "individuals have been injured.\n"
    )
    shared = _claim(claims_of(nlp, text), "over 200 individuals")
    assert (shared.said_by, shared.via) == ("Katie Greenwood", ["social media"])


def test_sharing_a_thing_is_no_statement(nlp: Language) -> None:
    text = "The two families shared a house where 12 people lived.\n"  # (no "that" clause: nobody speaks)
    assert _claim(claims_of(nlp, text), "12 people").said_by == "reporter"


def test_he_who_raised_the_toll_is_the_person_named_before(nlp: Language) -> None:
    text = (  # fresh97 mining-08 (Upper Big Branch mine explosion)
        "Miners were leaving on a vehicle that takes them in and out of the long shaft, when a crew ahead of the "
        "them felt a blast of air and went back to investigate, Kevin Stricklin said previously.\n\n"
        "They found nine workers, seven of whom were dead. Early Tuesday he raised the death toll to 12.\n"
    )
    assert _claim(claims_of(nlp, text), "raised the death toll to 12").said_by == "Kevin Stricklin"


def test_when_they_raised_the_toll_is_not_who_raised_it(nlp: Language) -> None:
    text = (  # fresh97 mining-08, the same sentence with its officials
        "They found nine workers, seven of whom were dead. Early Tuesday officials raised the death toll to 12.\n"
    )
    assert _claim(claims_of(nlp, text), "raised the death toll to 12").said_by == "officials"


def test_page_furniture_between_paragraphs_signs_nothing(nlp: Language) -> None:
    text = (  # fresh112 pacific-11 (Cyclone Pam, PTI copy): a link heading among the last lines
        "Morrison said residents were awakening to much calmer weather today after many hunkered down in "
        "emergency shelters for a second straight night yesterday. She said power remains out and communications "
        "patchy.\n"
        "More From This Section\n"
        "Morrison said communications have been so problematic that her aid group hasn't yet been able to account "
        "for many of its own 76 staff members on the islands.\n"
        "Vanuatu has a population of 267,000 spread over 65 islands. About 47,000 people live in the capital.\n"
        '"We hope the loss of life will be minimal," Ban said during the World Conference on Disaster Risk and '
        "Reduction in Japan.\n"
        'The president of Vanuatu, Baldwin Lonsdale, who was attending the conference, told participants, "I do '
        'not really know what impact the cyclone has had on Vanuatu."\n'
    )
    assert _claim(claims_of(nlp, text), "a population of 267,000").said_by == "reporter"


def test_a_speakers_age_is_not_part_of_their_name(nlp: Language) -> None:
    text = (  # fresh54 colombia-11 (FARC kidnappings, Thomson Reuters Foundation)
        "The last time Dario Sierra knew his 84-year-old father was alive was during a phone call with a rebel from "
        "Colombia's FARC guerrilla group demanding he pay a $135,000 ransom for his father's release.\n\n"
        "\"All I know is that 14 guerrillas kidnapped my father, tortured him, and then killed him when I couldn't "
        'pay the ransom within two weeks," said 69-year-old Sierra.\n'
    )
    assert _claim(claims_of(nlp, text), "14 guerrillas").said_by == "Dario Sierra"


def test_a_given_name_that_is_a_weekday_stays_in_the_name(nlp: Language) -> None:
    text = (  # fresh62 nigeria-04 (Plateau attacks)
        "The acting chairman of Bokkos Local Government Area of Plateau State, Monday Kassah, told AFP that over "
        "100 people had been killed in the attacks on Saturday and Sunday.\n"
    )
    assert _claim(claims_of(nlp, text), "over 100 people").said_by == "Monday Kassah"


def test_a_list_that_goes_on_without_noun_or_verb(nlp: Language) -> None:
    text = (  # fresh114 femicide-03 (We Will Stop Femicide Platform, January 2024 report)
        "11 women were killed by their husbands, five by their ex-husbands, three by their partners, three by men "
        "they knew, two by their ex-partners, two by their fathers, one by her son, one by man she did not know, "
        "according to the report.\n"
    )
    claims = claims_of(nlp, text)
    for quote, value in (("five by their ex-husbands", 5), ("three by their partners", 3), ("one by her son", 1)):
        item = _claim(claims, quote)
        assert (item.value, item.counts, item.said_by) == (value, "killed", "report")


def test_a_list_by_age_goes_on_and_an_age_is_no_thousands(nlp: Language) -> None:
    text = (  # fresh116 migworkers-07 (bodies of Nepalis who died abroad, Nepal Police)
        "Similarly, the remains of 29 individuals under 20, 172 aged 21 to 25, 226 aged 31 to 35, and 225 aged 36 to "
        "40 were also brought back.\n"
    )
    claims = claims_of(nlp, text)
    assert {c.value for c in claims} >= {29, 172, 226, 225}
    assert 20172 not in {c.value for c in claims}
    assert _claim(claims, "172 aged 21 to 25").counts == _claim(claims, "29 individuals").counts


def test_a_list_item_told_another_way_is_no_part_of_the_list(nlp: Language) -> None:
    text = "Police said 12 people were killed in the attack, 2019 in all since the war began.\n"  # (a year: no item)
    assert all(c.value != 2019 for c in claims_of(nlp, text))


def test_a_name_that_opens_with_we_is_the_bodys_name(nlp: Language) -> None:
    text = (  # fresh114 femicide-03
        "31 women were killed, 21 more died under suspicious circumstances in Turkey last month, according to the "
        "January 2024 report released by the We Will Stop Femicide Platform.\n"
    )
    assert _claim(claims_of(nlp, text), "31 women").said_by == "We Will Stop Femicide Platform"


def test_a_name_with_a_particle_is_spelled_out_by_its_acronym(nlp: Language) -> None:
    text = (  # fresh114 mobs-07 (mob lynchings in Bangladesh, Prothom Alo)
        "The number of people killed in mob lynching has more than doubled in 2024 as compared to the previous year, "
        "human rights organisation Ain o Salish Kendra (ASK) has said.\n\n"
        "According to ASK, some 128 people were killed in mob beating in 2024.\n"
    )
    assert _claim(claims_of(nlp, text), "128 people").said_by == "Ain o Salish Kendra"


def test_a_surname_without_its_accent_is_the_person_named_before(nlp: Language) -> None:
    text = (  # fresh114 femicide-09 (The Guardian on Spain)
        "The Spanish prime minister, Pedro Sánchez, has denounced as “unacceptable” a surge in domestic violence.\n\n"
        "“It is a hard reality, an unacceptable reality,” Sanchez said, denouncing the “cruelty” of the five deaths.\n"
    )
    assert _claim(claims_of(nlp, text), "five deaths").said_by == "Pedro Sánchez"


def test_a_place_that_recorded_the_most_deaths_counted_nothing(nlp: Language) -> None:
    text = (  # fresh114 femicide-07 (Daily Maverick on South Africa's crime statistics)
        "KwaZulu-Natal recorded the most number of murders with 1,857 people killed in the province. This was "
        "followed by Gauteng with 1,579 murders, and the Eastern Cape with 1,313 murders.\n"
    )
    assert _claim(claims_of(nlp, text), "1,857 people").said_by == "reporter"


def test_a_national_agency_relays_the_world_wire_whichever_comes_first(nlp: Language) -> None:
    text = (  # fresh115 childwar-01 (UNICEF on Sudan, dpa/NAN)
        "In Sudan, about 435 children have been killed and 2,025 injured since violence broke out three months ago, "
        "according to a statement issued by the UN children’s agency UNICEF on Monday.\n\n"
        "Meanwhile, series of truces, brokered by Saudi Arabia and the United States, have largely failed to hold "
        "amid a growing humanitarian crisis. (dpa/NAN)\n"
    )
    assert _claim(claims_of(nlp, text), "435 children").via == ["NAN", "dpa"]


def test_a_time_stamped_byline_of_a_news_wire_relays_the_story(nlp: Language) -> None:
    text = (  # fresh117 namibia-11 (TimesLIVE on the Reed Dance truck crash)
        "Confusion still reigns over death-toll in horror Swaziland accident\n\n"
        "30 August 2015 - 17:56 By RDM News Wire\n\n"
        "Confusion continues to reign over the number of people killed in a horrific truck accident in Swaziland on "
        "Friday. In the first official statement on the accident‚ posted on Sunday‚ the Royal Swaziland Police "
        "Service states on its website that 13 people were killed – two of them men‚ both aged 25‚ while the other "
        "victims were all young girls aged between 11 and 19.\n"
    )
    assert _claim(claims_of(nlp, text), "13 people").via == ["RDM News Wire"]


def test_people_familiar_with_the_matter_are_described_in_full(nlp: Language) -> None:
    text = (  # fresh116 migworkers-01 (Mangaf fire, Hindustan Times)
        "One of the injured died overnight, Kuwait’s foreign minister Abdullah Ali Al-Yahya told local reporters, "
        "taking the total number of dead to 50. People familiar with the matter said the injured person who died was "
        "an Indian, taking the number of Indian deaths to 46.\n"
    )
    assert _claim(claims_of(nlp, text), "Indian deaths to 46").said_by == "People familiar with the matter"


def test_a_bullet_points_mark_is_no_part_of_a_name(nlp: Language) -> None:
    text = (  # fresh117 namibia-12 (Eswatini protests, News24): a summary bullet, then the story
        "  • Activists say the police and army were used to crack down on protesters.\n\n"
        "Activists say eight people were killed in Manzini alone, with 28 critically injured.\n"
    )
    assert all(not c.said_by.startswith("•") for c in claims_of(nlp, text))
