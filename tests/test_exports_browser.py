"""The seed graph and timeline, as built by `kg build`, open from the exports folder in headless
Chromium with no network: no console errors, no outgoing request, every entity drawn."""

from __future__ import annotations

import csv

import pytest

import browser as br

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def test_seed_graph_opens_offline_with_every_entity(built, chromium):
    with (built.out / "entities.csv").open(encoding="utf-8") as handle:
        entities = sum(1 for _ in csv.DictReader(handle))
    with br.open_page(built.out / "graph.html", browser_=chromium) as (page, log):
        br.wait_for_network(page)
        assert page.evaluate("window.kgView.drawnNodeCount()") == entities
        assert log.console_errors == [] and log.page_errors == []
        assert log.external == []


def test_seed_timeline_opens_offline(built, chromium):
    with br.open_page(built.out / "timeline.html", browser_=chromium) as (page, log):
        page.wait_for_load_state("load")
        text = page.inner_text("body")
        assert "桑龙高速" in text and "张石铁路" in text
        assert log.console_errors == [] and log.page_errors == []
        assert log.external == []
