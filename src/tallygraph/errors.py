"""The project's exceptions: each carries a one-line message fit for a user."""

from __future__ import annotations

__all__ = [
    "ClaimsFileError",
    "EndpointError",
    "InputError",
    "LinkFileError",
    "QueryError",
    "QueryFileError",
    "TallyError",
    "ValidationFailure",
]


class TallyError(Exception):
    """Base class: ``str(err)`` is a complete one-line message."""


class InputError(TallyError):
    """An input file could not be used; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ClaimsFileError(InputError):
    """A claims file is not in the corpus gold format."""


class QueryFileError(TallyError):
    """A stored query file is missing, or its header is malformed."""


class QueryError(TallyError):
    """A query could not be run (bad parameter, unreadable data)."""


class EndpointError(TallyError):
    """A SPARQL endpoint could not be used (refused, timed out, 5xx, malformed reply) after bounded retries."""


class LinkFileError(TallyError):
    """The reviewed Wikidata mapping (or a proposals file) is malformed; the message names file and entry."""


class ValidationFailure(TallyError):
    """A graph does not conform to the shapes; the message is the readable report."""
