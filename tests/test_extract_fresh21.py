"""Rules written after the blind set data/dev/fresh21 was scored on arrival, each on real text from it
(prisoner exchanges; election and political violence)."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency
from tallygraph.extract.naming import clean_name

from .conftest import claims_of


def test_sources_after_a_comma_the_parser_hung_on_the_clause_before(nlp: Language) -> None:
    text = (  # elections-01 (Stabroek News carrying Reuters)
        "NAIROBI/KISUMU, Kenya (Reuters) – Kenyan police have killed at least 11 people in a crackdown on protests "
        "as anger at the re-election of President Uhuru Kenyatta erupted in the western city of Kisumu and slums "
        "surrounding the capital, officials and witnesses said yesterday."
    )
    assert [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)] == [(11, "officials and witnesses", ["Reuters"])]


def test_a_speaker_after_the_last_comma_of_a_long_sentence(nlp: Language) -> None:
    text = (  # elections-05 (Breitbart)
        "At least 37 people in Uganda have died since opposition leader Bobi Wine’s arrest on Wednesday caused mass "
        "protests and unrest in the capital, Kampala, and other areas, police in the East African nation confirmed "
        "on Friday."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(37, "police")]


def test_each_is_how_many_not_who(nlp: Language) -> None:
    text = (  # elections-06 (Rediff)
        "Official sources said four deaths each were reported from Murshidabad and South 24 Parganas districts, "
        "while two were reported from North 24 Parganas district. One person was killed in Nadia district."
    )
    assert [(c.value, c.said_by) for c in claims_of(nlp, text)] == [(4, "Official sources"), (1, "Official sources")]


def test_a_body_reporting_on_its_channel(nlp: Language) -> None:
    text = (  # pows-02 (world-news.tech)
        "Among the Ukrainians freed on Sunday were two journalists, as reported by Ukraine’s Coordination "
        "Headquarters for the Treatment of Prisoners of War on Telegram."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(2, "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", ["Telegram"])]


def test_what_is_said_of_those_counted_before_a_cue_elsewhere(nlp: Language) -> None:
    text = (  # elections-04 (BBC)
        "Some 50,000 people rallied against Capt Moussa Dadis Camara who seized power in Guinea in a bloodless "
        "coup last year."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(50000, "other:rallied")]
    text = (  # fresh13 strikes-06: a cue in their own clause still counts
        "Nearly 100 civilians were admitted for injuries at the hospital in Puthukkudiyiruppu."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(100, "injured")]


def test_an_agency_in_capitals_opens_the_story_below_the_menus() -> None:
    menus = "Sarkozy's Populist Pivot, Bahamas Leaks, Syria Truce, Rome Olympic Bid (Part 2)\n" * 5
    story = (  # elections-02 (France 24 carrying Reuters)
        "REUTERS - At least 247 people have been killed in violence in Ivory Coast since its disputed presidential "
        "election in late November, the United Nations human rights office said on Friday.\n"
    )
    assert byline_agency(menus + story) == "Reuters"
    assert byline_agency(menus + "KIEV - A short line\n") is None


def test_a_place_that_bases_a_body_is_not_its_name() -> None:
    assert clean_name("New York-based Human Rights Watch") == "Human Rights Watch"  # elections-03 (LA Times)


def test_a_count_that_goes_on_place_by_place_after_a_verb(nlp: Language) -> None:
    text = (  # elections-03 (Los Angeles Times)
        "In a separate 95-page report, New York-based Human Rights Watch said it had verified 80 deaths at two Cairo "
        "hospitals, another 36 in Alexandria and 13 in the port city of Suez, all flashpoints of the confrontations "
        "between demonstrators and security forces."
    )
    got = [(c.value, c.counts, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(80, "killed", "Human Rights Watch"), (36, "killed", "Human Rights Watch"),
                   (13, "killed", "Human Rights Watch")]  # fmt: skip
    # a body that documents, though the tagger gave its name no kind
    text = "Human Rights Watch verified 80 deaths at two Cairo hospitals."
    assert [c.said_by for c in claims_of(nlp, text)] == ["Human Rights Watch"]
