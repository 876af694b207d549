"""Numbers that only compare a count with itself at another time: "154 murders were committed last year, down from
495 the year before", "slightly higher than the 4,704 recorded in May and June of last year", "the number of
femicide cases has been growing from 20 in 2016 to a peak of 95 in 2018", "this year's figure compares with 1,172
last year". Such a number counts what the count it is compared with counts."""

from __future__ import annotations

from spacy.tokens import Token

from tallygraph.extract.counted import is_person_noun
from tallygraph.extract.figure import Figure
from tallygraph.extract.measures import measure_word
from tallygraph.extract.numbers import NumberMention
from tallygraph.extract.tolls import TOTAL_WORDS
from tallygraph.lexicon import lexicon

__all__ = ["compared_figure"]

_COMPARATIVES = frozenset({"higher", "lower", "more", "fewer", "less", "up", "down", "above", "below"})
_FIGURE_WORDS = frozenset({*TOTAL_WORDS, "toll"})


def _trend_verb(tok: Token) -> Token | None:
    """The verb of a moving count that ``tok``, the object of "from" or "to", hangs on, through "down"/"up"."""
    head = tok.head.head
    if head.lower_ in ("down", "up") and head.dep_ in ("advmod", "prt", "conj", "advcl"):
        return head  # "..., down from 495 the year before": the count itself fell
    if head.pos_ in ("VERB", "NOUN") and head.lemma_.lower() in lexicon()["trend_verbs"]:
        return head
    return None


def _number_of(verb: Token, any_of: bool = False) -> Token | None:
    """ "the number of femicide cases has been growing": who the moving number counts. ``any_of``: whatever
    subject has an "of" ("the tally of the dead rose to 12"), or the verb describes a number ("with the number of
    men who died rising by 113 to 805")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any_of and verb.dep_ == "acl":
        subjects.append(verb.head)
    for subj in subjects:
        if subj.lemma_.lower() in _FIGURE_WORDS or any_of:
            return next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)
    return None


def compared_figure(
    tok: Token, num: NumberMention, same_sentence: list[Figure], earlier: Figure | None, people: frozenset[str]
) -> Figure | None:
    """The figure a bare number in a comparison stands for, counted as the count it is compared with: the last
    figure of the sentence, or, when the sentence has none, the people "the number of" its subject counts."""
    if tok.dep_ != "pobj":
        return None
    prep = tok.head.lower_
    if prep == "than":
        moved = tok.head.head if tok.head.head.lower_ in _COMPARATIVES else None
    elif prep in ("from", "with"):
        moved = _trend_verb(tok)
    elif prep == "to":
        # "That number rose to 13 in 2012 and doubled to 26 last year"; but what "the number of missing" climbs to
        # is told by the rules of tolls, which read what the number is of
        moved = _trend_verb(tok)
        if moved is not None and (moved.pos_ != "VERB" or _number_of(moved, any_of=True) is not None):
            return None
    else:
        return None
    if moved is None:
        return None
    if same_sentence and same_sentence[-1].measure in people:
        last = same_sentence[-1]
        return Figure(num, None, False, last.measure, last.population, num.first, num.end)
    counted = _number_of(moved) if moved.pos_ == "VERB" else None
    if counted is not None:
        # ("the number of femicide cases": what the cases are of)
        kinds = [measure_word(c) for c in counted.children if c.dep_ in ("compound", "amod")]
        measure = measure_word(counted) or next((k for k in kinds if k in people), None)
        if measure in people:
            return Figure(num, None, False, measure, counted.text.lower(), num.first, num.end)
        if is_person_noun(counted):
            return Figure(num, None, False, "other:" + counted.lemma_.lower(), counted.text.lower(), num.first, num.end)
    compared = moved.lemma_.lower() == "compare" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _FIGURE_WORDS for c in moved.children
    )
    if compared and earlier is not None and earlier.measure in people:
        # "The group said this year's figure compares with 1,172 last year": the figure of the sentence before
        return Figure(num, None, False, earlier.measure, earlier.population, num.first, num.end)
    return None
