"""Rules from the session that added fresh218 onwards, written on older sets before those arrived, each on a real
sentence."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.naming import clean_name

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_countrys_qualified_outlet_is_named_by_its_own_name(nlp: Language) -> None:
    text = (  # fresh191 borderclashes-09 (UPI, on a border clash between Iran and the Taliban, 2023)
        "Two Iranian border guards were killed as well as at least one Taliban fighter, while two civilians were "
        "injured in the skirmishes, according to Iran's state-run IRNA news agency.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Two Iranian border guards").said_by == "IRNA"
    assert _claim(claims, "two civilians").said_by == "IRNA"


def test_what_kind_of_body_it_is_falls_away_but_not_a_peoples_adjective() -> None:
    # fresh119 sandstorms-03 (AP), fresh38 ceasefire-11 (The Irrawaddy), fresh181 hikers-03, fresh72 algeria-01
    assert clean_name("Iran's semi-official Mehr news agency") == "Mehr"
    assert clean_name("Myanmar's parallel National Unity Government") == "National Unity Government"
    assert clean_name("Japan's central Nagano prefecture") == "Nagano prefecture"
    assert clean_name("Algeria's private Ennahar television") == "Ennahar television"
    # fresh117 gulf-08: "the leader of Bahrain's main Shiite opposition" — an opposition, not one called "Shiite"
    assert clean_name("Bahrain's main Shiite opposition") == "Bahrain's main Shiite opposition"
    assert clean_name("Lebanon's health ministry") == "Lebanon's health ministry"


def test_citing_beside_according_to_is_the_source_of_the_sentence(nlp: Language) -> None:
    text = (  # fresh196 measles-04 (Maghreb Insider, on measles in Morocco, 2025)
        "Morocco is facing a severe measles outbreak, with six deaths and over 3,000 new cases reported in just one "
        "week, according to Hespress, citing data from the country’s Ministry of Health and Social Protection.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("six deaths", "over 3,000 new cases"):
        assert _claim(claims, quote).said_by == "Ministry of Health and Social Protection"
        assert _claim(claims, quote).via == ["Hespress"]


def test_citing_after_an_aside_that_reports(nlp: Language) -> None:
    text = (  # fresh91 easteurope-03 (Pledge Times, on a train and bus collision in Slovakia, 2023)
        "As the news agency TASR reported, citing information from the police and the state railway company ZSSK, "
        "more than 100 passengers were on the Eurocity train traveling from Prague to Budapest, which collided with "
        "a regional bus near the town of Nove Zamky.\n"
    )
    claim = _claim(claims_of(nlp, text), "more than 100 passengers")
    assert claim.said_by == "police and the state railway company ZSSK"
    assert claim.via == ["TASR"]


def test_a_participle_right_after_those_counted_says_what_befell_them(nlp: Language) -> None:
    text = (  # fresh155 motorcades-09 (i24NEWS, on a car bomb in Aden, 2021)
        "Sources confirmed that five members of the convoy were killed among 11 others wounded, three of whom were "
        "civilians.\n\n"
        # fresh84 southafrica-10 (Devdiscourse, on taxi violence in Pretoria, 2019): the aside between dashes
        "Transport Minister Fikile Mbalula has condemned the latest wave of taxi violence that left five people dead "
        "and nine others - including a policeman - wounded.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five members").counts == "killed"
    assert _claim(claims, "11 others").counts == "injured"
    assert _claim(claims, "five people").counts == "killed"
    assert _claim(claims, "nine others").counts == "injured"


def test_those_whose_assault_a_participle_says_killed_did_the_killing(nlp: Language) -> None:
    text = (  # fresh59 iraq-09 (Open World Press, on a suicide bombing in Baghdad, 2018)
        "Two suicide bombers detonated explosive vests in a crowded market in central Baghdad on Thursday morning, "
        "killing at least 15 people in the first such attack in several years.\n\n"
        # fresh60 afghanistan-10 (The Jerusalem Post, on attacks in north-western Pakistan, 2010)
        "Earlier on Sunday, two suicide attackers and a roadside bomb simultaneously struck a military convoy in "
        "northwestern Pakistan on Sunday, killing 11 soldiers and three civilians.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Two suicide bombers").counts == "other:attackers"
    assert _claim(claims, "two suicide attackers").counts == "other:attackers"
    assert _claim(claims, "at least 15 people").counts == "killed"
    assert _claim(claims, "11 soldiers").counts == "killed"
    # but not those who did what an assault verb does not say: "lost control"
    other = claims_of(nlp, "Two drivers lost control of their vehicles, killing 12 people.\n")
    assert _claim(other, "12 people").counts == "killed"


def test_a_part_of_captives_that_were_freed_was_freed(nlp: Language) -> None:
    text = (  # fresh43 fishermen-11 (Outlook India, on a release of Indian prisoners by Pakistan, 2023)
        "Pakistan on Monday released 30 Indian prisoners, including 27 fishermen, from jail as a goodwill gesture "
        "ahead of the country's Independence Day on Tuesday.\n\n"
        # fresh161 pardons-04 (International Business Times, on an amnesty in Vietnam, 2015)
        "Vietnam said Friday it will free more than 18,200 prisoners, including 34 foreign nationals, to mark its "
        "70th independence anniversary.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "27 fishermen").counts == "released"
    assert _claim(claims, "34 foreign nationals").counts == "released"
    # but a part of those arrested was arrested
    other = claims_of(nlp, "Police arrested 30 suspects, including five women, in the raid.\n")
    assert _claim(other, "five women").counts == "other:arrested"
