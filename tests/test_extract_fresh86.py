"""Rules written in the session that brought data/dev/fresh86 to fresh89, each on real text."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.speakers import phrase

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_body_presenting_its_version_gives_the_figures_that_follow(nlp: Language) -> None:
    text = (  # fresh83 centralasia-06
        "The Prosecutor General’s Office presented its version of events. As a result of riots in Nukus, 243 "
        "people were injured, including 38 law enforcement officers; 18 people died as a result of their "
        "injuries; 516 people were detained.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("243 people", "38 law enforcement officers", "18 people", "516 people"):
        assert _claim(claims, quote).said_by == "Prosecutor General's Office"


def test_a_name_set_off_after_a_post_is_the_speaker_whatever_the_recogniser_took_it_for(nlp: Language) -> None:
    text = (  # fresh60 srilanka-07; fresh59 libya-03
        "A police spokesman, Ruwan Gunasekara, said at least 207 people were killed and 450 wounded in the "
        "attacks.\n\n"
        "The mayor of Derna, Abdel Moneim Al-Ghaithi, said in an interview with Sky News Arabia that the death toll "
        "in the stricken Libyan city may exceed 20,000.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "207 people").said_by == "Ruwan Gunasekara"
    assert _claim(claims, "20,000").said_by == "Abdel Moneim Al-Ghaithi"


def test_a_post_in_capitals_then_the_name_after_a_comma(nlp: Language) -> None:
    doc = nlp(  # fresh84 southafrica-11
        "We are moving to something different,” said UNHCR Regional Community Services Officer, Alphonse Munyaneza."
    )
    post = next(t for t in doc if t.text == "Officer")
    assert phrase(post) == ("Alphonse Munyaneza", "PERSON")


def test_an_ambassador_to_a_country_is_the_name_after_the_country(nlp: Language) -> None:
    text = (  # fresh80 pacific-10
        "Two Chinese nationals were among the dead, Chinese Ambassador to Vanuatu Li Minggang told state media "
        "yesterday.\n"
    )
    assert _claim(claims_of(nlp, text), "Two Chinese nationals").said_by == "Li Minggang"


def test_a_place_before_a_post_is_not_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh87 france-01
        "The death toll in a coordinated and ruthless attack on six different targets in and around Paris has risen "
        "to 129, with 352 people injured, according to Paris prosecutor Francois Molins. He added that 99 people "
        "were critically wounded.\n"
    )
    claims = claims_of(nlp, text)
    assert [_claim(claims, q).said_by for q in ("129", "352 people")] == ["Francois Molins"] * 2


def test_the_head_of_a_region_then_the_name_and_the_head_of_another_region(nlp: Language) -> None:
    text = (  # fresh88 ukraine-03
        "“Unfortunately, the number of victims in yesterday’s Russian missile attack on Odesa increased to five "
        "people,” the head of the Odesa region Oleg Kiper said on social media.\n\n"
        "Kiper said 23 wounded people were still undergoing medical treatment.\n\n"
        "Separately, the head of the southern Kherson region said Russian shelling killed one person in the last 24 "
        "hours.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five people").said_by == "Oleg Kiper"
    assert _claim(claims, "23 wounded").said_by == "Oleg Kiper"
    assert _claim(claims, "one person").said_by == "head of the southern Kherson region"


def test_the_number_of_injured_climbing_to_a_number(nlp: Language) -> None:
    text = (  # fresh86 spain-09
        "Portugal’s National Civil Protection Authority (ANPC) raised the death toll from the weekend forest fires "
        "to 37 on Tuesday, with the number of injured climbing to 71, 15 of them in serious condition.\n"
    )
    claims = claims_of(nlp, text)
    injured = _claim(claims, "71")
    assert (injured.value, injured.counts) == (71, "injured")
    part = _claim(claims, "15 of them")
    assert part.counts == "injured" and part.part_of is not None and "71" in part.part_of


def test_the_number_of_deceased_people_stands_at_a_number(nlp: Language) -> None:
    text = (  # fresh87 france-10
        "Additionally, the number of deceased people still stands at 31, of whom 30 were officially identified on "
        "Tuesday afternoon.\n"
    )
    dead = _claim(claims_of(nlp, text), "31")
    assert (dead.value, dead.counts) == (31, "killed")


def test_a_number_in_serious_condition_counts_the_injured(nlp: Language) -> None:
    text = (  # fresh86 italy-11; fresh87 uk-01
        "Of the 85 injured who were taken to hospital, 25 are in serious condition, while a total of 53 are still "
        "under treatment and the rest have been discharged.\n\n"
        "At least 24 people are being treated in hospital, 12 are in a critical condition.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims if c.value in (25, 12)] == [(25, "injured"), (12, "injured")]


def test_a_number_glued_to_the_datelines_dash_and_taken_for_a_date(nlp: Language) -> None:
    text = (  # fresh86 italy-04
        "Rescuers in Greece find 18 burned bodies as wildfires spread\n\n"
        "ALEXANDROUPOLIS, Greece (Reuters) -Eighteen burned bodies, possibly migrants, were found on Tuesday in a "
        "rural area in northern Greece where wildfires were burning out of control for a fourth day, authorities "
        "said, as gale force winds fanned blazes across the country.\n"
    )
    bodies = _claim(claims_of(nlp, text), "Eighteen")
    assert (bodies.value, bodies.counts, bodies.said_by) == (18, "remains-found", "authorities")


def test_those_who_died_or_disappeared_are_the_dead_or_missing(nlp: Language) -> None:
    text = (  # fresh86 spain-06
        "According to Caminando Fronteras, a Spanish NGO that helps migrant boats in distress, a total of 4,404 "
        "migrants died or disappeared while trying to reach Spain last year, up from 2,170 in 2020.\n"
    )
    assert _claim(claims_of(nlp, text), "4,404").counts == "other:dead-or-missing"


def test_a_speaker_quoted_by_an_outlet_after_the_post(nlp: Language) -> None:
    text = (  # fresh86 italy-11
        "“So far, 32 bodies have been found,” said Vassilis Vathrakogiannis, spokesman for the fire brigade, quoted "
        "by the Greek television channel ERT.\n"
    )
    bodies = _claim(claims_of(nlp, text), "32 bodies")
    assert (bodies.said_by, bodies.via) == ("Vassilis Vathrakogiannis", ["ERT"])


def test_updated_figures_released_after_the_figures_source_them(nlp: Language) -> None:
    text = (  # fresh87 uk-01
        "More than 70 people remain unaccounted for after the Grenfell Tower blaze and 30 are confirmed dead, it has "
        "been revealed.\n\n"
        "Police released updated figures on the deaths on Friday as anger in the community grew over what residents "
        "said was a lack of information being released to them.\n"
    )
    claims = claims_of(nlp, text)
    assert [_claim(claims, q).said_by for q in ("70 people", "30 are")] == ["Police"] * 2


def test_according_to_the_report_a_body_released(nlp: Language) -> None:
    text = (  # fresh88 ukraine-10
        "Released on Wednesday by the UN Human Rights Monitoring Mission in Ukraine (HRMMU), the report explained "
        "the hardships civilians faced, including physical and long-term socioeconomic harm.\n"
        "According to the report, between 1 March and 31 May, at least 436 civilians were killed and a further "
        "1,760 injured as a result of conflict-related violence.\n"
    )
    claims = claims_of(nlp, text)
    expected = ["UN Human Rights Monitoring Mission in Ukraine"] * 2
    assert [_claim(claims, q).said_by for q in ("436", "1,760")] == expected


def test_the_number_that_could_rise_counts_what_the_figure_before_it_did(nlp: Language) -> None:
    text = (  # fresh86 spain-10
        "A spokeswoman for the Galician regional government told CNN that at least 78 people are confirmed dead but "
        "that the number could rise to 80.\n"
    )
    risen = _claim(claims_of(nlp, text), "80")
    assert (risen.value, risen.counts, risen.status) == (80, "killed", "projection")


def test_the_number_updated_in_a_later_sentence_counts_the_deaths_before(nlp: Language) -> None:
    text = (  # fresh13 migrants-03
        "The ministry initially reported five deaths.\n"
        "Local authorities cited by Morocco’s official Television 2M updated the number to 18 on Saturday and then "
        "reported that the death toll had climbed to 23.\n"
    )
    updated = _claim(claims_of(nlp, text), "18")
    assert (updated.value, updated.counts) == (18, "killed")
