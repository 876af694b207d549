"""Rules from the session that added fresh214 to fresh217, written on older sets before those arrived, each on a
real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_title_before_a_given_name_is_the_person_named_in_full(nlp: Language) -> None:
    text = (  # fresh213 illegalfishing-06 (on Thai fishing boats seized by Myanmar, 2014): Thai names by given name
        "Two of 15 Thai fishing vessels in the area were fired at after they were found operating between 4 and 5.7 "
        "nautical miles inside Myanmar waters, ministry spokesperson Thanatip Sawangsang said in a statement.\n\n"
        "Three fishermen jumped into the water, one of whom drowned while two were rescued by the Thai navy, Col "
        "Thanatip said.\n\n"
        "Vice Admiral Suwat Donsakul, a commander in the 3rd Naval Area, said earlier that “31 people were taken into "
        "Myanmar”, without specifying who had detained them.\n\n"
        "Vice Adm Suwat said the 31 crew — four Thais and 27 Burmese — were believed to have been taken to Yan Cheuk "
        "Island in Myanmar.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two were rescued").said_by == "Thanatip Sawangsang"
    assert _claim(claims, "27 Burmese").said_by == "Suwat Donsakul"


def test_the_members_a_coalition_includes_are_not_its_name(nlp: Language) -> None:
    text = (  # fresh211 teargas-05 (on protests in Kenya, 2024)
        "Police also arrested at least 17 protesters in the capital Nairobi, according to a coalition of human rights "
        "groups, including Article 19.\n"
    )
    assert _claim(claims_of(nlp, text), "17 protesters").said_by == "coalition of human rights groups"


def test_a_titled_name_the_parser_set_beside_the_post(nlp: Language) -> None:
    text = (  # fresh212 pesticides-07 (on a pesticide poisoning at a school in Penang): "chairman S Veerapan" was
        # made the apposition of the post's first word
        "State Health, Environment, Cooperative and Consumer Affairs Committee chairman S Veerapan, said the incident "
        "involved 24 students. Thirteen were referred to PDH and all were reported to be in stable condition.\n"
    )
    assert _claim(claims_of(nlp, text), "24 students").said_by == "S Veerapan"


def test_a_body_described_again_with_the_same_noun(nlp: Language) -> None:
    text = (  # fresh213 silicosis-11 (on asbestos deaths in Quebec)
        "The 1,107 deaths were confirmed by the province’s workers’ safety agency, CNESST, before the inquiry by "
        "Bureau des Audiences Publiques sur L’environnement (BAPE), in December 2019.\n\n"
        "The Quebec government agency confirmed an annual average of 250 diagnoses of asbestos-related illnesses and "
        "120 deaths from on-the-job asbestos exposure.\n"
    )
    assert _claim(claims_of(nlp, text), "120 deaths").said_by == "CNESST"


def test_a_maker_named_after_what_it_makes(nlp: Language) -> None:
    text = (  # fresh213 silicosis-08 (on asbestos deaths at Kubota, 2005)
        "Japanese industrial equipment maker Kubota said 79 employees, mostly plant workers, died over a decades-long "
        "period of a type of cancer likely caused by the company’s production of asbestos products.\n"
    )
    assert _claim(claims_of(nlp, text), "79 employees").said_by == "Kubota"


def test_initials_of_a_description_are_not_the_body_it_describes(nlp: Language) -> None:
    text = (  # fresh204 politicalprisoners-09 (on arrests in Venezuela, 2024): "the organization" is Foro Penal
        "The non-governmental organization (NGO) Foro Penal confirmed a total of 1,674 political prisoners in "
        "Venezuela, the highest number reported in the country during the 21st century, according to a report they "
        "offered on Friday, August 23.\n\n"
        "In this regard, the organization reported that 1,503 arrests had been confirmed as of August 18.\n"
    )
    assert _claim(claims_of(nlp, text), "1,503 arrests").said_by == "Foro Penal"


def test_an_outlet_informed_relays_what_it_was_told(nlp: Language) -> None:
    text = (  # fresh118 overdoses-08 (on methanol poisonings in Irkutsk, 2016)
        "The number of people in eastern Siberia’s Irkutsk who have died of poisoning after consuming a bath lotion "
        "that, according to preliminary data, contained methanol, has reached 25, a source in the regional "
        "Investigative Committee informed TASS on Dec. 19.\n"
    )
    claim = _claim(claims_of(nlp, text), "has reached 25")
    assert (claim.said_by, claim.via) == ("Investigative Committee", ["TASS"])


def test_a_source_line_naming_outlets_and_their_language(nlp: Language) -> None:
    text = (  # fresh208 hazing-11 (Mexico News Daily, on a hazing death in Durango, 2022): the page's closing line
        "School hazing ceremony suspected in death of Durango student\n\n"
        "A 19-year-old student died early this morning in Durango after a suspected hazing at a rural teacher "
        "training college.\n\n"
        "One student died and two others were left with kidney damage after a hazing at the Mactumactzá college in "
        "Tuxtla Gutiérrez, Chiapas, July 21.\n\n"
        "Source: La Crónica (sp), La Prensa (sp)\n"
    )
    assert _claim(claims_of(nlp, text), "two others").via == ["La Crónica", "La Prensa"]


def test_a_portfolio_before_a_body_is_no_title_before_a_given_name(nlp: Language) -> None:
    text = (  # fresh152 grenades-11 (on the Kyiv grenade attack, 2015): the recogniser's "Ministry Arsen Avakov"
        "Interior Ministry Arsen Avakov earlier confirmed that a second member of the security force, Dmitry "
        "Slastikov, had died on September 1.\n\n"
        "Investigators have summoned nearly 30 people for questioning, including Svoboda leader Oleh Tyahnybok, in "
        "connection with the clashes, the Interior Ministry said on September 1.\n"
    )
    assert _claim(claims_of(nlp, text), "nearly 30 people").said_by == "Interior Ministry"


def test_news_informed_to_someone_is_no_outlet(nlp: Language) -> None:
    text = (  # fresh126 weddings-02 (on a wedding in Malaysia): "the sad news" is what was told, to the guests
        "Mr Mas’ut had to inform the sad news to the 2,000 guests invited to the wedding.\n"
    )
    assert _claim(claims_of(nlp, text), "2,000 guests").via == []
