"""Rules written after the blind set data/dev/fresh16 was scored on arrival, each on real text from it
(landmines and unexploded ordnance; cold, heat and hunger)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency, relay_chain
from tallygraph.extract.naming import clean_name

from .conftest import claims_of


def test_an_agency_under_a_bullet_or_after_the_writer() -> None:
    # heatwaves-03 (The Japan Times) and heatwaves-04 (dailynewsview carrying UPI)
    assert byline_agency("• Kyodo\n\n\nEleven people died and 5,664 people were taken to hospitals.") == "Kyodo"
    assert byline_agency("By Daniel Uria, UPI\nAt least 65 people have died from heatstroke.") == "UPI"
    # heatwaves-06 (Mail & Guardian): the South African Press Association signs off
    last = "where 1,2-million people are in need of food aid. — Sapa"
    assert byline_agency(f"Famine kills children in Malawi.\n{last}") == "Sapa"
    assert byline_agency("By Rachel Pannett, Washington\nAt least 5 died.") is None  # a place, not an agency


def test_a_running_total_brought_to_a_number(nlp: Language) -> None:
    text = (  # heatwaves-01 (Irish Examiner)
        "Schools across northern India’s Uttar Pradesh state were ordered shut today as icy winds and bitter cold "
        "claimed eight more lives overnight, bringing the total from a spell of frigid weather to 131, officials "
        "said."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(8, "killed", "officials"), (131, "killed", "officials")]
    # fresh2 (Muslim Network, on Srebrenica): graves are no count of people
    text = (
        "This year, a collective burial is organized for 30 newly identified victims, bringing the total number of "
        "graves in the cemetery to 6,751."
    )
    assert [c.value for c in claims_of(nlp, text)] == [30]


def test_millions_with_a_hyphen_and_a_decimal_comma(nlp: Language) -> None:
    text = (  # heatwaves-06 (Mail & Guardian carrying Sapa-DPA)
        "In Malawi, one of the countries in the region worst affected by food shortages, 10-million people "
        "require food aid, according to the WFP. Confirmation of their deaths comes in the wake of an UN warning "
        "that the tiny Southern African country may be the next Niger, where almost 2,7-million people are at "
        "risk of starvation."
    )
    got = [(c.value, c.qualifier, c.high) for c in claims_of(nlp, text)]
    assert got == [(10_000_000, "exact", None), (2_700_000, "nearly", 2_699_999)]


def test_what_a_body_is_before_its_name() -> None:
    # landmines-02 (Colombia Reports)
    assert clean_name("NGO Colombian Campaign Against Landmines") == "Colombian Campaign Against Landmines"


def test_a_syndicated_dateline_after_the_page_date(nlp: Language) -> None:
    text = (  # landmines-03 (MENAFN carrying Nam News Network and AKP)
        " date 2024-04-20 (MENAFN- Nam News Network) PHNOM PENH, Apr 21 (NNN-AKP) – Four villagers were killed "
        "and two others were wounded, in a landmine explosion in north-east Cambodia's Mondulkiri province, "
        "yesterday, a mine clearance chief, said."
    )
    got = [(c.value, c.via) for c in claims_of(nlp, text, publisher="MENAFN")]
    assert got == [(4, ["MENAFN", "NNN", "AKP"]), (2, ["MENAFN", "NNN", "AKP"])]


def test_a_joint_wire_credit_closing_the_story(nlp: Language) -> None:
    text = (  # heatwaves-06 (Mail & Guardian)
        "In Malawi, one of the countries in the region worst affected by food shortages, 10-million people require "
        "food aid, according to the WFP.\n"
        "The WFP has meanwhile highlighted the poor response by international donors to appeals for assistance in "
        "countries such as Malawi and Zambia, where 1,2-million people are in need of food aid. — Sapa-DPA"
    )
    assert byline_agency(text) == "Sapa-DPA"
    # (one relay, as the gold of heatwaves-06 and of every Sapa credit in the dev sets reads it: Sapa's dispatch
    # of DPA's copy)
    assert [c.via for c in claims_of(nlp, text)] == [["Sapa-DPA"], ["Sapa-DPA"]]


def test_an_agency_with_a_hyphen_in_its_name_is_one_relay() -> None:
    assert relay_chain(None, "Interfax-Ukraine") == ["Interfax-Ukraine"]
    assert relay_chain(None, "NNN-Xinhua") == ["NNN", "Xinhua"]


def test_figures_from_a_body_speak_for_it(nlp: Language) -> None:
    text = (  # landmines-06 (BBC)
        "Figures from the Lebanese military show that eight people, including several children, have been killed "
        "and a further 38 wounded by cluster bomb explosions since the start of a ceasefire on August 14."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(8, "killed", "Lebanese military"), (38, "injured", "Lebanese military")]
