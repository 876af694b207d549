"""`tallygraph link` for real: an Oxigraph server holding a Wikidata-shaped fixture, the cache, offline runs."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from rdflib.namespace import SKOS
from typer.testing import CliRunner

from tallygraph.cli import app
from tallygraph.endpoint import DEFAULT_USER_AGENT, Endpoint, EndpointConfig
from tallygraph.export import read_dataset
from tallygraph.link.cache import AnswerCache
from tallygraph.link.candidates import Lookup, candidates_query, spellings
from tallygraph.link.propose import AUTO_GRAPH, propose
from tallygraph.namespaces import ID, WD
from tallygraph.remote import push_file, run_remote
from tallygraph.validate import validate_dataset
from tests.conftest import FIXTURES
from tests.servers import Oxigraph, faulty_server, free_port, oxigraph_server, reply

runner = CliRunner()
ITEMS = FIXTURES / "wikidata" / "items.ttl"


@pytest.fixture(scope="module")
def wikidata() -> Iterator[Oxigraph]:
    with oxigraph_server(union=False) as server:
        push_file(ITEMS, Endpoint(EndpointConfig(server.store)), "gsp")
        yield server


def test_candidates_query_on_the_fixture(wikidata: Oxigraph) -> None:
    query = candidates_query()
    assert query.title and query.params[0].name == "name"
    rows = run_remote(Endpoint(EndpointConfig(wikidata.query)), query, {"name": "Khojaly"})[1]
    assert {(r["item"], r["matchedBy"], r["classLabel"]) for r in rows} == {
        (str(WD.Q900000101), "label", "town"),
        (str(WD.Q900000102), "label", "family name"),
    }
    rows = run_remote(Endpoint(EndpointConfig(wikidata.query)), query, {"name": "AFP"})[1]
    assert {(r["item"], r["matchedBy"], r["itemLabel"]) for r in rows} == {
        (str(WD.Q40464), "alias", "Agence France-Presse")
    }


def test_spellings() -> None:
    assert spellings("the Associated Press") == ["Associated Press", "the Associated Press"]
    assert "Anadolu Agency" in spellings("anadolu agency")


def _decisions(run) -> dict[str, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {e.label: (e.decision.status, e.decision.best.qid if e.decision.best else None) for e in run.entities}


def test_online_run_ranks_links_and_proposes(seed_graph: Path, wikidata: Oxigraph, tmp_path: Path) -> None:
    ds = read_dataset(seed_graph)
    lookup = Lookup(Endpoint(EndpointConfig(wikidata.query)), AnswerCache(tmp_path / "cache"), wikidata.query)
    run = propose(ds, lookup)
    got = _decisions(run)
    # Label, fitting class and a context word ("Azerbaijan(i)" in the articles): linked without review.
    assert got["Khojaly"] == ("auto", "Q900000101")
    assert got["Hikmet Hajiyev"] == ("auto", "Q900000103")
    assert got["First Nagorno-Karabakh War"] == ("auto", "Q900000108")
    # An alias only, or no context word: proposed for review, never linked.
    assert got["Tartar"] == ("review", "Q900000107")
    assert got["Shusha"][0] == "review"
    assert got["APA"] == ("review", "Q680662")  # the Austrian agency: alias + class, no context
    assert got["Anadolu Agency"] == ("none", None)
    assert "Moscow" not in got and "Azerbaijan" not in got  # already linked by the reviewed mapping
    tartar = next(e for e in run.entities if e.label == "Tartar")
    assert [c.qid for c in tartar.candidates if c.score == 0] == ["Q900000106"]  # the disambiguation page
    links = set(ds.graph(AUTO_GRAPH).subject_objects(SKOS.exactMatch))
    assert (ID["place/khojaly"], WD.Q900000101) in links and len(links) == 3
    assert validate_dataset(ds) == []
    assert run.sent == len(run.entities) and run.cached == 0


def test_cache_answers_offline(seed_graph: Path, wikidata: Oxigraph, tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "cache")
    online = propose(read_dataset(seed_graph), Lookup(Endpoint(EndpointConfig(wikidata.query)), cache, wikidata.query))
    offline = propose(read_dataset(seed_graph), Lookup(None, cache, wikidata.query))
    assert _decisions(offline) == _decisions(online)
    assert offline.sent == 0 and offline.cached == len(offline.entities)


def test_default_run_is_offline_and_touches_no_network(
    seed_graph: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    out, proposals = tmp_path / "linked.trig", tmp_path / "proposals.yaml"
    res = runner.invoke(
        app, ["link", str(seed_graph), "--out", str(out), "--proposals", str(proposals), "--cache", str(tmp_path / "c")]
    )
    assert res.exit_code == 0, res.output
    doc = yaml.safe_load(proposals.read_text(encoding="utf-8"))
    assert doc["online"] is False and {e["decision"] for e in doc["entities"]} == {"offline"}
    assert "0 requests sent" in res.stderr


def test_cli_online_writes_graph_and_proposals(seed_graph: Path, wikidata: Oxigraph, tmp_path: Path) -> None:
    out, proposals = tmp_path / "linked.trig", tmp_path / "proposals.yaml"
    args = ["link", str(seed_graph), "-o", str(out), "--proposals", str(proposals), "--cache", str(tmp_path / "c")]
    res = runner.invoke(app, [*args, "--online", "--endpoint", wikidata.query, "--min-interval", "0"])
    assert res.exit_code == 0, res.output
    assert "3 linked without review" in res.stderr
    doc = yaml.safe_load(proposals.read_text(encoding="utf-8"))
    tartar = next(e for e in doc["entities"] if e["label"] == "Tartar")
    assert tartar["decision"] == "review" and tartar["candidates"][0]["qid"] == "Q900000107"
    assert any("alias" in r for r in tartar["candidates"][0]["reasons"])
    linked = read_dataset(out)
    assert (ID["agent/hikmet-hajiyev"], SKOS.exactMatch, WD.Q900000103) in linked
    assert validate_dataset(linked) == []
    # The same run twice gives the same bytes.
    first = out.read_bytes()
    runner.invoke(app, [*args, "--online", "--endpoint", wikidata.query, "--min-interval", "0"])
    assert out.read_bytes() == first


def test_endpoint_failure_keeps_what_was_found(seed_graph: Path, tmp_path: Path) -> None:
    out, proposals = tmp_path / "linked.trig", tmp_path / "p.yaml"
    url = f"http://127.0.0.1:{free_port()}/sparql"
    res = runner.invoke(
        app,
        ["link", str(seed_graph), "-o", str(out), "--proposals", str(proposals), "--cache", str(tmp_path / "c"),
         "--online", "--endpoint", url, "--retries", "1", "--min-interval", "0", "--timeout", "1"],
    )  # fmt: skip
    assert res.exit_code == 3, res.output
    assert "connection refused" in res.stderr and "Traceback" not in res.output
    assert out.is_file() and proposals.is_file()


def test_requests_carry_a_real_user_agent(tmp_path: Path) -> None:
    empty = b'{"head": {"vars": []}, "results": {"bindings": []}}'
    with faulty_server(lambda h, n: reply(h, 200, empty, "application/sparql-results+json")) as server:
        lookup = Lookup(Endpoint(EndpointConfig(server.url)), AnswerCache(tmp_path), server.url)
        assert lookup.candidates("Khojaly") == []
        assert server.agents == [DEFAULT_USER_AGENT]
        assert DEFAULT_USER_AGENT.startswith("tallygraph/") and "https://" in DEFAULT_USER_AGENT


def test_no_network_at_import() -> None:
    code = (
        "import socket\n"
        "def refuse(*a):\n    raise SystemExit('network used at import')\n"
        "socket.socket.connect = refuse\n"
        "import tallygraph.cli, tallygraph.endpoint, tallygraph.remote, tallygraph.link.propose\n"
        "import tallygraph.wikibase\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
