"""Rules from the session that added fresh206 to fresh209 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_statement_closing_over_another_relays_it(nlp: Language) -> None:
    text = (  # fresh95 northkorea-02 (on the 2010 shelling of Yeonpyeong)
        "Two civilians were found dead Wednesday on a front-line South Korean island devastated by a North Korean "
        "artillery attack, the first civilian deaths recorded from the bombing, the coast guard said, Yonhap "
        "reported.\n"
    )
    claim = _claim(claims_of(nlp, text), "Two civilians")
    assert (claim.said_by, claim.via) == ("coast guard", ["Yonhap"])
    text = (  # fresh24 blasts-03 (on the 2025 Shahid Rajaee port explosion): "reported" hung on "said"
        "Iran's Minister of Interior Eskandar Momeni said six people remain missing as firefighters continue to work "
        "to extinguish the blaze, despite challenges posed by high winds, Iranian media reported.\n"
    )
    claim = _claim(claims_of(nlp, text), "six people")
    assert (claim.said_by, claim.via) == ("Eskandar Momeni", ["Iranian media"])


def test_statements_side_by_side_or_nested_stay_apart(nlp: Language) -> None:
    text = (  # fresh77 westafrica-05 (on protests in Guinea): the later speaker stands beside the first
        "Doctors initially said police had shot dead one teen, but on Friday, the opposition and hospital sources "
        "said three people died.\n"
    )
    claim = _claim(claims_of(nlp, text), "three people")
    assert (claim.said_by, claim.via) == ("opposition and hospital sources", [])
    text = (  # fresh17 clashes-02: a toll inside what the agency added
        "News agency PTI quoted unidentified officials as saying 54 people had been killed. PTI added that "
        "“unofficially, sources placed the death toll at over a hundred”.\n"
    )
    claim = _claim(claims_of(nlp, text), "over a hundred")
    assert (claim.said_by, claim.via) == ("sources", ["PTI"])


def test_according_to_closing_a_statement_relays_it(nlp: Language) -> None:
    text = (  # fresh140 garmentfactories-06 (on a 2012 garment factory fire in Karachi)
        "One government official at the scene said 25 people had died, 17 women and eight men, all aged between 20 "
        "and 40, according to a local journalist contacted by AFP.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("25 people", "17 women", "eight men"):
        claim = _claim(claims, quote)
        assert (claim.said_by, claim.via) == ("government official at the scene", ["local journalist"])
    text = (  # fresh111 westafrica-02: an "according to" that opens what was said is inside it
        "Togo's security minister General Damehame Yark on Wednesday evening said that \"according to well-informed "
        'sources, there were about 15 dead in the group of attackers".\n'
    )
    claim = _claim(claims_of(nlp, text), "15 dead")
    assert (claim.said_by, claim.via) == ("well-informed sources", ["Damehame Yark"])
    text = (  # fresh16 heatwaves-04 (on the 2015 Karachi heatwave): not a journalist, so their own account
        "Edhi Foundation head Faisal Edhi said 114 bodies were brought to the foundation's morgues in the Korangi "
        "and Sohrab Goth areas of the city of Karachi throughout the past three days, including 65 deaths due to "
        "heatstroke, according to family members.\n"
    )
    assert _claim(claims_of(nlp, text), "including 65 deaths").said_by == "family members"


def test_a_clause_joined_with_its_own_subject_does_not_say_what_the_first_count_is(nlp: Language) -> None:
    text = (  # fresh207 zoonoses-07 (on bird flu in Indonesia, 2006)
        "In North Sumatra, eight members of a single family were infected and six of them have since died.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "eight members").counts == "other:infected"
    assert _claim(claims, "six of them").counts == "killed"


def test_the_office_of_the_person_named_before(nlp: Language) -> None:
    text = (  # fresh206 jademines-05 (AP on the 2024 Bone Bolango landslide)
        "More than 100 villagers were digging for grains of gold on Sunday in the remote and hilly village of Bone "
        "Bolango when tons of mud plunged down the surrounding hills and buried their makeshift camps, said "
        "Heriyanto, head of the provincial Search and Rescue Office.\n\n"
        "According to his office, 66 villagers managed to escape from the landslide, 23 were pulled out alive by "
        "rescuers, including 18 with injuries, and 23 bodies were recovered.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("66 villagers", "23 bodies"):
        assert _claim(claims, quote).said_by == "Search and Rescue Office"


def test_eliminated_and_saved(nlp: Language) -> None:
    text = (  # fresh186 securityops-07 (AFP on an attack in the Sinai, 2017)
        'CAIRO: Egypt’s army said on Saturday seven suspected Jihadists were "eliminated" and 15 soldiers killed '
        "or wounded in an attack in the Sinai Peninsula.\n"
    )
    assert _claim(claims_of(nlp, text), "seven suspected Jihadists").counts == "killed"
    text = (  # fresh87 uk-08 (on the 2015 capsizing off Dunkirk)
        "Fifteen people had been saved so far, and rescue and search operations were still under way, according to "
        "the regional administration for the Nord region.\n"
    )
    assert _claim(claims_of(nlp, text), "Fifteen people").counts == "other:rescued"
    # each word alone says it, with no other clause beside it
    text = "Seven suspected jihadists were eliminated on Saturday. Fifteen people had been saved so far.\n"
    claims = claims_of(nlp, text)
    assert (_claim(claims, "Seven").counts, _claim(claims, "Fifteen").counts) == ("killed", "other:rescued")
