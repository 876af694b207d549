"""One attribution a sentence makes, and whether a name is a news outlet's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from tallygraph.extract.speakers import phrase
from tallygraph.extract.state import DocState
from tallygraph.lexicon import lexicon
from tallygraph.names import same_name

__all__ = ["Source", "is_outlet", "looks_outlet_name"]


@dataclass
class Source:
    """One attribution cue in a sentence and the tokens it governs."""

    speaker: str
    via: list[str]
    cue: str
    scope: set[int] | None  # doc token indices; None: the whole sentence
    kind: str = "speech"  # speech | according | relay | documentation
    indefinite: bool = False  # "a forensic expert said": the text may name them just after
    verb: int | None = None  # doc index of the cue's verb
    contrast: set[int] | None = None  # "..., while X said ...": the clause no other speaker of the sentence wraps
    # "according to state media", "local media quoted officials as saying": a relay that vouches for its own
    # sentence, never for the whole article even in the lead
    own_sentence: bool = False
    # "Rescuers believed that ...": a belief, which speaks for its clause only, never on for the next sentence
    belief: bool = False


def is_outlet(tok: Token, state: DocState) -> bool:
    name = state.canonical(phrase(tok)[0])
    if name.lower() in ("media", "news media", "press", "the press", "reporters", "journalists"):
        return False  # "told media": no outlet in particular
    if name in lexicon()["wire_agencies"] or name in lexicon()["named_outlets"] or tok.text in state.aliases:
        return True
    if state.publisher and same_name(name, state.publisher):
        return True  # "told RFA" in a Radio Free Asia article
    return any(w in name.lower().split() for w in lexicon()["outlet_words"])


def looks_outlet_name(name: str) -> bool:
    """ "Mi'raj News Agency", "Al Mamlaka TV", "IANS"; but "Sudan Doctors Network" or "the UN refugee
    agency" are not outlets: an organisation noun names an outlet only after "news", "press" or "media"."""
    if name in lexicon()["wire_agencies"] or name in lexicon()["named_outlets"]:
        return True
    # "DawnNews", "GeoTV": an outlet word run into the name
    words = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z])(?=TV\b)", " ", name).lower().split()
    org_nouns = set(lexicon()["organisation_nouns"])
    for k, w in enumerate(words):
        if w not in lexicon()["outlet_words"]:
            continue
        if w not in org_nouns or (k > 0 and words[k - 1] in ("news", "press", "media", "broadcasting")):
            return True
    return name.isupper() and len(name) <= 6
