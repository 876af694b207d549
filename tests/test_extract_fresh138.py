"""Rules from the sets of the session that added fresh138 to fresh141 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of, extract_text


def test_a_quotation_opened_inside_a_sentence_belongs_to_the_speaker_named_after_it_closes(nlp: Language) -> None:
    text = (  # fresh109 hostages-09 (Ouagadougou, AFP)
        "“The attacks on the Splendid Hotel and the Cappuccino are over. But an assault is ongoing at the Hotel "
        "Ybi” next to the Cappuccino, Interior Minister Simon Compaore told AFP.\n\n"
        "A total of “126 people, including at least 33 wounded, have been freed. Three jihadists — an Arab and two "
        "black Africans — have been killed,” Compaore added.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "126 people").said_by == "Simon Compaore"
    assert _claim(claims, "at least 33 wounded").said_by == "Simon Compaore"


def test_a_figure_before_the_quotation_opens_in_its_sentence_is_the_speakers_paraphrase(nlp: Language) -> None:
    text = (  # fresh115 healthcare-02 (Al Jazeera, Kunduz)
        "Aminullah, a Kunduz resident, told Al Jazeera that all of the doctors were moving to Kabul or "
        "Mazar-e-Sharif, fearing for their lives.\n\n"
        "His three children and wife “haven’t eaten for the past three days. We don’t even have a water supply. My "
        "children are falling sick and I don’t know where to take them”, he said.\n"
    )
    assert _claim(claims_of(nlp, text), "three children").said_by == "Aminullah"


def test_a_second_verb_of_speech_joined_to_what_the_first_said_has_the_first_ones_speaker(nlp: Language) -> None:
    text = (  # fresh84 southafrica-07 (KwaZulu-Natal floods)
        "At least 443 people have died in floods in South Africa’s KwaZulu-Natal province, according to an "
        "official.\n\n"
        "Sihle Zikalala, the province’s premier, said on Sunday that the dead included two emergency workers and "
        "added that a further 63 people remain unaccounted for.\n"
    )
    claim = _claim(claims_of(nlp, text), "63 people")
    assert (claim.said_by, claim.via) == ("Sihle Zikalala", [])


def test_a_second_verb_joined_to_what_a_named_person_did_keeps_that_person(nlp: Language) -> None:
    text = (  # a seed article (State Department on the prisoners' release)
        'Blinken hailed the release of the prisoners and "reiterated our commitment to helping Armenia and '
        'Azerbaijan resolve issues peacefully," State Department spokesperson Ned Price said.\n'
    )
    sources = {(a.source, a.cue) for a in extract_text(nlp, text).attributions}
    assert ("Ned Price", "reiterated") not in sources


def test_a_clause_hung_on_the_number_word_says_what_is_counted(nlp: Language) -> None:
    text = (  # fresh84 southafrica-07 (KwaZulu-Natal floods)
        "At least 443 people have died in floods in South Africa’s KwaZulu-Natal province, according to an "
        "official, as rescuers searched for dozens of people still missing in the southeastern coastal region.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "At least 443 people").counts == "killed"
    assert (_claim(claims, "dozens of people").counts, _claim(claims, "dozens of people").value) == ("missing", 12)


def test_a_part_the_dead_include_is_counted_as_dead(nlp: Language) -> None:
    text = (  # fresh84 southafrica-07 (KwaZulu-Natal floods), its second paragraph alone
        "Sihle Zikalala, the province’s premier, said on Sunday that the dead included two emergency workers and "
        "added that a further 63 people remain unaccounted for.\n"
    )
    assert _claim(claims_of(nlp, text), "two emergency workers").counts == "killed"


def test_those_searched_for_are_missing_and_those_found_are_not(nlp: Language) -> None:
    text = (  # fresh119 sandstorms-05 (Mongolia, CGTN) and fresh83 centralasia-10 (Kostyenko mine)
        "Also received information about 548 missing persons. Already 467 people have been found, currently "
        "rescuers are searching for 81 people.\n\n"
        "“At the Kostyenko mine as of 4 pm (1000 GMT) the bodies of 32 people have been found. The search for 14 "
        "miners is continuing,” the emergency situations ministry said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "81 people").counts == "missing"
    assert _claim(claims, "467 people").counts == "other:found"
    assert _claim(claims, "14 miners").counts == "missing"


def test_those_not_found_are_missing(nlp: Language) -> None:
    text = (  # fresh100 maritime-03 (Costa Concordia)
        "A top coast guard official, Marco Brusco, said on state TV that 25 passengers and four crew members have "
        "not been found, according to the Associated Press.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(25, "missing"), (4, "missing")]


def test_a_wire_byline_run_into_its_time_stamp_relays_the_article(nlp: Language) -> None:
    text = (  # fresh138 glaciers-04 (Telangana Today, Sikkim floods)
        "Sikkim flash floods: 6 soldiers among 19 dead; 103 missing\n\n"
        "By ANI Published Date - 09:20 AM, Fri - 6 October 23\n\n"
        "Gangtok: At least 16 people have died, including six army personnel, in the flash floods in Sikkim in the "
        "early hours of Wednesday, the State Disaster Management Authority said.\n"
    )
    claim = _claim(claims_of(nlp, text), "At least 16 people")
    assert (claim.said_by, claim.via) == ("State Disaster Management Authority", ["ANI"])


def test_a_courtesy_line_closing_the_article_relays_it(nlp: Language) -> None:
    text = (  # fresh138 glaciers-02 (The Frontier Post, Chamoli)
        "15 people rescued, 14 bodies recovered in India glacier burst\n\n"
        "As many as 15 people have been rescued so far while 14 bodies have been recovered from different locations "
        "following the glacier burst in the Chamoli district of Uttarakhand, said Chamoli Police on Monday.\n\n"
        "Uttarakhand Chief Minister Trivendra Singh Rawat said only experts can tell the reason behind the glacier "
        "outburst, adding the government is focusing on saving the lives of people and the rescue operation.\n\n"
        "Courtesy: Khaleej Times\n"
    )
    claim = _claim(claims_of(nlp, text), "14 bodies")
    assert (claim.said_by, claim.via) == ("Chamoli Police", ["Khaleej Times"])


def test_a_cue_in_a_clause_of_another_subject_does_not_say_what_is_counted(nlp: Language) -> None:
    text = (  # fresh139 refineries-06 (Texas City BP)
        "About 1,100 employees and 2,200 contract workers were at the refinery when the blast shot flames into the "
        "sky, forced schoolchildren to cower under desks and showered the plant grounds with ash and blackened "
        "metal.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "About 1,100 employees").counts == "other:present"
    assert _claim(claims, "2,200 contract workers").counts == "other:present"


def test_what_a_crowd_counted_by_its_number_word_did_says_what_is_counted(nlp: Language) -> None:
    text = (  # fresh134 nightclubs-01 (Kocani)
        "Hundreds of people had gathered at the 'Pulse' nightclub in Kochani, east of the capital Skopje, to see "
        "local group DNK play when the fire broke out early Sunday morning. According to reports, many members of "
        "the group's band were slain, including Andrej Gjorgieski, one of DNK's main singers.\n"
    )
    assert _claim(claims_of(nlp, text), "Hundreds of people").counts == "other:gathered"


def test_vicepresident_in_one_word_is_a_post(nlp: Language) -> None:
    text = (  # fresh140 policeraids-05 (Venezuelanalysis, Cota 905)
        "“The Gran Cacique Indio Guaicaipuro operation has been hugely important to preserve the well-being and "
        "peace of the people of Caracas, especially in areas like the Cota 905,” Vicepresident Delcy Rodríguez "
        "said in a press conference on Saturday.\n\n"
        "Police contingents slowly gained ground after clearing a burning truck and gunfire blocking the narrow "
        "accesses. Rodríguez reported that the three-day operation left 22 gang members dead and 28 wounded, while "
        "on the security forces’ side there were four dead and ten wounded.\n"
    )
    assert _claim(claims_of(nlp, text), "22 gang members").said_by == "Delcy Rodríguez"


def test_what_befell_them_before_is_no_cue_for_what_is_counted(nlp: Language) -> None:
    text = (  # fresh91 easteurope-11 (Bucharest)
        "Most of the injured were people from the services who intervened. Eight people were intubated after "
        "suffering severe burns, the government said.\n"
    )
    assert _claim(claims_of(nlp, text), "Eight people").counts == "other:intubated"
