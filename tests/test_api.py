"""The Python API as a notebook uses it (issue 15, item 7): kg.build with a path or a list of
paths, query results that can be read again, as dicts or a DataFrame, shown as a table in
Jupyter, and saved queries by name with parameters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas
import pytest
from conftest import ROOT

import kg
from kg.queries import QueryError

OTHERCITY = ROOT / "tests" / "data" / "othercity"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """One build of two Maoming reports through kg.build with a single str path."""
    work = tmp_path_factory.mktemp("api")
    for name in ("maoming-2018.txt", "maoming-2024.txt"):
        shutil.copy(OTHERCITY / name, work / name)
    summary = kg.build(str(work), out=str(work / "out"), store=str(work / "store"))
    return work, summary


def test_build_takes_a_str_path_a_path_or_a_list(small, tmp_path):
    work, summary = small
    assert summary.reports == ["maoming-2018", "maoming-2024"] and not summary.errors
    one = kg.build(work / "maoming-2018.txt", out=tmp_path / "o1", store=tmp_path / "s1")
    assert one.reports == ["maoming-2018"]
    listed = kg.build([str(work / "maoming-2018.txt"), work / "maoming-2024.txt"], out=tmp_path / "o2", store=tmp_path / "s2")
    assert listed.reports == summary.reports


def test_query_results_can_be_read_again(small):
    work, _ = small
    result = kg.query("SELECT ?label ?year WHERE { ?r a kg:Report ; dcterms:title ?label ; kg:reportYear ?year } ORDER BY ?year",
                      store=work / "store")
    first, second = list(result), list(result)
    assert first == second == result.rows and len(result) == 2
    assert result.rows[0] == {"label": "茂名市2018年政府工作报告", "year": 2018}
    assert result.variables == ["label", "year"]


def test_to_df_and_jupyter_display(small):
    work, _ = small
    result = kg.query("SELECT ?label ?year WHERE { ?r a kg:Report ; dcterms:title ?label ; kg:reportYear ?year } ORDER BY ?year",
                      store=work / "store")
    frame = result.to_df()
    assert isinstance(frame, pandas.DataFrame) and list(frame.columns) == ["label", "year"]
    assert frame["year"].tolist() == [2018, 2024]
    html = result._repr_html_()
    assert html.startswith("<table>") and "<th>label</th>" in html and "茂名市2024年政府工作报告" in html


def test_construct_and_ask_results(small):
    work, _ = small
    graph = kg.query('CONSTRUCT { ?p skos:prefLabel ?l } WHERE { ?p skos:prefLabel "茂名市"@zh ; skos:prefLabel ?l }', store=work / "store")
    assert len(list(graph)) == len(list(graph)) == 2 and {row["object"] for row in graph.rows} == {"茂名市", "Màomíngshì"}
    assert bool(kg.query("ASK { ?s a kg:Report }", store=work / "store")) is True


def test_saved_queries_by_name_with_params(small):
    work, _ = small
    store = work / "store"
    reports = kg.query(name="reports", store=store)
    assert [row["year"] for row in reports] == [2018, 2024]
    changes = kg.query(name="changes", store=store)  # defaults: the latest two report years
    assert changes.rows and {(row["fromYear"], row["toYear"]) for row in changes} == {("2018", "2024")}
    places = kg.query(name="in_place", params={"place": "广东省"}, store=store)
    assert "茂名市" in {row["label"] for row in places}
    with pytest.raises(QueryError, match="no parameter"):
        kg.query(name="reports", params={"year": 2018}, store=store)
    with pytest.raises(QueryError):
        kg.query(store=store)


def test_show_and_find_entities(small):
    work, _ = small
    info = kg.show("maoming shi", store=work / "store")
    assert info["label"] == "茂名市" and all(isinstance(year, int) for year in info["years"])
    assert kg.find_entities("茂名", store=work / "store")[0]["label"] == "茂名市"
    with pytest.raises(kg.AmbiguousLabel) as raised:
        kg.show("粤", store=work / "store")
    assert len(raised.value.candidates) > 1


@pytest.mark.parametrize("given, kept", [
    ("茂名", "茂名市"),  # a short name gives the division's full name
    ("和县", "和县"),  # a full name stoplisted in running text, as a manifest's city accepts it
    ("沾化县", "沾化县"),  # a county since made a district under the same name (沾化区)
])
def test_a_city_option_accepts_what_a_manifest_accepts(given, kept):
    from kg.api import check_city

    assert check_city(given) == kept


def test_a_city_option_that_names_no_division_is_refused():
    from kg.api import check_city
    from kg.reading import InputError

    with pytest.raises(InputError, match="--city 火星市"):
        check_city("火星市")
