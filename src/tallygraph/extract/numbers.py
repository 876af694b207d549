"""Numbers in news text: digits and words, vague quantities, and the hedge before them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token
from text_to_num import text2num

from tallygraph.lexicon import lexicon

__all__ = [
    "NumberMention",
    "closes_dates",
    "count_not_year",
    "find_numbers",
    "looks_like_year",
    "parse_number",
    "restated",
]

# "4,000"; "200’000" in Swiss copy, which sets thousands off with an apostrophe
_THOUSANDS_K = re.compile(r"\d+(?:\.\d+)?k")  # "26k": thousands, as headlines write them
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d{1,3}(?:[’']\d{3})+$|^\d+$")
_NUMBER_WORDS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
}
_ABOVE_VERBS = {"top", "exceed", "surpass", "pass"}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


@dataclass
class NumberMention:
    """A number in a sentence: token range, value, and how it is hedged."""

    first: int  # first token of the whole mention (hedge included), doc index
    start: int  # first token of the number itself
    end: int  # one past the last token of the number
    value: int
    qualifier: str = "exact"
    hedge: str | None = None
    vague: bool = False
    low: int | None = None  # for ranges ("between 200 and 300", "50-60")
    high: int | None = None


def parse_number(words: list[str]) -> int | None:
    """Value of a number written in digits, words or a mix ("2.5 million", "4,000", "twelve")."""
    text = " ".join(w.lower() for w in words if w.lower() != "and" or len(words) > 1)
    if len(words) == 1 and _DIGITS.match(words[0]):
        return int(re.sub(r"[,’']", "", words[0]))
    if len(words) == 1 and _THOUSANDS_K.fullmatch(words[0]):
        return int(float(words[0][:-1]) * 1000)  # "26k"
    if len(words) > 1 and re.fullmatch(r"\d{1,3}", words[0]) and all(re.fullmatch(r"\d{3}", w) for w in words[1:]):
        return int("".join(words))  # "more than 23 000 killed": thousands set off by a space
    if len(words) == 2 and re.match(r"^\d+(?:[.,]\d{1,2})?$", words[0]) and words[1].lower() in _SCALES:
        # "2.5 million"; "2,7-million" in copy that writes a decimal comma
        return int(float(words[0].replace(",", ".")) * _SCALES[words[1].lower()])
    if len(words) >= 3 and words[-1].isdigit() and words[-2].lower() in _SCALES:
        # "four-thousand-100" (4,100), as some broadcasters write it
        head, tail = parse_number(words[:-1]), int(words[-1])
        return head + tail if head is not None and tail < _SCALES[words[-2].lower()] else None
    try:
        return int(text2num(text, "en"))
    except (ValueError, TypeError):
        return None


# "thousand-100", which the tokenizer keeps as one word
_SCALE_AND_DIGITS = re.compile(r"(?:hundred|thousand|million)-\d{1,3}")


def _scale_split(word: str) -> list[str]:
    return word.split("-") if _SCALE_AND_DIGITS.fullmatch(word.lower()) else [word]


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    if _SCALE_AND_DIGITS.fullmatch(low):
        return True
    if low in _NUMBER_WORDS or low == "and":
        return low != "and"
    if re.fullmatch(r"\d+,\d{1,2}", tok.text):
        # "2,7-million": a decimal comma, only before a scale word
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        after = nxt.nbor(1) if nxt is not None and nxt.text in ("-", "–") and nxt.i + 1 < len(tok.doc) else nxt
        return after is not None and after.lower_ in _SCALES
    return (
        bool(_DIGITS.match(tok.text))
        or bool(re.match(r"^\d+\.\d+$", tok.text))
        or bool(_THOUSANDS_K.fullmatch(tok.text))
    )


# "three lakh refugees" (300,000), "1.5 crore people" (15 million): the Indian numbering system's scales
_SOUTH_ASIAN_SCALES = {"lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "crore": 10_000_000, "crores": 10_000_000}


def _south_asian(sent: Span, i: int, j: int) -> tuple[int | None, int]:
    """The value of a number whose scale is a lakh or a crore, and where it ends: "three lakh", "1.5 crore",
    "4 lakh 24 thousand" (424,000)."""
    doc = sent.doc
    head = [t.text for t in doc[i:j]]
    if len(head) == 1 and re.fullmatch(r"\d+\.\d+", head[0]):
        value = int(float(head[0]) * _SOUTH_ASIAN_SCALES[doc[j].lower_])
    else:
        counted = parse_number(head)
        value = None if counted is None else counted * _SOUTH_ASIAN_SCALES[doc[j].lower_]
    end = j + 1
    k = end
    while k < sent.end and _is_number_token(doc[k]):
        k += 1
    rest = parse_number([t.text for t in doc[end:k]]) if k > end else None
    if value is not None and rest is not None and rest < _SOUTH_ASIAN_SCALES[doc[j].lower_]:
        return value + rest, k  # "4 lakh 24 thousand"
    return value, end


# what befalls the people a vague plural after "of" counts: "the injury of scores", "the deaths of hundreds"
_FATES = {"death", "injury", "killing", "murder", "disappearance", "abduction", "arrest", "evacuation", "rescue"}

_RISE_VERBS = {"go", "rise", "climb", "jump", "increase", "shoot", "soar", "surge", "move", "creep", "edge"}


def _hedge_before(sent: Span, start: int) -> tuple[str | None, str, int]:
    """The longest hedge phrase that ends right before token ``start``."""
    hedges: dict[str, str] = lexicon()["hedges"]
    best: tuple[str | None, str, int] = (None, "exact", start)
    for n_words in (3, 2, 1):
        first = start - n_words
        if first < sent.start:
            continue
        phrase = " ".join(t.lower_ for t in sent.doc[first:start])
        # ("could climb beyond 400", "surged past 900" are still more than the number, "surged close to 400" nearly)
        rising = (
            first > sent.start
            and sent.doc[first - 1].lemma_.lower() in _RISE_VERBS
            and phrase not in ("beyond", "past", "above", "close to")
        )
        if phrase in hedges and sent.doc[first].dep_ != "prt" and not rising:
            # "handed over 15 people": a particle; "went up to 182": a rise, not a bound
            return phrase, hedges[phrase], first
    return best


def _hedge_after(sent: Span, end: int) -> tuple[str | None, str]:
    post: dict[str, str] = lexicon()["post_hedges"]
    for n_words in (2, 1):  # "95 or more", "ten or so", "likely"
        if end + n_words <= sent.end:
            words = " ".join(t.lower_ for t in sent.doc[end : end + n_words])
            if words in post:
                return words, post[words]
    return None, "exact"


@cache
def _vague_first_words() -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in lexicon()["vague"])


def _vague_at(sent: Span, i: int) -> tuple[int, int, str] | None:
    """A vague quantity starting at token i: (end, value, words)."""
    vague: dict[str, int] = lexicon()["vague"]
    doc = sent.doc
    if doc[i].lower_ not in _vague_first_words():
        return None
    for n_words in (3, 2, 1):
        end = i + n_words
        if end > sent.end:
            continue
        phrase = " ".join(t.lower_ for t in doc[i:end])
        if phrase in vague:
            # "dozens of", "hundreds of": a quantity only when "of" follows or it
            # modifies a noun directly ("a dozen people").
            standing = (
                doc[end - 1].dep_ in ("nsubj", "nsubjpass", "dobj")
                or (
                    end < sent.end
                    and (
                        doc[end].lower_ in ("more", "who", "others")
                        or (doc[end].pos_ in ("AUX", "VERB") and doc[end].i > i)
                    )
                )
                or (i > sent.start and doc[i - 1].lower_ == "of" and doc[i - 1].head.lemma_.lower() in _FATES)
            )  # "displacing millions", "left dozens wounded", "Thousands more", "hundreds of thousands who fled",
            # "six deaths and dozens have been injured" (a subject the parser coordinated with the noun before),
            # "dozens others were injured", "the death of 20 people and the injury of scores"
            if phrase.endswith("s") and (end >= sent.end or doc[end].lower_ != "of") and not standing:
                return None
            return end, vague[phrase], phrase
    return None


def _a_couple(sent: Span, i: int) -> bool:
    """ "a couple were killed", "killing a couple": a pair of people, standing on its own."""
    doc = sent.doc
    tok = doc[i]
    return (
        tok.lower_ == "couple"
        and i > sent.start
        and doc[i - 1].lower_ == "a"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        and not any(c.dep_ == "amod" for c in tok.children)
    )


def find_numbers(sent: Span) -> list[NumberMention]:
    """Every number mention in a sentence, hedges attached, in order."""
    doc = sent.doc
    out: list[NumberMention] = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        vague = _vague_at(sent, i)
        if vague and not _is_number_token(tok):
            end, value, words = vague
            first = i - 1 if i > sent.start and doc[i - 1].lower_ in ("a", "an") else i
            if first == i - 1 and first > sent.start and doc[first - 1].lower_ == "half" and not words.endswith("s"):
                first, value, words = first - 1, value // 2, f"half a {words}"  # "half a dozen deaths": six
            hedge, qualifier, hedge_first = _hedge_before(sent, first)
            if hedge is not None and not words.endswith("s"):
                # "at least a dozen": the hedge governs the vague word
                out.append(NumberMention(hedge_first, i, end, value, qualifier, f"{hedge} {words}", True))
                i = end
                continue
            if hedge == "at least":  # "at least dozens"
                out.append(NumberMention(hedge_first, i, end, value, "atLeast", f"{hedge} {words}", True))
                i = end
                continue
            out.append(
                NumberMention(
                    first,
                    i,
                    end,
                    value,
                    "approximately",
                    words,
                    True,
                )
            )
            i = end
            continue
        if _a_couple(sent, i):
            # "a couple were killed": two people; "a couple of days" is no count of people
            out.append(NumberMention(i - 1, i, i + 1, 2, "exact", None, True))
            i += 1
            continue
        if not _is_number_token(tok):
            i += 1
            continue
        j = i + 1
        while j < sent.end and (
            # (not "two 17-year-old Danes": a count, then an age in digits)
            (_is_number_token(doc[j]) and not (doc[j].text[:1].isdigit() and doc[j - 1].text[:1].isalpha()))
            or (  # "23 000": a narrow or non-breaking space between groups of thousands
                doc[j].is_space
                and j + 1 < sent.end
                and re.fullmatch(r"\d{1,3}", doc[j - 1].text) is not None
                and re.fullmatch(r"\d{3}", doc[j + 1].text) is not None
            )
            or _spaced_thousands(sent, i, j)
            or (
                doc[j].text in ("-", "–")  # "10-million people", "2,7-million", "15-thousand troops"
                and j + 1 < sent.end
                and re.fullmatch(r"\d+(?:[.,]\d{1,2})?", doc[j - 1].text) is not None
                and doc[j + 1].lower_ in ("thousand", "million", "billion")
            )
            or (
                doc[j].text == "-"  # "Seventy-six", "four-thousand-100"
                and j + 1 < sent.end
                and doc[j - 1].lower_ in _NUMBER_WORDS
                and (doc[j + 1].lower_ in _NUMBER_WORDS or _SCALE_AND_DIGITS.fullmatch(doc[j + 1].lower_))
            )
            or (
                doc[j].lower_ == "and"
                and j + 1 < sent.end
                and doc[j + 1].lower_ in _NUMBER_WORDS
                and doc[j - 1].lower_ in _SCALES
            )
        ):
            j += 1
        value = parse_number(
            [w for t in doc[i:j] if t.text not in ("-", "–", ",") and not t.is_space for w in _scale_split(t.text)]
        )
        if value is not None and value < 100 and j < sent.end and doc[j].lower_ == "dozen":
            value, j = value * 12, j + 1  # "more than three dozen migrants": 36
        decimal = j == i + 1 and re.fullmatch(r"\d+\.\d+", doc[i].text) is not None
        if (value is not None or decimal) and j < sent.end and doc[j].text == "K" and not doc[j - 1].whitespace_:
            value, j = int((value if value is not None else float(doc[i].text)) * 1000), j + 1  # "26K", "1.5K"
        if j < sent.end and doc[j].lower_ in _SOUTH_ASIAN_SCALES and (value is not None or j == i + 1):
            value, j = _south_asian(sent, i, j)
        if value is not None:
            # "more than a hundred bodies", "several thousand men": the article or "several" before a bare scale
            lead = doc[i - 1].lower_ if i > sent.start and doc[i].lower_ in _SCALES else ""
            opened = i - 1 if lead in ("a", "an", "several") else i
            if lead in ("a", "an") and opened > sent.start and doc[opened - 1].lower_ == "half":
                value, opened = value // 2, opened - 1  # "half a million people": 500,000
            hedge, qualifier, first = _hedge_before(sent, opened)
            if hedge is None and lead == "several":
                hedge, qualifier, first = "several", "approximately", opened
            if hedge is None:
                hedge, qualifier = _hedge_after(sent, j)
            obj = doc[j - 1].head if doc[j - 1].dep_ == "nummod" else doc[j - 1]  # "exceeds 400 people"
            if hedge is None and obj.dep_ == "dobj" and obj.head.lemma_.lower() in _ABOVE_VERBS:
                hedge, qualifier = obj.head.lower_, "moreThan"  # "could top 1,000", "exceeds 20,000"
            out.append(NumberMention(first, i, j, value, qualifier, hedge))
        i = j
    return _ranges(sent, out)


def _spaced_thousands(sent: Span, i: int, j: int) -> bool:
    """ "about 1, 100 prisoners", "3, 252 people": a thousands comma a page followed with a space (not a list,
    "1, 2, 3", nor a date, "March 3, 252 people")."""
    doc = sent.doc
    if j != i + 1 or doc[j].text != "," or j + 1 >= sent.end or not doc[j].whitespace_:
        return False
    if not re.fullmatch(r"[1-9]\d{0,2}", doc[i].text) or not re.fullmatch(r"\d{3}", doc[j + 1].text):
        return False
    before = doc[i - 1] if i > sent.start else None
    if before is not None and (before.like_num or before.text == "," or _MONTHS.match(before.text)):
        return False
    if (before is not None and before.lower_ in ("under", "aged")) or (
        j + 2 < sent.end and doc[j + 2].lower_ == "aged"
    ):
        return False  # an age, then the next count of a list by age: "29 individuals under 20, 172 aged 21 to 25"
    after = doc[j + 2 : j + 4]
    return not (len(after) == 2 and after[0].text in (",", "and") and after[1].like_num)


_MONTHS = re.compile(r"(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$")


def closes_dates(tok: Token) -> bool:
    """ "April 11 to 15", "March 3-5": the last day of a span of days."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].lower_ in ("to", "-", "–") and _day_after_month(doc[tok.i - 2])


def _day_after_month(tok: Token) -> bool:
    """ "Jan. 23", "March 4": a day of the month, never the start of a range of counts."""
    return tok.i > 0 and bool(_MONTHS.match(tok.doc[tok.i - 1].text)) and tok.doc[tok.i - 1].text[:1].isupper()


def _scaled_low(sent: Span, b: NumberMention) -> NumberMention | None:
    """ "Between 1.7 and 2.2 million people": a range whose scale only its upper end writes, its lower end a bare
    number (a decimal no count is) before "and" or "to"."""
    doc = sent.doc
    scale = doc[b.end - 1].lower_
    if scale not in _SCALES or b.start - 2 < sent.start or doc[b.start - 1].lower_ not in ("and", "to", "-", "–"):
        return None
    low_tok, high_tok = doc[b.start - 2], doc[b.start]
    digits = r"\d+(?:\.\d+)?"
    if not (re.fullmatch(digits, low_tok.text) and re.fullmatch(digits, high_tok.text)):
        return None  # ("two to three million": words, which the number reader joins itself)
    if float(low_tok.text) >= float(high_tok.text):
        return None
    between = doc[b.start - 1].lower_ == "and"
    if between and not (low_tok.i > sent.start and doc[low_tok.i - 1].lower_ == "between"):
        return None
    low = parse_number([low_tok.text, scale])
    if low is None:
        return None
    first = low_tok.i - 1 if between else low_tok.i
    hedge = "between" if between else b.hedge
    return NumberMention(first, low_tok.i, b.end, low, "range", hedge, False, low, b.value)


def _ranges(sent: Span, found: list[NumberMention]) -> list[NumberMention]:
    """Merge "between 200 and 300", "200-300", "200 to 300 people", "two or three" into one range mention."""
    doc = sent.doc
    out: list[NumberMention] = []
    k = 0
    while k < len(found):
        a = found[k]
        scaled = _scaled_low(sent, a) if a.qualifier != "range" and (not out or out[-1].end <= a.start - 2) else None
        if scaled is not None:
            out.append(scaled)
            k += 1
            continue
        b = found[k + 1] if k + 1 < len(found) else None
        if b is not None and not a.vague and not b.vague and b.start - a.end == 1 and a.value < b.value:
            joint = doc[a.end].lower_
            before = doc[a.first - 1].lower_ if a.first > sent.start else ""
            # ("between about 95 and 101": a hedge of its own inside the range)
            between = (a.hedge is None or a.qualifier == "approximately") and before == "between" and joint == "and"
            dashed = (
                joint in ("-", "–", "—", "to", "or")
                and before not in ("from", "by")  # (not "has risen by around 50 to 203": a rise, then the total)
                and not _day_after_month(doc[a.start])  # "from a precise 111,481 on Jan. 23 to 150,000"
                and not closes_dates(doc[a.start])  # "the death toll from April 11 to 15 to 323"
                and not (before in ("in", "since") and looks_like_year(sent, a))  # "from 57,888 in 2022 to 176,406"
                and (
                    a.qualifier in ("exact", "approximately")
                    or (a.hedge == "as many as" and joint != "or")
                    or (a.qualifier in ("atLeast", "nearly") and joint in ("to", "-", "–"))
                )
            )  # "As many as 28 to 30 people": the range is the hedge's upper bound; "At least 16 to 19 people",
            # "nearly 13 to 14 million people"
            if joint == "or" and a.hedge is not None and b.hedge is None and b.value - a.value <= 2:
                # "at least 24 or 25 hostages": the hedge bounds the pair from below
                out.append(NumberMention(a.first, a.start, b.end, a.value, a.qualifier, a.hedge))
                k += 2
                continue
            if between or dashed:
                first = a.first - 1 if between else a.first
                hedge = "between" if between else a.hedge
                low = a.value
                scale = _SCALES.get(doc[b.end - 1].lower_)
                if scale is not None and doc[a.end - 1].lower_ not in _SCALES and low * scale <= b.value:
                    low *= scale  # "two to three million people": both ends in millions
                out.append(NumberMention(first, a.start, b.end, low, "range", hedge, False, low, b.value))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def looks_like_year(sent: Span, mention: NumberMention) -> bool:
    """A bare four-digit number between 1500 and 2099 ("in 1994", "the 2020 war").

    Counts of that size are written with a comma in edited English news, so a
    caller treats such a number as a count only if a person noun follows it.
    """
    doc = sent.doc
    text = doc[mention.start].text
    dated = mention.first > sent.start and doc[mention.first - 1].lower_ in ("since", "in", "from", "until", "by")
    if mention.hedge in ("more than", "over", "at least", "nearly", "almost", "up to", "as many as") and not dated:
        return False  # "more than 2000 have been injured": a count the hedge bounds (not "since at least 2009")
    year = r"1[5-9]\d\d|20\d\d"
    if mention.qualifier == "range" and re.fullmatch(year, doc[mention.end - 1].text):
        return bool(re.fullmatch(year, text))  # "between 2015 and 2019"
    return mention.end - mention.start == 1 and bool(re.fullmatch(year, text))


def count_not_year(sent: Span, mention: NumberMention, noun: Token, partitive: bool) -> bool:
    """A year-shaped number that counts the people noun after it.

    "1660 Palestinian civilians were killed" and "1666 of the dead were civilians" count people;
    "in 2014 Palestinian civilians died" and "the 2020 war victims" are dated.
    """
    doc = sent.doc
    if noun.i == mention.end:
        return True
    if mention.first > sent.start and doc[mention.first - 1].pos_ in ("ADP", "DET"):
        return False  # "in 2014 Palestinian civilians", "the 2014 Palestinian victims"
    between = doc[mention.end : noun.i]
    if partitive:
        return len(between) <= 2 and between[0].lower_ == "of" and all(t.pos_ in ("ADP", "DET") for t in between)
    return len(between) > 0 and all(t.dep_ == "amod" and t.pos_ in ("ADJ", "PROPN") for t in between)


def restated(sent: Span, before: NumberMention, num: NumberMention) -> bool:
    """ "fourteen (14) people", "Five (5) people": a number said again in digits, in brackets, right after itself."""
    doc = sent.doc
    return (
        num.value == before.value
        and num.start == before.end + 1
        and doc[before.end].text == "("
        and num.end < sent.end
        and doc[num.end].text == ")"
    )
