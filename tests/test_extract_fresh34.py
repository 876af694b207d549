"""Rules written after the blind sets data/dev/fresh34 to fresh37 were scored on arrival, each on real text from
them (journalists and lightning here)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_according_to_a_bodys_own_report_is_that_body(nlp: Language) -> None:
    text = (  # journalists-03
        "The Palestinian Journalists’ Syndicate has condemned the ongoing Israeli military campaign against "
        "journalists.\n\nAccording to the syndicate’s latest report, Israeli forces have continued their systematic "
        "targeting of Palestinian journalists, particularly in Gaza, where at least 222 journalists have been "
        "killed, and 430 journalists have been injured by gunfire and airstrikes."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["Palestinian Journalists' Syndicate"] * 2
    text = "According to the UN's latest data, at least 222 people have been killed."
    assert [c.said_by for c in claims_of(nlp, text)] == ["UN"]
    text = (  # the seeds: a country's records stay as written
        "Azerbaijan's official records still name at least 3,980 people as missing."
    )
    assert [c.said_by for c in claims_of(nlp, text)] == ["Azerbaijan's official records"]


def test_those_behind_bars_are_held(nlp: Language) -> None:
    text = (  # journalists-08 (Epoch Times on the CPJ's census)
        "The report released early Tuesday says a quarter of the 199 journalists worldwide who were in prison as of "
        "Dec. 1 because of their work were in China. The Communist Party-run country under President Xi Jinping "
        "had 49 journalists behind bars, the highest number for China since the CPJ began its annual census."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(199, "captured"), (49, "captured")]
    text = "The group documented the deaths of 139 people in state custody."  # extrajudicial-06: died in custody
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(139, "killed")]
