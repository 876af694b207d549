"""Claims files: the corpus gold format, round trips and readable errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tallygraph.claims_io import dump_claims, load_claims, parse_claims
from tallygraph.errors import ClaimsFileError
from tallygraph.model import ArticleClaims, Attribution, Claim, EventInfo

from .conftest import GOLD


def test_gold_file_parses() -> None:
    gold = load_claims(GOLD)
    assert len(gold) == 5 and sum(len(a.claims) for a in gold) == 38
    first = gold[0]
    assert first.date == "2024-02-29" and first.claims[1].low == 5 and first.claims[1].via == ["APA"]


def test_round_trip_keeps_every_field() -> None:
    art = ArticleClaims(
        file="a.txt",
        publisher="Anadolu Agency",
        date="2022-10",
        sha256="0" * 64,
        claims=[
            Claim(
                "nearly 4,000 Azerbaijanis",
                4000,
                "nearly",
                "missing",
                "Azerbaijanis",
                "war",
                "Sabina Aliyeva",
                ["X"],
                None,
                3999,
                "the total",
                10,
                35,
                "nearly",
                "denied",
            )
        ],
        attributions=[Attribution("article", "Sabina Aliyeva", "I would like to reiterate")],
        events={"war": EventInfo("First Nagorno-Karabakh War", "war", None, "1994")},
        agents={"Sabina Aliyeva": "PERSON"},
    )
    again = parse_claims(dump_claims([art]))
    assert again == [art]


def test_written_file_keeps_gold_key_order() -> None:
    text = dump_claims([ArticleClaims(file="a.txt", claims=[Claim("5 people", 5, counts="killed", event="e")])])
    keys = list(yaml.safe_load(text)["articles"][0]["claims"][0])
    assert keys[:8] == [
        "quote",
        "value",
        "qualifier",
        "counts",
        "population",
        "event",
        "said_by",
        "via",
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("format: 2\narticles: []\n", "format: only format 1"),
        (
            "format: 1\narticles:\n  - {file: a.txt, claims: [{quote: x, value: five, qualifier: exact, counts: killed}]}\n",
            "articles[0].claims[0]: 'value' must be a whole number",
        ),
        (
            "format: 1\narticles:\n  - {file: a.txt, claims: [{quote: x, value: 5, qualifier: roughly, counts: killed}]}\n",
            "'qualifier' must be one of",
        ),
        ("format: 1\narticles:\n  - {claims: []}\n", "articles[0]: needs a 'file' name"),
        ("format: 1\narticles: [\n", "not valid YAML"),
    ],
)
def test_errors_name_the_place(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ClaimsFileError) as info:
        load_claims(path)
    assert str(info.value).startswith(str(path)) and problem in str(info.value)
