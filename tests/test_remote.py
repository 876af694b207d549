"""Remote stores, for real: the Oxigraph server from PyPI, and HTTP servers that fail on purpose."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tallygraph.cli import app
from tallygraph.endpoint import Endpoint, EndpointConfig
from tallygraph.errors import EndpointError, QueryError
from tallygraph.query import bindings, get_query, list_queries, load_store, run_query
from tallygraph.remote import push_file, run_remote, values_clause
from tests.servers import Oxigraph, faulty_server, forward, free_port, oxigraph_server, reply

runner = CliRunner()
FAST = {"backoff": 0.01, "timeout": 2.0}


@pytest.fixture(scope="module")
def loaded(seed_graph: Path) -> Iterator[Oxigraph]:
    """An Oxigraph server (union default graph) holding the seed graph, pushed with SPARQL Update."""
    with oxigraph_server() as server:
        push_file(seed_graph, Endpoint(EndpointConfig(server.update)))
        yield server


# Parameter values that select something in the seed graph, found from the graph itself.
def _params_for(name: str, seed_graph: Path) -> list[dict[str, str]]:
    store = load_store(seed_graph)
    if name == "conflicting-counts":
        return [{}, {"measure": "tally:Missing"}, {"measure": "tally:Killed"}]
    if name in ("attribution-chains", "corroboration"):
        rows = run_query(store, get_query("attribution-chains"))[1]
        return [{}, {"figure": rows[0]["figure"]}]
    if name == "characterisations":
        return [{}, {"term": "genocide"}, {"term": 'genocide" } #'}]
    return [{}]


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_stored_query_gives_the_same_rows_remotely(query, seed_graph: Path, loaded: Oxigraph) -> None:  # type: ignore[no-untyped-def]
    store = load_store(seed_graph)
    endpoint = Endpoint(EndpointConfig(loaded.query))
    for params in _params_for(query.name, seed_graph):
        local = run_query(store, query, params)
        remote = run_remote(endpoint, query, params)
        assert remote == local, (query.name, params)


def test_remote_rows_are_not_trivially_empty(loaded: Oxigraph) -> None:
    endpoint = Endpoint(EndpointConfig(loaded.query))
    rows = run_remote(endpoint, get_query("conflicting-counts"), {"measure": "tally:Missing"})[1]
    assert {(r["valueA"], r["valueB"]) for r in rows if r["status"] == "conflict"} >= {(4000, 4000)}
    assert all(r["measure"].endswith("#Missing") for r in rows)
    terms = {r["term"] for r in run_remote(endpoint, get_query("characterisations"), {"term": "genocide"})[1]}
    assert terms == {"genocide"}


def test_parameters_are_terms_not_text() -> None:
    query = get_query("characterisations")
    clause = values_clause(bindings(query, {"term": 'x" } ; DROP ALL ; #'}))
    assert clause.strip() == 'VALUES (?term) { ("x\\" } ; DROP ALL ; #") }'
    with pytest.raises(QueryError, match="not an IRI"):
        bindings(get_query("conflicting-counts"), {"event": "<x> } DROP ALL {"})


def test_load_replaces_only_graphs_of_the_same_name(seed_graph: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.nq"
    other.write_text(
        '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "kept" <https://example.org/g> .\n',
        encoding="utf-8",
    )
    with oxigraph_server(tmp_path / "db") as server:
        for protocol, url in (("update", server.update), ("gsp", server.store)):
            endpoint = Endpoint(EndpointConfig(url))
            push_file(other, endpoint, protocol)
            first = push_file(seed_graph, endpoint, protocol)
            again = push_file(seed_graph, endpoint, protocol)  # replaces, does not duplicate
            assert first == again and first.graphs == 6 and first.triples > 1000
            q = Endpoint(EndpointConfig(server.query))
            count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
            n = int(q.select(count)["results"]["bindings"][0]["n"]["value"])
            assert n == first.triples + 1, protocol
            rows = q.select('SELECT ?s WHERE { GRAPH <https://example.org/g> { ?s ?p "kept" } }')
            assert len(rows["results"]["bindings"]) == 1, protocol


def test_cli_load_then_query(seed_graph: Path, tmp_path: Path) -> None:
    with oxigraph_server() as server:
        missing = tmp_path / "missing.trig"
        res = runner.invoke(app, ["load", str(seed_graph), str(missing), "--endpoint", server.update])
        assert res.exit_code == 3, res.output
        assert f"{missing}: no such file" in res.stderr
        assert "6 graphs" in res.stderr
        res = runner.invoke(
            app,
            ["query", "conflicting-counts", "--endpoint", server.query, "-p", "measure=tally:Missing", "-f", "json"],
        )
        assert res.exit_code == 0, res.output
        remote = json.loads(res.stdout)
        res = runner.invoke(
            app, ["query", "conflicting-counts", "--data", str(seed_graph), "-p", "measure=tally:Missing", "-f", "json"]
        )
        assert json.loads(res.stdout) == remote and remote


def test_query_needs_data_or_endpoint(seed_graph: Path) -> None:
    res = runner.invoke(app, ["query", "conflicting-counts"])
    assert res.exit_code == 2 and "--data" in res.stderr
    res = runner.invoke(app, ["query", "conflicting-counts", "-d", str(seed_graph), "-e", "http://127.0.0.1:1/q"])
    assert res.exit_code == 2


# -- faults: each gives one clear line after bounded retries, never a traceback -------------------


def _closed_port_url() -> str:
    return f"http://127.0.0.1:{free_port()}/query"


def test_refused_connection_after_bounded_retries() -> None:
    sleeps: list[float] = []
    endpoint = Endpoint(EndpointConfig(_closed_port_url(), retries=2, backoff=0.5), sleep=sleeps.append)
    with pytest.raises(EndpointError, match=r"connection refused \(gave up after 3 attempts\)"):
        endpoint.select("SELECT * WHERE { ?s ?p ?o }")
    assert sleeps == [0.5, 1.0] and endpoint.requests == 3


@pytest.mark.parametrize(
    ("status", "body", "ctype", "problem"),
    [
        (503, b"busy", "text/plain", r"HTTP 503 \(gave up after 3 attempts\)"),
        (200, b"<html>proxy login</html>", "text/html", r"malformed reply"),
    ],
    ids=["5xx", "malformed"],
)
def test_faults_that_may_pass_are_retried_then_reported(status: int, body: bytes, ctype: str, problem: str) -> None:
    with faulty_server(lambda h, n: reply(h, status, body, ctype)) as server:
        endpoint = Endpoint(EndpointConfig(server.url, retries=2, **FAST))
        with pytest.raises(EndpointError, match=problem):
            endpoint.select("SELECT * WHERE { ?s ?p ?o }")
        assert len(server.hits) == 3


def test_a_passing_fault_is_survived(loaded: Oxigraph) -> None:
    def flaky(handler, n: int) -> None:  # type: ignore[no-untyped-def]
        if n < 2:
            handler.send_response(429)
            handler.send_header("Retry-After", "0")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        else:
            forward(handler, loaded.query)

    with faulty_server(flaky) as server:
        endpoint = Endpoint(EndpointConfig(server.url, retries=3, **FAST))
        rows = run_remote(endpoint, get_query("conflicting-counts"))[1]
        assert rows and len(server.hits) == 3


def test_timeout_is_reported() -> None:
    def stall(handler, n: int) -> None:  # type: ignore[no-untyped-def]
        time.sleep(1.5)
        reply(handler, 200, b"{}", "application/sparql-results+json")

    with faulty_server(stall) as server:
        endpoint = Endpoint(EndpointConfig(server.url, retries=1, backoff=0.01, timeout=0.3))
        with pytest.raises(EndpointError, match=r"no answer within 0.3 s \(gave up after 2 attempts\)"):
            endpoint.select("SELECT * WHERE { ?s ?p ?o }")


def test_rejected_query_fails_at_once(loaded: Oxigraph) -> None:
    endpoint = Endpoint(EndpointConfig(loaded.query, retries=3, **FAST))
    with pytest.raises(EndpointError, match="rejected the request as malformed"):
        endpoint.select("SELECT WHERE nonsense")
    assert endpoint.requests == 1


def test_rate_limit_spaces_requests(loaded: Oxigraph) -> None:
    sleeps: list[float] = []
    endpoint = Endpoint(EndpointConfig(loaded.query, min_interval=5.0), sleep=sleeps.append)
    endpoint.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    endpoint.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert len(sleeps) == 1 and 4.0 < sleeps[0] <= 5.0


def test_cli_endpoint_fault_is_one_line() -> None:
    res = runner.invoke(
        app, ["query", "conflicting-counts", "--endpoint", _closed_port_url(), "--retries", "0", "--timeout", "1"]
    )
    assert res.exit_code == 4
    assert res.stderr.count("\n") == 1 and "connection refused" in res.stderr and "Traceback" not in res.output
    res = runner.invoke(app, ["load", "x.trig", "--endpoint", "ftp://example.org/"])
    assert res.exit_code == 2 and "not an http(s) endpoint URL" in res.stderr
