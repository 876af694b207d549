"""How many live in a place: "a city of 600,000 people", "Afghanistan's 38 million people", "home to 23,000
people", "where about 220,000 people live", "a population of 100,000". Such a number counts no one harmed;
it is recorded as ``other:population``, so that no cue elsewhere in the sentence makes it a toll."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.figure import Figure
from tallygraph.extract.measures import cue_measure
from tallygraph.extract.numbers import NumberMention
from tallygraph.lexicon import lexicon

__all__ = ["POPULATION", "population_figure", "population_measure"]

POPULATION = "other:population"


def _settlement(tok: Token) -> bool:
    return tok.lemma_.lower() in lexicon()["settlement_nouns"]


def population_measure(noun: Token) -> str | None:
    """``other:population`` when a counted noun of people ("people", "residents", "inhabitants") is how many
    live somewhere; None otherwise."""
    if noun.lemma_.lower() not in lexicon()["inhabitant_nouns"]:
        return None
    if any(c.dep_ in ("amod", "compound") and cue_measure(c, None) is not None for c in noun.children):
        return None  # "a camp home to around 200,000 displaced people": what they are is said
    head = noun.head
    # "a city of 600,000 people", "his city of about 2,800 residents"
    if noun.dep_ == "pobj" and head.lower_ == "of" and _settlement(head.head):
        return POPULATION
    # "home to 23,000 people"
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "home":
        return POPULATION
    # "where about 220,000 people live", "Some 80,000 people lived in Nyanzale town"
    if noun.dep_ == "nsubj" and head.lemma_.lower() in ("live", "inhabit"):
        return POPULATION
    # "Afghanistan's 38 million people", "Ethiopia's 70 million inhabitants": a place's people, unless what
    # befell them is said ("Gaza's 2 million people were displaced")
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.ent_type_ in ("GPE", "LOC") and _unharmed(noun):
        return POPULATION
    return None


def _unharmed(noun: Token) -> bool:
    measure = cue_measure(noun.head, noun) if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    return measure is None or measure.startswith("other:")


def population_figure(sent: Span, num: NumberMention) -> Figure | None:
    """A population with no counted noun: "a population of 100,000", "a country of four million", "the town of
    7,000", "Madagascar's 22 million population", "population 4,100"."""
    doc = sent.doc
    tok = doc[num.end - 1]
    after = doc[num.end] if num.end < sent.end else None
    if after is not None and after.lemma_.lower() == "population" and tok.head == after:
        start = min(num.first, after.left_edge.i)
        return Figure(num, None, False, POPULATION, "people", start, after.i + 1)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        owner = tok.head.head
        if owner.lemma_.lower() == "population" or _settlement(owner):
            start = max(sent.start, owner.left_edge.i if num.first - owner.left_edge.i <= 6 else owner.i)
            # "a displaced population of 1.2 million": what they are
            said = [m for c in owner.children if c.dep_ in ("amod", "compound") and (m := cue_measure(c, None))]
            return Figure(num, None, False, said[0] if said else POPULATION, "people", start, num.end)
    before = doc[num.first - 1] if num.first > sent.start else None
    if before is not None and before.lemma_.lower() == "population" and tok.head == before:
        return Figure(num, None, False, POPULATION, "people", before.i, num.end)
    return None
