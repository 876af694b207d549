"""Rules written in the session that brought data/dev/fresh122 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_given_name_after_an_abbreviated_rank_is_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh78 gaza-06 (Nasser Medical Complex)
        "Director of Civil Defense in Khan Younis, Col. Yamen Abu Suleiman, told CNN, \u201c35 bodies had been "
        "discovered at the Nasser Medical Complex on Tuesday, bringing the total to 310. Some 73 bodies had been "
        "discovered on Monday.\u201d\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "35 bodies").said_by == "Yamen Abu Suleiman"
    assert _claim(claims, "35 bodies").via == ["CNN"]


def test_a_given_name_the_tagger_read_as_an_adjective_is_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh46 tsunamis-09 (Cyclone Sidr)
        "The confirmed death toll from the cyclone reached 3,113 by Monday, while 3,322 are injured and 1,063 "
        "missing, Lieutenant-Colonel Main Ullah Chowdhury told reporters in Dhaka.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "3,322").said_by == "Main Ullah Chowdhury"
    assert _claim(claims, "1,063").said_by == "Main Ullah Chowdhury"


def test_a_prefect_of_a_place_is_the_prefect_not_the_place(nlp: Language) -> None:
    text = (  # fresh85 indianocean-02 (Cyclone Chido in Mayotte)
        "The prefect of Mayotte estimated on Wednesday that there could be \u201caround forty people missing, "
        "without mortuary remains\u201dfollowing the passage of Cyclone Chido which devastated the archipelago, in "
        "addition to 39 deaths and thousands of injuries.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "forty").said_by == "prefect of Mayotte"
    assert _claim(claims, "39 deaths").said_by == "prefect of Mayotte"


def test_a_closing_speaker_with_a_relative_clause_still_speaks(nlp: Language) -> None:
    text = (  # fresh41 abductions-08 (Assyrians held by ISIS)
        "A Sharia Court of the Islamic State terror group, also known as ISIS and ISIL, in the Tal Tamer area of "
        "Syria's al-Hasakah province issued an order for the release of 29 Assyrian citizens, the U.K.-based Syrian "
        "Observatory for Human Rights, which documents human rights situation in Syria, reported Saturday.\n"
    )
    assert _claim(claims_of(nlp, text), "29 Assyrian").said_by == "Syrian Observatory for Human Rights"


def test_a_non_profit_is_one_word_and_speaks(nlp: Language) -> None:
    text = (  # fresh113 heat-04 (Karachi heatwave)
        "The Indian subcontinent's deadly heatwave has killed at least 450 people in the Pakistani city of Karachi "
        "over the last four days alone, a leading non-profit of the South Asian country said on Wednesday (June "
        "26).\n"
    )
    assert "non-profit" in _claim(claims_of(nlp, text), "450").said_by


def test_a_stock_picture_credit_is_no_relay(nlp: Language) -> None:
    text = (  # fresh110 cartels-06 (Guayaquil shooting), the page's picture credit above the story
        "Six dead, six wounded in Ecuador gang shooting: police\n\n"
        "Czech TV crew covering APEC summit robbed at gunpoint in San Francisco\nSource: Pixabay\n\n"
        "Six people were killed and six others were wounded Monday in an apparent gang shootout in Guayaquil, a "
        "port city in the grips of a wave of violence perpetrated by drug traffickers, police said.\n"
    )
    claim = _claim(claims_of(nlp, text), "Six people")
    assert (claim.said_by, claim.via) == ("police", [])


def test_a_twitter_account_posts_on_twitter(nlp: Language) -> None:
    text = (  # fresh105 xinjiang-06 (Urumqi fire)
        "However, Twitter account Abduweli Ayup posted a video saying that 34 Uyghurs were killed and 188 were "
        "injured.\n"
    )
    claim = _claim(claims_of(nlp, text), "34 Uyghurs")
    assert (claim.said_by, claim.via) == ("Abduweli Ayup", ["Twitter"])


def test_what_the_reporter_says_a_speaker_referred_to_is_the_reporters(nlp: Language) -> None:
    text = (  # fresh14 cyclones-03 (Tropical Storm Washi)
        "Army spokesman Colonel Leopoldo Galon said search and rescue operations would continue along the "
        "shorelines in Misamis Oriental and Lanao del Norte provinces.\n\n"
        "'I have not seen anything like this before. This could be worse than Ondoy,' he said, referring to a 2009 "
        "storm that inundated the capital, Manila, killing hundreds of people.\n"
    )
    assert _claim(claims_of(nlp, text), "hundreds").said_by == "reporter"


def test_a_leader_s_post_is_no_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh108 elections-11 (Zimbabwe 2008)
        "Harare: More than 50 people have been killed in political violence since Zimbabwe's disputed March 29 "
        "elections and 25,000 have fled their homes, opposition leader Morgan Tsvangirai said on Tuesday.\n"
    )
    assert _claim(claims_of(nlp, text), "50 people").said_by == "Morgan Tsvangirai"


def test_a_lower_case_qualifier_before_a_body_s_name_goes(nlp: Language) -> None:
    text = (  # fresh115 childwar-08 (Myanmar school strike)
        "The pro-democracy National Unity Government said in a statement soldiers detained about 20 children and "
        "teachers after the strike.\n"
    )
    assert _claim(claims_of(nlp, text), "20 children").said_by == "National Unity Government"


def test_a_gloss_takes_no_figure_from_the_speaker_before(nlp: Language) -> None:
    text = (  # fresh53 hurricanes-10 (Hurricane Mitch), one paragraph
        "\u201cThe mountain exploded, a wave of mud, water rocks and trees came pouring down, leaving nothing in its "
        "path,\u201d a survivor, Mr Raul Espinoza (78), said from a chaotic hospital in nearby Chinandega. The "
        "hospital was packed with children wearing casts and the wounded tending to their own open wounds. "
        "\u201cI've never in my life seen so many bodies tossed about, not even in the war,\u201d said a veteran "
        "news photographer, German Miranda, of La Prensa newspaper, referring to Nicaragua's civil war of the 1980s "
        "that killed 30,000 people.\n"
    )
    assert _claim(claims_of(nlp, text), "30,000").said_by == "reporter"


def test_a_leader_named_before_the_post_keeps_the_name(nlp: Language) -> None:
    text = (  # fresh77 westafrica-05 (Conakry protests)
        "Another 66 people were injured, including 26 shot by police, Abdoulaye Oumou Sow, an FNDC leader told AFP.\n"
    )
    assert _claim(claims_of(nlp, text), "66 people").said_by == "Abdoulaye Oumou Sow"


def test_a_closing_verb_read_as_the_speaker_s_modifier_still_speaks(nlp: Language) -> None:
    text = (  # fresh95 malaysia-05 (Tuas dust explosion), two paragraphs
        "SINGAPORE (CNA) \u2013 Three of the 10 workers who suffered burns in a fire at an industrial building in Tuas "
        "have died, said Commissioner for Workplace Safety and Health (WSH) Silas Sng yesterday.\n\n"
        "Another five are in critical condition, while two workers have been discharged, added Sng.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five are").said_by == "Silas Sng"
    assert _claim(claims, "two workers").said_by == "Silas Sng"


def test_who_publishes_a_list_of_people_it_says_were_killed_gives_the_figure(nlp: Language) -> None:
    text = (  # fresh38 drones-03 (drone strike on a wedding in Mali)
        "Jeunesse Tabital Pulaaku, an advocacy group for Fulani herders, published a list on Thursday of 19 people "
        "it said were killed, including the father of the groom, and seven more it said were wounded in the strike "
        "while attending a wedding.\n"
    )
    assert _claim(claims_of(nlp, text), "19 people").said_by == "Jeunesse Tabital Pulaaku"


def test_an_inverted_closing_speaker_after_a_subject_that_cannot_speak(nlp: Language) -> None:
    text = (  # fresh69 turkey-04 (strikes in northeast Syria)
        "The attacks extended to a village near Ain Issa, where a strike on Monday killed two children among the "
        "three fatalities, asserts the SDF.\n"
    )
    assert _claim(claims_of(nlp, text), "three fatalities").said_by == "SDF"


def test_the_pilgrims_an_agency_says_died_are_its_figure(nlp: Language) -> None:
    text = (  # fresh81 gulf-04 (Mina crush)
        "The Iranian state news agency IRNA published a list last night of the 465 pilgrims it said died at Mina.\n"
    )
    claim = _claim(claims_of(nlp, text), "465 pilgrims")
    assert (claim.said_by, claim.via) == ("IRNA", [])


def test_what_those_counted_did_by_someone_s_account_is_no_account_of_the_count(nlp: Language) -> None:
    text = (  # fresh105 xinjiang-04 (Aksu coal mine attack)
        "In November 2015, police killed 28 people who authorities said had killed 11 civilians and five police "
        "officers at a remote coal mine in Asku controlled by members of China's Han majority.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "28 people").said_by == "reporter"
    assert _claim(claims, "11 civilians").said_by == "authorities"


def test_a_relative_clause_on_the_subject_itself_names_no_teller(nlp: Language) -> None:
    text = (  # fresh111 westafrica-09 (Togo protests)
        "They made their statement a day after the administration declared that investigations into the violence, "
        "which it claimed had taken 16 lives, had begun.\n"
    )
    assert _claim(claims_of(nlp, text), "16 lives").said_by == "administration"


# Rules from the sets fresh122 to fresh125.


def test_a_name_after_a_post_and_a_comma_is_a_person_whom_he_stands_for(nlp: Language) -> None:
    text = (  # fresh47 civilianharm-08 (Rann bombing), two paragraphs
        "Nigerian military commander, Lucky Irabor said the accidental bombardment killed \u201csome\u201d civilians "
        "and wounded aid workers, including some Nigerians working for MSF and ICRC.\n\n"
        "He said two soldiers were wounded, but he did not have a final toll.\n"
    )
    assert _claim(claims_of(nlp, text), "two soldiers").said_by == "Lucky Irabor"


def test_a_county_executive_s_post_is_no_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh122 blizzards-01 (Buffalo blizzard)
        "Erie County Executive Mark Poloncarz said the death toll from the storm had more than doubled to seven "
        "from three overnight in the Buffalo region.\n"
    )
    assert _claim(claims_of(nlp, text), "seven").said_by == "Mark Poloncarz"


def test_according_to_an_outlet_citing_an_agency(nlp: Language) -> None:
    text = (  # fresh124 balochistan-04 (Jaffar Express hijacking)
        "According to Sama TV, citing AFP, security forces have so far managed to rescue over 150 hostages, "
        "including 43 men, 26 women, and 11 children.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("150 hostages", "43 men", "11 children"):
        assert (_claim(claims, quote).said_by, _claim(claims, quote).via) == ("AFP", ["Sama TV"])


def test_a_statement_signed_at_its_foot_is_the_signatory_s(nlp: Language) -> None:
    text = (  # fresh123 malawi-09 (boat on Lake Mweru), a police statement reproduced whole
        "Two people including a coxswain died while twelve others are missing after a boat carrying 32 people "
        "submerged on Lake Mweru in Nchelenge District of Luapula Province. Eighteen people managed to swim to "
        "safety.\n\n"
        "The search and rescue operation for the missing persons is ongoing.\n\n"
        "Danny Mwale\n\n"
        "Deputy Police Public Relations Officer\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Two people").said_by == "Danny Mwale"
    assert _claim(claims, "twelve others").said_by == "Danny Mwale"
    assert _claim(claims, "Eighteen").counts == "other:swum"


def test_an_embedded_post_is_its_author_s_on_twitter(nlp: Language) -> None:
    text = (  # fresh123 malawi-03 (Malawi floods of 2019), a tweet the page embeds
        "UPDATE ON #MalawiFloods2019 as of Tuesday, 12th March: 56 deaths & 577 injuries have been recorded. 3 "
        "people are missing. 184,589 households (approximately 922,945 people) have been affected & 16,545 "
        "households (approximately 82, 725 people) have been displaced @MwNewsAgency\n\n"
        "\u2014 Malawi Government (@MalawiGovt) March 13, 2019.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("56 deaths", "577 injuries", "3 people"):
        assert (_claim(claims, quote).said_by, _claim(claims, quote).via) == ("Malawi Government", ["Twitter"])


def test_a_post_signed_on_its_own_line(nlp: Language) -> None:
    text = (  # fresh74 greatlakes-11 (floods in western Rwanda), a tweet the page embeds
        "Heavy rains and floods have led to the loss of at least 55 lives in @RwandaWest. #RBANews "
        "pic.twitter.com/hGlR7ESNQR \u2014 Rwanda Broadcasting Agency (RBA) (@rbarwanda) May 3, 2023\n"
    )
    claim = _claim(claims_of(nlp, text), "55 lives")
    assert (claim.said_by, claim.via) == ("Rwanda Broadcasting Agency", ["Twitter"])


def test_a_range_whose_scale_only_its_upper_end_writes(nlp: Language) -> None:
    text = (  # fresh35 tribunals-08 (Khmer Rouge verdict)
        "Between 1.7 and 2.2 million people, almost a quarter of the population, died during the 1975 to 1979 rule "
        "of the Khmer Rouge.\n"
    )
    claim = _claim(claims_of(nlp, text), "2.2 million")
    assert (claim.value, claim.qualifier, claim.low, claim.high) == (1_700_000, "range", 1_700_000, 2_200_000)
    text = (  # fresh122 blizzards-05 (snow and avalanches in Afghanistan)
        "\u201cAt least 38 people killed and 50 others wounded in the recent snow, nearly 13 to 14 million people "
        "have been affected and have to say endangered,\u201d said Wais Barmak, government minister in parliamentary "
        "affairs.\n"
    )
    claim = _claim(claims_of(nlp, text), "14 million")
    assert (claim.value, claim.qualifier, claim.low, claim.high) == (13_000_000, "range", 13_000_000, 14_000_000)


def test_a_range_of_those_on_board_with_no_noun(nlp: Language) -> None:
    text = (  # fresh79 europe-07 (migrant boat off Calabria)
        "As emergency services were still searching the sea and the coastline amid stormy weather, Curra said that "
        "survivors had said some 140 to 150 were on board - suggesting that some migrants were still missing.\n"
    )
    claim = _claim(claims_of(nlp, text), "140 to 150")
    assert (claim.value, claim.high, claim.counts) == (140, 150, "other:aboard")


def test_those_in_hospital_with_no_noun(nlp: Language) -> None:
    text = (  # fresh119 sandstorms-03 (dust storm in Sistan and Baluchistan)
        "Tuesday\u2019s report quotes Abdolrahman Shahnavazi, the provincial director general of disaster management, "
        "as saying that 68 people were treated and released overnight while 27 remain hospitalized.\n"
    )
    assert _claim(claims_of(nlp, text), "27 remain").counts == "other:hospitalised"
    text = (  # fresh102 baltics-04 (Maxima supermarket collapse in Riga)
        "Maxima board member Gintaras Jasinskas told reporters 30 employees were in the store at the time: \u201cTwo "
        "of them are dead, two are in hospital and two others have not yet been found.\u201d\n"
    )
    assert _claim(claims_of(nlp, text), "two are").counts == "other:hospitalised"


def test_those_recaptured_are_captured(nlp: Language) -> None:
    text = (  # fresh104 madagascar-12 (jailbreak in Farafangana)
        "Madagascar police have recaptured 11 out of 31 escaped prisoners, one day after a breakout that ended in a "
        "deadly shootout, the justice ministry said Monday.\n"
    )
    claim = _claim(claims_of(nlp, text), "11")
    assert (claim.value, claim.counts, claim.said_by) == (11, "captured", "justice ministry")


def test_poles_in_lower_case_are_no_nationality(nlp: Language) -> None:
    text = (  # fresh74 zimbabwe-03 (Cyclone Idai in Chimanimani)
        "At least 200 poles have been washed away along the Chipinge to Chimanimani electricity line, leaving many "
        "people without power.\n"
    )
    assert [c.value for c in claims_of(nlp, text)] == []
