"""Rules from the session that added fresh230 onwards, written on older sets before those arrived, each on a real
sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_it_added_is_the_speaker_an_outlet_passed_on_not_the_outlet(nlp: Language) -> None:
    text = (  # fresh52 navalincidents-04 (theinsightpost.com, on the sinking of the Moskva, 2022)
        "One crew member died and 27 are missing after Russia’s guided-missile cruiser, the Moskva, sank last week "
        "in the Black Sea, the Russian Ministry of Defense said Friday, according to Russian state media TASS.\n"
        "It added that the remaining 396 crew members were evacuated from the Moskva cruiser to nearby Black Sea "
        "fleet ships and sent to Sevastopol, a city in Crimea.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("27 are missing", "396 crew members"):
        claim = _claim(claims, quote)
        assert (claim.said_by, claim.via) == ("Russian Ministry of Defense", ["TASS"])


def test_what_a_jury_or_a_coroner_concluded_is_theirs(nlp: Language) -> None:
    text = (  # fresh94 benelux-08 (The Independent, on the Stardust inquests, 2024)
        "All 48 people who died in a nightclub fire in Dublin 43 years ago were unlawfully killed, a jury has "
        "concluded.\n"
    )
    assert _claim(claims_of(nlp, text), "48 people").said_by == "jury"
    text = (  # fresh104 ireland-03 (RTÉ, on the Ballymurphy inquests, 2021)
        "A coroner has concluded that all of the ten people who were shot and killed in Ballymurphy in west Belfast "
        'almost 50 years ago were "entirely innocent" and that their deaths were unjustified.\n'
    )
    assert _claim(claims_of(nlp, text), "ten people").said_by == "coroner"


def test_a_court_that_finds_someone_guilty_gives_no_figure_of_its_own(nlp: Language) -> None:
    text = "The court found 15 persons guilty of the murder.\n"  # (the counter-case: a verdict, not a finding)
    assert _claim(claims_of(nlp, text), "15 persons").said_by == "reporter"


def test_who_boasted_of_killing_claims_the_figure(nlp: Language) -> None:
    text = (  # fresh61 mozambique-07 (Barnabas Aid, on Islamic State in northern Mozambique, 2024)
        "Islamists have boasted of killing ten Christians in a series of attacks waged over two weeks against "
        "Christian villages in northern Mozambique.\n"
    )
    assert _claim(claims_of(nlp, text), "ten Christians").said_by == "Islamists"


def test_an_outlet_credited_in_the_present_tense_speaks_for_its_own_first_figures(nlp: Language) -> None:
    text = (  # fresh182 levelcrossings-03 (Malaysia Now, on a train and bus crash in Thailand, 2020)
        "The bus passengers were going to a ceremony to offer yellow robes to Buddhist monks.\n\n"
        "Staff Writers\n\n"
        "A train collided with a bus in central Thailand on Sunday morning, killing at least 18 people and injuring "
        "more than 40, AFP reports.\n\n"
        "Dozens of injured passengers were rushed to nearby medical facilities for treatment.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("18 people", "more than 40"):
        assert (_claim(claims, quote).said_by, _claim(claims, quote).via) == ("AFP", [])
    # the rest of the article is still the outlet's report, relayed
    assert (_claim(claims, "Dozens").said_by, _claim(claims, "Dozens").via) == ("reporter", ["AFP"])


def test_a_toll_given_by_a_body_is_the_bodys(nlp: Language) -> None:
    text = (  # fresh141 festivals-02 (Daily Nation, on the Love Parade stampede, 2010)
        "Another 340 people were injured in the mass panic to get to the Love Parade dance party in the western "
        "city of Duisburg that drew about 1.4 million partygoers from across the world, according to a new mounting "
        "toll given by police.\n"
    )
    claim = _claim(claims_of(nlp, text), "340 people")
    assert (claim.said_by, claim.via) == ("police", [])


def test_an_inverted_outlet_named_with_what_it_is(nlp: Language) -> None:
    text = (  # fresh209 wallcollapses-04 (24 News HD, on roof collapses in Khyber Pakhtunkhwa, 2024)
        "Five children died while several others were seriously injured in a number of incidents of roof collapses "
        "amid heavy rain in several cities across Khyber Pakhtunkhwa on Saturday, reported 24NewsHD TV channel.\n"
    )
    assert _claim(claims_of(nlp, text), "Five children").said_by == "24NewsHD TV channel"
    text = "Five children died in roof collapses on Saturday, reported a local newspaper.\n"  # (no name: no source)
    assert _claim(claims_of(nlp, text), "Five children").said_by == "reporter"


def test_those_left_in_critical_condition_or_fighting_for_their_lives_are_hurt(nlp: Language) -> None:
    text = (  # fresh19 airstrikes-06 (on an Israeli strike in Deir al-Balah)
        "Ashraf al-Qudra, spokesman for the Hamas-run health ministry, said the strike had initially killed one man "
        "and left three others in critical condition, but one of the wounded died shortly afterwards.\n"
    )
    assert _claim(claims_of(nlp, text), "three others").counts == "injured"
    text = (  # fresh180 lorries-09 (on the San Antonio trailer, 2017)
        "Authorities called to a Walmart parking lot found eight people dead and 20 others in dire condition in the "
        "back of a sweltering tractor-trailer, victims of what police said Sunday was an immigrant-smuggling "
        "operation gone wrong.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "eight people").counts, _claim(claims, "20 others").counts) == ("killed", "injured")
    text = (  # fresh85 indianocean-01 (on cyclone Chido in Mayotte, 2024)
        "And earlier Sunday, the mayor of Mayotte’s capital Mamoudzou, Ambdilwahedou Soumaila, said nine people were "
        "fighting for their lives in hospital, while another 246 more had been seriously injured.\n"
    )
    assert _claim(claims_of(nlp, text), "nine people").counts == "injured"


def test_a_toll_risen_to_a_number_of_people_counts_the_dead_beside_the_injured(nlp: Language) -> None:
    text = (  # fresh84 maghreb-02 (The Herald, on the Al Haouz earthquake, 2023)
        "The death toll in a powerful earthquake around Marrakesh has risen to 820 people, with a further 672 "
        "injured as authorities assess the damage, Moroccan government officials said.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "820 people").counts, _claim(claims, "672").counts) == ("killed", "injured")
    text = (  # fresh62 haiti-02 (on the gang attack in Pont-Sondé, 2024)
        "The death toll from a brutal gang attack in Haiti last week has risen to 109 people with around 40 more "
        "injured, a local government official said Wednesday.\n"
    )
    assert _claim(claims_of(nlp, text), "109 people").counts == "killed"


def test_what_befell_a_part_or_the_wounded_since(nlp: Language) -> None:
    text = (  # fresh217 uxo-03 (The Independent, on a shell that exploded in East Timor)
        "Children throwing rocks have accidentally set off an exploded shell in an abandoned Indonesian military "
        "barracks in East Timor, leaving three of the boys dead and one injured, U.N. officials said Wednesday.\n"
    )
    assert _claim(claims_of(nlp, text), "three of the boys").counts == "killed"
    text = (  # fresh66 cameroon-04 (on a Boko Haram attack in Mozogo)
        "Boukar was informed by locals that 13 had died. A security official who confirmed the attack said that 2 "
        "wounded also died, bringing the toll to 15.\n"
    )
    assert _claim(claims_of(nlp, text), "2 wounded").counts == "killed"
    assert _claim(claims_of(nlp, "Five of the wounded were discharged.\n"), "Five").counts == "other:discharged"


def test_the_loss_of_personnel_and_those_among_the_killed(nlp: Language) -> None:
    text = (  # fresh111 westafrica-01 (on a JNIM attack in northern Benin)
        'The "attack resulted in the loss of 15 of our personnel and five wounded, whose lives are not in danger," '
        "Benin armed forces spokesperson Colonel James Johnson said.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "15 of our").counts, _claim(claims, "five wounded").counts) == ("killed", "injured")
    text = (  # fresh93 taiwan-03 (Taipei Times, on the Taroko train derailment, 2021)
        "One French national was among those killed, while an Australian and two Japanese had minor injuries.\n"
    )
    claims = claims_of(nlp, text)
    assert (_claim(claims, "One French").counts, _claim(claims, "two Japanese").counts) == ("killed", "injured")
