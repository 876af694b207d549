"""Rules from the sets of the session that added fresh158 to fresh161 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_statement_that_opens_the_sentence_covers_the_clauses_its_words_run_on_into(nlp: Language) -> None:
    text = (  # fresh150 powerplants-01 (the Kleen Energy plant explosion in Middletown)
        "Medical rescue personnel told the Courant that at least four of the 100 in the plant were critically "
        "injured, another four were injured, in addition to the two dead at the Kleen Energy Systems plant.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at least four").said_by == "Medical rescue personnel"
    assert _claim(claims, "four were injured").said_by == "Medical rescue personnel"
    assert _claim(claims, "two dead").said_by == "Medical rescue personnel"


def test_two_apostrophes_after_said_open_a_quotation(nlp: Language) -> None:
    text = (  # fresh140 garmentfactories-09 (the Anaj Mandi factory fire in Delhi)
        "Delhi Police said,''32 people dead in fire incident at Rani Jhansi Road.''\n\n"
        "Sunil Choudhary, Deputy Chief Fire Officer said,''Fire has been doused, 15 people rescued so far; Rescue "
        "operation underway, 27 fire tenders engaged in the operation.''\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "32 people").said_by == "Delhi Police"
    assert _claim(claims, "15 people").said_by == "Sunil Choudhary"


def test_the_news_agency_is_the_agency_named_before(nlp: Language) -> None:
    text = (  # fresh103 hajj-05 (a boat capsized at the mouth of the Ganges), as hard-wrapped on the page
        "NEW DELHI, Jan 15 (Reuter) - Dozens of Hindu pilgrims were feared drowned\n"
        "on Sunday when a boat capsized in the mouth of the Ganges river in eastern\n"
        "India, United News of India (UNI) reported.\n"
        "The boat was carrying about 100 passengers who had come to Sagar Island\n"
        "to bathe in the holy river in a ritual which Hindus believe washes away their\n"
        "sins, the news agency said.\n"
    )
    assert _claim(claims_of(nlp, text), "100 passengers").said_by == "United News of India"


def test_according_to_the_news_agency_is_the_agency_that_spoke_before(nlp: Language) -> None:
    text = (  # fresh154 processions-09 (attacks on Shia pilgrims in Iraq)
        "Most of those killed so far have been Shia pilgrims and members of the security forces, the AP said.\n\n"
        "According to the news agency, seven of yesterday's casualties were in predominantly Sunni districts in "
        "Baghdad, which it says suggests that Shia militants are retaliating.\n"
    )
    assert _claim(claims_of(nlp, text), "seven of yesterday's casualties").said_by == "AP"


def test_the_radio_station_is_the_fm_station_named_before(nlp: Language) -> None:
    text = (  # fresh147 stadiums-01 (the Accra Sports Stadium crush)
        "Private radio Joy FM put the total death toll at 120, saying that a further five bodies had been taken to a "
        "police hospital and 13 to a local private hospital. A further 150 people were injured, according to the "
        "radio station.\n"
    )
    assert _claim(claims_of(nlp, text), "150 people").said_by == "Joy FM"


def test_an_agency_named_after_what_it_is_is_the_source_though_the_parser_made_it_a_subject(
    nlp: Language,
) -> None:
    text = (  # fresh108 gasleaks-02 (the gas leak in Giaspura, Ludhiana)
        "According to the news agency ANI, 5-6 people fell unconscious and they have been admitted to a hospital.\n"
    )
    assert _claim(claims_of(nlp, text), "5-6 people").said_by == "ANI"


def test_the_grades_a_hospital_gives_count_the_hurt_and_a_bare_number_goes_on_about_them(nlp: Language) -> None:
    text = (  # fresh153 rallies-08 (the car driven into counter-protesters in Charlottesville)
        "Five of the injured were listed in critical condition -- the worst state -- and four others were in "
        "serious condition. Six were in fair condition, and four others were in good condition, authorities said "
        "Saturday.\n"
    )
    claims = claims_of(nlp, text)
    six = _claim(claims, "Six were")
    assert (six.value, six.counts, six.said_by) == (6, "injured", "authorities")
    assert _claim(claims, "Five of the injured").said_by == "authorities"
    assert [c.counts for c in claims] == ["injured"] * 4


def test_the_four_with_no_noun_go_on_about_those_just_counted(nlp: Language) -> None:
    text = (  # fresh155 cranes-12 (the crane collapse in downtown Seattle)
        "Among the dead were two iron workers and two people in separate cars — three men and one woman. The four "
        "were dead when firefighters arrived, the Seattle Fire Department said.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("two iron workers", "two people", "three men"):
        assert _claim(claims, quote).said_by == "Seattle Fire Department"


def test_a_station_named_by_its_frequency_credits_a_dateline(nlp: Language) -> None:
    text = (  # fresh151 highrises-03 (the Bronx apartment building fire)
        "NEW YORK (1010 WINS) — At least 19 people have been killed, including 9 children, in a 5-alarm Bronx "
        "apartment building fire that broke out Sunday morning, the FDNY said.\n"
    )
    claim = _claim(claims_of(nlp, text), "At least 19 people")
    assert (claim.said_by, claim.via) == ("FDNY", ["1010 WINS"])


def test_a_heading_of_recommended_articles_signs_nothing(nlp: Language) -> None:
    text = (  # fresh156 concerts-10 (the tsunami that hit a Seventeen concert in Tanjung Lesung)
        "Recommended Articles\n\n"
        "“Underwater, I could only pray, ‘Jesus Christ, help!’,” Zack said in an emotional post online of his "
        "struggle via the Washington Post. “In the final seconds, I almost ran out of breath.”\n\n"
        "29 people who attended the concert were killed.\n"
    )
    assert _claim(claims_of(nlp, text), "29 people").said_by == "reporter"


def test_whoever_recalls_a_toll_gives_it(nlp: Language) -> None:
    text = (  # fresh154 processions-03 (the Traslacion of the Black Nazarene in Manila)
        "Last year, two persons were reported killed during the procession, Coronel recalled.\n"
    )
    assert _claim(claims_of(nlp, text), "two persons").said_by == "Coronel"


def test_what_people_attribute_their_well_being_to_is_no_statement_of_a_toll(nlp: Language) -> None:
    text = (  # fresh154 processions-04 (the chariot festival electrocution near Thanjavur)
        "THANJAVUR: For 93 years, villagers around Kalimedu in Thanjavur have attributed much of their well-being to "
        "their participation in the Appar Swamy chariot festival. The 94th annual run, however, left them mourning "
        "the deaths of 11 of their dear ones after the top of the 25-foot chariot grazed a high-tension power cable "
        "triggering serial electrocution and fire. Three of the dead were boys; one of the 17 others being treated "
        "for burns is critical.\n"
    )
    claims = claims_of(nlp, text)
    assert {c.said_by for c in claims} == {"reporter"}
    assert _claim(claims, "11 of their dear ones").value == 11


def test_rescue_workers_are_counted_as_rescuers(nlp: Language) -> None:
    text = (  # fresh12 collapses-04 (a mine collapse in China)
        "More than 200 rescue workers, including firefighters, police and rescue specialists are at the site, trying "
        "to locate and save the missing miners, Xinhua reported.\n"
    )
    claim = _claim(claims_of(nlp, text), "200 rescue workers")
    assert (claim.value, claim.counts, claim.said_by) == (200, "other:rescuers", "Xinhua")


def test_those_who_surrender_are_counted_as_surrendered(nlp: Language) -> None:
    text = (  # fresh161 surrenders-03 (Boko Haram fighters surrendering in Borno)
        "Several commanders and more than a dozen fighters of the militant group Boko Haram have surrendered to the "
        "military in the northeastern Nigerian state of Borno.\n"
    )
    claim = _claim(claims_of(nlp, text), "more than a dozen fighters")
    assert (claim.value, claim.qualifier, claim.counts) == (12, "moreThan", "other:surrendered")


def test_lives_saved_are_the_rescued_not_the_dead(nlp: Language) -> None:
    text = (  # fresh159 deserts-03 (the IOM's search and rescue in the Sahara)
        "The United Nations migration agency in Niger has saved more than 600 lives since April with a new search and "
        "rescue operation targeting migrants stranded in Sahara Desert, but there are 52 who are known not to have "
        "survived.\n"
    )
    assert _claim(claims_of(nlp, text), "600 lives").counts == "other:rescued"


def test_a_line_of_a_breakdown_by_province_counts_what_the_total_counted(nlp: Language) -> None:
    text = (  # fresh161 pardons-05 (Zimbabwe's presidential amnesty of 2023)
        "By-The government has directed the Prisons to release 4 279 prisoners under the latest Presidential "
        "Amnesty.\n\n"
        "The number of inmates to be released per province:\n\n"
        "Harare – 790 (770 males and 20 females)\n\n"
        "Matabeleland North – 231 (230 males and 1 female)\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [
        (4279, "released"),
        (790, "released"),
        (770, "released"),
        (20, "released"),
        (231, "released"),
        (230, "released"),
        (1, "released"),
    ]


def test_a_number_restated_in_digits_in_brackets_is_one_figure(nlp: Language) -> None:
    text = (  # fresh66 southsudan-08 (clashes between the SSPDF and the SPLA-IO)
        "He claimed that nine (9) members of the SSPDF, including a commander, were killed in action, while the "
        "SPLA-IO lost one soldier.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(9, "killed"), (1, "killed")]


def test_a_day_before_a_post_is_no_holder_of_it(nlp: Language) -> None:
    text = (  # fresh160 orphanages-03 (arrests over the Kisimul children's home)
        "On Friday, Lincolnshire police spokesman said: “The number of people arrested is eight and one person has "
        "been interviewed under caution.”\n"
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Lincolnshire police spokesman"}


def test_who_claims_responsibility_for_an_attack_does_not_give_its_toll(nlp: Language) -> None:
    text = (  # fresh158 cinemas-05 (the bombing of the National Theatre in Mogadishu)
        "Al-Shabab rebels have claimed responsibility for an explosion at Somalia’s newly reopened national theatre "
        "in Mogadishu that killed at least four people, including two of the country’s top sports officials.\n"
    )
    assert _claim(claims_of(nlp, text), "four people").said_by == "reporter"


def test_the_tourists_who_were_counted_hurt_include_parts_of_that_count(nlp: Language) -> None:
    text = (  # fresh160 balloons-11 (a balloon crash in Luxor in 2009)
        "Cairo – Sixteen tourists were injured when their hot air balloon crashed in the upper Egyptian city of "
        "Luxor, a security source told the German Press Agency dpa.\n\n"
        "The tourists included nine French, two Americans, two British, a Canadian, a Dane and a South Korean.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(16, "injured"), (9, "injured"), (2, "injured"), (2, "injured")]


def test_captors_and_skaters_are_people(nlp: Language) -> None:
    text = (  # fresh158 cinemas-03 (the Moscow theatre siege)
        "Fifty of the captors were killed – some with a bullet to the head execution-style – officials said three "
        "other gunmen were seized on the scene, and authorities searched the city for attackers and accomplices who "
        "may have escaped.\n"
    )
    claim = _claim(claims_of(nlp, text), "Fifty of the captors")
    assert (claim.value, claim.counts, claim.said_by) == (50, "killed", "officials")
    text = (  # fresh159 icefloes-05 (skaters through the ice of Lake Mälaren)
        "According to Södertälje police, a group of around 100 ice skaters were out on Mälaren, near Stallarholmen, "
        "when the ice gave way. Police said that 12 skaters ended up in the water.\n"
    )
    assert [c.value for c in claims_of(nlp, text)] == [100, 12]


def test_the_83_people_are_the_83_counted_before(nlp: Language) -> None:
    text = (  # fresh159 deserts-04 (migrants abandoned by smugglers in Niger's Agadez region)
        "83 migrants were rescued last Thursday from a remote area in the Sahara Desert in a joint-operation by the "
        "International Organisation for Migration (IOM) and the General Directorate for Civil Protection (DGPC) in "
        "Niger’s northern Agadez region.\n\n"
        "The migrants, who were being transported in four pickup trucks to Libya, were abandoned after the smugglers "
        "spotted military vehicles and fled rather than risk being arrested. The migrants said the smugglers took all "
        "their belongings before fleeing.\n\n"
        "The IOM said that among the 83 people were 42 men and 41 women, with most of them being Nigerians.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [
        (83, "other:rescued"),
        (83, "other:rescued"),
        (42, "other:rescued"),
        (41, "other:rescued"),
    ]
    text = (  # fresh133 witchhunts-09 (the lynching of Akua Denteh in Kafaba): not those its verb labels
        "These are five men and two women. They include the Chief of Kafaba, Seidu Zackaria Yahaya who has since been "
        "granted bail, five persons who are said to have invited and accommodated the priestess, and one woman who "
        "was seen in the viral video abusing the deceased.\n\n"
        "The five persons have been charged with conspiracy to commit murder.\n"
    )
    assert claims_of(nlp, text)[-1].counts == "other:charged"


def test_who_said_after_according_to_is_the_source_just_named(nlp: Language) -> None:
    text = (  # fresh158 hailstorms-07 (storms across Slovenia, Croatia, Bosnia and Serbia in July 2023)
        "The first victim of the storm was a Slovenian citizen, according to police in the Slovenian city of Kranj, "
        "who said a tree fell on him near Lake Bled, while two other Slovenians were injured in the storm.\n"
    )
    claim = _claim(claims_of(nlp, text), "two other Slovenians")
    assert claim.said_by == "police in the Slovenian city of Kranj"


def test_the_state_a_town_is_in_does_not_speak(nlp: Language) -> None:
    text = (  # fresh160 balloons-12 (a powered parachute crashing into a crowd in Hooper, Utah)
        "HOOPER, Utah, Sept. 8 (UPI) -- A motorized parachute dropping candy at a festival crashed into the crowd "
        "injuring at least six, including three children, police in Hooper, Utah, said.\n"
    )
    claims = claims_of(nlp, text)
    assert [c.said_by for c in claims] == ["police in Hooper", "police in Hooper"]
    assert claims[0].via == ["UPI"]
