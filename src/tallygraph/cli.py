"""The ``tallygraph`` command line: thin commands over :mod:`tallygraph.api`.

Exit codes: 0 done; 1 the graph does not conform or a check found problems;
2 usage error; 3 done, but some input files were skipped (each named on
stderr); 4 nothing could be done (bad claims, gold or graph file).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

import tallygraph.blas  # noqa: F401  (first: one BLAS thread per process, before numpy loads)
from tallygraph import __version__
from tallygraph.errors import InputError, TallyError

__all__ = ["app", "main"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_SKIPPED, EXIT_FAILED = 0, 1, 2, 3, 4

app = typer.Typer(
    help="Figures in news as attributed claims: extract, build, validate, query, evaluate.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction.")]
ArticlesArg = Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .md).", show_default=False)]


def _err(message: str) -> None:
    typer.echo(f"tallygraph: {message}", err=True)


def _report_skipped(errors: list[InputError]) -> None:
    for e in errors:
        _err(f"skipped {e}")


def _graph_suffix(out: Path) -> None:
    """Exit with a usage error unless ``out`` names a graph format we write."""
    from tallygraph.export import FORMATS

    if out.suffix.lower() not in FORMATS:
        _err(f"{out}: unknown graph format {out.suffix!r} (use {', '.join(FORMATS)})")
        raise typer.Exit(EXIT_USAGE)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tallygraph {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """tallygraph command line."""


@app.command()
def extract(
    articles: ArticlesArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Claims file to write (YAML, corpus gold format 1).")],
    jobs: JobsOption = 1,
) -> None:
    """Extract figure claims from articles into a claims file a person can check and correct."""
    from tallygraph import api

    result = api.extract(articles, out, n_process=jobs)
    _report_skipped(result.errors)
    n = sum(len(c.claims) for c in result.claims)
    typer.echo(f"{n} claims from {len(result.claims)} articles written to {out}", err=True)
    if not result.articles:
        raise typer.Exit(EXIT_FAILED)
    raise typer.Exit(EXIT_SKIPPED if result.errors else EXIT_OK)


@app.command()
def build(
    articles: ArticlesArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Graph file: .ttl, .trig, .nq or .jsonld.")],
    claims: Annotated[
        Path | None,
        typer.Option("--claims", help="Curated claims file to use for the articles it lists."),
    ] = None,
    approx_tolerance: Annotated[float, typer.Option(help="Relative half-width of 'about N' intervals.")] = 0.1,
    nearly_tolerance: Annotated[float, typer.Option(help="How far below N 'nearly N' may reach, relative.")] = 0.1,
    jobs: JobsOption = 1,
) -> None:
    """Extract, build, validate and write a graph; refuse to write one that does not conform."""
    from tallygraph import api
    from tallygraph.build import BuildOptions
    from tallygraph.validate import format_violations

    _graph_suffix(out)
    try:
        result = api.build(articles, out, claims, BuildOptions(approx_tolerance, nearly_tolerance), n_process=jobs)
    except TallyError as err:
        _err(str(err))
        raise typer.Exit(EXIT_FAILED) from None
    _report_skipped(result.errors)
    if result.violations:
        _err(f"the graph does not conform to the shapes ({len(result.violations)} violations); nothing written:")
        typer.echo(format_violations(result.violations), err=True)
        raise typer.Exit(EXIT_INVALID)
    if result.articles == 0:
        _err("no article could be built")
        raise typer.Exit(EXIT_FAILED)
    typer.echo(f"{result.figures} figures from {result.articles} articles written to {out}", err=True)
    raise typer.Exit(EXIT_SKIPPED if result.errors else EXIT_OK)


@app.command()
def validate(file: Annotated[Path, typer.Argument(help="Graph file to check.")]) -> None:
    """Check a graph against the SHACL shapes and the cross-article checks."""
    from tallygraph import api
    from tallygraph.validate import format_violations

    try:
        violations, checks = api.validate_file(file)
    except TallyError as err:
        _err(str(err))
        raise typer.Exit(EXIT_FAILED) from None
    if violations:
        typer.echo(format_violations(violations))
    for name, rows in checks:
        for row in rows:
            typer.echo(f"{name}: " + ", ".join(f"{k}={v}" for k, v in row.items()))
    if violations or checks:
        typer.echo(
            f"{len(violations)} shape violations, {sum(len(r) for _, r in checks)} check findings",
            err=True,
        )
        raise typer.Exit(EXIT_INVALID)
    typer.echo(f"{file}: conforms", err=True)


def _params(values: list[str]) -> dict[str, str]:
    out = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            _err(f"--param needs name=value, not {item!r}")
            raise typer.Exit(EXIT_USAGE)
        out[name.strip()] = value
    return out


EndpointOption = Annotated[
    str | None,
    typer.Option("--endpoint", "-e", help="URL of a remote SPARQL service (query, update or graph store URL)."),
]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for each request.")]
RetriesOption = Annotated[int, typer.Option("--retries", min=0, help="Retries after a fault that may pass.")]


def _endpoint(url: str, timeout: float, retries: int):
    from tallygraph.endpoint import Endpoint, EndpointConfig

    try:
        return Endpoint(EndpointConfig(url, timeout=timeout, retries=retries))
    except TallyError as err:
        _err(str(err))
        raise typer.Exit(EXIT_USAGE) from None


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="Stored query name (see 'tallygraph queries') or a .rq file.")],
    data: Annotated[list[Path] | None, typer.Option("--data", "-d", help="Graph file(s) to query.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="Parameter as name=value.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    endpoint: EndpointOption = None,
    timeout: TimeoutOption = 60.0,
    retries: RetriesOption = 3,
) -> None:
    """Run a stored SPARQL query on graph files, or on a remote store with --endpoint."""
    from tallygraph.query import format_rows, get_query, load_store, run_query

    if fmt not in ("table", "csv", "json"):
        _err(f"unknown format {fmt!r} (use table, csv or json)")
        raise typer.Exit(EXIT_USAGE)
    if bool(data) == bool(endpoint):
        _err("give either --data FILE (embedded store) or --endpoint URL (remote store)")
        raise typer.Exit(EXIT_USAGE)
    params = _params(param or [])
    try:
        stored = get_query(name)
        if endpoint:
            from tallygraph.remote import run_remote

            columns, rows = run_remote(_endpoint(endpoint, timeout, retries), stored, params)
        else:
            columns, rows = run_query(load_store(data or []), stored, params)
    except TallyError as err:
        _err(str(err))
        raise typer.Exit(EXIT_FAILED) from None
    sys.stdout.write(format_rows(columns, rows, fmt))
    if fmt != "csv":
        sys.stdout.write("\n")


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="Graph files (.trig, .nq, .ttl, .nt, .jsonld) to store.")],
    endpoint: Annotated[
        str, typer.Option("--endpoint", "-e", help="SPARQL Update URL, or Graph Store URL with --protocol gsp.")
    ],
    protocol: Annotated[str, typer.Option("--protocol", help="update (SPARQL 1.1 Update) or gsp (Graph Store).")] = (
        "update"
    ),
    timeout: TimeoutOption = 60.0,
    retries: RetriesOption = 3,
) -> None:
    """Push graph files into a remote store; each named graph replaces the graph of the same name only."""
    from tallygraph.remote import push_file

    if protocol not in ("update", "gsp"):
        _err(f"unknown protocol {protocol!r} (use update or gsp)")
        raise typer.Exit(EXIT_USAGE)
    client = _endpoint(endpoint, timeout, retries)
    failed = 0
    for path in files:
        try:
            result = push_file(path, client, protocol)
        except TallyError as err:
            _err(f"skipped {err}" if str(err).startswith(str(path)) else f"skipped {path}: {err}")
            failed += 1
            continue
        typer.echo(f"{path}: {result.graphs} graphs, {result.triples} triples stored at {endpoint}", err=True)
    if failed == len(files):
        raise typer.Exit(EXIT_FAILED)
    raise typer.Exit(EXIT_SKIPPED if failed else EXIT_OK)


@app.command()
def link(
    file: Annotated[Path, typer.Argument(help="Graph file whose agents, places and events to link.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Graph file to write, with the automatic links.")],
    proposals: Annotated[
        Path, typer.Option("--proposals", help="Where to write the candidates for review (YAML).")
    ] = Path("link-proposals.yaml"),
    online: Annotated[
        bool, typer.Option("--online/--offline", help="Ask the endpoint; offline (default) uses the cache only.")
    ] = False,
    endpoint: Annotated[
        str, typer.Option("--endpoint", "-e", help="SPARQL endpoint holding Wikidata (or Wikidata-shaped) data.")
    ] = "https://query.wikidata.org/sparql",
    cache: Annotated[
        Path | None, typer.Option("--cache", help="Answer cache folder (default ~/.cache/tallygraph/wikidata).")
    ] = None,
    threshold: Annotated[
        float, typer.Option("--threshold", min=0.0, max=1.0, help="Link without review from this score up.")
    ] = 0.9,
    min_interval: Annotated[float, typer.Option("--min-interval", min=0.0, help="Seconds between requests.")] = 1.0,
    timeout: TimeoutOption = 60.0,
    retries: RetriesOption = 3,
) -> None:
    """Propose Wikidata items for unlinked agents, places and events; link the sure ones, list the rest for review."""
    from tallygraph.endpoint import Endpoint, EndpointConfig
    from tallygraph.export import read_dataset, write_dataset
    from tallygraph.link.cache import AnswerCache, default_cache_dir
    from tallygraph.link.candidates import Lookup
    from tallygraph.link.propose import propose, write_proposals
    from tallygraph.validate import format_violations, validate_dataset

    _graph_suffix(out)
    try:
        client = (
            Endpoint(EndpointConfig(endpoint, timeout=timeout, retries=retries, min_interval=min_interval))
            if online
            else None
        )
        ds = read_dataset(file)
        lookup = Lookup(client, AnswerCache(cache or default_cache_dir()), endpoint)
        run = propose(ds, lookup, threshold)
    except TallyError as err:
        _err(str(err))
        raise typer.Exit(EXIT_FAILED) from None
    violations = validate_dataset(ds)
    if violations:
        _err(f"the linked graph does not conform to the shapes ({len(violations)} violations); nothing written:")
        typer.echo(format_violations(violations), err=True)
        raise typer.Exit(EXIT_INVALID)
    write_proposals(run, proposals)
    write_dataset(ds, out)
    typer.echo(
        f"{len(run.entities)} unlinked: {run.count('auto')} linked without review, {run.count('review')} to review, "
        f"{run.count('none')} without candidates, {run.count('offline')} not looked up "
        f"({run.sent} requests sent, {run.cached} answered from the cache); "
        f"proposals in {proposals}, graph in {out}",
        err=True,
    )
    if run.error:
        _err(f"the endpoint failed, the rest was answered from the cache only: {run.error}")
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def queries() -> None:
    """List the stored queries with their parameters."""
    from tallygraph.query import list_queries

    for q in list_queries():
        params = ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.params) or "no parameters"
        typer.echo(f"{q.name}  ({params})\n    {q.title}: {q.description}")


@app.command(name="eval")
def eval_(
    articles: Annotated[Path, typer.Argument(help="Folder (or file) of articles.")],
    gold: Annotated[Path, typer.Argument(help="Gold claims file (corpus format 1).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    predicted: Annotated[
        Path | None, typer.Option("--claims", help="Score this claims file instead of extracting.")
    ] = None,
) -> None:
    """Score extraction against a gold file: precision, recall, F1 and attribute accuracy."""
    from tallygraph import api

    try:
        result, errors = api.evaluate_paths([articles], gold, predicted)
    except TallyError as err:
        _err(str(err))
        raise typer.Exit(EXIT_FAILED) from None
    _report_skipped(errors)
    for w in result["warnings"]:
        _err(w)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        c, a = result["claims"], result["attributes"]
        typer.echo(
            f"claims: gold {c['gold']}, predicted {c['predicted']}, matched {c['matched']}; "
            f"precision {c['precision']:.3f}, recall {c['recall']:.3f}, F1 {c['f1']:.3f}"
        )
        typer.echo("attributes on matched: " + ", ".join(f"{k} {v:.3f}" for k, v in a.items()))
        typer.echo(f"fully correct: {result['fully_correct']:.3f} of gold figures")
        for art in result["articles"]:
            ac = art["claims"]
            typer.echo(
                f"  {art['file']}: F1 {ac['f1']:.3f} ({ac['matched']}/{ac['gold']} gold, "
                f"{ac['predicted']} predicted), fully correct {art['fully_correct']:.3f}"
            )
    raise typer.Exit(EXIT_SKIPPED if errors else EXIT_OK)


@app.command()
def export(
    file: Annotated[Path, typer.Argument(help="Graph file to read.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    as_: Annotated[
        str,
        typer.Option(
            "--as",
            help="graph (format from the extension: .ttl, .trig, .nq, .jsonld), "
            "quickstatements, or wikibase-rdf (Turtle): figures as Wikidata statements.",
        ),
    ] = "graph",
) -> None:
    """Convert a graph between Turtle, TriG, N-Quads and JSON-LD, or export its figures as Wikidata statements."""
    from tallygraph.export import read_dataset, write_dataset

    if as_ not in ("graph", "quickstatements", "wikibase-rdf"):
        _err(f"unknown --as {as_!r} (use graph, quickstatements or wikibase-rdf)")
        raise typer.Exit(EXIT_USAGE)
    try:
        if as_ == "graph":
            write_dataset(read_dataset(file), out)
            typer.echo(f"{out} written", err=True)
            return
        from tallygraph.query import load_store
        from tallygraph.wikibase import statements, write

        stmts, skipped = statements(load_store(file))
        out.parent.mkdir(parents=True, exist_ok=True)
        write(stmts, out, as_)
    except TallyError as err:
        _err(str(err))
        raise typer.Exit(EXIT_FAILED) from None
    reasons: dict[str, int] = {}
    for _, reason in skipped:
        reasons[reason] = reasons.get(reason, 0) + 1
    typer.echo(f"{len(stmts)} statements written to {out}; {len(skipped)} figures not exportable:", err=True)
    for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
        typer.echo(f"  {n:4d}  {reason}", err=True)


@app.command()
def report(data: Annotated[Path, typer.Option("--data", "-d", help="Graph file.")]) -> None:
    """Print what a graph shows: conflicting counts, attribution chains, parts that do not fit."""
    from tallygraph.report import summary

    try:
        typer.echo(summary(data))
    except TallyError as err:
        _err(str(err))
        raise typer.Exit(EXIT_FAILED) from None


def main() -> None:
    """Console entry point."""
    app()
