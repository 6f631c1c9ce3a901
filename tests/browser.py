"""Headless-browser helper for the view tests: Debian's Chromium driven by Python playwright.

No ``playwright install``: the browser is ``/usr/bin/chromium`` (``apt-get install chromium``).
Every request the page makes is routed and recorded; anything but ``file:``, ``data:``,
``about:`` and ``blob:`` is aborted (and then reported by the tests).
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


def unavailable_reason() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"{CHROMIUM} not found (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "python playwright not installed (pip install playwright)"
    return None


@dataclass
class PageLog:
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    @property
    def external(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(LOCAL_SCHEMES)]


@contextmanager
def browser():
    """A launched headless Chromium (playwright Browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@contextmanager
def open_page(path: Path | str | None = None, *, html: str | None = None, browser_=None,
              viewport: tuple[int, int] = (1280, 800)):
    """Open ``path`` (a local file) or ``html`` (set as content) in a fresh context; yield
    ``(page, log)``. All requests are routed, recorded and only local schemes pass."""
    with (browser() if browser_ is None else _nullctx(browser_)) as b:
        context = b.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                service_workers="block")
        log = PageLog()

        def route(r):
            url = r.request.url
            if url not in log.requests:
                log.requests.append(url)
            if url.startswith(LOCAL_SCHEMES):
                r.continue_()
            else:
                log.blocked.append(url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("request", lambda req: req.url in log.requests or log.requests.append(req.url))
        page.on("console", lambda m: m.type == "error" and log.console_errors.append(m.text))
        page.on("pageerror", lambda e: log.page_errors.append(str(e)))
        try:
            if html is not None:
                page.set_content(html, wait_until="load")
            else:
                page.goto(Path(path).resolve().as_uri(), wait_until="load")
            yield page, log
        finally:
            context.close()


@contextmanager
def _nullctx(value):
    yield value


def wait_for_network(page, frame=None, timeout: float = 30_000) -> None:
    """Wait until the kg network page has drawn once."""
    (frame or page).wait_for_function(
        "() => window.kgView && window.kgView.firstDrawn !== null", timeout=timeout)


def node_screen_positions(page, frame=None) -> dict[str, tuple[float, float]]:
    """Viewport coordinates of every drawn node of the kg network page."""
    target = frame or page
    pos = target.evaluate("""() => {
        const api = window.kgView, net = api.network;
        const box = net.body.container.getBoundingClientRect();
        const ids = api.nodesView.getIds();
        const p = net.getPositions(ids);
        const out = {};
        for (const id of ids) {
            const d = net.canvasToDOM(p[id]);
            out[id] = [box.left + d.x, box.top + d.y];
        }
        return out;
    }""")
    dx = dy = 0.0
    if frame is not None and frame != page.main_frame:  # iframe content: add the frame's offset
        dx, dy = frame.frame_element().evaluate(
            "e => { const r = e.getBoundingClientRect();"
            " return [r.left + e.clientLeft, r.top + e.clientTop]; }")
    return {k: (v[0] + dx, v[1] + dy) for k, v in pos.items()}
