"""A speaker named at the end of a sentence of figures, who speaks for the sentence of figures just before.

"On Sunday, seven people – four men and three women – were killed in Munima village. Then on Monday, 16 women and
children were hacked to death in the village of Karida, EMTV said.": within one paragraph and after the lead, a
closing tag that sources the figures of its own sentence also sources those of the sentence before, when nobody
was credited with them and no speaker was named in between.
"""

from __future__ import annotations

from spacy.tokens import Span

from tallygraph.extract.attribution import Source, time_clause
from tallygraph.extract.discourse import Found
from tallygraph.model import REPORTER


def closing_speaker(sent: Span, sources: list[Source], own: list[Found]) -> Source | None:
    """The sentence's closing tag, "..., EMTV said.", if it sources every figure of the sentence."""
    tags = [s for s in sources if s.kind == "speech" and s.scope is None and s.verb is not None and not s.belief]
    if not own or len(tags) != 1:
        return None
    tag = tags[0]
    if tag.via:
        return None  # ("..., maritime security sources told Reuters": a relayed word, for its own sentence)
    if any(f.source is None or f.source.verb != tag.verb or f.figure.number.first > tag.verb for f in own):
        return None
    return tag


def _in_backdrop(f: Found) -> bool:
    """ "This came barely 24 hours after another lightning struck a group of 18 students, killing one.": a figure
    in a clause that only dates the news, the reporter's own backdrop."""
    return any(time_clause(a) for a in f.sent.doc[f.figure.number.end - 1].ancestors)


def spoken_for_before(found: list[Found], sent: Span, sources: list[Source], n_sent: int) -> None:
    """Give the sentence before the closing tag of this one, under :func:`closing_speaker`'s conditions."""
    own = [f for f in found if f.sentence == n_sent]
    tag = closing_speaker(sent, sources, own)
    if tag is None:
        return
    before = [f for f in found if f.sentence == n_sent - 1]
    # (not the article's first sentence of figures, the reporter's own summary: "At least 141 people were killed
    # and 121 injured Tuesday when Taliban gunmen attacked a military-run school ... 132 of the dead were children,
    # Pakistan military spokesman Asim Bajwa said.")
    if before and found[0].sentence == before[0].sentence:
        return
    if not before or any(f.source is not None or f.claim.said_by != REPORTER or f.claim.via for f in before):
        return
    if any(_in_backdrop(f) for f in before):
        return
    for f in before:
        f.source = tag
        f.claim.said_by, f.claim.via = tag.speaker, list(tag.via)
