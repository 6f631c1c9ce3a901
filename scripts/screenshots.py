"""Screenshots of the seed graph and timeline for the README (headless Chromium from Debian;
Chinese glyphs need a CJK font, e.g. `apt-get install fonts-wqy-microhei`).

    .venv/bin/python scripts/screenshots.py        # writes docs/img/graph.png and docs/img/timeline.png
"""

from __future__ import annotations

import sys
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
    print(f"wrote {out / 'graph.png'} and {out / 'timeline.png'}")


if __name__ == "__main__":
    main()
