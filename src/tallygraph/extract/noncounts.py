"""Numbers that count no one: ages ("a three day-old infant"), rates ("40 deaths per 100,000"), ratios ("one in six
members"), multiples ("three times more passengers") and quantities with a unit ("6 km")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.numbers import NumberMention

__all__ = ["age_after_name", "age_before_old", "in_rate", "with_unit"]


def age_before_old(sent: Span, num: NumberMention) -> bool:
    """ "a three day-old infant", "a six month old baby": the number measures an age ending in "old"."""
    after = [t.lower_ for t in sent.doc[num.end : min(num.end + 3, sent.end)]]
    return (
        len(after) >= 2
        and after[0] in ("day", "days", "week", "weeks", "month", "months", "year", "years")
        and (after[1] == "old" or after[1:3] == ["-", "old"])
    )


def age_after_name(sent: Span, num: NumberMention) -> bool:
    """ "The fatalities were Rolino Pareño, aged 43, Weldie Pareño, 42, Frederick Orteza, 39, ...": a number set
    off by commas right after a person's name is that person's age."""
    doc = sent.doc
    if num.first - 2 < sent.start or doc[num.first - 1].text != "," or num.first != num.start:
        return False
    name = doc[num.first - 2]
    after = doc[num.end].text if num.end < sent.end else "."
    # (set off by commas, not a list's semicolons: "Mali, 30; India, 14", even with Mali taken for a person)
    if name.pos_ != "PROPN" or after not in (",", ".", "and"):
        return False
    # (also a name the recogniser missed, of two words or more: "Marilou Barbo Papa, 44"; never a place: "Mali, 30")
    before = doc[name.i - 1] if name.i > sent.start else None
    untyped = (
        not name.ent_type_ and before is not None and before.pos_ == "PROPN" and before.ent_type_ in ("", "PERSON")
    )
    # (or a name taken for a body, when the number is taken for a date, as ages are: "Marilou Barbo Papa, 44")
    dated = doc[num.start].ent_type_ == "DATE" and name.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
    return name.ent_type_ == "PERSON" or untyped or dated


_RATIO_NUMERATORS = ("one", "1", "two", "three", "four")


def in_rate(sent: Span, mention: NumberMention) -> bool:
    """A number of a rate, a ratio or a multiple: "40 violent deaths per 100,000 inhabitants", "one in six
    members", "three times more passengers"."""
    doc = sent.doc
    if mention.first > sent.start and doc[mention.first - 1].lower_ == "per":
        return True
    after = doc[mention.end : min(mention.end + 4, sent.end)]
    if any(t.lower_ == "per" and t.i + 1 < sent.end and doc[t.i + 1].like_num for t in after):
        return True
    # "just below one in six members of that population": a ratio, both its numbers (not "130 in 2022")
    before = doc[mention.first - 2 : mention.first] if mention.first >= sent.start + 2 else None
    if before is not None and before[1].lower_ == "in" and before[0].lower_ in _RATIO_NUMERATORS:
        return True
    following = doc[mention.end] if mention.end < sent.end else None
    # ("approximately one in 35 inhabitants": the numerator after its hedge)
    if following is not None and following.lower_ == "in" and doc[mention.start].lower_ in _RATIO_NUMERATORS:
        denominator = doc[mention.end + 1] if mention.end + 1 < sent.end else None
        if denominator is not None and denominator.like_num and denominator.ent_type_ != "DATE":
            return True
    if following is not None and following.lower_ == "per" and mention.end + 1 < sent.end:
        return doc[mention.end + 1].lower_ == "cent"  # "the gun featured in 584, or 78 per cent, of homicides"
    return following is not None and following.lower_ in ("times", "percent", "%")


def with_unit(tok: Token) -> bool:
    """Does the quantity entity of the number ``tok`` end with it a unit ("6 km", "40 tonnes")?"""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is None or any(not t.like_num and t.is_alpha for t in tok.doc[tok.i + 1 : ent.end])
