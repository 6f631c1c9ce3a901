"""CPU seconds of the project and programme rules alone: every sentence of a corpus extracted once
(the calls of ``ProjectExtractor.find`` and ``ProgrammeExtractor.find`` recorded), then those calls
replayed PASSES times; the least CPU of a pass is printed per extractor. On a shared machine the
least of several passes moves less than one pass of the whole extraction (docs/benchmarks.md,
"Seventh step"). The lexicon's remembered segments of the last document stay, so substrings of
other documents are cut again as in a real run but the figures are for comparing two checkouts,
not absolute.

    .venv/bin/python benchmarks/extractor_replay.py --corpus FOLDER --passes 5
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
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()

    import kg.extractors.programmes as programmes
    import kg.extractors.projects as projects
    from kg.documents import load_document, manifest_for
    from kg.nlp import create_pipeline

    with tempfile.TemporaryDirectory(prefix="kg-replay-") as work:
        folder = bench.corpus_or_generated(args.corpus, work, args.reports)
        nlp = create_pipeline()
        calls: dict[str, list[tuple]] = {"projects": [], "programmes": []}
        project_find, programme_find = projects.ProjectExtractor.find, programmes.ProgrammeExtractor.find

        # the calls' arguments as the pipeline gives them, whatever the extractors' signatures are
        def record_project(self, *arguments):
            calls["projects"].append(arguments)
            return project_find(self, *arguments)

        def record_programme(self, *arguments):
            calls["programmes"].append(arguments)
            return programme_find(self, *arguments)

        projects.ProjectExtractor.find, programmes.ProgrammeExtractor.find = record_project, record_programme
        try:
            for path in sorted(folder.glob("*.txt")):
                load_document(path, manifest_for(path))
        finally:
            projects.ProjectExtractor.find, programmes.ProgrammeExtractor.find = project_find, programme_find
        components = dict(nlp.pipeline)
        out = []
        for name, component in (("projects", "kg_projects"), ("programmes", "kg_programmes")):
            extractor, best = components[component].extractor, float("inf")
            for _ in range(args.passes):
                begin = time.process_time()
                for call in calls[name]:
                    extractor.find(*call)
                best = min(best, time.process_time() - begin)
            out.append(f"{name} {best:.3f}")
        print(" ".join(out))


if __name__ == "__main__":
    main()
