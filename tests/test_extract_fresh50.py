"""Rules written in the session that brought data/dev/fresh50 to fresh53, each on real text."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.extract.credits import byline_agency, relay_chain
from tallygraph.extract.naming import clean_name

from .conftest import claim_quoting, claims_of


def _said(claims: list, quote_part: str) -> tuple[str, list[str]]:
    claim = claim_quoting(claims, quote_part)
    return claim.said_by, claim.via


def test_a_courtesy_title_before_a_surname_named_in_full_before(nlp: Language) -> None:
    text = (  # fresh51 riots-05, Irish Times, Kaduna 2002
        '"There has not been calm overnight. There have been more killings," Nigerian Red Cross president Mr '
        'Emmanuel Ijewere said. "More people are coming in for treatment."\n\n'
        "Mr Ijewere said that in addition to the 200 people now confirmed dead, around 1,125 people had been "
        "admitted to hospital for treatment.\n"
    )
    claims = claims_of(nlp, text)
    assert _said(claims, "200 people")[0] == "Emmanuel Ijewere"
    assert _said(claims, "1,125 people")[0] == "Emmanuel Ijewere"


def test_a_post_in_capitals_before_the_name_in_apposition(nlp: Language) -> None:
    text = (  # fresh51 bandits-01, thisdaylive.com, and bandits-05, sunnewsonline.com
        "However, the state Police Public Relations Officer, Mohammed Shehu, a Superintendent of Police, said only 14 "
        "people were killed.\n\n"
        "The Police Public Relations Officer, Ahmed Rufai, an Assistant Superintendent of Police said that eighteen "
        "persons were initially abducted by the assailants.\n"
    )
    claims = claims_of(nlp, text)
    assert _said(claims, "14 people")[0] == "Mohammed Shehu"
    assert _said(claims, "eighteen persons")[0] == "Ahmed Rufai"


def test_the_post_in_capitals_said_again_is_its_holder(nlp: Language) -> None:
    text = (  # the post of fresh51 bandits-05, said again as "The Police Public Relations Officer added"
        "The Police Public Relations Officer, Ahmed Rufai, said that eighteen persons were initially abducted.\n\n"
        "The Police Public Relations Officer added that seven of the abducted victims later escaped.\n"
    )
    claims = claims_of(nlp, text)
    assert _said(claims, "seven of the abducted")[0] == "Ahmed Rufai"


def test_the_minister_is_the_minister_named_in_full(nlp: Language) -> None:
    text = (  # tune disaster-05: the tagger's entity is only "Lal Sen"
        "A massive fire at a seven-storey building in Bangladesh's Dhaka killed at least 43 people and left 22 "
        "others injured, Health Minister Dr Samanta Lal Sen said on Friday.\n\n"
        "The minister, reportedly a burn wound specialist, said 22 people are being treated at both the health "
        "facilities.\n"
    )
    claims = claims_of(nlp, text)
    assert _said(claims, "22 people")[0] == "Samanta Lal Sen"


def test_a_wire_that_contributed_to_the_report() -> None:
    # fresh50 wartolls-01, israelnationalnews.com: the story's last line credits AFP
    text = (
        "Syria's devastating war has killed more than 280,000 people, a monitoring group said on Thursday.\n\n"
        "The previous toll of 271,138 had been published by the Observatory on February 23.\n\n"
        "AFP contributed to this report.\n"
    )
    assert byline_agency(text) == "AFP"
    assert byline_agency(text.replace("AFP contributed", "Reuters contributed")) == "Reuters"
    # a person's contribution credits no wire
    assert byline_agency(text.replace("AFP contributed", "Jane Doe contributed")) is None


def test_agencies_credited_after_the_headline() -> None:
    text = (  # fresh50 truthcommissions-01, a China Daily page
        "Peru doubles estimate of political war deaths ( 2003-08-29 08:45) (Agencies)\n"
        "In a chilling final report, Peru's Truth and\nReconciliation Commission said on Thursday 69,000 people "
        "may have died.\n"
    )
    assert byline_agency(text) == "Agencies"


def test_the_wire_alone_on_a_line_above_a_dateline_with_a_dash() -> None:
    text = (  # fresh50 truthcommissions-02, semissourian.com: a teaser, then the wire, then the story
        "custom ad\nNewsJune 18, 2003\n\n"
        "UNITED NATIONS -- In a dramatic upward revision of the number of victims, a Peruvian truth commission found "
        "between 40,000 and 60,000 people died or disappeared, the commission's president said Tuesday...\n\n"
        "The Associated Press\n\n"
        "UNITED NATIONS -- In a dramatic upward revision of the number of victims, a Peruvian truth commission found "
        "between 40,000 and 60,000 people died or disappeared, the commission's president said Tuesday.\n"
    )
    assert byline_agency(text) == "Associated Press"


def test_parts_of_a_toll_and_the_body_named_before_by_its_short_name(nlp: Language) -> None:
    text = (  # fresh50 wartolls-01, israelnationalnews.com (AFP)
        "Syria's devastating war has killed more than 280,000 people, a monitoring group said on Thursday in a new "
        "toll for the five-year conflict.\n\n"
        "The toll of 282,283 includes 81,436 civilians, among them 14,040 children and 9,106 women, said the Syrian "
        "Observatory for Human Rights.\n\n"
        "Non-jihadist rebel fighters accounted for 48,568 of those killed, while extremist militants -- including "
        "non-Syrians -- numbered 47,095.\n\n"
        "The Observatory documented the deaths of 101,662 pro-regime fighters, including 56,609 government "
        "soldiers.\n\n"
        "Another 3,522 of the deaths were unidentified.\n\n"
        "The previous toll of 271,138 had been published by the Observatory on February 23.\n"
    )
    claims = claims_of(nlp, text)
    observatory = "Syrian Observatory for Human Rights"
    for quote in ("48,568", "101,662", "56,609", "3,522", "271,138"):
        assert _said(claims, quote)[0] == observatory, quote


def test_the_agency_after_the_date_closed_by_a_full_stop() -> None:
    # fresh52 coups-07, cmio.org: RIA Novosti's own form of dateline
    text = (
        " date 2022-06-30 CAIRO, June 30 – RIA Novosti. Four protesters died on Thursday in the Sudanese city of "
        "Omdurman during the dispersal of protests by security forces, the country's opposition Central Committee "
        "of Doctors said.\n"
    )
    assert byline_agency(text) == "RIA Novosti"


def test_the_publisher_and_the_wire_it_carries_in_the_dateline_s_brackets() -> None:
    # fresh52 coups-05, urdupoint.com
    text = (
        "Death Toll In Demonstration Against Military's Takeover In Sudan Rises To 12 - Doctors\n\n"
        "KHARTOUM (UrduPoint News / Sputnik - 31st October, 2021) The number of protesters killed during the "
        "anti-coup October 30 demonstration of millions in Sudan has reached 12, the country's central medical "
        "committee said on Sunday.\n"
    )
    # (both relay, as the gold of every such dateline in the dev sets reads it: the pages carrying the wire first)
    assert byline_agency(text) == "UrduPoint News / Sputnik"
    assert relay_chain(None, "UrduPoint News / Sputnik") == ["UrduPoint News", "Sputnik"]


def test_the_wire_s_name_alone_after_the_story_s_last_sentence() -> None:
    # fresh52 coups-06, theweekendleader.com
    text = (
        "Sudan's government says 46 killed in crackdown\n\nKhartoum\n\n06-June-2019\n\n"
        "Sudan's government has said that 46 people were killed in the crackdown.\n\n"
        "The head of the board said there would be elections in nine months, something that was rejected by the "
        "opposition that considers a civil transition government of at least three years necessary. IANS \n"
    )
    assert byline_agency(text) == "IANS"
    # an abbreviation that is no wire closes no story
    assert byline_agency(text.replace("necessary. IANS", "necessary. UNHCR")) is None


def test_qualifiers_before_a_name_are_not_part_of_it() -> None:
    # fresh52 navalincidents-04 (theinsightpost.com) and coups-06/07 (Sudan's doctors' committee)
    assert clean_name("Russian state media TASS") == "TASS"
    assert clean_name("state media outlet IRNA") == "IRNA"
    assert clean_name("opposition Committee of Doctors") == "Committee of Doctors"
    assert clean_name("the country's opposition Central Committee of Doctors") == "Central Committee of Doctors"
    assert clean_name("Russian media") == "Russian media"  # media of no name stay as they are


def test_a_report_that_pegged_the_number_of_deaths(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-05
        "An earlier report from the National Disaster Risk Reduction and Management Council pegged the number of "
        "deaths at 72, with most of the fatalities coming from the Bangsamoro Autonomous Region in Muslim Mindanao.\n"
    )
    said_by = _said(claims_of(nlp, text), "72")[0]
    assert said_by == "National Disaster Risk Reduction and Management Council"


def test_claims_that_people_make_are_theirs(nlp: Language) -> None:
    text = (  # fresh41 disputedtolls-03, Andijan 2005
        "Karimov has shrugged off activists' claims that hundreds had died and stonewalled Western demands for an "
        "international inquiry, saying that Uzbek authorities would conduct their own probe.\n"
    )
    assert _said(claims_of(nlp, text), "hundreds")[0] == "activists"


def test_an_agency_by_its_own_name_and_an_abbreviation_with_what_it_is() -> None:
    # fresh52 navalincidents-12 (aljazeera.com) and fresh53 hurricanes-08 (aljazeera.com)
    assert clean_name("China's Xinhua news agency") == "Xinhua"
    assert clean_name("Iran's IRNA") == "IRNA"
    assert clean_name("China's health ministry") == "China's health ministry"  # no outlet: as written
    assert clean_name("National Coordinator for Disaster Reduction (CONRED) agency") == (
        "National Coordinator for Disaster Reduction"
    )


def test_its_dossier_is_the_organisation_s(nlp: Language) -> None:
    text = (  # fresh14 prisons-05
        "LONDON: At least 98 prisoners have died in US custody in Iraq and Afghanistan since August 2002, the Human "
        "Rights First organisation said on BBC television.\n\n"
        "At least 34 of the deaths were suspected or confirmed homicides - deliberate or reckless killing - Human "
        "Rights First said. Its dossier claims 11 more deaths are deemed suspicious and that between eight and 12 "
        "prisoners were tortured to death.\n"
    )
    claims = claims_of(nlp, text)
    assert _said(claims, "11 more deaths")[0] == "Human Rights First"


def test_a_closing_report_by_a_named_daily_relays_the_article(nlp: Language) -> None:
    text = (  # fresh52 coups-10, madamasr.com
        "The Health Ministry's forensic department submitted on Thursday medical reports on the casualties of the "
        "brutal dispersal of two major pro-Muslim Brotherhood sit-ins on August 14, reported the privately owned "
        "daily newspaper Al-Shorouk.\n\n"
        "According to the forensic reports, 627 were killed at Rabea al-Adaweya square on August 14.\n"
    )
    said_by, via = _said(claims_of(nlp, text), "627")
    assert (said_by, via) == ("forensic reports", ["Al-Shorouk"])  # one outlet, not "Al" and "Shorouk"


def test_the_wire_alone_on_the_line_below_the_headline() -> None:
    text = (  # fresh51 riots-01, peoplesdaily.pdnews.cn: the wire, then the page's time stamp
        "Sporadic violence in Delhi as death toll rises to 33\nAFP\n1582795272000\n\n"
        "Sporadic violence hit parts of Delhi overnight as gangs roamed streets littered with the debris of days of "
        "sectarian riots that have killed 33 people, police said Thursday.\n"
    )
    assert byline_agency(text) == "AFP"


def test_a_dateline_with_the_day_before_the_month() -> None:
    text = (  # fresh49 returns-07, rferl.org
        "Yugoslavia: Ethnic Albanians Returning Home Quickly\n\n"
        "Geneva, 22 June 1999 (RFE/RL) - The United Nations refugee agency said today that more than 170,000 Kosovo "
        "Albanians have now gone back to their homes in little more than a week.\n"
    )
    assert byline_agency(text) == "RFE/RL"
