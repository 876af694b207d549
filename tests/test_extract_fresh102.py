"""Rules written in the session that brought data/dev/fresh102 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_romanised_given_name_written_small_is_one_token(nlp: Language) -> None:
    doc = nlp(  # fresh93 taiwan-10
        "Speaking at a press briefing, Tsang Shuk-yin, officer in charge of the casualty inquiry unit of the Hong "
        "Kong Police Force, said that as of 4 p.m. local time on Sunday, the death toll from the fire had risen to "
        "146, with 79 people injured."
    )
    assert "Shuk-yin" in [t.text for t in doc]
    claims = claims_of(
        nlp,
        "Speaking at a press briefing, Tsang Shuk-yin, officer in charge of the casualty inquiry unit of the Hong "
        "Kong Police Force, said that as of 4 p.m. local time on Sunday, the death toll from the fire had risen to "
        "146, with 79 people injured.\n",
    )
    assert _claim(claims, "146").said_by == "Tsang Shuk-yin"
    assert _claim(claims, "79 people").said_by == "Tsang Shuk-yin"


def test_a_hyphenated_adjective_stays_apart(nlp: Language) -> None:
    # fresh56 yemen-06: "Saudi-led" is no romanised given name
    doc = nlp(
        "The Saudi-led coalition said it had downed an explosive-laden Houthi drone that was targeting the "
        "presidential palace."
    )
    assert [t.text for t in doc][:4] == ["The", "Saudi", "-", "led"]


def test_a_family_name_the_parser_made_a_subject_is_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh75 japan-07
        "Late Saturday, divers broke a window in the submerged ferry and initially retrieved three bodies, Kim "
        "Kwang-hyun, a coast guard official, said Sunday.\n"
    )
    assert _claim(claims_of(nlp, text), "three bodies").said_by == "Kim Kwang-hyun"


def test_the_recogniser_keeps_a_joined_given_name_in_the_person(nlp: Language) -> None:
    text = (  # fresh83 korea-11
        "Chen Cheng-chi (陳正棋), Central Emergency Operation Center (CEOC) deputy commander and deputy minister of "
        "economic affairs, noted that most rescue efforts are currently focused on Provincial Highway No. 8.\n\n"
        "He added that three vehicles and 42 individuals from the Silks Place Taroko are still unaccounted for, "
        "adding that it is crucial for rescue personnel conducting nighttime operations to prioritize their own "
        "safety.\n"
    )
    assert _claim(claims_of(nlp, text), "42 individuals").said_by == "Chen Cheng-chi"
