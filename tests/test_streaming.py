"""The build's dataset written graph by graph and streamed into the store and the RDF exports
(kg.rdf.write_nquads, kg.store.StoreStaging.write, kg.export.write_rdf): the same statements as
the graphs given, in a fixed order, whatever the sizes of the runs."""

from __future__ import annotations

import pyoxigraph as ox

import kg.export
import kg.store
from kg.export import Staging, _sorted_unique, write_rdf
from kg.rdf import write_nquads
from kg.store import StoreStaging

EX = "http://example.org/"


def _quad(s: str, p: str, o, g: str) -> ox.Quad:
    obj = o if isinstance(o, ox.Literal) else ox.NamedNode(EX + o)
    return ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + p), obj, ox.NamedNode(EX + "graph/" + g))


GRAPHS = [
    [_quad("b", "p", "c", "one"), _quad("a", "p", ox.Literal("x <y> z", language="zh"), "one"), _quad("b", "p", "c", "one")],
    [_quad("a", "p", "c", "two"), _quad("a", "q", ox.Literal("1\n2"), "two"), _quad("b", "p", "c", "two")],
]


def test_each_graph_is_written_once_per_quad_and_sorted(tmp_path):
    path = tmp_path / "d.nq"
    with path.open("wb") as handle:
        count = write_nquads(GRAPHS, handle)
    lines = path.read_bytes().splitlines()
    assert count == len(lines) == 5  # the repeated quad of graph one written once
    assert lines[:2] == sorted(lines[:2]) and lines[2:] == sorted(lines[2:])
    assert {q for q in ox.parse(path=path, format=ox.RdfFormat.N_QUADS)} == {q for g in GRAPHS for q in g}


def test_external_sort_merges_runs_without_repeats(tmp_path):
    runs = [[b"c\n", b"a\n", b"c\n"], [b"b\n", b"a\n"], [b"d\n"]]
    assert list(_sorted_unique(runs, tmp_path)) == [b"a\n", b"b\n", b"c\n", b"d\n"]


def test_store_and_exports_do_not_depend_on_the_run_sizes(tmp_path, monkeypatch):
    path = tmp_path / "d.nq"
    with path.open("wb") as handle:
        write_nquads(GRAPHS, handle)
    outputs = []
    for run in (1, 2, 1000):
        monkeypatch.setattr(kg.store, "LOAD_RUN", run)
        monkeypatch.setattr(kg.export, "SORT_RUN", run)
        folder = tmp_path / f"sizes-{run}"
        staging = StoreStaging(folder / "store")
        staging.write(path)
        store = staging.open()
        assert set(store) == {q for g in GRAPHS for q in g}
        del store
        exports = Staging(folder / "out")
        write_rdf(path, exports, ("trig", "ttl", "jsonld"))
        outputs.append({name: exports.file(name).read_bytes() for name in ("kg.trig", "kg.ttl", "kg.jsonld")})
        triples = list(ox.parse(exports.file("kg.ttl").read_bytes(), format=ox.RdfFormat.TURTLE))
        assert len(triples) == 4  # <b> <p> <c> is in both graphs: once in the union
        exports.discard()
        staging.discard()
    assert outputs[0] == outputs[1] == outputs[2]
