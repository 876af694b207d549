"""Rules written after the blind set data/dev/fresh14 was scored on arrival, each on a real sentence from it
(cyclones and hurricanes; prison riots, massacres and jailbreaks)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claims_of


def test_old_wire_copy_and_a_byline_with_a_comma() -> None:
    # prisons-01 (AP, 1986): the old wire dash is an underscore
    lead = (
        "SAO PAULO, Brazil (AP) _ Authorities said Friday they are investigating reports that security forces may "
        "have massacred prison inmates after an assault ended a 19-hour standoff with the hostage-holding convicts."
    )
    assert byline_agency(lead) == "AP"
    # cyclones-05 (TwoCircles carrying IANS)
    assert (
        byline_agency("Haiti death toll from Hurricane Ike climbs to 64\n\nBy IANS,\n\nPort-au-Prince : ...") == "IANS"
    )


def test_a_relayed_report_under_an_agency_byline(nlp: Language) -> None:
    text = (  # cyclones-05
        "By IANS,\n\nPort-au-Prince : Additional flooding caused by Hurricane Ike has killed at least 64 people in "
        "Haiti, with 60 deaths reported from the city of Cabaret alone, near the capital Port-au-Prince, EFE news "
        "agency reported Tuesday, quoting an official."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(64, "official", ["IANS", "EFE"]), (60, "official", ["IANS", "EFE"])]


def test_the_holder_named_after_a_long_post(nlp: Language) -> None:
    text = (  # cyclones-05, as far as the excerpt goes ("may have died or di")
        "The police chief of the northern coastal city of Gonaives, the capital of Artibonite province, Ernst "
        "Dorfeuille, said Sunday that 510 people may have died."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(510, "Ernst Dorfeuille")]


def test_the_count_goes_on_in_another_place_after_its_verb(nlp: Language) -> None:
    text = (  # cyclones-05
        "Hurricane Ike also left three people dead in the northern part of the country and one in the west, "
        "according to reports."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(3, "killed", "reports"), (1, "killed", "reports")]


def test_police_sent_in(nlp: Language) -> None:
    text = (  # prisons-01
        "Seventeen inmates armed with homemade knives took 14 prison employees hostage Monday and demanded "
        "weapons, transportation and safe conduct from the prison. Efforts to negotiate a surrender collapsed and "
        "about 600 riot police were sent in."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert (600, "troops-deployed") in got and (14, "captured") in got


def test_a_cyclone_claims_lives_it_does_not_speak(nlp: Language) -> None:
    text = (  # cyclones-04 (APD News carrying Xinhua)
        "UNITED NATIONS, March 14 (Xinhua) -- Tropical cyclone Idai, whose winds and rain have ravaged parts of "
        "Malawi and Mozambique for days, has claimed at least 122 lives and affected more than 1 million people, a "
        "UN spokesman said on Thursday."
    )
    got = [(c.value, c.counts, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [
        (122, "killed", "UN spokesman", ["Xinhua"]),
        (1000000, "other:affected", "UN spokesman", ["Xinhua"]),
    ]


def test_at_least_one_of_two_numbers_told_a_broadcaster(nlp: Language) -> None:
    text = (  # prisons-03 (The World)
        '"At one time, I know that at least 24 or 25 hostages were being held," Adams County Sheriff Chuck '
        "Mayfield told CNN on Monday."
    )
    got = [(c.value, c.qualifier, c.low, c.counts, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(24, "atLeast", 24, "captured", "Chuck Mayfield", ["CNN"])]
