"""Phases of a project reported on their own (kg:ProjectPhase, kg:partOf the project): each phase
keeps its own status, so the project's status never runs backwards (一期 finished one year, 二期
prepared the next). Two made-up reports of one city in the style of the reports."""

from __future__ import annotations

import json

import pytest
from conftest import run_kg

REPORTS = {
    2023: "一、2022年工作回顾\n过去一年，桃花源机场一期工程建成投用，沅江大桥建成通车。\n"
          "二、2023年工作安排\n加快推进沅江大桥引线建设。\n",
    2024: "一、2023年工作回顾\n过去一年，桃花源机场改造提升，沅江大桥引线建成。\n"
          "二、2024年工作安排\n启动桃花源机场二期工程前期工作，争取早日开工。\n",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    work = tmp_path_factory.mktemp("phases")
    corpus = work / "reports"
    corpus.mkdir()
    rows = ["file,city,report_year"]
    for year, text in REPORTS.items():
        (corpus / f"changde-{year}.txt").write_text(text, encoding="utf-8")
        rows.append(f"changde-{year}.txt,常德市,{year}")
    (corpus / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    store = work / "store"
    run_kg("build", str(corpus), "--out", str(work / "out"), "--store", str(store), "--exports", "none", "-q")
    return str(store)


def _airport(store):
    items = json.loads(run_kg("recurring", "--type", "Project", "--format", "json", "--store", store).stdout)
    return next(i for i in items if i["label"] == "桃花源机场")


def test_each_phase_is_part_of_the_project_with_its_own_status(store):
    airport = _airport(store)
    assert airport["years"] == [2023, 2024]
    phases = {p["phase"]: p for p in airport["phases"]}
    assert set(phases) == {"1期", "2期"}
    assert phases["1期"]["years"] == [2023] and phases["1期"]["status"] == {"2023": "Completed"}
    assert phases["2期"]["years"] == [2024] and phases["2期"]["status"]["2024"] in ("Planned", "Preparatory")
    assert phases["2期"]["label"] == "桃花源机场（2期）"


def test_the_project_status_does_not_run_backwards(store):
    # the phases' statuses stay with the phases: the project states none of its own here
    assert "2023" not in _airport(store)["status"]
    rows = json.loads(run_kg("query", "--name", "timeline", "--param", "label=桃花源机场", "--format", "json",
                             "--store", store).stdout)["results"]["bindings"]
    assert all(row.get("status", {}).get("value", "") != "Completed" for row in rows)


def test_phases_query_and_shapes(store):
    rows = json.loads(run_kg("query", "--name", "phases", "--format", "json", "--store", store).stdout)["results"]["bindings"]
    parts = {r["label"]["value"]: r for r in rows}
    assert {"桃花源机场（1期）", "桃花源机场（2期）"} <= set(parts)
    assert parts["桃花源机场（1期）"]["entity"]["value"] == parts["桃花源机场（2期）"]["entity"]["value"]
    assert "2023=Completed@review" in parts["桃花源机场（1期）"]["statuses"]["value"]
    assert "conforms" in run_kg("validate", "--store", store).stdout
