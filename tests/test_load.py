"""Loading articles: front matter, what the text says of itself, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from tallygraph.errors import InputError
from tallygraph.load import load_article, load_many, text_metadata

from .conftest import SEEDS


def test_front_matter_is_metadata_and_not_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\nurl: https://example.org/a\ntitle: Graves found\npublisher: Anadolu Agency\ndate: 2022-10-05\n---\n"
        "Azerbaijan has unearthed another mass grave.\n",
        encoding="utf-8",
    )
    art = load_article(path)
    assert (art.url, art.title, art.publisher, art.date) == (
        "https://example.org/a",
        "Graves found",
        "Anadolu Agency",
        "2022-10-05",
    )
    assert art.text == "Azerbaijan has unearthed another mass grave.\n"


def test_dateline_and_signature_fill_missing_fields() -> None:
    art = load_article(SEEDS / "004_613337a6ab66b71b.txt")
    assert art.publisher == "Mi’raj News Agency (MINA)"
    assert load_article(SEEDS / "000_629958321ef6b6a5.txt").date == "2024-02-29"
    assert load_article(SEEDS / "003_5fd8a4a81ac28928.txt").date == "2024-02-23"


def test_a_datelines_country_or_state_is_not_the_publisher() -> None:
    # AP's style puts the country after the city (fresh35 tribunals-09, ambushes-08; fresh12 collapses-03)
    for lead in (
        "DHAKA, Bangladesh — A special tribunal in Bangladesh on Monday sentenced three militia members ...",
        "BOGOTA, Colombia — Suspected leftist rebels killed 14 police officers ...",
        "BAGHDAD, IRAQ — Ten people were killed ...",
        "SALT LAKE CITY, Utah — Rescuers ...",
    ):
        assert "publisher" not in text_metadata(lead), lead
    assert text_metadata("Yerevan, Armenpress – Armenia said ...")["publisher"] == "Armenpress"


def test_wire_dateline_is_not_the_publisher() -> None:
    # "BAKU (Reuters) -" marks a wire story the page reproduces: a relay, not the publisher.
    assert "publisher" not in text_metadata("BAKU (Reuters) - Azerbaijan said on Tuesday ...")


def test_front_matter_wins_over_text(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text(
        "---\npublisher: Trend\n---\nBaku, MINA – Azerbaijan on Monday commemorated ...\n",
        encoding="utf-8",
    )
    assert load_article(path).publisher == "Trend"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("binary.txt", b"\x00\x01\x02PK\x03\x04", "binary file"),
        ("latin1.txt", "Khojaly massacre – 613 killed".encode("cp1252"), "not UTF-8"),
        ("empty.txt", b"  \n\n", "empty file"),
        ("badfm.md", b"---\ntitle: [unclosed\n---\nText.\n", "front matter is not valid YAML"),
        ("onlyfm.md", b"---\ntitle: x\n---\n\n", "empty article body"),
    ],
)
def test_bad_input_names_file_and_problem(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_article(path)
    message = str(info.value)
    assert message.startswith(str(path)) and problem in message and "\n" not in message


def test_batch_goes_on_after_bad_files(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("At least 286 people were killed on both sides.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    (tmp_path / "notes.csv").write_text("ignored,because,not,an,article\n", encoding="utf-8")
    articles, errors = load_many([tmp_path, tmp_path / "missing.txt"])
    assert [a.file for a in articles] == ["good.txt"]
    assert sorted(Path(e.path).name for e in errors) == ["bad.txt", "missing.txt"]


INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"


def test_html_main_text_and_metadata() -> None:
    from tallygraph.load import load_html

    art = load_html(INPUTS / "nepal-quake.html")
    assert art.title == "Nepal minister says quake toll will climb ‘much higher’"
    assert (art.publisher, art.date) == ("NewsOne", "2015-05-03")
    assert art.url == "http://www.newsone.tv/world/nepal-minister-says-quake-toll-will-climb-much-higher"
    assert "has risen to 7,040" in art.text
    assert "Privacy" not in art.text and "Sports" not in art.text


def test_html_without_article_text(tmp_path: Path) -> None:
    from tallygraph.load import load_html

    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text found in the HTML"):
        load_html(page)


def test_jsonl_articles_and_bad_lines() -> None:
    from tallygraph.load import load_jsonl

    articles, errors = load_jsonl(INPUTS / "quakes.jsonl")
    assert [a.file for a in articles] == ["quakes.jsonl#1", "quakes.jsonl#4"]
    assert (
        articles[0].publisher == "Hurriyet Daily News" and articles[0].title == "Death toll rises to 19 in quake zone"
    )
    assert [str(e) for e in errors] == [
        f"{INPUTS / 'quakes.jsonl'}:2: not valid JSON (Expecting value at column 1)",
        f"{INPUTS / 'quakes.jsonl'}:3: needs an object with a non-empty 'text'",
    ]


def test_one_loader_for_every_input_kind() -> None:
    articles, errors = load_many([INPUTS])
    assert sorted(a.source_format for a in articles) == ["html", "jsonl", "jsonl"]
    assert len(errors) == 2
