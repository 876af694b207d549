"""Through whom a statement went: the platforms and outlets a verb of speech names ("on Twitter", "in a Facebook
post", "Speaking to AA", "told Al Jazeera")."""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from tallygraph.extract.naming import clean_name
from tallygraph.extract.source import is_outlet
from tallygraph.extract.speakers import phrase
from tallygraph.extract.state import DocState
from tallygraph.lexicon import lexicon

__all__ = ["channel"]


def channel(verb: Token, state: DocState) -> list[str]:
    """Platforms and outlets a statement went through ("on Twitter", "Speaking to AA")."""
    platforms: dict[str, str] = lexicon()["platforms"]
    via: list[str] = []
    # "X tweeted", "he said, after having tweeted: ..." (a tweet hung on the verb, or on its "after")
    hung = [c for c in verb.children if c.pos_ == "VERB" and c.dep_ in ("pcomp", "advcl")]
    hung += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    # ("said in a tweet", "Through a series of tweets posted on his official account, Saab said")
    carriers = [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "through", "via") for o in p.children
    ]
    carriers += [o for c in carriers for p in c.children if p.lower_ == "of" for o in p.children]
    tweets = [t for t in carriers if t.dep_ == "pobj" and t.lemma_.lower() in ("tweet", "retweet")]
    if tweets or any(t.lemma_.lower() == "tweet" for t in [verb, *hung]):
        via.append(platforms["twitter"])
    for child in verb.subtree:
        in_post = child.dep_ == "pobj" and child.head.lower_ == "in" and child.head.head.i == verb.i
        if in_post or (child.dep_ == "nsubj" and child.head.i == verb.i):
            # "said in a Facebook post", "in a Telegram message"; "said the Facebook message posted by ..."
            names = [c.lower_ for c in child.lefts if c.dep_ in ("compound", "amod")]
            names.append(" ".join(names))  # "in a social media post"
            platform = next((platforms[n] for n in names if n in platforms and n != "x"), None)
            if platform and platform not in via:
                via.append(platform)
            continue
        # ("said in a video posted to Twitter": what the statement was posted to)
        posted_to = child.head.lower_ == "to" and child.head.head.lemma_.lower() in ("post", "upload", "publish")
        if child.dep_ != "pobj" or not (child.head.lower_ == "on" or posted_to):
            continue
        # "on Twitter", "in a post on X", "on its Telegram channel", "on social media"
        mods = [c for c in child.lefts if c.dep_ in ("compound", "amod")]
        phrase_words = " ".join([*(c.lower_ for c in mods), child.lower_.rstrip(".")])
        names = [phrase_words, child.lower_.rstrip("."), *[c.lower_ for c in mods if c.dep_ == "compound"]]
        # "on the Telegram messaging app", "on its official social media account": the platform among the words
        # (and "on the social media site Sina Weibo": the site named after it)
        named = [a for a in child.rights if a.dep_ == "appos"]
        end = named[0].right_edge.i if named and named[0].right_edge.i - child.i <= 4 else child.i
        words = [t.lower_.rstrip(".") for t in verb.doc[child.left_edge.i : end + 1]]
        names += [" ".join(pair) for pair in itertools.pairwise(words)] + [w for w in words if w != "x"]
        found = [platforms[n] for n in names if n in platforms]
        # (a site by its name before "social media": "on the social media site Sina Weibo")
        platform = next((f for f in found if f != "social media"), found[0] if found else None)
        up = [child.head.head]
        for _ in range(3):
            up.append(up[-1].head)
        if platform and verb.i in {t.i for t in up} and platform not in via:
            via.append(platform)
        elif child.head.head.i == verb.i and child.pos_ == "PROPN" and is_outlet(child, state):
            via.append(state.canonical(phrase(child)[0]))  # "said on Radio Caracol"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "via"):
        # "The military regime said via state television and newspapers": the channel it spoke through
        for obj in (c for c in prep.children if c.dep_ == "pobj" and _a_medium(c, state)):
            medium = state.canonical(clean_name(verb.doc[obj.left_edge.i : obj.right_edge.i + 1].text))
            if medium and medium not in via:
                via.append(medium)
    if len(via) > 1 and "social media" in via:
        via.remove("social media")  # the site by its name: "on the social media site Sina Weibo"
    # "Taking to X, Jaishankar wrote": the platform taken to, wherever the parser hung the participle
    opening = verb.sent[0]
    if opening.lower_ == "taking" and opening.i < verb.i:
        posted = [o for p in opening.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        platform = platforms.get(posted[0].lower_) if posted else None
        if platform and platform not in via:
            via.append(platform)
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_ in ("speak", "talk"):
            for prep in child.children:
                if prep.lower_ == "to":
                    for obj in prep.children:
                        # ("Speaking to AA", not "Speaking to reporters": no outlet)
                        if obj.dep_ == "pobj" and (is_outlet(obj, state) or obj.pos_ == "PROPN"):
                            via.insert(0, state.canonical(phrase(obj)[0]))
        # "Eyewitnesses confirmed to Radio Dabanga that ...", "said to Reuters": the outlet spoken to
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() in _SAYING_TO:
            told = (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() not in _GATHERINGS)
            for obj in (c for c in told if is_outlet(c, state)):
                via.insert(0, state.canonical(phrase(obj)[0]))  # ("confirmed to Reuters news": the wire, by clean_name)
        # "an NGO worker ... gave AFP a toll of 64": the outlet given the figures
        given = verb.lemma_.lower() in lexicon()["disclosure_verbs"] and any(c.dep_ == "dobj" for c in verb.children)
        if given and child.dep_ == "dative" and child.pos_ == "PROPN" and is_outlet(child, state):
            via.insert(0, state.canonical(phrase(child)[0]))
        # '"...," Sadry told Africa Journal': the one told, even where the parser took it for a second subject
        told = child.dep_ in ("dobj", "dative") or (
            child.dep_ == "nsubj"
            and child.i > verb.i
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        )
        # (or informed: "the Public Relations Center of the ... FSB - informed TASS"; not "had to inform the sad
        # news to the 2,000 guests", what was told)
        informed = verb.lemma_.lower() == "inform" and child.pos_ == "PROPN"
        if (verb.lemma_ != "tell" and not informed) or not told or child.lemma_.lower() in _GATHERINGS:
            continue
        doc = verb.doc
        # "told the news channel CNN": the name after its description, however the parser split them
        named = doc[child.i + 1] if child.i + 1 < len(doc) else None
        if child.pos_ == "NOUN" and named is not None and named.pos_ == "PROPN" and named.head == verb:
            continue
        described = child.i > 0 and doc[child.i - 1].pos_ == "NOUN" and doc[child.i - 1].head == verb
        if is_outlet(child, state) or (described and is_outlet(doc[child.i - 1], state)):
            name = phrase(child)[0]
            if named is not None and child.pos_ == "NOUN" and named.text.isupper() and len(named.text) >= 2:
                # "told state news agency SANA", the name the parser took for a verb of its own
                name = clean_name(doc[child.left_edge.i : named.i + 1].text)
            via.insert(0, state.canonical(name))
    return via


def _a_medium(tok: Token, state: DocState) -> bool:
    """An outlet, a platform or a kind of medium ("state television and newspapers"), not "via mobile phone"."""
    words = {tok.lemma_.lower(), *(c.lemma_.lower() for c in tok.conjuncts)}
    return bool(words & _MEDIA) or tok.lower_ in lexicon()["platforms"] or is_outlet(tok, state)


_MEDIA = {"television", "tv", "radio", "newspaper", "media", "broadcaster", "channel", "website", "agency", "outlet"}

# Verbs of speech whose "to" names whom it was said to: "confirmed to Radio Dabanga".
_SAYING_TO = {"confirm", "say", "explain", "reveal", "describe", "report", "admit", "speak", "talk", "disclose"}

# "told a press conference", "told a news briefing": an occasion, not an outlet.
_GATHERINGS = {"conference", "briefing", "meeting", "session", "hearing", "gathering", "rally", "summit", "event"}
