"""Screenshots of the seed graph and timeline for the README (headless Chromium from Debian;
Chinese glyphs need a CJK font, e.g. `apt-get install fonts-wqy-microhei`).

    .venv/bin/python scripts/screenshots.py        # writes docs/img/graph.png, timeline.png and dossier.png

The dossier is made from the seed store (.kg/store, written by `kg build`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import browser  # noqa: E402  (the tests' headless-browser helper)


def main() -> None:
    out = ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    with browser.browser() as chromium:
        with browser.open_page(ROOT / "exports" / "graph.html", browser_=chromium, viewport=(1400, 900)) as (page, _log):
            browser.wait_for_network(page)
            page.wait_for_timeout(500)
            page.screenshot(path=str(out / "graph.png"))
        with browser.open_page(ROOT / "exports" / "timeline.html", browser_=chromium, viewport=(1400, 900)) as (page, _log):
            page.wait_for_load_state("load")
            page.screenshot(path=str(out / "timeline.png"))
        with tempfile.TemporaryDirectory() as folder:
            from kg import api

            dossier = api.dossier("张家界市", out=Path(folder) / "dossier.html", store=ROOT / ".kg" / "store")
            with browser.open_page(dossier, browser_=chromium, viewport=(1400, 1000)) as (page, _log):
                page.wait_for_load_state("load")
                page.screenshot(path=str(out / "dossier.png"))
    print(f"wrote {out / 'graph.png'}, {out / 'timeline.png'} and {out / 'dossier.png'}")


if __name__ == "__main__":
    main()
