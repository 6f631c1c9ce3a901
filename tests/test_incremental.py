"""Incremental builds (the extraction cache), the choice of exports, progress and --quiet."""

from __future__ import annotations

import io
import pickle
import shutil
import time

import pytest
from conftest import SEED_FILES, run_kg

from kg.cache import ExtractionCache, pipeline_version
from kg.documents import manifest_for
from kg.export import DEFAULT_EXPORTS, DEFAULT_FILES, EXPORTS, export_choice
from kg.progress import Progress


def files_of(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def cached_builds(tmp_path_factory):
    """A build that fills an empty cache, one that reads it back, and `kg add` of the last seed
    onto a store of the others, all with one cache folder."""
    base = tmp_path_factory.mktemp("cache")
    env = {"KG_CACHE": str(base / "cache")}
    seeds = [str(p) for p in SEED_FILES]
    run_kg("build", *seeds, "--out", str(base / "first"), "--store", str(base / "s1"), "--exports", "all", env=env)
    entries = sorted((base / "cache").rglob("*.pickle"))
    run_kg("build", *seeds, "--out", str(base / "second"), "--store", str(base / "s2"), "--exports", "all", env=env)
    run_kg("build", *seeds[:-1], "--out", str(base / "added"), "--store", str(base / "s3"), "--exports", "all", env=env)
    run_kg("add", seeds[-1], "--out", str(base / "added"), "--store", str(base / "s3"), env=env)
    return base, entries


def test_a_build_from_the_cache_is_byte_identical(built, cached_builds):
    base, entries = cached_builds
    assert len(entries) == len(SEED_FILES)  # one entry per file
    fresh = files_of(built.out)  # built without a cache (tests/conftest.py)
    assert files_of(base / "first") == fresh
    assert files_of(base / "second") == fresh


def test_add_gives_the_iris_of_a_full_build(built, cached_builds):
    """`kg add` of one file onto the others' store (their extraction and report graphs from the
    cache, the store updated graph by graph) makes the same entities, IRIs, mentions, exports and
    store as building all the files at once."""
    base, _ = cached_builds
    added = files_of(base / "added")
    fresh = files_of(built.out)
    assert added["entities.csv"] == fresh["entities.csv"]
    assert added["mentions.csv"] == fresh["mentions.csv"]
    assert added["kg.trig"] == fresh["kg.trig"]
    assert {name: added[name] for name in DEFAULT_FILES} == {name: fresh[name] for name in DEFAULT_FILES}
    assert store_lines(base / "s3") == store_lines(built.store)


def store_lines(store) -> list[bytes]:
    import pyoxigraph as ox

    return sorted(ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS).splitlines())


def test_add_updates_the_store_and_reuses_the_unchanged_reports(tmp_path, monkeypatch):
    """`kg add` copies the store it replaces and rewrites only the new report's graph and the
    entity graph; the other reports' graphs, and their parts of the views, come from the cache
    (the new report's part is made from its quads as its graph is made, not queried from the store)."""
    import kg.api
    import kg.dataset
    import kg.store
    import kg.views.model

    monkeypatch.setenv("KG_CACHE", str(tmp_path / "cache"))
    seeds = [str(p) for p in SEED_FILES]
    kg.api.build(seeds[:-1], out=tmp_path / "out", store=tmp_path / "store", quiet=True)
    before = kg.store.read_sources(tmp_path / "store")["graphs"]
    made, updated, summarised, queried = [], [], [], []
    monkeypatch.setattr(kg.dataset, "_make_report", _spy(kg.dataset._make_report, made))
    monkeypatch.setattr(kg.store.StoreStaging, "update", _spy(kg.store.StoreStaging.update, updated))
    monkeypatch.setattr(kg.views.model, "summarise_quads", _spy(kg.views.model.summarise_quads, summarised))
    monkeypatch.setattr(kg.views.model, "summarise_report", _spy(kg.views.model.summarise_report, queried))
    kg.api.add([seeds[-1]], out=tmp_path / "out", store=tmp_path / "store", quiet=True)
    assert len(made) == 1 and updated  # the one new report; the store updated, not loaded whole
    # the new report's graph summarised for the views from its quads; the others' summaries come from the cache
    after = kg.store.read_sources(tmp_path / "store")["graphs"]
    changed = [graph for graph, key in after.items() if "/graph/report/" in graph and before.get(graph) != key]
    assert len(changed) == 1 and [graph for _quads, graph, _prefix in summarised] == changed and queried == []
    changes = updated[0][1]
    assert changes.dropped == []  # the entity graph's old lines were in the cache: changed quad by quad
    graphs = kg.store.read_sources(tmp_path / "store")["graphs"]
    assert len(graphs) == 6  # four reports (2023's in two files), the entity graph and the ontology
    full = tmp_path / "full"
    kg.api.build(seeds, out=full / "out", store=full / "store", quiet=True)
    assert files_of(tmp_path / "out") == files_of(full / "out")
    assert store_lines(tmp_path / "store") == store_lines(full / "store")
    # kg remove updates the store too, and the removed report's graph goes with its name
    updated.clear()
    kg.api.remove("zhangjiajie-2021", out=tmp_path / "out", store=tmp_path / "store")
    assert updated
    import pyoxigraph as ox

    names = {g.value for g in ox.Store.read_only(str(tmp_path / "store")).named_graphs()}
    assert names == set(kg.store.read_sources(tmp_path / "store")["graphs"])
    assert not any(name.endswith("report/zhangjiajie-2021") for name in names)


def test_an_update_without_the_old_graphs_in_the_cache_drops_them(tmp_path, monkeypatch):
    """With another cache folder, the graphs the store holds cannot be compared: an add drops the
    entity graph whole and loads it again, and the store is still that of a full build."""
    import kg.api
    import kg.store

    seeds = [str(p) for p in SEED_FILES]
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "cache"))
    kg.api.build(seeds[:-1], out=tmp_path / "out", store=tmp_path / "store", quiet=True)
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "other-cache"))
    updated = []
    monkeypatch.setattr(kg.store.StoreStaging, "update", _spy(kg.store.StoreStaging.update, updated))
    kg.api.add([seeds[-1]], out=tmp_path / "out", store=tmp_path / "store", quiet=True)
    assert updated and f"{kg.api.DEFAULT_BASE}graph/entities" in updated[0][1].dropped
    full = tmp_path / "full"
    kg.api.build(seeds, out=full / "out", store=full / "store", quiet=True)
    assert files_of(tmp_path / "out") == files_of(full / "out")
    assert store_lines(tmp_path / "store") == store_lines(full / "store")


def _spy(function, calls: list):
    def spy(*args, **kwargs):
        calls.append(args)
        return function(*args, **kwargs)

    return spy


def test_a_report_whose_iris_change_is_made_again(tmp_path):
    """A cached report graph is used only when every entity IRI it names is the one this build
    gives: an alias file added beside unchanged reports merges two names into one entity, and
    the rebuild from the cache gives what a build without a cache gives."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for seed in SEED_FILES:
        shutil.copy(seed, folder / seed.name)
    shutil.copy(SEED_FILES[0].parent / "manifest.csv", folder / "manifest.csv")
    args = ("build", str(folder), "--out", str(tmp_path / "out"), "--store", str(tmp_path / "store"))
    run_kg(*args, env={"KG_CACHE": str(tmp_path / "cache")})
    before = files_of(tmp_path / "out")
    shutil.copy(SEED_FILES[0].parent / "aliases.csv", folder / "aliases.csv")
    run_kg(*args, env={"KG_CACHE": str(tmp_path / "cache")})
    cold = ("build", str(folder), "--out", str(tmp_path / "cold"), "--store", str(tmp_path / "cold-store"))
    run_kg(*cold, env={"KG_CACHE": "off"})
    assert files_of(tmp_path / "out")["kg.trig"] != before["kg.trig"]  # the alias changes IRIs
    assert files_of(tmp_path / "out") == files_of(tmp_path / "cold")
    assert store_lines(tmp_path / "store") == store_lines(tmp_path / "cold-store")


def test_the_key_follows_content_path_manifest_and_pipeline(tmp_path):
    seed = SEED_FILES[0]
    copy = tmp_path / seed.name
    shutil.copy(seed, copy)
    cache = ExtractionCache(tmp_path / "cache")
    meta = manifest_for(copy)
    key = cache.key(copy, meta)
    assert cache.key(copy, meta) == key and len(pipeline_version()) == 64
    assert cache.key(seed, manifest_for(seed)) != key  # another path
    copy.write_bytes(copy.read_bytes() + "\n".encode())
    assert cache.key(copy, meta) != key  # other bytes
    assert cache.key(copy, meta.__class__(**{**meta.__dict__, "year": 1999})) != cache.key(copy, meta)


def _package_copy(tmp_path):
    import kg.cache

    copy = tmp_path / "kg"
    shutil.copytree(kg.cache.PACKAGE, copy, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _edited(path, text="\n# edited\n"):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_the_extraction_key_ignores_the_code_after_extraction(tmp_path):
    from kg.cache import extraction_digest, pipeline_version, report_graph_digest

    package = _package_copy(tmp_path)
    extraction, report = extraction_digest(package), report_graph_digest(package)
    assert extraction == pipeline_version()  # the same files as the installed package's
    for module in ("api.py", "export.py", "dataset.py", "resolve.py", "cli.py", "views/network.py"):
        _edited(package / module)
    _edited(package / "resources" / "queries" / "entities.rq", "# edited\n")
    assert extraction_digest(package) == extraction
    _edited(package / "rdf.py")  # a report graph is made again, its file is not extracted again
    assert extraction_digest(package) == extraction and report_graph_digest(package) != report


@pytest.mark.parametrize("changed", ["resources/patterns/projects.toml", "resources/gazetteer/divisions.tsv",
                                     "extractors/projects.py", "lexicon.py", "text.py", "sections.py"])
def test_the_extraction_key_follows_patterns_gazetteers_and_extractors(tmp_path, changed):
    from kg.cache import extraction_digest

    package = _package_copy(tmp_path)
    before = extraction_digest(package)
    _edited(package / changed, "\n")
    assert extraction_digest(package) != before


@pytest.mark.parametrize("statement", [
    "from kg import helper_module",
    "import kg.helper_module",
    "from . import helper_module",
    "from kg import (\n        vocab,  # a comment\n        helper_module as helper,\n    )",
])
def test_a_module_the_extraction_imports_counts_wherever_it_is_imported(tmp_path, statement):
    from kg.cache import extraction_digest, module_files

    package = _package_copy(tmp_path)
    (package / "helper_module.py").write_text("WORDS = 1\n", encoding="utf-8")
    before = extraction_digest(package)
    _edited(package / "helper_module.py")
    assert extraction_digest(package) == before  # not imported by the extraction
    _edited(package / "text.py", f"\n\ndef _words():\n    {statement}\n    return 1\n")
    assert package / "helper_module.py" in module_files(["kg.documents"], package)
    with_import = extraction_digest(package)
    _edited(package / "helper_module.py")
    assert extraction_digest(package) != with_import


def test_a_damaged_entry_is_a_miss_and_is_replaced(tmp_path):
    from kg.documents import load_document

    seed = SEED_FILES[0]
    cache = ExtractionCache(tmp_path / "cache")
    meta = manifest_for(seed)
    key, found = cache.get(seed, meta)
    assert found is None and cache.misses == 1
    document = load_document(seed, meta)
    cache.put(key, document)
    again, found = cache.get(seed, meta)
    assert again == key and found.mentions == document.mentions
    entry = next((tmp_path / "cache").rglob("*.pickle"))
    entry.write_bytes(b"not a pickle")
    assert cache.get(seed, meta)[1] is None
    entry.write_bytes(pickle.dumps("a string, not a document")[:5])
    assert cache.get(seed, meta)[1] is None
    assert ExtractionCache(None).get(seed, meta) == (None, None)


def test_export_choice():
    assert export_choice("default") == DEFAULT_EXPORTS
    assert DEFAULT_EXPORTS == tuple(EXPORTS)  # the contract's files: docs/cli.md
    assert export_choice("all") == tuple(EXPORTS)
    assert export_choice("csv,trig") == ("trig", "csv")
    assert export_choice("trig,csv,graph,timeline") == ("trig", "csv", "graph", "timeline")
    assert export_choice("none") == ()
    with pytest.raises(ValueError, match="unknown export 'xml'"):
        export_choice("trig,xml")


def test_exports_option_writes_what_is_chosen_and_drops_stale_files(built, tmp_path):
    out, store = tmp_path / "exports", tmp_path / "store"
    shutil.copytree(built.out, out)  # all eight files, kg.jsonld among them
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run_kg("build", "--out", str(out), "--store", str(store), "--exports", "trig,csv", "--quiet")
    assert result.stdout == "" and result.stderr == ""
    assert sorted(p.name for p in out.iterdir()) == ["entities.csv", "kg.trig", "mentions.csv", "notes.txt"]
    assert (out / "kg.trig").read_bytes() == (built.out / "kg.trig").read_bytes()
    bad = run_kg("build", "--out", str(out), "--store", str(store), "--exports", "trig,pdf", check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "unknown export 'pdf'" in bad.stderr


def test_default_exports_are_the_contracts_files(built, tmp_path):
    out = tmp_path / "exports"
    result = run_kg("build", SEED_FILES[0].as_posix(), "--out", str(out), "--store", str(tmp_path / "store"))
    assert "exports:" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == sorted(n for e in DEFAULT_EXPORTS for n in EXPORTS[e])


def test_progress_on_a_terminal_is_a_bar():
    stream = io.StringIO()
    with Progress(3, "extracting", stream=stream, terminal=True) as progress:
        for chars in (1000, 2000, 3000):
            time.sleep(0.15)  # tqdm redraws at most every 0.1 s
            progress.advance(chars)
    text = stream.getvalue()
    assert "3/3 files" in text and "characters/s" in text and "<" in text  # elapsed<left


def test_progress_in_a_log_is_plain_lines(monkeypatch):
    import kg.progress

    monkeypatch.setattr(kg.progress, "LOG_EVERY", 0.0)
    stream = io.StringIO()
    with Progress(2, "extracting", stream=stream, terminal=False) as progress:
        progress.advance(500)
        progress.advance(700)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("kg: extracting: 1/2 files, 500 characters,") and "left" in lines[0]
    assert "\r" not in stream.getvalue() and "\x1b" not in stream.getvalue()


def test_quiet_progress_says_nothing():
    stream = io.StringIO()
    with Progress(2, stream=stream, terminal=True, quiet=True) as progress:
        progress.advance(10)
    assert stream.getvalue() == ""


def test_quiet_add_and_eval(built, tmp_path):
    out, store = tmp_path / "exports", tmp_path / "store"
    run_kg("build", SEED_FILES[0].as_posix(), "--out", str(out), "--store", str(store), "--quiet")
    added = run_kg("add", SEED_FILES[1].as_posix(), "--out", str(out), "--store", str(store), "--quiet")
    assert added.stdout == "" and added.stderr == ""
    scores = run_kg("eval", "--quiet", "--format", "json")
    assert scores.stderr == "" and '"' in scores.stdout


def test_side_files_are_the_manifest_and_the_aliases():
    from kg.cache import SIDE_FILES
    from kg.documents import MANIFEST_NAMES
    from kg.resolve import ALIAS_FILE

    assert set(SIDE_FILES) == {*MANIFEST_NAMES, ALIAS_FILE}


def test_an_unchanged_build_does_nothing_and_a_change_rebuilds(tmp_path):
    """The second build of the same sources leaves exports and store as they are (and imports no
    pipeline); touching an export, changing a file or the manifest makes it build again."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for seed in SEED_FILES[:2]:
        shutil.copy(seed, folder / seed.name)
    shutil.copy(SEED_FILES[0].parent / "manifest.csv", folder / "manifest.csv")
    out, store = tmp_path / "exports", tmp_path / "store"
    env = {"KG_CACHE": str(tmp_path / "cache")}
    args = ("build", str(folder), "--out", str(out), "--store", str(store))
    first = run_kg(*args, env=env)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    check = "import sys, kg.api; kg.api.build([sys.argv[1]], out=sys.argv[2], store=sys.argv[3], quiet=True); print('spacy' in sys.modules)"
    import subprocess
    import sys

    from conftest import ROOT

    again = subprocess.run([sys.executable, "-c", check, str(folder), str(out), str(store)], cwd=ROOT, env={**__import__("os").environ, **env},
                           capture_output=True, text=True, check=True)
    assert again.stdout.strip() == "False"
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before
    assert run_kg(*args, env=env).stdout == first.stdout
    (out / "kg.trig").write_text("damaged", encoding="utf-8")
    run_kg(*args, env=env)
    assert (out / "kg.trig").read_text(encoding="utf-8") != "damaged"
    rebuilt = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    manifest = folder / "manifest.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("张家界市", "张家界"), encoding="utf-8")
    run_kg(*args, env=env)
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} != rebuilt
