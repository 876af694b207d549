"""Which attribution a figure falls under: nested sources composed, or who documented it."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from tallygraph.extract.attribution import CONCESSIVE_MARKS, Source
from tallygraph.extract.cues import records_a_place
from tallygraph.extract.documents import based_on
from tallygraph.extract.persons import entity_at
from tallygraph.extract.speakers import phrase
from tallygraph.extract.state import DocState
from tallygraph.lexicon import lexicon

__all__ = ["documentation_source", "source_for"]


def documentation_source(sent: Span, number_tok: Token, state: DocState) -> Source | None:
    """An organisation or authority that found, identified or filmed what is counted."""
    lex = lexicon()
    tok = number_tok
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONCESSIVE_MARKS for m in tok.children):
            break  # ("While nearly 50 people were injured ..., authorities have confirmed the incident took place ...")
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex["documentation_verbs"]:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ == "VBG":
                # "the rescue team comprising of the UPDF and Uganda Red Cross Society has recovered 96 bodies": the
                # parser made the participle the subject; the team it describes is
                subj = next((c for c in subj.children if c.dep_ == "nsubj"), None)
            if subj is None or records_a_place(tok, subj):
                return None
            author = based_on(subj)
            if author is not None:
                subj = author  # "The details of the death toll based on Antara's report recorded 44 people"
            name, kind = phrase(subj)
            is_org = kind == "ORG" and entity_at(subj, ("ORG",)) is not None
            if subj.ent_type_ == "GPE" or (entity_at(subj, ("GPE",)) is not None and not is_org):
                return None
            # "Human Rights Watch verified 80 deaths": a proper name the tagger knew no kind for is an organisation's
            untyped_name = subj.pos_ == "PROPN" and not subj.ent_type_ and " " in name
            # "The Observatory documented the deaths of 101,662 pro-regime fighters": an organisation named before
            known = state.known_body(subj)
            if (
                is_org
                or untyped_name
                or known
                or any(entity_at(t, ("ORG",)) for t in subj.subtree)
                or subj.lemma_.lower() in lex["authority_nouns"]
            ):
                name = state.canonical(name)
                state.note_speaker(name, "ORG", [])
                return Source(name, [], sent.doc[subj.left_edge.i : tok.i + 1].text, None, "documentation")
            return None
    return None


# Reports no one owns: they carry no one's figure through them.
_UNOWNED_REPORTS = re.compile(
    r"(?:(?:early|earlier|initial|first|unconfirmed|preliminary|latest|some|several)\s+)?reports"
)


def source_for(number_tok: Token, sources: list[Source]) -> Source | None:
    """The attribution of a number: the innermost speaker whose scope covers it, relayed
    through every attribution around it ("..., the ministry said, Trend reports citing TASS")."""
    covering = [s for s in sources if s.scope is None or number_tok.i in s.scope]
    if not covering:
        return None
    # Outermost first: the wider the scope the further out; among equals a relay wraps a statement, and a
    # statement wraps an "according to" ("..., according to Saraliyev, the RBC news website reported").
    covering.sort(
        key=lambda s: (-(len(s.scope) if s.scope is not None else 10**9), s.kind != "relay", s.kind == "according")
    )
    inner = covering[-1]
    # "APA reported that seven people were in life-threatening condition, Vienna's hospital service said": the
    # outlet passes on what the speaker closing the sentence said, whatever the parser nested in what
    teller = next(
        (
            s
            for s in reversed(covering[:-1])
            if s.kind == "speech" and s.verb is not None and s.verb > (inner.verb or 0)
        ),
        None,
    )
    if inner.kind == "relay" and not inner.via and teller is not None:
        covering = [*(s for s in covering if s is not teller), teller]
        inner = teller
    # "..., the coast guard said, Yonhap reported": a statement that closes the sentence passes on the one it
    # closes over (not "Doctors said ..., but the opposition said ...", nor a statement inside what the other said)
    passed = next((s for s in covering[:-1] if _closes_over(inner, s, number_tok)), None)
    # "X said 25 people had died, ..., according to a local journalist": an "according to" that closes the
    # sentence passes on what the speaker before it said
    passed = passed or next((s for s in covering[:-1] if _according_closes(inner, s, number_tok)), None)
    if passed is not None:
        covering = [*(s for s in covering if s is not passed), passed]
        inner = passed
    via: list[str] = []
    for outer in covering[:-1]:
        barrier = inner.contrast
        relays = outer.kind == "relay" and not (barrier is not None and _leads_before(outer, barrier, number_tok))
        if barrier is not None and not relays and (outer.verb is None or outer.verb not in barrier):
            continue
        if _UNOWNED_REPORTS.fullmatch(outer.speaker.lower()) and not outer.via:
            continue  # "Early reports suggest 1,000 people have died ..., according to Gwendolyn Pang": hers
        for name in [*outer.via, outer.speaker]:
            if name not in via and name != inner.speaker:
                via.append(name)
    via += [v for v in inner.via if v not in via]
    return replace(inner, via=via, own_sentence=False)


def _leads_before(outer: Source, barrier: set[int], number_tok: Token) -> bool:
    """ "According to PCHR, 1660 ... were killed, while Al Mezan reported that 1666 ...": an "according to" that
    opens the sentence stands beside a contrastive clause's own speaker; one that closes it covers it too
    ("... but said only five people were abducted, according to The Guardian")."""
    if not outer.own_sentence:
        return False
    sent = number_tok.sent
    at = sent.text.find(outer.cue)
    return 0 <= at < number_tok.doc[min(barrier)].idx - sent.start_char


def _closes_over(closing: Source, other: Source, number_tok: Token) -> bool:
    """Is ``closing`` a statement tagged on after ``other`` that relays it: "X said ..., Y reported", however the
    parser hung the one on the other (not "Doctors said ..., but the opposition said three people died", nor
    "PTI added that sources placed the death toll at over a hundred": statements with what they say after them)."""
    if closing.kind != "speech" or other.kind != "speech" or closing.scope != other.scope:
        return False
    if closing.verb is None or other.verb is None or other.verb >= closing.verb:
        return False
    doc = number_tok.doc
    late = doc[closing.verb]
    if late.dep_ == "conj" or any(c.i > late.i and c.dep_ in ("ccomp", "dobj", "xcomp") for c in late.children):
        return False
    subj = next((c for c in late.children if c.dep_ == "nsubj" and c.i < late.i), None)
    return (
        subj is not None
        and subj.right_edge.i == late.i - 1
        and subj.left_edge.i > 0
        and doc[subj.left_edge.i - 1].text == ","
    )


def _according_closes(according: Source, other: Source, number_tok: Token) -> bool:
    """Is ``according`` an "according to" a journalist after a comma at the end of the sentence, with ``other`` a
    speaker named with their verb before it ("X said ..., according to a local journalist")? (Not "..., including
    65 deaths due to heatstroke, according to family members": their own account of the last part.)"""
    if according.kind != "according" or not according.own_sentence or according.scope is not None:
        return False
    if according.speaker.split()[-1].lower().rstrip("s") not in lexicon()["writer_roles"]:
        return False
    if other.kind != "speech" or other.scope is not None or other.verb is None:
        return False
    sent = number_tok.sent
    at = sent.text.find(according.cue)
    if at < 1 or not according.cue.lower().startswith("according to"):
        return False
    before, after = sent.text[:at].rstrip(), sent.text[at + len(according.cue) :]
    if not before.endswith(",") or after.strip(" .\"'”’") != "":
        return False
    verb = number_tok.doc[other.verb]
    return verb.idx < sent.start_char + at and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
