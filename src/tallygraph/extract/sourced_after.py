"""Sources named after the figures they gave: "That's according to a statement by ...", "NTSA said the figures
highlight ...", "WAFA reported the toll, citing medical officials", "Dr. X ... revealed this concerning development"."""

from __future__ import annotations

from spacy.tokens import Span

from tallygraph.extract.attribution import Source
from tallygraph.extract.discourse import Found
from tallygraph.extract.sourcing import source_for
from tallygraph.lexicon import lexicon
from tallygraph.model import REPORTER

__all__ = ["figures_described_after", "said_back", "toll_sourced_after"]


def said_back(sent: Span, sources: list[Source]) -> Source | None:
    """ "... killed more than 30 al-Shabab militants ... . That's according to a statement Saturday by Somalia's
    Information Ministry": a sentence that opens by saying what came before is according to someone."""
    words = [t.lower_ for t in sent if not t.is_space][:3]
    if len(words) < 3 or words[0] not in ("that", "this") or words[2] != "according":
        return None
    if words[1] not in ("'s", "’s", "is", "was"):
        return None
    return next((s for s in sources if s.kind == "according"), None)


def figures_described_after(found: list[Found], sent: Span, sources: list[Source], n_sent: int) -> None:
    """'Pedestrians and passengers ... accounting for eight deaths each. One driver was also killed. // NTSA said
    the figures highlight the heightened risk ...': a source speaking of "the figures" just given, in a sentence
    of none of its own, is the source of the figures before it that were credited to nobody, back to the last
    sentence whose figures someone was credited with (seven sentences at most)."""
    # (also "Arian said these details were only preliminary results": the breakdown just given)
    references = {*lexicon()["toll_references"], "figure", "data", "statistic", "detail"}
    for source in sources:
        if source.verb is None or source.kind != "speech":
            continue
        verb = sent.doc[source.verb]
        described = [
            s
            for c in verb.children
            if c.dep_ == "ccomp"
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")
            and s.lemma_.lower() in references
            and s.tag_ in ("NNS", "NNPS")
            and any(d.lower_ in ("the", "these", "those") for d in s.children)
        ]
        if not described:
            continue
        for k in range(n_sent - 1, max(n_sent - 8, -1), -1):
            figures = [f for f in found if f.sentence == k]
            if any(f.claim.said_by != REPORTER or f.claim.via for f in figures):
                break
            for f in figures:
                f.source = source
                f.claim.said_by, f.claim.via = source.speaker, list(source.via)
        return


_UPDATED = ("updated", "latest", "revised", "new")


def toll_sourced_after(found: list[Found], sent: Span, sources: list[Source], n_sent: int) -> None:
    """'... has killed at least 40 people, authorities said. // WAFA reported the toll, citing medical
    officials': a sentence naming who gave "the toll" (or "this information") sources the figures just before
    it, when those were credited to nobody or to a generic "authorities"."""
    for source in sources:
        if source.verb is None or source.kind not in ("speech", "according", "relay"):
            continue
        verb = sent.doc[source.verb]
        # ("District Health Officer X confirmed the casualties to Dawn.com": told to an outlet, it sources them)
        addressed = verb.lemma_.lower() == "confirm" and any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
            for c in verb.children
        )
        if verb.lemma_.lower() not in lexicon()["toll_giving_verbs"] and not addressed:
            continue  # "the army confirmed the figure" corroborates, it does not source
        # ("Givi Targamadze ... reported this information to the journalists": the figures just given)
        references = {*lexicon()["toll_references"], "information", "data", "datum", "statistic", "casualty", "death"}
        # ("Police released updated figures on the deaths on Friday": the figures just given, brought up to date)
        told = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in references
            and any(d.lower_ in ("the", "this", "these", "that", "those", *_UPDATED) for d in c.children)
            and not any(t.like_num for t in c.subtree)  # ("confirmed the toll of 15": a figure of its own)
        ]
        # "This was reported by officials on Sunday, Reuters writes", "The Mexican state prosecutor, Alejandro
        # Gomez, announced this": what the sentence before told
        # (not the relative "that" of "clouds of smoke that asphyxiated inmates, Canal 13 television reported")
        told += [
            c
            for c in verb.children
            if c.lower_ in ("this", "that") and (c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.i > verb.i))
        ]
        # ("Dr. X ... revealed this concerning development during a recent interview": whatever "this" names)
        told += [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.i > verb.i
            and c.ent_type_ not in ("DATE", "TIME")
            and any(d.dep_ == "det" and d.lower_ in ("this", "these") for d in c.children)
            and not any(t.like_num for t in c.subtree)
        ]
        if not told:
            continue
        # ("..., Reuters writes, UNN reports": with the relays around it)
        wrapped = source_for(verb, sources) or source
        for f in found:
            vague = f.claim.said_by in (REPORTER, "authorities", "officials", "sources")
            if f.sentence == n_sent - 1 and vague and f.claim.said_by != wrapped.speaker:
                f.source = wrapped
                f.claim.said_by, f.claim.via = wrapped.speaker, list(wrapped.via)
        return
