"""Ranking Wikidata candidates: name match, class (P31) and context, and when to link without review.

Score of a candidate, from 0 to 1:

- name: 0.5 if one of our spellings is its English label as written, 0.45 if
  it is the label up to case or a leading "the", 0.35 if it is an alias;
- class: +0.3 if one of its classes fits the kind of our node (a news agency
  for an outlet, a town for a place, a war for an event; see
  ``lexicon/wikidata-classes.yaml``); dropped if all its classes fit other
  kinds only (a human for a place) or one is a class that never fits (a
  disambiguation page, a family name);
- context: +0.2 if its description names a word the articles around our node
  use (a capitalised word of their text, such as "Azerbaijan").

A node is linked without review only when its best candidate reaches the
threshold (default 0.9: the label, a fitting class and a context word) and no
other candidate comes within 0.2 of it. Everything else is written as a
proposal for a person to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tallygraph.lexicon import lexicon
from tallygraph.link.candidates import Candidate

__all__ = ["AUTO_THRESHOLD", "MARGIN", "Decision", "decide", "score"]

AUTO_THRESHOLD = 0.9
MARGIN = 0.2


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_][\w'-]*", text)}


def _fits(class_label: str, keywords: list[str]) -> bool:
    low = f" {' '.join(class_label.lower().split())} "
    return any(f" {k.lower()} " in low for k in keywords)


def score(candidate: Candidate, kind: str, context: set[str]) -> Candidate:
    """Fill in ``score`` and ``reasons`` for a node of ``kind`` (person, outlet, organisation, platform, place,
    event)."""
    lex = lexicon("wikidata-classes")
    reasons: list[str] = []
    if candidate.matched_by == "label" and candidate.exact_case:
        s = 0.5
        reasons.append("the name is its English label")
    elif candidate.matched_by == "label":
        s = 0.45
        reasons.append("the name is its English label, up to case")
    else:
        s = 0.35
        reasons.append("the name is one of its aliases")
    never = [c for c in candidate.classes if _fits(c, lex["never"]) or c.lower() in {n.lower() for n in lex["never"]}]
    if never:
        candidate.score, candidate.reasons = 0.0, [*reasons, f"dropped: it is a {never[0]}"]
        return candidate
    fitting = [c for c in candidate.classes if _fits(c, lex["fits"][kind])]
    if fitting:
        s += 0.3
        reasons.append(f"its class '{fitting[0]}' fits a {kind}")
    elif candidate.classes:
        other = [k for k in lex["fits"] if k != kind and any(_fits(c, lex["fits"][k]) for c in candidate.classes)]
        if other:
            candidate.score = 0.0
            candidate.reasons = [*reasons, f"dropped: its classes ({', '.join(candidate.classes)}) fit a {other[0]}"]
            return candidate
        reasons.append(f"its classes ({', '.join(candidate.classes)}) say nothing of a {kind}")
    else:
        reasons.append("no class (P31) given")
    shared = sorted(_words(candidate.description) & context)
    if shared:
        s += 0.2
        reasons.append(f"its description names '{shared[0]}', as the articles do")
    candidate.score, candidate.reasons = round(s, 2), reasons
    return candidate


@dataclass(frozen=True)
class Decision:
    """``auto`` (linked), ``review`` (proposals to check), ``none`` (no candidate) or ``offline`` (not looked up)."""

    status: str
    best: Candidate | None = None


def decide(candidates: list[Candidate] | None, threshold: float = AUTO_THRESHOLD) -> Decision:
    """Whether the best candidate may be linked without review."""
    if candidates is None:
        return Decision("offline")
    ranked = sorted((c for c in candidates if c.score > 0), key=lambda c: (-c.score, int(c.qid[1:])))
    if not ranked:
        return Decision("none")
    best = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    if best.score >= threshold and best.score - runner_up >= MARGIN:
        return Decision("auto", best)
    return Decision("review", best)
