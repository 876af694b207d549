"""Lexicons for extraction, loaded from the YAML files in this package."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["lexicon"]


@cache
def lexicon(name: str = "figures") -> dict[str, Any]:
    """The named lexicon (``figures`` by default) as a dictionary."""
    text = resources.files("tallygraph.lexicon").joinpath(f"{name}.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data
