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


def test_a_part_named_after_a_toll_is_counted_as_the_toll(nlp: Language) -> None:
    text = (  # coldwaves-05 (the Lebanese border)
        '"They died of the cold. They included two children, six women and two men," said Georges Abou Moussa, '
        "head of operations at the Lebanese civil defence."
    )
    text = "Ten Syrians froze to death while crossing the mountains, officials said.\n\n" + text
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims] == [(10, "killed"), (2, "killed"), (6, "killed"), (2, "killed")]
    assert {c.part_of for c in claims[1:]} == {claims[0].quote}
    text = (  # tornadoes-01
        "Tornadoes killed at least 16 people on Sunday. Nine of the victims came from the same street in the town "
        "of Vilonia."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(16, "killed"), (9, "killed")]
    text = "Some 300 families fled the fighting. Nine of the victims came from the same street."  # not a toll
    assert [c.counts for c in claims_of(nlp, text)][-1] != "displaced"
