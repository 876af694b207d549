"""Which words cue an attribution: verbs of speech and of giving figures, and the verbs that only seem to."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.according import STATEMENTS, cited_in
from tallygraph.extract.agents import document_author
from tallygraph.extract.closing_tags import closing_noun_verb, closing_records_show
from tallygraph.extract.counted import is_person_noun
from tallygraph.extract.documents import definite_figures
from tallygraph.extract.naming import clean_name
from tallygraph.extract.placelists import in_place_list
from tallygraph.extract.source import Source, is_outlet
from tallygraph.extract.state import DocState
from tallygraph.lexicon import forms, lexicon
from tallygraph.places import is_country, is_subdivision

__all__ = [
    "WEAK_VERBS",
    "concern_objects",
    "dash_quotative",
    "finder",
    "finds_that",
    "is_source_subject",
    "records_a_place",
    "responsibility_for",
    "sets_toll",
    "speech_cue",
    "unknown_initials",
]


def speech_cue(tok: Token, sent: Span, state: DocState, speech: set[str]) -> tuple[bool, Token | None]:
    """Does a token cue an attribution of its own, and, for '..., state media report.' read as a noun
    phrase, the subject the tagger hid in it?"""
    # "..., Xinhua reports citing local police.": a verb the tagger took for a plural noun, with its subject
    verb_as_noun = tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children)
    # "..., state media report.": the closing verb and its subject read as one noun phrase
    closing = closing_noun_verb(tok, sent) or closing_records_show(tok, sent)
    verb_as_noun = verb_as_noun or closing is not None
    learned = _outlet_learned(tok, state)
    if (tok.pos_ not in ("VERB", "AUX") and not verb_as_noun) or (
        tok.lemma_.lower() not in speech
        and tok.lemma_.lower() not in lexicon()["belief_verbs"]
        and not _discloses(tok)
        and not _eyewitness(tok)
        and not sets_toll(tok)
        and not concern_objects(tok)
        and not learned
        and not finds_that(tok)
        and not (tok.lemma_.lower() == "continue" and _tags_a_statement(tok))  # 'He continued, "We are ..."'
    ):
        return False, None
    if tok.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False, None  # "pointed out", not "pointed to"
    if tok.lemma_.lower() == "speak" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False, None  # "spoke of 100 missing people", not "speaking to reporters" (its own clause says)
    if tok.lemma_.lower() == "declare" and not any(
        c.dep_ in ("ccomp", "oprd", "xcomp") or (c.dep_ == "dobj" and is_person_noun(c)) for c in tok.children
    ):
        return False, None  # "declared 20 people dead", not "Officials declared a mass casualty incident"
    deed = responsibility_for(tok)
    if deed is not None and not any(sent.doc[i].like_num for i in deed):
        return False, None  # "claimed responsibility for an explosion ... that killed at least four people": a deed
    if tok.lemma_.lower() == "attribute" and not any(
        c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in tok.children
    ):
        return False, None  # "attributed two deaths ... to the storm", not "attributed much of their well-being to"
    if tok.lemma_.lower() in ("recall", "recount") and any(c.dep_ == "dobj" for c in tok.children):
        return False, None  # "..., Coronel recalled", not "Russia recalled 2,000 troops from the border"
    if _said_to_be(tok):
        return False, None  # "the bus, said to be carrying around 40 children": reportedly so, nobody's account
    if tok.lemma_.lower() in lexicon()["belief_verbs"] and _belief_told(tok, speech):
        return False, None  # '"We believe that at least 400 people were killed," X told CNN': X's words
    if tok.lemma_.lower() in {*lexicon()["belief_verbs"], "presume"} and (
        not any(c.dep_ == "ccomp" for c in tok.children)
        or any(c.dep_ in ("expl", "nsubjpass") for c in tok.children)
        or any(c.dep_ in ("oprd", "acomp") or (c.dep_ == "nsubj" and c.lower_ in ("who", "that")) for c in tok.children)
    ):
        # "Authorities fear that ... were executed", not "Many feared dead" or "most of them presumed dead", nor
        # "hundreds of migrants who feared they would be lost": their own fear, no one's account
        return False, None
    if (
        tok.lemma_.lower() == "claim"
        and any(
            c.dep_ == "dobj"
            and (
                is_person_noun(c)
                or any(g.dep_ == "nummod" for g in c.children)
                # "have claimed thousands of lives"
                or any(
                    o.dep_ == "pobj" and (o.lemma_ == "life" or is_person_noun(o))
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                )
            )
            for c in tok.children
        )
        # (but "Iraqi government officials claim the remains of 164 people ... have been found", and "the defence
        # ministry ..., claiming instead 27 Kurdish militants' deaths")
        and not any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon()["authority_nouns"] for c in tok.children)
        and not _claimed_by_trailing_body(tok)
    ):
        return False, None  # "Tropical cyclone Idai ... has claimed at least 122 lives": a toll, not a claim
    if tok.lemma_ in ("cite", "quote") and tok.head.i != tok.i and tok.head.lemma_.lower() in speech:
        return False, None  # "X reports citing Y": handled with its reporting verb
    if tok.dep_ == "acl" and tok.lemma_ in ("cite", "quote") and cited_in(tok.head, state):
        return False, None  # "officials cited in a PTI report": a relay of the officials, handled with them
    if _negated(tok):
        return False, None
    return True, closing


def _said_to_be(tok: Token) -> bool:
    """ "said to be carrying around 40 children", "both reported to be in stable condition", "said to have died": a
    reduced passive that says how something is known, whose subject is what it is about and not who spoke."""
    if tok.lemma_.lower() not in ("say", "report") or tok.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("ccomp", "dobj", "dative") for c in tok.children):
        return False
    return any(
        c.dep_ == "xcomp"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and (c.lemma_ in ("be", "have") or any(a.dep_ == "aux" and a.lemma_ in ("be", "have") for a in c.children))
        for c in tok.children
    )


def finds_that(tok: Token) -> bool:
    """ "The inquiry found that 456 patients died", "..., a committee investigating the matter has found": what an
    inquiry, a report or whoever looked into it found, it reports (not "found 15 persons guilty", "found dead")."""
    if tok.lemma_.lower() not in lexicon()["inquiry_verbs"] or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubjpass", "expl", "oprd", "xcomp", "acomp") for c in tok.children):
        return False
    told = {*lexicon()["speech_verbs"], *lexicon()["belief_verbs"], "think", "expect", "hope"}
    if any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in told for a in tok.ancestors):
        return False  # "Endale said its investigations found that 351 people had died": his account of them
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return False  # "they thought they would find thousands of children either orphaned or ..."
    found = [
        c
        for c in tok.children
        if c.dep_ == "ccomp"
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
        and not any(g.dep_ == "nsubj" and g.lower_.endswith(("self", "selves")) for g in c.children)
    ]  # (not "found Saddam Hussein guilty", "found himself marooned")
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    # (a document whose author a phrase after it names, "A recent visit by UN rights officials ... found", is its
    # author's record, read as such without this cue)
    author = document_author(subj) if subj is not None else None
    return bool(found) and subj is not None and (author is None or author.i < subj.i)


def finder(subj: Token) -> bool:
    """ "It found", "The inquiry found", "Human Rights Watch investigations found": who or what looks into deaths
    and finds them out (not "rescue workers found 181 drowned")."""
    if subj.lower_ in ("it", "they") or subj.lemma_.lower() in lexicon()["deciding_bodies"]:
        return True
    # (one named or referred back to: not "A U.S. military investigation ... found", whose is not said)
    # ("Kurumatani's team determined that ...": whose team it is)
    return subj.lemma_.lower() in lexicon()["inquiry_nouns"] and any(
        c.lower_ in ("the", "this", "its", "their") or (c.dep_ in ("compound", "poss") and c.pos_ == "PROPN")
        for c in subj.children
    )


def _belief_told(tok: Token, speech: set[str]) -> bool:
    """A belief someone tells of, theirs or others' ("Nehammer said officials believe that there was more than
    one attacker"), or held by "we" or "I", whose words the sentence gives: the teller speaks, not the belief."""
    if any(a.pos_ == "VERB" and a.lemma_.lower() in speech for a in tok.ancestors):
        return True  # (and "X said the rescue phase ended because authorities believed ...")
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in ("we", "i")


def _outlet_learned(tok: Token, state: DocState) -> bool:
    """ "Daily Trust learnt that ...", "Reuters has learned that ...": what a named outlet found out, it reports."""
    if tok.lemma_.lower() not in ("learn", "gather") or tok.pos_ != "VERB":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    said = any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in tok.children)
    return said and subj is not None and subj.pos_ == "PROPN" and is_outlet(subj, state)


def _claimed_by_trailing_body(tok: Token) -> bool:
    """ "The ministry did not acknowledge civilian fatalities, claiming instead 27 Kurdish militants' deaths": a
    claim trailing a clause whose subject is a named body or an authority."""
    if not (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and tok.doc[tok.i - 1].text == ","):
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.ent_type_ in ("ORG", "PERSON") or subj.lemma_.lower() in lexicon()["authority_nouns"]
    )


def is_source_subject(subj: Token) -> bool:
    """Is a subject fit to be a source for weak verbs (show, name, indicate, list)?"""
    lex = lexicon()
    lemma = subj.lemma_.lower()
    if document_author(subj) is not None:
        return True  # "A separate count by the Social Affairs Ministry put the toll at ..."
    if lemma in STATEMENTS and any(c.lower_ in ("the", "this", "that", "its") for c in subj.children):
        return True  # "The report noted ...": the report of the organisation last named
    if lemma in lex["organisation_nouns"] and any(
        c.dep_ == "appos" and c.ent_type_ in ("ORG", "PERSON") and c.pos_ == "PROPN" for c in subj.children
    ):
        return True  # "Human rights group Viasna noted at least 11 others were also released": the group named
    if subj.head.lemma_.lower() == "note" and (
        (subj.pos_ == "PRON" and subj.lower_ in ("it", "they"))
        or (lemma in lex["organisation_nouns"] and any(c.lower_ in ("the", "this", "that") for c in subj.children))
    ):
        # "The group noted in previous reports that an additional 231 security personnel ... had also been killed",
        # "It noted that the remains of more than 1,400 Croatian Serbs ...": the body named before, as with "said"
        return True
    if definite_figures(subj):
        return True  # "..., the figures showed": the figures of the body that gave figures last
    if any(f in lex["source_nouns"] for f in forms(subj.text, lemma)):  # ("data", whose lemma may be "datum")
        verb = subj.head
        between = subj.doc[subj.i + 1 : verb.i]
        if (
            lemma == "report"
            and subj.tag_ == "NNS"
            and not list(subj.children)
            and verb.lemma_ in ("indicate", "suggest", "note")
            and all(t.dep_ in ("aux", "advmod") for t in between)
        ):
            # "Reports indicate that three people died in Ngong", "..., reports noted": reports as such, as with
            # "Reports said" (not "Reports have shown that training exercises are ... more deadly": a finding)
            return True
        # "Azerbaijan's official records", "official figures", "earlier media reports"
        # "The latest statistics up to this hour reveal 769 dead": when is not whose
        return any(
            c.dep_ in ("poss", "amod", "compound", "nmod") and c.lower_ not in lex["time_modifiers"]
            for c in subj.children
        )
    if lemma in {*lex["organisation_nouns"], "party", "movement"} and any(
        c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG") for c in subj.children
    ):
        return True  # "The FARC party revealed on Tuesday that 214 former guerrillas ...": a named body
    if unknown_initials(subj):
        return True  # "DVB counted five deaths in Yangon": a body's initials, which the tagger took for a plural
    # "The programme manager also revealed that 55 schools were ... destroyed"
    return subj.ent_type_ in ("ORG", "PERSON") or lemma in lex["authority_nouns"] or lemma in lex["person_titles"]


def unknown_initials(tok: Token) -> bool:
    """Three to six capitals the recogniser did not know: a body's initials ("DVB"), not "UP" (Uttar Pradesh)."""
    return 3 <= len(tok.text) <= 6 and tok.text.isalpha() and tok.text.isupper() and not tok.ent_type_


def _negated(verb: Token) -> bool:
    """ "did not say", "refused to disclose", "plans to publish": no attribution; nor "has asked the company to
    explain the crash, which killed 11 people" or "invited the experts to specify the reasons of the incident,
    which left 11 people with injuries", a statement asked of someone else."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ != "xcomp":
        return False
    if verb.head.lemma_.lower() in ("refuse", "decline", "fail", "deny", "plan", "intend", "hope", "seek", "try"):
        return True
    # (only where it would vouch for a count: "Seoul officials urged families and friends to report Itaewon visitors
    # as missing" still names who "they" are when "they said" follows)
    return (
        any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)
        and verb.head.lemma_.lower() not in lexicon()["speech_verbs"]
        and any(t.like_num for t in verb.subtree)
    )


def _eyewitness(verb: Token) -> bool:
    """ "An AP reporter at the scene saw 13 bodies burning in a street", "witnesses saw a mother and three young
    sons swept away": one who reports what they see, seeing a count, gives it; not "Police saw 20 people
    fleeing"."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex["seeing_verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ == "one":  # "One of The Daily Star correspondents"
        subject = next((o for p in subject.children if p.lower_ == "of" for o in p.children), subject)
    if subject.lemma_.lower() not in lex["observer_nouns"]:
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return False  # "A Reuters report said its reporter saw ...": the report's account
    seen = {t.i for c in verb.children if c.dep_ in ("dobj", "ccomp") for t in c.subtree}
    return any(verb.doc[i].like_num for i in seen)


def _discloses(verb: Token) -> bool:
    """ "X gave new figures", "X provided details of the reported 29 deaths", "the figure was
    given by the fire service", "X shared that ...": a verb of handing over figures is a reporting verb."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex["disclosure_verbs"]:
        return False
    return any(
        (c.dep_ in ("dobj", "nsubjpass") and any(f in lex["disclosure_objects"] for f in forms(c.text, c.lemma_)))
        # "X shared on social media that over 200 individuals have been injured"
        or (c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        for c in verb.children
    )


def responsibility_for(verb: Token) -> set[int] | None:
    """ "claimed responsibility for the deaths of 57 Kenyan soldiers": what a claim of responsibility is for, which
    it vouches for; not what a clause on it tells ("for an explosion ... that killed at least four people": the
    reporter's account of the deed). None when the verb claims no responsibility."""
    owned = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit")]
    if verb.lemma_.lower() != "claim" or not owned:
        return None
    deeds = [o for p in owned[0].children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    told = {t.i for d in deeds for c in d.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return {t.i for d in deeds for t in d.subtree} - told


def concern_objects(verb: Token) -> list[Token]:
    """ "expressed deep concern about the killing of 10 people", "voiced alarm over ...": what concern is
    voiced about (the objects of "about", "over", "at"); none when the verb voices no concern."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex["concern_verbs"]:
        return []
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex["concern_nouns"]]
    nouns += [c for n in nouns for c in n.children if c.dep_ == "conj"]  # ("deep grief and sorrow over ...")
    # ("expressed grave concern that as many as 1,000 people may have died": the concern's content)
    feared = [
        c
        for n in nouns
        for c in n.children
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    return feared + [
        o
        for head in (*nouns, verb)
        if nouns
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("about", "over", "at")
        for o in p.children
        if o.dep_ == "pobj"
    ]


def sets_toll(verb: Token) -> bool:
    """ "Officials originally set the death toll at 30", "placed the number of dead at 12", "Human rights
    groups put the death toll ... at 157", "revised the death toll from 103 to 95": giving a toll."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma not in (*lex["toll_setting_verbs"], *lex["toll_revising_verbs"]):
        return False
    toll = any(c.dep_ == "dobj" and c.lemma_.lower() in lex["toll_references"] for c in verb.children)
    if lemma in lex["toll_revising_verbs"]:
        # "Iranian Health Minister Bahram Einollahi revised the death toll from 103 to 95" (not "The discovery of
        # more bodies raised the death toll to 50": whoever revises it is named as someone who can)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return toll and subj is not None and _revisor(subj)
    return toll and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def records_a_place(verb: Token, subj: Token) -> bool:
    """ "KwaZulu-Natal recorded the most number of murders with 1,857 people killed", "Uttar Pradesh recorded the
    highest number of dowry deaths", "New South Wales has now recorded five deaths": a place where the dead were
    counted, not who counted them. (But "Iran has reported the biggest number of deaths at 136": a government
    that reports its own.) A province that "reported" figures inside another's account is where they were
    counted too: "According to the NHRC data, Maharashtra reported 26 custodial deaths", "Punjab recorded 165
    fatalities, while K-P reported the highest with 469 deaths, the NDMA said"."""
    lemma = verb.lemma_.lower()
    if in_place_list(verb):
        return True  # "Sukkur had 23, Khairpur saw 20, Ghotki recorded 19": places in a list, whatever their names
    if subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head  # "followed by Gujarat which reported 21 deaths"
    if lemma == "report":
        return _a_place(subj, countries=False) and _inside_an_account(verb)
    if lemma not in ("record", "register"):
        return False
    ranked = any(
        c.dep_ == "dobj" and any(m.tag_ in ("JJS", "RBS") and m.i < c.i for m in c.subtree) for c in verb.children
    )
    return ranked or _a_place(subj, countries=True)


def _a_place(subj: Token, countries: bool) -> bool:
    """ "Hanoi", "Sindh province", "Benue State", "Pahang": a place's name, as the recogniser or the gazetteer
    knows it, or a proper name before a word for a province or district. With `countries` false, only a part of
    a country: "Maharashtra", not "Iran"."""
    names = [t for t in subj.subtree if t.i <= subj.i and (t.dep_ == "compound" or t.i == subj.i)]
    name = subj.doc[names[0].i : subj.i + 1].text if names else subj.text
    if subj.pos_ == "PROPN" and (is_subdivision(name) or is_subdivision(subj.text)):
        return True
    if subj.pos_ == "PROPN" and is_country(name):
        return countries
    proper = any(t.pos_ == "PROPN" and t.i < subj.i for t in names)
    if subj.lemma_.lower() in lexicon()["place_nouns"] and proper:
        return True  # "Kangpokpi district", "Yazd Province"
    return countries and subj.ent_type_ in ("GPE", "LOC")


def _inside_an_account(verb: Token) -> bool:
    """Is what `verb` says part of someone else's account: under "according to", or governed by a verb of
    speech ("the NDMA said", "The report indicates that ...")?"""
    sent = verb.sent
    if any(t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to" for t in sent):
        return True
    speech = {*lexicon()["speech_verbs"], "indicate", "show"}
    for verb_above in (a for a in verb.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in speech):
        # (not "Madhya Pradesh and Chhattisgarh reported 14 and 15 deaths, ..., while Jharkhand reported 12": one
        # place reporting beside another)
        subj = next((c for c in verb_above.children if c.dep_ == "nsubj"), None)
        if subj is None or not _a_place(subj, countries=True):
            return True
    return False


def _revisor(subj: Token) -> bool:
    """A name (or a person referred to), or a body or office that keeps a toll."""
    lex = lexicon()
    lemma = subj.lemma_.lower()
    named = subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or subj.pos_ == "PROPN"
    # ("Early Tuesday he raised the death toll to 12": someone named before, not "it", the discovery)
    return (
        named
        or subj.lower_ in ("he", "she")
        or lemma in {*lex["authority_nouns"], *lex["person_titles"], *lex["organisation_nouns"]}
    )


WEAK_VERBS = {
    "show", "indicate", "name", "list", "put", "record", "note", "publish", "suggest", "reveal", "count", "tally",
    *lexicon()["inquiry_verbs"],  # only cues where an inquiry tells what it found (finds_that)
}  # fmt: skip


_DASHES = ("-", "–", "—", "--")


def dash_quotative(sent: Span, state: DocState) -> list[Source]:
    """ "... to return 1,000 of its citizens by each side - said Lubinets.", "... - clarified in the
    Coordination Center.": a quotation closed by a dash, a speech verb and the speaker, which the
    parser rarely reads as a clause."""
    words = [t for t in sent if not (t.is_punct and t.text not in _DASHES)]
    for k, tok in enumerate(words):
        if tok.text not in _DASHES or k + 2 >= len(words) or k == 0:
            continue
        verb = words[k + 1]
        if not any(f in lexicon()["speech_verbs"] for f in forms(verb.text, verb.lemma_)):
            continue
        rest = words[k + 2 :]
        if rest and rest[0].lower_ in ("in", "by", "at"):
            rest = rest[1:]  # "- clarified in the Coordination Center"
        if rest and rest[0].lower_ == "the":
            rest = rest[1:]
        if not rest or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the") for t in rest):
            continue
        name = state.canonical(clean_name(sent.doc[rest[0].i : rest[-1].i + 1].text))
        known_person = name in state.persons.values() or name.split()[-1] in state.persons
        kind = "PERSON" if known_person or (len(rest) <= 3 and rest[-1].ent_type_ == "PERSON") else "ORG"
        state.note_speaker(name, kind, [])
        cue = sent.doc[tok.i : rest[-1].i + 1].text
        return [Source(name, [], cue, None, "speech", False, verb.i)]
    return []


def _tags_a_statement(verb: Token) -> bool:
    """Does the verb open a quotation after a comma or colon ('He continued, "We are ..."'), or close a statement
    as its tag ("All of the 29 rescued were men, Zahra continued.")?"""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i:
            k = c.left_edge.i
            if k >= 2 and doc[k - 1].text in ('"', "“") and doc[k - 2].text in (",", ":"):
                return True
        if c.dep_ == "ccomp" and c.i < verb.i and all(t.is_punct for t in doc[verb.i + 1 : verb.sent.end]):
            return any(t.text == "," for t in doc[c.right_edge.i + 1 : verb.i])
    return False
