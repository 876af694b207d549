"""Rules written in the session that brought data/dev/fresh106 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_paragraph_opening_with_a_single_quotation_mark_goes_on_quoting(nlp: Language) -> None:
    text = (  # fresh104 ireland-09: the figure is the third sentence of the quoted paragraph
        "Irish Taoiseach Leo Varadkar has urged the public to stay safe, saying: ‘The advice is: stay indoors until "
        "the storm passes.\n\n"
        "‘Bear in mind it is coming your way and it is a national red alert. It is a very dangerous storm. The last "
        "time there was a storm this severe 11 lives were lost.’\n"
    )
    assert _claim(claims_of(nlp, text), "11 lives").said_by == "Leo Varadkar"


def test_a_paragraph_opening_with_a_single_quotation_mark_after_a_reporters_sentence(nlp: Language) -> None:
    text = (  # fresh104 ireland-09, the paragraph before the Taoiseach's: nobody spoke, nothing is carried
        "One video posted to social media shows the roof being torn off a school in Cork.\n\n"
        "‘Bear in mind it is coming your way. It is a very dangerous storm. The last time there was a storm this "
        "severe 11 lives were lost.’\n"
    )
    assert _claim(claims_of(nlp, text), "11 lives").said_by == "reporter"


def test_she_said_is_the_person_named_before_when_nobody_spoke_as_a_person(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-03 (Fox News; "(search)" is the page's own link text)
        "An Uzbek rights activist said Tuesday that she saw about 500 bodies in the eastern Uzbek city of Andijan "
        "(search) after troops fired on protesters, contradicting the official claim that 169 died.\n\n"
        "Gulbakhor Turayeva (search), a former doctor turned rights activist, said she counted 400 bodies lying in "
        "the yard of Andijan's School No. 15 a day after the violence. She said there were about 100 other bodies "
        "there, but that she had been driven out of the school before she could make a precise count.\n"
    )
    assert _claim(claims_of(nlp, text), "about 100 other bodies").said_by == "Gulbakhor Turayeva"


def test_a_hospital_the_recogniser_took_for_a_person_is_nobody_he_stands_for(nlp: Language) -> None:
    text = (  # fresh84 southafrica-03
        "Out of the 88 people that were admitted at various health facilities (Chris Hani Baragwanath Academic "
        "Hospital, Charlotte Maxeke Johannesburg Academic Hospital, Helen Joseph Hospital, South Rand Hospital, "
        "Tembisa Hospital, Rahima Moosa Mother and Child Hospital and Hillbrow Community Health Centre) only 31 are "
        "still receiving care.\n\n"
        "Modiba further explained that about 40 families have come forward to report their loved ones since the "
        "incident happened. He said nine families have\n"
    )
    assert _claim(claims_of(nlp, text), "nine families").said_by != "Child Hospital"


def test_a_heading_in_single_quotation_marks_opens_no_quotation(nlp: Language) -> None:
    text = (  # fresh66 cameroon-06: the page runs its heading into the paragraph after it
        "French state media Radio France Internationale (RFI) also reported that “between 20 to 40 Chadian soldiers "
        "were killed” and several are missing. RFI said at least four civilians were also killed.\n"
        "‘Genuine threat’\n"
        "The Boko Haram armed uprising, which erupted in northeast Nigeria in 2009, has killed tens of thousands of "
        "people – more than 350,000 by some counts – and forced millions to flee their homes.\n"
    )
    assert _claim(claims_of(nlp, text), "tens of thousands of people").said_by == "reporter"


def test_a_post_then_the_name_in_apposition(nlp: Language) -> None:
    text = (  # fresh109 roadtolls-03: "marshal" is a post
        "While presenting the interim report of the 2021 operation zero-tolerance special patrol operation, "
        "(December 15 to January 15) the FRSC corps marshal, Dr Boboye Oyeyemi, said: “within the period under "
        "review a total of 600 road traffic crashes were recorded, involving 4,649 people with 327 people killed "
        "and 1,916 injured, while 2,406 people were rescued without injuries.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "327 people").said_by == "Boboye Oyeyemi"
    assert _claim(claims, "1,916").said_by == "Boboye Oyeyemi"


def test_the_name_after_a_post_and_the_body_it_is_in(nlp: Language) -> None:
    text = (  # fresh109 roadtolls-10: the parser made the name an apposition of the bureau
        "“Unfortunately and really disappointingly, 74 people alone were arrested this weekend [28-29 December] "
        "for driving whilst intoxicated,” Chief Superintendent in the Garda National Roads Policing Bureau, Jane "
        "Humphries, said at a press conference in Dublin this morning.\n"
    )
    assert _claim(claims_of(nlp, text), "74 people").said_by == "Jane Humphries"


def test_according_to_an_officer_behind_an_abbreviated_rank(nlp: Language) -> None:
    text = (  # fresh109 hostages-07
        "Bangladeshi troops rescued 14 hostages, according to Brig. Gen. Mujibur Rahman of the Bangladesh army.\n"
    )
    assert _claim(claims_of(nlp, text), "14 hostages").said_by == "Mujibur Rahman"


def test_the_hurt_taken_to_hospital_who_then_died_are_dead(nlp: Language) -> None:
    text = (  # fresh107 tankers-10
        "Morogoro. Death toll of Saturday morning’s fuel tanker tragedy which claimed 60 lives on the spot has risen "
        "to 75, authorities at Muhimbili National Hospital have confirmed.\n\n"
        "This is after four victims who transferred to Muhimbili National Hospital succumbed to the injuries they "
        "sustained in the inferno.\n"
    )
    assert _claim(claims_of(nlp, text), "four victims").counts == "killed"
