"""Rules from the sets of the session that added fresh142 to fresh145 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_post_described_by_what_it_is_of_is_the_person_named_next(nlp: Language) -> None:
    text = (  # fresh76 russia-02 (Almaty, ANI)
        "Almaty [Kazakhstan], January 15 : The wave of unrest that swept Kazakhstan in early January has left 225 "
        "people killed and thousands of others hurt, the head of the criminal prosecution service at the Prosecutor "
        "General's Office said Saturday.\n\n"
        '"Bodies of 225 deceased people were brought to morgues... There were 19 police and service personnel among '
        'them," Serik Shalabayev told a news conference.\n'
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "left 225 people").said_by == "Serik Shalabayev"
    assert _claim(claims, "thousands of others").said_by == "Serik Shalabayev"


def test_a_post_described_by_what_it_is_of_is_the_person_quoted_just_after(nlp: Language) -> None:
    text = (  # fresh72 algeria-12 (FIDH on the Tunisian riots)
        "At least 35 people have been killed in the riots that erupted over the weekend in Tunisia, the president "
        "of the International Federation for Human Rights said Tuesday.\n"
        '"We have a list of the names of the 35," Souhayr Belhassen told Agence France Presse. "The total figure is '
        "higher. It's somewhere around 50, but that's an estimate.\"\n"
    )
    assert _claim(claims_of(nlp, text), "At least 35 people").said_by == "Souhayr Belhassen"


def test_a_post_of_a_place_is_the_person_the_text_names_with_that_post_later(nlp: Language) -> None:
    text = (  # fresh85 indianocean-02 (Mayotte after Cyclone Chido)
        "The prefect of Mayotte estimated on Wednesday that there could be “around forty people missing, without "
        "mortuary remains”following the passage of Cyclone Chido which devastated the archipelago, in addition to "
        "39 deaths and thousands of injuries.\n"
        "“There is a body of evidence which allows us to believe that these people (disappeared) are unfortunately "
        "victims of Chido”declared the prefect of Mayotte François-Xavier Bieuville, during a press conference at "
        "the rectorate, in Mamoudzou.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "around forty people").said_by == "François-Xavier Bieuville"
    assert _claim(claims, "39 deaths").said_by == "François-Xavier Bieuville"


def test_two_unnamed_sources_are_not_the_one_person_named_next(nlp: Language) -> None:
    text = (  # fresh38 drones-08 (The Washington Post on a drone strike near Mogadishu)
        "A drone strike just outside the Somali capital killed more than 22 people and wounded 21, including many "
        "children, a witness and a relative of the victims told The Washington Post.\n\n"
        "Witness Daud Hassan Mohamed said the strike hit a home in an agricultural area in the evening after iftar, "
        "the meal when Muslims fasting for the holy month of Ramadan break their day-long fast.\n"
    )
    assert _claim(claims_of(nlp, text), "more than 22 people").said_by == "witness and a relative of the victims"
