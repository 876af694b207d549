"""Tolls: a count of the dead, or of another fate, with no counted noun ("the death toll ... has risen to 7,040",
"the number of those killed has increased to 36", "bringing the death toll to four")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.counted import in_disease_context, is_person_noun
from tallygraph.extract.figure import Figure
from tallygraph.extract.measures import cue_measure, measure_word
from tallygraph.extract.numbers import NumberMention
from tallygraph.lexicon import lexicon

__all__ = ["CARRYING_VERBS", "TOTAL_WORDS", "number_of", "referred_total", "toll_figure"]

_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
TOTAL_WORDS = {"number", "tally", "count", "figure", "total"}  # "the number of those killed", "the total"
CARRYING_VERBS = (
    *("bring", "take", "push", "raise", "lift", "revise", "lower", "reduce", "adjust", "update"),
    *("change", "correct", "amend"),
)
"""Verbs that carry a running total to a new number: "bringing the total to 131", "taking the death toll to 80"."""


def number_of(tok: Token) -> tuple[str, str, Token] | None:
    """ "The number of those killed has increased to 36", "the number of casualties rose to 60"."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None  # "..., with 851 still missing": a clause of its own
    node = tok
    # (not past a clause of its own, "... has climbed to 16 ... and the death toll has risen to three", nor from a
    # number of something else, "... have been recorded in 20 Yemeni provinces")
    places = ("in", "across", "among", "within", "for", "during", "on", "with")
    crossed = tok.dep_ == "nummod" or (tok.dep_ == "pobj" and tok.head.lower_ in places)
    for _ in range(4):
        if node.head.i == node.i:
            return None
        below, node = node, node.head
        crossed = crossed or below.dep_ == "conj"
        # "revised down the death toll from 250 and the number of injured from 2,000": the number itself; so in
        # "with the number of injured climbing to 71", whose "to" the parser hung on the number
        reached = below.dep_ == "prep" and below.lower_ in ("to", "at") and node.lemma_.lower() in TOTAL_WORDS
        itself = [node] if (node.dep_ == "conj" and node.pos_ == "NOUN") or reached else []
        for subj in [*itself, *(c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]:
            if subj.lemma_.lower() in ("estimate", "projection"):
                # "estimates of the number of missing had been as high as 600"
                subj = next(
                    (o for c in subj.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), subj
                )
            if subj.lemma_.lower() not in TOTAL_WORDS:
                continue
            for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    # "the number of those killed", or "the number of Greek Cypriots identified so far"
                    described = [c for c in subj.children if c.dep_ == "acl" and c.i > obj.i]
                    cue = next((c for c in [*obj.subtree, *described] if cue_measure(c, obj)), None)
                    # ("the number of injured climbing to 71": the injured, a word that counts people by itself)
                    nominal = cue is not None and cue.lower_ in lexicon()["nominal_counts"]
                    if cue is not None and (is_person_noun(obj) or obj.lower_ in ("those", "people") or nominal):
                        measure = cue_measure(cue, obj) or "killed"
                        population = "people" if obj.lower_ == "those" else obj.text
                        return measure, population, subj
                    if cue is None and not crossed and obj.lemma_.lower() == "case" and in_disease_context(obj):
                        # "the number of chikungunya cases has risen to over 1,000": those who fell ill
                        return "other:cases", obj.text, subj
    return None


def toll_figure(sent: Span, num: NumberMention) -> Figure | None:
    """ "The death toll ... has risen to 7,040", "a toll of 19": a count of the dead with no counted noun."""
    doc = sent.doc
    tok = doc[num.end - 1]
    after = doc[num.end] if num.end < sent.end else None
    # "the death toll rose to 64 Sunday": the day it rose, which the tagger runs into the number
    weekday = after is not None and after.lower_ in _WEEKDAYS and after.head.i != tok.i
    if after is not None and after.pos_ in ("NOUN", "PROPN") and not is_person_noun(after) and not weekday:
        return None
    if weekday and tok.head == after:
        tok = after
    tolls: dict[str, dict[str, str]] = lexicon()["toll_nouns"]
    counted = number_of(tok)
    if counted is not None:
        measure, population, subject = counted
        start = min(num.first, subject.left_edge.i)
        if num.first - start > 25:
            start = subject.i
        return Figure(num, None, False, measure, population, start, num.end)
    carried = _carried_to(sent, num)
    if carried is not None:
        measure, start, end = carried
        return Figure(num, None, False, measure, "people", min(start, num.first), max(end, num.end))
    raised = _raised_from_to(sent, num)
    if raised is not None:
        measure, start = raised
        return Figure(num, None, False, measure, "people", max(start, sent.start), num.end)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None  # "The death toll has risen to 42 ..., while 97 have been admitted": a clause of its own
    head = tok.head
    listed = tok.dep_ == "appos" and head.pos_ == "PROPN"
    if listed:
        # "The other confirmed deaths ... were from Cameroon, 20; Niger, 19: India, 18; ...": a list of places,
        # each with its count, as long as the parser chains it
        while head.dep_ in ("appos", "conj") and head.head.pos_ == "PROPN" and head.head.i != head.i:
            head = head.head
        if _reported_deaths(head):
            # "The other countries that reported deaths among their pilgrims were Mali, 30; India, 14; ...": each
            # place's count of those the subject says reported deaths
            return Figure(num, None, False, "killed", "people", max(tok.head.i, sent.start), num.end)
    # "adding to the official tally of 41 given earlier on Tuesday by Amman"
    tally_of = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "tally"
    for _ in range(4):
        if head.lemma_.lower() == "toll" or (tally_of and head == tok.head.head) or _death_figure(head, tok):
            start = min(num.first, head.left_edge.i if head.i < num.first else num.first)
            return Figure(num, None, False, "killed", "people", max(start, sent.start), num.end)
        if head.lemma_.lower() in tolls and head.dep_ != "compound":
            entry = tolls.get(head.lemma_.lower(), tolls["toll"])
            verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lemma_.lower() == "toll":
                start = min(num.first, head.left_edge.i if head.i < num.first else num.first)
                return Figure(num, None, False, entry["measure"], entry["population"], max(start, sent.start), num.end)
        # "put the death toll at 100"; "revised down the death toll from 250"
        # "raised the death toll to 43", "bringing the death toll to four", "taking the death toll to 80"
        carrying = head.lemma_.lower() in _carrying_verbs()
        preps = ("at", "from", "to") if carrying else ("at",)
        # (also "..., down from 29 previously reported", its "from" hung on the "down")
        turned = [
            g for c in head.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("up", "down") for g in c.children
        ]
        at_number = any(
            p.dep_ == "prep" and p.lower_ in preps and p.left_edge.i <= tok.i <= p.right_edge.i
            for p in [*head.children, *turned]
        )
        # "revised from 95 to 84 the death toll", however the parser hung the toll after the numbers
        late_toll = next(
            (
                t
                for t in doc[tok.i + 1 : min(tok.i + 7, sent.end)]
                if carrying and at_number and t.lemma_.lower() in tolls and t.pos_ == "NOUN"
            ),
            None,
        )
        if late_toll is not None and late_toll.dep_ == "compound" and late_toll.head.lemma_.lower() in tolls:
            late_toll = late_toll.head  # "the death toll"
        between = doc[tok.i + 1 : late_toll.i] if late_toll is not None else []
        if late_toll is not None and all(t.pos_ in ("DET", "NOUN", "ADJ", "NUM") or t.lower_ == "to" for t in between):
            entry = tolls[late_toll.lemma_.lower()]
            start = head.i if num.first - head.i <= 25 else num.first
            return Figure(num, None, False, entry["measure"], entry["population"], start, late_toll.i + 1)
        for child in head.children:
            if child.dep_ == "dobj" and at_number and (child.lemma_.lower() == "toll" or child.lemma_.lower() in tolls):
                # "OCHA had put the death toll at more than 100", "officials estimated the toll at 50"
                entry = tolls.get(child.lemma_.lower(), tolls["toll"])
                start = head.i if num.first - head.i <= 25 else child.i
                return Figure(num, None, False, entry["measure"], entry["population"], start, num.end)
            measure = _put_at(head, child, tok) if child.dep_ == "dobj" else None
            if measure is not None:
                # "Civil society groups put the tally at more than 1,000", "Amnesty International has put the number
                # executed at some 5,000": a total given at a number
                start = head.i if num.first - head.i <= 25 else child.i
                return Figure(num, None, False, measure, "people", start, num.end)
            subject_words = ("toll", "casualty", "fatality", "death")
            # "six deaths and dozens have been injured" (not "the death toll could rise to 1,000 -- nearly twice the
            # current official toll --", an apposition the parser hung on the subject)
            inside = any(t.i == tok.i for t in child.subtree)
            # "Confirmed death cases are 28 to 30": cases of what their modifier says
            cases = [
                m
                for c in child.children
                if child.lemma_.lower() == "case" and c.dep_ == "compound" and (m := measure_word(c)) is not None
            ]
            described = _described_total(child) if child.dep_ in ("nsubj", "nsubjpass") and not inside else None
            if described is not None:
                # "the figure for deaths in Dar es Salaam is around 350", "The number killed has passed 50"
                start = child.left_edge.i if num.first - child.left_edge.i <= 25 else child.i
                return Figure(num, None, False, described, "people", min(start, num.first), num.end)
            # ("Cases had risen to 9,000 as of early February" in an article on measles: those who fell ill)
            reached = tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at") and tok.head.head.i == head.i
            ill = child.lower_ == "cases" and not cases and reached and in_disease_context(child)
            told = child.lemma_.lower() in subject_words or bool(cases) or ill
            if child.dep_ in ("nsubj", "nsubjpass") and told and not inside:
                # "the death toll rose to 60", "casualties climbed to 60"
                start = child.left_edge.i if child.left_edge.i < num.first else num.first
                if num.first - start > 25:
                    start = child.i
                if listed:
                    start = tok.head.left_edge.i  # "Niger, 19": the place and its count
                measure = measure_word(child) if child.lemma_.lower() == "casualty" else cases[0] if cases else "killed"
                measure = "other:cases" if ill else measure
                return Figure(num, None, False, measure, "people", start, num.end)
        if head.head.i == head.i:
            break
        head = head.head
    return None


def referred_total(sent: Span, num: NumberMention, last: Figure | None) -> Figure | None:
    """ "That number is now at least 437", "In 2021, the figure was 16", "In 2020, that number stood at 51": the
    count just given, at another value (not "the figure for deaths ..." or "the number of ...", which say their own)."""
    if last is None or last.measure not in lexicon()["people_measures"]:
        return None
    tok = sent.doc[num.end - 1]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "to") else tok.head
    if tok.dep_ not in ("attr", "pobj") or verb.lemma_.lower() not in ("be", "stand", "reach", "rise", "climb"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in TOTAL_WORDS or any(c.dep_ == "prep" for c in subj.children):
        return None
    if not any(c.lower_ in ("the", "that", "this") for c in subj.children):
        return None
    return Figure(num, None, False, last.measure, last.population, min(subj.left_edge.i, num.first), num.end)


def _carrying_verbs() -> tuple[str, ...]:
    """Verbs that change a toll or carry it to a number: "rose to", "raised the death toll to", "bringing the
    total to"."""
    return (*lexicon()["status_cues"]["change_verbs"], *CARRYING_VERBS)


def _setting_verbs() -> tuple[str, ...]:
    """Verbs that put a total at a number: "put the tally at", "estimated the total number missing at"."""
    return (*lexicon()["toll_setting_verbs"], "estimate")


def _carried_to(sent: Span, num: NumberMention) -> tuple[str, int, int] | None:
    """ "bringing to eight the number of people confirmed dead", "bringing the total number released to 533",
    "bringing the total count of remains found to 372": a total carried to the number, counting what its words
    say (no default: "bringing the total to 131" counts what the sentence before it did). By the words' order,
    however the parser hung them."""
    doc = sent.doc
    to = doc[num.first - 1] if num.first > sent.start else None
    if to is None or to.lower_ not in ("to", "at"):
        return None
    # ("Local fire officials estimated the total number missing at close to 300": a total put at a number)
    verbs = CARRYING_VERBS if to.lower_ == "to" else _setting_verbs()
    # ("This brings the number of people who have passed away from the incident to 77": a long description)
    verb = next((t for t in reversed(doc[max(sent.start, to.i - 13) : to.i]) if t.lemma_.lower() in verbs), None)
    if verb is None or verb.pos_ != "VERB":
        return None
    # (also "brings to seven, the total number of people who have been arrested")
    after = doc[num.end : min(num.end + 4, sent.end)]
    late = next((t for t in after if t.lemma_.lower() in TOTAL_WORDS and t.pos_ == "NOUN"), None)
    between = doc[num.end : late.i] if late is not None else []
    if late is not None and verb.i == to.i - 1 and all(t.pos_ in ("DET", "ADJ") or t.text == "," for t in between):
        total, words = late, doc[late.i + 1 : min(late.i + 7, sent.end)]
    else:
        total = next((t for t in doc[verb.i + 1 : to.i] if t.lemma_.lower() in TOTAL_WORDS and t.pos_ == "NOUN"), None)
        if total is None:
            return None
        words = doc[total.i + 1 : to.i]
    for t in words:
        if t.is_punct or t.lower_ in ("since", "after", "from", "in"):
            return None
        measure = measure_word(t)
        if measure is not None:
            return measure, min(verb.i, total.i), max(total.i, t.i) + 1
    return None


def _raised_from_to(sent: Span, num: NumberMention) -> tuple[str, int] | None:
    """ "raised the death toll from Wednesday's violence that followed a crackdown on two camps ... to 638": the
    toll a verb carried to the number, when the parser hung the "to" inside the long "from" phrase."""
    to = sent.doc[num.first - 1] if num.first > sent.start else None
    if to is None or to.lower_ != "to":
        return None
    tolls: dict[str, dict[str, str]] = lexicon()["toll_nouns"]
    for prep in (a for a in to.ancestors if a.dep_ == "prep" and a.lower_ == "from"):
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
        if verb.lemma_.lower() not in _carrying_verbs() or verb.pos_ != "VERB":
            continue
        toll = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in tolls), None)
        if toll is not None:
            return tolls[toll.lemma_.lower()]["measure"], verb.i
    return None


def _put_at(verb: Token, total: Token, tok: Token) -> str | None:
    """What "put the tally at ...", "put the number executed at ...", "put the number of displaced at ..." count
    (of the dead unless their words say otherwise), when the number is what the total is put at."""
    if verb.lemma_.lower() not in _setting_verbs():
        return None
    if total.lemma_.lower() not in TOTAL_WORDS:
        return None
    at = [
        p
        for p in [*verb.children, *total.subtree]
        if p.dep_ == "prep" and p.lower_ == "at" and p.left_edge.i <= tok.i <= p.right_edge.i
    ]
    if not at:
        return None
    of = [o for c in total.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    described = [c for c in total.children if c.dep_ in ("acl", "amod", "compound")]
    return next((m for c in [*of, *described] if (m := measure_word(c)) is not None), None if of else "killed")


def _described_total(total: Token) -> str | None:
    """What a total its own words describe counts: "the figure for deaths", "the number killed" (not a bare
    "the figure", whose count the text gave before)."""
    if total.lemma_.lower() not in TOTAL_WORDS:
        return None
    of = [
        o
        for c in total.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for")
        for o in c.children
        if o.dep_ == "pobj" and o.tag_ in ("NNS", "JJ", "VBN")
    ]
    described = [c for c in total.children if c.dep_ in ("acl", "amod") and c.i > total.i]
    return next((m for c in [*of, *described] if (m := measure_word(c)) is not None), None)


def _reported_deaths(listed: Token) -> bool:
    """Is `listed` what a subject "that reported deaths" is ("The countries that reported deaths were Mali, ...")?"""
    if listed.dep_ != "attr" or listed.head.lemma_ != "be":
        return False
    subject = next((c for c in listed.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        o.lemma_.lower() in ("death", "fatality")
        for c in subject.children
        if c.dep_ in ("relcl", "acl")
        for o in c.children
        if o.dep_ == "dobj"
    )


def _death_figure(noun: Token, tok: Token) -> bool:
    """ "the fatality figure of 738", "a death count of 50": a figure of the dead, the number its "of"."""
    return (
        noun.lemma_.lower() in ("figure", "count", "tally", "total")
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head == noun
        and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("death", "fatality") for c in noun.children)
    )
