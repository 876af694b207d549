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


def test_a_wire_credit_after_two_hyphens_closes_the_story(nlp: Language) -> None:
    text = (  # fresh143 pilgrimages-04 (Rediff, PTI copy on the Kanwar Yatra)
        "In UP's Barabanki, a group of kanwariyas (Lord Shiva devotees) was allegedly attacked by some intoxicated "
        "men following a dispute late Sunday, police said, adding that two suspects have been taken into custody.\n\n"
        "In UP's Basti, a head-on collision between two speeding motorcycles left three kanwariyas dead, police said "
        "on Monday. -- PTI\n"
    )
    claim = _claim(claims_of(nlp, text), "two suspects")
    assert (claim.said_by, claim.via) == ("police", ["PTI"])


def test_a_statement_from_a_post_holder_is_theirs(nlp: Language) -> None:
    text = (  # fresh142 checkpoints-02 (AP on a roadside bomb in Uruzgan)
        "An explosion from a roadside bomb Saturday night killed four civilians, including a child, when their "
        "vehicle was hit in Uruzgan province, a statement from the provincial governor said. Nine other civilians "
        "were wounded.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "four civilians").said_by == "provincial governor"
    assert _claim(claims, "Nine other civilians").said_by == "provincial governor"


def test_those_who_shoot_someone_dead_are_attackers_not_dead(nlp: Language) -> None:
    text = (  # fresh142 checkpoints-03 (BBC on the Rafah checkpoint attack)
        "In a separate incident on Friday, two gunmen shot dead a senior officer from the police's National Security "
        "service as he left his home in the town of al-Jabal al-Safar in the north of the capital Cairo, according "
        "to the interior ministry.\n"
    )
    assert _claim(claims_of(nlp, text), "two gunmen").counts == "other:attackers"


def test_those_who_kill_civilians_are_attackers_and_their_victims_are_dead(nlp: Language) -> None:
    text = (  # fresh142 checkpoints-07 (AP on the Qalandiya checkpoint shooting)
        "An hourslong gun battle between Israeli security forces and Palestinian militants in the northern Jenin "
        "refugee camp killed seven Palestinians and wounded eight Israeli soldiers earlier this week. Two "
        "Palestinian gunmen then killed four Israeli civilians before being shot and killed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Two Palestinian gunmen").counts == "other:attackers"
    assert _claim(claims, "four Israeli civilians").counts == "killed"
    assert _claim(claims, "seven Palestinians").counts == "killed"


def test_those_killed_on_board_are_dead_not_only_aboard(nlp: Language) -> None:
    text = (  # fresh143 submarines-01 (the Kursk recovery)
        "Twelve bodies have been recovered so far from the submarine, which sank on Aug. 12, killing all 118 men on "
        "board. Friday was the 15th day of the delicate operation to recover remains of the dead.\n"
    )
    assert _claim(claims_of(nlp, text), "118 men").counts == "killed"
