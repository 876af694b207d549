"""Posts a page embeds: a tweet's text, then its signature ("— UNICEF (@UNICEF) October 26, 2016"). What the post
says, its author says on the platform."""

from __future__ import annotations

import re

from tallygraph.model import REPORTER, Claim

__all__ = ["credit_posts", "embedded_posts"]

# "— Malawi Government (@MalawiGovt) March 13, 2019": a dash, the author, the handle, the day it was posted.
_SIGNATURE = re.compile(
    r"(?:^|\s)[—–-]\s*(?P<name>[^\n()@—–]{2,60}?(?:\s*\([A-Z][\w.]*\))?)\s*\(@\w{1,30}\)\s+"
    r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\.?[ \t]*$",
    re.M,
)


def embedded_posts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, author) of each embedded post's text: the line the signature closes, or, for a signature on a
    line of its own, the last line with words before it."""
    posts: list[tuple[int, int, str]] = []
    for sig in _SIGNATURE.finditer(text):
        author = re.sub(r"\s*\([A-Z][\w.]*\)$", "", sig.group("name").strip())  # "(RBA)": its short form
        line_start = text.rfind("\n", 0, sig.start() + 1) + 1
        if text[line_start : sig.start()].strip():
            posts.append((line_start, sig.start(), author))
            continue
        before = text[:line_start].rstrip()
        start = before.rfind("\n") + 1
        if before[start:].strip():
            posts.append((start, len(before), author))
    return posts


def credit_posts(claims: list[Claim], text: str, platform: str) -> None:
    """Give the figures an embedded post states in its own voice to its author, on the platform."""
    posts = embedded_posts(text)
    for claim in claims:
        author = next((a for s, e, a in posts if s <= claim.start < e), None)
        if author is not None and claim.said_by == REPORTER:
            claim.said_by = author
            claim.via = [*claim.via, platform] if platform not in claim.via else claim.via
