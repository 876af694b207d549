"""Figures without a counted noun that stand for people on their own: "365 more wounded", "11,300 were dead",
"and 10 at the nearby clinic" after "33 people died" (tolls are in :mod:`~tallygraph.extract.tolls`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.comparisons import compared_figure
from tallygraph.extract.counted import is_person_noun
from tallygraph.extract.figure import Figure
from tallygraph.extract.graded import graded_item
from tallygraph.extract.measures import cue_measure, in_condition, in_hospital, measure_word
from tallygraph.extract.noncounts import with_unit
from tallygraph.extract.numbers import NumberMention, looks_like_year
from tallygraph.extract.placelists import listed_place_count
from tallygraph.extract.tolls import CARRYING_VERBS, TOTAL_WORDS
from tallygraph.lexicon import lexicon

__all__ = ["elliptical_figure"]

_PEOPLE_MEASURES = frozenset(lexicon()["people_measures"])


def _said_to_be(tok: Token) -> str | None:
    """ "34 the Israeli military says are dead": what a speaker says of the number in a relative clause."""
    speech = set(lexicon()["speech_verbs"])
    for verb in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in speech):
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for cue in [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd"))]:
                measure = cue_measure(cue, None)
                if measure:
                    return measure
    return None


_HEDGES_AS_PREPOSITIONS = ("around", "about", "over", "some", "nearly", "almost", "approximately", "roughly")


def _brought_total(verb: Token) -> Token | None:
    """ "bringing the total to 131", "taking the tally to 40", "before revising their number down to 26": the running
    total (of people) a verb sets; not "bringing the total number of graves in the cemetery to 6,751"."""
    lemma = verb.lemma_.lower()
    changing = lemma in lexicon()["status_cues"]["change_verbs"]
    if lemma not in CARRYING_VERBS and not changing:
        return None
    # ("but that the number could rise to 80": the total itself the subject of a verb that changes it)
    for total in (c for c in verb.children if c.dep_ == "dobj" or (changing and c.dep_ == "nsubj")):
        if total.lemma_.lower() not in TOTAL_WORDS:
            continue
        if total.dep_ == "nsubj" and not any(d.lower_ in ("the", "that", "this") for d in total.children):
            continue
        of = _of_object(total)
        return total if of is None or is_person_noun(of) or measure_word(of) is not None else None
    return None


def _of_object(tok: Token) -> Token | None:
    """What ``tok`` is "of": "the number of missing"."""
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children), None)


def _shared_predicate(noun: Token) -> str | None:
    """ "At least 79 migrants drowned ... and hundreds more were missing": when the first subject has a
    clause of its own, the predicate the parser gave both subjects belongs to the second."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or not any(
        c.dep_ in ("acl", "relcl") and cue_measure(c, None) for c in noun.children
    ):
        return None
    verb = noun.head
    for cue in [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd"))]:
        measure = cue_measure(cue, None)
        if measure in _PEOPLE_MEASURES:
            return measure
    return None


def _subjectless_verb_after(sent: Span, num: NumberMention) -> Token | None:
    """The verb just after a number ("5,730 are still detained") when the parser gave that verb no subject."""
    doc = sent.doc
    verb = next((t for t in doc[num.end : min(num.end + 4, sent.end)] if t.pos_ == "VERB"), None)
    be = next((t for t in doc[num.end : min(num.end + 2, sent.end)] if t.lemma_ == "be"), None)
    who = lexicon()["demographic_nouns"]
    if verb is None and be is not None and any(c.dep_ == "attr" and c.lemma_.lower() in who for c in be.children):
        verb = be  # "and 18 were men": the copula, with who they are
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def _placed_part(tok: Token, num: NumberMention, same_sentence: list[Figure]) -> Figure | None:
    """The figure before a bare number that gives a part of it by place ("in the South", "from Honduras", "on
    the road"): the last larger figure of the sentence, when the number is told by a place of its own."""
    if tok.dep_ in ("dobj", "nsubjpass") or (tok.dep_ == "nsubj" and tok.head.lemma_ != "be"):
        return None  # "wounded two more in ...": what the verb says befell them
    holder = tok.head if tok.dep_ == "nsubj" else tok  # "1,832 were in the South"
    places = [
        o
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in ("in", "from", "on", "at")
        for o in p.children
        if o.dep_ == "pobj" and _is_place(o)
    ]
    if not places or tok.ent_type_ in ("DATE", "TIME"):
        return None
    larger = [f for f in same_sentence if f.number.value > num.value]
    return larger[-1] if larger and larger[-1].measure in _PEOPLE_MEASURES else None


def _with_state(sent: Span, num: NumberMention) -> tuple[str, int] | None:
    """What an absolute "with" says of a bare number, and where it ends: "with six still missing", "with 300 still
    listed as missing", "with 15 in critical condition"."""
    doc = sent.doc
    if in_condition(doc[num.end - 1]):
        return "injured", doc[num.end - 1].right_edge.i + 1
    nominal = lexicon()["nominal_counts"]
    for t in doc[num.end : min(num.end + 5, sent.end)]:
        if t.lower_ in nominal:
            measure = measure_word(t) or cue_measure(t, None)
            return (measure, t.i + 1) if measure in _PEOPLE_MEASURES else None
        if t.is_punct or t.pos_ in ("NOUN", "PROPN", "NUM", "CCONJ"):
            return None
    return None


def _is_place(tok: Token) -> bool:
    """A place, or a body one may come from: "the South", "Dinguiri village", "Doctors Without Borders"."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP"):
        return True
    lex = lexicon()
    return tok.lemma_.lower() in {*lex["place_nouns"], *lex["settlement_nouns"], "road", "department"} or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children
    )


# What "Of them, ..." counts: what the figure just given counts.
_BACK = "back"


def _included_in_whole(tok: Token) -> str | None:
    """What "The dead victims included 16 in central Khanh Hoa province, three in ..." counts: the people the
    subject of "include" names, when the numbers it includes have no noun of their own."""
    item = tok
    while item.dep_ == "conj" and item.head.i < item.i:
        item = item.head
    if item.dep_ != "dobj" or item.head.lemma_.lower() != "include":
        return None
    subj = next((c for c in item.head.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.tag_ == "NNS" or subj.lower_ in lexicon()["nominal_counts"]):
        return None
    # ("The dead victims": the victims the adjective tells what befell)
    measure = measure_word(subj) or next((measure_word(c) for c in subj.children if c.dep_ == "amod"), None)
    return measure if measure in _PEOPLE_MEASURES else None


def _fronted_whole(tok: Token) -> tuple[str, int] | None:
    """What a sentence that opens "Of the deaths, ..." counts, when the number is its subject, and where the
    whole starts."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # ("Of the 27 fatalities, 26 occurred in Lusaka, while one was reported in Kabwe": the clause after it too)
    verbs = [tok.head]
    while verbs[-1].dep_ in ("advcl", "conj") and len(verbs) < 4:
        verbs.append(verbs[-1].head)  # ("..., while 22 remained in the morgue and two were at the coroner's office")
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            measure = measure_word(obj)
            # (a whole with its own number is a figure of its own, and a later clause is not the first: the part's
            # quote starts at the part)
            apart = any(c.like_num for c in obj.children) or prep.head.i != tok.head.i
            if obj.lower_ in ("them", "these", "those") and not list(obj.children):
                # "Of them, 12,000 are in Imphal": of the figure just given, which the caller knows, when the part's
                # own clause only says where or who they are (not "Of these, 27 died, seven were hospitalized")
                said = [c for c in tok.head.children if c.dep_ in ("acomp", "attr", "oprd", "xcomp")]
                if tok.head.lemma_ != "be" or any(c.ent_type_ != "NORP" for c in said):
                    return None
                return _BACK, tok.left_edge.i if apart else prep.i
            # (also "Of the 14 injured, 12 were German": the whole's number, with the participle the parser hung on it)
            told = [c for c in obj.children if c.dep_ in ("acl", "amod") and c.lower_ in lexicon()["nominal_counts"]]
            if obj.like_num and told:
                obj, measure, apart = told[0], measure_word(told[0]), True
            nominal = obj.lower_ in lexicon()["nominal_counts"]
            if measure in _PEOPLE_MEASURES and (obj.tag_ == "NNS" or nominal):
                # ("Of the 3,500 bodies ..., 2,500 have been identified": what befell the part)
                own = cue_measure(tok.head, None)
                return own if own in _PEOPLE_MEASURES else measure, tok.left_edge.i if apart else prep.i
    return None


def _next_place(sent: Span, num: NumberMention) -> bool:
    """Is the number told by a place right after it: "55 were in ...", "22 in Suzu", "two each in Anamizu"?
    (Not after a number that ends a phrase of its own: "..., 17 of them in ...".)"""
    doc = sent.doc
    after = [t.lower_ for t in doc[num.end : min(num.end + 3, sent.end)]]
    if after[:1] in (["were"], ["was"]):
        after = after[1:]
    if after[:1] == ["each"]:
        after = after[1:]
    before = doc[num.first - 1].lower_ if num.first > sent.start else ""
    return bool(after) and after[0] in ("in", "at") and before in (",", ";", "and", "were", "")


_PLACE_PREPOSITIONS = frozenset({"in", "at", "on"})
_ITEM_ENDS = frozenset({",", ";", ".", "!", "?", "(", ")", "–", "—", "and", '"', "“", "”"})
_AGE_PREPOSITIONS = frozenset({"aged", "under"})
_GAPPING_PREPOSITIONS = frozenset({"by", "from", "with", *_PLACE_PREPOSITIONS, *_AGE_PREPOSITIONS})


def _gapped_item(sent: Span, num: NumberMention, same_sentence: list[Figure]) -> Figure | None:
    """The figure a list item without noun or verb goes on from ("..., five by their ex-husbands", "..., 226 aged
    31 to 35", "..., two in entertainment venues"): the last of the sentence, when a word like the one that tells
    this item (by whom, where, from where, how old) also tells the words after it."""
    doc = sent.doc
    if not same_sentence or num.end >= sent.end or num.value != int(num.value):
        return None
    word = doc[num.end].lower_
    before = doc[num.first - 1].lower_ if num.first > sent.start else ""
    if word not in _GAPPING_PREPOSITIONS or before not in (",", "and", ";"):
        return None
    last = same_sentence[-1]
    # (the sick counted as cases go on too: "two cases in March, six in May, three in June")
    if last.measure not in {*_PEOPLE_MEASURES, "other:cases"} or last.number.end >= num.first:
        return None
    kin = next((k for k in (_PLACE_PREPOSITIONS, _AGE_PREPOSITIONS) if word in k), {word})
    told = [t for t in doc[last.number.end : num.first] if t.lower_ in kin]
    return last if told else None


def elliptical_figure(
    sent: Span, num: NumberMention, previous: list[Figure], earlier: Figure | None = None
) -> Figure | None:
    """A number standing for people on its own: "365 more wounded", "11,300 were dead",
    "18 more are missing", "15 were buried", "and 10 at the nearby clinic" (after "33 people died")."""
    doc = sent.doc
    tok = doc[num.end - 1]
    if num.qualifier == "range" and tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.i >= num.start:
        tok = tok.head.head  # "another 50,000 to 70,000 were wounded": the range's first number holds the clause
    if looks_like_year(sent, num) or tok.ent_type_ in ("MONEY", "PERCENT", "ORDINAL", "TIME"):
        return None
    if tok.ent_type_ == "QUANTITY" and with_unit(tok):
        return None  # "6 km", but not "displaced more than 2.6 million", which the tagger may call a quantity
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return None  # "No one is around to take the injured to the hospitals": nobody
    placed_list = listed_place_count(sent, num, previous, earlier)
    if placed_list is not None:
        return placed_list
    nxt = doc[num.end] if num.end < sent.end else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in ("more", "others"):
        return None
    same_sentence = [f for f in previous if f.number.start >= sent.start]
    of_them = [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.lower_ in ("them", "whom", "those", "these")
    ]
    if of_them and not same_sentence and in_condition(tok) and num.value > 1:
        # "Several injured fans are being taken to nearby hospitals, at least two of them in critical condition"
        return Figure(num, None, False, "injured", "people", num.first, of_them[0].i + 1)
    if of_them and same_sentence:
        # "eight children, two of them infants": a part of the figure before
        last = same_sentence[-1]
        measure = "injured" if in_condition(tok) else last.measure  # ("two of them in a serious condition")
        if tok.dep_ == "nsubj" and in_hospital(tok.head):
            measure = "other:hospitalised"  # "About 20 survived, 11 of whom are in hospital"
        hurt = [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if measure_word(o)
        ]
        if hurt and measure_word(hurt[0]) == "injured":
            measure = "injured"  # "... taken to hospitals with injuries, 13 of them with critical wounds"
        own = cue_measure(tok.head, None) if tok.dep_ in ("nsubj", "nsubjpass") else None
        if own in _PEOPLE_MEASURES:
            measure = own  # "wounding 12 civilians, five of whom died from their wounds": what befell them
        return Figure(num, None, False, measure, last.population, num.first, of_them[0].i + 1)
    # "241 police officers were injured, 23 critically": how badly some of the hurt before were hurt
    # (not "one critically": one of them, which the count before holds)
    how = nxt.lower_.removesuffix("ly") if nxt is not None and nxt.lower_.endswith("ly") else ""
    badly = how in lexicon()["condition_words"] and num.value > 1 and doc[num.first - 1].text == ","
    if badly and same_sentence and same_sentence[-1].measure == "injured":
        return Figure(num, None, False, "injured", same_sentence[-1].population, num.first, num.end + 1)
    compared = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "to") else None
    if compared is not None and compared.lemma_.lower() == "compare" and same_sentence:
        # "2,505 civilians were killed ..., compared with 2,773 in 2009": the same count, another time
        last = same_sentence[-1]
        return Figure(num, None, False, last.measure, last.population, num.first, num.end)
    moved = compared_figure(tok, num, same_sentence, earlier, _PEOPLE_MEASURES) or graded_item(sent, num, same_sentence)
    if moved is not None:
        return moved  # "154 murders ..., down from 495 the year before"; "21 confirmed cases, 21 probable"
    family = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if family is not None and family.lemma_.lower() in ("family", "household") and same_sentence:
        # "Eleven people died in Naniarchar including a family of four": four of those counted before
        last = same_sentence[-1]
        return Figure(num, None, False, last.measure, "family members", family.left_edge.i, num.end)
    if tok.dep_ == "pobj" and tok.head.lower_ == "including" and same_sentence:
        # "1.06 million Ukrainians have fled ..., including 142,300 on Sunday": a part of the figure before
        last = same_sentence[-1]
        measure = _said_to_be(tok) or last.measure  # "..., including 34 the military says are dead"
        if in_condition(tok):
            measure = "injured"  # "... and several others are injured, including four in critical condition"
        return Figure(num, None, False, measure, last.population, tok.head.i, num.end)
    included = _included_in_whole(tok)
    if included is not None:
        return Figure(num, None, False, included, "people", num.first, num.end)
    whole = _fronted_whole(tok)
    before = same_sentence[-1] if same_sentence else earlier
    if whole is not None and whole[0] == _BACK:
        whole = (before.measure, whole[1]) if before is not None and before.measure in _PEOPLE_MEASURES else None
    if whole is not None:
        # "Of the deaths, 55 were in the city of Wajima": a part of the whole the sentence opens with
        measure, start = whole
        verb = tok.head  # ("26 occurred in Lusaka": the part's quote holds its verb)
        end = verb.i + 1 if 0 < verb.i - tok.i <= 4 and verb.pos_ in ("VERB", "AUX") else num.end
        return Figure(num, None, False, measure, "people", start, end)
    if same_sentence and _next_place(sent, num) and _next_place(sent, same_sentence[-1].number):
        # "39 were in Wajima, 22 in Suzu, five in Nanao, two each in Anamizu and Noto": a count that goes on
        # place by place, however the parser hung the places
        last = same_sentence[-1]
        return Figure(num, None, False, last.measure, last.population, num.first, num.end)
    gapped = _gapped_item(sent, num, same_sentence)
    if gapped is not None:
        # "11 women were killed by their husbands, five by their ex-husbands, three by their partners": the count
        # goes on without its noun and verb, told by what the first item was told by (the item is its quote)
        end = next((t.i for t in doc[num.end : min(num.end + 8, sent.end)] if t.text in _ITEM_ENDS), None)
        return Figure(num, None, False, gapped.measure, gapped.population, num.first, end or num.end)
    # "... deaths and dozens have been injured", "killed 78 people and dozens more suffered injuries"
    # (but not "79 migrants drowned ... and hundreds more were missing": the verb the two subjects share)
    more = nxt is not None and nxt.lower_ in ("more", "others") and num.end + 1 < sent.end
    after = doc[num.end + 1] if more else nxt
    own_verb = (nxt is not None and nxt.pos_ in ("AUX", "VERB")) or (
        more and after is not None and after.pos_ in ("AUX", "VERB") and not after.is_ancestor(tok)
    )
    listed = [
        f for f in same_sentence if tok.dep_ == "conj" and not own_verb and tok.head in (f.noun, doc[f.number.end - 1])
    ]
    if listed:
        # "988 people were sheltered in Aragatsotn region, 3,665 people in Ararat region, 1,231 in Armavir
        # region, ...": a list that goes on without its noun
        measure = _shared_predicate(tok.head) or listed[-1].measure
        return Figure(num, None, False, measure, listed[-1].population, num.first, num.end)
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "from") for c in tok.children)
    if tok.dep_ in ("conj", "appos") and placed and not own_verb and same_sentence and tok.head.dep_ == "pobj":
        # "46 were reported in Garze ..., and 36 in Ya'an city", "13 were killed ... in Gaza, three in Lebanon":
        # the count goes on in another place
        last = same_sentence[-1]
        return Figure(num, None, False, last.measure, last.population, num.first, num.end)
    if tok.dep_ in ("conj", "advcl") and placed and not own_verb and same_sentence and tok.head.pos_ == "VERB":
        # "Hurricane Ike also left three people dead in the north and one in the west": the verb's own count;
        # "it had verified 80 deaths at two Cairo hospitals, another 36 in Alexandria and 13 in ... Suez"
        last = same_sentence[-1]
        if tok.head in doc[last.number.end - 1].ancestors:
            return Figure(num, None, False, last.measure, last.population, num.first, num.end)
    if tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep":
        # "with 10 in Ahmedabad rural and 32 in Botad", where the parser joins 32 to the place before it
        counted = [f for f in same_sentence if tok.head.head.head.i == f.number.end - 1]
        if counted:
            return Figure(num, None, False, counted[-1].measure, counted[-1].population, num.first, num.end)
    setter = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    if setter is not None and setter.lower_ in ("up", "down") and setter.dep_ in ("advmod", "prt"):
        setter = setter.head  # "revising their number down to 26"
    # "... claimed eight more lives overnight, bringing the total from a spell of frigid weather to 131"; "at least 78
    # people are confirmed dead but that the number could rise to 80"; the figure of an earlier sentence, if it
    # counts people: "French authorities later revised the number down to 27"
    last = same_sentence[-1] if same_sentence else earlier if earlier and earlier.measure in _PEOPLE_MEASURES else None
    total = _brought_total(setter) if setter is not None and last is not None else None
    if last is not None and total is not None:
        of = _of_object(total)
        measure = (measure_word(of) if of is not None else None) or last.measure  # ("the number of missing rose to 10")
        return Figure(num, None, False, measure, last.population, min(setter.i, total.left_edge.i), num.end)
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and same_sentence:
        # "from 118 identifications in 2017 to 13 in the first four months of 2018": the same count, later
        last = same_sentence[-1]
        start = last.noun or doc[last.number.end - 1]
        came_from = next((a for a in start.ancestors if a.lower_ == "from"), None)
        if came_from is not None and tok.head.head in (came_from, came_from.head):
            return Figure(num, None, False, last.measure, last.population, tok.head.i, num.end)
    part = _placed_part(tok, num, same_sentence)
    if part is not None:
        # "Out of the 2,189 people known dead so far, 1,832 were in the South, 137 in the Nippes, ...", "killed 11
        # people ... — six in Dinguiri village, two in Mene and three on the road": the total told by place
        return Figure(num, None, False, part.measure, part.population, num.first, num.end)
    befell = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if befell is not None and befell.pos_ == "NOUN" and cue_measure(befell, None) in _PEOPLE_MEASURES:
        # "the abduction of more than 160 – mostly women and children –", "the killing of dozens": what befell
        # them, the number its "of"
        start = min([befell.i, *(c.i for c in befell.children if c.dep_ == "det")])
        return Figure(num, None, False, cue_measure(befell, None) or "", "people", start, num.end)
    state = _with_state(sent, num) if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
    if state is not None:
        # "1,145 people injured with six still missing", "in Saudi hospitals, with 15 in critical condition"
        population = previous[-1].population if previous else "people"
        return Figure(num, None, False, state[0], population, num.first, state[1])
    verb = None
    total = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if total is None or total.lemma_.lower() != "total" or total.dep_ not in ("nsubj", "nsubjpass"):
        total = None
    who = next(
        (
            c
            for c in tok.children
            if c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
        None,
    )
    described = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    died_after = tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and cue_measure(tok.head, None) == "killed"
    if who is not None and not died_after:
        verb = who  # "the hundreds of thousands who fled recent violence" (not "another five who were injured died")
    elif described is not None:
        verb = described  # "From the 13 identified this year, ..."
    elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
        verb = tok.head
    elif total is not None:
        verb = total.head  # "a total of 1,006 are now confirmed killed"
    elif tok.dep_ == "conj" and tok.head.pos_ == "VERB" and previous:
        verb = tok.head  # "33 people died at the hospital and 10 at the clinic"
    elif (
        tok.dep_ == "conj"
        and tok.head.dep_ in ("nsubj", "nsubjpass")
        and num.end < sent.end
        and doc[num.end].pos_ in ("AUX", "VERB")
    ):
        verb = tok.head.head  # "half a dozen deaths and dozens have been injured": a subject of its own
    elif tok.dep_ in ("conj", "nsubj") and own_verb and (unclaimed := _subjectless_verb_after(sent, num)) is not None:
        # ("... were killed and dozens more suffered injuries", the number made the subject of "injuries")
        verb = unclaimed  # "... arrested by security forces and 5,730 are still detained", 5,730 joined to "forces"
    elif tok.dep_ == "dobj" and tok.head.lemma_ in lexicon()["speech_verbs"] and own_verb:
        verb = _subjectless_verb_after(sent, num)  # "media outlets were reporting four had died"
    elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        verb = tok.head  # "wounded about a dozen", "the blast killed 12 and wounded 30"
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(c.dep_ == "expl" for c in tok.head.children):
        verb = tok.head  # "There were 250 on board before the incident.": said of those there were
    elif (
        tok.dep_ == "pobj"
        and tok.head.lower_ in _HEDGES_AS_PREPOSITIONS
        and tok.head.head.pos_ == "VERB"
        and tok.ent_type_ != "DATE"  # "counted 857 kidnappings over 2022"
    ):
        # "displaced around two million from their homes", the hedge read as a preposition; but "... were killed and
        # over forty-two were injured" has a verb of its own
        verb = (_subjectless_verb_after(sent, num) if own_verb else None) or tok.head.head
    if verb is None:
        return None
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # "Three were severely injured", the number hung on the auxiliary
    measure = cue_measure(verb, None)
    if measure is None:
        for child in verb.children:
            if child.dep_ in ("acomp", "attr", "oprd", "dobj", "xcomp"):
                measure = cue_measure(child, None)
                if measure:
                    break
    if measure is None:
        # "another 16 are currently listed as missing": what they are listed as
        listed_as = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        measure = next((m for o in listed_as if (m := cue_measure(o, None)) is not None), None)
    if measure is None and verb.dep_ == "amod":
        measure = cue_measure(verb.head, None)  # "dozens more suffered injuries", the verb read as the noun's modifier
    if measure is None:
        # "Among the dead, 46 were reported in Garze": those the sentence is among
        among = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for o in c.children]
        measure = cue_measure(among[0], None) if among and among[0].dep_ == "pobj" else None
    if measure is None and any(
        o.lemma_.lower() in lexicon()["custody_places"]
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "behind")
        for o in p.children
    ):
        measure = "captured"  # "more than 200 have remained in captivity"
    if measure is None and in_condition(verb):
        measure = "injured"  # "Eight are in serious condition", "12 are in a critical condition"
    if measure is None and in_hospital(verb):
        measure = "other:hospitalised"  # "two are in hospital"
    # (after the number when there were so many: "there were more than 60 on board")
    existential = any(c.dep_ == "expl" for c in verb.children) and num.start > verb.i
    after = " ".join(t.lower_ for t in (doc[num.end : num.end + 2] if existential else doc[verb.i + 1 : verb.i + 3]))
    if measure is None and verb.lemma_ == "be" and any(after.startswith(w) for w in lexicon()["aboard_words"]):
        measure = "other:aboard"  # "survivors had said some 140 to 150 were on board"
    last = previous[-1] if previous else earlier
    found = verb.lemma_.lower() in ("recover", "find", "retrieve", "discover", "pull")
    if measure is None and found and last is not None and last.measure == "remains-found":
        measure = "remains-found"  # "the final seven bodies were recovered. Nine were recovered on Monday."
    people = any(c.dep_ == "attr" and c.lemma_.lower() in lexicon()["demographic_nouns"] for c in verb.children)
    if measure is None and verb.lemma_ == "be" and same_sentence and people:
        measure = same_sentence[-1].measure  # "21 of the victims were women and 18 were men"
    survived = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    survive = next((v for v in survived if v.lemma_.lower() == "survive"), None)
    if measure is None and survive is not None and num.value > 1:
        # "Of the 20 people on board, 14 survived", "only five managed to survive"; but "there are 52 who are known
        # not to have survived", "three did not survive": the dead
        negated = any(c.dep_ == "neg" for v in {verb, survive} for c in v.children)
        measure = "killed" if negated else "other:survived"
    if measure not in _PEOPLE_MEASURES and measure not in ("other:aboard", "other:survived"):
        return None
    population = previous[-1].population if previous else "people"
    end = max(num.end, verb.i + 1) if verb.i > tok.i and verb.i - tok.i <= 4 else num.end
    start = total.left_edge.i if total is not None else num.first
    return Figure(num, None, False, measure, population, start, end)
