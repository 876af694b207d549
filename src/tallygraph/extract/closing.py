"""Credits that close a story ("(With inputs from PTI)", "Source: Reuters", a wire's copyright) and the wire a
credit names however it spells it."""

from __future__ import annotations

import re

from tallygraph.extract.source import looks_outlet_name
from tallygraph.lexicon import lexicon

__all__ = [
    "agency_spelled",
    "closing_credit",
    "copyright_holder",
    "outlet_credit",
    "spelled_before",
    "wire_credit",
]

# "Source: Reuters", "Source - The Associated Press", "Źródło: Reuters" (a Polish page), "Source: trust.org"
_SOURCE_LINE = re.compile(
    r"^\(?(?:Source|Sources|Via|Courtesy(?: of)?|Źródło|Fuente|Fonte|Quelle|Kaynak)\s*([:–—-]?)\s*"
    r"([A-Z][\w'’&. -]{1,40}?|[a-z][\w-]*\.(?:org|com|net|info))\)?\s*$"
)

# "© Copyright AFP Agence France-Presse GmbH", "Copyright 2024 The Associated Press.": the holder's first words
_COPYRIGHT = re.compile(
    r"^(?=©|\([Cc]\)|Copyright)(?:©|\([Cc]\))?\s*(?:Copyright\s*)?(?:©\s*)?(?:\d{4}\s+)?"
    r"((?:The\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
)


def agency_spelled(name: str) -> str | None:
    """The wire agency a credit names however it spells it: "Afp", "The Associated Press", "ANADOLU"
    (Anadolu Agency)."""
    canonical = {a.lower(): a for a in lexicon()["wire_agencies"]}
    low = re.sub(r"^the\s+", "", name.strip().lower())
    for spelled in (low, f"{low} agency", f"{low} news agency"):
        if spelled in canonical:
            return canonical[spelled]
    return None


def wire_credit(credit: str, agencies: set[str]) -> bool:
    """A wire's credit: "AFP", or agencies joined, the relaying one first ("Sapa-DPA", "AFP/Reuters")."""
    return credit in agencies or all(part in agencies for part in re.split(r"\s*[-/]\s*", credit))


def copyright_holder(line: str) -> str | None:
    """The wire a copyright line names: "Copyright 2024 The Associated Press. All rights reserved." """
    held = _COPYRIGHT.match(line)
    pictured = held and re.search(r"\b(?:Photos?|Images?|Pictures?|Video)\b", held.group(1))
    if held and not pictured:  # not a photograph's "© AP Photo"
        words = held.group(1).split()
        for n in range(len(words), 0, -1):
            agency = agency_spelled(" ".join(words[:n]))
            if agency:
                return agency
    return None


def closing_credit(lines: list[str], agencies: set[str]) -> str | None:
    """A credit closing the story: "(With inputs from PTI)", "(Source: Reuters)", "... . (dpa)"."""
    for line in lines[-3:]:
        # "(With inputs from PTI)", "with AFP"
        inputs = re.match(
            r"^\(?\s*[Ww]ith (?:inputs from |reporting from |reporting by )?([A-Z][\w'’&. -]{1,30}?)\s*\)?\.?$", line
        )
        if inputs and inputs.group(1).strip() in agencies:
            return inputs.group(1).strip()
        # "AFP contributed to this report.", "Reuters contributed reporting."
        contributed = re.fullmatch(
            r"([A-Z][\w'’&. -]{1,30}?)\s+contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\.?", line
        )
        if contributed and agency_spelled(contributed.group(1)):
            return agency_spelled(contributed.group(1))
        # "(Reuters - Reporting by Inti Landauro, Emma Pinedo and Nathan Allen; Editing by Alex Richardson)"
        staff = re.match(r"^\(\s*([A-Z][\w-]{1,20})\s*[-–—]\s*(?:Additional )?(?:[Rr]eporting|[Ww]riting) by ", line)
        if staff and staff.group(1) in agencies:
            return staff.group(1)
    for line in lines[-3:]:
        # "© Copyright AFP Agence France-Presse GmbH - All rights reserved.", "Copyright 2024 The Associated Press.
        # All rights reserved.": the wire's copyright closing its story
        agency = copyright_holder(line)
        if agency:
            return agency
    if len(lines) >= 2 and re.fullmatch(r"\(?(?:Source|SOURCE|Sources)\s*:", lines[-2]):
        # "SOURCE:" and, on the line below, "Reuters news agency"
        named = re.sub(r"\s+news agency$", "", lines[-1].strip(" .()"))
        if wire_credit(named, agencies) or looks_outlet_name(named):
            return named
    upper = {a.upper() for a in agencies}
    for line in lines[-2:]:
        # "Based on materials of BelTA": the wire the story was written from
        based = re.fullmatch(r"Based on (?:the )?materials (?:of|from|by) ([A-Z][\w'’&. -]{1,30}?)\.?", line.strip())
        if based:
            return based.group(1)
        # "Source: El Universal (sp), El Imparcial (sp)": the outlets the story was written from, each with the
        # language it is in
        tagged = re.fullmatch(r"Sources?\s*:\s*(.+)", line.strip())
        items = (
            [re.fullmatch(r"(\w[\w'’. -]{1,40}?)\s*\([a-z]{2}\)", w.strip()) for w in tagged.group(1).split(",")]
            if tagged
            else []
        )
        if items and all(items):
            return " / ".join(item.group(1) for item in items if item)
        # "SourceFR24, AFP": the page's source line, the label run into the wires it names
        listed = re.fullmatch(r"Sources?\s*:?\s*([A-Z][\w-]{1,20}(?:,\s*[A-Z][\w-]{1,20})+)", line.strip())
        if listed and any(wire_credit(w.strip(), agencies) for w in listed.group(1).split(",")):
            return "/".join(w.strip() for w in listed.group(1).split(","))
        match = _SOURCE_LINE.match(line)
        # "Source: Reuters"; "Source Addis Standard" without its colon only when it names an outlet
        pictured = match is not None and match.group(2).strip(" .").lower() in lexicon()["image_libraries"]
        if match and not pictured and (match.group(1) or looks_outlet_name(match.group(2).strip())):
            return match.group(2).strip(" .")
        if wire_credit(line.strip(" .-–—()"), agencies):  # a credit line: "AFP"
            return line.strip(" .-–—()")
        if line.strip(" .-–—()") in upper:  # "(REUTERS)"
            return line.strip(" .-–—()")
        # "... will mark the end of Talon's rule. REUTERS": the wire in capitals after the story's last sentence
        signed = re.search(r"[.!?\"”’]\s+([A-Z]{2,}(?:[ /-][A-Z]{2,})*)\s*$", line) if line == lines[-1] else None
        if signed and signed.group(1) in upper:
            return signed.group(1)
        if line == lines[-1] and line.startswith("The ") and wire_credit(line[4:].strip(" ."), agencies):
            return line.strip(" .")  # "The Associated Press" closing the story
        site = re.fullmatch(r"(?:www\.)?([a-z0-9-]+)(?:\.[a-z]{2,3}){1,2}", line.strip()) if line == lines[-1] else None
        if site is not None:
            # "rnz.co.nz" alone after the story: the site it comes from ("reuters.com": the agency)
            return agency_spelled(site.group(1)) or line.strip()
        if line == lines[-1] and re.fullmatch(r"[(–—-]*\s*(?:Agencies|AGENCIES)\s*\)?\.?", line.strip()):
            return "Agencies"  # the story's last line: "Agencies"
        # "Source : aa", "Xinhua - Agencies": a wire spelled in lower case, a wire among others
        sourced = re.fullmatch(r"\(?(?:Source|SOURCE)\s*:\s*([a-z]{2,6})\)?\.?", line)
        pooled = re.fullmatch(r"([A-Z][\w-]*)\s+[-–—]\s+[Aa]gencies", line)
        for found in (sourced, pooled):
            if found and agency_spelled(found.group(1)):
                return agency_spelled(found.group(1))
        # "... despite repeated attempts by the government to improve its record, reports the AP. I.L.": the
        # story's last words credit the agency in the present tense (an editor's initials may follow); a past
        # "..., reported AFP." sources its sentence only
        reports = re.search(r",\s+(?:reports|writes)\s+(?:the\s+)?([A-Z][\w-]*)\.\s*(?:[A-Z]\.){0,3}\s*$", line)
        if reports and reports.group(1) in agencies and line == lines[-1]:
            return reports.group(1)
        # "... at 2 billion rupees (43 million dollars). (dpa)", "... in need of food aid. — Sapa-DPA", "... police
        # said on Monday. -- PTI" (a dash typed as two hyphens): a credit closing the last paragraph
        closing = re.search(r"[.!?”\"]\s*(?:--|[(–—-])\s*([A-Za-z][\w'’&. /-]{1,30}?)\s*\)?\s*$", line)
        signed_off = closing is not None and closing.group(1).strip() in lexicon()["signing_credits"]
        if closing and (wire_credit(closing.group(1).strip(), agencies) or (signed_off and line == lines[-1])):
            return closing.group(1).strip()
        # "... in Sudan. - BERNAMA-XINHUA": agencies in capitals, as they spell themselves
        parts = re.split(r"\s*[-/]\s*", closing.group(1).strip()) if closing else []
        spelled = [agency_spelled(p) for p in parts if p.isupper()]
        if len(parts) > 1 and len(spelled) == len(parts) and all(spelled):
            return "/".join(a for a in spelled if a)
        # "... a civil transition government of at least three years necessary. IANS": the wire's name alone
        # after the story's last sentence
        signed = re.search(r"[.!?”\"]\s+([A-Z]{2,6})\s*$", line)
        if signed and signed.group(1) in agencies and line == lines[-1]:
            return signed.group(1)
    return None


def spelled_before(line: str, credit: str) -> bool:
    """ "World Health Organization (WHO) Director-General ...", "District Health Officer (DHO) Abdul ...": an
    abbreviation of the words before the brackets, not a dateline's credit."""
    words = [w for w in re.split(r"[\s-]+", line[: line.find("(")]) if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    return len(credit) >= 2 and credit.isupper() and initials.endswith(credit)


def outlet_credit(credit: str, agencies: set[str]) -> bool:
    """A credit that names a wire or an outlet: "AP", "Inditop.com", "Kurdistan 24 News"."""
    return (
        wire_credit(credit, agencies)
        or bool(re.search(r"\.(?:com|net|org|in|co)$", credit))
        or looks_outlet_name(credit)
    )
