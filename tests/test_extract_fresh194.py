"""Rules from the session that added fresh194 to fresh201 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_quotation_over_paragraphs_belongs_to_the_tag_that_closes_it(nlp: Language) -> None:
    text = (  # fresh62 nigeria-06 (Ripples Nigeria on Amnesty International's 2021 count)
        "She said Amnesty investigation revealed that at least 78 people were killed and 160 others abducted by "
        "bandits between July 3 and August 5, in Kaduna State.\n\n"
        "“At least 34 people have been killed in Plateau State, including seven herders who were attacked on July 1 "
        "at Dogon Gaba. Two others were lynched at Fusa Village while trying to locate their missing cow.\n\n"
        "“Villagers from farming communities informed Amnesty International that innocent people and communities "
        "that know nothing about the attacks are sometimes targeted for reprisal.\n\n"
        "“A retaliatory attack on July 31 and August 1, 2021, led to the killing of at least 17 people and the "
        "displacement of hundreds in farming communities in Bassa and Riyom LGAs, Plateau State,” Ojigho added.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("At least 34 people", "Two others", "at least 17 people"):
        assert _claim(claims, quote).said_by == "Ojigho"
    # a paragraph that opens a quotation and closes it names nobody after it: the speaker before goes on
    text = (
        "Kindiki said the floods had hit 38 counties.\n\n“A total of 41,526 households have been displaced.”\n\n"
        "“We are doing all we can,” the governor said.\n"
    )
    assert _claim(claims_of(nlp, text), "41,526 households").said_by == "Kindiki"


def test_a_speaker_by_the_name_he_is_given(nlp: Language) -> None:
    text = (  # fresh152 schoolbuses-08 (CBC on the 2011 Zhengning school bus crash)
        "Two adults — the driver of the minibus and a teacher at the kindergarten — also died in the accident, said "
        "an emergency official surnamed Fan.\n"
    )
    assert _claim(claims_of(nlp, text), "Two adults").said_by == "Fan"
    text = (  # after fresh165 evictions-10 (RFA on the 2012 Hainan land clash): "Another villager surnamed Liu said"
        "Another villager surnamed Liu said three or four hundred police came to the village.\n"
    )
    assert _claim(claims_of(nlp, text), "three or four hundred").said_by == "Liu"


def test_he_opening_the_paragraph_after_a_named_visitor(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-12 (JK News on the 2025 Dharali flash flood)
        "Rescue teams recovered a body by Wednesday evening.\n\n"
        "Uttarakhand Chief Minister Pushkar Singh Dhami visited Dharali to assess the situation and oversee ongoing "
        "rescue operations.\n\n"
        "He confirmed that 190 people had been rescued from the affected region so far.\n"
    )
    assert _claim(claims_of(nlp, text), "190 people").said_by == "Pushkar Singh Dhami"


def test_a_body_named_after_the_place_it_is_in(nlp: Language) -> None:
    text = (  # fresh62 haiti-01 (on the UN's 2024 Haiti toll)
        'Another non-governmental organization in Haiti, the Group for Peace and Development (CPD), said that "more '
        'than a hundred people" were murdered in the Haitian capital on the orders of the leader of one of the '
        "criminal gangs that has controlled a large part of the territory for several years.\n"
    )
    assert _claim(claims_of(nlp, text), "more than a hundred people").said_by == "Group for Peace and Development"
    # a place described after it is no name: "The ministry in Gaza, the territory run by Hamas, said"
    text = "The ministry in Gaza, the territory run by Hamas, said 24 people were killed.\n"
    assert _claim(claims_of(nlp, text), "24 people").said_by == "ministry in Gaza"


def test_citing_a_delegation(nlp: Language) -> None:
    text = (  # fresh31 dams-06 (on the 2024 Arbaat dam collapse)
        "The UN office, citing a government delegation, noted that the number of casualties could be higher, as "
        "scores of people are reported missing or displaced.\n"
    )
    claim = _claim(claims_of(nlp, text), "scores of people")
    assert (claim.said_by, claim.via) == ("government delegation", ["UN office"])


def test_they_after_the_group_the_sentence_before_tells_of(nlp: Language) -> None:
    text = (  # fresh45 schoolattacks-06 (on the 2023 Mpondwe school attack)
        "Army spokesman Felix Kulayigye placed the death toll at 37. Eight people were injured and six others "
        "kidnapped, he said.\n\n"
        "Police earlier blamed the Allied Democratic Forces (ADF), a Ugandan group based in eastern DRC that has "
        "pledged allegiance to the ISIL (ISIS) group, for the attack. They said earlier that 25 bodies were recovered "
        "and eight victims, who remained in critical conditions, were transferred to Bwera Hospital.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "25 bodies").said_by == "Police"
    assert _claim(claims, "Eight people").said_by == "Felix Kulayigye"


def test_police_ranks_in_short_form_before_a_name(nlp: Language) -> None:
    text = (  # fresh167 childlabour-04 (Peace FM on a 2015 Ghana rescue operation)
        "The Director General in-charge of the Criminal Investigation Department (CID), COP Bright Oduro, said "
        "during the seven-hour operation, 24 children, aged between five and 16 years, were rescued while 16 "
        "suspected traffickers were arrested.\n"
    )
    assert _claim(claims_of(nlp, text), "24 children").said_by == "Bright Oduro"
    text = (  # fresh155 cranes-11 (Nation on the 2023 Kilimani crane collapse)
        "Kilimani OCPD Andrew Mbogo confirmed the incident. Nine of them lost their lives.\n"
    )
    assert _claim(claims_of(nlp, text), "Nine of them").said_by == "Andrew Mbogo"


def test_a_rank_in_short_form_the_parser_made_the_subject(nlp: Language) -> None:
    text = (  # fresh195 busbombings-02 (NBC News, AP copy, on the 2008 Dambulla bus bombing)
        "Military spokesman Brig. Udaya Nanayakkara, initially said 20 people had died in the blast, but he changed "
        "the official toll to 18 after gathering more information.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "20 people").said_by == "Udaya Nanayakkara"
    eighteen = _claim(claims, "toll to 18")  # a toll changed is a toll given
    assert (eighteen.counts, eighteen.said_by) == ("killed", "Udaya Nanayakkara")


def test_the_company_after_a_company_named(nlp: Language) -> None:
    text = (  # fresh195 firefighters-11 (Gephardt Daily, UPI copy, on the 2020 C-130 crash)
        "Operated by Canadian company Coulson Aviation and contracted to the NSW RFS, the aircraft was carrying flame "
        "retardant on a firebombing mission when it crashed, killing its three-man crew, the company said.\n"
    )
    assert _claim(claims_of(nlp, text), "three-man crew").said_by == "Coulson Aviation"
    # no company named: the company as it is written
    assert _claim(claims_of(nlp, "The company said 3 workers died.\n"), "3 workers").said_by == "company"


def test_a_tally_by_an_outlet_named_in_two_words(nlp: Language) -> None:
    text = (  # fresh194 typhoons-06 (OANA, Kyodo copy, on Typhoon Talas)
        "A powerful typhoon that hit western Japan on Sunday has left 37 people dead and 54 missing in a total of "
        "nine prefectures, according to a Kyodo News tally, the heaviest typhoon toll in about seven years.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "37 people").said_by == "Kyodo News"
    assert _claim(claims, "54 missing").said_by == "Kyodo News"


def test_a_low_quotation_mark_used_as_a_comma(nlp: Language) -> None:
    text = (  # fresh194 initiation-03 (TimesLIVE on the 2017 KwaNdebele initiation deaths)
        "“By this time‚ we have lost four initiates‚” said MEC for heath in Mpumalanga‚ Gillion Mashego. “We'd like "
        "to pass our condolences to the families.”\n\nMashego said post mortems had already been conducted on three "
        "of the bodies.\n"
    )
    claims = claims_of(nlp, text)
    four = _claim(claims, "four initiates")  # initiates are people
    assert (four.counts, four.said_by) == ("killed", "Gillion Mashego")
    assert _claim(claims, "three of the bodies").said_by == "Gillion Mashego"


def test_the_dead_included_numbers_by_place(nlp: Language) -> None:
    text = (  # fresh194 typhoons-02 (Xinhua on Typhoon Damrey)
        "The dead victims included 16 in central Khanh Hoa province, three in central Binh Dinh province, three in "
        "central highlands Lam Dong province, one in central highlands Dak Lak province, and four whose places of "
        "birth have not been reported.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims][:2] == [(16, "killed"), (3, "killed")]
    assert claims_of(nlp, "The plan included 16 in the first phase.\n") == []


def test_infections_and_cases_in_an_outbreak(nlp: Language) -> None:
    text = (  # fresh196 measles-02 (BBC on the 2012 whooping cough outbreak)
        "Three babies died from whooping cough in October as one of the worst outbreaks of the disease in decades "
        "continues.\n\nThere were 1,614 infections last month, bringing the total to 7,728 this year.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "1,614 infections").counts == "other:cases"
    assert _claim(claims, "7,728").counts == "other:cases"
    text = (  # fresh196 measles-01 (AA on the 2024 Adamawa measles outbreak)
        "At least 42 people, mostly children, have died following an outbreak of measles.\n\n"
        "Cases had risen to 9,000 as of early February, according to MSF.\n"
    )
    nine = _claim(claims_of(nlp, text), "9,000")
    assert (nine.counts, nine.said_by) == ("other:cases", "MSF")
    # one case, investigated under an article of the law, is no count (fresh162 monoxide-03)
    text = "Two men died of cholera. The case is being investigated under Article 116 of the Criminal Code.\n"
    assert [c.value for c in claims_of(nlp, text)] == [2]


def test_those_who_regained_freedom_and_whom_they_include(nlp: Language) -> None:
    text = (  # fresh196 schoolkidnappings-05 (allAfrica, Vanguard copy, on the 2021 Kagara release)
        "A total of 38 persons regained freedom from the captivity. They include 24 students, three academic staff, "
        "one non-academic staff and 10 family members of staff of the college\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(38, "released"), (24, "released"), (3, "released"),
                                                     (1, "released"), (10, "released")]  # fmt: skip
    assert _claim(claims, "24 students").part_of == _claim(claims, "38 persons").quote


def test_said_an_outlet_in_two_words_citing(nlp: Language) -> None:
    text = (  # fresh197 prisonriots-02 (Devdiscourse, ANI copy, on the 2020 Mahara prison riot)
        "At least eight inmates were killed and 50 other inmates and two prison officials were injured when unrest "
        "erupted at the Mahara prison here, said Colombo Page citing police spokesman DIG Ajith Rohana.\n"
    )
    claim = _claim(claims_of(nlp, text), "eight inmates")
    assert (claim.said_by, claim.via) == ("Ajith Rohana", ["Colombo Page"])


def test_a_described_outlet_whose_name_runs_on_with_of(nlp: Language) -> None:
    text = (  # fresh197 prisonriots-11 (Guernsey Press, AP copy, on the 2022 Insein prison bombing)
        "Five people who were delivering parcels to prisoners and three prison staff were killed when two bombs "
        "exploded around 9.40am (4.10am BST), pro-military government online service News of Myanmar reported on the "
        "Telegram social media platform.\n"
    )
    claim = _claim(claims_of(nlp, text), "Five people")
    assert (claim.said_by, claim.via) == ("News of Myanmar", ["Telegram"])


def test_reverend_before_a_name(nlp: Language) -> None:
    text = (  # fresh196 schoolkidnappings-03 (IBTimes Singapore on the 2021 Bethel Baptist kidnapping)
        "Speaking to Reuters, founder of the school, Reverend John Hayab, said that at least 25 students managed to "
        "escape from the clutches of the bandits.\n"
    )
    assert _claim(claims_of(nlp, text), "25 students").said_by == "John Hayab"
