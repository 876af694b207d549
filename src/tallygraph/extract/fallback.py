"""What a count of people with no cue on its path counts: what the sentence says of them, or what they are."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.counted import predicate_label
from tallygraph.extract.figure import Figure, counted_with_of
from tallygraph.extract.labels import noun_label
from tallygraph.extract.measures import cue_measure
from tallygraph.extract.numbers import NumberMention
from tallygraph.lexicon import lexicon

__all__ = ["fallback_measure", "harms_an_object"]


def _responders(noun: Token) -> bool:
    """ "rescuers", "rescue workers": those who help, whose count no nearby "injured" describes."""
    words = lexicon()["responder_nouns"]
    compound = " ".join(t.lemma_.lower() for t in (*[c for c in noun.lefts if c.dep_ == "compound"], noun))
    return noun.lemma_.lower() in words or compound in words


def _toll_carried_to(noun: Token) -> str | None:
    """ "The death toll ... has risen to 109 people with around 40 more injured": what the toll the number is
    carried to counts, nearer cues of other figures notwithstanding."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["trend_verbs"]:
        return None
    tolls = lexicon()["toll_nouns"]
    toll = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in tolls), None)
    if toll is None:
        return None
    # (an "injury toll" counts the injured)
    kinds = [m for c in toll.children if c.dep_ in ("compound", "amod") and (m := cue_measure(c, c)) is not None]
    return kinds[0] if kinds else cue_measure(toll, toll)


def fallback_measure(sent: Span, num: NumberMention, noun: Token, previous: list[Figure]) -> str:
    """A count of people with no cue on its path: the previous figure's measure in the
    sentence ("400 families (2,400 individuals)"), else the nearest cue in the sentence,
    else "other:" and the noun ("the town's 5,000 residents")."""
    if harms_an_object(noun):
        return "other:attackers"  # "two gunmen shot dead a senior officer", "70 militants attacked five checkpoints"
    same_sentence = [f for f in previous if f.number.start >= sent.start]
    part = noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among")
    if same_sentence and part:
        return same_sentence[-1].measure  # "The death toll ... has climbed to 114 including 39 firefighters"
    if _responders(noun):
        return f"other:{noun_label(noun)}"
    carried = _toll_carried_to(noun)
    if carried is not None:
        return carried
    # ("Two people were killed and 60 others are in hospital", "... and hundreds of them were unaccounted for": a
    # clause of its own, which says what they are)
    subject = noun.head.head if counted_with_of(num, noun) and noun.head.head.dep_ in ("nsubj", "nsubjpass") else noun
    verb = subject.head
    own_clause = subject.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX")
    if same_sentence and own_clause:
        complements = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "attr", "xcomp")]
        cue = next((m for t in (verb, *complements) if (m := cue_measure(t, noun)) is not None), None)
        said = cue or (f"other:{label}" if (label := predicate_label(subject)) is not None else None)
        if said is not None:
            return said
    if same_sentence:
        return same_sentence[-1].measure
    # (not a word of whoever speaks: "..., the world body said" is no body found)
    speech = set(lexicon()["speech_verbs"])
    speaking = {
        t.i
        for v in sent
        if v.pos_ == "VERB" and v.lemma_.lower() in speech
        for c in v.children
        if c.dep_ == "nsubj"
        for t in [c, *(g for g in c.children if g.dep_ == "compound")]
    }
    cues = [
        (abs(t.i - num.start), m, t.i) for t in sent if t.i not in speaking and (m := cue_measure(t, noun)) is not None
    ]
    # A cue in the clause of those counted ("were admitted for injuries", "were dismantling a missile when they
    # were killed"), else what the clause says of them, before a cue elsewhere: "Some 50,000 people rallied
    # against Capt Moussa Dadis Camara, who seized power" rallied, whoever seized what
    # ("Hundreds of people had gathered at the 'Pulse' nightclub": the clause of the number word the noun is counted
    # by)
    counter = noun.head.head if counted_with_of(num, noun) and noun.head.head.dep_ in ("nsubj", "nsubjpass") else noun
    clause = counter.head
    others = {
        d.i
        for t in clause.subtree
        if t.i != clause.i and t.dep_ in ("relcl", "acl") and t.head.i != noun.i
        for d in t.subtree
    }
    # (nor a clause of its own subject: "... were at the refinery when the blast shot flames into the sky", but
    # "were dismantling a missile when they were killed")
    others |= {
        d.i
        for t in clause.children
        if t.dep_ == "advcl" and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in t.children)
        for d in t.subtree
    }
    # (nor a clause joined to theirs with a subject of its own: "eight members of a single family were infected and
    # six of them have since died")
    others |= {
        d.i
        for t in clause.children
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for d in t.subtree
    }
    # (nor what befell them before: "Eight people were intubated after suffering severe burns")
    occasions = {
        d.i
        for p in clause.subtree
        if p.dep_ == "prep" and p.head.pos_ == "VERB" and p.lower_ in lexicon()["occasion_prepositions"]
        for d in p.subtree
    }
    own = [c for c in cues if c[2] in {t.i for t in clause.subtree} - others - occasions]
    if own:
        return min(own)[1]
    if noun.lemma_.lower() == "victim" and not _victims_of_a_harm(noun):
        # "The 26 foreign victims include five from Iran", "Of the 27 victims, six are from ...", and whatever else
        # is said of them: "Five victims were over 60 years old", "the seven victims were accused of witchcraft"
        return "killed"
    said = predicate_label(counter)
    if said is not None:
        return f"other:{said}"
    if cues:
        return min(cues)[1]
    return f"other:{noun_label(noun)}"


_REFLEXIVES = {"themselves", "himself", "herself", "itself", "oneself"}


def harms_an_object(noun: Token) -> bool:
    """ "two gunmen shot dead a senior officer", "70 militants attacked five checkpoints", "dozens of gunmen opened
    fire": the counted are the active subject of a verb of harm or attack done to an object."""
    verb = noun.head
    # (not "69 people killed themselves", nor "... killed the day before", a date the parser made an object)
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.lower_ not in _REFLEXIVES and c.ent_type_ not in ("DATE", "TIME")
    ]
    perpetrator = lexicon()["perpetrator_verbs"]
    # ("Two suicide bombers detonated explosive vests ..., killing at least 15 people": the harm in the participle
    # that follows what they did)
    harming = verb.lemma_.lower() in lexicon()["assault_verbs"] and [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.i > verb.i
        and c.lemma_.lower() in perpetrator
        and any(o.dep_ == "dobj" for o in c.children)
    ]
    return (
        noun.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and (
            verb.lemma_.lower() in perpetrator
            or (verb.lemma_.lower() == "open" and any(o.lower_ == "fire" for o in objects))
            or bool(harming)
        )
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and bool(objects)
    )


def _victims_of_a_harm(noun: Token) -> bool:
    """Victims of a harm or an illness that need not kill ("rape victims", "victims of trafficking", "cholera
    victims"), not the dead of a disaster or an attack."""
    lex = lexicon()
    harms = {*lex["harm_cases"], *lex["disease_words"], *lex["nonlethal_harms"]}
    words = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    words += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    return any(w.lemma_.lower() in harms or w.lower_ in harms for w in words)
