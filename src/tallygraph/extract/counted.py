"""Which noun a number counts, whether that noun names people, remains or families, and what the sentence
says of them when no known measure does."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallygraph.extract.numbers import NumberMention
from tallygraph.lexicon import forms, lexicon

__all__ = [
    "DISEASE_ARTICLE",
    "bites",
    "counted_noun",
    "harm_case",
    "in_disease_context",
    "is_person_noun",
    "names_a_disease",
    "on_board",
    "predicate_label",
    "sized_group",
]

_DEMONYM_ENDINGS = ("ans", "ians", "is", "ese", "ers", "ics", "ites", "ks", "ds", "bs", "ts", "zs", "nes", "inos")


def _remains_part(tok: Token) -> bool:
    """ "body parts", "skeletal parts", "human bone fragments": remains, counted in pieces."""
    if tok.lemma_.lower() not in ("part", "set", "piece", "fragment"):
        return False
    return any(c.lower_ in ("body", "skeletal", "human", "bone") for c in tok.lefts)


DISEASE_ARTICLE = "disease_article"
"""Key of a parsed sentence's ``user_data``: set when its article names a disease (:func:`names_a_disease`)."""


def in_disease_context(tok: Token) -> bool:
    """Does the word's sentence or article name a disease, an infection or a poisoning? Then "6,822 cases",
    "four Ebola cases", "14,098 cases of infection" are people who fell ill (not "80 cases against the
    protesters"), and those in hospital are the sick."""
    if tok.doc.user_data.get(DISEASE_ARTICLE):
        return True  # "out of a total of 6,822 cases" in an article on Ebola
    diseases = lexicon()["disease_words"]
    return any(t.lower_ in diseases or t.lemma_.lower() in diseases for t in tok.sent)


def harm_case(tok: Token) -> str | None:
    """What "cases" of a harm done to people count ("108 rape cases", "cases of sexual violence"), if they
    are such cases."""
    if tok.lemma_.lower() != "case":
        return None
    harms: dict[str, str] = lexicon()["harm_cases"]
    words = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    words += [t for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    for word in words:
        label = harms.get(word.lemma_.lower()) or harms.get(word.lower_)
        if label:
            return label
    return None


_BITE_WORDS = ("bite", "bites", "snakebite", "snakebites")


def bites(tok: Token) -> bool:
    """ "3,195 snake bites were reported", "registered 186 snakebites", "1,840 snakebite cases", "134 cases of snake
    bites": bites counted, each a person bitten."""
    if tok.lower_ in _BITE_WORDS:
        return True
    if tok.lemma_.lower() not in ("case", "incident"):
        return False
    words = [c for c in tok.children if c.dep_ == "compound"]
    words += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(w.lower_ in _BITE_WORDS for w in words)


def names_a_disease(text: str) -> bool:
    """Does an article name a disease or an infection? Then its "cases" are people who fell ill."""
    words = set(re.findall(r"[a-z][a-z0-9-]*", text.lower()))
    return bool(words & set(lexicon()["disease_words"]))


def is_person_noun(tok: Token) -> bool:
    """Does this noun name people, remains or families ("civilians", "bodies", "Azerbaijanis")?"""
    lemma = tok.lemma_.lower()
    if bites(tok):
        return True  # (whatever animal bit them: "more than 30,000 dog bites")
    # (but "Six alleged tiger poachers", "rhino hunters": people named for what they do to animals)
    agent = lemma in lexicon()["person_nouns"] and lemma.endswith(("er", "or"))
    if not agent and any(
        c.dep_ in ("compound", "amod") and c.text.islower() and c.lemma_ in lexicon()["animal_words"]
        for c in tok.children
    ):
        return False  # "121 tiger deaths", "12 elephant deaths": animals counted (not "Tamil Tiger rebels")
    if any(f in lexicon()["person_nouns"] for f in forms(tok.text, tok.lemma_)):
        return True  # (under a naive singular too: "corpses", which the lemmatizer makes "corps")
    if tok.lower_ in lexicon()["nominal_counts"]:
        return True
    if _remains_part(tok):
        return True
    ill = lemma == "case" or (lemma == "infection" and tok.tag_ == "NNS")  # ("807 new infections")
    if ill and (in_disease_context(tok) or harm_case(tok) is not None):
        return True
    if tok.lower_ in lexicon()["non_count_nouns"] or lemma in lexicon()["non_count_nouns"]:
        return False
    lives = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "life"
    if lives and lemma not in lexicon()["animal_words"]:
        return True  # "claimed the lives of eight snowsport enthusiasts": whoever had lives
    # "fishermen", "policewomen", "tribesmen": compounds of man and woman.
    if tok.pos_ == "NOUN" and len(lemma) > 5 and lemma.endswith(("man", "woman", "person")):
        return True
    # "some 400 Rohingya had died", "313,000 Rohingya have fled", "have detained up to 1.8 million Uyghurs", "police
    # shot dead two Uighurs" (a plural in capitals the tagger took for a common noun): a counted name whose verb
    # only people undergo.
    if (
        (tok.pos_ == "PROPN" or (tok.tag_ == "NNS" and tok.text[:1].isupper() and not tok.is_sent_start))
        and tok.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME", "PERSON")
        and any(c.dep_ == "nummod" for c in tok.children)
        and any(v.lemma_.lower() in lexicon()["animate_verbs"] for v in _verbs_of(tok, objects=True))
    ):
        return True
    # "Eight suspected pirates have been arrested", "9,619 offenders were arrested": a plural that undergoes
    # what only people undergo (not "12 elephants were killed": animals are named as such)
    if (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and any(c.dep_ == "nummod" for c in tok.children)
        and not any(
            f in {*lexicon()["animal_words"], *lexicon()["settlement_nouns"]} for f in forms(tok.text, tok.lemma_)
        )
        and any(
            v.lemma_.lower() in lexicon()["people_only_verbs"] or _to_death(v) for v in _verbs_of(tok, objects=True)
        )
    ):
        return True
    # Demonyms in the plural: "Azerbaijanis", "Armenians", "Palestinians", "Uighurs".
    text = tok.text
    if text in lexicon()["demonyms"] and any(c.dep_ == "nummod" for c in tok.children):
        return True  # "two Britons", "46 Uighurs", "35,600 Nigeriens", whatever the tagger took them for
    if tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS") and text[:1].isupper():
        return True
    if (
        tok.ent_type_ == "NORP"
        and tok.pos_ == "NOUN"
        and text[:1].isupper()
        and any(c.dep_ == "nummod" for c in tok.children)
    ):
        # "12 were Greek Cypriots and one Turkish Cypriot" (not "At least 200 poles have been washed away")
        return True
    if tok.ent_type_ == "NORP" and tok.tag_ == "NNP" and any(c.dep_ == "nummod" for c in tok.children):
        return True  # "two Koreans, one Australian, one Argentinian": one of a nationality, counted
    return (
        text[:1].isupper()
        and text.endswith(_DEMONYM_ENDINGS)
        and (tok.ent_type_ in ("NORP", "ORG", "PERSON", "") or tok.tag_ in ("NNPS", "NNS"))
        and tok.tag_ in ("NNPS", "NNS", "NNP")
        and len(text) > 4
    )


_UNDERGONE = {"die", "perish", "starve", "drown", "flee", "vanish", "disappear", "suffocate"}
"""Verbs whose subject is the one they befall ("400 Rohingya had died"); of other verbs it is the one who acts
("Two avalanches killed ..."), and only a passive's subject or a past participle's noun undergoes them."""


def _to_death(verb: Token) -> bool:
    """ "12 suspected penis snatchers were beaten to death", "burned 7 witches alive": done to death, which only
    what is named as an animal undergoes besides people."""
    burnt_alive = verb.lemma_.lower() == "burn" and any(
        t.lower_ == "alive" for t in verb.subtree if t.i > verb.i
    )  # (the parser hangs "alive" on the object as often as on the verb)
    return (
        burnt_alive
        or _loses_life(verb)
        or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children)
            for c in verb.children
        )
    )


def _loses_life(verb: Token) -> bool:
    """ "At least 27 Baluch fuel carriers have lost their lives": what only the living undergo."""
    return verb.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


def _verbs_of(tok: Token, objects: bool = False) -> list[Token]:
    """What befalls a noun: the passive verb it is the subject of, with that verb's complement ("6,700 Rohingya
    are estimated to have been killed"), a verb of dying or fleeing it is the subject of, and a participle that
    describes it ("12 people killed", "647,000 Rohingya fleeing"); with ``objects``, the verb it is the object of."""
    verbs = [
        c
        for c in tok.children
        if c.dep_ == "acl"
        and c.pos_ == "VERB"
        and (c.tag_ == "VBN" or c.lemma_.lower() in _UNDERGONE)
        and c.i - tok.i <= 3  # (beside it: not a participle the parser hung on it from afar)
    ]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        chain = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp")]
        passive = tok.dep_ == "nsubjpass"
        verbs += [v for v in chain if passive or v.lemma_.lower() in _UNDERGONE or _loses_life(v)]
    if objects and tok.dep_ == "dobj":
        verbs.append(tok.head)  # "killing five gendarmes": the object undergoes it
    return verbs


def _definite(noun: Token) -> bool:
    """ "the victims", "those missing", "their relatives": a known group, of which a number is a part."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)


def counted_noun(sent: Span, num: NumberMention) -> tuple[Token | None, bool]:
    """The noun a number counts and whether it is partitive ("170 of the bodies")."""
    noun, partitive = _counted_noun(sent, num)
    doc = sent.doc
    if noun is not None and noun.lower_ == "ex" and noun.i + 2 < sent.end and doc[noun.i + 1].text == "-":
        return doc[noun.i + 2], partitive  # "14 ex-members of FARC", which the tokenizer cuts at the hyphen
    return noun, partitive


def sized_group(sent: Span, num: NumberMention) -> Token | None:
    """The group a number gives the size of: "a 17-person ski touring group", "the 189-strong crew"."""
    doc = sent.doc
    if num.end + 2 >= sent.end or doc[num.end].text not in ("-", "–") or doc[num.end - 1].whitespace_:
        return None
    unit = doc[num.end + 1]
    group = unit.head
    if unit.lower_ not in ("person", "member", "strong", "man", "woman") or group.i <= unit.i:
        return None
    between = doc[unit.i + 1 : group.i]  # ("ski touring": the group's own modifiers)
    if group.tag_ == "NNS" and group.text.islower():
        return None  # "Two other nine-person crews": the size of each of several groups, no count of people
    return group if group.pos_ == "NOUN" and all(unit.i < t.head.i <= group.i for t in between) else None


def _counted_noun(sent: Span, num: NumberMention) -> tuple[Token | None, bool]:
    doc = sent.doc
    if (group := sized_group(sent, num)) is not None:
        return group, False
    last = doc[num.end - 1]
    # (not "on 29 January 2014 People mourn": a year or a day of the date itself)
    dated = last.ent_type_ in ("DATE", "TIME") and (num.value <= 31 or 1500 <= num.value <= 2099)
    hung_on_day = last.head.i < last.i and last.head.ent_type_ in ("DATE", "TIME") and not dated
    if last.dep_ == "nummod" and hung_on_day:
        # "On Tuesday four more bodies were recovered": the parser hung the number on the day before it
        after = next((t for t in doc[num.end : min(num.end + 3, sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)
        if after is not None and is_person_noun(after):
            return after, False
        if num.end < sent.end and doc[num.end].pos_ in ("VERB", "AUX"):
            return None, False  # "the following year 107 died": a number with a verb of its own, no noun
    if num.end < sent.end and doc[num.end].lower_ in ("suspected", "alleged", "presumed"):
        # "11 suspected Kuki militants were killed", the parser making "suspected" a verb with the number its subject
        after = next((t for t in doc[num.end + 1 : min(num.end + 4, sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)
        while after is not None and after.dep_ == "compound" and after.head.i > after.i:
            after = after.head  # ("Kuki militants")
        if after is not None and is_person_noun(after):
            return after, False
    # "1,400 reports of missing individuals": the people the reports are about.
    head = last.head
    if last.dep_ == "nummod" and head.lemma_.lower() in ("report", "complaint", "claim"):
        of = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        if of and of[0].dep_ == "pobj" and is_person_noun(of[0]):
            return of[0], False
    adjective = last.dep_ == "nummod" and head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.pos_ == "NOUN"
    if adjective and head.i < head.head.i <= head.i + 4:
        return head.head, False  # "another 174 toxic drug overdose deaths": hung on the adjective after it
    # "an entire family of five was killed", "the crew of 16 on board": the family's, the crew's members
    groups = ("family", "household", "crew", "group", "team", "party")
    # (not "larger groups of hundreds of migrants": a number with a noun of its own)
    own_of = num.vague and any(c.dep_ == "prep" and c.lower_ == "of" for c in last.children)
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lemma_.lower() in groups and not own_of:
        return last.head.head, False
    nominal = lexicon()["nominal_counts"]
    after = doc[num.end] if num.end + 1 < sent.end else None
    # "... and 1,063 missing, Lieutenant-Colonel X told": a name the parser ran on
    ran_on = last.dep_ == "nummod" and head.pos_ == "PROPN" and after is not None and after.lower_ in nominal
    if ran_on and after is not None and doc[after.i + 1].text == ",":
        return after, False
    if last.pos_ == "NUM" and last.dep_ in ("pobj", "dobj", "nsubj", "conj"):
        # "with another 3,396 still missing": the state the bare number is in names what it counts
        state = [c for c in last.children if c.dep_ in ("acl", "amod") and c.i > last.i and c.lower_ in nominal]
        if state and all(t.dep_ == "advmod" for t in doc[last.i + 1 : state[0].i]):
            return state[0], False
    # "Two of 14 workers ... were found dead": a part of a number of them, which the parser read as one number
    whole = last.head
    of_number = last.dep_ == "quantmod" and after is not None and after.lower_ == "of" and whole.like_num
    if of_number and whole.i > last.i and whole.dep_ == "nummod" and whole.head.pos_ == "NOUN":
        return whole.head, True
    # "another minor": the determiner's head.
    for child in last.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            # "Nine of those injured", "at least 118 of those killed": a part of those the word names
            described = [
                c
                for o in objs
                if o.lower_ in ("those", "these")
                for c in o.children
                if c.dep_ in ("acl", "amod") and c.lower_ in nominal
            ]
            if described:
                return described[0], True
            # ("four of the wounded", which the tagger took for a verb)
            if objs and (objs[0].pos_ in ("NOUN", "PROPN") or objs[0].lower_ in nominal):
                # "dozens of missing people" counts missing people; "dozens of the missing" is a part of them
                return objs[0], not (num.vague and not _definite(objs[0]))
    between = doc[num.end : head.i] if num.end < head.i else doc[num.end : num.end]
    # (not "fourteen (14) people": the same number again, its bracket closed before the noun)
    bracketed = between[:1].text == "(" and any(t.like_num for t in between) and ")" not in between.text
    if last.dep_ == "nummod" and bracketed:
        return None, False  # "Harare – 790 (770 males and 20 females)": a total, the bracket its breakdown
    # ("— Thirty suspected armed separatist fighters", the number read as the noun's nmod)
    leading = last.dep_ == "nmod" and last.head.pos_ == "NOUN" and num.end <= last.head.i <= num.end + 4
    if (last.dep_ in ("nummod", "quantmod", "amod", "compound", "det") or leading) and (
        last.head.pos_ in ("NOUN", "PROPN") or last.head.lower_ in nominal
    ):
        head = last.head
        after = doc[head.i + 1] if head.i + 1 < sent.end else None
        if (
            after is not None
            # (also "Seven Amarnath pilgrims, including five women, were killed", the plural tagged as a verb)
            and (after.pos_ in ("NOUN", "PROPN") or (after.tag_ == "VBZ" and head.pos_ == "PROPN"))
            and head.i == num.end
            and not is_person_noun(head)
            and is_person_noun(after)
        ):
            return after, False  # "12,469 bone remains" parsed as a count of "bone"
        return head, False
    # "74 killed", "11,300 dead", "11 confirmed dead" however the parser tagged the words.
    if num.end < sent.end and doc[num.end].lower_ in nominal:
        return doc[num.end], False
    if (
        num.end + 1 < sent.end
        and doc[num.end].lower_ in ("confirmed", "reported", "more", "other")
        and doc[num.end + 1].lower_ in nominal
    ):
        return doc[num.end + 1], False
    # "27 sets of human remains", "540 larger skeletal parts", "401 body parts"
    if last.dep_ == "nummod" and last.head.lemma_.lower() in ("set", "piece", "part", "fragment"):
        container = last.head
        of = [
            o
            for c in container.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        if of:
            return of[0], False
        if any(c.lower_ in ("body", "skeletal", "human", "bone") for c in container.lefts):
            return container, False
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_ == "be":
        attrs = [c for c in last.head.children if c.dep_ == "attr"]
        if attrs:
            return attrs[0], False
    # The noun right after the number, when the parse attached it elsewhere.
    if num.end < sent.end and doc[num.end].pos_ in ("NOUN", "PROPN"):
        return doc[num.end], False
    if num.end + 1 < sent.end and doc[num.end].pos_ == "ADJ" and doc[num.end + 1].pos_ in ("NOUN", "PROPN"):
        return doc[num.end + 1], False
    # "Thirty suspected armed separatist fighters were killed", the number read as a modifier of "suspected": the
    # noun its modifiers lead to
    after = doc[num.end] if num.end < sent.end else None
    if (
        after is not None
        and after.dep_ in ("amod", "compound")
        and after.head.pos_ == "NOUN"
        and num.end < after.head.i <= num.end + 4
        and last.head.i == after.i
    ):
        return after.head, False
    return None, False


def on_board(noun: Token) -> bool:
    """Those a vessel or vehicle carried: "a second boat with 247 people on board", "the vessel, which was
    carrying 55 people", "hundreds of passengers thought to have been on board", "There were 34 people on
    board"."""
    lex = lexicon()
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex["carrying_verbs"]:
        # but "carried out 198 executions": done, not carried; nor "I carried four bodies with my own hands": a
        # person carries them
        carrier = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        # (not "The Sikorsky S-92 was carrying 18 workers", a craft the recogniser took for a person)
        by_hand = carrier is not None and (
            carrier.lower_ in ("i", "we", "he", "she") or carrier.lemma_.lower() in lex["person_nouns"]
        )
        return not by_hand and not any(c.dep_ == "prt" and c.lower_ == "out" for c in noun.head.children)
    after = [t for t in noun.subtree if noun.i < t.i <= noun.i + 6]
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        after += [t for t in noun.head.rights if t.i > noun.i and t.i <= noun.i + 3]
    words = [t.lower_ for t in sorted(after, key=lambda t: t.i)]
    pairs = {" ".join(words[k : k + 2]) for k in range(len(words))}
    return any(w in lex["aboard_words"] for w in words) or any(p in lex["aboard_words"] for p in pairs)


def _in_care_of_sickness(verb: Token) -> bool:
    """ "77 people remain in hospital", "60 persons are under treatment in Kupwara hospital", in an article on a
    poisoning or an outbreak: the sick in care (elsewhere, those in hospital may be the injured, which other words
    tell)."""
    lex = lexicon()
    places = [
        (p.lower_, o)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "at", "under")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    cared = any(
        (prep != "under" and o.lemma_.lower() in lex["hospital_words"])
        or (prep == "under" and o.lemma_.lower() in ("treatment", "care", "observation"))
        for prep, o in places
    )
    return cared and in_disease_context(verb)


def _participle(verb: Token) -> str:
    if verb.tag_ in ("VBN", "VBD"):
        return verb.lower_
    lemma = verb.lemma_.lower()
    irregular = lexicon()["irregular_participles"].get(lemma)
    if irregular is not None:
        return irregular
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def predicate_label(noun: Token) -> str | None:
    """What the sentence says of those counted, for a count outside the known measures: "12 of the 82
    residents managed to escape" -> "escaped", "293 workers were underground" -> "underground"; None when
    the predicate says nothing ("there were 300 people")."""
    lex = lexicon()
    # "helping about 50 people who had escaped the fire": what the relative clause says of them
    relative = next(
        (
            c
            for c in noun.children
            if c.dep_ == "relcl"
            and any(w.dep_ in ("nsubj", "nsubjpass") and w.tag_ in ("WP", "WDT") for w in c.children)
        ),
        None,
    )
    if noun.dep_ not in ("nsubj", "nsubjpass") and relative is None:
        return None
    verb = noun.head if relative is None else relative
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in lex["catenative_verbs"]:
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
    # ("47 primary school children fell ill", "42 people are sick": the ill)
    if verb.lemma_.lower() in lex["onset_verbs"] and any(
        c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in lex["illness_words"] for c in verb.children
    ):
        return "ill"
    if verb.lemma_.lower() in ("be", "remain", "stay") and noun.dep_ == "nsubj" and _in_care_of_sickness(verb):
        return "hospitalised"
    if verb.lemma_.lower() == "be" and noun.dep_ == "nsubj":
        # "964 people were aboard the vessel", "65 prisoners were on board"
        for prep in (c for c in verb.children if c.dep_ in ("prep", "advmod")):
            words = " ".join(t.lower_ for t in prep.subtree)
            if prep.lower_ in lex["aboard_words"] or words in lex["aboard_words"]:
                return "aboard"
        # (not "Two children were also on the ride": how the sentence goes on, nor "were over 60 years old": an age)
        comp = [
            c
            for c in verb.children
            if (c.dep_ == "acomp" and c.lower_ != "old")
            or (c.dep_ == "advmod" and c.pos_ == "ADV" and c.lower_ not in lex["sentence_adverbs"])
        ]
        if comp and comp[0].pos_ in ("ADJ", "ADV") and comp[0].lower_.isalpha():
            return comp[0].lower_
        # "47 people were on White Island", "About 60,000 people were at the stadium": those present there (but
        # "27 people were on the bus": those aboard)
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "inside")):
            place = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if place is None or place.ent_type_ in ("DATE", "TIME") or place.like_num:
                continue
            if place.lemma_.lower() in lex["plight_nouns"]:
                return None  # "1,2-million people are in need of food aid": a plight, not a place
            if place.lemma_.lower() in {*lex["hospital_words"], *lex["record_keepers"], *lex["custody_places"]}:
                return None  # "Three people were in hospital": in care, which other words tell
            if place.lemma_.lower() in lex["vehicle_words"]:
                return "aboard"
            if prep.lower_ != "on" or place.pos_ == "PROPN":
                return "present"
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lex["bare_predicates"]:
        return None
    if verb.lemma_.lower() in lex["speech_verbs"]:
        return None  # "169 people ... could not be confirmed": who tells of them, not what befell them
    return lex["predicate_labels"].get(verb.lemma_.lower()) or _participle(verb)
