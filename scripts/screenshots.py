"""Screenshots of the seed graph and timeline for the README (headless Chromium from Debian;
Chinese glyphs need a CJK font, e.g. `apt-get install fonts-wqy-microhei`).

    .venv/bin/python scripts/screenshots.py [--exports exports] [--store .kg/store]

writes docs/img/graph.png (the page as it opens), docs/img/graph-zoomed.png (zoomed in on the
most important node: more room, more labels), docs/img/graph-groups.png (grouped by place),
docs/img/timeline.png and docs/img/dossier.png (`kg dossier --city 张家界市` from the seed store
that `kg build` wrote).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import browser  # noqa: E402  (the tests' headless-browser helper)

VIEWPORT = (1400, 900)
#: the page's script API (docs/views.md) puts it in each state before the screenshot
GRAPH_STATES = {
    "graph.png": None,
    "graph-zoomed.png": """() => { const api = window.kgView, net = api.network;
        const top = api.nodes.get().filter(n => api.nodesView.get(n.id))
            .sort((a, b) => a.kgRank - b.kgRank)[0];
        net.moveTo({position: net.getPosition(top.id), scale: 1.3, animation: false}); }""",
    "graph-groups.png": "() => window.kgView.groupBy('place')",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", type=Path, default=ROOT / "exports",
                        help="folder with graph.html and timeline.html (default: exports)")
    parser.add_argument("--store", type=Path, default=ROOT / ".kg" / "store",
                        help="the seed store for the dossier (default: .kg/store)")
    args = parser.parse_args()
    out = ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    with browser.browser() as chromium:
        for name, script in GRAPH_STATES.items():
            with browser.open_page(args.exports / "graph.html", browser_=chromium,
                                   viewport=VIEWPORT) as (page, _log):
                browser.wait_for_network(page)
                if script:
                    page.evaluate(script)
                page.wait_for_timeout(500)
                page.screenshot(path=str(out / name))
        with browser.open_page(args.exports / "timeline.html", browser_=chromium,
                               viewport=VIEWPORT) as (page, _log):
            page.wait_for_load_state("load")
            page.screenshot(path=str(out / "timeline.png"))
        with tempfile.TemporaryDirectory() as folder:
            from kg import api

            dossier = api.dossier("张家界市", out=Path(folder) / "dossier.html", store=args.store)
            with browser.open_page(dossier, browser_=chromium, viewport=(1400, 1000)) as (page, _log):
                page.wait_for_load_state("load")
                page.screenshot(path=str(out / "dossier.png"))
    print(f"wrote {', '.join(GRAPH_STATES)}, timeline.png and dossier.png in {out}")


if __name__ == "__main__":
    main()
