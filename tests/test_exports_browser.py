"""The seed graph and timeline, as built by `kg build`, open from the exports folder in headless
Chromium with no network: no console errors, no outgoing request, every entity in the page and
the default view (projects, places, programmes) drawn, readable on one screen."""

from __future__ import annotations

import csv

import pytest

import browser as br
from kg.views.network import DEFAULT_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def test_seed_graph_opens_offline_with_the_default_view(built, chromium):
    with (built.out / "entities.csv").open(encoding="utf-8") as handle:
        types = [row["type"] for row in csv.DictReader(handle)]
    with br.open_page(built.out / "graph.html", browser_=chromium) as (page, log):
        br.wait_for_network(page)
        assert page.evaluate("window.kgView.nodes.length") == len(types)
        assert page.evaluate("window.kgView.drawnNodeCount()") == \
            sum(t in DEFAULT_TYPES for t in types)
        kinds = page.evaluate("window.kgView.edgesView.get().map(e => e.kgKind)")
        assert kinds and "coMentioned" not in kinds
        # the whole default view fits the canvas (no rows of unlinked nodes far below), and the
        # most important names are labelled
        box = page.evaluate("window.kgView.network.body.container.getBoundingClientRect().toJSON()")
        pos = br.node_screen_positions(page)
        assert all(box["left"] <= x <= box["right"] and box["top"] <= y <= box["bottom"]
                   for x, y in pos.values())
        labels = page.evaluate("window.kgView.drawnLabels()")
        assert 20 < len(labels) < len(pos)
        page.check('.kg-filter-kind[value="coMentioned"]')
        assert "coMentioned" in page.evaluate("window.kgView.edgesView.get().map(e => e.kgKind)")
        assert log.console_errors == [] and log.page_errors == []
        assert log.external == []


def test_seed_timeline_opens_offline(built, chromium):
    with br.open_page(built.out / "timeline.html", browser_=chromium) as (page, log):
        page.wait_for_load_state("load")
        text = page.inner_text("body")
        assert "桑龙高速" in text and "张石铁路" in text
        assert log.console_errors == [] and log.page_errors == []
        assert log.external == []
