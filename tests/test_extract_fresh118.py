"""Rules written in the session that brought data/dev/fresh118 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_those_who_believe_a_figure_give_it(nlp: Language) -> None:
    text = (  # fresh6 accidents-04 (mine collapse in Heilongjiang)
        "Rescuers believed that four more miners were trapped in the same tunnel section where the two survivors "
        "were found, which is a ventilation lane 320 meters underground.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "four more miners").said_by == "Rescuers"
    assert _claim(claims, "two survivors").said_by == "Rescuers"


def test_experts_who_believe_they_can_find_bodies_give_the_figure(nlp: Language) -> None:
    text = (  # fresh80 southerncone-09 (searching for Stroessner's victims in Paraguay)
        "Experts believe they can find more than 200 bodies in the region of Caazapa (in southern Paraguay) alone. "
        "This is based on accounts from witnesses.\n"
    )
    assert _claim(claims_of(nlp, text), "200 bodies").said_by == "Experts"


def test_we_suspect_in_a_quotation_is_the_speaker_of_the_quotation(nlp: Language) -> None:
    text = (  # fresh99 tanzania-03 (MV Bukoba), with the speaker the article names for the quotation
        "\u201cWe suspect the ship was overcrowded with more than 800 passengers onboard,\u201d said Ali Ramadhan.\n"
    )
    assert _claim(claims_of(nlp, text), "800 passengers").said_by == "Ali Ramadhan"


def test_it_is_believed_names_no_one(nlp: Language) -> None:
    text = (  # fresh104 ireland-04 (Carrickmines fire)
        "It is believed that all 10 bodies were found in the same building close to a sports club on the "
        "Glenamuck Road.\n"
    )
    assert _claim(claims_of(nlp, text), "10 bodies").said_by == "reporter"


def test_a_belief_does_not_cover_the_clause_of_time_around_it(nlp: Language) -> None:
    text = (  # fresh59 iraq-06 (Speicher massacre graves)
        "Officials believe that Isis is behind the massacre, after the group published photos and video "
        "recordings showing the execution of hundreds of military recruits, mostly from Shia groups.\n"
    )
    assert _claim(claims_of(nlp, text), "hundreds").said_by == "reporter"


def test_an_age_written_with_a_space_before_old_is_no_count(nlp: Language) -> None:
    text = (  # fresh64 centralamerica-05 (El Salvador war grave)
        "The forensic team believes the find includes the remains of five children, one of them a three day-old "
        "infant, killed when soldiers tossed a hand grenade inside a nearby cave where people were hiding.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five children").said_by == "forensic team"
    assert [c.value for c in claims] == [5]


def test_a_belief_does_not_speak_for_the_next_sentence(nlp: Language) -> None:
    text = (  # fresh108 elections-03 (Kenya's election violence)
        "Mr Odinga believes he was robbed of victory in both the 2007 and 2013 elections through manipulation "
        "during the tallying process. Unrest after the 2007 vote resulted in 1,200 deaths.\n"
    )
    assert _claim(claims_of(nlp, text), "1,200 deaths").said_by == "reporter"


def test_a_believed_figure_does_not_speak_for_the_next_sentence(nlp: Language) -> None:
    text = (  # fresh72 algeria-07 (Algeria's disappeared)
        "However, lawyers believe 22,000 vanished at the hands of Algeria\u2019s various security forces after "
        "violence erupted. In 1992 the military cancelled elections which the Islamic Salvation Front (FIS) was "
        "expected to win, and armed Islamists launched a war which has left 100,000 dead.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "22,000").said_by == "lawyers"
    assert _claim(claims, "100,000").said_by == "reporter"


def test_a_belief_told_by_a_speaker_is_the_speakers_account(nlp: Language) -> None:
    text = (  # fresh90 germany-10 (Vienna attack)
        "Nehammer said officials believe that there was more than one attacker, adding that 1,000 security "
        "personnel were deployed for the manhunt while assistance was offered by neighboring countries.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "one attacker").said_by == "Nehammer"
    assert _claim(claims, "1,000").said_by == "Nehammer"


def test_a_count_of_sources_is_not_their_name(nlp: Language) -> None:
    text = (  # fresh120 mercenaries-09 (The Moscow Times, Wagner in Mozambique)
        "Seven Russian Wagner Group mercenaries have been killed in two separate shooting incidents involving "
        "Islamic State-linked insurgents in Mozambique\u2019s northern Cabo Delgado province this month, two "
        "Mozambique army sources told The Moscow Times.\n"
    )
    assert _claim(claims_of(nlp, text), "Seven").said_by == "Mozambique army sources"


def test_an_acronym_in_apposition_after_a_name_is_not_part_of_it(nlp: Language) -> None:
    text = (  # fresh120 mercenaries-03 (Hawar News, Syrian fighters in Karabakh)
        "Since the end of last September, no less than 231 Syrian mercenaries backed by Turkey were killed in the "
        "ongoing battles in Karabakh, of which 183 bodies were transferred to Syria, while the remaining bodies are "
        "still in Azerbaijan, according to the Syrian Observatory for Human Rights, the SOHR.\n"
    )
    assert _claim(claims_of(nlp, text), "231").said_by == "Syrian Observatory for Human Rights"


def test_a_number_listed_as_missing_counts_the_missing(nlp: Language) -> None:
    text = (  # fresh120 mercenaries-05 (Indians in the Russian army)
        "India confirmed on Friday that 12 Indian nationals have been killed while serving with the Russian "
        "military, and another 16 are currently listed as missing by Russian authorities.\n"
    )
    assert _claim(claims_of(nlp, text), "16").counts == "missing"


def test_a_range_after_another_counts_the_wounded(nlp: Language) -> None:
    text = (  # fresh120 mercenaries-10 (Prigozhin on Bakhmut)
        "The mercenary chief also estimated that 50,000 Ukrainians were killed in Bakhmut, and another 50,000 to "
        "70,000 were wounded.\n"
    )
    wounded = _claim(claims_of(nlp, text), "70,000")
    assert (wounded.value, wounded.qualifier, wounded.counts) == (50000, "range", "injured")


def test_those_sent_to_a_hospital_are_hospitalised(nlp: Language) -> None:
    text = (  # fresh118 overdoses-06 (tainted cocaine in Buenos Aires province)
        "At least 13 were sent to the San Bernardino Municipal Hospital in Hurlingham, four of whom later died.\n"
    )
    sent = _claim(claims_of(nlp, text), "13")
    assert (sent.qualifier, sent.counts) == ("atLeast", "other:hospitalised")


def test_the_lives_of_any_noun_are_peoples_lives(nlp: Language) -> None:
    text = (  # fresh121 alpine-06 (avalanches in Austria)
        "Three separate avalanches have claimed the lives of eight snowsport enthusiasts in northern Austria, "
        "officials said on Saturday.\n"
    )
    eight = _claim(claims_of(nlp, text), "eight")
    assert (eight.counts, eight.said_by) == ("killed", "officials")


def test_a_report_made_with_reference_to_a_body_relays_that_body(nlp: Language) -> None:
    text = (  # fresh119 sandstorms-05 (Silk Way News, sandstorm in Mongolia)
        "Six people were killed, more than 80 others were missing due to a sandstorm in Mongolia. This was reported "
        "on March 15 by the CGTN TV channel with reference to the country\u2019s Department of Emergency "
        "Situations.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Six people", "80 others"):
        claim = _claim(claims, quote)
        assert (claim.said_by, claim.via) == ("Department of Emergency Situations", ["CGTN"])


def test_figures_of_a_body_named_before_its_acronym_are_the_bodys(nlp: Language) -> None:
    text = (  # fresh119 custody-04 (3AW, Indigenous deaths in custody)
        "The latest Australian Institute of Criminology (AIC) figures show there were 106 deaths in custody from "
        "July 1, 2021 to June 30, 2022, up by 23 on the previous reporting period.\n"
    )
    assert _claim(claims_of(nlp, text), "106").said_by == "Australian Institute of Criminology"


def test_based_upon_a_report_is_based_on_it(nlp: Language) -> None:
    text = (  # fresh119 custody-06 (The Cairo Post, deaths in custody in Egypt)
        "Based upon a report issued by the Nadeem Center for the Rehabilitation of Victims of Violence, 35 detained "
        "persons died during the first 100 days of President Abdel Fatah al-Sisi\u2019s term.\n"
    )
    nadeem = "Nadeem Center for the Rehabilitation of Victims of Violence"
    assert _claim(claims_of(nlp, text), "35").said_by == nadeem


def test_a_person_named_after_a_post_of_a_body_stays_the_speaker(nlp: Language) -> None:
    text = (  # fresh41 abductions-08 (the Khabur abductions): the guard of the apposition rule above
        "The Sweden-based founder of the Assyrian Human Rights Network, Osama Edward, puts the number at more than "
        "262.\n"
    )
    assert _claim(claims_of(nlp, text), "262").said_by == "Osama Edward"


def test_a_place_in_apposition_after_a_name_is_not_part_of_it(nlp: Language) -> None:
    text = (  # fresh62 nigeria-12 (Benue attacks)
        "Residents of Ukum Local Government Area, Benue North Senatorial Senatorial Zone, asserted that no less than "
        "100 bodies were recovered in the bush as suspected herdsmen attacked Gbagir and Ityuuluv settlements.\n"
    )
    assert _claim(claims_of(nlp, text), "100 bodies").said_by == "Residents of Ukum Local Government Area"
