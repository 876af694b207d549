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
