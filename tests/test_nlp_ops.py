"""The loaded pipeline multiplies with numpy, not BLIS, and parses the articles exactly as the stock one does."""

from __future__ import annotations

import spacy
from spacy.language import Language
from thinc.api import NumpyOps, get_current_ops

from tallygraph.model import Article
from tallygraph.nlp import model_name, multiply_with_numpy


def _parse(nlp: Language, texts: list[str]) -> list[list[tuple[str, str, str, int, str, str]]]:
    return [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc] for doc in nlp.pipe(texts)]


def test_every_trained_layer_multiplies_with_numpy(nlp: Language) -> None:
    models = [getattr(proc, "model", None) for _, proc in nlp.pipeline]
    layers = [node for model in models if model is not None for node in model.walk()]
    assert layers
    assert all(isinstance(node.ops, NumpyOps) and not node.ops.use_blis for node in layers)


def test_loading_leaves_the_current_backend_alone(nlp: Language) -> None:
    ops = get_current_ops()
    assert not (isinstance(ops, NumpyOps) and not ops.use_blis)


def test_numpy_gives_the_tags_dependencies_and_entities_blis_gives(seed_articles: list[Article]) -> None:
    texts = [a.text for a in seed_articles]
    stock = spacy.load(model_name())
    assert stock.get_pipe("ner").model.ops.use_blis
    by_numpy = multiply_with_numpy(spacy.load(model_name()))
    assert not by_numpy.get_pipe("ner").model.ops.use_blis
    assert _parse(by_numpy, texts) == _parse(stock, texts)
