"""CPU seconds of the extraction loop over a generated corpus, in one process: the pipeline made
and one file extracted first (start-up and first-use costs outside the clock), then every file
read, cleaned and extracted as ``kg extract`` does. Prints the seconds alone, so that runs of two
checkouts can be alternated on a shared machine (docs/benchmarks.md, "Round 14").

    .venv/bin/python benchmarks/extraction_cpu.py --reports 40
    .venv/bin/python benchmarks/extraction_cpu.py --corpus FOLDER   # a folder of *.txt (and manifest.csv)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as bench  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=40)
    parser.add_argument("--corpus", type=Path, help="a folder of report files (default: generated)")
    args = parser.parse_args()

    from kg.documents import load_document, manifest_for
    from kg.nlp import create_pipeline

    with tempfile.TemporaryDirectory(prefix="kg-cpu-") as work:
        folder = bench.corpus_or_generated(args.corpus, work, args.reports)
        paths = sorted(folder.glob("*.txt"))
        create_pipeline()
        load_document(paths[0], manifest_for(paths[0]))
        begin = time.process_time()
        for path in paths:
            load_document(path, manifest_for(path))
        print(f"{time.process_time() - begin:.3f}")


if __name__ == "__main__":
    main()
