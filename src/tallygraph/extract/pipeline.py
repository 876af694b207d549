"""Article -> claims: run spaCy over the body and apply the figure, source and event rules."""

from __future__ import annotations

import multiprocessing as mp
import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from tallygraph.extract.attribution import Source, sentence_sources
from tallygraph.extract.characterise import characterisations_in
from tallygraph.extract.counted import DISEASE_ARTICLE, names_a_disease
from tallygraph.extract.credits import press_release_issuer, relay_chain, relaying_credit
from tallygraph.extract.discourse import (
    Found,
    Paragraph,
    apply_relay,
    carried_to,
    carries,
    closes_quotation,
    continuation_sourced,
    continued_quotation,
    figures_sourced_after,
    outlet_leads,
    parts_sourced_before,
    quotation_opened_before,
    quotation_start,
    speaks_in_lead,
    wire_credit,
)
from tallygraph.extract.documents import figures_given_by, figures_introduced_by
from tallygraph.extract.embeds import credit_posts
from tallygraph.extract.events import EventState, assign_event, sentence_events, slugify
from tallygraph.extract.figures import Figure, figure_for
from tallygraph.extract.measures import cue_measure
from tallygraph.extract.naming import clean_name, described_acronym, find_author
from tallygraph.extract.numbers import NumberMention, find_numbers, restated
from tallygraph.extract.parts import (
    link_parts,
    of_those,
    parts_of_the_dead,
    parts_said_with,
    restated_counts,
    same_sentence,
)
from tallygraph.extract.respectively import distribute
from tallygraph.extract.segment import (
    Block,
    body_blocks,
    figure_blocks,
    list_item_after,
    opens_quotation,
    parse_text,
    quotation_runs_on,
    sentence_blocks,
)
from tallygraph.extract.settle import (
    distinct_relays,
    full_person_names,
    fuller_names,
    office_holders,
    titled_persons,
)
from tallygraph.extract.source import bare_report, opens_report
from tallygraph.extract.sourced_after import figures_described_after, said_back, toll_sourced_after
from tallygraph.extract.sourcing import documentation_source, source_for
from tallygraph.extract.spoken_after import spoken_for_before
from tallygraph.extract.state import DocState
from tallygraph.extract.successors import named_next
from tallygraph.lexicon import lexicon
from tallygraph.model import (
    REPORTER,
    Article,
    ArticleClaims,
    Attribution,
    Characterisation,
    Claim,
    EventInfo,
    bounds_from_wording,
)
from tallygraph.names import same_name

__all__ = ["extract_article", "extract_articles"]


def _another(sent: Span) -> list[NumberMention]:
    """ "another minor", "another civilian casualty", "one was killed and another injured": a count of one;
    "another 516 people" is a count of 516."""
    return [
        NumberMention(t.i, t.i, t.i + 1, 1)
        for t in sent
        if t.lower_ == "another"
        and (
            t.dep_ == "det"
            or (t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "conj")
            # "Two of the climbers died immediately ... Another died later": one more of those just counted
            or (t.dep_ in ("nsubj", "nsubjpass") and cue_measure(t.head, None) in ("killed", "injured", "missing"))
        )
        and not (t.i + 1 < sent.end and t.nbor().like_num)
        and t.head.dep_ != "appos"  # "Abdul Basset, another rebel spokesman, said": a description, not a count
    ]


def _char(block: Block, doc: Doc, start_tok: int, end_tok: int) -> tuple[int, int]:
    first, last = doc[start_tok], doc[end_tok - 1]
    return block.start + first.idx, block.start + last.idx + len(last.text)


def _sentences(blocks: list[Block], docs: list[Doc | None]) -> Iterator[tuple[Block, Span]]:
    for block, doc in zip(blocks, docs, strict=True):
        if doc is not None:
            for sent in doc.sents:
                yield block, sent


def extract_article(
    article: Article, nlp: Language, docs: list[Doc | None] | None = None, blocks: list[Block] | None = None
) -> ArticleClaims:
    """All figure claims and attributions of one article.

    :param docs: parsed sentences, ``None`` for sentences not worth parsing
        (see :func:`~tallygraph.extract.segment.figure_blocks`).
    :param blocks: the article's sentences (:func:`~tallygraph.extract.segment.sentence_blocks`), if known.
    """
    if blocks is None:
        blocks = sentence_blocks(body_blocks(article.text, article.title))
    if docs is None:
        wanted = figure_blocks(blocks)
        parsed = iter(nlp.pipe(parse_text(b) for b, w in zip(blocks, wanted, strict=True) if w))
        docs = [next(parsed) if w else None for w in wanted]
    if names_a_disease(article.text):
        for doc in docs:
            if doc is not None:
                doc.user_data[DISEASE_ARTICLE] = True
    state = DocState(publisher=article.publisher, author=find_author(article.text), text=article.text)
    evstate = EventState(text=article.text, named=[], year=(article.date or "")[:4] or None)
    # Pass 1: named events anywhere in the article, so "the offensive" in Khojaly
    # can resolve to a massacre the article names only later.
    org_names: set[str] = set()
    for _, sent in _sentences(blocks, docs):
        org_names |= {clean_name(e.text) for e in sent.ents if e.label_ in ("ORG", "FAC")}
        for ev in sentence_events(sent, evstate):
            if ev.named and all(ev.slug != n.slug for n in evstate.named):
                evstate.named.append(ev)
    evstate.last = None

    found: list[Found] = []
    named: list[tuple[Characterisation, Source | None]] = []
    attributions: list[Attribution] = []
    relay: Source | None = None
    lead_events: set[str] = set()
    lead_para = None
    lead_sent = -1
    other_outlets: set[str] = set()  # outlets reported outside the lead
    carry: Source | None = None  # the speaker of the previous sentence, within one paragraph
    para_sents: list[Span] = []  # the sentences of the current paragraph so far
    paragraphs: list[Paragraph] = []
    sent_para: list[int] = []  # the paragraph of each sentence
    last_speaker: Source | None = None  # the last source named, in any paragraph
    previous: tuple[Block, Span] | None = None
    listing = False  # in a list of lines a speaker's sentence opened with a colon
    first_unparsed = False  # the paragraph's first sentence was not parsed
    # each paragraph's first sentence, if it was not parsed
    unparsed_opening: dict[int, str | None] = {}
    for b, doc in reversed(list(zip(blocks, docs, strict=True))):
        unparsed_opening[b.para] = b.text.lstrip() if doc is None else None
    for n_sent, (block, sent) in enumerate(_sentences(blocks, docs)):
        same_line = previous is not None and previous[0].para == block.para
        if same_line and previous is not None and previous[0] is block:
            same_line = "\n" not in block.text[previous[1].end_char : sent.start_char]
        listing = not same_line and previous is not None and list_item_after(previous[1], sent, listing)
        if not same_line and not listing:
            carry = None  # a new paragraph or line: reported speech does not run on (but into a list it opens)
        if not same_line:
            first = unparsed_opening[block.para]
            first_unparsed = first is not None
            opens = opens_quotation(sent.text) if first is None else quotation_runs_on(first)
            paragraphs.append(Paragraph(opens, last_speaker))
        sent_para.append(len(paragraphs) - 1)
        paragraphs[-1].closes_quote |= closes_quotation(sent.text, paragraphs[-1].opens_quote and not same_line)
        previous_sent = previous[1] if previous is not None else None
        previous = (block, sent)
        state.register(sent)
        if not same_line:
            state.group_before = None  # a "They" opening a paragraph is nobody's of the paragraph before
        sources = sentence_sources(sent, state)
        events = sentence_events(sent, evstate)
        if n_sent == 0:
            lead_para = block.para
        # The lead: the first sentence, or a later one of the first paragraph while no relay is known.
        in_lead = n_sent == 0 or (relay is None and block.para == lead_para and n_sent < 3)
        # "..., X reported" in the lead relays the article; "according to state media" and "local media quoted
        # officials as saying" source their sentence only
        lead_relay = next((s for s in sources if s.kind == "relay" and not s.own_sentence), None) if in_lead else None
        if lead_relay is not None and last_speaker is not None and opens_report(lead_relay, sent):
            # ("One Australian media outlet reported two Australians were missing ... . BBC News reported six
            # Australians were missing": a second voice, not the article's relay)
            lead_relay = None
        if lead_relay is None and relay is None and n_sent < 3:
            lead_relay = wire_credit(sent, sources)  # wire copy's "..., reports Xinhua news agency.": a credit
        if lead_relay is not None:
            relay, lead_sent = lead_relay, n_sent
            if same_line and bare_report(lead_relay, sent):
                lead_sent -= 1  # "... were killed. TASS reports.": the outlet's is the sentence before
            lead_events = {e.slug for e in events}
        other_outlets |= {s.speaker for s in sources if s.kind == "relay" and not s.via and s is not lead_relay}
        for s in sources:
            if s.kind == "relay" and s.via:
                # "X reports citing Y": the article reports X, X cites Y.
                attributions.append(Attribution("article", s.via[0], s.cue))
                attributions.append(Attribution(s.via[0], s.speaker, s.cue))
            elif s.via and s.via[0] not in lexicon()["platforms"].values():
                # "Speaking to AA, X said": AA reports X.
                attributions.append(Attribution(s.via[0], s.speaker, s.cue))
            else:
                attributions.append(Attribution("article", s.speaker, s.cue))
        figures: list[Figure] = []
        numbers = find_numbers(sent)
        # ("another 40’000 children": a number the tagger does not know for one still counts them)
        begun = {m.first for m in numbers} | {m.start for m in numbers}
        implicit = [m for m in _another(sent) if m.start + 1 not in begun]
        for num in sorted(numbers + implicit, key=lambda m: m.start):
            fig = figure_for(sent, num, figures, found[-1].figure if found else None)
            if fig is not None and num in implicit and fig.measure.startswith("other:"):
                continue  # "Abdul Basset, another rebel spokesman, said": one more of something, not a count
            if fig is not None and figures and restated(sent, figures[-1].number, num):
                continue  # "fourteen (14) people": the same count again, in digits
            if fig is not None:
                figures.append(fig)
        nested = [{t.i for t in f.noun.subtree} for f in figures if f.noun is not None]
        for fig in figures:
            num_tok = sent.doc[fig.number.end - 1]
            event = assign_event(num_tok, events, nested, evstate)
            own = source_for(num_tok, [s for s in sources if s is not lead_relay or s.via]) or documentation_source(
                sent, num_tok, state
            )
            source = own or carried_to(carry, num_tok)  # "... , the ministry said. Another 20 were wounded."
            start, end = _char(block, sent.doc, fig.span_start, fig.span_end)
            if fig.number.qualifier == "range":
                low, high = fig.number.low, fig.number.high
            else:
                low, high = bounds_from_wording(fig.number.qualifier, fig.number.value, fig.number.hedge)
            claim = Claim(
                quote=article.text[start:end],
                value=fig.number.value,
                qualifier=fig.number.qualifier,
                counts=fig.measure,
                population=fig.population,
                event=event.slug if event else "",
                said_by=source.speaker if source else REPORTER,
                via=list(source.via) if source else [],
                low=low,
                high=high,
                start=start,
                end=end,
                hedge=fig.number.hedge,
                status=fig.status,
            )
            found.append(
                Found(fig, sent, block, source, event, claim, n_sent, carried=own is None and carry is not None)
            )
            if event is not None:
                evstate.last = event
        # '"As many as 65 people have been killed," the daily reported quoting the ministry.':
        # the parser ends the sentence at the quote; the attribution that follows is its source.
        whole = [s for s in sources if s.scope is None and s.kind in ("speech", "relay", "according")]
        if whole and not figures and previous_sent is not None and same_line:
            closes_quote = previous_sent.text.rstrip().endswith(('"', "”", "’", "'"))
            if closes_quote or sent.text[:1].islower():
                src = source_for(sent[0], whole) or whole[0]
                quoted_from = quotation_start(previous_sent) if closes_quote else previous_sent.start_char
                for f in found:
                    at = f.sent.doc[f.figure.number.first].idx
                    if same_sentence(f.sent, previous_sent) and f.source is None and at >= quoted_from:
                        f.source = src
                        f.claim.said_by, f.claim.via = src.speaker, list(src.via)
        # ("... left at least 15 people dead. // Dr Ritu Saxena ... confirmed the numbers to BBC Hindi after
        # thousands of people reportedly crammed into the station": "the numbers" are those before, whatever
        # figures the sentence gives of its own)
        toll_sourced_after(found, sent, sources, n_sent)
        if same_line:
            continuation_sourced(found, sent, sources, n_sent)
            spoken_for_before(found, sent, sources, n_sent)
        if not figures:
            figures_described_after(found, sent, sources, n_sent)
            given = figures_given_by(sent, state) or said_back(sent, sources)
            if given is not None:
                figures_sourced_after(found, given, n_sent)
        if not same_line:
            para_sents = []
        para_sents.append(sent)
        quotation_opened_before(found, para_sents, sources, paragraphs[-1].opens_quote and first_unparsed)
        named_next(found, sources, sent, n_sent, state)
        spoken = [s for s in sources if s.kind in ("speech", "according") and s is not lead_relay and carries(s)]
        if spoken:
            carry = last_speaker = spoken[-1]
            paragraphs[-1].attributed = True
            paragraphs[-1].speaker = paragraphs[-1].speaker or spoken[-1]
        elif not figures and (introduced := figures_introduced_by(sent, state)) is not None:
            carry = last_speaker = introduced  # "X presented its version of events. ... 243 people were injured"
        elif found and same_sentence(found[-1].sent, sent) and found[-1].source and carries(found[-1].source):
            carry = found[-1].source if found[-1].source.kind in ("speech", "according") else carry
        for mention in characterisations_in(sent):
            head = sent.doc[mention.head]
            source = source_for(head, [s for s in sources if s is not lead_relay or s.via]) or carry
            start, end = _char(block, sent.doc, mention.start, mention.end)
            named.append(
                (
                    Characterisation(
                        quote=article.text[start:end],
                        term=mention.term,
                        target=article.text[start:end],
                        said_by=source.speaker if source else REPORTER,
                        via=list(source.via) if source else [],
                        start=start,
                        end=end,
                    ),
                    source,
                )
            )
        salient = [e for e in events if e.salient]
        if salient and not figures:
            evstate.last = salient[-1]
        if lead_relay is not None:
            lead_events |= {f.event.slug for f in found if f.event is not None}

    continued_quotation(found, paragraphs, sent_para)
    parts_sourced_before(found)
    parts_said_with(found)
    roundup = relay is not None and any(not same_name(o, relay.speaker) for o in other_outlets)
    self_report = relay is not None and bool(article.publisher and same_name(article.publisher, relay.speaker))
    if relay is not None and not relay.via and (roundup or self_report):
        # "..., the Hindustan Times reported." then "..., The Times of India reported.": a round-up of
        # several outlets' reports; each speaks for its own sentence, none relays the whole article.
        # "..., ARY News reported" on ARY News' own page: the outlet speaks in that sentence, relaying nobody.
        speaks_in_lead(found, relay, lead_sent)
        relay = None
    byline = relaying_credit(article.text, article.publisher, nlp, article.url)
    if byline is not None and (relay is None or not same_name(relay.speaker, byline)):
        # "ANKARA - Agence France-Presse": the whole article is the agency's report.
        if relay is not None and not relay.via:
            # "Beirut (dpa)— At least six people have been killed ..., the state news agency NNA reported": in
            # the agency's report, the outlet it names speaks for its sentence
            speaks_in_lead(found, relay, lead_sent)
        relay, lead_events = Source(byline, [], byline, None, "relay"), set()
        attributions.insert(0, Attribution("article", byline, byline))
    if relay is not None and not relay.via and byline is None:
        # "At least 22 people have been killed ..., Reuters reports." (also a wire's credit in the present tense,
        # when no figure came before it: "A train collided with a bus ..., killing at least 18 people and
        # injuring more than 40, AFP reports." after a standfirst and a caption)
        outlet_leads(found, relay, lead_sent)
    apply_relay(found, relay, lead_events, article.publisher)
    if relay is not None:
        outlet = relay.via[0] if relay.via else relay.speaker
        chain = relay_chain(article.publisher, outlet)
        for c, src in named:
            if relay.via and src is None:
                continue  # "X reports citing Y" vouches for its own sentence only
            if src is None:
                c.via = chain  # a relayed report ("X reports", a wire byline) carries all its words
            else:
                c.via = [*chain, *[v for v in c.via if v not in chain]]
    # A signed first-person statement, or a press release: what it says in its own voice, its signatory says.
    signed = state.author if state.author and re.search(r"\b(?:I|we)\b", article.text) else None
    signatory = press_release_issuer(article.text) or signed
    if signatory is not None:
        for claim in [*(f.claim for f in found), *(c for c, _ in named)]:
            if claim.said_by == REPORTER and not claim.via:
                claim.said_by = signatory
    credit_posts([*(f.claim for f in found), *(c for c, _ in named)], article.text, lexicon()["platforms"]["twitter"])
    if relay is not None:
        # Inside a relayed report, what others said is reported by the relayed outlet.
        outlet = relay.via[0] if relay.via else relay.speaker
        attributions = [
            Attribution(outlet, a.source, a.cue) if a.reporter == "article" and a.source != outlet else a
            for a in attributions
        ]
    fuller_names(found, named, {*state.agents, *org_names})
    full_person_names(found, state, article.text)
    office_holders(found, article.text, set(state.persons.values()))
    titled_persons(found, state)
    of_those(found)
    for f in found:
        if not f.claim.said_by.strip():
            f.claim.said_by = REPORTER  # a name cleaned down to nothing names nobody
        f.claim.said_by = described_acronym(f.claim.said_by)
        f.claim.via = distinct_relays(f.claim.said_by, f.claim.via)
    parts_of_the_dead(found)
    restated_counts(found)
    distribute(found)
    _returned_from_captivity(found, article.text)
    link_parts(found)
    events_info: dict[str, EventInfo] = {}
    default_slug = slugify(f"unspecified event {article.file.rsplit('.', 1)[0]}")
    for f in found:
        if not f.claim.event:
            f.claim.event = found[0].claim.event or default_slug
        ev = f.event
        if ev is not None:
            events_info.setdefault(ev.slug, EventInfo(ev.label, ev.kind, ev.place, ev.year))
        else:
            events_info.setdefault(f.claim.event, EventInfo(f.claim.event.replace("-", " "), None))
    agents = {name: kind for name, kind in state.agents.items()}
    return ArticleClaims(
        file=article.file,
        publisher=article.publisher,
        date=article.date,
        url=article.url,
        title=article.title,
        sha256=article.sha256,
        claims=[f.claim for f in found],
        attributions=_dedupe(attributions),
        characterisations=[c for c, _ in named],
        events=events_info,
        agents=agents,
    )


def _returned_from_captivity(found: list[Found], text: str) -> None:
    """ "390 people returned to their homeland" in a report of a prisoner exchange: freed, not moved."""
    words = "|".join(re.escape(w) for w in lexicon()["captivity_words"])
    if not re.search(rf"\b(?:{words})", text, re.I):
        return
    for f in found:
        returned = any(t.lemma_.lower() in lexicon()["return_verbs"] for t in f.sent)
        # "returned home", "to their homeland", "from captivity"; not "returned to Armenia" (a move)
        homeward = any(t.lower_ in ("home", "homes", "homeland", "captivity") for t in f.sent)
        if f.claim.counts == "other:returned" and returned and homeward:
            f.claim.counts = "released"


def _dedupe(items: list[Attribution]) -> list[Attribution]:
    """Each reporter-source pair once, as first given."""
    first: dict[tuple[str, str], Attribution] = {}
    for a in items:
        first.setdefault((a.reporter, a.source), a)
    return list(first.values())


def _extract_chunk(articles: list[Article], nlp: Language) -> list[ArticleClaims]:
    all_blocks = [sentence_blocks(body_blocks(a.text, a.title)) for a in articles]
    wanted = [figure_blocks(blocks) for blocks in all_blocks]
    texts = [
        parse_text(b)
        for blocks, keep in zip(all_blocks, wanted, strict=True)
        for b, k in zip(blocks, keep, strict=True)
        if k
    ]
    docs = iter(nlp.pipe(texts, batch_size=256))
    return [
        extract_article(article, nlp, [next(docs) if k else None for k in keep], blocks)
        for article, keep, blocks in zip(articles, wanted, all_blocks, strict=True)
    ]


_WORKER_NLP: Language | None = None


def _worker(chunk: list[Article]) -> list[ArticleClaims]:
    assert _WORKER_NLP is not None
    return _extract_chunk(chunk, _WORKER_NLP)


def extract_articles(articles: Iterable[Article], nlp: Language, n_process: int = 1) -> list[ArticleClaims]:
    """Claims for many articles, in their order.

    With ``n_process`` > 1 the articles are shared out among forked worker
    processes, each running spaCy and the rules on its share; only the claims
    come back (parsed documents never cross process boundaries).
    """
    articles = list(articles)
    if n_process <= 1 or len(articles) < 2 * n_process or "fork" not in mp.get_all_start_methods():
        return _extract_chunk(articles, nlp)
    global _WORKER_NLP
    _WORKER_NLP = nlp
    chunks = [articles[i::n_process] for i in range(n_process)]
    with mp.get_context("fork").Pool(n_process) as pool:
        results = pool.map(_worker, chunks)
    out: list[ArticleClaims | None] = [None] * len(articles)
    for i, chunk_result in enumerate(results):
        for j, claims in enumerate(chunk_result):
            out[i + j * n_process] = claims
    return [c for c in out if c is not None]
