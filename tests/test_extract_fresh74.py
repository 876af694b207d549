"""Rules written in the session that brought data/dev/fresh74 to fresh77, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_toll_raised_from_a_long_phrase_to_a_number(nlp: Language) -> None:
    text = (  # fresh72 egypt-02
        "CAIRO: The Egyptian health ministry has raised the death toll from Wednesday's violence that followed a "
        "crackdown on two camps housing supporters of the ousted president Mohamed Morsi to 638.\n"
    )
    toll = _claim(claims_of(nlp, text), "to 638")
    assert (toll.value, toll.counts, toll.said_by, toll.status) == (638, "killed", "Egyptian health ministry", "claim")


def test_a_toll_raised_from_a_place_to_a_number_beside_another_figure(nlp: Language) -> None:
    text = (  # fresh10 wildfires-01
        "MATI, Greece – Fire officials in Greece raised the death toll from a wildfire that raged through a coastal "
        "area east of Athens to 91 and reported that 25 people were missing Sunday, six days after Europe’s "
        "deadliest forest fire in more than a century.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "to 91").value, _claim(claims, "to 91").counts) == (91, "killed")
    assert _claim(claims, "25 people").counts == "missing"


def test_a_figure_reduced_by_another_source_is_theirs_and_current(nlp: Language) -> None:
    text = (  # fresh71 brazil-09
        "Amazonas authorities initially reported 60 dead at Anisio Jobim in Manaus, but Monday afternoon the state "
        "public security secretary's office reduced that figure to 56.\n"
    )
    claims = claims_of(nlp, text)
    first, now = _claim(claims, "60 dead"), _claim(claims, "to 56")
    assert (first.status, first.said_by) == ("superseded", "Amazonas authorities")
    assert (now.value, now.counts, now.status) == (56, "killed", "claim")
    assert now.said_by == "state public security secretary's office"


def test_an_earlier_word_in_one_clause_does_not_reach_the_next(nlp: Language) -> None:
    text = (  # fresh9 shipwrecks-06
        "John Mongella, commissioner for the Mwanza region, initially put the number of dead at 86, but Tanzania's "
        "state radio TBC said more than 100 bodies had been found so far.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at 86").status == "superseded"
    assert _claim(claims, "more than 100 bodies").status == "claim"


def test_a_body_named_for_a_saint_is_not_a_person(nlp: Language) -> None:
    text = (  # fresh30 volcanoes-07
        "St. John Ambulance said up to 20 people were believed to have been injured in the eruption, adding that "
        "a mobile triage unit was on its way.\n"
    )
    assert _claim(claims_of(nlp, text), "up to 20 people").said_by == "St. John Ambulance"


def test_a_portuguese_name_with_do_is_one_name_and_owns_its_bulletin(nlp: Language) -> None:
    text = (  # fresh71 brazil-06
        "The death toll due to heavy rains in the state of Rio Grande do Sul since April 27 has risen to 147.\n"
        "According to the Rio Grande do Sul Civil Defense bulletin released on Monday morning (13), 127 people are "
        "missing, and another 806 are injured.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "127 people").said_by == "Rio Grande do Sul Civil Defense"
    assert _claim(claims, "806 are injured").said_by == "Rio Grande do Sul Civil Defense"


def test_a_one_word_name_before_reports_is_not_their_author(nlp: Language) -> None:
    text = (  # fresh11 protests-04
        "Media reports said about 10,000 people have been arrested over the past two weeks in relation to clashes "
        "at protests and other attacks on state properties.\n"
    )
    assert _claim(claims_of(nlp, text), "about 10,000 people").said_by == "Media reports"


def test_a_name_that_reads_as_a_clause_is_one_name(nlp: Language) -> None:
    text = (  # fresh11 outbreaks-06, fresh61 mozambique-06
        "Save the Children, a charity, said on Monday (February 20) that more than 1 million children in South "
        "Sudan were at risk of starving.\n"
        "Save the Children said “at least 51 children, most of them girls” were seized by non-state armed groups in "
        "the region last year.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "more than 1 million children").said_by == "Save the Children"
    assert _claim(claims, "at least 51 children").said_by == "Save the Children"


def test_a_body_described_then_named_and_a_person_after_its_acronym(nlp: Language) -> None:
    text = (  # fresh74 greatlakes-01 (Xinhua)
        "Remains of at least 791 victims of the 1994 Rwandan genocide against Tutsi have been exhumed from the shores "
        "of Lake Mugesera in eastern Rwanda since the search started in January, said Rwanda’s umbrella organization "
        "of genocide survivors associations, IBUKA, on Tuesday.\n"
        "The remains were discovered in Rukumbeli Sector, Ngoma District, following a tip-off from a child who "
        "tended goats on the lake shores and spotted human remains including bones and skulls, Ngoma district "
        "president of IBUKA Jean-Pierre Musafiri told Xinhua in a telephone interview.\n"
        "“We intensified the search from August 26 and thereafter have recovered at least 547 remains of the "
        "genocide victims. The daily search continues until the whole area is combed for human remains,” said "
        "Musafiri.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at least 791 victims").said_by == "IBUKA"
    assert _claim(claims, "at least 547 remains").said_by == "Jean-Pierre Musafiri"


def test_a_count_by_a_name_that_reads_as_a_clause(nlp: Language) -> None:
    text = (  # fresh74 greatlakes-10
        "Floods, landslides and a cyclone have killed more than 1,200 people across East and southern Africa this "
        "year, according to a Save the Children count based on United Nations and government figures.\n"
    )
    assert _claim(claims_of(nlp, text), "more than 1,200 people").said_by == "Save the Children"


def test_a_visit_by_officials_found_what_they_found(nlp: Language) -> None:
    text = (  # fresh74 greatlakes-06 (AFP)
        "A recent visit by UN rights officials to detention centres run by the national intelligence service in the "
        "capital Bujumbura found that 30 of the 67 detainees visited showed physical signs of torture.\n"
    )
    assert _claim(claims_of(nlp, text), "67 detainees").said_by == "UN rights officials"


def test_an_acronym_in_capitals_is_the_body_spelled_out_before(nlp: Language) -> None:
    text = (  # fresh74 zimbabwe-04 (Malawi24)
        "The Department of Disaster Management Affairs (DoDMA) says the death toll from Cyclone Freddy has jumped "
        "to 438 from 326.\n"
        "DODMA said last night that it has received fresh preliminary reports from councils, on damages caused by "
        "Tropical Cyclone Freddy (TCF).\n"
        "“TCF-induced flooding, strong winds and mudslides have displaced 79,602, households (approximately 345,183 "
        "people) with 505 camps set to accommodate the displaced. The death toll has risen from 326 to 438; with 918 "
        "injured and 282 reported missing,” reads part of the statement.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "918 injured").said_by == "Department of Disaster Management Affairs"
    assert _claim(claims, "282 reported missing").said_by == "Department of Disaster Management Affairs"


def test_a_count_that_goes_on_place_by_place_after_of_the_deaths(nlp: Language) -> None:
    text = (  # fresh75 japan-01 (Jiji Press)
        "Of the deaths, 55 were in the city of Wajima, 23 in the city of Suzu, six in the town of Anamizu, five in "
        "the city of Nanao, two each in the towns of Noto and Shika, and one in the city of Hakui, according to the "
        "prefectural government.\n"
    )
    claims = claims_of(nlp, text)
    got = [(c.value, c.counts, c.said_by) for c in claims]
    assert got == [(v, "killed", "prefectural government") for v in (55, 23, 6, 5, 2, 1)]


def test_a_part_of_a_whole_recorded_by_a_body_is_theirs(nlp: Language) -> None:
    text = (  # fresh54 colombia-10
        "At least 77 human rights defenders and social leaders were assassinated in the first half of 2023 in "
        "Colombia, the acting deputy director of Human Rights Watch (HRW) for the Americas, Juan Pappier, reported "
        "on Thursday.\n"
        "Of the total homicides recorded by HRW this semester, 11 were perpetrated in June; 12 in May; April 20 (the "
        "bloodiest month for leaders); 14 in March; 8 in February and 12 in January.\n"
    )
    eleven = _claim(claims_of(nlp, text), "11")
    assert (eleven.value, eleven.counts, eleven.said_by) == (11, "killed", "Human Rights Watch")


def test_a_thousands_comma_followed_by_a_space(nlp: Language) -> None:
    text = (  # fresh60 afghanistan-03, fresh70 uganda-06
        "The UN mission said it documented 11, 418 conflict-related civilian casualties, including 3,498 killed and "
        "7,920 injured, that recorded highest civilian casualties since 2009.\n"
        "The affected sub counties are Mukoto (3, 252 people), Bukoho (2, 088 people), Buputo (2, 358 people) and "
        "Bumbo (888 people).\n"
    )
    values = [c.value for c in claims_of(nlp, text)]
    assert values[:3] == [11418, 3498, 7920]
    assert values[3:] == [3252, 2088, 2358, 888]


def test_a_date_or_a_list_before_a_number_is_not_a_thousands_comma(nlp: Language) -> None:
    text = (  # fresh21 pows-02, fresh72 egypt-09
        "The Russian Defense Ministry stated on Telegram, “On August 24, 146 Russian soldiers were returned from "
        "areas under the control of Kyiv.”\n"
        "Estimates for the number of passengers aboard the boat ranged between 250, 350 and 600.\n"
    )
    values = [c.value for c in claims_of(nlp, text)]
    assert 146 in values and 24146 not in values and 250350 not in values


def test_a_person_after_a_long_post(nlp: Language) -> None:
    text = (  # fresh76 russia-04 (DW), india-02, india-09
        "First Deputy Minister of Health and Social Development Aliza Soltonbokova said there had been over 150 "
        "casualties since fighting began on Thursday, in addition to 31 Kyrgyz people having died from the clashes.\n"
        "Silchar Medical College and Hospital Principal Bhaskar Gupta on Wednesday said in Silchar that the Manipur "
        "police brought 12 dead bodies to the institution for post-mortem.\n"
        "Addressing a press conference, Rajkot Range IG Ashok Kumar Yadav said nine persons had been arrested in "
        "connection with the FIR.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "over 150 casualties").said_by == "Aliza Soltonbokova"
    assert _claim(claims, "12 dead bodies").said_by == "Bhaskar Gupta"
    assert _claim(claims, "nine persons").said_by == "Ashok Kumar Yadav"


def test_figures_told_only_by_when_they_are_from_name_no_one(nlp: Language) -> None:
    text = (  # fresh77 peru-07 (AFP)
        "Thirteen inmates died at the Cotopaxi prison and 35 prisoners and six police officers were injured, "
        "according to an updated toll Thursday.\n"
    )
    assert _claim(claims_of(nlp, text), "Thirteen inmates").said_by == "reporter"


def test_a_party_described_then_named_after_a_comma(nlp: Language) -> None:
    text = (  # fresh77 westafrica-06
        "For its part, the party of Mr. Sonko, Pastef (The Patriots of Senegal for work, ethics and fraternity), "
        "reported Thursday 26 deaths through the voice of its spokesman, El Malick Ndiaye, a reported the "
        "Dakaractu news site.\n"
    )
    assert _claim(claims_of(nlp, text), "26 deaths").said_by == "Pastef"
