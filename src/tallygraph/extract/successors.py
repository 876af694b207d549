"""An unnamed source replaced by the one the next sentences name: "..., a forensic expert said. ... Ismet Music,
the expert, told AFP"."""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallygraph.extract.agents import ONE_PERSON
from tallygraph.extract.discourse import Found
from tallygraph.extract.settle import place_or_pair
from tallygraph.extract.source import Source
from tallygraph.extract.state import DocState
from tallygraph.lexicon import lexicon

__all__ = ["named_next"]

_ANONYMOUS = re.compile(
    r"\b(?:condition of anonymity|not authori[sz]ed to (?:speak|talk)|(?:asked|declined|requested) not to be "
    r"(?:named|identified)|requesting anonymity|declined to be (?:named|identified))\b"
)


def named_next(found: list[Found], sources: list[Source], sent: Span, n_sent: int, state: DocState) -> None:
    """The named source of sentence `n_sent` replaces an indefinite one of the two sentences before it ("a
    government agency" -> the department)."""
    # (not "the source said": a word for someone, no name)
    named_now = [
        s for s in sources if s.kind in ("speech", "according") and not s.indefinite and not s.speaker.islower()
    ]
    if named_now:
        named_in: int | None = None  # a sentence whose figures have a named source: none before it is replaced
        for f in reversed(found):
            if f.sentence >= n_sent or f.source is None:
                continue
            if n_sent - f.sentence > 2 or (named_in is not None and f.sentence < named_in):
                break
            if not f.source.indefinite:
                # "An official said 350 were killed, fewer than the 1,000 reported by witnesses"; but not the
                # opening of the quotation the one named now closes ('"Bodies of 225 deceased people ... There
                # were 19 police ... among them," Serik Shalabayev told')
                if not any(f.source is s for s in named_now):
                    named_in = f.sentence
                continue
            # "a UN spokesman said ... Farhan Haq, deputy spokesman, told journalists that the UNHCR said":
            # an unnamed person is the person named next, not an organisation quoted by them.
            # (the post of "head of the national prisons agency", not the agency)
            described = re.split(r"\s+(?:of|for)\s+", f.source.speaker, maxsplit=1)[0].split()
            head = described[-1].lower() if described else ""
            if head in ("source", "sources") or _ANONYMOUS.search(f.sent.text):
                continue  # "A U.N. source, speaking on condition of anonymity, said": unnamed on purpose
            people = [s for s in named_now if state.agents.get(s.speaker) == "PERSON"]
            # (not "a witness and a relative of the victims": two people, whom one name does not replace)
            one_person = (head in ONE_PERSON or head in lexicon()["person_titles"]) and " and " not in f.source.speaker
            successor = (people[0] if people else None) if one_person else named_now[0]
            if successor is not None and not one_person and place_or_pair(successor, f.source, sent):
                successor = None  # "a war monitor and local media said ... Turkey announced": no name of them
            if successor is not None and one_person:
                # "A senior Indian security official said ... Defence Minister Rajnath Singh said": a person named
                # with another post is someone else, here or where the text named them before the unnamed one spoke
                # ("Sport Minister Ngconde Balfour said. ... A police spokeswoman said 14 people ... Balfour said")
                titles = set(lexicon()["person_titles"])
                cue_words = {w.lower().strip(",.") for w in successor.cue.split()}
                if head not in cue_words and cue_words & titles:
                    successor = None
                # (but "a top police official" may be the "Inspector General of Police" named next)
                if successor is not None:
                    before = _posts_before(successor.speaker, state, f.block.start + f.sent.start_char)
                    if before & titles and not {w.lower() for w in f.source.speaker.split()} & before:
                        successor = None
            if successor is not None and f.claim.said_by == f.source.speaker:
                f.claim.said_by = successor.speaker
                f.claim.via = [*[v for v in f.claim.via if v not in successor.via], *successor.via]


def _posts_before(name: str, state: DocState, until: int) -> set[str]:
    """The words just before a person's full name where the text gave it before character `until` ("Sport Minister
    Ngconde Balfour"), lowercased: the post it named them with, if any. Whom the text has named already, it does not
    bring in again as "a police spokeswoman"."""
    if len(name.split()) < 2:
        return set()
    words: set[str] = set()
    for match in re.finditer(r"((?:[\w-]+\s+){1,3})" + re.escape(name) + r"\b", state.text[:until]):
        words |= {w.lower() for w in match.group(1).split()}
    return words
