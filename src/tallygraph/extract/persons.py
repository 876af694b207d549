"""People's names in the phrases that speak: titles and ranks taken off, a name found after its title, the
holder of an office the article names."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from tallygraph.extract.naming import clean_name
from tallygraph.lexicon import lexicon

__all__ = [
    "COURTESY",
    "called",
    "capitalised_post",
    "closing_person",
    "courtesy_titled",
    "entity_at",
    "holder_after_body",
    "holder_of_office",
    "honorific_words",
    "identified_as",
    "known_as",
    "name_after_title",
    "named_after_body",
    "named_after_noun",
    "named_in_apposition",
    "person_name",
    "role_of",
    "titled_person",
    "untitled",
]


def entity_at(tok: Token, labels: tuple[str, ...]) -> Span | None:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in labels:
            return ent
    return None


@cache
def honorific_words() -> frozenset[str]:
    """The honorifics and ranks without their full stops: "brig" for "Brig.", "dr" for "Dr."."""
    return frozenset(h.lower().rstrip(".") for h in lexicon()["honorifics"])


@cache
def title_words() -> frozenset[str]:
    """Words that stand before a person's name and are not part of it: posts and honorifics."""
    lex = lexicon()
    return frozenset(t.lower() for t in [*lex["person_titles"], *lex["honorifics"]])


# Courtesy titles, never part of a name: "Mr Asnawi" is Asnawi ("Dr Sudhakar" is how a text names him, and
# "Governor Smith" the governor, so other titles go only before a full name)
COURTESY = ("mr", "mrs", "ms", "miss")


def courtesy_titled(name: str) -> bool:
    """ "Mr Ijewere", "Mrs. Khan": a name after a courtesy title."""
    words = name.split()
    return len(words) >= 2 and words[0].lower().rstrip(".") in COURTESY


def untitled(name: str) -> str:
    """A person's name without the titles (and a place) before it: "Mullah Janan Saiq" -> "Janan Saiq",
    "Kaduna Gov Uba Sani" -> "Uba Sani"."""
    titles = title_words()
    words = name.split()
    titled = [
        k
        for k, w in enumerate(words)
        if (w.lower() in titles and len(words) - k > 2) or (w.lower().rstrip(".") in COURTESY and len(words) - k >= 2)
    ]
    return " ".join(words[titled[-1] + 1 :] if titled else words)


def ranked_name(name: str) -> bool:
    """ "ACP Kwesi Ofori", "Brig. Gen. Mujibur Rahman", "Dr. Ifedayo Adetifa": a rank or honorific in short form
    before two or more capitalised names, which the recogniser may take for an organisation; a person."""
    words = name.split()
    honorifics = honorific_words()
    ranks = 0
    while ranks < len(words) and (words[ranks].isupper() or words[ranks].endswith(".")):
        if words[ranks].lower().rstrip(".") not in honorifics:
            return False
        ranks += 1
    rest = words[ranks:]
    return ranks > 0 and 2 <= len(rest) <= 4 and all(w[:1].isupper() and not w.isupper() for w in rest)


def _spaced(tok: Token) -> bool:
    """A mark with a space beside it (" - "), not the hyphen inside "Abdul-Khaleq"."""
    return bool(tok.whitespace_) or (tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_))


def _given_word(word: Token, head: Token) -> bool:
    """ "Lieutenant-Colonel Main Ullah Chowdhury": a given name the tagger read as an adjective or a noun,
    capitalised inside the sentence and modifying the name."""
    return word.head == head and word.dep_ in ("amod", "compound") and word.is_title and not word.is_sent_start


def person_name(tok: Token, entity: Span) -> str:
    """A person's name from the subject's proper-noun compounds: "Health Minister Dr Samanta
    Lal Sen" -> "Samanta Lal Sen" even where the entity span holds only part of it."""
    titles = title_words()
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
    start = min(entity.start, min(w.i for w in words))
    doc = tok.doc
    given = start
    # ("Deputy Commissioner of Police Kamleshwar Prasad Singh": the force a post is of ends it as a title does)
    force = {"police", "army", "navy"}
    while (
        given > 0
        and doc[given - 1].lower_ not in titles
        and not (doc[given - 1].lower_ in force and given >= 2 and doc[given - 2].lower_ == "of")
        and (doc[given - 1].pos_ == "PROPN" or _given_word(doc[given - 1], tok))
    ):
        given -= 1
    # "District Magistrate Moumita Godara Basu": the given name between the title and the entity (not "Minister of
    # Information Kojo Oppong Nkrumah": the portfolio)
    post_before = given > 0 and (doc[given - 1].lower_ in titles or doc[given - 1].lower_ in force)
    if given < start and post_before and all(tok.is_ancestor(t) for t in doc[given:start]):
        start = given
    # "Francois Dieudonne Bata Wapi Yepi, the regional prefect, said": a given name opening the sentence that the
    # recogniser left out of the name
    opening = given == tok.sent.start and not post_before
    if (
        opening
        and given < start
        and all(
            t.pos_ == "PROPN" and not t.ent_type_ and t.text.istitle() and tok.is_ancestor(t) for t in doc[given:start]
        )
    ):
        start = given
    while start >= 2 and doc[start - 1].text == "-" and not _spaced(doc[start - 1]) and doc[start - 2].pos_ == "PROPN":
        start -= 2  # "President Qasym-Zhomart Toqaev", whose given name the recogniser cut at the hyphen
    end = entity.end
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "B" and tok.doc[end].ent_type_ == "PERSON":
        # "Ali Salem Al Tunaiji", which the recogniser cut into two names side by side
        end = next((k for k in range(end + 1, len(tok.doc)) if tok.doc[k].ent_iob_ != "I"), len(tok.doc))
    # (not the dash and verb the recogniser ran into the name: "19-year-old Shafi Akbary - told the AP")
    names = [
        t
        for t in tok.doc[start : max(end, tok.i + 1)]
        if t.pos_ == "PROPN"
        or _given_word(t, tok)
        or (t.ent_type_ == "PERSON" and not (t.is_punct and _spaced(t)) and t.pos_ not in ("VERB", "AUX"))
        or (t.text == "-" and not _spaced(t))
    ]
    # one unbroken run: not "Paris" of "Paris prosecutor Francois Molins", nor "Odesa" of "the Odesa region Oleg Kiper"
    gaps = [k for k in range(1, len(names)) if names[k].i != names[k - 1].i + 1 and names[k].i <= tok.i]
    if gaps:
        names = names[gaps[-1] :]
    while names and names[-1].tag_ == "POS":
        names.pop()  # (not the possessive the recogniser ran into the name: "Neth Pheaktra's update")
    # "Parliament Speaker Alen Simonyan": everything up to the last title before the name goes.
    # So does a title inside the entity with a name after it ("Kaduna Gov Uba Sani" taken for one person).
    # ("Head of Poltava Regional Military Administration Dmytro Lunin": the body he heads goes; not "Qasym-Zhomart")
    # (nor "Kiron" of "Kiron Kumar Roy": one word taken for a body)
    orgs = [e for t in names if t.i < entity.start and (e := entity_at(t, ("ORG",))) is not None and len(e) > 1]
    body = {t.i for e in orgs if "-" not in e.text for t in e}
    titled = [
        k
        for k, t in enumerate(names)
        if (t.lower_ in titles and (t.i < entity.start or len(names) - k > 2))
        or (t.lower_.rstrip(".") in COURTESY and len(names) - k >= 2)
        or (t.i in body and len(names) - k > 2)
    ]
    if titled and titled[-1] + 1 < len(names):
        names = names[titled[-1] + 1 :]
    while names and names[0].lower_ in titles:
        names.pop(0)
    # ("criminologist Juan Martens told AFP": a word in lower case the tagger took for a name's, before the person)
    while len(names) > 1 and names[0].i < entity.start and names[0].is_alpha and names[0].is_lower:
        names.pop(0)
    return clean_name("".join(t.text_with_ws for t in names)) if names else clean_name(entity.text)


def named_in_apposition(tok: Token) -> Token | None:
    """ "the state news agency INA", "the official Iranian news agency, IRNA,": an organisation
    described by a common noun and then named."""
    lex = lexicon()
    # ("the Spanish NGO Caminando Fronteras": a generic noun in capitals)
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.text[:1].isupper() and tok.lower_ not in lex["generic_org_nouns"]):
        return None
    bodies = {*lex["organisation_nouns"], *lex["outlet_words"], *lex["generic_org_nouns"], *lex["company_nouns"]}
    generic = tok.lemma_.lower() in bodies
    outlet = tok.lemma_.lower() in lex["outlet_words"]
    for child in tok.rights:
        # ("Qatari World Cup organisers, the Supreme Committee for Delivery & Legacy,": a body by its name)
        # ("the opposition Syrian Observatory for Human Rights": a body's name right after what it is)
        body = child.lemma_.lower() in lex["organisation_nouns"] and (
            child.ent_type_ == "ORG" or child.left_edge.i == tok.i + 1
        )
        if (
            child.dep_ == "appos"
            and (generic or body)
            and child.pos_ == "PROPN"
            and child.text[:1].isupper()
            # "the Indonesian outlet Pos Kota", whatever place the tagger took the outlet's name for
            # (a group's name the recogniser took for a person's: "the Spanish NGO Caminando Fronteras")
            and child.ent_type_ not in ("DATE", "NORP", *(() if outlet else ("GPE", "LOC")))
            and (child.ent_type_ != "PERSON" or tok.lower_ in lex["generic_org_nouns"])
            and all(t.is_punct for t in tok.doc[tok.i + 1 : child.left_edge.i])
        ):
            return child
    if tok.tag_ == "NN" and tok.lower_ in lex["body_qualifiers"]:
        # "The semiofficial, English-language newspaper Tehran Times said": a qualifier the parser took for the
        # head, with what the body is and then its name hung on it as appositions
        kinds = [c for c in tok.rights if c.dep_ == "appos" and c.lemma_.lower() in bodies]
        for child in (c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"):
            if kinds and child.left_edge.i == kinds[0].i + 1:
                return child
    if generic:
        # ("A non-governmental organization in Haiti, the Group for Peace and Development (CPD), said": the name
        # after the place the body is in, wherever the parser hung it)
        places = [o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
        for place in (o for o in places if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") and o.i == o.head.i + 1):
            for child in [*place.rights, *tok.rights]:
                if (
                    child.dep_ == "appos"
                    and child.pos_ == "PROPN"
                    and child.left_edge.i == place.i + 2
                    and tok.doc[place.i + 1].text == ","
                    and child.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "PERSON")
                ):
                    return child
    return None


def called(tok: Token) -> str | None:
    """ "A labour group called Garments Workers' Solidarity Forum ... put the figure at 11": a body described, then
    named with "called" or "named"; its name."""
    lex = lexicon()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in {*lex["organisation_nouns"], *lex["generic_org_nouns"]}:
        return None
    for clause in (c for c in tok.rights if c.dep_ == "acl" and c.i == tok.i + 1 and c.tag_ == "VBN"):
        if clause.lemma_.lower() not in ("call", "name"):
            continue
        names = [c for c in clause.rights if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"]
        first = tok.doc[clause.i + 1] if clause.i + 1 < len(tok.doc) else None
        # (not "the group called on the government", "a group called for an end to ...": a verb, not a name)
        if names and first is not None and (first.text[:1].isupper() or first.lower_ == "the"):
            start = clause.i + 2 if first.lower_ == "the" else clause.i + 1
            return clean_name(tok.doc[start : names[-1].right_edge.i + 1].text)
    return None


def known_as(tok: Token) -> Token | None:
    """ "The human rights watchdog, known as AMDH, said": a body described, then named in an aside."""
    if tok.pos_ != "NOUN" or not tok.text.islower() or tok.lemma_ in lexicon()["person_nouns"]:
        return None  # (not "The men, known as the Bali Nine,": people, not a body)
    # ("The UN peacekeeping mission in the DRC, known as MONUSCO,")
    heads = [tok, *(o for p in tok.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    asides = [
        c
        for h in heads
        for c in h.rights
        if c.dep_ == "acl" and c.lower_ == "known" and tok.doc[c.left_edge.i - 1].text == ","
    ]
    for acl in asides:
        for name in (o for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children):
            if (
                name.dep_ == "pobj"
                and name.pos_ == "PROPN"
                and name.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", "DATE")
                and tok.doc[name.right_edge.i + 1].text in (",", "(")
            ):
                return name
    return None


def capitalised_post(tok: Token) -> bool:
    """ "The state Epidemiologist, Dr. Steven Fagbemi": a post in capitals the recogniser knew nothing of."""
    return tok.tag_ == "NNP" and tok.ent_type_ == "" and any(c.lower_ == "the" for c in tok.lefts)


def role_of(name: Token) -> set[str]:
    """The words of the post a person's name is given with: "Farhan Haq, deputy spokesman for ...",
    "the programme manager of Amnesty International, Barbara Magaji", "civil defence spokesman Mahmud Bassal"."""

    def words(role: Token) -> set[str]:
        return {role.lemma_.lower(), *(c.lower_ for c in role.lefts if c.dep_ in ("compound", "amod"))}

    def is_role(tok: Token) -> bool:
        # ("the state Police Public Relations Officer, Mohammed Shehu": a post in capitals)
        post = tok.pos_ == "NOUN" and tok.text[:1].islower()
        post = post or capitalised_post(tok)
        return (post or tok.lower_ in lexicon()["person_titles"]) and tok.ent_type_ != "PERSON"

    for child in name.rights:
        if child.dep_ == "appos" and is_role(child):
            return words(child)
    if name.dep_ == "appos" and is_role(name.head) and name.head.i < name.i:
        return words(name.head)
    titles = [c for c in name.lefts if c.dep_ == "compound" and is_role(c)]
    if titles:
        return {t.lower_ for t in name.doc[titles[0].left_edge.i : titles[-1].i + 1] if not t.is_punct}
    return set()


def named_after_body(tok: Token) -> str | None:
    """ "The official spokesman for the rebel national council Hafiz Ghoga told": the parser ran the body and
    the person's name into one phrase; the name at its end is the one who speaks."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon()["person_titles"]:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            person = entity_at(obj, ("PERSON",))
            if person is None or person.end != obj.i + 1:
                continue
            body = [c for c in obj.lefts if c.dep_ == "compound" and c.i < person.start]
            if body:
                return untitled(clean_name(person.text))
    return None


def identified_as(tok: Token) -> str | None:
    """ "one neighborhood resident who asked to be identified as just Win", "a doctor who gave his name only as
    Ahmed", "Another villager surnamed Liu": the name a described speaker gives."""
    doc = tok.doc
    # ("a woman named Vineeta Devi"; "said an emergency official surnamed Fan", which the parser made a clause)
    naming = [c for c in tok.children if c.dep_ == "acl"] + ([tok.head] if tok.dep_ == "nsubj" else [])
    for clause in naming:
        if clause.i != tok.i + 1 or clause.tag_ not in ("VBN", "VBD") or clause.i + 1 >= len(doc):
            continue
        person = entity_at(doc[clause.i + 1], ("PERSON",)) if clause.lemma_.lower() == "name" else None
        if person is not None and person.start == clause.i + 1:
            return untitled(clean_name(person.text))
        if clause.lemma_.lower() == "surname" and doc[clause.i + 1].pos_ == "PROPN":
            return doc[clause.i + 1].text
    for clause in (c for c in tok.children if c.dep_ in ("relcl", "acl")):
        for word in clause.subtree:
            if word.lower_ != "as" or word.head.lemma_.lower() not in ("identify", "name", "give", "call"):
                continue
            name = next((o for o in word.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if name is not None:
                given = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                while given and given[0].lower_.rstrip(".") in honorific_words():
                    given.pop(0)  # "identified himself as Dr Danish": Danish
                return untitled(clean_name(" ".join(t.text for t in [*given, name])))
    return None


def named_after_noun(tok: Token) -> str | None:
    """ "..., witness Thiha Soe told Reuters": a witness or a post, then the person's name up to the verb, which
    the parser hung on the noun as if the noun were the one who speaks."""
    lex = lexicon()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in {*lex["person_titles"], *lex["witness_nouns"]}:
        return None
    doc, verb = tok.doc, tok.head
    if tok.i + 1 >= verb.i or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    person = entity_at(doc[tok.i + 1], ("PERSON",))
    if person is None or person.start != tok.i + 1 or person.end != verb.i:
        return None
    return untitled(clean_name(person.text))


def closing_person(tok: Token) -> str | None:
    """ "The police chief of the northern coastal city of Gonaives, the capital of Artibonite province, Ernst
    Dorfeuille, said": a post whose description runs on, and its holder named last, set off by a comma (also a
    post in capitals: "said MEC for heath in Mpumalanga‚ Gillion Mashego")."""
    acronym = tok.pos_ == "PROPN" and tok.text.isupper() and tok.lower_ in lexicon()["honorifics"]
    if not acronym and (tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon()["person_titles"]):
        return None
    doc = tok.doc
    last = tok.right_edge
    if tok.dep_ == "nsubj" and tok.head.i < tok.i:
        # (after the verb, the place the parser hung on the verb: "said MEC for heath in Mpumalanga, Gillion Mashego.")
        seat = [c for c in tok.head.rights if c.dep_ == "prep" and c.i == tok.right_edge.i + 1 and c.lower_ == "in"]
        last = seat[0].right_edge if seat else last
    while last.is_punct and last.i > tok.i:
        last = doc[last.i - 1]
    named = entity_at(last, ("PERSON",))
    if named is None or named.end != last.i + 1 or named.start <= tok.i + 1 or doc[named.start - 1].text != ",":
        return None
    if named.root.dep_ != "appos":
        return None
    return person_name(named.root, named)


def titled_person(text: str) -> str | None:
    """ "Morbi B Division Police Inspector P.A. Dekavadiya", "Public Relations Division of the National Police
    Inspector General Dedi Prasetyo", "Minister of State for Home Harsh Sanghavi": a post, perhaps of a body,
    and then the two to four capitalised words of a name ("Interior Minister Antoine Felix Abdoulaye Diome"),
    right after a title, an office or a portfolio word.
    The name is the one who speaks. Not "Directorate General of Civil Protection": "of" comes before it."""
    lex = lexicon()
    titles = title_words()
    office = {
        *lex["organisation_nouns"],
        *lex["outlet_words"],
        *lex["authority_nouns"],
        *lex["portfolio_words"],
        *lex["place_nouns"],
    }
    words = clean_name(text).split()
    if words and words[0].lower() == "office":
        return None  # "office of Prime Minister Benjamin Netanyahu" speaks for him, but is not him

    def title(word: str, among: frozenset[str] | set[str]) -> bool:
        return any(part in among for part in (word, *word.split("-")))  # "Director-General"

    run: list[str] = []
    for word in reversed(words):
        low = word.lower().strip(",")
        if not word[:1].isupper() or title(low, titles) or low in office or len(run) == 4:
            break
        run.insert(0, word)
    if len(run) < 2 or len(run) == len(words):
        return None
    before = words[len(words) - len(run) - 1].lower()
    if not title(before, titles) and before not in office:
        return None
    # (an honorific in lower case right before the name is title enough: "opposition leader Morgan Tsvangirai";
    # not "Foreign" of "Foreign Employment Board")
    lower_title = title(before, titles) and words[len(words) - len(run) - 1][:1].islower()
    if not lower_title and not any(title(w.lower(), set(lex["person_titles"])) for w in words[: len(words) - len(run)]):
        return None
    return " ".join(run)


def name_after_title(tok: Token) -> str | None:
    """ "Artsakh's Human Rights Defender Gegham Stepanyan", which the parser may read as one
    organisation: the two or three capitalised words after the last title are the person."""
    if tok.pos_ != "PROPN":
        return None
    chain = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
    if [t.i for t in chain] != list(range(chain[0].i, tok.i + 1)):
        return None  # not one unbroken run of names
    lex = lexicon()
    titles = set(lex["person_titles"])
    last_title = max((n for n, t in enumerate(chain) if t.lower_ in titles), default=None)
    if last_title is None:
        return None
    name = chain[last_title + 1 :]
    office = {*lex["organisation_nouns"], *lex["outlet_words"]}
    if not 2 <= len(name) <= 3 or any(not t.text[:1].isupper() or t.lower_ in office for t in name):
        return None
    return clean_name(" ".join(t.text for t in name))


def holder_of_office(tok: Token) -> str | None:
    """ "Prime Minister of Armenia Nikol Pashinyan", "President of Azerbaijan Ilham Aliyev", "Chinese Ambassador to
    Vanuatu Li Minggang": a post "of" (or "to") a country or body and then the person holding it, which the parser
    hangs on the preposition."""
    lex = lexicon()
    if tok.lower_ not in set(lex["person_titles"]) or not tok.text[:1].isupper():
        return None
    pobj = _post_object(tok)
    if pobj is None:
        return None
    person = entity_at(pobj, ("PERSON",))
    if person is not None and person.end == pobj.i + 1 and person.start > pobj.left_edge.i:
        return clean_name(person.text)
    run = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [pobj]
    if [t.i for t in run] != list(range(run[0].i, pobj.i + 1)) or len(run) < 3:
        return None
    name = run[-2:]
    office = {*lex["organisation_nouns"], *lex["outlet_words"], *lex["person_titles"]}
    if any(not t.text[:1].isupper() or t.lower_ in office or t.ent_type_ in ("GPE", "NORP") for t in name):
        return None
    return clean_name(" ".join(t.text for t in name))


def _post_object(tok: Token) -> Token | None:
    """The proper noun a post is "of" or "to" ("Prime Minister of Armenia ...", "Ambassador to Vanuatu ...")."""
    pobj = next(
        (o for p in tok.rights if p.dep_ == "prep" and p.lower_ in ("of", "to") for o in p.rights if o.dep_ == "pobj"),
        None,
    )
    return pobj if pobj is not None and pobj.pos_ == "PROPN" else None


def holder_after_body(tok: Token) -> str | None:
    """ "the head of the Odesa region Oleg Kiper said": a post of a region or a body, and then the holder's name,
    which the parser hung on the "of" as the region's."""
    lex = lexicon()
    if tok.lower_ not in lex["person_titles"]:
        return None
    pobj = _post_object(tok)
    if pobj is None:
        return None
    named = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > pobj.left_edge.i] + [pobj]
    before = pobj.doc[named[0].i - 1]
    if (
        2 <= len(named) <= 3
        and [t.i for t in named] == list(range(named[0].i, pobj.i + 1))
        and before.head == pobj
        and before.pos_ == "NOUN"
        and before.lower_ in {*lex["place_nouns"], *lex["settlement_nouns"], *lex["organisation_nouns"]}
        and all(t.text[:1].isupper() and not t.text.isupper() and t.ent_type_ not in ("GPE", "NORP") for t in named)
    ):
        return clean_name(" ".join(t.text for t in named))
    return None
