"""Real local servers for tests: an Oxigraph SPARQL server, and small HTTP servers that misbehave on purpose."""

from __future__ import annotations

import contextlib
import http.server
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Oxigraph:
    """A running ``oxigraph serve``: its query, update and graph store URLs."""

    base: str
    process: subprocess.Popen[bytes]

    @property
    def query(self) -> str:
        return f"{self.base}/query"

    @property
    def update(self) -> str:
        return f"{self.base}/update"

    @property
    def store(self) -> str:
        return f"{self.base}/store"


@contextlib.contextmanager
def oxigraph_server(location: Path | None = None, *, union: bool = True) -> Iterator[Oxigraph]:
    """Start the Oxigraph server from the ``oxigraph`` PyPI package on a free loopback port."""
    port = free_port()
    cmd = [str(OXIGRAPH), "serve", "--bind", f"127.0.0.1:{port}"]
    if location is not None:
        cmd += ["--location", str(location)]
    if union:
        cmd.append("--union-default-graph")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1) as resp:
                    resp.read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise RuntimeError(f"oxigraph did not start: {err}") from None
                time.sleep(0.05)
        yield Oxigraph(base, proc)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@dataclass
class FaultyServer:
    """An HTTP server whose handler decides each answer; counts the requests it got."""

    url: str
    hits: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)


@contextlib.contextmanager
def faulty_server(answer: Callable[[http.server.BaseHTTPRequestHandler, int], None]) -> Iterator[FaultyServer]:
    """Serve ``answer(handler, n)`` for the n-th request (from 0), on a free loopback port."""
    state = FaultyServer("")

    class Handler(http.server.BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.body = self.rfile.read(length) if length else b""
            state.hits.append(self.command)
            state.agents.append(self.headers.get("User-Agent", ""))
            answer(self, len(state.hits) - 1)

        do_GET = do_POST = do_PUT = _any

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def reply(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes, ctype: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def forward(handler: http.server.BaseHTTPRequestHandler, target: str) -> None:
    """Pass a POSTed SPARQL query on to a real server and its answer back."""
    req = urllib.request.Request(target, data=getattr(handler, "body", b""), method="POST")
    req.add_header("Content-Type", handler.headers.get("Content-Type", "application/x-www-form-urlencoded"))
    req.add_header("Accept", handler.headers.get("Accept", "application/sparql-results+json"))
    with urllib.request.urlopen(req, timeout=10) as resp:
        reply(handler, resp.status, resp.read(), resp.headers.get("Content-Type", ""))
