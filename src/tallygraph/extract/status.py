"""Whether a figure is a plain claim or one its wording marks as denied, superseded or a projection."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.numbers import NumberMention
from tallygraph.lexicon import lexicon

__all__ = ["figure_status"]


def _discharged(verb: Token) -> bool:
    """ "1,023 people ... have already been dismissed from hospitals": sent home, not a figure dismissed."""
    return verb.lemma_.lower() == "dismiss" and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


_PERIODS = frozenset({"year", "years", "month", "months", "quarter", "decade", "period", "season"})


def _of_another_period(sent: Span, num: NumberMention) -> bool:
    """ "down from 495 the year before", "growing from 20 in 2016 to ...": a count of another year or month, which
    the later count does not replace (but "has risen from 4,960 deaths ... on Friday" was replaced)."""
    for t in sent.doc[num.end : min(num.end + 5, sent.end)]:
        if t.lower_ in ("to", ",", ";", "and"):
            return False
        if t.lower_ in _PERIODS or (t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit()):
            return True
    return False


def figure_status(sent: Span, num: NumberMention) -> str:
    """ "claim", or "denied" / "superseded" / "projection" when the wording says so."""
    cues = lexicon()["status_cues"]
    tok = sent.doc[num.end - 1]
    before = sent.doc[num.start - 1] if num.start > sent.start else None
    if before is not None and before.lower_ == "from" and _of_another_period(sent, num):
        return "claim"
    # "revised the death toll down from 250 to 227", however the parser hangs the numbers
    if before is not None and before.lower_ == "from":
        window = [*sent.doc[max(sent.start, num.start - 8) : num.start], *list(tok.ancestors)[:5]]
        if any(w.lemma_.lower() in cues["change_verbs"] or w.lower_ in ("up", "down") for w in window):
            return "superseded"
    # "rose from 30 to 36", "up from 26": the starting figure was replaced; so are all it lists ("has risen from
    # 4,960 deaths and 13,268 cases").
    obj = tok.head if tok.dep_ == "nummod" else tok
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    if obj.dep_ == "pobj" and obj.head.lower_ == "from" and (before is None or before.lower_ != "to"):
        gov = obj.head.head
        if (
            gov.lemma_.lower() in cues["change_verbs"]
            or gov.lower_ in ("up", "down")
            or gov.lemma_ in ("increase", "rise")
        ):
            return "superseded"
    noun = tok.head if tok.dep_ == "nummod" else None
    if noun is not None:
        for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
            if any(w.dep_ == "advmod" and w.lower_ in cues["earlier_words"] for w in clause.children):
                return "superseded"
    node = tok
    own_word = False
    # ("The government first acknowledged ... after the rioting started, when police shot dead two Uighurs": an
    # earlier word above an adverbial clause of time says when something was said, not that the figure was earlier)
    background = False
    for depth in range(7):
        if node.head.i == node.i:
            break
        background = background or (node.dep_ == "advcl" and any(c.lower_ == "when" for c in node.children))
        node = node.head
        lemma = node.lemma_.lower()
        if lemma in cues["denied"] and not _discharged(node) and not own_word:
            return "denied"
        # "denied the six deaths, confirming that only one person was killed": what the denier says instead
        own_word = own_word or (node.pos_ == "VERB" and node.dep_ == "advcl" and lemma in lexicon()["speech_verbs"])
        if depth < 4 and lemma in cues["projection_verbs"]:
            modal = any(c.dep_ == "aux" and c.lower_ in cues["modals"] for c in node.children)
            governed = node.dep_ in ("xcomp", "ccomp") and node.head.lemma_.lower() in cues["projection_governors"]
            if modal or governed:
                return "projection"
        # ("One man was killed earlier in another neighborhood": when he died, not an earlier count)
        if depth < 5 and node.pos_ in ("VERB", "AUX") and lemma not in lexicon()["animate_verbs"]:
            words = [c for c in node.children if c.dep_ == "advmod"]
            words += [
                a for c in node.children if c.dep_ in ("nsubj", "nsubjpass") for a in c.children if a.dep_ == "amod"
            ]
            if not background and any(w.lower_ in cues["earlier_words"] and not _sequence_marker(w) for w in words):
                return "superseded"
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and _contrasted(node):
            # "... initially reported 60 dead, but ... the office reduced that figure to 56": a clause of its own
            # (not "The previous death toll was 30 and estimates ... had been as high as 600")
            break
    return "claim"


def _contrasted(verb: Token) -> bool:
    """Is the conjoined verb set against the one before ("..., but ...", "..., yet ...")?"""
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in (*verb.head.children, *verb.children))


def _sequence_marker(word: Token) -> bool:
    """ "First, on July 6, the tribunal charged six officers": the first of several steps, not an earlier figure."""
    sent = word.sent
    return word.lower_ == "first" and word.i == sent.start and word.i + 1 < sent.end and word.nbor().text == ","
