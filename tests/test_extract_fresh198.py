"""Rules from the session that added fresh198 to fresh201 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_speaker_described_by_a_relative_clause_before_the_verb(nlp: Language) -> None:
    text = (  # tune conflict-05 (Reuters on Saudi-led air strikes on Sanaa)
        "Air strikes launched against Sanaa by the Saudi-led coalition fighting rebel Houthis have killed around 20 "
        "people, the deputy foreign minister for the Houthi administration, which holds much of northern Yemen, said "
        "on Twitter.\n"
    )
    claim = _claim(claims_of(nlp, text), "killed around 20 people")
    assert claim.said_by == "deputy foreign minister for the Houthi administration"
    assert claim.via == ["Twitter"]
    # the clause is no speaker of its own: what it describes was named before it
    text = "The fire killed 12 people, the mayor, who visited the site, said.\n"
    assert _claim(claims_of(nlp, text), "killed 12 people").said_by == "mayor"


def test_a_name_the_parser_made_a_conjunct_of_the_place_before_it(nlp: Language) -> None:
    text = (  # fresh73 nepal-05 (Xinhua on the 2012 Dhading landslide)
        "Thirty-five bodies have been recovered from three passenger buses buried in a landslide in Jyaple Khola of "
        "Dhading district in central Nepal, Nawaraj Adhikari, spokesperson for District Police Range Kathmandu, told "
        "Xinhua.\n"
    )
    claim = _claim(claims_of(nlp, text), "Thirty-five bodies")
    assert (claim.said_by, claim.via) == ("Nawaraj Adhikari", ["Xinhua"])


def test_one_hospital_can_report(nlp: Language) -> None:
    text = (  # fresh195 busbombings-12 (eTurboNews on the 2011 Makati bus bombing)
        "Mayor Junjun Binay said that the explosion was so powerful that it punched a hole in a nearby concrete fence. "
        "He said the damage indicated that it was caused by a bomb.\n\n"
        "He said one hospital reported two people dead and 18 wounded.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("two people", "18 wounded"):
        claim = _claim(claims, quote)
        assert (claim.said_by, claim.via) == ("hospital", ["Junjun Binay"])
    # but one hospital that treats people is a place, and no speaker
    assert _claim(claims_of(nlp, "One hospital was treating 40 people.\n"), "40 people").said_by == "reporter"


def test_a_body_described_then_named_in_an_aside(nlp: Language) -> None:
    text = (  # fresh86 spain-03 (AP on the 2022 Melilla crossing)
        "The human rights watchdog, known as AMDH, said at least 27 people, mostly from Sudan, South Sudan and Chad, "
        "died in the attempt.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 27 people").said_by == "AMDH"
    text = (  # fresh94 greece-01 (AP on the 2023 Pylos shipwreck)
        "The United Nations migration agency, known as the International Organization for Migration, estimated that "
        "the ship was carrying between 700 and 750 people, including at least 40 children, based on interviews with "
        "survivors.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 40 children").said_by == "International Organization for Migration"
    text = (  # after fresh57 congo-03 (the UN on the 2022 Plaine Savo attack)
        "The UN peacekeeping mission in the DRC, known as MONUSCO, reported that 40 civilians were killed.\n"
    )
    assert _claim(claims_of(nlp, text), "40 civilians").said_by == "MONUSCO"
    # a body already named keeps its name; people known by a name are no body
    text = "The Pakistani Taliban, known as the Tehreek-e-Taliban Pakistan (TTP), said 12 soldiers were killed.\n"
    assert _claim(claims_of(nlp, text), "12 soldiers").said_by == "Pakistani Taliban"
    text = "The men, known as the Bali Nine, said 14 people were killed.\n"
    assert _claim(claims_of(nlp, text), "14 people").said_by == "men"


def test_a_number_a_count_is_compared_with_counts_the_same(nlp: Language) -> None:
    text = (  # fresh198 homicides-10 (on El Salvador's 2023 murder figures)
        "Justice and Security Minister Gustavo Villatoro said 154 murders were committed last year, down from 495 the "
        "year before.\n"
    )
    claim = _claim(claims_of(nlp, text), "495")
    assert (claim.value, claim.counts, claim.said_by) == (495, "killed", "Gustavo Villatoro")
    text = (  # fresh198 homicides-02 (Mexico News Daily on the first half of 2018)
        "The total number of homicides in the two-month period was 4,828, which was slightly higher than the 4,704 "
        "recorded in May and June of last year.\n"
    )
    assert _claim(claims_of(nlp, text), "4,704").counts == "killed"
    text = (  # fresh198 homicides-11 (Citizen Digital on femicide in Kenya)
        "According to statistics from the African Data Hub, the number of femicide cases has been growing from 20 in "
        "2016 to a peak of 95 in 2018 and 75 last year.\n"
    )
    claim = _claim(claims_of(nlp, text), "20")
    assert (claim.value, claim.counts, claim.said_by) == (20, "killed", "African Data Hub")
    text = (  # fresh199 policeshootings-01 (Press TV on the Mapping Police Violence count)
        "Police in the United States have killed about 1,150 people as of December 15 of this year, according to data "
        "compiled by an activist group.\n\n"
        "The group, formed by data scientist Samuel Sinyangwe and activists Johnetta Elzie and DeRay Mckesson, said "
        "this year's figure compares with 1,172 last year and 1,140 in 2013.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims if c.value in (1172, 1140)] == [(1172, "killed"), (1140, "killed")]
    # a rise of a toll is still told by the toll's own rules, and prices are no count
    claims = claims_of(nlp, "The death toll rose from 12 to 30 on Monday.\n")
    assert [(c.value, c.status) for c in claims] == [(12, "superseded"), (30, "claim")]
    assert claims_of(nlp, "Prices have risen from 200 to 300 dollars.\n") == []


def test_a_year_after_in_opens_no_range(nlp: Language) -> None:
    text = (  # fresh199 conscription-05 (NHK on the flight from Myanmar's draft)
        "The number of people from Myanmar taking the Japanese Language Proficiency Test rocketed from 57,888 in 2022 "
        "to 176,406 last year as many are worried about their safety and economic futures at home.\n"
    )
    assert sorted(c.value for c in claims_of(nlp, text)) == [57888, 176406]


def test_places_listed_with_their_counts_after_a_count(nlp: Language) -> None:
    text = (  # fresh198 homicides-02 (Mexico News Daily on the first half of 2018)
        "With 1,294 murders in the period, Baja California heads the list of Mexico's most violent states followed by "
        "Guanajuato with 1,203 and Guerrero, with 1,148.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(1294, "killed"), (1203, "killed"), (1148, "killed")]
    text = (  # fresh198 homicides-03 (Stabroek News on Jamaica's murders, January to May 2010)
        "St Catherine and St Andrew both recorded 172 homicides; St James, 110; Kingston, 87; and Clarendon, 79.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Kingston, 87").counts == "killed"
    assert _claim(claims, "Clarendon, 79").counts == "killed"
    # a name and an age after a comma are no place and count
    claims = claims_of(nlp, "Police arrested 40 people; Smith, 45, was among them.\n")
    assert [c.value for c in claims] == [40]


def test_a_count_of_cases_goes_on_by_grade(nlp: Language) -> None:
    text = (  # fresh198 ebola-03 (UNB on the 2018 Equateur outbreak)
        "A total of 46 cases of hemorrhagic fever have been reported in the region, including 21 confirmed cases of "
        "Ebola, 21 probable and four suspected.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "21 probable").counts == "other:cases"
    assert _claim(claims, "four suspected").value == 4


def test_contacts_of_the_sick_are_people(nlp: Language) -> None:
    text = (  # fresh198 ebola-01 (CNN on the 2017 Marburg outbreak in Kween)
        "The WHO, which is working with Ugandan health authorities to contain the outbreak, has followed up with 135 "
        "contacts of the patients, Jašarević said.\n"
    )
    claim = _claim(claims_of(nlp, text), "135 contacts")
    assert (claim.counts, claim.said_by) == ("other:contacts", "Jašarević")


def test_a_share_in_per_cent_is_no_count(nlp: Language) -> None:
    text = (  # fresh198 homicides-03 (Stabroek News on Jamaica's murders, January to May 2010)
        "Police data obtained by The Gleaner show that 655 of those murdered this year were men, while the gun "
        "featured in 584, or 78 per cent, of homicides.\n"
    )
    assert 78 not in [c.value for c in claims_of(nlp, text)]


def test_a_participle_the_parser_made_a_subject_speaks_with_the_verb_before_it(nlp: Language) -> None:
    text = (  # fresh200 naxal-07 (Devdiscourse on the 2019 Samar ambush)
        '"They used IEDs (improvised explosive devices), leading to a large number of casualties," regional military '
        "spokesman Captain Reynaldo Aragones told AFP, adding one rebel was also killed.\n"
    )
    assert _claim(claims_of(nlp, text), "one rebel").said_by == "Reynaldo Aragones"
    # a participle that opens a text has nothing before it to speak with
    claims = claims_of(nlp, "Saying 12 people died is wrong, the mayor said.\n")
    assert [c.value for c in claims] == [12]


def test_places_each_with_a_verb_and_a_bare_count(nlp: Language) -> None:
    text = (  # fresh200 honourkillings-03 (ANI on the Sindh Suhai Organisation's count, January to June 2024)
        "Additionally, Kashmore reported 17 women and 6 men murdered, Sukkur had 23, Khairpur saw 20, Ghotki "
        "recorded 19, Larkana experienced 12, and 76 were killed in various other districts across the province.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Sukkur had 23", "Khairpur saw 20", "Ghotki recorded 19", "Larkana experienced 12"):
        assert _claim(claims, quote).counts == "killed"
    # a place in such a list records no figures of its own: nobody is its speaker
    assert {c.said_by for c in claims} == {"reporter"}
    # one place with a count is no list
    claims = claims_of(nlp, "Police arrested 30 people on Monday, and Kenya had 12 in custody.\n")
    assert [c.value for c in claims] == [30]


def test_a_count_of_another_year_is_not_replaced_by_this_years(nlp: Language) -> None:
    text = (  # fresh198 homicides-10 (on El Salvador's 2023 murder figures)
        "Justice and Security Minister Gustavo Villatoro said 154 murders were committed last year, down from 495 the "
        "year before.\n"
    )
    assert _claim(claims_of(nlp, text), "495").status == "claim"
    text = (  # fresh200 honourkillings-09 (Al Jazeera on honour killings in Palestine)
        "Some 13 women were killed in 2011. That number rose to 13 in 2012 and doubled to 26 last year.\n"
    )
    assert _claim(claims_of(nlp, text), "26").counts == "killed"
    # a toll replaced within days is superseded; what "the number of missing" climbs to is of the missing
    text = "The toll has risen from 4,960 deaths and 13,268 cases on Friday.\n"
    assert _claim(claims_of(nlp, text), "4,960 deaths").status == "superseded"
    text = (  # fresh194 typhoons-11 (on Typhoon Conson, 2010)
        "Typhoon Conson had weakened to a tropical storm after blowing out of the Philippines, where 39 people were "
        "dead and the number of missing climbed to 84.\n"
    )
    assert _claim(claims_of(nlp, text), "climbed to 84").counts == "missing"
