"""The operations of the tool as plain functions; the CLI is a thin layer over these."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset

from tallygraph import __version__
from tallygraph.build import BuildOptions, Provenance, build_dataset
from tallygraph.claims_io import load_claims, write_claims
from tallygraph.errors import InputError
from tallygraph.evaluate import evaluate
from tallygraph.export import read_dataset, write_dataset
from tallygraph.extract.pipeline import extract_articles
from tallygraph.link.mapping import load_mapping
from tallygraph.load import load_many
from tallygraph.model import Article, ArticleClaims
from tallygraph.nlp import load_nlp, model_name, model_version
from tallygraph.query import list_queries, run_query
from tallygraph.validate import Violation, validate_dataset

__all__ = [
    "BuildResult",
    "ExtractResult",
    "build",
    "check_queries",
    "evaluate_paths",
    "extract",
    "validate_file",
]


@dataclass
class ExtractResult:
    """Claims per article, the articles they came from, and the inputs that were skipped."""

    articles: list[Article]
    claims: list[ArticleClaims]
    errors: list[InputError] = field(default_factory=list)


@dataclass
class BuildResult:
    """A built dataset, its SHACL violations and what was skipped."""

    dataset: Dataset
    violations: list[Violation]
    errors: list[InputError]
    articles: int
    figures: int
    written: bool = False


def _extraction_provenance() -> Provenance:
    nlp = load_nlp()
    return Provenance(
        "extraction",
        f"tallygraph extraction with {model_name()}",
        f"tallygraph {__version__}; {model_version(nlp)}",
    )


def extract(paths: Iterable[str | Path], out: str | Path | None = None, n_process: int = 1) -> ExtractResult:
    """Load and extract articles; write a claims file if ``out`` is given."""
    articles, errors = load_many(paths)
    claims = extract_articles(articles, load_nlp(), n_process=n_process) if articles else []
    prov = _extraction_provenance().version if articles else None
    for c in claims:
        c.generated_by = prov
    if out is not None:
        write_claims(claims, out)
    return ExtractResult(articles, claims, errors)


def build(
    paths: Iterable[str | Path],
    out: str | Path | None,
    claims_file: str | Path | None = None,
    options: BuildOptions | None = None,
    n_process: int = 1,
) -> BuildResult:
    """Extract (or read curated claims), build, validate, and write if the graph conforms.

    Articles listed in ``claims_file`` use the claims there (a person's
    curation); the others are extracted. A claims file whose article text hash
    differs from the article on disk is refused for that article.
    """
    articles, errors = load_many(paths)
    curated: dict[str, ArticleClaims] = {}
    if claims_file is not None:
        for c in load_claims(claims_file):
            curated[c.file] = c
    to_extract = [a for a in articles if a.file not in curated]
    extracted = {c.file: c for c in extract_articles(to_extract, load_nlp(), n_process)} if to_extract else {}
    pairs: list[tuple[Article, ArticleClaims]] = []
    provenance: dict[str, Provenance] = {}
    auto = _extraction_provenance() if to_extract else None
    for a in articles:
        if a.file in curated:
            c = curated[a.file]
            if c.sha256 and c.sha256 != a.sha256:
                errors.append(
                    InputError(
                        a.file,
                        "the claims file was made from a different text of this article (sha256 differs)",
                    )
                )
                continue
            provenance[a.file] = Provenance(
                "curation",
                f"claims curated in {Path(str(claims_file)).name}",
                c.generated_by or "curated",
            )
            pairs.append((a, c))
        else:
            assert auto is not None
            provenance[a.file] = auto
            pairs.append((a, extracted[a.file]))
    ds, build_errors = build_dataset(pairs, provenance, options)
    errors.extend(build_errors)
    violations = validate_dataset(ds)
    figures = sum(len(c.claims) for a, c in pairs if a.file not in {e.path for e in build_errors})
    result = BuildResult(ds, violations, errors, len(pairs) - len(build_errors), figures)
    if out is not None and not violations:
        write_dataset(ds, out)
        result.written = True
    return result


def check_queries(ds_path: str | Path) -> list[tuple[str, list[dict[str, Any]]]]:
    """Run every ``*-violation`` query on a graph file; return those with rows."""
    from tallygraph.query import load_store

    store = load_store(Path(ds_path))
    failed = []
    for q in list_queries():
        if q.is_check:
            _, rows = run_query(store, q)
            if rows:
                failed.append((q.name, rows))
    return failed


def validate_file(
    path: str | Path,
) -> tuple[list[Violation], list[tuple[str, list[dict[str, Any]]]]]:
    """SHACL violations per article graph, and cross-article checks that found something."""
    ds = read_dataset(path)
    return validate_dataset(ds), check_queries(path)


def evaluate_paths(
    articles: Iterable[str | Path], gold: str | Path, predicted: str | Path | None = None
) -> tuple[dict[str, Any], list[InputError]]:
    """Score extraction (or a given claims file) on articles against a gold file."""
    loaded, errors = load_many(articles)
    gold_claims = load_claims(gold)
    wanted = {g.file for g in gold_claims}
    loaded = [a for a in loaded if a.file in wanted]
    if predicted is not None:
        pred = load_claims(predicted)
    else:
        pred = extract_articles(loaded, load_nlp()) if loaded else []
    return evaluate(pred, gold_claims, {a.file: a.text for a in loaded}, entity_aliases()), errors


def entity_aliases() -> dict[str, set[str]]:
    """Names of one entity per the reviewed Wikidata mapping (label, aliases, Q-id), for scoring:
    the corpus counts "an alias or the Wikidata id of the same entity" as the same source."""
    out: dict[str, set[str]] = {}
    for link in load_mapping().links:
        names = {link.label, *link.aliases, link.qid}
        for name in names:
            out.setdefault(" ".join(name.replace("’", "'").lower().split()), set()).update(names)
    return out
