"""Data files of kg: patterns, gazetteers, stop-lists and saved queries.

Everything a rule needs to know about words lives here as data, not in code.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


def resource_text(*parts: str) -> str:
    """The text of ``kg/resources/<parts…>``."""
    return resources.files(__name__).joinpath(*parts).read_text(encoding="utf-8")


@functools.cache
def load_toml(*parts: str) -> dict[str, Any]:
    """A TOML file under ``kg/resources``; errors name the file."""
    try:
        return tomllib.loads(resource_text(*parts))
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"kg/resources/{'/'.join(parts)}: {error}") from None


@functools.cache
def load_word_list(*parts: str) -> tuple[str, ...]:
    """A one-entry-a-line list; blank lines and ``#`` comments are skipped."""
    words = []
    for line in resource_text(*parts).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return tuple(words)
