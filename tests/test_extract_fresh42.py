"""Rules written in the session that brought data/dev/fresh42 to fresh45, each on real text."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tallygraph.extract.fullnames import full_person_name
from tallygraph.extract.pipeline import extract_article
from tallygraph.extract.segment import body_blocks, sentence_blocks
from tallygraph.load import load_article

from .conftest import claims_of


def test_a_lead_opening_with_an_honorific_in_capitals_is_one_sentence(nlp: Language) -> None:
    text = (  # fresh40 roadtolls-06, kwaranews.com
        "MR. Boboye Oyeyemi, the Corps Marshal of the Federal Road Safety Corps (FRSC), said on Wednesday that there "
        "were minimal vehicle crashes during Christmas.\n\n"
        "Oyeyemi commended the corps’ level of commitment and motorists for complying with traffic rules and "
        "regulations.\n\n"
        "The patrol was carried out along 20 designated corridors of the highways.\n\n"
        "“While 998 people were rescued alive, 187 people lost their lives”, Oyeyemi was quoted as saying."
    )
    first = sentence_blocks(body_blocks(text))[0].text
    assert first.startswith("MR. Boboye Oyeyemi") and first.endswith("during Christmas.")
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(998, "other:rescued", "Boboye Oyeyemi"), (187, "killed", "Boboye Oyeyemi")]


def test_a_surname_the_tagger_took_for_an_organisation_gets_its_full_name(nlp: Language) -> None:
    text = (  # fresh32 communal-12, IRIN
        "Radio Ghana quoted the deputy commander of police, Reynolds Kwakye, as saying that from Sunday, there had "
        "been a rampage in the town with people burning houses and vehicles. Kwakye said on Monday that 18 people "
        "had died, including two lorry drivers, while 23 had been arrested."
    )
    got = {(c.value, c.said_by) for c in claims_of(nlp, text)}
    assert {(18, "Reynolds Kwakye"), (23, "Reynolds Kwakye")} <= got


def test_a_full_name_for_a_tagged_organisation_needs_a_role_in_its_sentence() -> None:
    titles = ["spokesman", "commander", "mr"]
    text = "Flights to Southern Israel resumed. Israel said 12 people were hurt."
    assert full_person_name("Israel", text, titles, roles=["spokesman", "commander"]) == "Israel"
    text = "A spokesman for the agency, Sutopo Purwo Nugroho, told reporters. Nugroho said 14 died."
    assert full_person_name("Nugroho", text, titles, roles=["spokesman"]) == "Sutopo Purwo Nugroho"


def test_a_document_speaks_for_the_body_named_before_it(nlp: Language) -> None:
    text = (  # fresh44 settlers-01, IMEMC
        "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA), reported that compared to "
        "2010, this year witnessed a 40% increase in attacks carried out by Israeli settlers against the "
        "Palestinians.The OCHA reports revealed that three Palestinians, including two children, were killed by "
        "Israeli settlers in 2011, and that 167 were injured."
    )
    ocha = "Office for the Coordination of Humanitarian Affairs"  # the name its abbreviation was given
    got = {(c.value, c.said_by) for c in claims_of(nlp, text)}
    assert {(3, ocha), (167, ocha)} <= got
    # fresh41 disputedtolls-12: the government's statement, quoted by state television
    text = (
        "“The earthquake caused 227 deaths in the Qazvin region and three in Hamadan, and around 1,000 injured in "
        "total,” state television quoted a government statement as saying Sunday."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got[0] == (227, "government", ["state television"])
    # fresh44 settlers-02: the ministry's statement, then the ministry itself
    text = (
        "“A martyr arrived at the Palestine Medical Complex from Turmus Ayya after being shot in the chest,” a "
        "Palestinian health ministry statement said. Twelve people were wounded in Turmus Ayya, the Palestinian "
        "health ministry said."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(12, "Palestinian health ministry")]


def test_the_figures_that_show_are_those_of_the_last_body_that_gave_figures(nlp: Language) -> None:
    text = (  # fresh29 casualtyreports-05, Reuters
        "Twenty one Iraqi soldiers and 41 police officers were killed in December, according to figures from the "
        "Defence and Interior Ministries, compared with 23 and 43 respectively in November.\n\n"
        "In 2010, 348 Iraqi soldiers and 672 police officers were killed, the figures showed."
    )
    got = {(c.value, c.said_by) for c in claims_of(nlp, text)}
    assert {(348, "Defence and Interior Ministries"), (672, "Defence and Interior Ministries")} <= got


def test_figures_still_early_are_not_a_speaker_of_their_own(nlp: Language) -> None:
    text = (  # fresh39 evacuations-01, inside what a statement says
        '"On April 14, Russian servicemen fired on evacuation buses carrying civilians in the village of Borova," '
        "the office of Ukraine's prosecutor-general said in a statement on social media.\n\n"
        '"Preliminary data shows seven people died. Another 27 people were injured," the statement said.'
    )
    assert all(c.said_by != "Preliminary data" for c in claims_of(nlp, text))


def test_those_living_somewhere_are_counted_as_residents(nlp: Language) -> None:
    text = (  # fresh44 settlers-07, AP
        "Nearly 500,000 Israeli settlers live in the West Bank alongside some 2.5 million Palestinians."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got[:1] == [(500000, "other:residents")]


def test_an_ap_story_with_a_countrys_dateline_relays_only_the_agency(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "tribunals-09.md"  # fresh35 tribunals-09, on bostonglobe.com
    path.write_text(
        "Bangladesh tribunal sentences 3 to death for 1971 war crimes\n\n"
        "DHAKA, Bangladesh — A special tribunal in Bangladesh on Monday sentenced three militia members to death "
        "for carrying out killings during the country’s independence war against Pakistan 35 years ago.\n\n"
        "Bangladesh says Pakistani soldiers, aided by local collaborators, killed 3 million people.\n\n"
        "Associated Press\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.publisher is None
    got = [(c.value, c.via) for c in extract_article(article, nlp).claims]
    assert (3000000, ["Associated Press"]) in got


def test_information_no_one_owns_is_the_speakers_own(nlp: Language) -> None:
    text = (  # fresh37 drownings-05
        "Fifteen children died in the Karelia lake disaster, according to the latest information, children’s "
        "rights ombudsman, Pavel Astakhov, wrote on Twitter."
    )
    assert [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)] == [(15, "Pavel Astakhov", ["Twitter"])]


def test_what_was_reported_is_not_who_reported_it(nlp: Language) -> None:
    text = (  # fresh43 wildlife-07, Onmanorama
        "The deaths due to snakebite were mostly reported from the Palakkad district. Overall 192 deaths were "
        "reported in the last 10 years from Palakkad district.\n\n"
        "A total of 1,310 deaths due to attacks of wild animals have been reported from Kerala since 2008. Of the "
        "total deaths, 729 deaths happened due to snakebite."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"reporter"}
