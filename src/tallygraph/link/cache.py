"""An on-disk cache of endpoint answers, so that a link run can be repeated offline.

One JSON file per request, named by the SHA-256 of the endpoint URL and the
exact request text. Answers are kept until the cache folder is removed; a
corrupt file counts as a miss and is overwritten by the next online answer.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

__all__ = ["AnswerCache", "default_cache_dir"]


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/tallygraph/wikidata``, else ``~/.cache/tallygraph/wikidata``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tallygraph" / "wikidata"


class AnswerCache:
    """SPARQL JSON answers by (endpoint, request)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, endpoint: str, request: str) -> Path:
        key = hashlib.sha256(f"{endpoint}\n{request}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, endpoint: str, request: str) -> dict[str, Any] | None:
        path = self._path(endpoint, request)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("request") != request or not isinstance(data.get("answer"), dict):
            return None
        return data["answer"]

    def put(self, endpoint: str, request: str, answer: dict[str, Any]) -> None:
        path = self._path(endpoint, request)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        record = {"endpoint": endpoint, "request": request, "answer": answer}
        tmp.write_text(json.dumps(record, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        tmp.replace(path)
