"""Rules written in the session that brought data/dev/fresh130 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_he_is_the_person_the_last_sentence_was_about_not_the_place_he_visited(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-12 (Dharali flash flood): the recogniser takes "Dharali" for a person
        "Uttarakhand Chief Minister Pushkar Singh Dhami visited Dharali to assess the situation and oversee ongoing "
        "rescue operations.\n\n"
        "He confirmed that 190 people had been rescued from the affected region so far.\n"
    )
    assert _claim(claims_of(nlp, text), "190 people").said_by == "Pushkar Singh Dhami"


def test_what_an_inquiry_found_it_reports(nlp: Language) -> None:
    text = (  # fresh129 inquests-05 (Gosport War Memorial Hospital)
        "Published today, the Gosport Independent Panel looked into the deaths of patients between 1988 and 2000.\n\n"
        "Gosport MP Caroline Dinenage at Portsmouth Cathedral today\n\n"
        "It found 456 patients died ‘through prescribing and administering opioids without medical justification’.\n"
    )
    assert _claim(claims_of(nlp, text), "456 patients").said_by == "Gosport Independent Panel"


def test_what_an_organisations_investigations_found_it_reports(nlp: Language) -> None:
    text = (  # fresh74 zimbabwe-06 (Malawi protests)
        "Human Rights Watch investigations found that on July 20, Malawi police officers responded with excessive "
        "or unnecessary lethal force against initially peaceful protests in Malawi’s main cities, leaving 19 dead "
        "and scores wounded.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "19 dead").said_by == "Human Rights Watch"
    assert _claim(claims, "scores wounded").said_by == "Human Rights Watch"


def test_finding_is_no_report_when_someone_tells_of_it_or_finds_bodies(nlp: Language) -> None:
    text = (  # fresh16 heatwaves-05 (Ethiopian drought): the ombudsman's head tells what the investigations found
        "Endale Haile, head of the Ethiopian Institution of the Ombudsman, which receives complaints from the "
        "public against government departments, said its investigations found that 351 people had died in the "
        "Tigray region, while another 21 had died in neighbouring Amhara.\n\n"
        # fresh73 thailand-11 (2004 tsunami): rescuers who found the drowned are not the source of the count
        "The hardest hit area was Phang Nga, north of Phuket, where rescue workers found 181 drowned.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "351 people").said_by == "Endale Haile"
    assert _claim(claims, "181 drowned").said_by == "reporter"


def test_what_someone_voices_concern_may_have_happened_is_theirs(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-07 (2025 Khyber Pakhtunkhwa floods)
        "ISLAMABAD: Prime Minister’s Coordinator for Information on Khyber Pakhtunkhwa Affairs, Ikhtiar Wali Khan, "
        "on Sunday, expressed grave concern that as many as 1,000 people may have died in the recent flash floods "
        "in KP.\n"
    )
    assert _claim(claims_of(nlp, text), "as many as 1,000 people").said_by == "Ikhtiar Wali Khan"


def test_a_closing_speaker_with_no_comma_before_it_covers_the_sentence(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-06 (2024 Baghlan floods), which the parser reads as "... and ... said"
        "Flash floods in northern Afghanistan have killed hundreds of people the Taliban authorities said on "
        "Saturday, without giving a more precise figure.\n"
    )
    assert _claim(claims_of(nlp, text), "hundreds of people").said_by == "Taliban authorities"


def test_a_verb_sharing_the_first_verbs_subject_does_not_make_it_the_speaker(nlp: Language) -> None:
    text = (  # fresh62 nigeria-02 (Adamawa): the parser hangs "said" on "killed" with no subject of its own
        "Boko Haram jihadists have killed five people in an attack on a village in Adamawa state, a community "
        "leader and a local resident said on Friday.\n"
    )
    assert _claim(claims_of(nlp, text), "five people").said_by != "Boko Haram jihadists"


def test_officials_at_first_reporting_a_toll_report_it(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-06
        "The province of Baghlan bore the brunt of the deluges on Friday with officials at first reporting at "
        "least 50 people dead and properties destroyed in multiple districts.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 50 people").said_by == "officials"


def test_a_sapa_joint_credit_is_one_relay_and_other_joint_credits_two(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-09 (2002 Kolka glacier collapse), closed by the South African wire's credit
        "Rescue workers have been able to recover only nine bodies among the more than 100 people missing in the "
        "wake of a huge avalanche in the Russian Caucasus, the emergencies ministry said on Tuesday.\n\n"
        "The avalanche broke off from a 150-metre thick glacier, which lies at an altitude of more than 2 500 "
        "metres between the Caucasian peaks of Mount Kazbek (5,033 metres) and Mount Elbrus (5,633 metres). "
        "– Sapa-AFP\n"
    )
    assert _claim(claims_of(nlp, text), "nine bodies").via == ["Sapa-AFP"]
    text = (  # fresh123 cattleraids-01: the Ghana News Agency carrying dpa's story, as the gold reads it
        "Juba, Apr. 2, (dpa/GNA) – At least 24 people were killed in armed attacks by cattle thieves on two "
        "villages in South Sudan on Monday, according to the authorities.\n"
    )
    assert _claim(claims_of(nlp, text), "24 people").via == ["GNA", "dpa"]


def test_people_beaten_to_death_or_burned_alive_are_counted_as_killed(nlp: Language) -> None:
    text = (  # fresh133 witchhunts-10 (Kinshasa sorcery panic): a noun no list knows, done to death
        "Police arrested the accused sorcerers and their victims in an effort to avoid the sort of bloodshed seen in "
        "Ghana a decade ago, when 12 suspected penis snatchers were beaten to death by angry mobs.\n\n"
        # fresh133 witchhunts-03 (Kigoma)
        "A witch doctor was arrested on charges of murder after he allegedly led a mob that burned 7 witches alive, "
        "police in Tanzania said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "12 suspected penis snatchers").counts == "killed"
    assert _claim(claims, "7 witches").counts == "killed"


def test_there_were_so_many_on_board(nlp: Language) -> None:
    text = (  # fresh131 ferries-01 (Mosul ferry) and ferries-11 (Arari river boat)
        "“It can normally carry 50 people,” he said. “There were 250 on board before the incident.”\n\n"
        "The boat had capacity for 25 passengers, though the captain told police he thought there were more than 60 "
        "on board for the 10-hour voyage.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims if c.value in (250, 60)] == [
        (250, "other:aboard"),
        (60, "other:aboard"),
    ]


def test_some_of_them_in_critical_condition_are_injured(nlp: Language) -> None:
    text = (  # fresh130 sports-02 (Cuscatlán stadium crush), with no count before it in the sentence
        "Several injured fans are being taken to nearby hospitals, at least two of them in critical condition, the "
        "police said.\n"
    )
    claim = _claim(claims_of(nlp, text), "two of them")
    assert (claim.value, claim.counts, claim.qualifier) == (2, "injured", "atLeast")


def test_a_total_brought_to_a_number_with_a_comma_between(nlp: Language) -> None:
    text = (  # fresh133 witchhunts-09 (Kafaba lynching)
        "The arrest of Sherina Mohammed brings to seven, the total number of people who have been arrested in "
        "connection with the incident.\n"
    )
    assert _claim(claims_of(nlp, text), "seven").value == 7


def test_girl_scouts_among_the_dead_are_counted(nlp: Language) -> None:
    text = (  # fresh132 windstorms-08 (Poland storms, 2017)
        "Five people, including two teenage girl scouts, died and more than 30 were injured as a result of falling "
        "trees in a series of severe storms that swept Poland overnight.\n"
    )
    assert _claim(claims_of(nlp, text), "two teenage girl scouts").counts == "killed"


def test_a_governor_of_a_state_is_named_with_the_post(nlp: Language) -> None:
    text = (  # fresh132 pipelines-01 (Tlahuelilpan): the possessive inside the post is no description of it
        "Jan. 20 (UPI) — The death toll in a gas pipeline explosion in Central Mexico on Friday night rose to 73 "
        "people, the governor of the country’s Hidalgo state said.\n"
    )
    assert _claim(claims_of(nlp, text), "73 people").said_by == "governor of the country's Hidalgo state"


def test_a_lost_quotation_mark_is_no_part_of_a_name_and_one_by_one_no_count(nlp: Language) -> None:
    text = (  # fresh132 pipelines-08 (Abule Egba), whose page lost its quotation marks to "\ufffd"
        "Executive Secretary of the Red Cross, Mr Abiodun Orebiyi, said 269 people died in the blast and fire.\n\n"
        "\ufffdAs of 6:00 pm yesterday (Wednesday), we counted one by one 269 bodies while 65 others were taken to "
        "hospital,\ufffd Orebiyi said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "65 others").said_by == "Abiodun Orebiyi"
    assert [c.value for c in claims] == [269, 269, 65]


def test_the_speaker_after_a_closing_quotation_mark_not_its_last_words(nlp: Language) -> None:
    text = (  # fresh132 pipelines-06 (Conakry fuel depot)
        '"Dozens of injured people are arriving at two of Conakry\'s main hospitals -- Ignace Deen and Donka," '
        "Mamadouba Sylla, a surgeon at Donka hospital, had told AFP shortly after the incident happened.\n"
    )
    assert _claim(claims_of(nlp, text), "Dozens of injured people").said_by == "Mamadouba Sylla"


def test_a_given_name_after_a_post_of_police(nlp: Language) -> None:
    text = (  # fresh131 sinkholes-06 (Deoghar septic tank)
        "“All the six people were rushed to the Sadar Hospital but they were declared brought dead by doctors,” "
        "Deoghar Deputy Commissioner of Police Kamleshwar Prasad Singh said.\n"
    )
    assert _claim(claims_of(nlp, text), "six people").said_by == "Kamleshwar Prasad Singh"


def test_a_surname_stands_for_the_last_one_named_with_it(nlp: Language) -> None:
    text = (  # fresh76 india-04 (Hathras stampede)
        "Twenty-seven bodies were brought to a hospital in neighbouring Etah district. Senior Superintendent of "
        "Police Rajesh Kumar Singh said 23 of them were women.\n\n"
        "UP chief secretary Manoj Kumar Singh put the death toll at 116. Baring seven children and a man, the dead "
        "are all women. Singh said 72 have been identified so far.\n"
    )
    assert _claim(claims_of(nlp, text), "72 have been identified").said_by == "Manoj Kumar Singh"


def test_credits_of_the_carrying_pages_the_press_association_and_a_united_press_byline(nlp: Language) -> None:
    text = (  # fresh130 sports-05 (Malappuram): the pages that carry the wire, then the wire
        "NEW DELHI (UrduPoint News / Sputnik - 20th March, 2022) More than 200 people were injured when a temporary "
        "stand collapsed during a football match in the Indian city of Malappuram, Indian media reported.\n"
    )
    assert _claim(claims_of(nlp, text), "More than 200 people").via == ["UrduPoint News", "Sputnik"]
    text = (  # fresh132 windstorms-01 (dust storms in India): "PA" only closing a story
        "At least 77 people have been reported dead and more than 140 injured as the weather event casued houses to "
        "collapse and toppled trees.\n\n"
        "Electricity supply and telephone lines were snapped in parts of Uttar Pradesh state, he added. - PA\n"
    )
    assert _claim(claims_of(nlp, text), "At least 77 people").via == ["PA"]
    text = (  # fresh130 amusement-04 (Toby Tyler Circus), whose dateline's state is no outlet
        "Circus Tent Collapses\n\n"
        "July 12, 1987|By United Press International.\n\n"
        "HOWARD, WIS. — Sudden high winds collapsed a circus tent during a performance, injuring more than 40 "
        "people, witnesses and officials said.\n"
    )
    assert _claim(claims_of(nlp, text), "more than 40 people").via == ["United Press International"]


def test_grief_voiced_over_deaths_vouches_for_them(nlp: Language) -> None:
    text = (  # fresh128 militarytraining-11 (a Pakistan Army trainer crash)
        "Also, Foreign Minister Shah Mahmood Qureshi expressed grief over the death of two pilots of Pakistan Army "
        "training aircraft Mushshak in Gujrat.\n\n"
        # fresh124 balochistan-10 (Buleda): two nouns of grief, joined
        "Caretaker Chief Minister of Balochistan, Mir Ali Mardan Khan Domki, has expressed deep grief and sorrow "
        'over "the martyrdom" of five soldiers at Buleda.\n'
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two pilots").said_by == "Shah Mahmood Qureshi"
    assert _claim(claims, "five soldiers").said_by == "Mir Ali Mardan Khan Domki"


def test_who_attributes_deaths_to_a_cause_counts_them(nlp: Language) -> None:
    text = (
        "Police in Michigan also attributed two deaths in a traffic collision to the storm.\n"  # fresh122 blizzards-03
    )
    assert _claim(claims_of(nlp, text), "two deaths").said_by == "Police in Michigan"


def test_an_as_clause_with_its_own_words_stands_beside_the_statement(nlp: Language) -> None:
    text = (  # fresh131 ferries-03 (Lake Kivu)
        "At least two children and one woman have drowned after a passenger boat sank on Lake Kivu in the eastern "
        "Democratic Republic of Congo, a local official said yesterday (Wednesday), as survivors warned that dozens "
        "more were still missing.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "At least two children").said_by, _claim(claims, "At least two children").via) == (
        "local official",
        [],
    )
    assert (_claim(claims, "dozens more").said_by, _claim(claims, "dozens more").via) == ("survivors", [])


def test_a_company_by_its_name_not_what_it_is(nlp: Language) -> None:
    text = (  # fresh132 windstorms-07 (Corsica storm)
        "About 45,000 households were without power on Corsica, according to French electricity company EDF.\n"
    )
    assert _claim(claims_of(nlp, text), "45,000 households").said_by == "EDF"


def test_femicides_and_immigrants_are_counts_of_people(nlp: Language) -> None:
    text = (  # fresh114 femicide-12 (Argentina) and fresh119 custody-08 (Libyan detention centres)
        "Only during June there were 26 femicides, which translates into one every 27 hours.\n\n"
        '"Our teams transferred four injured immigrants to a private clinic and 11 others to a local public '
        'hospital." IOM said.\n'
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "26 femicides").counts == "killed"
    assert _claim(claims, "four injured immigrants").counts == "injured"
