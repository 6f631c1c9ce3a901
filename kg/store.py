"""The embedded store: Oxigraph on disk (pyoxigraph), replaced atomically on every build.

A build writes a complete new store in a hidden folder next to the old one and then switches the
two folders in one step (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two renames that
:func:`recover` finishes). A build killed at any moment (even with SIGKILL) leaves either the
previous store or the new one at ``path``, never a mix. Queries see the union of all named graphs
as the default graph.

The store folder also holds ``kg-sources.json``: the report files it was built from, with the
report each file belongs to. It is written inside the new folder before the switch, so it always
describes the store next to it; ``kg add`` and ``kg remove`` rebuild from it.

One process writes a store at a time: ``build``, ``add`` and ``remove`` hold an exclusive lock on
``.{name}.lock`` next to the store folder (the folder itself is replaced, so it cannot hold the
lock) from reading the record to the switch. Readers take no lock: they open a read-only snapshot.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import queue
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.cache import SOURCES_FILE  # the build record reads it too

if TYPE_CHECKING:
    from kg.dataset import StoreChanges

DEFAULT_STORE = Path(".kg/store")
SOURCES_FORMAT = 1


class StoreError(RuntimeError):
    """The store is missing or unusable; the message is one line."""


class StoreBusy(StoreError):
    """Another process is writing the store (and the caller chose not to wait)."""


# -- switching folders atomically -------------------------------------------------------------


def crash_point(name: str) -> None:
    """A fail point for the interruption tests: with ``KG_CRASH_AT=name`` the process kills
    itself here with SIGKILL, exactly as an outside ``kill -9`` would."""
    if os.environ.get("KG_CRASH_AT") == name:
        _crash()


def _crash() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap the paths ``a`` and ``b`` in one atomic step; False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False  # a file system without RENAME_EXCHANGE: two renames instead
    raise OSError(error, os.strerror(error), str(a), None, str(b))


def real_target(target: Path) -> Path:
    """``target`` as an absolute path (``.`` and ``..`` resolved), with a symbolic link to a folder
    followed, so that the link stays in place."""
    target = Path(os.path.abspath(target))
    return target.resolve() if target.is_symlink() else target


def staging_dir(target: Path, kind: str = "new") -> Path:
    """A new hidden folder next to ``target`` for a build by this process."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.{kind}-{os.getpid()}-", dir=target.parent))


def _old_dir(target: Path) -> Path:
    return target.with_name(f".{target.name}.old")


def install_dir(new: Path, target: Path) -> None:
    """Make the complete folder ``new`` the folder at ``target`` in one step and delete the
    previous one. At every moment ``target`` is the whole old folder or the whole new one (with
    the two-rename fallback, a kill between the renames leaves the old folder at
    ``.{name}.old``, which :func:`recover_dir` puts back and :func:`open_store` reads)."""
    fsync_dir(new)
    if not target.exists() and not target.is_symlink():
        os.rename(new, target)
    elif _exchange(new, target):
        crash_point(f"after-exchange:{target.name}")
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now holds the previous folder
    else:
        previous = _old_dir(target)
        if previous.exists():
            shutil.rmtree(previous)
        os.rename(target, previous)
        crash_point(f"between-renames:{target.name}")
        os.rename(new, target)
        shutil.rmtree(previous, ignore_errors=True)
    fsync_dir(target.parent)


def recover_dir(target: Path) -> None:
    """Put back a folder that a two-rename switch left at ``.{name}.old``, and delete the staging
    folders of builds that died (their process is gone)."""
    previous = _old_dir(target)
    if not target.exists() and previous.exists():
        os.rename(previous, target)
    elif previous.exists() and target.exists():
        shutil.rmtree(previous, ignore_errors=True)
    if target.parent.is_dir():
        for stale in target.parent.glob(f".{target.name}.new-*"):
            if not _owner_alive(stale.name):
                shutil.rmtree(stale, ignore_errors=True)


def _owner_alive(name: str) -> bool:
    """Whether the process that made the staging folder ``name`` (``.x.new-PID-…``) still runs."""
    try:
        pid = int(name.rsplit(".new-", 1)[1].split("-", 1)[0])
    except (IndexError, ValueError):
        return False  # an older kg's staging folder
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (and, for a staging folder, its files) to disk."""
    try:
        if path.is_dir():
            for child in path.iterdir():
                if child.is_file() and not child.is_symlink():
                    with child.open("rb") as handle:
                        os.fsync(handle.fileno())
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- one writer at a time --------------------------------------------------------------------


def lock_path(target: Path) -> Path:
    target = real_target(Path(target))
    return target.with_name(f".{target.name}.lock")


@contextmanager
def writer_lock(target: Path, wait: bool = True, on_wait: Callable[[int | None], None] | None = None) -> Iterator[None]:
    """Hold the store's single-writer lock. Another writer makes this wait (calling ``on_wait``
    with its PID first) or, with ``wait=False``, raise :class:`StoreBusy` naming that PID. The
    lock is a ``flock``, so the kernel releases it when its holder dies, even by SIGKILL."""
    path = lock_path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = lock_holder(path)
            if not wait:
                who = f"PID {holder}" if holder else "a process whose PID is not yet recorded"
                raise StoreBusy(f"the store at {target} is being written by another kg process ({who}); try again when it is done") from None
            if on_wait:
                on_wait(holder)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)  # a holder killed by SIGKILL left its PID
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # no stale PID for the next writer's rivals to report
    finally:
        os.close(fd)  # releases the lock


def lock_holder(path: Path) -> int | None:
    """The PID recorded in a lock file (the holder writes it just after taking the lock)."""
    for _ in range(20):
        try:
            text = path.read_text().strip()
        except OSError:
            return None
        if text.isdigit():
            return int(text)
        time.sleep(0.01)
    return None


# -- the store --------------------------------------------------------------------------------


#: N-Quads lines given to the bulk loader at once (see :meth:`StoreStaging.write`). A third of
#: what it was: the loader's memory is about 1.3 KB a line, and with ``--jobs 2`` the lines still
#: waiting for the loader's thread when the dataset is written (up to three runs) are the wait of
#: the store stage (200 reports: peak RSS 790 -> 595 MB, that wait 3.6 -> 0.6-1.2 s).
LOAD_RUN = 50_000


class StoreStaging:
    """A new store being written next to ``path``; :meth:`commit` switches it in."""

    def __init__(self, path: Path):
        self.path = real_target(Path(path))
        recover(self.path)
        self.staging = staging_dir(self.path)

    def write(self, nquads: Path, sources: dict | None = None, *, fresh: bool = True) -> None:
        """Load the N-Quads file ``nquads`` with the bulk loader, :data:`LOAD_RUN` lines at a
        time: the loader holds what it is given in memory (1 GB for the 900,000 quads of 200
        reports at once, 200 MB per 100,000). The file was serialised from pyoxigraph terms,
        which checked every IRI when they were made, so the loader need not check them again
        (``lenient``: a third faster)."""
        store = ox.Store(str(self.staging))
        with nquads.open("rb") as handle:
            while run := b"".join(islice(handle, LOAD_RUN)):
                store.bulk_load(run, format=ox.RdfFormat.N_QUADS, lenient=True)
        store.flush()
        if fresh:  # an updated store keeps the compaction of the one it copies
            store.optimize()
        del store
        if sources is not None:
            _write_json(self.staging / SOURCES_FILE, sources)

    def update(self, changes: StoreChanges, sources: dict) -> None:
        """Make the new store from the one at ``path`` instead of from the whole dataset: a copy
        of it (RocksDB's backup, which hard-links its immutable files, so it costs next to
        nothing and leaves the store at ``path`` as it is) with ``changes`` made: the quads
        of graphs that changed removed and added, graphs dropped whole
        (:class:`kg.dataset.StoreChanges`)."""
        previous = ox.Store.read_only(str(self.path))
        os.rmdir(self.staging)  # the backup makes the folder
        previous.backup(str(self.staging))
        del previous
        store = ox.Store(str(self.staging))
        for iri in changes.dropped:
            store.remove_graph(ox.NamedNode(iri))
        for quad in ox.parse(path=changes.removed, format=ox.RdfFormat.N_QUADS):
            store.remove(quad)
        del store
        self.write(changes.added, sources, fresh=False)

    def open(self) -> ox.Store:
        """The new store, read-only (to write the views from it before the switch)."""
        return ox.Store.read_only(str(self.staging))

    def commit(self) -> None:
        crash_point("before-store-switch")
        if self.path.exists():
            os.chmod(self.staging, self.path.stat().st_mode & 0o7777)
        install_dir(self.staging, self.path)
        crash_point("after-store-switch")

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


class StoreLoader:
    """The new store of a :class:`StoreStaging` filled while the build writes its dataset: each
    graph's lines go to :meth:`add` as they are written, and on to the bulk loader
    :data:`LOAD_RUN` lines at a time. With ``background``, the loads run in a thread: pyoxigraph's
    bulk loader releases the GIL, so the store fills on a second core while this process makes
    the rest of the dataset. At most one run waits for the thread, so memory stays bounded."""

    def __init__(self, staging: StoreStaging, background: bool = False):
        self._staging = staging
        self._store = ox.Store(str(staging.staging))
        self._run: list[bytes] = []
        self._lines = 0
        self._queue: queue.Queue[bytes | None] | None = queue.Queue(maxsize=1) if background else None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def add(self, lines: bytes) -> None:
        """Load ``lines`` (whole N-Quads lines) with the ones given before."""
        count = lines.count(b"\n")
        if count > LOAD_RUN:  # a graph larger than a run (the entity graph of a large corpus)
            parts = lines.splitlines(keepends=True)
            for start in range(0, count, LOAD_RUN):
                self.add(b"".join(parts[start : start + LOAD_RUN]))
            return
        if self._lines + count > LOAD_RUN:
            self._send()
        self._run.append(lines)
        self._lines += count

    def _send(self) -> None:
        run = b"".join(self._run)
        self._run, self._lines = [], 0
        if not run:
            return
        if self._queue is None:
            self._load(run)
            return
        if self._error is not None:
            raise self._error
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="kg-store-loader", daemon=True)
            self._thread.start()
        self._queue.put(run)

    def _load(self, run: bytes) -> None:
        # lenient: see StoreStaging.write
        self._store.bulk_load(run, format=ox.RdfFormat.N_QUADS, lenient=True)

    def _work(self) -> None:
        while (run := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._load(run)
                except BaseException as error:  # raised in the build's thread by _send or finish
                    self._error = error

    def _stop(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def finish(self, sources: dict | None = None) -> ox.Store:
        """Load what is left, wait for the loads and write the store's record; the store, whole,
        to read from until :meth:`close`. Its compaction (``optimize``, which does not change
        what it holds) runs here with one core, and with ``background`` in the loader's thread,
        while the build reads the store for its views (pyoxigraph releases the GIL)."""
        self._send()
        self._stop()
        if self._error is not None:
            raise self._error
        self._store.flush()
        if sources is not None:
            _write_json(self._staging.staging / SOURCES_FILE, sources)
        if self._queue is None:
            self._store.optimize()
        else:
            self._thread = threading.Thread(target=self._optimize, name="kg-store-compaction", daemon=True)
            self._thread.start()
        return self._store

    def _optimize(self) -> None:
        try:
            self._store.optimize()
        except BaseException as error:  # raised in the build's thread by close
            self._error = error

    def close(self) -> None:
        """Wait for the compaction; the store is closed (see :meth:`finish`)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._store = None
        if self._error is not None:
            raise self._error

    def abort(self) -> None:
        """Stop loading (the build failed; the staging folder is discarded after this)."""
        self._run = []
        if self._thread is not None and self._thread.name == "kg-store-compaction":
            self._thread.join()
            self._thread = None
        self._stop()
        self._store = None


def recover(path: Path) -> None:
    """Finish a switch that was interrupted between its two renames; drop dead builds' folders."""
    recover_dir(Path(path))


def open_store(path: Path = DEFAULT_STORE) -> ox.Store:
    """The store at ``path``, read-only: a snapshot that keeps answering (from the files it opened)
    while a build replaces the folder, and that cannot harm it. Open it again to see a newer build.
    This is how a notebook opens the store (``kg.open_store()``); a writable
    ``pyoxigraph.Store(path)`` held open during a build corrupts it."""
    path = Path(path)
    if path.exists() is False:
        previous = _old_dir(path)
        if previous.exists():
            return ox.Store.read_only(str(previous))
        raise StoreError(f"no store at {path}: run `kg build` first (or give --store)")
    if not path.is_dir():
        raise StoreError(f"{path} is not a store (not a folder)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"cannot open the store at {path}: {_one_line(error)}") from None


def read_sources(path: Path = DEFAULT_STORE) -> dict:
    """The record of what the store at ``path`` was built from (see the module docstring)."""
    path = Path(path)
    folder = path if path.exists() else _old_dir(path)
    if not folder.exists():
        raise StoreError(f"no store at {path}: run `kg build` first (or give --store)")
    record = folder / SOURCES_FILE
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(f"the store at {path} has no record of its sources (built by an older kg): run `kg build`") from None
    except (OSError, ValueError) as error:
        raise StoreError(f"{record}: unreadable record of the store's sources ({_one_line(error)})") from None
    if not isinstance(data, dict) or data.get("format") != SOURCES_FORMAT or not isinstance(data.get("sources"), list):
        raise StoreError(f"{record}: not a record kg understands: run `kg build`")
    return data


def stored_graphs(path: Path, base: str) -> dict[str, str | None]:
    """The keys of the named graphs of the store at ``path`` as its build recorded them (see
    :meth:`StoreStaging.update`); empty when there is no such store or record, or when its
    base IRI is not ``base``."""
    try:
        record = read_sources(path)
    except StoreError:
        return {}
    graphs = record.get("graphs")
    if not isinstance(graphs, dict) or record.get("base") != base or not Path(path).is_dir():
        return {}
    return graphs


def _write_json(path: Path, data: dict) -> None:
    with path.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
