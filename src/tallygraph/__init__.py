"""tallygraph: a knowledge graph of the figures news reports carry, who stated them and through whom."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

try:
    __version__ = version("tallygraph")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
