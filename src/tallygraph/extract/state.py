"""What an article has said so far: the full names, abbreviations, roles and speakers its sentences
introduced, so that a later "Sen", "AA", "the programme manager" or "he" resolves to them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tallygraph.extract.agents import ONE_PERSON
from tallygraph.extract.described import named_for_a_saint
from tallygraph.extract.naming import clean_name
from tallygraph.extract.persons import COURTESY, named_in_apposition, role_of, untitled
from tallygraph.extract.speakers import SPOKESPEOPLE, body_of, description, phrase
from tallygraph.lexicon import forms, lexicon
from tallygraph.names import same_name

__all__ = ["DocState"]

# A proper name of up to nine words, with the small words names carry ("Committee to Protect Journalists")
# (and the particles of names in other languages: "Ain o Salish Kendra (ASK)", "Ministerio de Salud y Protección")
_NAME_RUN = (
    r"([A-Z][\w'’.&-]*(?:[ \t]+(?:of|for|and|the|in|on|to|&|de|da|do|del|di|du|des|la|y|e|o|[A-Z][\w'’.&-]*)){0,8})"
)
# "Assistance Association for Political Prisoners (AAPP)"
_ABBREV = re.compile(_NAME_RUN + r"[ \t]+\(([A-Z][A-Za-z]{1,9})\)")
# "The Armed Conflict Location & Event Data Project, or ACLED, said"
_OR_ABBREV = re.compile(_NAME_RUN + r",[ \t]+or[ \t]+([A-Z]{2,9}),")
# "the UN Office for the Coordination of Humanitarian Affairs known as OCHA"
_KNOWN_AS = re.compile(_NAME_RUN + r",?[ \t]+(?:also[ \t]+|better[ \t]+)?known[ \t]+as[ \t]+([A-Z][A-Za-z]{1,9})\b")


def _another_person(known: str, name: str) -> bool:
    """Is ``name`` someone other than ``known``, who shares the surname: "Manoj Kumar Singh" after "Rajesh Kumar
    Singh" (not "Col Nabimanya" after "Saul Nabimanya", nor "Kumar Singh" after either)?"""
    first = name.split()[0]
    titled = first.lower().rstrip(".") in {t.rstrip(".") for t in lexicon()["honorifics"]} or first.isupper()
    return len(name.split()) >= 3 and len(known.split()) >= 3 and not titled and not known.endswith(name)


def _subject_of_root(tok: Token) -> bool:
    """Is the name ending at ``tok`` the subject of its sentence's main verb (or in apposition to it)?"""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "appos":
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def _folded(name: str) -> str:
    """A name in lower case without its accents ("Sánchez" -> "sanchez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def _spelled_out(full: str, short: str) -> str:
    """The words an abbreviation stands for: "Committee to Protect Journalists" for "CPJ", but only "World
    Health Organization" of "Israel to World Health Organization" for "WHO"."""
    words = full.split()
    for k, word in enumerate(words):
        initials = "".join(w[0] for w in words[k:] if w[:1].isupper())
        if word[:1].isupper() and initials.upper() == short.upper():
            if k > 0 and re.fullmatch(r"[A-Z]{2,4}|(?:[A-Z]\.){2,4}", words[k - 1]):
                k -= 1  # "UN Office for the Coordination of Humanitarian Affairs" for "OCHA": the parent body too
            return " ".join(words[k:])
    return re.split(r"\s+to\s+", full)[-1]  # no match of initials: the name never runs across "to"


@dataclass
class DocState:
    """What an article has said so far: names, aliases, and the last speakers."""

    publisher: str | None = None
    author: str | None = None
    persons: dict[str, str] = field(default_factory=dict)  # surname -> full name
    aliases: dict[str, str] = field(default_factory=dict)  # abbreviation -> full name
    agents: dict[str, str] = field(default_factory=dict)  # name -> kind
    via_of: dict[str, list[str]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)  # "state news agency" -> "INA"
    roles: dict[str, set[str]] = field(default_factory=dict)  # "Barbara Magaji" -> {"programme", "manager"}
    bodies: list[str] = field(default_factory=list)  # organisations the text names, speaking or not, in order
    last_person: str | None = None
    last_described: str | None = None  # the last one person who spoke, described and not named
    named_before: str | None = None  # the last person named in an earlier sentence, speaking or not
    last_named: str | None = None
    last_org: str | None = None
    last_speaker: str | None = None
    group_before: str | None = None  # the group the sentence before is about, its subject ("Police earlier blamed")
    group_here: str | None = None
    text: str = ""  # the article's text, for names its parsed sentences do not give in full

    def register(self, sent: Span) -> None:
        """Learn full names and abbreviations a sentence introduces."""
        self.named_before = self.last_named
        self.group_before, self.group_here = self.group_here, self._group_subject(sent)
        for ent in sent.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2 and not named_for_a_saint(ent):
                doc = ent.doc
                # "Ambassador to Vanuatu Li Minggang": the place is not the name
                after_post = ent.start >= 2 and doc[ent.start - 2].lower_ in lexicon()["person_titles"]
                if len(ent) >= 3 and after_post and doc[ent.start - 1].lower_ in ("to", "of"):
                    ent = ent[1:]
                full = untitled(clean_name(ent.text))
                known = self.persons.get(ent[-1].text)
                # (a surname stands for the last one named with it: "Senior Superintendent of Police Rajesh Kumar
                # Singh said ...", then "UP chief secretary Manoj Kumar Singh ... Singh said"; but not "Kumar Singh"
                # for the "Rajesh Kumar Singh" named before)
                if known is None or _another_person(known, full):
                    self.persons[ent[-1].text] = full
        self._note_named(sent)
        self.bodies += [clean_name(ent.text) for ent in sent.ents if ent.label_ == "ORG" and len(ent) >= 3]
        for ent in sent.ents:
            if ent.label_ == "PERSON":
                role = role_of(ent.root)
                if role:
                    self.roles[clean_name(ent.text)] = role
        for tok in sent:
            named = named_in_apposition(tok)
            if named is not None:
                self.descriptions.setdefault(description(tok), clean_name(phrase(named)[0]))
            if tok.lemma_.lower() in lexicon()["company_nouns"] and tok.dep_ == "compound" and not tok.ent_type_:
                # "Operated by Canadian company Coulson Aviation ..., the company said": the company named
                firm = tok.head
                if firm.i > tok.i and firm.pos_ == "PROPN" and firm.ent_type_ == "ORG":
                    self.descriptions.setdefault(tok.lower_, clean_name(sent.doc[tok.i + 1 : firm.i + 1].text))
            body = body_of(tok) if tok.lemma_.lower() in SPOKESPEOPLE else None
            if body is not None and tok.ent_type_ != "PERSON":
                # "A spokeswoman for the National Civil Defense Service said ...": "the spokeswoman" later is hers
                self.descriptions[description(tok)] = clean_name(phrase(body)[0])
            # "Released on Wednesday by the UN Human Rights Monitoring Mission in Ukraine (HRMMU), the report ...":
            # the body whose report a later "according to the report" means
            if tok.tag_ == "VBN" and tok.lemma_.lower() in lexicon()["publishing_verbs"]:
                for obj in (o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
                    if obj.pos_ == "PROPN" and obj.ent_type_ == "ORG":
                        self.last_org = clean_name(phrase(obj)[0])
            if tok.lemma_.lower() in lexicon()["publishing_verbs"] and tok.tag_ in ("VBD", "VBZ", "VBP"):
                # "The Venezuelan Observatory of Violence released its annual report": the body whose report a
                # later "the study" or "according to the report" is
                papers = [
                    c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon()["document_nouns"]
                ]
                bodies = [c for c in tok.children if c.dep_ == "nsubj" and c.ent_type_ == "ORG" and c.pos_ == "PROPN"]
                if papers and bodies:
                    self.last_org = clean_name(phrase(bodies[0])[0])
        for match in [*_ABBREV.finditer(sent.text), *_KNOWN_AS.finditer(sent.text), *_OR_ABBREV.finditer(sent.text)]:
            full, short = clean_name(_spelled_out(match.group(1), match.group(2))), match.group(2)
            if len(full.split()) >= 2 and full.upper() != short:
                self.aliases.setdefault(short, full)

    def person_before(self) -> str | None:
        """Whom a "he" or "him" stands for: the last person who spoke, or, when none has, the last person named."""
        return self.last_person or self.named_before

    def _note_named(self, sent: Span) -> None:
        """The last person a sentence names, speaking or not: a full name, or the surname of one named before
        ("Rajoelina appointed ...", which the recogniser took for a place)."""
        named: list[tuple[int, str]] = []
        for ent in sent.ents:
            # (not "Rahima Moosa Mother and Child Hospital", a body the recogniser took for a person)
            body = ent[-1].lower_ in {*lexicon()["organisation_nouns"], *lexicon()["record_keepers"]}
            person = ent.label_ == "PERSON" or _titled_name(ent)
            if person and not named_for_a_saint(ent) and not body:
                # ("Mrs Fairchild's claim": the recogniser's entity may keep the possessive, which is not the name's)
                words = ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent
                named.append((ent.end, self.canonical(untitled(clean_name(words.text)))))
        named += [(t.i + 1, self.persons[t.text]) for t in sent if t.pos_ == "PROPN" and t.text in self.persons]
        # ("Chief Minister Pushkar Singh Dhami visited Dharali ... He confirmed": the sentence's subject, before
        # whatever its verb acts on)
        acting = [(end, name) for end, name in named if _subject_of_root(sent.doc[end - 1])]
        if acting or named:
            self.last_named = max(acting or named)[1]

    def _group_subject(self, sent: Span) -> str | None:
        """The people or body a sentence's main verb tells about, in the plural ("Police earlier blamed the Allied
        Democratic Forces ... for the attack."), for whom a "They said" after it speaks."""
        lex = lexicon()
        groups = {*lex["person_nouns"], *lex["authority_nouns"], *lex["organisation_nouns"]}
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        plural = subj is not None and (subj.tag_ == "NNS" or subj.lower_ == "police")
        if subj is None or not plural or not any(f in groups for f in forms(subj.text, subj.lemma_)):
            return None
        return self.canonical(phrase(subj)[0])

    def known_body(self, tok: Token) -> bool:
        """ "The Observatory", a proper name the tagger gave no kind, standing for an organisation that spoke
        before ("the Syrian Observatory for Human Rights")."""
        return tok.pos_ == "PROPN" and not tok.ent_type_ and self.agents.get(self.canonical(tok.text)) == "ORG"

    def initialled(self, name: str) -> str:
        """ "DVB counted five deaths" after "The Democratic Voice of Burma reported": the body named before whose
        initials a name is, though the text never spelled them out; else the name."""
        spelled = {full for full in self.agents if full != name and same_name(full, name)}
        return spelled.pop() if len(spelled) == 1 else name

    def canonical(self, name: str) -> str:
        """The fullest known form of a name ("AA" -> "Anadolu Agency", "Efendiyev" -> full)."""
        name = clean_name(name)
        if re.fullmatch(
            r"(?:same|this) (?:source|official|agency|spokesman|spokesperson)|(?:same|these) (?:sources|officials)",
            name.lower(),
        ):
            return self.last_speaker or name  # "according to the same source", "according to this source"
        if name.lower() == "statement" and self.last_speaker:
            # "UNICEF said in a statement. According to the statement issued on Friday, ...": whoever issued it
            return self.last_speaker
        if name in self.aliases:
            return self.aliases[name]
        if name.isupper():
            # "DODMA said" after "the Department of Disaster Management Affairs (DoDMA)": an acronym in capitals
            spelled = [full for short, full in self.aliases.items() if short.upper() == name]
            if len(spelled) == 1:
                return spelled[0]
        if len(name.split()) >= 2:
            # "the United Nations Integrated Office in Haiti (BINUH)", whose name the parser cut at "in"
            longer = {full for full in self.aliases.values() if full.startswith(name + " ")}
            if not longer and name[:1].isupper():
                # "The Syrian Observatory said", after "the Syrian Observatory for Human Rights"
                longer = {full for full in self.agents if full.startswith(name + " ") and " and " not in full}
            if len(longer) == 1:
                return longer.pop()
            # "Salish Kendra", the recogniser's cut of "Ain o Salish Kendra (ASK)"
            ending = {
                full for full in self.aliases.values() if full.endswith(" " + name) and not _courtesy_form(full, name)
            }
            if len(ending) == 1 and name[:1].isupper():
                return ending.pop()
        if name in self.persons:
            return self.persons[name]
        # "Mr Ijewere said" after "Nigerian Red Cross president Mr Emmanuel Ijewere": the name given in full
        courtesy = re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+([A-Z][\w'’-]+)", name)
        if courtesy and courtesy.group(1) in self.persons:
            return self.persons[courtesy.group(1)]
        parts = name.split()
        if len(parts) == 1 and _folded(name) in {_folded(k) for k in self.persons}:
            # (also without its accents: "Sanchez said" after "Pedro Sánchez")
            return next(v for k, v in self.persons.items() if _folded(k) == _folded(name))
        # "Lal Sen" -> "Samanta Lal Sen"; "Observatory" -> "Syrian Observatory for Human Rights".
        if name[:1].isupper() and (len(parts) <= 2 or name in self.persons.values()):
            # ("The Institute for Missing Persons" is named in full, whatever "Bosnia's" came before it)
            for full in reversed([*self.persons.values(), *self.agents]):
                if " and " in full and (name in full.split(" and ") or full[:1].islower()):
                    # "Russia" is not "Russia and Ukraine", nor "Reuters" "police sources and a Reuters witness"
                    continue
                if full != name and (full.endswith(" " + name) or (len(parts) == 1 and name in full.split())):
                    if _courtesy_form(full, name):
                        continue  # "Rita Inoma-Abbey" is not made "Mrs Rita Inoma-Abbey" again
                    return full
        return name

    def by_role(self, subj: Token) -> str | None:
        """ "The programme manager also revealed": the person last described with that role (not "The interior
        ministry has revised ...", a body, after its spokesman)."""
        if subj.lemma_.lower() in lexicon()["organisation_nouns"]:
            return None
        words = {subj.lemma_.lower(), *(c.lower_ for c in subj.lefts if c.dep_ in ("compound", "amod"))}
        for name in reversed([*self.agents, *self.roles]):
            role = self.roles.get(name) or next((r for k, r in self.roles.items() if name.endswith(" " + k)), None)
            if role and words <= role:
                return name
        return None

    def note_speaker(self, name: str, kind: str, via: list[str]) -> None:
        self.last_speaker = name
        self.last_named = None  # a later "he said" is the speaker's, not that of someone named before them
        if kind != "PERSON":
            # "a Punjab government senior officer told PTI. ... he said": one person, described under a body's name
            # (not when the sentence names a person, whom the description may stand for)
            head = name.split()[-1] if name.split() else ""
            self.last_described = name if head in ONE_PERSON and self.last_named is None else None
        if kind == "PERSON":
            self.last_person = name
            parts = name.split()
            # "Health Minister Dr Samanta Lal Sen said" where the parser's entity was only "Lal Sen":
            # the fuller form a speaker was given is the one a later "Sen said" stands for.
            known = self.persons.get(parts[-1])
            # (and a later speaker with the surname of one named before: "Manoj Kumar Singh", after "Rajesh Kumar
            # Singh", is whom "Singh said" stands for next)
            fuller = known is not None and name.endswith(" " + known) and len(name) > len(known)
            if len(parts) >= 2 and (known is None or fuller or _another_person(known, name)):
                self.persons[parts[-1]] = name
        else:
            self.last_org = name
            if name in self.persons.values():
                self.last_person = name  # "Sobejana said", whom the parser took for no person: a person's name
            words = name.split()
            described = bool(words) and name.islower()
            # (not "the official manifest": a document)
            document = described and words[-1] in lexicon()["document_nouns"]
            if words and not document and (words[0].lower() in ONE_PERSON or (described and words[-1] in ONE_PERSON)):
                # "a person close to the AA told RFA. ... he said"; "a local police officer told AFP ... he said"
                self.last_person = name
        self.agents.setdefault(name, kind)
        if via and name not in self.via_of:
            self.via_of[name] = list(via)


def _courtesy_form(full: str, name: str) -> bool:
    """ "Mrs Rita Inoma-Abbey" for "Rita Inoma-Abbey": the same name with only a courtesy title before it."""
    return full.endswith(" " + name) and full[: -len(name)].strip().lower().rstrip(".") in COURTESY


def _titled_name(ent: Span) -> bool:
    """ "Its principal, Mohd Zahid Mahmood said": a name set off after a post, which the recogniser took for a body's;
    a person's."""
    doc = ent.doc
    lex = lexicon()
    bodies = {*lex["organisation_nouns"], *lex["outlet_words"], *lex["authority_nouns"]}
    return (
        ent.label_ == "ORG"
        and 2 <= len(ent) <= 4
        and ent.start >= 2
        and doc[ent.start - 1].text == ","
        and doc[ent.start - 2].lower_ in lex["person_titles"]
        and all(t.is_title and t.lower_ not in bodies for t in ent)
    )
