"""What one extracted document costs in memory, as a build holds it from extraction to the end
(figures in docs/benchmarks.md): the first N files of a generated corpus (benchmarks/corpus.py)
extracted, pickled and loaded again as the extraction cache gives them, then traced.

    .venv/bin/python benchmarks/document_memory.py --reports 25
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402


def by_type(document) -> Counter:
    """Bytes of the objects one document holds, by type (sys.getsizeof over its referents)."""
    seen, sizes, stack = set(), Counter(), [document]
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, type) or type(item).__name__ in ("module", "function"):
            continue
        seen.add(id(item))
        sizes[type(item).__name__] += sys.getsizeof(item)
        stack.extend(gc.get_referents(item))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=25, help="files of the generated corpus (default 25)")
    args = parser.parse_args()
    from kg.api import analyze_files

    with tempfile.TemporaryDirectory(prefix="kg-docmem-") as folder:
        generate(Path(folder), args.reports)
        documents, _failed = analyze_files(sorted(Path(folder).glob("*.txt")), 1)
    blobs = [pickle.dumps(document) for document in documents]
    del documents
    gc.collect()
    tracemalloc.start()
    documents = [pickle.loads(blob) for blob in blobs]
    gc.collect()
    traced, _peak = tracemalloc.get_traced_memory()
    mentions = sum(len(d.mentions) for d in documents)
    print(f"{len(documents)} documents, {mentions:,} mentions: {traced / 1e6:.1f} MB traced, "
          f"{traced / len(documents) / 1e3:.0f} KB a document")
    print("the first document's objects by type (KB):",
          ", ".join(f"{name} {size / 1e3:.0f}" for name, size in by_type(documents[0]).most_common(8)))


if __name__ == "__main__":
    main()
