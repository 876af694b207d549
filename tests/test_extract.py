"""Extraction rules on real sentences: what is counted, who said it, through whom, about what."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import extract_text


@pytest.mark.parametrize(
    ("text", "value", "counts", "population"),
    [
        (
            "An Anadolu Agency (AA) team captured footage of the remains of 12 Azerbaijani people in the mass grave in the village of Edilli in the district.",
            12,
            "remains-found",
            "Azerbaijani people",
        ),
        ("Authorities have identified 170 of the bodies.", 170, "identified", "people"),
        (
            "Over 4,000 Azerbaijani citizens became missing as a result of Armenian attacks.",
            4000,
            "missing",
            "Azerbaijani citizens",
        ),
        (
            "Azerbaijan freed 17 Armenian prisoners of war Tuesday following U.S. mediation.",
            17,
            "released",
            "Armenian prisoners of war",
        ),
        (
            "Under the deal, Moscow deployed about 2,000 Russian peacekeepers to oversee the fragile truce.",
            2000,
            "troops-deployed",
            "Russian peacekeepers",
        ),
        (
            "It swiftly seized back Karabakh, whose entire population of nearly 120,000 people returned to Armenia after rejecting a reintegration program Baku offered.",
            120000,
            "displaced",
            "people",
        ),
        (
            "Some 150 of the 1,275 Azerbaijanis that the Armenians captured during what has now been called the Khojaly Massacre remain missing, while eight families were completely wiped out.",
            1275,
            "captured",
            "Azerbaijanis",
        ),
        (
            "Some 150 of the 1,275 Azerbaijanis that the Armenians captured during what has now been called the Khojaly Massacre remain missing, while eight families were completely wiped out.",
            8,
            "other:families-wiped-out",
            "families",
        ),
        ("The ensuing conflict claimed around 30,000 lives.", 30000, "killed", "lives"),
        (
            "This revelation comes amidst Azerbaijan's broader challenges, including another civilian casualty from a landmine in Tartar district.",
            1,
            "injured",
            "civilian casualty",
        ),
    ],
)
def test_what_is_counted(nlp: Language, text: str, value: int, counts: str, population: str) -> None:
    claims = extract_text(nlp, text).claims
    match = [c for c in claims if c.value == value]
    assert match, [(c.value, c.counts) for c in claims]
    assert (match[0].counts, match[0].population) == (counts, population)
    assert text[match[0].start : match[0].end] == match[0].quote


@pytest.mark.parametrize(
    "text",
    [
        "In the fall of 2020, in 44 days of fighting, Azerbaijan took back several cities, villages and settlements.",
        "The discovery came on the eve of the 32nd anniversary of the tragedy.",
        "One of the remains found there may have belonged to a child between the ages of four and five.",
        "Azerbaijani authorities on Thursday said they unearthed two more mass graves in the Karabakh region.",
        "The Geneva talks followed an EU-mediated meeting on August 31 in Brussels.",
    ],
)
def test_numbers_that_are_not_counts_of_people(nlp: Language, text: str) -> None:
    assert extract_text(nlp, text).claims == []


def test_trailing_attribution_names_the_person_not_the_title(nlp: Language) -> None:
    text = "Meanwhile, Azerbaijan freed 17 Armenian prisoners of war Tuesday following U.S. mediation, Armenian Prime Minister Nikol Pashinyan said."
    (claim,) = extract_text(nlp, text).claims
    assert (claim.said_by, claim.via) == ("Nikol Pashinyan", [])


def test_according_to(nlp: Language) -> None:
    text = "The town of Khojaly saw a two-hour offensive that killed 613 Azerbaijani civilians, according to Azerbaijani figures."
    (claim,) = extract_text(nlp, text).claims
    assert claim.said_by == "Azerbaijani figures"


def test_pronoun_takes_the_last_speaker_and_their_platform(nlp: Language) -> None:
    text = (
        '"A mass grave of Azerbaijani servicemen was discovered in the village of Edilli," Hikmet Hajiyev, the foreign '
        "policy adviser to President Ilham Aliyev, said Wednesday on Twitter.\n\n"
        'He said, "4,000 Azerbaijani troops and civilians remain missing since the (1990s) war."'
    )
    (claim,) = extract_text(nlp, text).claims
    assert (claim.value, claim.said_by, claim.via) == (4000, "Hikmet Hajiyev", ["Twitter"])


def test_interview_with_an_outlet_is_a_relay_and_surnames_resolve(nlp: Language) -> None:
    text = (
        "An Anadolu Agency (AA) team captured footage of the mass grave.\n\n"
        "Speaking to AA, Namiq Efendiyev, an official from the State Commission, said that excavations have been ongoing.\n\n"
        'Efendiyev said that "25 human remains were discovered since February at the mass grave".'
    )
    (claim,) = extract_text(nlp, text).claims
    assert (claim.said_by, claim.via) == ("Namiq Efendiyev", ["Anadolu Agency"])


def test_first_person_statement_is_said_by_its_signatory(nlp: Language) -> None:
    text = (
        "I would like to reiterate once more that the fate of nearly 4,000 Azerbaijanis is still unknown to date.\n\n"
        "**Sabina Aliyeva**\n**The Commissioner for Human Rights**\n"
    )
    (claim,) = extract_text(nlp, text).claims
    assert (claim.said_by, claim.counts, claim.qualifier) == ("Sabina Aliyeva", "missing", "nearly")


def test_lead_relay_citing_a_source_covers_figures_about_the_same_event(nlp: Language) -> None:
    text = (
        "Recent excavations in the city of Khojaly, Azerbaijan, have unearthed the remains of another minor from a mass grave, "
        "APA reports citing the Press Service of the Prosecutor General's Office. This revelation comes amidst "
        "another civilian casualty from a landmine in Tartar district.\n\n"
        "The mass grave in Khojaly was discovered during restoration works in the area. Initial findings indicate that "
        "the buried human remains belong to at least five individuals."
    )
    claims = {c.value + (100 if c.counts == "injured" else 0): c for c in extract_text(nlp, text).claims}
    assert claims[5].said_by == "Press Service of the Prosecutor General's Office" and claims[5].via == ["APA"]
    assert claims[101].said_by == "reporter" and claims[101].via == []


def test_relayed_article_puts_its_publisher_first_in_via(nlp: Language) -> None:
    text = (
        "Azerbaijan on Monday commemorated the 32nd anniversary of the Khojaly massacre, Anadolu Agency reports.\n\n"
        "The town of Khojaly saw a two-hour offensive that killed 613 Azerbaijani civilians, according to Azerbaijani figures."
    )
    (claim,) = extract_text(nlp, text, publisher="Mi’raj News Agency (MINA)").claims
    assert claim.via == ["Mi’raj News Agency (MINA)", "Anadolu Agency"]
    assert claim.said_by == "Azerbaijani figures"


def test_organisation_that_identified_remains_is_the_source(nlp: Language) -> None:
    (claim,) = extract_text(nlp, "Authorities have identified 170 of the bodies.").claims
    assert claim.said_by == "Authorities"


def test_a_country_that_found_bodies_is_not_a_source(nlp: Language) -> None:
    (claim,) = extract_text(nlp, "Following the war, Azerbaijan found 187 bodies in the mass graves.").claims
    assert claim.said_by == "reporter"


def test_refusing_to_disclose_is_not_an_attribution(nlp: Language) -> None:
    text = "Armenia has refused to disclose any information about the fate of the missing, which includes 3,209 soldiers and 774 civilians."
    assert {c.said_by for c in extract_text(nlp, text).claims} == {"reporter"}


def test_an_event_is_not_a_speaker(nlp: Language) -> None:
    (claim,) = extract_text(
        nlp, "The six-week war in 2020 claimed the lives of more than 6,500 troops from both sides."
    ).claims
    assert claim.said_by == "reporter"


def test_breakdown_links_parts_to_their_total(nlp: Language) -> None:
    text = "The offensive killed 613 Azerbaijani civilians, including 106 women, 63 children, and 70 elderly people."
    claims = {c.value: c for c in extract_text(nlp, text).claims}
    assert claims[613].part_of is None
    assert {claims[v].part_of for v in (106, 63, 70)} == {claims[613].quote}


def test_named_event_uses_the_wikidata_label_not_the_characterisation(nlp: Language) -> None:
    text = "The fate of 150 people taken hostage or missing as a result of the Khojaly Genocide is still unknown."
    result = extract_text(nlp, text)
    (claim,) = result.claims
    assert claim.event == "khojaly-massacre"
    assert result.events["khojaly-massacre"].label == "Khojaly massacre"


def test_unknown_characterising_event_name_gets_a_neutral_label(nlp: Language) -> None:
    text = "At least 40 civilians were killed in the Sorrow Valley Genocide, villagers said."
    result = extract_text(nlp, text)
    (claim,) = result.claims
    label = result.events[claim.event].label
    assert "genocide" not in label.lower() and "genocide" not in claim.event


def test_generic_event_is_kind_place_and_year(nlp: Language) -> None:
    text = (
        "A mass grave containing remains of five people was found during roadworks near Shusha in 2024, officials said."
    )
    result = extract_text(nlp, text)
    (claim,) = result.claims
    assert claim.event == "mass-grave-shusha-2024"
    assert claim.said_by == "officials"
