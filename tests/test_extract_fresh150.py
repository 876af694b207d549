"""Rules from the sets of the session that added fresh150 to fresh153 (and rules written on older sets before
they arrived), each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_people_named_for_their_country_are_counted_whatever_the_tagger_took_them_for(nlp: Language) -> None:
    text = (  # fresh10 wildfires-02 (climbers caught on Mont Blanc)
        "Four more climbers - believed to be two Britons and two Spaniards - were still missing, officials said.\n"
    )
    britons = _claim(claims_of(nlp, text), "two Britons")
    assert (britons.value, britons.counts, britons.said_by) == (2, "missing", "officials")
    text = (  # fresh95 malaysia-11 (the Little India riot in Singapore)
        "Besides the Indians, two Bangladeshis and one Singapore permanent resident, whose origin was not known, "
        "were also arrested for last night’s rioting following a road accident that killed an Indian worker.\n"
    )
    assert _claim(claims_of(nlp, text), "two Bangladeshis").value == 2
    text = (  # fresh51 riots-11 (the Urumqi riots)
        "The latest figure included 46 Uighurs, the largely Muslim people of Xinjiang who share cultural bonds "
        "with Central Asian peoples.\n"
    )
    assert _claim(claims_of(nlp, text), "46 Uighurs").value == 46


def test_speakers_the_parser_hung_on_the_place_before_them_still_speak(nlp: Language) -> None:
    text = (  # fresh62 nigeria-02 (a Boko Haram attack in Adamawa)
        "Boko Haram jihadists have killed five people in an attack on a village in Adamawa state, a community "
        "leader and a local resident said on Friday.\n"
    )
    assert "community leader" in _claim(claims_of(nlp, text), "five people").said_by
