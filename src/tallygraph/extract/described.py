"""Names inside a speaker's description, where the recogniser or the parser split or ran them together: a body
described and then named ("the party of Mr. Sonko, Pastef"), a person after a post ("president of IBUKA
Jean-Pierre Musafiri"), a body named for a saint ("St. John Ambulance"), an officer whose rank the recogniser ran
into a body's name ("Texas Department of Public Safety Lt. Christopher Olivarez")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.naming import clean_name
from tallygraph.extract.persons import entity_at, person_name, untitled
from tallygraph.lexicon import lexicon
from tallygraph.nlp import RANK_ABBREVIATIONS

__all__ = [
    "name_after_post_of",
    "named_after_of",
    "named_beside_post",
    "named_for_a_saint",
    "person_of_a_body",
    "post_in_named_body",
    "ranked_person_after",
]

# Ranks abbreviated before a name, as the tagger's tokenizer leaves them: "Lt" then "."
_RANKS = frozenset(rank.rstrip(".").lower() for rank in RANK_ABBREVIATIONS if rank.count(".") == 1)


def named_for_a_saint(person: Span) -> bool:
    """ "St. John Ambulance": a body named for a saint, which the tagger split into a place and a person."""
    saint = person.doc[person.start - 1] if person.start > 0 else None
    return saint is not None and saint.text in ("St.", "St", "Saint") and person.start <= saint.head.i < person.end


def named_after_of(tok: Token) -> Token | None:
    """ "Rwanda's umbrella organization of genocide survivors associations, IBUKA": a body described with an "of"
    phrase, then named after a comma (the parser hangs the name on the phrase's last noun)."""
    if tok.lemma_.lower() not in (*lexicon()["organisation_nouns"], "party"):
        return None
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for t in prep.subtree:
            comma = t.i > 0 and t.doc[t.i - 1].text == ","
            # ("the party of Mr. Sonko, Pastef (...)", which the parser read as a list; not "the families of
            # Sonko, Diallo and Ba")
            unlisted = t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.head.children) and t.pos_ == "PROPN"
            named = (t.dep_ == "appos" and t.ent_type_ == "ORG") or unlisted
            if named and t.head.dep_ in ("pobj", "conj") and comma:
                return t
    return None


def post_in_named_body(tok: Token) -> str | None:
    """ "Ngoma district president of IBUKA Jean-Pierre Musafiri": the person after a body's acronym, which the
    recogniser ran into one organisation."""
    if tok.lemma_.lower() not in lexicon()["person_titles"]:
        return None
    for obj in (o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        body = entity_at(obj, ("ORG",))
        if body is None or len(body[0].text) < 2 or not body[0].text.isupper() or body[0].is_punct:
            continue
        rest = [t for t in body[1:] if t.text != "-"]
        if len(rest) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in rest):
            return clean_name(tok.doc[body.start + 1 : body.end].text)
    return None


def name_after_post_of(tok: Token) -> str | None:
    """ "First Deputy Minister of Health and Social Development Aliza Soltonbokova said": the name after a post
    and its "of" phrase, which the recogniser ran into the organisation."""
    if tok.pos_ != "PROPN":
        return None
    titles = lexicon()["person_titles"]
    posts = [
        c
        for c in tok.lefts
        if c.dep_ in ("nmod", "compound") and c.lemma_.lower() in titles and any(p.dep_ == "prep" for p in c.children)
    ]
    if not posts:
        return None
    words = tok.doc[posts[-1].right_edge.i + 1 : tok.i + 1]
    if 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return clean_name(words.text)
    return None


def named_after_post_phrase(tok: Token) -> str | None:
    """ "Chief Superintendent in the Garda National Roads Policing Bureau, Jane Humphries, said": the person
    set off after a post and the body it is in, whom the parser made an apposition of the body."""
    if tok.lemma_.lower() not in lexicon()["person_titles"]:
        return None
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "of", "at", "for")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for appos in (a for a in obj.rights if a.dep_ == "appos"):
                person = entity_at(appos, ("PERSON",))
                if person is None:
                    # ("The mayor of Brus Laguna, Wilmer Wood, said": a name the recogniser took for a body)
                    name = tok.doc[appos.left_edge.i : appos.i + 1]
                    capitalised = all(
                        t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
                        for t in name
                    )
                    person = name if capitalised and 2 <= len(name) <= 4 else None
                closes = person is not None and person.end < len(tok.doc) and tok.doc[person.end].text == ","
                if closes and person is not None and appos.right_edge.i == person.end - 1:
                    # ("..., Col. Yamen Abu Suleiman, told CNN": the given name the recogniser left out)
                    return (
                        person_name(appos, person) if person.label_ == "PERSON" else untitled(clean_name(person.text))
                    )
    return None


def ranked_person_after(org: Span) -> str | None:
    """ "according to Texas Department of Public Safety Lt. Christopher Olivarez": the officer whose rank the
    recogniser ran into the organisation's name."""
    doc = org.doc
    if org[-1].lower_ not in _RANKS or org.end + 1 >= len(doc) or doc[org.end].text != ".":
        return None
    person = entity_at(doc[org.end + 1], ("PERSON",))
    return clean_name(person.text) if person is not None and person.start == org.end + 1 else None


def person_of_a_body(tok: Token) -> str | None:
    """ "Ismet Music of Bosnia's Missing Persons Commission": a two-word name, then the body the person is of;
    not a post ("The Kyrgyz Minister of Health", "The Secretary General of the General Directorate")."""
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    of_body = any(c.dep_ == "prep" and c.lower_ in ("of", "from", "at") for c in tok.rights)
    posted = set(lexicon()["person_titles"]) & {tok.lower_, *(n.lower_ for n in names)}
    if tok.pos_ != "PROPN" or len(names) != 1 or not of_body or tok.ent_type_ in ("ORG", "GPE", "NORP") or posted:
        return None
    if tok.lower_ in lexicon()["organisation_nouns"]:
        return None  # "News Agency of Nigeria": a body's name, not a person's
    return clean_name(f"{names[0].text} {tok.text}")


def named_beside_post(tok: Token) -> str | None:
    """ "A police spokesman, Ruwan Gunasekara, said", "The mayor of Derna, Abdel Moneim Al-Ghaithi, said", "said UNHCR
    Regional Community Services Officer, Alphonse Munyaneza": a post and then, set off by a comma, the name of
    whoever holds it, whatever kind the recogniser took the name for (an organisation, or none)."""
    lex = lexicon()
    if tok.lower_ not in lex["person_titles"] and tok.lemma_.lower() not in lex["person_titles"]:
        return None
    office = {
        *lex["organisation_nouns"],
        *lex["outlet_words"],
        *lex["authority_nouns"],
        *lex["person_titles"],
        *lex["place_nouns"],
    }
    for child in tok.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or tok.doc[child.left_edge.i - 1].text != ",":
            continue
        run = [c for c in child.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [child]
        if [t.i for t in run] != list(range(child.left_edge.i, child.i + 1)):
            continue
        while run and run[0].lower_ in lex["honorifics"]:
            run.pop(0)  # ("The Permanent Secretary of the agency, Dr Olufemi Oke-Osanyintolu")
        if not 2 <= len(run) <= 4:
            continue
        if any(
            not t.text[:1].isupper()
            or t.text.isupper()
            or t.lower_ in office
            or t.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "FAC")
            for t in run
        ):
            continue
        return clean_name(" ".join(t.text for t in run))
    return None
