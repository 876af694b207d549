"""Rules written after the blind set data/dev/fresh13 was scored on arrival, each on a real sentence from it
(air, drone and artillery strikes; migrants dying on land routes)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.naming import clean_name

from .conftest import claims_of


def test_dozens_counted_in_dozens(nlp: Language) -> None:
    text = (  # migrants-05 (The Hitavada)
        "A FIRE in a dormitory at a Mexican immigration detention centre near the US border left more than three "
        "dozen migrants dead, a Government agency said Tuesday."
    )
    got = [(c.value, c.qualifier, c.low, c.counts) for c in claims_of(nlp, text)]
    assert got == [(36, "moreThan", 37, "killed")]
    text = "Dozens of people were killed, officials said."  # a vague "dozens" stays what it was
    assert [(c.value, c.qualifier) for c in claims_of(nlp, text)] == [(12, "approximately")]


def test_what_a_monitor_is_is_not_its_name() -> None:
    # strikes-04 (Ghanaian Times)
    assert clean_name("Syrian Observatory for Human Rights monitoring group") == "Syrian Observatory for Human Rights"
    assert clean_name("the Britain-based war monitor") == "Britain-based war monitor"  # no name left without it
    # strikes-03 (a Reuters story): an abbreviation inside a joint source is an alias too
    assert (
        clean_name("Chin Human Rights Organisation (CHRO) and the Chin National Front")
        == "Chin Human Rights Organisation and the Chin National Front"
    )


def test_the_observatory_named_in_full_first(nlp: Language) -> None:
    text = (  # strikes-04 (Ghanaian Times)
        "The Syrian Observatory for Human Rights monitoring group reported that it was the deadliest Russian "
        "attack this year. Another two people were killed in an air strike near Idlib city, it said.\n\n"
        "The Syrian Observatory said a total of six civilians had been killed in drone and artillery attacks by "
        "jihadist and rebel groups since Wednesday."
    )
    got = [(c.value, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(2, "Syrian Observatory for Human Rights"), (6, "Syrian Observatory for Human Rights")]
