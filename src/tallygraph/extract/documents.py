"""Figures sourced through a document: "according to X", "as per data released by X", "in a report by X",
"as quoted from X", and a later "The figures were released by X"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.agents import agentive, document_author
from tallygraph.extract.measures import measure_word
from tallygraph.extract.naming import is_demonym
from tallygraph.extract.source import Source, is_outlet, looks_outlet_name
from tallygraph.extract.speakers import phrase
from tallygraph.extract.state import DocState
from tallygraph.lexicon import forms, lexicon
from tallygraph.places import is_country, is_subdivision

__all__ = [
    "according_preposition",
    "as_quoted_by",
    "based_on",
    "body_before_document",
    "counted_by",
    "definite_figures",
    "described",
    "document_owner",
    "document_sources",
    "figures_given_by",
    "figures_introduced_by",
    "handed_to",
]


_STATING = {"state", "report", "announce", "confirm", "say", "disclose", "reveal"}


def figures_given_by(sent: Span, state: DocState) -> Source | None:
    """ "The figures were released by the health ministry", "These numbers have been gathered from authorities
    in various govt hospitals": who gave the figures just before, named in a sentence of its own. The source's
    kind is "relay" when the figures were gathered from it (whoever gave them before passed them on)."""
    lex = lexicon()
    # ("The deaths have been confirmed this Sunday by the prosecutor Giovanni Mattos": the deaths just given)
    references = {*lex["toll_references"], "data", "statistic", "statistics", "datum", "death", "casualty", "fatality"}
    giving = {*lex["toll_giving_verbs"], *lex["publishing_verbs"], "confirm", "obtain", "receive", "supply"}
    for subj in sent:
        verb = subj.head
        # ("This was stated by South Korean MP Lee Seong-kweun": what the sentence before said)
        this = subj.lower_ in ("this", "that") and subj.pos_ in ("PRON", "DET") and verb.lemma_.lower() in _STATING
        if (
            subj.dep_ != "nsubjpass"
            or not (this or subj.lemma_.lower() in references)
            or verb.lemma_.lower() not in (giving | (_STATING if this else set()))
        ):
            continue
        if not this and not any(c.lower_ in ("the", "these", "those", "this", "that") for c in subj.children):
            continue  # "a figure was released by ...": some other figure
        for prep in verb.children:
            if prep.dep_ not in ("agent", "prep") or prep.lower_ not in ("by", "from"):
                continue
            objs = [o for o in prep.children if o.dep_ == "pobj" and agentive(o)]
            if objs:
                name, kind = phrase(objs[0])
                name = state.canonical(name)
                state.note_speaker(name, kind, [])
                cue = sent.doc[subj.left_edge.i : objs[0].right_edge.i + 1].text
                return Source(name, [], cue, None, "relay" if prep.lower_ == "from" else "speech", False, verb.i)
    return None


def figures_introduced_by(sent: Span, state: DocState) -> Source | None:
    """ "The Prosecutor General's Office presented its version of events. As a result of riots in Nukus, 243 people
    were injured": who gives the figures that follow, named in a sentence of its own with no speech verb."""
    lex = lexicon()
    references = {*lex["toll_references"], *lex["introduced_references"]}
    giving = {*lex["toll_giving_verbs"], *lex["publishing_verbs"], "share", "update"}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in giving or verb.dep_ not in ("ROOT", "conj"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "has not released its own toll"
        subjs = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and agentive(c)]
        objs = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and any(f in references for f in forms(c.text, c.lemma_))
            and not any(t.like_num for t in c.subtree)  # ("released a toll of 15": a figure of its own)
            and not any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children
            )  # ("provides no death tolls": none given)
        ]
        if subjs and objs:
            name, kind = phrase(subjs[0])
            name = state.canonical(name)
            state.note_speaker(name, kind, [])
            cue = sent.doc[subjs[0].left_edge.i : objs[0].right_edge.i + 1].text
            return Source(name, [], cue, None, "speech", False, verb.i)
    return None


def according_preposition(tok: Token, sent: Span) -> Token | None:
    """The preposition whose object a figure is according to: "according to X", "as per X", "per X"
    (not "per day", "per cent", "$5 per person": the object must be able to speak or be a body of figures)."""
    if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
        return sent.doc[tok.i + 1]
    if tok.lower_ != "per" or tok.dep_ != "prep":
        return None
    as_per = tok.i > sent.start and sent.doc[tok.i - 1].lower_ == "as"
    opens = tok.i == sent.start or sent.doc[tok.i - 1].text in (",", "(", "—", "–")
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    if not (as_per or opens) or not objs or not agentive(objs[0]) or objs[0].ent_type_ in ("PERCENT", "MONEY"):
        return None
    lex = lexicon()
    obj = objs[0]
    if any(f in lex["document_nouns"] for f in forms(obj.text, obj.lemma_)):
        # "as per data released by the health ministry"; not "as per the reports of the missing" (in line with)
        return tok if document_author(obj) is not None or document_owner(obj) is not None else None
    sourcelike = (
        obj.pos_ == "PROPN"
        or obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
        or any(
            f in {*lex["authority_nouns"], *lex["organisation_nouns"], *lex["source_nouns"]}
            for f in forms(obj.text, obj.lemma_)
        )
        or obj.lemma_.lower() in lex["person_titles"]
    )
    return tok if sourcelike else None


def as_quoted_by(sent: Span, state: DocState) -> list[Source]:
    """ "..., said AAPP in a written statement, as quoted from Anadolu Agency", "..., the group said, as quoted
    by Reuters": the outlet that quoted the clause the "as" hangs on relays it."""
    out: list[Source] = []
    for tok in sent:
        if tok.lemma_ not in ("quote", "cite") or tok.dep_ != "advcl" or tok.tag_ != "VBN":
            continue
        # (or, after a speaker's tag, without the "as": "..., they said, quoted by the MAP news agency")
        tagged = tok.i >= 2 and sent.doc[tok.i - 1].text == "," and sent.doc[tok.i - 2].lemma_ in ("say", "tell")
        if not tagged and not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            continue
        for prep in (c for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from", "in")):
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if not objs or not (is_outlet(objs[0], state) or looks_outlet_name(phrase(objs[0])[0])):
                continue
            name = state.canonical(phrase(objs[0])[0])
            clause = tok.head
            # closing the sentence, it vouches for all of it, wherever the parser hung it
            closing = all(t.is_punct for t in sent.doc[tok.right_edge.i + 1 : sent.end])
            scope = None if clause.dep_ == "ROOT" or closing else {t.i for t in clause.subtree}
            out.append(Source(name, [], sent.doc[tok.i - 1 : objs[0].right_edge.i + 1].text, scope, "relay"))
            state.note_speaker(name, "ORG", [])
    return out


def document_sources(sent: Span, state: DocState) -> list[Source]:
    """ "In the most recent report by OCHA, nearly 50 thousand ...", "denied a claim by the government
    that more than 20,000 ...": a statement with a named author covers its clause."""
    out: list[Source] = []
    for tok in sent:
        owner = _toll_owner(tok)
        author = document_author(tok) or owner
        if author is None:
            continue
        scope: set[int] | None
        counted: list[Token] = []
        clauses: list[Token] = []
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX"):
            clause = tok.head.head
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
                # "..., officials said, as stated in a report by the AP": the clause it vouches for
                clause = clause.head
            scope = None if clause.dep_ == "ROOT" else {t.i for t in clause.subtree}
        elif _based_on(tok):
            # "Based on a tally by the Assistance Association for Political Prisoners, 464 civilians have been
            # killed": the clause the "based on" opens (not "... may contain 100 bodies, based on survivors'
            # accounts", "the estimate was based on information from hospitals": what the speaker drew on)
            clause = tok.head.head.head
            scope = None if clause.dep_ == "ROOT" else {t.i for t in clause.subtree}
        else:
            clauses = [
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ]
            citing = [
                c
                for c in [*tok.children, *tok.head.children]
                if c.lemma_ in ("cite", "quote") and c.pos_ == "VERB" and c.i > tok.i
            ]
            # "denied Al-Shabaab's claim of 57 military deaths", "the ministry's estimate of 300 dead": what the
            # document counts, in its "of" phrase
            owned = author.dep_ == "poss" or author.head.lower_ == "by"
            counted = [
                c
                for c in tok.children
                if owned
                and c.dep_ == "prep"
                and c.lower_ == "of"
                and any(n.like_num and n.dep_ == "nummod" for o in c.children if o.dep_ == "pobj" for n in o.children)
            ]
            # "The government's previous toll was 85 deaths and 908 cases": what the owner's toll is, or stands at
            stated = (
                owner is not None
                and owner == author
                and not _voiced(tok)
                and tok.dep_ == "nsubj"
                and tok.head.lemma_ in ("be", "stand")
                and any(t.like_num for t in sent.doc[tok.head.i : tok.head.right_edge.i + 1])
            )
            if clauses:
                scope = {t.i for t in clauses[0].subtree}
            elif stated:
                scope = {t.i for t in tok.subtree} | _own_complements(tok.head)
            elif counted:
                scope = {t.i for t in counted[0].subtree}
            elif citing:
                scope = set()  # "Tuesday's report by IRNA, ..., quoting the minister as saying": the citing clause
            else:
                continue
        name, kind = phrase(author)
        name = state.canonical(name)
        cue = sent.doc[tok.left_edge.i : author.right_edge.i + 1].text
        # "..., as stated in a report by the Associated Press (AP)": an outlet's report relays what it reports
        # (one that quotes somebody is the citing clause's to resolve)
        source_kind = "relay" if looks_outlet_name(name) and scope != set() else "according"
        out.append(Source(name, [], cue, scope, source_kind, False, tok.i))
        if not counted or clauses:
            state.note_speaker(name, kind, [])  # (whose count a figure is speaks for that figure only)
    return out


def _voiced(tok: Token) -> bool:
    """Does someone tell of the toll `tok` ("..., according to the military", "X said the army's toll was ...")?
    Then it is theirs to give."""
    speech = lexicon()["speech_verbs"]
    above = list(tok.ancestors)
    return any(a.lemma_.lower() in speech and a.pos_ == "VERB" for a in above) or any(
        t.lower_ == "according" for t in tok.head.subtree
    )


def _toll_owner(tok: Token) -> Token | None:
    """ "The government's previous toll was 85 deaths": the body or person whose toll it is (not "the quake's
    toll", nor "Gaza's toll", a place's)."""
    if tok.lemma_.lower() != "toll" or tok.pos_ != "NOUN":
        return None
    lex = lexicon()
    bodies = {*lex["authority_nouns"], *lex["organisation_nouns"]}
    for c in tok.children:
        if c.dep_ != "poss" or c.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME") or not agentive(c):
            continue
        if is_country(c.text) or is_subdivision(c.text):
            continue  # "Rajasthan’s toll stood at 16", whatever the recogniser took the place for
        if c.ent_type_ in ("ORG", "PERSON") or c.lemma_.lower() in bodies:
            return c
    return None


def _own_complements(clause: Token) -> set[int]:
    """The verb of a clause and its own complements ("were from Cameroon, 20; ...", "brought the tally to 922",
    "stood at 12 dead"), without a clause hung on it ("..., noting that in addition to the 33 prisoners ...")."""
    scope = {clause.i}
    for c in clause.children:
        # (a participle describing the counted is no clause: "had been eight dead and four injured")
        if c.dep_ in ("prep", "attr", "acomp", "dobj", "oprd", "npadvmod") and not any(
            t.pos_ == "VERB" and t.dep_ != "amod" for t in c.subtree
        ):
            scope |= {t.i for t in c.subtree}
    return scope


def _based_on(tok: Token) -> bool:
    """Is a noun the object of a "Based on" that opens its clause, or of a ", based on" closing a sentence no one
    is said to speak in ("The death toll falls between about 95 and 101, based on information provided by the
    state Medical Examiners Commission")?"""
    base = tok.head.head
    on = tok.head.lower_ in ("on", "upon")  # ("Based upon a report issued by the Nadeem Center, ...")
    if tok.dep_ != "pobj" or not on or base.lemma_ != "base" or base.dep_ not in ("prep", "advcl"):
        return False
    if base.i < base.head.i:
        return True
    speech = lexicon()["speech_verbs"]
    spoken = any(t.lemma_.lower() in speech and t.pos_ == "VERB" for t in base.sent)
    return base.i > base.sent.start and base.doc[base.i - 1].text == "," and not spoken


def counted_by(sent: Span, state: DocState) -> list[Source]:
    """ "The other confirmed deaths, compiled by Agence France Presse, were from Cameroon, 20; ...", "the total
    number of deaths reported by multiple countries so far brought the tally to 922", "the official tally of 41
    given earlier on Tuesday by Amman": figures whose counter the sentence names in a "by" phrase on the counted
    noun or on the number. It covers the clause the noun opens."""
    lex = lexicon()
    counting = {*lex["toll_giving_verbs"], *lex["publishing_verbs"], "record", "confirm", "count", "register", "tally"}
    counting |= {"estimate", "establish"}  # ("A previous death toll established on Thursday by Interior Minister ...")
    counts = {*lex["toll_references"], *lex["document_nouns"], *lex["toll_nouns"], "death", "casualty", "injury"}
    out: list[Source] = []
    for verb in sent:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in counting:
            continue
        noun = verb.head
        if noun.pos_ not in ("NOUN", "NUM") or document_author(noun) is not None:
            continue  # "a report by OCHA" is document_sources'
        # (not "four Israeli hostages released on Saturday by Hamas": what befell them)
        recorded = verb.lemma_.lower() in ("record", "document", "register", "count", "tally", "compile")
        counted = recorded and noun.tag_ == "NNS" and measure_word(noun) in ("killed", "injured", "missing", "captured")
        if noun.pos_ == "NOUN" and not counted and not any(f in counts for f in forms(noun.text, noun.lemma_)):
            # "the accommodations provided by the government", "a swap announced by both sides" (but "Of the
            # total homicides recorded by HRW this semester, 11 were ...": the counted people themselves)
            continue
        agents = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        # "The toll for children, estimated at 416 by national authorities": the "by" the parser hung on the number
        agents = agents or [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "at"
            for n in p.children
            for q in n.children
            if q.dep_ == "prep" and q.lower_ == "by"
            for o in q.children
            if o.dep_ == "pobj"
        ]
        if not agents or not agentive(agents[0]) or agents[0].pos_ == "PRON":
            continue  # "based on data of confirmed deaths collated by it": the speaker already named
        name, kind = phrase(agents[0])
        name = state.canonical(name)
        phrase_head = noun
        while phrase_head.dep_ in ("pobj", "prep") and phrase_head.head.i != phrase_head.i:
            phrase_head = phrase_head.head  # "the total number of deaths reported by ...": the number
        scope = {t.i for t in phrase_head.subtree}
        if phrase_head.dep_ in ("nsubj", "nsubjpass"):
            clause = phrase_head.head  # the counted noun's clause covers its own complements
            if any(c.dep_ == "agent" for c in clause.children):
                continue  # "The number presented by X was also confirmed by Y": Y speaks
            scope |= _own_complements(clause)
        cue = sent.doc[verb.i : agents[0].right_edge.i + 1].text
        kind_name = "relay" if looks_outlet_name(name) else "according"
        out.append(Source(name, [], cue, scope, kind_name, False, verb.i))
        state.note_speaker(name, kind, [])
    return out


def handed_to(statement: Token, state: DocState) -> Token | None:
    """ "a statement provided to the al-Masirah TV network", "a statement made available to the News Agency of
    Nigeria": the outlet a statement was given to, which relays it."""
    if statement.lemma_.lower() not in ("statement", "communique", "release", "note", "letter"):
        return None
    for acl in (c for c in statement.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if acl.lemma_.lower() not in ("provide", "give", "send", "make", "issue", "release", "deliver", "hand"):
            continue
        for prep in (t for t in acl.subtree if t.dep_ == "prep" and t.lower_ == "to"):
            objs = [o for o in prep.children if o.dep_ == "pobj" and agentive(o)]
            if objs and (is_outlet(objs[0], state) or looks_outlet_name(phrase(objs[0])[0])):
                return objs[0]
    return None


def document_owner(doc_noun: Token) -> str | None:
    """ "according to a preliminary health ministry report": the body whose document it is, when the document
    is named by the body's common name ("ministry", "agency") and not by a proper name."""
    lemma = doc_noun.lemma_.lower()
    # (and a toll: "according to a new mounting toll given by police")
    papers = {*lexicon()["document_nouns"], *lexicon()["toll_references"]}
    if not any(f in papers for f in forms(doc_noun.text, lemma)):
        return None  # ("data", whose lemma the tagger may give as "datum")
    # "according to a new report released Thursday by state media": whoever released it (or gave it)
    # (not "obtained by AFP": who obtained a report did not write it)
    publishing = {*lexicon()["publishing_verbs"], *lexicon()["disclosure_verbs"]}
    for acl in (c for c in doc_noun.children if c.dep_ == "acl" and c.lemma_.lower() in publishing):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            by = [o for o in agent.children if o.dep_ == "pobj"]
            if by and agentive(by[0]):
                return phrase(by[0])[0]
    # "according to numbers received from the community health centre": whoever they came from
    for acl in (c for c in doc_noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "from"):
            given = [o for o in prep.children if o.dep_ == "pobj"]
            if given and agentive(given[0]):
                return phrase(given[0])[0]
    if lemma in ("figure", "claim"):
        return None  # "according to government figures" stays as written, as "Azerbaijani figures" does
    owners = [c for c in doc_noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if not owners or owners[-1].lemma_.lower() not in lexicon()["authority_nouns"]:
        return None
    return doc_noun.doc[owners[0].left_edge.i : owners[-1].i + 1].text


def body_before_document(doc_noun: Token) -> Token | None:
    """ "OCHA reports", "Health ministry data", "the commission statistics", "the ministry's report": the
    body named before a document, which speaks through it; not "Azerbaijani figures" or "a news report"."""
    lex = lexicon()
    bodies = {*lex["authority_nouns"], *lex["organisation_nouns"]}
    owners = [
        c
        for c in doc_noun.lefts
        if c.dep_ in ("compound", "poss")
        and not is_demonym(c.text)
        and (
            (c.pos_ == "PROPN" and (c.ent_type_ in ("ORG", "GPE", "PERSON") or c.text.isupper()))
            or c.lemma_.lower() in bodies
        )
    ]
    return owners[-1] if owners else None


def definite_figures(subj: Token) -> bool:
    """ "the figures", "the data", "these statistics": figures given before, and no one else's."""
    figures = any(
        f in {*lexicon()["toll_references"], "data", "datum", "statistic"} for f in forms(subj.text, subj.lemma_)
    )
    definite = any(c.lower_ in ("the", "these") for c in subj.children)
    return figures and subj.tag_ == "NNS" and definite and not described(subj)


def described(subj: Token) -> bool:
    """ "Earlier media reports", "a news report": a description of its own, not "the report" of the last speaker
    ("the new report", "the latest report" are still that one)."""
    when = lexicon()["time_modifiers"]
    return any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and not (c.dep_ == "amod" and c.lower_ in when)
        for c in subj.children
    )


def based_on(subj: Token) -> Token | None:
    """The author of the document a subject says its figures are "based on" ("The details of the death toll based
    on Antara's report recorded ...": Antara)."""
    for tok in subj.subtree:
        if tok.dep_ == "acl" and tok.lemma_.lower() == "base":
            docs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children]
            if not docs or docs[0].dep_ != "pobj":
                continue
            owner = next((c for c in docs[0].children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            author = document_author(docs[0]) or owner
            if author is not None:
                return author
    return None
