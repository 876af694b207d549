"""Rules written in the session that brought data/dev/fresh78 to fresh81, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_an_inverted_report_whose_name_the_parser_took_for_an_adverb(nlp: Language) -> None:
    text = (  # fresh76 india-07
        "At least 22 security personnel were killed and around 31 injured in a shoot-out with Naxals in "
        "Chhattisgarh's Bijapur on Saturday, 3 April, said SP (Bijapur) Kamalochan Kashyap to ANI.\n"
        "So far, 17 bodies have been recovered, reported PTI. One commando is still missing.\n"
    )
    bodies = _claim(claims_of(nlp, text), "17 bodies")
    assert (bodies.value, bodies.counts) == (17, "remains-found")
    assert "PTI" in [bodies.said_by, *bodies.via]


def test_a_place_whose_count_a_speaker_gives_is_not_a_second_source(nlp: Language) -> None:
    text = (  # fresh74 zimbabwe-09
        "The death toll from Malawi’s cholera outbreak has increased to 750 as the number of new infections jumped "
        "by nearly 600 in a single day, Health Minister Khumbize Chiponda said on Wednesday.Chiponda said in a "
        "statement that the country reported 589 new cases in the 24 hours to Wednesday morning while 17 deaths "
        "were registered during the same period.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("589 new cases", "17 deaths"):
        assert (_claim(claims, quote).said_by, _claim(claims, quote).via) == ("Khumbize Chiponda", [])


def test_a_named_state_inside_a_speakers_statement_still_speaks_for_itself(nlp: Language) -> None:
    text = (  # fresh massispost-simonyan-430
        "“The maximum program of Azerbaijan was to seize as much territorial advantage as possible. The minimum "
        "program was to test the fighting capabilities of the Armenian army. The fact that Azerbaijan reported 70 "
        "dead on the first day indicates that the losses were much higher,” Simonyan said.\n"
    )
    dead = _claim(claims_of(nlp, text), "70")
    assert (dead.said_by, dead.via) == ("Azerbaijan", ["Simonyan"])


def test_the_numbers_confirmed_in_a_sentence_with_a_figure_of_its_own(nlp: Language) -> None:
    text = (  # fresh76 india-05
        "A crush at New Delhi Railway Station has left at least 15 people dead and 10 injured.\n"
        "Dr Ritu Saxena, deputy medical superintendent of Lok Nayak Hospital in New Delhi, confirmed the numbers to "
        "BBC Hindi after thousands of people reportedly crammed into the railway station on Saturday evening.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "at least 15").said_by == "Ritu Saxena"
    assert _claim(claims, "10 injured").said_by == "Ritu Saxena"


def test_a_toll_of_its_own_is_not_the_toll_before(nlp: Language) -> None:
    text = (  # after fresh76 india-05: "confirmed the toll of 15" gives a figure, it does not point back
        "A bus fell into a gorge near Shimla on Sunday, and 12 passengers were injured.\n"
        "The district magistrate confirmed the toll of 15 dead to reporters.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "12 passengers").said_by == "reporter"


def test_the_deaths_confirmed_by_someone_in_the_next_sentence(nlp: Language) -> None:
    text = (  # fresh77 peru-10
        "At least 27 miners who extracted gold have died of suffocation in a mine called Esperanza 1 in a tragedy "
        "that has shocked Peru and that originated from a fire that occurred early Saturday possibly due to a short "
        "circuit. The deaths have been confirmed this Sunday by the prosecutor Giovanni Mattos.\n"
    )
    miners = _claim(claims_of(nlp, text), "27 miners")
    assert (miners.value, miners.said_by) == (27, "Giovanni Mattos")
