"""Lists of places, each with its count, that break down a figure: "in the Departments of Nariño (25), Putumayo
(17), ... and Bolivar (7)", or one line of a breakdown, "• Graves County - 21"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.counted import harm_case
from tallygraph.extract.figure import Figure
from tallygraph.extract.measures import measure_word
from tallygraph.extract.numbers import NumberMention, looks_like_year
from tallygraph.extract.segment import BULLETS
from tallygraph.lexicon import lexicon

__all__ = ["in_place_list", "listed_place_count"]

_PEOPLE_MEASURES = frozenset(lexicon()["people_measures"])
_PLACE_NOUNS = frozenset([*lexicon()["settlement_nouns"], *lexicon()["listed_place_nouns"]])
# What opens a list of places with their counts: "in the Departments of Nariño (25), ...", "reported more than 50
# cases, with Ratnapura (84), ...", "Regions reporting the most cases include the Metro Manila region (735), ..."
_LIST_OPENERS = frozenset({"in", "of", "from", "across", "including", "include", "includes", "included", "with"})


def _bracketed(sent: Span, start: int, end: int) -> bool:
    """Is the number at ``start:end`` in brackets right after a proper name?"""
    doc = sent.doc
    if start - 2 < sent.start or end >= sent.end or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    before = doc[start - 2]
    # (or a place noun a name qualifies: "the Metro Manila region (735)")
    named = before.lemma_.lower() in _PLACE_NOUNS and any(t.pos_ == "PROPN" for t in before.lefts)
    return before.pos_ == "PROPN" or named


def _list_start(sent: Span, start: int) -> int:
    """Where a list of places with their counts in brackets begins, back over items whose brackets say what they
    count ("Tolima (59 cases), Putumayo (7)")."""
    doc = sent.doc
    while start - 2 > sent.start and doc[start - 1].text == "," and doc[start - 2].text == ")":
        opening = next((k for k in range(start - 3, max(sent.start, start - 7) - 1, -1) if doc[k].text == "("), None)
        if opening is None or opening - 1 < sent.start or doc[opening - 1].pos_ != "PROPN":
            break
        start = doc[opening - 1].left_edge.i
    return start


def bracketed_place_count(sent: Span, num: NumberMention, previous: list[Figure]) -> Figure | None:
    """ "The killings ... have also occurred in the Departments of Nariño (25), Putumayo (17), ... and Bolivar
    (7)": a list of places, each with its count in brackets, of what the sentence counts before the list.
    (Two at least, so that "Mary (25)" giving an age is not one.)"""
    doc = sent.doc
    if not _bracketed(sent, num.first, num.end):
        return None
    listed = [t for t in sent if t.like_num and _bracketed(sent, t.i, t.i + 1)]
    if len(listed) < 2:
        return None
    # places after "in", "of", "from": not "Mary (25) and John (27) were killed", names with their ages (the
    # tagger takes many a place for a person's name, "Nariño (25)")
    start = _list_start(sent, doc[listed[0].i - 2].left_edge.i)
    opening = doc[max(sent.start, start - 3) : start + 1]
    # ("... distributed across nine departments: Tolima (59 cases), Putumayo (7), ...": the places a colon opens)
    colon = start - 2 >= sent.start and doc[start - 1].text == ":" and doc[start - 2].lemma_.lower() in _PLACE_NOUNS
    if not colon and not any(t.lower_ in _LIST_OPENERS for t in opening):
        return None
    same_sentence = [f for f in previous if f.number.start >= sent.start]
    measure = same_sentence[-1].measure if same_sentence else None
    if measure is None:
        cues = (measure_word(t) for t in doc[sent.start : listed[0].i] if t.pos_ in ("NOUN", "PROPN"))
        measure = next((m for m in cues if m in _PEOPLE_MEASURES), None)
    if measure is None:
        # "cases were reported in Los Santos (99), Herrera (two), ...": the cases of an illness
        cases = [t for t in doc[sent.start : listed[0].i] if t.lemma_.lower() == "case" and t.pos_ == "NOUN"]
        measure = (harm_case(cases[-1]) or "other:cases") if cases else None
    if measure is None:
        return None
    place = doc[num.first - 2]
    start = min((t.i for t in place.lefts if t.dep_ == "compound" or t.text[:1].isupper()), default=place.i)
    return Figure(num, None, False, measure, "people", start, num.end + 1)


def place_line_count(sent: Span, num: NumberMention, earlier: Figure | None) -> Figure | None:
    """ "• Graves County - 21", "— Lee County: 54 confirmed by Lee County Sheriff.", "Egypt: 672", "Harare – 790 (770
    males and 20 females)": a line of a breakdown, a place and its count, of what the article's last figure before it
    counted."""
    if earlier is None or earlier.measure not in _PEOPLE_MEASURES or looks_like_year(sent, num):
        return None
    doc = sent.doc
    k = num.first - 1
    if k <= sent.start or doc[k].text not in (":", "-", "–", "—"):
        return None
    named = []
    k -= 1
    while k >= sent.start and doc[k].is_alpha and doc[k].text[:1].isupper() and len(named) < 4:
        named.insert(0, doc[k])
        k -= 1
    # the line's start: the sentence's, a bullet's, or a line break's
    opened = k < sent.start or doc[k].text in BULLETS or doc[k].is_space or "\n" in doc[k].whitespace_
    after = next((t for t in doc[num.end : sent.end] if not t.is_space), None)
    # (a place the recogniser took for a person's name, when a breakdown in brackets follows: "Matabeleland North –
    # 231 (230 males and 1 female)")
    kinds = ("DATE", "TIME") if after is not None and after.text == "(" else ("DATE", "TIME", "PERSON")
    if not named or not opened or any(t.ent_type_ in kinds for t in named):
        return None
    # (the line ends with the count, breaks it down in brackets, or says who gave it: "54 confirmed by ...", "five,
    # according to ...", "Harare – 790 (770 males and 20 females)")
    ends = after is None or after.text in (".", ",", ";", "(", *BULLETS) or "\n" in doc[num.end - 1].whitespace_
    if not ends and after.lemma_.lower() not in ("confirm", "accord"):
        return None
    return Figure(num, None, False, earlier.measure, earlier.population, named[0].i, num.end)


def _people_counted_before(sent: Span, previous: list[Figure]) -> list[Figure]:
    """The figures of people already found in the sentence, which a list of places after them breaks down."""
    return [f for f in previous if f.number.start >= sent.start and f.measure in _PEOPLE_MEASURES]


def place_comma_count(sent: Span, num: NumberMention, previous: list[Figure]) -> Figure | None:
    """ "St Catherine and St Andrew both recorded 172 homicides; St James, 110; Kingston, 87; and Clarendon, 79",
    "Baja California heads the list with 1,294 murders, followed by Guanajuato with 1,203 and Guerrero, with 1,148": a
    place and its count, listed after a count of people in the same sentence, counted as that count."""
    same = _people_counted_before(sent, previous)
    if not same or looks_like_year(sent, num) or num.first - 2 <= sent.start:
        return None
    doc = sent.doc
    after = doc[num.end] if num.end < sent.end else None
    k = num.first - 1
    joint = doc[k].lower_
    # (the count ends its item; after a comma, not "Smith, 45, of Kingston": a name and an age)
    ends = (";", ".", ",") if joint == "with" else (";", ".")
    if after is not None and after.text not in ends and after.lower_ != "and":
        return None
    if joint == "with" and doc[k - 1].text == ",":
        k -= 1  # "Guerrero, with 1,148"
    if joint not in (",", "with"):
        return None
    named = []
    k -= 1
    while k > sent.start and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and len(named) < 4:
        named.insert(0, doc[k])
        k -= 1
    opener = doc[k].lower_
    # (the item opens after a semicolon, or after "followed by", or "and" after either)
    opened = opener == ";" or (
        opener in ("and", "by") and any(t.text == ";" or t.lower_ == "followed" for t in doc[same[0].number.end : k])
    )
    # (a place the recogniser took for a person's name is one after "with": "Guerrero, with 1,148")
    kinds = ("DATE", "TIME", "NORP", *(() if joint == "with" else ("PERSON",)))
    if not named or not opened or any(t.ent_type_ in kinds for t in named):
        return None
    last = same[-1]
    return Figure(num, None, False, last.measure, last.population, named[0].i, num.end)


def _named_place(tok: Token) -> bool:
    """A proper name standing alone, as a place in a list is ("Sukkur", "Khairpur")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "NORP") and tok.text[:1].isupper()


_PLACE_VERBS = frozenset({"have", "see", "record", "report", "register", "count", "experience", "witness", "log"})


def _bare_count(verb: Token, counted: bool = False) -> bool:
    """Has ``verb`` a named subject and a bare number for its object ("Sukkur had 23"), or, ``counted``, a count
    of people ("Kashmore reported 17 women")?"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    bare = any(c.like_num and not list(c.children) for c in objects)
    numbered = counted and any(n.dep_ == "nummod" and n.like_num for c in objects for n in c.children)
    named = any(c.dep_ == "nsubj" and _named_place(c) and c.i < verb.i for c in verb.children)
    return verb.lemma_.lower() in _PLACE_VERBS and named and (bare or numbered)


def in_place_list(verb: Token) -> bool:
    """ "Sukkur had 23, Khairpur saw 20, Ghotki recorded 19": is ``verb`` one of two or more places in a sentence,
    each with its bare count (so that "Ghotki recorded 19" is a place, and no one who recorded)?"""
    return _bare_count(verb, counted=True) and any(t != verb and _bare_count(t) for t in verb.sent)


def place_verb_count(sent: Span, num: NumberMention, previous: list[Figure]) -> Figure | None:
    """ "Kashmore reported 17 women and 6 men murdered, Sukkur had 23, Khairpur saw 20, Ghotki recorded 19": a place
    that had so many, its count bare, after a count of people in the same sentence, counted as that count."""
    same = _people_counted_before(sent, previous)
    doc = sent.doc
    tok = doc[num.end - 1]
    after = doc[num.end] if num.end < sent.end else None
    if not same or looks_like_year(sent, num) or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _PLACE_VERBS:
        return None
    if after is not None and not (after.is_punct or after.lower_ in ("and", "while")):
        return None  # (its noun after it is its own count: "Sukkur had 23 deaths")
    verb = tok.head
    places = [c for c in verb.children if c.dep_ == "nsubj" and _named_place(c) and c.i < verb.i]
    if not places or places[0].left_edge.i <= same[0].number.end - 1 or not in_place_list(verb):
        return None
    last = same[-1]
    return Figure(num, None, False, last.measure, last.population, places[0].left_edge.i, num.end)


def _recorded_by_place(sent: Span, figure: Figure) -> bool:
    """Is ``figure`` what a named place recorded ("Karnataka alone has recorded 8,941 cases")?"""
    counted = figure.noun if figure.noun is not None else sent.doc[figure.number.end - 1]
    verb = counted.head
    return (
        counted.dep_ == "dobj"
        and verb.lemma_.lower() in _PLACE_VERBS
        and any(c.dep_ == "nsubj" and _named_place(c) and c.i < verb.i for c in verb.children)
    )


def place_gapped_count(sent: Span, num: NumberMention, previous: list[Figure]) -> Figure | None:
    """ "Karnataka alone has recorded 8,941 cases, Maharashtra 839 and Andhra Pradesh 492": after what a place
    recorded, another place and its count with the verb and the noun left out, counted as the first."""
    same = [f for f in previous if f.number.start >= sent.start]  # (cases too: what a place recorded is counted)
    if not same or not _recorded_by_place(sent, same[0]) or looks_like_year(sent, num):
        return None
    doc = sent.doc
    after = doc[num.end] if num.end < sent.end else None
    if after is not None and after.text not in (",", ";", ".", ")") and after.lower_ != "and":
        return None  # (its noun after it is its own count: "Maharashtra 839 cases")
    named = []
    k = num.first - 1
    while k > same[0].number.end and _named_place(doc[k]) and len(named) < 4:
        named.insert(0, doc[k])
        k -= 1
    if not named or (doc[k].text not in (",", ";") and doc[k].lower_ != "and"):
        return None
    if any(t.ent_type_ == "PERSON" for t in named):
        return None  # "..., Smith 45": a name and an age
    last = same[-1]
    return Figure(num, None, False, last.measure, last.population, named[0].i, num.end)


def listed_place_count(sent: Span, num: NumberMention, previous: list[Figure], earlier: Figure | None) -> Figure | None:
    """A place's count in a list of places that breaks down a figure, in any of the forms above."""
    return (
        bracketed_place_count(sent, num, previous)
        or place_line_count(sent, num, earlier)
        or place_comma_count(sent, num, previous)
        or place_verb_count(sent, num, previous)
        or place_gapped_count(sent, num, previous)
    )
