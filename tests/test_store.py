"""The store under concurrent use: one writer at a time (a lock), readers that never block and
never harm it (read-only snapshots), and adds that change nothing when nothing is new. Each test
runs real ``kg`` processes side by side, as two terminals or a notebook and a terminal would."""

from __future__ import annotations

import select
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import SEEDS, run_kg

import kg
import kg.api
import kg.store
from kg.export import EXPORT_FILES

pytestmark = pytest.mark.e2e

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def build_one(tmp_path: Path, name: str = "zhangjiajie-2021.txt") -> tuple[Path, Path]:
    out, store = tmp_path / "out", tmp_path / "store"
    run_kg("build", str(SEEDS / name), "--out", str(out), "--store", str(store))
    return out, store


def count(store) -> int:
    return int(next(iter(kg.query(COUNT, store)))["n"])


def test_open_store_is_read_only(tmp_path):
    _out, store = build_one(tmp_path)
    db = kg.open_store(store)
    assert count(db) > 0
    with pytest.raises((OSError, RuntimeError)):
        db.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    del db


READER = textwrap.dedent(
    """
    import sys
    import kg
    store = kg.open_store(sys.argv[1])
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    def count(db):
        return str(next(iter(kg.query(query, db)))["n"])
    print("open", count(store), flush=True)
    sys.stdin.readline()                      # the test runs kg add meanwhile
    print("kept", count(store), kg.show("荷花国际机场", store)["years"], flush=True)
    print("reopened", count(kg.open_store(sys.argv[1])), flush=True)
    """
)


def test_reader_kept_open_while_add_runs(tmp_path):
    """A notebook holds the store open (kg.open_store) while ``kg add`` runs in a terminal: the
    add succeeds, the notebook keeps answering from its snapshot, and every later command works."""
    out, store = build_one(tmp_path)
    before = count(store)
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout.readline().split() == ["open", str(before)]
        run_kg("add", str(SEEDS / "zhangjiajie-2024.txt"), "--out", str(out), "--store", str(store))
        stdout, _ = reader.communicate("go\n", timeout=120)
    finally:
        reader.kill()
    assert reader.returncode == 0
    after = count(store)
    assert after > before
    kept, reopened = stdout.splitlines()
    assert kept == f"kept {before} [2021]"
    assert reopened == f"reopened {after}"
    assert run_kg("query", COUNT, "--format", "csv", "--store", str(store)).stdout.split()[-1] == str(after)
    assert run_kg("validate", "--store", str(store)).returncode == 0


# -- one writer at a time ------------------------------------------------------------------------


def kg_process(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *args], cwd=Path(__file__).resolve().parents[1],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def recorded_reports(store: Path) -> list[str]:
    return sorted({entry["report"] for entry in kg.store.read_sources(store)["sources"]})


def test_concurrent_adds_both_land(tmp_path):
    """Two ``kg add`` started together: the second waits for the first, and both files are in the
    graph afterwards (without the lock, the later switch dropped the earlier add)."""
    out, store = build_one(tmp_path)
    first = kg_process("add", str(SEEDS / "zhangjiajie-2024.txt"), "--out", str(out), "--store", str(store))
    second = kg_process("add", str(SEEDS / "zhangjiajie-2025.txt"), "--out", str(out), "--store", str(store))
    results = [first.communicate(timeout=300), second.communicate(timeout=300)]
    assert first.returncode == 0 and second.returncode == 0, results
    assert recorded_reports(store) == ["zhangjiajie-2021", "zhangjiajie-2024", "zhangjiajie-2025"]
    years = {int(row["y"]) for row in kg.query("SELECT DISTINCT ?y WHERE { ?r a kg:Report ; kg:reportYear ?y }", store)}
    assert years == {2021, 2024, 2025}
    assert "zhangjiajie-2025" in (out / "kg.trig").read_text(encoding="utf-8")
    assert "zhangjiajie-2024" in (out / "kg.trig").read_text(encoding="utf-8")


HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kg.store import writer_lock
    with writer_lock(Path(sys.argv[1])):
        print("held", flush=True)
        sys.stdin.readline()
    """
)


def test_no_wait_names_the_holder_and_readers_do_not_block(tmp_path):
    out, store = build_one(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        refused = run_kg("add", str(SEEDS / "zhangjiajie-2024.txt"), "--no-wait", "--out", str(out), "--store", str(store), check=False)
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and f"PID {holder.pid}" in lines[0] and "being written" in lines[0], refused.stderr
        for command in (["build", str(SEEDS / "zhangjiajie-2024.txt")], ["remove", "zhangjiajie-2021"]):
            refused = run_kg(*command, "--no-wait", "--out", str(out), "--store", str(store), check=False)
            assert refused.returncode != 0 and f"PID {holder.pid}" in refused.stderr
        # readers take no lock: a query answers while the writer holds it
        assert run_kg("query", COUNT, "--format", "csv", "--store", str(store), check=False).returncode == 0
        assert count(store) > 0
        waiting = kg_process("add", str(SEEDS / "zhangjiajie-2024.txt"), "--out", str(out), "--store", str(store))
        ready, _, _ = select.select([waiting.stderr], [], [], 120)
        assert ready, "kg add neither waited nor failed"
        assert f"waiting for PID {holder.pid}" in waiting.stderr.readline()
        time.sleep(1)
        assert waiting.poll() is None  # still waiting for the holder
        holder.communicate("release\n", timeout=30)
        stdout, stderr = waiting.communicate(timeout=300)
        assert waiting.returncode == 0, stderr
    finally:
        holder.kill()
    assert recorded_reports(store) == ["zhangjiajie-2021", "zhangjiajie-2024"]


def test_lock_of_a_killed_writer_is_free(tmp_path):
    """flock dies with its holder: a writer killed with SIGKILL does not block the next one."""
    out, store = build_one(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    run_kg("add", str(SEEDS / "zhangjiajie-2024.txt"), "--no-wait", "--out", str(out), "--store", str(store))
    assert recorded_reports(store) == ["zhangjiajie-2021", "zhangjiajie-2024"]


# -- adds that change nothing, or replace ---------------------------------------------------------


def tree_bytes(*folders: Path) -> dict[str, bytes]:
    return {
        str(p): p.read_bytes()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_re_adding_identical_content_changes_no_byte(tmp_path):
    out, store = build_one(tmp_path)
    assert sorted(p.name for p in out.iterdir()) == sorted(EXPORT_FILES)  # what the no-op checks for
    before = tree_bytes(out, store)
    mentions = (out / "mentions.csv").read_bytes()
    built = run_kg("build", str(SEEDS / "zhangjiajie-2021.txt"), "--out", str(tmp_path / "o2"), "--store", str(tmp_path / "s2")).stdout
    copy = tmp_path / "elsewhere" / "report.txt"
    copy.parent.mkdir()
    copy.write_bytes((SEEDS / "zhangjiajie-2021.txt").read_bytes())
    for again in (SEEDS / "zhangjiajie-2021.txt", copy):  # the same file, and the same bytes elsewhere
        result = run_kg("add", str(again), "--out", str(out), "--store", str(store))
        assert result.stdout.splitlines()[0] == "added: nothing new (the graph has these files, unchanged)"
        # the summary read back from the store is the build's own
        assert result.stdout.splitlines()[1:-1] == built.splitlines()[:-1]
        assert tree_bytes(out, store) == before
    assert (out / "mentions.csv").read_bytes() == mentions


def test_re_adding_changed_content_replaces_the_report(tmp_path):
    report = tmp_path / "in" / "zhangjiajie-2024.txt"
    report.parent.mkdir()
    text = (SEEDS / "zhangjiajie-2024.txt").read_text(encoding="utf-8")
    report.write_text(text, encoding="utf-8")
    out, store = tmp_path / "out", tmp_path / "store"
    run_kg("build", str(SEEDS / "zhangjiajie-2021.txt"), str(report), "--out", str(out), "--store", str(store))
    # the same path with new content: the report is replaced, not doubled
    shorter = "\n".join(text.splitlines()[: len(text.splitlines()) // 2]) + "\n"
    report.write_text(shorter, encoding="utf-8")
    result = run_kg("add", str(report), "--out", str(out), "--store", str(store))
    assert f"replaced: {report}" in result.stdout.splitlines()
    assert "from 2 files" in result.stdout
    expected = tmp_path / "expected"
    run_kg("build", str(SEEDS / "zhangjiajie-2021.txt"), str(report), "--out", str(expected), "--store", str(tmp_path / "s2"))
    assert (out / "mentions.csv").read_bytes() == (expected / "mentions.csv").read_bytes()
    # a corrected copy in another folder replaces the recorded file of that report
    corrected = tmp_path / "corrected" / "zhangjiajie-2024.txt"
    corrected.parent.mkdir()
    corrected.write_text(text, encoding="utf-8")
    result = run_kg("add", str(corrected), "--out", str(out), "--store", str(store))
    assert f"replaced: {report}" in result.stdout.splitlines()
    assert "reports: 2 (zhangjiajie-2021, zhangjiajie-2024) from 2 files" in result.stdout
    paths = sorted(Path(entry["path"]).name + ":" + Path(entry["path"]).parent.name for entry in kg.store.read_sources(store)["sources"])
    assert paths == ["zhangjiajie-2021.txt:seeds", "zhangjiajie-2024.txt:corrected"]


def test_summary_wording_counts_files():
    summary = kg.api.BuildSummary(reports=["a-2021"], documents=1, entities_by_type={}, mentions=0, triples=0, recurring_projects=[])
    assert "from 1 file\n" in summary.text() + "\n" and "1 files" not in summary.text()
    summary.documents = 2
    assert "from 2 files" in summary.text()
