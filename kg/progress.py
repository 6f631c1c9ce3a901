"""Progress of long work (``kg build``, ``kg add``, ``kg eval``) on stderr.

On a terminal: a tqdm bar with the files done, characters per second and the time left. Otherwise
(a log file, a pipe, CI): a plain line now and then, so that logs stay readable. Quiet: nothing.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

#: Plain logs: one line at most this often (seconds), plus the last one.
LOG_EVERY = 10.0


class Progress:
    """Counts files and characters; ``with Progress(...) as progress: progress.advance(chars)``."""

    def __init__(self, total_files: int, what: str = "extracting", *, quiet: bool = False,
                 stream: TextIO | None = None, terminal: bool | None = None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.what = what
        self.total_files = total_files
        self.files = 0
        self.chars = 0
        self.started = time.monotonic()
        self._logged = self.started
        self._bar = None
        if terminal is None:
            terminal = self.stream.isatty()
        if not quiet and terminal and total_files:
            from tqdm import tqdm

            # Files are the unit (the time left is counted in files); the rate in characters is
            # the postfix.
            self._bar = tqdm(total=total_files, unit="file", file=self.stream, desc=f"kg: {what}", leave=False,
                             bar_format="{desc}: {n_fmt}/{total_fmt} files |{bar}| {postfix} {elapsed}<{remaining}",
                             postfix="0 characters/s")

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def advance(self, chars: int) -> None:
        """One file done, of ``chars`` characters."""
        self.files += 1
        self.chars += chars
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.rate():,.0f} characters/s", refresh=False)
            self._bar.update(1)
            return
        now = time.monotonic()
        if not self.quiet and (now - self._logged >= LOG_EVERY):
            self._logged = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def rate(self, now: float | None = None) -> float:
        return self.chars / max((now or time.monotonic()) - self.started, 1e-9)

    def line(self, now: float | None = None) -> str:
        now = now or time.monotonic()
        elapsed = now - self.started
        left = (self.total_files - self.files) * elapsed / self.files if self.files else 0.0
        return (f"kg: {self.what}: {self.files}/{self.total_files} files, {self.chars:,} characters,"
                f" {self.rate(now):,.0f} characters/s, {elapsed:.0f} s, about {left:.0f} s left")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif not self.quiet and self.files and time.monotonic() - self.started >= LOG_EVERY:
            self.stream.write(self.line() + "\n")
            self.stream.flush()


class Stages:
    """Wall time of each stage of a build, in order, and the peak resident memory by the end of
    each (MB, this process or a finished child, whichever is larger; the benchmark prints them)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.peak_mb: dict[str, int] = {}
        self._start = time.perf_counter()

    def done(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._start
        self.peak_mb[stage] = _peak_mb()
        self._start = now


def _peak_mb() -> int:
    try:
        import resource
    except ImportError:  # not on Windows
        return 0
    usage = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return round(usage / (1024 * 1024 if sys.platform == "darwin" else 1024))


__all__ = ["Progress", "Stages"]
