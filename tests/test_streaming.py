"""The build's dataset written graph by graph and streamed into the store and the RDF exports
(kg.rdf.write_nquads, kg.store.StoreStaging.write, kg.export.write_rdf): the same statements as
the graphs given, in a fixed order, whatever the sizes of the runs."""

from __future__ import annotations

import os

import pyoxigraph as ox
import pytest
from conftest import SEED_FILES

import kg.export
import kg.store
from kg.export import Staging, _sorted_unique, write_rdf
from kg.rdf import write_nquads
from kg.store import StoreStaging

EX = "http://example.org/"
EXPORTS_ALL = ("trig", "ttl", "jsonld", "graphml", "csv", "graph", "timeline")


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
        monkeypatch.setattr(kg.export, "MERGE_FAN_IN", run + 1)  # 2: the graphs merged in rounds
        monkeypatch.setattr(kg.export, "MERGE_READ", run * 16)
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


def test_sorted_difference_walks_both_sides_once():
    from kg.dataset import _sorted_difference

    old = [b"a\n", b"c\n", b"d\n", b"f\n"]
    new = [b"b\n", b"c\n", b"e\n", b"f\n", b"g\n"]
    assert list(_sorted_difference(old, new)) == [
        (b"a\n", False), (b"b\n", True), (b"d\n", False), (b"e\n", True), (b"g\n", True)]
    assert list(_sorted_difference([], new)) == [(line, True) for line in new]
    assert list(_sorted_difference(old, [])) == [(line, False) for line in old]


def test_trimmed_stream_drops_head_and_tail_across_writes():
    import io

    from kg.export import _Trimmed

    out = io.BytesIO()
    trimmed = _Trimmed(out, 3, 2)
    for piece in (b"ab", b"cdef", b"g", b"hi"):
        trimmed.write(piece)
    assert out.getvalue() == b"defg"  # of abcdefghi: not abc, not hi


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_build_in_small_runs_gives_the_same_exports_and_store(built, tmp_path, monkeypatch, jobs):
    """The entity graph sorted in runs of 50 lines, graphs written on in chunks of 4 KB and the
    store loaded 500 lines at a time (in a thread with two jobs): the exports of a build in one
    piece, and the same quads in the store."""
    import kg.api
    import kg.dataset
    import kg.views.model

    monkeypatch.setattr(kg.dataset, "ENTITY_RUN", 50)
    monkeypatch.setattr(kg.dataset, "CHUNK_BYTES", 4096)
    monkeypatch.setattr(kg.store, "LOAD_RUN", 500)
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "cache"))
    summarised = tmp_path / "summarised"  # a line per report summary made, with the process that made it
    summarise = kg.views.model._summary  # from the store's solutions or from a graph's quads

    def recorded(*args):
        with summarised.open("a") as handle:
            handle.write(f"{os.getpid()}\n")
        return summarise(*args)

    monkeypatch.setattr(kg.views.model, "_summary", recorded)
    out, store = tmp_path / "out", tmp_path / "store"
    kg.api.build([str(p) for p in SEED_FILES], out=out, store=store, jobs=jobs, quiet=True, exports=EXPORTS_ALL)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {p.name: p.read_bytes() for p in built.out.iterdir()}
    quads, expected = list(ox.Store.read_only(str(store))), list(ox.Store.read_only(str(built.store)))
    assert len(quads) == len(expected) and set(quads) == set(expected)
    # each report graph summarised once for the views: by the workers that made the graphs with two jobs
    reports = {q.graph_name.value for q in quads if "/graph/report/" in q.graph_name.value}
    makers = summarised.read_text().split()
    assert len(makers) == len(reports) >= 2
    assert len(list((tmp_path / "cache" / "views").rglob("*.summary"))) == len(reports)
    assert (str(os.getpid()) in makers) is (jobs == 1)


@pytest.mark.parametrize("fan_in, read", [(2, 7), (3, 64), (128, 1 << 16)])
def test_turtle_triples_are_the_graphs_lines_merged(tmp_path, monkeypatch, fan_in, read):
    """The triples of every graph, sorted and once each, whatever the merge's fan-in and reads:
    a graph IRI that begins another's, a literal holding a graph's text, a literal that begins
    another (its quad's next byte is the space before the graph either way)."""
    monkeypatch.setattr(kg.export, "MERGE_FAN_IN", fan_in)
    monkeypatch.setattr(kg.export, "MERGE_READ", read)
    graphs = [
        [_quad("a", "p", ox.Literal("x"), "g"), _quad("a", "p", ox.Literal("x", language="zh"), "g"),
         _quad("a", "p", "c", "g")],
        [_quad("a", "p", ox.Literal("x"), "g2"), _quad("b", "q", ox.Literal(f" <{EX}graph/g> ."), "g2"),
         _quad("ab", "p", "c", "g2")],
        *([_quad(f"s{n % 3}", "p", ox.Literal(str(n)), f"h{n:02}"), _quad("a", "p", "c", f"h{n:02}")] for n in range(12)),
    ]
    path = tmp_path / "d.nq"
    with path.open("wb") as handle:
        write_nquads(graphs, handle)
    segments = kg.export._graph_segments(path)
    assert len(segments) == len(graphs)
    data = path.read_bytes()
    assert [data[start:end].count(b"\n") for start, end, _ in segments] == [len(set(g)) for g in graphs]
    expected = sorted({line[: line.rindex(b" <")] + b" .\n" for line in data.splitlines(keepends=True)})
    assert [line for block in kg.export._merged_triples(path, tmp_path) for line in block] == expected
    assert not list(tmp_path.glob("triples.merge-*"))  # the rounds' files are gone


def test_literal_text_is_what_pyoxigraph_writes():
    """Every code point (but the surrogates), alone and amid text, with each kind of literal the
    report graphs use: the text kg.rdf writes for the report graphs is the serialiser's."""
    from kg.rdf import XSD, T, _lit, _lit_text

    characters = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
    for character in characters:
        assert _lit_text(character) == str(_lit(character)), hex(ord(character))
    escaped = [c for c in characters if _lit_text(c) != f'"{c}"']
    assert len(escaped) == 37  # 33 control characters, quote, backslash, U+FFFE, U+FFFF
    s, p = ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p")
    for character in [*escaped, "二", "a"]:
        quad = ox.Quad(s, p, _lit(f"x{character}y"), ox.NamedNode(EX + "g"))
        line = f"<{EX}s> <{EX}p> {_lit_text(f'x{character}y')} <{EX}g> .\n"
        assert ox.serialize([quad], format=ox.RdfFormat.N_QUADS).decode() == line
    for value in ("", "张家界市2023年", 'say "二期" \\ \n\t\r\x00\x7f\x1f done', 2023, 0):
        assert _lit_text(value) == str(_lit(value))
        assert _lit_text(value, language="zh") == str(_lit(value, language="zh"))
        assert _lit_text(value, language="zh-Latn-pinyin") == str(_lit(value, language="zh-Latn-pinyin"))
        for datatype in ("gYear", "nonNegativeInteger", "decimal", "integer", "string"):
            assert _lit_text(value, T.XSD[datatype]) == str(_lit(value, XSD[datatype]))


@pytest.fixture(scope="module")
def seed_documents_resolved():
    from kg.api import analyze
    from kg.resolve import resolve

    documents, errors = analyze(SEED_FILES)
    assert not errors
    documents.sort(key=lambda d: (d.report_id, d.meta.part, d.doc_id))
    _entities, of_mention, _links, cities = resolve(documents, "https://example.org/kg/")
    return documents, of_mention, cities


def test_report_lines_are_the_report_quads_serialised(seed_documents_resolved):
    """The text lines of a report graph are the lines pyoxigraph writes for the same quads."""
    from kg.rdf import GraphNames, nquads_lines, report_lines

    documents, of_mention, cities = seed_documents_resolved
    names = GraphNames("https://example.org/kg/")
    by_report: dict[str, list] = {}
    for document in documents:
        by_report.setdefault(document.report_id, []).append(document)
    assert len(by_report) >= 2
    for report_id, parts in by_report.items():
        iris = [[of_mention[id(m)].iri for m in d.mentions] for d in parts]
        city = cities.get(parts[0].city)
        lines = report_lines(names, report_id, parts, iris, city.iri if city else None, None)
        assert lines.count(b"\n") > 100
        assert nquads_lines(list(ox.parse(lines, format=ox.RdfFormat.N_QUADS))) == lines


def _graphml(tmp_path, name, write) -> bytes:
    staging = Staging(tmp_path / name)
    write(staging)
    return staging.file("kg.graphml").read_bytes()


def test_graphml_written_node_by_node_is_networkx_graphml(seed_documents_resolved, tmp_path):
    """kg.graphml written as it goes has the bytes networkx writes of the whole graph: the seeds,
    labels with the characters XML escapes, a graph without edges and one without nodes."""
    from kg.export import entity_graph, write_entity_graphml, write_graphml
    from kg.resolve import resolve

    documents, _of_mention, _cities = seed_documents_resolved
    entities, of_mention, links, _ = resolve(documents, "https://example.org/kg/")
    entities[0].labels.clear()
    entities[0].labels['A&B <"C"> \t\n'] = 1
    cases = [(entities, links, documents), (entities[:40], [], []), ([], [], [])]
    for i, (nodes, edges, texts) in enumerate(cases):
        streamed = _graphml(tmp_path, f"s{i}", lambda s: write_entity_graphml(nodes, edges, texts, of_mention, s))
        whole = _graphml(tmp_path, f"w{i}", lambda s: write_graphml(entity_graph(nodes, edges, texts, of_mention), s))
        assert streamed == whole
    assert "A&amp;B &lt;\"C\"&gt;" in _graphml(tmp_path, "s", lambda s: write_entity_graphml(entities, [], [], of_mention, s)).decode()


@pytest.mark.parametrize("cached", [False, True])
def test_documents_held_without_their_text_are_read_whole_again(tmp_path, monkeypatch, cached):
    """A document the build holds (kg.dataset.FullDocuments) has no text, cleaned text, sentences or
    figures, its project mentions' phases noted; it is read whole again from the cache entry or
    the build's scratch file."""
    from kg.api import analyze_files
    from kg.cache import ExtractionCache
    from kg.dataset import FullDocuments
    from kg.promises import mention_phase, phase_of

    cache = ExtractionCache(tmp_path / "cache" if cached else None)
    whole, _ = analyze_files(SEED_FILES[:2], cache=cache)
    full = FullDocuments(cache)
    held, _ = analyze_files(SEED_FILES[:2], cache=cache, keep=full.keep)
    assert len(held) == len(whole) == 2
    for document, reference in zip(held, whole):
        assert document.text is None and document.clean is None and document.sections is None
        assert not document.observations
        again = full.full(document)
        assert again.text == reference.text and len(again.observations) == len(reference.observations) > 0
        assert [(m.start, m.end, m.text, m.candidate.label) for m in again.mentions] == \
            [(m.start, m.end, m.text, m.candidate.label) for m in document.mentions]
        phases = [mention_phase(document, m) for m in document.mentions if m.candidate.type == "Project"]
        assert phases == [phase_of(reference.text, m.start, m.end) for m in reference.mentions if m.candidate.type == "Project"]
    assert (full._spill is None) is cached


def test_documents_sent_back_slim_by_the_workers_are_held_the_same(tmp_path):
    """With two jobs and the cache on, the extraction workers write the cache entries and send
    the documents back slim (kg.dataset.SlimDocument): the build holds the same documents, with
    the same phases, as when this process keeps the whole documents it receives, and reads them
    whole again from the entries the workers wrote."""
    from kg.api import analyze_files
    from kg.cache import ExtractionCache
    from kg.dataset import FullDocuments
    from kg.promises import mention_phase

    files = SEED_FILES[:3]
    reference_cache = ExtractionCache(tmp_path / "reference")
    reference = FullDocuments(reference_cache)
    kept, _ = analyze_files(files, 2, cache=reference_cache, keep=reference.keep)
    cache = ExtractionCache(tmp_path / "cache")
    full = FullDocuments(cache)
    keys_of: dict = {}
    slim = []
    kept_slim = full.kept
    full.kept = lambda document, key: slim.append(key) or kept_slim(document, key)
    held, _ = analyze_files(files, 2, cache=cache, keep=full.keep, held=full, keys_of=keys_of)
    assert len(held) == len(kept) == 3 and full._spill is None and len(slim) == 3
    for document, other in zip(held, kept):
        assert document.text is None and document.clean is None and not document.observations
        assert [(m.start, m.end, m.text, m.candidate.label, mention_phase(document, m)) for m in document.mentions] == \
            [(m.start, m.end, m.text, m.candidate.label, mention_phase(other, m)) for m in other.mentions]
        assert len(document.relations) == len(other.relations)
        assert cache.has(keys_of[id(document)])  # written by the worker
        again, whole = full.full(document), reference.full(other)
        assert again.text == whole.text and len(again.observations) == len(whole.observations) > 0
    # read from the cache the workers wrote, the documents are the same again
    again, _ = analyze_files(files, 1, cache=cache)
    assert [d.text for d in again] == [reference.full(d).text for d in kept]
