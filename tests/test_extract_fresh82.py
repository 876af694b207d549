"""Rules written in the session that brought data/dev/fresh82 to fresh85, each on real text."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_breakdown_opened_by_of_those_killed_is_the_tolls_sources(nlp: Language) -> None:
    text = (  # fresh80 pacific-10
        "The National Disaster Management office said in a report that 14 people had been confirmed dead and 200 "
        "treated for injuries, with the numbers expected to increase.\n\n"
        "Of those killed, six died in a landslide, four at the Vila Central Hospital and four in the Billabong "
        "building, which collapsed in downtown Port Vila.\n"
    )
    claims = claims_of(nlp, text)
    landslide = _claim(claims, "six died")
    assert (landslide.counts, landslide.said_by) == ("killed", "National Disaster Management office")
    assert landslide.part_of is not None and "14 people" in landslide.part_of
    assert [c.said_by for c in claims if c.value == 4] == ["National Disaster Management office"] * 2


def test_among_those_detained_continues_the_reports_figures(nlp: Language) -> None:
    text = (  # fresh34 journalists-03
        "The report also highlights that 180 journalists have been abducted by Israeli authorities since October "
        "2023, including 17 female journalists who have since been released, the Palestinian Journalists’ "
        "Syndicate said.\n"
        "Among those detained, 42 journalists have been placed under administrative detention, while 48 remain "
        "imprisoned across the occupation's prisons.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("42 journalists", "48 remain"):
        assert _claim(claims, quote).said_by == "Palestinian Journalists' Syndicate"


def test_a_breakdown_of_a_total_it_names_is_not_tied_to_the_last_source(nlp: Language) -> None:
    text = (  # fresh78 israel-01
        "This week the Israel Antiquities Authority said archaeologists who joined efforts to identify victims "
        "had uncovered the remains of at least 10 people in houses burned during the grisly onslaught.\n\n"
        "Of the 1200 deaths, 318 are military soldiers died during the Hamas attack on October 7, apart from 59 "
        "policemen.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "59 policemen").said_by == "reporter"


def test_credits_above_a_story_a_writer_of_an_outlet_a_wires_copyright_and_a_copied_pages_stamp() -> None:
    benar = (  # fresh80 pacific-10
        " date 2024-12-19 By Harry Pearl of BenarNews\n\nVanuatu is taking stock of damage from a powerful 7.3 "
        "magnitude earthquake that has killed at least 14 people and collapsed buildings in the capital Port Vila."
    )
    assert byline_agency(benar) == "BenarNews"
    ap = (  # fresh81 seasia-12
        "The Independent UK\nNational\nJintamas Saksornchai\n\nFighting in Myanmar sends thousands fleeing to "
        "Thailand\n\nCopyright 2023 The Associated Press. All rights reserved.\n\nMore than 5,000 people have fled "
        "from eastern Myanmar into Thailand in recent days, Thai media and officials said Thursday."
    )
    assert byline_agency(ap) == "Associated Press"
    guardian = (  # fresh81 gulf-10
        "The Guardian - 7/10/2025 6:10:20 PM - GMT (+3 )\n\nFour more people rescued, with 11 still missing and six "
        "believed kidnapped, after Eternity C is sunk in Red Sea\nFour seafarers were rescued on Thursday."
    )
    assert byline_agency(guardian) == "The Guardian"
    photo = (  # fresh41 disputedtolls-07: a photograph's credit is no copyright on the words
        "- Sputnik International\nAfrica\n\nSudan Health Ministry Denies Protest Death Toll of Over 100, Claims 46 "
        "Killed\n\n© AP Photo / AnonymousDemonstrators gather in Sudan's capital of Khartoum, Friday, April 12, 2019."
    )
    assert byline_agency(photo) is None


def test_a_copied_pages_outlet_relays_its_figures(nlp: Language) -> None:
    text = (  # fresh81 gulf-10
        "The Guardian - 7/10/2025 6:10:20 PM - GMT (+3 )\n\n"
        "Four seafarers were rescued on Thursday after spending more than 48 hours in the waters of the Red Sea, as "
        "the search continued for the remaining crew of the Greek ship Eternity C, which was sunk by Houthi militants "
        "in an attack that killed at least four people.\n"
    )
    rescued = _claim(claims_of(nlp, text), "Four seafarers")
    assert (rescued.said_by, rescued.via) == ("reporter", ["The Guardian"])


def test_a_sentence_that_lost_its_full_stop_and_one_the_copy_cuts_off_still_count(nlp: Language) -> None:
    text = (  # fresh83 centralasia-08
        "Flows of earth late on Monday (July 19) swept through the summer pasture of the village of Qishtudak, "
        "trapping shepherds tending to livestock.\n"
        "Besides, two women were killed by a mudslide that hit Dashti Qozi village in Panjakent district\n"
        "The Emergencies Committee spokeswoman says the bodies of eight shepherds were recovered from under mud "
        "masses.\n"
        "Mudslides affect mountainous Tajikistan every year, mostly around springtime, blocking off roads.\n"
        "In May, nine people died in landslides in Tajiki"
    )
    claims = claims_of(nlp, text)
    women = _claim(claims, "two women")
    assert (women.value, women.counts, women.said_by) == (2, "killed", "reporter")
    assert _claim(claims, "eight shepherds").said_by == "Emergencies Committee spokeswoman"
    assert (_claim(claims, "nine people").value, _claim(claims, "nine people").counts) == (9, "killed")


def test_a_headline_with_a_comma_is_still_a_headline(nlp: Language) -> None:
    text = (  # fresh38 drones-11, fresh20 landslides-02
        "8 killed, 27 wounded after Houthis launch missile, drone strikes on Marib\n\n"
        "Six dead, scores missing hours after landslide buries Chinese village\n\n"
        "A missile struck a residential area of the city on Sunday, local officials said.\n"
    )
    assert claims_of(nlp, text) == []


def test_males_and_females_are_people_and_parts_are_not_tied_across_sentences(nlp: Language) -> None:
    text = (  # fresh83 korea-04, korea-10
        "So far, 124 bodies have been recovered, including 54 males, 57 females, and 13 whose gender could not be "
        "determined.\n\n"
        "The total includes 39 males and 96 females.\n"
    )
    claims = claims_of(nlp, text)
    males = _claim(claims, "54 males")
    assert (males.value, males.counts) == (54, "remains-found")
    assert _claim(claims, "57 females").counts == "remains-found"
    assert males.part_of is None or "124" in males.part_of


def test_a_post_of_a_body_is_not_a_persons_name(nlp: Language) -> None:
    text = (  # fresh84 maghreb-01, fresh83 centralasia-03
        "The Secretary General of the General Directorate of Interior Affairs stated, in a press interview this "
        "morning, Saturday, that 290 deaths were recorded in Al Haouz Province.\n\n"
        "The Kyrgyz Minister of Health said 24 Kyrygz citizens were killed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "290 deaths").said_by == "Secretary General of the General Directorate of Interior Affairs"
    assert _claim(claims, "24 Kyrygz citizens").said_by == "Kyrgyz Minister of Health"


def test_a_caption_glued_to_the_next_sentence_gives_no_speaker_its_bracket(nlp: Language) -> None:
    text = (  # fresh82 caribbean-03
        "KINGSTON, Jamaica – The death toll from Hurricane Melissa, which slammed into Jamaica late last month, has "
        "climbed to 45,  Information Minister Dr. Dana Morris Dixon announced on Tuesday.\n\n"
        "danaeduInformation Minister Dr. Dana Morris Dixon, speaking at news conference on Tuesday (CMC Photo)She "
        "told the daily news conference that the highest number of casualties from the category 5 storm that hit "
        "Jamaica on October 28, came from St  Elizabeth where 18 fatalities have been recorded to date, followed by "
        "Westmoreland with 15\n"
    )
    assert _claim(claims_of(nlp, text), "18 fatalities").said_by == "Dana Morris Dixon"


def test_an_inverted_speaker_whose_post_the_tagger_read_as_a_verb(nlp: Language) -> None:
    text = (  # fresh85 indianocean-10
        "Four sailors were rescued and one is missing, said Mauritius police constable Jordan Jason Sunasy.\n"
    )
    assert _claim(claims_of(nlp, text), "Four sailors").said_by == "Jordan Jason Sunasy"


def test_members_of_a_parliament_or_executive_lose_their_post_and_a_body_after_a_noun_is_the_body(
    nlp: Language,
) -> None:
    text = (  # fresh84 southafrica-06, fresh85 indianocean-05
        "Durban - As KwaZulu-Natal residents continue to search for missing loved ones since the recent destructive "
        "floods, Cooperative Governance and Traditional Affairs (Cogta) confirmed on Wednesday that 48 people were "
        "still missing.\n\n"
        "The flooding claimed 445 lives, 386 of which were from eThekwini alone, Cogta MEC Sipho Hlomuka said during "
        "a briefing.\n\n"
        "So far 13 people have died and 107 were injured, MP Hanitra Razafimanantsoa told reporters.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "48 people").said_by == "Cooperative Governance and Traditional Affairs"
    assert _claim(claims, "445 lives").said_by == "Sipho Hlomuka"
    assert _claim(claims, "13 people").said_by == "Hanitra Razafimanantsoa"


def test_totals_their_own_words_describe(nlp: Language) -> None:
    text = (  # fresh84 southafrica-03, maghreb-12; fresh85 southernafrica-05 (its figure sentence shortened)
        "This brings the number of people who have passed away from the incident to 77.\n\n"
        '"The number killed has passed 50," said Sadok Mahmoudi.\n\n'
        "The figure for deaths in Dar es Salaam is around 350, he said.\n\n"
        "Added to figures from other places around the country, the overall figure is around 700.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "to 77").value, _claim(claims, "to 77").counts) == (77, "killed")
    passed = _claim(claims, "has passed 50")
    assert (passed.value, passed.counts, passed.said_by) == (50, "killed", "Sadok Mahmoudi")
    assert (_claim(claims, "350").counts, _claim(claims, "350").qualifier) == ("killed", "approximately")
    # "the overall figure": the count just given, for the whole country (as the gold reads it)
    assert [(c.value, c.counts) for c in claims if c.value == 700] == [(700, "killed")]


def test_a_captions_photo_credit_relays_nothing(nlp: Language) -> None:
    text = (  # fresh82 caribbean-02
        "Beryl kills 2 in Jamaica\n\n"
        "A tree felled by Hurricane Beryl blocks a street in Kingston, Jamaica, Thursday, July 4, 2024. (AP "
        "Photo/Leo Hudson) - AP PHOTO\n\n"
        "AT LEAST two people died in Jamaica during the passage of Hurricane Beryl between July 3 and 4, taking the "
        "total number of deaths in the region attributed to the hurricane to 11.\n"
    )
    assert byline_agency(text) is None
    assert _claim(claims_of(nlp, text), "two people").via == []


def test_parts_of_a_whole_named_with_its_number(nlp: Language) -> None:
    text = (  # fresh85 southernafrica-10 (its figure sentence shortened), fresh54 balkans-05, fresh53 hurricanes-04
        "The country recorded 567 new infections and 27 reported deaths, Health Minister Sylvia Masebo said.\n\n"
        "Of the 27 fatalities, 26 occurred in Lusaka, while one was reported in Kabwe.\n\n"
        "Of the 3,500 bodies of Srebrenica victims excavated so far, 2,500 have been identified through DNA.\n\n"
        "Of the 83 bodies, 59 were in the federal morgue at St. Gabriel, while 22 remained in the Jefferson Parish "
        "morgue and two were at the St. Charles Parish coroner's office.\n"
    )
    claims = claims_of(nlp, text)
    lusaka, kabwe = _claim(claims, "26 occurred"), _claim(claims, "one was reported")
    assert (lusaka.value, lusaka.counts, lusaka.said_by) == (26, "killed", "Sylvia Masebo")
    assert (kabwe.value, kabwe.counts, kabwe.said_by) == (1, "killed", "Sylvia Masebo")
    assert _claim(claims, "2,500 have been identified").counts == "identified"
    assert [(c.value, c.counts) for c in claims if c.value in (22, 2)] == [(22, "remains-found"), (2, "remains-found")]
