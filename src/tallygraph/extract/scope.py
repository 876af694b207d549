"""What a statement covers: its whole sentence, or only the clause of its verb."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tallygraph.lexicon import lexicon
from tallygraph.nlp import RANK_ABBREVIATIONS

__all__ = ["contrast_clause", "glossed", "statement_scope"]


def statement_scope(
    sent: Span,
    anchor: Token,
    subj: Token | None,
    subjects: list[Token],
    comma_led: Token | None,
    *,
    quotative: bool,
    quoted_as: bool,
) -> set[int] | None:
    """The doc indices a statement made with the verb `anchor` covers; None for the whole sentence."""
    trailing = (
        (
            anchor.dep_ == "conj"
            # '..., a top police official confirmed on Monday, adding ...': read as an adverbial clause
            or (
                anchor.dep_ == "advcl"
                and anchor.i > anchor.head.i
                and not any(c.dep_ == "mark" for c in anchor.children)
            )
            # '... after a coal mine fire, ArcelorMittal Temirtau, the local unit of ..., said on Saturday.': the
            # closing words, though the parser hung the clause of time on them
            or (anchor.dep_ == "advcl" and anchor.i > anchor.head.i and subj is comma_led and subj is not None)
            # ("..., Juan Pappier, reported on Thursday.": read as a participle describing the speaker)
            or (anchor.dep_ == "acl" and anchor.i > anchor.head.i and subj is comma_led and subj is not None)
            # '..., according to lawmaker Shamsayil Saraliyev, the RBC news website reported.': no relative
            # clause, whatever the parser says, when its subject is no relative pronoun
            or (anchor.dep_ == "relcl" and subj is not None and subj.tag_ not in ("WDT", "WP", "WP$"))
            # '..., while search operations for 30 missing persons continued ..., an official from the disaster
            # management agency said.': the parser gave the verb the "while" clause's subject too
            or (anchor.dep_ == "advcl" and sum(c.dep_ == "nsubj" for c in anchor.children) > 1)
            # '... the IOM said the vessel ... overturned ..., News.Az reports, citing Al Jazeera.': the
            # report that ends the sentence wraps it, though the parser hung it on the first verb
            or (
                anchor.dep_ == "ccomp"
                and anchor.i > anchor.head.i
                and all(t.is_punct for t in sent.doc[anchor.right_edge.i + 1 : sent.end])
            )
        )
        and subj is not None
        and subj.i < anchor.i
        and (subj is comma_led or _after_comma(sent, _phrase_start(subj, subjects), titled=subj.ent_type_ == "PERSON"))
    )  # '..., Ismet Music told AFP.' parsed as a conjunct: it still covers the sentence
    # "..., as reported by Ashraf Al-Qudra": an "as" clause vouches for the clause it hangs on
    # (not "..., an official said, as authorities announced a raid": a statement with its own object)
    # (nor "..., a local official said, as survivors warned that dozens more were still missing": its own words)
    as_clause = (
        anchor.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in anchor.children)
        and not any(c.dep_ in ("dobj", "ccomp") for c in anchor.children)
    )
    # "... displacing about 50,000 people the UN said in a statement on Tuesday.": read as a relative clause
    # with nothing said in it, the closing words of a sentence with no comma before them
    bare_relative = (
        anchor.dep_ == "relcl"
        and subj is not None
        and subj.i < anchor.i
        and subj.tag_ not in ("WDT", "WP", "WP$")
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl", "dative") for c in anchor.children)
        and not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[anchor.i + 1 : sent.end])
    )
    # "Flash floods ... have killed hundreds of people the Taliban authorities said on Saturday, without giving ...":
    # the same closing words hung on the sentence's verb as a conjunct, running to the sentence's end
    bare_conjunct = (
        anchor.dep_ == "conj"
        and subj is not None
        and subj.head.i == anchor.i  # (its own subject, not the one the parser shares with the first verb)
        and subj.i < anchor.i
        and subj.tag_ not in ("WDT", "WP", "WP$", "PRP")
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "cc") for c in anchor.children)
        and not any(c.dep_ == "cc" and anchor.head.i < c.i < anchor.i for c in anchor.head.children)
        and all(t.is_punct or t.i in {u.i for u in anchor.subtree} for t in sent.doc[anchor.i : sent.end])
    )
    # "..., 1,464 regime soldiers, said the opposition Syrian Observatory": an inverted closing "said X" that the
    # parser hung on the sentence's verb as a conjunct
    inverted = (
        anchor.dep_ == "conj"
        and anchor.i > sent.start
        and sent.doc[anchor.i - 1].text == ","
        and subj is not None
        and subj.i > anchor.i
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in anchor.children)
    )
    whole = (
        anchor.dep_ in ("ROOT", "parataxis")
        or _spliced_opening(anchor, subj, sent)
        or trailing
        or inverted
        or bare_relative
        or bare_conjunct
        or subj is None
        or quotative
        or as_clause
        or quoted_as
        or _tag_after_quotation(anchor, subj, sent)
    )
    scope = None if whole else {t.i for t in anchor.subtree} | _quoted_after_colon(anchor, sent)
    glosses = [c for c in anchor.children if c.i > anchor.i and _gloss(c)]
    if glosses:
        # ("..., Galon said, referring to a 2009 storm that ... killed hundreds": the reporter's gloss)
        gloss_words = {t.i for g in glosses for t in g.subtree}
        scope = ({t.i for t in sent} if scope is None else scope) - gloss_words
    # ("..., killing 25 people, police said, two days after Taliban gunmen killed four children ...": a clause of
    # time the reporter adds after the closing tag)
    added = [
        t
        for t in sent
        if t.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in t.children)
        and t.left_edge.i > anchor.right_edge.i
        and sent.doc[t.left_edge.i - 1].text == ","
        and not anchor.is_ancestor(t)
    ]
    if added and subj is not None and subj.i < anchor.i and scope is None:
        scope = {t.i for t in sent} - {w.i for t in added for w in t.subtree}
    if subj is None and anchor.dep_ == "acl" and anchor.tag_ == "VBG" and anchor.head.i == anchor.i - 1:
        # "..., officials said, police accusing a detained 13-year-old suspect of plotting the attack": an
        # absolute clause speaks for itself only
        scope = {t.i for t in anchor.head.subtree}
    if scope is not None and anchor.dep_ == "relcl" and anchor.head.pos_ == "NUM":
        scope.add(anchor.head.i)  # "including 34 the Israeli military says are dead"
    elif scope is not None and anchor.dep_ == "relcl" and subj is not None and _tells_what_befell(anchor, subj):
        # "published a list ... of 19 people it said were killed": the people it says were killed, and how many
        # (and those listed with them: "the 15 police officers and 12 soldiers which he said had been killed")
        heads = [anchor.head, *([anchor.head.head] if anchor.head.dep_ == "conj" else [])]
        scope |= {t.i for h in heads for c in h.lefts for t in c.subtree} | {h.i for h in heads}
    if scope is not None and anchor.dep_ == "relcl":
        scope |= _said_on_after(anchor, sent)
    reported = _reported_figure(anchor, sent) if anchor.dep_ == "advcl" and subj is not None else None
    if reported is not None:
        scope = {t.i for t in reported.subtree}
    if anchor.dep_ == "acl" and subj is not None and subj.dep_ == "pobj":
        # "the 401 people listed as missing by Rio's state government": the counted noun is reported
        scope = {t.i for t in anchor.head.subtree}
    return scope


def _said_on_after(anchor: Token, sent: Span) -> set[int]:
    """ "The blasts, which the prime minister said also left at least 145 people wounded, went off ...": what a
    relative clause between commas says, when the parser made its "which" what is said and hung the words after
    the verb on the sentence's own (up to the closing comma, and only words with a verb among them)."""
    doc = sent.doc
    which = [c for c in anchor.children if c.dep_ == "dobj" and c.tag_ == "WDT" and c.i < anchor.i]
    if not which or any(c.dep_ in ("ccomp", "xcomp") for c in anchor.children) or doc[which[0].i - 1].text != ",":
        return set()
    end = next((t.i for t in doc[anchor.i + 1 : sent.end] if t.text == ","), None)
    if end is None:
        return set()
    words = {t.i for t in doc[anchor.i + 1 : end]}
    if not any(doc[i].pos_ in ("VERB", "AUX") for i in words) or words & {t.i for t in anchor.subtree}:
        return set()
    return words


def _reported_figure(anchor: Token, sent: Span) -> Token | None:
    """ "... to include 70 bodies at the morgue of the capital's military hospital, reported on Sunday by a doctor
    who ...": the counted noun a participle with its agent describes after a comma, though the parser hung it on
    the sentence's verb."""
    doc = sent.doc
    if anchor.tag_ != "VBN" or anchor.i - 1 <= sent.start or doc[anchor.i - 1].text != ",":
        return None
    if not any(c.dep_ == "agent" for c in anchor.children) or any(c.dep_.startswith("nsubj") for c in anchor.children):
        return None
    tok = doc[anchor.i - 2]
    nouns = []
    while tok.head.i != tok.i and tok.head.right_edge.i == anchor.i - 2 and tok.head.i < anchor.i:
        tok = tok.head
        nouns += [tok] if tok.pos_ in ("NOUN", "PROPN") else []
    counted = [n for n in nouns if any(c.dep_ == "nummod" for c in n.children)]
    return counted[-1] if counted else None


def _quoted_after_colon(anchor: Token, sent: Span) -> set[int]:
    """'army spokesman Colonel Diarran Kone told Reuters news agency: “Twenty-four Mali army personnel died, eight
    survivors have been found.”': the quotation a colon opens after the verb is all the speaker's, however the
    parser hung its clauses."""
    doc = sent.doc
    colon = next((c for c in anchor.children if c.text == ":" and c.i > anchor.i), None)
    if colon is None or colon.i + 1 >= sent.end or not doc[colon.i + 1].is_quote:
        return set()
    end = next((t.i for t in doc[colon.i + 2 : sent.end] if t.is_quote), sent.end - 1)
    return set(range(colon.i, end + 1))


def _tag_after_quotation(anchor: Token, subj: Token | None, sent: Span) -> bool:
    """'"I carried four bodies ..., three women and a man, ...," one man who gave his name as Zein al-Abideen
    Khaddam told local television.': the tag after a quotation that opens the sentence speaks for all of it,
    however the parser hung the tag's words on the quoted ones."""
    doc = sent.doc
    if subj is None or anchor.i < subj.i:
        return False
    closing = [t.i for t in doc[sent.start + 1 : subj.i] if t.is_quote and doc[t.i - 1].text == ","]
    if not closing or any(t.is_quote for t in doc[closing[-1] + 1 : sent.end]):
        return False
    # (the quotation opens the sentence, or a sentence before it: no quotation mark before the closing one but the
    # first word)
    if any(t.is_quote for t in doc[sent.start + 1 : closing[-1]]):
        return False
    tag = doc[closing[-1] + 1 : sent.end]
    governed = {u.i for u in anchor.subtree}
    return all(t.i in governed or t.is_punct for t in doc[anchor.i : sent.end]) and not any(
        t.lemma_.lower() in lexicon()["speech_verbs"] and t.pos_ == "VERB" and t.i != anchor.i and t.dep_ != "relcl"
        for t in tag
    )


def _spliced_opening(anchor: Token, subj: Token | None, sent: Span) -> bool:
    """ "Medical rescue personnel told the Courant that at least four ... were critically injured, another four were
    injured, ...": the statement that opens the sentence, which the parser hung as a complement on the next clause
    its words run on into (not "Police said five died, the ministry added": a later statement of its own)."""
    return (
        anchor.dep_ == "ccomp"
        and anchor.i < anchor.head.i
        and anchor.head.lemma_ not in lexicon()["speech_verbs"]
        and subj is not None
        and subj.i < anchor.i
        and subj.left_edge.i == sent.start
        and any(c.dep_ == "ccomp" and c.i > anchor.i for c in anchor.children)
    )


def _tells_what_befell(anchor: Token, subj: Token) -> bool:
    """ "19 people it said were killed", "the 465 pilgrims it said died": a relative clause in which the speaker
    tells what befell those the noun counts, or lists them (not "28 people who authorities said had killed 11
    civilians": what they did; nor "where authorities have warned people to avoid all travel")."""
    if subj.tag_ in ("WDT", "WP", "WP$"):
        return False
    told = [c for c in anchor.children if c.dep_ == "ccomp"]
    if not told:
        # "the 19 journalists that the CPJ lists as being behind bars": those it lists
        return any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in anchor.children)
    return all(not any(g.dep_ in ("nsubj", "dobj") and g.tag_ not in ("WDT", "WP") for g in c.children) for c in told)


def _gloss(tok: Token) -> bool:
    """A participle with which the reporter glosses what a speaker meant ("..., referring to a 2009 storm")."""
    return tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and tok.lemma_.lower() in lexicon()["gloss_participles"]


def glossed(tok: Token) -> bool:
    """Is the token inside a reporter's gloss of a statement? No speaker's words run on into it."""
    return any(_gloss(a) for a in tok.ancestors)


def _phrase_start(subj: Token, subjects: list[Token]) -> int:
    """Where a subject's phrase starts, with a subject the parser split off before it: "state newspaper | the
    Global New Light of Myanmar reported"."""
    start = subj.left_edge.i
    for other in sorted(subjects, key=lambda c: -c.i):
        # (also a body's name that ends in its acronym: "World Health Organization (WHO) | chief Tedros said")
        bracketed = subj.doc[start - 1].text == ")"
        if other.i < subj.i and other.right_edge.i == start - 1 and (bracketed or not subj.doc[start - 1].is_punct):
            start = other.left_edge.i
    return start


def _after_comma(sent: Span, start: int, *, titled: bool) -> bool:
    """Does the phrase starting at `start` follow a comma or a closing quote? For a person (`titled`), also over
    the post in capitals the parser left out of their name ("..., Deputy Minister of Transportation and
    Communications | Wang Kwo-tsai told ...")."""
    doc = sent.doc
    titles = lexicon()["person_titles"]
    post = False
    for i in range(start - 1, max(sent.start, start - 9) - 1, -1):
        if doc[i].text in (",", '"', "”", "'", "’"):
            return i == start - 1 or post
        if titled and _rank_abbreviation(doc, i):
            post = True  # "..., National Police spokesman Brig. | Gen. Rikwanto said": a rank, split by the tokenizer
            continue
        # (a body's name inside the post: "National Police spokesman")
        word = doc[i].is_title or doc[i].lower_ in ("of", "and", "for") or (post and doc[i].lower_ in titles)
        if not titled or not word or (doc[i].ent_type_ and not post):
            return False
        post = post or doc[i].lower_ in titles
    return False


def _rank_abbreviation(doc: Doc, i: int) -> bool:
    """Is the token, or the full stop it belongs to, a rank abbreviated before a name ("Brig", ".")?"""
    if doc[i].text == "." and i > 0:
        i -= 1
    return i + 1 < len(doc) and doc[i + 1].text == "." and f"{doc[i].text}." in RANK_ABBREVIATIONS


def contrast_clause(verb: Token) -> set[int] | None:
    """ "Yermak said 116 had been returned, while Russian agencies cited the ministry saying 63 ...":
    a statement in a contrastive clause stands beside the sentence's other statement, not inside it."""
    tok = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children):
            return {t.i for t in tok.subtree}
        # "..., a local official said, as survivors warned that dozens more were still missing": beside it too
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and any(
            c.dep_ == "ccomp" for c in tok.children
        ):
            return {t.i for t in tok.subtree}
        # "X initially put the number of dead at 86, but Tanzania's state radio TBC said ..."
        if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < tok.i for c in tok.head.children):
            return {t.i for t in tok.subtree}
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
