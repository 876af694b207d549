"""The ``other:`` label of a count of people that nothing else describes: its noun, in the plural, or what
the lexicon says such people are counted as ("65 passengers" are those aboard)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.counted import is_person_noun
from tallygraph.extract.figure import Figure
from tallygraph.extract.measures import cue_measure
from tallygraph.lexicon import lexicon

__all__ = ["bodies_of_the_dead", "identified_or", "noun_label", "population_of", "rescued_survivors"]

_IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}


def noun_label(noun: Token) -> str:
    """The counted noun as an ``other:`` label, always in the plural: "one case" and "20 cases" are both
    ``other:cases``, one category."""
    lemma = noun.lemma_.lower()
    labels = lexicon()["noun_labels"]  # "65 passengers", "six crew members": those aboard
    named = next(
        (labels[w] for w in (lemma, *(c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound")) if w in labels),
        None,
    )
    if named is not None:
        return named
    if noun.tag_ in ("NNS", "NNPS") or (noun.ent_type_ == "NORP" and noun.lower_.endswith(("ch", "sh", "ese", "ss"))):
        return noun.lower_  # ("nine French", "two Swiss": a people's name, the same in the plural)
    if lemma in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lemma]
    if not lemma.isalpha() or lemma.endswith("s"):
        return lemma
    if lemma.endswith(("x", "ch", "sh")):
        return f"{lemma}es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return f"{lemma[:-1]}ies"
    return f"{lemma}s"


def bodies_of_the_dead(noun: Token) -> bool:
    """Bodies counted where the dead are brought, seen or kept ("18 bodies had been brought to the morgue",
    "he counted 18 bodies lying on the ground", "there were 30 bodies"): a count of the dead, not of remains
    found."""
    if noun.lemma_.lower() not in ("body", "corpse"):
        return False
    verbs = lexicon()["dead_body_verbs"]
    # "the 1,375 bodies the mortuary received in May": the verb of a clause of its own, whose subject is another
    # (not "The bodies of the two persons -- whose identities have yet to be established --")
    if any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in verbs
        and c.lemma_.lower() not in ("be", "have")
        and any(s.dep_ == "nsubj" for s in c.children)
        and not any(d.dep_ == "dobj" or d.tag_ == "WP$" for d in c.subtree)
        for c in noun.children
    ):
        return True
    whole = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if whole is not None and whole.head.lemma_.lower() in ("total", "number"):
        noun = whole.head  # "AIIMS had received a total of 162 bodies"
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma == "be":
        # "there were 30 bodies"; "While bodies of four persons are in a hospital near the site"
        there = any(c.dep_ == "expl" for c in verb.children)
        return there or (
            noun.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children)
        )
    # "18 bodies lying", "32 more bodies remaining inside the vehicle"
    lying = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("lie", "remain")]
    if any(c.dep_ in ("acomp", "oprd") for c in verb.children):
        return False  # "the bodies of the two tour guides remain missing": what is said of them counts
    return lemma in verbs or bool(lying)


def population_of(sent: Span, noun: Token, previous: list[Figure]) -> str:
    """Who a figure counts, as the text says it: the counted noun with its modifiers ("Azerbaijani servicemen",
    "prisoners of war", "troops and civilians"); "people" for remains; for "others", those of the figure before."""
    lemma = noun.lemma_.lower()
    if lemma in ("remains", "body", "corpse", "skeleton"):
        return "people"
    if lemma == "other" and previous:
        return previous[-1].population
    left = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN", "NOUN")]
    words = [*left, noun]
    start = min(t.i for t in words)
    end = noun.i + 1
    # "prisoners of war", "troops and civilians" (a conjunct with no number of its own).
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and lemma in ("prisoner",):
            end = child.right_edge.i + 1
        if child.dep_ == "conj" and not any(c.like_num for c in child.lefts) and is_person_noun(child):
            end = child.i + 1
    return sent.doc[start:end].text


def rescued_survivors(noun: Token) -> bool:
    """ "rescuers retrieved 32 survivors", "177 survivors were pulled from the river", "the two survivors found
    today": survivors someone got out."""
    verbs = [noun.head] if noun.dep_ in ("dobj", "nsubjpass") else []
    verbs += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return any(v.pos_ == "VERB" and v.lemma_.lower() in lexicon()["rescuing_verbs"] for v in verbs)


def identified_or(remains: Token, measure: str) -> str:
    """ "the bodies of 78 of the victims have been identified": identification, not the find."""
    governor = remains.head
    if remains.dep_ in ("nsubjpass", "nsubj", "dobj") and governor.lemma_.lower() == "identify":
        return "identified"
    if remains.dep_ in ("nsubjpass", "dobj") and cue_measure(governor, remains) == "missing":
        return "missing"  # "The bodies of two victims were never recovered"
    if bodies_of_the_dead(remains):
        return "killed"  # "bodies of 13 soldiers and nine wounded in the attack were brought to his hospital"
    return measure
