"""The saved queries on a graph of a million triples or more: the embedded store (pyoxigraph on
disk, as `kg query` uses it) against rdflib's default in-memory store.

The graph follows docs/data-model.md: the seed graph (exports/kg.trig, or a fresh `kg build` of
seeds/ when it is missing) copied as often as needed, each copy with its own IRIs (base
``…/govreport-kg/`` becomes ``…/govreport-kg/c{k}/``: its own reports, documents, sentences,
mentions, entities and named graphs) and its own labels (``桑龙高速`` → ``桑龙高速·k``), so that it
looks like the reports of many cities. Copy 0 keeps the original IRIs and labels, so the saved
queries' default parameters select the same entities as on the seed graph. The ontology graph is
kept once.

Every saved query runs with its default parameters, ``--runs`` times on each store; the table
shows the median. The default graph is the union of the named graphs on both sides (pyoxigraph:
``use_default_graph_as_union``; rdflib: ``Dataset(default_union=True)``). rdflib queries run in a
forked child that is killed after ``--cap`` seconds, shown as ``> N s``.

    .venv/bin/python benchmarks/store_vs_rdflib.py --triples 1000000 --runs 3 --cap 300

Memory: rdflib needs about 1.5 KB per quad (see the printed RSS), so 1M triples stay under ~3 GB.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.queries import run_query, saved_queries
from kg.store import open_store
from kg.vocab import DEFAULT_BASE, ONTOLOGY_IRI

LABELS = {
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
}


# -- the synthetic graph ------------------------------------------------------------------------


def seed_quads(trig: Path | None) -> list[ox.Quad]:
    if trig is None:
        trig = ROOT / "exports" / "kg.trig"
    if not trig.exists():
        out = Path(tempfile.mkdtemp(prefix="kg-bench-seed-"))
        subprocess.run([sys.executable, "-m", "kg.cli", "build", "--out", str(out / "exports"), "--store", str(out / "store")],
                       cwd=ROOT, check=True, capture_output=True)
        trig = out / "exports" / "kg.trig"
    with open(trig, "rb") as handle:
        return list(ox.parse(handle, format=ox.RdfFormat.TRIG))


def _is_ontology(term) -> bool:
    return isinstance(term, ox.NamedNode) and term.value.startswith(ONTOLOGY_IRI)


def _mover(prefix: str):
    """A function that moves instance IRIs (not the ontology's) under ``prefix``."""
    memo: dict[str, ox.NamedNode] = {}

    def move(term):
        if isinstance(term, ox.NamedNode) and term.value.startswith(DEFAULT_BASE) and not _is_ontology(term):
            found = memo.get(term.value)
            if found is None:
                found = memo[term.value] = ox.NamedNode(prefix + term.value[len(DEFAULT_BASE):])
            return found
        return term

    return move


def synthetic(seed: list[ox.Quad], copies: int):
    """The quads of the synthetic graph: the ontology graph once, everything else ``copies`` times."""
    ontology_graph = ox.NamedNode(DEFAULT_BASE + "graph/ontology")
    ontology = [q for q in seed if q.graph_name == ontology_graph]
    rest = [q for q in seed if q.graph_name != ontology_graph]
    yield from ontology
    for k in range(copies):
        if k == 0:
            yield from rest
            continue
        move = _mover(f"{DEFAULT_BASE}c{k}/")
        for quad in rest:
            obj = quad.object
            if quad.predicate.value in LABELS and isinstance(obj, ox.Literal) and obj.language == "zh":
                obj = ox.Literal(f"{obj.value}·{k}", language="zh")
            else:
                obj = move(obj)
            yield ox.Quad(move(quad.subject), quad.predicate, obj, move(quad.graph_name))


def to_rdflib(term, rdflib):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    raise TypeError(term)


# -- measuring ----------------------------------------------------------------------------------


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def time_oxigraph(store: ox.Store, text: str, runs: int) -> tuple[list[float], int]:
    times, count = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        results = run_query(store, text)
        count = sum(1 for _ in results) if not isinstance(results, ox.QueryBoolean) else 1
        times.append(time.perf_counter() - started)
    return times, count


def time_rdflib_forked(dataset, text: str, runs: int, cap: float) -> tuple[list[float] | None, int | None]:
    """Run the query in a forked child (so it can be stopped after ``cap`` seconds); the child
    reports each run's time and the row count through a pipe."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        try:
            for run in range(runs):
                started = time.perf_counter()
                count = sum(1 for _ in dataset.query(text))
                elapsed = time.perf_counter() - started
                os.write(write_fd, f"{elapsed} {count}\n".encode())
                if elapsed > 20 and run == 0:  # slow: one run is enough
                    break
        except BaseException as error:  # noqa: BLE001
            os.write(write_fd, f"error {type(error).__name__}: {error}\n".replace("\n", " ").encode() + b"\n")
        finally:
            os._exit(0)
    os.close(write_fd)
    times, count, buffer = [], None, b""
    deadline = time.monotonic() + cap
    import select

    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            os.kill(pid, signal.SIGKILL)
            break
        ready, _, _ = select.select([read_fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(read_fd, 4096)
        if not chunk:
            break
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            text_line = line.decode()
            if text_line.startswith("error"):
                print(f"    rdflib: {text_line}", flush=True)
                continue
            elapsed, rows = text_line.split()
            times.append(float(elapsed))
            count = int(rows)
            deadline = time.monotonic() + cap  # the cap is per run
    os.waitpid(pid, 0)
    os.close(read_fd)
    return (times or None), count


def fmt(seconds: float | None, cap: float) -> str:
    if seconds is None:
        return f"> {cap:g} s"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.1f} s"


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import rdflib

    return (f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB RAM, Python {platform.python_version()}, "
            f"pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}")


# -- main ---------------------------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="least number of triples (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per query and store (median shown)")
    parser.add_argument("--cap", type=float, default=300, help="seconds an rdflib run may take before it is stopped")
    parser.add_argument("--seed", type=Path, default=None, help="TriG of the seed graph (default exports/kg.trig)")
    parser.add_argument("--queries", nargs="*", help="only these saved queries")
    parser.add_argument("--skip-rdflib", action="store_true")
    args = parser.parse_args(argv)

    print(machine(), flush=True)
    seed = seed_quads(args.seed)
    ontology_graph = ox.NamedNode(DEFAULT_BASE + "graph/ontology")
    ontology = sum(1 for q in seed if q.graph_name == ontology_graph)
    per_copy = len(seed) - ontology
    copies = max(1, math.ceil((args.triples - ontology) / per_copy))
    total = ontology + copies * per_copy
    print(f"seed graph: {len(seed):,} quads ({ontology} ontology); {copies} copies → {total:,} quads", flush=True)
    queries = [q for q in saved_queries() if not args.queries or q.name in args.queries]

    workdir = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    results: dict[str, dict] = {q.name: {} for q in queries}
    try:
        # the embedded store, as `kg build` writes it and `kg query` opens it
        started = time.perf_counter()
        store = ox.Store(str(workdir / "store"))
        store.bulk_extend(synthetic(seed, copies))
        store.flush()
        store.optimize()
        del store
        load_ox = time.perf_counter() - started
        store = open_store(workdir / "store")
        stored = len(store)
        print(f"pyoxigraph: loaded {stored:,} quads in {load_ox:.1f} s", flush=True)
        assert stored == total, (stored, total)
        for query in queries:
            times, count = time_oxigraph(store, query.text, args.runs)
            results[query.name]["ox"] = (statistics.median(times), count)
            print(f"  {query.name:12s} pyoxigraph {fmt(statistics.median(times), args.cap):>9s}  {count} rows", flush=True)
        del store

        if not args.skip_rdflib:
            import rdflib

            started = time.perf_counter()
            dataset = rdflib.Dataset(default_union=True)
            graphs: dict[str, rdflib.Graph] = {}

            def quads():
                for quad in synthetic(seed, copies):
                    name = quad.graph_name.value
                    graph = graphs.get(name)
                    if graph is None:
                        graph = graphs[name] = dataset.graph(rdflib.URIRef(name))
                    yield (to_rdflib(quad.subject, rdflib), to_rdflib(quad.predicate, rdflib),
                           to_rdflib(quad.object, rdflib), graph)

            dataset.addN(quads())
            load_rdflib = time.perf_counter() - started
            print(f"rdflib: loaded {len(dataset):,} quads in {load_rdflib:.1f} s, RSS {current_rss_mb():,.0f} MB", flush=True)
            for query in queries:
                times, count = time_rdflib_forked(dataset, query.text, args.runs, args.cap)
                median = statistics.median(times) if times else None
                results[query.name]["rdflib"] = (median, count, len(times or []))
                print(f"  {query.name:12s} rdflib     {fmt(median, args.cap):>9s}  {count if count is not None else '?'} rows", flush=True)
        else:
            load_rdflib = None

        print()
        print(f"{total:,} quads ({copies} copies of the seed graph); median of {args.runs} runs; rdflib capped at {args.cap:g} s per run")
        print(f"load: pyoxigraph {load_ox:.1f} s" + (f", rdflib {load_rdflib:.1f} s (peak RSS {rss_mb():,.0f} MB)" if load_rdflib else ""))
        print()
        print("| query | rows | pyoxigraph (embedded store) | rdflib (in-memory Dataset) | ratio |")
        print("|---|---:|---:|---:|---:|")
        for query in queries:
            ox_time, ox_rows = results[query.name]["ox"]
            rd = results[query.name].get("rdflib")
            if rd is None:
                print(f"| `{query.name}` | {ox_rows:,} | {fmt(ox_time, args.cap)} | – | – |")
                continue
            rd_time, rd_rows, rd_runs = rd
            rows = f"{ox_rows:,}" if rd_rows in (None, ox_rows) else f"{ox_rows:,} (rdflib {rd_rows:,})"
            ratio = f"{rd_time / ox_time:,.0f}×" if rd_time else f"> {args.cap / ox_time:,.0f}×"
            note = "" if rd_time is None or rd_runs == args.runs else f" ({rd_runs} run)"
            print(f"| `{query.name}` | {rows} | {fmt(ox_time, args.cap)} | {fmt(rd_time, args.cap)}{note} | {ratio} |")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
