"""Whom the subject of a verb of speech names: pronouns, descriptions and generic nouns resolved across
an article to the person or body they stand for."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallygraph.extract.according import STATEMENTS, last_teller
from tallygraph.extract.agents import agentive, document_author, one_of
from tallygraph.extract.documents import based_on, body_before_document, definite_figures, described
from tallygraph.extract.naming import clean_name
from tallygraph.extract.persons import honorific_words, identified_as, known_as, named_after_body, named_after_noun
from tallygraph.extract.source import described_outlet, looks_outlet_name
from tallygraph.extract.speakers import SPOKESPEOPLE, body_of, description, phrase
from tallygraph.extract.state import DocState
from tallygraph.lexicon import forms, lexicon

__all__ = [
    "PRONOUNS_FIRST",
    "PRONOUNS_PERSON",
    "resolve_subject",
    "unnamed_office_holder",
    "unnamed_org_description",
    "unnamed_post_of",
]

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_FIRST = {"i", "we"}


def resolve_subject(subj: Token, state: DocState) -> tuple[str | None, str]:
    group = one_of(subj)
    # ("One of the pirates, Hassan, told Reuters": the one named)
    named = next((c for c in subj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if group is not None and named is not None:
        return resolve_subject(named, state)
    rank = subj.lower_.rstrip(".") in honorific_words()
    if rank and named is not None and subj.doc[subj.i + 1].text == "." and subj.pos_ == "PROPN":
        return resolve_subject(named, state)  # "Military spokesman Brig. Udaya Nanayakkara, initially said"
    if group is not None:
        return resolve_subject(group, state)  # "one of the sources said": the sources named before
    low = subj.lower_
    if low in PRONOUNS_FIRST:
        return (state.author or state.publisher), "PERSON" if state.author else "ORG"
    # ("Petro published a list of ... 12 soldiers which he said had been killed": Petro)
    teller = _teller_of_relative(subj) if low in ("it", "they", "he", "she") else None
    if teller is not None:
        return resolve_subject(teller, state)
    if low in PRONOUNS_PERSON:
        # ("Gulbakhor Turayeva (search), a former doctor ..., said she counted 400 bodies ... . She said there were
        # about 100 other bodies": the person named last, when no person spoke before)
        # ('"Two of them died due to stampede ...," he said' after a Punjab government senior officer told PTI: the
        # one person described who spoke last, when the pronoun closes a quotation and nobody was named)
        # (or a closing tag after a comma: "Twelve people had symptoms ..., she added." after "An LFB spokesperson
        # said: ...")
        closing = subj.i > subj.sent.start and (subj.doc[subj.i - 1].is_quote or subj.doc[subj.i - 1].text == ",")
        one_described = state.last_described if closing else None
        return _acting_person(subj, state) or state.person_before() or one_described, "PERSON"
    if low == "it" and subj.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in subj.head.children):
        return None, "OTHER"  # "it was reported that 30 people had died": nobody is named
    if low == "they" and subj.i == subj.sent.start and state.group_before is not None:
        return state.group_before, "ORG"  # "Police earlier blamed the ADF ... . They said earlier that 25 ..."
    if low in ("it", "they"):
        if state.last_org is None and low == "it":
            # "Thailand evacuated more than 100,000 people along the Cambodian border, it said on Friday": no body
            # spoke before, the one the statement is about speaks of itself
            actor = _closing_clause_actor(subj)
            if actor is not None:
                return state.canonical(phrase(actor)[0]), "ORG"
            # ("the Gosport Independent Panel looked into the deaths ... It found 456 patients died": the body
            # named last, though it had not spoken, is what looked into them)
            before = [b for b in state.bodies if b not in subj.sent.text]
            if before and subj.head.lemma_.lower() in lexicon()["inquiry_verbs"]:
                return state.canonical(before[-1]), "ORG"
        return state.last_org, "ORG"
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
    if owned and subj.pos_ == "NOUN" and any(f in lexicon()["document_nouns"] for f in forms(subj.text, subj.lemma_)):
        return state.last_org, "ORG"  # "X said Thursday its latest count shows 111 Texans died": X's count
    if low in ("that", "which", "who") and subj.head.dep_ == "relcl":
        antecedent = subj.head.head  # "a previous report that said ...": whoever made the report is not named
        # ("The first victim ... was a Slovenian citizen, according to police in the Slovenian city of Kranj, who
        # said ...": the source just named, whatever noun before it the parser hung the clause on)
        antecedent = _according_before(subj.head) or antecedent
        if antecedent.lemma_.lower() in ("report", "statement", "figure", "estimate"):
            return None, "OTHER"
        if not agentive(antecedent) or antecedent.pos_ not in ("NOUN", "PROPN"):
            return None, "OTHER"  # "a population ... that is estimated to reach 120,000": nobody speaks
        return resolve_subject(antecedent, state)
    based = based_on(subj)
    if based is not None:
        return resolve_subject(based, state)  # "The details of the death toll based on Antara's report": Antara
    run_on = named_after_body(subj) or named_after_noun(subj) or identified_as(subj)
    if run_on is not None:
        return state.canonical(run_on), "PERSON"
    name, kind = phrase(subj)
    author = document_author(subj)
    organisation = author is not None and author.pos_ == "NOUN" and author.lower_ in lexicon()["organisation_nouns"]
    # ("A statement by the aid group, also known by its French acronym MSF, says": the group named before)
    generic = (
        author is not None
        and author.lower_ in lexicon()["generic_org_nouns"]
        and any(c.dep_ == "det" and c.lower_ == "the" for c in author.children)
        and all(c.dep_ in ("det", "compound", "amod") and c.text.islower() for c in author.lefts)
    )
    if author is not None and organisation and (_the_before(author) or generic):
        return resolve_subject(author, state)  # "the agency's latest situation report showed": the agency
    if kind == "PERSON" or author is not None:
        return state.canonical(name), kind  # "A statement from the ministry said"
    # (also "The Report highlighted", a capital the tagger takes for a name's)
    statement = subj.tag_ == "NN" or (
        subj.tag_ == "NNP" and any(c.lower_ == "the" for c in subj.children) and len(list(subj.children)) == 1
    )
    if subj.lemma_.lower() in STATEMENTS and statement and not described(subj):
        # "The statement said": the statement of the last organisation that spoke.
        return state.last_org, "ORG"
    documentary = any(f in lexicon()["document_nouns"] for f in forms(subj.text, subj.lemma_))
    owner = body_before_document(subj) if documentary else None
    if owner is not None:
        # "OCHA reports", "Health ministry data": OCHA, the health ministry
        return state.canonical(clean_name(subj.doc[owner.left_edge.i : owner.i + 1].text)), "ORG"
    if definite_figures(subj):
        # "The data shows ...", "..., the figures showed": the figures of the last organisation that spoke
        return state.last_org, "ORG"
    definite = any(c.lower_ in ("the", "this", "that") for c in subj.children)
    # ('"...," spokesperson said' after "a spokesperson of Lady Reading Hospital": one without an article)
    bare = subj.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in subj.children)
    definite = definite or (bare and subj.lemma_.lower() in SPOKESPEOPLE)
    # ("The Secretary added": a post in capitals)
    post = subj.pos_ == "NOUN" or (subj.pos_ == "PROPN" and subj.lower_ in lexicon()["person_titles"])
    if definite and post and not any(c.dep_ == "poss" for c in subj.children):
        person = state.by_role(subj)
        if person is not None:
            return state.canonical(person), "PERSON"
    if definite and state.descriptions.get(description(subj)):
        return state.descriptions[description(subj)], "ORG"  # "The state news agency said": INA
    described_before = _described_alike(subj, state) if definite else None
    if described_before is not None:
        return described_before, "ORG"
    outlet = described_outlet(subj, state)
    if outlet is not None:
        return outlet, state.agents[outlet]  # "..., United News of India reported. ..., the news agency said"
    # ("The Agency also reported": a generic noun in capitals, the only word with its article)
    capital = subj.pos_ == "PROPN" and subj.lower_ in lexicon()["organisation_nouns"] and len(list(subj.children)) == 1
    if definite and (subj.pos_ == "NOUN" or capital) and not any(c.dep_ in ("poss", "compound") for c in subj.children):
        lemma = subj.lemma_.lower()
        teller = last_teller(state) if subj.lower_ == "source" and len(list(subj.children)) == 1 else None
        if teller is not None:
            return teller, state.agents.get(teller, "PERSON")  # "..., the source said"
        # (not "the interior ministry" for "the ministry" named before: a description says more than the name)
        said = [c.lower_ for c in subj.children if c.dep_ == "amod"]
        known = [k for k in reversed(list(state.agents)) if _headed_by(k, lemma) and all(w in k.lower() for w in said)]
        if known:
            return known[0], state.agents[known[0]]
        # "the minister said"; not "the head of the southern Kherson region" after the head of another
        of_something = any(
            p.dep_ == "prep" and p.lower_ == "of" and any(t.pos_ == "PROPN" for t in p.subtree) for p in subj.rights
        )
        titled = lemma in lexicon()["person_titles"] and state.last_person and not of_something
        # (not "the interior minister" after "Health Minister Kemal Memişoğlu": another portfolio, another person)
        portfolios = set(lexicon()["portfolio_words"])
        described_as = {c.lower_ for c in subj.children if c.dep_ in ("amod", "compound")} & portfolios
        held = state.roles.get(state.last_person or "", set()) & portfolios
        other_portfolio = bool(described_as) and bool(held) and not described_as <= held
        if titled and not _holds_other_post(state, lemma) and not other_portfolio:
            return state.last_person, "PERSON"
        portfolio = any(c.lower_ in lexicon()["portfolio_words"] for c in subj.children)
        # ("the ministry said" where no ministry was named is no back-reference to a company named before)
        kind_of_body = lemma in ("ministry", "department", "embassy", "consulate", "presidency", "government")
        # ("the group said" after "the prosecutor said": a body, not a post described in lower case)
        body_spoke = state.last_org is not None and state.last_org != state.last_org.lower()
        if lemma in lexicon()["organisation_nouns"] and body_spoke and not portfolio and not kind_of_body:
            return state.last_org, "ORG"  # "the group said"; but "the interior ministry" is not the police
    body = body_of(subj)
    head_tok = body if body is not None else subj
    # "an official said", "another resident said" is someone new, not the "officials" named before.
    indefinite = any(c.lower_ in ("a", "an", "another", "one") for c in subj.children) and body is None
    # "Davao de Oro's provincial government said" names more than the "provincial government" before it.
    # ("WHO officials say", the acronym tagged as a pronoun: the WHO's)
    owned = body is None and any(
        (c.dep_ in ("poss", "compound") and c.pos_ == "PROPN")
        or (c.i < subj.i and c.text.isupper() and len(c.text) >= 2 and c.is_alpha)
        for c in subj.children
    )
    # ("the NGO, which ..., told AFP": a generic noun in capitals is still generic)
    generic = head_tok.pos_ in ("NOUN", "PROPN") and head_tok.lower_ in lexicon()["generic_org_nouns"]
    common = head_tok.pos_ == "NOUN" and not head_tok.text[:1].isupper()
    if (common or generic) and not indefinite and not owned:
        # "the commission said", "the centre's duty officer said": the last agent named with that noun.
        head = head_tok.lemma_.lower()
        described_by = {c.lower_ for c in head_tok.children if c.dep_ in ("compound", "amod")}
        # (what a body is, not where it is from: "Thai police" are the "police" named before)
        kinds = {c.lower_ for c in head_tok.children if c.dep_ in ("compound", "amod") and not c.text[:1].isupper()}
        named_org = _last_named_org(state, described_by) if head in lexicon()["generic_org_nouns"] else None
        plural = head_tok.tag_ == "NNS" and head_tok.lower_ != head
        for known in reversed(list(state.agents)):
            # ("Palestinian health ministry officials say" are not the "UN officials" named before)
            if _headed_by(known, head) and all(w in known.lower() for w in kinds if w != head):
                if plural and known.lower().split()[-1] == head:
                    continue  # "survivors also told him" are not the "one survivor" who spoke before
                if clean_name(name) in known.split(" and "):
                    break  # "All three police sources said": one party of "police sources and a Reuters witness"
                if known[:1].islower() and named_org is not None and named_org != known:
                    return named_org, "ORG"  # "the human rights group" said before Amnesty International was named
                return known, state.agents[known]
        if definite and named_org is not None:
            return named_org, "ORG"  # "said the London-based rights group": Amnesty International, named before
    alias = known_as(subj)
    if alias is not None:
        # "The United Nations migration agency, known as the International Organization for Migration, estimated":
        # a body named in an aside, when its description names none before it
        return state.canonical(phrase(alias)[0]), "ORG"
    return state.canonical(name), kind


def _according_before(relative: Token) -> Token | None:
    """The object of an "according to" that ends just before the comma that opens a relative clause, if any."""
    doc = relative.doc
    comma = relative.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    last = doc[comma - 1]
    return next(
        (
            a
            for a in (last, *last.ancestors)
            if a.dep_ == "pobj" and a.head.lower_ == "to" and a.head.head.lower_ == "according"
        ),
        None,
    )


def _teller_of_relative(pronoun: Token) -> Token | None:
    """ "X published a list of 19 people it said were killed": in a relative clause on what the sentence's subject
    tells of, the pronoun that says is that subject."""
    clause = pronoun.head
    # ("Hezbollah handed over black coffins it said contained the remains of two Israeli soldiers": the clause the
    # parser hung on the verb, right after the noun it tells of)
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else pronoun
    loose = (
        clause.dep_ == "parataxis"
        and before.pos_ == "NOUN"
        and before.head == clause.head
        and any(c.dep_ == "ccomp" and c.i > clause.i for c in clause.children)
    )
    if pronoun.dep_ != "nsubj" or (clause.dep_ != "relcl" and not loose):
        return None
    for verb in [clause.head, *clause.head.ancestors]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        # (of two, the one nearest the verb: "The Iranian state news agency IRNA published a list ...")
        subject = max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
        # (not "investigations into the violence, which it claimed had taken 16 lives, had begun": the clause hangs
        # on the subject itself)
        told_of = subject is not None and not subject.is_ancestor(clause)
        if told_of and subject.i < pronoun.i and subject.pos_ in ("PROPN", "NOUN") and agentive(subject):
            return subject
        return None
    return None


def _acting_person(pronoun: Token, state: DocState) -> str | None:
    """ "An Orthodox priest at the church, Father Pavel Kaliken, described what happened: '...,' he said": the
    one person the sentence names as the subject of its own verb before the pronoun."""
    people = [
        e
        for e in pronoun.sent.ents
        if e.label_ == "PERSON"
        and len(e) >= 2
        and e.end <= pronoun.i
        and (e.root.dep_ == "nsubj" or (e.root.dep_ == "appos" and e.root.head.dep_ == "nsubj"))
    ]
    if len(people) != 1:
        return None
    name = clean_name(people[0].text)
    return state.persons.get(name.split()[-1], name)


def _described_alike(subj: Token, state: DocState) -> str | None:
    """ "The Quebec government agency confirmed ..." after "the province's workers' safety agency, CNESST": the
    one body the text described with the same noun, when the new description names no other nation's."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in lexicon()["organisation_nouns"]:
        return None
    if any(c.ent_type_ == "NORP" or c.lower_ in lexicon()["outlet_words"] for c in subj.children):
        return None  # ("the Russian news agency" is not "the Turkish news agency Anadolu")
    generic = {*lexicon()["generic_org_nouns"], *lexicon()["organisation_nouns"]}
    # (not "NGO", the description's own initials: "The non-governmental organization (NGO) Foro Penal")
    alike = {
        name
        for said, name in state.descriptions.items()
        if said.split()[-1] == subj.lower_ and name.lower() not in generic
    }
    return alike.pop() if len(alike) == 1 else None


def _headed_by(name: str, noun: str) -> bool:
    """Is ``noun`` the head of the name: its last word, or the word an "of"/"for" phrase follows ("the ministry"
    for "Ministry of Health", "the officials" for "UN officials"; not "the military" for "military statement")?"""
    words = re.findall(r"[\w'-]+", name.lower())
    forms = {noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun}
    return any(
        word in forms and (k == len(words) - 1 or words[k + 1] in ("of", "for", "in", "on", "at", "to", "and"))
        for k, word in enumerate(words)
    )


def _closing_clause_actor(pronoun: Token) -> Token | None:
    """The named body (a state, an organisation) that is the subject of the clause a closing "..., it said" reports."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.i == pronoun.sent.start:
        return None
    if pronoun.doc[pronoun.i - 1].text != ",":
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i), None)
    if clause is None:
        return None
    actor = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if actor is None or actor.pos_ != "PROPN" or actor.ent_type_ not in ("GPE", "ORG", "NORP"):
        return None
    return actor


def _the_before(noun: Token) -> bool:
    """ "the agency", with nothing between the article and the noun."""
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ == "the"


def _last_named_org(state: DocState, described_by: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The organisation named most recently among those that spoke (not an outlet, not a description); of
    those, first one whose name has a word of the description ("the rights group": Human Rights Watch, not
    France, which spoke after it)."""
    named = [
        name
        for name in reversed(list(state.agents))
        if state.agents[name] == "ORG" and name[:1].isupper() and not looks_outlet_name(name)
    ]
    if not named:
        # "according to the organization", after "The Transitional Justice Working Group analyzed ...": the last
        # body of several words the text named, though it did not speak
        named = [name for name in reversed(state.bodies) if name[:1].isupper() and not looks_outlet_name(name)]
    fitting = [name for name in named if described_by & set(name.lower().split())]
    return next(iter(fitting or named), None)


def unnamed_org_description(subj: Token, name: str) -> bool:
    """ "The civil society watchdog for political prisoners in Myanmar reports": an organisation described and
    not named (nor named before), whom the text may name just after."""
    return (
        subj.pos_ == "NOUN"
        and subj.lemma_.lower() in lexicon()["generic_org_nouns"]
        and not any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP") for t in subj.subtree)
        and name[:1].islower()
    )


def unnamed_office_holder(subj: Token) -> bool:
    """ "Lebanon's health minister said": a person described by their post and not named yet, whom the text
    may name just after, as "a forensic expert" may be."""
    return (
        subj.tag_ == "NN"
        and subj.text[:1].islower()
        and subj.lemma_.lower() in lexicon()["person_titles"]
        and any(c.dep_ == "poss" for c in subj.children)
        and not any(t.ent_type_ == "PERSON" for t in subj.subtree)
        and not any(c.dep_ == "appos" for c in subj.children)
    )


def unnamed_post_of(subj: Token, name: str) -> bool:
    """ "the head of the criminal prosecution service at the Prosecutor General's Office said": a post described
    by what it is of, its holder not named yet, whom the text may name just after ("Serik Shalabayev told a
    news conference")."""
    return (
        subj.tag_ == "NN"
        and subj.lemma_.lower() in lexicon()["person_titles"]
        and any(c.lower_ == "the" for c in subj.children)
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in subj.rights)
        and not any(t.ent_type_ == "PERSON" for t in subj.subtree)
        and not any(c.dep_ in ("appos", "poss") for c in subj.children)
        and name[:1].islower()
    )


def _holds_other_post(state: DocState, lemma: str) -> bool:
    """ "The governor said" after "Bill Morse, the American founder of the Landmine Relief Fund": the last person
    named holds another post, so the title is someone else's (but any post-holder is "the official")."""
    role = state.roles.get(state.last_person or "", set())
    generic = {"official", "officer", "spokesman", "spokeswoman", "spokesperson", "representative", "source"}
    return bool(role) and lemma not in role and lemma not in generic
