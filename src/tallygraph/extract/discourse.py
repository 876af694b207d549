"""Who speaks across sentences: a quotation opened earlier or continued in a new paragraph, a sentence that goes
on about those just counted, and the lead's relay that covers the whole article (a source named after the figures
it gave is in ``sourced_after``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tallygraph.extract.attribution import Source, looks_outlet_name
from tallygraph.extract.credits import relay_chain
from tallygraph.extract.events import EventMention
from tallygraph.extract.figures import Figure
from tallygraph.extract.numbers import parse_number
from tallygraph.extract.scope import glossed
from tallygraph.extract.segment import Block
from tallygraph.lexicon import lexicon
from tallygraph.model import REPORTER, Claim
from tallygraph.names import same_name

__all__ = [
    "OPENING_QUOTES",
    "Found",
    "Paragraph",
    "apply_relay",
    "carried_to",
    "carries",
    "closes_quotation",
    "continuation_sourced",
    "continued_quotation",
    "figures_sourced_after",
    "outlet_leads",
    "quotation_opened_before",
    "quotation_start",
    "speaks_in_lead",
    "wire_credit",
]


@dataclass
class Found:
    """A figure found in a sentence, with its claim as built so far."""

    figure: Figure
    sent: Span
    block: Block
    source: Source | None
    event: EventMention | None
    claim: Claim
    sentence: int = 0
    carried: bool = False  # its source is the previous sentence's speaker, carried over


OPENING_QUOTES = ('"', "“")
_CLOSING_QUOTES = ('"', "”")
_SINGLE_CLOSING = re.compile(r"[,.?!]['’](?=\s)")  # a single closing mark after the quotation's last word


def _without_next_opening(text: str) -> str:
    """'..., Abbas said. "': the parser may end a sentence with the quotation mark that opens the next."""
    text = text.rstrip()
    if text.endswith(OPENING_QUOTES) and len(text) > 1 and text[-2].isspace():
        return text[:-1].rstrip()
    return text


def _opened_within(text: str) -> int:
    """Where a quotation opens inside a sentence: a curly opening mark, or a straight one after a space and before
    a word ('A total of "126 people'; not the closing one of '... and families," it quoted'), else -1."""
    curly = text.find("“")
    if curly >= 0:
        return curly
    k = text.find('"')
    opening = k > 0 and text[k - 1].isspace() and k + 1 < len(text) and not text[k + 1].isspace()
    return k if opening else -1


def quotation_start(sent: Span) -> int:
    """Where in the document the quotation a sentence ends with opened: its start, unless the mark it ends with
    opens the next one ('Two of them have been found dead and two others rescued. "', the parser's cut before
    '"Rescue teams ... are progressing," ... Daniel Ozon told a news conference.'): then nothing of it is quoted."""
    own = _without_next_opening(sent.text)
    if own != sent.text.rstrip() and not any(q in own for q in (*OPENING_QUOTES, *_CLOSING_QUOTES)):
        return sent.end_char
    return sent.start_char


def quotation_opened_before(
    found: list[Found], para_sents: list[Span], sources: list[Source], opened_unparsed: bool = False
) -> None:
    """'“... exceeds 400 people, of whom 13 are children. There are 10 confirmed deaths,” Stepanyan
    explained': a quotation over several sentences belongs to the speaker named after it closes.
    ``opened_unparsed``: the paragraph opens the quotation in a sentence left unparsed ('“I knew about the fire
    when it was on the first floor. ... Around 30 people were there. ... rescued us,” Mohammed Siam ... said.')."""
    if len(para_sents) < 2 and not opened_unparsed:
        return
    sent = para_sents[-1]
    tags = [s for s in sources if s.kind in ("speech", "according") and s.verb is not None and s.scope is None]
    if not tags:
        return
    text = _without_next_opening(sent.text)
    # the first closing mark closes the quotation (not "Liberia's “Lone Stars” national team" in the speaker's post)
    close = min((text.find(q) for q in _CLOSING_QUOTES if q in text), default=-1)
    single = None
    if close < 0 and (single := _SINGLE_CLOSING.search(text)) is not None:
        # "'... after the fire is out,' said British Police Inspector Stephen Richas": single marks, in the same way
        close = single.start() + 1
    if close <= 0 or any(q in text[:close] for q in OPENING_QUOTES):
        return  # no closing mark, or the quotation opens in this sentence
    tag = tags[0]
    if tag.verb < sent.start or sent.doc[tag.verb].idx - sent.start_char < close:
        return  # the speaker is named before the quotation closes: not its tag
    opened = None
    for k in range(len(para_sents) - 2, -1, -1):
        before = _without_next_opening(para_sents[k].text)
        if any(q in before for q in _CLOSING_QUOTES if q != '"') or before.count('"') > 1:
            return  # an earlier quotation closed in between
        if single is not None and _SINGLE_CLOSING.search(before):
            return  # an earlier quotation in single marks closed in between
        if single is not None and before.lstrip().startswith(("'", "‘")):
            opened = k
            break
        # opened at its start, or by the mark the sentence before ends with ('... the rubble. "More corpses')
        opened_by_previous = k > 0 and _without_next_opening(para_sents[k - 1].text) != para_sents[k - 1].text.rstrip()
        if before.lstrip().startswith(OPENING_QUOTES) or opened_by_previous:
            opened = k
            break
        # ('A total of “126 people, including at least 33 wounded, have been freed.', and 'His three children and
        # wife “haven’t eaten for the past three days.': what comes before the mark is the speaker's paraphrase)
        if _opened_within(before) > 0:
            opened = k
            break
    else:
        opened = 0 if opened_unparsed else None
    if opened is None:
        return
    inside = {(para_sents[k].doc, para_sents[k].start) for k in range(opened, len(para_sents) - 1)}
    for f in found:
        if (f.source is None or f.carried) and (f.sent.doc, f.sent.start) in inside:
            f.source = tag
            f.claim.said_by, f.claim.via = tag.speaker, list(tag.via)


def carries(source: Source) -> bool:
    """Does a source speak on for the sentences after its own? Not a belief, which speaks for its clause only:
    "Mr Odinga believes he was robbed of victory ... Unrest after the 2007 vote resulted in 1,200 deaths" is the
    reporter's; nor a statement the text only dates something by (:attr:`Source.backdrop`)."""
    return not source.belief and not source.backdrop


def carried_to(carry: Source | None, num_tok: Token) -> Source | None:
    """The speaker of the sentences before, if they speak on for this figure: not into a reporter's gloss
    ("..., referring to a 2009 storm that ... killed hundreds")."""
    return None if carry is None or glossed(num_tok) else carry


def figures_sourced_after(found: list[Found], given: Source, n_sent: int) -> None:
    """ "At least 76 people have died. The figures were released by the health ministry.": the source
    (:func:`~tallygraph.extract.attribution.figures_given_by`) of the figures of the sentence before, when
    those were credited to nobody; figures "gathered from" it by someone named stay theirs, as relayed."""
    for f in found:
        if f.sentence != n_sent - 1 or same_name(f.claim.said_by, given.speaker):
            continue
        if f.claim.said_by == REPORTER:
            f.source = given
            f.claim.said_by = given.speaker
        elif given.kind == "relay":
            # "As per data collated by the newspaper, ... These numbers have been gathered from authorities"
            f.claim.via = [*f.claim.via, f.claim.said_by]
            f.claim.said_by = given.speaker


_BACK_PRONOUNS = ("they", "these", "those", "both")
_REST_WORDS = ("other", "others", "rest", "remainder", "remaining")


def _continues_before(sent: Span) -> Token | None:
    """'They and two people who were moderately injured had been taken to nearby hospitals', 'Thirteen others
    are from the Philippines with the remaining 35 from Indonesia' or 'Six were in fair condition': a sentence
    whose subject is those just counted, the rest of them or some of them; that subject, if so."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None:
        return None
    subject = first
    while subject.dep_ not in ("nsubj", "nsubjpass") and subject.head is not subject and subject.head.i > first.i:
        if subject.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
            return None
        subject = subject.head
    clause = subject.head  # the main clause, or the one a speech verb after it governs
    if subject.dep_ not in ("nsubj", "nsubjpass") or not (
        clause.dep_ == "ROOT" or (clause.dep_ == "ccomp" and clause.head.dep_ == "ROOT" and clause.head.i > clause.i)
    ):
        return None
    if subject.lower_ in _BACK_PRONOUNS and subject.i == first.i:
        return subject
    # "Six were in fair condition, ...", "The four were dead when firefighters arrived, ...": a number with no noun
    # counts those just counted
    bare = all(c.dep_ == "det" and c.lower_ in ("the", "all") for c in subject.children)
    if subject.like_num and bare and subject.left_edge.i == first.i:
        return subject
    rest = subject.lower_ in _REST_WORDS or any(t.lower_ in _REST_WORDS for t in subject.children if t.dep_ == "amod")
    return subject if rest else None


def continuation_sourced(found: list[Found], sent: Span, sources: list[Source], n_sent: int) -> None:
    """'Four of those who survived were seriously injured. They and two people who were moderately injured had
    been taken to nearby hospitals, police said.': a sentence that goes on about those just counted, with its
    speaker named at its end, speaks for the figures of the sentence before that were credited to nobody."""
    tags = [
        s
        for s in sources
        if s.kind in ("speech", "according")
        and s.scope is None
        and (s.verb > sent.start if s.verb is not None else s.kind == "according")
    ]
    subject = _continues_before(sent) if tags else None
    if subject is None:
        return
    tag = tags[-1]
    if tag.verb is not None and subject.head.i == tag.verb:
        return  # "Other regions ... have also reported casualties": those others speak, of their own
    for f in found:
        if f.sentence == n_sent - 1 and f.source is None and f.claim.said_by == REPORTER and not f.claim.via:
            f.source = tag
            f.claim.said_by, f.claim.via = tag.speaker, list(tag.via)


@dataclass
class Paragraph:
    opens_quote: bool  # the paragraph begins with an opening quotation mark
    speaker_before: Source | None  # the last source named before it
    attributed: bool = False  # a source is named in it
    closes_quote: bool = False  # a quotation mark in it closes a quotation
    speaker: Source | None = None  # the first source named in it


def closes_quotation(text: str, opens: bool) -> bool:
    """Does a sentence close a quotation: a curly closing mark, or a straight one beyond the mark that opened
    its paragraph?"""
    return "”" in text or text.count('"') > (1 if opens and text.lstrip().startswith('"') else 0)


def continued_quotation(found: list[Found], paragraphs: list[Paragraph], sent_para: list[int]) -> None:
    """'Kindiki said ... . // “A total of 41,526 households have been displaced ...': a paragraph that opens a
    quotation and names nobody goes on quoting the last speaker named before it, or, when it never closes the
    quotation, the speaker whose tag closes it in a paragraph after ('“A total of 111 girls were abducted ... . //
    “Also kidnapped were two other persons ... to 113,” he noted.')."""
    for f in found:
        k = sent_para[f.sentence]
        para = paragraphs[k]
        if f.source is not None or not para.opens_quote or para.attributed:
            continue
        source = _closing_tag(paragraphs, k) or para.speaker_before
        if source is not None:
            f.source = source
            f.claim.said_by, f.claim.via = f.source.speaker, list(f.source.via)


def _closing_tag(paragraphs: list[Paragraph], k: int) -> Source | None:
    """The source named in the paragraph that closes a quotation paragraph ``k`` opens and leaves open, each
    paragraph between opening it anew and naming nobody."""
    for para in paragraphs[k:]:
        if para is not paragraphs[k] and not para.opens_quote:
            return None
        if para.closes_quote:
            return para.speaker if para.attributed and para is not paragraphs[k] else None
    return None


def wire_credit(sent: Span, sources: list[Source]) -> Source | None:
    """ "..., reports Xinhua news agency.": wire copy credits the agency, in the present tense, after the
    lead's first sentence; the credit covers the whole story."""
    for s in sources:
        verb = sent.doc[s.verb] if s.verb is not None else None
        if (
            s.kind == "relay"
            and verb is not None
            and verb.tag_ == "VBZ"
            and verb.i > sent.start
            # "..., reports Xinhua news agency." or "..., Xinhua reports."
            and (sent.doc[verb.i - 1].text == "," or all(t.is_punct for t in sent.doc[verb.i + 1 : sent.end]))
        ):
            return s
    return None


def apply_relay(found: list[Found], relay: Source | None, lead_events: set[str], publisher: str | None) -> None:
    """A lead "X reports citing Y" covers the figures about the lead's event; a lead "..., X reported", or
    the publisher's own "writes X citing Y", the whole article."""
    if relay is None:
        return
    outlet = relay.via[0] if relay.via else relay.speaker
    cited = relay.speaker if relay.via else None
    chain = relay_chain(publisher, outlet)
    # "..., X reported" relays the article; so does the publisher naming itself ("writes UNN citing Y").
    own_report = not cited or bool(publisher and same_name(publisher, outlet))
    for f in found:
        if own_report is False and lead_events and f.event is not None and f.event.slug not in lead_events:
            continue  # "X reports citing Y" vouches for Y's account of the lead's event only
        if f.source is None or (f.claim.said_by == cited and f.claim.via == relay.via):
            if cited is not None and looks_outlet_name(cited) and own_report:
                # "..., reports GHN based on DW" on GHN's page: DW's story, which GHN passes on; in it the
                # reporter speaks
                f.claim.said_by, f.claim.via = REPORTER, [*chain, cited]
                continue
            f.claim.said_by = cited or REPORTER
            f.claim.via = chain
        else:
            # A figure with a source of its own reached the article through the whole lead chain.
            # A cited outlet relays it too ("MINA reports, citing Anadolu"); a cited office does not speak for
            # every voice of the article ("writes UNN with reference to the Office of the Ombudsman").
            relays = cited is not None and cited != f.claim.said_by and looks_outlet_name(cited)
            prefix = [*chain, *([cited] if relays and cited else [])]
            # "according to an AFP tally" in an AFP story: the outlet speaks, it relays nobody
            prefix = [p for p in prefix if not same_name(p, f.claim.said_by)]
            f.claim.via = [*prefix, *[v for v in f.claim.via if v not in prefix]]


def speaks_in_lead(found: list[Found], relay: Source, lead_sent: int) -> None:
    """The outlet of a lead "..., X reported" speaks for the figures of that sentence that have no source of
    their own."""
    for f in found:
        if f.sentence == lead_sent and f.source is None:
            f.source = relay
            f.claim.said_by, f.claim.via = relay.speaker, []


def outlet_leads(found: list[Found], relay: Source, lead_sent: int) -> None:
    """ "At least 22 people have been killed ..., Reuters reports.": in its own sentence, the first to give
    figures, the outlet speaks; it relays the rest of the article (``apply_relay``)."""
    if not any(f.sentence < lead_sent for f in found):
        speaks_in_lead(found, relay, lead_sent)


def _among_them(found: list[Found]) -> None:
    """ "Authorities said they had identified 155 of the victims. Among them were 52 Austrians, 42 Germans ...":
    parts of the figure just given, which count what it counts, whatever their nouns say."""
    for i, f in enumerate(found):
        opener = f.sent[0]
        them = [
            o
            for o in opener.children
            # (not "Among those attacked by snakes, 236 people were successfully rescued": those it describes)
            if o.dep_ == "pobj"
            and o.lower_ in ("them", "those", "these")
            and not list(o.children)
            and o.i < f.figure.number.start
        ]
        if opener.lower_ != "among" or not them or not f.claim.counts.startswith("other:"):
            continue
        earlier = [g for g in found[:i] if g.sentence < f.sentence]
        if not earlier or f.sentence - earlier[-1].sentence > 1:
            continue
        whole = next(g for g in earlier if g.sentence == earlier[-1].sentence)
        f.claim.counts = whole.claim.counts
        f.claim.part_of = f.claim.part_of or whole.claim.quote


def parts_sourced_before(found: list[Found]) -> None:
    """ "The Observatory documented the deaths of 101,662 pro-regime fighters ... Non-jihadist rebel fighters
    accounted for 48,568 of those killed": a part of the toll just given, with no source of its own, is the
    toll's source's."""
    _among_them(found)
    victim_words = set(lexicon()["victim_words"]) | {"death", "casualty"}

    def back(noun: Token) -> bool:
        """ "of those killed", "of the deaths", "of the dead", "of them" """
        return (
            noun.lower_ in ("them", "those")
            or (noun.dep_ == "acl" and noun.head.lower_ in ("those", "these"))
            or (
                noun.lemma_.lower() in victim_words
                and any(c.lower_ in ("the", "those", "these") for c in noun.children)
            )
        )

    for i, f in enumerate(found):
        noun = f.figure.noun
        if f.source is not None or f.claim.said_by != REPORTER:
            continue
        # "Of those killed, six died in a landslide, four at the Vila Central Hospital": the sentence opens on them
        opener = f.sent[0]
        wholes = [o for o in opener.children if o.dep_ == "pobj" and o.i < f.figure.number.start and back(o)]
        fronted = opener.lower_ in ("of", "among") and bool(wholes)
        # "Of the 1200 deaths, 318 ...": that total, named; the toll's only if it gave that number
        named = [parse_number([c.text]) for o in wholes for c in o.children if c.like_num]
        if not fronted and (not f.figure.partitive or noun is None or not back(noun)):
            continue
        earlier = [g for g in found[:i] if g.sentence < f.sentence]
        if fronted and earlier:
            # "14 people had been confirmed dead and 200 treated. Of those killed, ...": the same count in the
            # sentence of figures before, or its first
            last = [g for g in earlier if g.sentence == earlier[-1].sentence]
            earlier = [next((g for g in last if g.claim.counts == f.claim.counts), last[0])]
        before = earlier[-1] if earlier else None
        if before is None or before.source is None or f.sentence - before.sentence > 3:
            continue
        if named and before.claim.value not in named:
            continue
        if before.claim.counts != f.claim.counts and not fronted:
            continue
        f.source = before.source
        f.claim.said_by, f.claim.via = before.claim.said_by, list(before.claim.via)
        if fronted:
            f.claim.part_of = f.claim.part_of or before.claim.quote
