"""Who does the speaking for a verb of speech: its subject as parsed, or the one the parser misplaced
(inverted quotatives, speakers after a comma, conjuncts, participles and passives)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tallygraph.extract.agents import agentive, document_author
from tallygraph.extract.cues import is_source_subject
from tallygraph.extract.placement import (
    comma_named_subject,
    comma_subject,
    comma_titled_person,
    described_speakers_before,
    left_group,
    trailing_apposition,
)
from tallygraph.lexicon import lexicon

__all__ = ["ADDRESSING", "SpeechSubject", "find_subject"]

# Verbs of telling: the one told comes after the verb.
ADDRESSING = frozenset({"tell", "inform", "brief", "assure"})

# Kinds of name after a closing verb that name no speaker: "..., reported Saturday" says when, not who.
_NO_SPEAKER = ("GPE", "DATE", "TIME")


@dataclass
class SpeechSubject:
    """The speaking subject of a verb of speech and how it was found."""

    subj: Token | None
    subjects: list[Token]  # every subject the parser hung on the verb
    anchor: Token  # the verb whose clause the statement is (the head, for "X was expected to say")
    quotative: bool  # '..., reported Kyodo News.': an inversion that covers its sentence
    comma_led: Token | None  # '..., the service's director X told The AP.'
    with_saying: bool  # "..., with an NGO saying ...": a statement beside the sentence's own
    agent_obj: Token | None  # "confirmed by the police"
    quoted_by: Token | None  # "was quoted as saying by state broadcaster IRIB": the one quoting
    outlet: bool = False  # '..., reported the daily newspaper Al-Shorouk.': a named outlet, inverted
    trailing: bool = False  # "..., claiming to have killed 73": a participle that says only what it holds


def find_subject(tok: Token, sent: Span, closing: Token | None, speech: set[str]) -> SpeechSubject:
    """The subject of the verb of speech `tok`, wherever the parser put it."""
    anchor = tok
    # The parser may hang two subjects on a verb ("365 ... the ministry said"): take one that can speak.
    # Of several, the one nearest the verb: '"... and other heroes of ours," Yermak wrote'.
    subjects = sorted((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: abs(c.i - tok.i))
    if closing is not None:
        subjects = [closing]
    if not subjects:
        # "DIG Kharal, addressing a press conference, said that ...": the subject the parser gave the participle
        # set off between commas before the verb
        subjects = [
            n
            for c in tok.lefts
            if c.dep_ == "advcl" and c.tag_ == "VBG" and tok.doc[c.right_edge.i + 1].text == ","
            for n in c.lefts
            if n.dep_ == "nsubj" and n.i < c.i and tok.doc[c.i - 1].text == ","
        ]
    if not subjects:
        # "CNN, meanwhile, is reporting that 11 people are missing": the name set off by a comma that the parser
        # read as an adverbial noun
        subjects = [
            c
            for c in tok.lefts
            if c.dep_ in ("npadvmod", "dep")
            and c.pos_ == "PROPN"
            and c.ent_type_ in ("ORG", "PERSON")
            and c.left_edge.i == sent.start
            and sent.doc[c.right_edge.i + 1].text == ","
        ]
    if (
        not subjects
        and tok.dep_ == "dep"
        and tok.head.tag_ in ("VBD", "VBN")
        and tok.head.i < tok.i
        and any(c.dep_ == "ccomp" for c in tok.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.head.children)
    ):
        # "An official from the China Seismological Bureau interviewed at the site said about 120,000 people ...":
        # the subject the parser gave the participle describing the speaker, which it read as the main verb
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.head.i]
    if not subjects and tok.tag_ in ("VBP", "VBZ") and any(c.dep_ == "ccomp" for c in tok.children):
        # "In Luanda Province, media report that 11 people died": the subject the tagger took for a compound
        subjects = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == tok.i - 1]
    if not subjects and tok.dep_ == "acl" and tok.head.lemma_.lower() in lexicon()["document_nouns"]:
        # "Memorial issued a report saying that ...": whoever issued the document says what it says
        paper = tok.head
        subjects = [c for c in paper.head.children if c.dep_ == "nsubj"] if paper.dep_ == "dobj" else []
    if not subjects and tok.dep_ == "acl" and tok.head.dep_ != "dobj" and document_author(tok.head) is not None:
        # "with TGVE reporting 20 dead, a Health Ministry tweet saying 17 were killed": the document names its author
        subjects = [tok.head]
    if (
        not subjects
        and tok.dep_ == "conj"
        and tok.head.i < tok.i
        and comma_titled_person(tok) is None  # ("..., the service's director Ibrahim Abu al-Hassan told The AP")
        and (tail := comma_subject(tok, voices=True)) is not None
    ):
        # "... killed five people in an attack on a village in Adamawa state, a community leader and a local
        # resident said on Friday": the speakers the parser hung on the place before them, as its apposition
        subjects = [tail]
    if not subjects:
        # "..., said Reuters citing the country's mines minister": the outlet the parser made the subject of "citing"
        subjects = [
            n
            for c in tok.rights
            if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.lemma_.lower() in ("cite", "quote")
            for n in c.children
            if n.dep_ == "nsubj" and n.left_edge.i == tok.i + 1
        ]
    if not subjects:
        # "..., said an emergency official surnamed Fan": the speaker the parser made the subject of "surnamed"
        subjects = [
            n
            for c in tok.rights
            if c.dep_ == "ccomp" and c.lemma_.lower() in ("name", "surname") and c.tag_ in ("VBD", "VBN")
            for n in c.children
            if n.dep_ == "nsubj" and n.i == c.i - 1 and n.left_edge.i == tok.i + 1
        ]
    if (
        not subjects
        and tok.tag_ == "VBG"
        and tok.dep_ in ("csubj", "csubjpass")
        and tok.i >= 2
        and tok.nbor(-1).text == ","
    ):
        # '"...," spokesman Reynaldo Aragones told AFP, adding one rebel was also killed.': the parser made the
        # participle the subject of what it adds; it speaks with the verb of speech before its comma
        before = tok.nbor(-2)
        teller = next((a for a in [before, *before.ancestors] if a.i < tok.i and a.lemma_.lower() in speech), None)
        subjects = [c for c in teller.children if c.dep_ == "nsubj"] if teller is not None else []
    if len(subjects) > 1:
        # "police in Lisbon, Portugal confirmed": the country of a place named before it is no second subject
        subjects = [
            c
            for c in subjects
            if not (
                c.ent_type_ == "GPE" and c.i >= 2 and c.doc[c.i - 1].text == "," and c.doc[c.i - 2].ent_type_ == "GPE"
            )
        ] or subjects
        # "said Ugandan army spokesman Brig. Richard Karemire": a rank the parser cut off is no subject
        subjects = [c for c in subjects if c.lower_ not in lexicon()["honorifics"]] or subjects
        # "said Commissioner for Workplace Safety and Health (WSH) Silas Sng": the post's holder, named after it
        titled = any(c.lower_ in lexicon()["person_titles"] for c in subjects)
        if titled and all(c.i > tok.i for c in subjects):
            subjects = [c for c in subjects if c.ent_type_ == "PERSON"] or subjects
    if tok.lemma_.lower() in ADDRESSING and any(c.i < tok.i for c in subjects):
        # '"...," Behrooz Sadry ... told Africa Journal': who is told is no subject, whatever the parser says
        subjects = [c for c in subjects if c.i < tok.i]
    subj = next((c for c in subjects if agentive(c)), subjects[0] if subjects else None)
    if subj is not None and subj.i < tok.i:
        # '"... hospitals -- Ignace Deen and Donka," Mamadouba Sylla, a surgeon at Donka hospital, had told AFP': the
        # parser made the quotation's last words the subject, the speaker after the closing mark their apposition
        closes = [t.i for t in sent.doc[subj.i : tok.i] if t.is_quote and t.i > subj.i]
        named = [c for c in subj.children if c.dep_ == "appos" and closes and c.i > closes[0]]
        opens = [t.i for t in sent.doc[sent.start : subj.i] if t.is_quote]
        # (a quoted clause, not a quoted name: '"Sala da Paz" ("Peace Room"), a coalition ..., puts the toll at 15')
        clause = bool(opens) and any(t.pos_ in ("VERB", "AUX") for t in sent.doc[opens[-1] : subj.i])
        if closes and named and clause:
            subj = named[0]
    if subj is not None and tok.tag_ == "VBG" and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "to":
        # "has confirmed the death toll to Kalemba saying ...": the one told is no subject; the teller says it
        teller = tok.head
        while teller.pos_ not in ("VERB", "AUX") and teller.head.i != teller.i:
            teller = teller.head
        subj = next((c for c in teller.children if c.dep_ == "nsubj"), subj)
    if subj is not None and subj.i == sent.start and subj.text.isupper() and subj.ent_type_ in ("GPE", "LOC"):
        # "BRAZZAVILLE, Republic of Congo — Republic of Congo's justice minister says": a dateline's place the
        # parser made the subject; the speaker is the noun before the verb, after the dash
        dash = next((t for t in sent.doc[subj.i : tok.i] if t.text in ("—", "–", "-", "--")), None)
        nouns = [t for t in sent.doc[dash.i + 1 : tok.i] if t.pos_ in ("NOUN", "PROPN")] if dash is not None else []
        subj = nouns[-1] if nouns else subj
    # ("ISLAMABAD; June 2, 2008; (AFP) A suicide car bombing ..., state media and officials said Monday": no dash,
    # and the verb closes the sentence after a comma; whoever is named between them speaks)
    dateline = (
        subj is not None and subj.i == sent.start and subj.text.isupper() and subj.ent_type_ in ("GPE", "LOC", "")
    )
    if dateline and subj is not None and tok.i - subj.i > 8 and left_group(tok) is not None:
        subj = None
    tail = comma_subject(tok) if subj is not None and subj.i < tok.i else None
    if (
        tail is not None
        and subj is not None
        and subj.ent_type_ == "PERSON"
        and tail.pos_ == "NOUN"
        and subj.is_ancestor(tail)
    ):
        tail = None  # "Naguib Sinarimbo, spokesman and civil defense chief ..., told AFP": the subject's title
    if tail is not None and subj is not None and any(t.text == "," for t in sent.doc[subj.i : tail.i]):
        subj = tail  # "... caused mass protests ..., police in the East African nation confirmed on Friday."
    # '..., she notes, adding, "..."': a participle of speech speaks with its head's subject.
    participle = (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.head.lemma_.lower() in speech
        and tok.head.lemma_ not in ("cite", "quote")
    ) or (
        # "Stating that 19 militants were killed ..., Inspector General ... Vijay Kumar appealed ...": a
        # participle of speech opening the sentence speaks with the subject of the verb it leads to
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i == sent.start
        and tok.head.i > tok.i
        and any(c.dep_ == "ccomp" for c in tok.children)
    )
    # "al-Shabab militants have attacked an army base ..., claiming to have killed at least 73 soldiers": a
    # claim trailing the sentence is the claim of those who did what it tells
    claiming = (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.lemma_.lower() in lexicon()["trailing_speech_participles"]
        and tok.head.lemma_ not in ("cite", "quote")  # "X cited Y, saying ...": Y says
        and tok.i > tok.head.i
        and sent.doc[tok.i - 1].text == ","
        and (
            any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
            # "..., claiming instead 27 Kurdish militants' deaths": what is claimed, as an object
            or (tok.lemma_.lower() == "claim" and any(c.dep_ == "dobj" for c in tok.children))
        )
        # (not '... said the death toll rose ..., adding that ...': the speaker above still speaks)
        and not any(a.lemma_.lower() in speech for a in tok.ancestors)
    )
    trailing = subj is None and claiming and tok.head.pos_ in ("VERB", "AUX")
    if trailing:
        subj = max((c for c in tok.head.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
    quotative = False
    outlet = _inverted_outlet(tok, sent)
    if outlet is not None and subj is not None and subj.i < tok.i:
        # "The Health Ministry's forensic department submitted ... medical reports ..., reported the privately
        # owned daily newspaper Al-Shorouk.": the parser gave the report the first clause's subject
        subj, quotative = outlet, True
    addressed = tok.lemma_.lower() in ADDRESSING  # ", Santiago Perez, told EFE": EFE is told, not telling
    # (not a participle: "..., confirming multiple media reports" corroborates, it does not speak)
    # ("The attacks extended to a village ..., where a strike ... killed two children ..., asserts the SDF.": a
    # subject that cannot speak is the statement's, the parser's mistake)
    mute = subj is not None and subj.i < tok.i and tok.dep_ == "ROOT" and not agentive(subj)
    if (
        (subj is None or mute)
        and tok.i > sent.start
        and sent.doc[tok.i - 1].text == ","
        and not addressed
        and tok.tag_ != "VBG"
    ):
        # '..., writes UNN with reference to ...', '..., reported Kyodo News.': a quotative inversion
        # the parser read as an object.
        # (the parser may also call the name a complement: "..., said BNP Senior Joint Secretary General Ruhul
        # Kabir Rizvi in a virtual briefing"), or an adverbial noun ("..., reported PTI.")
        inverted = next((c for c in tok.rights if c.dep_ == "dobj"), None) or next(
            (
                c
                for c in tok.rights
                if c.dep_ in ("ccomp", "attr", "npadvmod") and c.pos_ == "PROPN" and c.ent_type_ not in _NO_SPEAKER
            ),
            None,
        )
        if inverted is None:
            # "..., said General Constant Ndima, appointed governor early this month ...": the parser made the
            # speaker the subject of the participle that describes him
            inverted = next(
                (
                    n
                    for c in tok.rights
                    if c.dep_ == "ccomp" and c.tag_ == "VBN"
                    for n in c.lefts
                    if n.dep_ == "nsubj" and n.pos_ == "PROPN" and sent.doc[n.i + 1].text == ","
                ),
                None,
            )
        closing_name = tok.head if tok.dep_ == "amod" and tok.head.i == tok.i + 1 else None
        if inverted is None and closing_name is not None and closing_name.text[:1].isupper():
            # "..., while two workers have been discharged, added Sng.": the verb taken for the name's modifier
            closes = all(t.is_punct for t in sent.doc[closing_name.i + 1 : sent.end])
            if closes and closing_name.ent_type_ not in _NO_SPEAKER:
                subj, quotative = closing_name, True
        # "..., show official documents from Islamabad, Punjab, ...": a body of records, inverted too
        records = inverted is not None and inverted.pos_ == "NOUN" and is_source_subject(inverted)
        # "..., explained the railway company “Hellenic Train”": a body, by what it is, inverted too
        records = records or (
            inverted is not None
            and inverted.pos_ == "NOUN"
            and inverted.lemma_.lower() in {*lexicon()["organisation_nouns"], *lexicon()["company_nouns"]}
            and any(c.dep_ == "det" and c.lower_ == "the" for c in inverted.children)
        )
        # "..., reported 24NewsHD TV channel.": an outlet by its name and what it is, inverted too
        records = records or (
            inverted is not None
            and inverted.pos_ == "NOUN"
            and inverted.lemma_.lower() in lexicon()["outlet_description_nouns"]
            and any(
                c.dep_ in ("compound", "nummod") and c.text[:1].isalnum() and c.text.lower() != c.text
                for c in inverted.lefts
            )
        )
        if inverted is not None and inverted.left_edge.i == tok.i + 1 and (inverted.pos_ == "PROPN" or records):
            subj, quotative = inverted, True
        # "..., said Mauritius police constable Jordan Jason Sunasy.": a post the tagger read as a verb, and
        # the person it named as its object
        post = next((c for c in tok.rights if c.dep_ == "ccomp" and c.lower_ in lexicon()["person_titles"]), None)
        if subj is None and post is not None and post.left_edge.i == tok.i + 1:
            subj = next((c for c in post.rights if c.dep_ in ("dobj", "attr") and c.ent_type_ == "PERSON"), None)
            quotative = subj is not None
    closing = tok.dep_ == "advcl" and tok.head.i < tok.i and tok.right_edge.i >= sent.end - 2
    # "..., the acting deputy director of Human Rights Watch (HRW) for the Americas, Juan Pappier, reported on
    # Thursday.": the closing verb the parser read as a participle describing the speaker before it
    closing = closing or (
        tok.dep_ == "acl"
        and tok.head.i < tok.i
        and sent.doc[tok.i - 1].text == ","
        and tok.right_edge.i >= sent.end - 2
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "agent", "oprd", "acomp") for c in tok.children)
    )
    if subj is None and not subjects and (tok.dep_ in ("ROOT", "conj") or closing):
        # "..., Oleksandr Starukh, the local governor, says."; "..., and the number ... may increase ...,
        # Daniel Riza, an official at ..., told Xinhua news agency." read as a conjunct
        subj = trailing_apposition(sent, tok) or described_speakers_before(sent, tok)
        if subj is None and tok.dep_ == "ROOT":
            # "..., as travel increased ahead of the festivities, the National Transport and Safety Authority
            # (NTSA) has said.": the closing speaker hung on the clause before
            subj = comma_subject(tok)
    late_speaker = None
    if subj is not None and closing and subj.i < tok.i:
        # "... after a coal mine fire, ArcelorMittal Temirtau, the local unit of the Luxembourg-based steelmaker,
        # said on Saturday.": the parser made the fire the subject and the speaker its apposition
        if subj.pos_ == "NOUN" and not agentive(subj):
            subj = trailing_apposition(sent, tok) or subj
        edge = subj.left_edge.i
        if subj.dep_ == "appos" and edge > sent.start and sent.doc[edge - 1].text == ",":
            late_speaker = subj
    # "Kenyan police have killed 11 people ..., officials and witnesses said": read as a conjunct of the
    # killing, the saying still has the sources before it, not the killers
    named_left = tok.dep_ == "conj" and left_group(tok) is not None
    comma_led = late_speaker
    if subj is None and tok.dep_ == "conj" and not named_left:
        comma_led = subj = comma_titled_person(tok)  # "..., the service's director X told The AP."
    elif comma_named_subject(tok, subj) is not None:
        comma_led = subj  # "... and 1,063 missing, Lieutenant-Colonel Main Ullah Chowdhury told reporters"
    if subj is None and tok.dep_ == "conj" and not named_left:
        # "..., including more than 200 children, the Britain-based Syrian Observatory for Human Rights said":
        # the parser joined the speaker to the nouns before and the verb to the first clause
        subj = comma_subject(tok)
    if (
        subj is None
        and not named_left
        and (tok.dep_ in ("xcomp", "conj") or participle)
        and tok.head.pos_ in ("VERB", "AUX")
        # ("The main objective of the march was to denounce the violent repression": what the march was for)
        and not (tok.dep_ == "xcomp" and tok.head.lemma_ == "be")
    ):
        joined = tok.head
        if (
            tok.dep_ == "conj"
            and joined.dep_ == "ccomp"
            and joined.lemma_.lower() not in speech
            and joined.head.lemma_.lower() in speech
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in joined.children)
        ):
            # "Zikalala ... said on Sunday that the dead included two emergency workers and added that a further
            # 63 people remain unaccounted for": the parser joined the second verb of speech to what the first said
            # (not 'Blinken hailed the release of the prisoners and "reiterated ...," ... Ned Price said')
            joined = joined.head
        # (the nearest, as for the verb's own: not a dateline's place the parser gave it too, "JUBA, South Sudan,
        # February 15 (UNHCR) The UN refugee agency on Friday said ... and added that 111 of them had died")
        nominal = [c for c in joined.children if c.dep_ == "nsubj"]
        subj = min(nominal, key=lambda c: abs(c.i - joined.i), default=None)
        anchor = tok.head if tok.dep_ == "xcomp" else tok
    if (
        subj is None
        and tok.dep_ == "acl"
        and tok.tag_ == "VBD"
        and tok.head.pos_ == "NOUN"
        and tok.head.i == tok.i - 1
        and not any(c.dep_ in ("agent", "dobj", "ccomp") for c in tok.children)
        and agentive(tok.head)
    ):
        # '..., a local resistance group announced early Sunday, Anadolu Agency reported.': read as a
        # reduced relative clause by the parser, it is the source of the sentence.
        subj, quotative = tok.head, True
    # "..., with an NGO saying it set sail with 34 people on board": a statement beside the sentence's own
    with_saying = tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with"
    if subj is None and with_saying and agentive(tok.head):
        subj = tok.head
    dated = subj is not None and subj.ent_type_ in ("DATE", "TIME")
    if (subj is None or dated) and tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl", "pcomp"):
        # "..., with authorities Monday reporting 57 people had died": the parser hung the participle on the
        # sentence's verb, not on those it is said of
        k = tok.i - 1
        # (also "with officials at first reporting at least 50 people dead")
        while k > sent.start and (
            sent.doc[k].ent_type_ in ("DATE", "TIME")
            or sent.doc[k].pos_ == "ADV"
            or (sent.doc[k].lower_ == "at" and sent.doc[k + 1].lower_ == "first")
        ):
            k -= 1
        before = sent.doc[k]
        if before.dep_ == "pobj" and before.head.lower_ == "with" and before.head.i < k and agentive(before):
            subj = before
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    agent_obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    quoted_by = None
    passive_voice = any(c.dep_ == "auxpass" for c in tok.children)
    if tok.lemma_ in ("quote", "cite") and subj is not None and (subj.dep_ == "nsubjpass" or passive_voice):
        # "Mehdi Valipour ... was quoted as saying by state broadcaster IRIB", "X was quoted by IRIB as saying":
        # the one quoted speaks, the one quoting relays
        quoted_by = agent_obj or next(
            # (after the verb, not in the quote before it: "Air strikes followed by sweeping operations ...")
            (o for t in tok.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.i > tok.i
             for o in t.children if o.dep_ == "pobj"),
            None,
        )  # fmt: skip
    if quoted_by is None and subj is not None and subj.dep_ == "nsubj":
        # "..., said Vassilis Vathrakogiannis, spokesman for the fire brigade, quoted by the Greek television
        # channel ERT": the speaker as quoted by an outlet
        for holder in [subj, *(c for c in subj.children if c.dep_ == "appos")]:
            for acl in (c for c in holder.children if c.dep_ == "acl" and c.lemma_ == "quote" and c.tag_ == "VBN"):
                quoted_by = next(
                    (o for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), quoted_by
                )
    if (
        subj is not None
        and subj.dep_ == "nsubjpass"
        and agent_obj is not None
        and agentive(agent_obj)
        and quoted_by is None
    ):
        subj = None  # "The deaths were confirmed by the police": the agent speaks
    inverted_outlet = outlet is not None and subj is outlet
    subj = _beside_place(subj, sent) if subj is not None else None
    subj = _seated_before(subj, tok) if subj is not None else None
    return SpeechSubject(
        subj, subjects, anchor, quotative, comma_led, with_saying, agent_obj, quoted_by, inverted_outlet, trailing
    )


def _inverted_outlet(tok: Token, sent: Span) -> Token | None:
    """The outlet of a closing "..., reported the daily newspaper Al-Shorouk.": a report after a comma, its
    object a named outlet right after it and the last words of the sentence."""
    if tok.lemma_.lower() not in ("report", "write") or tok.i == sent.start or sent.doc[tok.i - 1].text != ",":
        return None
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != tok.i + 1:
        return None
    if not all(t.is_punct for t in sent.doc[obj.right_edge.i + 1 : sent.end]):
        return None
    words = {t.lower_ for t in obj.subtree}
    named = obj.text in lexicon()["named_outlets"] or obj.text in lexicon()["wire_agencies"]
    return obj if named or words & set(lexicon()["outlet_words"]) else None


def _beside_place(subj: Token, sent: Span) -> Token:
    """ "In the capital, Saana, the rebel-run Al Masirah TV reported": the place an opening phrase names, then who
    speaks there, which the parser hung on the place as its apposition."""
    if subj.ent_type_ not in ("GPE", "LOC") or subj.i <= sent.start or sent.doc[subj.i - 1].text != ",":
        return subj
    after = [
        c for c in subj.rights if c.dep_ == "appos" and c.ent_type_ == "ORG" and c.doc[c.left_edge.i - 1].text == ","
    ]
    return after[0] if after else subj


def _seated_before(subj: Token, tok: Token) -> Token:
    """ "Medics at Civil hospital, Quetta said two bodies ... were brought in": the town after the comma is where
    the speakers sit, whom the parser left hanging on the verb before it (not "In Kabul, police said": no one sits
    there)."""
    doc = subj.doc
    if subj.pos_ != "PROPN" or subj.n_lefts or subj.i == 0 or doc[subj.i - 1].text != "," or subj.i + 1 != tok.i:
        return subj
    before = [
        c
        for c in tok.lefts
        if c.dep_ in ("dep", "npadvmod", "nsubj")
        and (c.pos_ == "NOUN" or c.tag_ == "NNPS")  # (people described, not a name: "..., Tukur Buratai, in ...")
        and c.right_edge.i == subj.i - 2
        and c.left_edge.i == tok.sent.start  # (opening the sentence: not "..., Tukur Buratai, in Borno state, AFP")
        and any(p.dep_ == "prep" and p.lower_ in ("at", "in", "from") for p in c.rights)
        and agentive(c)
    ]
    return before[0] if before else subj
