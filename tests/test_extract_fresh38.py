"""Rules written in the session that brought data/dev/fresh38 to fresh41, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_an_outlet_reporting_on_its_own_page_relays_nobody(nlp: Language) -> None:
    text = (  # fresh24 aviation-04, on arynews.tv
        "KARACHI: The death toll from the crash of a Pakistan International Airlines (PIA) aircraft, PK-8303, with "
        "more than 90 passengers on board and eight crew members has risen to 35, ARY News reported on Friday.\n\n"
        "Six injured persons are currently receiving treatment in Jinnah and two in Civil Hospital’s Burns Ward.\n\n"
        "Sindh health minister Dr Azra Pechuho said that three passengers have been rescued alive."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text, publisher="ARY News")]
    assert got[:2] == [(90, "ARY News", []), (8, "ARY News", [])]
    assert (6, "reporter", []) in got
    assert (3, "Azra Pechuho", []) in got
    # on another outlet's page the same lead relays the whole article
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text, publisher="Dawn")]
    assert (6, "reporter", ["Dawn", "ARY News"]) in got
