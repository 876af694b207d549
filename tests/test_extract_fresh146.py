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
