"""When two source names denote the same entity: case, articles, abbreviations, aliases."""

from __future__ import annotations

import re

__all__ = ["same_name"]


def _variants(name: str, *, initials: bool = True) -> set[str]:
    # words that are abbreviations themselves: "UN Assistance Mission in Afghanistan" is UNAMA
    short = {w.lower() for w in re.split(r"[\s-]+", name) if w.isalpha() and w.isupper() and 2 <= len(w) <= 4}
    name = re.sub(r"\s+", " ", name.replace("’", "'")).strip().lower()
    name = re.sub(r"^(the|an?) ", "", name).strip(" .,;:\"'")
    out = {name}
    paren = re.match(r"^(.*?)\s*\(([^)]+)\)$", name)
    if paren:
        out |= {paren.group(1).strip(), paren.group(2).strip()}
    for form in list(out):
        # "Fars news agency" is Fars, as a text names it either way
        agency = re.match(r"^(.+?) news agency$", form)
        if agency:
            out.add(agency.group(1))
    for form in list(out):
        # "azerbaijani state commission ..." is also "state commission ..."
        demonym = re.match(r"^[a-z]+(?:i|an|ian|ese|ish|ic) (.+)$", form)
        if demonym and len(demonym.group(1).split()) >= 2:
            out.add(demonym.group(1))
    if not initials:
        return out
    for form in list(out):
        words = [w for w in re.split(r"[\s-]+", form) if w and w not in ("of", "for", "and", "the")]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words))
            # "Committee on Missing Persons" is the CMP: acronyms skip the short prepositions too
            content = [w for w in words if w not in ("on", "in", "to", "at")]
            if len(content) >= 2:
                out.add("".join(w[0] for w in content))
                out.add("".join(w if w in short else w[0] for w in content))
    return out


def same_name(a: str, b: str, aliases: dict[str, set[str]] | None = None, *, strict: bool = False) -> bool:
    """Do two source names denote the same entity? (``aliases``: name -> other names). ``strict``: initials
    stand only for a name written as one word ("AP" for "Associated Press"), never two long names with the same
    initials ("state media" and "spokesman for the ministry")."""
    va, vb = _variants(a), _variants(b)
    if strict:
        whole_a, whole_b = _variants(a, initials=False), _variants(b, initials=False)
        return bool((va & whole_b) or (whole_a & vb))
    if aliases:
        for v in list(va):
            for other in aliases.get(v, set()):
                va |= _variants(other)
    return bool(va & vb)
