"""Lexicons for extraction, loaded from the YAML files in this package."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["forms", "lexicon", "load_strict"]


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping: the second would silently win."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_strict(text: str) -> Any:
    """Parse lexicon YAML, refusing duplicate keys."""
    return yaml.load(text, Loader=_StrictLoader)


@cache
def lexicon(name: str = "figures") -> dict[str, Any]:
    """The named lexicon (``figures`` by default) as a dictionary."""
    text = resources.files("tallygraph.lexicon").joinpath(f"{name}.yaml").read_text("utf-8")
    data: dict[str, Any] = load_strict(text)
    return data


@lru_cache(maxsize=1 << 16)
def forms(word: str, lemma: str) -> tuple[str, ...]:
    """A token's lemma, its lower-case form and a naive singular, for lexicon look-ups.

    spaCy's lemmatizer misses some plurals ("graves" -> "graf"), so a word is
    looked up under all three.
    """
    low = word.lower()
    out = [lemma.lower(), low]
    if low.endswith("ies") and len(low) > 4:
        out.append(low[:-3] + "y")
    elif low.endswith("es") and low[:-2].endswith(("sh", "ch", "x", "ss")):
        out.append(low[:-2])
    elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        out.append(low[:-1])
    return tuple(out)
