"""CPU seconds per extraction stage (reading, cleaning, the report check, sections, make_doc,
each pipeline component) over a generated corpus, in one process, each stage timed on its own.

    .venv/bin/python benchmarks/extraction_stages.py --reports 40

The corpus is the one of ``benchmarks/corpus.py``; two files are extracted first (warm-up), then
every file once; the figures are ``time.process_time`` differences (docs/benchmarks.md,
"Extraction throughput")."""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as bench  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=40)
    args = parser.parse_args()

    import kg.documents as documents
    import kg.nlp as nlp_module

    spent: collections.Counter[str] = collections.Counter()

    def timed(name, function):
        def wrapper(*a, **k):
            begin = time.process_time()
            try:
                return function(*a, **k)
            finally:
                spent[name] += time.process_time() - begin
        return wrapper

    nlp = nlp_module.create_pipeline()
    nlp._components = [(name, timed(name, component)) for name, component in nlp._components]
    nlp.tokenizer = timed("make_doc", nlp.tokenizer)
    for name in ("read_source", "clean", "not_a_report", "sectionize"):
        setattr(documents, name, timed(name, getattr(documents, name)))
    nlp_module._remember_sentence_words = timed("sentence_words", nlp_module._remember_sentence_words)
    with tempfile.TemporaryDirectory(prefix="kg-stages-") as work:
        folder = Path(work) / "corpus"
        chars = bench.generate(folder, args.reports)
        paths = sorted(folder.glob("*.txt"))
        for path in paths[:2]:
            documents.load_document(path, documents.manifest_for(path))
        spent.clear()
        begin = time.process_time()
        for path in paths:
            documents.load_document(path, documents.manifest_for(path))
        total = time.process_time() - begin
    print(f"{len(paths)} files, {chars:,} characters: {total:.2f} s CPU")
    for name, seconds in spent.most_common():
        print(f"  {name:20s} {seconds:6.3f} s {100 * seconds / total:4.0f}%")


if __name__ == "__main__":
    main()
