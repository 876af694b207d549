"""Counts on real sentences from the blind set data/dev/fresh7 (and, for responders, fresh6 and an AP report
on the 1988 Amigo Store collapse): "the number of X identified so far is N", the exhumed, running totals "from N
identifications to M", "the 13 identified", a singular demonym, rescuers, "two or three"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import claims_of

CMP = (
    "According to data from the CMP, identifications also follow a downward trend, from 118 identifications "
    "in 2017 to 13 in the first four months of 2018. From the 13 identified this year, 12 were Greek Cypriots "
    "and one Turkish Cypriot.\n\n"
    "Thus, the number of Greek Cypriots identified so far is 659, with 851 still missing. There are also 211 "
    "identifications of Turkish Cypriots, with 281 still missing."
)


def test_identifications_and_their_parts_are_each_a_count_of_the_identified(nlp: Language) -> None:
    got = [(c.value, c.counts) for c in claims_of(nlp, CMP)]
    assert got == [
        (118, "identified"),
        (13, "identified"),
        (13, "identified"),
        (12, "identified"),
        (1, "identified"),
        (659, "identified"),
        (851, "missing"),
        (211, "identified"),
        (281, "missing"),
    ]


def test_the_exhumed_are_remains_found_and_years_are_no_counts(nlp: Language) -> None:
    text = (
        "According to the same data, the number of individuals exhumed last year were 49, down from 114 in "
        "2016 and 156 in 2015."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(49, "remains-found"), (114, "remains-found"), (156, "remains-found")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Hundreds of rescuers working through the night removed debris with tractors, a crane and finally "
            "by hand, fearful of further injuring trapped survivors.",
            "other:rescuers",
        ),
        ("More than 110 rescuers were digging with simple tools or bare hands.", "other:rescuers"),  # fresh6
    ],
)
def test_those_who_help_are_counted_as_what_they_are(nlp: Language, text: str, counts: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.counts == counts


def test_two_or_three_is_a_range(nlp: Language) -> None:
    # The shape of the phrase; no sentence of the development sets has it yet.
    (claim,) = claims_of(nlp, "Two or three people were killed in the blast, police said.")
    assert (claim.value, claim.qualifier, claim.low, claim.high) == (2, "range", 2, 3)


def test_a_quotation_over_two_sentences_is_the_speakers_even_when_the_next_one_opens(nlp: Language) -> None:
    # The parser ends the second sentence with the quotation mark that opens the third.
    text = (
        '"The bandits killed 11 people in Dantakuri. One person was killed and another injured in nearby Barza," '
        'Abbas said. "In all, we lost 12 people in the attacks which began around 5:00 pm (1600GMT) on Sunday," '
        "he said."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(11, "killed", "Abbas"), (1, "killed", "Abbas"), (1, "injured", "Abbas"), (12, "killed", "Abbas")]


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        (
            '"I can confirm the killing of four people in Tsayau but we are awaiting reports from the other '
            'areas," Gezawa said.',
            4,
            "killed",
        ),
        (
            '"They came around 12:30 am and took away six people and several of our livestock," local Haruna '
            "Ibrahim said.",
            6,
            "captured",
        ),
        (
            "MEXICO CITY (AP) – Investigators said Thursday they found 166 skulls in clandestine burial pits in "
            "the state of Veracruz, one of the largest mass graves ever discovered in Mexico.",
            166,
            "remains-found",
        ),
        (
            "In the meantime, the mayor of Tarhouna Mohammed Al-Kesher said the total of recovered bodies from mass "
            "graves since July 2020 had exceeded 340 ones.",
            340,
            "remains-found",
        ),
    ],
)
def test_what_is_counted(nlp: Language, text: str, value: int, counts: str) -> None:
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(value, counts)]


def test_ones_stands_for_the_people_counted_before_it(nlp: Language) -> None:
    text = (
        "So far, 80 mass graves have been found in Tarhouna, where 232 bodies – only 65 ones identified – have "
        "been recovered, according to the Authority, which added that the identification is made through DNA tests."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(232, "remains-found"), (65, "identified")]


def test_a_body_taken_away_is_no_captive(nlp: Language) -> None:
    text = (  # data/dev/fresh6, accidents-05
        "“Eight deaths were recorded, two women in their thirties, four men in their thirties, one child, one body "
        "taken away by the family,” according to a preliminary health ministry report obtained by AFP."
    )
    body = next(c for c in claims_of(nlp, text) if c.quote.startswith("one body"))
    assert body.counts == "killed"


def test_a_described_group_is_the_group_named_before_and_unowned_reports_are_its_own(nlp: Language) -> None:
    text = (  # data/dev/fresh7, attacks-03 (TRT World)
        'The human rights group said it "believes that the death toll is significantly higher" and was still '
        "investigating.\n\n"
        "At least 143 demonstrators were killed across Iran since leaders ordered security forces to stamp out "
        "protests that followed fuel price increases on November 15, Amnesty International said on Monday.\n\n"
        '"According to credible reports ... those killed include at least 143 people," said the London-based '
        'rights group. "The deaths have resulted almost entirely from the use of firearms."'
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(143, "Amnesty International", []), (143, "Amnesty International", [])]


def test_a_ministry_described_again_stays_that_ministry(nlp: Language) -> None:
    text = (  # data/dev/fresh6, mideast-02: a named group before does not take over "the health ministry"
        "Hezbollah earlier said it had fired a ballistic missile that reached the central Israeli city of Tel Aviv "
        "for the first time before being intercepted. The health ministry said the Israeli strike on the village "
        "of Joun in the Chouf mountains, southeast of Beirut, killed four people. Nine people were killed in "
        "Israeli strikes in the south and seven in eastern Lebanon, the ministry said."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"health ministry"}


def test_an_agency_alone_on_a_line_above_the_dateline_relays_the_story(nlp: Language) -> None:
    text = (  # data/dev/fresh7, attacks-06 (McClatchy DC)
        "The Associated Press\nKABUL, Afghanistan\n\n"
        "Officials originally set the death toll at 30 for the March 8 attack. But Gen. Helaludin Helal, the deputy "
        "defense minister and head of the team investigating the attack and its aftermath, released the new number "
        "in a press conference Wednesday.\n\n"
        "The attack was claimed by the Islamic State group. Helal said there were five attackers in total: one "
        "suicide bomber who detonated an explosive belt and four gunmen who stormed the building."
    )
    got = [(c.value, c.counts, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [
        (30, "killed", "Officials", ["Associated Press"]),
        (5, "other:attackers", "Helaludin Helal", ["Associated Press"]),
        (1, "other:attackers", "Helaludin Helal", ["Associated Press"]),
        (4, "other:attackers", "Helaludin Helal", ["Associated Press"]),
    ]


def test_a_grave_that_could_hold_bodies_and_a_verb_parsed_as_subject(nlp: Language) -> None:
    text = (  # data/dev/fresh7, graves-01 (Balkan Insight)
        "The area near Rudnica was first probed in 2010, after the Serbian war crimes prosecution, in cooperation "
        "with the EU rule-of-law mission in Kosovo, announced that there could be a mass grave in Raska containing "
        "the bodies of at least 250 Albanians, although nothing was found until last year."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.counts, claim.said_by) == ("other:buried", "reporter")


def test_the_one_told_after_a_comma_is_no_inverted_speaker(nlp: Language) -> None:
    text = (  # data/dev/fresh5, asia-03 (EFE copy)
        'A clandestine grave containing eight bodies "in a very advanced state of decomposition" was found in El '
        "Testarazo, a town in the western Mexican state of Nayarit, the president of the Familias Unidas "
        "organization, Santiago Perez, told EFE Tuesday."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.said_by, claim.via) == ("Santiago Perez", ["EFE"])


def test_a_total_number_of_arrests_counts_people(nlp: Language) -> None:
    text = (  # data/dev/fresh7, attacks-05 (Anadolu copy)
        "Seventeen criminal cases were opened following alleged attacks on law enforcement and more than 2,000 more "
        "people were detained during the manifestations over the past day, pushing the total number of arrests to "
        "over 5,000."
    )
    got = [(c.value, c.qualifier, c.counts) for c in claims_of(nlp, text)]
    assert got == [(2000, "moreThan", "other:detained"), (5000, "moreThan", "other:arrested")]


def test_a_described_group_of_officials_run_into_the_phrase_before_is_kept_whole(nlp: Language) -> None:
    text = (  # data/dev/fresh5, asia-04 (AP copy)
        "A car bomb exploded outside a Baghdad police station Sunday in the deadliest of a pair of attacks that "
        "killed six people in the Iraqi capital, security and hospital officials said."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.said_by == "security and hospital officials"


def test_a_speaker_after_the_statement_with_a_title_of_a_body_and_a_rank(nlp: Language) -> None:
    # An AFP report on the 2013 West, Texas fertiliser blast (brecorder.com) and an RFE/RL report (2004).
    text = (
        "Approximately 200 other people were injured in Wednesday's blast in this small town outside Waco, Jason "
        "Reyes, a spokesman for the Texas Department of Public Safety, told a news conference.\n\n"
        "A U.S. military source, Master Sergeant Ann Bennett, said today that seven children, two Afghan soldiers, "
        "and one U.S. soldier were wounded when a suicide bomber detonated a grenade during the fighting."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["Jason Reyes", "Ann Bennett", "Ann Bennett", "Ann Bennett"]
