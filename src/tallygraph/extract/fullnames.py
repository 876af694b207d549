"""A description stands for the one fuller name the article gives it: "the provincial government"
for "Davao de Oro's provincial government", "the hospital" for "Herat Provincial Hospital"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tallygraph.lexicon import lexicon

__all__ = ["full_person_name", "fuller_name"]


def _words(name: str) -> list[str]:
    return re.sub(r"['’]s\b", " 's", name.lower()).split()


def fuller_name(name: str, names: Iterable[str]) -> str:
    """The fuller form of a lower-case description among an article's names, if there is exactly one.

    A fuller form ends with the description's words and starts with a proper name
    ("Davao de Oro's provincial government"); a description two names could complete stays as it is.
    """
    if not name or not (name[:1].islower() or name.split()[-1].islower()):
        return _body_named_in_full(name, names)  # a name; "the Ombudsman's office" is still a description
    words = _words(name)
    # "police sources" is one party of "police sources and a Reuters witness", not a fuller name for it
    names = [other for other in names if name not in other.split(" and ")]
    fuller = {
        other
        for other in names
        if _proper(other) and len(_words(other)) > len(words) and _words(other)[-len(words) :] == words
    }
    if not fuller:
        # "the health ministry" for "the Ministry of Health": the same words in another order
        content = set(words) - _FUNCTION_WORDS
        fuller = {
            other
            for other in names
            if _proper(other)
            and other != name
            and " and " not in other  # ("security forces" are not "the Public Security Department and the ... forces")
            and content
            and content <= set(_words(other))
            # ending in a capitalised word or one of the description's: not "the Gaza health ministry of the
            # bodies", a recogniser's span run on into what it gave, nor "Police sources" for "police"
            and (other.split()[-1][:1].isupper() or _words(other)[-1] in content)
            and len(set(_words(other)) - _FUNCTION_WORDS) >= len(content)
        }
    return fuller.pop() if len(fuller) == 1 else name


def _body_named_in_full(name: str, names: Iterable[str]) -> str:
    """ "the British-based Observatory" after "the Syrian Observatory for Human Rights": a body's one-word
    short name for the one longer name in the article that has it as a word."""
    if " " in name or name.lower() not in lexicon()["organisation_nouns"]:
        return name
    fuller = {other for other in names if " and " not in other and len(other.split()) >= 3 and name in other.split()}
    return fuller.pop() if len(fuller) == 1 else name


def full_person_name(surname: str, text: str, titles: Iterable[str], roles: Iterable[str] = ()) -> str:
    """ "Mayor Dyer said" where the article later writes "Mayor Buddy Dyer": the one full name the text gives
    the surname, titles left out; the surname as it is when the text gives none or several.

    With ``roles``, a name the tagger did not take for a person's ("Kwakye said") is completed only by a form
    whose sentence gives someone one of these roles: "the deputy commander of police, Reynolds Kwakye, ...".
    """
    titles = {t.lower().rstrip(".") for t in titles}
    forms = _full_forms(surname, text, titles, {r.lower() for r in roles})
    if not forms and (article := re.fullmatch(r"(?:[Aa]l|[Ee]l)-([A-Z][a-z]{2,})", surname)):
        # "Al-Shboul said" after "Health Minister Faisal Shboul": the surname with its article, once without it
        forms = _full_forms(article.group(1), text, titles, {r.lower() for r in roles}) - {surname}
    return forms.pop() if len(forms) == 1 else surname


def _full_forms(surname: str, text: str, titles: set[str], roles: set[str]) -> set[str]:
    adverbs = set(lexicon()["sentence_adverbs"])
    forms = set()
    # (or joined to it: "Rehman said" after "official Masood-ur-Rehman")
    joined = r"[A-Z][a-z]+-(?:[a-z]{1,3}-)?"
    for match in re.finditer(rf"((?:[A-Z][\w'’.-]*[ \t]+){{1,2}}|{joined}){re.escape(surname)}\b", text):
        # (a rank or title just before the name gives it a role too: "Lt. Gen. Martin Dempsey")
        titled = any(w.lower().rstrip(".") in titles for w in match.group(1).split())
        if roles and not titled and not roles & set(re.findall(r"[a-z]+", _sentence_around(text, match).lower())):
            continue
        words = match.group(1).split()
        ends = [w for w in words if w.endswith(".") and w.lower().rstrip(".") not in titles]
        if any(not re.fullmatch(r"(?:[A-Z]\.)+", w) for w in ends):
            continue  # "... province of Guizhou. Gu said": a sentence ends between them
        while words and (words[0].lower().rstrip(".") in titles or words[0].lower() in adverbs):
            words.pop(0)  # (nor "However Mwatana": a sentence's opening adverb)
        if words and words[-1].endswith("-"):
            forms.add(" ".join(words) + surname)
        elif words:
            forms.add(" ".join([*words, surname]))
    return forms


def _sentence_around(text: str, match: re.Match[str]) -> str:
    start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
    ends = [i for i in (text.find(". ", match.end()), text.find("\n", match.end())) if i >= 0]
    return text[start + 1 : min(ends, default=len(text))]


def _proper(name: str) -> bool:
    """A name, not another description: it has a capitalised word ("office of the Human Rights Ombudsman")."""
    return any(w[:1].isupper() for w in name.split())


_FUNCTION_WORDS = {"of", "for", "the", "and", "'s", "on", "in"}
