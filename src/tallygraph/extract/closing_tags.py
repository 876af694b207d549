"""Speech tags that close a sentence where the parser did not see them as such: "..., state media report." read as
a noun phrase, and "..., local authorities and CNN said." hung on the clause before as its conjunct."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.lexicon import lexicon

__all__ = ["closing_conjunct", "closing_noun_verb", "closing_records_show"]


def closing_noun_verb(tok: Token, sent: Span) -> Token | None:
    """The subject of '..., state media report.' when the tagger took the verb for a noun and its subject for
    the noun's modifier: a "report"/"say" ending the sentence after a comma, its compound the speaker."""
    # (and "..., police confirm.": any verb of speech in the present, which the tagger may read as a noun)
    closing_verbs = ("report", "say", "confirm", "add", "claim", "state", "estimate", "note", "warn")
    if tok.pos_ != "NOUN" or tok.lower_.removesuffix("s") not in closing_verbs or tok.ent_type_:
        # (not "..., Colorado, United states.": a place's name)
        return None
    rest = [t for t in sent.doc[tok.i + 1 : sent.end] if not t.is_punct]
    subj = next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    if rest or subj is None or subj.left_edge.i <= sent.start or sent.doc[subj.left_edge.i - 1].text != ",":
        return None
    return subj


def closing_records_show(tok: Token, sent: Span) -> Token | None:
    """ "..., government data show.": records that close the sentence, their verb read as a noun they modify."""
    if tok.pos_ != "NOUN" or tok.lower_ not in ("show", "shows") or tok.ent_type_:
        return None
    if any(not t.is_punct for t in sent.doc[tok.i + 1 : sent.end]):
        return None
    subj = next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    records = lexicon()["source_nouns"]
    if subj is None or (subj.lemma_.lower() not in records and subj.lower_ not in records):  # ("data": "datum")
        return None
    edge = subj.left_edge.i
    return subj if edge > sent.start and sent.doc[edge - 1].text == "," else None


def closing_conjunct(tok: Token, subj: Token | None, sent: Span) -> Span | None:
    """The subject words of a speech verb the parser hung on the clause before as its conjunct, when the verb
    and its subject close the sentence after a comma: "A gunman killed 14 people ..., Czech Interior Minister
    Vit Rakusan and police chief Martin Vondrasek told reporters on December 21." They cover the sentence."""
    head = tok.head
    if tok.dep_ != "conj" or head.i >= tok.i or head.pos_ not in ("VERB", "AUX") or subj is None:
        return None
    if subj.dep_ != "nsubj" or subj.head.i != tok.i or subj.i > tok.i:
        return None
    if any(c.dep_ == "cc" and c.lower_ != "and" for c in head.children if c.i < tok.i):
        return None  # "..., but the captain only informed the authorities after midnight": another clause
    press = ("reporter", "journalist", "media", "press")
    for child in tok.children:
        if child.dep_ in ("ccomp", "xcomp", "conj", "dative") and child.i > tok.i:
            return None  # "At least 40 have been confirmed dead, and officials said they fear ...": their own
        told = tok.lemma_.lower() == "tell" and (child.pos_ == "PROPN" or child.lemma_.lower() in press)
        if child.dep_ == "dobj" and not told:
            return None
    after = {t.i for t in tok.subtree}
    if any(t.i not in after and not t.is_punct for t in sent.doc[tok.i + 1 : sent.end]):
        return None
    start = subj.left_edge.i
    while start > sent.start and start > subj.i - 12:
        before = sent.doc[start - 1]
        if before.text == ",":
            words = sent.doc[start : tok.i]
            # (a hyphen within a name is no break: "interior ministry spokesperson Sofiane al-Zaq said")
            inner = {t.i for t in words if t.text in ("-", "‐") and not t.whitespace_ and not t.nbor(-1).whitespace_}
            if any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.i not in inner) for t in words):
                return None
            return words
        start -= 1
    return None
