"""Relays by citing and quoting: "X reported, citing Y", "Reuters cited a police spokesman as saying",
"Quoting X, Al Jazeera reported"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.according import STATEMENTS
from tallygraph.extract.agents import ONE_PERSON, document_author
from tallygraph.extract.naming import clean_name
from tallygraph.extract.resolve import resolve_subject
from tallygraph.extract.source import Source
from tallygraph.extract.state import DocState
from tallygraph.lexicon import forms, lexicon

__all__ = ["cited_source", "citing_clauses", "fused_quoting"]


def cited_source(tok: Token, subj: Token | None, state: DocState, cited: str | None) -> tuple[str | None, bool]:
    """Whom the speaker of the verb `tok` cites, if anyone (`cited` when already known), and whether the
    citation is "quoted X as saying", which vouches for its own sentence only."""
    # "..., local media quoted officials as saying", which the parser may read as "quoted officials"
    quoted_as = False
    if tok.lemma_ in ("cite", "quote") and subj is not None and cited is None:
        # "Reuters cited a police spokesman as saying": the one quoted speaks, the one quoting relays
        objs = [c for c in tok.children if c.dep_ == "dobj" and _citable(c)]
        quoted_as = not objs and tok.dep_ == "amod" and tok.head.i == tok.i + 1 and _citable(tok.head)
        if quoted_as:
            objs = [tok.head]
        if objs:
            cited = resolve_subject(objs[0], state)[0]
        if quoted_as and cited and f" {tok.text} " in f" {cited} ":
            cited = state.canonical(cited.split(f"{tok.text} ", 1)[1])  # not "local media quoted officials"
    # "Reports citing the Idlib Health Directorate ... say": the reports relay whom they cite
    subject_acls = [c for c in subj.children if c.dep_ == "acl"] if subj is not None else []
    # ("This was reported by the CGTN TV channel with reference to the country's Department of ...": the
    # reference hung on the one who reports)
    subject_refs = [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "with"] if subj is not None else []
    for child in [*tok.children, *subject_acls, *subject_refs]:
        # ("said Reuters citing the country's mines minister": the parser's ccomp, whose subject is the speaker)
        fused = child.dep_ == "ccomp" and subj is not None and subj.head == child
        if child.lemma_ in ("cite", "quote") and (child.dep_ in ("xcomp", "advcl", "prep", "acl", "conj") or fused):
            objs = [c for c in child.children if c.dep_ in ("dobj", "pobj") and _citable(c)]
            if objs:
                cited = resolve_subject(objs[0], state)[0]
        if child.lemma_ == "base" and child.dep_ in ("advcl", "acl") and cited is None:
            # "..., reports GHN based on DW": the report rests on another outlet's
            objs = [o for p in child.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children]
            if objs and objs[0].dep_ == "pobj" and objs[0].pos_ == "PROPN" and _citable(objs[0]):
                cited = resolve_subject(objs[0], state)[0]
        if child.dep_ == "prep" and child.lower_ in ("with", "in") and cited is None:
            # "writes UNN with reference to the Office of the Ombudsman": UNN cites the office.
            for ref in (c for c in child.children if c.dep_ == "pobj" and c.lower_ == "reference"):
                objs = [o for p in ref.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
                if objs and objs[0].dep_ == "pobj":
                    cited = resolve_subject(objs[0], state)[0]
    return cited, quoted_as


def fused_quoting(subj: Token, verb: Token) -> tuple[str, Token] | None:
    """ "Quoting X, deputy administrator of ..., Al Jazeera reported": the quoted person and the outlet
    where the parser read "Quoting X" as a name and the outlet as its apposition."""
    first = subj.doc[subj.left_edge.i]
    if first.lower_ not in ("quoting", "citing") or first.i == subj.i:
        return None
    outlet = next(
        (c for c in subj.children if c.dep_ == "appos" and c.i < verb.i and c.right_edge.i == verb.i - 1),
        None,
    )
    if outlet is None or outlet.pos_ != "PROPN":
        return None
    return clean_name(subj.doc[first.i + 1 : subj.i + 1].text), outlet


def citing_clauses(sent: Span, state: DocState, found: list[Source]) -> list[Source]:
    """ "OCHA said ..., citing the World Health Organization as saying that ...": a relay from
    the sentence's speaker to the cited source, over the citing clause."""
    out: list[Source] = []
    main = [s for s in found if s.kind in ("speech", "according")]
    # ("According to Sama TV, citing AFP, security forces ... rescued over 150 hostages": an outlet's own word)
    outlets = [s for s in found if s.kind == "relay" and not s.via and s.verb is None and s.own_sentence]
    # ("As the news agency TASR reported, citing information from the police, ...": an aside that reports)
    outlets += [s for s in found if s.kind == "relay" and not s.via and s.verb is not None and s.scope is None]
    if not main and not outlets:
        return out
    for tok in sent:
        if (
            tok.lemma_ not in ("cite", "quote")
            or tok.pos_ != "VERB"
            or tok.dep_ not in ("advcl", "conj", "acl", "xcomp")
        ):
            continue
        if tok.head.lemma_.lower() in lexicon()["speech_verbs"] and tok.head.pos_ == "VERB":
            continue  # "X reports citing Y": handled with its reporting verb
        objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj") and _citable(c)]
        if not objs:
            continue
        cited = resolve_subject(objs[0], state)[0]
        # the clause opening the sentence after "According to X,", which cites the source of the whole sentence
        opening = (
            tok.dep_ == "advcl" and tok.head.dep_ == "ROOT" and tok.i < tok.head.i and sent.doc[tok.i - 1].text == ","
        )
        if cited and not main:
            if opening:
                out.append(Source(cited, [outlets[0].speaker], f"citing {cited}", None, "relay"))
                state.note_speaker(cited, "ORG", [])
        elif cited:
            speaker = main[0]
            # ("..., according to Hespress, citing data from the Ministry of Health": the clause beside "according")
            adjoining = (
                speaker.kind == "according"
                and tok.dep_ == "advcl"
                and sent.doc[tok.i - 1].text == ","
                # (right after it: not "According to the governor, nine bodies have been recovered, citing ...")
                and any(c.lower_ == "according" and c.right_edge.i == tok.i - 2 for c in tok.head.children)
            )
            if speaker.kind == "according" and speaker.scope is None and (opening or adjoining):
                # "According to ITAR-TASS, quoting the emergencies ministry, nine bodies ...": the whole sentence
                # is the ministry's, through the agency
                speaker.speaker, speaker.via = cited, [*speaker.via, speaker.speaker]
                speaker.cue = f"{speaker.cue}, {tok.text} {cited}"
                state.note_speaker(cited, "ORG", [])
                continue
            scope = {t.i for t in tok.subtree}
            says = any(c.dep_ in ("ccomp", "xcomp", "advcl", "prep") for c in tok.children)
            if not says and tok.dep_ == "advcl" and tok.head.dep_ == "ccomp" and tok.head.head.i == speaker.verb:
                # "X had told CNN that the death toll stood at 157, citing health officials": the cited
                # source of the statement it hangs on
                scope = {t.i for t in tok.head.subtree}
            out.append(Source(cited, [*speaker.via, speaker.speaker], f"citing {cited}", scope, "relay"))
            state.note_speaker(cited, "ORG", [])
    return out


def _citable(tok: Token) -> bool:
    """Can "citing X" name a source? A name, a pronoun, a body, an official or a document; not
    "citing worsening humanitarian conditions" (a reason)."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        return True
    lex = lexicon()
    if any(c.dep_ == "poss" for c in tok.children):
        return True
    words = {
        *lex["authority_nouns"], *lex["organisation_nouns"], *lex["spokes_nouns"], *lex["person_titles"],
        *lex["outlet_words"], *ONE_PERSON,
    }  # fmt: skip
    if any(f in words for f in forms(tok.text, tok.lemma_)):
        return True
    # "citing official figures", "citing a statement from the ministry", "quoted the statement issued late Friday"
    # (the last statement named); not "citing the information he received"
    documents = {*lex["source_nouns"], *lex["document_nouns"]}
    return any(f in documents for f in forms(tok.text, tok.lemma_)) and (
        document_author(tok) is not None
        or any(c.dep_ in ("amod", "compound") for c in tok.children)
        or (tok.lemma_.lower() in STATEMENTS and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children))
    )
