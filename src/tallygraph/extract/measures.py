"""What a single word says is counted: "wounded" is injured, "exhumed" remains found, "taken hostage"
captured. The measures and their cue words are lexicon data (``measures``, ``phrasal_measures``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from tallygraph.extract.counted import in_disease_context, is_person_noun
from tallygraph.lexicon import forms, lexicon

__all__ = [
    "at_risk",
    "cue_measure",
    "freed",
    "in_condition",
    "in_custody",
    "in_hospital",
    "judged",
    "measure_rank",
    "measure_word",
    "part_befell",
]


@cache
def _measure_cues() -> dict[str, str]:
    cues: dict[str, str] = {}
    for measure, words in lexicon()["measures"].items():
        for word in words:
            cues.setdefault(word, measure)
    return cues


@cache
def measure_rank() -> dict[str, int]:
    return {m: i for i, m in enumerate(lexicon()["measures"])}


def cue_measure(tok: Token, noun: Token | None) -> str | None:
    """The measure a single token signals, taking its complements into account."""
    measure = _word_measure(tok, noun)
    # ("AN abandoned sand quarry pit caved in on five people": a place left, not people who fled; but a "dead",
    # "missing" or "injured" the parser hung on a noun still tells of people)
    thing = tok.head if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" else None
    if measure == "displaced" and thing is not None and noun is not None and thing.i != noun.i:
        return None if not is_person_noun(thing) else measure
    if measure == "other:escaped" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in lexicon()["conflict_words"] for o in tok.children
    ):
        return None  # "the two million people who have escaped the violence": those who fled, as the text says next
    if measure == "identified" and _not_yet(tok):
        return "other:unidentified"  # "two bodies have not yet been identified", "two yet to be identified"
    if measure == "remains-found" and tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children):
        return "missing"  # "The bodies of two victims were never recovered"
    presumed = tok.lemma_.lower() == "presume" or (tok.dep_ == "oprd" and tok.head.lemma_.lower() == "presume")
    if measure == "killed" and presumed:
        return "missing"  # "four others were presumed dead": not known dead (but "feared dead" are counted dead)
    if measure == "released" and _published(tok):
        return None  # "..., Interior Ministry figures released September 15 show": figures made public
    if measure == "released" and _from_hospital(tok):
        return "other:discharged"  # "four of those rescued have been released from the hospital": sent home
    if measure == "injured" and _in_care(tok):
        if noun is not None and noun.lemma_.lower() in ("body", "corpse"):
            return None  # "Twenty-seven bodies were brought to a hospital": the dead, not patients
        return "other:hospitalised"
    return measure


def _published(verb: Token) -> bool:
    """ "ministry figures released on Monday", "figures released Tuesday show": a verb whose subject, or the noun it
    describes, is a statement or a body of figures releases no one (but "the total number released" are freed)."""
    nouns = set(lexicon()["document_nouns"]) - {"number", "count", "tally", "total"}
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in verb.children)


def part_befell(part: Token) -> str | None:
    """What befell a part of a group, as its own verb says: "Six of the wounded have been discharged", "two of
    the hostages were killed", "Ten of the dead were identified" (not what the group is: the wounded, hostages);
    or its own adjective: "leaving three of the boys dead and one injured"."""
    state = [m for c in part.children if c.dep_ == "amod" and (m := cue_measure(c, None)) in ("killed", "injured")]
    if state:
        return state[0]
    if part.dep_ not in ("nsubj", "nsubjpass") or part.head.pos_ != "VERB":
        return None
    befell = cue_measure(part.head, None)
    group = next((o for p in part.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)
    if befell == "released" and group is not None and measure_word(group) in ("injured", "other:hospitalised"):
        return "other:discharged"  # "seven of the injured were released overnight": sent home from hospital
    return befell if befell in ("killed", "other:discharged", "released", "identified", "other:hospitalised") else None


def _not_yet(verb: Token) -> bool:
    """ "two bodies have not been identified", "five are yet to be identified": counted people not identified (not
    "another boy whose names were not yet identified", which says nothing of a count)."""
    doc = verb.doc
    before = [t.lower_ for t in doc[max(verb.i - 3, 0) : verb.i]]
    if not (any(c.dep_ == "neg" for c in verb.children) or before == ["yet", "to", "be"]):
        return False
    holder = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    counted = verb.head if verb.dep_ in ("relcl", "acl") else subj
    return counted is not None and (counted.like_num or any(c.dep_ == "nummod" for c in counted.children))


def _from_hospital(verb: Token) -> bool:
    return any(
        o.lemma_.lower() in ("hospital", "clinic")
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
    )


def in_condition(tok: Token) -> bool:
    """ "in serious condition", "in a critical condition": how badly someone is hurt."""
    return any(
        o.lemma_.lower() == "condition" and any(a.lower_ in lexicon()["condition_words"] for a in o.children)
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
    )


def in_hospital(tok: Token) -> bool:
    """ "two are in hospital", "three remain in hospitals": where those counted are cared for."""
    return tok.lemma_.lower() in ("be", "remain", "stay") and _prep_object_in(tok, lexicon()["hospital_words"], ("in",))


def _in_care(cue: Token) -> bool:
    """ "51 people were hospitalized", "90 people were taken to the hospital", and "97 have been admitted to
    hospitals" or "nearly 100 others are undergoing treatment" in an article on a poisoning or an outbreak: those
    in care, a count of its own (not all the injured are taken to hospital, and the sick are not injured) --
    unless the sentence speaks of injuries ("more than 20 people were being treated for injuries")."""
    lex = lexicon()
    lemma = cue.lemma_.lower()
    if lemma not in lex["care_words"] and lemma not in lex["conveying_verbs"]:
        return False
    care = {*lex["care_words"], *lex["conveying_verbs"]}
    # "taken to area hospitals", "treated at hospitals", "admitted to hospital"
    to_hospital = _prep_object_in(cue, lex["hospital_words"])
    # (those taken to hospital or hospitalised are in care, whatever other injuries the sentence tells of: "Thirty-five
    # people were taken to hospitals, including two people who sustained life-threatening injuries", "Seventy people
    # were sent to a hospital, most with minor injuries"; but "Ten children were hospitalized with injuries" are the
    # injured, and so are "four victims who transferred to Muhimbili National Hospital succumbed to the injuries", whom
    # the clause only describes)
    taken = lemma in lex["hospitalising_verbs"] or (lemma in lex["conveying_verbs"] and to_hospital)
    taken = taken and cue.dep_ != "relcl" and not _hurt_with(cue)
    # (but "only one of which is in serious condition" says how those in care are, not that others were hurt)
    hurt = (t for t in cue.sent if t.lemma_.lower() not in (*care, "be", "remain", "stay"))
    if not taken and any(_word_measure(t, None) == "injured" for t in hurt):
        return False
    return in_disease_context(cue) or lemma in lex["hospitalising_verbs"] or to_hospital


def _hurt_with(cue: Token) -> bool:
    """ "hospitalized with injuries", "taken to a hospital ... with injuries", "five with serious injuries were sent
    to a hospital": the injuries of those the verb takes to hospital, in a "with" or "for" of the verb or its
    subject."""
    holders = [cue, *(c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("with", "for")
        and any(_word_measure(t, None) == "injured" or t.lemma_.lower() == "burn" for t in p.subtree)
        for h in holders
        for p in h.children
    )


def _prep_object_in(tok: Token, words: list[str], preps: tuple[str, ...] | None = None) -> bool:
    """Does a preposition of ``tok`` (one of ``preps``, if given) have an object among ``words``?"""
    return any(
        # ("13 were sent to the hospital": "to" read as a dative)
        c.dep_ in ("prep", "dative")
        and (preps is None or c.lower_ in preps)
        and any(o.lemma_.lower() in words for o in c.children)
        for c in tok.children
    )


def _on_themselves(verb: Token) -> bool:
    """ "set themselves on fire", "set himself alight", "burned herself": a fire set on oneself."""
    if not any(c.dep_ == "dobj" and c.lower_ in ("themselves", "himself", "herself") for c in verb.children):
        return False
    if verb.lemma_.lower() == "burn":
        return not any(t.lower_ == "death" for t in verb.subtree)
    return any(t.lower_ in ("fire", "alight", "ablaze", "afire") for t in verb.subtree if t.i > verb.i)


def _sought(noun: Token | None, prep: Token) -> bool:
    """Are those counted the ones searched for ("are searching for 81 people"), with nothing of their own said of
    them ("searching for scores of inmates ... who escaped")? Not "467 people have been found, ... are searching
    for 81 people", nor one more of someone ("searching for another friend")."""
    if noun is None or noun not in prep.subtree or any(c.lower_ == "another" for c in noun.children):
        return False
    counter = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    return not any(t.dep_ in ("relcl", "acl") for t in counter.subtree)


def _of_people(tok: Token) -> bool:
    """Does an "of" after the word name people ("the loss of 15 of our personnel", "the loss of 50,000 people")?"""
    return any(
        is_person_noun(o) or any(g.dep_ == "pobj" and is_person_noun(g) for g in o.subtree)
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _word_measure(tok: Token, noun: Token | None) -> str | None:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    low = tok.lower_
    phrasal: dict[str, dict[str, str]] = lex["phrasal_measures"]
    if lemma in phrasal:
        # "sustaining various degrees of injuries": the object's "of" phrase says what was sustained
        kinds = [
            o for c in tok.children if c.dep_ == "dobj" for p in c.children if p.lower_ == "of" for o in p.children
        ]
        for child in [*tok.children, *kinds]:
            if child.lower_ == "in" and child.dep_ == "prep" and not any(c.dep_ == "pobj" for c in child.children):
                continue  # "sent 42 officers in five trucks", not "sent back their meals in what officials said was"
            if child.lower_ == "in" and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in child.children):
                continue  # "sent to hospitals or medical centres in George": where, not "sent in"
            target = phrasal[lemma].get(child.lower_) or phrasal[lemma].get(child.lemma_.lower())
            if target == "captured" and noun is not None and noun.lemma_.lower() in lex["grave_words"]:
                continue  # "one body taken away by the family": the dead are not captives
            if target == "injured" and any(a.lower_ in ("fatal", "mortal", "deadly") for a in child.children):
                return "killed"  # "Nine passengers ... sustained fatal injuries"
            if target == "other:escaped" and not any(
                c.dep_ == "nsubj" and noun is not None and noun in c.subtree for c in tok.children
            ):
                continue  # "40 detainees broke out", not "protests broke out, including 65 children"
            if lemma in ("search", "look") and not _sought(noun, child):
                continue
            if target:
                if (
                    target == "other:families-wiped-out"
                    and noun is not None
                    and noun.lemma_.lower() not in ("family", "household")
                ):
                    return "killed"  # "wiped out 30 people": only families are counted as wiped out
                return target
    if (
        lemma == "lose"
        and tok.pos_ == "VERB"
        and any(
            c.dep_ == "dobj" and is_person_noun(c) and any(n.dep_ == "nummod" or n.like_num for n in c.children)
            for c in tok.children
        )
    ):
        return "killed"  # "We have sadly lost six rangers", "The NFP lost four councillors": people lost are dead
    if lemma in ("set", "burn") and tok.pos_ == "VERB" and _on_themselves(tok):
        return "other:self-immolated"  # "Three students set themselves on fire", "burned himself"
    if (
        lemma in ("body", "remains", "corpse")
        and tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in lex["containing_verbs"]
        and _unconfirmed(tok.head)
    ):
        return "other:buried"  # "there could be a mass grave containing the bodies of at least 250 Albanians"
    if lemma in ("be", "remain") and any(
        (p.lower_, o.lower_) in (("at", "large"), ("on", "run"), ("on", "loose"))
        for p in tok.children
        if p.dep_ == "prep"
        for o in p.children
    ):
        return "other:escaped"  # "Police say 99 inmates are at large", "one convict was on the run"
    if lemma in lex["return_verbs"]:
        # "return our 17 POW", "116 Ukrainians had been returned": released; "returned to Armenia": returnees
        handed_back = any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in tok.children)
        if handed_back:
            return "released"
        # "whose entire population of nearly 120,000 people returned to Armenia": a people leaving its land
        exodus = any(c.dep_ == "nsubj" and c.lemma_.lower() == "population" for c in tok.children)
        return "displaced" if exodus else "other:returned"
    secluded = lex["seclusion_words"].get(lemma)
    if secluded and (tok.pos_ == "VERB" or (tok.dep_ == "pobj" and tok.head.lower_ in lex["seclusion_prepositions"])):
        return str(secluded)  # "ordered 155 people into quarantine", "have been quarantined"
    if lemma in ("regain", "gain", "win") and any(c.dep_ == "dobj" and c.lower_ == "freedom" for c in tok.children):
        return "released"  # "A total of 38 persons regained freedom from the captivity"
    if lemma in ("be", "remain", "stay") and in_condition(tok):
        return "injured"  # "seven persons are in a critical condition"
    if lemma == "leave" and tok.pos_ == "VERB" and in_condition(tok):
        return "injured"  # "the strike had initially killed one man and left three others in critical condition"
    if lemma in ("fight", "battle", "struggle") and any(
        o.lemma_.lower() == "life" for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
    ):
        return "injured"  # "nine people were fighting for their lives in hospital"
    if tok.pos_ == "VERB" and any(c.lower_ in ("fatally", "mortally") for c in tok.children):
        return "killed"  # "Six people ... were fatally wounded", "has fatally stabbed two people"
    if tok.pos_ == "VERB" and any(
        p.lower_ == "to" and any(o.lower_ == "death" for o in p.children) for p in tok.children if p.dep_ == "prep"
    ):
        return "killed"  # "tortured to death", "beaten to death", "burned to death"
    if lemma == "burn" and tok.pos_ == "VERB" and any(t.lower_ == "alive" for t in tok.subtree if t.i > tok.i):
        return "killed"  # "led a mob that burned 7 witches alive"
    if lemma in lex["exhuming_verbs"]:
        return "remains-found"  # only the dead are exhumed
    if lemma in lex["finding_verbs"] or lemma in ("pull", "dig"):
        if tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children):
            return "missing"  # "25 passengers and four crew members have not been found"
        if any(c.lower_ == "alive" for c in tok.subtree):
            return "other:rescued"
        sent_lemmas = {t.lemma_.lower() for t in tok.sent}
        if sent_lemmas & set(lex["grave_words"]):
            return "remains-found"
        return None
    if lemma in lex["conveying_verbs"] and _prep_object_in(tok, lex["hospital_words"], ("to", "into")):
        return "injured"  # "More than 160 people were taken to area hospitals", "admitted to hospital"
    if lemma in lex["containing_verbs"] and _unconfirmed(tok):
        return "other:buried"  # "the six graves may contain about 100 bodies"
    if lemma == "loss" and tok.pos_ == "NOUN" and _of_people(tok):
        return "killed"  # "the attack resulted in the loss of 15 of our personnel" (not "a loss of teaching time")
    if lemma == "life" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("save", "rescue"):
        return "other:rescued"  # "has saved more than 600 lives": not "claimed 600 lives"
    if lemma == "casualty" or low == "casualties":
        if any(c.lower_ in ("fatal", "dead", "death") for c in tok.children):
            return "killed"  # "four injured have been confirmed as fatal casualties"
        # "another civilian casualty from a landmine": one hurt; "casualties": the killed and the injured
        # together, as the dev gold counts them (11 times, and 11 times the killed, never the injured alone)
        return "injured" if low == "casualty" else "other:casualties"
    if lemma in ("part", "set", "piece", "fragment") and any(
        c.lower_ in ("body", "skeletal", "human", "bone") for c in tok.lefts
    ):
        return "remains-found"
    cues = _measure_cues()
    # (under a naive singular too: "corpses", which the lemmatizer makes "corps")
    return next((cues[f] for f in forms(tok.text, tok.lemma_) if f in cues), None)


def measure_word(tok: Token) -> str | None:
    """What a word on its own says is counted ("wounded" -> injured, "deaths" -> killed), if anything."""
    return cue_measure(tok, None)


def _unconfirmed(verb: Token) -> bool:
    """ "may contain", "could hold", "are believed to contain": contents nobody has seen yet."""
    words = set(lexicon()["unconfirmed_words"])
    near = [*verb.children, verb.head, *verb.head.children] if verb.dep_ == "xcomp" else list(verb.children)
    if verb.dep_ == "acl" and verb.head.dep_ in ("attr", "nsubj") and verb.head.head.lemma_ == "be":
        near += list(verb.head.head.children)  # "there could be a mass grave in Raska containing the bodies of"
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near)


def _a_term(verb: Token) -> bool:
    """ "to life in prison", "for 30 years": the term a verb of jailing gives, which makes it a sentence."""
    terms = ("life", "year", "month", "death")
    return any(
        p.dep_ == "prep" and p.lower_ in ("to", "for") and any(t.lemma_.lower() in terms for t in p.subtree)
        for p in verb.children
    )


def judged(noun: Token) -> str | None:
    """ "sentenced 47 policemen", "charged six officers, three non-commissioned officers and one civilian", "The
    two men were also found guilty", "life sentence to three other accused persons": those a court judged are
    counted as judged (other:sentenced, other:convicted, ...), not as the victims of the crime the sentence names."""
    lex = lexicon()
    judicial: dict[str, str] = lex["judicial_verbs"]
    tok = noun
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        # "awarded death sentence to 10 persons", the "to" hung on the noun or on the verb
        holder = head.head
        nouns = [holder, *(c for c in holder.children if c.dep_ == "dobj")] if holder.pos_ == "VERB" else [holder]
        if any(n.lemma_.lower() in lex["sentence_nouns"] for n in nouns):
            return "other:sentenced"
    if (
        tok.dep_ in ("nsubj", "npadvmod")
        and head.lower_ == "guilty"
        and head.head.lemma_.lower() in lex["verdict_verbs"]
    ):
        return "other:convicted"  # "declared 15 persons guilty", parsed as a clause of its own
    # "is among four ex-generals sentenced to life in prison": the participle after a noun no verb of its own
    # counts (not "freed at least 13 prisoners convicted in political cases", nor "Two people accused of witchcraft
    # were killed": what the participle says only describes them)
    judging = next(
        (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in judicial and c.lemma_.lower() != "accuse"),
        None,
    )
    if judging is not None and judging.tag_ == "VBN" and tok.dep_ in ("pobj", "attr", "appos"):
        return f"other:{judicial[judging.lemma_.lower()]}"
    if tok.dep_ not in ("dobj", "nsubjpass") or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma == "jail" and _a_term(head):
        return "other:sentenced"  # "jailed four ex-generals to life in prison", "jailed for 30 years"
    if lemma in judicial:
        return f"other:{judicial[lemma]}"
    if lemma in lex["verdict_verbs"] and any(
        c.lower_ == "guilty" and c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod", "amod") for c in head.subtree
    ):
        return "other:convicted"
    return None


def in_custody(noun: Token) -> bool:
    """ "49 journalists behind bars", "23 journalists in prison", "the 199 journalists worldwide who were in
    prison": those held, counted as captured, however the parser hung the place they are held in."""
    places = lexicon()["custody_places"]

    def held_by(tok: Token) -> bool:
        return _prep_object_in(tok, places, ("in", "behind"))

    if held_by(noun):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("have", "hold", "keep") and held_by(noun.head):
        return True
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("be", "remain", "stay") and held_by(noun.head):
        return True  # "Some 200 people remain in captivity"
    return any(c.dep_ == "relcl" and c.lemma_.lower() in ("be", "remain", "stay") and held_by(c) for c in noun.children)


def at_risk(verb: Token) -> bool:
    """Is the clause "(be) at risk (of ...)"?"""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o.lemma_.lower() == "risk" for o in c.children)
        for c in verb.children
    )


def freed(subject: Token, noun: Token) -> bool:
    """Are those once taken, counted by ``subject``, now freed? "53 hostages, including 20 women and 9 children,
    who were abducted ..., have been released", "confirmed the release of 14 university students ... who were
    kidnapped"."""
    tok = subject
    while tok.dep_ in ("conj", "appos") or (tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among")):
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        # "confirmed the release of 14 university students"; not "demanding the release of two detained students"
        release = tok.head.head
        asked = release.head.lemma_.lower() in lexicon()["demanding_verbs"] or (
            release.head.dep_ == "prep" and release.head.head.lemma_.lower() in lexicon()["demanding_verbs"]
        )
        return cue_measure(release, noun) == "released" and not asked
    return tok.dep_ in ("dobj", "nsubjpass", "nsubj") and cue_measure(tok.head, noun) == "released"


def object_read_as_subject(noun: Token) -> Token | None:
    """ "India freed 37 Pakistani fishermen held for almost 16 months": the parser read the object and its
    participle as a clause of their own ("fishermen held"); the verb before them, if any."""
    participle = noun.head
    if noun.dep_ != "nsubj" or participle.tag_ not in ("VBN", "VBD") or participle.dep_ != "ccomp":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        return None  # "... said 37 fishermen had been held": a clause indeed
    verb = participle.head
    if verb.pos_ != "VERB" or verb.i > noun.i or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb
