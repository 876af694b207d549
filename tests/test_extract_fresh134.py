"""Rules from the sets of the session that added fresh134 to fresh137 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_few_activists_closing_the_sentence_speak_and_are_not_counted(nlp: Language) -> None:
    text = (  # fresh125 ghanatogo-06 (Reuters, northern Togo)
        "LOME (Reuters) -Armed men killed at least 12 civilians in overnight raids on villages in northern Togo, "
        "where Islamist militants have staged several recent attacks, two local activists and a medical source "
        "said on Friday.\n"
    )
    claims = claims_of(nlp, text)
    assert [c.value for c in claims] == [12]
    assert claims[0].said_by == "local activists and a medical source"


def test_a_post_with_its_remit_in_brackets_names_its_holder(nlp: Language) -> None:
    text = (  # fresh125 manipur-08 (Sairang bridge collapse)
        "Mizoram IGP (Law and Order) Lalbiakthanga Khiangte said that 23 people were believed to be killed in the "
        "bridge collapse.\n\n"
        "He said that 26 workers were present when the bridge over Kurung river at zero point in Sairang, Mizoram "
        "collapsed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "23 people").said_by == "Lalbiakthanga Khiangte"
    assert _claim(claims, "26 workers").said_by == "Lalbiakthanga Khiangte"
