"""The ``kg`` command line: a thin layer over :mod:`kg.api` (see ``docs/cli.md``).

Bad input ends with a one-line error on stderr and a non-zero exit: 2 for a usage error (an unknown
option, a bad value), 1 for a runtime error (a file that cannot be read, a query that fails);
``--debug`` (before or after the command) shows the traceback instead. Output piped into a
program that stops reading (``| head``) ends quietly.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import shutil
import sys
from pathlib import Path

import click

from kg import api
from kg.queries import (
    GRAPH_FORMATS,
    TABLE_FORMATS,
    QueryError,
    apply_params,
    check_format,
    query_form,
    read_query_file,
    remote_query,
    render_table,
    saved_queries,
    saved_query,
)
from kg.reading import InputError
from kg.store import DEFAULT_STORE, StoreError, open_store
from kg.vocab import ENTITY_TYPES

EXPECTED_ERRORS = (InputError, QueryError, StoreError)

store_option = click.option(
    "--store", "store", type=click.Path(path_type=Path), default=DEFAULT_STORE, show_default=True,
    help="Folder of the embedded store.",
)


no_wait_option = click.option(
    "--no-wait", "no_wait", is_flag=True,
    help="If another kg process is writing the store, fail at once (naming its PID) instead of waiting.",
)


def _check_year(_ctx, _param, value):
    try:
        api.check_year(value)
    except InputError as error:
        raise click.BadParameter(str(error).split(": ", 1)[1]) from None
    return value


def _check_city(_ctx, _param, value):
    try:
        return api.check_city(value)
    except InputError as error:
        raise click.BadParameter(str(error).split(": ", 1)[1]) from None


year_option = click.option("--year", type=int, default=None, callback=_check_year,
                           help="The year the report was delivered (default: from the manifest or the text).")
city_option = click.option("--city", default=None, callback=_check_city,
                           help="The report's city or county (default: from the manifest or the text).")


def _debug_first(args: list[str]) -> list[str]:
    """``kg query --debug …`` means ``kg --debug query …``: the flag may follow the command."""
    before = args[: args.index("--")] if "--" in args else args
    if "--debug" not in before[1:]:
        return args
    return ["--debug", *(a for i, a in enumerate(args) if not (a == "--debug" and i < len(before)))]


def _quiet_broken_pipe() -> None:
    """The reader went away (``kg … | head``): drop what is still buffered and end quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


class KgGroup(click.Group):
    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Usage errors (an unknown option or choice) are one line too, like every bad input."""
        args = _debug_first(list(sys.argv[1:] if args is None else args))
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_broken_pipe()
        except click.UsageError as error:
            where = error.ctx.command_path if error.ctx else "kg"
            click.echo(f"kg: error: {' '.join(error.format_message().split())} (see {where} --help)", err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            click.echo(f"kg: error: {' '.join(error.format_message().split())}", err=True)
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("kg: interrupted", err=True)
            sys.exit(130)
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_broken_pipe()
        except EXPECTED_ERRORS as error:
            if ctx.params.get("debug"):
                raise
            click.echo(f"kg: error: {error}", err=True)
            ctx.exit(1)
        except OSError as error:
            if ctx.params.get("debug"):
                raise
            click.echo(f"kg: error: {error.strerror or error}: {getattr(error, 'filename', '') or ''}".rstrip(": "), err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            if ctx.params.get("debug"):
                raise
            click.echo("kg: interrupted", err=True)
            ctx.exit(130)


quiet_option = click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors (no progress, no summary).")


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(package_name="kg")
def main(debug: bool) -> None:
    """A knowledge graph of the projects, places and programmes in government work reports."""


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=Path("exports"), show_default=True, help="Folder for the exports.")
@store_option
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Files analysed in parallel.")
@no_wait_option
@click.option("--base", default=None, help="Base IRI of the instance data (default: $KG_BASE or https://w3id.org/govreport-kg/).")
@click.option("--exports", "exports", default="default", show_default=True, metavar="LIST",
              help="Files to write, comma-separated: trig, ttl, jsonld, graphml, csv, graph, timeline; "
                   "default (all of them), all, none; e.g. trig,csv,graph,timeline for a large corpus.")
@click.option("--dask", metavar="ADDRESS", help="Extract on the Dask cluster whose scheduler is at ADDRESS (pip install 'kg[dask]').")
@year_option
@city_option
@quiet_option
def build(sources, out, store, jobs, no_wait, base, exports, dask, year, city, quiet):
    """Build the graph of SOURCES (files or folders; default seeds/).

    --year and --city describe a single report file; for a folder of reports, a manifest.csv
    beside them says each file's city and year (docs/queries.md, "Corpora")."""
    from kg.export import export_choice

    try:
        chosen = export_choice(exports)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--exports") from None
    summary = api.build(sources or api.DEFAULT_SOURCES, out=out, store=store, jobs=jobs, base=base,
                        city=city, year=year, quiet=quiet, exports=chosen, dask=dask, wait=not no_wait)
    for error in summary.errors:
        click.echo(f"kg: skipped {error}", err=True)
    if quiet:
        return
    click.echo(summary.text())
    click.echo(f"exports: {out}/ ({len(summary.files)} files); store: {store}")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@city_option
@year_option
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True)
def extract(file, city, year, fmt):
    """Extract one document without touching the store."""
    result = api.extract(file, city=city, year=year)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for entity in result["entities"]:
            for mention in entity["mentions"]:
                row = {k: entity[k] for k in ("id", "label", "type", "class")} | mention
                click.echo(json.dumps(row, ensure_ascii=False))
    else:
        body = [
            [e["label"], e["type"], e["class"], str(len(e["mentions"])), " ".join(sorted({m["section"] for m in e["mentions"]}))]
            for e in result["entities"]
        ]
        doc = result["document"]
        click.echo(f"{doc['path']}: {doc['city']} {doc['year']}, {doc['chars']} characters")
        click.echo(render_table(["label", "type", "class", "mentions", "sections"], body))


@main.command()
@click.option("--type", "type_", type=click.Choice([*ENTITY_TYPES, "all"], case_sensitive=False), default="all", show_default=True)
@click.option("--min-years", type=click.IntRange(1), default=2, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@store_option
def recurring(type_, min_years, fmt, store):
    """Entities mentioned in at least N distinct report years."""
    items = api.recurring(store, type=type_, min_years=min_years)
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    header = ["label", "type", "class", "years", "status", "phases"]
    body = [
        [i["label"], i["type"], i["class"], " ".join(map(str, i["years"])), " ".join(f"{y}:{s}" for y, s in i["status"].items()),
         " ".join(f"{p['phase']}:{','.join(f'{y}:{s}' for y, s in p['status'].items()) or '-'}" for p in i["phases"])]
        for i in items
    ]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["id", *header])
        writer.writerows([i["id"], *row] for i, row in zip(items, body))
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(render_table(header, body, clip_at=None))


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.Path(path_type=Path), help="Read the query from a .rq file.")
@click.option("--name", help="Run a saved query (see `kg queries`).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Set a query parameter (repeatable; see `kg queries`).")
@click.option("--format", "fmt", type=click.Choice([*TABLE_FORMATS, *GRAPH_FORMATS], case_sensitive=False), default=None,
              help="SELECT/ASK: table (default), csv, tsv, json, xml; CONSTRUCT/DESCRIBE: ttl (default), nt, jsonld, trig.")
@click.option("--wide", is_flag=True, help="Tables: print long cells whole (default: shortened to 80 characters).")
@store_option
@click.option("--endpoint", help="Query a SPARQL 1.1 endpoint instead of the embedded store.")
def query(sparql, file, name, params, fmt, wide, store, endpoint):
    """Run SPARQL (QUERY, -f FILE.rq or --name SAVED). The store is read-only here: updates are refused."""
    given = [x for x in (sparql, file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of QUERY, -f FILE or --name SAVED")
    pairs = {}
    for param in params:
        key, sep, value = param.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{param!r}: expected NAME=VALUE", param_hint="--param")
        pairs[key.lstrip("?")] = value
    if endpoint:
        text = saved_query(name).prepared(pairs, endpoint=endpoint) if name else _with_params(sparql or read_query_file(file), pairs)
        output = remote_query(endpoint, text, check_format(fmt or "table", query_form(text) in ("CONSTRUCT", "DESCRIBE")))
        click.echo(output, nl=not output.endswith("\n"))
        return
    if name:
        result = api.query(name=name, params=pairs, store=store)
    else:
        result = api.query(_with_params(sparql or read_query_file(file), pairs), store)
    click.echo(result.format(fmt or "table", wide=wide), nl=False)


def _with_params(text: str, pairs: dict[str, str]) -> str:
    return apply_params(text, pairs) if pairs else text


@main.command()
def queries():
    """List the saved queries with their parameters and defaults."""
    for saved in saved_queries():
        click.echo(f"{saved.name:14s} {saved.description}")
        for parameter in saved.parameters:
            click.echo(f"{'':14s}   --param {parameter.name}=…  {parameter.meaning} (default: {parameter.default_text()})")


@main.command()
@click.argument("label", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"], case_sensitive=False), default="text", show_default=True)
@click.option("--wide", is_flag=True, help="One line per status and evidence sentence, however long (default: wrapped to the terminal).")
@store_option
def show(label, fmt, wide, store):
    """One entity: labels, class, places, years, statuses and the evidence sentences.

    LABEL is a Chinese label (traditional characters too), its pinyin (zhangshi tielu), a part of
    it, or the entity's IRI; when several entities match, the candidates are listed."""
    info = api.show(" ".join(label), store)
    if fmt == "json":
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"{info['label']}  ({info['pinyin']})  {info['class']}")
    click.echo(f"id: {info['id']}")
    if info["alt_labels"]:
        click.echo(f"also: {'、'.join(info['alt_labels'])}")
    for link in info["links"]:
        click.echo(f"{link['p']}: {link['label']}")
    if info["definition"]:
        click.echo(f"definition: {info['definition']}")
    click.echo(f"years: {' '.join(map(str, info['years']))}")
    if info["status"]:
        _echo_wrapped("status: " + ", ".join(f"{y} {s}" for y, s in info["status"].items()), wide, "        ")
    click.echo("evidence:")
    for item in info["evidence"]:
        status = f" [{item['status']}]" if item["status"] else ""
        sentence = re.sub(r"\s*\n\s*", "", item["sentence"]).strip()
        _echo_wrapped(f"  {item['year']} {item['city']} {item['section']}{status}: {sentence}", wide, "      ")


def _echo_wrapped(text: str, wide: bool, indent: str) -> None:
    """A line wrapped to the terminal (CJK characters are two columns wide), never cut."""
    width = None if wide else shutil.get_terminal_size((100, 24)).columns
    if not width or _columns(text) <= width:
        click.echo(text)
        return
    line, used = "", 0
    for ch in text:
        if used + _columns(ch) > width:
            click.echo(line.rstrip())
            line, used = indent, len(indent)
        line += ch
        used += _columns(ch)
    click.echo(line.rstrip())


def _columns(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


@main.command()
@store_option
def validate(store):
    """SHACL validation of the store against ontology/shapes.ttl (exit 1 on violations)."""
    conforms, report = api.validate(store)
    if conforms:
        click.echo("conforms: no SHACL violations")
        return
    click.echo(report)
    sys.exit(1)


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("exports/graph.html"), show_default=True)
@click.option("--focus", help="Label or IRI of an entity: show it and its neighbourhood.")
@click.option("--year", type=int, callback=_check_year, help="Only what the report of this year mentions.")
@click.option("--type", "types", multiple=True, type=click.Choice(ENTITY_TYPES, case_sensitive=False), help="Only these types (repeatable).")
@click.option("--max-nodes", type=click.IntRange(1), help="Keep the most important nodes (default 1500; the others are counted in the page).")
@store_option
def viz(out, focus, year, types, max_nodes, store):
    """A self-contained interactive HTML network (works offline, embeddable)."""
    from kg.views.model import load_view_model
    from kg.views.network import write_network_html

    db = open_store(store)
    if focus:
        focus = api.resolve_entity(focus, db)["id"]
    model = load_view_model(db)
    if year is not None and year not in model.years:
        raise QueryError(f"--year {year}: no entity is mentioned in a report of that year (the graph has {', '.join(map(str, model.years)) or 'no reports'})")
    limit = {"max_nodes": max_nodes} if max_nodes else {}  # else the view's default
    try:
        path = write_network_html(model, out, focus=focus, year=year, types=list(types) or None, **limit)
    except KeyError as error:  # the focus entity is not among the year's or the types' entities
        raise QueryError(error.args[0]) from None
    click.echo(f"wrote {path}")


@main.command()
@click.option("--city", required=True, help="The city (张家界市 or 张家界).")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="The HTML file (default: dossier-<city>.html).")
@store_option
def dossier(city, out, store):
    """One self-contained HTML page about a city: targets against results, promises, timeline, map, changes."""
    click.echo(f"wrote {api.dossier(city, out=out, store=store)}")


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("exports/timeline.html"), show_default=True)
@click.option("--programmes", is_flag=True, help="Show programmes as rows too.")
@click.option("--svg", type=click.Path(path_type=Path), help="Also write a static SVG for print.")
@store_option
def timeline(out, programmes, svg, store):
    """Projects × report years, coloured by status."""
    from kg.views.model import load_view_model
    from kg.views.timeline import write_timeline_html, write_timeline_svg

    model = load_view_model(open_store(store))
    click.echo(f"wrote {write_timeline_html(model, out, include_programmes=programmes)}")
    if svg:
        click.echo(f"wrote {write_timeline_svg(model, svg, include_programmes=programmes)}")


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=Path("exports"), show_default=True, help="Folder for the exports.")
@store_option
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Files analysed in parallel.")
@no_wait_option
@year_option
@city_option
@quiet_option
def add(sources, out, store, jobs, no_wait, year, city, quiet):
    """Add report files (or folders) to the graph in the store.

    Builds again from the files the store was built from plus SOURCES; the other reports' named
    graphs and every entity IRI already in the graph stay the same. If a file cannot be read,
    nothing changes. --year and --city describe a single report file (and are kept for later
    builds)."""
    summary = api.add(sources, out=out, store=store, jobs=jobs, wait=not no_wait, year=year, city=city, quiet=quiet)
    for notice in summary.errors:
        click.echo(f"kg: {notice}", err=True)
    if quiet:
        return
    if summary.added:
        click.echo(f"added: {', '.join(summary.added)}")
    if summary.replaced:
        click.echo(f"replaced: {', '.join(summary.replaced)}")
    if not summary.added and not summary.replaced:
        click.echo("added: nothing new (the graph has these files, unchanged)")
    click.echo(summary.text())
    click.echo(f"exports: {out}/ ({len(summary.files)} files); store: {store}")


@main.command()
@click.argument("report")
@click.option("--out", type=click.Path(path_type=Path), default=Path("exports"), show_default=True, help="Folder for the exports.")
@store_option
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Files analysed in parallel.")
@no_wait_option
def remove(report, out, store, jobs, no_wait):
    """Remove a report (e.g. zhangjiajie-2023, all its files) or one of its files from the graph.

    Builds again from the other files the store was built from; the other reports' named graphs
    and their entities' IRIs stay the same."""
    summary = api.remove(report, out=out, store=store, jobs=jobs, wait=not no_wait)
    _print_update(summary, out, store, "removed", summary.removed)


def _print_update(summary, out, store, verb: str, files: list[str]) -> None:
    for error in summary.errors:
        click.echo(f"kg: skipped {error}", err=True)
    if files:
        click.echo(f"{verb}: {', '.join(files)}")
    else:
        click.echo(f"{verb}: nothing new (rebuilt from the recorded sources)")
    click.echo(summary.text())
    click.echo(f"exports: {out}/ ({len(summary.files)} files); store: {store}")



@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True, help="Time limit of one query, in seconds.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Queries that can run at the same time.")
@click.option("--pages", type=click.Path(path_type=Path), default=Path("exports"), show_default=True, help="Folder with graph.html and timeline.html (generated from the store when missing).")
@click.option("--memory-limit", type=click.IntRange(min=0), default=1024, show_default=True, help="Memory of one query worker, in MB (0: no limit); a query over it gets 503.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL-PREFIX", help="Allow SERVICE (federated query) to services under this URL prefix; repeatable. Off by default.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN", help="Origin whose pages may read the answers; repeatable; '*' for any (the default without --allow-service), 'none' for no origin.")
@store_option
def serve(host, port, timeout, workers, pages, memory_limit, allow_service, cors, store):
    """Read-only SPARQL 1.1 endpoint at /sparql, plus the graph, timeline and entity pages (docs/security.md)."""
    from kg.server import serve as serve_forever

    try:
        serve_forever(store, host=host, port=port, timeout=timeout, pages_dir=pages, workers=workers,
                      memory_limit_mb=memory_limit, allow_service=allow_service, cors=cors or None)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            raise
        raise click.ClickException(f"port {port} on {host} is busy (another server is using it): give another --port, or --port 0 for any free one") from None



@main.command()
@click.option("--endpoint", required=True, help="The server's SPARQL query endpoint (the pushed triples are counted there).")
@click.option("--graph-store", help="Its SPARQL 1.1 Graph Store Protocol URL (default: the endpoint).")
@click.option("--user", help="User name for HTTP Basic or Digest authentication.")
@click.option("--password-env", metavar="VAR", help="Environment variable holding the password (never on the command line).")
@store_option
def push(endpoint, graph_store, user, password_env, store):
    """Load the store's named graphs into a SPARQL server (each graph replaced)."""
    import os

    from kg.push import push as push_graphs

    password = None
    if password_env:
        if password_env not in os.environ:
            raise click.BadParameter(f"{password_env}: no such environment variable", param_hint="--password-env")
        password = os.environ[password_env]
    if password is not None and user is None:
        raise QueryError("--password-env needs --user")
    pushed = push_graphs(open_store(store), endpoint, graph_store=graph_store, user=user, password=password)
    click.echo(f"pushed {len(pushed)} graphs, {sum(p.triples for p in pushed)} triples to {graph_store or endpoint}")


@main.command()
@click.option("--city", default=None, help="Only this city's figures (张家界 or 张家界市).")
@click.option("--indicator", default=None, metavar="CODE", help="Only this standard indicator (gdp, tourism_revenue, …).")
@click.option("--kind", type=click.Choice(["target", "actual"]), default=None, help="Only targets or only actual values.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@store_option
def indicators(city, indicator, kind, fmt, store):
    """The figures the reports state: targets and actual values of indicators."""
    items = api.indicators(store, city=city, indicator=indicator, kind=kind)
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    columns = ["city", "report", "year", "kind", "indicator", "label", "measure", "value", "unit", "qualifier", "start", "end"]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([*columns, "normalised", "sentence"])
        for item in items:
            writer.writerow([_cell(item[c]) for c in columns] + [_cell(item["normalised"]), item["sentence"]])
        click.echo(buffer.getvalue(), nl=False)
        return
    click.echo(render_table(columns, [[_cell(item[c]) for c in columns] for item in items]))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


@main.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path, exists=True, file_okay=False), default=Path("gold"))
@click.option("--sources", "sources", multiple=True, type=click.Path(path_type=Path), help="Report files or folders (default seeds/, or the split's texts/).")
@click.option("--split", type=click.Choice(["dev", "test"]), help="Score other cities' reports: GOLD/dev (for tuning) or GOLD/test (never tuned on).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress (the scores are printed all the same).")
@click.option("--rules", "per_rule", is_flag=True, help="Also per rule (kg:extractedBy): mentions, true and false entity hits.")
def evaluate(gold, sources, split, fmt, quiet, per_rule):
    """Precision, recall and F1 of the extractors against a gold standard (docs/annotation.md),
    per type at entity and mention level, and of their cross-year merges."""
    from kg.evaluate import evaluate as run_evaluation
    from kg.evaluate import report_text, rules_text, split_folders
    from kg.progress import Progress
    from kg.resolve import aliases_for

    default_sources = api.DEFAULT_SOURCES
    if split:
        gold, texts = split_folders(gold, split)
        default_sources = (texts,)
    paths, errors = api.collect_sources(sources or default_sources)
    with Progress(len(paths), "extracting", quiet=quiet) as progress:
        documents, failed = api.analyze(paths, progress=progress)
    for error in [*errors, *failed]:
        click.echo(f"kg: skipped {error}", err=True)
    result = run_evaluation(documents, gold, aliases_for(paths))
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(rules=per_rule), ensure_ascii=False, indent=2))
    else:
        click.echo(report_text(result) + (rules_text(result) if per_rule else ""))


@main.command(name="eval-indicators")
@click.argument("gold", type=click.Path(path_type=Path, exists=True, file_okay=False), default=Path("gold/indicators"))
@click.option("--sources", "sources", multiple=True, type=click.Path(path_type=Path),
              help="Report files or folders (default: the gold's texts/ and seeds/).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def evaluate_indicators(gold, sources, fmt):
    """Value-level precision and recall of the stated figures against gold (gold/indicators/README.md)."""
    from kg.indicator_eval import evaluate_indicators as run_evaluation
    from kg.indicator_eval import read_gold, report_text

    read_gold(gold)  # a bad gold folder fails before the reports are read
    paths, errors = api.collect_sources(sources or (gold / "texts", *api.DEFAULT_SOURCES))
    documents, failed = api.analyze(paths)
    for error in [*errors, *failed]:
        click.echo(f"kg: skipped {error}", err=True)
    result = run_evaluation(documents, gold)
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report_text(result))


if __name__ == "__main__":
    main()
