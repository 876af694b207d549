"""A polite SPARQL endpoint client: SPARQLWrapper for queries and updates, plain HTTP for the Graph Store Protocol.

Every request carries a real User-Agent, has a timeout, is retried with
exponential back-off on faults that may pass (refused or reset connections,
timeouts, 429 and 5xx answers, honouring ``Retry-After``), and waits at least
``min_interval`` seconds after the previous request to the same client. Faults
that will not pass (a query the server rejects, 401, 404) fail at once. When
the retries are used up, :class:`EndpointError` carries one line naming the
endpoint and the fault; no traceback reaches the user.

Nothing here touches the network at import time.
"""

from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from tallygraph import __version__
from tallygraph.errors import EndpointError

__all__ = ["DEFAULT_USER_AGENT", "WIKIDATA_SPARQL", "Endpoint", "EndpointConfig"]

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
"""The Wikidata Query Service, the default endpoint of ``tallygraph link``."""

DEFAULT_USER_AGENT = (
    f"tallygraph/{__version__} (https://w3id.org/tallygraph; knowledge graph of attributed casualty figures) "
    "SPARQLWrapper/2.0.0"
)
"""Identifies the tool to server operators, as the Wikimedia User-Agent policy asks."""

_RETRY_STATUS = {429, 500, 502, 503, 504}
T = TypeVar("T")


@dataclass(frozen=True)
class EndpointConfig:
    """Where and how politely to talk to an endpoint."""

    url: str
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 30.0
    retries: int = 3
    """Attempts after the first one, for faults that may pass."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled for each further one."""
    max_backoff: float = 60.0
    min_interval: float = 0.0
    """Seconds between the starts of two requests (a rate limit)."""

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise EndpointError(f"{self.url}: not an http(s) endpoint URL")


class _Retry(Exception):
    """A fault that may pass; ``wait`` is what the server asked for, if it did."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.wait = reason, wait


def _retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _short(body: bytes | str | None, limit: int = 160) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body or "")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Endpoint:
    """One SPARQL service: ``select`` and ``update`` through SPARQLWrapper, ``put_graph`` through the GSP.

    :param sleep: how to wait (tests may pass a recorder); :param clock: a monotonic clock.
    """

    def __init__(
        self,
        config: EndpointConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config, self._sleep, self._clock = config, sleep, clock
        self._last_start: float | None = None
        self.requests = 0
        """Requests sent so far (retries included)."""

    # -- the retry loop -------------------------------------------------------------------------

    def _pace(self) -> None:
        if self._last_start is not None and self.config.min_interval > 0:
            wait = self._last_start + self.config.min_interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_start = self._clock()
        self.requests += 1

    def _attempts(self, action: Callable[[], T]) -> T:
        cfg = self.config
        delay = cfg.backoff
        for attempt in range(cfg.retries + 1):
            self._pace()
            try:
                return action()
            except _Retry as fault:
                if attempt == cfg.retries:
                    n = cfg.retries + 1
                    raise EndpointError(
                        f"{cfg.url}: {fault.reason} (gave up after {n} attempt{'s' if n > 1 else ''})"
                    ) from None
                self._sleep(min(cfg.max_backoff, fault.wait if fault.wait is not None else delay))
                delay *= 2
        raise AssertionError("unreachable")

    def _classify(self, err: BaseException) -> BaseException:
        """A fault as :class:`_Retry` (may pass) or :class:`EndpointError` (will not)."""
        url = self.config.url
        if isinstance(err, QueryBadFormed):
            return EndpointError(f"{url}: the server rejected the request as malformed ({_short(str(err))})")
        if isinstance(err, Unauthorized):
            return EndpointError(f"{url}: the server requires credentials (HTTP 401)")
        if isinstance(err, EndPointNotFound):
            return EndpointError(f"{url}: no SPARQL service at this address (HTTP 404)")
        if isinstance(err, URITooLong):
            return EndpointError(f"{url}: request too long for the server (HTTP 414)")
        if isinstance(err, EndPointInternalError):
            return _Retry("server error (HTTP 500)")
        if isinstance(err, urllib.error.HTTPError):
            if err.code in _RETRY_STATUS:
                return _Retry(f"server answered HTTP {err.code}", _retry_after(err.headers))
            return EndpointError(f"{url}: server answered HTTP {err.code} ({_short(err.read())})")
        if isinstance(err, urllib.error.URLError):
            reason = err.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                return _Retry(f"no answer within {self.config.timeout:g} s")
            if isinstance(reason, ConnectionRefusedError):
                return _Retry("connection refused")
            return _Retry(f"cannot connect ({reason})")
        if isinstance(err, (TimeoutError, socket.timeout)):
            return _Retry(f"no answer within {self.config.timeout:g} s")
        if isinstance(err, (ConnectionError, http.client.HTTPException, OSError)):
            return _Retry(f"connection failed ({err.__class__.__name__})")
        if isinstance(err, SPARQLWrapperException):
            return EndpointError(f"{url}: {_short(str(err))}")
        raise err

    def _guarded(self, action: Callable[[], T]) -> Callable[[], T]:
        def run() -> T:
            try:
                return action()
            except (_Retry, EndpointError):
                raise
            except Exception as err:
                raise self._classify(err) from None

        return run

    # -- SPARQL protocol -------------------------------------------------------------------------

    def _wrapper(self) -> SPARQLWrapper:
        sw = SPARQLWrapper(self.config.url, updateEndpoint=self.config.url, agent=self.config.user_agent)
        sw.setTimeout(max(1, round(self.config.timeout)))
        sw.setMethod(POST)
        return sw

    def select(self, query: str) -> dict[str, Any]:
        """Run a SELECT query; the SPARQL 1.1 JSON results as a dict (``head``, ``results``)."""

        def once() -> dict[str, Any]:
            sw = self._wrapper()
            sw.setQuery(query)
            sw.setReturnFormat(JSON)
            response = sw.query().response
            body = response.read()
            try:
                data = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise _Retry(f"malformed reply, not SPARQL JSON results ({_short(body, 60)!r})") from None
            if not isinstance(data, dict) or "bindings" not in (data.get("results") or {}):
                raise _Retry("malformed reply: JSON without results.bindings")
            return data

        return self._attempts(self._guarded(once))

    def update(self, request: str) -> None:
        """Send a SPARQL Update request (the endpoint URL is the update service)."""

        def once() -> None:
            sw = self._wrapper()
            sw.setQuery(request)
            sw.query().response.read()

        self._attempts(self._guarded(once))

    # -- Graph Store Protocol --------------------------------------------------------------------

    def put_graph(self, graph: str | None, ntriples: bytes) -> None:
        """Replace one graph (``None``: the default graph) by HTTP PUT, SPARQL 1.1 Graph Store Protocol."""
        query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        sep = "&" if urllib.parse.urlsplit(self.config.url).query else "?"
        target = f"{self.config.url}{sep}{query}"

        def once() -> None:
            req = urllib.request.Request(target, data=ntriples, method="PUT")
            req.add_header("Content-Type", "application/n-triples")
            req.add_header("User-Agent", self.config.user_agent)
            with urllib.request.urlopen(req, timeout=self.config.timeout) as resp:
                resp.read()

        self._attempts(self._guarded(once))
