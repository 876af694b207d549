"""What is counted and who speaks, on real sentences from the blind set data/dev/fresh9 (migrant boats and
ferries capsizing; earthquakes, a tower collapse, an eruption, a mine disaster, a plant explosion)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_those_a_vessel_carried_are_on_board(nlp: Language) -> None:
    text = (  # shipwrecks-05 (AP copy), shipwrecks-01 (News.Az)
        "The Geneva-based agency said reports indicated a second boat with 247 people on board that made a similar "
        "journey capsized a day later, with only 21 survivors.\n\n"
        "In a statement issued on Monday, the International Organization for Migration (IOM) said the vessel, which "
        "was carrying 55 people, overturned north of the coastal city of Zuwara on February 6."
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(247, "other:aboard"), (21, "other:survivors"), (55, "other:aboard")]


def test_there_were_people_on_board(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "There were 34 people on board at the time.")  # shipwrecks-04
    assert claim.counts == "other:aboard"


def test_the_living_pulled_from_rubble_are_not_remains(nlp: Language) -> None:
    text = (  # quakes-02 (Business Recorder carrying AFP)
        "The Red Cross said 20 bodies have been recovered while 50 injured people were pulled out of the rubble. "
        '"More corpses have been recovered. We now have 20 dead and 50 survivors.'
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(20, "remains-found"), (50, "injured"), (20, "killed"), (50, "other:survivors")]


def test_survivors_whose_own_verb_says_what_befell_them(nlp: Language) -> None:
    # the survivor noun gives way to its verb
    (claim,) = claims_of(nlp, "Three survivors later died in hospital, the Red Cross said.")
    assert claim.counts == "killed"


def test_a_report_ending_the_sentence_wraps_the_statement_before_it(nlp: Language) -> None:
    text = (  # shipwrecks-01 (News.Az citing Al Jazeera)
        "In a statement issued on Monday, the International Organization for Migration (IOM) said the vessel, which "
        "was carrying 55 people, overturned north of the coastal city of Zuwara on February 6, News.Az reports, "
        "citing Al Jazeera.\n\n"
        "The IOM said its teams provided emergency medical assistance to the two survivors upon their "
        "disembarkation, working in coordination with the relevant authorities."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text, publisher="News.Az")]
    assert got == [
        (55, "International Organization for Migration", ["News.Az", "Al Jazeera"]),
        (2, "International Organization for Migration", ["News.Az", "Al Jazeera"]),
    ]


def test_an_outlet_named_by_its_domain_is_one_token(nlp: Language) -> None:
    assert [t.text for t in nlp("News.Az reports, citing News.am and Report.az.")][:5] == [
        "News.Az",
        "reports",
        ",",
        "citing",
        "News.am",
    ]
    # a missing space after a full stop still ends the sentence
    assert [t.text for t in nlp("He was killed.In total five died.")][:5] == ["He", "was", "killed", ".", "In"]


def test_a_name_cut_inside_its_bracket_loses_the_bracket() -> None:
    from tallygraph.extract.naming import clean_name

    assert clean_name("the International Organization for Migration (IOM") == "International Organization for Migration"
    # a whole bracket: the abbreviation is an alias, not part of the name; a place in brackets stays
    assert clean_name("Anadolu Agency (AA)") == "Anadolu Agency"
    assert clean_name("Ministry of Health (Gaza)") == "Ministry of Health (Gaza)"


def test_a_teaser_the_next_paragraph_gives_whole_is_dropped(nlp: Language) -> None:
    text = (  # shipwrecks-05 (AP copy on WTOP)
        "GENEVA (AP) — The U.N. refugee agency said Friday it fears that 427 Rohingya fleeing Myanmar and a "
        "refugee camp…\n\n"
        "GENEVA (AP) — The U.N. refugee agency said Friday it fears that 427 Rohingya fleeing Myanmar and a "
        "refugee camp in Bangladesh may have died at sea this month."
    )
    got = [(c.value, c.counts, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(427, "killed", "U.N. refugee agency", ["AP"])]


def test_a_toll_revised_down_from_a_figure_replaces_it(nlp: Language) -> None:
    text = (  # quakes-01 (ABC Australia)
        "The interior ministry has revised down the death toll from 250 and the number of injured from 2,000."
    )
    got = [(c.value, c.counts, c.status, c.said_by) for c in claims_of(nlp, text)]
    assert got == [
        (250, "killed", "superseded", "interior ministry"),
        (2000, "injured", "superseded", "interior ministry"),
    ]


def test_from_one_figure_to_another_the_second_stands(nlp: Language) -> None:
    got = [(c.value, c.status) for c in claims_of(nlp, "The ministry revised the death toll down from 250 to 227.")]
    assert got == [(250, "superseded"), (227, "claim")]


def test_a_trailing_speaker_after_a_while_clause_speaks_for_the_sentence(nlp: Language) -> None:
    text = (  # quakes-03 (Free Press Journal carrying IANS and Xinhua)
        "Jakarta: The death toll from the eruption of Mount Semeru in Indonesia's East Java province has increased "
        "to 22, while search operations for 30 missing persons continued amid a potential of lava floods and hot "
        "clouds, an official from the disaster management agency said."
    )
    got = [(c.value, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(22, "official"), (30, "official")]


def test_a_named_official_after_a_long_statement_tells_the_outlet(nlp: Language) -> None:
    text = (  # quakes-03
        "On Monday, the search and rescue team found several bodies buried by mud in Lumajang district, and the "
        "number of missing people may increase as there were sand mining activities on rivers during the eruption, "
        "Daniel Riza, an official at the data and information centre of the district's disaster management and "
        "mitigation agency, told Xinhua news agency.\n\n"
        '"The reports coming to us revealed that 22 have died, and 30 persons lost contacts, and the number could '
        'be more than that as there were some mining activities on the rivers just before the eruption," he said.'
    )
    got = [(c.value, c.counts, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(22, "killed", "Daniel Riza", ["Xinhua"]), (30, "missing", "Daniel Riza", ["Xinhua"])]


def test_a_but_clause_speaker_is_not_relayed_by_the_first(nlp: Language) -> None:
    text = (  # shipwrecks-06 (KUER)
        "John Mongella, commissioner for the Mwanza region, initially put the number of dead at 86, but Tanzania's "
        "state radio TBC said more than 100 bodies had been found so far."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(86, "John Mongella", []), (100, "TBC", [])]


def test_with_someone_saying_is_a_statement_beside_the_sentences_own(nlp: Language) -> None:
    text = (  # shipwrecks-04 (newsdigestblog)
        "MADRID: Rescue workers said they found four bodies on a migrant boat off the Canary Islands on Sunday, "
        "just hours after a lone survivor was taken to safety, with an NGO saying it set sail with 34 people on "
        "board."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(4, "Rescue workers", []), (34, "NGO", [])]


def test_a_report_released_by_someone_is_theirs(nlp: Language) -> None:
    text = (  # quakes-06 (newscutters.com)
        "The number of fatalities due to the strong earthquake that devastated Sichuan province in southwestern "
        "China rose from 74 to 82, according to a new report released Thursday by state media."
    )
    got = [(c.value, c.status, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(74, "superseded", "state media", []), (82, "claim", "state media", [])]


def test_a_report_obtained_by_an_outlet_stays_its_authors(nlp: Language) -> None:
    text = (  # fresh6 accidents-05
        "“Eight deaths were recorded, two women in their thirties,” according to a preliminary health ministry "
        "report obtained by AFP."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"health ministry"}


def test_told_the_news_channel_cnn_citing_health_officials(nlp: Language) -> None:
    text = (  # quakes-04 (DW copy)
        "Turkish Energy Minister Taner Yildiz said at least 201 miners had been confirmed dead.\n\n"
        "Earlier, Manisa provincial mayor Cengiz Ergun had told the news channel CNN that the death toll stood at "
        "157, citing health officials."
    )
    claim = claims_of(nlp, text)[-1]
    assert (claim.value, claim.said_by, claim.via) == (157, "health officials", ["CNN", "Cengiz Ergun"])


def test_among_the_dead_and_a_count_that_goes_on_in_another_place(nlp: Language) -> None:
    text = (  # quakes-06
        "Among the dead, 46 were reported in Garze Tibetan Autonomous Prefecture, where the epicenter of the quake "
        "is located, and 36 in Ya’an city."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(46, "killed"), (36, "killed")]


def test_a_quotation_opened_after_another_speakers_sentence_is_its_own_speakers(nlp: Language) -> None:
    text = (  # quakes-02 (Business Recorder carrying AFP)
        "The Red Cross said 20 bodies have been recovered while 50 injured people were pulled out of the rubble. "
        '"More corpses have been recovered. We now have 20 dead and 50 survivors. Most of the injured have been '
        'discharged from the hospital," Red Cross spokeswoman Umo Okon told AFP.'
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [
        (20, "Red Cross", []),
        (50, "Red Cross", []),
        (20, "Umo Okon", ["AFP"]),
        (50, "Umo Okon", ["AFP"]),
    ]
