"""Sources named by a preposition: "according to X", "per X", "as per X" and whom X stands for."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallygraph.extract.agents import agentive
from tallygraph.extract.documents import document_owner, handed_to
from tallygraph.extract.naming import is_demonym
from tallygraph.extract.outlets import platform_of_post
from tallygraph.extract.source import Source, described_outlet, looks_outlet_name
from tallygraph.extract.speakers import phrase
from tallygraph.extract.state import DocState
from tallygraph.lexicon import forms, lexicon
from tallygraph.nlp import RANK_ABBREVIATIONS

__all__ = ["STATEMENTS", "according_source", "cited_in", "last_teller", "unowned_reports"]

STATEMENTS = {"statement", "report", "communique", "release", "post", "tweet", "letter", "announcement", "study"}
"""Nouns of a statement: "the statement said" is the statement of the last organisation that spoke (and "The study
recorded" the study of the body that published it)."""


def according_source(
    tok: Token, preposition: Token, sent: Span, state: DocState, earlier: list[Source]
) -> Source | None:
    """The source an "according to" names, if any. ``earlier``: the sources already found in the sentence."""
    lex = lexicon()
    speech = set(lex["speech_verbs"])
    objs = [c for c in preposition.children if c.dep_ == "pobj"]
    # "according to Save the Children": a name the parser read as a clause
    objs = objs or [c for c in preposition.children if c.dep_ == "pcomp" and c.ent_type_ in ("ORG", "PERSON")]
    objs = objs or _named_before_comma(tok, preposition)
    objs = objs or _what_was_said(preposition, speech)
    if not objs:
        return None
    obj = _past_rank(objs[0])
    obj = _holder_named_after(obj) or _body_named_after(obj) or obj
    counted = any(c.dep_ == "nummod" and c.i < obj.i and c.pos_ == "NUM" for c in obj.children)
    if counted and not agentive(obj):
        return None  # "according to a preliminary nine people had been killed": what was counted, not by whom
    if obj.lemma_.lower() in lex["visual_evidence"]:
        return None  # "according to surveillance images", "according to photos seen by The Irrawaddy"
    if unowned_reports(obj, sent, speech):
        return None  # '"According to credible reports ... at least 143 people," said the group': the group's
    if obj.lower_ == "details" and not any(c.dep_ not in ("det", "punct") for c in obj.children):
        return None  # "According to details, two patients ... succumbed": the reporter's own account
    if _dated_figures(obj) and not any(c.dep_ in ("acl", "relcl") for c in obj.children):
        return None  # "..., according to an updated toll Thursday": figures no one is said to own
    cue = sent.doc[tok.i : obj.right_edge.i + 1].text
    outlet = handed_to(obj, state)
    if outlet is not None and unowned_reports(obj, sent, speech, statements=True):
        # "X said two merchants had been detained, according to a statement provided to the al-Masirah TV
        # network": X's statement, which the network relays
        return Source(state.canonical(phrase(outlet)[0]), [], cue, None, "relay", own_sentence=True)
    if obj.lemma_.lower() in ("translation", "transcript"):
        # '"...," Molins said, according to the translation by broadcaster France 24': the words are Molins's,
        # the translator only passes them on
        by = [o for p in obj.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from") for o in p.children]
        if not by or by[0].dep_ != "pobj" or not agentive(by[0]):
            return None
        return Source(state.canonical(phrase(by[0])[0]), [], cue, None, "relay", own_sentence=True)
    named = _according_name(obj, state, earlier)
    if named is None:
        return None
    name, kind = named
    if not name:
        return None
    tally = re.fullmatch(r"(.+?) (?:tally|count)", name)
    if tally and looks_outlet_name(tally.group(1)):
        name = tally.group(1)  # "according to an AFP tally": the outlet's own count
        state.note_speaker(name, "ORG", [])
        return Source(name, [], cue, None, "according")
    # "officials said, according to Reuters": an outlet relays the speaker
    kind_name = "relay" if looks_outlet_name(name) else "according"
    via = list(state.via_of.get(name, [])) if kind_name == "according" else []
    relayed = cited_in(obj, state)
    if relayed and kind_name == "according":
        via = [relayed]  # "according to fire service officials cited in a news agency PTI report"
    # "according to Information Minister Neth Pheaktra's update on social media": where the update was posted
    platforms = lex["platforms"]
    posted = [
        platforms[n]
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for o in p.children
        if o.dep_ == "pobj"
        for n in (o.lower_, " ".join(t.lower_ for t in o.subtree))
        if n in platforms
    ]
    # "according to a Telegram post from Kyiv Mayor Vitali Klitschko", "according to a tweet by the ministry"
    posted += [p] if (p := platform_of_post(obj)) is not None else []
    if posted and kind_name == "according" and posted[0] not in via:
        via = [*via, posted[0]]
    clause = _clause_before(tok, speech, earlier) if kind_name == "according" else None
    scope = contrast = None
    if clause is not None:
        # "Five were killed, Palestinian sources said, while six died ..., according to the ministry"
        contrast = {t.i for t in clause.subtree}
        scope = contrast | set(range(tok.i, obj.right_edge.i + 1))
    document = any(f in lex["document_nouns"] for f in forms(obj.text, obj.lemma_))
    if kind_name == "relay" and any(s.kind == "speech" for s in earlier) and not document:
        # "the Russian Ministry of Defense said Friday, according to Russian state media TASS. It added that ...":
        # the outlet passes the speaker on, and a later "it" is still the speaker (but "according to a report by
        # the San Francisco Chronicle" is the report a later "the report said" means)
        state.agents.setdefault(name, kind)
    else:
        state.note_speaker(name, kind, via)
    return Source(name, via, cue, scope, kind_name, contrast=contrast, own_sentence=True)


def _what_was_said(preposition: Token, speech: set[str]) -> list[Token]:
    """ "according to what Yasser al-Khamis, the head of the Initial Response Team said": who said it."""
    return [
        g
        for c in preposition.children
        if c.dep_ == "pcomp" and c.lemma_.lower() in speech and any(w.lower_ == "what" for w in c.children)
        for g in c.children
        if g.dep_ == "nsubj"
    ]


def _named_before_comma(tok: Token, preposition: Token) -> list[Token]:
    """ "According to the Rostov Region's border guard spokesman Vasily Malaev, a total of 438 soldiers ... have
    been allowed into Russia": a name the parser made the subject of the clause after, up to the comma that
    closes the opening "According to"."""
    sent = tok.sent
    if tok.i != sent.start or preposition.i != tok.i + 1:
        return []
    comma = next((t for t in sent if t.i > preposition.i and t.text == ","), None)
    if comma is None or comma.i - preposition.i > 12:
        return []
    name = sent.doc[comma.i - 1]
    return [name] if name.pos_ == "PROPN" and name.dep_ in ("nsubj", "nsubjpass") else []


def _past_rank(obj: Token) -> Token:
    """ "according to Brig. Gen. Mujibur Rahman of the Bangladesh army", where the parser took the rank's
    abbreviation for the object: the person named after it."""
    doc = obj.doc
    if f"{obj.text}." not in RANK_ABBREVIATIONS or obj.i + 1 >= len(doc) or doc[obj.i + 1].text != ".":
        return obj
    person = next((e for e in obj.sent.ents if e.label_ == "PERSON" and e.start > obj.i), None)
    return person.root if person is not None and person.start <= obj.i + 5 else obj


def _holder_named_after(obj: Token) -> Token | None:
    """ "According to the deputy director of Migration, María Isabel Saravia, the accident left 28 injured": the
    post's holder, named between commas, whom the parser made the subject of the clause after."""
    doc = obj.doc
    if obj.lemma_.lower() not in lexicon()["person_titles"]:
        return None
    start = obj.right_edge.i + 2
    end = start
    while end < obj.sent.end and doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in _PLACES_AND_BODIES:
        end += 1
    if end - start < 2 or end >= obj.sent.end or doc[start - 1].text != "," or doc[end].text != ",":
        return None
    return doc[end - 1]


_PLACES_AND_BODIES = ("GPE", "LOC", "FAC", "ORG", "NORP")


def _body_named_after(obj: Token) -> Token | None:
    """ "According to the news agency ANI, 5-6 people fell unconscious": the body's name right after what it is,
    which the parser made the subject of the clause after."""
    lex = lexicon()
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in {*lex["organisation_nouns"], *lex["outlet_words"]}:
        return None
    doc = obj.doc
    start = obj.right_edge.i + 1
    ent = next((e for e in obj.sent.ents if e.start == start and e.label_ == "ORG"), None)
    if ent is None or ent.end >= obj.sent.end or doc[ent.end].text != "," or ent.root.head.i == obj.i:
        return None
    return ent.root


def last_teller(state: DocState) -> str | None:
    """The last speaker who is no outlet: "the source" of "..., a representative ... told RIA Novosti, according to
    Sputnik. ... the source said" is the representative."""
    if state.last_speaker and not looks_outlet_name(state.last_speaker):
        return state.last_speaker
    return next((name for name in reversed(list(state.agents)) if not looks_outlet_name(name)), None)


def _according_name(obj: Token, state: DocState, earlier: list[Source]) -> tuple[str, str] | None:
    """Whom the object of an "according to" stands for, and their kind; None when it names nobody new."""
    lex = lexicon()
    if obj.lower_ in ("him", "her"):
        # "According to him, militiamen also killed three other people": who spoke last, or was named last
        person = state.person_before()
        return (person, "PERSON") if person else None
    teller = last_teller(state) if obj.lower_ == "source" and [c.lower_ for c in obj.children] == ["the"] else None
    if teller is not None:
        return teller, state.agents.get(teller, "PERSON")  # "according to the source"
    if obj.lower_ == "it" and state.last_org:
        return state.last_org, "ORG"  # "Press service of the Red Crescent reported. According to it, 55 people ..."
    if obj.lower_ == "them" and state.last_speaker:
        return state.last_speaker, state.agents.get(state.last_speaker, "ORG")
    name, kind = phrase(obj)
    name = state.canonical(name)
    bare = obj.tag_ == "NN" and not any(c.dep_ in ("poss", "compound", "amod") for c in obj.children)
    if bare and obj.lemma_.lower() in lex["person_titles"] and any(c.lower_ == "the" for c in obj.children):
        # "according to the official": the one described so who spoke before ("a municipal publicity official
        # told a press conference")
        described = [k for k in state.agents if k.lower().split()[-1] == obj.lower_ and k != name]
        if described:
            name, kind = described[-1], state.agents[described[-1]]
    # "according to U.N. estimates": the U.N.; "according to Azerbaijani figures" stays as written
    counted = re.fullmatch(r"(.+?) (?:estimates?|figures|data|statistics)", name)
    owner = [c for c in obj.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and not is_demonym(c.text)]
    if counted and owner:
        name = state.canonical(counted.group(1))
    authored = document_owner(obj)
    if authored is not None:
        name, kind = state.canonical(authored), "ORG"  # "a preliminary health ministry report"
    plain = [c.lower_ for c in obj.children] in (["the"], ["a"]) and obj.tag_ == "NN"
    the_only = [c.lower_ for c in obj.children] == ["the"] and obj.tag_ == "NN"
    if the_only and obj.lemma_.lower() in lex["organisation_nouns"]:
        # "according to the agency": the body named before with that noun, else the last that spoke
        known = [k for k in reversed(list(state.agents)) if obj.lemma_.lower() in k.lower() and k[:1].isupper()]
        bodies = [b for b in reversed(state.bodies) if b[:1].isupper() and not looks_outlet_name(b)]
        if known:
            name, kind = known[0], state.agents[known[0]]
        elif state.last_org:
            name, kind = state.last_org, "ORG"
        elif bodies and obj.lemma_.lower() in lex["generic_org_nouns"]:
            name, kind = bodies[0], "ORG"  # "according to the organization", named before as doing, not saying
    outlet = described_outlet(obj, state)
    if outlet is not None:
        name, kind = outlet, state.agents[outlet]  # "..., the AP said. According to the news agency, ..."
    if plain and obj.lemma_.lower() in ("report", "statement", "study", "survey") and state.last_org:
        # "according to the report", "according to a statement": the report of the last body
        name, kind = state.last_org, "ORG"
    own = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if own is not None and any(
        f in {*lex["document_nouns"], *lex["source_nouns"]} for f in forms(obj.text, obj.lemma_)
    ):
        # "UNAMA says ..., according to its preliminary findings": the speaker's own findings
        if earlier:
            return None
        person = own.lower_ in ("his", "her")
        owner_name = state.last_person if person else state.last_org
        if owner_name is None:
            return None
        name, kind = owner_name, "PERSON" if person else "ORG"
    if own is not None and own.lower_ in ("his", "her") and obj.lemma_.lower() in lex["organisation_nouns"]:
        # "..., said Heriyanto, head of the provincial Search and Rescue Office. According to his office, ...": the
        # body of that name named last
        body = next((b for b in reversed(state.bodies) if b.split()[-1].lower() == obj.lower_), None)
        if body is not None:
            name, kind = body, "ORG"
    return name, kind


def cited_in(tok: Token, state: DocState) -> str | None:
    """ "fire service officials cited in a news agency PTI report", "officials quoted by Reuters":
    the outlet that relays them."""
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.lemma_ not in ("cite", "quote"):
            continue
        for prep in acl.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if names and any(f in lexicon()["document_nouns"] for f in forms(obj.text, obj.lemma_)):
                    return state.canonical(phrase(names[-1])[0])  # "a news agency PTI report": PTI
                return state.canonical(phrase(obj)[0])
    return None


def _dated_figures(obj: Token) -> bool:
    """ "preliminary data", "an updated toll", "the latest figures": figures told only by when they are from."""
    return (
        bool(
            {obj.lemma_.lower(), obj.lower_}
            & {"data", "datum", "figure", "figures", "estimate", "count", "toll", "tally"}
        )
        and all(c.lower_ in lexicon()["time_modifiers"] for c in obj.children if c.dep_ == "amod")
        and any(c.dep_ == "amod" for c in obj.children)
        and not any(
            c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "by"))
            for c in obj.children
        )
    )


def unowned_reports(
    obj: Token, sent: Span, speech: set[str], verb: Token | None = None, *, statements: bool = False
) -> bool:
    """ "according to credible reports (and testimonies)", '"The reports coming to us revealed that 22 have
    died, ...," he said' in a sentence someone else says: whose reports is not said, so the figure stays the
    speaker's. ``verb``: the reports' own verb of speech, if they are its subject. ``statements``: "a
    statement" too, which is the speaker's own."""
    plural = obj.lemma_.lower() in ("report", "testimony", "account") and obj.tag_ == "NNS"
    # "Fifteen children died ..., according to the latest information, ... Pavel Astakhov, wrote on Twitter"
    information = obj.lemma_.lower() == "information"
    # '"According to preliminary data, the enemy lost 174 soldiers. ...," it said': data no one owns, dated only
    dated = _dated_figures(obj)
    if not plural and not information and not dated and not (statements and obj.lemma_.lower() in STATEMENTS):
        return False
    if any(
        c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "by"))
        for c in obj.children
    ):
        return False
    if dated and sent.text.lstrip()[:1] in ('"', "“"):
        return True  # inside a quotation whose speaker follows
    inside = {t.i for t in (verb if verb is not None else obj).subtree}
    # (a passive names no speaker: "At least four people were confirmed dead ..., according to local reports")
    return any(
        t.lemma_.lower() in speech
        and t.pos_ == "VERB"
        and t.i not in inside
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
        for t in sent
    )


def _clause_before(according: Token, speech: set[str], earlier: list[Source]) -> Token | None:
    """ "X said, while six died ..., according to Y": the clause an "according to" closes, when the parser hung
    it on a verb of speech that has a speaker of its own (not "with 152 people reported dead and 140 others
    missing ..., according to the agency": a verb that names no speaker)."""
    verb = according.head
    if verb.lemma_.lower() not in speech or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if not any(s.verb == verb.i for s in earlier):
        return None
    clauses = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "conj")
        and verb.i < c.i < according.i
        and c.right_edge.i < according.i
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    return clauses[-1] if clauses else None
