"""Where the ontology, shapes and stored queries live (package data, or the source tree)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["ontology_path", "queries_dir", "shapes_path"]

_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def _data_dir(name: str) -> Path:
    """``name`` as installed in the wheel (``tallygraph/_data``) or at the repository root."""
    packaged = resources.files("tallygraph").joinpath("_data", name)
    if packaged.is_dir():
        return Path(str(packaged))
    return _SOURCE_ROOT / name


def ontology_path() -> Path:
    """The ontology Turtle file."""
    return _data_dir("ontology") / "tallygraph.ttl"


def shapes_path() -> Path:
    """The SHACL shapes Turtle file."""
    return _data_dir("ontology") / "tallygraph-shapes.ttl"


def queries_dir() -> Path:
    """The folder of stored ``.rq`` queries."""
    return _data_dir("queries")
