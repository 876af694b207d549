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


def test_what_is_said_to_be_so_is_nobody_s_account(nlp: Language) -> None:
    text = (  # fresh152 schoolbuses-02 (a train hit a school bus at Masaipet)
        "Such was the impact that the train dragged the bus, said to be carrying around 40 children, 50 metres "
        "before coming to a halt. Thirteen of the kids died on the spot and the others in hospitals.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "40 children").said_by == "reporter"
    assert _claim(claims, "Thirteen of the kids").said_by == "reporter"
    text = (  # fresh151 highrises-05 (the Campanar fire in Valencia)
        "The city's mayor, María José Catalá, revealed that 105 people have already been relocated to hotels. As "
        "for the injured, 15 were attended to, with four discharged on Friday morning. Currently, only two "
        "firefighters remain hospitalised, both reported to be in stable condition.\n"
    )
    assert _claim(claims_of(nlp, text), "two firefighters").said_by == "María José Catalá"


def test_he_who_closes_a_quotation_is_the_officer_described_before(nlp: Language) -> None:
    text = (  # fresh153 foodlines-09 (PTI on the free-flour centres in Punjab)
        '"Four elderly people died and several fainted in a bid to collect free wheat flour in Multan, '
        'Muzaffargarh and Faisalabad cities during the last few days," a Punjab government senior officer told '
        "PTI.\n\n"
        "He said the incidents occurred due to the huge rush of people and lack of facilities at the distribution "
        'points set up by the government to distribute free flour among the citizens. "Two of them died due to '
        'stampede and the other two died after getting exhausted while standing in queue for long hours," he said.\n'
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Two of them").said_by == "Punjab government senior officer"
