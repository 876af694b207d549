"""Which event a figure is about: named events, and generic ones made of kind, place and year.

The rule, in order:

1. Named events ("the First Karabakh War", "the Khojaly Massacre") are looked up
   in the event lexicon by alias; the label is the Wikidata label. A name made
   of a characterising word and no lexicon entry gets a neutral label.
2. A generic event noun ("mass grave", "landmine", "clashes") becomes
   ``kind + place + year``: the nearest place in the sentence that is not an
   apposition of another place, and the year the sentence states (else none).
3. A generic war with a year resolves to the lexicon war of that year whose
   context words the article contains; a generic act of violence at a place
   resolves to a named event of the article that carries that place's name.
4. A figure takes the event mention nearest to it in the dependency tree; an
   event inside another figure's phrase counts only if it is a war or conflict.
   With none in its sentence it takes the event of the previous figure or the
   last salient event of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from tallygraph.lexicon import forms, lexicon

__all__ = ["EventMention", "EventState", "assign_event", "sentence_events", "slugify"]

_CONTAINERS = {"war", "conflict", "invasion"}
_VIOLENCE = {
    "offensive",
    "attack",
    "strike",
    "shelling",
    "bombing",
    "massacre",
    "shooting",
    "fighting",
    "clashes",
    "siege",
    "airstrike",
}
_ORDINALS = {"first", "second", "third", "fourth", "fifth"}
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)s?\b")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Khojaly massacre" -> "khojaly-massacre")."""
    text = text.replace("’", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "event"


@dataclass
class EventMention:
    """An event named or described in a sentence."""

    slug: str
    label: str
    kind: str
    token: int
    place: str | None = None
    year: str | None = None
    named: bool = False
    salient: bool = False

    @property
    def container(self) -> bool:
        return self.kind in _CONTAINERS


@dataclass
class EventState:
    """Events an article has mentioned so far, and the text for lexicon context."""

    text: str
    named: list[EventMention]
    last: EventMention | None = None
    year: str | None = None  # the article's year: a generic event with no year of its own is recent news


@cache
def _gazetteer() -> list[dict[str, object]]:
    entries: list[dict[str, object]] = lexicon("events")["events"]
    return entries


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace("’", "'")).strip()


def _lookup(name: str, text: str) -> dict[str, object] | None:
    key = _norm(name)
    for entry in _gazetteer():
        aliases = [str(a) for a in entry.get("aliases", [])]  # type: ignore[union-attr]
        if key in {_norm(a) for a in [*aliases, str(entry["label"])]} and _in_context(entry, text):
            return entry
    return None


def _in_context(entry: dict[str, object], text: str) -> bool:
    words = [str(w) for w in entry.get("context", [])]  # type: ignore[union-attr]
    return not words or any(w.lower() in text.lower() for w in words)


def _war_of_year(kind: str, year: str, text: str) -> dict[str, object] | None:
    for entry in _gazetteer():
        years = entry.get("years") or []
        if (
            entry["kind"] == kind
            and len(years) == 2
            and int(years[0]) <= int(year) <= int(years[1])
            and _in_context(entry, text)
        ):  # type: ignore[arg-type]
            return entry
    return None


def _place(sent: Span, tok: Token, within: set[int] | None = None) -> str | None:
    places = [e for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC")]
    if within is not None:
        places = [e for e in places if e.root.i in within]
    # "Khojaly, Azerbaijan": the apposition is the broader place.
    places = [e for e in places if not (e.root.dep_ == "appos" and e.root.head.ent_type_ in ("GPE", "LOC"))]
    if not places:
        return None
    best = min(places, key=lambda e: abs(e.root.i - tok.i))
    return best.text.replace("’", "'")


def _year(sent: Span) -> str | None:
    for ent in sent.ents:
        if ent.label_ == "DATE":
            found = _YEAR.search(ent.text)
            if found:
                return found.group(1)
    return None


def _is_name_word(tok: Token) -> bool:
    """A word that makes an event a named one: not a nationality, not a sentence-initial capital."""
    if tok.lower_ in _ORDINALS:
        return True
    if tok.ent_type_ == "NORP" or re.fullmatch(r"[A-Z][a-z]+(?:i|an|ian|ese|ish)", tok.text):
        return False
    if "-" in tok.text or tok.i == tok.sent.start:
        return tok.pos_ == "PROPN" and tok.i != tok.sent.start
    return tok.pos_ == "PROPN" or tok.text[:1].isupper()


def _during_named(tok: Token, state: EventState) -> EventMention | None:
    """ "attacks on Azerbaijan during the First Karabakh War": part of the named war."""
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "during":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found = _mention(obj.sent, obj, state)
                    if found is not None and found.named:
                        return found
    return None


def _name_tokens(tok: Token) -> list[Token]:
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "nummod")]
    return [t for m in mods for t in m.subtree if t.i < tok.i and t.text not in ("(", ")")]


def _mention(sent: Span, tok: Token, state: EventState) -> EventMention | None:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    nouns: dict[str, str] = lexicon()["event_nouns"]
    lemma = next((f for f in forms(tok.text, tok.lemma_) if f in nouns), None)
    if lemma is None:
        return None
    kind = nouns[lemma]
    salient = tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.dep_ == "ROOT"
    mods = _name_tokens(tok)
    proper = [m for m in mods if _is_name_word(m)]
    years = [m.text.rstrip("s") for m in mods if _YEAR.fullmatch(m.text)]
    if proper:
        name = sent.doc[min(m.i for m in mods) : tok.i + 1].text.replace("(", "").replace(")", "")
        entry = _lookup(name, state.text)
        if entry is not None:
            label = str(entry["label"])
            return EventMention(slugify(label), label, str(entry["kind"]), tok.i, named=True, salient=True)
        charged = [str(w) for w in lexicon()["charged_words"]]
        if any(w in name.lower() for w in charged) or tok.lower_ in charged:
            base = " ".join(m.text for m in proper if m.lower_ not in charged)
            name = f"{base} events".strip()
        year = years[0] if years else _year(sent)
        slug = slugify(f"{name} {year}" if year and year not in name else name)
        return EventMention(slug, name, kind, tok.i, year=year, named=True, salient=True)
    during = _during_named(tok, state)
    if during is not None:
        return EventMention(during.slug, during.label, during.kind, tok.i, named=True, salient=salient)
    year = years[0] if years else _year(sent)
    if kind in _CONTAINERS:
        entry = _war_of_year(kind, year, state.text) if year else None
        if entry is not None:
            label = str(entry["label"])
            return EventMention(slugify(label), label, kind, tok.i, named=True, salient=True)
        if year is None and state.named:
            same = [m for m in state.named if m.kind == kind]
            if same:
                prev = same[-1]
                return EventMention(prev.slug, prev.label, prev.kind, tok.i, named=True, salient=salient)
    place = _place(sent, tok)
    year = year or state.year
    if kind in _VIOLENCE and place:
        for named in state.named:
            if place.lower() in named.label.lower():
                return EventMention(named.slug, named.label, named.kind, tok.i, named=True, salient=salient)
    if place is None and not years and tok.dep_ != "ROOT":
        # "at the mass grave": the last one the article described.
        definite = any(c.lower_ in ("the", "this", "that") for c in tok.children)
        if definite and state.last is not None and state.last.kind == kind:
            prev = state.last
            return EventMention(prev.slug, prev.label, prev.kind, tok.i, prev.place, prev.year, prev.named, salient)
    label = kind + (f" in {place}" if place else "") + (f" ({year})" if year else "")
    slug = slugify(" ".join(x for x in (kind, place, year) if x))
    return EventMention(slug, label, kind, tok.i, place=place, year=year, salient=salient)


def _phrase_head(tok: Token) -> int:
    """ "road and construction works": distances count from the phrase's head noun."""
    while (
        tok.dep_ in ("compound", "nmod", "conj", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i
    ):
        tok = tok.head
    return tok.i


def sentence_events(sent: Span, state: EventState) -> list[EventMention]:
    """Every event mention in a sentence (named ones first remembered in ``state``)."""
    out: list[EventMention] = []
    for tok in sent:
        mention = _mention(sent, tok, state)
        if mention is not None:
            mention.token = _phrase_head(tok)
        if mention is None and out and tok.lower_ == "another" and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            # "a grave was found near A, while another was found on the B road"
            prev = out[-1]
            place = _place(sent, tok, {t.i for t in tok.head.subtree})
            if place and place != prev.place:
                label = f"{prev.kind} in {place}" + (f" ({prev.year})" if prev.year else "")
                slug = slugify(" ".join(x for x in (prev.kind, place, prev.year) if x))
                mention = EventMention(slug, label, prev.kind, tok.i, place=place, year=prev.year)
        if mention is not None:
            out.append(mention)
    return out


def _depth_path(tok: Token) -> list[int]:
    path = [tok.i]
    while tok.head.i != tok.i:
        tok = tok.head
        path.append(tok.i)
    return path


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    pa, pb = _depth_path(a), _depth_path(b)
    common = set(pa) & set(pb)
    da = next(i for i, t in enumerate(pa) if t in common)
    db = next(i for i, t in enumerate(pb) if t in common)
    return da + db


def assign_event(
    number: Token, events: list[EventMention], nested: list[set[int]], state: EventState
) -> EventMention | None:
    """The event a figure is about (see the module rule); ``None`` if nothing applies."""
    doc = number.doc
    best: tuple[int, EventMention] | None = None
    for ev in events:
        dist = tree_distance(number, doc[ev.token])
        if any(ev.token in span and number.i not in span for span in nested) and not ev.container:
            dist += 10
        limit = 12 if ev.named else 6
        if dist > limit:
            continue
        if best is None or dist < best[0]:
            best = (dist, ev)
    if best is not None:
        return best[1]
    return state.last
