"""Outlets and pages named in a text: a known outlet whose name the tagger splits ("France 24"), and the body
whose page a statement was posted to."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from tallygraph.lexicon import lexicon

__all__ = ["known_outlet_at", "platform_of_post", "posting_owner"]


@cache
def _split_outlets() -> tuple[str, ...]:
    """Known outlet names with a number for a word ("France 24", "Channel 4"), which the tagger reads as a
    name and a date."""
    lex = lexicon()
    names = {*lex["named_outlets"], *lex["wire_agencies"]}
    return tuple(sorted((n for n in names if any(w.isdigit() for w in n.split())), key=len, reverse=True))


def known_outlet_at(tok: Token) -> str | None:
    """The known outlet whose name starts at this token ("France 24"), if any."""
    text = tok.doc.text
    for name in _split_outlets():
        end = tok.idx + len(name)
        if text.startswith(name, tok.idx) and (end == len(text) or not text[end].isalnum()):
            return name
    return None


def posting_owner(posted: Token, authorlike: Callable[[Token], bool]) -> Token | None:
    """ "a statement posted to the Chongqing press office's official Weibo page": whose page it went up on."""
    for prep in (c for c in posted.children if c.dep_ == "prep" and c.lower_ in ("to", "on")):
        for place in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in lexicon()["posting_places"]):
            # (a possessive, or a modifier with its "’s" when the parser missed the possessive)
            owner = next((c for c in place.children if c.dep_ == "poss" or _with_possessive(c)), None)
            if owner is not None and authorlike(owner):
                return owner
    return None


def _with_possessive(tok: Token) -> bool:
    return tok.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'", "’") for c in tok.children)


def platform_of_post(tok: Token) -> str | None:
    """The platform a post names: "a Telegram post" -> Telegram, "a tweet" -> Twitter; None for other words."""
    platforms: dict[str, str] = lexicon()["platforms"]
    compounds = [c for c in tok.children if c.dep_ == "compound"]
    # ("Twitter account Abduweli Ayup posted": the platform on the account's word)
    compounds += [g for c in compounds for g in c.children if g.dep_ == "compound"]
    named = next((platforms[c.lower_] for c in compounds if c.lower_ in platforms), None)
    if named is None and tok.lemma_.lower() in ("tweet", "retweet"):
        return platforms["twitter"]
    return named
