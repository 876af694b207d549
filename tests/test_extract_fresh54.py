"""Rules written in the session that brought data/dev/fresh54 to fresh57, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def _claim(claims: list, quote_part: str):  # type: ignore[no-untyped-def]
    return next(c for c in claims if quote_part in c.quote)


def test_a_people_named_by_their_name_who_are_estimated_to_have_been_killed_or_sent_fleeing(nlp: Language) -> None:
    text = (  # fresh56 myanmar-11, mizzima.com
        "The figure is the highest estimated death toll yet of violence that erupted on August 25 and triggered a "
        "massive refugee crisis, sending some 647,000 Rohingya fleeing across the border to Bangladesh.\n\n"
        '"At least 6,700 Rohingya, in the most conservative estimations, are estimated to have been killed, '
        'including at least 730 children below the age of five," MSF said Thursday.\n'
    )
    claims = claims_of(nlp, text)
    fled = _claim(claims, "647,000")
    assert (fled.value, fled.counts, fled.qualifier) == (647000, "displaced", "approximately")
    killed = _claim(claims, "6,700 Rohingya")
    assert (killed.value, killed.counts, killed.said_by) == (6700, "killed", "MSF")


def test_a_total_and_a_figure_of_the_dead_with_no_counted_noun(nlp: Language) -> None:
    text = (  # fresh56 myanmar-07, DMG, and myanmar-06, Myanmar Now
        'As of August 18, a total of 1,006 "are now confirmed killed by this junta coup," an AAPP statement said.\n\n'
        '"AAPP’s 20 April fatality figure of 738 is not inflated," the group said.\n'
    )
    claims = claims_of(nlp, text)
    total = _claim(claims, "1,006")
    assert (total.value, total.counts, total.said_by) == (1006, "killed", "AAPP")
    figure = _claim(claims, "738")
    assert (figure.value, figure.counts) == (738, "killed")


def test_a_number_joined_to_the_noun_before_it_that_has_a_verb_of_its_own(nlp: Language) -> None:
    text = (  # fresh56 myanmar-07, DMG
        "At least 7,338 people have been arrested by security forces and 5,730 are still detained, the AAPP said "
        "of the period from February 1 to August 18.\n"
    )
    held = _claim(claims_of(nlp, text), "5,730")
    assert (held.value, held.counts, held.said_by) == (5730, "captured", "AAPP")


def test_no_one_is_nobody(nlp: Language) -> None:
    text = (  # fresh23 tornadoes-02, AFP copy
        "Over 200 injured people were rushed to various hospitals and clinics in Sadullahpur district. “There is "
        "hardly anyone who is not injured. No one is around to take the seriously injured persons to the hospitals "
        "or clear debris,” he said.\n"
    )
    assert [c.value for c in claims_of(nlp, text)] == [200]


def test_hard_wrapped_lines_are_one_paragraph_not_headlines(nlp: Language) -> None:
    text = (  # fresh56 myanmar-01, jordannews.jo (Reuters copy wrapped at 60-80 characters)
        "Myanmar security forces killed at least five protesters on\n"
        "Monday, three of them in the main city of Yangon, witnesses and media reported,\n"
        "as activists called on ethnic minority forces in the diverse nation to back\n"
        "their campaign against military rule.\n"
        "One man was killed earlier in another Yangon neighborhood,\n"
        "when security forces fired on protesters and a Red Cross team, witness Thiha\n"
        "Soe told Reuters.\n"
    )
    claims = claims_of(nlp, text)
    five = _claim(claims, "five protesters")
    assert (five.value, five.said_by) == (5, "witnesses and media")
    one = _claim(claims, "One man")
    # killed earlier in the day, not an earlier count
    assert (one.status, one.said_by, one.via) == ("claim", "Thiha Soe", ["Reuters"])


def test_a_rights_group_dateline_and_its_name(nlp: Language) -> None:
    text = (  # fresh56 yemen-08, a repost of a Human Rights Watch release
        "(Sanaa) – The Saudi and UAE-led coalition carried out three attacks in Yemen in late January 2022 in "
        "apparent violation of the laws of war that resulted in at least 80 apparently civilian deaths, including "
        "three children, and 156 injuries, including two children, Mwatana for Human Rights and Human Rights "
        "Watch said today.\n"
        "However Mwatana for Human Rights and Human Rights Watch found no evidence to support that claim.\n"
    )
    claims = claims_of(nlp, text)
    deaths = _claim(claims, "80 apparently")
    # the place in brackets is no wire; "However" is no part of the name
    assert (deaths.said_by, deaths.via) == ("Mwatana for Human Rights and Human Rights Watch", [])


def test_a_wire_in_brackets_opening_the_story_still_relays_it(nlp: Language) -> None:
    text = "(Reuters) - At least 12 people were killed in the attack, police said.\n"
    assert _claim(claims_of(nlp, text), "12 people").via == ["Reuters"]


def test_an_abbreviation_given_after_or(nlp: Language) -> None:
    text = (  # fresh56 yemen-04, devdiscourse (AP copy)
        "The Armed Conflict Location & Event Data Project, or ACLED, said in a new report its death toll includes "
        "more than 12,000 civilians killed in attacks targeting civilians directly.\n\n"
        "ACLED said approximately 20,000 people have been killed this year.\n"
    )
    claims = claims_of(nlp, text)
    assert {c.said_by for c in claims} == {"Armed Conflict Location & Event Data Project"}
