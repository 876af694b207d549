"""A number that counts people, as the extractor found it in a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tallygraph.extract.numbers import NumberMention

__all__ = ["Figure"]


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
