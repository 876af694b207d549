"""Parts of figures: "613 civilians, including 106 women", "Of those 11, nine are Greek Cypriots", "Nine of the
victims were ...". Each part is linked to its total (``part_of``) and counted as the total is."""

from __future__ import annotations

from spacy.tokens import Span

from tallygraph.extract.discourse import Found
from tallygraph.extract.labels import noun_label
from tallygraph.extract.numbers import parse_number
from tallygraph.lexicon import lexicon

__all__ = ["link_parts", "of_those", "parts_of_the_dead", "parts_said_with", "restated_counts", "same_sentence"]


def link_parts(found: list[Found]) -> None:
    """Link parts to totals: "613 civilians, including 106 women", "150 of the 1,275"."""
    # (each sentence is parsed alone: a token's index is only unique within its own doc)
    by_noun = {(id(f.sent.doc), f.figure.noun.i): f for f in found if f.figure.noun is not None}
    for i, f in enumerate(found):
        noun = f.figure.noun
        num_tok = f.sent.doc[f.figure.number.end - 1]
        if noun is None:
            of_them = any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(o.lower_ in ("them", "whom", "those", "these") for o in c.children)
                for c in num_tok.children
            )
            if of_them or (num_tok.dep_ == "pobj" and num_tok.head.lower_ == "including"):
                # "1.06 million Ukrainians have fled ..., including 142,300 on Sunday"
                total = None if of_them else by_noun.get((id(num_tok.doc), num_tok.head.head.i))
                before = [g for g in found[:i] if same_sentence(g.sent, f.sent)]
                total = total or (before[-1] if before else None)
                if total is not None and total.claim.counts == f.claim.counts:
                    f.claim.part_of = total.claim.quote  # (not four injured "including" in three dead)
            continue
        if f.figure.partitive and (id(noun.doc), noun.i) in by_noun and by_noun[(id(noun.doc), noun.i)] is not f:
            f.claim.part_of = by_noun[(id(noun.doc), noun.i)].claim.quote
            continue
        # "at least five individuals, with two likely being minors": a part of the figure before it.
        if (
            num_tok.dep_ in ("nsubj", "nsubjpass")
            and num_tok.head.dep_ in ("pcomp", "advcl")
            and num_tok.head.head.lower_ == "with"
        ):
            before = [g for g in found[:i] if same_sentence(g.sent, f.sent)]
            # (not "The storm killed 12 people, with 40 injured": others, not some of them)
            if before and before[-1].claim.counts == f.claim.counts:
                f.claim.part_of = before[-1].claim.quote
                continue
        tok = noun
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("including", "among"):
            total = by_noun.get((id(head.doc), head.head.i))
            if total is not None and total is not f:
                f.claim.part_of = total.claim.quote
            continue
        if tok.dep_ == "dobj" and head.lemma_ == "include" and head.dep_ == "relcl":
            total_noun = head.head
            total = by_noun.get((id(total_noun.doc), total_noun.i))
            if total is None:
                earlier = [g for g in found[:i] if g.claim.counts == f.claim.counts and g.claim.part_of is None]
                total = earlier[-1] if earlier else None
            if total is not None and total is not f:
                f.claim.part_of = total.claim.quote


def parts_said_with(found: list[Found]) -> None:
    """ "the OSCE SMM has confirmed already 168 civilian casualties, 31 of them killed and 137 injured": "N of
    them" right after a total of its sentence, after a comma, with no source of its own (the parser hung the
    speaker's verb on the part's), is the total's source's; and so are the figures joined to it."""
    for i, f in enumerate(found[1:], 1):
        total, first, last = found[i - 1], f.sent.doc[f.figure.number.first], f.sent.doc[f.figure.number.end - 1]
        if f.source is not None or total.source is None or not same_sentence(f.sent, total.sent):
            continue
        of_them = any(
            c.dep_ == "prep" and c.lower_ == "of" and [o.lower_ for o in c.children] == ["them"] for c in last.children
        )
        if not of_them or first.i == 0 or first.doc[first.i - 1].text != ",":
            continue
        joined = {last.head, *(c for c in last.head.children if c.dep_ == "conj")}
        for g in [f, *(g for g in found[i + 1 :] if same_sentence(g.sent, f.sent))]:
            if g.source is None and (g is f or g.sent.doc[g.figure.number.end - 1].head in joined):
                g.source = total.source
                g.claim.said_by, g.claim.via = total.claim.said_by, list(total.claim.via)


def same_sentence(a: Span, b: Span) -> bool:
    """Each sentence parsed alone starts at token 0 of its own doc: the same sentence is the same doc's."""
    return a.doc is b.doc and a.start == b.start


def of_those(found: list[Found]) -> None:
    """ "11 missing persons were identified ... Of those 11, nine are Greek Cypriots": parts of a figure
    the sentence points back to, counted as it was ("nine" identified, not "other:cypriots")."""
    for i, f in enumerate(found):
        if not f.claim.counts.startswith("other:"):
            continue
        for tok in f.sent:
            if tok.lower_ != "of" or tok.dep_ != "prep":
                continue
            objs = [o for o in tok.children if o.dep_ == "pobj" and o.like_num]
            if not objs or not any(c.lower_ in ("those", "these", "the") for c in objs[0].children):
                continue
            value = parse_number([objs[0].text])
            total = next((g for g in reversed(found[:i]) if g.claim.value == value and g.sent is not f.sent), None)
            if total is not None:
                f.claim.counts = total.claim.counts
                f.claim.part_of = f.claim.part_of or total.claim.quote
                break


def parts_of_the_dead(found: list[Found]) -> None:
    """ "Nine of the victims were from ...", "Three of the slain soldiers were corporals", "They included two
    children", "The tourists included nine French" after a toll: a part of the figure before, counted as it was
    (not "other:victims"). Only when that figure, at most two sentences before, counts the dead or the hurt."""
    victim_words = set(lexicon()["victim_words"])
    changed: dict[tuple[int, str], Found] = {}  # "two children, six women and two men": the whole list
    for i, f in enumerate(found):
        noun = f.figure.noun
        if not f.claim.counts.startswith("other:") or noun is None or i == 0:
            continue
        listed = changed.get((f.sentence, f.claim.counts))
        if listed is not None and noun.dep_ in ("conj", "appos"):
            f.claim.counts, f.claim.part_of = listed.claim.counts, f.claim.part_of or listed.claim.part_of
            continue
        of_the = f.figure.partitive and (
            noun.lemma_.lower() in victim_words
            or any(c.dep_ == "amod" and c.lower_ in victim_words for c in noun.children)
        )
        verb = noun.head
        before = found[i - 1]
        # ("Sixteen tourists were injured ... The tourists included nine French": those just counted, by their noun)
        counted = before.figure.noun.lemma_.lower() if before.figure.noun is not None else None
        included = (
            noun.dep_ == "dobj"
            and verb.lemma_.lower() == "include"
            and any(
                c.dep_ == "nsubj"
                and (
                    c.lower_ == "they"
                    or c.lemma_.lower() in victim_words
                    or (c.lemma_.lower() == counted and any(d.lower_ in ("the", "these", "those") for d in c.children))
                )
                for c in verb.children
            )
        )
        if not (of_the or included):
            continue
        # ("A total of 38 persons regained freedom ... . They include 24 students, ...": those freed, as well)
        fate = before.claim.counts in ("killed", "injured") or (
            included and before.claim.counts in ("captured", "released", "missing", "other:rescued")
        )
        if before.sentence < f.sentence - 2 or not fate:
            continue
        changed[(f.sentence, f.claim.counts)] = f
        f.claim.counts = before.claim.counts
        f.claim.part_of = f.claim.part_of or before.claim.quote


def restated_counts(found: list[Found]) -> None:
    """ "83 migrants were rescued ... The IOM said that among the 83 people were 42 men and 41 women": "the 83
    people" are those counted before with that number, counted as they were (and the parts the sentence gives of
    them, which had only the whole to go by). Only for a count its sentence gave no measure, only its noun."""
    for i, f in enumerate(found):
        first = f.figure.number.first
        doc = f.sent.doc
        noun = f.figure.noun
        # (only a count labelled by its noun: not "The five persons have been charged", which its verb labels)
        if noun is None or f.claim.counts != f"other:{noun_label(noun)}":
            continue
        if first == 0 or doc[first - 1].lower_ not in ("the", "those"):
            continue
        earlier = next(
            (
                g
                for g in reversed(found[:i])
                if g.claim.value == f.claim.value and g.sentence >= f.sentence - 6 and g.sentence < f.sentence
            ),
            None,
        )
        if earlier is None or earlier.claim.value < 2 or earlier.claim.counts not in lexicon()["people_measures"]:
            continue
        told = f.claim.counts
        for g in found[i:]:
            if g.sentence == f.sentence and g.claim.counts == told:
                g.claim.counts = earlier.claim.counts
