"""The city dossier: target-against-result rules and charts on hand-made figures, what changed
between reports, the map, `kg dossier` on the seeds, and the page in headless Chromium."""

from __future__ import annotations

import re

import pytest

from conftest import run_kg
from dossier_figures import figures
from kg import api
from kg.views.dossier import Report, changes
from kg.views.dossier_svg import MapPlace, _spread_labels, chart_svg, charts, map_svg, nice_ticks, outcome

REPORT_YEARS = {"zhangjiajie-2021": 2021, "zhangjiajie-2023": 2023, "zhangjiajie-2024": 2024, "zhangjiajie-2025": 2025}


def target(value, qualifier=None, measure="growth", unit="%"):
    return {"value": value, "qualifier": qualifier, "measure": measure, "unit": unit}


@pytest.mark.parametrize(
    "goal, result, expected",
    [
        (target(8.0, "以上"), 8.0, "met"),
        (target(8.0, "以上"), 7.9, "missed"),
        (target(8.0, "力争"), 9.0, "met"),
        (target(8.0), 7.0, "missed"),                       # no qualifier: at least
        (target(3.0, "以内"), 3.4, "missed"),                # a ceiling
        (target(3.0, "以内"), 0.6, "met"),
        (target(6.5, "左右"), 6.0, "met"),                   # within half a point
        (target(6.5, "左右"), 7.1, "missed"),
        (target(500.0, "左右", "level", "亿元"), 496.0, "met"),  # amounts: within 1%
        (target(500.0, "左右", "level", "亿元"), 480.0, "missed"),
        (None, 5.0, "unknown"),
    ],
)
def test_outcome(goal, result, expected):
    assert outcome(goal, {"value": result}) == expected


def test_outcome_without_a_result():
    assert outcome(target(8.0, "以上"), None) == "unknown"


def test_charts_pair_targets_and_results_per_year():
    made = {c.indicator or c.label: c for c in charts(figures(), REPORT_YEARS)}
    assert set(made) == {"gdp", "cpi", "tourism_revenue", "<img src=x onerror=alert(1)>指标"}  # grain: results only
    gdp = made["gdp"]
    assert [(v.year, v.outcome) for v in gdp.verdicts] == [
        (2021, "unknown"), (2022, "unknown"), (2023, "met"), (2024, "missed"), (2025, "unknown")]
    assert (gdp.missed, gdp.judged) == (1, 2)
    assert made["cpi"].missed == 1 and made["tourism_revenue"].missed == 0
    # the first report that states a result wins (the next year's review, not a later restatement)
    assert made["tourism_revenue"].verdicts[0].actual["value"] == 956.0
    # judged charts with misses come first
    assert list(made)[:2] == ["gdp", "cpi"] or list(made)[:2] == ["cpi", "gdp"]


def test_a_newer_plan_beats_an_older_target_for_the_same_year():
    five_year = {"indicator": "gdp", "label": "GDP", "report": "zhangjiajie-2021", "year": 2025, "kind": "target",
                 "measure": "growth", "value": 7.5, "unit": "%", "qualifier": "以上"}
    annual = {**five_year, "report": "zhangjiajie-2025", "value": 6.0}
    [chart] = charts([five_year, annual], REPORT_YEARS)
    assert chart.verdicts[0].target["value"] == 6.0


def test_chart_svg_draws_one_point_per_target_and_result_and_escapes():
    made = {c.indicator or c.label: c for c in charts(figures(), REPORT_YEARS)}
    svg = chart_svg(made["gdp"])
    assert svg.count('class="pt target"') == 4 and svg.count('class="pt actual') == 3
    assert svg.count('class="pt actual missed"') == 1 and svg.count('class="miss-band"') == 1
    injected = chart_svg(made["<img src=x onerror=alert(1)>指标"])
    assert "<img" not in injected and "<script" not in injected and "&lt;script&gt;" in injected


@pytest.mark.parametrize("lo, hi", [(2.1, 8.0), (0.6, 3.4), (900, 956), (5, 5), (-1.5, 3), (0.001, 0.004)])
def test_nice_ticks_cover_the_values(lo, hi):
    ticks = nice_ticks(lo, hi)
    assert ticks[0] <= lo and ticks[-1] >= hi and 2 <= len(ticks) <= 7
    steps = {round(b - a, 9) for a, b in zip(ticks, ticks[1:])}
    assert len(steps) == 1


def test_map_points_and_labels():
    places = [MapPlace("张家界市", "Prefecture", 110.479, 29.117, 9, (2021, 2023)),
              MapPlace("永定区", "County", 110.485, 29.125, 2, (2023,)),
              MapPlace("慈利县", "County", 111.139, 29.430, 3, (2021,)),
              MapPlace("<b>x</b>", "Town", 110.2, 29.4, 1, (2024,))]
    svg = map_svg(places)
    assert svg.count('class="pt place"') == 4 and "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;" in svg
    assert map_svg([]) == ""
    # two labels at one spot: the second moves down a line
    assert _spread_labels([(0, 100, 40), (10, 102, 40), (200, 100, 40)]) == [100, 116, 100]


def test_what_changed_between_consecutive_reports():
    reports = [Report("c-2021", 2021, ""), Report("c-2023", 2023, ""), Report("c-2024", 2024, "")]
    projects = {
        "a": {"label": "甲高速", "by_report": {"c-2021": "Planned", "c-2023": "UnderConstruction", "c-2024": "Completed"}},
        "b": {"label": "乙公园", "by_report": {"c-2021": ""}},
        "c": {"label": "丙学校", "by_report": {"c-2023": "Started", "c-2024": ""}},
    }
    first, second = changes(reports, projects)
    assert (first.before.year, first.after.year) == (2021, 2023)
    assert first.new == (("丙学校", "Started"),) and first.gone == (("乙公园", ""),)
    assert first.moved == (("甲高速", "Planned", "UnderConstruction"),)
    # named without a status is no status change
    assert second.new == () and second.gone == () and second.moved == (("甲高速", "UnderConstruction", "Completed"),)


# -- the seeds ----------------------------------------------------------------------------------


def test_kg_dossier_on_the_seeds(built, tmp_path):
    out = tmp_path / "zjj.html"
    result = run_kg("dossier", "--city", "张家界市", "--store", str(built.store), "--out", str(out))
    assert result.stdout.strip() == f"wrote {out}"
    page = out.read_text(encoding="utf-8")
    for anchor in ("targets", "promises", "timeline", "map", "changes"):
        assert f'<section id="{anchor}">' in page
    promised = api.promises(built.store, city="张家界市")
    assert page.count('<tr data-fate="') == len(promised) > 0
    assert page.count("<h3>") == 3  # 2021→2023, 2023→2024, 2024→2025
    assert 'class="pt place"' in page and "张家界市" in page
    assert not re.search(r"(?i)<(script|link|img|iframe)[^>]*\s(src|href)\s*=", page)
    # one chart per indicator, measure and unit with a target; one ring per target year
    observations = api.indicators(store=built.store, city="张家界市")
    targets = {(o["indicator"] or o["label"], o["measure"], o["unit"], o["year"]) for o in observations if o["kind"] == "target"}
    assert targets and page.count('<svg class="kg-chart"') == len({t[:3] for t in targets})
    assert page.count('class="pt target"') == len(targets)
    # the same store gives the same bytes; the short name finds the city too
    again = tmp_path / "again.html"
    run_kg("dossier", "--city", "张家界", "--store", str(built.store), "--out", str(again))
    assert again.read_bytes() == out.read_bytes()


def test_kg_dossier_bad_input(built, tmp_path):
    unknown = run_kg("dossier", "--city", "北京市", "--store", str(built.store), check=False)
    assert unknown.returncode != 0 and unknown.stderr.count("\n") == 1
    assert "no reports of '北京市'" in unknown.stderr and "张家界市" in unknown.stderr
    folder = run_kg("dossier", "--city", "张家界市", "--store", str(built.store), "--out", str(tmp_path), check=False)
    assert folder.returncode != 0 and "is a folder" in folder.stderr


# -- in the browser -------------------------------------------------------------------------------

INJECTED = """张家界市2031年政府工作报告
一、2030年工作回顾
桑龙高速<script>window.__pwned=1</script>建成通车，张家界<img src=x onerror="window.__pwned=1">大道全面开工。
二、2031年工作安排
开工建设<b onmouseover="window.__pwned=1">张家界旅游学校</b>，加快推进张家界<iframe src="https://example.com/">大道建设。
"""


@pytest.mark.browser
def test_dossier_in_chromium(chromium, built, tmp_path):
    import browser

    path = api.dossier("张家界市", out=tmp_path / "d.html", store=built.store, figures=figures())
    with browser.open_page(path, browser_=chromium) as (page, log):
        page.wait_for_load_state("load")
        assert log.external == [] and log.page_errors == [] and log.console_errors == []
        count = page.evaluate
        assert count("document.querySelectorAll('svg.kg-chart').length") == 4
        gdp = "svg.kg-chart[data-key^='gdp|']"
        assert count(f"document.querySelectorAll(\"{gdp} circle.pt.target\").length") == 4
        assert count(f"document.querySelectorAll(\"{gdp} circle.pt.actual\").length") == 3
        assert count(f"document.querySelectorAll(\"{gdp} circle.pt.actual.missed\").length") == 1
        assert count("document.querySelectorAll('figure.chart.has-missed').length") == 2
        assert count("document.querySelectorAll('svg.kg-map circle.pt').length") >= 3
        assert count("document.querySelectorAll('#promises tbody tr').length") == len(api.promises(built.store))
        assert count("document.querySelectorAll('#timeline tbody tr').length") > 50
        # injected markup in a figure's label and sentence is text
        assert count("document.querySelectorAll('img, iframe').length") == 0
        assert count("typeof window.pwned") == "undefined"
        assert "<img src=x onerror=alert(1)>指标" in page.inner_text("#targets")


@pytest.mark.browser
def test_injected_report_text_stays_inert(chromium, tmp_path):
    import browser

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "zhangjiajie-2031.txt").write_text(INJECTED, encoding="utf-8")
    (folder / "zhangjiajie-2030.txt").write_text(INJECTED.replace("2031", "2030").replace("2030年工作回顾", "2029年工作回顾"),
                                                 encoding="utf-8")
    store = tmp_path / "store"
    run_kg("build", str(folder), "--out", str(tmp_path / "exports"), "--store", str(store))
    out = tmp_path / "d.html"
    run_kg("dossier", "--city", "张家界", "--store", str(store), "--out", str(out))
    text = out.read_text(encoding="utf-8")
    assert "window.__pwned=1</script>" not in text and "<img src=x" not in text and "<iframe" not in text
    assert "&lt;script&gt;window.__pwned=1" in text and "&lt;iframe" in text  # the sentences are shown, as text
    with browser.open_page(out, browser_=chromium) as (page, log):
        page.wait_for_load_state("load")
        page.hover("#timeline tbody tr td[data-status]")
        assert log.external == [] and log.page_errors == []
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('img, iframe, b').length") == 0
