"""The embedded store: Oxigraph on disk (pyoxigraph), replaced atomically on every build.

A build writes a complete new store next to the old one and swaps directories by renaming, so a
build that dies half-way leaves the previous store whole. Queries see the union of all named
graphs as the default graph.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

DEFAULT_STORE = Path(".kg/store")


class StoreError(RuntimeError):
    """The store is missing or unusable; the message is one line."""


def replace_store(path: Path, quads: Iterable[ox.Quad]) -> None:
    """Write ``quads`` as the new content of the store at ``path``, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    recover(path)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.new-", dir=path.parent))
    try:
        store = ox.Store(str(staging))
        store.bulk_extend(quads)
        store.flush()
        store.optimize()
        del store
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous = path.with_name(f".{path.name}.old")
    if previous.exists():
        shutil.rmtree(previous)
    if path.exists():
        os.replace(path, previous)
    os.replace(staging, path)
    shutil.rmtree(previous, ignore_errors=True)


def recover(path: Path) -> None:
    """Finish a swap that was interrupted between its two renames."""
    previous = path.with_name(f".{path.name}.old")
    if not path.exists() and previous.exists():
        os.replace(previous, path)
    for stale in path.parent.glob(f".{path.name}.new-*"):
        shutil.rmtree(stale, ignore_errors=True)


def open_store(path: Path = DEFAULT_STORE) -> ox.Store:
    """The store at ``path``, read-only."""
    path = Path(path)
    if path.exists() is False:
        previous = path.with_name(f".{path.name}.old")
        if previous.exists():
            return ox.Store.read_only(str(previous))
        raise StoreError(f"no store at {path}: run `kg build` first (or give --store)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"cannot open the store at {path}: {error}") from None
