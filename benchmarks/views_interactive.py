"""How long the network page takes to become interactive in headless Chromium.

    .venv/bin/python benchmarks/views_interactive.py --reports 1000 [--runs 5] [--store PATH]
    .venv/bin/python benchmarks/views_interactive.py --nodes 2000 --max-nodes 0 [--runs 5]

``--reports N``: the seed store (built with `kg build` into a temporary folder unless ``--store``
names one) scaled to N reports: the four seed reports are repeated as N/4 other cities, each
copy five years earlier than the last modulo twenty years (2006–2025). Projects, places below
province level, organisations and events are new entities in every copy; programmes, provinces
and countries are shared, as national programmes and provinces are across real cities, so they
gather years and co-mentions. ``--nodes N``: a synthetic graph of N nodes (~3 edges each).

The page is written with kg.views (the same code as `kg viz`, default ``--max-nodes`` unless
given; 0 keeps every node), opened from file:// in Debian's Chromium through playwright, and the
time from navigation start to vis-network's first `afterDrawing` event (window.kgView.firstDrawn)
is read: from then on the page answers clicks and filters.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import browser  # noqa: E402  (the tests' headless-browser helper)
from test_views import synthetic_model  # noqa: E402

from kg.views.model import EdgeInfo, NodeInfo, ViewModel, load_view_model  # noqa: E402
from kg.views.network import DEFAULT_MAX_NODES, write_network_html  # noqa: E402

#: classes whose entities every city shares (the rest are new in every copy)
SHARED_CLASSES = {"Province", "Country"}


def seed_model(store: Path | None, folder: Path) -> ViewModel:
    import pyoxigraph

    if store is None:
        store = folder / "store"
        subprocess.run([sys.executable, "-m", "kg.cli", "build", "--out", str(folder / "out"),
                        "--store", str(store)], cwd=ROOT, check=True, capture_output=True)
    return load_view_model(pyoxigraph.Store.read_only(str(store)))


def scaled_model(seed: ViewModel, reports: int) -> ViewModel:
    """The seed model repeated as reports/4 cities (see the module's docstring)."""
    per_copy = max(1, len(seed.years))
    copies = max(1, -(-reports // per_copy))
    shared = {n.id for n in seed.nodes if n.type == "Programme" or n.cls in SHARED_CLASSES}
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str, str], dict] = {}
    for k in range(copies):
        shift = 5 * (k % 4)

        def ident(v: str) -> str:
            return v if v in shared else f"{v}~{k}"

        for n in seed.nodes:
            years = {y - shift for y in n.years}
            entry = nodes.setdefault(ident(n.id), {
                "node": n, "years": set(), "status": {}, "label": n.label if n.id in shared
                else f"{n.label}·{k}"})
            entry["years"] |= years
            entry["status"].update({y - shift: s for y, s in n.status_by_year.items()})
        for e in seed.edges:
            key = (ident(e.source), ident(e.target), e.kind)
            entry = edges.setdefault(key, {"weight": 0, "by_year": defaultdict(int)})
            entry["weight"] += e.weight
            for y, w in e.weight_by_year.items():
                entry["by_year"][y - shift] += w
    out_nodes = [NodeInfo(
        id=v, label=d["label"], type=d["node"].type, cls=d["node"].cls, pinyin=d["node"].pinyin,
        years=tuple(sorted(d["years"])), status_by_year=dict(sorted(d["status"].items())),
        evidence=d["node"].evidence, evidence_report=d["node"].evidence_report)
        for v, d in sorted(nodes.items())]
    out_edges = [EdgeInfo(s, t, kind, d["weight"], dict(sorted(d["by_year"].items())))
                 for (s, t, kind), d in sorted(edges.items())]
    return ViewModel(nodes=out_nodes, edges=out_edges)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--reports", type=int, help="scale the seed store to this many reports")
    size.add_argument("--nodes", type=int, help="a synthetic graph of this many nodes")
    parser.add_argument("--store", type=Path, help="seed store (default: build one)")
    parser.add_argument("--max-nodes", type=int, default=DEFAULT_MAX_NODES,
                        help="as `kg viz --max-nodes`; 0 keeps every node")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.nodes:
            model = synthetic_model(args.nodes)
            what = f"synthetic graph of {len(model.nodes):,} nodes / {len(model.edges):,} edges"
        else:
            reports = args.reports or 1000
            model = scaled_model(seed_model(args.store, folder), reports)
            what = (f"seeds scaled to {reports:,} reports: {len(model.nodes):,} entities, "
                    f"{len(model.edges):,} edges")
        started = time.perf_counter()
        page_path = write_network_html(model, folder / "graph.html",
                                       max_nodes=args.max_nodes or None)
        written = time.perf_counter() - started
        times, drawn = [], 0
        with browser.browser() as chromium:
            for _ in range(args.runs):
                with browser.open_page(page_path, browser_=chromium) as (page, log):
                    browser.wait_for_network(page, timeout=120_000)
                    times.append(page.evaluate("window.kgView.firstDrawn"))
                    drawn = page.evaluate("window.kgView.drawnNodeCount()")
                    held = page.evaluate("window.kgView.nodes.length")
                    assert not log.external and not log.page_errors
        size_mb = page_path.stat().st_size / 1e6
    print(what)
    print(f"page: {held:,} nodes held, {drawn:,} drawn by default, {size_mb:.1f} MB, "
          f"written in {written:.2f} s (selection, layout, rendering)")
    print("navigation start → interactive (ms): " + ", ".join(f"{t:.0f}" for t in times))
    print(f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms "
          f"over {len(times)} runs")


if __name__ == "__main__":
    main()
