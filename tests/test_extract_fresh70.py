"""Rules written in the session that brought data/dev/fresh70 to fresh73, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_doctors_without_borders_in_lower_case_is_one_name(nlp: Language) -> None:
    text = (  # fresh66 southsudan-11
        "The medical charity Doctors without Borders said Saturday that its facility in a remote part of South "
        "Sudan was targeted in an aerial bombing that killed at least seven people.\n"
    )
    assert _claim(claims_of(nlp, text), "seven people").said_by == "Doctors without Borders"


def test_a_spokesman_named_by_surname_is_the_person_named_in_full_before(nlp: Language) -> None:
    text = (  # fresh61 mozambique-04, Business Recorder (AFP)
        '"(I) can confirm that a case of murder is being opened and police will be investigating circumstances of '
        'his death," police spokesman Lungelo Dlamini told AFP.\n'
        "Saturday's violence was focused in Alexandra, an impoverished township north of Johannesburg, where police "
        'fired rubber bullets to disperse the looters. "More than 30 people were arrested last night. At this stage '
        'the situation is calm but we plan to increase our deployment," police spokesman Dlamini said.\n'
    )
    assert _claim(claims_of(nlp, text), "More than 30 people").said_by == "Lungelo Dlamini"


def test_a_surname_completes_to_a_hyphenated_name(nlp: Language) -> None:
    text = (  # fresh65 kashmir-01
        "“A woman was killed and at least seven other villagers were wounded when Indian forces fired shells from "
        "across the Line of Control (Loc),” said local government official Masood-ur-Rehman according to AFP.\n"
        "One the other hand the BBC Urdu website had quoted Rehman, who is the Deputy Commissioner of Kotli "
        "district in Azad Jammu Kashmir, as saying that the shelling from the Indian side of the Line of Control "
        "(LoC) had killed one woman and wounded nine other civilians.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "seven other villagers").said_by == "Masood-ur-Rehman"
    nine = _claim(claims, "nine other civilians")
    assert (nine.said_by, nine.via) == ("Masood-ur-Rehman", ["BBC Urdu"])


def test_a_name_with_a_particle_is_the_full_name_given_before(nlp: Language) -> None:
    text = (  # fresh18 fires-05, The Telegraph
        "New York City Mayor Bill de Blasio said the fire was the deadliest in the city for at least 25 years. "
        "Speaking at the scene, Mr De Blasio said a nearby school had been set up to shelter those evacuated from "
        "the building. “We’re here at the scene of an unspeakable tragedy,” Mr De Blasio said.\n"
        "“Tonight, here in the Bronx there are families that have been torn apart.” He said the fire service had "
        "managed to rescue at least 12 people from the building.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 12 people").said_by == "Bill de Blasio"


def test_an_outlet_taken_for_a_person_is_not_completed_by_a_possessive(nlp: Language) -> None:
    text = (  # fresh71 venezuela-09, Stabroek News
        "Venezuela’s Tane Tanae Delta reported yesterday that the eight deaths were confirmed by Tucupita "
        "Commissioner Noel Valderrama, who is Secretary of Citizen Security of the state.\n"
        "The first two bodies, that of a man and a woman, were found in Tucupita on Saturday, Tane Tanae Delta "
        "reported.\n"
    )
    assert _claim(claims_of(nlp, text), "two bodies").said_by == "Tane Tanae Delta"


def test_a_total_carried_to_a_number_counts_what_its_words_say(nlp: Language) -> None:
    text = (  # fresh70 kenya-02, fresh71 venezuela-07 and venezuela-09, fresh73 thailand-02
        "An additional 12 bodies were exhumed at the Shakahola forest crime scene Wednesday, bringing the total "
        "count of remains found to 372.\n"
        "Earlier Monday, the public prosecutor's office said that 179 prisoners were released between December 10 "
        "and 14, bringing the total number released to 533.\n"
        "Two more bodies from Venezuela’s Delta Amacuro boatwreck have surfaced, bringing to eight the number of "
        "people confirmed dead.\n"
        "The attacks brought to at least 27 the number of people killed in the Deep South since Thai security forces "
        "raided a rebel hideout in Pattani on Feb. 10.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "372").value, _claim(claims, "372").counts) == (372, "remains-found")
    assert (_claim(claims, "533").value, _claim(claims, "533").counts) == (533, "released")
    eight = _claim(claims, "bringing to eight")
    assert (eight.value, eight.counts) == (8, "killed")
    some = _claim(claims, "at least 27")
    assert (some.value, some.qualifier, some.counts) == (27, "atLeast", "killed")


def test_a_total_carried_to_a_number_of_things_is_no_count(nlp: Language) -> None:
    text = (  # fresh-style: graves are not people
        "Another 40 victims were buried on Sunday, bringing the total number of graves in the cemetery to 6,751.\n"
    )
    assert all(c.value != 6751 for c in claims_of(nlp, text))


def test_one_of_a_nationality_is_counted(nlp: Language) -> None:
    text = (  # fresh73 nepal-11, the Yeti Airlines crash
        "According to details released by the Civil Aviation Authority of Nepal (CAAN), 53 of the passengers, as "
        "well as the four flight staff on board, were Nepali. The foreigners on board included five Indians, four "
        "Russians, two Koreans, one Irish person, one Australian, one Argentinian and one French traveller.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "one Australian").value == 1
    assert _claim(claims, "one Argentinian").said_by == "Civil Aviation Authority of Nepal"
    assert _claim(claims, "53 of the passengers").said_by == "Civil Aviation Authority of Nepal"


def test_what_an_ngo_is_goes_before_its_name(nlp: Language) -> None:
    text = (  # fresh71 venezuela-06, ASB Media
        "Pro-opposition NGO Foro Penal has documented 1,848 people imprisoned post-elections, including 69 minors.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "1,848 people").said_by == "Foro Penal"
    assert _claim(claims, "69 minors").said_by == "Foro Penal"


def test_a_titled_surname_is_the_person_named_in_full_before(nlp: Language) -> None:
    text = (  # fresh70 uganda-03, Daily Monitor
        "In an interview with this publication on Monday, the commander of 8th Battalion, Lt Col Saul Nabimanya, "
        "said the trio was killed as they emerged from their hideout to go to and steal food and property from "
        "deserted homes.\n"
        "“Last night (Sunday), UPDF soldiers intercepted ADF rebels and three were killed at the road junction of "
        "Kayaja and Kyapa while three others managed to run away. We recovered one gun and 123 bullets,” Lt Col "
        "Nabimanya said.\n"
    )
    assert _claim(claims_of(nlp, text), "three were killed").said_by == "Saul Nabimanya"


def test_a_police_rank_before_a_name_is_no_body(nlp: Language) -> None:
    text = (  # fresh73 nepal-06, The Himalayan Times
        "The bodies of 10 children, four women and four men have been found so far, said DSP Madhav Prasad Kafle.\n"
        "Eleven bodies were found yesterday and seven more bodies were found today, according to DSP Kafle.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "10 children").said_by == "Madhav Prasad Kafle"
    assert _claim(claims, "Eleven bodies").said_by == "Madhav Prasad Kafle"


def test_a_watchdog_named_in_apposition_is_named(nlp: Language) -> None:
    text = (  # fresh72 algeria-12, Naharnet (AFP)
        'Another international watchdog, Amnesty International, has estimated that 23 people were "killed by '
        'security forces" during the protests against the regime on Saturday and Sunday.\n'
    )
    assert _claim(claims_of(nlp, text), "23 people").said_by == "Amnesty International"


def test_a_total_put_at_a_number_counts_what_its_words_say(nlp: Language) -> None:
    text = "Local fire officials estimated the total number missing at close to 300.\n"  # fresh71 brazil-01, Yahoo
    missing = _claim(claims_of(nlp, text), "300")
    assert (missing.value, missing.qualifier, missing.counts, missing.said_by) == (
        300,
        "nearly",
        "missing",
        "Local fire officials",
    )


def test_a_toll_with_an_aside_after_its_number_is_a_toll(nlp: Language) -> None:
    text = (  # fresh72 algeria-08, CBS News
        "Rescuers feared the death toll from Algeria's devastating flash floods could rise to 1,000 -- nearly twice "
        "the current official toll -- as emergency teams sifted Wednesday through tons of thick mud and debris.\n"
    )
    toll = _claim(claims_of(nlp, text), "1,000")
    assert (toll.counts, toll.status, toll.said_by) == ("killed", "projection", "Rescuers")


def test_a_long_body_name_after_a_comma_speaks(nlp: Language) -> None:
    text = (  # fresh66 southsudan-09
        "Devastating flooding in South Sudan affected around 1.4 million people, and displaced 379,000 others, the UN "
        "Office for the Coordination of Humanitarian Affairs (OCHA) in the East African country said on Saturday.\n"
    )
    claims = claims_of(nlp, text)
    office = "UN Office for the Coordination of Humanitarian Affairs"
    assert _claim(claims, "379,000 others").said_by == office
    assert _claim(claims, "1.4 million").said_by == office


def test_a_name_with_its_acronym_after_a_comma_speaks(nlp: Language) -> None:
    text = (  # fresh71 venezuela-05, Alsiasi
        "The national guard, police force and armed groups known as “colectivos” killed 23 protesters during "
        "protests in the aftermath of the July 28 election, Human Rights Watch (HRW) said in a report on the "
        "post-election crackdown on Wednesday.\n"
    )
    assert _claim(claims_of(nlp, text), "23 protesters").said_by == "Human Rights Watch"


def test_a_closing_speaker_before_an_apposition_speaks(nlp: Language) -> None:
    text = (  # fresh32 communal-12, IRIN
        "Over 50 people have been reported killed and 150 others injured in three days of fighting between members "
        "of the Mamprusi and Kusasi ethnic groups in Bawku, northeastern Ghana, police in the Ghanaian capital, "
        "Accra, told IRIN on Tuesday.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Over 50 people").said_by == "police"
    assert _claim(claims, "150 others").said_by == "police"


def test_where_a_source_is_keeps_a_named_place(nlp: Language) -> None:
    text = (  # fresh4 americas-01
        "The Attorney General's Office in the Mexican state of Tamaulipas said 27 skeletons had been found.\n"
    )
    office = _claim(claims_of(nlp, text), "27 skeletons").said_by
    assert office == "Attorney General's Office in the Mexican state of Tamaulipas"


def test_a_weekly_told_is_an_outlet(nlp: Language) -> None:
    text = (  # fresh54 balkans-08
        "Vukcevic told NIN weekly on Thursday that the fresh evidence revealed Djordjevic had also ordered the murder "
        "of three US nationals whose remains were excavated from a site in a Serbian special police base along with "
        "those of 71 others.\n"
    )
    assert _claim(claims_of(nlp, text), "71 others").via == ["NIN weekly"]


def test_a_photo_caption_with_its_credit_is_no_text(nlp: Language) -> None:
    text = (  # fresh70 kenya-05, Business Daily
        "147 killed as gunmen attack Garissa University College\n\n"
        "A dawn raid on a university compound in Garissa has left at least 70 people dead. PHOTOS | SIMON MAINA | "
        "JEFF ANGOTE |  AFP | NATION MEDIA GROUP\n\n"
        "At least 147 people are reported killed and dozens injured after suspected Al Shabaab gunmen attacked "
        "Garissa University College Thursday.\n"
    )
    assert [c.value for c in claims_of(nlp, text) if c.counts == "killed"] == [147]


def test_a_caption_closing_with_photo_credit_in_brackets_is_no_text(nlp: Language) -> None:
    text = (  # fresh33 peacekeepers-10, TesfaNews
        "At least 50 African Union Soldiers, including 10 Ugandan soldiers, have been killed in the latest Shebab "
        "attack at an AU base in Southern Somalia. (Photo/UN/Flickr)\n\n"
        "An African Union Mission in Somalia (AMISOM) military base has been attacked in a dawn raid on Tuesday that "
        "killed at least 50 of its soldiers from Uganda and Burunidi.\n"
    )
    assert [c.quote for c in claims_of(nlp, text)] == ["at least 50 of its soldiers"]


def test_whose_claim_of_a_number_it_is_gives_it(nlp: Language) -> None:
    text = (  # fresh61 somalia-07, The East African
        "Kenyan Defence Forces (KDF) denied Al-Shabaab’s claim of 57 military deaths, saying “scores” of Al-Shabaab "
        "fighters had been killed.\n"
    )
    claims = claims_of(nlp, text)
    denied = _claim(claims, "57 military deaths")
    assert (denied.said_by, denied.status) == ("Al-Shabaab", "denied")
    assert _claim(claims, "scores").said_by == "Kenyan Defence Forces"


def test_whose_statement_a_person_is_named_in_is_no_count_of_theirs(nlp: Language) -> None:
    text = (  # fresh35 tribunals-01
        "The case had been registered on the statement of China Devi who lost two members from her family in the "
        "incident. She is dead now.\n"
    )
    assert _claim(claims_of(nlp, text), "two members").said_by == "reporter"


def test_what_a_named_outlet_learnt_it_reports(nlp: Language) -> None:
    text = (  # fresh62 nigeria-11
        "Daily Trust learnt yesterday that more than 30 other people also sustained injuries in the airstrike.\n"
    )
    assert _claim(claims_of(nlp, text), "30 other people").said_by == "Daily Trust"


def test_what_a_minister_has_just_learnt_he_says(nlp: Language) -> None:
    text = (  # fresh37 drownings-03
        "Gujarat Education Minister Kuber Dindor said, “I have just learnt that six children died after a boat "
        "carrying school students overturned in a lake.”\n"
    )
    assert _claim(claims_of(nlp, text), "six children").said_by == "Kuber Dindor"


def test_above_and_close_to_a_number_bound_it(nlp: Language) -> None:
    text = (  # fresh72 algeria-08, CBS News; fresh73 thailand-11, The Sydney Morning Herald
        "A Civil Defense officer, asked about the number of missing reported by the media, told Reuters in Bab el "
        'Oued: "The figure looks logical given the scale of the disaster, we could easily go above 1,000 deaths in '
        'the next few days."\n'
        "The death toll from a deadly tsunami that devastated Thailand's southern tourist playground surged close to "
        "400 as rescue workers worked overnight, retrieving bodies and searching for injured.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "1,000").qualifier == "moreThan"
    assert _claim(claims, "400").qualifier == "nearly"


def test_going_up_to_a_number_is_no_bound(nlp: Language) -> None:
    text = (  # a KUNA wire in the fresh sets
        "BEIRUT, Sept 23 (KUNA) -- Casualties in the Israeli occupation's airstrikes on southern Lebanon went up to "
        "182 and 727 injuries, said a source at the Lebanese health Ministry on Monday.\n"
    )
    assert _claim(claims_of(nlp, text), "182").qualifier == "exact"
