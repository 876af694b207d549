"""Split an article into body paragraphs with their offsets; drop headings and page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Span

from tallygraph.lexicon import lexicon
from tallygraph.nlp import keep_outlet_domains, keep_rank_abbreviations, split_glued_words

__all__ = [
    "BULLETS",
    "WIRE_DATELINE",
    "Block",
    "body_blocks",
    "figure_blocks",
    "list_item_after",
    "parse_text",
    "sentence_blocks",
]

_ENDS_SENTENCE = re.compile(r"""[.!?]["”’')\]]?\s*$""")
_GLUED = re.compile(r"""["“]?[A-Z][a-z]""")
_FIGURE_HINT = re.compile(
    r"\b(?!(?:1[5-9]|20)\d\d\b)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands?|millions?|dozens?|scores|another)\b",
    re.I,
)
_CHARACTERISATION_HINT = re.compile(
    r"\b(?:genocid|ethnic cleansing|massacre|war crime|crimes against humanity|atrocit|terroris|liberat|"
    r"occup|extrajudicial|executed|martyr)",
    re.I,
)
_CUE_WORDS = (
    r"said|says|told|tells|according|as per|quoted|quoting|citing|statement|spokesm[ae]n|spokeswoman|spokesperson|"
    r"given|gave|provided|released|issued|published|wrote|gathered|collected|collated|compiled|obtained|supplied"
)


_DOUBLE_OPENING = ('"', "“", "„", "”")  # ("”We made 20 arrests ...": a page that opens with the closing mark)
_QUOTES_OPENING = (*_DOUBLE_OPENING, "‘")
_CLOSING_QUOTE = re.compile(r"[\"”]|’(?![A-Za-z])")  # (not the apostrophe of "it’s")


@cache
def _cue_hint() -> re.Pattern[str]:
    """Words of a sentence that may name who speaks: the lexicon's speech verbs in their forms."""
    forms = set()
    for verb in lexicon()["speech_verbs"]:
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, f"{verb}s", f"{stem}ed", f"{stem}ing"}
        if verb.endswith("y"):
            forms |= {f"{verb[:-1]}ied", f"{verb[:-1]}ies"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb):
            forms |= {f"{verb}{verb[-1]}ed", f"{verb}{verb[-1]}ing"}  # "admitted"
    words = "|".join(sorted(re.escape(f) for f in forms))
    return re.compile(rf"\b(?:{_CUE_WORDS}|{words})\b", re.I)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_NOT_COUNTS = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"  # "February 12, 2021"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?"  # "24 February"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d\d\b"  # "7am", "10:30"
    r"|[$€£¥]\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|[mbk])\b)?"  # "$5 million"
    r"|\b\d[\d,.]*\s*(?:%|percent\b|per cent\b)"
    r"|\b\d[\d,.]*[\s-]*(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|kg|tonnes?|tons?|hectares?|degrees?)\b"
    r"|\bmagnitude(?:\s+of)?\s+\d[\d.]*|\b\d[\d.]*[\s-]*magnitude\b",
    re.I,
)
"""Numbers that are never counts of people (dates, times, money, shares, distances, magnitudes): they alone do
not make a sentence worth parsing."""
_TERMINAL = re.compile(r"""[.!?:;"”’')\]]\s*$""")
_MARKUP = re.compile(r"[*_#>]+")
WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’ -]{1,40}(?:/[A-Z][A-Za-z.'’ -]{1,40})?"  # a place, or two: "Moscow/Kiev"
    r"(?:,\s*[A-Z][A-Za-z.'’ ]{1,40}){0,2}"
    r"(?:\s+/\s+[A-Z][A-Za-z.'’ -]{1,40})?"  # "RAMALLAH, Palestine / ISTANBUL (AA) -"
    r"(?:/[A-Z][A-Za-z.'’ -]{1,40},\s*[A-Z][A-Za-z.'’ ]{1,40})?"  # "WIMEREUX, France/DOVER, England (Reuters) -"
    r"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?))?)?"
    # (a station's name may open with its frequency: "NEW YORK (1010 WINS) — ")
    r",?\s*\(([A-Z][^)]{1,40}|\d{1,5}\s?[A-Z][A-Za-z][^)]{0,30}|[a-z]{2,6}(?:-[a-z]{2,6}|/[A-Z]{2,6})?)\)\.?\s*"
    r"(?:[–—_-]{1,2}|:)\s*"
)
"""A wire dateline: "BEIRUT, December 6, 2013 (AFP) -", "GENEVA, Switzerland (AFP)—", "BAGHDAD, (AP) –",
"Mexico City, Feb 13 (efe-epa).-", "Dhaka, July 28, (dpa/GNA) –", "Moscow/Kiev, Jun 1 (IANS):",
"YEREVAN, Armenia, Western Asia, December 6 (ANI/Sputnik):", "RAMALLAH, Palestine / ISTANBUL (AA) -",
"SAO PAULO, Brazil (AP) _" (the dash of old wire copy), "Geneva, 22 June 1999 (RFE/RL) -"; group 1 the agency."""

_CAPS_DATELINE = re.compile(r"^[A-Z]{2,}(?:[ .'-]+[A-Z]{2,})*(?:,\s*[A-Z][A-Za-z.'’ ]{1,40}){0,2}\s*(?:--|[–—]|\s-)\s*")
"""A dateline in capitals, perhaps with a country: "SANTA CATARINA PINULA, Guatemala — ", "KABUL -- "."""

_CREDITED_CAPS_DATELINE = re.compile(
    r"^[A-Z]{2,}(?:[ .'-]+[A-Z]{2,})*(?:,\s*[A-Z][A-Za-z.'’ ]{1,40}){0,2}\s*\([A-Z][^()]{1,60}\)\s+(?=[A-Z“\"])"
)
"""A dateline in capitals with its credit in brackets and no dash: "MEXICO CITY (UrduPoint News / Sputnik - 28th
April, 2023) The specialized prosecutor's office ..."."""

# Metadata at the head of a paragraph: "date 2024-02-29 ", "Baku, MINA – ", "BAKU (Reuters) - ",
# "ISLAMABAD - ", "New Delhi - ", "Manila: ".
_LEAD_META = re.compile(
    r"^(?:(?i:date)[:\s]+\d{4}-\d{2}-\d{2}\s+"
    r"|[A-Z][A-Za-z.' -]{1,40},\s+[A-Z][A-Za-z'’&.]*(?:\s+[A-Z][A-Za-z'’&.]*){0,4}\s+[–—-]{1,2}\s+"
    r"|[A-Z]{2,}(?:[ .'-]+[A-Z]{2,})*(?:\s*(?:--|[–—])|\s+-)\s*"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:\s+[–—-]\s+|:\s+)(?=[A-Z\"“]))"
)


@dataclass(frozen=True)
class Block:
    """A stretch of body text (a paragraph or a sentence): ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str
    para: int = 0  # which paragraph it belongs to


_STAMP_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:utc|gmt|am|pm|est|edt|cet|cest|ist)\b"
    r"|\b(?:updated|published|posted|last|modified|on|at)\b",
    re.I,
)


def _is_stamp(line: str) -> bool:
    """A line that is only a date or a time: "30 August 2022 16:50 (UTC+04:00)", "Updated: Oct 9, 2023"."""
    rest = _STAMP_WORDS.sub(" ", line)
    return bool(re.search(r"\d", line)) and not re.search(r"[A-Za-z]", rest)


BULLETS = ("•", "-", "–", "—", "*", "·")
"""Marks that open a line of a list."""

_BULLET_CLASS = re.escape("".join(BULLETS))
_BREAKDOWN_LINE = re.compile(
    rf"^(?:[{_BULLET_CLASS}]\s*)?(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*\s*(?::|\s[-–—])\s*"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"
)
"""A line of a breakdown, a place and its count ("• Graves County - 21", "Egypt: 672"): not a heading."""


def _is_heading(line: str) -> bool:
    bare = _MARKUP.sub("", line).strip()
    if not bare or _is_stamp(bare):
        return True
    if line.lstrip().startswith("#"):
        return True
    if _BREAKDOWN_LINE.match(bare):
        return False
    words = bare.split()
    # Headlines and sub-heads: short lines that do not end a sentence.
    return len(words) <= 16 and not _TERMINAL.search(bare)


def _cut_off_sentence(line: str) -> bool:
    """The page's last line, a sentence cut off where the copy stops ("The conflict has killed about 150,000
    people, according to some estimates, and displaced nearly nine millio"): long, in sentence case, a comma in
    it -- not a headline."""
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 8 and "," in line and lower >= 0.6 * len(words)


_OPENING_PREPOSITIONS = ("in", "on", "at", "since", "after", "before", "during", "by", "until", "according")
"""Words that open a sentence's adverbial phrase ("In May, nine people died ...")."""


def _opens_a_sentence(line: str) -> bool:
    """A sentence that lost its full stop ("Besides, two women were killed by a mudslide that hit Dashti Qozi
    village in Panjakent district"): a connective and its comma, then a clause in sentence case -- no headline."""
    words = line.split()
    lower = sum(1 for w in words[1:] if w[:1].islower())
    comma = any(w.endswith(",") for w in words[:3])
    connective = words[0].strip(",").lower() in (*lexicon()["sentence_adverbs"], *_OPENING_PREPOSITIONS)
    return len(words) >= 10 and comma and connective and lower >= 0.6 * (len(words) - 1)


_PHOTO_CREDIT = re.compile(
    r"(?:\bPHOTOS?\b\s*[:|]|\bPhoto(?:graph)?s?:|\(Photos?\b|/\s*Photo\b|\[/caption\])[^\n]{0,80}$"
    r"|^\s*(?:FILE PHOTO:|\[caption\b)"
    # "... on July 13, 2015. AFP Photo"
    r"|[.!?]\s+(?:AFP|AP|Reuters|REUTERS|Getty Images|EPA|Xinhua|DHA|AA) Photos?\s*$"
)
"""A photo's caption: its credit closes the line ("... has left at least 70 people dead. PHOTOS | SIMON MAINA |
AFP", "... in Prospect Avenue Photo: REUTERS[/caption]", "... (Photo by Abdalrhamn Ismail/Reuters)")."""


def _is_caption(line: str) -> bool:
    return bool(_PHOTO_CREDIT.search(line))


def _is_boilerplate(line: str) -> bool:
    bare = _MARKUP.sub("", line).strip().lower()
    return any(bare.startswith(prefix) for prefix in lexicon()["boilerplate_prefixes"])


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _repeats_title(line: str, title: str) -> bool:
    """The headline again, perhaps with its outlet: "Serbia Repatriates 24 ... to Kosovo (Balkan Insight)"."""
    if _ENDS_SENTENCE.search(line):
        return False  # a lead that begins with the headline's words is still the lead
    bare, head = _letters(line), _letters(title)
    return len(head) >= 12 and bare.startswith(head) and len(bare) - len(head) <= 40


def _teaser(lines: list[str], n: int) -> bool:
    """Line ``n`` is a teaser cut off with an ellipsis that the next paragraph gives whole: "GENEVA (AP) — The
    U.N. refugee agency said Friday it fears that 427 Rohingya fleeing Myanmar and a refugee camp…"."""
    line = lines[n].strip()
    if not line.endswith(("…", "...")):
        return False
    bare = _letters(_LEAD_META.sub("", line, count=1))
    later = next((ln for ln in lines[n + 1 :] if ln.strip()), "")
    return len(bare) >= 30 and _letters(later).startswith(bare)


def _given_again(lines: list[str], n: int) -> bool:
    """Line ``n`` is a summary, a standfirst or a caption that a later line of the body gives word for word:
    "Three Iraqi soldiers were killed ..., security and health sources said." above "ERBIL (Kurdistan 24) – Three
    Iraqi soldiers were killed ..., security and health sources said." The later copy is the story's."""
    bare = _letters(lines[n])
    if len(bare) < 40:
        return False
    # (A paragraph repeated whole is the page's text twice over, each a mention of its own.)
    return any(bare in (again := _letters(later)) and bare != again for later in lines[n + 1 :])


_FOREIGN_LEAD = re.compile(
    r"[\u0400-\u04ff\u0590-\u08ff\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af][^A-Za-z]*(?=[A-Z][a-z])"
)
"""Words in Cyrillic, Hebrew, Arabic, Thai, Chinese, Japanese or Korean script that open a line and run, with no
space, into an English word in capitals."""


def _hard_wrapped_lines(lines: list[str]) -> set[int]:
    """The lines of paragraphs written with hard line breaks: runs of lines with no blank line between them, two
    or more of which break off mid-sentence before a line that goes on in lower case."""
    out: set[int] = set()
    run: list[int] = []
    for n, line in enumerate([*lines, ""]):
        if line.strip():
            run.append(n)
            continue
        breaks = sum(
            1 for i in run[:-1] if lines[i + 1].lstrip()[:1].islower() and not _ENDS_SENTENCE.search(lines[i].rstrip())
        )
        if breaks >= 2:
            out.update(run)
        run = []
    return out


def body_blocks(text: str, title: str | None = None) -> list[Block]:
    """Paragraphs of the article body in order, each line-bounded and never a heading.

    Lines are grouped into paragraphs at blank lines; within a paragraph,
    heading and boilerplate lines are dropped, and so are a line that repeats
    the article's ``title``, a teaser the next paragraph gives whole and a line
    a later one gives word for word.
    """
    blocks: list[Block] = []
    pos = 0
    current: list[tuple[int, int]] = []

    dated = False
    carried = False

    def flush() -> None:
        nonlocal dated
        if current:
            start, end = current[0][0], current[-1][1]
            # A date marker, then a dateline, at the head of the first paragraph; below a page's menus and
            # notices, a dateline in capitals ("SANTA CATARINA PINULA, Guatemala — ") opens the story itself.
            # (Or one with its credit: "Metro Manila (CNN Philippines, December 25) —", "MEXICO CITY (UrduPoint News
            # / Sputnik - 28th April, 2023) The ...")
            later = (_CAPS_DATELINE, WIRE_DATELINE, _CREDITED_CAPS_DATELINE)
            patterns = (_LEAD_META, WIRE_DATELINE, _CREDITED_CAPS_DATELINE) if not blocks else () if dated else later
            for pattern in patterns:
                meta = pattern.match(text[start:end])
                if meta and meta.end() < end - start:
                    start += meta.end()
                    dated = True
            blocks.append(Block(start, end, text[start:end], len(blocks)))
            current.clear()

    lines = text.splitlines(keepends=True)
    rewrapped = _hard_wrapped_lines(lines)
    for n, line in enumerate(lines):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        content = text[start:end]
        if not content.strip():
            flush()
            carried = False
            continue
        following = lines[n + 1].lstrip() if n + 1 < len(lines) else ""
        # "... trapped under the rubble,\nincluding 720 children.": a hard-wrapped line, not a heading.
        last_word = content.rstrip().rsplit(None, 1)[-1] if content.strip() else ""
        wrapped = (
            content.rstrip().endswith((",", ";"))
            or following[:1].islower()
            or (bool(following.strip()) and last_word in lexicon()["wrapping_words"])
            # ("Based on a tally by the Assistance Association for Political\nPrisoners advocacy group, 464 ...")
            or (n in rewrapped and bool(following.strip()) and len(content.split()) >= 8)
        )
        headline = title is not None and _repeats_title(content, title)
        skipped = headline or _teaser(lines, n) or _given_again(lines, n)
        # (A line the one before ran on into: "... another Yangon neighborhood,\nwhen security forces fired on
        # protesters and a Red Cross team, witness Thiha\nSoe told Reuters.")
        cut_off = n == len(lines) - 1 and bool(blocks) and _cut_off_sentence(content)
        dropped = _is_boilerplate(content) or _is_caption(content) or skipped
        unstopped = _is_heading(content) and _opens_a_sentence(content)
        if (_is_heading(content) and not (wrapped or carried or cut_off or unstopped)) or dropped:
            flush()
            carried = False
            continue
        carried = wrapped and not _ENDS_SENTENCE.search(content)
        # Trim leading/trailing spaces so offsets cover only text; and a page's link in another script run into
        # the story's first word ("إقرأ هذا الخبر بالعربيةNearly 60 people were reported killed").
        lead = len(content) - len(content.lstrip())
        foreign = _FOREIGN_LEAD.match(content, lead)
        if foreign:
            lead = foreign.end()
        trail = len(content) - len(content.rstrip())
        current.append((start + lead, end - trail))
        if _ENDS_SENTENCE.search(content) or (unstopped and not wrapped and following[:1].isupper()):
            flush()  # a line that ends a sentence ends a paragraph; hard-wrapped lines run on
    flush()
    return blocks


@cache
def _splitter() -> Language:
    """spaCy's tokenizer and rule-based sentencizer only: cheap, and it knows "U.S." and "Oct."."""
    nlp = split_glued_words(keep_rank_abbreviations(keep_outlet_domains(spacy.blank("en"))))
    nlp.add_pipe("sentencizer")
    return nlp


_SCARE_QUOTED = re.compile(
    r"[\"“]((?:(?:more than|at least|over|nearly|almost|about|some|up to|as many as)\s+)?\d[\d,.]*)[\"”](?=\s+[a-z])",
    re.IGNORECASE,
)
"""A number in quotation marks before what it counts: '"more than 100,000" people', '“at least 107” bodies'."""


# "AT LEAST 18, including soldiers, were killed": a lead's hedge in capitals, which the tagger reads as names
_CAPS_HEDGE = re.compile(
    r"^\s*(?:AT LEAST|MORE THAN|NEARLY|ALMOST|ABOUT|AROUND|SOME|OVER|UP TO|AS MANY AS|AN ESTIMATED)(?= \d)"
)


_LOW_COMMA = re.compile(r"\u201a(?!\w)")


def parse_text(block: Block) -> str:
    """The text the parser reads: a hard-wrapped line's break is a space ("between 50 and\n60 people" is one
    range), and the quotation marks around a quoted number are spaces ('“at least 107” bodies'), so that
    character offsets stay those of the article."""
    text = block.text.replace("\r", " ").replace("\n", " ")
    text = _LOW_COMMA.sub(",", text)  # "MEC for heath in Mpumalanga‚ Gillion Mashego": a low quotation mark as a comma
    text = _CAPS_HEDGE.sub(lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)
    return _SCARE_QUOTED.sub(lambda m: f" {m.group(1)} ", text)


def sentence_blocks(blocks: list[Block]) -> list[Block]:
    """Each paragraph cut into sentences, for selective parsing. Sentences of one paragraph share its number,
    renumbered in order; a sentence glued to the one before it without a space ("... to the morgue.The
    operation ...") starts a new one, as scraped pages run their paragraphs together that way."""
    out: list[Block] = []
    para, last_para = -1, None
    for block, doc in zip(blocks, _splitter().pipe(b.text for b in blocks), strict=True):
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = block.start + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            glued = bool(out) and block.para == last_para and out[-1].end == start and _GLUED.match(text) is not None
            if block.para != last_para or (glued and _ENDS_SENTENCE.search(out[-1].text)):
                para += 1
            last_para = block.para
            out.append(Block(start, start + len(text), text, para))
    return out


def figure_blocks(blocks: list[Block]) -> list[bool]:
    """Which sentences to parse: those that may hold a figure, the one before each in its
    paragraph (who speaks), and the lead (relays). The rest cannot change any claim."""
    may = [
        bool(_FIGURE_HINT.search(_NOT_COUNTS.sub(" ", b.text))) or bool(_CHARACTERISATION_HINT.search(b.text))
        for b in blocks
    ]
    return [
        i == 0
        or may[i]
        or (i + 1 < len(blocks) and may[i + 1] and blocks[i + 1].para == blocks[i].para)
        # or whom a figure's "He" or "She" opening the next paragraph stands for ("Chief Minister Pushkar Singh
        # Dhami visited Dharali ... . // He confirmed that 190 people had been rescued")
        or (i + 1 < len(blocks) and may[i + 1] and _PRONOUN_OPENING.match(blocks[i + 1].text) is not None)
        # a speaker named just before a figure ("Hajiyev said on Twitter. He said, '4,000 ...'"), or before a
        # paragraph that goes on quoting them ("..., saying: ‘The advice is ... // ‘Bear in mind ... . It is ... .
        # The last time ... 11 lives were lost.’")
        or ((any(may[i + 1 : i + 3]) or _quoted_next(blocks, may, i)) and bool(_cue_hint().search(blocks[i].text)))
        # or just after it ("The toll rose to 36. The figure was given by the fire service.")
        or (i > 0 and may[i - 1] and bool(_cue_hint().search(blocks[i].text)))
        # or whom a "he said" a few sentences on stands for ("Its principal, Mohd Zahid Mahmood said ... . // “... ,”
        # he told reporters. // He said the centre was now left with 18 students")
        or (_pronoun_ahead(blocks, may, i) and bool(_cue_hint().search(blocks[i].text)))
        # or who closes a quotation a figure of its paragraph is in ('His three children and wife “haven’t eaten
        # ... . We don’t ... . My children ... take them”, he said.')
        or (_closes_quotation_after(blocks, may, i) and bool(_cue_hint().search(blocks[i].text)))
        # or whom the "He said ..." right after it stands for, when a figure follows ("Akram Khaskheli ... voiced
        # deep concern ... . He said in a statement that ... . ..., 12,116 bonded labourers ... were freed, he
        # informed.")
        or _pronoun_speaks_next(blocks, may, i)
        for i in range(len(blocks))
    ]


def _closes_quotation_after(blocks: list[Block], may: list[bool], i: int) -> bool:
    """Does sentence ``i`` close a quotation, after a sentence with a figure two to four before it in its
    paragraph (the one right before is parsed anyway)?"""
    before = range(max(0, i - 4), i - 1)
    closes = "”" in blocks[i].text or blocks[i].text.count('"') % 2 == 1
    return closes and any(may[j] and blocks[j].para == blocks[i].para for j in before)


_PRONOUN_OPENING = re.compile(r"(?:He|She)\b")

# A figure's sentence whose speaker is a pronoun: "He said ...", "..., she told reporters".
_PRONOUN_CUE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:said|says|told|added|stated)\b")


def _pronoun_ahead(blocks: list[Block], may: list[bool], i: int) -> bool:
    """Does a sentence with a figure three to five on (the two right after are parsed anyway), at most three
    paragraphs later, name its speaker by a pronoun?"""
    ahead = range(i + 3, min(i + 6, len(blocks)))
    return any(may[j] and blocks[j].para - blocks[i].para <= 3 and _PRONOUN_CUE.search(blocks[j].text) for j in ahead)


def _pronoun_speaks_next(blocks: list[Block], may: list[bool], i: int) -> bool:
    """Does the sentence after ``i``, in its paragraph, speak through a pronoun ("He said ...") with a figure in
    one of the two sentences after it?"""
    j = i + 1
    if j >= len(blocks) or blocks[j].para != blocks[i].para:
        return False
    speaks = _PRONOUN_OPENING.match(blocks[j].text) is not None or _PRONOUN_CUE.search(blocks[j].text) is not None
    return speaks and any(may[k] for k in range(j + 1, min(j + 3, len(blocks))))


def _quoted_next(blocks: list[Block], may: list[bool], i: int) -> bool:
    """Does the paragraph after sentence ``i``'s open a quotation and hold a figure?"""
    after = [j for j in range(i + 1, len(blocks)) if blocks[j].para == blocks[i].para + 1]
    return bool(after) and quotation_runs_on(blocks[after[0]].text) and any(may[j] for j in after)


def quotation_runs_on(text: str) -> bool:
    """Does a sentence left unparsed open a quotation that runs on past it ("‘Bear in mind it is coming your
    way ..."), naming no speaker (not "“The cold is of course against us, admitted the head of medical teams, ...")
    and closing nothing (not a heading, "‘Genuine threat’")?"""
    text = text.strip()
    if not text.startswith(_QUOTES_OPENING) or _CLOSING_QUOTE.search(text[1:]):
        return False
    return not _cue_hint().search(text)


def opens_quotation(text: str) -> bool:
    """Does a parsed sentence open a paragraph with a quotation: double quotation marks, or a single one closed
    at its end or not at all ("‘... 11 lives were lost.’", not the heading of "‘Genuine threat’ The Boko Haram
    armed uprising ..." the page ran into its paragraph)?"""
    text = text.strip()
    if text.startswith(_DOUBLE_OPENING):
        return True
    closing = _CLOSING_QUOTE.search(text, 1)
    return text.startswith("‘") and (closing is None or not text[closing.end() :].strip(" .,;:!?"))


def list_item_after(previous: Span, sent: Span, listing: bool) -> bool:
    """Is a line an item of a list its previous line opened with a colon, or (``listing``: in such a list) the item
    after another ("Beshear provided the county breakdown of deaths:" and then "• Graves County - 21", "• Hopkins -
    17"; not a page's summary points, each its own)?"""
    item = sent.text.lstrip()[:1] in BULLETS
    return item and (previous.text.rstrip().endswith(":") or (listing and previous.text.lstrip()[:1] in BULLETS))
