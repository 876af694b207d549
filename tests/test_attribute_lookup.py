"""The attribute rules applied by lookup give what spaCy's ``attribute_ruler`` gives."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tallygraph.attribute_lookup import AttributeLookup, use_attribute_lookup
from tallygraph.model import Article
from tallygraph.nlp import model_name

EXTRA = [
    # two spaces (a space token) and rules over two tokens ("Let's", "gonna")
    "Let's be clear:  the toll is gonna rise, the governor said.",
    "There were 27 bodies in the grave, and there is more to come, he said.",
    "He gets the figure from the ministry; it got revised twice.",
]


def _annotations(nlp: Language, texts: list[str]) -> list[list[tuple[str, str, str, str, str]]]:
    return [[(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(texts)]


def test_the_same_parts_of_speech_morphology_and_lemmas_as_the_ruler(seed_articles: list[Article]) -> None:
    texts = [a.text for a in seed_articles] + EXTRA
    stock = spacy.load(model_name())
    fast = use_attribute_lookup(spacy.load(model_name()))
    assert "attribute_ruler" in stock.pipe_names
    assert "attribute_ruler" not in fast.pipe_names
    assert _annotations(fast, texts) == _annotations(stock, texts)


PATTERNS = [
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"LOWER": "bodies"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}, "LOWER": "found"}]], "attrs": {"LEMMA": "find"}},
    {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"LEMMA": "us"}, "index": 1},
    {"patterns": [[{"TAG": "NNS", "LOWER": {"NOT_IN": ["bodies"]}}]], "attrs": {"POS": "X"}},
]


def _doc(vocab: Vocab) -> Doc:
    words = ["Let", "'s", "say", "bodies", "were", "found", "in", "graves"]
    tags = ["VB", "PRP", "VB", "NNS", "VBD", "VBN", "IN", "NNS"]
    return Doc(vocab, words=words, tags=tags)


def _by_ruler(patterns: list[dict]) -> list[tuple[str, str, str]]:
    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(patterns)
    return [(t.pos_, str(t.morph), t.lemma_) for t in ruler(_doc(vocab))]


def _by_lookup(patterns: list[dict]) -> list[tuple[str, str, str]]:
    vocab = spacy.blank("en").vocab
    return [(t.pos_, str(t.morph), t.lemma_) for t in AttributeLookup(vocab, patterns)(_doc(vocab))]


def test_a_later_rule_overrides_an_earlier_one_in_either_order() -> None:
    forward = _by_lookup(PATTERNS)
    assert forward == _by_ruler(PATTERNS)
    assert forward[3][0] == "PROPN" and forward[7][0] == "X"  # "bodies" by its word; "graves" by the last rule
    assert forward[1][2] == "us" and forward[5][2] == "find"  # a rule over two tokens; an IN test
    backward = _by_lookup(PATTERNS[::-1])
    assert backward == _by_ruler(PATTERNS[::-1])
    assert backward[3][0] == "NOUN" and backward[7][0] == "NOUN"
