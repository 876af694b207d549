"""Figures given "respectively": each number goes with its own counted word and its own source.

"The attacks killed and wounded 12 and 30 people, respectively": 12 killed, 30 wounded.
"Madhya Pradesh and Chhattisgarh reported 14 and 15 deaths, respectively": 14 by Madhya Pradesh,
15 by Chhattisgarh.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallygraph.extract.discourse import Found
from tallygraph.extract.measures import measure_word
from tallygraph.extract.naming import clean_name

_JOINS = {",", "and", "or", "&"}


def _conjuncts(tok: Token) -> list[Token]:
    """A word and the words coordinated with it, in order: "killed and wounded" -> [killed, wounded]."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return sorted(out, key=lambda t: t.i)


def _runs(found: list[Found]) -> list[list[Found]]:
    """Figures of one sentence whose numbers follow one another with only "," or "and" between."""
    runs: list[list[Found]] = []
    for f in sorted(found, key=lambda f: f.figure.number.start):
        if runs:
            last = runs[-1][-1]
            between = f.sent.doc[last.figure.number.end : f.figure.number.start]
            if len(between) and all(t.lower_ in _JOINS for t in between):
                runs[-1].append(f)
                continue
        runs.append([f])
    return [r for r in runs if len(r) > 1]


def _paired_measures(sent: Span, k: int, current: set[str]) -> list[str] | None:
    """The k coordinated counted words of the sentence ("dead and injured"), each counting something else,
    where the numbers were all taken for one count or each for one of these."""
    for tok in sent:
        if tok.dep_ == "conj":
            continue
        chain = _conjuncts(tok)
        if len(chain) != k:
            continue
        measures = [measure_word(t) for t in chain]
        if all(measures) and len(set(measures)) == k and (len(current) == 1 or current <= set(measures)):
            return [m for m in measures if m]
    return None


def _own_words(tok: Token) -> str:
    """A conjunct without the words coordinated with it: "Madhya Pradesh" of "Madhya Pradesh and Chhattisgarh"."""
    skip: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("conj", "cc", "punct", "appos", "relcl") and child.i > tok.i:
            skip |= {t.i for t in child.subtree}
    words = [t for t in tok.subtree if t.i not in skip]
    while words and words[0].dep_ == "det":
        words.pop(0)
    return clean_name(" ".join(t.text for t in words))


def _paired_speakers(f: Found, k: int) -> list[str] | None:
    """The k coordinated subjects of the source's verb ("Madhya Pradesh and Chhattisgarh reported")."""
    source = f.source
    if source is None or source.verb is None or f.claim.said_by != source.speaker:
        return None
    verb = f.sent.doc[source.verb]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    chain = _conjuncts(subjects[0])
    if len(chain) != k or any(t.pos_ not in ("NOUN", "PROPN") for t in chain):
        return None
    return [_own_words(t) for t in chain]


def distribute(found: list[Found]) -> None:
    """Pair the numbers of a "respectively" sentence with its coordinated counted words and sources."""
    sentences: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        sentences.setdefault((id(f.sent.doc), f.sent.start), []).append(f)
    for group in sentences.values():
        sent = group[0].sent
        if not any(t.lower_ == "respectively" for t in sent):
            continue
        for run in _runs(group):
            k = len(run)
            measures = _paired_measures(sent, k, {f.claim.counts for f in run})
            if measures is not None:
                for f, measure in zip(run, measures, strict=True):
                    f.claim.counts = measure
            first = run[0]
            if first.source is not None and all(
                f.source is not None and f.source.verb == first.source.verb and f.claim.said_by == first.claim.said_by
                for f in run
            ):
                speakers = _paired_speakers(run[0], k)
                if speakers is not None:
                    for f, speaker in zip(run, speakers, strict=True):
                        f.claim.said_by = speaker
