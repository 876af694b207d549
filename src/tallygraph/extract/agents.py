"""Who can speak, and who wrote a document: the subjects an attribution may name.

"Three police sources said" speaks, "the war claimed ..." and "540 skeletal parts were recorded" do not;
"a statement from the office of the High Commissioner" speaks for its author.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallygraph.extract.naming import called_by_number, is_demonym, not_a_date_word
from tallygraph.extract.outlets import platform_of_post, posting_owner
from tallygraph.extract.persons import entity_at
from tallygraph.lexicon import forms, lexicon

__all__ = ["ONE_PERSON", "agentive", "document_author", "one_of"]

ONE_PERSON = {
    "person", "official", "resident", "witness", "spokesman", "spokeswoman", "spokesperson", "doctor", "medic",
    "nurse", "villager", "survivor", "relative", "officer", "commander", "activist", "journalist", "man", "woman",
    "source", "paramedic", "rescuer", "volunteer", "worker", "farmer", "teacher", "lawyer", "diplomat",
}  # fmt: skip
"""Head nouns of a description of one person, whom a later "he" or "she" may stand for."""


def document_author(tok: Token) -> Token | None:
    """ "a statement from the office of the High Commissioner", "a claim by the government",
    "OCHA's latest report": the named author of a statement or a body of figures."""
    lex = lexicon()
    # ("according to a Telegram post from Kyiv Mayor Vitali Klitschko": a post on a platform, not the Washington Post)
    posted = platform_of_post(tok) is not None and not (tok.dep_ == "pobj" and tok.head.lower_ == "in")
    if not posted and not any(f in lex["document_nouns"] for f in forms(tok.text, tok.lemma_)):
        return None
    if tok.pos_ != "NOUN" and not (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "pobj")):
        return None  # ("monitoring by the Institute ... reported": a gerund the tagger took for a verb)

    def authorlike(t: Token) -> bool:
        if t.lower_ in lex["platforms"]:
            return False  # "in a Facebook statement": where it was posted, not who wrote it
        if t.like_num or t.ent_type_ in ("DATE", "TIME", "GPE", "CARDINAL", "NORP") or not agentive(t):
            return False
        return (
            t.ent_type_ in ("ORG", "PERSON")
            or (t.pos_ == "PROPN" and t.text[:1].isupper())
            or t.lemma_.lower()
            in {*lex["authority_nouns"], *lex["organisation_nouns"], *lex["record_keepers"], *lex["company_nouns"]}
            # "a statement from the provincial governor": a post's holder, not named
            or (t.tag_ == "NN" and t.lemma_.lower() in lex["person_titles"])
            # "activists' claims that hundreds had died", "residents' accounts": the people whose word it is
            or (t.dep_ == "poss" and t.pos_ == "NOUN" and t.lemma_.lower() in ONE_PERSON)
            # "Records from local activists indicate ...", "accounts by survivors": the people whose record it is
            or (
                t.dep_ == "pobj"
                and t.tag_ == "NNS"
                and t.head.lower_ in ("from", "by")
                and t.lemma_.lower() in ONE_PERSON
            )
        )

    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in {*lex["disclosure_verbs"], *lex["authoring_verbs"]}:
            # "A statement released by the ministry's disaster management centre"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            objs = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
            if objs and authorlike(objs[0]):
                return objs[0]
            # "data published in the latest Civilian Impact Monitoring Report (CIMP)": the named report
            placed = [o for p in child.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
            # (not "a report published in January": when)
            if (
                placed
                and placed[0].dep_ == "pobj"
                and placed[0].pos_ == "PROPN"
                and placed[0].ent_type_ not in ("GPE", "DATE", "TIME")
            ):
                return placed[0]
            if owner := posting_owner(child, authorlike):
                return owner
        if (
            child.dep_ == "poss"
            and authorlike(child)
            and (
                child.pos_ == "NOUN"
                or (child.ent_type_ == "ORG" and child.text.isupper() and len(child.text) >= 2)  # "the UN's data"
                or not any(f in lex["source_nouns"] for f in forms(tok.text, tok.lemma_))
            )
        ):
            # "OCHA's statement", "the syndicate's latest report"; but "Azerbaijan's official records" are a
            # source as written
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            # ("the account of the Afghan authorities"; not "the reports of the missing")
            of_whom = objs[0].text[:1].isupper() or objs[0].lemma_.lower() in lex["authority_nouns"] if objs else False
            if objs and authorlike(objs[0]) and (child.lower_ != "of" or of_whom):
                return objs[0]
            if objs and child.lower_ != "of" and objs[0].lemma_.lower() == "source" and objs[0].tag_ == "NNS":
                return objs[0]  # "according to estimates from multiple sources": the sources, however vague
        if child.dep_ == "relcl" and child.lemma_.lower() in ("come", "originate", "emerge"):
            # "the total figure that came from the hospital morgue in Makkah's Al Muaisem neighbourhood"
            objs = [o for p in child.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
            if objs and objs[0].dep_ == "pobj" and authorlike(objs[0]):
                return objs[0]
        if (
            child.dep_ == "compound"
            and child.pos_ == "PROPN"
            and child.i == tok.i - 1
            and authorlike(child)
            and not is_demonym(child.text)  # "according to Azerbaijani figures": as written
        ):
            return child  # "a Supporter Arema report that the death toll ... has exceeded 125"
    # ("The latest Australian Institute of Criminology (AIC) figures": the name before its acronym)
    before = tok.i - 3 if tok.i > 3 and tok.doc[tok.i - 1].text == ")" and tok.doc[tok.i - 3].text == "(" else tok.i
    named = entity_at(tok.doc[before - 1], ("ORG",)) if before > 0 else None
    heads = [t for t in named or () if t.head == tok and t.dep_ in ("compound", "nmod")] if named else []
    words = [t for t in named or () if t.dep_ != "det"]
    # (not "Media reports": one word, which may name no one)
    # (not across a dateline's dash: "Cape Town - Preliminary investigations into an accident ... indicate")
    dateline = named is not None and any(t.text in ("-", "–", "—") and t.whitespace_ for t in named)
    if (
        named is not None
        and named.end == before
        and heads
        and len(words) >= 2
        and not dateline
        and authorlike(heads[0])
    ):
        # "the Ministry of Health bulletin", "the Rio Grande do Sul Civil Defense bulletin": a named body's
        # document, its name before the noun
        return heads[0]
    return None


def one_of(tok: Token) -> Token | None:
    """ "One of the three police sources", "one of the diplomats": the group one of whom speaks."""
    if tok.lower_ != "one":
        return None
    group = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if group and group[0].tag_ in ("NNS", "NNPS") and agentive(group[0]):
        return group[0]
    return None


def agentive(subj: Token) -> bool:
    """Can this subject say something? Not an event ("the war claimed ...") nor a count."""
    if one_of(subj) is not None:
        return True
    lemma = subj.lemma_.lower()
    if lemma in ("each", "either", "neither", "none") and subj.pos_ in ("PRON", "DET"):
        return False  # "four deaths each were reported from ...": how many, not who
    if lemma in ("that", "this") and subj.pos_ == "PRON" and subj.dep_ == "nsubj":
        return False  # "..., that is to say in state custody": a turn of phrase, not a speaker
    if subj.lower_ == "you" and subj.pos_ == "PRON":
        return False  # "What do you even say about 19 children and two teachers getting killed": anyone
    if lemma in ("something", "anything", "nothing", "everything"):
        # "Four of the bodies ... have yet to be identified, something Santa Barbara Sheriff Bill Brown ... said
        # will take some time": what is said, not who says it
        return False
    if (
        subj.pos_ in ("VERB", "AUX")
        and not (subj.ent_type_ == "ORG" and subj.ent_iob_ == "B")
        and document_author(subj) is None  # ("monitoring by the Institute ... reported": the Institute's)
        and subj.text not in lexicon()["wire_agencies"]  # ("..., dpa reported.": a wire the tagger took for a verb)
    ):
        # "The area ... was first probed in 2010, after X ... announced": a parse, not a speaker (but "Save the
        # Children said" is an organisation the parser read as a clause)
        return False
    if lemma in lexicon()["visual_evidence"]:
        return False  # "Video posted online by activists showed ...": what a camera shows, nobody's statement
    # "the Armed Conflict and Event Database"; "Rescue 1122", a service called by its number
    named_body = (subj.pos_ == "PROPN" and subj.ent_type_ == "ORG") or called_by_number(subj)
    if (any(f in lexicon()["event_nouns"] for f in forms(subj.text, subj.lemma_)) and not named_body) or subj.like_num:
        return False
    if lemma in ("thousand", "hundred", "dozen", "score", "million") and any(c.lower_ == "of" for c in subj.children):
        return False  # "thousands of deaths reported every year": a count, not a speaker
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children)
    # "Friday", but not "the Al-Quds online daily", nor a surname the recogniser took for a date ("said Jadoon")
    misread = subj.pos_ == "PROPN" and not_a_date_word(subj)
    if subj.ent_type_ in ("DATE", "TIME") and not named and not misread:
        return False
    # (not "1,063 missing, Lieutenant-Colonel Main Ullah Chowdhury told reporters": a comma parts them)
    counted = [
        c
        for c in subj.children
        if c.like_num
        and c.dep_ == "nummod"
        and c.i < subj.i
        and not any(t.text == "," for t in subj.doc[c.i : subj.i])
        and c.ent_type_ != "DATE"  # "a 2013 government panel said": when, not how many
    ]
    if counted:
        # "540 larger skeletal parts were recorded": a count, not a speaker; but "Two Arab diplomats ... revealed",
        # "Three police sources said", "one military source told AFP": a few who speak
        lex = lexicon()
        few = counted[0].lower_ in ("one", "two", "three", "four", "five", "2", "3", "4", "5")
        speakers = {
            *lex["person_titles"],
            *lex["authority_nouns"],
            "source",
            "witness",
            "resident",
            "survivor",
            "villager",
            "leader",
            "elder",
            "doctor",
            "activist",
            "medic",
            "paramedic",
            "journalist",
            "relative",
            "eyewitness",
            "rescuer",
            "charity",
            "group",
            "organisation",
            "organization",
            "outlet",  # ("One Australian media outlet reported two Australians were missing")
            "newspaper",
            "broadcaster",
            "hospital",  # ("He said one hospital reported two people dead and 18 wounded")
            "clinic",
            "morgue",
        }
        # ("One construction worker said 280 men had been on the site": one of those there, who speaks)
        # (not "one person reported missing", "at least one person confirmed dead": a count the tagger made a subject)
        one = (
            counted[0].lower_ == "one"
            and not any(c.dep_ in ("advmod", "quantmod") for c in counted[0].children)
            and lemma in lex["person_nouns"]
            and lemma not in ("person", "people", "man", "woman", "child", "individual", "passenger", "victim")
            and subj.head.lemma_ in ("say", "tell")
        )
        # ('"I carried four bodies ...," one man ... told local television': one who tells is no count; but "one
        # man said to have been shot" is)
        one = one or (
            counted[0].lower_ == "one"
            and lemma in ("man", "woman")
            and subj.head.lemma_ in ("say", "tell")
            and not any(c.dep_ in ("xcomp", "auxpass") for c in subj.head.children)
        )
        # ("In addition, the three employees said that over 20 tourists are still trapped": a few already named)
        named_few = (
            any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children)
            and lemma in lex["person_nouns"]
            and subj.head.lemma_ in ("say", "tell")
            and any(c.dep_ == "ccomp" for c in subj.head.children)
        )
        return few and (lemma in speakers or one or named_few)
    if lemma not in ("life", "death", "number", "toll", "figure"):
        return True
    # "..., the figures showed": the figures given before, showing what they count
    showing = subj.tag_ == "NNS" and subj.head.lemma_.lower() in ("show", "indicate", "reveal", "suggest")
    if showing and any(c.lower_ in ("the", "these") for c in subj.children):
        return True
    # "Figures from the Lebanese military show ...": figures with an author speak for it (not "An initial toll
    # said 31 migrants had died": when it was given, not by whom)
    when = lexicon()["time_modifiers"]
    authored = any(c.dep_ in ("poss", "amod", "compound") and c.lower_ not in when for c in subj.children)
    return authored or document_author(subj) is not None
