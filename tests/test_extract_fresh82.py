"""Rules written in the session that brought data/dev/fresh82 to fresh85, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_breakdown_opened_by_of_those_killed_is_the_tolls_sources(nlp: Language) -> None:
    text = (  # fresh80 pacific-10
        "The National Disaster Management office said in a report that 14 people had been confirmed dead and 200 "
        "treated for injuries, with the numbers expected to increase.\n\n"
        "Of those killed, six died in a landslide, four at the Vila Central Hospital and four in the Billabong "
        "building, which collapsed in downtown Port Vila.\n"
    )
    claims = claims_of(nlp, text)
    landslide = _claim(claims, "six died")
    assert (landslide.counts, landslide.said_by) == ("killed", "National Disaster Management office")
    assert landslide.part_of is not None and "14 people" in landslide.part_of
    assert [c.said_by for c in claims if c.value == 4] == ["National Disaster Management office"] * 2


def test_among_those_detained_continues_the_reports_figures(nlp: Language) -> None:
    text = (  # fresh34 journalists-03
        "The report also highlights that 180 journalists have been abducted by Israeli authorities since October "
        "2023, including 17 female journalists who have since been released, the Palestinian Journalists’ "
        "Syndicate said.\n"
        "Among those detained, 42 journalists have been placed under administrative detention, while 48 remain "
        "imprisoned across the occupation's prisons.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("42 journalists", "48 remain"):
        assert _claim(claims, quote).said_by == "Palestinian Journalists' Syndicate"


def test_a_breakdown_of_a_total_it_names_is_not_tied_to_the_last_source(nlp: Language) -> None:
    text = (  # fresh78 israel-01
        "This week the Israel Antiquities Authority said archaeologists who joined efforts to identify victims "
        "had uncovered the remains of at least 10 people in houses burned during the grisly onslaught.\n\n"
        "Of the 1200 deaths, 318 are military soldiers died during the Hamas attack on October 7, apart from 59 "
        "policemen.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "59 policemen").said_by == "reporter"
