"""Rules from the session that added fresh190 to fresh193 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from tallygraph.names import same_name

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_tag_after_an_opening_quotation_speaks_for_it(nlp: Language) -> None:
    text = (  # fresh187 suicidebombings-05 (NDTV on the 2015 Burj al-Barajneh bombings)
        "\"I'd just arrived at the shops when the blast went off. I carried four bodies with my own hands, three "
        'women and a man, a friend of mine," one man who gave his name as Zein al-Abideen Khaddam told local '
        "television.\n"
    )
    claims = claims_of(nlp, text)
    four = _claim(claims, "carried four bodies")
    assert (four.said_by, four.counts) == ("Zein al-Abideen Khaddam", "remains-found")  # carried by hand: not aboard
    assert _claim(claims, "three women").said_by == "Zein al-Abideen Khaddam"


def test_one_man_who_tells_is_no_count(nlp: Language) -> None:
    text = (  # fresh187 suicidebombings-05, the tag alone
        '"I carried four bodies with my own hands," one man told local television.\n'
    )
    claim = _claim(claims_of(nlp, text), "four bodies")
    assert (claim.said_by, claim.via) == ("man", ["local television"])
    # "one man was killed" is still a count
    text = "One man was killed and two others were injured when the roof collapsed.\n"
    assert _claim(claims_of(nlp, text), "One man").counts == "killed"


def test_a_participle_describing_the_speaker_read_as_the_main_verb(nlp: Language) -> None:
    text = (  # fresh47 wounded-04 (Taipei Times on the 2004 Yunnan earthquake)
        "An official from the China Seismological Bureau interviewed at the site said about 120,000 people had been "
        "affected by the quake, but gave no details.\n"
    )
    assert _claim(claims_of(nlp, text), "120,000 people").said_by == "China Seismological Bureau"


def test_she_after_a_described_spokesperson_and_a_quotation(nlp: Language) -> None:
    text = (  # fresh167 acid-02 (STV on the 2017 Mangle nightclub attack)
        'An LFB spokesperson said: "The only information that we have is that it was an unknown corrosive '
        'substance thrown within the nightclub.\n\n"It was identified by a PH paper test as a strong acidic '
        'substance."\n\nTwelve people had symptoms thought to have been caused to a corrosive substance, she added.\n'
    )
    assert _claim(claims_of(nlp, text), "Twelve people").said_by == "LFB spokesperson"


def test_an_outlet_described_by_its_country(nlp: Language) -> None:
    text = (  # fresh126 weddings-05 (UPI on the 2008 Deh Bala wedding strike)
        "Local authorities said the 6:30 a.m. bombing in the Deh Bala district, a remote area in eastern Afghanistan "
        "near the Pakistan border, claimed the lives of men, women and children, CNN reported. Another 10 people "
        "were injured, the U.S. network reported.\n"
    )
    assert _claim(claims_of(nlp, text), "10 people").said_by == "CNN"
    # "the rights network" is no outlet
    text = "Reuters reported the raid on Monday. At least 10 people were detained, the rights network said.\n"
    assert _claim(claims_of(nlp, text), "At least 10 people").said_by == "rights network"


def test_all_told_is_no_speaker(nlp: Language) -> None:
    text = (  # fresh149 cruiseships-09 (Arab News on the MS Zaandam)
        "Holland America Line, the operator, said in a statement it \u201ccan confirm that four older guests have "
        "passed away.\u201d\n\nAll told, there are 1,243 guests and 586 crew on board, as well as four doctors and "
        "four nurses, the statement said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "1,243 guests").said_by == "Holland America Line"
    assert _claim(claims, "586 crew").said_by == "Holland America Line"


def test_a_speaker_after_the_dash_that_closes_an_aside(nlp: Language) -> None:
    text = (  # fresh11 protests-06 (Arab News on the 2021 anti-coup rallies in Sudan)
        "At least five of the seven killed were shot -- two in the chest, two in the head, and another in the back "
        "-- the Central Committee of Sudan Doctors said, raising the overall death toll to 110 from protest-related "
        "violence since October.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "At least five").said_by == "Central Committee of Sudan Doctors"
    assert _claim(claims, "death toll to 110").said_by == "Central Committee of Sudan Doctors"


def test_initials_stand_only_for_a_name_in_one_word() -> None:
    assert same_name("AP", "Associated Press", strict=True)
    assert same_name("NDMA", "National Disaster Management Authority", strict=True)
    assert not same_name("state media", "spokesman for the ministry", strict=True)
    assert same_name("state media", "spokesman for the ministry")  # the lenient form the scores use


def test_speakers_seated_before_a_town_the_parser_made_the_subject(nlp: Language) -> None:
    text = (  # fresh192 vaccinators-12 (The Express Tribune on the 2014 attack near Quetta)
        "Medics at Civil hospital, Quetta said two bodies and five injured were brought in of whom two succumbed to "
        "their injuries soon after.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two bodies").said_by == "Medics at Civil hospital"
    assert _claim(claims, "five injured").said_by == "Medics at Civil hospital"
    # an outlet after a name and its place is still the outlet (fresh57 militantclaims-02)
    text = (
        "Boko Haram insurgents have killed three soldiers after raiding military post near the country home of the "
        "Chief of Army Staff, Lt.-Gen. Tukur Buratai, in Borno state, AFP reports.\n"
    )
    assert _claim(claims_of(nlp, text), "three soldiers").said_by != "Tukur Buratai"


def test_a_dateline_with_semicolons_and_its_credit(nlp: Language) -> None:
    text = (  # fresh193 embassies-04 (Pakistan Christian Post, AFP copy, on the 2008 Danish embassy bombing)
        "Suicide blast at Danish embassy in Pakistan kills eight\n\nImage\n\nISLAMABAD; June 2, 2008; (AFP) A suicide "
        "car bombing outside the Danish embassy in the Pakistani capital Islamabad killed at least eight people and "
        "wounded nearly 30 others, state media and officials said Monday.\n"
    )
    claim = _claim(claims_of(nlp, text), "at least eight people")
    assert (claim.said_by, claim.via) == ("state media and officials", ["AFP"])


def test_another_official_is_not_the_one_before(nlp: Language) -> None:
    text = (  # fresh193 embassies-04
        '"It was a suicide attack carried out in a vehicle, apparently targeting the Denmark embassy," a senior '
        "Pakistani security official told AFP on condition of anonymity. Another security official said at least six "
        "had been killed, including two policemen stationed outside the embassy, and 27 others wounded.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at least six").said_by == "another security official"
    assert _claim(claims, "27 others").said_by == "another security official"


def test_a_dateline_place_in_title_case_is_no_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh190 fevers-01 (This Day via allAfrica on Lassa fever in Ondo, 2020)
        "Akure \u2014 Ondo State Government yesterday confirmed that the state this year recorded 84 cases of Lassa "
        "fever while 16 people have been killed by the disease so far this year.\n"
    )
    assert _claim(claims_of(nlp, text), "84 cases").said_by == "Ondo State Government"


def test_an_outlet_or_a_reporter_without_its_owner(nlp: Language) -> None:
    text = (  # fresh193 embassies-01 (Irish Examiner on the 2013 Iranian embassy bombing in Beirut)
        "Hezbollah\u2019s Al-Manar TV said 17 people were killed, while Iran\u2019s Press TV put the death toll at 15.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "17 people").said_by == "Al-Manar TV"
    assert _claim(claims, "at 15").said_by == "Press TV"
    text = (  # fresh192 vaccinators-01 (Al Jazeera on the 2013 Kano attacks)
        "Al Jazeera\u2019s Yvonne Ndege, reporting from Lagos, said that at one centre two people were killed and at "
        "least four people were injured.\n"
    )
    assert _claim(claims_of(nlp, text), "two people").said_by == "Yvonne Ndege"
    # a body named by its owner keeps it (fresh13 migrants-01), and so does a name with a possessive in it
    text = (
        "In 2014, IOM\u2019s Migration Research Unit recorded just over 50 known deaths of migrants travelling on "
        "routes headed towards Northern Africa\u2019s Mediterranean coastline.\n"
    )
    assert _claim(claims_of(nlp, text), "50 known deaths").said_by == "IOM's Migration Research Unit"


def test_an_acronym_tagged_as_a_pronoun_names_the_officials(nlp: Language) -> None:
    text = (  # fresh192 vaccinators-11 (NBC News on the 2013 killings of polio workers)
        "Anti-polio workers started being attacked after a Pakistani doctor, Shakeel Afridi, ran a fake polio "
        "campaign in the city of Abbottabad to help the United States track down Osama bin Laden, according to a "
        "senior health official in Khyber Pakhtunkhwa province, where the latest killings happened.\n\n"
        "WHO officials say 18 people, including health workers and police officers, have been killed and seven others "
        "injured during attacks since July 2012.\n"
    )
    assert _claim(claims_of(nlp, text), "18 people").said_by == "WHO officials"


def test_one_man_after_a_quotation_is_no_count(nlp: Language) -> None:
    text = "\u201cOh God,\u201d one man said in a video posted online, wh\n"  # fresh65 caucasus-08 (NYT, cut off)
    assert claims_of(nlp, text) == []
