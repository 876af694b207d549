"""Who said a figure and through whom: attribution cues, relays, and names resolved across an article."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallygraph.extract.according import STATEMENTS, according_source, cited_in, unowned_reports
from tallygraph.extract.channels import channel
from tallygraph.extract.counted import is_person_noun
from tallygraph.extract.documents import (
    according_preposition,
    as_quoted_by,
    body_before_document,
    counted_by,
    definite_figures,
    described,
    document_sources,
)
from tallygraph.extract.naming import clean_name, find_author
from tallygraph.extract.placement import (
    comma_subject,
    comma_titled_person,
    left_group,
    left_name,
    opening_person,
    trailing_apposition,
)
from tallygraph.extract.source import Source, looks_outlet_name
from tallygraph.extract.speakers import (
    ONE_PERSON,
    agentive,
    body_of,
    description,
    document_author,
    in_the_words_of,
    named_after_body,
    one_of,
    phrase,
    untitled,
)
from tallygraph.extract.state import DocState
from tallygraph.lexicon import forms, lexicon

__all__ = [
    "Source",
    "find_author",
    "looks_outlet_name",
    "sentence_sources",
]

_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_FIRST = {"i", "we"}
# Verbs of telling: the one told comes after the verb.
_ADDRESSING = frozenset({"tell", "inform", "brief", "assure"})


def _resolve_subject(subj: Token, state: DocState) -> tuple[str | None, str]:
    group = one_of(subj)
    if group is not None:
        return _resolve_subject(group, state)  # "one of the sources said": the sources named before
    low = subj.lower_
    if low in _PRONOUNS_FIRST:
        return (state.author or state.publisher), "PERSON" if state.author else "ORG"
    if low in _PRONOUNS_PERSON:
        return state.last_person, "PERSON"
    if low == "it" and subj.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in subj.head.children):
        return None, "OTHER"  # "it was reported that 30 people had died": nobody is named
    if low in ("it", "they"):
        return state.last_org, "ORG"
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
    if owned and subj.pos_ == "NOUN" and any(f in lexicon()["document_nouns"] for f in forms(subj.text, subj.lemma_)):
        return state.last_org, "ORG"  # "X said Thursday its latest count shows 111 Texans died": X's count
    if low in ("that", "which", "who") and subj.head.dep_ == "relcl":
        antecedent = subj.head.head  # "a previous report that said ...": whoever made the report is not named
        if antecedent.lemma_.lower() in ("report", "statement", "figure", "estimate"):
            return None, "OTHER"
        if not agentive(antecedent) or antecedent.pos_ not in ("NOUN", "PROPN"):
            return None, "OTHER"  # "a population ... that is estimated to reach 120,000": nobody speaks
        return _resolve_subject(antecedent, state)
    run_on = named_after_body(subj)
    if run_on is not None:
        return state.canonical(run_on), "PERSON"
    name, kind = phrase(subj)
    if kind == "PERSON" or document_author(subj) is not None:
        return state.canonical(name), kind  # "A statement from the ministry said"
    if subj.lemma_.lower() in STATEMENTS and subj.tag_ == "NN" and not described(subj):
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
    if definite and subj.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in subj.children):
        person = state.by_role(subj)
        if person is not None:
            return person, "PERSON"
    if definite and state.descriptions.get(description(subj)):
        return state.descriptions[description(subj)], "ORG"  # "The state news agency said": INA
    if definite and subj.pos_ == "NOUN" and not any(c.dep_ in ("poss", "compound") for c in subj.children):
        lemma = subj.lemma_.lower()
        known = [k for k in reversed(list(state.agents)) if lemma in k.lower()]
        if known:
            return known[0], state.agents[known[0]]
        if lemma in lexicon()["person_titles"] and state.last_person:
            return state.last_person, "PERSON"  # "the minister said"
        portfolio = any(c.lower_ in lexicon()["portfolio_words"] for c in subj.children)
        if lemma in lexicon()["organisation_nouns"] and state.last_org and not portfolio:
            return state.last_org, "ORG"  # "the group said"; but "the interior ministry" is not the police
    body = body_of(subj)
    head_tok = body if body is not None else subj
    # "an official said", "another resident said" is someone new, not the "officials" named before.
    indefinite = any(c.lower_ in ("a", "an", "another", "one") for c in subj.children) and body is None
    # "Davao de Oro's provincial government said" names more than the "provincial government" before it.
    owned = body is None and any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in subj.children)
    # ("the NGO, which ..., told AFP": a generic noun in capitals is still generic)
    generic = head_tok.pos_ in ("NOUN", "PROPN") and head_tok.lower_ in lexicon()["generic_org_nouns"]
    common = head_tok.pos_ == "NOUN" and not head_tok.text[:1].isupper()
    if (common or generic) and not indefinite and not owned:
        # "the commission said", "the centre's duty officer said": the last agent named with that noun.
        head = head_tok.lemma_.lower()
        named_org = _last_named_org(state) if head in lexicon()["generic_org_nouns"] else None
        plural = head_tok.tag_ == "NNS" and head_tok.lower_ != head
        for known in reversed(list(state.agents)):
            if head in known.lower():
                if plural and known.lower().split()[-1] == head:
                    continue  # "survivors also told him" are not the "one survivor" who spoke before
                if clean_name(name) in known.split(" and "):
                    break  # "All three police sources said": one party of "police sources and a Reuters witness"
                if known[:1].islower() and named_org is not None and named_org != known:
                    return named_org, "ORG"  # "the human rights group" said before Amnesty International was named
                return known, state.agents[known]
        if definite and named_org is not None:
            return named_org, "ORG"  # "said the London-based rights group": Amnesty International, named before
    return state.canonical(name), kind


def _last_named_org(state: DocState) -> str | None:
    """The organisation named most recently among those that spoke (not an outlet, not a description)."""
    for name in reversed(list(state.agents)):
        if state.agents[name] == "ORG" and name[:1].isupper() and not looks_outlet_name(name):
            return name
    return None


def _titled_apposition(subj: Token, titles: list[str]) -> bool:
    """A proper name followed by a job title in apposition, the title's head a person's post."""
    return any(
        c.dep_ == "appos" and c.i > subj.i and c.pos_ == "NOUN" and c.lemma_.lower() in titles for c in subj.children
    )


def _fused_quoting(subj: Token, verb: Token) -> tuple[str, Token] | None:
    """ "Quoting X, deputy administrator of ..., Al Jazeera reported": the quoted person and the outlet
    where the parser read "Quoting X" as a name and the outlet as its apposition."""
    first = subj.doc[subj.left_edge.i]
    if first.lower_ not in ("quoting", "citing") or first.i == subj.i:
        return None
    outlet = next(
        (c for c in subj.children if c.dep_ == "appos" and c.i < verb.i and c.right_edge.i == verb.i - 1),
        None,
    )
    if outlet is None or outlet.pos_ != "PROPN":
        return None
    return clean_name(subj.doc[first.i + 1 : subj.i + 1].text), outlet


def _is_source_subject(subj: Token) -> bool:
    """Is a subject fit to be a source for weak verbs (show, name, indicate, list)?"""
    lex = lexicon()
    lemma = subj.lemma_.lower()
    if document_author(subj) is not None:
        return True  # "A separate count by the Social Affairs Ministry put the toll at ..."
    if lemma in STATEMENTS and any(c.lower_ in ("the", "this", "that", "its") for c in subj.children):
        return True  # "The report noted ...": the report of the organisation last named
    if definite_figures(subj):
        return True  # "..., the figures showed": the figures of the body that gave figures last
    if any(f in lex["source_nouns"] for f in forms(subj.text, lemma)):  # ("data", whose lemma may be "datum")
        # "Azerbaijan's official records", "official figures", "earlier media reports"; not bare "reports"
        # "The latest statistics up to this hour reveal 769 dead": when is not whose
        return any(
            c.dep_ in ("poss", "amod", "compound", "nmod") and c.lower_ not in lex["time_modifiers"]
            for c in subj.children
        )
    # "The programme manager also revealed that 55 schools were ... destroyed"
    return subj.ent_type_ in ("ORG", "PERSON") or lemma in lex["authority_nouns"] or lemma in lex["person_titles"]


def _phrase_start(subj: Token, subjects: list[Token]) -> int:
    """Where a subject's phrase starts, with a subject the parser split off before it: "state newspaper | the
    Global New Light of Myanmar reported"."""
    start = subj.left_edge.i
    for other in sorted(subjects, key=lambda c: -c.i):
        if other.i < subj.i and other.right_edge.i == start - 1 and not subj.doc[start - 1].is_punct:
            start = other.left_edge.i
    return start


def _closing_noun_verb(tok: Token, sent: Span) -> Token | None:
    """The subject of '..., state media report.' when the tagger took the verb for a noun and its subject for
    the noun's modifier: a "report"/"say" ending the sentence after a comma, its compound the speaker."""
    if tok.pos_ != "NOUN" or tok.lower_ not in ("report", "reports", "say", "says"):
        return None
    rest = [t for t in sent.doc[tok.i + 1 : sent.end] if not t.is_punct]
    subj = next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    if rest or subj is None or subj.left_edge.i <= sent.start or sent.doc[subj.left_edge.i - 1].text != ",":
        return None
    return subj


def _negated(verb: Token) -> bool:
    """ "did not say", "refused to disclose": no attribution."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in (
        "refuse",
        "decline",
        "fail",
        "deny",
    )


def _discloses(verb: Token) -> bool:
    """ "X gave new figures", "X provided details of the reported 29 deaths", "the figure was
    given by the fire service": a verb of handing over figures is a reporting verb."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex["disclosure_verbs"]:
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and any(f in lex["disclosure_objects"] for f in forms(c.text, c.lemma_))
        for c in verb.children
    )


def _sets_toll(verb: Token) -> bool:
    """ "Officials originally set the death toll at 30", "placed the number of dead at 12": giving a toll."""
    lex = lexicon()
    if verb.lemma_.lower() not in ("set", "place", "fix"):
        return False
    toll = any(c.dep_ == "dobj" and c.lemma_.lower() in lex["toll_references"] for c in verb.children)
    return toll and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


_WEAK_VERBS = {
    "show", "indicate", "name", "list", "put", "record", "note", "publish", "suggest", "reveal", "count", "tally"
}  # fmt: skip


def sentence_sources(sent: Span, state: DocState) -> list[Source]:
    """Every attribution cue in a sentence, with the speaker resolved and its scope."""
    lex = lexicon()
    speech = set(lex["speech_verbs"])
    out: list[Source] = []
    for tok in sent:
        preposition = according_preposition(tok, sent)
        if preposition is not None:
            found = according_source(tok, preposition, sent, state, out)
            if found is not None:
                out.append(found)
            continue
        words_of = in_the_words_of(tok)
        if words_of is not None:
            # "In Stepanian's words, 168 of them were transported", "in the words of the governor"
            name, kind = _resolve_subject(words_of, state)
            if name:
                out.append(Source(name, [], sent.doc[tok.i : tok.right_edge.i + 1].text, None, "according"))
                state.note_speaker(name, kind, [])
            continue
        # "..., Xinhua reports citing local police.": a verb the tagger took for a plural noun, with its subject
        verb_as_noun = tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children)
        # "..., state media report.": the closing verb and its subject read as one noun phrase
        closing = _closing_noun_verb(tok, sent)
        verb_as_noun = verb_as_noun or closing is not None
        if (tok.pos_ not in ("VERB", "AUX") and not verb_as_noun) or (
            tok.lemma_.lower() not in speech and not _discloses(tok) and not _sets_toll(tok)
        ):
            continue
        if tok.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            continue  # "pointed out", not "pointed to"
        if tok.lemma_.lower() == "claim" and any(
            c.dep_ == "dobj" and (is_person_noun(c) or any(g.dep_ == "nummod" for g in c.children))
            for c in tok.children
        ):
            continue  # "Tropical cyclone Idai ... has claimed at least 122 lives": a toll, not a claim
        if tok.lemma_ in ("cite", "quote") and tok.head.i != tok.i and tok.head.lemma_.lower() in speech:
            continue  # "X reports citing Y": handled with its reporting verb
        if tok.dep_ == "acl" and tok.lemma_ in ("cite", "quote") and cited_in(tok.head, state):
            continue  # "officials cited in a PTI report": a relay of the officials, handled with them
        if _negated(tok):
            continue
        anchor = tok
        # The parser may hang two subjects on a verb ("365 ... the ministry said"): take one that can speak.
        # Of several, the one nearest the verb: '"... and other heroes of ours," Yermak wrote'.
        subjects = sorted((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: abs(c.i - tok.i))
        if closing is not None:
            subjects = [closing]
        if len(subjects) > 1:
            # "said Ugandan army spokesman Brig. Richard Karemire": a rank the parser cut off is no subject
            subjects = [c for c in subjects if c.lower_ not in lexicon()["honorifics"]] or subjects
        if tok.lemma_.lower() in _ADDRESSING and any(c.i < tok.i for c in subjects):
            # '"...," Behrooz Sadry ... told Africa Journal': who is told is no subject, whatever the parser says
            subjects = [c for c in subjects if c.i < tok.i]
        subj = next((c for c in subjects if agentive(c)), subjects[0] if subjects else None)
        tail = comma_subject(tok) if subj is not None and subj.i < tok.i else None
        if (
            tail is not None
            and subj is not None
            and subj.ent_type_ == "PERSON"
            and tail.pos_ == "NOUN"
            and subj.is_ancestor(tail)
        ):
            tail = None  # "Naguib Sinarimbo, spokesman and civil defense chief ..., told AFP": the subject's title
        if tail is not None and subj is not None and any(t.text == "," for t in sent.doc[subj.i : tail.i]):
            subj = tail  # "... caused mass protests ..., police in the East African nation confirmed on Friday."
        # '..., she notes, adding, "..."': a participle of speech speaks with its head's subject.
        participle = (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.head.lemma_.lower() in speech
            and tok.head.lemma_ not in ("cite", "quote")
        ) or (
            # "Stating that 19 militants were killed ..., Inspector General ... Vijay Kumar appealed ...": a
            # participle of speech opening the sentence speaks with the subject of the verb it leads to
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.i == sent.start
            and tok.head.i > tok.i
            and any(c.dep_ == "ccomp" for c in tok.children)
        )
        quotative = False
        addressed = tok.lemma_.lower() in _ADDRESSING  # ", Santiago Perez, told EFE": EFE is told, not telling
        if subj is None and tok.i > sent.start and sent.doc[tok.i - 1].text == "," and not addressed:
            # '..., writes UNN with reference to ...', '..., reported Kyodo News.': a quotative inversion
            # the parser read as an object.
            # (the parser may also call the name a complement: "..., said BNP Senior Joint Secretary General Ruhul
            # Kabir Rizvi in a virtual briefing")
            inverted = next((c for c in tok.rights if c.dep_ == "dobj"), None) or next(
                (c for c in tok.rights if c.dep_ in ("ccomp", "attr") and c.pos_ == "PROPN" and c.ent_type_ != "GPE"),
                None,
            )
            # "..., show official documents from Islamabad, Punjab, ...": a body of records, inverted too
            records = inverted is not None and inverted.pos_ == "NOUN" and _is_source_subject(inverted)
            if inverted is not None and inverted.left_edge.i == tok.i + 1 and (inverted.pos_ == "PROPN" or records):
                subj, quotative = inverted, True
        if subj is None and not subjects and tok.dep_ in ("ROOT", "conj"):
            # "..., Oleksandr Starukh, the local governor, says."; "..., and the number ... may increase ...,
            # Daniel Riza, an official at ..., told Xinhua news agency." read as a conjunct
            subj = trailing_apposition(sent, tok)
            if subj is None and tok.dep_ == "ROOT":
                # "..., as travel increased ahead of the festivities, the National Transport and Safety Authority
                # (NTSA) has said.": the closing speaker hung on the clause before
                subj = comma_subject(tok)
        # "Kenyan police have killed 11 people ..., officials and witnesses said": read as a conjunct of the
        # killing, the saying still has the sources before it, not the killers
        named_left = tok.dep_ == "conj" and left_group(tok) is not None
        comma_led = None
        if subj is None and tok.dep_ == "conj" and not named_left:
            comma_led = subj = comma_titled_person(tok)  # "..., the service's director X told The AP."
        if subj is None and tok.dep_ == "conj" and not named_left:
            # "..., including more than 200 children, the Britain-based Syrian Observatory for Human Rights said":
            # the parser joined the speaker to the nouns before and the verb to the first clause
            subj = comma_subject(tok)
        if (
            subj is None
            and not named_left
            and (tok.dep_ in ("xcomp", "conj") or participle)
            and tok.head.pos_ in ("VERB", "AUX")
        ):
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            anchor = tok.head if tok.dep_ == "xcomp" else tok
        if (
            subj is None
            and tok.dep_ == "acl"
            and tok.tag_ == "VBD"
            and tok.head.pos_ == "NOUN"
            and tok.head.i == tok.i - 1
            and not any(c.dep_ in ("agent", "dobj", "ccomp") for c in tok.children)
            and agentive(tok.head)
        ):
            # '..., a local resistance group announced early Sunday, Anadolu Agency reported.': read as a
            # reduced relative clause by the parser, it is the source of the sentence.
            subj, quotative = tok.head, True
        # "..., with an NGO saying it set sail with 34 people on board": a statement beside the sentence's own
        with_saying = (
            tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with"
        )
        if subj is None and with_saying and agentive(tok.head):
            subj = tok.head
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        agent_obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        quoted_by = None
        passive_voice = any(c.dep_ == "auxpass" for c in tok.children)
        if tok.lemma_ in ("quote", "cite") and subj is not None and (subj.dep_ == "nsubjpass" or passive_voice):
            # "Mehdi Valipour ... was quoted as saying by state broadcaster IRIB", "X was quoted by IRIB as saying":
            # the one quoted speaks, the one quoting relays
            quoted_by = agent_obj or next(
                (o for t in tok.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent") for o in t.children
                 if o.dep_ == "pobj"),
                None,
            )  # fmt: skip
        if (
            subj is not None
            and subj.dep_ == "nsubjpass"
            and agent_obj is not None
            and agentive(agent_obj)
            and quoted_by is None
        ):
            subj = None  # "The deaths were confirmed by the police": the agent speaks
        if subj is not None and not agentive(subj):
            continue
        if subj is not None and unowned_reports(subj, sent, speech, tok):
            continue
        passive = subj is not None and subj.dep_ == "nsubjpass" and agent_obj is None
        if passive and tok.lemma_ not in ("quote", "cite", "report"):
            continue  # "the 401 people ... are presumed dead": what is said of them, not who says it
        if passive and tok.lemma_ == "report" and not any(c.lemma_ == "say" for c in tok.children):
            continue  # "Overall 192 deaths were reported ...": what was reported; "X was reported as saying" speaks
        name: str | None
        if subj is None and agent_obj is not None and agentive(agent_obj):
            # "the 26 people reported killed earlier by the council": the agent of a passive report.
            subj = agent_obj
        if subj is None:
            name, kind = left_name(tok), "ORG"
            if name is None:
                name, kind = opening_person(sent, tok), "PERSON"
            if name is None:
                continue
            name = state.canonical(name)
        else:
            if (
                tok.lemma_.lower() in _WEAK_VERBS
                and not _is_source_subject(subj)
                and subj.lower_ not in _PRONOUNS_FIRST | _PRONOUNS_PERSON
            ):
                continue
            name, kind = _resolve_subject(subj, state)
            titles = lexicon()["person_titles"]
            titled = any(t.dep_ == "appos" and t.lemma_.lower() in titles for t in subj.head.subtree)
            if subj.dep_ == "appos" and kind == "ORG" and titled:
                kind = "PERSON"  # "Oleksandr Starukh, the local governor": a person, whatever the tagger said
            if kind == "ORG" and subj.pos_ == "PROPN" and _titled_apposition(subj, titles):
                kind = "PERSON"  # "Kaniz Fatema, assistant superintendent of Police in Munshiganj, told Xinhua"
                name = untitled(name)  # "SP Gambo Isah, the spokesperson for the Police Command": no rank
        if not name:
            continue
        via = channel(tok, state)
        if quoted_by is not None and agentive(quoted_by):
            via = [state.canonical(phrase(quoted_by)[0]), *via]
        platforms = lexicon()["platforms"]
        posted = re.fullmatch(r"(.+?)\s+on\s+([\w ]+)", name)
        if posted and posted.group(2).lower() in platforms:
            # "as reported by Ukraine's Coordination Headquarters ... on Telegram": the body, on its channel
            name = posted.group(1)
            via = [*via, platforms[posted.group(2).lower()]] if platforms[posted.group(2).lower()] not in via else via
        cited = None
        fused = _fused_quoting(subj, tok) if subj is not None else None
        if fused is not None:
            # "Quoting Rafaelito Alejandro, ..., Al Jazeera reported": the parser took "Quoting" for a name
            person, outlet = fused
            cited = state.canonical(person)
            name, kind = state.canonical(phrase(outlet)[0]), "ORG"
            state.note_speaker(cited, "PERSON", [])
        quoted_as = (
            False  # "..., local media quoted officials as saying", which the parser may read as "quoted officials"
        )
        if tok.lemma_ in ("cite", "quote") and subj is not None and cited is None:
            # "Reuters cited a police spokesman as saying": the one quoted speaks, the one quoting relays
            objs = [c for c in tok.children if c.dep_ == "dobj" and _citable(c)]
            quoted_as = not objs and tok.dep_ == "amod" and tok.head.i == tok.i + 1 and _citable(tok.head)
            if quoted_as:
                objs = [tok.head]
            if objs:
                cited = _resolve_subject(objs[0], state)[0]
            if quoted_as and cited and f" {tok.text} " in f" {cited} ":
                cited = state.canonical(cited.split(f"{tok.text} ", 1)[1])  # not "local media quoted officials"
        # "Reports citing the Idlib Health Directorate ... say": the reports relay whom they cite
        subject_acls = [c for c in subj.children if c.dep_ == "acl"] if subj is not None else []
        for child in [*tok.children, *subject_acls]:
            if child.lemma_ in ("cite", "quote") and child.dep_ in ("xcomp", "advcl", "prep", "acl", "conj"):
                objs = [c for c in child.children if c.dep_ in ("dobj", "pobj") and _citable(c)]
                if objs:
                    cited = _resolve_subject(objs[0], state)[0]
            if child.lemma_ == "base" and child.dep_ in ("advcl", "acl") and cited is None:
                # "..., reports GHN based on DW": the report rests on another outlet's
                objs = [o for p in child.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children]
                if objs and objs[0].dep_ == "pobj" and objs[0].pos_ == "PROPN" and _citable(objs[0]):
                    cited = _resolve_subject(objs[0], state)[0]
            if child.dep_ == "prep" and child.lower_ in ("with", "in") and cited is None:
                # "writes UNN with reference to the Office of the Ombudsman": UNN cites the office.
                for ref in (c for c in child.children if c.dep_ == "pobj" and c.lower_ == "reference"):
                    objs = [o for p in ref.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
                    if objs and objs[0].dep_ == "pobj":
                        cited = _resolve_subject(objs[0], state)[0]
        if not via and name in state.via_of and tok.lemma_ in ("say", "add"):
            via = list(state.via_of[name])
        trailing = (
            (
                anchor.dep_ == "conj"
                # '..., a top police official confirmed on Monday, adding ...': read as an adverbial clause
                or (
                    anchor.dep_ == "advcl"
                    and anchor.i > anchor.head.i
                    and not any(c.dep_ == "mark" for c in anchor.children)
                )
                # '..., according to lawmaker Shamsayil Saraliyev, the RBC news website reported.': no relative
                # clause, whatever the parser says, when its subject is no relative pronoun
                or (anchor.dep_ == "relcl" and subj is not None and subj.tag_ not in ("WDT", "WP", "WP$"))
                # '..., while search operations for 30 missing persons continued ..., an official from the disaster
                # management agency said.': the parser gave the verb the "while" clause's subject too
                or (anchor.dep_ == "advcl" and sum(c.dep_ == "nsubj" for c in anchor.children) > 1)
                # '... the IOM said the vessel ... overturned ..., News.Az reports, citing Al Jazeera.': the
                # report that ends the sentence wraps it, though the parser hung it on the first verb
                or (
                    anchor.dep_ == "ccomp"
                    and anchor.i > anchor.head.i
                    and all(t.is_punct for t in sent.doc[anchor.right_edge.i + 1 : sent.end])
                )
            )
            and subj is not None
            and subj.i < anchor.i
            and (
                subj is comma_led
                or (
                    _phrase_start(subj, subjects) > sent.start
                    and sent.doc[_phrase_start(subj, subjects) - 1].text in (",", '"', "”", "'", "’")
                )
            )
        )  # '..., Ismet Music told AFP.' parsed as a conjunct: it still covers the sentence
        # "..., as reported by Ashraf Al-Qudra": an "as" clause vouches for the clause it hangs on
        as_clause = anchor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in anchor.children)
        # "... displacing about 50,000 people the UN said in a statement on Tuesday.": read as a relative clause
        # with nothing said in it, the closing words of a sentence with no comma before them
        bare_relative = (
            anchor.dep_ == "relcl"
            and subj is not None
            and subj.i < anchor.i
            and subj.tag_ not in ("WDT", "WP", "WP$")
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl", "dative") for c in anchor.children)
            and not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[anchor.i + 1 : sent.end])
        )
        whole = (
            anchor.dep_ in ("ROOT", "parataxis")
            or trailing
            or bare_relative
            or subj is None
            or quotative
            or as_clause
            or quoted_as
        )
        scope = None if whole else {t.i for t in anchor.subtree}
        if subj is None and anchor.dep_ == "acl" and anchor.tag_ == "VBG" and anchor.head.i == anchor.i - 1:
            # "..., officials said, police accusing a detained 13-year-old suspect of plotting the attack": an
            # absolute clause speaks for itself only
            scope = {t.i for t in anchor.head.subtree}
        if scope is not None and anchor.dep_ == "relcl" and anchor.head.pos_ == "NUM":
            scope.add(anchor.head.i)  # "including 34 the Israeli military says are dead"
        if anchor.dep_ == "acl" and subj is not None and subj.dep_ == "pobj":
            # "the 401 people listed as missing by Rio's state government": the counted noun is reported
            scope = {t.i for t in anchor.head.subtree}
        start = min(subj.left_edge.i if subj is not None else tok.i, tok.i)
        if subj is None:
            cue = f"{name} {tok.text}"
        else:
            cue = sent.doc[start : tok.i + 1].text if tok.i - start < 12 else f"{name} ... {tok.text}"
        if cited:
            out.append(
                Source(
                    cited,
                    [name, *via],
                    f"{cue} {cited} as saying" if quoted_as else f"{cue} citing",
                    scope,
                    "relay",
                    False,
                    tok.i,
                    _contrast_clause(tok),
                    own_sentence=quoted_as,
                )
            )
            state.note_speaker(name, "ORG", [])
            state.note_speaker(cited, "ORG", [])
        else:
            kind_name = "relay" if tok.lemma_ == "report" and kind == "ORG" and looks_outlet_name(name) else "speech"
            # "a forensic expert said" may be named later; "an official from the ministry" is named already.
            # "a resident, Tukur Gödel, told Daily Trust": named already
            named_person = kind == "PERSON" and name[:1].isupper()
            indefinite = subj is not None and (
                (any(c.lower_ in ("a", "an") for c in subj.children) and body_of(subj) is None and not named_person)
                or (kind != "PERSON" and _unnamed_office_holder(subj))
                or _unnamed_org_description(subj, name)
            )
            contrast = scope if with_saying else _contrast_clause(tok)
            out.append(Source(name, via, cue, scope, kind_name, indefinite, tok.i, contrast))
            state.note_speaker(name, kind, via)
    if not any(s.scope is None for s in out):
        out.extend(_dash_quotative(sent, state))
    out.extend(document_sources(sent, state))
    out.extend(counted_by(sent, state))
    out.extend(as_quoted_by(sent, state))
    out.extend(_citing_clauses(sent, state, out))
    # '"...," Karim told a press conference, according to the state news agency INA.': what Karim
    # says later in the article ("he said", "According to Karim") reached it through the same outlet.
    outlets = [s.speaker for s in out if s.kind == "relay" and s.scope is None and not s.via]
    for s in out:
        if outlets and s.kind == "speech" and s.scope is None and s.speaker not in outlets:
            state.via_of.setdefault(s.speaker, [*outlets[:1], *s.via])
    return out


_DASHES = ("-", "–", "—", "--")


def _dash_quotative(sent: Span, state: DocState) -> list[Source]:
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


def _unnamed_org_description(subj: Token, name: str) -> bool:
    """ "The civil society watchdog for political prisoners in Myanmar reports": an organisation described and
    not named (nor named before), whom the text may name just after."""
    return (
        subj.pos_ == "NOUN"
        and subj.lemma_.lower() in lexicon()["generic_org_nouns"]
        and not any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP") for t in subj.subtree)
        and name[:1].islower()
    )


def _unnamed_office_holder(subj: Token) -> bool:
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


def _contrast_clause(verb: Token) -> set[int] | None:
    """ "Yermak said 116 had been returned, while Russian agencies cited the ministry saying 63 ...":
    a statement in a contrastive clause stands beside the sentence's other statement, not inside it."""
    tok = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children):
            return {t.i for t in tok.subtree}
        # "X initially put the number of dead at 86, but Tanzania's state radio TBC said ..."
        if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < tok.i for c in tok.head.children):
            return {t.i for t in tok.subtree}
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _citing_clauses(sent: Span, state: DocState, found: list[Source]) -> list[Source]:
    """ "OCHA said ..., citing the World Health Organization as saying that ...": a relay from
    the sentence's speaker to the cited source, over the citing clause."""
    out: list[Source] = []
    main = [s for s in found if s.kind in ("speech", "according")]
    if not main:
        return out
    for tok in sent:
        if (
            tok.lemma_ not in ("cite", "quote")
            or tok.pos_ != "VERB"
            or tok.dep_ not in ("advcl", "conj", "acl", "xcomp")
        ):
            continue
        if tok.head.lemma_.lower() in lexicon()["speech_verbs"] and tok.head.pos_ == "VERB":
            continue  # "X reports citing Y": handled with its reporting verb
        objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj") and _citable(c)]
        if not objs:
            continue
        cited = _resolve_subject(objs[0], state)[0]
        if cited:
            speaker = main[0]
            scope = {t.i for t in tok.subtree}
            says = any(c.dep_ in ("ccomp", "xcomp", "advcl", "prep") for c in tok.children)
            if not says and tok.dep_ == "advcl" and tok.head.dep_ == "ccomp" and tok.head.head.i == speaker.verb:
                # "X had told CNN that the death toll stood at 157, citing health officials": the cited
                # source of the statement it hangs on
                scope = {t.i for t in tok.head.subtree}
            out.append(Source(cited, [*speaker.via, speaker.speaker], f"citing {cited}", scope, "relay"))
            state.note_speaker(cited, "ORG", [])
    return out


def _citable(tok: Token) -> bool:
    """Can "citing X" name a source? A name, a pronoun, a body, an official or a document; not
    "citing worsening humanitarian conditions" (a reason)."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        return True
    lex = lexicon()
    if any(c.dep_ == "poss" for c in tok.children):
        return True
    words = {
        *lex["authority_nouns"], *lex["organisation_nouns"], *lex["spokes_nouns"], *lex["person_titles"],
        *lex["outlet_words"], *ONE_PERSON,
    }  # fmt: skip
    if any(f in words for f in forms(tok.text, tok.lemma_)):
        return True
    # "citing official figures", "citing a statement from the ministry", "quoted the statement issued late Friday"
    # (the last statement named); not "citing the information he received"
    documents = {*lex["source_nouns"], *lex["document_nouns"]}
    return any(f in documents for f in forms(tok.text, tok.lemma_)) and (
        document_author(tok) is not None
        or any(c.dep_ in ("amod", "compound") for c in tok.children)
        or (tok.lemma_.lower() in STATEMENTS and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children))
    )
