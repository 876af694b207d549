"""Load articles: text/Markdown with or without YAML front matter, HTML pages, JSON Lines.

HTML goes through trafilatura (main text and metadata). A JSON Lines file
holds one article per line (``text`` required; ``url``, ``title``,
``publisher``, ``date`` optional); its articles are named ``FILE#LINE``.
Every loader returns :class:`~tallygraph.model.Article` objects whose ``text`` is
the body exactly as read, so character offsets into it are stable. A file that
cannot be used raises :class:`~tallygraph.errors.InputError`; :func:`load_many`
collects those errors and goes on with the rest of the batch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from tallygraph.errors import InputError
from tallygraph.extract.source import looks_outlet_name
from tallygraph.model import Article
from tallygraph.places import is_country, is_state_abbreviation

__all__ = [
    "ARTICLE_SUFFIXES",
    "expand_paths",
    "load_article",
    "load_html",
    "load_jsonl",
    "load_many",
    "load_path",
    "text_metadata",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
FRONT_MATTER_KEYS = ("url", "title", "publisher", "date")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_ISO_DATE = r"(\d{4}-\d{2}-\d{2})"
_LEADING_DATE = re.compile(r"\A\s*(?:date[:\s]+)?" + _ISO_DATE + r"\b", re.I)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
# "Baku, MINA –" or "BAKU (Reuters) -" at the start of a paragraph.
_DATELINE_COMMA = re.compile(
    r"^\s*[A-Z][A-Za-z.' -]{1,40},\s+([A-Z][A-Za-z'&.]*(?:\s+[A-Z][A-Za-z'&.]*){0,4})\s+[–—-]{1,2}\s",
    re.M,
)
_DATELINE_PAREN = re.compile(r"^\s*[A-Z][A-Z.' -]{1,40}\s*\(([^)]{2,40})\)\s*[–—-]{1,2}\s", re.M)


def expand_paths(paths: Iterable[str | Path], suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> list[Path]:
    """Files as given, and the article files inside folders (sorted by name)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in suffixes))
        else:
            out.append(path)
    return out


def _read_text(path: Path) -> str:
    raw = _raw(path)
    if b"\x00" in raw[:8192]:
        raise InputError(str(path), "binary file (NUL bytes), not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(str(path), f"not UTF-8 text (bad byte at offset {err.start})") from None
    if not text.strip():
        raise InputError(str(path), "empty file")
    return text


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise InputError(str(path), f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise InputError(str(path), "front matter is not a mapping of keys to values")
    body = text[match.end() :]
    if not body.strip():
        raise InputError(str(path), "empty article body after front matter")
    clean = {k: str(meta[k]) for k in FRONT_MATTER_KEYS if meta.get(k) not in (None, "")}
    return clean, body


def _outlet_not_place(name: str) -> bool:
    """ "Baku, MINA –" names an outlet; "DHAKA, Bangladesh —", "SALT LAKE CITY, Utah —", "HOWARD, WIS. —" name a
    place."""
    return looks_outlet_name(name) and not is_country(name) and not is_state_abbreviation(name)


def _expand_acronym(text: str, short: str) -> str:
    """'MINA' -> "Mi'raj News Agency (MINA)" when the text spells the acronym out."""
    match = re.search(r"([A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){1,6})[ \t]+\(" + re.escape(short) + r"\)", text)
    return f"{match.group(1)} ({short})" if match else short


def _date_from(match: re.Match[str], day_first: bool) -> str:
    months = _MONTHS.split("|")
    if day_first:
        day, month, year = match.group(1), match.group(2), match.group(3)
    else:
        month, day, year = match.group(1), match.group(2), match.group(3)
    return f"{int(year):04d}-{months.index(month.lower()) + 1:02d}-{int(day):02d}"


def text_metadata(text: str) -> dict[str, str]:
    """Metadata the text states itself: a leading date, a dateline outlet, a signed date.

    >>> text_metadata("Baku, MINA – Azerbaijan on Monday ...")["publisher"]
    'MINA'
    """
    meta: dict[str, str] = {}
    head = text[:600]
    leading = _LEADING_DATE.match(text)
    if leading:
        meta["date"] = leading.group(1)
    # "Baku, MINA –" names the publisher; "BAKU (Reuters) -" marks a wire story the
    # article reproduces (a relay, found by extraction), not its publisher.
    found = _DATELINE_COMMA.search(head)
    if found and not _DATELINE_PAREN.search(head[: found.end()]) and _outlet_not_place(found.group(1).strip()):
        meta["publisher"] = _expand_acronym(text, found.group(1).strip())
    if "date" not in meta:
        # A statement signed and dated at its foot: a date alone on one of the last lines.
        for line in reversed([ln for ln in text.strip().splitlines() if ln.strip()][-4:]):
            bare = re.sub(r"[*_#<>/]", "", line).strip()
            for pattern, day_first in ((_DAY_MONTH_YEAR, True), (_MONTH_DAY_YEAR, False)):
                found = pattern.fullmatch(bare)
                if found:
                    meta["date"] = _date_from(found, day_first)
                    break
            if "date" in meta:
                break
    return meta


def load_article(path: str | Path) -> Article:
    """Read one ``.txt``/``.md`` article; front matter wins over what the text says."""
    path = Path(path)
    text = _read_text(path)
    meta, body = _split_front_matter(path, text)
    inferred = text_metadata(body)
    for key, value in inferred.items():
        meta.setdefault(key, value)
    return Article(
        file=path.name,
        text=body,
        url=meta.get("url"),
        title=meta.get("title"),
        publisher=meta.get("publisher"),
        date=meta.get("date"),
        source_format=path.suffix.lower().lstrip(".") or "txt",
    )


def _raw(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except OSError as err:
        raise InputError(str(path), f"cannot be read ({err.strerror or err})") from None
    if not raw.strip():
        raise InputError(str(path), "empty file")
    return raw


def load_html(path: str | Path) -> Article:
    """Main text and metadata of an HTML page (trafilatura); metadata the text states fills gaps."""
    import trafilatura

    path = Path(path)
    raw = _raw(path)
    if b"\x00" in raw[:8192]:
        raise InputError(str(path), "binary file (NUL bytes), not an HTML page")
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < 5:  # menus and footers only
        raise InputError(str(path), "no article text found in the HTML")
    text += "\n"
    inferred = text_metadata(text)
    return Article(
        file=path.name,
        text=text,
        url=getattr(doc, "url", None) or None,
        title=getattr(doc, "title", None) or None,
        publisher=getattr(doc, "sitename", None) or inferred.get("publisher"),
        date=getattr(doc, "date", None) or inferred.get("date"),
        source_format="html",
    )


def load_jsonl(path: str | Path) -> tuple[list[Article], list[InputError]]:
    """Articles of a JSON Lines file, and one error per line that is not a usable article."""
    path = Path(path)
    try:
        text = _raw(path).decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return [], [InputError(str(path), f"not UTF-8 text (bad byte at offset {err.start})")]
    except InputError as err:
        return [], [err]
    articles: list[Article] = []
    errors: list[InputError] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            errors.append(InputError(where, f"not valid JSON ({err.msg} at column {err.colno})"))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            errors.append(InputError(where, "needs an object with a non-empty 'text'"))
            continue
        meta = {k: str(obj[k]) for k in FRONT_MATTER_KEYS if obj.get(k) not in (None, "")}
        for key, value in text_metadata(obj["text"]).items():
            meta.setdefault(key, value)
        articles.append(
            Article(
                file=f"{path.name}#{n}",
                text=obj["text"],
                url=meta.get("url"),
                title=meta.get("title"),
                publisher=meta.get("publisher"),
                date=meta.get("date"),
                source_format="jsonl",
            )
        )
    return articles, errors


def load_path(path: str | Path) -> tuple[list[Article], list[InputError]]:
    """The articles in one file, whatever its kind, and the problems found."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return load_jsonl(path)
    try:
        if suffix in (".html", ".htm"):
            return [load_html(path)], []
        return [load_article(path)], []
    except InputError as err:
        return [], [err]


def load_many(paths: Iterable[str | Path]) -> tuple[list[Article], list[InputError]]:
    """Load every article it can; return the articles and one error per skipped file or line."""
    articles: list[Article] = []
    errors: list[InputError] = []
    for path in expand_paths(paths):
        found, problems = load_path(path)
        articles.extend(found)
        errors.extend(problems)
    return articles, errors
