"""A count of cases that goes on by grade without its noun: "21 confirmed cases of Ebola, 21 probable and four
suspected"."""

from __future__ import annotations

from spacy.tokens import Span

from tallygraph.extract.figure import Figure
from tallygraph.extract.numbers import NumberMention
from tallygraph.lexicon import lexicon

__all__ = ["graded_item"]


def graded_item(sent: Span, num: NumberMention, same_sentence: list[Figure]) -> Figure | None:
    """A number followed only by a grade of certainty ("21 probable"), after a figure of the same sentence whose noun
    is graded too ("21 confirmed cases"): counted as that figure."""
    grades = set(lexicon()["case_grades"])
    doc = sent.doc
    if num.end + 1 > sent.end or doc[num.end].lower_ not in grades:
        return None
    after = doc[num.end + 1] if num.end + 1 < sent.end else None
    if after is not None and not (after.is_punct or after.lower_ in ("and", "or")):
        return None  # ("21 suspected cases" has its noun)
    for last in reversed(same_sentence):
        words = doc[last.number.end : last.noun.i] if last.noun is not None else []
        if any(t.lower_ in grades for t in words):
            return Figure(num, None, False, last.measure, last.population, num.first, num.end + 1)
    return None
