"""Rules written in the session that brought data/dev/fresh86 to fresh89, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_body_presenting_its_version_gives_the_figures_that_follow(nlp: Language) -> None:
    text = (  # fresh83 centralasia-06
        "The Prosecutor General’s Office presented its version of events. As a result of riots in Nukus, 243 "
        "people were injured, including 38 law enforcement officers; 18 people died as a result of their "
        "injuries; 516 people were detained.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("243 people", "38 law enforcement officers", "18 people", "516 people"):
        assert _claim(claims, quote).said_by == "Prosecutor General's Office"
