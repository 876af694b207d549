"""Rules written in the session that brought data/dev/fresh130 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_he_is_the_person_the_last_sentence_was_about_not_the_place_he_visited(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-12 (Dharali flash flood): the recogniser takes "Dharali" for a person
        "Uttarakhand Chief Minister Pushkar Singh Dhami visited Dharali to assess the situation and oversee ongoing "
        "rescue operations.\n\n"
        "He confirmed that 190 people had been rescued from the affected region so far.\n"
    )
    assert _claim(claims_of(nlp, text), "190 people").said_by == "Pushkar Singh Dhami"


def test_what_an_inquiry_found_it_reports(nlp: Language) -> None:
    text = (  # fresh129 inquests-05 (Gosport War Memorial Hospital)
        "Published today, the Gosport Independent Panel looked into the deaths of patients between 1988 and 2000.\n\n"
        "Gosport MP Caroline Dinenage at Portsmouth Cathedral today\n\n"
        "It found 456 patients died ‘through prescribing and administering opioids without medical justification’.\n"
    )
    assert _claim(claims_of(nlp, text), "456 patients").said_by == "Gosport Independent Panel"


def test_what_an_organisations_investigations_found_it_reports(nlp: Language) -> None:
    text = (  # fresh74 zimbabwe-06 (Malawi protests)
        "Human Rights Watch investigations found that on July 20, Malawi police officers responded with excessive "
        "or unnecessary lethal force against initially peaceful protests in Malawi’s main cities, leaving 19 dead "
        "and scores wounded.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "19 dead").said_by == "Human Rights Watch"
    assert _claim(claims, "scores wounded").said_by == "Human Rights Watch"


def test_finding_is_no_report_when_someone_tells_of_it_or_finds_bodies(nlp: Language) -> None:
    text = (  # fresh16 heatwaves-05 (Ethiopian drought): the ombudsman's head tells what the investigations found
        "Endale Haile, head of the Ethiopian Institution of the Ombudsman, which receives complaints from the "
        "public against government departments, said its investigations found that 351 people had died in the "
        "Tigray region, while another 21 had died in neighbouring Amhara.\n\n"
        # fresh73 thailand-11 (2004 tsunami): rescuers who found the drowned are not the source of the count
        "The hardest hit area was Phang Nga, north of Phuket, where rescue workers found 181 drowned.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "351 people").said_by == "Endale Haile"
    assert _claim(claims, "181 drowned").said_by == "reporter"


def test_what_someone_voices_concern_may_have_happened_is_theirs(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-07 (2025 Khyber Pakhtunkhwa floods)
        "ISLAMABAD: Prime Minister’s Coordinator for Information on Khyber Pakhtunkhwa Affairs, Ikhtiar Wali Khan, "
        "on Sunday, expressed grave concern that as many as 1,000 people may have died in the recent flash floods "
        "in KP.\n"
    )
    assert _claim(claims_of(nlp, text), "as many as 1,000 people").said_by == "Ikhtiar Wali Khan"


def test_a_closing_speaker_with_no_comma_before_it_covers_the_sentence(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-06 (2024 Baghlan floods), which the parser reads as "... and ... said"
        "Flash floods in northern Afghanistan have killed hundreds of people the Taliban authorities said on "
        "Saturday, without giving a more precise figure.\n"
    )
    assert _claim(claims_of(nlp, text), "hundreds of people").said_by == "Taliban authorities"


def test_a_verb_sharing_the_first_verbs_subject_does_not_make_it_the_speaker(nlp: Language) -> None:
    text = (  # fresh62 nigeria-02 (Adamawa): the parser hangs "said" on "killed" with no subject of its own
        "Boko Haram jihadists have killed five people in an attack on a village in Adamawa state, a community "
        "leader and a local resident said on Friday.\n"
    )
    assert _claim(claims_of(nlp, text), "five people").said_by != "Boko Haram jihadists"


def test_officials_at_first_reporting_a_toll_report_it(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-06
        "The province of Baghlan bore the brunt of the deluges on Friday with officials at first reporting at "
        "least 50 people dead and properties destroyed in multiple districts.\n"
    )
    assert _claim(claims_of(nlp, text), "at least 50 people").said_by == "officials"


def test_a_sapa_joint_credit_is_one_relay_and_other_joint_credits_two(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-09 (2002 Kolka glacier collapse), closed by the South African wire's credit
        "Rescue workers have been able to recover only nine bodies among the more than 100 people missing in the "
        "wake of a huge avalanche in the Russian Caucasus, the emergencies ministry said on Tuesday.\n\n"
        "The avalanche broke off from a 150-metre thick glacier, which lies at an altitude of more than 2 500 "
        "metres between the Caucasian peaks of Mount Kazbek (5,033 metres) and Mount Elbrus (5,633 metres). "
        "– Sapa-AFP\n"
    )
    assert _claim(claims_of(nlp, text), "nine bodies").via == ["Sapa-AFP"]
    text = (  # fresh123 cattleraids-01: the Ghana News Agency carrying dpa's story, as the gold reads it
        "Juba, Apr. 2, (dpa/GNA) – At least 24 people were killed in armed attacks by cattle thieves on two "
        "villages in South Sudan on Monday, according to the authorities.\n"
    )
    assert _claim(claims_of(nlp, text), "24 people").via == ["GNA", "dpa"]
