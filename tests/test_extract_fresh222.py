"""Rules from the session that added fresh222 onwards, written on older sets before those arrived, each on a real
sentence."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.naming import clean_name

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_qualifier_read_as_the_head_leaves_the_outlet_its_name(nlp: Language) -> None:
    text = (  # fresh219 waterclashes-02 (Al Jazeera, on a clash at the Iran-Afghan border, 2023)
        "The semiofficial, English-language newspaper Tehran Times said three Iranian border guards were killed.\n"
    )
    assert _claim(claims_of(nlp, text), "three Iranian border guards").said_by == "Tehran Times"
    # the unhyphenated spelling is a qualifier too
    assert clean_name("semiofficial Fars news agency") == "Fars"


def test_a_possessive_is_not_part_of_the_name_a_pronoun_stands_for(nlp: Language) -> None:
    text = (  # fresh221 asbestos-06 (The Guardian, on the Law Lords' asbestos ruling, 2002)
        "Ucatt, the construction union, backed a claim by Judith Fairchild of Leeds, widow of Arthur Fairchild, who "
        "died of mesothelioma in 1996.\n\n"
        "Mrs Fairchild's claim had been rejected by the high court and the appeal court, but she will now receive "
        "£191,000.\n\n"
        'She said after the judgment: "We got the right result, not only for myself, but the thousands affected by '
        'this awful disease. My husband deserved to win."\n'
    )
    assert _claim(claims_of(nlp, text), "thousands affected").said_by == "Judith Fairchild"


def test_a_documents_owner_before_its_title_or_its_modifiers(nlp: Language) -> None:
    text = (  # fresh220 kidneydisease-05 (Connectas, on kidney disease in El Salvador)
        "In 2020 alone, the year of the beginning of COVID-19 pandemic, chronic kidney disease caused the death of "
        "1,738 people between the ages of 30 and 69 throughout the country, according to the Ministry of Health's "
        "Institutional Operational Plan of 2022.\n"
    )
    assert _claim(claims_of(nlp, text), "1,738 people").said_by == "Ministry of Health"
    # fresh91 siberia-06 (TASS, on wildfires in East Siberia): "According to the Russian emergencies ministry’s latest
    # update, ..."
    assert clean_name("Russian emergencies ministry’s latest update") == "Russian emergencies ministry"
    assert clean_name("WestMinCom’s update") == "WestMinCom"


def test_whose_team_found_it_is_its_source(nlp: Language) -> None:
    text = (  # fresh221 asbestos-01 (The Japan Times, from Kyodo, on the Kubota plant in Amagasaki)
        "Kurumatani’s team determined that of the 55 patients who lived close to the Kubota plant, 46 contracted the "
        "disease after inhaling asbestos fiber that had drifted on the air from the plant to nearby areas.\n"
    )
    assert _claim(claims_of(nlp, text), "55 patients").said_by == "Kurumatani"


def test_records_from_people_are_theirs(nlp: Language) -> None:
    text = (  # fresh220 kidneydisease-07 (The Asian Age, on kidney failures in three Odisha villages)
        "Records from local activists indicate that at least 200 cases of kidney ailment were diagnosed over the "
        "last three years, with at least 70 deaths, most of them of individuals of working age.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 70 deaths").said_by == "local activists"


def test_an_outlets_report_in_a_sentence_of_its_own_speaks_for_the_sentence_before(nlp: Language) -> None:
    # fresh142 checkpoints-11 (Information Nigeria, on an attack in North Waziristan, 2014): the sentence before has
    # its own source
    text = (
        "Pakistani security sources has said that not less than four Pakistani soldiers were killed and another "
        "eight were missing after insurgents using grenades and rockets stormed a checkpoint overnight in the "
        "remote border region of North Waziristan. Reuters reports.\n"
    )
    relayed = _claim(claims_of(nlp, text), "four Pakistani soldiers")
    assert (relayed.said_by, relayed.via) == ("Pakistani security sources", ["Reuters"])
    text = (  # the same, its figures with no source of their own (fresh142's sentence, its source left out)
        "Not less than four Pakistani soldiers were killed and another eight were missing after insurgents using "
        "grenades and rockets stormed a checkpoint overnight in the remote border region of North Waziristan. "
        "Reuters reports.\n"
    )
    own = _claim(claims_of(nlp, text), "four Pakistani soldiers")
    assert (own.said_by, own.via) == ("Reuters", [])


def test_those_detained_are_counted_as_detained_not_captured(nlp: Language) -> None:
    text = (  # fresh122 bridges-09 (New York Daily News, on the Kolkata overpass collapse, 2016)
        "Police detained five officials from a Hyderabad-based construction company contracted in 2007 to build the "
        "overpass, and sealed its Kolkata office.\n"
    )
    assert _claim(claims_of(nlp, text), "five officials").counts == "other:detained"
    text = (  # fresh219 scaffolding-08 (People's Daily, on a scaffolding collapse in Xi'an, 2011)
        "Altogether, 13 people in charge of the project have been detained by local police, he said.\n"
    )
    assert _claim(claims_of(nlp, text), "13 people").counts == "other:detained"
