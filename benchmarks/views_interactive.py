"""How long a synthetic network of N nodes takes to become interactive in headless Chromium.

    .venv/bin/python benchmarks/views_interactive.py [--nodes 2000] [--runs 5]

Writes the page with kg.views (the same code as `kg viz`), opens it from file:// in Debian's
Chromium through playwright, and reads the time from navigation start to vis-network's first
`afterDrawing` event (window.kgView.firstDrawn), when the page answers clicks and filters.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import browser  # noqa: E402  (the tests' headless-browser helper)
from test_views import synthetic_model  # noqa: E402

from kg.views.network import write_network_html  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    model = synthetic_model(args.nodes)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        page_path = write_network_html(model, Path(folder) / "network.html")
        written = time.perf_counter() - started
        times = []
        with browser.browser() as chromium:
            for _ in range(args.runs):
                with browser.open_page(page_path, browser_=chromium) as (page, log):
                    browser.wait_for_network(page, timeout=120_000)
                    times.append(page.evaluate("window.kgView.firstDrawn"))
                    assert page.evaluate("window.kgView.drawnNodeCount()") == args.nodes
                    assert not log.external
    print(f"nodes {args.nodes}, edges {len(model.edges)}, page written in {written:.2f} s")
    print("navigation start → interactive (ms): " + ", ".join(f"{t:.0f}" for t in times))
    print(f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms over {len(times)} runs")


if __name__ == "__main__":
    main()
