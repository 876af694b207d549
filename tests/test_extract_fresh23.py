"""Rules written after the blind set data/dev/fresh23 was scored on arrival, each on real text from it
(tornadoes, storms and lightning; mass poisonings)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claims_of


def test_the_paper_is_the_paper_last_named(nlp: Language) -> None:
    text = (  # poisonings-06 (Newsweek)
        "Twelve relatives ate the noodles, China Daily reported.\n\n"
        'Three younger family members refused the food because of a "strange taste," the paper said.'
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)][-1] == (3, "China Daily")


def test_more_wire_credits_above_the_story() -> None:
    # tornadoes-02 (The Himalayan Times carrying AFP), tornadoes-06 (China Daily carrying Xinhua)
    afp = "Bangla tornado kills 35, injures over 700\n\nAgence France Presse\n\nDhaka, March 21:\n\nAt least 35 died."
    assert byline_agency(afp) == "Agence France Presse"
    xinhua = "China / Society\nChinese tornado, hailstorm death toll hits 99\n(Xinhua) Updated: 2016-06-26 15:41\n"
    assert byline_agency(xinhua) == "Xinhua"
    # worship-05 (UPI): a dateline of a date alone; but a place in the brackets credits nobody (fresh17 clashes-01)
    assert byline_agency("April 22 (UPI) — The death toll rose to 290 on Monday, police said.") == "UPI"
    assert byline_agency("July 31, 2007 (KHARTOUM) — At least 34 people have been killed.") is None
