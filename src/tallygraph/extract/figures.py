"""Decide whether a number counts people, remains or families, and what it counts them as.

Works on spaCy's dependency parse: the counted noun is the number's head (or
the object of a partitive "of"), the measure is the nearest cue word on the
path from the number up through its governors.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.beside import cue_beside, predicate_after
from tallygraph.extract.counted import bites, counted_noun, harm_case, is_person_noun, on_board, sized_group
from tallygraph.extract.fallback import fallback_measure, harms_an_object
from tallygraph.extract.figure import Figure, counted_with_of
from tallygraph.extract.inhabitants import population_figure, population_measure
from tallygraph.extract.labels import bodies_of_the_dead, identified_or, noun_label, population_of, rescued_survivors
from tallygraph.extract.measures import (
    at_risk,
    cue_measure,
    freed,
    in_condition,
    in_custody,
    judged,
    measure_rank,
    object_read_as_subject,
    part_befell,
)
from tallygraph.extract.noncounts import age_after_name, age_before_old, in_rate
from tallygraph.extract.nounless import elliptical_figure
from tallygraph.extract.numbers import NumberMention, closes_dates, count_not_year, looks_like_year
from tallygraph.extract.placelists import place_gapped_count
from tallygraph.extract.status import figure_status
from tallygraph.extract.tolls import number_of, referred_total, toll_figure
from tallygraph.lexicon import lexicon

__all__ = ["Figure", "figure_for"]

_SKIP_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
_COMPLEMENT_DEPS = {"acomp", "attr", "oprd", "prt", "xcomp", "dobj"}


def _best(measures: list[str]) -> str | None:
    if not measures:
        return None
    rank = measure_rank()
    return min(measures, key=lambda m: rank.get(m, len(rank)))


def _has_own_figure(tok: Token) -> bool:
    """A conjunct with a number of its own ("... dead and more than 9,000 still missing")."""
    return any(
        (t.dep_ == "nummod" or (t.pos_ == "NUM" and t.text[:1].isdigit()) or t.lower_ in _NUMBER_NOUNS)
        and t.ent_type_ not in ("DATE", "TIME")  # ("died or gone missing at sea so far in 2024")
        for t in tok.subtree
    ) or any(c.lower_ in ("more", "others", "another") for c in tok.children)  # "... killed and many more injured"


_NUMBER_NOUNS = {"dozen", "dozens", "hundreds", "thousands", "scores", "tens"}


_COMBINABLE = ("killed", "injured", "missing")


def _combined(tok: Token, measure: str | None, noun: Token | None) -> str | None:
    """ "320 people were killed or wounded", "4,000 dead or injured", "207 killed and went missing":
    one count of two fates, written ``other:killed-or-wounded`` or ``other:dead-or-missing`` (the words in the
    text's order)."""
    if measure not in _COMBINABLE:
        return measure
    for conj in tok.children:
        if conj.dep_ != "conj" or _has_own_figure(conj):
            continue
        if any(t.like_num for t in tok.doc[tok.i + 1 : conj.i]):
            continue  # "At least forty civilians were killed and over forty-two were injured" (a misparse)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # "Dozens of people were killed and many injured": the second fate has its own count
        second = cue_measure(conj, noun)
        if second is None:
            inner = [c for c in conj.children if c.dep_ in ("acomp", "oprd", "attr", "xcomp")]
            second = next((m for m in (cue_measure(c, noun) for c in inner) if m), None)
        if second in _COMBINABLE and second != measure:
            words = []
            for m, t in ((measure, tok), (second, conj)):
                if m == "killed" and second == "missing" and t.lemma_.lower() in ("die", "dead", "death"):
                    words.append("dead")  # "died or went missing": the dead or missing, as the dev gold has it
                else:
                    words.append(t.lower_ if m == "injured" and t.lower_ in ("wounded", "injured", "hurt") else m)
            return f"other:{words[0]}-or-{words[1]}"
    return measure


def _own_clauses(noun: Token, num: NumberMention) -> list[Token]:
    """The counted noun's modifiers, and a clause the parser hung on the number word after it: "dozens of people
    still missing"."""
    num_tok = noun.doc[num.end - 1]
    hung = [c for c in num_tok.children if c.dep_ in ("acl", "relcl") and c.i > noun.i]
    return [*noun.children, *(hung if counted_with_of(num, noun) else [])]


def _measure(sent: Span, num: NumberMention, noun: Token | None, partitive: bool) -> str | None:
    doc = sent.doc
    speech = set(lexicon()["speech_verbs"])
    befell = part_befell(doc[num.end - 1]) if partitive else None
    if befell is not None:
        return befell  # "Six of the wounded have been discharged", "two of the hostages were killed"
    if noun is not None and bites(noun) and not partitive:
        return "other:bitten"  # "3,195 snake bites were reported", "225 cases of dog bites were detected"
    # "74 killed", "12 dead": the counting word says what is counted.
    if noun is not None and noun.lower_ in lexicon()["nominal_counts"]:
        own = cue_measure(noun, noun)
        later = cue_measure(noun.head, None) if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" else None
        if own == "injured" and later == "killed":
            return later  # "2 wounded also died": what befell the wounded since
        if own:
            return own
    after = predicate_after(noun) if noun is not None else None
    if after is not None:
        return after  # "... and another two soldiers were injured", read by the parser as another clause's
    # "leaving 669 individuals with various injuries", "20 people with gunshot wounds"
    if noun is not None and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.lemma_.lower() in ("injury", "wound") for o in c.children)
        for c in noun.children
    ):
        return "injured"
    # (but not "nine patients in a critical condition were evacuated": what their verb says)
    subject_of = noun.head if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") else None
    if noun is not None and in_condition(noun) and (subject_of is None or cue_measure(subject_of, noun) is None):
        return "injured"  # "found eight people dead and 20 others in dire condition": not dead, hurt
    # "Nearly 1.4 million children are at imminent risk of death", "more than 20 million lives are at risk": those
    # at risk have not died
    if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and at_risk(noun.head):
        return "other:at-risk"
    # "sentenced 47 policemen ... for killing a group of Sikh pilgrims": those judged, not the victims
    judgement = judged(noun) if noun is not None else None
    if judgement is not None:
        return judgement
    misread = object_read_as_subject(noun) if noun is not None else None
    if misread is not None and cue_measure(misread, noun) == "released":
        return "released"  # captives are counted as they are freed (as :func:`freed` has it)
    # "... with one peacekeeper from Mauritania killed", "injuries to 14 other civilians": a word beside them
    beside = cue_beside(sent, noun) if noun is not None else None
    if beside is not None:
        return beside
    # 0. "the remains of 605 people believed to have been killed": what was found is remains.
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        container = noun.head.head
        if cue_measure(container, noun) == "remains-found":
            return identified_or(container, "remains-found")
    # "11 missing persons were identified", "three wounded soldiers died", "100 soldiers stationed in Russia have
    # died": what happened to them, not what they were.
    subject = noun
    if (
        subject is not None
        and subject.dep_ == "pobj"
        and subject.head.lower_ == "of"
        and subject.head.head.lemma_.lower() in ("total", "number", "group")
    ):
        subject = subject.head.head  # "A total of 11 missing persons were identified"
    if (
        noun is not None
        and subject is not None
        and not partitive
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.pos_ == "VERB"
    ):
        befell = cue_measure(subject.head, noun)
        # (an "acl" only on the subject itself: not "Six out of 40 people injured ... died", a part of the injured)
        whole = [t.lower_ for t in doc[max(num.start - 2, sent.start) : num.start]] == ["out", "of"]
        mods = ("amod", "acl") if noun.dep_ in ("nsubj", "nsubjpass") and not whole else ("amod",)
        described = [m for c in noun.children if c.dep_ in mods and (m := cue_measure(c, noun))]
        if befell == "remains-found" and described == ["injured"]:
            return "injured"  # "50 injured people were pulled out of the rubble": the living are not remains
        if befell in ("identified", "killed", "released", "remains-found") and described:
            return identified_or(subject.head, befell) if befell == "remains-found" else befell
    # "the dead included two emergency workers", "The deceased ... include two kids": a part of those the
    # including subject counts
    if noun is not None and noun.dep_ == "dobj" and noun.head.lemma_ == "include":
        whole = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if whole is not None and whole.lower_ in lexicon()["nominal_counts"] and (m := cue_measure(whole, whole)):
            return m
    # 1. What the counted noun's own clause says ("people taken hostage or missing").
    if noun is not None and not partitive:
        found = []
        for child in _own_clauses(noun, num):
            if child.dep_ == "relcl" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("whom", "which") for o in c.children)
                for c in child.subtree
            ):
                continue  # "2,002 missing persons, of whom 1,051 have been identified": what befell a part
            if child.dep_ == "amod" and child.tag_ == "VBG" and cue_measure(child, noun) == "killed":
                continue  # "rescued two drowning children": dying, not dead
            # (but "68 people sustaining various degrees of injuries": what befell them)
            acting = (
                child.dep_ == "acl"
                and child.tag_ == "VBG"
                and any(c.dep_ == "dobj" and _a_person(c) for c in child.children)
            )
            if acting and cue_measure(child, noun) in ("killed", "injured", "captured"):
                continue  # "killed three pirates holding an American captain": what they do to another
            whose = child.dep_ == "relcl" and any(t.tag_ == "WP$" for t in child.subtree)
            if whose and cue_measure(child, noun) == "remains-found":
                continue  # "killing two American soldiers whose bodies were recovered": what befell their bodies
            if child.dep_ in ("acl", "relcl", "amod"):
                related = [
                    c
                    for c in child.children
                    if c.dep_ in ("conj", *_COMPLEMENT_DEPS)
                    # "... dead and more than 9,000 still missing": that conjunct has its own figure
                    and not (c.dep_ == "conj" and _has_own_figure(c))
                ]
                related += [o for c in child.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
                for tok in [child, *related]:
                    m = cue_measure(tok, noun)
                    if m:
                        found.append(_combined(tok, m, noun))
        # "exchanged 75 prisoners who were captured during the war", "3,210 Ukrainians taken captive have
        # been returned home": captives are counted as they are freed
        if found == ["captured"] and subject is not None and freed(subject, noun):
            return "released"
        # "Eighteen asylum seekers being held by Australia ... have been taken to hospital": those held are counted
        # by what their own verb says befell them
        if found == ["captured"] and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
            befell = cue_measure(noun.head, noun)
            if befell is not None and befell != "captured":
                return befell
        # "four victims who transferred to Muhimbili National Hospital succumbed to the injuries": the hurt who
        # then died (not "Six out of 40 people injured in the attack died", a part of the injured)
        said = [c for c in noun.children if c.dep_ in ("acl", "relcl", "amod") and cue_measure(c, noun)]
        hurt_then = set(found) == {"injured"} and all(c.dep_ == "relcl" for c in said)
        if hurt_then and noun.dep_ == "nsubj" and cue_measure(noun.head, noun) == "killed":
            return "killed"
        if found:
            return _best(found)
    # "with only 66 survivors", "20 dead and 50 survivors": a noun that says itself what those counted are,
    # unless their own verb says what befell them ("three survivors later died").
    # So do those a vessel carried ("with 247 people on board").
    if noun is not None and not partitive:
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None or cue_measure(verb, noun) is None:
            such = any(c.lower_ == "such" for c in noun.children)  # "12 such cases": as many as those before
            if noun.lemma_.lower() in lexicon()["self_counting_nouns"] and not such:
                if noun.lemma_.lower() == "survivor" and rescued_survivors(noun):
                    return "other:rescued"
                return harm_case(noun) or f"other:{noun_label(noun)}"
            # (not "killing all 118 men on board": what befell those aboard)
            done_to = noun.head if noun.dep_ == "dobj" else None
            if on_board(noun) and (done_to is None or cue_measure(done_to, noun) is None):
                return "other:aboard"
    if noun is not None and bodies_of_the_dead(noun):
        return "killed"  # "confirmed registering 47 bodies at the morgue": the dead, whatever the verb counts
    # 2. Up the tree from the number: the nearest governor that is a cue.
    tok = doc[num.end - 1]
    seen = 0
    while tok.head.i != tok.i and seen < 8:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "conj":
            break  # "... lost their lives, and 30 people were recovered alive": another clause
        if noun is not None and tok.i == noun.i and harms_an_object(noun):
            break  # "two gunmen shot dead a senior officer": those who did it, not what befell them
        tok = tok.head
        seen += 1
        is_speech = tok.lemma_.lower() in speech and tok.pos_ == "VERB"
        found = []
        # The counted noun's own word waits for step 3: "released 24 hostages" were released.
        own_word = noun is not None and tok.i == noun.i
        m = None if is_speech or own_word else cue_measure(tok, noun)
        if m and tok.dep_ == "csubj" and tok.tag_ == "VBG" and cue_measure(tok.head, noun):
            # "427 Rohingya fleeing Myanmar ... may have died", the participle parsed as the subject:
            # who they were, and then what befell them
            tok = tok.head
            m = cue_measure(tok, noun)
        # "released 30 Indian prisoners, including 27 fishermen": a part of captives that were freed
        freed_whole = tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass")
        if m == "captured" and freed_whole and cue_measure(tok.head, None) == "released":
            m = "released"
        if m:
            found.append(identified_or(tok, m) if m == "remains-found" else _combined(tok, m, noun))
        for child in tok.children:
            if child.dep_ in ("acomp", "attr", "oprd", "xcomp") or (
                child.dep_ == "prep" and child.lower_ in ("as", "among")
            ):
                inner = [
                    g for g in child.children if g.dep_ in ("acomp", "attr", "oprd", "dobj", "prt", "pobj", "pcomp")
                ]
                if child.dep_ != "xcomp":
                    inner += [g for g in child.children if g.dep_ == "conj" and not _has_own_figure(g)]
                if child.lower_ == "among":
                    inner += [d for g in inner for d in g.children if d.dep_ in ("acl", "amod")]  # "among those killed"
                both = _combined(child, cue_measure(child, noun), noun)
                if both and both.startswith("other:") and "-or-" in both:
                    found.append(both)  # "were either dead or injured"
                    continue
                for c in [child, *inner]:
                    m = cue_measure(c, noun)
                    if m:
                        found.append(m)
            # "the buried human remains belong to five individuals": the subject says what.
            if (
                not is_speech
                and child.dep_ in ("nsubj", "nsubjpass")
                and child.pos_ == "NOUN"
                and child.i != (noun.i if noun is not None else -1)
            ):
                m = cue_measure(child, noun)
                if m == "remains-found":
                    found.append(m)
        if found:
            return _best(found)
        if is_speech:
            break
    # 3. The counted noun itself ("30,000 lives", "25 human remains"; but "18 bodies were brought to the morgue").
    if noun is not None:
        m = "killed" if bodies_of_the_dead(noun) else cue_measure(noun, noun)
        if m == "captured" and any(cue_measure(t, None) == "released" for t in sent):
            return "released"  # "the swap, in which 95 Ukrainian POWs ...": prisoners of a release are freed
        if m:
            return m
        if in_custody(noun):
            return "captured"  # "49 journalists behind bars", when nothing else says what befell them
    return None


def _quote_span(sent: Span, num: NumberMention, noun: Token | None) -> tuple[int, int]:
    start, end = num.first, num.end
    if noun is not None:
        start, end = (
            min(start, noun.left_edge.i if noun.i < num.start else noun.i),
            max(end, noun.i + 1),
        )
        start = min(start, num.first)
    # The verb that does the counting, when it stands right before the phrase.
    head = noun.head if noun is not None else sent.doc[num.end - 1].head
    if head.pos_ == "VERB" and 0 < start - head.i <= 2:
        start = head.i
    return start, end


def _others_are_things(sent: Span, num: NumberMention) -> bool:
    """Does "N others" follow a number of things ("homes") rather than of people?"""
    before = [
        t
        for t in sent.doc[sent.start : num.start]
        if t.dep_ == "nummod"
        and t.head.pos_ == "NOUN"
        and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")
        and t.head.lemma_.lower() not in ("hour", "day", "week", "month", "year", "minute")
    ]
    return bool(before) and not (is_person_noun(before[-1].head) or _harmed_officials(before[-1].head))


def _ones_for_people(sent: Span, num: NumberMention, noun: Token) -> bool:
    """ "232 bodies - only 65 ones identified": "ones" stands for the people counted before it."""
    if noun.lower_ != "ones":
        return False
    return any(t.pos_ == "NOUN" and t.lower_ != "ones" and is_person_noun(t) for t in sent.doc[sent.start : num.start])


def _harmed_officials(noun: Token) -> bool:
    """ "killed five officials and injured 16 others", "The 16 officials injured during the incident": officials
    are counted when something befell them (elsewhere "two officials said" are speakers, not a count)."""
    if noun.lemma_.lower() not in ("official", "spokesman", "spokesperson"):
        return False
    harm = ("killed", "injured", "captured", "missing", "other:arrested", "other:detained")
    if noun.dep_ in ("dobj", "nsubjpass") and cue_measure(noun.head, noun) in harm:
        return True
    return any(c.dep_ in ("acl", "amod") and cue_measure(c, noun) in harm for c in noun.children)


def _day_of_month(sent: Span, num: NumberMention) -> bool:
    """A day next to a month's name, in a date the tagger marks as one ("October 1", "3 October")."""
    doc = sent.doc
    if num.end - num.start != 1 or doc[num.start].ent_type_ != "DATE" or num.value > 31:
        return False
    before = doc[num.start - 1] if num.start > sent.start else None
    after = doc[num.end] if num.end < sent.end else None
    if closes_dates(doc[num.start]):
        return True  # "from April 11 to 15"
    month = before if before is not None and before.text[:1].isupper() else after
    return month is not None and month.lower_.rstrip(".") in lexicon()["month_names"] and month.text[:1].isupper()


def _speaks(noun: Token) -> bool:
    """Is this noun the one who speaks ("One resident told AFP that ...", "X quoted one resident as saying")?"""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["speech_verbs"]:
        return False
    if noun.dep_ == "dobj" and verb.lemma_.lower() == "quote":
        return True
    if noun.dep_ != "nsubj":
        return False
    if any(c.dep_ in ("ccomp", "dobj", "dative") for c in verb.children):
        return True
    # "Armed men killed at least 12 civilians ..., two local activists and a medical source said on Friday"
    # ('"Oh God," one man said in a video posted online': after the quotation he speaks)
    before = noun.doc[noun.left_edge.i - 1].text if noun.left_edge.i > 0 else ""
    return verb.dep_ in ("ROOT", "conj") and noun.i < verb.i and before in (",", '"', "”")


def figure_for(sent: Span, num: NumberMention, previous: list[Figure], earlier: Figure | None = None) -> Figure | None:
    """A :class:`Figure` if ``num`` counts people, remains or families; else ``None``. ``previous``: the
    sentence's figures before it; ``earlier``: the article's last figure before the sentence."""
    doc = sent.doc
    first = doc[num.start]
    sized = sized_group(sent, num)  # "a 17-person ski touring group"
    if num.end < sent.end and doc[num.end].text in ("-", "–") and not doc[num.end - 1].whitespace_ and not sized:
        return None  # "two-hour", "six-week" (but not "more than 160 – mostly women and children –")
    if (num.start > sent.start and doc[num.start - 1].lower_ in ("aged", "age", "ages")) or in_rate(sent, num):
        return None  # an age; "40 violent deaths per 100,000 inhabitants", a rate
    if age_before_old(sent, num) or age_after_name(sent, num):
        return None  # "a three day-old infant": an age written with a space; "Weldie Pareño, 42,": an age
    if first.lower_ in ("one", "1") and num.end < sent.end and doc[num.end].lower_ == "of":
        return None  # "one of the remains"
    if first.lower_ == "one" and "one by one" in doc[max(sent.start, num.start - 2) : num.end + 2].text.lower():
        return None  # "we counted one by one 269 bodies": how, not how many
    if _day_of_month(sent, num):
        return None  # "the death toll from the October 1, 2022, stampede", "on Monday (October 3)"
    noun, partitive = counted_noun(sent, num)
    labelled = noun is not None and noun.i == num.start - 1 and noun.text[:1].isupper() and num.value < 100
    if labelled and place_gapped_count(sent, num, previous) is None:
        return None  # "Police Officer 1 was killed", "Patient 3": a label, not a count (but "..., Punjab 21")
    if noun is None or not (
        is_person_noun(noun) or sized or _ones_for_people(sent, num, noun) or _harmed_officials(noun)
    ):
        # "hundreds of electric poles were uprooted": a count of things, never a number standing for people
        things = noun is not None and noun.pos_ in ("NOUN", "PROPN") and (partitive or counted_with_of(num, noun))
        if looks_like_year(sent, num):
            return None  # "down from 114 in 2016"
        if partitive and noun is not None and noun.lemma_.lower() in ("day", "week", "month", "year", "hour", "night"):
            return None  # "the death toll from the first five of the so-called seven dangerous days"
        toll = (
            toll_figure(sent, num)
            or population_figure(sent, num)
            or (None if things else elliptical_figure(sent, num, previous, earlier))
            or referred_total(sent, num, previous[-1] if previous else earlier)
        )
        if toll is not None:
            toll.status = figure_status(sent, num)
            return toll
        return None
    if looks_like_year(sent, num) and not count_not_year(sent, num, noun, partitive):
        return None
    few = num.value <= 5 and (num.value == 1 or num.hedge is None) and doc[num.end - 1].head.i == noun.i
    # (but "four people reported injuries" are four injured)
    saying = (
        num.value == 1
        or noun.head.lemma_.lower() in ("say", "tell")
        or any(c.dep_ == "ccomp" for c in noun.head.children)
    )
    if few and saying and _speaks(noun):
        # "One resident told AFP ...", "one survivor told him", "..., two local leaders said": a few who speak,
        # not a count
        return None
    if noun.lower_ == "others" and _others_are_things(sent, num):
        return None  # "1,200 homes were destroyed, and 21,000 others were heavily damaged"
    ent = first.ent_type_
    # ("Eighteen burned bodies", "1660 Palestinian civilians", which the tagger took for dates)
    between = doc[num.end : noun.i]
    next_to = (
        ent == "DATE"
        and len(between) > 0
        and all(t.head == noun and t.dep_ == "amod" and (t.is_lower or t.ent_type_ == "NORP") for t in between)
    )
    if ent in _SKIP_ENTS and noun.i != num.end and not next_to and not partitive and not counted_with_of(num, noun):
        return None
    dated = any(doc[k].ent_type_ in ("DATE", "TIME") for k in range(num.start, num.end))
    if dated and noun.lemma_.lower() in ("year", "day"):
        return None
    measure = population_measure(noun) or _measure(sent, num, noun, partitive)
    if measure is None:
        # "The number of injured people ... exceeds 400 people": what the number is the number of
        counted = number_of(doc[num.end - 1])
        measure = counted[0] if counted is not None else fallback_measure(sent, num, noun, previous)
    population = population_of(sent, noun, previous)
    start, end = _quote_span(sent, num, noun)
    return Figure(num, noun, partitive, measure, population, start, end, figure_status(sent, num))


def _a_person(tok: Token) -> bool:
    """A person, by name, post or what they are ("holding an American captain", "killing civilians"; not "receiving
    serious injuries", what befell them)."""
    if cue_measure(tok, tok) is not None:
        return False
    return is_person_noun(tok) or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in lexicon()["person_titles"]
