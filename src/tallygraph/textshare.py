"""Articles that share whole passages word for word derive from one source."""

from __future__ import annotations

import re

from tallygraph.extract.segment import body_blocks
from tallygraph.model import Article

__all__ = ["SHARED_SHINGLES", "shared_text_pairs"]

SHARED_SHINGLES = 15
"""Articles sharing at least this many 8-word sequences share text.

One derives from the other, or both from one source."""


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", " ".join(b.text for b in body_blocks(text)).lower())
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


def shared_text_pairs(articles: list[Article], threshold: int = SHARED_SHINGLES) -> list[tuple[Article, Article]]:
    """Pairs of articles that share whole passages word for word."""
    sh = [(a, _shingles(a.text)) for a in articles]
    out = []
    for i in range(len(sh)):
        for j in range(i + 1, len(sh)):
            if sh[i][0].sha256 != sh[j][0].sha256 and len(sh[i][1] & sh[j][1]) >= threshold:
                out.append((sh[i][0], sh[j][0]))
    return out
