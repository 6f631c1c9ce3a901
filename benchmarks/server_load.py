"""Load on the SPARQL endpoint: concurrent clients sending a saved query for a fixed time.

    .venv/bin/python benchmarks/server_load.py [--store .kg/store] [--clients 20] [--seconds 30]
        [--cheap reports] [--heavy entities] [--workers 2] [--oxigraph PATH]

Starts `kg serve` (the real command, port 0, loopback only) on the store, then runs three phases
of `--seconds` each: every client sends the cheap saved query, every client sends the heavy one,
and half of the clients send each ("mixed": how long a cheap query waits while heavy ones run).
Each client is a thread with one keep-alive HTTP/1.1 connection that POSTs the query
(application/sparql-query) as soon as the previous answer is read. Printed per phase: requests
per second, p50/p99 latency of each query, errors (any status other than 200, or a broken
connection) and the peak resident memory of the server with its query workers (sampled from
/proc every 0.2 s). `--oxigraph PATH` runs the same phases against `oxigraph serve-read-only` on
the same store (PyPI package `oxigraph`), for comparison.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.queries import saved_query  # noqa: E402

HOST = "127.0.0.1"


def start_kg(store: Path, workers: int, timeout: float) -> tuple[subprocess.Popen, int, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0", "--workers", str(workers),
         "--timeout", str(timeout), "--pages", str(store / "no-pages")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    line = process.stdout.readline()
    url = line.split("SPARQL endpoint: ", 1)[1].split()[0]
    port = int(url.split(":")[2].split("/")[0])
    return process, port, "/sparql"


def start_oxigraph(binary: str, store: Path, timeout: float) -> tuple[subprocess.Popen, int, str]:
    import socket

    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(store), "--bind", f"{HOST}:{port}", "--union-default-graph",
         "--timeout-s", str(int(timeout))],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    return process, port, "/query"


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and its children, in bytes."""
    total = 0
    pids = {pid}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                pids.add(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    for member in pids:
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def client(port: int, path: str, query: str, until: float, latencies: list[float], errors: list[str]) -> None:
    body = query.encode("utf-8")
    headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    while time.monotonic() < until:
        started = time.perf_counter()
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(str(response.status))
            else:
                latencies.append(time.perf_counter() - started)
        except (OSError, http.client.HTTPException) as error:
            errors.append(type(error).__name__)
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=120)
    connection.close()


def phase(name: str, port: int, path: str, server_pid: int, mix: list[tuple[str, str]], seconds: float) -> None:
    """``mix``: one (label, query) per client."""
    until = time.monotonic() + seconds
    latencies: dict[str, list[float]] = {label: [] for label, _ in mix}
    errors: list[str] = []
    threads = [threading.Thread(target=client, args=(port, path, query, until, latencies[label], errors)) for label, query in mix]
    peak = 0
    started = time.monotonic()
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        peak = max(peak, tree_rss(server_pid))
        time.sleep(0.2)
    elapsed = time.monotonic() - started
    done = sum(len(values) for values in latencies.values())
    parts = [f"{name}: {len(mix)} clients, {elapsed:.0f} s, {done / elapsed:.1f} req/s, errors {len(errors)}"]
    if errors:
        parts.append("(" + ", ".join(f"{e}×{errors.count(e)}" for e in sorted(set(errors))) + ")")
    for label, values in latencies.items():
        if values:
            ordered = sorted(values)
            p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
            parts.append(f"{label} n={len(values)} p50 {statistics.median(ordered) * 1000:.0f} ms p99 {p99 * 1000:.0f} ms")
    parts.append(f"peak RSS {peak / 2**20:.0f} MB")
    print("; ".join(parts), flush=True)


def run(label: str, process: subprocess.Popen, port: int, path: str, args, cheap: str, heavy: str) -> None:
    print(f"== {label} (pid {process.pid}), idle RSS {tree_rss(process.pid) / 2**20:.0f} MB", flush=True)
    try:
        phase("cheap", port, path, process.pid, [(args.cheap, cheap)] * args.clients, args.seconds)
        phase("heavy", port, path, process.pid, [(args.heavy, heavy)] * args.clients, args.seconds)
        half = args.clients // 2
        phase("mixed", port, path, process.pid, [(args.cheap, cheap)] * half + [(args.heavy, heavy)] * (args.clients - half), args.seconds)
    finally:
        if process.poll() is not None:
            print(f"the server died during the run (exit status {process.returncode})", flush=True)
        process.terminate()
        process.wait(30)
        if process.stderr is not None:
            last = process.stderr.read().strip().splitlines()[-5:]
            if last:
                print("its last messages: " + " | ".join(line[:300] for line in last), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=ROOT / ".kg" / "store")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--cheap", default="reports")
    parser.add_argument("--heavy", default="entities")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--oxigraph", help="path of the `oxigraph` command, to measure its server too")
    args = parser.parse_args()
    store = args.store.resolve()
    cheap, heavy = saved_query(args.cheap).text, saved_query(args.heavy).text
    print(f"store {store}; {os.cpu_count()} cores; cheap = {args.cheap}, heavy = {args.heavy}", flush=True)
    process, port, path = start_kg(store, args.workers, args.timeout)
    run(f"kg serve --workers {args.workers}", process, port, path, args, cheap, heavy)
    if args.oxigraph:
        process, port, path = start_oxigraph(args.oxigraph, store, args.timeout)
        run("oxigraph serve-read-only", process, port, path, args, cheap, heavy)


if __name__ == "__main__":
    main()
