"""Speakers the parser left unattached, found by where they stand around a verb of speech: a name or a group
between the last comma and a closing verb ("..., the National Transport and Safety Authority (NTSA) has said",
"..., officials and witnesses said"), a speaker and their title hung as appositions after the statement
("..., Oleksandr Starukh, the local governor, says"), or a person who opens the sentence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.agents import agentive
from tallygraph.extract.naming import clean_name, strip_demonym
from tallygraph.extract.persons import entity_at
from tallygraph.extract.speakers import np_start
from tallygraph.lexicon import forms, lexicon

__all__ = [
    "comma_named_subject",
    "comma_subject",
    "comma_titled_person",
    "described_speakers_before",
    "left_group",
    "left_name",
    "opening_person",
    "person_after_quote",
    "trailing_apposition",
]


def _left_title(verb: Token) -> str | None:
    """ ", the mayor of the town of Sardinata said": the titled phrase that ends before the verb."""
    doc = verb.doc
    tok = doc[verb.i - 1]
    while tok.dep_ in ("pobj", "prep", "compound") and tok.head.i < verb.i and tok.head.i != tok.i:
        tok = tok.head
    lex = lexicon()
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in {*lex["person_titles"], *lex["authority_nouns"]}:
        start = min(c.left_edge.i for c in [tok, *tok.lefts])
        return clean_name(doc[start : verb.i].text)
    return None


def left_name(verb: Token) -> str | None:
    """A trailing ", the X Commission for A, B and C said": walk left over the name."""
    doc = verb.doc
    i = verb.i - 1
    if i > verb.sent.start + 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
        # "..., the Sikkim State Disaster Management Authority (SSDMA) said": the name before its abbreviation
        # (but "the United Nations' peacekeeping mission in the CAR (MINUSCA) said": another acronym before it is
        # where the mission is, and the abbreviation its name)
        if doc[i - 3].text.isupper() and len(doc[i - 3].text) >= 2 and doc[i - 3].text != doc[i - 1].text:
            return doc[i - 1].text
        i -= 3
    if i < verb.sent.start or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    joint = left_group(verb)
    titled = _left_title(verb)
    if titled and not (joint and titled in joint.split(" and ")):
        return titled
    if joint:
        return joint  # (and "..., state media and officials said": both, not only the last)
    if (
        doc[i].pos_ == "NOUN"
        and not doc[i].text[:1].isupper()
        and doc[i].lemma_.lower() not in lexicon()["authority_nouns"]
    ):
        return None  # "the 26 people reported killed": not a name
    if doc[i].ent_type_ in ("DATE", "TIME") or doc[i].like_num:
        return None  # "figures released Friday showing ...": a date is not a name
    start = i
    while start - 1 >= verb.sent.start:
        prev = doc[start - 1]
        if prev.pos_ == "DET":
            start -= 1
            break
        if prev.pos_ in ("PROPN",) or (prev.text[:1].isupper() and prev.pos_ in ("ADJ", "NOUN", "VERB")):
            start -= 1
            continue
        if (
            prev.lower_ in ("of", "for", "and", ",", "'s", "’s")
            and start - 2 >= verb.sent.start
            # ("a source at the country's ministry of health told Reuters": a name the tagger knew in lower case)
            and (doc[start - 2].text[:1].isupper() or (prev.lower_ == "of" and doc[start - 2].pos_ == "PROPN"))
        ):
            start -= 1
            continue
        break
    return strip_demonym(clean_name(doc[start : verb.i].text))


def _verb_start(verb: Token) -> int:
    """Where a closing verb of speech starts, with its auxiliaries: "..., the National Transport and Safety
    Authority (NTSA) has said."."""
    doc, start = verb.doc, verb.i
    while start - 1 > verb.sent.start and doc[start - 1].dep_ in ("aux", "neg") and doc[start - 1].head.i == verb.i:
        start -= 1
    return start


def _after_last_comma(verb: Token, stops: tuple[str, ...]) -> Span | None:
    """The words between the last comma before a verb and the verb (one to fourteen of them), unless a word of
    ``stops`` (parts of speech) or a quotation mark comes first."""
    doc, sent = verb.doc, verb.sent
    end = _verb_start(verb)
    i = end - 1
    # (or the dash that closes an aside: "... were shot -- two in the chest, ... -- the Central Committee of Sudan
    # Doctors said")
    while i >= sent.start and doc[i].text not in (",", "--", "—", "–"):
        # (not the "based" of "the Britain-based Syrian Observatory": a modifier)
        if (doc[i].pos_ in stops and doc[i].dep_ != "amod") or doc[i].is_quote:
            return None
        i -= 1
    words = doc[i + 1 : end]
    # ("the UN Office for the Coordination of Humanitarian Affairs (OCHA) in the East African country": sixteen)
    return words if i >= sent.start and 0 < len(words) <= 18 else None


def _before_apposition(verb: Token) -> Span | None:
    """ "..., The National News, a UAE-based newspaper, reported", "..., police in the Ghanaian capital, Accra, told
    IRIN": the words before an apposition that closes right before the verb."""
    doc, sent = verb.doc, verb.sent
    end = _verb_start(verb)
    if doc[end - 1].text != ",":
        return None
    commas = [t.i for t in doc[sent.start : end - 1] if t.text == ","]
    if len(commas) < 2:
        return None
    inner, outer = doc[commas[-1] + 1 : end - 1], doc[commas[-2] + 1 : commas[-1]]
    if not 0 < len(inner) <= 10 or not 0 < len(outer) <= 14:
        return None
    if any((t.pos_ in ("VERB", "AUX", "PRON", "NUM", "SCONJ") and t.dep_ != "amod") or t.is_quote for t in outer):
        return None
    roots = [t for t in inner if not inner.start <= t.head.i < inner.end and not t.is_punct]
    # (or a clause that only describes them: "..., the deputy foreign minister for the Houthi administration,
    # which holds much of northern Yemen, said on Twitter.")
    relative = inner[0].lower_ in ("who", "which") and roots[:1] == [inner[0].head] and inner[0].head.dep_ == "relcl"
    if len(roots) != 1 or (roots[0].dep_ != "appos" and not relative) or not outer.start <= roots[0].head.i < outer.end:
        return None
    return outer


def comma_subject(verb: Token, voices: bool = False) -> Token | None:
    """ "..., police in the East African nation confirmed on Friday.": the head of the phrase between the last
    comma and a verb of speech that ends the sentence, when the parser hung that phrase on the clause before.
    ``voices``: a community's leader or elder may be that head too."""
    doc, sent = verb.doc, verb.sent
    # (a verb in the phrases that tell where or when it was said is no clause after it: "... said in a report on
    # the post-election crackdown")
    phrases = {t.i for c in verb.rights if c.dep_ in ("prep", "npadvmod") for t in c.subtree}
    # (nor a participle that tells how: "... told The Daily Star seeking anonymity")
    phrases |= {
        t.i
        for c in verb.rights
        if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and not any(g.dep_ == "ccomp" for g in c.children)
        for t in c.subtree
    }
    after = [t for t in doc[verb.i + 1 : sent.end] if t.i not in phrases or t.text in ("“", '"')]
    if any(t.pos_ in ("VERB", "AUX") or t.text in ("“", '"') for t in after):
        return None
    words = _after_last_comma(verb, ("VERB", "AUX", "PRON", "NUM", "SCONJ")) or _before_apposition(verb)
    if words is None:
        return None
    head = None
    for t in words:
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
        elif head is not None:
            break  # "police in the East African nation": the nouns before the first preposition
    roots = [t for t in words if not t.is_punct and not words.start <= t.head.i < words.end]
    if head is not None and head.ent_type_ == "GPE" and len(roots) == 1 and roots[0].pos_ == "PROPN":
        head = roots[0]  # "the Britain-based Syrian Observatory for Human Rights": not the place it is based in
    if head is None or head.ent_type_ in ("DATE", "TIME", "GPE"):
        return None
    lex = lexicon()
    speakers = {
        *lex["authority_nouns"], *lex["spokes_nouns"], *lex["witness_nouns"], *lex["person_titles"],
        *lex["organisation_nouns"], *(lex["voice_nouns"] if voices else ()),
    }  # fmt: skip
    if head.ent_type_ in ("ORG", "PERSON"):
        entity = entity_at(head, ("ORG", "PERSON"))
        if entity is not None and entity.start < words.start < entity.end:
            return entity.root  # "the State Commission for Captured, Missing and Hostage Citizens": a comma in a name
        # "the National Transport and Safety Authority": the name's head, not a word inside it
        return entity.root if entity is not None and words.start <= entity.root.i < words.end else head
    # "Human Rights Watch (HRW)", a name the tagger knew no kind for: a name with its acronym is a body's
    nxt = doc[head.i + 1 : head.i + 4]
    acronym = len(nxt) == 3 and nxt[0].text == "(" and nxt[1].text.isupper() and nxt[2].text == ")"
    if head.pos_ == "PROPN" and acronym and nxt[2].i < verb.i:
        return head
    return head if head.lemma_.lower() in speakers else None


def comma_titled_person(verb: Token) -> Token | None:
    """ "..., the service's director Ibrahim Abu al-Hassan told The Associated Press.": a title and the name
    after it, between the last comma and a verb of speech the parser read as a conjunct of the clause before."""
    words = _after_last_comma(verb, ("VERB", "AUX", "PRON", "NUM", "SCONJ", "CCONJ"))
    if words is None or len(words) < 2:
        return None
    roots = [t for t in words if not words.start <= t.head.i < words.end]
    if len(roots) != 1 or roots[0].lemma_.lower() not in lexicon()["person_titles"]:
        return None
    named = [c for c in roots[0].children if c.dep_ == "appos" and c.i < verb.i and c.ent_type_ == "PERSON"]
    return named[-1] if named else None


def comma_named_subject(verb: Token, subj: Token | None) -> Token | None:
    """ "..., while 3,322 are injured and 1,063 missing, Lieutenant-Colonel Main Ullah Chowdhury told reporters":
    a name after the last comma that the parser ran into the figures before it, the verb a conjunct."""
    if subj is None or verb.dep_ != "conj" or subj.ent_type_ != "PERSON" or subj.head != verb:
        return None
    words = _after_last_comma(verb, ("VERB", "AUX", "PRON", "NUM", "SCONJ", "CCONJ"))
    if words is None or not words.start <= subj.i < words.end or subj.left_edge.i >= words.start:
        return None
    return subj if all(t.text[:1].isupper() or t.is_punct for t in words) else None


def left_group(verb: Token) -> str | None:
    """The sources named between a comma and the verb, whatever the parser hung them on: "..., officials and
    witnesses said", "..., security and hospital officials said"."""
    return _left_joint_subject(verb) or _left_described_group(verb)


def _left_described_group(verb: Token) -> str | None:
    """ "..., security and hospital officials said." where the parser ran the words into the phrase before:
    the lower-case words and "and" between the comma and the verb, ending in a noun of sources."""
    doc = verb.doc
    last = doc[verb.i - 1]
    if not last.text.islower() or last.lemma_.lower() not in lexicon()["authority_nouns"]:
        return None
    start = last.i
    while start - 1 >= verb.sent.start:
        prev = doc[start - 1]
        if (prev.pos_ in ("NOUN", "ADJ") and prev.text.isalpha() and prev.text.islower()) or (
            prev.lower_ == "and" and start - 2 >= verb.sent.start and doc[start - 2].pos_ in ("NOUN", "ADJ")
        ):
            start -= 1
        else:
            break
    if start == last.i or doc[start].lower_ == "and" or doc[start - 1].text not in (",", '"', "”"):
        return None
    return clean_name(doc[start : verb.i].text)


def _left_joint_subject(verb: Token) -> str | None:
    """ "..., officials and press reports said." where the parser hung the subject elsewhere:
    the conjoined nouns between the comma and the verb, when they are nouns of sources."""
    doc = verb.doc
    first = doc[verb.i - 1]
    if first.dep_ != "conj":
        return None
    # "... in a crackdown on protests, officials and witnesses said": not back over the comma to "protests"
    while (
        first.dep_ == "conj"
        and first.head.i < first.i
        and first.head.pos_ in ("NOUN", "PROPN")
        and doc[first.i - 1].text != ","
    ):
        first = first.head
    start = np_start(first)
    if start - 1 < verb.sent.start or doc[start - 1].text not in (",", '"', "”", "'", "’"):
        return None
    lex = lexicon()
    speakers = {*lex["authority_nouns"], *lex["source_nouns"], *lex["spokes_nouns"], *lex["witness_nouns"]}
    heads = [t for t in doc[start : verb.i] if t.i == first.i or (t.dep_ == "conj" and t.pos_ == "NOUN")]
    if all(any(f in speakers for f in forms(t.text, t.lemma_)) for t in heads):
        return clean_name(doc[start : verb.i].text)
    return None


def _above_prepositions(tok: Token, sent: Span) -> Token:
    """The noun a phrase's prepositions hang on: "the Texas Department of Public Safety" -> "a spokesman for ..."."""
    for _ in range(6):
        if tok.dep_ in ("pobj", "prep") and sent.start <= tok.head.i < tok.i:
            tok = tok.head
        else:
            break
    return tok


def trailing_apposition(sent: Span, verb: Token) -> Token | None:
    """ "..., Oleksandr Starukh, the local governor, says.": a speaker and their title after the
    statement, which the parser hung as appositions on the statement's last noun."""
    doc = sent.doc
    end = verb.i
    while end - 1 > sent.start and doc[end - 1].dep_ in ("aux", "auxpass", "neg") and doc[end - 1].head.i == verb.i:
        end -= 1  # "..., Mehdi Valipour, head of emergency operations ..., was quoted as saying by IRIB"
    if end - 2 < sent.start or doc[end - 1].text != ",":
        return None
    tok = doc[end - 2]
    if tok.text == ")" and end - 5 >= sent.start and doc[end - 4].text == "(":
        tok = doc[end - 5]  # "..., a spokesman for the National Committee for Disaster Management (NCDM), said"
    relative = next((a for a in tok.ancestors if a.dep_ == "relcl" and a.right_edge.i == tok.i), None)
    if relative is not None and relative.left_edge.i > sent.start and doc[relative.left_edge.i - 1].text == ",":
        # "..., the U.K.-based Syrian Observatory for Human Rights, which documents ..., reported Saturday"
        tok = relative.head
    # "..., Jason Reyes, a spokesman for the Texas Department of Public Safety, told": up from the title's body
    tok = _above_prepositions(tok, sent)
    chain = [tok]
    while tok.dep_ == "appos" and sent.start <= tok.head.i < tok.i:
        tok = tok.head
        chain.append(tok)
    if len(chain) < 2:
        return None
    # ("..., ArcelorMittal Temirtau, the local unit of the steelmaker, said": the name and its title both hung on the
    # noun before them)
    # (or the name made a conjunct of the place before it: "... in central Nepal, Nawaraj Adhikari, spokesperson for
    # District Police Range Kathmandu, told Xinhua")
    siblings = [
        c
        for c in chain[-1].children
        if c.i < chain[-2].i
        and c not in chain
        and (
            c.dep_ == "appos"
            or (c.dep_ == "conj" and c.ent_type_ == "PERSON" and not any(t.dep_ == "cc" for t in doc[tok.i : c.i]))
        )
    ]
    for cand in [*reversed(chain), *siblings]:
        edge = cand.left_edge.i
        # (not "police in Hooper, Utah, said": the state a town is in; but "in Kabul, Nusrat Rahimi, a spokesperson
        # for the Interior Ministry, told": a person with a post, whatever the recogniser took the name for)
        placed = (
            cand.ent_type_ in ("GPE", "LOC")
            and cand.head.ent_type_ in ("GPE", "LOC")
            and not any(c.dep_ == "appos" for c in cand.children)
        )
        if cand.pos_ == "PROPN" and edge > sent.start and doc[edge - 1].text == "," and agentive(cand) and not placed:
            return cand
    return None


def described_speakers_before(sent: Span, verb: Token) -> Token | None:
    """ "... on Mount Kilimanjaro, an official and tour operators at Africa's highest peak said on Thursday.": speakers
    described, not named, between a comma and the verb, whom the parser hung as an apposition on the place before."""
    doc = sent.doc
    if verb.i - 1 <= sent.start:
        return None
    tok = _above_prepositions(doc[verb.i - 1], sent)
    edge = tok.left_edge.i
    if tok.dep_ != "appos" or tok.tag_ != "NNS" or tok.right_edge.i != verb.i - 1 or edge <= sent.start:
        return None
    return tok if doc[edge - 1].text == "," and agentive(tok) else None


def opening_person(sent: Span, verb: Token) -> str | None:
    """ "ICRC ... Manager Zara Amatuni, citing information ..., said that": a speech verb the parser left
    without a subject, after a parenthetical that follows the person who opens the sentence."""
    if verb.i == sent.start or sent.doc[verb.i - 1].text != ",":
        return None
    for ent in sent.ents:
        if ent.start - sent.start > 8 or ent.end >= verb.i - 1:
            break
        opening = all(t.pos_ == "PROPN" or t.dep_ in ("cc", "punct") for t in sent.doc[sent.start : ent.start])
        if ent.label_ == "PERSON" and len(ent) >= 2 and opening and sent.doc[ent.end].text == ",":
            return clean_name(ent.text)
    return None


def person_after_quote(sent: Span, verb: Token) -> str | None:
    """'"Too much is too much," said Tuesday in Bunia, the provincial capital, Karna Soro, head of ...': a
    speech verb after a quotation, the parser giving it no subject, and the person named after the when and
    where."""
    doc = sent.doc
    if verb.i == sent.start or doc[verb.i - 1].text not in ('"', "”", "'", "’"):
        return None
    for ent in sent.ents:
        if ent.start <= verb.i:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : ent.start]):
            return None
        if ent.label_ == "PERSON" and len(ent) >= 2:
            return clean_name(ent.text)
    return None
