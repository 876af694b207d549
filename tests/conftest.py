"""Shared fixtures: paths, the language model, and graphs built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tallygraph import api
from tallygraph.extract.pipeline import extract_article
from tallygraph.load import load_many
from tallygraph.model import Article, ArticleClaims
from tallygraph.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "data" / "articles"
GOLD = ROOT / "data" / "gold" / "seeds.yaml"
KNOWN_ARTICLES = FIXTURES / "known" / "articles"
KNOWN_CLAIMS = FIXTURES / "known" / "claims.yaml"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def seed_articles() -> list[Article]:
    articles, errors = load_many([SEEDS])
    assert not errors and len(articles) == 5
    return articles


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "seeds.trig"
    result = api.build([SEEDS], out)
    assert result.written, result.violations
    return out


@pytest.fixture(scope="session")
def known_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("known") / "known.trig"
    result = api.build([KNOWN_ARTICLES], out, claims_file=KNOWN_CLAIMS)
    assert result.written and not result.errors, (result.violations, result.errors)
    return out


def extract_text(nlp: Language, text: str, **meta: str) -> ArticleClaims:
    """Claims of one article given as text."""
    return extract_article(Article(file="t.txt", text=text, **meta), nlp)


def claims_of(nlp: Language, text: str, **meta: str) -> list:
    """The figure claims of one article given as text."""
    return extract_text(nlp, text, **meta).claims


def claim_quoting(claims: list, quote_part: str):  # type: ignore[no-untyped-def]
    """The first claim whose quote contains ``quote_part``."""
    return next(c for c in claims if quote_part in c.quote)
