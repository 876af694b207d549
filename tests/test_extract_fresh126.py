"""Rules written in the session that brought data/dev/fresh126 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.places import is_country, is_subdivision

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_the_gazetteer_knows_provinces_the_recogniser_misses_and_not_common_words() -> None:
    assert is_subdivision("Maharashtra") and is_subdivision("New South Wales") and is_subdivision("Pahang")
    assert is_subdivision("Cao Bang")  # "Cao Bằng", without its diacritics
    assert is_subdivision("KwaZulu-Natal")
    assert not is_subdivision("Centre") and not is_subdivision("Most") and not is_subdivision("Victoria")
    assert not is_subdivision("Georgia")  # a country as well
    assert is_country("the Philippines") and is_country("Azerbaijan") and not is_country("Maharashtra")


def test_a_state_that_recorded_deaths_is_where_they_were_counted(nlp: Language) -> None:
    text = "New South Wales has now recorded five deaths in the floods affecting much of the east coast.\n"
    # fresh80 pacific-12 (eastern Australian floods): the recogniser gives "New South Wales" no kind
    assert _claim(claims_of(nlp, text), "five deaths").said_by == "reporter"


def test_states_that_reported_deaths_in_a_ministers_answer_are_the_ministers_account(nlp: Language) -> None:
    text = (  # fresh76 india-12 (custodial deaths)
        "In response to a question on custodial deaths in the Parliament, the Union minister said that as per the "
        "information received from National Human Rights Commission (NHRC), Maharashtra reported 26 custodial "
        "deaths, followed by Gujarat which reported 21 deaths, and Bihar, which registered 18 deaths this year as "
        "of November 15.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("26 custodial deaths", "21 deaths", "18 deaths"):
        assert _claim(claims, quote).said_by == "Union minister"


def test_a_state_reporting_beside_another_state_still_reports(nlp: Language) -> None:
    text = (  # fresh8 floods-06 (heat deaths in India): no one else's account, so each state is its own source
        "Madhya Pradesh and Chhattisgarh reported 14 and 15 deaths, respectively, suspected to have been caused by "
        "heat, while Jharkhand reported 12 such cases, and Haryana and Tamil Nadu five each.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "14 and 15 deaths").said_by == "Madhya Pradesh"
    assert [c.said_by for c in claims if c.value == 15] == ["Chhattisgarh"]


def test_a_country_that_reports_is_still_a_source(nlp: Language) -> None:
    text = (  # fresh103 hajj-02 (hajj deaths), where the gold gives each country its own count
        "Morocco had reported 87 dead, according to Moroccan media.\n\n"
        "The Philippines reported six deaths, including one from the stampede and five from illness.\n"
    )
    assert _claim(claims_of(nlp, text), "six deaths").said_by == "Philippines"


def test_a_spokesman_from_or_at_a_body_speaks_for_it(nlp: Language) -> None:
    text = (  # fresh105 tourism-03 (Luxor balloon crash)
        "A spokesman from the Hong Kong government confirmed that nine Hong Kong residents were in the crash "
        "balloon and a team of imm\n"
    )
    assert _claim(claims_of(nlp, text), "nine Hong Kong residents").said_by == "Hong Kong government"
    text = (  # fresh20 landslides-05 (Sarno mudslides)
        "\u201cThe latest toll is 33 dead and 70 still missing, but rescue teams are still working . . . "
        "unfortunately, those 70 may become victims,\u201d said a spokesman at the Interior Ministry\u2019s civil "
        "protection agency in Rome.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "33 dead").said_by == "Interior Ministry's civil protection agency"  # not "... in Rome"
    assert _claim(claims, "70 still missing").said_by == "Interior Ministry's civil protection agency"


def test_the_spokeswoman_named_again_is_the_one_introduced_with_her_body(nlp: Language) -> None:
    text = (  # fresh98 portugal-10 (Fatima bus crash)
        "A spokeswoman for the National Civil Defense Service said the bus, carrying mainly old people, skidded off "
        "a road in central Portugal after a day out at the shrine of Fatima, one of Roman Catholicism's most revered "
        "sites.\n\n"
        '"Now 14 people are dead and 25 injured, six of them seriously," the spokeswoman told Reuters, adding that '
        "survivors were receiving treatment in local hospitals.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "14 people").said_by == "National Civil Defense Service"
    assert _claim(claims, "25 injured").said_by == "National Civil Defense Service"


def test_spokesperson_without_an_article_is_the_one_named_before(nlp: Language) -> None:
    text = (  # fresh124 balochistan-08 (Peshawar mosque bombing)
        "\u201cFive more injured of Peshawar mosque attack succumbed to their injuries,\u201d a spokesperson of "
        "Lady Reading Hospital announced today.\n\n"
        "\u201cThe death toll in Peshawar blast has reached to 62,\u201d spokesperson said. \u201cYesterday 57 dead "
        "bodies were brought to the Lady Reading Hospital.\u201d\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "62").said_by == _claim(claims, "Five more injured").said_by == "Lady Reading Hospital"


def test_a_post_after_a_name_may_be_a_bodys_in_the_possessive(nlp: Language) -> None:
    text = (  # fresh118 overdoses-12 (toxic liquor in Rajshahi)
        "In a press release, Additional Deputy Commissioner Golam Ruhul Quddus, RMP's spokesperson, said an "
        "investigation revealed that the poisoning occurred because illegal liquor sellers mixed chemicals with "
        "foreign liquor to increase quantity, and therefore, profits.\n\n"
        "Contacted, the RMP spokesperson said on January 1, at least 16 people fell ill after consuming alcohol and "
        "were admitted to Rajshahi Medical College Hospital. At least five died on January 2 and 3 while undergoing "
        "treatment.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "16 people").said_by == "Golam Ruhul Quddus"


def test_a_name_then_said_then_a_post_is_no_holder_of_the_post(nlp: Language) -> None:
    text = (  # fresh101 prisons-10 (Dera Ismail Khan jailbreak)
        "The militants killed six policemen, six Shia Muslim prisoners and two civilians during the attack on Monday "
        "night in the town of Dera Ismail Khan, said the town's commissioner, Mushtaq Jadoon.\n"
    )
    assert _claim(claims_of(nlp, text), "six policemen").said_by == "Mushtaq Jadoon"


def test_with_authorities_reporting_names_who_reports(nlp: Language) -> None:
    text = (  # fresh110 cuba-01 (Tropical Storm Eta in Honduras)
        "The death toll in Honduras from Tropical Storm Eta has more than doubled in 24 hours, with authorities "
        "Monday reporting 57 people had died as rescuers search for bodies.\n"
    )
    assert _claim(claims_of(nlp, text), "57 people").said_by == "authorities"


def test_violence_that_claimed_lives_claims_nothing(nlp: Language) -> None:
    text = (  # fresh123 cattleraids-06 (Plateau killings)
        "Such instances of violence, which are rooted in communal disputes over land and resources, have claimed "
        "thousands of lives in central Nigeria over the past several decades.\n"
    )
    assert _claim(claims_of(nlp, text), "thousands of lives").said_by == "reporter"
    text = (  # fresh61 somalia-07 (Kulbiyow attack): a claim of responsibility still speaks
        "Islamic militant group Al-Shabaab has claimed responsibility for the deaths of 57 Kenyan soldiers in a "
        "remote military base in Kulbiyow, near the Kenyan border.\n"
    )
    assert _claim(claims_of(nlp, text), "57 Kenyan soldiers").said_by != "reporter"


def test_survivors_someone_got_out_are_the_rescued(nlp: Language) -> None:
    text = "At least 177 survivors were pulled from the river.\n"  # fresh122 bridges-08
    assert _claim(claims_of(nlp, text), "177 survivors").counts == "other:rescued"
    text = (  # fresh84 maghreb-07 (Canary Islands crossing)
        "The Spanish government\u2019s delegation in the Canary Islands said rescuers retrieved 32 survivors and one "
        "body overnight from a rubber boat in waters south of Fuerteventura, the closest of the archipelago\u2019s "
        "islands to the African coast.\n"
    )
    assert _claim(claims_of(nlp, text), "32 survivors").counts == "other:rescued"
    text = (  # fresh90 nordic-08 (Baltic ferry)
        "Rescue services said they picked up 141 survivors and 42 bodies from the freezing water, but hopes of "
        "finding more alive faded as night fell.\n"
    )
    assert _claim(claims_of(nlp, text), "141 survivors").counts == "other:rescued"


def test_what_the_words_after_the_noun_say_befell_it_when_the_parser_hung_it_elsewhere(nlp: Language) -> None:
    text = (  # fresh69 turkey-07, the army's statement
        "It said six soldiers and two village guards were killed in the clashes and another two soldiers were "
        "injured.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "six soldiers").counts == "killed"
    assert [c.counts for c in claims if c.value == 2] == ["killed", "injured"]
    text = (  # fresh33 peacekeepers-07 (UN human rights office in Congo)
        "The initial investigation conducted by the Joint UN Human Rights Office (UNJHRO), attached to the mission, "
        "has concluded that in addition to the dead, 111 other villagers were wounded.\n"
    )
    assert _claim(claims_of(nlp, text), "111 other villagers").counts == "injured"
    text = "One person has died and a dozen others are reported critically injured following a bus crash in Iceland.\n"
    claims = claims_of(nlp, text)  # fresh112 arctic-12 (Iceland bus crash)
    assert _claim(claims, "One person").counts == "killed"
    assert _claim(claims, "a dozen others").counts == "injured"


def test_a_place_then_its_outlet_in_brackets_credits_the_outlet(nlp: Language) -> None:
    text = (  # fresh121 senegambia-10: no space around the brackets
        "Gambia(The COW News Digital)At least seven people have lost their lives after a boat carrying migrants "
        "capsized in northwestern Gambia, while 96 others were rescued alive, Gambian authorities confirmed on "
        "Thursday.\n"
    )
    assert _claim(claims_of(nlp, text), "seven people").via == ["The COW News Digital"]


def test_a_number_adjective_noun_counts_the_noun(nlp: Language) -> None:
    text = "The B.C. Coroners Service is reporting another 174 toxic drug overdose deaths in August.\n"
    claim = _claim(claims_of(nlp, text), "174")  # fresh118 overdoses-02: the parser hung 174 on "toxic"
    assert (claim.counts, claim.said_by) == ("killed", "B.C. Coroners Service")


def test_those_who_broke_out_or_escaped_are_counted_as_escaped(nlp: Language) -> None:
    text = (  # fresh104 madagascar-12 (Farafangana prison)
        "Police opened fire on scores of inmates trying to flee Farafanga prison on Sunday, capturing 37 but killing "
        "20 and wounding eight in the process.\n\n"
        "Thirty-one managed to escape the prison, located in the southeast of the Indian Ocean island, and were still "
        "on the run late on Sunday.\n"
    )
    assert _claim(claims_of(nlp, text), "Thirty-one").counts == "other:escaped"
    text = (  # fresh104 madagascar-12, the same article's background
        "In 2016, around 40 detainees broke out from a high-security prison in Toliary in southern Madagascar.\n"
    )
    assert _claim(claims_of(nlp, text), "40 detainees").counts == "other:escaped"


def test_a_phrasal_verbs_own_label_is_kept(nlp: Language) -> None:
    text = (  # fresh95 malaysia-09 (Sungai Bakap detention centre): escaped, not killed as "wiped out" would say
        "Hundreds of Rohingya migrants from Myanmar broke out of a detention centre in northern Malaysia on "
        "Wednesday with six killed on a highway as they escaped, authorities said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Hundreds").counts == "other:escaped"
    assert _claim(claims, "six killed").counts == "killed"


def test_a_ratio_and_a_multiple_count_no_one(nlp: Language) -> None:
    text = (  # fresh105 xinjiang-05 (Adrian Zenz's estimate)
        "This is equivalent to just below one in six members of that population, with the difference to the "
        "author\u2019s previous estimate from July 2019 of 1.5 million being explained by using updated population "
        "figures.\n"
    )
    assert [c.value for c in claims_of(nlp, text) if c.value in (1, 6)] == []
    text = (  # fresh103 hajj-11 (Bangladesh boat capsize)
        "District Police Chief Sirajul Huda said on Monday that the boat was carrying three times more passengers "
        "than its authorized capacity.\n"
    )
    assert claims_of(nlp, text) == []


def test_days_of_a_period_are_no_toll(nlp: Language) -> None:
    text = (  # fresh109 roadtolls-02 (Songkran road deaths)
        "(Photo by Amnart Thongdee)The accumulated death toll from the first five of the so-called seven dangerous "
        "days of Songkran has risen to 323, with 3,140 people hospitalised in over 3,000 road accidents across the "
        "country, the Road Safety Centre announced on Monday.\n"
    )
    assert [c.value for c in claims_of(nlp, text)] == [323, 3140]
    text = "This brought the accumulated death toll from April 11 to 15 to 323.\n"  # the same article
    claims = claims_of(nlp, text)
    assert [(c.value, c.qualifier) for c in claims] == [(323, "exact")]


def test_a_plural_tagged_as_a_verb_after_a_name_is_what_is_counted(nlp: Language) -> None:
    text = (  # fresh103 hajj-09 (Amarnath Yatra attack)
        "Seven Amarnath pilgrims, including five women, were killed and 15 injured when militants attacked a bus "
        "carrying at least 56 passengers at Botengo village near Anantnag, on the Srinagar-Jammu National Highway, in "
        "South Kashmir on Monday evening.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "Seven").counts, _claim(claims, "five women").part_of) == (
        "killed",
        "Seven Amarnath pilgrims",
    )


def test_an_outlet_reporting_the_lead_speaks_for_it_and_relays_the_rest(nlp: Language) -> None:
    text = (  # fresh84 maghreb-09 (Fez building collapse)
        "At least 22 people have been killed and 16 others injured after two buildings collapsed in the Moroccan "
        "city of Fez, Reuters reports.\n"
        "The adjacent buildings, located in one of Morocco\u2019s oldest cities, collapsed on Wednesday, the Fez "
        "prosecutor\u2019s office said.\n"
        "One of the structures was unoccupied, while the other was hosting an Aqiqah, a traditional Muslim ceremony "
        "marking the birth of a child.\n"
        "The prosecutor noted that the reported death toll was preliminary and that an investigation had been "
        "launched.\n"
        "Authorities said eight families lived in the building where the celebration was taking place.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "22 people").said_by, _claim(claims, "22 people").via) == ("Reuters", [])
    assert _claim(claims, "eight families").said_by == "Authorities"


def test_protests_that_broke_out_let_no_one_escape(nlp: Language) -> None:
    text = (  # fresh68 iran-04 (HRANA's tally)
        "At least 475 protesters have been killed since protests broke out, including 65 children, according to the "
        "latest tally by US-based Human Rights Activists News Agency (HRANA).\n"
    )
    assert _claim(claims_of(nlp, text), "65 children").counts == "killed"


# Rules from fresh126 (cults; weddings and funerals), written after its arrival was scored.


def test_a_courtesy_title_is_no_part_of_a_name(nlp: Language) -> None:
    text = (  # fresh126 weddings-02 (wedding boat off Raas)
        "Rescuers on Thursday pulled out four bodies, but later called off the search due to bad weather, said Mr "
        "Asnawi, head of the search operation.\n"
    )
    assert _claim(claims_of(nlp, text), "four bodies").said_by == "Asnawi"
    text = (  # fresh51 riots-05 (Kaduna riots): the recogniser took "Mr Ijewere" for a body
        '"There has not been calm overnight. There have been more killings," Nigerian Red Cross president Mr '
        'Emmanuel Ijewere said. "More people are coming in for treatment."\n'
        "Mr Ijewere said that in addition to the 200 people now confirmed dead, around 1,125 people had been admitted "
        "to hospital for treatment and at least 11,000 had been driven from their burning homes by mobs from opposing "
        "communities.\n"
    )
    assert _claim(claims_of(nlp, text), "200 people").said_by == "Emmanuel Ijewere"


def test_a_paragraph_opened_with_the_closing_mark_goes_on_quoting(nlp: Language) -> None:
    text = (  # fresh126 cults-05 (Kala Kato clashes in Bauchi)
        "Atikur Kafur, the Bauchi state police chief, said: \u201dAll in all, 38 people were killed including a "
        "soldier and two innocent neighbours. Among those killed is the leader of the sect.\n\n"
        "\u201dWe made 20 arrests, including nine adults and 11 juveniles, while 14 were injured.\u201d\n"
    )
    claims = claims_of(nlp, text)
    assert {c.said_by for c in claims if c.value in (20, 9, 11, 14)} == {"Atikur Kafur"}
    assert _claim(claims, "11 juveniles").part_of == _claim(claims, "20 arrests").quote


def test_those_unaccounted_for_are_missing(nlp: Language) -> None:
    text = (  # fresh126 weddings-02
        "The tragedy left at least least 20 dead and 24 unaccounted for, officials and friends said on Thursday.\n"
    )
    assert [c.counts for c in claims_of(nlp, text) if c.value == 24] == ["missing"]


def test_suspects_being_prosecuted_are_counted_as_prosecuted(nlp: Language) -> None:
    text = (  # fresh126 cults-09 (Zaria clash)
        "Lawal said 189 suspects were being prosecuted for alleged involvement in the Zaria crises while one suspect "
        "had died in custody.\n"
    )
    assert _claim(claims_of(nlp, text), "189 suspects").counts == "other:prosecuted"


def test_what_befell_their_bodies_is_not_what_befell_them(nlp: Language) -> None:
    text = (  # fresh126 cults-08 (Soldiers of Heaven near Najaf)
        "A U.S. helicopter crashed during the fight, killing two American soldiers whose bodies were recovered, the "
        "military said.\n"
    )
    assert _claim(claims_of(nlp, text), "two American soldiers").counts == "killed"


def test_the_injured_who_then_died_are_dead(nlp: Language) -> None:
    text = (  # fresh126 weddings-06 (Radda wedding convoy)
        '"An air strike missed its target and hit a wedding car convoy, ten people were killed immediately and '
        'another five who were injured died after being admitted to the hospital," a security official told '
        "Reuters.\n"
    )
    assert [c.counts for c in claims_of(nlp, text) if c.value == 5] == ["killed"]


def test_those_the_copula_says_are_men_are_a_part_of_the_count_before(nlp: Language) -> None:
    text = "Blackbourne said 21 of the victims were women and 18 were men.\n"  # fresh126 cults-11 (Heaven's Gate)
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(21, "killed"), (18, "killed")]


def test_an_outlet_and_its_date_set_off_by_a_slash_credit_the_outlet(nlp: Language) -> None:
    text = (  # fresh126 cults-11 (Heaven's Gate), as an archive copies CNN's story
        "Mass suicide involved sedatives, vodka and careful planning\n\n"
        "CNN/March 27, 1997\n\n"
        "Del Mar, California -- The 39 cult members found dead in a hilltop mansion apparently died in a carefully "
        "orchestrated suicide that involved sedatives, vodka and plastic bags possibly used to suffocat\n"
    )
    assert _claim(claims_of(nlp, text), "39 cult members").via == ["CNN"]


def test_suspected_militants_are_counted_as_militants(nlp: Language) -> None:
    text = (  # fresh76 india-02 (Jiribam): the parser made "suspected" a verb with the number its subject
        "Police said that after Monday's incident in which 11 suspected Kuki militants were killed during an "
        "encounter with the CRPF in Jiribam district, ten people were either kidnapped or missing.\n"
    )
    assert _claim(claims_of(nlp, text), "11 suspected Kuki militants").value == 11


def test_a_number_reported_with_its_own_verb_after_it(nlp: Language) -> None:
    text = (  # fresh103 cambodia-11 (the Bavet factory collapse)
        "Over the next few hours all but five workers were accounted for and media outlets were reporting four had "
        "died.\n"
    )
    claim = _claim(claims_of(nlp, text), "four had died")
    assert (claim.counts, claim.said_by) == ("killed", "media outlets")


def test_that_number_at_another_time_is_the_count_just_given(nlp: Language) -> None:
    text = (  # fresh43 wildlife-01 (tiger attacks in India)
        "The ministry further said that 74 people had died in human-tiger conflicts last year. In 2020, that number "
        "stood at 51; 60 in 2021; 111 in 2022 and 86 in 2023.\n"
    )
    claim = _claim(claims_of(nlp, text), "that number stood at 51")
    assert (claim.value, claim.counts) == (51, "killed")
    text = (  # fresh67 bangladesh-08 (killings at the Indian border)
        "Another human rights organization Ain O Salish Kendra reported that some 23 Bangladeshi nations were killed in "
        "2023 while 16 people in 2022. In 2021, the figure was 16 against 42 in 2020.\n"
    )
    assert _claim(claims_of(nlp, text), "the figure was 16").counts == "killed"


# Rules from fresh127 (toxic alcohol; cloudbursts) and fresh129 (inquests; landfills), written after their arrival
# was scored.


def test_a_news_agency_or_a_site_alone_on_the_last_line_credits_the_story(nlp: Language) -> None:
    text = (  # fresh129 inquests-01 (the Farlam commission on Marikana): the African News Agency
        "A total of 34 were killed on August 16 when police fired at them, while ten people, including two policemen "
        "and two Lonmin security guards, were killed in the week leading up to the August 16 massacre.\n"
        "ANA\n"
    )
    assert _claim(claims_of(nlp, text), "34").via == ["ANA"]
    text = (  # fresh129 inquests-03 (the Whakaari inquiry), as 1News carries RNZ's story
        "The bodies of two victims were never recovered.\n\nrnz.co.nz\n"
    )
    claim = _claim(claims_of(nlp, text), "two victims")
    assert (claim.counts, claim.via) == ("missing", ["rnz.co.nz"])  # never recovered: missing


def test_a_coroner_is_a_post_before_a_name(nlp: Language) -> None:
    text = (  # fresh129 inquests-11 (the Ashmore Reef boat blast)
        "NORTHERN Territory Coroner Greg Cavanagh has revealed that three of the Ashmore Reef asylum seekers drowned "
        "as police angrily denied any cover-up of the cause of last week's boat explosion.\n"
    )
    claim = _claim(claims_of(nlp, text), "three of the Ashmore Reef asylum seekers")
    assert (claim.said_by, claim.counts) == ("Greg Cavanagh", "killed")


def test_the_presumed_dead_are_missing(nlp: Language) -> None:
    text = (  # fresh129 inquests-07 (the Lagos #EndSARS panel)
        "According to the report, aside the 11 confirmed dead, four others were presumed dead, while in all 48 were "
        "casualties of the Lekki incident which shook the entire country last year.\n"
    )
    assert _claim(claims_of(nlp, text), "four others").counts == "missing"


def test_the_stranded_are_counted_as_stranded(nlp: Language) -> None:
    text = "But over 500 still remain stranded in the holy town of Badrinath.\n"  # fresh127 cloudbursts-11
    assert _claim(claims_of(nlp, text), "500").counts == "other:stranded"


def test_a_caption_closed_by_its_photo_credit_is_no_part_of_the_lead(nlp: Language) -> None:
    text = (  # fresh128 militarytraining-05 (the Omsk barracks collapse), lines as the page breaks them
        "23 killed in Russian military barrack collapse in Siberia\n"
        "MOSCOW - Agence France-Presse\n"
        "Russian soldiers stand guard at a gate near the destroyed training facility for Russian paratroopers in the "
        "village of Svetly, near Omsk, on July 13, 2015. AFP Photo\n"
        "Twenty-three Russian soldiers were crushed to death by rubble after their military barracks collapsed in "
        "Siberia, the Russian defence ministry said on July 13.\n"
    )
    claim = _claim(claims_of(nlp, text), "Twenty-three Russian soldiers")
    assert (claim.counts, claim.said_by) == ("killed", "Russian defence ministry")
