"""Rules written after the blind set data/dev/fresh23 was scored on arrival, each on real text from it
(tornadoes, storms and lightning; mass poisonings)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_the_paper_is_the_paper_last_named(nlp: Language) -> None:
    text = (  # poisonings-06 (Newsweek)
        "Twelve relatives ate the noodles, China Daily reported.\n\n"
        'Three younger family members refused the food because of a "strange taste," the paper said.'
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)][-1] == (3, "China Daily")
