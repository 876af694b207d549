"""Who said a figure and through whom: attribution cues, relays, and names resolved across an article."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallygraph.extract.according import according_source, unowned_reports
from tallygraph.extract.agents import agentive, document_author
from tallygraph.extract.channels import channel
from tallygraph.extract.citing import cited_source, citing_clauses, fused_quoting
from tallygraph.extract.closing_tags import closing_conjunct
from tallygraph.extract.cues import (
    WEAK_VERBS,
    concern_objects,
    dash_quotative,
    finder,
    is_source_subject,
    records_a_place,
    responsibility_for,
    sets_toll,
    speech_cue,
    unknown_initials,
)
from tallygraph.extract.documents import according_preposition, as_quoted_by, counted_by, document_sources
from tallygraph.extract.fullnames import full_person_name
from tallygraph.extract.measures import measure_word
from tallygraph.extract.naming import clean_name, find_author
from tallygraph.extract.outlets import platform_of_post
from tallygraph.extract.persons import courtesy_titled, ranked_name, titled_person, untitled
from tallygraph.extract.placement import left_name, opening_person, person_after_quote
from tallygraph.extract.resolve import (
    PRONOUNS_FIRST,
    PRONOUNS_PERSON,
    resolve_subject,
    unnamed_office_holder,
    unnamed_org_description,
    unnamed_post_of,
)
from tallygraph.extract.scope import contrast_clause, statement_scope
from tallygraph.extract.source import Source, looks_outlet_name
from tallygraph.extract.speakers import body_of, phrase
from tallygraph.extract.state import DocState
from tallygraph.extract.subjects import find_subject
from tallygraph.lexicon import lexicon

__all__ = [
    "CONCESSIVE_MARKS",
    "Source",
    "find_author",
    "looks_outlet_name",
    "sentence_sources",
    "time_clause",
]


_TIME_MARKS = ("after", "before", "since", "until")  # a clause of time a belief does not hold
CONCESSIVE_MARKS = ("while", "although", "though", "whereas")  # a clause conceded before a statement


def time_clause(tok: Token) -> bool:
    """Does ``tok`` head a clause of time, "after ...", "since ...", which only dates what the sentence says?"""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.children)


def sentence_sources(sent: Span, state: DocState) -> list[Source]:
    """Every attribution cue in a sentence, with the speaker resolved and its scope."""
    speech = set(lexicon()["speech_verbs"])
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
            name, kind = resolve_subject(words_of, state)
            if name:
                out.append(Source(name, [], sent.doc[tok.i : tok.right_edge.i + 1].text, None, "according"))
                state.note_speaker(name, kind, [])
            continue
        is_cue, closing = speech_cue(tok, sent, state, speech)
        if is_cue:
            out.extend(_spoken(tok, sent, state, closing, speech))
    if not any(s.scope is None for s in out):
        out.extend(dash_quotative(sent, state))
    out.extend(document_sources(sent, state))
    out.extend(counted_by(sent, state))
    out.extend(as_quoted_by(sent, state))
    out.extend(citing_clauses(sent, state, out))
    # '"...," Karim told a press conference, according to the state news agency INA.': what Karim
    # says later in the article ("he said", "According to Karim") reached it through the same outlet.
    outlets = [s.speaker for s in out if s.kind == "relay" and s.scope is None and not s.via]
    for s in out:
        if outlets and s.kind == "speech" and s.scope is None and s.speaker not in outlets:
            state.via_of.setdefault(s.speaker, [*outlets[:1], *s.via])
        if s.kind == "relay" and s.via and looks_outlet_name(s.via[0]) and not looks_outlet_name(s.speaker):
            # "..., Al Jazeera said, quoting the HRW's report": what HRW "said" later came through Al Jazeera too
            state.via_of.setdefault(s.speaker, list(s.via))
    return out


def _spoken(tok: Token, sent: Span, state: DocState, closing: Token | None, speech: set[str]) -> list[Source]:
    """The attribution a verb of speech makes: its speaker, relays and scope; none when nobody speaks."""
    found = find_subject(tok, sent, closing, speech)
    subj, agent_obj = found.subj, found.agent_obj
    if subj is not None and (not agentive(subj) or _listed_with_places(subj)):
        return []
    after = sent.doc[tok.i + 1] if tok.i + 1 < len(sent.doc) else None
    if subj is not None and subj.lower_ == "all" and subj.i == tok.i - 1 and after is not None and after.text == ",":
        return []  # "All told, there are 1,243 guests and 586 crew on board, ...": in all, nobody speaks
    if subj is not None and unowned_reports(subj, sent, speech, tok):
        return []
    if subj is not None and _place_in_statement(subj, tok, speech):
        return []
    if subj is not None and records_a_place(tok, subj):
        return []
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in tok.children):
        return []  # "The Syrian regime ... provides no death tolls for the civil war": it gives none
    passive = subj is not None and subj.dep_ == "nsubjpass" and agent_obj is None
    if passive and tok.lemma_ not in ("quote", "cite", "report"):
        return []  # "the 401 people ... are presumed dead": what is said of them, not who says it
    if passive and tok.lemma_ == "report" and not any(c.lemma_ == "say" for c in tok.children):
        return []  # "Overall 192 deaths were reported ...": what was reported; "X was reported as saying" speaks
    if subj is None and agent_obj is not None and agentive(agent_obj):
        # "the 26 people reported killed earlier by the council": the agent of a passive report.
        subj = agent_obj
    speaker = _speaker_name(tok, subj, sent, state)
    if speaker is None:
        return []
    name, kind = speaker
    joined = closing_conjunct(tok, subj, sent) if closing is None else None
    if joined is not None and kind != "PERSON" and sent.doc[subj.left_edge.i - 1].lower_ == "and":
        # ("..., local authorities and CNN said.": both, though the parser hung the first on the clause before)
        name = state.canonical(clean_name(joined.text))
    if kind == "ORG" and ranked_name(name):
        name, kind = untitled(name), "PERSON"  # "ACP Kwesi Ofori", which the recogniser took for a body
    described = titled_person(name) if kind == "ORG" and name[:1].islower() else None
    if described is not None:
        name, kind = described, "PERSON"  # "opposition leader Morgan Tsvangirai", taken for a body
    if kind == "ORG" and _surname(name, state):
        kind = "PERSON"
    if courtesy_titled(name):
        name, kind = state.canonical(untitled(name)), "PERSON"  # "Mr Ijewere said", taken for a body
    name = _without_owner(name, kind)
    another = subj is not None and any(c.dep_ == "det" and c.lower_ == "another" for c in subj.children)
    if another and kind != "PERSON" and name[:1].islower() and not re.match(r"(?:one|two|three)\b", name):
        name = f"another {name}"  # "Another security official said": not the one who spoke before
    via = channel(tok, state)
    posted_on = platform_of_post(subj) if subj is not None else None
    if posted_on is not None and posted_on not in via:
        via = [*via, posted_on]  # "a Health Ministry tweet saying": on Twitter
    if found.quoted_by is not None and agentive(found.quoted_by):
        via = [state.canonical(phrase(found.quoted_by)[0]), *via]
    platforms = lexicon()["platforms"]
    # ("Baza Telegram channel said": the channel's name, and where it posts; not a bare "X")
    posted = re.fullmatch(r"(.+?)\s+on\s+([\w ]+)", name) or re.fullmatch(r"(.+?)\s+([A-Z][a-z]{3,})", name)
    if posted and posted.group(2).lower() in platforms:
        # "as reported by Ukraine's Coordination Headquarters ... on Telegram": the body, on its channel
        name = posted.group(1)
        via = [*via, platforms[posted.group(2).lower()]] if platforms[posted.group(2).lower()] not in via else via
    cited = None
    fused = fused_quoting(subj, tok) if subj is not None else None
    if fused is not None:
        # "Quoting Rafaelito Alejandro, ..., Al Jazeera reported": the parser took "Quoting" for a name
        person, outlet = fused
        cited = state.canonical(person)
        name, kind = state.canonical(phrase(outlet)[0]), "ORG"
        state.note_speaker(cited, "PERSON", [])
    cited, quoted_as = cited_source(tok, subj, state, cited)
    if not via and name in state.via_of and tok.lemma_ in ("say", "add"):
        via = list(state.via_of[name])
    anchor = found.anchor
    scope = statement_scope(
        sent, anchor, subj, found.subjects, found.comma_led, quotative=found.quotative, quoted_as=quoted_as
    )
    if closing is not None or joined is not None:
        scope = None  # "..., police confirm.": the closing words after a comma cover the sentence, wherever hung
    conceded = [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.i < tok.i
        and any(m.dep_ == "mark" and m.lower_ in CONCESSIVE_MARKS for m in c.children)
    ]
    if conceded and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        # ("While nearly 50 people were injured — including four children — authorities have confirmed the incident
        # took place after roads had reopened": what is conceded first is not what they confirm)
        scope = ({t.i for t in sent} if scope is None else scope) - {t.i for c in conceded for t in c.subtree}
    # ("Terrified survivors in Tacloban, a city of about 220,000, spoke Saturday of storm surge waves": of what)
    # (not the speaker a closing tag inverts: "..., denounced the Ombudsman's Office.")
    objects = [
        c
        for c in tok.children
        if (c.dep_ == "dobj" and (subj is None or c.i != subj.i)) or (c.dep_ == "prep" and c.lower_ == "of")
    ]
    # ("Amnesty International has expressed deep concern about the killing of 10 people": what concern is about)
    said_of = [*(objects if tok.lemma_.lower() in lexicon()["object_only_verbs"] else []), *concern_objects(tok)]
    if said_of:
        said = {t.i for o in said_of for t in o.subtree}
        scope = said if scope is None else scope & said
    if tok.lemma_.lower() in lexicon()["seeing_verbs"]:
        # ("Journalists saw at least three bodies ..., and medical workers reported five others killed": what
        # they saw, not the clause run on after it)
        seen = {t.i for c in tok.children if c.dep_ in ("dobj", "ccomp") for t in c.subtree}
        scope = seen if scope is None else scope & seen
    deed = responsibility_for(tok)
    if deed is not None:
        scope = deed if scope is None else scope & deed
    if tok.lemma_.lower() in lexicon()["belief_verbs"]:
        # ("Officials believe that Isis is behind the massacre, after the group published ... the execution of
        # hundreds": what they believe, not what the clause of time around it tells)
        held = {t.i for c in tok.children if c.dep_ == "ccomp" for t in c.subtree} - {
            t.i
            for c in tok.children
            if c.dep_ == "ccomp"
            for a in c.children
            if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in a.children)
            for t in a.subtree
        }
        scope = held if scope is None else scope & held
    if found.trailing:
        # "... denied the six deaths, confirming that only one person was killed": what the participle holds
        held = {t.i for t in tok.subtree}
        scope = held if scope is None else scope & held
    start = min(subj.left_edge.i if subj is not None else tok.i, tok.i)
    if subj is None:
        cue = f"{name} {tok.text}"
    else:
        cue = sent.doc[start : tok.i + 1].text if tok.i - start < 12 else f"{name} ... {tok.text}"
    if cited:
        # ("Citing the initial investigation, police chief Pradeep Sharma said ...": a later "he said" is his)
        state.note_speaker(name, kind if kind == "PERSON" else "ORG", [])
        state.note_speaker(cited, "ORG", [])
        return [
            Source(
                cited,
                [name, *via],
                f"{cue} {cited} as saying" if quoted_as else f"{cue} citing",
                scope,
                "relay",
                False,
                tok.i,
                contrast_clause(tok),
                own_sentence=quoted_as,
            )
        ]
    outlet = looks_outlet_name(name) or found.outlet
    kind_name = "relay" if tok.lemma_ == "report" and kind == "ORG" and outlet else "speech"
    # "a forensic expert said" may be named later; "an official from the ministry" is named already.
    # "a resident, Tukur Gödel, told Daily Trust": named already
    named_person = kind == "PERSON" and name[:1].isupper()
    # ("a Health Ministry tweet saying": the article of the document, whose author it names)
    author = document_author(subj) if subj is not None else None
    named_author = author is not None and author.pos_ == "PROPN"
    indefinite = subj is not None and (
        (
            any(c.lower_ in ("a", "an") for c in subj.children)
            and body_of(subj) is None
            and not named_person
            and not named_author
            # ("An AP reporter at the scene saw 13 bodies": what they saw is theirs, whoever is named next)
            and tok.lemma_.lower() not in lexicon()["seeing_verbs"]
        )
        or (kind != "PERSON" and unnamed_office_holder(subj))
        or unnamed_org_description(subj, name)
        or unnamed_post_of(subj, name)
    )
    contrast = scope if found.with_saying else contrast_clause(tok)
    state.note_speaker(name, kind, via)
    belief = tok.lemma_.lower() in lexicon()["belief_verbs"]
    return [
        Source(name, via, cue, scope, kind_name, indefinite, tok.i, contrast, belief=belief, backdrop=time_clause(tok))
    ]


def _speaker_name(tok: Token, subj: Token | None, sent: Span, state: DocState) -> tuple[str, str] | None:
    """The name and kind (PERSON, ORG) of who speaks with the verb `tok`; None when no one fit is named."""
    name: str | None
    if subj is None:
        name, kind = left_name(tok), "ORG"
        if name is not None and name.lower() in lexicon()["platforms"]:
            name = None  # "released a statement on X condemning ...": where it was posted, not who
        if name is None:
            name, kind = opening_person(sent, tok) or person_after_quote(sent, tok), "PERSON"
        if name is None:
            return None
        name = state.canonical(name)
    else:
        if (
            tok.lemma_.lower() in WEAK_VERBS
            and not is_source_subject(subj)
            # "Human rights groups put the death toll at 157": whoever can speak and gives a toll is its source
            and not (sets_toll(tok) and agentive(subj) and measure_word(subj) is None)
            and not state.known_body(subj)
            and subj.lower_ not in PRONOUNS_FIRST | PRONOUNS_PERSON
            and not (tok.lemma_.lower() in lexicon()["inquiry_verbs"] and finder(subj))
        ):
            return None
        name, kind = resolve_subject(subj, state)
        if name == subj.text and unknown_initials(subj):
            name = state.initialled(name)  # a body's initials, which the recogniser did not know
        named = subj.doc[subj.i + 1] if subj.i + 1 < tok.i else None
        if subj.pos_ == "NOUN" and named is not None and named.i + 1 == tok.i and _capitals_name(named):
            # "Chinese public broadcaster CGTN reported": the name after its description, which the tagger took
            # for an auxiliary
            name, kind = state.canonical(clean_name(subj.doc[subj.left_edge.i : named.i + 1].text)), "ORG"
        titles = lexicon()["person_titles"]
        titled = any(t.dep_ == "appos" and t.lemma_.lower() in titles for t in subj.head.subtree)
        if subj.dep_ == "appos" and kind == "ORG" and titled:
            kind = "PERSON"  # "Oleksandr Starukh, the local governor": a person, whatever the tagger said
        if kind == "ORG" and subj.pos_ == "PROPN" and _title_before(subj, titles):
            kind = "PERSON"  # "Nigerian military commander, Lucky Irabor said": a post, a comma, then who holds it
        # "County Commander Samson ole Kine told The Standard": a post and a name with a particle, which the
        # recogniser cut short and took the rest of for a body's
        compounds = [t for t in subj.subtree if t.i < subj.i and t.dep_ == "compound"]
        posted = any(t.lower_ in titles for t in compounds) and any(t.ent_type_ == "PERSON" for t in compounds)
        if kind == "ORG" and subj.pos_ == "PROPN" and posted:
            name, kind = untitled(name), "PERSON"
        if kind == "ORG" and subj.pos_ == "PROPN" and _titled_apposition(subj, titles):
            kind = "PERSON"  # "Kaniz Fatema, assistant superintendent of Police in Munshiganj, told Xinhua"
            name = untitled(name)  # "SP Gambo Isah, the spokesperson for the Police Command": no rank
    return (name, kind) if name else None


def _without_owner(name: str, kind: str) -> str:
    """ "Hezbollah's Al-Manar TV", "Iran's Press TV", "Al Jazeera's Yvonne Ndege": a named outlet or person,
    whoever owns or employs them (but "Gaza's Health Ministry", "RFA's Myanmar Service" are named by their owner)."""
    owned = re.fullmatch(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s ([A-Z].+)", name)
    if owned is None:
        return name
    rest = owned.group(2)
    owner = owned.group(1)
    if owner.split()[-1].lower() in ("people", "children", "women", "men", "workers"):
        return name  # "the Tigray People's Liberation Front": a name, not its owner's
    lex = lexicon()
    # (an outlet by its name, not any short name in capitals: "IOM's Migration Research Unit" is the IOM's)
    by_outlet = owner in lex["wire_agencies"] or owner in lex["named_outlets"]
    by_outlet = by_outlet or any(w in lex["outlet_words"] for w in owner.lower().split())
    person = (kind == "PERSON" or by_outlet) and re.fullmatch(
        r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}", rest
    ) is not None
    outlet = looks_outlet_name(rest) and rest[:1].isupper()
    return rest if person or outlet else name


def _surname(name: str, state: DocState) -> bool:
    """ "Macron said", which the tagger took for an organisation, where the article's text writes "French
    President Emmanuel Macron" in a sentence it did not parse: a person, whom a later "he said" stands for."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?", name) or looks_outlet_name(name):
        return False
    if name in state.aliases or name in state.aliases.values() or state.agents.get(name) == "ORG":
        return False
    lex = lexicon()
    titles = [*lex["person_titles"], *lex["honorifics"]]
    return full_person_name(name, state.text, titles, roles=lex["person_titles"]) != name


def _place_in_statement(subj: Token, tok: Token, speech: set[str]) -> bool:
    """ "Chiponda said in a statement that the country reported 589 new cases": a place whose count a speaker
    gives is what the speaker reports, not a second source."""
    # (a named state speaks for itself: "Simonyan said Azerbaijan reported 70 dead")
    place = subj.pos_ == "NOUN" and subj.lemma_.lower() in lexicon()["place_nouns"]
    if not place or subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for verb in tok.ancestors:
        if verb.lemma_.lower() in speech and verb.pos_ in ("VERB", "AUX"):
            speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if speaker is not None and agentive(speaker) and speaker.ent_type_ not in ("GPE", "LOC"):
                return True
    return False


def _listed_with_places(subj: Token) -> bool:
    """ "districts of Baramulla, Kupwara and Bandipora recorded": a name the tagger took for a person's, listed
    with places and nothing but places."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in ("PERSON", ""):
        return False
    # (not "... outside Waco, Jason Reyes, a spokesman ..., told": a name after a place)
    listed = [c for c in subj.children if c.dep_ == "conj"]
    return bool(listed) and all(t.ent_type_ in ("GPE", "LOC") for t in listed)


def _capitals_name(tok: Token) -> bool:
    """An acronym the tagger read as a verb or an auxiliary ("CGTN", "SANA")."""
    return tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 8 and tok.pos_ in ("AUX", "VERB")


def _title_before(subj: Token, titles: list[str]) -> bool:
    """A name the parser made a second subject, after a post and a comma: "Nigerian military commander, Lucky
    Irabor said"."""
    start = subj.left_edge.i
    return (
        start > 0
        and subj.doc[start - 1].text == ","
        and any(
            c.dep_ == "nsubj" and c.i < start - 1 and c.pos_ == "NOUN" and c.lemma_.lower() in titles
            for c in subj.head.children
        )
    )


def _titled_apposition(subj: Token, titles: list[str]) -> bool:
    """A proper name followed by a job title in apposition, the title's head a person's post."""
    return any(
        c.dep_ == "appos" and c.i > subj.i and c.pos_ == "NOUN" and c.lemma_.lower() in titles for c in subj.children
    )


def in_the_words_of(prep: Token) -> Token | None:
    """The speaker of "in X's words" / "in the words of X", given the "in"."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    for obj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() == "word"):
        owner = next((c for c in obj.children if c.dep_ == "poss" and agentive(c)), None)
        if owner is None:
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj" and agentive(c)), None) if of else None
        if owner is not None:
            return owner
    return None
