"""What a figure is on sentences from real reports beyond the seeds: numbers in words, bounds, statuses, what
is counted, and characterisations (see data/dev for their sources). Who said it is test_extract_news.py's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import claims_of, extract_text


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "low", "high"),
    [
        ("Between 200 and 300 people were killed in the raid, witnesses said.", 200, "range", 200, 300),
        ("About 50-60 people were injured, the hospital said.", 50, "range", 50, 60),
        ("Fewer than 10 people were injured, police said.", 10, "upTo", None, 9),
        ("Up to 40 people may have died, officials said.", 40, "upTo", None, 40),
        ("Tens of thousands of people fled the city.", 10000, "approximately", None, None),
        ("Seventy-six complete skeletons were found in the grave.", 76, "exact", None, None),
    ],
)
def test_numbers_in_real_wording(
    nlp: Language, text: str, value: int, qualifier: str, low: int | None, high: int | None
) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert (claim.qualifier, claim.low, claim.high) == (qualifier, low, high)


@pytest.mark.parametrize(
    ("text", "value", "status"),
    [
        ("The ministry denied the figure of 11,300 dead given by the militia.", 11300, "denied"),
        ("The number of those killed has increased from 30 to 36, the agency said.", 30, "superseded"),
        ("The number of those killed has increased from 30 to 36, the agency said.", 36, "claim"),
        ("Officials warned the death toll could rise to 10,000.", 10000, "projection"),
        ("Earlier reports put the number of the casualties at 74 killed and 343 injured.", 74, "superseded"),
    ],
)
def test_denied_superseded_and_projected_figures(nlp: Language, text: str, value: int, status: str) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.status == status


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("At least 65 people have been killed and 365 more wounded in Israeli strikes.", 365, "injured"),
        ("A previous report said 11,300 were dead.", 11300, "killed"),
        ("Thirty-three people died at the hospital and 10 at the nearby clinic.", 10, "killed"),
        ("The death toll in Nepal has risen to 7,040, an official said on Sunday.", 7040, "killed"),
        (
            "Nineteen people lost their lives in the quake, and 30 people were recovered alive from the rubble.",
            30,
            "other:rescued",
        ),
        ("13,830 people were forced to abandon their homes.", 13830, "displaced"),
        ("Officials said 401 body parts were recovered from the site.", 401, "remains-found"),
        ("Yermak said 116 Ukrainians had been returned.", 116, "released"),
        ("The floods left 3,958 people dead and more than 9,000 still missing.", 3958, "killed"),
        ("The floods left 3,958 people dead and more than 9,000 still missing.", 9000, "missing"),
        ("The remains of 605 people believed to have been killed by ISIL have been exhumed.", 605, "remains-found"),
        ("The bodies of 78 of the victims have been identified, the agency said.", 78, "identified"),
        ("There were 401 people listed as missing.", 401, "missing"),
    ],
)
def test_counts_without_a_plain_counted_noun(nlp: Language, text: str, value: int, counts: str) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.counts == counts


def test_parallel_extraction_gives_the_sameclaims_of(nlp: Language, seed_articles: list) -> None:
    from tallygraph.extract.pipeline import extract_articles

    assert extract_articles(seed_articles, nlp, n_process=2) == extract_articles(seed_articles, nlp, n_process=1)


def test_characterisations_are_attributedclaims_of(nlp: Language) -> None:
    text = (
        "On Sunday, Armenia's Foreign Ministry said \"numerous videos regularly published by Azerbaijani users "
        'on social media demonstrate the war crimes", including extrajudicial killings.\n\n'
        "Baku liberated several cities, villages and settlements over the course of 44 days."
    )
    found = {(c.term, c.said_by) for c in extract_text(nlp, text).characterisations}
    assert ("war crimes", "Armenia's Foreign Ministry") in found
    assert ("extrajudicial killings", "Armenia's Foreign Ministry") in found
    assert ("liberated", "reporter") in found


def test_executed_needs_people(nlp: Language) -> None:
    assert [c.term for c in extract_text(nlp, "The government executed its plan on time.").characterisations] == []
    assert [c.term for c in extract_text(nlp, "They may have been executed by shooting.").characterisations] == [
        "executed"
    ]


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        (
            "At least 320 people were killed or wounded in recent attacks by the paramilitary Rapid Support Forces "
            "(RSF) on Sudan’s city of El Fasher, a local resistance group announced early Sunday.",
            320,
            "other:killed-or-wounded",
        ),
        (
            "The Taliban-run State Ministry for Disaster Management issued new casualty figures on Monday saying at "
            "least 4,000 people were either dead or injured as a result of Saturday’s deadly earthquake.",
            4000,
            "other:killed-or-injured",
        ),
        # Each fate with a figure of its own stays apart.
        (
            "Houthi-run Al Masirah TV said the strikes had damaged houses, killed at least a dozen people and wounded "
            "about a dozen.",
            12,
            "killed",
        ),
    ],
)
def test_one_count_of_two_fates(nlp: Language, text: str, value: int, counts: str) -> None:
    claim = next(c for c in claims_of(nlp, text) if c.value == value)
    assert claim.counts == counts


def test_a_population_returning_to_a_country_is_not_released(nlp: Language) -> None:
    text = (
        "A mass grave containing remains of five people was found during roadworks near Shusha, while another was "
        "found on the Khojaly road, containing the remains of at least seven people, the Azerbaijani State Commission "
        "for Captured, Missing and Hostage Citizens said in a statement.\n\n"
        "It swiftly seized back Karabakh, whose entire population of nearly 120,000 people returned to Armenia after "
        "rejecting a reintegration program Baku offered."
    )
    claim = next(c for c in claims_of(nlp, text) if c.value == 120000)
    assert claim.counts == "displaced"
