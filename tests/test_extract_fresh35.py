"""Rules written after the blind sets data/dev/fresh34 to fresh37 were scored on arrival, each on real text from
them (trials and ambushes here)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claims_of


def test_those_a_court_judged_are_counted_as_judged(nlp: Language) -> None:
    text = (  # tribunals-12
        "A special court in India has sentenced 47 policemen to life in prison for killing a group of Sikh pilgrims "
        "in 1991 that they had claimed were militants, a prosecutor said Tuesday."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(47, "other:sentenced")]
    text = (  # tribunals-01
        "PATNA: A district court in Bihar today awarded death sentence to 10 persons in connection with the "
        "infamous Senari massacre involving the killing of 34 upper caste villagers by the Maoists in March 1999.\n\n"
        "Judge Ranjeet Kumar Singh while pronouncing judgment in Senari massacre case declared 15 persons guilty "
        "while acquitting 23 others for lack of evidence."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [
        (10, "other:sentenced"),
        (34, "killed"),
        (15, "other:convicted"),
        (23, "other:acquitted"),
    ]
    text = (  # tribunals-11: the victims stay victims
        "He said the two participated in the capture and execution of at least 1,000 Muslim men.\n\n"
        "The two men were also found guilty of guarding a convoy of Muslim women, children and elderly."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)][-1] == (2, "other:convicted")


def test_those_charged_in_a_sequence_of_indictments_are_no_earlier_figure(nlp: Language) -> None:
    text = (  # tribunals-06: "First, ..." is the first of two steps, not an earlier, superseded figure
        "First, on July 6, the tribunal – known by Colombians as the JEP – charged six officers, three "
        "non-commissioned officers and one civilian with 120 extrajudicial executions, 24 forced disappearances and "
        "one attempted murder in Catatumbo."
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts, c.status) for c in claims][:4] == [
        (6, "other:charged", "claim"),
        (3, "other:charged", "claim"),
        (1, "other:charged", "claim"),
        (120, "killed", "claim"),
    ]


def test_slaughtering_is_killing(nlp: Language) -> None:
    text = (  # ambushes-05
        "Gunmen ambushed the family, slaughtering six children and three women, authorities said."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(6, "killed"), (3, "killed")]


def test_wire_credits_with_a_place_in_title_case_a_bar_or_a_glued_date() -> None:
    # ambushes-01 (Arab Today carrying QNA), ambushes-12 (Cameroon Online carrying Xinhua), ambushes-08 (AP)
    assert byline_agency("Islamabad - QNA\nMilitants ambushed an army convoy in northwest Pakistan.") == "QNA"
    text = " date 2021-09-19 Share Facebook\nTwitter\nxinhua | Separatist fighters killed at least 15 soldiers."
    assert byline_agency(text) == "Xinhua"
    text = "14 Colombian police killed in ambush\nBy APThursday, September 2, 2010\nBOGOTA, Colombia — Rebels ..."
    assert byline_agency(text) == "AP"
    assert byline_agency("New York - The Big Apple\nSomething happened here today.") is None


def test_the_wire_credit_relays_the_article_not_an_outlet_its_lead_cites(nlp: Language) -> None:
    text = (  # ambushes-01
        "Islamabad - QNA\nMilitants ambushed an army convoy in northwest Pakistan late on Wednesday killing six "
        "soldiers and wounding two others, military officials said. The vehicles were patrolling the Matani area "
        "when they came under attack, Pakistan's Geo News reported. Six soldiers were killed and two were wounded, "
        "he said."
    )
    claims = claims_of(nlp, text)
    assert {tuple(c.via) for c in claims} == {("QNA",)}
    assert [c.value for c in claims] == [6, 2, 6, 2]


def test_a_summary_the_story_gives_again_after_its_dateline_is_not_counted_twice(nlp: Language) -> None:
    text = (  # ambushes-11 (Kurdistan 24)
        "ISIS attack in north Baghdad kills three Iraqi soldiers, wounds five more\n\n"
        "Three Iraqi soldiers were killed and five more injured in an Islamic State ambush during an army search "
        "campaign in Tarmiyah district, north of Baghdad, security and health sources said.\n\n"
        "ERBIL (Kurdistan 24) – Three Iraqi soldiers were killed and five more injured in an Islamic State ambush "
        "during an army search campaign in Tarmiyah district, north of Baghdad, security and health sources said."
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(3, "killed"), (5, "injured")]
    assert all(c.quote in text.split("ERBIL")[1] for c in claims)
    text = (  # gangs-06 (Tengrinews): the page gives the same paragraph twice; each is a mention
        "One policeman died and three were wounded in an ambush in a Mexican state, AFP reports citing officials.\n"
        "One policeman died and three were wounded in an ambush in a Mexican state, AFP reports citing officials.\n"
    )
    assert [c.value for c in claims_of(nlp, text)] == [1, 3, 1, 3]
