"""One attribution a sentence makes, and whether a name is a news outlet's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tallygraph.extract.naming import is_demonym
from tallygraph.extract.speakers import phrase
from tallygraph.extract.state import DocState
from tallygraph.lexicon import lexicon
from tallygraph.names import same_name

__all__ = ["Source", "described_outlet", "is_outlet", "looks_outlet_name", "opens_report"]


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
    # "The show started seven minutes after the National Weather Service put out a severe storm warning. // Strong
    # winds collapsed the circus tent, killing two spectators": a statement the text only dates something by,
    # which speaks for its clause only
    backdrop: bool = False


def opens_report(source: Source, sent: Span) -> bool:
    """ "BBC News reported six Australians were missing": a report whose verb comes before what it reports (not the
    closing credit "..., Xinhua reported.")."""
    if source.verb is None:
        return False
    verb = sent.doc[source.verb]
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def bare_report(source: Source, sent: Span) -> bool:
    """ "At least 22 people died in the fire. TASS reports.": a report's verb in a sentence of its own, with
    nothing but its subject; it reports the sentence before."""
    if source.verb is None:
        return False
    verb = sent.doc[source.verb]
    words = [t for t in sent if not t.is_punct]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and verb.i == words[-1].i
        and all(c.dep_ in ("nsubj", "punct", "aux") for c in verb.children)
        and words[0].i == subj.left_edge.i
    )


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


def described_outlet(tok: Token, state: DocState) -> str | None:
    """ "the news agency", "the state newspaper", "the radio station": the outlet named last among those that
    spoke, which the text now calls by what it is (not "the UN agency", "the Spanish newspaper El País": names).
    None when the noun describes no outlet or no outlet spoke before."""
    lex = lexicon()
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None  # (not "the state news outlets": some of them, not one)
    left = [c for c in tok.children if c.i < tok.i and c.dep_ != "det"]
    if not left:
        return None  # "the newspaper", "the agency": the body that spoke last, whatever its name
    modifiers = [t for c in left for t in c.subtree]
    # (but a country's, "the U.S. network", "the British broadcaster", still describes an outlet)
    countries = [t for t in modifiers if t.ent_type_ in ("GPE", "NORP") or is_demonym(t.text)]
    named = [t for t in modifiers if (t.pos_ == "PROPN" or t.text[:1].isupper()) and t not in countries]
    if tok.n_rights or named:
        return None
    named_by_country = bool(countries)
    words = {t.lower_ for t in modifiers}
    # ("the U.S. network": a broadcaster by its country, where "the rights network" is none)
    national = tok.lemma_.lower() == "network" and len(countries) == len(modifiers)
    nouns = lex["outlet_description_nouns"]
    if tok.lemma_.lower() not in nouns and not national and not words & set(lex["outlet_description_words"]):
        return None
    # (an outlet by its country is one named, not "Indian media": "the India tv broadcaster" is another)
    return next(
        (
            k
            for k in reversed(list(state.agents))
            if k[:1].isupper() and looks_outlet_name(k) and not (named_by_country and _generic_press(k))
        ),
        None,
    )


def _generic_press(name: str) -> bool:
    """ "Indian media", "local press": the press of a place, no outlet in particular."""
    return name.split()[-1].lower() in ("media", "press", "outlets", "reports")
