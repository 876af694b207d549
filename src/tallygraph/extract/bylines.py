"""Bylines: the wire or outlet a story's byline names after its writers ("By AFP", "Katie Boyden and Josh Payne,
PA", "by Eric Baculinao and Alastair Jamieson, NBC News"), read without the time stamp a page put before it."""

from __future__ import annotations

import re

from tallygraph.extract.closing import agency_spelled
from tallygraph.extract.source import looks_outlet_name
from tallygraph.lexicon import lexicon

__all__ = ["barred_credit", "outlet_byline", "undated", "writer_credit"]

_NEWS_WIRE = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:News\s?[Ww]ire|Newswire|Wire Services?)")


def writer_credit(line: str) -> str | None:
    """The wire a byline names after its writers: "By AFP", "ByJON GAMBRELL Associated Press", "Qassim
    Abdul-Zahra, The Associated Press"."""
    # ("From Times Wire Services": the wire service of the outlet's group, or a wire, alone)
    sent_from = re.fullmatch(r"From\s+(?:the\s+)?([A-Z][\w&.' -]{1,40}?)\.?", line)
    if sent_from and _NEWS_WIRE.fullmatch(sent_from.group(1)):
        return sent_from.group(1)
    if sent_from:
        return agency_spelled(sent_from.group(1))
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
    # ("By Los Angeles Times": the outlet alone, as the byline)
    alone = re.fullmatch(r"By\s+((?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})", undated(line))
    if alone and alone.group(1).split()[-1].lower() in lexicon()["outlet_words"] and looks_outlet_name(alone.group(1)):
        return alone.group(1)
    return None


def barred_credit(line: str) -> str | None:
    """The wire a line of a byline's fields set off by bars closes with: "Farah Abdi Warsameh | Associated Press",
    "Jan 13, 2019, 13:41 IST | AP" (a writer or a time stamp before it; not a photo's caption, "... | PTI")."""
    fields = [f.strip() for f in line.split("|")]
    if not 2 <= len(fields) <= 3 or any(w in line.lower().split() for w in ("photo", "photos", "file", "image")):
        return None
    agency = agency_spelled(fields[-1])
    for field in fields[:-1]:
        stamp = re.search(r"\b(?:\d{4}|\d{1,2}:\d{2})\b", field) is not None and len(field.split()) <= 8
        writer = re.fullmatch(r"(?:By\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}", field) is not None
        if not stamp and not writer:
            return None
    return agency


def undated(line: str) -> str:
    """A line without the "date 2019-03" a page's metadata put before it, or the time stamp a byline opens with
    ("30 August 2015 - 17:56 By RDM News Wire")."""
    line = re.sub(r"^date\s+\d{4}(?:-\d{2}){0,2}\s+", "", line)
    # ("By ANI Published Date - 09:20 AM, Fri - 6 October 23": and the time stamp it closes with)
    line = re.sub(
        r"^(By\b.*?)\s+(?:Published|Updated|Last [Uu]pdated)(?: [Dd]ate| on)?\s*[-–—:|]\s*.*\d.*$", r"\1", line
    )
    # (and "July 12, 1987|By United Press International.")
    line = re.sub(r"\s*[•·|]\s*$", "", line)  # ("By Associated Press  •": the bullet before the page's date)
    return re.sub(
        r"^(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+\d{4}\s*[-–—|,]?\s*(?:\d{1,2}:\d{2}\s+)?(?=By\b)",
        "",
        line,
    )
