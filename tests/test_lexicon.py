"""The lexicons are data: each loads, and a key given twice is refused rather than silently overridden."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from tallygraph.lexicon import lexicon, load_strict

NAMES = sorted(
    p.name.removesuffix(".yaml") for p in resources.files("tallygraph.lexicon").iterdir() if p.name.endswith(".yaml")
)


@pytest.mark.parametrize("name", NAMES)
def test_each_lexicon_loads_as_a_mapping(name: str) -> None:
    assert isinstance(lexicon(name), dict) and lexicon(name)


def test_a_key_given_twice_is_refused() -> None:
    text = "phrasal_measures:\n  take: {hostage: captured}\n  cross: {border: displaced}\n  take: {away: captured}\n"
    with pytest.raises(yaml.constructor.ConstructorError, match="'take' given twice"):
        load_strict(text)


def test_the_same_key_in_different_mappings_is_fine() -> None:
    assert load_strict("a: {x: 1}\nb: {x: 2}\n") == {"a": {"x": 1}, "b": {"x": 2}}


def _leaves(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


@pytest.mark.parametrize("name", NAMES)
def test_no_word_is_read_as_a_boolean(name: str) -> None:
    """YAML reads a bare on, off, yes or no as true or false: the word "on" in a list of words must be quoted."""
    assert not [leaf for leaf in _leaves(lexicon(name)) if isinstance(leaf, bool)]
