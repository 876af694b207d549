"""Read and write claims files: the corpus gold format (version 1), plus optional keys.

A claims file written here is a valid gold file: the keys of format 1 come
first, in its order. Optional keys that build uses and that a person may
edit or delete: per claim ``start``/``end`` (character offsets of the quote),
``hedge`` (the word as written) and ``status``; per article ``url``,
``title``, ``sha256``, ``events`` (slug -> label, kind, place, year,
wikidata), ``agents`` (name -> kind), ``characterisations`` (quote, term,
target, said_by, via, start, end) and ``generated_by``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from tallygraph.errors import ClaimsFileError
from tallygraph.model import QUALIFIERS, ArticleClaims, Attribution, Characterisation, Claim, EventInfo

__all__ = ["dump_claims", "load_claims", "parse_claims", "write_claims"]


def _claim_dict(c: Claim) -> dict[str, Any]:
    d: dict[str, Any] = {"quote": c.quote, "value": c.value}
    if c.low is not None:
        d["low"] = c.low
    if c.high is not None:
        d["high"] = c.high
    d.update(
        qualifier=c.qualifier,
        counts=c.counts,
        population=c.population,
        event=c.event,
        said_by=c.said_by,
        via=list(c.via),
    )
    if c.part_of:
        d["part_of"] = c.part_of
    if c.start is not None:
        d["start"] = c.start
        d["end"] = c.end
    if c.hedge:
        d["hedge"] = c.hedge
    if c.status != "claim":
        d["status"] = c.status
    return d


def _article_dict(a: ArticleClaims) -> dict[str, Any]:
    d: dict[str, Any] = {"file": a.file, "publisher": a.publisher, "date": a.date}
    for key in ("url", "title", "sha256", "generated_by"):
        if getattr(a, key):
            d[key] = getattr(a, key)
    d["claims"] = [_claim_dict(c) for c in a.claims]
    d["attributions"] = [{"reporter": t.reporter, "source": t.source, "cue": t.cue} for t in a.attributions]
    if a.characterisations:
        d["characterisations"] = [{k: v for k, v in vars(c).items() if v is not None} for c in a.characterisations]
    if a.events:
        d["events"] = {
            slug: {k: v for k, v in vars(info).items() if v is not None} for slug, info in sorted(a.events.items())
        }
    if a.agents:
        d["agents"] = dict(sorted(a.agents.items()))
    return d


def dump_claims(articles: list[ArticleClaims]) -> str:
    """Claims files as YAML text (deterministic)."""
    doc = {"format": 1, "articles": [_article_dict(a) for a in articles]}
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None)


def write_claims(articles: list[ArticleClaims], path: str | Path) -> None:
    """Write a claims file."""
    Path(path).write_text(dump_claims(articles), encoding="utf-8")


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _need(cond: bool, where: str, problem: str, name: str) -> None:
    if not cond:
        raise ClaimsFileError(name, f"{where}: {problem}")


def _parse_claim(raw: Any, where: str, name: str) -> Claim:
    _need(isinstance(raw, dict), where, "a claim must be a mapping", name)
    for key in ("quote", "value", "qualifier", "counts"):
        _need(key in raw, where, f"missing '{key}'", name)
    _need(
        isinstance(raw["quote"], str) and raw["quote"] != "",
        where,
        "'quote' must be non-empty text",
        name,
    )
    _need(
        isinstance(raw["value"], int) and not isinstance(raw["value"], bool),
        where,
        "'value' must be a whole number",
        name,
    )
    _need(
        raw["qualifier"] in QUALIFIERS,
        where,
        f"'qualifier' must be one of {', '.join(QUALIFIERS)}",
        name,
    )
    via = raw.get("via") or []
    _need(isinstance(via, list), where, "'via' must be a list", name)
    for key in ("low", "high", "start", "end"):
        if raw.get(key) is not None:
            _need(isinstance(raw[key], int), where, f"'{key}' must be a whole number", name)
    return Claim(
        quote=raw["quote"],
        value=raw["value"],
        qualifier=raw["qualifier"],
        counts=str(raw["counts"]),
        population=str(raw.get("population") or ""),
        event=str(raw.get("event") or ""),
        said_by=str(raw.get("said_by") or "reporter"),
        via=[str(v) for v in via],
        low=raw.get("low"),
        high=raw.get("high"),
        part_of=_str(raw.get("part_of")),
        start=raw.get("start"),
        end=raw.get("end"),
        hedge=_str(raw.get("hedge")),
        status=str(raw.get("status") or "claim"),
    )


def parse_claims(text: str, name: str = "<claims>") -> list[ArticleClaims]:
    """Parse claims-file YAML; :class:`ClaimsFileError` names the place of any problem."""
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise ClaimsFileError(name, f"not valid YAML{f' (line {mark.line + 1})' if mark else ''}") from None
    _need(isinstance(doc, dict), "top level", "must be a mapping with 'format' and 'articles'", name)
    _need(doc.get("format") == 1, "format", "only format 1 is supported", name)
    arts = doc.get("articles")
    _need(isinstance(arts, list), "articles", "must be a list", name)
    out: list[ArticleClaims] = []
    for i, raw in enumerate(arts):
        where = f"articles[{i}]"
        _need(
            isinstance(raw, dict) and isinstance(raw.get("file"), str),
            where,
            "needs a 'file' name",
            name,
        )
        claims_raw = raw.get("claims") or []
        _need(isinstance(claims_raw, list), f"{where}.claims", "must be a list", name)
        claims = [_parse_claim(c, f"{where}.claims[{j}]", name) for j, c in enumerate(claims_raw)]
        attributions = [
            Attribution(str(t.get("reporter", "")), str(t.get("source", "")), str(t.get("cue", "")))
            for t in raw.get("attributions") or []
            if isinstance(t, dict)
        ]
        characterisations = [
            Characterisation(
                quote=str(c["quote"]),
                term=str(c.get("term") or ""),
                target=str(c.get("target") or c["quote"]),
                said_by=str(c.get("said_by") or "reporter"),
                via=[str(v) for v in c.get("via") or []],
                start=c.get("start"),
                end=c.get("end"),
            )
            for c in raw.get("characterisations") or []
            if isinstance(c, dict) and c.get("quote")
        ]
        events = {
            str(slug): EventInfo(
                label=str(info.get("label") or slug),
                kind=_str(info.get("kind")),
                place=_str(info.get("place")),
                year=_str(info.get("year")),
                wikidata=_str(info.get("wikidata")),
            )
            for slug, info in (raw.get("events") or {}).items()
            if isinstance(info, dict)
        }
        out.append(
            ArticleClaims(
                file=raw["file"],
                publisher=_str(raw.get("publisher")),
                date=_str(raw.get("date")),
                url=_str(raw.get("url")),
                title=_str(raw.get("title")),
                sha256=_str(raw.get("sha256")),
                claims=claims,
                attributions=attributions,
                characterisations=characterisations,
                events=events,
                agents={str(k): str(v) for k, v in (raw.get("agents") or {}).items()},
                generated_by=_str(raw.get("generated_by")),
            )
        )
    return out


def load_claims(path: str | Path) -> list[ArticleClaims]:
    """Read a claims (or gold) file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClaimsFileError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ClaimsFileError(str(path), f"cannot be read ({err})") from None
    return parse_claims(text, str(path))
