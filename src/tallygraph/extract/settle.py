"""Article-wide passes once every sentence is read: each speaker and relay by the fullest name the article
gives it ("Mayor Dyer" -> "Buddy Dyer", "the state governor" -> "Babagana Zulum"), each relay once."""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallygraph.extract.attribution import Source
from tallygraph.extract.discourse import Found
from tallygraph.extract.fullnames import full_person_name, fuller_name
from tallygraph.extract.persons import untitled
from tallygraph.extract.source import looks_outlet_name
from tallygraph.extract.state import DocState
from tallygraph.lexicon import lexicon
from tallygraph.model import REPORTER, Characterisation
from tallygraph.names import same_name

__all__ = ["distinct_relays", "full_person_names", "fuller_names", "office_holders", "place_or_pair", "titled_persons"]


def distinct_relays(said_by: str, via: list[str]) -> list[str]:
    """Each relay once, by its first name ("AP" and then "Associated Press" are one), none the speaker itself."""
    out: list[str] = []
    for name in via:
        if not same_name(name, said_by, strict=True) and not any(same_name(name, kept) for kept in out):
            out.append(name)
    return out


def fuller_names(found: list[Found], named: list[tuple[Characterisation, Source | None]], names: set[str]) -> None:
    """ "the provincial government said" where the article also names "Davao de Oro's provincial government"."""
    for f in found:
        if f.claim.said_by != REPORTER:
            f.claim.said_by = fuller_name(f.claim.said_by, names)
        f.claim.via = [fuller_name(v, names) for v in f.claim.via]
    for c, _ in named:
        if c.said_by != REPORTER:
            c.said_by = fuller_name(c.said_by, names)


def full_person_names(found: list[Found], state: DocState, text: str) -> None:
    """ "Mayor Dyer confirmed ..." and, later, "Mayor Buddy Dyer said": the person's full name."""
    lex = lexicon()
    titles = [*lex["person_titles"], *lex["honorifics"]]
    title_words = {t.lower().rstrip(".") for t in titles}
    common = {*lex["organisation_nouns"], *lex["person_titles"]}  # nouns, never a given name
    for f in found:
        name = f.claim.said_by
        *before, last = name.split() or [""]
        if before and all(w.lower().rstrip(".") in title_words for w in before):
            known = state.persons.get(last)
            # "Col Thanatip said" after "spokesperson Thanatip Sawangsang": a title before the given name (not
            # "the Interior Ministry", a portfolio before a body's noun)
            given = {n for n in state.persons.values() if n != name and n.split()[0] == last and " " in n}
            if known in (None, name) and len(given) == 1 and last.lower() not in common:
                f.claim.said_by = given.pop()
                continue
            if known is not None:
                f.claim.said_by = known  # "Lt Col Nabimanya said" after "Lt Col Saul Nabimanya"
                continue
        ranked = re.fullmatch(r"([A-Z]{2,4})\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", name)
        if ranked and ranked.group(1).lower() in title_words:
            # "According to DSP Madhav Prasad Kafle", "said DSP Kafle", which the tagger took for a body's names:
            # a police rank before a person's name
            rest = ranked.group(2)
            f.claim.said_by = rest if " " in rest else full_person_name(rest, text, titles)
            continue
        if " " in name and state.agents.get(name) == "PERSON" and name not in state.persons.values():
            # "De Blasio said" after "Mayor Bill de Blasio": the one full name the name ends
            fuller = {
                n
                for n in state.persons.values()
                if n.lower().endswith(" " + name.lower())
                and re.fullmatch(r"(?:[A-Z][\w.-]*\s){1,2}", n[: -len(name)])  # given names, not "Venezuela's"
            }
            if len(fuller) == 1:
                f.claim.said_by = fuller.pop()
            continue
        if " " in name or name in state.persons.values() or name in state.aliases or not name[:1].isupper():
            continue
        if state.agents.get(name) == "PERSON":
            f.claim.said_by = full_person_name(name, text, titles)
        elif (
            state.agents.get(name) in ("ORG", None)
            and not looks_outlet_name(name)
            and name not in state.aliases.values()
        ):
            # "Kwakye said", the tagger's organisation: a person where the text gives "Reynolds Kwakye" a role
            f.claim.said_by = full_person_name(name, text, titles, roles=lex["person_titles"])


# A word of a post after a holder's name ("Golam Ruhul Quddus, RMP's spokesperson"), not a verb that runs on
# from a name to a title ("... in the town of Dera Ismail Khan, said the town's commissioner")
_POST_WORD = r"(?!(?:said|says|told|tells|added|adds)\b)[\w'’-]+"
# When something was said, in capitals before a post ("On Friday, Lincolnshire police spokesman said"): no holder
_WHEN = re.compile(
    r"^(?:On|In|At|By|Last|This|Since|After|Before|During|From|Until|Early|Late)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August"
    r"|September|October|November|December)\b"
)


def office_holders(found: list[Found], text: str, people: set[str] | None = None) -> None:
    """ "..., the state governor said" where the article names "Babagana Zulum, governor of the embattled Borno
    state" or "Kharkiv Governor Oleh Synehubov": the one holder of that post the text names.

    :param people: the persons the recogniser named, if known: of the names beside a post, these are its
        holders ("War Veterans' Affairs Minister Tomo Medved", not "the Homeland War Missing Persons Act, the
        minister said")."""
    name = r"((?:[A-Z][\w'’-]+\s+|[A-Z]\.\s*){1,3}[A-Z][\w'’-]+)"  # (with initials: "the town's mayor, J. Mans")
    titles = lexicon()["single_holder_titles"]
    for title in titles:
        # ("Thailand's prime minister" is a prime minister, not any minister)
        longer = [t for t in titles if t.endswith(" " + title)]
        # "an army spokesperson said" is the one the text names ("Benin armed forces spokesperson Colonel James
        # Johnson"), unless it names another ("a rebel spokesman said ... Abdul Basset, another rebel spokesman")
        several = re.search(rf"\banother\s+(?:[\w-]+\s+){{0,2}}{title}\b", text, re.IGNORECASE) is not None
        posts = {
            f.claim.said_by
            for f in found
            if _post_of(f.claim.said_by, title)
            and not any(_post_of(f.claim.said_by, t) for t in longer)
            and not (several and f.source is not None and f.source.indefinite)
        }
        if not posts:
            continue
        matches = [
            *re.finditer(rf"\b(?i:{title}),?\s+{name}", text),  # "Kharkiv Governor Oleh Synehubov", "governor, X"
            *re.finditer(rf"{name},\s+(?:the\s+)?(?:{_POST_WORD}\s+){{0,3}}{title}\b", text),
        ]
        # "the prefect of Mayotte François-Xavier Bieuville": a post, what it is of, then a name the recogniser
        # knows; the holder of a post the text describes that way ("the prefect of Mayotte estimated"), not of
        # "a rebel spokesman"
        described_of_any = any(_post_of_what(p, title) for p in posts)
        of_matches = [
            m
            for person in sorted(people or ())
            if described_of_any and " " in person
            for m in re.finditer(
                rf"\b(?i:{title})\s+(?:of|for)\s+(?:[\w'’.-]+\s+){{1,6}}?,?\s*({re.escape(person)})\b", text
            )
        ]
        for post in posts:
            described_of = _post_of_what(post, title)
            # the holder named where the text says what the post is of ("Herat governor": "..., the governor of
            # Herat"; not "Prime Minister Benjamin Netanyahu" for "Thailand's prime minister")
            words = _post_words(post, title)
            near = [
                m.group(1)
                for m in (matches + of_matches if described_of else matches)
                if not words or any(w in text[max(0, m.start() - 50) : m.end() + 50].lower() for w in words)
            ]
            # (not "On Friday, Lincolnshire police spokesman said": when, not who)
            holders = {
                h
                for h in (untitled(re.sub(r"\s+", " ", h)) for h in near)
                if h[:1].isupper() and " " in h and not _WHEN.search(h)
            }
            known = {h for h in holders if people and h in people}
            holders = known or holders
            if len(holders) == 1:
                holder = holders.pop()
                for f in found:
                    if f.claim.said_by == post:
                        f.claim.said_by = holder


def titled_persons(found: list[Found], state: DocState) -> None:
    """ "UN High Commissioner for Human Rights Volker Türk", "Director-General of Borno SEMA, Barkindo Saidu",
    "Forensic team member Edgar Telon del Cid": a person's post run into their name, which the text gives."""
    names = sorted({n for n in state.persons.values() if len(n.split()) >= 2}, key=len, reverse=True)
    lex = lexicon()
    posts = "|".join(sorted({*lex["person_titles"], *lex["spokes_nouns"]}, key=len, reverse=True))
    # "Local government official Masood-ur-Rehman": a name in capitals right after a post in lower case
    after_post = re.compile(
        rf"^(?:[\w.'’-]+\s+)*?(?:{posts})\s+([A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|da|dos|van|von|bin|ul|ur)){{0,4}})$"
    )
    for f in found:
        said = f.claim.said_by
        person = next((n for n in names if said != n and said.endswith((" " + n, ", " + n))), None)
        if person is not None and _holder(said[: -len(person)]):
            f.claim.said_by = person
            continue
        # "Deputy Minister of Transportation and Communications Wang Kwo-tsai", whose name the parser cut at the hyphen
        cut = next((n for n in names if "-" in n and said.endswith(" " + n.rsplit("-", 1)[0])), None)
        if cut is not None and _holder(said[: -len(cut.rsplit("-", 1)[0])]):
            f.claim.said_by = cut
            continue
        named = after_post.match(said)
        if named is not None and named.group(1) != said and _holder(said[: named.start(1)]):
            # ("police spokesman Dlamini" after "police spokesman Lungelo Dlamini": the name given in full)
            f.claim.said_by = state.persons.get(named.group(1), named.group(1))


def _post_of(said_by: str, title: str) -> bool:
    """Does a source's name describe the holder of a post without naming them: "the state governor", "Herat
    governor", "head of Syria's commission", "the commission's president"?"""
    words = said_by.split()
    lowered = said_by.lower()
    if lowered.endswith(" " + title) or lowered == title:
        described = words[: -len(title.split())]
    elif _post_of_what(said_by, title):
        described = []  # "head of Syria's commission": what the post is of says nothing of who holds it
    else:
        return False
    # (not "Interior Minister Ahmad Vahidi", a name; a place or body before the post is no name: "Herat governor")
    return len([w for w in described if w[:1].isupper()]) <= 1


def _post_of_what(said_by: str, title: str) -> bool:
    """A post written as what it is of: "head of Syria's commission", "prefect of Mayotte"."""
    return said_by.lower().startswith((title + " of ", title + " for "))


def _post_words(post: str, title: str) -> list[str]:
    """What a post is of, in words to find beside its holder's name: "Herat governor" -> ["herat"]."""
    lex = lexicon()
    # (not "regional", "local": any governor's region; "Belgorod Governor Vyacheslav Gladkov" is the regional one)
    generic = {"regional", "local", "provincial", "national", "federal", "municipal", "senior", "top", "state"}
    stop = {*lex["wrapping_words"], *lex["place_nouns"], *generic, "'s", "’s", title, *title.split()}
    words = re.findall(r"[\w-]+", post.lower().replace("’s", "").replace("'s", ""))
    return [w for w in words if w not in stop and len(w) > 2]


def _holder(post: str) -> bool:
    """Does a post written before a name describe the named person ("Director-General of Borno SEMA,", "Local
    government official"), not someone or something of theirs ("office of Prime Minister", "spokesman for
    President", "X and")?"""
    if post.rstrip().endswith(","):
        return True
    words = post.lower().replace(",", " ").split()
    if not words or words[-1] in ("and", "of", "for", "to") or "office" in words:
        return False
    titles = set(lexicon()["person_titles"]) | {"prime", "vice", "deputy"}
    linked = [k for k, w in enumerate(words) if w in ("of", "for", "to")]
    # ("Director-General of Police Dilbagh Singh" is the director-general; "spokesman for President X" is not X)
    return not any(k + 1 < len(words) and words[k + 1] in titles for k in linked)


def place_or_pair(successor: Source, unnamed: Source, sent: Span) -> bool:
    """Is the source named next a country or place, or the unnamed one a pair of sources ("a war monitor and
    local media")? Neither names the other."""
    place = any(ent.text == successor.speaker and ent.label_ in ("GPE", "LOC", "NORP") for ent in sent.ents)
    return place or " and " in unnamed.speaker
