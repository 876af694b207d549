"""The pipeline's attribute rules applied by table lookup, with the same result as spaCy's ``attribute_ruler``.

The ``attribute_ruler`` of the English pipelines maps each tag to its part of
speech and morphology, and corrects a few words ("gets" is "get"). It runs all
its ~180 rules through a token :class:`~spacy.matcher.Matcher`, which costs a
fifth of the parse on this machine. Nearly all of those rules test one token
for equal ``TAG``, ``LOWER`` or ``DEP`` values: a dictionary answers them.
The others (several tokens, a regular expression, ``NOT_IN``, ``IS_SPACE``)
stay with a Matcher. Every rule keeps its place in the order, as in spaCy,
where a later rule overrides an earlier one on the same token.
"""

from collections import defaultdict
from itertools import product
from operator import itemgetter

from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs
from spacy.vocab import Vocab

__all__ = ["AttributeLookup", "use_attribute_lookup"]

_KEYS = ("DEP", "LOWER", "TAG")
"""The token attributes a lookup rule may test, in the order of :data:`_ARRAY`."""
_ARRAY = [DEP, LOWER, TAG]


def _values(test: object) -> list[str] | None:
    """The values one key of a token pattern accepts, if it is a plain equality or ``IN`` test."""
    if isinstance(test, str):
        return [test]
    if isinstance(test, dict) and set(test) == {"IN"} and all(isinstance(v, str) for v in test["IN"]):
        return list(test["IN"])
    return None


class AttributeLookup:
    """The rules of an :class:`~spacy.pipeline.AttributeRuler` (its ``patterns``), applied in their order."""

    def __init__(self, vocab: Vocab, patterns: list[dict]) -> None:
        self.vocab = vocab
        strings = vocab.strings
        # For each subset of (DEP, LOWER, TAG) that some rule tests: the key values, as hashes -> rule numbers.
        self._tables: dict[tuple[int, ...], dict[tuple[int, ...], list[int]]] = defaultdict(lambda: defaultdict(list))
        self._matcher = Matcher(self.vocab)
        self._attrs = [normalize_token_attrs(vocab, spec["attrs"]) for spec in patterns]
        self._indices = [spec.get("index", 0) for spec in patterns]
        for rule, spec in enumerate(patterns):
            for pattern in spec["patterns"]:
                tests = pattern[0] if len(pattern) == 1 else {}
                values = {key: _values(test) for key, test in tests.items()}
                if tests and set(tests) <= set(_KEYS) and all(v is not None for v in values.values()):
                    columns = tuple(i for i, key in enumerate(_KEYS) if key in tests)
                    for combo in product(*(values[_KEYS[i]] for i in columns)):
                        self._tables[columns][tuple(strings.add(v) for v in combo)].append(rule)
                else:
                    self._matcher.add(str(rule), [pattern])
        # (a table of one column is keyed by the value itself, as ``itemgetter`` of one index gives it)
        self._lookups = [
            (itemgetter(*columns), {(key[0] if len(columns) == 1 else key): rules for key, rules in table.items()})
            for columns, table in self._tables.items()
        ]
        self._merged: dict[tuple[int, ...], dict] = {}

    def __call__(self, doc: Doc) -> Doc:
        per_token: dict[int, list[int]] = {}  # token -> the rules that match it
        for i, row in enumerate(doc.to_array(_ARRAY).tolist()):
            rules = [r for get, table in self._lookups for r in table.get(get(row), ())]
            if rules:
                per_token[i] = rules
        for match_id, start, end in self._matcher(doc, allow_missing=True):
            rule = int(self.vocab.strings[match_id])
            per_token.setdefault(Span(doc, start, end)[self._indices[rule]].i, []).append(rule)
        for token, rules in per_token.items():
            # in the rules' order, as spaCy applies its matches sorted by rule
            set_token_attrs(doc[token], self._merged_attrs(tuple(sorted(rules))))
        return doc

    def _merged_attrs(self, rules: tuple[int, ...]) -> dict:
        """The attributes of several rules on one token, a later rule's values over an earlier one's."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self._attrs[rule])
            self._merged[rules] = merged
        return merged


def use_attribute_lookup(nlp: Language) -> Language:
    """The pipeline with its ``attribute_ruler`` (if any) replaced by an :class:`AttributeLookup` of its rules."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        nlp.add_pipe("tallygraph_attribute_lookup", before="attribute_ruler", config={"patterns": ruler.patterns})
        nlp.remove_pipe("attribute_ruler")
    return nlp


# (no ``from __future__ import annotations`` in this module: spaCy checks a factory's arguments against
# its annotations, which must be types, not strings)
@Language.factory("tallygraph_attribute_lookup", default_config={"patterns": []})
def _make_attribute_lookup(nlp: Language, name: str, patterns: list[dict]) -> AttributeLookup:
    return AttributeLookup(nlp.vocab, patterns)
