"""Names as source labels: clean-up of articles, weekdays, descriptors, demonyms; signatories."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallygraph.lexicon import lexicon

__all__ = ["called_by_number", "clean_name", "find_author", "is_demonym", "not_a_date_word", "strip_demonym"]

_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:i|an|ian|ese|ish|ic)$")
_SIGNATURE_NAME = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){1,3}$")
_NOT_NAME_WORDS = {
    "commissioner",
    "republic",
    "agency",
    "news",
    "ministry",
    "office",
    "press",
    "human",
    "rights",
    "agence",
    "bureau",
    "report",
    # page furniture in capitals ("Related Stories", "Latest News", "Social Share")
    "share",
    "section",
    "stories",
    "related",
    "latest",
    "popular",
    "comments",
    # ("Recommended Articles", "Trending Videos", "Top Headlines")
    "recommended",
    "articles",
    "article",
    "trending",
    "headlines",
    "videos",
    "posts",
    "topics",
}


_FEW = r"one|two|three|four|five|six|seven|eight|nine|ten|several"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DESCRIPTORS = (
    r"(?:online daily|daily|newspaper|news website|news portal|website|broadcaster|news agency"
    r"|monitoring group|war monitor|monitor|rights group|watchdog|(?:TV |news |television )?channel"
    r"|(?:humanitarian|human rights|rights|advocacy|aid|relief|charity|non-profit|nonprofit|monitoring)"
    r" (?:organization|organisation|group|agency)|organization|organisation|group)"
)
_NAME_LINKS = {"for", "of", "on", "and", "the", "in"}
# "official Xinhua News Agency", "state IRNA", "opposition Central Committee of Doctors": a lower-case qualifier
# before a proper name
_QUALIFIER = re.compile(
    r"^(?:own|official|semi-official|semiofficial|quasi-official|state|state-run|government|independent|opposition"
    r"|outlawed|banned|proscribed"
    r"|(?:pro|anti)-[a-z][\w-]*)\s+(?=[A-Z])(?!(?:TV|Television|Radio|Media)\b)"  # (but "state TV" is no name)
    # ("local" and "regional" only before a name: "the local Emergency Response Room", not "local Ukrainian officials")
    r"|^(?:local|regional)\s+(?=[A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’.-]*))*$)"
)


_PRESS_UNITS = {"press service", "press office", "media office", "press centre", "press center", "information office"}


def clean_name(text: str) -> str:
    """A name as a source label: no article, no leading weekday, no "-run", no descriptor."""
    # (and "\ufffd", a quotation mark the page's encoding lost: "...,\ufffd Orebiyi said")
    text = re.sub(r"\s+", " ", text.replace("’", "'")).strip(" ,.;:\"“”'\ufffd")
    text = re.sub(r"^[•·▪●◦‣*-]+\s*", "", text)  # "• Activists say ...": a bullet point's mark
    if re.search(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$", text):
        text += "."  # "U.N.", "U.S.": the abbreviation keeps its last full stop
    text = re.sub(rf"^(?:on\s+)?{_WEEKDAY},?\s+", "", text)
    # "Other News Materials 25 July 2011 16:56 (UTC +04:00) Local officials ...": a page's time stamp run into the
    # sentence; the name is what follows it
    text = re.sub(r"^.*?\b\d{1,2}:\d{2}\s*(?:\((?:UTC|GMT)\s*[+-]?\d{1,2}:?\d{2}\)\s*)?(?=[A-Z])", "", text)
    text = re.sub(r"^[A-Z][A-Z'.]+(?:\s+[A-Z][A-Z'.]+)*\s+[-–—]+\s+(?=[A-Z])", "", text)  # "GAZA CITY - Gaza's ..."
    # "Akure — Ondo State Government": a dateline's place in title case, before a name of two words or more
    text = re.sub(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+[–—]\s+(?=[A-Z][\w'’.-]*\s+\S)", "", text)
    text = re.sub(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}:\s+(?=[A-Z])", "", text)  # "Deir Al-Balah: Hospital ..."
    text = re.sub(r"^(?:quoting|citing)\s+(?=[A-Z])", "", text, flags=re.I)  # a participle the parser put in a name
    text = re.sub(
        r"^(?:said|added|told|stated)\s+(?=[A-Z])", "", text
    )  # "..., added Sng.": read as the name's modifier
    # "However Mwatana for Human Rights ... found": a sentence's opening adverb the tagger ran into the name
    opener = text.split(None, 1)[0].rstrip(",") if text else ""
    if opener.lower() in lexicon()["sentence_adverbs"] and re.match(r"\S+,?\s+[A-Z]", text):
        text = text.split(None, 1)[1]
    text = re.sub(r"^(?:the|a|an|another)\s+", "", text, flags=re.I)
    if text.lower() in ("the", "a", "an", "another"):
        return ""  # "... according to the" where the page cuts off: nobody named
    text = re.sub(
        r"^(?:latest|newest|recent|updated|current)\s+(?=[A-Z])", "", text
    )  # "the latest Civilian Impact ..."
    # "Three police sources and a Reuters witness", "Two Arab diplomats", "All three police sources": how many
    # spoke is not who
    # ("two Mozambique army sources told The Moscow Times")
    text = re.sub(rf"^(?:(?i:all|both)\s+)?(?i:{_FEW})\s+(?=[a-z]|[A-Z][A-Za-z.]+(?:\s+[a-z]+)?\s+[a-z]+s\b)", "", text)
    text = re.sub(r"^(?:its|their|our)\s+(?=\w)", "", text)  # "its Coordination Headquarters", "its crew"
    # "Houthi-run Saba news agency" is Saba; "Houthi-controlled health authorities" are only those authorities
    # (but "Burma state-run TV" is not "TV": what is left must still name someone)
    # ("US-backed, Kurdish-led Syrian Democratic Forces": each description; but "UNHCR-led Protection Cluster" is
    # led by a body, and so named)
    for _ in range(2):
        text = re.sub(
            r"^(?:(?:[A-Z][\w.]*\s+){0,2}[\w.-]+-)?(?:run|backed|controlled|affiliated|owned|based|linked|allied|aligned)"
            r",?\s+(?=[A-Z]|[a-z]+-[A-Z])"
            r"(?!(?:TV|Radio|Television|Media|Press)$)",
            "",
            text,
        )
        led = re.match(r"^([A-Z][a-z]+)-led,?\s+(?=[A-Z])", text)
        rest = text[led.end() :] if led else ""
        if led and is_demonym(led.group(1)) and (len(rest.split()) >= 2 or rest.isupper()):
            text = rest  # (not "Saudi-led Coalition": a coalition, not one called so)
    # "Iran's state-run IRNA news agency", "Algeria's private Ennahar television", "Japan's central Nagano
    # prefecture": a country's body by its own name, after the kind of body it is
    text = _country_qualified(text)
    # "official Xinhua News Agency", "state IRNA": a lower-case qualifier before a proper name.
    text = _QUALIFIER.sub("", text)
    # "NGO Colombian Campaign Against Landmines", "aid group Doctors Without Borders", "Medical charity ...",
    # "Nonprofit Amnesty International said", "Pro-opposition NGO Foro Penal", "Venezuelan NGO Foro Penal"
    text = re.sub(
        r"^(?:(?:[Pp]ro|[Aa]nti)-[\w-]+\s+|[A-Z][a-z]+(?:an|ian|ese|ish|i)\s+)?(?:NGO|[Cc]harity|[Nn]on-?profit|[Nn]ot-for-profit|[Ww]atchdog"
        r"|(?:(?:[Mm]edical|[Hh]umanitarian|[Hh]uman rights|[Rr]ights|[Aa]id|[Rr]elief|[Cc]harity)"
        r"\s+)(?:group|organi[sz]ation|charity))\s+(?=[A-Z][a-z])",
        "",
        text,
    )
    # "largest Shi'ite Muslim opposition party Wefaq", "militant group al-Shabab": what a body is, then its name
    described = re.fullmatch(
        r"((?:[\w'’-]+\s+){0,5})(?:party|movement|group|militia|faction|organi[sz]ation)\s+((?:al-)?[A-Z][\w'’&.-]*"
        r"(?:\s+[A-Z][\w'’&.-]*){0,4})",
        text,
    )
    what = described.group(1).strip() if described else ""
    if described and (re.search(r"(?:^|\s)[a-z]", what) or re.search(r"(?:ist|ite|ic|an|ese|ish|i)$", what)):
        text = described.group(2)
    # "a new WHO report", "the Ministry of Road Transport and Highways report": the body whose report it is (but
    # "Azerbaijani figures" are a source as written, and "a news report" names no one)
    reported = re.fullmatch(
        r"(?:(?:new|latest|recent|preliminary|initial)\s+)?(.+?)\s+(?:report|tally|tallies|bulletin|update)", text
    )
    if reported and not is_demonym(reported.group(1)):
        owner = re.sub(r"'s(?:\s+[a-z][\w-]*)*$", "", reported.group(1))  # ("the Health Ministry's annual report")
        # ("media reports" are a source as written)
        media = owner.split()[-1].lower() in ("media", "press", "news")
        if not media and owner[:1].isupper():
            text = owner
    # "UN's MINUSCA mission", "the UN's UNIFIL force": the mission by its own name
    text = re.sub(r"^(?:[\w.]+'s\s+)?([A-Z]{4,})\s+(?:mission|force|operation)$", r"\1", text)
    # "the Indonesian outlet Pos Kota", "state broadcaster CCTV", "state newspaper the Global New Light of Myanmar",
    # "local news outlet 2424.mg" (a site by its address): what an outlet is, then its name
    # ("Russian state media TASS")
    text = re.sub(
        r"^(?:(?:[A-Z][a-z]+|local|private|pro-government|state|public|national|independent)\s+){0,3}(?:news\s+)?"
        r"(?:outlet|newspaper|paper|daily|weekly|broadcaster|television|channel|radio|website|portal|agency"
        r"|media(?:\s+outlet)?)\s+"
        r"(?:the\s+)?(?=[A-Z]|\d+\.[a-z]{2,3}$)",
        "",
        text,
    )
    # "French electricity company EDF", "the mining firm Vale": what a company is, then its name
    companies = "|".join(lexicon()["company_nouns"])
    text = re.sub(rf"^(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){{0,2}}(?:{companies})\s+(?:the\s+)?(?=[A-Z])", "", text)
    # "the coastal enclave's health ministry": a lower-case possessor is a description, not a name.
    # So is "the West African nation's" before "military and government officials".
    # But "the sheriff's office", "the governor's office": the office of a post is a name.
    # ("the country's Ministry of Emergency Situations", "the country's ECU911 security service" too)
    # (not "governor of the country's Hidalgo state": a post of what the possessor owns)
    possessor = re.match(r"^(?:(?!of\s)[\w-]+\s+){0,3}([a-z][\w-]*)'s\s+(?=[A-Za-z])", text)
    # ("the Los Angeles County coroner's office": a bare "office" would name no one)
    rest = text[possessor.end() :] if possessor else ""
    # ("the Russian emergencies ministry's press service": a body's press service is named by the body; but "the
    # ministry's flood control office" is named enough)
    service = possessor is not None and possessor.group(1) in lexicon()["organisation_nouns"] and rest in _PRESS_UNITS
    if (
        possessor
        and possessor.group(1) not in lexicon()["person_titles"]
        and not service
        and not re.fullmatch(r"[a-z]+", rest)
    ):
        text = _QUALIFIER.sub("", rest)  # "the country's opposition Central Committee ..."
    # "According to WestMinCom’s update", where the tagger read no possessive: the update's owner
    # ("the Ministry of Health's Institutional Operational Plan of 2022": a document with a title of its own)
    owned = re.fullmatch(
        r"([A-Z][\w.&-]*(?:\s+(?:of|for|and|[A-Z][\w.&-]*)){0,5})'s\s+(?:[A-Z][\w-]*\s+){0,4}([A-Za-z]+)"
        r"(?:\s+(?:of|for|on)\s+[\w ]+)?",
        text,
    )
    head = owned.group(2).lower() if owned else ""
    if owned and any(f in lexicon()["document_nouns"] for f in (head, head.rstrip("s"))):
        text = owned.group(1)
    # "a Novaya Gazeta article", "Thursday's edition of Le Soir": the outlet that published it
    published = re.fullmatch(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:article|story|edition|editorial)", text)
    published = published or re.fullmatch(r"(?:\w+'s\s+)?(?:edition|issue)\s+of\s+([A-Z].+)", text)
    if published:
        text = published.group(1)
    stripped = re.sub(rf"\s+{_DESCRIPTORS}$", "", text)
    # ("Syrian Observatory for Human Rights monitoring group": a name, and what it is)
    core = re.sub(r"^[A-Z][\w-]*'s\s+", "", stripped)  # ("Germany's Sea-Watch International group")
    named = all(w[:1].isupper() or w in _NAME_LINKS for w in core.split()) and "'" not in core
    # (but "Turkish media" are no outlet called "Turkish")
    demonym = len(stripped.split()) == 1 and is_demonym(stripped)
    # (not "Members of the" of "Members of the group": a name does not end on a linking word)
    linked = stripped.split()[-1] in _NAME_LINKS if stripped.split() else False
    if (
        stripped != text
        and named
        and not demonym
        and not linked
        and not re.search(r"-(?:based|run|backed|led|owned)$", stripped)
    ):
        text = stripped
    text = re.sub(r"\s+'s$", "", text)
    # "the UN Office for the Coordination of Humanitarian Affairs known as OCHA": the name, not its short form
    text = re.sub(r"(?<=[A-Za-z]),?\s+(?:also\s+|better\s+)?known\s+as\s+[A-Z][\w.&-]*$", "", text)
    # "Inter Services Public Relations Directorate or ISPR": the name, not its short form
    text = re.sub(r"(?<=[a-z]{2}),?\s+or\s+[A-Z]{2,}$", "", text)
    # "Assistance Association for Political Prisoners (AAPP)": the name, whose abbreviation is an alias
    # ("National Coordinator for Disaster Reduction (CONRED) agency": and what it is)
    text = re.sub(
        r"(?<=\w)\s+\((?=(?:[^)]*[A-Z]){2})[A-Z][A-Za-z&.-]{1,9}\)(?:\s+(?:agency|group|organi[sz]ation|alliance|coalition|NGO))?"
        r"(?=$|\s+and\s)",
        "",
        text,
    )
    # "China's Xinhua news agency": a wire or an outlet by its own name, not its country's
    owned = re.fullmatch(r"[A-Z][\w.-]*'s\s+(.+?)(?:\s+news agency|\s+agency)?", text)
    if owned and owned.group(1) in {*lexicon()["wire_agencies"], *lexicon()["named_outlets"]}:
        text = owned.group(1)
    # "told Efe news": the wire by its name
    bare = re.fullmatch(r"(.+?)\s+news(?:\s+agency)?", text)
    spelled = {a.lower(): a for a in lexicon()["wire_agencies"]}
    if bare and bare.group(1).lower() in spelled:
        text = spelled[bare.group(1).lower()]
    if text.count("(") > text.count(")"):
        # "International Organization for Migration (IOM", cut at the closing bracket: the name before it
        text = text[: text.rindex("(")].rstrip()
    return text


_COUNTRY_QUALIFIED = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?'s\s+((?:[a-z][\w-]*\s+){1,2})([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)"
    r"((?:\s+[a-z]+){0,2})"
)


def _country_qualified(text: str) -> str:
    """ "Iran's state-run IRNA news agency" -> "IRNA news agency"; "Myanmar's parallel National Unity Government"
    -> "National Unity Government". Not "Bahrain's main Shiite opposition": what follows the name must be a kind of
    body ("agency", "government", "prefecture"); nor is a lone people's adjective ("Iraq's northern Kurdish") a name."""
    m = _COUNTRY_QUALIFIED.fullmatch(text)
    if m is None or set(m.group(1).split()) & (_NAME_LINKS | _NOT_DESCRIPTIONS):
        return text
    if len(m.group(2).split()) == 1 and is_demonym(m.group(2)):
        return text
    kind = m.group(3).split()[-1] if m.group(3) else None
    if kind is not None and kind not in {*lexicon()["organisation_nouns"], *lexicon()["body_kinds"]}:
        return text  # ("Bahrain's main Shiite opposition")
    return text[m.start(2) :]


def is_demonym(word: str) -> bool:
    """ "Azerbaijani", "Ukrainian", "Chinese": a people's adjective, not a name."""
    return bool(_DEMONYM.match(word))


_DESCRIBED_ACRONYM = re.compile(r"(?:the\s+)?((?:[a-z][\w'’-]*\s+){1,3})([A-Z][A-Z0-9]{2,})")
_NOT_DESCRIPTIONS = {"to", "of", "in", "on", "at", "with", "for", "from", "and", "or", "by", "told", "said"}


def described_acronym(name: str) -> str:
    """'emergency authority COPECO' -> 'COPECO', 'conflict tracker ACLED' -> 'ACLED': a body's name after what
    it is, in lower case; not a post ("hospital CEO") nor a phrase ("sources familiar with the work to EFE")."""
    m = _DESCRIBED_ACRONYM.fullmatch(name)
    if m is None:
        return name
    words = m.group(1).lower().split()
    lex = lexicon()
    not_names = {*lex["person_titles"], *(h.rstrip(".") for h in lex["honorifics"]), *lex["common_acronyms"]}
    if any(w in _NOT_DESCRIPTIONS for w in words) or m.group(2).lower() in not_names:
        return name
    return m.group(2)


def strip_demonym(name: str) -> str:
    """'Azerbaijani State Commission for ...' -> 'State Commission for ...' (long names only)."""
    words = name.split()
    generic_start = ("State", "National", "Federal", "Central", "Supreme", "Republican")
    if len(words) >= 4 and _DEMONYM.match(words[0]) and words[1] in generic_start:
        return " ".join(words[1:])
    return name


def find_author(text: str) -> str | None:
    """The person who signs a statement: a bare name among the last lines of the text."""
    lines = [re.sub(r"[*_#]", "", ln).strip() for ln in text.strip().splitlines() if ln.strip()]
    for k, line in reversed(list(enumerate(lines))[-6:]):
        if k == 1 and k + 1 < len(lines) and len(lines[k + 1]) > 80:
            continue  # "Dallas police officers targeted ... // Tom Hinde // A peaceful ...": the writer's byline
        if line.startswith("By "):
            continue  # "By Fred Odanga Azelwa.": the writer's byline, not a signatory
        if line.lower().startswith(tuple(lexicon()["boilerplate_prefixes"])):
            continue  # "More From This Section": page furniture between paragraphs
        if len(re.findall(rf"\b{re.escape(line)}\b", text)) > 1:
            continue  # '"...," Mr Foss said.' ... "Mr Foss": a person the story quotes, not one who signs it
        if _SIGNATURE_NAME.match(line) and not ({w.lower() for w in line.split()} & _NOT_NAME_WORDS):
            return line
    return None


def not_a_date_word(tok: Token) -> bool:
    """A lone capitalised word the recogniser took for a date or a time, though it names no month or day ("said
    Jadoon")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    low = tok.lower_.rstrip(".")
    return (
        (ent is None or len(ent) == 1)
        and tok.text[:1].isupper()
        and not tok.like_num
        and low not in lexicon()["month_names"]
        and low not in ("today", "yesterday", "tomorrow")
        and re.fullmatch(_WEEKDAY, tok.text, flags=re.I) is None
    )


def called_by_number(tok: Token) -> bool:
    """ "Rescue 1122": a service called by its number, the number right after the name."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text[:1].isupper() and after is not None and after.dep_ == "nummod" and after.head == tok
