"""Whom an article credits: wire bylines, datelines and closing credits, and the chain of outlets
a relayed report passed through."""

from __future__ import annotations

import itertools
import re

from spacy.language import Language

from tallygraph.extract.bylines import barred_credit, outlet_byline, undated, writer_credit
from tallygraph.extract.closing import (
    agency_spelled,
    closing_credit,
    copyright_holder,
    outlet_credit,
    spelled_before,
)
from tallygraph.extract.segment import WIRE_DATELINE
from tallygraph.extract.source import looks_outlet_name
from tallygraph.lexicon import lexicon
from tallygraph.names import same_name
from tallygraph.places import is_country, is_subdivision

__all__ = ["byline_agency", "press_release_issuer", "relay_chain", "relaying_credit"]

# ("ŞEMDİNLİ - Doğan News Agency": a place in capitals beyond ASCII, checked with str.isupper)
_BYLINE = re.compile(r"^([^\W\d_][\w .'’-]{2,40}?)\s+[–—-]{1,2}\s+([A-Z][\w'’&.]*(?:[ -][A-Z][\w'’&.]*){0,5})\s*$")
# "Jakarta (AFP)" alone on a line below the headline: the place and the wire
_PLACE_AND_WIRE = re.compile(r"^[A-Z][\w.'’ -]{1,40}?\s*\(([A-Z][\w -]{1,30})\)$")
_SYNDICATION = re.compile(r"^\((?:[^()]|\([^()]*\))*\)\s*")
# "Originally published in Anglican Communion News Service", "This article was first published by The Conversation"
_REPUBLISHED = re.compile(
    r"^(?:This (?:article|story) was )?(?:[Oo]riginally|[Ff]irst) published (?:in|by|on)\s+(?:the\s+)?"
    r"([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,5})\.?$"
)
# "Source: Zimbabwe holiday carnage claims 77 lives, leaves 411 injured – Zimbabwe News Now": a headline and the
# outlet it was taken from
_SOURCED_TITLE = re.compile(
    r"^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?Source\s*:\s*.+\s[–—-]\s+([A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){0,4})$"
)
_LEADING_SOURCE = re.compile(
    r"^[/|•·\s]*\(?(?:Source|SOURCE)\s*:\s*(?:The\s+)?([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,5})\s*\)?\s*(?:\|.*)?$"
)


# "DONETSK, August 8. /TASS/.": an agency between slashes after the place and date
_SLASH_DATELINE = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,40},\s+[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*/([A-Z][\w -]{1,30})/")


# "Damascus (AFP) June 22, 2010 – A severe ...", "by Staff Writers Beijing (AFP) June 03, 2013 At least ...",
# "Lisbon (AFP) Oct 19, 2017" on a line of its own, "Dharamshala, India (AFP) April 29, 2008": the place (and its
# country), the credit, then the date
_CREDIT_THEN_DATE = re.compile(
    r"^(?:[Bb]y Staff Writers\s+)?[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?\s*\(([A-Z][^()]{1,40})\)\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s+\d{4}\s*(?:[–—-]{1,2}|:)?\s*(?=[A-Z“\"]|$)"
)


_PLACE_THEN_WIRE = re.compile(
    r"[A-Z][A-Za-z.'’ -]{1,40}(?:\s*\([^()]{1,12}\))?,\s*"
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?,\s*)?"
    r"([A-Z][\w-]{1,20})\s+[–—-]{1,2}\s+(?=[A-Z“\"])"
)


# "April 15", "15 April, 2022": a day and its month (the month's name in group 1 or 2)
_DAY_AND_MONTH = r"(?:([A-Z][a-z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+([A-Z][a-z]{2,8})\.?)(?:,?\s+\d{4})?"

# "April 22 (UPI) — The death toll ...": a dateline of a date alone
_DATED_CREDIT = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\(([A-Z][^()]{1,40})\)\s*[–—-]{1,2}\s*")

# "LONDON (AP) British police ...", "Srinagar, Feb 9 (Inditop.com) Rescue ...", "Hathras (UP), Jul 2 (PTI) A
# stampede ...", "Kishtwar/Jammu, Aug 15 (PTI) Braving ...": a dateline without its dash, after a place in capitals
# or a place (or two) (and its state) and a date;
# "Baghdad (CBS/AP) Iraq's High Tribunal ...", "Gambia(The COW News Digital)At least seven ...": after a place
_DASHLESS_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ /-]{1,40}(?:,\s*[A-Z][A-Za-z.'’ ]{1,40}){0,2}"
    r"(?:;\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4};)?"  # "ISLAMABAD; June 2, 2008; (AFP) A suicide car bombing ..."
    r"|[A-Z][A-Za-z.'’ -]{1,40}(?:/[A-Z][A-Za-z.'’ -]{1,40})?(?:\s*\([A-Z][A-Za-z.'’ ]{1,20}\))?"
    r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
    r"\s*\(([A-Z][^()]{1,40})\)\s+(?=[A-Z“\"])"
    r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*\(([A-Z][^()]{1,40})\)\s*(?=[A-Z“\"][a-z'’ ])"
)


def byline_agency(text: str) -> str | None:
    """A wire story the article reproduces: "ANKARA - Agence France-Presse" on a first line,
    a dateline "GENEVA, Switzerland (AFP)—", or "(Source: Reuters)" or "... . (dpa)" on a last line."""
    found = _credited(text)
    if found and re.search(r"\d{1,2}:\d{2}|^(?:Updated|Posted|Published|Last updated)\b", found, re.IGNORECASE):
        found = None  # "MANILA, Philippines (Updated, 1:33 p.m.) —": a time stamp, not a credit
    if found:
        # "(Courtesy China Central Television news) —": the broadcaster
        found = re.sub(r"^(?:[Cc]ourtesy(?:\s+of)?)\s+", "", found)
        found = re.sub(r"(?<=[A-Za-z])\s+news$", "", found)
        # "Metro Manila (CNN Philippines, June 5) —", "DAVAO CITY (MindaNews/ 04 January) —": the credit without
        # its date
        found = re.sub(rf"\s*[,/]\s*{_DAY_AND_MONTH}$", "", found)
    return _agency_name(found) if found else None


_PRESS_RELEASE = re.compile(
    r"^\s*(?:Press|PRESS|Media|MEDIA|News|NEWS)\s+(?:[Rr]elease|RELEASE)\s*[:–—-]\s*([A-Z].{1,60}?)\s*$"
)


def press_release_issuer(text: str) -> str | None:
    """Who issued a press release the page reproduces: "Press Release: New Zealand Police" above the story. What
    the release says in its own voice, its issuer says."""
    for line in text.splitlines()[:20]:
        issued = _PRESS_RELEASE.match(line)
        if issued:
            return issued.group(1).rstrip(" .")
    return _signatory(text)


def _signatory(text: str) -> str | None:
    """A police or ministry statement signed at its foot: the name, then the post alone on the last line ("Danny
    Mwale / Deputy Police Public Relations Officer")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 3:
        return None
    name, post = lines[-2], lines[-1]
    titles = set(lexicon()["person_titles"])
    named = re.fullmatch(r"(?:[A-Z][a-z'’-]+\.? ){1,3}[A-Z][a-z'’-]+", name) is not None
    titled = len(post) <= 80 and post[-1:] not in '.!?"”' and any(w.lower() in titles for w in post.split())
    return name if named and titled and post[:1].isupper() else None


def relaying_credit(text: str, publisher: str | None, nlp: Language, url: str | None = None) -> str | None:
    """The wire an article's credit says relays all of it, if any: not a dateline's country ("FLORIDA (United
    States) –"), nor a paper's own dateline ("SINJAR (Kurdistan 24) –" in Kurdistan 24, or "By VOA News" at
    voanews.com); a news agency's own ("(ANTARA)", "(QNA)") still credits the agency's wire."""
    credit = byline_agency(text)
    if credit is None or _names_a_place(nlp, credit) or _capital_place(credit, text):
        return None
    lex = lexicon()
    agency = (
        credit.lower() in {a.lower() for a in lex["wire_agencies"]} or credit.isupper() or "agency" in credit.lower()
    )
    if publisher is not None and same_name(credit, publisher) and not agency:
        return None
    site = re.sub(r"^(?:https?://)?(?:www\.)?([^/.]+).*$", r"\1", url or "").lower()
    signed = re.search(rf"^By\s+{re.escape(credit)}\s*[•·|]?\s*$", text, re.MULTILINE) is not None
    if signed and site == re.sub(r"[^a-z]", "", credit.lower()) and not agency:
        return None  # (but "PESHAWAR (Dunya News) –" at dunyanews.tv still credits its dateline's outlet)
    return credit


def _names_a_place(nlp: Language, credit: str) -> bool:
    lex = lexicon()
    if credit in lex["wire_agencies"] or credit in lex["named_outlets"]:
        return False
    ents = nlp(credit).ents
    return len(ents) == 1 and ents[0].text == credit and ents[0].label_ in ("GPE", "LOC")


def _capital_place(credit: str, text: str) -> bool:
    """ "December 17, 2013 (BANGUI) –": a dateline's city in capitals, which the text names again as a word
    ("the capital, Bangui"); an agency's acronym is not written so."""
    lex = lexicon()
    if not credit.isupper() or len(credit) < 4 or credit.lower() in {a.lower() for a in lex["wire_agencies"]}:
        return False
    # (not "SULAIMANI (ESTA) —" in a text that names "Esta Media Network": a name's first word)
    return re.search(rf"\b{re.escape(credit.title())}\b(?!\s+[A-Z])", text) is not None


def _agency_name(credit: str) -> str:
    """A credit as the agencies spell themselves: "efe-epa" -> "EFE" (EPA sends pictures, not words)."""
    agencies: dict[str, str] = {}
    for agency in lexicon()["wire_agencies"]:
        agencies.setdefault(agency.lower(), agency)
    photo = {p.lower() for p in lexicon()["photo_agencies"]}
    parts = re.split(r"\s*-\s*", credit)
    if len(parts) > 1 and credit.islower():
        kept = [agencies.get(p, p.upper()) for p in parts if p not in photo]
        return "-".join(kept) if kept else credit
    # ("(REUTERS)": the wire as it spells itself)
    return agencies.get(credit.lower(), credit) if credit.islower() or credit.isupper() else credit


_PICTURE_WORDS = {"photo", "photos", "picture", "pictures", "image", "images", "video", "file", "graphic", "via"}


def _credited(text: str) -> str | None:
    """The credit an article's first lines or its last lines give, first lines first."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    agencies = set(lexicon()["wire_agencies"])
    leading = _leading_credit(lines, agencies)
    months = set(lexicon()["month_names"])
    dated = re.fullmatch(_DAY_AND_MONTH, leading or "")
    if dated and (dated.group(1) or dated.group(2)).lower() in months:
        leading = None  # "SEMPORNA (April 15): Five individuals ...": a date, not a credit
    return leading or closing_credit(lines, agencies)


def _bracketed_place(line: str, credit: str, agencies: set[str]) -> bool:
    """ "(Sanaa) – The Saudi and UAE-led coalition ...": a rights group's dateline, the place in brackets with
    nothing before it; a wire opening the line so ("(Reuters) -", "(AFP) -") is the wire."""
    if not line.lstrip().startswith("("):
        return False
    if re.fullmatch(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}", credit) and credit not in agencies:
        # "(TBILISI) - The Government of Georgia ...": a place in capitals, which is no wire's name
        return is_country(credit.title()) or is_subdivision(credit.title())
    if not re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}", credit):
        return False  # ("(AFP) -", "(Courtesy China Central Television news) —": a wire, a broadcaster)
    known = {a.lower() for a in agencies} | {o.lower() for o in lexicon()["named_outlets"]}
    outlet_words = {w.lower() for w in lexicon()["outlet_words"]}
    words = credit.lower().split()
    return credit.lower() not in known and agency_spelled(credit) is None and not outlet_words & set(words)


def _leading_credit(lines: list[str], agencies: set[str]) -> str | None:
    """A credit above the story or in its dateline."""
    canonical = {a.lower(): a for a in agencies}
    spelled = {a.replace("-", " "): a for a in agencies}  # "Agence France Presse" without its hyphen
    for line in lines[:80]:
        # "REUTERS - At least 247 people have been killed ...": the agency's name in capitals as the dateline of
        # the story's first paragraph, below however many lines of menus
        named = re.match(r"([A-Z][A-Z-]+)\s+[-–—]{1,2}\s+(?=[A-Z])", line)
        if named and named.group(1).lower() in canonical and len(line.split()) >= 12:
            return canonical[named.group(1).lower()]
    for line in (undated(raw) for raw in lines[:4]):
        # ("date 2025-04-22 Srinagar, April 22 (IANS) At least 16 tourists ...": below the page's date)
        # ("YAOUNDE, Sept. 18 ( Xinhua | ) —": the brackets of a page that dropped a link from them)
        line = re.sub(r"\(\s*([^()|]*?)\s*\|?\s*\)", r"(\1)", line)
        # ("LAUSANNE Switzerland), July 13 (NNN-AGENCIES) —": a bracket the page closed without opening it)
        line = re.sub(r"^([A-Z][A-Za-z.'’ -]{1,40})\)(?=,)", r"\1", line)
        byline = _BYLINE.match(line)
        if byline and byline.group(1).isupper():
            return byline.group(2).strip()
        match = WIRE_DATELINE.match(line) or _SLASH_DATELINE.match(line)
        if match and not _bracketed_place(line, match.group(1).strip(), agencies):
            return match.group(1).strip()
        wire = _PLACE_AND_WIRE.match(line)
        if wire and wire.group(1) in agencies:
            return wire.group(1)
        # (not "July 31, 2007 (KHARTOUM) —": a place)
        dashless = _DASHLESS_DATELINE.match(line) or _DATED_CREDIT.match(line) or _CREDIT_THEN_DATE.match(line)
        credit = next((g for g in dashless.groups() if g), None) if dashless else None
        if credit and outlet_credit(credit, agencies) and not spelled_before(line, credit):
            return credit.strip()
    for line in lines[:4]:
        # "Yazd, IRNA — The director general ...": a place, then a wire, opening the story; "Tokor (V/R), Feb. 28,
        # GNA – A total of ...": a place with its region, and the date
        placed = _PLACE_THEN_WIRE.match(line)
        if placed and placed.group(1) in agencies:
            return placed.group(1)
        # "SHIBPUR, Bangladesh, AFP": a dateline line that ends with the wire
        # (a place in capitals: not "Kyodo, AP", two wires)
        commas = re.fullmatch(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,40}){0,2},\s*([A-Z][\w-]{1,20})", line)
        if commas and commas.group(1) in agencies:
            return commas.group(1)
        # "United Nations | Xinhua | The armed militia group CODECO ...": the place and the wire, set off by bars
        barred = re.match(r"[A-Z][\w .'’-]{1,40}\s+\|\s+([A-Z][\w .-]{1,30}?)\s+\|\s+(?=[A-Z\"“])", line)
        if barred and (agency_spelled(barred.group(1)) or barred.group(1) in lexicon()["named_outlets"]):
            return agency_spelled(barred.group(1)) or barred.group(1)
    for line in lines[:2]:
        # "The Guardian - 7/10/2025 6:10:20 PM - GMT (+3 )": the outlet a page copies, and when it published
        stamped = re.match(r"((?:The )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})\s+[–—-]\s+\d{1,2}/\d{1,2}/\d{4}\b", line)
        if stamped and (stamped.group(1) in lexicon()["named_outlets"] or looks_outlet_name(stamped.group(1))):
            return stamped.group(1)
        # "Peru doubles estimate of political war deaths ( 2003-08-29 08:45) (Agencies)": the headline's credit
        if re.search(r"\S\s*\((?:Agencies|agencies)\)$", line):
            return "Agencies"
    for line in lines[:8]:
        line = re.sub(r"^date\s+\d{4}-\d{2}-\d{2}\s+", "", line)
        # "CAIRO, June 30 – RIA Novosti. Four protesters died ...": the agency after the date, closed by a full stop
        dated_dash = re.match(
            r"[A-Z]{3,}[A-Z .'’-]*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[–—-]{1,2}\s*([A-Z][\w -]{1,30}?)\.\s", line
        )
        # "KHARTOUM (UrduPoint News / Sputnik - 31st October, 2021) The number ...": the publisher and the wire
        # it carries, with the date, in the dateline's brackets
        carried = re.match(
            r"[A-Z]{3,}[A-Z .'’-]*\s*\(([^()/]{2,40}?)\s*/\s*([A-Z][\w .-]{1,30}?)\s+[–—-]\s*[^()]{4,30}\)\s", line
        )
        carrier = carried.group(1).strip() if carried else ""
        if carried and carried.group(2) in lexicon()["named_outlets"] and looks_outlet_name(carrier):
            return f"{carrier} / {carried.group(2)}"  # both relay, the pages carrying the wire first
        # "Lisbon, (APP - UrduPoint / Pakistan Point News - 31st Aug, 2024) At least four ...": the wire, then the
        # pages that carry it and the date
        wire_first = re.match(r"[A-Z][\w .'’-]{1,40},?\s*\(([A-Z][\w.]{1,20})\s+[–—-]\s+[^()]{4,80}\)\s", line)
        for found, at in ((dated_dash, 1), (carried, 2), (wire_first, 1)):
            if found and agency_spelled(found.group(at)):
                return agency_spelled(found.group(at))
            if found and found.group(at) in lexicon()["named_outlets"]:
                return found.group(at)
    for line in lines[:3]:
        # "AFP" alone on a line below the headline, above the time stamp; "Kyodo, AP": two wires, jointly
        if line in agencies:
            return line
        joint = re.split(r"\s*,\s*|\s+and\s+", line)
        if len(joint) > 1 and all(p in agencies for p in joint):
            return "/".join(joint)

    for line in lines[:6]:
        # "Via AP news wire" below the headline and standfirst
        carried = re.fullmatch(r"Via\s+(.+?)(?:\s+news)?(?:\s+wire)?", line)
        if carried and agency_spelled(carried.group(1)):
            return agency_spelled(carried.group(1))
    for line in lines[:6]:
        # "AFP/Manila", "Reuters Srinagar/New Delhi": the wire and where it filed from, on a line of their own
        filed = re.fullmatch(r"([A-Z][\w-]+)\s*(?:/\s*|\s+)[A-Z][\w'’.-]+(?:\s*[ /]\s*[A-Z][\w'’.-]+){0,3}", line)
        if filed and filed.group(1) in agencies and not _PICTURE_WORDS & set(line.lower().replace("/", " ").split()):
            return filed.group(1)
    for line in lines[:6]:
        # "Copyright 2023 The Associated Press. All rights reserved." below the headline (not a photo's "© AP Photo")
        agency = copyright_holder(line) if re.search(r"rights reserved", line, re.IGNORECASE) else None
        if agency:
            return agency
    for line in lines[:6]:
        # "(Reuters)" alone on a line below the headline
        alone = re.fullmatch(r"\(([A-Z][\w .-]{1,30})\)", line)
        if alone and alone.group(1) in agencies:
            return alone.group(1)
        outlet = outlet_byline(line)
        if outlet:
            return outlet
    for line in lines[:10]:
        # "ISTANBUL (AP):" alone on a line below a page's captions; "By AFP"; "Qassim Abdul-Zahra, The Associated
        # Press", "ByJON GAMBRELL Associated Press": a writer and the wire they write for
        alone = WIRE_DATELINE.match(line)
        if alone and alone.end() == len(line) and outlet_credit(alone.group(1), agencies):
            return alone.group(1).strip()
        bare = undated(line)
        agency = writer_credit(bare) or barred_credit(bare)
        if agency:
            return agency
    for line in [*lines[:3], *lines[-2:]]:
        republished = _REPUBLISHED.match(line)
        if republished:
            return republished.group(1).rstrip(".")
    for line in lines[:3]:
        sourced = _SOURCED_TITLE.match(line)
        if sourced and looks_outlet_name(sourced.group(1)):
            return sourced.group(1)
    for line in lines[:12]:
        # "Source: UN Integrated Regional Information Networks", "/ Source: The Associated Press", "Source: Xinhua|
        # 2018-09-11 19:10:12|Editor: xuxin" above the story
        source = _LEADING_SOURCE.match(line)
        if source and source.group(1).strip(" .").lower() not in lexicon()["image_libraries"]:
            return source.group(1).strip()
    for n, line in enumerate(lines[:8]):
        # "Islamabad - QNA": a dateline's place not in capitals, and an agency after the dash
        placed_dash = re.fullmatch(r"[A-Z][A-Za-z.'’ ]{2,40}?\s+[–—-]{1,2}\s+([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)", line)
        if placed_dash and placed_dash.group(1) in agencies:
            return placed_dash.group(1)
        # "xinhua | Separatist fighters killed ...": the agency's name before a bar opening the story
        piped = re.match(r"([A-Za-z][\w.-]{1,24})\s*\|\s+[A-Z]", line)
        if piped and piped.group(1).lower() in canonical:
            return canonical[piped.group(1).lower()]
        # "AFP Beirut" alone on a line; "| Reuters" closing the page title (not a caption's "| AFP")
        placed = re.fullmatch(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?", line)
        if placed and placed.group(1) in agencies:
            return placed.group(1)
        # "IANSUpdated: Tuesday, December 07, 2021": an agency's byline run into the page's time stamp;
        # "By IANS Updated On - 10:19 AM, Wed - 14 June 23"
        stamped = re.match(
            r"(?:By\s+)?\(?([A-Z][\w-]*?)\)?\s*(?:Updated|Published|Last updated)(?:\s+(?:On|Date))?\s*[:–—-]", line
        )
        if stamped and stamped.group(1) in agencies:
            return stamped.group(1)
        titled = re.search(r"(?:^|\s)\|\s*([A-Z][\w .-]{1,30}?)\s*$", line)
        # ("PETER ENAV | August 10, 2009 11:49 PM EST | AP": a byline, its writer, date and wire set off by bars)
        byline = line.count("|") >= 2 and re.search(r"\b(?:19|20)\d{2}\b", line) is not None
        if titled and titled.group(1) in agencies and (n == 0 or line.startswith("|") or byline):
            return titled.group(1)
    # Below a web page's menus and captions: the dateline opens the first paragraph of the story itself.
    for line in [*lines[:4], *[ln for ln in lines[4:] if len(ln.split()) >= 12][:3]]:
        # "(MENAFN- Kuwait News Agency (KUNA)) ISLAMABAD, Sept 7 (KUNA) --": a syndicator's credit first
        raw = re.sub(r"^date\s+\d{4}-\d{2}-\d{2}\s+", "", line)
        line = _SYNDICATION.sub("", raw)
        for part in re.split(r"(?<=[.!?])\s+", line)[:2]:
            wire = WIRE_DATELINE.match(part)
            # (not a caption's credit: "... Thursday, July 4, 2024. (AP Photo/Leo Hudson) - AP PHOTO")
            if wire and not _PICTURE_WORDS & set(re.split(r"[\s/]+", wire.group(1).lower())):
                return wire.group(1).strip()
            # "(MENAFN- IANS) Khartoum, Sep 16 (IANS) At least 40 civilians ...": no dash after the credit
            dashless = _DASHLESS_DATELINE.match(part) if _SYNDICATION.match(raw) else None
            credit = next((g for g in dashless.groups() if g), None) if dashless else None
            if credit and outlet_credit(credit, agencies):
                return credit.strip()
    for line in lines[:4]:
        # "AFP, MOSUL, Iraq": an agency credit, then the dateline's place
        # "AFP, Yaound :": an agency credit and a place, alone on a line
        lead = re.match(
            r"^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?([A-Z][\w.'’ -]{1,30}?),\s+"
            r"(?:[A-Z]{3,}[A-Z .'’-]*(?:,|$)|[A-Z][\w'’.-]*\s*[:–—-]?\s*$)",
            line,
        )
        if lead and lead.group(1) in agencies:
            return lead.group(1)
    for line, after in itertools.pairwise(lines[:7]):
        # "The Associated Press" alone on a line above the dateline "KABUL, Afghanistan" or "Dhaka, March 21:"
        name = re.sub(r"^The\s+", "", line).strip()
        # or above the date alone: "August 28, 2006"
        dated = re.match(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+[A-Z][a-z]+\.?\s+\d{1,2}\b", after) or re.fullmatch(
            r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+\.?)\s+\d{4}", after
        )
        # ("UNITED NATIONS -- In a dramatic upward revision ...": a dateline with its dash)
        placed = re.match(r"^[A-Z]{3,}[A-Z .'’-]*?(?:,|\s+[–—-]{1,2}\s|$)", after)
        if (name in agencies or name in spelled) and (placed or dated):
            return name
        # "By Zeina Karam" and, on the line below, "Associated Press"
        below = agency_spelled(after)
        if below and re.match(r"^By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}$", line):
            return below
    date = r"(?:\w+day,?\s*)?(?:\d{1,2}\s+\w+\.?|\w+\.?\s+\d{1,2},?)\s+\d{4}"
    for line in (re.sub(r"\s+(?:Published|Updated|Posted)\s*:?\s+", " ", raw) for raw in lines[:4]):
        # "AFP , Friday 21 Jan 2011", "Xinhua, October 27, 2015", "AFP24 May 2025 | 10:40", "By Reuters Staff",
        # "By ASSOCIATED PRESS Published: October 5, 2016"
        # "By IANS,"
        # "By APThursday, September 2, 2010": the agency's byline run into the date
        # "CNN/March 27, 1997": the outlet and the date set off by a slash
        credit = re.match(rf"^(?:By\s+)?([A-Z][\w'’&. -]{{1,30}}?)\s*[,/]?\s*{date}\b", line)
        # "From United Press International", "By Agence France-Presse, Tashkent"
        byline = re.match(
            r"^(?:By|From)\s+([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2}?)(?:\s+Staff)?\s*"
            r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*,?\s*$",
            line,
        )
        for found in (credit, byline):
            if found and found.group(1).strip() in agencies:
                return found.group(1).strip()
            if found and found.group(1).strip().isupper() and agency_spelled(found.group(1).strip().title()):
                return agency_spelled(found.group(1).strip().title())
        # "Afp September 19, 2013" (not the "Ap" of "Apr 25, 2017")
        named = credit and line[credit.end(1) : credit.end(1) + 1] in " ," and agency_spelled(credit.group(1))
        if named:
            return named
        slashed = credit is not None and line[credit.end(1) : credit.end(1) + 1] == "/"
        if slashed and credit is not None and credit.group(1) in lexicon()["named_outlets"]:
            return credit.group(1)
    for line in lines[:4]:
        # "• Kyodo" above the story; "By Daniel Uria, UPI": a writer and the agency they write for
        bullet = line.strip(" •·▪-–—")
        if bullet in agencies and bullet != line.strip():
            return bullet
        writer = re.match(r"^By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,\s*([A-Z][\w'’&. -]{1,30}?)\s*$", line)
        if writer and writer.group(1).strip() in agencies:
            return writer.group(1).strip()
    for line in lines[:4]:
        # " date 2023-04-19 By Rachel Pannett,Miriam Berger and Sarah Dadouch Washington Post": the writers'
        # names, the last of them run into their paper's
        byline = re.match(r"^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?By\s+(.+)$", line)
        if byline:
            last = re.split(r"\s*,\s*|\s+and\s+", byline.group(1))[-1].split()
            outlet = " ".join(last[2:])
            if 3 <= len(last) <= 6 and all(w[:1].isupper() for w in last) and looks_outlet_name(outlet):
                return outlet
    return None


def relay_chain(publisher: str | None, outlet: str) -> list[str]:
    """Relays of a lead "X reports": the publisher first when it is not X itself. A joint wire
    credit ("(NNN-Xinhua)") is the publisher's service relaying the agency."""
    if " / " in outlet:
        return [*relay_chain(publisher, outlet.split(" / ")[0]), *outlet.split(" / ")[1:]]  # "UrduPoint News / Sputnik"
    parts = re.split(r"\s*[-/]\s*", outlet)
    # "Interfax-Ukraine" is one agency, and "Sapa-AFP" one credit
    whole = outlet in lexicon()["wire_agencies"] or parts[0] in lexicon()["joined_credit_services"]
    agencies = {a.lower() for a in lexicon()["wire_agencies"]}
    # "(dpa/GNA)": an agency that spells itself in lower case is one part too
    # (but "Al-Shorouk" is one outlet: a joint credit names a wire)
    joint = (
        not whole
        and len(parts) > 1
        # ("(IANS/RIA Novosti)": an agency whose name has a space is one part too)
        and all((p[:1].isupper() or p.lower() in agencies) and (" " not in p or p.lower() in agencies) for p in parts)
        and any(p.lower() in agencies for p in parts)
        and not any(p.lower() == "agencies" for p in parts)  # "(NNN-AGENCIES)": the service's own credit, as written
    )
    outlets = parts if joint else [outlet]
    if joint:
        # "(dpa/GNA)": the national agency relays the wire's story ("NNN-Xinhua", "BSS/AFP" as written)
        wires = set(lexicon()["global_wires"])
        outlets = [*(o for o in outlets if o not in wires), *(o for o in outlets if o in wires)]
    if not publisher:
        return outlets
    own = [o for o in outlets if same_name(publisher, o) or o.lower() in publisher.lower()]
    rest = [o for o in outlets if o not in own]
    # "TEHRAN (Tasnim) -" in a Tasnim News Agency article: the publisher as its text names it
    return [own[0] if own else publisher, *rest]
