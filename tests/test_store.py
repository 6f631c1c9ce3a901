"""The store under concurrent use: one writer at a time (a lock), readers that never block and
never harm it (read-only snapshots), and adds that change nothing when nothing is new. Each test
runs real ``kg`` processes side by side, as two terminals or a notebook and a terminal would."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import SEEDS, run_kg

import kg

pytestmark = pytest.mark.e2e

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def build_one(tmp_path: Path, name: str = "zhangjiajie-2021.txt") -> tuple[Path, Path]:
    out, store = tmp_path / "out", tmp_path / "store"
    run_kg("build", str(SEEDS / name), "--out", str(out), "--store", str(store))
    return out, store


def count(store) -> int:
    return int(next(iter(kg.query(COUNT, store)))["n"].value)


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
        return next(iter(kg.query(query, db)))["n"].value
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
