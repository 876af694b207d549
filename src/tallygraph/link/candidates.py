"""Wikidata candidates for a name: the stored query, sent online or answered from the cache."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from tallygraph.endpoint import Endpoint
from tallygraph.link.cache import AnswerCache
from tallygraph.link.mapping import normal_key
from tallygraph.query import StoredQuery, parse_query_file
from tallygraph.remote import values_block
from tallygraph.resources import wikidata_queries_dir

__all__ = ["Candidate", "Lookup", "candidates_query", "spellings"]

_ENTITY = "http://www.wikidata.org/entity/"


@dataclass
class Candidate:
    """One Wikidata item a name may denote, and why."""

    qid: str
    label: str = ""
    description: str = ""
    classes: list[str] = field(default_factory=list)
    matched_by: str = "alias"
    """``label`` when a name is the item's label, else ``alias``."""
    exact_case: bool = False
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def candidates_query() -> StoredQuery:
    """The stored query ``queries/wikidata/candidates.rq``."""
    return parse_query_file(wikidata_queries_dir() / "candidates.rq")


def spellings(name: str) -> list[str]:
    """The spellings of a name to look up: as written, without a leading "the", and with capitals."""
    plain = " ".join(name.replace("’", "'").split())
    bare = plain[4:] if plain.lower().startswith("the ") else plain
    out = [plain, bare, bare[:1].upper() + bare[1:], bare.title() if bare.islower() else bare]
    return sorted(set(out))


class Lookup:
    """Candidates per name, online (``endpoint`` given) or from the cache only."""

    def __init__(self, endpoint: Endpoint | None, cache: AnswerCache, endpoint_url: str, language: str = "en") -> None:
        self.endpoint, self.cache, self.url, self.language = endpoint, cache, endpoint_url, language
        self.query = candidates_query()
        self.sent = 0
        self.cached = 0

    def request(self, name: str) -> str:
        terms = [[ox.Literal(s, language=self.language)] for s in spellings(name)]
        return self.query.text + values_block([ox.Variable("name")], terms)

    def candidates(self, name: str) -> list[Candidate] | None:
        """Candidates for a name; None when offline and the cache has no answer."""
        request = self.request(name)
        answer = self.cache.get(self.url, request)
        if answer is not None:
            self.cached += 1
        elif self.endpoint is None:
            return None
        else:
            answer = self.endpoint.select(request)
            self.sent += 1
            self.cache.put(self.url, request, answer)
        return _parse(answer, name)


def _parse(answer: dict, name: str) -> list[Candidate]:
    by_qid: dict[str, Candidate] = {}
    for row in answer.get("results", {}).get("bindings", []):
        item = row.get("item", {}).get("value", "")
        if not item.startswith(_ENTITY):
            continue
        qid = item[len(_ENTITY) :]
        c = by_qid.setdefault(qid, Candidate(qid))
        c.label = c.label or row.get("itemLabel", {}).get("value", "")
        c.description = c.description or row.get("description", {}).get("value", "")
        cls = row.get("classLabel", {}).get("value") or row.get("class", {}).get("value", "").removeprefix(_ENTITY)
        if cls and cls not in c.classes:
            c.classes.append(cls)
        if row.get("matchedBy", {}).get("value") == "label":
            c.matched_by = "label"
            if row.get("name", {}).get("value") == " ".join(name.replace("’", "'").split()):
                c.exact_case = True
    for c in by_qid.values():
        c.classes.sort()
        if c.matched_by == "label" and not c.exact_case and normal_key(c.label) != normal_key(name):
            c.matched_by = "alias"  # matched another language's label only
    return [by_qid[q] for q in sorted(by_qid, key=lambda q: int(q[1:]))]
