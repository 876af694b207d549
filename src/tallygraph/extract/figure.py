"""A number that counts people, as the extractor found it in a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tallygraph.extract.numbers import NumberMention

__all__ = ["Figure", "counted_with_of"]


@dataclass
class Figure:
    """A number that counts people: what it counts and the span that shows it."""

    number: NumberMention
    noun: Token | None
    partitive: bool
    measure: str
    population: str
    span_start: int  # token index (doc)
    span_end: int
    status: str = "claim"


def counted_with_of(num: NumberMention, noun: Token) -> bool:
    """ "dozens of worshippers", "hundreds of electric poles": the number's own "of" names what it counts."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == num.end - 1
