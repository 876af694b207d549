"""Bylines: the wire or outlet a story's byline names after its writers ("By AFP", "Katie Boyden and Josh Payne,
PA", "by Eric Baculinao and Alastair Jamieson, NBC News"), read without the time stamp a page put before it."""

from __future__ import annotations

import re

from tallygraph.extract.closing import agency_spelled
from tallygraph.extract.source import looks_outlet_name
from tallygraph.lexicon import lexicon

__all__ = ["outlet_byline", "undated", "writer_credit"]

_NEWS_WIRE = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:News\s?[Ww]ire|Newswire|Wire Service)")


def writer_credit(line: str) -> str | None:
    """The wire a byline names after its writers: "By AFP", "ByJON GAMBRELL Associated Press", "Qassim
    Abdul-Zahra, The Associated Press"."""
    # ("By contributor Martin Adames Alcantara and Danica Coto, Associated Press": what the writers are, first)
    by = re.match(r"^By\s*(?:(?:contributors?|staff|correspondents?|reporters?|writers?)\s+)*(?=[A-Z])(.+?)\.?$", line)
    if by and _NEWS_WIRE.fullmatch(by.group(1).strip()):
        return by.group(1).strip()  # "By RDM News Wire": a wire service of the outlet's group
    if by:
        words = by.group(1).replace(",", " ").split()
        for n in range(min(4, len(words)), 0, -1):
            writers = words[:-n]
            agency = agency_spelled(" ".join(words[-n:]))
            if agency and all(w[:1].isupper() or w == "and" for w in writers):
                return agency
        return None
    writers = re.match(r"^[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){1,5}\s*,\s*(\S+)$", line)
    if writers and writers.group(1) in lexicon()["signing_credits"]:
        return writers.group(1)  # "Katie Boyden and Josh Payne, PA"
    signed = re.match(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*,\s*(.+)$", line)
    return agency_spelled(signed.group(1)) if signed else None


def outlet_byline(line: str) -> str | None:
    """The outlet a byline names after its writers: "by By Eric Baculinao and Alastair Jamieson, NBC News", "By
    Harry Pearl of BenarNews"."""
    byline = re.match(
        r"^(?:[Bb]y\s+)?By\s+[A-Z][\w'’.-]*(?:(?:\s+|\s+and\s+)[A-Z][\w'’.-]*){1,8}(?:,|\s+of(?:\s+the)?)\s*(.+?)\s*$",
        undated(line),
    )
    role = byline is not None and byline.group(1).split()[-1].lower() in lexicon()["writer_roles"]
    if byline and looks_outlet_name(byline.group(1)) and len(byline.group(1).split()) <= 4 and not role:
        return byline.group(1)
    return None


def undated(line: str) -> str:
    """A line without the "date 2019-03" a page's metadata put before it, or the time stamp a byline opens with
    ("30 August 2015 - 17:56 By RDM News Wire")."""
    line = re.sub(r"^date\s+\d{4}(?:-\d{2}){0,2}\s+", "", line)
    # ("By ANI Published Date - 09:20 AM, Fri - 6 October 23": and the time stamp it closes with)
    line = re.sub(
        r"^(By\b.*?)\s+(?:Published|Updated|Last [Uu]pdated)(?: [Dd]ate| on)?\s*[-–—:|]\s*.*\d.*$", r"\1", line
    )
    # (and "July 12, 1987|By United Press International.")
    return re.sub(
        r"^(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+\d{4}\s*[-–—|,]?\s*(?:\d{1,2}:\d{2}\s+)?(?=By\b)",
        "",
        line,
    )
