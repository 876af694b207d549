"""What a figure counts when its own words say so, even where a toll or a list nearby says otherwise. Each
rule is tested on the real sentence it was written for (data/dev sets fresh5, fresh9, fresh10, fresh12)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def _counts(nlp: Language, text: str) -> list[tuple[int, str]]:
    return [(c.value, c.counts) for c in claims_of(nlp, text)]


def test_dozens_of_missing_people_are_missing(nlp: Language) -> None:
    text = (  # fresh5 asia-01 (Reuters)
        "BEIJING (Reuters) - The death toll from a landslide in China's Yunnan province rose to 11 on Tuesday as "
        "rescue workers battled freezing temperatures and snow to locate dozens of missing people."
    )
    assert _counts(nlp, text) == [(11, "killed"), (12, "missing")]


def test_vague_numbers_still_count_things_and_survive_a_dateline(nlp: Language) -> None:
    # fresh2 (topnews, on Cyclone Phyan): poles are not people
    text = "Power supply was also hit as hundreds of electric poles were uprooted or blown away."
    assert _counts(nlp, text) == []
    text = (  # fresh10 wildfires-05: "Dozens" sits in a date entity after the dateline
        "Tuesday, July 02, 2024 - Dozens of worshippers have been crushed to death at a Hindu religious gathering "
        "in northern India, government medics have said."
    )
    assert _counts(nlp, text) == [(12, "killed")]


def test_a_second_subject_takes_the_shared_predicate(nlp: Language) -> None:
    text = (  # fresh9 shipwrecks-02
        "At least 79 migrants drowned early on Wednesday and hundreds more were missing and likely dead after "
        "their overloaded boat capsized and sank in open seas off Greece, in one of Europe’s deadliest shipping "
        "disasters in recent years."
    )
    assert _counts(nlp, text) == [(79, "killed"), (100, "missing")]


def test_estimates_of_the_number_of_missing(nlp: Language) -> None:
    text = (  # fresh12 collapses-01
        "The previous death toll was 30 and estimates of the number of missing had been as high as 600."
    )
    got = [(c.value, c.counts, c.status) for c in claims_of(nlp, text)]
    assert got == [(30, "killed", "superseded"), (600, "missing", "superseded")]


def test_a_count_that_goes_on_place_by_place(nlp: Language) -> None:
    # fresh15 aidworkers-06: "three" is parsed as in apposition to "Gaza"
    text = "Of these, 13 were killed by Israeli fire in Gaza, three in Lebanon, and one in Israel by Hamas."
    assert _counts(nlp, text) == [(13, "killed"), (3, "killed"), (1, "killed")]
