"""What the words beside a counted noun say befell those counted, where the parser hung them elsewhere: "... with
one peacekeeper killed and 11 others injured", "... and another two soldiers were injured"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.measures import cue_measure

__all__ = ["cue_beside", "predicate_after"]


def cue_beside(sent: Span, noun: Token) -> str | None:
    """What a word beside those counted says befell them, wherever the parser hung it: the participle after
    them in "... with one peacekeeper from Mauritania killed and 11 others injured", the noun before their
    preposition in "the killing of the 21 civilians and injuries to 14 other civilians" (but not the second of
    "deaths and injuries of over 20,000 civilians", which go together)."""
    doc = sent.doc
    trailing = _participle_after(sent, noun)
    if trailing is not None:
        return trailing
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "with" and noun.right_edge.i + 1 < sent.end:
        after = doc[noun.right_edge.i + 1]
        if after.tag_ in ("VBN", "VBD") and after.dep_ in ("acl", "advcl", "amod"):
            found = cue_measure(after, noun)
            if found is not None:
                return found
    if prep.lower_ in ("to", "of") and prep.i > sent.start:
        before = doc[prep.i - 1]
        joined = before.dep_ == "conj" and cue_measure(before.head, noun) is not None
        if before.pos_ == "NOUN" and before.i != prep.head.i and not joined:
            return cue_measure(before, noun)
    return None


_DASHES = {"-", "–", "—", "--"}


def _participle_after(sent: Span, noun: Token) -> str | None:
    """ "... were killed among 11 others wounded", "left five people dead and nine others - including a policeman -
    wounded": a participle right after a joined or governed noun (or after a dashed aside) that the parser hung on
    the clause's verb."""
    if noun.dep_ not in ("conj", "pobj"):
        return None
    doc, k = sent.doc, noun.i + 1
    if k < sent.end and doc[k].text in _DASHES:
        close = next((t.i for t in doc[k + 1 : min(sent.end, k + 10)] if t.text in _DASHES), None)
        if close is None:
            return None
        k = close + 1
    if k >= sent.end:
        return None
    after = doc[k]
    # (an "amod" only when hung on a word before it: not "11 others wounded civilians")
    hung = after.dep_ in ("advcl", "conj") or (after.dep_ == "amod" and after.head.i < after.i)
    if after.tag_ != "VBN" or not hung or after.head.i == noun.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in after.children):
        return None  # (a clause of its own: "... and 11 others wounded were taken", no)
    return cue_measure(after, noun)


# Participles that say a figure was told, between its auxiliary and what befell it ("are reported critically injured")
_TOLD = ("report", "believe", "fear", "confirm", "say", "feel")


def predicate_after(noun: Token) -> str | None:
    """ "... were killed in the clashes and another two soldiers were injured", "in addition to the dead, 111 other
    villagers were wounded", "One person has died and a dozen others are reported critically injured": what the
    words right after the counted noun say befell it, where the parser hung the noun on something else and left
    the participle without a subject."""
    doc = noun.doc
    k, auxiliary = noun.i + 1, False
    while k < min(len(doc), noun.i + 7):
        t = doc[k]
        if t.pos_ == "AUX" and t.lemma_ in ("be", "have"):
            auxiliary = True
        elif not (t.pos_ == "ADV" or (auxiliary and t.tag_ == "VBN" and t.lemma_.lower() in _TOLD)):
            break
        k += 1
    if not auxiliary or k >= min(len(doc), noun.i + 7):
        return None
    verb = doc[k]
    if verb.tag_ != "VBN" or verb.i == noun.head.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.i == noun.i and noun.dep_ in ("nsubj", "nsubjpass"):
        return None  # "Eighteen asylum seekers being held by Australia ... have been taken to hospital": the noun's own
    return cue_measure(verb, noun)
