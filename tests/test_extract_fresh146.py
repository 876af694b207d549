"""Rules from the sets of the session that added fresh146 to fresh149 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_toll_established_by_someone_is_theirs_down_to_its_parts(nlp: Language) -> None:
    text = (  # fresh121 senegambia-01 (a pirogue capsized off Saint-Louis)
        "The Senegalese government announced on Friday that the death toll had risen again, to 14 and four injured, "
        "following the capsizing of a pirogue on Wednesday in Saint-Louis (north), on the migratory route linking "
        "the country to the Spanish archipelago of the Canaries.\n\n"
        "A previous death toll established on Thursday by Interior Minister Antoine Felix Abdoulaye Diome, during a "
        "visit to Saint-Louis the same day, had been eight dead and four injured.\n"
    )
    claims = claims_of(nlp, text)
    # (the participle "injured" describes the counted; it opens no clause of its own)
    assert "Antoine Felix Abdoulaye Diome" in _claim(claims, "eight dead").said_by
    second = [c for c in claims if c.quote == "four injured"][-1]
    assert "Antoine Felix Abdoulaye Diome" in second.said_by


def test_bare_reports_that_indicate_are_the_source_as_reports_that_say_are(nlp: Language) -> None:
    text = (  # fresh124 balochistan-07 (a mosque bombing in Peshawar)
        "Reports indicated that a bomber had blown himself up in the mosque on Monday, killing over 60 persons and "
        "leaving 150 people injured.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "over 60 persons").said_by == "Reports"
    assert _claim(claims, "150 people").said_by == "Reports"
    text = (  # fresh70 kenya-12 (protest deaths around Nairobi)
        "Reports indicate that three people died in Ngong, one in Kitengela, one in Nyandarua, one in Mbeere and a "
        "14-year-old succumbing to bullet wounds in Nairobi.\n"
    )
    assert _claim(claims_of(nlp, text), "three people").said_by == "Reports"


def test_reports_with_a_time_word_still_need_whose_they_are(nlp: Language) -> None:
    text = (  # fresh125 ghanatogo-10 (African Parks on an attack in Benin's W National Park)
        "Initial reports indicate that five rangers and one member of the Benin Armed Forces (FAB) have been "
        "killed, with 10 more injured.\n"
    )
    assert _claim(claims_of(nlp, text), "five rangers").said_by == "reporter"


def test_a_dateline_of_two_places_without_its_dash_credits_the_wire(nlp: Language) -> None:
    text = (  # fresh127 cloudbursts-04 (newsdrum, PTI copy on the Kishtwar cloudburst)
        "Kishtwar/Jammu, Aug 15 (PTI) Braving intermittent rains, rescuers intensified their search for survivors "
        "in a cloudburst-hit village in Jammu and Kashmir's Kishtwar district on Friday, even as Chief minister "
        "Omar Abdullah put the death toll in the tragic incident at 60, with an unspecified number of people still "
        "trapped.\n\n"
        "Thirty bodies have been identified and handed over to the victims' families.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at 60").via == ["PTI"]
    assert _claim(claims, "Thirty bodies").via == ["PTI"]


def test_reports_that_have_shown_a_finding_are_no_source(nlp: Language) -> None:
    text = (  # fresh128 militarytraining-04 (training deaths in the US military)
        "Reports have shown that training exercises are actually more deadly for US military personnel than combat. "
        "That startling fact was highlighted after a training incident that occurred at Fort Stewart in southern "
        "Georgia in 2019. Three soldiers died after the\n"  # (where the stored page's excerpt stops)
    )
    assert _claim(claims_of(nlp, text), "Three soldiers").said_by == "reporter"


def test_an_unnamed_post_is_not_the_person_the_text_named_with_another_post(nlp: Language) -> None:
    text = (  # fresh147 stadiums-02 (Chicago Tribune on the Ellis Park crush)
        "\"We're stunned, we're shocked and we're sending our condolences to those families,\" Sport Minister "
        'Ngconde Balfour said. "Whatever will need to be done we\'ll do."\n\n'
        "Police Supt. Chris Wilken said at the stadium that the confirmed toll was 43. A police spokeswoman said 14 "
        "people had been killed in the crush outside the stadium and 33 more had died inside the stairways. Balfour "
        "said between 47 and 50 people had been killed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "14 people").said_by == "police spokeswoman"
    assert _claim(claims, "33 more").said_by == "police spokeswoman"
    assert _claim(claims, "between 47 and 50").said_by == "Ngconde Balfour"


def test_a_quotation_closes_at_its_first_closing_mark(nlp: Language) -> None:
    text = (  # fresh147 stadiums-10 (Reuters on the Monrovia stadium crush)
        "“Eight persons died. Some of them died while trying to enter the gates. There were scuffles at some of "
        "these gates,” Paul Mulbah, a member of the national mobilisation committee for Liberia’s “Lone Stars” "
        "national team, told Reuters.\n"
    )
    # (the team's name in quotation marks after the speaker's name opens no quotation of its own)
    eight = _claim(claims_of(nlp, text), "Eight persons")
    assert (eight.said_by, eight.via) == ("Paul Mulbah", ["Reuters"])


def test_those_held_are_counted_by_what_their_own_verb_says(nlp: Language) -> None:
    text = (  # fresh146 hungerstrikes-08 (Al Jazeera, AFP copy on the Nauru hunger strike)
        "Eighteen asylum seekers being held by Australia on the Pacific island of Nauru have been taken to hospital "
        "as their hunger strike entered its nineteenth day.\n"
    )
    assert _claim(claims_of(nlp, text), "Eighteen asylum seekers").counts == "other:hospitalised"


def test_sent_back_in_what_is_not_troops_sent_in(nlp: Language) -> None:
    text = (  # fresh146 hungerstrikes-01 (Jerusalem Post on Palestinian hunger strikers)
        "On May 8, about two weeks after the strike began, around 300 Palestinian security prisoners sent back their "
        "meals in what IPS officials said was a one-day act of solidarity.\n"
    )
    assert _claim(claims_of(nlp, text), "around 300").counts != "troops-deployed"


def test_a_given_name_opening_the_sentence_belongs_to_the_name(nlp: Language) -> None:
    text = (  # fresh148 farmerherder-10 (TRT World on Tiri, Central African Republic)
        "Francois Dieudonne Bata Wapi Yepi, the regional prefect, said the Chadian herders went on the rampage in "
        "reprisal, killing 14 people including women and children, torching 66 homes as well as granaries.\n"
    )
    assert _claim(claims_of(nlp, text), "killing 14 people").said_by == "Francois Dieudonne Bata Wapi Yepi"


def test_the_name_after_a_post_with_its_acronym_is_the_holder(nlp: Language) -> None:
    text = (  # fresh148 farmerherder-11 (The Bhopal News on a shooting over cow grazing in Datia)
        "Citing the initial investigation, Datia Superintendent of Police (SP) Pradeep Sharma said there was an "
        "altercation between one Prakash Dangi and Preetam Pal over the grazing of domestic animals three days ago."
        "\n\n"
        "Members of the two communities once again faced off on Wednesday morning and engaged in a shootout, which "
        "left five dead and eight grievously injured, he said.\n"
    )
    # (not "Datia Superintendent", the post the recogniser took for a name; whether the investigation he cites
    # speaks on through him is another question)
    five = _claim(claims_of(nlp, text), "five dead")
    assert "Pradeep Sharma" in (five.said_by, *five.via)
    assert "Datia Superintendent" not in (five.said_by, *five.via)


def test_a_dateline_credit_with_its_date_after_a_slash(nlp: Language) -> None:
    text = (  # fresh147 jailbreaks-11 (MindaNews on the North Cotabato jail raid)
        "DAVAO  CITY (MindaNews/ 04 January) — At least 158 inmates at the North Cotabato District Jail in Amas "
        "escaped when at least a hundred armed men clad in black suits and military uniform stormed the jail at "
        "around 12:30 a.m. Wednesday, killing a jail guard and later in the pursuit operations, a barangay kagawad "
        "allegedly mistaken to be the leader of the armed group, the Notre Dame Broadcasting Corporation’s Radyo Bida "
        "reported.\n"
    )
    assert _claim(claims_of(nlp, text), "At least 158 inmates").via == ["MindaNews"]
