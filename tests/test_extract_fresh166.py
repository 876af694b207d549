"""Rules from the sets of the session that added fresh166 to fresh169 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_group_named_in_apposition_notes_what_it_counted(nlp: Language) -> None:
    text = (  # fresh161 pardons-08 (pardons in Belarus)
        "Human rights group Viasna noted at least 11 others were also released under pardons issued by Lukashenko "
        "on Aug. 16, with 18 more freed in early July.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at least 11 others").said_by == "Viasna"
    assert _claim(claims, "18 more freed").said_by == "Viasna"


def test_the_group_or_it_noted_is_the_body_named_before(nlp: Language) -> None:
    text = (  # fresh58 syria-02 (the Syrian coast killings of March 2025), shortened
        "The Syrian Observatory for Human Rights said on March 12 that an additional 158 civilians had been "
        "murdered on the Syrian coast.\n\n"
        "The group noted in previous reports that an additional 231 security personnel and 250 rebels had also "
        "been killed in the escalation.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "231 security personnel").said_by == "Syrian Observatory for Human Rights"
    assert _claim(claims, "250 rebels").said_by == "Syrian Observatory for Human Rights"
    text = (  # fresh111 balkans-10 (identifications of Croatian Serbs), shortened
        "The Serbian Missing Persons Commission said the remains of 12 people were handed over on Monday.\n\n"
        "It noted that the remains of more than 1,400 Croatian Serbs killed during the war have been identified "
        "after exhumation from individual and mass graves.\n"
    )
    assert _claim(claims_of(nlp, text), "1,400 Croatian Serbs").said_by == "Serbian Missing Persons Commission"


def test_a_nameless_subject_of_noted_is_still_nobody(nlp: Language) -> None:
    text = "It is also noted that at least one hospital employee is among the 12 victims.\n"  # fresh37 hospitals-03
    assert _claim(claims_of(nlp, text), "12 victims").said_by == "reporter"


def test_one_worker_who_says_a_count_is_its_source(nlp: Language) -> None:
    text = "One construction worker said 280 men had been on the site.\n"  # fresh163 construction-01 (Nairobi)
    assert _claim(claims_of(nlp, text), "280 men").said_by == "construction worker"


def test_one_person_counted_is_not_a_speaker(nlp: Language) -> None:
    text = (  # fresh93 taiwan-06 (Typhoon Morakot)
        "According to the CEOC statistics released on Friday, there was also one person reported missing and 866 "
        "injured during and after the typhoon's passing through Taiwan.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "866 injured").said_by == "CEOC"
    assert _claim(claims, "866 injured").via == []
    text = (  # fresh164 rafting-05 (Lago Maggiore), a caption
        "In this image released by the Italian firefighters a helicopter searches for missing after a tourist boat "
        "capsized, with at least one person confirmed dead. Authorities were searching for several people who were "
        "still missing after a sudden whirlwind overturned a boat carrying more than 20 tourists and crew.\n"
    )
    assert _claim(claims_of(nlp, text), "20 tourists").said_by == "reporter"


def test_a_bare_number_that_survived_is_counted(nlp: Language) -> None:
    text = "Six people are unaccounted for and 14 survived, Stone Country Sheriff Doug Rader indicated.\n"
    claim = _claim(claims_of(nlp, text), "14 survived")  # fresh164 rafting-12 (Table Rock Lake)
    assert (claim.value, claim.counts) == (14, "other:survived")
    text = (  # fresh162 caves-08 (the Lele cave in West Java), its speaker named before
        '"Another three came in to rescue them as the bad weather arrived. They were all trapped but only five '
        'managed to survive."\n'
    )
    assert _claim(claims_of(nlp, text), "five").counts == "other:survived"


def test_those_who_did_not_survive_are_the_dead(nlp: Language) -> None:
    text = (  # fresh159 deserts-03 (IOM rescues in the Sahara)
        "The United Nations migration agency in Niger has saved more than 600 lives since April with a new search and "
        "rescue operation targeting migrants stranded in Sahara Desert, but there are 52 who are known not to have "
        "survived.\n"
    )
    assert _claim(claims_of(nlp, text), "52").counts == "killed"


def test_a_part_of_the_survivors_in_hospital_is_in_care(nlp: Language) -> None:
    text = (  # fresh156 carehomes-09 (a care home fire)
        "Police confirmed eight people, found at the scene of the fire, died. About 20 survived, 11 of whom are in "
        "hospital, and about 30 are missing.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "About 20").counts == "other:survived"
    assert _claim(claims, "11 of whom").counts == "other:hospitalised"


def test_those_police_arrest_are_counted_as_arrested(nlp: Language) -> None:
    text = (  # fresh166 gunfire-02 (celebratory gunfire in Lebanon)
        "The ISF said they had arrested 34 individuals for firing arms in the air on New Year’s Eve, as documented on "
        "video and in pictures widely shared on social media.\n"
    )
    claim = _claim(claims_of(nlp, text), "34 individuals")
    assert (claim.counts, claim.said_by) == ("other:arrested", "ISF")


def test_those_abducted_are_still_captured(nlp: Language) -> None:
    text = (  # fresh160 orphanages-12 (a kidnapping in Haiti)
        "She was among eight people abducted from the orphanage on the afternoon of August 3, during an invasion by "
        "armed men, believed to be members of a gang.\n"
    )
    assert _claim(claims_of(nlp, text), "eight people").counts == "captured"


def test_a_closing_verb_the_tagger_read_as_a_noun_covers_the_sentence(nlp: Language) -> None:
    text = (  # fresh166 rammings-01 (the Waukesha Christmas parade)
        "CHICAGO (CBS) — Five people were killed and more than 40 people were injured during the Waukesha Christmas "
        "Parade after a vehicle plowed into the parade route Sunday, police confirm.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Five people").said_by == "police"
    assert _claim(claims, "more than 40 people").said_by == "police"
    assert _claim(claims, "more than 40 people").via == ["CBS"]


def test_a_place_name_ending_in_states_is_no_closing_verb(nlp: Language) -> None:
    text = (  # fresh162 caves-05 (the Mollie Kathleen Gold Mine)
        "One person has died, and 23 others have been rescued after an elevator malfunction at the Mollie Kathleen "
        "Gold Mine, a tourist attraction in Cripple Creek, Colorado, United states.\n"
    )
    assert _claim(claims_of(nlp, text), "23 others").said_by == "reporter"


def test_what_is_conceded_before_a_statement_is_not_in_it(nlp: Language) -> None:
    text = (  # fresh166 rammings-04 (Liverpool's title parade)
        "While nearly 50 people were injured — including four children — authorities have confirmed the incident "
        "took place after roads had reopened and that the club’s involvement in the day’s events had formally "
        "ended.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "nearly 50 people").said_by == "reporter"
    assert _claim(claims, "four children").said_by == "reporter"
