"""Where the ontology, shapes and stored queries live (package data, or the source tree)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["links_path", "ontology_path", "queries_dir", "shapes_path", "wikidata_queries_dir"]

_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def _data_dir(name: str, source: str | None = None) -> Path:
    """``name`` as installed in the wheel (``tallygraph/_data``), else ``source`` (or ``name``) in the repository."""
    packaged = resources.files("tallygraph").joinpath("_data", name)
    if packaged.is_dir():
        return Path(str(packaged))
    return _SOURCE_ROOT / (source or name)


def ontology_path() -> Path:
    """The ontology Turtle file."""
    return _data_dir("ontology") / "tallygraph.ttl"


def shapes_path() -> Path:
    """The SHACL shapes Turtle file."""
    return _data_dir("ontology") / "tallygraph-shapes.ttl"


def queries_dir() -> Path:
    """The folder of stored ``.rq`` queries."""
    return _data_dir("queries")


def links_path() -> Path:
    """The reviewed Wikidata mapping (``data/wikidata/links.yaml``)."""
    return _data_dir("wikidata", "data/wikidata") / "links.yaml"


def wikidata_queries_dir() -> Path:
    """Queries sent to Wikidata (or a Wikidata-shaped endpoint) by ``tallygraph link``."""
    return queries_dir() / "wikidata"
