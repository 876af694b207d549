"""Rules written after the blind set data/dev/fresh17 was scored on arrival, each on real text from it
(tribal, ethnic and sectarian clashes; sieges and evacuations)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claims_of


def test_a_dateline_credit_without_its_date() -> None:
    # sieges-03 (CNN Philippines)
    lead = "Metro Manila (CNN Philippines, June 5) — At least 500 civilians are still trapped, the military said."
    assert byline_agency(lead) == "CNN Philippines"


def test_ranges_under_as_many_as_and_death_cases(nlp: Language) -> None:
    text = (  # clashes-02 (The Telegraph India)
        "As many as 28 to 30 people are confirmed to have been killed in Manipur since violence broke out in the "
        "state on Wednesday, Kuldip Singh, the new security adviser to the chief minister, said on Saturday.\n\n"
        "“Confirmed death cases are 28 to 30."
    )
    got = [(c.value, c.qualifier, c.low, c.high, c.counts) for c in claims_of(nlp, text)]
    assert got == [(28, "range", 28, 30, "killed"), (28, "range", 28, 30, "killed")]


def test_a_number_revised_down_to(nlp: Language) -> None:
    text = (  # clashes-03 (The Nepal Weekly citing ABC)
        "Earlier, the Police had reported that at least 53 people had died, before revising their number down to "
        "26, the ABC said."
    )
    got = [(c.value, c.status, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(53, "superseded", "killed", "Police"), (26, "claim", "killed", "Police")]


def test_a_papers_own_dateline_relays_nothing(nlp: Language) -> None:
    text = (  # sieges-03 (CNN Philippines)
        "Metro Manila (CNN Philippines, June 5) — At least 500 civilians are still trapped in ground zero of the "
        "Marawi crisis, the military said on Monday."
    )
    assert [(c.value, c.via) for c in claims_of(nlp, text, publisher="CNN Philippines")] == [(500, [])]
    # a news agency's own dateline still credits its wire (fresh12 crowds-03, ANTARA), spelt as the agency spells
    # itself
    text = (
        "Malang, E Java (ANTARA) - The National Police have denied a Supporter Arema report that the death toll "
        "from the October 1, 2022, stampede at Kanjuruhan Stadium in East Java's Malang District has exceeded 125."
    )
    assert [(c.value, c.via) for c in claims_of(nlp, text, publisher="ANTARA")] == [(125, ["Antara"])]
