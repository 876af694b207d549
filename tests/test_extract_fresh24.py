"""Rules written after the blind set data/dev/fresh24 was scored on arrival, each on real text from it
(plane and helicopter crashes; industrial explosions)."""

from __future__ import annotations

from tallygraph.extract.credits import byline_agency


def test_a_courtesy_credit_names_the_broadcaster() -> None:
    text = (  # blasts-04 (Eagle News)
        "Thousands mourn victims of Tianjin warehouse blasts\n\n"
        "(Courtesy China Central Television news) — Thousands of officials, firefighters, policemen and locals "
        "mourned the victims of the massive Tianjin warehouse blasts at the accident site on Tuesday.\n"
    )
    assert byline_agency(text) == "China Central Television"
