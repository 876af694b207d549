"""The command line, driven in-process: commands, formats, exit codes, bad input."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tallygraph.claims_io import load_claims
from tallygraph.cli import app

from .conftest import GOLD, KNOWN_ARTICLES, KNOWN_CLAIMS, SEEDS

runner = CliRunner()


def test_eval_on_seeds_meets_the_bar() -> None:
    result = runner.invoke(app, ["eval", str(SEEDS), str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["claims"]["f1"] >= 0.9
    assert set(data["attributes"]) == {"qualifier", "counts", "said_by", "via"}
    assert len(data["articles"]) == 5 and 0 <= data["fully_correct"] <= 1


def test_extract_writes_a_gold_format_file_that_scores(tmp_path: Path) -> None:
    out = tmp_path / "claims.yaml"
    result = runner.invoke(app, ["extract", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    claims = load_claims(out)
    assert [c.file for c in claims] == sorted(p.name for p in SEEDS.glob("*.txt"))
    scored = runner.invoke(app, ["eval", str(SEEDS), str(GOLD), "--claims", str(out), "--json"])
    assert json.loads(scored.stdout)["claims"]["f1"] >= 0.9


def test_build_skips_bad_files_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(KNOWN_ARTICLES, folder)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "g.trig"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), "--claims", str(KNOWN_CLAIMS)])
    assert result.exit_code == 3, result.output
    assert f"{folder / 'broken.txt'}: binary file" in result.stderr
    assert out.is_file() and "written" in result.stderr


def test_build_refuses_unknown_format(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(KNOWN_ARTICLES), "--out", str(tmp_path / "g.xml")])
    assert result.exit_code == 2 and "unknown graph format" in result.stderr


def test_build_does_not_write_a_graph_that_does_not_conform(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = KNOWN_CLAIMS.read_text(encoding="utf-8").replace("value: 613,", "value: 613, start: 0, end: 3,", 1)
    bad.write_text(
        text.replace('{quote: "killed 613', '{high: 1, quote: "killed 613').replace(
            "qualifier: exact, counts: killed, population: Azerbaijani civilians, event: khojaly-massacre, said_by: Azerbaijani figures",
            "qualifier: range, counts: killed, population: Azerbaijani civilians, event: khojaly-massacre, said_by: Azerbaijani figures",
            1,
        ),
        encoding="utf-8",
    )
    out = tmp_path / "g.trig"
    result = runner.invoke(app, ["build", str(KNOWN_ARTICLES), "--out", str(out), "--claims", str(bad)])
    assert result.exit_code == 1, result.output
    assert "does not conform" in result.stderr and "nothing written" in result.stderr
    assert "a range needs lower <= upper" in result.stderr
    assert not out.exists()


def test_validate_and_query_formats(known_graph: Path) -> None:
    ok = runner.invoke(app, ["validate", str(known_graph)])
    assert ok.exit_code == 0 and "conforms" in ok.stderr
    as_json = runner.invoke(app, ["query", "conflicting-counts", "--data", str(known_graph), "--format", "json"])
    rows = json.loads(as_json.stdout)
    assert (
        isinstance(rows, list)
        and len(rows) == 3
        and {"status", "valueA", "valueB", "sourceA", "articleB"} <= set(rows[0])
    )
    as_csv = runner.invoke(app, ["query", "parts-vs-total", "--data", str(known_graph), "--format", "csv"])
    assert as_csv.stdout.splitlines()[0].startswith("article,totalQuote,totalValue")
    table = runner.invoke(
        app,
        ["query", "attribution-chains", "--data", str(known_graph), "-p", "figure=tg:figure/none"],
    )
    assert table.exit_code == 0 and "position" in table.stdout


def test_validate_reports_violations_in_plain_words(known_graph: Path, tmp_path: Path) -> None:
    text = re.sub(
        r"tally:value 613 ([.;])",
        r"tally:value -613 \1",
        known_graph.read_text(encoding="utf-8"),
        count=1,
    )
    bad = tmp_path / "bad.trig"
    bad.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "A figure has exactly one value: a whole number, not negative." in result.stdout


def test_query_errors_are_one_line(known_graph: Path, tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["query", "no-such-query", "--data", str(known_graph)])
    assert unknown.exit_code == 4 and "no stored query named 'no-such-query'" in unknown.stderr
    missing = runner.invoke(app, ["query", "corroboration", "--data", str(tmp_path / "nope.trig")])
    assert missing.exit_code == 4 and "no such file" in missing.stderr
    badparam = runner.invoke(app, ["query", "corroboration", "--data", str(known_graph), "--param", "figure"])
    assert badparam.exit_code == 2


def test_export_round_trips(known_graph: Path, tmp_path: Path) -> None:
    for ext in ("ttl", "nq", "jsonld", "trig"):
        out = tmp_path / f"g.{ext}"
        assert runner.invoke(app, ["export", str(known_graph), "--out", str(out)]).exit_code == 0
        assert runner.invoke(app, ["validate", str(out)]).exit_code == 0, ext


def test_report_and_queries_listing(known_graph: Path) -> None:
    report = runner.invoke(app, ["report", "--data", str(known_graph)])
    assert report.exit_code == 0
    assert "Mi'raj News Agency (MINA) -> Anadolu Agency -> Azerbaijani figures" in report.stdout
    assert "Conflicts between figures: 1" in report.stdout
    listing = runner.invoke(app, ["queries"])
    assert "conflicting-counts" in listing.stdout and "event:iri?" in listing.stdout


@pytest.mark.parametrize(("preset", "expected"), [(None, "1"), ("4", "4")])
def test_the_cli_runs_one_blas_thread_unless_the_user_says_otherwise(preset: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if preset is not None:
        env["OPENBLAS_NUM_THREADS"] = preset
    code = "import os, tallygraph.cli, numpy; print(os.environ['OPENBLAS_NUM_THREADS'])"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == expected
