"""Rules from the sets of the session that added fresh154 to fresh157 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_four_word_name_after_a_title_is_the_person_who_speaks(nlp: Language) -> None:
    text = (  # fresh121 senegambia-01 (a migrant boat off Saint-Louis)
        "A previous death toll established on Thursday by Interior Minister Antoine Felix Abdoulaye Diome, during a "
        "visit to Saint-Louis the same day, had been eight dead and four injured.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "eight dead").said_by == "Antoine Felix Abdoulaye Diome"
    assert _claim(claims, "four injured").said_by == "Antoine Felix Abdoulaye Diome"


def test_a_hedged_ratio_counts_no_one(nlp: Language) -> None:
    text = (  # fresh50 wartolls-10 (a study of the Gaza death toll in The Lancet)
        "That toll represented 2.9 percent of Gaza's pre-war population \"or approximately one in 35 "
        'inhabitants," the study said.\n'
    )
    assert claims_of(nlp, text) == []


def test_a_body_s_name_the_recogniser_ran_on_is_no_fuller_name_for_it(nlp: Language) -> None:
    text = (  # fresh50 wartolls-10
        "The analysis used data from three different lists, the first provided by the Gaza health ministry of the "
        "bodies identified in hospitals or morgues.\n\n"
        "On Jan. 9, Gaza's health ministry said that 46,006 people had died over the full 15 months of war.\n"
    )
    assert _claim(claims_of(nlp, text), "46,006 people").said_by == "Gaza's health ministry"
    text = (  # fresh107 fireworks-05 (the Chengamalapatti fireworks factory explosion near Sivakasi)
        "Virudhunagar/ Chennai (Tamil Nadu): At-least nine workers, including five women were killed, and 12 "
        "others injured, few of them seriously, in a major explosion triggered by an inferno at a private "
        "fireworks factory in Chengamalapatti village near Sivakasi in Virudhnagar district of Tamil Nadu on "
        "Thursday, police said.\n\n"
        "Police sources said the fire broke out when the workers were engaged in mixing highly inflammable "
        "chemicals meant for making fancy variety crackers.\n"
    )
    assert _claim(claims_of(nlp, text), "nine workers").said_by == "police"  # not "Police sources"


def test_an_agency_s_byline_run_into_the_page_s_time_stamp_credits_the_agency(nlp: Language) -> None:
    text = (  # fresh154 militias-05 (Khamelock, Manipur), as Telangana Today carries IANS copy
        "Nine killed by militants in Manipur\n\n"
        "By IANS Updated On - 10:19 AM, Wed - 14 June 23\n\n"
        "Imphal: At least nine villagers were killed and 25 others injured when suspected militants attacked "
        "Khamelock village in Imphal East district and fired indiscriminately, police said on Wednesday.\n\n"
        "Unofficial sources put the death toll at 11.\n"
    )
    claims = claims_of(nlp, text)
    villagers = _claim(claims, "nine villagers")
    assert (villagers.said_by, villagers.via) == ("police", ["IANS"])
    unofficial = _claim(claims, "death toll at 11")
    assert (unofficial.said_by, unofficial.via) == ("Unofficial sources", ["IANS"])


def test_people_sent_to_hospitals_in_a_town_are_not_troops_sent_in(nlp: Language) -> None:
    text = (  # fresh155 cranes-02 (the building collapse in George, South Africa)
        "“Twenty-two patients have been retrieved and sent to hospitals or medical centres in George.\n"
    )
    assert _claim(claims_of(nlp, text), "Twenty-two patients").counts == "other:hospitalised"


def test_malaysian_titles_of_honour_and_a_surgeon_s_post_are_no_part_of_a_name(nlp: Language) -> None:
    text = (  # fresh157 airshows-09 (two navy helicopters collided at Lumut)
        "Perak police chief Datuk Seri Mohd Yusri Hassan Basri said that the HOM aircraft (M503-3) with seven crew "
        "members onboard crashed on the Lumut RMN Stadium racetrack, while the Fennec aircraft with three crew "
        "members crashed into the Lumut RMN Sports Complex swimming pool.\n"
    )
    assert _claim(claims_of(nlp, text), "seven crew members").said_by == "Mohd Yusri Hassan Basri"
    text = (  # fresh157 airshows-12 (a training jet crashed into Milestone school in Dhaka)
        "Two of the injured died at the National Institute of Burn and Plastic Surgery later, taking the toll to "
        "22, Resident Surgeon Shaon Bin Rahman told The Daily Star around midnight.\n"
    )
    assert _claim(claims_of(nlp, text), "taking the toll to 22").said_by == "Shaon Bin Rahman"
