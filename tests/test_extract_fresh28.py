"""Rules written after the blind set data/dev/fresh28 was scored on arrival, each on real text from it
(train crashes; piracy and attacks at sea)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.naming import clean_name

from .conftest import claims_of


def test_a_page_time_stamp_and_a_possessor_are_no_part_of_a_name() -> None:
    # trains-02 (Trend carrying Xinhua), trains-04 (Alsiasi carrying CNA)
    stamped = (
        "Other News Materials 25 July 2011 16:56 (UTC +04:00) Local officials in eastern China's Zheijian Province"
    )
    assert clean_name(stamped) == "Local officials in eastern China's Zheijian Province"
    assert clean_name("the country's Central News Agency") == "Central News Agency"
    assert clean_name("the coastal enclave's health ministry") == "health ministry"


def test_a_commodore_is_a_title(nlp: Language) -> None:
    text = (  # piracy-02 (PortNews carrying Reuters)
        '"An oil servicing company was attacked by gunmen. We lost two of our men and four expatriates were '
        'abducted," Navy spokesman Commodore Kabir Aliyu said.'
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Kabir Aliyu"}
