"""Benchmark the pipeline on this machine: extraction, build, validation, stored queries.

Not a test: it measures and prints. Run with ``make bench``. Articles are the
bundled seeds repeated (``--copies``), each copy a distinct article text.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tallygraph.blas  # noqa: F401  (first, as in the CLI: one BLAS thread per process)
from tallygraph.build import Provenance, build_dataset
from tallygraph.endpoint import Endpoint, EndpointConfig
from tallygraph.export import write_dataset
from tallygraph.extract.pipeline import extract_articles
from tallygraph.load import load_many
from tallygraph.model import Article
from tallygraph.nlp import load_nlp
from tallygraph.query import get_query, list_queries, load_store, run_query
from tallygraph.remote import push_file, run_remote
from tallygraph.validate import validate_dataset

ROOT = Path(__file__).resolve().parents[1]


def _articles(copies: int) -> list[Article]:
    seeds, _ = load_many([ROOT / "data" / "articles"])
    out = []
    for k in range(copies):
        for a in seeds:
            out.append(
                Article(file=f"{k:04d}-{a.file}", text=f"{a.text}\n\nCopy {k}.\n", publisher=a.publisher, date=a.date)
            )
    return out


def _time(label: str, fn, n: int | None = None):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    took = time.perf_counter() - start
    rate = f"  ({n / took:.1f} articles/s)" if n else ""
    print(f"{label:<42} {took:8.2f} s{rate}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=10, help="how many times to repeat the 5 seed articles")
    args = parser.parse_args()
    nlp = load_nlp()
    articles = _articles(args.copies)
    n = len(articles)
    print(f"{n} articles, {sum(len(a.text) for a in articles) / n:.0f} characters each on average")
    claims = _time("extract (1 process)", lambda: extract_articles(articles, nlp), n)
    _time("extract (2 processes)", lambda: extract_articles(articles, nlp, n_process=2), n)
    prov = {a.file: Provenance("extraction", "bench", "0") for a in articles}
    ds, _ = _time("build RDF", lambda: build_dataset(list(zip(articles, claims, strict=True)), prov), n)
    violations = _time("validate (pyshacl, per article graph)", lambda: validate_dataset(ds), n)
    assert not violations, violations[:3]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.trig"
        _time("write TriG", lambda: write_dataset(ds, path))
        store = _time("load into pyoxigraph", lambda: load_store(path))
        for q in list_queries():
            rows = _time(f"query {q.name}", lambda q=q: run_query(store, get_query(q.name))[1])
            print(f"{'':<42} {len(rows):8d} rows")
        _remote(path)


def _remote(path: Path) -> None:
    """The same graph pushed to a local Oxigraph server and queried there (skipped without ``oxigraph``)."""
    server = Path(sys.executable).with_name("oxigraph")
    if not server.is_file():
        print("remote store: skipped (no oxigraph server installed)")
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [str(server), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        probe = Endpoint(EndpointConfig(f"{base}/query", retries=20, backoff=0.1, max_backoff=0.1))
        probe.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
        pushed = _time(
            "load to Oxigraph server (SPARQL Update)",
            lambda: push_file(path, Endpoint(EndpointConfig(f"{base}/update"))),
        )
        print(f"{'':<42} {pushed.triples:8d} triples")
        _time(
            "load to Oxigraph server (Graph Store)",
            lambda: push_file(path, Endpoint(EndpointConfig(f"{base}/store")), "gsp"),
        )
        remote = Endpoint(EndpointConfig(f"{base}/query", timeout=600))
        for name in ("conflicting-counts", "attribution-chains"):
            rows = _time(f"remote query {name}", lambda name=name: run_remote(remote, get_query(name))[1])
            print(f"{'':<42} {len(rows):8d} rows")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
