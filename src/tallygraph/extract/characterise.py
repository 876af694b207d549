"""Characterising words ("genocide", "war crimes", "liberated", "occupied") as claims of their own.

The graph never uses such words in its own labels: it records who calls what
by which name, with the words' quote, like any other claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from tallygraph.extract.counted import is_person_noun
from tallygraph.lexicon import lexicon

__all__ = ["Mention", "characterisations_in"]


@dataclass(frozen=True)
class Mention:
    """A characterising word in a sentence: the term, the token span of what it names, its head."""

    term: str
    start: int  # token index (doc) of the quoted span
    end: int
    head: int  # token the attribution is looked up for


@cache
def _phrases() -> dict[tuple[str, ...], str]:
    terms: dict[str, str] = lexicon()["characterisations"]
    return {tuple(k.split()): v for k, v in terms.items()}


def _noun_span(noun: Token) -> tuple[int, int]:
    """The noun with its modifiers and a short "of ..." tail ("the liberated city of Khojaly")."""
    start = min([noun.i, *[c.left_edge.i for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]])
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "against") and child.right_edge.i - noun.i <= 6:
            end = child.right_edge.i + 1
    return start, end


def _target(tok: Token, first: int) -> tuple[int, int] | None:
    if tok.pos_ in ("NOUN", "PROPN"):
        start, end = _noun_span(tok)
        return min(start, first), end
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):  # "liberated areas"
        return _noun_span(tok.head)
    if tok.pos_ == "VERB":
        if tok.lemma_.lower() == "execute":
            people = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
            if not people and tok.dep_ == "amod":
                people = [tok.head]
            ok = any(is_person_noun(p) or p.lower_ in ("they", "he", "she", "them", "him", "her") for p in people)
            if not ok:
                return None
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        end = max([tok.i + 1, *[min(o.right_edge.i + 1, tok.i + 9) for o in objects if o.i > tok.i]])
        start = min([tok.i, *[o.left_edge.i for o in objects if o.i < tok.i]])
        return start, end
    return None


def characterisations_in(sent: Span) -> list[Mention]:
    """Every characterising word of a sentence with the span of what it names."""
    doc = sent.doc
    out: list[Mention] = []
    phrases = _phrases()
    lows = [t.lower_ for t in sent]  # one pass over the tokens, not one per n-gram
    base = sent.start
    i = sent.start
    while i < sent.end:
        for n in (3, 2, 1):
            words = tuple(lows[i - base : i - base + n])
            if i + n <= sent.end and words in phrases:
                head = doc[i + n - 1]
                span = _target(head, i)
                if span is not None:
                    out.append(Mention(phrases[words], span[0], span[1], head.i))
                i += n
                break
        else:
            i += 1
    return out
