"""Rules from the sets of the session that added fresh162 to fresh165 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_statement_that_only_dates_an_event_does_not_speak_on(nlp: Language) -> None:
    text = (  # fresh130 amusement-03 (a circus tent collapse in New Hampshire), its sentence before the figures
        "The show started seven minutes after the National Weather Service put out a severe storm warning. "
        "Strong winds collapsed the circus tent, killing two spectators and sending about 32 others to hospitals.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two spectators").said_by == "reporter"
    assert _claim(claims, "32 others").said_by == "reporter"


def test_a_place_in_capitals_in_brackets_is_a_dateline_not_a_wire(nlp: Language) -> None:
    text = (  # fresh135 cablecars-06 (the Gudauri ski-lift accident)
        "Monday, March 19\n\n"
        "(TBILISI) - The Government of Georgia has invited the experts from the World leading Bureau Veritas "
        "international agency to specify exact reasons of the ski-lift incident in the country’s eastern mountain "
        "resort Gudauri, which left 11 people with minor or medium injuries on March 16.\n"
    )
    claim = _claim(claims_of(nlp, text), "11 people")
    assert claim.via == []
    # a statement asked of the experts is nobody's yet: the Government of Georgia gives no figure
    assert claim.said_by == "reporter"


def test_a_wire_in_capitals_in_brackets_is_still_the_wire(nlp: Language) -> None:
    text = "(AFP) - Police said 11 people were injured in the ski-lift accident on Friday.\n"
    assert _claim(claims_of(nlp, text), "11 people").via == ["AFP"]


def test_a_statement_asked_of_someone_else_is_nobodys(nlp: Language) -> None:
    text = "Police have asked the bus company to explain the crash, which killed 11 people on Sunday.\n"
    assert _claim(claims_of(nlp, text), "11 people").said_by == "reporter"


def test_a_surname_with_its_article_is_the_full_name_written_without(nlp: Language) -> None:
    text = (  # fresh23 poisonings-05 (methanol poisoning in Jordan), shortened
        "Health Minister Faisal Shboul said 12 people had died of methanol poisoning.\n\n"
        "Al-Shboul said there are two seriously injured, noting there are moderate injuries, all stable.\n"
    )
    assert _claim(claims_of(nlp, text), "two seriously injured").said_by == "Faisal Shboul"


def test_a_reporter_or_witness_who_saw_a_count_gives_it(nlp: Language) -> None:
    text = (  # fresh150 lynchings-06 (Port-au-Prince): the reporter named by the outlet, no one named next replaces
        "An AP reporter at the scene saw 13 bodies burning in a street. The fires drew hundreds of onlookers in the "
        "hilly suburb of the city, many of them shielding their noses from the fumes.\n\n"
        "Samuel said the suspects were believed to have been heading to another area to join a group of gang members.\n"
    )
    assert _claim(claims_of(nlp, text), "13 bodies").said_by == "AP"
    text = "Reuters witnesses saw four bodies at the scene and saw a soldier fall from a rooftop.\n"  # fresh148 parliaments-01
    assert _claim(claims_of(nlp, text), "four bodies").said_by == "Reuters witnesses"
    text = (  # fresh20 landslides-05 (the Sarno mudslides)
        "In the town of Bracigliano, witnesses saw a mother and three young sons swept away in a tide of mud.\n"
    )
    assert _claim(claims_of(nlp, text), "three young sons").said_by == "witnesses"


def test_someone_else_who_saw_a_count_does_not_give_it(nlp: Language) -> None:
    text = "Police saw 20 people fleeing the building before it collapsed.\n"
    assert _claim(claims_of(nlp, text), "20 people").said_by == "reporter"


def test_what_a_witness_saw_is_theirs_not_the_clause_run_on_after_it(nlp: Language) -> None:
    text = (  # fresh148 parliaments-03 (Nepal), and fresh33 peacekeepers-08 (Goma)
        "Journalists saw at least three bodies outside the complex where police had opened fire, and medical workers "
        "reported five others killed.\n\n"
        "A Reuters report said its reporter saw U.N. peacekeepers shoot dead two protesters in Goma.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "three bodies").said_by == "Journalists"
    five = _claim(claims, "five others")
    assert (five.said_by, five.via) == ("medical workers", [])
    assert _claim(claims, "two protesters").said_by == "Reuters"


def test_a_request_without_a_count_still_names_who_they_are(nlp: Language) -> None:
    text = (  # fresh83 korea-01 (the Itaewon crowd crush)
        "Seoul officials urged families and friends to report Itaewon visitors as missing if they could not be "
        "reached. More than 3,000 such missing person reports have been filed to date, they said.\n"
    )
    assert _claim(claims_of(nlp, text), "3,000").said_by == "Seoul officials"


def test_those_taken_to_hospital_are_in_care_whatever_other_injuries_the_sentence_tells_of(nlp: Language) -> None:
    text = (  # fresh163 pileups-02 (the A19 sandstorm pile-up) and pileups-12 (the I-64 in York County)
        "At least eight people were killed and of the 60 people hurt, at least 27 were sent to surrounding hospitals "
        "with serious injuries.\n\n"
        "Thirty-five people were taken to hospitals, including two people who sustained life-threatening injuries in "
        "the accident, said police spokeswoman Sergeant Michelle Anaya.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "60 people").counts == "injured"
    assert _claim(claims, "at least 27").counts == "other:hospitalised"
    assert _claim(claims, "Thirty-five people").counts == "other:hospitalised"
    text = (  # fresh165 evictions-08 (Mukuru kwa Njenga)
        "Three people died, two were hospitalised and several others, including police officers, were injured on "
        "Saturday as a private developer sought to evict occupants of a 15-acre piece of land.\n"
    )
    assert _claim(claims_of(nlp, text), "two were hospitalised").counts == "other:hospitalised"


def test_a_part_of_the_injured_taken_to_hospital_is_in_care(nlp: Language) -> None:
    text = (  # fresh164 rockfalls-02 (the Yosemite Falls trail rock slide, 1980)
        "Five of the injured were taken to hospitals in Modesto and Fresno, while two others were treated at "
        "Yosemite Hospital and released.\n"
    )
    assert _claim(claims_of(nlp, text), "Five of the injured").counts == "other:hospitalised"


def test_a_troopers_rank_is_no_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh162 caves-02 (Hidden River Cave, Kentucky)
        "The 19 people who escaped more than six hours after entering Hidden River Cave included students from "
        "Clemson University, four tour guides and two police officers who became trapped when they tried to rescue "
        "the group, Kentucky State Police Trooper B.J. Eaton said.\n"
    )
    assert _claim(claims_of(nlp, text), "four tour guides").said_by == "B.J. Eaton"


def test_those_a_purge_dismisses_or_suspends_are_counted_as_such(nlp: Language) -> None:
    text = (  # fresh165 purges-01 (Turkey after the 2016 coup attempt)
        "And while nearly 80,000 civil servants have been suspended from duty, 5,014 have been dismissed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "80,000").counts == "other:suspended"
    assert _claim(claims, "5,014").counts == "other:dismissed"


def test_generals_and_defendants_sentenced_or_jailed_for_a_term_are_sentenced(nlp: Language) -> None:
    text = (  # fresh165 purges-11 (Burundi's coup trial)
        "Former Burundian defence minister Cyrille Ndayirukiye is among four ex-generals sentenced to life in prison "
        "for a failed coup.\n\n"
        "A court in Burundi jailed four ex-generals to life in prison Friday for a failed coup, with nine others "
        "jailed for 30 years for their role in the unrest.\n"
    )
    claims = claims_of(nlp, text)
    assert [c.counts for c in claims if c.value == 4] == ["other:sentenced", "other:sentenced"]
    assert _claim(claims_of(nlp, "Police jailed 12 protesters overnight.\n"), "12 protesters").counts == "captured"
