"""Score predicted claims against a gold file by the corpus rule.

A predicted claim matches a gold claim when it is in the same article, has the
same value, and its evidence span overlaps the gold quote; predicted claims
are taken in document order, each matching the first unmatched gold claim
that fits. Attributes are then compared on matched pairs: qualifier, counts,
said_by (case-insensitive; an alias or an abbreviation of the same name
counts) and via (element by element, the same way).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tallygraph.model import ArticleClaims, Claim
from tallygraph.names import same_name

__all__ = ["ATTRIBUTES", "Score", "evaluate", "same_name"]

ATTRIBUTES = ("qualifier", "counts", "said_by", "via")


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    out, start = [], text.find(quote)
    while start >= 0:
        out.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return out


def _pred_span(text: str, claim: Claim) -> tuple[int, int] | None:
    if claim.start is not None and claim.end is not None:
        return claim.start, claim.end
    spans = _spans(text, claim.quote)
    return spans[0] if spans else None


def _attr_ok(attr: str, pred: Claim, gold: Claim, aliases: dict[str, set[str]] | None) -> bool:
    if attr == "said_by":
        return same_name(pred.said_by, gold.said_by, aliases)
    if attr == "via":
        return len(pred.via) == len(gold.via) and all(
            same_name(p, g, aliases) for p, g in zip(pred.via, gold.via, strict=True)
        )
    return bool(getattr(pred, attr) == getattr(gold, attr))


@dataclass
class Score:
    """Counts for one article or the whole run."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0))
    fully_correct: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.fully_correct += other.fully_correct
        for a in ATTRIBUTES:
            self.correct[a] += other.correct[a]

    def as_dict(self) -> dict[str, Any]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "claims": {
                "gold": self.gold,
                "predicted": self.predicted,
                "matched": self.matched,
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(f1, 4),
            },
            "attributes": {a: round(self.correct[a] / self.matched, 4) if self.matched else 0.0 for a in ATTRIBUTES},
            "fully_correct": round(self.fully_correct / self.gold, 4) if self.gold else 0.0,
        }


def _brief(c: Claim) -> dict[str, Any]:
    return {
        "quote": c.quote,
        "value": c.value,
        "qualifier": c.qualifier,
        "counts": c.counts,
        "said_by": c.said_by,
        "via": c.via,
    }


def evaluate(
    predicted: list[ArticleClaims],
    gold: list[ArticleClaims],
    texts: dict[str, str],
    aliases: dict[str, set[str]] | None = None,
) -> dict[str, Any]:
    """Scores as one JSON-ready dict: totals, per-article figures and every mismatch."""
    by_file = {a.file: a for a in predicted}
    total = Score()
    per_article = []
    warnings = []
    for g in gold:
        text = texts.get(g.file)
        if text is None:
            warnings.append(f"{g.file}: in the gold file but not among the articles")
            continue
        pred = by_file.get(g.file, ArticleClaims(file=g.file))
        score = Score(gold=len(g.claims), predicted=len(pred.claims))
        gold_spans = []
        for gc in g.claims:
            spans = _spans(text, gc.quote)
            if not spans:
                warnings.append(f"{g.file}: gold quote not found in the text: {gc.quote!r}")
            gold_spans.append(spans)
        taken = [False] * len(g.claims)
        mismatches: list[dict[str, Any]] = []
        for pc in pred.claims:
            span = _pred_span(text, pc)
            hit = None
            for k, gc in enumerate(g.claims):
                if taken[k] or gc.value != pc.value or span is None:
                    continue
                if any(s < span[1] and span[0] < e for s, e in gold_spans[k]):
                    hit = k
                    break
            if hit is None:
                mismatches.append({"kind": "spurious", "predicted": _brief(pc)})
                continue
            taken[hit] = True
            score.matched += 1
            gc = g.claims[hit]
            wrong = [a for a in ATTRIBUTES if not _attr_ok(a, pc, gc, aliases)]
            for a in ATTRIBUTES:
                score.correct[a] += a not in wrong
            if not wrong:
                score.fully_correct += 1
            else:
                mismatches.append(
                    {
                        "kind": "attributes",
                        "wrong": wrong,
                        "predicted": _brief(pc),
                        "gold": _brief(gc),
                    }
                )
        for k, gc in enumerate(g.claims):
            if not taken[k]:
                mismatches.append({"kind": "missed", "gold": _brief(gc)})
        total.add(score)
        per_article.append({"file": g.file, **score.as_dict(), "mismatches": mismatches})
    return {**total.as_dict(), "articles": per_article, "warnings": warnings}
