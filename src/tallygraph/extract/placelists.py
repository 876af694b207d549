"""Lists of places, each with its count, that break down a figure: "in the Departments of Nariño (25), Putumayo
(17), ... and Bolivar (7)", or one line of a breakdown, "• Graves County - 21"."""

from __future__ import annotations

from spacy.tokens import Span

from tallygraph.extract.figure import Figure
from tallygraph.extract.measures import measure_word
from tallygraph.extract.numbers import NumberMention, looks_like_year
from tallygraph.extract.segment import BULLETS
from tallygraph.lexicon import lexicon

__all__ = ["bracketed_place_count", "place_line_count"]

_PEOPLE_MEASURES = frozenset(lexicon()["people_measures"])


def _bracketed(sent: Span, start: int, end: int) -> bool:
    """Is the number at ``start:end`` in brackets right after a proper name?"""
    doc = sent.doc
    if start - 2 < sent.start or end >= sent.end or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    return doc[start - 2].pos_ == "PROPN"


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
    named = doc[listed[0].i - 2]
    opening = doc[max(sent.start, named.left_edge.i - 3) : named.left_edge.i + 1]
    if not any(t.lower_ in ("in", "of", "from", "across", "including") for t in opening):
        return None
    same_sentence = [f for f in previous if f.number.start >= sent.start]
    measure = same_sentence[-1].measure if same_sentence else None
    if measure is None:
        cues = (measure_word(t) for t in doc[sent.start : listed[0].i] if t.pos_ in ("NOUN", "PROPN"))
        measure = next((m for m in cues if m in _PEOPLE_MEASURES), None)
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
