"""Split an article into body paragraphs with their offsets; drop headings and page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tallygraph.lexicon import lexicon

__all__ = ["WIRE_DATELINE", "Block", "body_blocks"]

_TERMINAL = re.compile(r"""[.!?:;"”’')\]]\s*$""")
_MARKUP = re.compile(r"[*_#>]+")
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ ]{1,40})?(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*\(([A-Z][^)]{1,40})\)\s*[–—-]{1,2}\s*"
)
"""A wire dateline: "BEIRUT, December 6, 2013 (AFP) -", "GENEVA, Switzerland (AFP)—"; group 1 the agency."""

# Metadata at the head of a paragraph: "date 2024-02-29 ", "Baku, MINA – ", "BAKU (Reuters) - ".
_LEAD_META = re.compile(
    r"^(?:(?i:date)[:\s]+\d{4}-\d{2}-\d{2}\s+"
    r"|[A-Z][A-Za-z.' -]{1,40},\s+[A-Z][A-Za-z'’&.]*(?:\s+[A-Z][A-Za-z'’&.]*){0,4}\s+[–—-]{1,2}\s+"
    r"|[A-Z][A-Z.' -]{1,40}\s*\([^)]{2,40}\)\s*[–—-]{1,2}\s+)"
)


@dataclass(frozen=True)
class Block:
    """A paragraph of body text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str


def _is_heading(line: str) -> bool:
    bare = _MARKUP.sub("", line).strip()
    if not bare:
        return True
    if line.lstrip().startswith("#"):
        return True
    words = bare.split()
    # Headlines and sub-heads: short lines that do not end a sentence.
    return len(words) <= 16 and not _TERMINAL.search(bare)


def _is_boilerplate(line: str) -> bool:
    bare = _MARKUP.sub("", line).strip().lower()
    return any(bare.startswith(prefix) for prefix in lexicon()["boilerplate_prefixes"])


def body_blocks(text: str) -> list[Block]:
    """Paragraphs of the article body in order, each line-bounded and never a heading.

    Lines are grouped into paragraphs at blank lines; within a paragraph,
    heading and boilerplate lines are dropped.
    """
    blocks: list[Block] = []
    pos = 0
    current: list[tuple[int, int]] = []

    def flush() -> None:
        if current:
            start, end = current[0][0], current[-1][1]
            if not blocks:
                for pattern in (_LEAD_META, WIRE_DATELINE):  # a date marker, then a dateline
                    meta = pattern.match(text[start:end])
                    if meta and meta.end() < end - start:
                        start += meta.end()
            blocks.append(Block(start, end, text[start:end]))
            current.clear()

    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        content = text[start:end]
        if not content.strip():
            flush()
            continue
        if _is_heading(content) or _is_boilerplate(content):
            flush()
            continue
        # Trim leading/trailing spaces so offsets cover only text.
        lead = len(content) - len(content.lstrip())
        trail = len(content) - len(content.rstrip())
        current.append((start + lead, end - trail))
    flush()
    return blocks
