"""Who a subject names: people, organisations and outlets from the noun phrases that speak.

The names a speech verb's subject stands for ("Parliament Speaker Alen Simonyan" -> "Alen
Simonyan", "Iraq's state news agency INA" -> "INA", "a statement from the office of X" -> X).
Speakers the parser left unattached are :mod:`tallygraph.extract.placement`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallygraph.extract.agents import ONE_PERSON, agentive, document_author, one_of
from tallygraph.extract.described import (
    name_after_post_of,
    named_after_of,
    named_after_post_phrase,
    named_beside_post,
    named_for_a_saint,
    person_of_a_body,
    post_in_named_body,
    ranked_person_after,
)
from tallygraph.extract.naming import called_by_number, clean_name, strip_demonym
from tallygraph.extract.outlets import known_outlet_at
from tallygraph.extract.persons import (
    called,
    capitalised_post,
    closing_person,
    entity_at,
    holder_after_body,
    holder_of_office,
    name_after_title,
    named_in_apposition,
    person_name,
    title_words,
    titled_person,
    untitled,
)
from tallygraph.lexicon import lexicon

__all__ = ["SPOKESPEOPLE", "body_of", "description", "np_start", "phrase"]

# Those who speak for a body: "a spokesman from the Hong Kong government", later "the spokesman".
SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")


def body_of(tok: Token) -> Token | None:
    """ "an official from the National Emergency Operations Centre", "the centre's duty officer": the body."""
    if tok.lemma_.lower() not in lexicon()["spokes_nouns"] or tok.ent_type_ == "PERSON":
        return None
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            # "the West African nation's military officials": a place has officials, it is no body that speaks
            if child.pos_ == "NOUN" and child.lemma_.lower() in lexicon()["place_nouns"]:
                continue
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "at", "with", "for"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and (objs[0].pos_ == "PROPN" or objs[0].ent_type_ in ("ORG", "GPE") or objs[0].text[:1].isupper()):
                return objs[0]
            bodies = {*lexicon()["organisation_nouns"], "government", "administration"}
            if (
                objs
                and objs[0].lemma_.lower() in bodies
                and (
                    (child.lower_ == "for" and any(c.dep_ in ("amod", "compound") for c in objs[0].children))
                    or (
                        child.lower_ in ("from", "at", "with")
                        and tok.lemma_.lower() in SPOKESPEOPLE
                        and any(c.dep_ in ("amod", "compound", "poss") for c in objs[0].children)
                    )
                )
            ):
                # "A spokesperson for a regional public affairs office said", "A spokesman from the Hong Kong
                # government confirmed", "said a spokesman at the Interior Ministry's civil protection agency"
                return objs[0]
            if objs and objs[0].lemma_.lower() == "office":
                # "a representative of the office of the Greek Cypriot member Leonidas Pantelides": the person
                holder = [o for p in objs[0].children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
                if holder and holder[0].dep_ == "pobj" and holder[0].ent_type_ == "PERSON":
                    return holder[0]
    return None


def _seat_end(prep: Token, *, clauses: bool) -> int:
    """Where the phrase of where a speaker sits ("in Gaza", "at the hospital") ends: before a bracket, a comma or a
    second place ("Authorities in the Euskirchen region in western Germany"); with ``clauses``, also before a clause
    on it ("sources at security companies involved in the rescue operation"), and a hyphen does not end it
    ("a medical source in Al-Hussein Hospital"), nor does one inside a name ("Medics at al-Awda Hospital")."""
    kept = (".", "'", "’", "-") if clauses else (".", "'", "’")
    doc = prep.doc
    joined = {t.i for t in prep.subtree if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_}
    inner = [
        t.left_edge.i if t.dep_ in ("acl", "relcl") else t.i
        for t in prep.subtree
        if (t.is_punct and t.text not in kept and t.i not in joined)
        or (t.dep_ == "prep" and t.lower_ in ("in", "at", "near") and t != prep)
        or (clauses and t.dep_ in ("acl", "relcl"))
    ]
    return min(inner) if inner else prep.right_edge.i + 1


def _described_name(tok: Token) -> str | None:
    """ "The U.N. emergency agency OCHA", "the news agency Anadolu": an organisation's name after a common-noun
    description the parser took for its compounds (the tagger may take an acronym, "UNICEF", for a noun)."""

    def named(t: Token) -> bool:
        # (an agency that spells itself in lower case, whatever the tagger made of it: "the news agency dpa")
        wire = t.text in lexicon()["wire_agencies"]
        return t.pos_ == "PROPN" or wire or (t.ent_type_ == "ORG" and t.text.isupper() and len(t.text) >= 2)

    if not named(tok):
        return None
    lex = lexicon()
    nouns = {*lex["organisation_nouns"], *lex["outlet_words"]}
    described = [
        c
        for c in tok.lefts
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text[:1].islower() and c.lemma_.lower() in nouns
    ]
    if not described:
        return None
    end = tok.i + 1
    # ("pro-military government online service News of Myanmar": the name's "of" and a capitalised name after it)
    tail = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    if tail is not None and all(t.text[:1].isupper() for t in tail.subtree if t.i > tail.i):
        end = tail.right_edge.i + 1
    name = tok.doc[described[-1].i + 1 : end]
    if not all(named(t) for t in tok.doc[described[-1].i + 1 : tok.i + 1]):
        return None
    return clean_name(name.text)


def description(tok: Token) -> str:
    """The words of a common-noun description without article or possessor: "state news agency"."""
    words = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i >= np_start(tok)]
    return " ".join(t.lower_ for t in [*words, tok])


def _named_for(tok: Token, start: int | None = None) -> str | None:
    """ "Mwatana for Human Rights", "Physicians for Human Rights": one word the tagger took for a person's name,
    then "for" and a capitalised name, is an organisation's name."""
    doc = tok.doc
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "for" and c.i == tok.i + 1), None)
    obj = next((c for c in prep.rights if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if prep else None
    if obj is None:
        return None
    words = doc[prep.i + 1 : obj.right_edge.i + 1]
    if not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the", "&") for t in words):
        return None
    return clean_name(doc[tok.i if start is None else start : obj.right_edge.i + 1].text)


def _post_holder(tok: Token) -> Token | None:
    """ "Datia Superintendent of Police (SP) Pradeep Sharma said", which the recogniser took for a person up to the
    post: the name in apposition after the post, its holder."""
    if tok.lower_ not in lexicon()["person_titles"]:
        return None
    return next(
        (
            c
            for c in tok.rights
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text.istitle() and c.ent_type_ in ("", "PERSON")
        ),
        None,
    )


def _named_after_bracketed_post(tok: Token) -> str | None:
    """ "Deputy Commissioner (South) Javed Khoso", "SP (Rural) Swapan Kishore": a post, its district in brackets,
    then a name of two to four capitalised words, which the recogniser may take for no person or an organisation."""
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and start > tok.i - 3:
        start -= 1
    if tok.pos_ != "PROPN" or start < 4 or doc[start - 1].text != ")" or doc[start - 3].text != "(":
        return None
    name = doc[start : tok.i + 1]
    capitalised = all(t.text[:1].isupper() and not t.text.isupper() for t in name)
    if len(name) < 2 or not capitalised or doc[start - 4].lower_.rstrip(".") not in title_words():
        return None
    return untitled(clean_name(name.text))  # ("... Officer (PRO) Lieutenant Colonel Manish Shrivastava")


def phrase(tok: Token) -> tuple[str, str]:
    """The name a subject token stands for, and its kind (PERSON, ORG, OTHER)."""
    outlet = known_outlet_at(tok)
    if outlet is not None:
        return outlet, "ORG"  # "broadcaster France 24", whose number the tagger took for a date
    posted = _named_after_bracketed_post(tok)
    if posted is not None:
        return posted, "PERSON"
    if tok.ent_type_ == "ORG":
        org = entity_at(tok, ("ORG",))
        ranked = ranked_person_after(org) if org is not None else None
        if ranked is not None:
            return ranked, "PERSON"
        if org is not None and org[0].pos_ == "VERB" and org[0].ent_iob_ == "B":
            return clean_name(org.text), "ORG"  # "Save the Children", which the parser read as a clause
        if org is not None and tok.pos_ == "PRON" and len(org) > 2 and org[-1].text[:1].isupper():
            return clean_name(org.text), "ORG"  # "the We Will Stop Femicide Platform": a name opening with "We"
        if (
            org is not None
            and tok.dep_ == "nmod"
            and not org.start <= tok.head.i < org.end
            and org[-1].head.i in range(org.start, org.end)
        ):
            # "the Rio Grande do Sul Civil Defense bulletin": a name the parser split into a modifier and
            # its apposition
            return clean_name(org.text), "ORG"
    if (tok.lemma_.lower() in ONE_PERSON or tok.lower_ == "people") and tok.pos_ == "NOUN":
        # "a person close to the AA", "People familiar with the matter": unnamed, described by whom they are close to
        close = [c for c in tok.rights if c.dep_ in ("amod", "acl") and c.lower_ in ("close", "familiar", "near")]
        if close:
            return clean_name(tok.doc[tok.left_edge.i : close[0].right_edge.i + 1].text), "OTHER"
    author = document_author(tok)
    named = entity_at(author, ("ORG",)) if author is not None else None
    if named is not None and named.start < author.i and all(t.head == tok for t in named if t.dep_ != "det"):
        return clean_name(named.text), "ORG"  # "according to a Kyodo News tally": each word hung on the tally
    if author is not None:
        return phrase(author)
    group = one_of(tok)
    if group is not None:
        return phrase(group)  # "One of the three police sources ... said", "one of the sources said"
    person = entity_at(tok, ("PERSON",))
    # (also "The group Syrian Observatory for Human Rights", two words taken for a person's name)
    body_for = (
        _named_for(tok, person.start) if person is not None and len(person) <= 2 and person.end == tok.i + 1 else None
    )
    if body_for is not None:
        return body_for, "ORG"
    if person is not None and named_for_a_saint(person):
        return clean_name(tok.doc[person.start - 1 : person.end].text), "ORG"
    if person is not None and tok.ent_type_ == "PERSON":
        holder = _post_holder(tok)
        if holder is not None:
            return person_name(holder, entity_at(holder, ("PERSON",)) or tok.doc[holder.i : holder.i + 1]), "PERSON"
        return person_name(tok, person), "PERSON"
    holder = _post_holder(tok) if tok.ent_type_ == "" and tok.pos_ == "PROPN" else None
    forenames = [c for c in holder.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] if holder is not None else []
    if holder is not None and (holder.ent_type_ == "PERSON" or forenames):
        # (the same post and name where the recogniser saw no person at all)
        return person_name(
            holder, entity_at(holder, ("PERSON",)) or tok.doc[holder.left_edge.i : holder.i + 1]
        ), "PERSON"
    named_org = named_in_apposition(tok) or named_after_of(tok)
    if named_org is not None:
        return phrase(named_org)  # "Iraq's state news agency INA": the name, not the description
    name_called = called(tok)
    if name_called is not None:
        return name_called, "ORG"
    held = post_in_named_body(tok) or name_after_post_of(tok) or named_after_post_phrase(tok)
    if held is not None:
        return held, "PERSON"
    described = _described_name(tok)
    if described is not None:
        return described, "ORG"  # "The U.N. emergency agency OCHA"
    # ("NCDC Deputy Director of Surveillance and National Incident Manager, Dr Muntari Hassan, said": the person
    # named after the second of two posts)
    joined = [
        g for c in tok.rights if c.dep_ == "conj" and c.lemma_.lower() in lexicon()["person_titles"] for g in c.rights
    ]
    for child in [*tok.rights, *joined]:
        # "The Ukrainian president's chief of staff, Andriy Yermak, said": the person the title names.
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and tok.ent_type_ != "PERSON":
            named = entity_at(child, ("PERSON",))
            # also a post spelled in capitals: "Inspector General of Police Kashmir Zone, Vijay Kumar"
            titles = lexicon()["person_titles"]
            # ("the state Police Public Relations Officer, Mohammed Shehu, ...": a post in capitals)
            post = tok.pos_ == "NOUN" or any(t.lower_ in titles for t in tok.subtree if t.i <= tok.i)
            # "Sudan's People's Liberation Army (SPLA) spokesman, Lul Ruai Koang told Xinhua": the body's
            # title between the body and the person
            post = post or any(c.dep_ == "appos" and c.lower_ in titles and c.i < child.i for c in tok.rights)
            # "Mizoram IGP (Law and Order) Lalbiakthanga Khiangte said": the post's remit in brackets
            post = post or (child.left_edge.i > 0 and tok.doc[child.left_edge.i - 1].text == ")")
            # "State Health, Environment, ... Committee chairman S Veerapan, said": the parser made the post's
            # first words the subject, the title and name their apposition
            post = post or any(c.dep_ == "compound" and c.lower_ in titles for c in child.lefts)
            post = post or capitalised_post(tok)  # "The state Epidemiologist, Dr. Steven Fagbemi, said"
            if named is not None and post:
                return person_name(child, named), "PERSON"
        # ("The executive director of the orphanage, Precy Ledaslia, said": a name the recogniser took for a place's)
        mistaken = child.ent_type_ in ("FAC", "PRODUCT") and tok.lemma_.lower() in lexicon()["person_titles"]
        if (
            child.dep_ == "appos"
            and tok.pos_ == "NOUN"
            and child.pos_ == "PROPN"
            and (child.ent_type_ in ("", "NORP") or mistaken)
        ):
            # "Victims' counsel, Attorney-at-Law Ranitha Gnanaraja, said", "the town's mayor, J. Mans, told"
            given = [c for c in child.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == child.i - 1]
            initial = bool(given) and len(given[0].text) == 2 and given[0].text.endswith(".")  # (taken for NORP)
            unnamed = not (given[0].ent_type_ or child.ent_type_) if given else False
            if given and given[0].text[:1].isupper() and (initial or unnamed or mistaken):
                return f"{given[0].text} {child.text}", "PERSON"
    beside = named_beside_post(tok) or closing_person(tok) or holder_after_body(tok)
    if beside is not None:
        return beside, "PERSON"
    body = body_of(tok)
    if body is not None:
        name, kind = phrase(body)
        # ("a spokesman at the Interior Ministry's civil protection agency in Rome": the agency, wherever it sits)
        seat = next((p for p in body.children if p.dep_ == "prep" and p.lower_ == "in"), None)
        placed = (
            seat is not None
            and body.pos_ == "NOUN"
            and all(t.ent_type_ in ("GPE", "LOC") for t in seat.subtree if t.i > seat.i)
        )
        if placed and name.endswith(tok.doc[seat.i : seat.right_edge.i + 1].text):
            name = name[: -len(tok.doc[seat.i : seat.right_edge.i + 1].text)].rstrip()
        return name, kind
    titled = name_after_title(tok) or holder_of_office(tok)
    if titled is None and tok.lower_ in lexicon()["person_titles"] and tok.text[:1].isupper():
        # "the Minister of State for Home Harsh Sanghavi": the holder's name closes the post's "for" phrase
        titled = titled_person(tok.doc[np_start(tok) : tok.right_edge.i + 1].text)
    if titled is not None:
        return titled, "PERSON"
    member = person_of_a_body(tok)
    if member is not None:
        return member, "PERSON"
    # Words of the noun phrase: determiners, possessors, modifiers, the head, "of"/"for" tails.
    left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("punct", "appos") and t.i >= tok.left_edge.i]
    # "... between Mali, Burkina Faso, and Niger, Mali's army said": not back over a comma the parser ran into
    # the subject's words
    comma = max((t.i for t in tok.subtree if t.text == "," and t.i < tok.i), default=-1)
    words: list[Token] = [t for t in left if t.i >= np_start(tok) and t.i > comma]
    end = tok.i + 1
    if called_by_number(tok):
        end += 1  # "Rescue 1122"
    first = tok.i
    while first > 0 and tok.doc[first - 1].pos_ == "PROPN" and tok.is_ancestor(tok.doc[first - 1]):
        first -= 1
    run = list(tok.doc[first : tok.i + 1])
    titled_run = len(run) >= 3 and run[0].lower_ in lexicon()["honorifics"] and tok.text[:1].isupper()
    if titled_run and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        return " ".join(t.text for t in run[1:]), "PERSON"  # "Major Edmilson Tavares of the city's federal police"
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            # (not the clause the parser hung on the name's last word: "..., which has a network of sources")
            # (nor an apposition after a comma: "the Syrian Observatory for Human Rights, the SOHR"; but "The
            # Sweden-based founder of the Assyrian Human Rights Network, Osama Edward": the person, named)
            stops = [t.left_edge.i for t in child.subtree if t.dep_ == "relcl"]
            stops += [
                t.left_edge.i
                for t in child.subtree
                if t.dep_ == "appos" and t.doc[t.left_edge.i - 1].text == "," and t.ent_type_ != "PERSON"
            ]
            # (nor the members it goes on to name: "a coalition of human rights groups, including Article 19")
            stops += [t.i for t in child.subtree if t.lower_ == "including" and t.doc[t.i - 1].text == ","]
            end = min([*stops, child.right_edge.i + 1])
            while end > child.i + 1 and tok.doc[end - 1].is_punct:
                end -= 1
            break
        named_against = child.i + 1 < len(tok.doc) and tok.doc[child.i + 1].text[:1].isupper()
        if child.dep_ == "prep" and child.lower_ == "against" and tok.text[:1].isupper() and named_against:
            # "the Collective against Impunity and Stigmatisation of Communities (CISC)": a name, up to a bracket
            stops = [t.i for t in child.subtree if t.is_punct]
            end = min(stops) if stops else child.right_edge.i + 1
            break
        runs_on = child.text[:1].isupper() or (child.lower_ == "without" and named_against)
        if child.dep_ == "prep" and child.i == tok.i + 1 and runs_on and tok.text[:1].isupper():
            # "Doctors Without Borders (MSF)", "Reporters Without Borders", "Doctors without Borders": a name in
            # capitals runs on
            end = child.i + 1 if not child.text[:1].isupper() else child.i
            while end < child.right_edge.i + 1 and tok.doc[end].text[:1].isupper() and not tok.doc[end].is_punct:
                end += 1
            break
        if child.dep_ == "prep" and child.lower_ in ("in", "at") and _a_place(child) and tok.lemma_.lower() != "source":
            # "the Health Ministry in Gaza", "investigators at the site", up to a bracket, a comma or a
            # second place ("Authorities in the Euskirchen region in western Germany")
            end = _seat_end(child, clauses=False)
            break
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "from", "within") and tok.lemma_.lower() == "source":
            # "sources at the hospital", "a source in the regional Investigative Committee": where the source sits
            # is all that names it (up to a comma, a clause or a second place: "sources at security companies
            # involved in the rescue operation")
            end = _seat_end(child, clauses=True)
            break
        if child.dep_ == "relcl" and tok.lower_ in ("those", "people", "anyone", "everyone"):
            end = child.right_edge.i + 1  # "those who made it to land": the clause is the description
            break
        if child.dep_ in ("appos", "relcl", "acl", "punct"):
            break
    start = min([t.i for t in words] or [tok.i])
    when = start
    while when < tok.i and tok.doc[when].ent_type_ in ("DATE", "TIME"):
        when += 1
    aged = when > start and tok.doc[when - 1].lower_ in ("old", "year-old")
    if (tok.pos_ == "NOUN" or aged) and tok.doc[when].tag_ != "POS":
        # "Early Tuesday officials raised the death toll": when, not who; "said 69-year-old Sierra": how old (but
        # "Monday Kassah said", and "Thursday’s edition of Le Soir", which the document rules read)
        start = when
    org_ent = entity_at(tok, ("ORG",))
    if org_ent is not None and org_ent.end > end and org_ent.start >= start and tok.pos_ == "PROPN":
        # "the United Nations Integrated Office in Haiti": the name runs on (but not over the verb's adverb the
        # tagger ran into it, nor the verb: "Italy's coast guard later said", "Xinhua cited")
        end = org_ent.end
        while end - 1 > tok.i and tok.doc[end - 1].pos_ in ("ADV", "VERB", "AUX"):
            end -= 1
    joined = any(c.dep_ == "cc" for t in (tok, *tok.conjuncts) for c in t.children)  # "A, B and C"
    named = next((c for c in tok.rights if c.dep_ == "conj" and c.pos_ == "PROPN" and c.left_edge.i == end + 1), None)
    if tok.pos_ == "NOUN" and named is not None and tok.doc[end].text == "," and not agentive(tok):
        return phrase(named)  # "since the recent floods, Cooperative Governance and Traditional Affairs (Cogta) said"
    for child in tok.rights:
        # "the mine owner and mine safety officials said": a joint source, as written (but not "health centers in
        # Tigray, the Ethiopian Human Rights Commission (EHRC) has disclosed": a comma and no "and", a misparse)
        after_comma = tok.doc[child.left_edge.i - 1].text == ","
        if (
            child.dep_ == "conj"
            and child.pos_ in ("NOUN", "PROPN")
            and child.i > end - 1
            and (joined or not after_comma)
        ):
            end = child.right_edge.i + 1
    text = tok.doc[start:end].text
    # A named organisation inside the phrase ("An Anadolu Agency (AA) team").
    org = None
    for ent in tok.doc.ents:
        if ent.label_ == "ORG" and start <= ent.start and ent.end <= min(end, tok.i):
            org = ent
            break
    if org is not None and tok.lemma_.lower() in ("team", "crew", "correspondent", "reporter", "journalist"):
        return clean_name(org.text), "ORG"
    titled_tail = titled_person(text)
    if titled_tail is not None:
        return titled_tail, "PERSON"  # "The Morbi B Division Police Inspector P.A. Dekavadiya"
    kind = "ORG" if tok.ent_type_ in ("ORG", "NORP", "GPE") or tok.text[:1].isupper() else "OTHER"
    return strip_demonym(clean_name(text)), kind


# Places referred back to with "the": "in the state", "in the country".
_BACK_REFERRED = frozenset({"state", "country", "region", "area", "city", "district", "province", "town"})


def _a_place(prep: Token) -> bool:
    """ "in Gaza", "in the Mexican state of Tamaulipas", "at the site": where a source is, part of its name."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        return False
    obj = objs[0]
    if obj.lower_ in _BACK_REFERRED and [c.lower_ for c in obj.children] == ["the"]:
        return False  # "the police authorities in the state": the place the text is about, not part of a name
    described = any(c.ent_type_ == "NORP" and c.dep_ == "amod" for c in obj.children)
    aside = {t.i for c in obj.children if c.dep_ == "appos" for t in c.subtree}
    named = any(t.pos_ == "PROPN" and t.ent_type_ != "NORP" and t.i not in aside for t in obj.subtree)
    if obj.pos_ == "NOUN" and described and not named:
        # "police in the Ghanaian capital, Accra,": where they are, described, not their name (but "the Attorney
        # General's Office in the Mexican state of Tamaulipas")
        return False
    # ("Medics at Civil hospital", "doctors at Tskhinvali hospital": a hospital by its name, not "at the hospital")
    named_hospital = obj.lemma_.lower() in ("hospital", "clinic", "morgue") and any(
        c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in obj.lefts
    )
    return obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in lexicon()["place_nouns"] or named_hospital


def np_start(tok: Token) -> int:
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod", "case"):
            start = min(start, child.left_edge.i)
    return start
