"""Speakers on real sentences from the blind sets data/dev/fresh5 and fresh6: an "according to" that closes a
clause of its own, a source named with where it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import claims_of


def test_according_to_at_the_end_covers_the_clause_it_closes(nlp: Language) -> None:
    text = (
        "Five people were killed Saturday morning in an Israeli airstrike on Rafah, Palestinian sources said, "
        "while six died in an aerial attack Friday night, according to a top source at the Health Ministry in Gaza."
    )
    by_value = {c.value: c for c in claims_of(nlp, text)}
    assert (by_value[5].said_by, by_value[5].via) == ("Palestinian sources", [])
    assert (by_value[6].said_by, by_value[6].via) == ("Health Ministry in Gaza", [])


def test_according_to_after_a_plain_statement_covers_it_all(nlp: Language) -> None:
    text = "Five people were killed in an airstrike on Rafah on Saturday, according to the Health Ministry."
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "Health Ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to investigators at the site, a total of 38 skeletal remains have been recovered so far.",
            "investigators at the site",
        ),
        (
            "Local officials in the South Darfur state said that about 200 armed men attacked the village and "
            "killed 12 people.",
            "Local officials in the South Darfur state",
        ),
        (
            "More than 2,500 people were killed or injured, the United Nations Integrated Office in Haiti (BINUH) "
            "said.",
            "United Nations Integrated Office in Haiti",
        ),
    ],
)
def test_a_source_is_named_with_where_it_is(nlp: Language, text: str, source: str) -> None:
    assert claims_of(nlp, text)[-1].said_by == source


def test_an_office_holder_not_yet_named_is_the_person_named_next(nlp: Language) -> None:
    text = (
        "Lebanon's health minister said 51 people were killed and more than 220 injured Wednesday, on the third "
        'day of major Israeli raids across the country. "Since this morning 51 people have been killed and 223 '
        'injured in the various strikes" on the country, Firass Abiad told reporters.'
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Firass Abiad"}


def test_an_office_holder_named_before_stays_theirs(nlp: Language) -> None:
    text = (
        "Firass Abiad, Lebanon's health minister, said 51 people were killed on Wednesday.\n"
        "The minister said 223 people were injured. Hezbollah commander Ali Karaki said 40 fighters had died."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["Firass Abiad", "Firass Abiad", "Ali Karaki"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Afghanistan Disaster Management Authority’s spokesman Mullah Janan Saiq said 2,053 people were dead.",
            "Janan Saiq",
        ),
        ("Gov. Don Carcieri said the number of dead had reached 95 by late Friday afternoon.", "Don Carcieri"),
        (
            "Witness Paul Otukpa said a 14-seater bus was engulfed by the blast, leaving 12 people dead.",
            "Paul Otukpa",
        ),
    ],
)
def test_titles_before_a_name_are_not_the_name(nlp: Language, text: str, person: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == person


def test_put_the_toll_at_is_a_toll_and_the_agency_is_named_not_described(nlp: Language) -> None:
    text = "The U.N. emergency agency OCHA had put the death toll at more than 100 on Saturday."
    (claim,) = claims_of(nlp, text)
    assert (claim.value, claim.qualifier, claim.counts, claim.said_by) == (100, "moreThan", "killed", "OCHA")


def test_a_body_s_report_is_the_body_s_word_and_an_agency_credit_line_relays_it(nlp: Language) -> None:
    text = (
        "AFP, Yaound :\n"
        "Eight people were killed and many more injured in a crush outside a Cameroonian football stadium Monday.\n"
        "“Eight deaths were recorded, two women in their thirties, four men in their thirties, one child,” "
        "according to a preliminary health ministry report obtained by AFP."
    )
    claims = claims_of(nlp, text)
    assert {tuple(c.via) for c in claims} == {("AFP",)}
    assert [c.said_by for c in claims][1:] == ["health ministry"] * 4


def test_government_figures_stay_as_written(nlp: Language) -> None:
    text = "The floods have killed 27 people, according to government figures."
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "government figures"


def test_half_a_dozen_and_dozens_coordinated_with_a_noun(nlp: Language) -> None:
    text = "State news had said earlier there had been “half a dozen deaths and dozens have been injured”."
    claims = claims_of(nlp, text)
    assert [(c.value, c.qualifier, c.counts) for c in claims] == [
        (6, "approximately", "killed"),
        (12, "approximately", "injured"),
    ]


def test_those_aboard_and_those_taken_to_hospital(nlp: Language) -> None:
    text = (
        "Estonian border guards and Finnish officials said 964 people -- 776 passengers and 188 crew -- were "
        "aboard the vessel.\n\nMore than 160 people were taken to area hospitals, and 38 remained there Friday."
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [
        (964, "other:aboard"),
        (776, "other:aboard"),
        (188, "other:aboard"),
        (160, "other:hospitalised"),
    ]


def test_a_name_run_on_to_the_body_a_spokesman_speaks_for(nlp: Language) -> None:
    text = (
        "Snipers killed 16 people, a rebel spokesman said.\n\n"
        "Later a doctor reported government forces were firing at a local hospital.\n\n"
        '"The situation is very serious," said the doctor.\n\n'
        "The official spokesman for the rebel national council Hafiz Ghoga told a news conference in Benghazi that "
        "16 people had been killed in Misrata. He added that six people were killed in a bombardment."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["rebel spokesman", "Hafiz Ghoga", "Hafiz Ghoga"]


def test_another_spokesman_is_no_count(nlp: Language) -> None:
    text = "Abdul Basset, another rebel spokesman, said another civilian was killed in the shelling."
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The toll has risen to 14, with 15 others wounded, Houthi-controlled health authorities reported.",
            "Houthi-controlled health authorities",
        ),
        ("The strikes killed 14 people, the Houthi-run Saba news agency said.", "Saba"),
    ],
)
def test_who_controls_a_body_goes_only_before_its_proper_name(nlp: Language, text: str, source: str) -> None:
    assert claims_of(nlp, text)[0].said_by == source
