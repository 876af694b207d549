"""Rules from the session that added fresh210 to fresh213 (and rules written on older sets before they arrived),
each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_the_slain_are_the_killed(nlp: Language) -> None:
    text = (  # fresh157 policestations-11 (on attacks in Mocimboa da Praia, 2017): "slain" tagged as an adjective
        "Gunmen launched a string of attacks on police stations in a small town in northern Mozambique killing two "
        "policemen but 14 of the gunmen were slain, police said on Saturday.\n"
    )
    claim = _claim(claims_of(nlp, text), "14 of the gunmen")
    assert (claim.counts, claim.said_by) == ("killed", "police")


def test_parts_after_a_comma_are_said_with_their_total(nlp: Language) -> None:
    text = (  # fresh38 ceasefire-04 (on eastern Ukraine): the parser hung "confirmed" on the parts' "killed"
        "Since the beginning of this year the OSCE SMM has confirmed already 168 civilian casualties, 31 of them "
        "killed and 137 injured.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts, c.said_by) for c in claims] == [
        (168, "other:casualties", "OSCE SMM"),
        (31, "killed", "OSCE SMM"),
        (137, "injured", "OSCE SMM"),
    ]


def test_parts_of_the_slain_are_parts_of_the_killed(nlp: Language) -> None:
    text = (  # fresh108 elections-04 (on the 2010-2011 Ivorian crisis)
        "According to a report presented today in Abidjan, 103 of the 1,012 slain persons were women and 42 were "
        "children.\n"
    )
    claims = {c.value: c for c in claims_of(nlp, text)}
    assert [claims[n].counts for n in (103, 1012, 42)] == ["killed", "killed", "killed"]
    assert claims[103].part_of == "1,012 slain persons"


def test_bylines_with_a_bullet_or_bars_credit_the_wire(nlp: Language) -> None:
    text = (  # fresh155 motorcades-11 (on the 2013 Mogadishu car bomb): the page's bullet after the byline
        "Suicide blast aimed at foreign officials\n\nBy Associated Press  •\n\n"
        "A suicide car bomber struck a convoy carrying Qatari officials in Somalia's capital on Sunday, killing at "
        "least seven Somali civilians and two people inside the vehicle that was carrying the Qatar officials, "
        "police said.\n"
    )
    claim = _claim(claims_of(nlp, text), "seven Somali civilians")
    assert (claim.said_by, claim.via) == ("police", ["Associated Press"])
    text = (  # fresh188 lpgblasts-10: the time stamp, then the wire, set off by a bar
        "Afghan official: Gas cylinder blast leaves 9 dead in Kabul\n\nJan 13, 2019, 13:41 IST | AP\n\n"
        "An Afghan official says at least nine people were killed when a gas cylinder exploded in Kabul.\n"
    )
    claim = _claim(claims_of(nlp, text), "at least nine people")
    assert (claim.said_by, claim.via) == ("Afghan official", ["AP"])
    text = (  # fresh158 cinemas-04 (on the 2005 Beni Suef theatre fire): a paper's wire service
        "29 Die After Fire in Egypt Theater\n\nFrom Times Wire Services\n\n"
        "Fire broke out in an Egyptian theater during a crowded play performance late Monday, causing audience "
        "members to flee in panic, officials said. At least 29 people were killed, some from the flames and some "
        "in the stampede.\n"
    )
    claim = _claim(claims_of(nlp, text), "At least 29 people")
    assert claim.via == ["Times Wire Services"]


def test_a_photo_caption_with_a_bar_credits_nobody(nlp: Language) -> None:
    text = (  # fresh125 manipur-09 (on Cyclone Remal): the photographer's agency under a picture
        "Cyclone Remal: Death toll rises in Assam\n\n"
        "A school bus damaged by a tree that fell in a storm following the landfall of Cyclone Remal, at "
        "Dhekiajuli, in Sonitpur, Assam | PTI\n\n"
        "At least three people were killed in Assam as Cyclone Remal swept across the state, officials said.\n"
    )
    claim = _claim(claims_of(nlp, text), "At least three people")
    assert (claim.said_by, claim.via) == ("officials", [])


def test_a_relative_clause_between_commas_says_what_follows_its_verb(nlp: Language) -> None:
    text = (  # fresh106 munitions-08 (on the 2011 Gongo la Mboto depot blasts): "which" parsed as what is said
        "The blasts, which the prime minister said also left at least 145 people wounded, went off inside the "
        "Gongo la Mboto army base in Dar es Salaam late Wednesday and destroyed several arms and ammunition "
        "depots.\n"
    )
    claim = _claim(claims_of(nlp, text), "at least 145 people")
    assert (claim.counts, claim.said_by) == ("injured", "prime minister")


def test_a_figure_reported_by_someone_after_a_comma_is_theirs(nlp: Language) -> None:
    text = (  # fresh106 munitions-02 (on the 2012 Brazzaville depot blasts): the participle hung on "appear"
        "That did not appear to include 70 bodies at the morgue of the capital’s military hospital, reported on "
        "Sunday by a doctor who asked not to be named because he was not authorised to speak to the press.\n"
    )
    claim = _claim(claims_of(nlp, text), "70 bodies")
    assert claim.said_by == "doctor"


def test_an_outlet_byline_on_its_own_site_relays_nothing(nlp: Language) -> None:
    text = (  # fresh135 hotels-09 (on the 2020 Quanzhou hotel collapse), at voanews.com
        "Death Toll in China Hotel Collapse Doubles to 20\n\nBy VOA News\n\nMarch 10, 2020 10:24 AM\n\n"
        "The death toll from the collapse of a hotel in southeastern China serving as quarantine facility for "
        "coronavirus patients has doubled to 20.\n\nAt least 61 people have been rescued.\n"
    )
    url = "https://www.voanews.com/east-asia-pacific/death-toll-china-hotel-collapse-doubles-20"
    assert _claim(claims_of(nlp, text, url=url), "61 people").via == []
    assert _claim(claims_of(nlp, text, url="https://www.dispatch.com/x"), "61 people").via == ["VOA News"]
